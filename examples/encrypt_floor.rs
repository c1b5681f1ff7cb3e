//! The encrypt floor for benchmarks: the least a bulk import of N records must spend.
//! It encrypts N small TOML texts (the size of a visit record) to one age recipient
//! in parallel (rayon, as hk does), writes each to its own file in a fresh folder
//! (one per month, as visits are filed), and flushes once with `sync` — no parsing,
//! no checks, no journal, no hk code: only `age` and `rayon`.
//!
//! ```sh
//! cargo run --release --example encrypt_floor -- /tmp/floor-out 100000
//! ```

use std::io::Write;
use std::path::PathBuf;

use rayon::prelude::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: encrypt_floor DIR N"));
    let n: usize = args
        .next()
        .map(|s| s.parse().expect("N is a number"))
        .unwrap_or(100_000);
    let recipient = age::x25519::Identity::generate().to_public();
    for m in 1..=12 {
        std::fs::create_dir_all(dir.join(format!("2027-{m:02}"))).expect("a writable folder");
    }
    (0..n).into_par_iter().for_each(|i| {
        let text = format!(
            "format = 1\nid = \"v-{i:08}\"\nclient = \"c-{:08}\"\ncategory = \"house-cleaning\"\n\
             date = \"2027-{:02}-{:02}\"\nstaff = [\"张阿姨\"]\nstatus = \"scheduled\"\nprice = \"200\"\n\
             created = \"2026-11-22T09:00:00+08:00\"\nupdated = \"2026-11-22T09:00:00+08:00\"\n",
            i % 1000,
            i % 12 + 1,
            i % 28 + 1
        );
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .expect("one recipient");
        let mut out = Vec::with_capacity(text.len() + 256);
        let mut w = encryptor.wrap_output(&mut out).expect("encrypting to memory");
        w.write_all(text.as_bytes()).expect("encrypting to memory");
        w.finish().expect("encrypting to memory");
        let path = dir
            .join(format!("2027-{:02}", i % 12 + 1))
            .join(format!("v-{i:08}.toml.age"));
        std::fs::write(path, out).expect("a writable folder");
    });
    let status = std::process::Command::new("sync")
        .status()
        .expect("sync runs");
    assert!(status.success());
    println!("{n} files encrypted and written");
}
