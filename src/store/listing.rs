//! Listing a kind's folder: every record file, and (for the cache's freshness check)
//! what `stat` says of each. At the reference size this is most of a warm read's
//! time, so each folder is read once, its subfolders in parallel, and each file is
//! looked at relative to its open folder with only the fields a [`Stamp`] needs.

use std::ffi::OsStr;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::cache::Stamp;
use super::{EXT, StoreError, io_err};

/// One record file found by a listing.
#[derive(Debug, Clone)]
pub struct Listed {
    /// Relative to the store root.
    pub rel: PathBuf,
    pub stamp: Option<Stamp>,
}

/// The record files under `dir` (whose path relative to the root is `rel`), its
/// subfolders listed in parallel, each folder's files sorted by name. With `stat`,
/// each file's stamp (`None` when the stat failed); a symlink is followed, as reading
/// the record will.
pub(super) fn list_folder(dir: &Path, rel: &Path, stat: bool) -> Result<Vec<Listed>, StoreError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_err(dir)(e)),
    };
    let folder = stat.then(|| Folder::open(dir));
    let mut out = Vec::new();
    let mut folders = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io_err(dir))?;
        let name = entry.file_name();
        let name_b = name.as_bytes();
        if name_b.starts_with(b".") {
            continue;
        }
        let ft = entry.file_type().map_err(io_err(dir))?;
        if ft.is_dir() {
            folders.push(name);
        } else if name_b.ends_with(EXT.as_bytes()) {
            let stamp = folder
                .as_ref()
                .and_then(|f| f.stamp(&name, || std::fs::metadata(entry.path())));
            out.push(Listed {
                rel: join(rel, &name),
                stamp,
            });
        }
    }
    out.sort_unstable_by(|a, b| a.rel.as_os_str().cmp(b.rel.as_os_str()));
    folders.sort_unstable();
    let nested: Vec<Vec<Listed>> = folders
        .par_iter()
        .map(|name| list_folder(&dir.join(name), &join(rel, name), stat))
        .collect::<Result<_, _>>()?;
    out.extend(nested.into_iter().flatten());
    Ok(out)
}

/// `rel/name` in one allocation of the right size.
fn join(rel: &Path, name: &OsStr) -> PathBuf {
    let rel = rel.as_os_str().as_bytes();
    let mut b = Vec::with_capacity(rel.len() + 1 + name.len());
    b.extend_from_slice(rel);
    if !rel.is_empty() {
        b.push(b'/');
    }
    b.extend_from_slice(name.as_bytes());
    PathBuf::from(std::ffi::OsString::from_vec(b))
}

/// A folder open for looking at its files by name.
struct Folder {
    /// `None` when the folder could not be opened (each file is then stat'ed by path).
    #[cfg(target_os = "linux")]
    fd: Option<std::os::fd::OwnedFd>,
}

impl Folder {
    fn open(dir: &Path) -> Folder {
        #[cfg(target_os = "linux")]
        {
            Folder {
                fd: super::fsio::open_dir(dir),
            }
        }
        #[cfg(not(target_os = "linux"))]
        {
            let _ = dir;
            Folder {}
        }
    }

    /// The stamp of the file `name` in this folder. On Linux, one `statx` relative to
    /// the open folder asking for the stamp's four fields alone (about a fifth cheaper
    /// than the full `stat` that `std` asks for); elsewhere, or when that fails for a
    /// reason other than the file being gone, `by_path`.
    fn stamp(
        &self,
        name: &OsStr,
        by_path: impl FnOnce() -> std::io::Result<std::fs::Metadata>,
    ) -> Option<Stamp> {
        #[cfg(target_os = "linux")]
        if let Some(fd) = &self.fd {
            use rustix::fs::{AtFlags, StatxFlags};
            let want = StatxFlags::SIZE | StatxFlags::MTIME | StatxFlags::CTIME | StatxFlags::INO;
            match rustix::fs::statx(fd, name, AtFlags::empty(), want) {
                Ok(s) if s.stx_mask & want.bits() == want.bits() => {
                    return Some(Stamp {
                        size: s.stx_size,
                        mtime_ns: s.stx_mtime.tv_sec * 1_000_000_000
                            + i64::from(s.stx_mtime.tv_nsec),
                        ctime_ns: s.stx_ctime.tv_sec * 1_000_000_000
                            + i64::from(s.stx_ctime.tv_nsec),
                        ino: s.stx_ino,
                    });
                }
                Err(rustix::io::Errno::NOENT) => return None,
                _ => {}
            }
        }
        by_path().ok().map(|m| Stamp::of(&m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp_of(p: &Path) -> Stamp {
        Stamp::of(&std::fs::metadata(p).unwrap())
    }

    #[test]
    fn lists_record_files_sorted_with_the_stamps_a_full_stat_gives() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("visits");
        std::fs::create_dir_all(dir.join("2026-10")).unwrap();
        std::fs::create_dir_all(dir.join("2026-11")).unwrap();
        std::fs::write(dir.join("2026-11/v-b.toml.age"), "客户 王芳").unwrap();
        std::fs::write(dir.join("2026-11/v-a.toml.age"), "x").unwrap();
        std::fs::write(dir.join("2026-10/v-c.toml.age"), "").unwrap();
        std::fs::write(dir.join("2026-10/notes.txt"), "not a record").unwrap();
        std::fs::write(dir.join("2026-10/.v-d.toml.age"), "hidden").unwrap();
        // A symlinked record is followed (reading it will be), a dangling one has no
        // stamp.
        let elsewhere = tmp.path().join("elsewhere.toml.age");
        std::fs::write(&elsewhere, "李娜的记录").unwrap();
        std::os::unix::fs::symlink(&elsewhere, dir.join("2026-11/v-l.toml.age")).unwrap();
        std::os::unix::fs::symlink(tmp.path().join("gone"), dir.join("2026-11/v-z.toml.age"))
            .unwrap();

        let listed = list_folder(&dir, Path::new("visits"), true).unwrap();
        let rels: Vec<&str> = listed.iter().map(|l| l.rel.to_str().unwrap()).collect();
        assert_eq!(
            rels,
            [
                "visits/2026-10/v-c.toml.age",
                "visits/2026-11/v-a.toml.age",
                "visits/2026-11/v-b.toml.age",
                "visits/2026-11/v-l.toml.age",
                "visits/2026-11/v-z.toml.age",
            ]
        );
        for l in &listed[..4] {
            assert_eq!(
                l.stamp,
                Some(stamp_of(&tmp.path().join(&l.rel))),
                "{:?}",
                l.rel
            );
        }
        assert_eq!(listed[3].stamp, Some(stamp_of(&elsewhere)));
        assert_eq!(listed[4].stamp, None);

        let names_only = list_folder(&dir, Path::new("visits"), false).unwrap();
        assert!(names_only.iter().all(|l| l.stamp.is_none()));
        assert_eq!(names_only.len(), 5);
        assert!(
            list_folder(&tmp.path().join("none"), Path::new("none"), true)
                .unwrap()
                .is_empty()
        );
    }
}
