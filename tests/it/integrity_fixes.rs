//! Issue 7, "nothing lost, nothing leaked", through the real binary:
//!
//! - the plaintext copy of an `$EDITOR` session goes away when hk is stopped by a
//!   signal, and a copy left by a killed hk is removed by the next run;
//! - `hk client edit` keeps the rules of `hk client add` (no phone shared with another
//!   client unless `--allow-duplicate`; a phone or a WeChat id always);
//! - a visit's category changed twice leaves the client with the last one only;
//! - a survey is only about a visit that has happened.
//!
//! Every refusal is checked to change nothing on disk. The clock is the harness's:
//! 2026-11-22.
//!
//! The tests are in `integrity_fixes_plaintext`, `integrity_fixes_client_edit` and
//! `integrity_fixes_visits` (categories and surveys); this file holds the helpers they
//! share.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::common::TestEnv;
use serde_json::Value;

pub(crate) fn show(env: &TestEnv, id: &str) -> Value {
    serde_json::from_str(&env.ok(&["client", "show", id, "--format", "json", "--reveal"])).unwrap()
}

/// Paths that differ between two snapshots, rather than pages of ciphertext.
fn changed(
    before: &BTreeMap<PathBuf, Vec<u8>>,
    after: &BTreeMap<PathBuf, Vec<u8>>,
) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = before
        .keys()
        .chain(after.keys())
        .filter(|p| before.get(*p) != after.get(*p))
        .cloned()
        .collect();
    v.sort();
    v.dedup();
    v
}

pub(crate) fn assert_unchanged(env: &TestEnv, before: &BTreeMap<PathBuf, Vec<u8>>) {
    let c = changed(before, &env.snapshot());
    assert!(c.is_empty(), "the store changed: {c:?}");
}

/// Runs `hk args`, expects exit `code`, nothing on stdout, every `expect` on stderr,
/// no client's name or phone in it, and no file of the store changed.
pub(crate) fn refused(env: &TestEnv, code: i32, args: &[&str], expect: &[&str]) -> String {
    let before = env.snapshot();
    let out = env.run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(code), "hk {args:?}\n{stderr}");
    assert!(
        out.stdout.is_empty(),
        "hk {args:?} printed data while failing"
    );
    for e in expect {
        assert!(stderr.contains(e), "hk {args:?}: no `{e}` in\n{stderr}");
    }
    assert_no_personal_data(&stderr);
    assert_unchanged(env, &before);
    stderr
}

/// The names and phones these tests use never appear in a message.
pub(crate) fn assert_no_personal_data(text: &str) {
    for secret in [
        "王秀英",
        "李娜",
        "张伟",
        "13812345678",
        "13900001111",
        "13700002222",
    ] {
        assert!(!text.contains(secret), "personal data in a message: {text}");
    }
}

/// Polls `cond` every 50 ms for up to 30 s.
pub(crate) fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
    let start = Instant::now();
    while !cond() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A script line that writes the file it was given and its own pid to `editor.log`
/// (atomically, so the test never reads half of it). Returns the line and the log.
pub(crate) fn report_line(env: &TestEnv) -> (String, PathBuf) {
    let log = env.dir.path().join("editor.log");
    let line = format!(
        "{{ echo \"$1\"; echo $$; }} > {log}.tmp && mv {log}.tmp {log}\n",
        log = log.display()
    );
    (line, log)
}

/// What `report_line` wrote: the edited file and the editor's pid.
pub(crate) fn reported(log: &Path) -> (PathBuf, u32) {
    wait_until("the editor to start", || log.exists());
    let text = std::fs::read_to_string(log).unwrap();
    let mut lines = text.lines();
    let file = PathBuf::from(lines.next().unwrap());
    let pid = lines.next().unwrap().parse().unwrap();
    (file, pid)
}
