//! The cache of DESIGN §9 is never stale: whatever changes the records between two
//! commands (hk, another hk at the same time, git, the `age` tool rewriting a file
//! in place, a deleted or moved file, a damaged cache), every command prints what it
//! prints with `--no-cache`. And it is private: 0600, encrypted, no names inside.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::common::TestEnv;
use hk::store::keys::{Recipients, load_identities};
use proptest::prelude::*;

/// What a command printed, and how it ended.
fn outcome(out: std::process::Output) -> (Option<i32>, String, String) {
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs each query without the cache, then twice with it (the first run may refresh
/// it, the second is served by it), and asserts the three are the same.
fn assert_fresh(env: &TestEnv, client: Option<&str>, context: &str) {
    let mut queries: Vec<Vec<&str>> = vec![
        vec!["followup", "due", "--on", "2026-11-23", "--format", "csv"],
        vec!["client", "list", "--format", "csv"],
        vec!["report", "satisfaction", "--format", "csv"],
    ];
    if let Some(id) = client {
        queries.push(vec!["client", "show", id, "--format", "json"]);
    }
    for q in queries {
        let plain = outcome(env.cmd().arg("--no-cache").args(&q).output().unwrap());
        let first = outcome(env.run(&q));
        let second = outcome(env.run(&q));
        assert_eq!(first, plain, "{context}: hk {q:?} (cache refreshed)");
        assert_eq!(second, plain, "{context}: hk {q:?} (cache served)");
    }
}

fn record_files(env: &TestEnv, folder: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.to_string_lossy().ends_with(".toml.age") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&env.store.join(folder), &mut out);
    out.sort();
    out
}

/// Rewrites a record file in place, as `age -d | edit | age -e -R .hk/recipients -o
/// FILE` would: the same inode, the same folder mtime. When the edit keeps the text's
/// length, the file keeps its size too (the age crate adds a header stanza of random
/// length, so it encrypts until the size matches).
fn rewrite_in_place(env: &TestEnv, file: &Path, edit: impl Fn(&str) -> String) {
    let ids = load_identities(&env.key, &mut |_| None).unwrap();
    let text = String::from_utf8(ids.decrypt(&std::fs::read(file).unwrap()).unwrap()).unwrap();
    let recipients = std::fs::read_to_string(env.store.join(".hk/recipients")).unwrap();
    let r = Recipients::parse(&recipients, "recipients").unwrap();
    let new = edit(&text);
    let old_size = std::fs::metadata(file).unwrap().len() as usize;
    let mut bytes = r.encrypt(new.as_bytes()).unwrap();
    for _ in 0..5000 {
        if new.len() != text.len() || bytes.len() == old_size {
            break;
        }
        bytes = r.encrypt(new.as_bytes()).unwrap();
    }
    // Rarely no try gives the old size (the stanza's length is random and the old
    // file may have had an unusual one); the step then changes the size, which the
    // cache must notice as well.
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(file)
        .unwrap();
    std::io::Write::write_all(&mut f, &bytes).unwrap();
}

/// Changes the last digit of the first phone number: same length, same file size.
fn bump_phone(text: &str) -> String {
    let start = text.find("\"1").expect("a phone") + 11;
    let d = text.as_bytes()[start];
    let next = if d == b'9' { b'0' } else { d + 1 };
    let mut bytes = text.as_bytes().to_vec();
    bytes[start] = next;
    String::from_utf8(bytes).unwrap()
}

#[derive(Debug, Clone)]
enum Step {
    AddClient,
    Tag(usize, u8),
    EditNotes(usize, u8),
    AddVisit(usize, u8),
    LogFollowup(usize),
    AddSurvey(usize, u8),
    /// In place with the age crate; `true` keeps the size (one digit changed).
    AgeRewrite(usize, bool),
    DeleteRecord(usize),
    MoveVisit(usize),
    GitReset,
    ClearCache,
    CorruptCache(bool),
}

fn step() -> impl Strategy<Value = Step> {
    let i = 0usize..8;
    // In-place rewrites are what a stamp check can get wrong: they come often.
    prop_oneof![
        1 => Just(Step::AddClient),
        1 => (i.clone(), 0u8..3).prop_map(|(c, t)| Step::Tag(c, t)),
        1 => (i.clone(), 0u8..9).prop_map(|(c, n)| Step::EditNotes(c, n)),
        1 => (i.clone(), 1u8..28).prop_map(|(c, d)| Step::AddVisit(c, d)),
        1 => i.clone().prop_map(Step::LogFollowup),
        1 => (i.clone(), 1u8..6).prop_map(|(c, s)| Step::AddSurvey(c, s)),
        4 => (i.clone(), any::<bool>()).prop_map(|(c, same)| Step::AgeRewrite(c, same)),
        1 => i.clone().prop_map(Step::DeleteRecord),
        1 => i.prop_map(Step::MoveVisit),
        1 => Just(Step::GitReset),
        1 => Just(Step::ClearCache),
        1 => any::<bool>().prop_map(Step::CorruptCache),
    ]
}

const CAT: &[&str] = &["--category", "家庭保洁"];
const NAMES: [&str; 4] = ["王秀英", "李娜", "张伟", "陈静"];

struct World {
    env: TestEnv,
    clients: Vec<String>,
}

impl World {
    fn new() -> World {
        let env = TestEnv::with_git();
        let a = env.add_client("王秀英", "13812340001", CAT);
        let b = env.add_client("李娜", "13812340002", CAT);
        env.ok(&["visit", "add", &a, "--date", "2026-10-01"]);
        env.ok(&["visit", "add", &b, "--date", "2026-10-03"]);
        env.ok(&["survey", "add", &a, "--overall", "4"]);
        World {
            env,
            clients: vec![a, b],
        }
    }

    fn client(&self, i: usize) -> &str {
        &self.clients[i % self.clients.len()]
    }

    /// Applies a step. hk's own writes may be refused (a client whose file a git
    /// reset took away); what matters is that reads agree afterwards.
    fn apply(&mut self, s: &Step) {
        let env = &self.env;
        match s {
            Step::AddClient => {
                let n = self.clients.len();
                let phone = format!("139{:08}", n + 10);
                let out = env.run(&[
                    "client",
                    "add",
                    "--name",
                    NAMES[n % 4],
                    "--phone",
                    &phone,
                    "--category",
                    "家庭保洁",
                ]);
                if out.status.success() {
                    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
                    self.clients.push(id);
                }
            }
            Step::Tag(c, t) => {
                let tag = ["宠物/猫", "VIP", "老人"][*t as usize];
                env.run(&["client", "tag", self.client(*c), tag]);
            }
            Step::EditNotes(c, n) => {
                let set = format!("notes=第{n}次");
                env.run(&["client", "edit", self.client(*c), "--set", &set]);
            }
            Step::AddVisit(c, d) => {
                let date = format!("2026-10-{d:02}");
                env.run(&["visit", "add", self.client(*c), "--date", &date]);
            }
            Step::LogFollowup(c) => {
                env.run(&["followup", "log", self.client(*c), "--channel", "phone"]);
            }
            Step::AddSurvey(c, score) => {
                let s = score.to_string();
                env.run(&["survey", "add", self.client(*c), "--overall", &s]);
            }
            Step::AgeRewrite(c, same_size) => {
                let files = record_files(env, "clients");
                let f = &files[*c % files.len()];
                if *same_size {
                    rewrite_in_place(env, f, bump_phone);
                } else {
                    rewrite_in_place(env, f, |t| t.replacen("\nname = \"", "\nname = \"新", 1));
                }
            }
            Step::DeleteRecord(i) => {
                let mut files = record_files(env, "visits");
                files.extend(record_files(env, "followups"));
                files.extend(record_files(env, "surveys"));
                if !files.is_empty() {
                    std::fs::remove_file(&files[*i % files.len()]).unwrap();
                }
            }
            Step::MoveVisit(i) => {
                let files = record_files(env, "visits");
                if !files.is_empty() {
                    let f = &files[*i % files.len()];
                    let dir = env.store.join("visits/2025-01");
                    std::fs::create_dir_all(&dir).unwrap();
                    std::fs::rename(f, dir.join(f.file_name().unwrap())).unwrap();
                }
            }
            Step::GitReset => {
                if env.commits() > 1 {
                    env.git(&["reset", "--quiet", "--hard", "HEAD~1"]);
                    env.git(&["clean", "--quiet", "-fd", "visits"]);
                }
            }
            Step::ClearCache => {
                let _ = std::fs::remove_dir_all(env.store.join(".hk/cache"));
            }
            Step::CorruptCache(truncate) => {
                let f = env.store.join(".hk/cache/visits.bin.age");
                if let Ok(bytes) = std::fs::read(&f) {
                    let new = if *truncate {
                        bytes[..bytes.len() / 2].to_vec()
                    } else {
                        let mut b = bytes;
                        let n = b.len();
                        b[n - 20] ^= 0x55;
                        b
                    };
                    std::fs::write(&f, new).unwrap();
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_read_with_the_cache_equals_the_read_without(steps in prop::collection::vec(step(), 2..7)) {
        let mut w = World::new();
        assert_fresh(&w.env, Some(w.client(0)), "start");
        for (n, s) in steps.iter().enumerate() {
            w.apply(s);
            let first = w.clients[0].clone();
            assert_fresh(&w.env, Some(&first), &format!("after step {n}: {s:?}"));
        }
    }
}

#[test]
fn a_same_size_rewrite_within_the_same_second_is_seen() {
    let w = World::new();
    let env = &w.env;
    let id = w.client(0);
    // Warm the cache, then rewrite the client at once (same size, same second) and
    // again, each time reading through the cache straight after.
    let files = record_files(env, "clients");
    let file = files
        .iter()
        .find(|f| f.to_string_lossy().contains(id))
        .unwrap();
    for _ in 0..3 {
        env.ok(&["client", "show", id, "--format", "json"]);
        rewrite_in_place(env, file, bump_phone);
        assert_fresh(env, Some(id), "after an in-place rewrite");
    }
}

#[test]
fn readers_and_writers_in_parallel_see_nothing_stale_and_lose_nothing() {
    let env = Arc::new(TestEnv::new());
    let a = env.add_client("王秀英", "13812340001", CAT);
    let b = env.add_client("李娜", "13812340002", CAT);
    let done = Arc::new(AtomicUsize::new(0));
    const PER_WRITER: usize = 6;
    let visits = |env: &TestEnv| {
        let out = env.ok(&["visit", "list", "--from", "2026-01-01", "--format", "csv"]);
        out.lines().count() - 1
    };
    let mut handles = Vec::new();
    for (c, day) in [(a.clone(), 1), (b.clone(), 15)] {
        let env = Arc::clone(&env);
        let done = Arc::clone(&done);
        handles.push(std::thread::spawn(move || {
            for i in 0..PER_WRITER {
                let date = format!("2026-10-{:02}", day + i);
                env.ok(&["visit", "add", &c, "--date", &date]);
                done.fetch_add(1, Ordering::SeqCst);
            }
        }));
    }
    for _ in 0..2 {
        let env = Arc::clone(&env);
        let done = Arc::clone(&done);
        handles.push(std::thread::spawn(move || {
            while done.load(Ordering::SeqCst) < 2 * PER_WRITER {
                let before = done.load(Ordering::SeqCst);
                let seen = visits(&env);
                assert!(
                    seen >= before,
                    "a reader saw {seen} visits after {before} were written"
                );
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(visits(&env), 2 * PER_WRITER);
    assert_fresh(&env, Some(&a), "after the parallel writers");
}

#[test]
fn the_cache_is_private_encrypted_and_can_be_shown_and_cleared() {
    let env = TestEnv::new();
    let id = env.add_client(
        "王秀英",
        "13812345678",
        &[
            "--address",
            "上海市浦东新区张江路1号",
            "--category",
            "家庭保洁",
        ],
    );
    env.ok(&["visit", "add", &id, "--date", "2026-10-01"]);
    env.ok(&["client", "list"]);
    env.ok(&["client", "show", &id]);
    let dir = env.store.join(".hk/cache");
    let mode = |p: &Path| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    };
    assert_eq!(mode(&dir), 0o700);
    let mut files = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        assert_eq!(mode(&p), 0o600, "{}", p.display());
        let bytes = std::fs::read(&p).unwrap();
        for secret in ["王秀英", "13812345678", "张江路"] {
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{} holds `{secret}`",
                p.display()
            );
        }
        files += 1;
    }
    assert!(
        files >= 3,
        "clients, visits and surveys caches and a .gitignore"
    );

    let status = env.ok(&["cache", "status", "--format", "csv"]);
    assert!(
        status.starts_with("kind,state,entries,bytes,written,hk_version,public_key\n"),
        "{status}"
    );
    assert!(status.contains("\nclients,ready,1,"), "{status}");
    assert!(status.contains("\nvisits,ready,1,"), "{status}");
    assert!(
        !status.contains("王秀英") && !status.contains("13812345678"),
        "{status}"
    );
    let public = env.ok(&["key", "public"]);
    assert!(status.contains(public.trim()), "{status}");

    let msg = outcome(env.run(&["cache", "clear"]));
    assert_eq!(msg.0, Some(0));
    assert!(!dir.exists());
    let status = env.ok(&["cache", "status", "--format", "csv"]);
    assert!(status.contains("\nclients,none,"), "{status}");

    // Bypassed: neither read nor written.
    env.ok(&["--no-cache", "client", "list"]);
    env.cmd()
        .env("HK_NO_CACHE", "1")
        .args(["client", "list"])
        .assert()
        .success();
    assert!(!dir.exists());
    env.ok(&["client", "list"]);
    assert!(dir.exists());
}

#[test]
fn a_git_checkout_of_an_older_commit_is_seen() {
    let w = World::new();
    let env = &w.env;
    let id = w.client(0);
    env.ok(&["client", "tag", id, "VIP"]);
    env.ok(&["client", "edit", id, "--set", "notes=新的"]);
    assert_fresh(env, Some(id), "before checkout");
    let log = env.git(&["log", "--format=%H"]);
    let older = log.lines().nth(2).unwrap();
    env.git(&["checkout", "--quiet", older, "--", "."]);
    assert_fresh(env, Some(id), "after checkout of an older commit");
    env.git(&["checkout", "--quiet", "HEAD", "--", "."]);
    assert_fresh(env, Some(id), "after checkout back");
}

/// The entries of one kind in `hk cache status`, or `None` when it has no cache.
fn cached_entries(env: &TestEnv, kind: &str) -> Option<usize> {
    let status = env.ok(&["cache", "status", "--format", "csv"]);
    let line = status
        .lines()
        .find(|l| l.starts_with(&format!("{kind},")))
        .unwrap_or_else(|| panic!("no {kind} line in {status}"));
    let cols: Vec<&str> = line.split(',').collect();
    (cols[1] == "ready").then(|| cols[2].parse().unwrap())
}

#[test]
fn hks_own_writes_update_the_cache() {
    let env = TestEnv::new();
    let a = env.add_client("李娜", "13700001111", &["--category", "家庭保洁"]);
    let b = env.add_client("张伟", "13700002222", &["--category", "家庭保洁"]);
    env.ok(&["followup", "due", "--on", "2026-11-23"]);
    assert_eq!(cached_entries(&env, "clients"), Some(2));
    assert_eq!(cached_entries(&env, "visits"), Some(0));

    // Each write puts its record in the cache; no read runs in between.
    let v = env.ok(&["-q", "visit", "add", &a, "--date", "2026-10-01"]);
    assert_eq!(cached_entries(&env, "visits"), Some(1));
    env.ok(&["visit", "add", &b, "--date", "2026-10-03"]);
    assert_eq!(cached_entries(&env, "visits"), Some(2));
    env.ok(&[
        "followup",
        "log",
        &a,
        "--channel",
        "phone",
        "--note",
        "客户满意",
    ]);
    assert_eq!(cached_entries(&env, "followups"), Some(1));
    // A visit moved to another month: its old entry goes, the new one comes.
    env.ok(&["visit", "edit", v.trim(), "--set", "date=2026-09-20"]);
    assert_eq!(cached_entries(&env, "visits"), Some(2));
    env.ok(&["client", "edit", &b, "--set", "name=张伟伟"]);
    assert_eq!(cached_entries(&env, "clients"), Some(2));
    assert_fresh(&env, Some(&a), "after hk's writes");

    // A write that bypasses the cache leaves it alone; readers still see the write.
    env.ok(&["--no-cache", "followup", "log", &b, "--channel", "wechat"]);
    assert_eq!(cached_entries(&env, "followups"), Some(1));
    assert_fresh(&env, Some(&b), "after a write without the cache");
    assert_eq!(cached_entries(&env, "followups"), Some(2));
}
