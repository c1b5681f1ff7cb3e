//! Crash-safe file writing and the store's write lock.
//!
//! A batch of records is written as: every ciphertext to a temp file beside its
//! target, one flush of all of them to disk (`syncfs` on Linux, else one fsync per
//! file), then the renames, then an fsync of each touched folder. A crash leaves
//! either the old file or the new one, never a torn one, and a bulk import costs one
//! flush instead of one per row. Temp files are named `.hk-tmp-*` (no personal data)
//! and hold ciphertext only.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// One file to put in place.
pub struct Pending {
    pub target: PathBuf,
    pub bytes: Vec<u8>,
}

/// Writes all files atomically as a batch. On error, no target has been replaced
/// unless the error came during the renames (then the already renamed ones are whole
/// new files and the rest untouched).
pub fn write_batch(root: &Path, files: &[Pending]) -> io::Result<()> {
    if files.is_empty() {
        return Ok(());
    }
    let one_by_one = files.len() == 1 || !cfg!(target_os = "linux");
    // Each temp file is closed as soon as it is written (only its path is kept), so a
    // batch of any size stays far below the open-file limit.
    let mut temps: Vec<tempfile::TempPath> = Vec::with_capacity(files.len());
    for f in files {
        let dir = f.target.parent().unwrap_or(root);
        std::fs::create_dir_all(dir)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".hk-tmp-")
            .tempfile_in(dir)?;
        tmp.write_all(&f.bytes)?;
        if one_by_one {
            tmp.as_file().sync_all()?;
        }
        temps.push(tmp.into_temp_path());
    }
    if !one_by_one {
        flush_filesystem(root)?;
    }
    let mut dirs: Vec<PathBuf> = Vec::new();
    for (tmp, f) in temps.into_iter().zip(files) {
        tmp.persist(&f.target).map_err(|e| e.error)?;
        let dir = f.target.parent().unwrap_or(root).to_path_buf();
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    for d in dirs {
        sync_dir(&d)?;
    }
    Ok(())
}

/// One `syncfs` flushes every temp file of the batch on this filesystem.
#[cfg(target_os = "linux")]
fn flush_filesystem(root: &Path) -> io::Result<()> {
    let dir = File::open(root)?;
    rustix::fs::syncfs(&dir).map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn flush_filesystem(_root: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_writes_replace_and_create() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("clients/a.toml.age");
        let b = dir.path().join("visits/2026-11/b.toml.age");
        write_batch(
            dir.path(),
            &[Pending {
                target: a.clone(),
                bytes: b"one".to_vec(),
            }],
        )
        .unwrap();
        write_batch(
            dir.path(),
            &[
                Pending {
                    target: a.clone(),
                    bytes: b"two".to_vec(),
                },
                Pending {
                    target: b.clone(),
                    bytes: b"three".to_vec(),
                },
            ],
        )
        .unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"two");
        assert_eq!(std::fs::read(&b).unwrap(), b"three");
        let leftovers: Vec<_> = std::fs::read_dir(a.parent().unwrap())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with(".hk-tmp-"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn a_batch_larger_than_the_open_file_limit_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let files: Vec<Pending> = (0..3000)
            .map(|i| Pending {
                target: dir
                    .path()
                    .join(format!("visits/2026-{:02}/v-{i:08}.toml.age", i % 12 + 1)),
                bytes: vec![b'x'; 64],
            })
            .collect();
        write_batch(dir.path(), &files).unwrap();
        assert_eq!(std::fs::read(&files[2999].target).unwrap().len(), 64);
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
