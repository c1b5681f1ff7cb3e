//! The write path's promises beyond crashes (issue 7): git's lock waited for and a
//! refused commit undone, stray temp files swept, a foreign key or an unreadable
//! record stopping writes that must check for duplicates, `.hk/recipients` committed
//! with a rewrap, and records of a newer format left alone.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::*;

fn followups(env: &TestEnv) -> usize {
    env.ok(&["followup", "list", "--format", "csv"])
        .lines()
        .count()
        - 1
}

#[test]
fn a_stale_git_lock_refuses_before_writing_and_a_retry_after_removing_it_writes_once() {
    let env = TestEnv::with_git();
    let id = env.add_client("王秀英", "13812345678", &[]);
    let lock = env.store.join(".git/index.lock");
    std::fs::write(&lock, b"").unwrap();
    let before = env.snapshot();
    let commits_before = env.commits();
    let start = Instant::now();
    let err = env.fails(1, &["followup", "log", &id, "--channel", "phone"]);
    assert!(
        start.elapsed() >= Duration::from_secs(9),
        "it waits for git first"
    );
    assert!(
        err.contains("git is busy: `.git/index.lock` exists"),
        "{err}"
    );
    assert!(err.contains("nothing was written"), "{err}");
    assert!(err.contains("remove `.git/index.lock`"), "{err}");
    assert!(!err.contains("`git -c`"), "{err}");
    assert_eq!(env.snapshot(), before);
    std::fs::remove_file(&lock).unwrap();
    env.ok(&["followup", "log", &id, "--channel", "phone"]);
    assert_eq!(followups(&env), 1);
    assert_eq!(env.commits(), commits_before + 1);
    assert!(env.git(&["status", "--porcelain"]).is_empty());
}

#[test]
fn an_import_refused_by_a_stale_git_lock_leaves_none_of_its_staged_files() {
    // A batch stages its ciphertexts in `.hk/journal.tmp/` while it encrypts them,
    // before git is asked: a refusal must take them away again.
    let env = TestEnv::with_git();
    let mut csv = String::from("姓名,手机,地址\n");
    for i in 0..30 {
        csv.push_str(&format!("客户{i},1391234{i:04},杭州市西湖区文三路{i}号\n"));
    }
    let file = env.write("客户.csv", csv.as_bytes());
    let lock = env.store.join(".git/index.lock");
    std::fs::write(&lock, b"").unwrap();
    let before = env.snapshot();
    let err = env.fails(1, &["client", "import", file.to_str().unwrap()]);
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(env.snapshot(), before, "nothing staged is left behind");
    std::fs::remove_file(&lock).unwrap();
    env.ok(&["client", "import", file.to_str().unwrap()]);
    let listed = env.ok(&["client", "list", "--format", "csv"]);
    assert_eq!(listed.lines().count() - 1, 30);
    assert!(env.git(&["status", "--porcelain"]).is_empty());
}

#[test]
fn a_git_status_running_at_the_same_time_never_fails_a_write() {
    let env = TestEnv::with_git();
    let id = env.add_client("李娜", "13900001111", &[]);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let poller = {
        let stop = stop.clone();
        let store = env.store.clone();
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                // `git status` refreshes the index, taking its lock for a moment.
                let _ = Command::new("git")
                    .arg("-C")
                    .arg(&store)
                    .args(["status", "--porcelain"])
                    .output();
            }
        })
    };
    let commits_before = env.commits();
    for _ in 0..20 {
        env.ok(&[
            "followup",
            "log",
            &id,
            "--channel",
            "phone",
            "--outcome",
            "no-answer",
        ]);
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    poller.join().unwrap();
    assert_eq!(followups(&env), 20);
    assert_eq!(env.commits(), commits_before + 20);
    assert!(env.git(&["status", "--porcelain"]).is_empty());
}

#[test]
fn a_commit_git_refuses_is_undone_so_a_retry_does_not_duplicate() {
    let env = TestEnv::with_git();
    let id = env.add_client("张伟", "13700001111", &["--tag", "老客户"]);
    let hook = env.store.join(".git/hooks/pre-commit");
    std::fs::create_dir_all(hook.parent().unwrap()).unwrap();
    std::fs::write(&hook, "#!/bin/sh\necho 'refused by a hook' >&2\nexit 1\n").unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let before = env.snapshot();
    let commits_before = env.commits();
    // A new record and a changed one: both undone.
    let err = env.fails(1, &["followup", "log", &id, "--channel", "phone"]);
    assert!(
        err.contains("git could not commit, so nothing was written"),
        "{err}"
    );
    assert!(err.contains("running the command again is safe"), "{err}");
    env.fails(1, &["client", "tag", &id, "宠物/猫"]);
    assert_eq!(env.snapshot(), before);
    assert_eq!(env.commits(), commits_before);
    assert!(env.git(&["status", "--porcelain"]).is_empty());
    std::fs::remove_file(&hook).unwrap();
    env.ok(&["followup", "log", &id, "--channel", "phone"]);
    assert_eq!(followups(&env), 1);
    assert_eq!(env.commits(), commits_before + 1);
}

#[test]
fn temp_files_left_by_an_older_hk_are_swept_by_the_next_write() {
    let env = TestEnv::new();
    let id = env.add_client("刘芳", "15912345678", &[]);
    let month = env.store.join("visits/2026-11");
    std::fs::create_dir_all(&month).unwrap();
    for dir in [env.store.join("clients"), month.clone()] {
        std::fs::write(dir.join(".hk-tmp-AbC123"), b"ciphertext").unwrap();
    }
    env.ok(&["client", "tag", &id, "VIP"]);
    let left: Vec<_> = env
        .snapshot()
        .into_keys()
        .filter(|p| p.to_string_lossy().contains(".hk-tmp-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_foreign_key_cannot_import_and_gets_one_message() {
    let env = TestEnv::new();
    let sheet = env.write(
        "客户.csv",
        "姓名,手机\n王秀英,13812345678\n李娜,13900001111\n".as_bytes(),
    );
    env.ok(&["client", "import", sheet.to_str().unwrap()]);
    let other = env.dir.path().join("other.txt");
    env.ok(&["key", "generate", "--out", other.to_str().unwrap()]);
    let before = env.snapshot();
    for args in [
        vec!["client", "import", sheet.to_str().unwrap()],
        vec![
            "client",
            "add",
            "--name",
            "王秀英",
            "--phone",
            "13812345678",
        ],
    ] {
        let out = env
            .cmd()
            .env("HK_IDENTITY", &other)
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("is not among `.hk/recipients`"), "{err}");
        assert_eq!(
            err.lines().filter(|l| l.contains("clients/")).count(),
            0,
            "{err}"
        );
        assert!(
            !err.contains("王秀英") && !err.contains("13812345678"),
            "{err}"
        );
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_key_listed_too_late_to_open_old_records_gets_one_message() {
    let env = TestEnv::new();
    env.add_client("王秀英", "13812345678", &[]);
    env.add_client("李娜", "13900001111", &[]);
    let other = env.dir.path().join("other.txt");
    let public = env.ok(&["key", "generate", "--out", other.to_str().unwrap()]);
    let recipients = env.store.join(".hk/recipients");
    let mut text = std::fs::read_to_string(&recipients).unwrap();
    text.push_str(&format!("# 新同事\n{public}"));
    std::fs::write(&recipients, text).unwrap();
    let out = env
        .cmd()
        .env("HK_IDENTITY", &other)
        .args(["client", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("your key opens none of the 2 records in `clients/`"),
        "{err}"
    );
    assert!(err.contains("hk key rewrap"), "{err}");
    assert_eq!(err.lines().count(), 2, "one error and one hint:\n{err}");
}

#[test]
fn a_truncated_record_stops_an_import_that_checks_for_duplicates() {
    let env = TestEnv::new();
    let sheet = env.write(
        "客户.csv",
        "姓名,手机\n王秀英,13812345678\n李娜,13900001111\n".as_bytes(),
    );
    env.ok(&["client", "import", sheet.to_str().unwrap()]);
    let victim = env.client_files()[0].clone();
    let bytes = std::fs::read(&victim).unwrap();
    std::fs::write(&victim, &bytes[..bytes.len() / 2]).unwrap();
    let before = env.snapshot();
    let err = env.fails(1, &["client", "import", sheet.to_str().unwrap()]);
    assert!(err.contains("cannot check phones for duplicates"), "{err}");
    assert!(
        err.contains(victim.file_name().unwrap().to_str().unwrap()),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    // Reading still works, with the bad record named.
    let out = env.run(&["client", "list", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}

#[test]
fn a_name_is_not_resolved_while_some_client_cannot_be_read() {
    let env = TestEnv::new();
    env.add_client("王秀英", "13812345678", &[]);
    let other = env.add_client("王秀英", "13900001111", &["--allow-duplicate"]);
    let file = env.store.join(format!("clients/{other}.toml.age"));
    std::fs::write(&file, b"damaged").unwrap();
    let before = env.snapshot();
    let err = env.fails(1, &["followup", "log", "王秀英", "--channel", "phone"]);
    assert!(err.contains("be sure which client"), "{err}");
    assert!(!err.contains("王秀英"), "{err}");
    assert!(err.contains("by id"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn key_rewrap_commits_the_recipients_with_the_records() {
    let env = TestEnv::with_git();
    env.add_client("陈静", "17701234567", &[]);
    let other = env.dir.path().join("other.txt");
    let public = env.ok(&["key", "generate", "--out", other.to_str().unwrap()]);
    let recipients = env.store.join(".hk/recipients");
    let mut text = std::fs::read_to_string(&recipients).unwrap();
    text.push_str(&format!("# 分店\n{public}"));
    std::fs::write(&recipients, text).unwrap();
    env.ok(&["key", "rewrap"]);
    assert!(env.git(&["status", "--porcelain"]).is_empty());
    let files = env.git(&["show", "--name-only", "--format=", "HEAD"]);
    assert!(files.lines().any(|l| l == ".hk/recipients"), "{files}");
    assert!(files.lines().any(|l| l.starts_with("clients/")), "{files}");
    // The colleague reads the record now.
    let out = env
        .cmd()
        .env("HK_IDENTITY", &other)
        .args(["client", "list", "--format", "csv"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_record_of_a_newer_format_is_read_with_a_warning_and_never_rewritten() {
    let env = TestEnv::new();
    let id = env.add_client("杨军", "13712345678", &[]);
    let rel = format!("clients/{id}.toml.age");
    let file = env.store.join(&rel);
    let plain = env.ok(&["cat", file.to_str().unwrap()]);
    let newer = plain.replacen("format = 1", "format = 99", 1);
    assert_ne!(newer, plain);
    let public = std::fs::read_to_string(env.store.join(".hk/recipients")).unwrap();
    let recipient: age::x25519::Recipient = public
        .lines()
        .find(|l| l.starts_with("age1"))
        .unwrap()
        .parse()
        .unwrap();
    let enc = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        .unwrap();
    let mut bytes = Vec::new();
    let mut w = enc.wrap_output(&mut bytes).unwrap();
    std::io::Write::write_all(&mut w, newer.as_bytes()).unwrap();
    w.finish().unwrap();
    std::fs::write(&file, &bytes).unwrap();

    let out = env.run(&["client", "list", "--format", "csv"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(&id));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("written by a newer hk"), "{err}");
    let before = env.snapshot();
    let err = env.fails(1, &["client", "tag", &id, "VIP"]);
    assert!(err.contains("newer hk"), "{err}");
    assert!(err.contains(&rel), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_git_import_bigger_than_the_argument_limit_commits_every_record() {
    // 13,000 paths of ~29 bytes are ~380 KB: over the 128 KiB a single argument may
    // take and, with the ids in the message, over what git's command line held before.
    let env = TestEnv::with_git();
    let mut sheet = String::from("姓名,手机,地址\n");
    for i in 0..13_000 {
        sheet.push_str(&format!("客户{i},139{i:08},上海市徐汇区漕溪北路{i}号\n"));
    }
    let file = env.write("大批客户.csv", sheet.as_bytes());
    let out = env.ok(&["client", "import", file.to_str().unwrap()]);
    assert_eq!(out.lines().count(), 13_000);
    assert!(env.git(&["status", "--porcelain"]).is_empty());
    assert_eq!(env.commits(), 2);
    let tracked = env.git(&["ls-files", "clients"]);
    assert_eq!(
        tracked.lines().filter(|l| l.ends_with(".toml.age")).count(),
        13_000
    );
    let message = env.git(&["log", "-1", "--format=%B"]);
    assert!(
        message.starts_with("client import (13000 clients)\n\n"),
        "{message}"
    );
    assert!(message.contains("… and 12950 more"), "{message}");
    assert!(message.len() < 1_000, "{} bytes", message.len());
}

#[test]
fn what_the_user_staged_stays_out_of_hks_commit() {
    let env = TestEnv::with_git();
    let id = env.add_client("吴桂兰", "02162881234", &[]);
    // A note of the office's own, staged but not committed.
    std::fs::write(env.store.join("办公室须知.md"), "周一盘点\n").unwrap();
    env.git(&["add", "办公室须知.md"]);
    env.ok(&["followup", "log", &id, "--channel", "phone"]);
    let files = env.git(&["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(files.lines().count(), 1, "{files}");
    assert!(files.starts_with("followups/"), "{files}");
    let status = env.git(&["-c", "core.quotepath=off", "status", "--porcelain"]);
    assert_eq!(status.trim(), "A  办公室须知.md");
}
