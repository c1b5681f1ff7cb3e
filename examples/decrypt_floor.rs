//! The decrypt floor for benchmarks: the least any command that reads every record
//! without a cache must spend. It lists every `*.age` file under the store, reads and
//! decrypts each in parallel (rayon, as hk does) with the store's identity, and counts
//! the plaintext bytes. No TOML parsing, no hk code: only `age` and `rayon`.
//!
//! ```sh
//! cargo run --release --example decrypt_floor -- /tmp/hk-bench-10
//! ```
//! The identity is `DIR/bench-key.txt` (written by `gen_store`) unless a second
//! argument names another file.

use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: decrypt_floor DIR [IDENTITY]"));
    let key = args
        .next()
        .map_or_else(|| dir.join("bench-key.txt"), PathBuf::from);
    let identities = age::IdentityFile::from_file(key.display().to_string())
        .expect("a readable identity file")
        .into_identities()
        .expect("an unencrypted age identity");

    let mut files = Vec::new();
    for kind in ["clients", "visits", "followups", "surveys"] {
        collect(&dir.join(kind), &mut files);
    }
    let bytes: usize = files
        .par_iter()
        .map(|path| {
            let ciphertext = std::fs::read(path).expect("a readable record file");
            let decryptor = age::Decryptor::new_buffered(ciphertext.as_slice())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let mut stream = decryptor
                .decrypt(identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let mut plain = Vec::with_capacity(ciphertext.len());
            stream
                .read_to_end(&mut plain)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            plain.len()
        })
        .sum();
    println!("{} files, {bytes} plaintext bytes", files.len());
}

/// Every `*.age` file below `dir` (the record folders are one or two levels deep).
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("a readable folder").path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "age") {
            out.push(path);
        }
    }
}
