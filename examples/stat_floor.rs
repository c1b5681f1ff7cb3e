//! The parallel stat floor for benchmarks: the least a never-stale cache must spend to
//! notice a changed file in one folder of the store. It lists the folder's subfolders
//! in parallel (rayon, on every core, as hk does) and asks `statx` for each `*.age`
//! file's size, times and inode, relative to its open folder: the fewest fields and
//! the shortest lookup. No cache, no decryption, no hk code.
//!
//! `find -printf` (the benchmark's whole-store stat floor) does the same on one core.
//! This one is the floor of a command that reads one kind, like `hk report
//! satisfaction` (the surveys alone).
//!
//! ```sh
//! cargo run --release --example stat_floor -- /tmp/hk-bench-1/surveys
//! ```
//! Prints how many files it looked at.

use std::path::Path;

use rayon::prelude::*;
use rustix::fs::{AtFlags, Mode, OFlags, StatxFlags};

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: stat_floor FOLDER (e.g. STORE/surveys)");
    println!("{}", count(Path::new(&dir)));
}

/// The `*.age` files under `dir`, each stat'ed; subfolders in parallel.
fn count(dir: &Path) -> usize {
    let fd = rustix::fs::open(
        dir,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let want = StatxFlags::SIZE | StatxFlags::MTIME | StatxFlags::CTIME | StatxFlags::INO;
    let mut files = 0;
    let mut folders = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a readable folder") {
        let entry = entry.expect("a readable folder entry");
        let name = entry.file_name();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            folders.push(entry.path());
        } else if name.to_string_lossy().ends_with(".age") {
            rustix::fs::statx(&fd, &name, AtFlags::empty(), want)
                .unwrap_or_else(|e| panic!("{}: {e}", entry.path().display()));
            files += 1;
        }
    }
    files + folders.par_iter().map(|f| count(f)).sum::<usize>()
}
