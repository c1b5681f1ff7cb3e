//! Low-level file safety: flushing to disk, the store's write lock, and sweeping the
//! temp files that hk versions before the journal left beside records.
//!
//! How a transaction uses these is in `journal.rs`.

use std::fs::File;
use std::io;
use std::path::Path;
use std::time::{Duration, Instant};

/// Removes `.hk-tmp-*` files under `dir` (hk before the journal wrote its temp files
/// beside the records; a killed run left them behind). Returns how many it removed.
pub fn remove_stray_temps(dir: &Path) -> io::Result<usize> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    let mut removed = 0;
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        let ft = entry.file_type()?;
        if ft.is_dir() {
            removed += remove_stray_temps(&entry.path())?;
        } else if name.to_string_lossy().starts_with(".hk-tmp-") {
            std::fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// [`remove_stray_temps`] of several folders on a thread of its own, while the
/// command that took the lock does its work: at 150,000 records the folders hold
/// 150,000 names to read, a third of a `followup log`. It only ever removes
/// `.hk-tmp-*` files, which this hk never writes, so it races with nothing. Joined
/// before the lock is released: by [`Sweep::finish`], or when dropped.
pub struct Sweep(Option<std::thread::JoinHandle<io::Result<usize>>>);

impl Sweep {
    pub fn start(dirs: Vec<std::path::PathBuf>) -> Sweep {
        Sweep(Some(std::thread::spawn(move || {
            let mut removed = 0;
            for dir in dirs {
                removed += remove_stray_temps(&dir)
                    .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dir.display())))?;
            }
            Ok(removed)
        })))
    }

    /// Waits for the sweep; how many files it removed, or what stopped it.
    pub fn finish(mut self) -> io::Result<usize> {
        match self.0.take().map(std::thread::JoinHandle::join) {
            None => Ok(0),
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(io::Error::other("the temp-file sweep stopped")),
        }
    }
}

impl Drop for Sweep {
    fn drop(&mut self) {
        if let Some(handle) = self.0.take() {
            let _ = handle.join();
        }
    }
}

/// A folder open for working on its files by name (a rename, a stat) without a walk
/// from the root; `None` if it cannot be opened, and the caller then goes by path.
pub fn open_dir(dir: &Path) -> Option<std::os::fd::OwnedFd> {
    use rustix::fs::{Mode, OFlags};
    rustix::fs::open(
        dir,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .ok()
}

/// One `syncfs` flushes every temp file of the batch on this filesystem.
#[cfg(target_os = "linux")]
pub fn flush_filesystem(root: &Path) -> io::Result<()> {
    let dir = File::open(root)?;
    rustix::fs::syncfs(&dir).map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
pub fn flush_filesystem(_root: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(unix)]
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
pub fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// Held while a command writes; released when dropped (or when the process dies).
pub struct WriteLock {
    _file: File,
}

/// Takes the store's lock file, waiting up to `wait` for another `hk` to finish.
pub fn lock(path: &Path, wait: Duration) -> io::Result<Option<WriteLock>> {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Some(WriteLock { _file: file })),
            Err(std::fs::TryLockError::WouldBlock) => {
                if start.elapsed() >= wait {
                    return Ok(None);
                }
                std::thread::sleep(Duration::from_millis(25));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
    }
}

/// Replaces `path` with `bytes`: a temp file beside it (`.hk-tmp-*`, swept if a crash
/// leaves it), synced, then renamed over it.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write as _;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".hk-tmp-")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_temp_files_are_swept_and_records_kept() {
        let dir = tempfile::tempdir().unwrap();
        let month = dir.path().join("visits/2026-11");
        std::fs::create_dir_all(&month).unwrap();
        std::fs::write(month.join(".hk-tmp-abc"), b"x").unwrap();
        std::fs::write(month.join("v-1.toml.age"), b"x").unwrap();
        assert_eq!(remove_stray_temps(&dir.path().join("visits")).unwrap(), 1);
        assert!(month.join("v-1.toml.age").exists());
        assert_eq!(remove_stray_temps(&dir.path().join("nothing")).unwrap(), 0);
    }

    #[test]
    fn a_second_lock_waits_then_gives_up() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lock");
        let first = lock(&path, Duration::from_millis(10)).unwrap();
        assert!(first.is_some());
        assert!(lock(&path, Duration::from_millis(50)).unwrap().is_none());
        drop(first);
        assert!(lock(&path, Duration::from_millis(10)).unwrap().is_some());
    }
}
