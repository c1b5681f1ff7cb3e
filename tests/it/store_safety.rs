//! The store's promises, through the real binary: keys are checked, broken records are
//! reported by path without hurting the others, concurrent writers never lose a
//! record, git history carries ids only, and the files are standard age.

use crate::common::{TestEnv, have_age};
use std::process::Command;

fn chmod(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn init_creates_layout_and_a_private_identity() {
    let env = TestEnv::bare();
    let out = env.run(&["init"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("back it up"), "{stderr}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&env.key).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    for p in [
        ".hk/config.toml",
        ".hk/recipients",
        ".gitignore",
        ".gitattributes",
        "clients",
        "visits",
    ] {
        assert!(env.store.join(p).exists(), "{p}");
    }
    let recipients = std::fs::read_to_string(env.store.join(".hk/recipients")).unwrap();
    let public = env.ok(&["key", "public"]);
    assert!(recipients.contains(public.trim()));
    // A second init refuses and changes nothing.
    let before = env.snapshot();
    let err = env.fails(1, &["init"]);
    assert!(err.contains("already an hk store"), "{err}");
    assert_eq!(before, env.snapshot());
}

#[test]
fn a_bad_recipient_is_refused_before_anything_is_created() {
    let env = TestEnv::bare();
    let err = env.fails(2, &["init", "--recipient", "age1notakey"]);
    assert!(err.contains("`--recipient`"), "{err}");
    assert!(!env.store.exists());
}

#[test]
fn the_wrong_key_is_reported_with_a_hint() {
    let env = TestEnv::new();
    let id = env.add_client("王秀英", "13812345678", &[]);
    let other = env.dir.path().join("other.txt");
    env.ok(&["key", "generate", "--out", other.to_str().unwrap()]);
    let out = env
        .cmd()
        .env("HK_IDENTITY", &other)
        .args(["client", "show", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    // One message naming the key, not one per record.
    let public = env.ok(&["key", "public", "--identity", other.to_str().unwrap()]);
    assert!(
        err.contains(&format!(
            "your key `{}` is not among `.hk/recipients`",
            public.trim()
        )),
        "{err}"
    );
    assert!(
        err.contains("hint:") && err.contains("hk key rewrap"),
        "{err}"
    );
    assert_eq!(err.matches("error:").count(), 1, "{err}");
}

#[test]
fn loose_key_permissions_are_refused_but_the_demo_key_is_accepted() {
    let env = TestEnv::new();
    env.add_client("王秀英", "13812345678", &[]);
    chmod(&env.key, 0o644);
    let err = env.fails(1, &["client", "list"]);
    assert!(err.contains("readable by others"), "{err}");
    assert!(err.contains("chmod 600"), "{err}");
    // The same key marked demo-only is accepted, with a warning.
    let text = std::fs::read_to_string(&env.key).unwrap();
    std::fs::write(&env.key, format!("# hk-demo-key: DEMO ONLY\n{text}")).unwrap();
    let out = env.run(&["client", "list", "--format", "csv"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("王秀英"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("DEMO key"));
}

#[test]
fn a_missing_identity_says_how_to_make_one() {
    let env = TestEnv::new();
    std::fs::remove_file(&env.key).unwrap();
    let err = env.fails(1, &["client", "list"]);
    assert!(err.contains("no identity file"), "{err}");
    assert!(err.contains("hk key generate"), "{err}");
}

#[test]
fn a_passphrase_protected_identity_needs_a_terminal() {
    let env = TestEnv::new();
    // Re-encrypt the identity with a passphrase, as `age -p` would.
    let plain = std::fs::read(&env.key).unwrap();
    let enc = age::Encryptor::with_user_passphrase(age::secrecy::SecretString::from(
        "口令-passphrase".to_string(),
    ));
    let mut out = Vec::new();
    let mut w = enc.wrap_output(&mut out).unwrap();
    std::io::Write::write_all(&mut w, &plain).unwrap();
    w.finish().unwrap();
    std::fs::write(&env.key, out).unwrap();
    let err = env.fails(1, &["client", "list"]);
    assert!(err.contains("passphrase-protected"), "{err}");
    assert!(err.contains("no terminal"), "{err}");
}

#[test]
fn a_corrupted_record_is_named_and_the_others_still_work() {
    let env = TestEnv::new();
    let good = env.add_client("王秀英", "13812345678", &[]);
    let bad = env.add_client("李娜", "13900001111", &[]);
    let bad_file = env.store.join(format!("clients/{bad}.toml.age"));
    let mut bytes = std::fs::read(&bad_file).unwrap();
    let n = bytes.len();
    bytes[n - 5] ^= 0xff;
    std::fs::write(&bad_file, &bytes).unwrap();
    let before = env.snapshot();

    let out = env.run(&["client", "list", "--format", "csv"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "incomplete listings exit 1 for cron"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains(&good) && !stdout.contains(&bad), "{stdout}");
    assert!(
        stderr.contains(&format!("clients/{bad}.toml.age")),
        "{stderr}"
    );
    assert!(stderr.contains("damaged"), "{stderr}");
    // The good record is unaffected, the bad one is never overwritten.
    env.ok(&["client", "show", &good]);
    env.ok(&["client", "tag", &good, "VIP"]);
    // A write whose duplicate check cannot read every record refuses, naming the
    // record (it could hold the duplicate); `--allow-duplicate` needs no check.
    let before_add = env.snapshot();
    let err = env.fails(
        1,
        &["client", "add", "--name", "张伟", "--phone", "13700001111"],
    );
    assert!(err.contains(&format!("clients/{bad}.toml.age")), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(env.snapshot(), before_add);
    env.ok(&[
        "client",
        "add",
        "--name",
        "张伟",
        "--phone",
        "13700001111",
        "--allow-duplicate",
    ]);
    let err = env.fails(1, &["client", "tag", &bad, "VIP"]);
    assert!(err.contains(&bad), "{err}");
    assert_eq!(
        std::fs::read(&bad_file).unwrap(),
        before[&std::path::PathBuf::from(format!("clients/{bad}.toml.age"))]
    );

    // A file that is not age at all, and one whose TOML is broken.
    std::fs::write(&bad_file, "not an age file").unwrap();
    let err = env.fails(1, &["client", "list"]);
    assert!(err.contains("not an age file"), "{err}");
}

#[test]
fn a_record_with_invalid_toml_is_reported_by_line_without_its_values() {
    let env = TestEnv::new();
    let good = env.add_client("王秀英", "13812345678", &[]);
    let recipients = std::fs::read_to_string(env.store.join(".hk/recipients")).unwrap();
    let key = recipients.lines().find(|l| l.starts_with("age1")).unwrap();
    let r: age::x25519::Recipient = key.parse().unwrap();
    let text = "format = 1\nid = \"c-aaaaaaaa\"\nname = 13812345678\ncreated = \"2026-11-22T09:00:00+08:00\"\nupdated = \"2026-11-22T09:00:00+08:00\"\n";
    let ct = age::encrypt(&r, text.as_bytes()).unwrap();
    std::fs::write(env.store.join("clients/c-aaaaaaaa.toml.age"), ct).unwrap();
    let out = env.run(&["client", "list", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("clients/c-aaaaaaaa.toml.age"), "{stderr}");
    assert!(stderr.contains("line 3"), "{stderr}");
    assert!(!stderr.contains("13812345678"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains(&good));
}

#[test]
fn without_a_terminal_a_missing_value_names_its_flag_and_never_hangs() {
    let env = TestEnv::new();
    let before = env.snapshot();
    let err = env.fails(2, &["client", "add", "--phone", "13812345678"]);
    assert!(err.contains("`--name`"), "{err}");
    let err = env.fails(2, &["client", "add", "--name", "王秀英"]);
    assert!(err.contains("`--phone`"), "{err}");
    assert_eq!(before, env.snapshot());
}

#[test]
fn bad_values_name_the_flag_and_write_nothing() {
    let env = TestEnv::new();
    let before = env.snapshot();
    let cases: &[(&[&str], &str)] = &[
        (&["--phone", "1381234"], "`--phone`"),
        (&["--phone", "12012345678"], "13–19"),
        (
            &[
                "--phone",
                "13812345678",
                "--id-number",
                "110105194912310021",
            ],
            "`--id-number`",
        ),
        (
            &["--phone", "13812345678", "--category", "擦玻璃"],
            "`--category`",
        ),
        (&["--phone", "13812345678", "--tag", "宠物//猫"], "`--tag`"),
    ];
    for (extra, expect) in cases {
        let mut args = vec!["client", "add", "--name", "王秀英"];
        args.extend_from_slice(extra);
        let err = env.fails(2, &args);
        assert!(err.contains(expect), "{extra:?}: {err}");
        assert!(
            !err.contains("1381234") && !err.contains("110105194912310021"),
            "{err}"
        );
    }
    assert_eq!(before, env.snapshot());
    assert!(env.client_files().is_empty());
}

#[test]
fn a_duplicate_phone_is_refused_unless_allowed() {
    let env = TestEnv::new();
    let first = env.add_client("王秀英", "13812345678", &[]);
    let err = env.fails(
        1,
        &[
            "client",
            "add",
            "--name",
            "王秀英",
            "--phone",
            "+86 138 1234 5678",
        ],
    );
    assert!(err.contains(&first), "{err}");
    env.add_client("王秀英", "13812345678", &["--allow-duplicate"]);
    // Now the name is ambiguous: candidates are listed by id and masked phone.
    let err = env.fails(1, &["client", "show", "王秀英"]);
    assert!(err.contains("2 clients have that name"), "{err}");
    assert!(err.contains("138****5678"), "{err}");
    assert!(!err.contains("王秀英"), "{err}");
}

#[test]
fn id_numbers_are_masked_unless_revealed() {
    let env = TestEnv::new();
    let id = env.add_client(
        "王秀英",
        "13812345678",
        &["--id-number", "11010519491231002x"],
    );
    let shown = env.ok(&["client", "show", &id, "--format", "csv"]);
    assert!(shown.contains("id_number,1101**********002X"), "{shown}");
    let revealed = env.ok(&["client", "show", &id, "--reveal", "--format", "csv"]);
    assert!(
        revealed.contains("id_number,11010519491231002X"),
        "{revealed}"
    );
}

#[test]
fn concurrent_writers_all_succeed_and_nothing_is_lost() {
    let env = TestEnv::with_git();
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let mut cmd = env.cmd();
            cmd.args([
                "client",
                "add",
                "--name",
                &format!("客户{i}"),
                "--phone",
                &format!("1380000{i:04}"),
            ]);
            std::thread::spawn(move || cmd.output().unwrap())
        })
        .collect();
    for h in handles {
        let out = h.join().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let list = env.ok(&["client", "list", "--format", "csv"]);
    assert_eq!(list.lines().count(), 9, "{list}");
    let log = Command::new("git")
        .arg("-C")
        .arg(&env.store)
        .args(["log", "--format=%s"])
        .output()
        .unwrap();
    let subjects = String::from_utf8_lossy(&log.stdout);
    assert_eq!(
        subjects
            .lines()
            .filter(|s| s.starts_with("client add c-"))
            .count(),
        8,
        "{subjects}"
    );
    // Concurrent tags on one client: both land (the lock serialises them).
    let id = list
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .to_string();
    let handles: Vec<_> = ["甲", "乙", "丙"]
        .iter()
        .map(|t| {
            let mut cmd = env.cmd();
            cmd.args(["client", "tag", &id, t]);
            std::thread::spawn(move || cmd.output().unwrap())
        })
        .collect();
    for h in handles {
        assert!(h.join().unwrap().status.success());
    }
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["client", "show", &id, "--format", "json"])).unwrap();
    assert_eq!(v["tags"].as_array().unwrap().len(), 3, "{v}");
}

#[test]
fn a_held_lock_makes_a_writer_wait_then_succeed() {
    let env = TestEnv::new();
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(env.store.join(".hk/lock"))
        .unwrap();
    lock.lock().unwrap();
    let mut cmd = env.cmd();
    cmd.args([
        "client",
        "add",
        "--name",
        "王秀英",
        "--phone",
        "13812345678",
    ]);
    let child = std::thread::spawn(move || cmd.output().unwrap());
    std::thread::sleep(std::time::Duration::from_millis(400));
    assert!(
        env.client_files().is_empty(),
        "the writer must wait for the lock"
    );
    drop(lock);
    let out = child.join().unwrap();
    assert!(out.status.success());
    assert_eq!(env.client_files().len(), 1);
}

#[test]
fn git_history_has_one_commit_per_change_and_no_personal_data() {
    let env = TestEnv::with_git();
    let secrets = [
        "王秀英",
        "13812345678",
        "张江路88号",
        "11010519491231002X",
        "宠物",
    ];
    let id = env.add_client(
        "王秀英",
        "13812345678",
        &[
            "--address",
            "上海市浦东新区张江路88号",
            "--id-number",
            "11010519491231002X",
            "--tag",
            "宠物/猫",
        ],
    );
    env.ok(&["client", "edit", &id, "--set", "notes=周三上午方便"]);
    env.ok(&["client", "tag", &id, "VIP"]);
    // An unchanged edit makes no commit.
    env.ok(&["client", "tag", &id, "VIP"]);
    let git = |args: &[&str]| env.git(args);
    let subjects = git(&["log", "--format=%s"]);
    assert_eq!(
        subjects,
        format!("client tag {id}\nclient edit {id}\nclient add {id}\ninit\n")
    );
    assert_eq!(
        git(&["status", "--porcelain"]),
        "",
        "the work tree is clean"
    );
    // Every object git holds, and every file name and message, is free of personal data.
    let objects = git(&["rev-list", "--objects", "--all"]);
    for line in objects.lines() {
        let mut parts = line.splitn(2, ' ');
        let sha = parts.next().unwrap();
        let path = parts.next().unwrap_or("");
        let body = Command::new("git")
            .arg("-C")
            .arg(&env.store)
            .args(["cat-file", "-p", sha])
            .output()
            .unwrap()
            .stdout;
        let body = String::from_utf8_lossy(&body);
        for s in secrets {
            assert!(!body.contains(s), "object {sha} ({path}) holds `{s}`");
            assert!(!path.contains(s));
        }
    }
    for (path, bytes) in env.snapshot() {
        let text = String::from_utf8_lossy(&bytes);
        for s in secrets {
            assert!(!text.contains(s), "{} holds `{s}`", path.display());
        }
    }
    // To a key holder, `git log -p` reads as plain TOML through the hk diff driver.
    let out = Command::new("git")
        .arg("-C")
        .arg(&env.store)
        .env("HOME", &env.home)
        .env("GIT_CONFIG_GLOBAL", env.dir.path().join("no-gitconfig"))
        .args(["log", "-p", "-1", "--format="])
        .output()
        .unwrap();
    let patch = String::from_utf8_lossy(&out.stdout);
    assert!(
        patch.contains("+tags = [\"宠物/猫\", \"VIP\"]"),
        "{patch}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn records_are_standard_age_both_ways() {
    if !have_age() {
        return;
    }
    let env = TestEnv::new();
    let id = env.add_client(
        "王秀英",
        "13812345678",
        &["--address", "北京市朝阳区望京街道"],
    );
    let file = env.store.join(format!("clients/{id}.toml.age"));
    let out = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&env.key)
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let toml = String::from_utf8(out.stdout).unwrap();
    assert!(
        toml.contains("name = \"王秀英\"") && toml.contains("format = 1"),
        "{toml}"
    );
    // A record written by the age tool (edited by hand) reads back through hk.
    let edited = toml.replace("望京街道", "三里屯");
    let plain = env.write("edited.toml", edited.as_bytes());
    let status = Command::new("age")
        .arg("-e")
        .arg("-R")
        .arg(env.store.join(".hk/recipients"))
        .arg("-o")
        .arg(&file)
        .arg(&plain)
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(env.ok(&["cat", file.to_str().unwrap()]), edited);
    let shown = env.ok(&["client", "show", &id, "--format", "json"]);
    assert!(shown.contains("北京市朝阳区三里屯"), "{shown}");
}

#[test]
fn an_unchanged_record_is_never_rewritten() {
    let env = TestEnv::new();
    let id = env.add_client("王秀英", "13812345678", &["--tag", "VIP"]);
    let before = env.snapshot();
    env.ok(&["client", "tag", &id, "VIP"]);
    env.ok(&["client", "edit", &id, "--set", "name=王秀英"]);
    env.ok(&["client", "untag", &id, "不存在"]);
    assert_eq!(before, env.snapshot());
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let env = TestEnv::new();
    let mut csv = String::from("姓名,手机\n");
    for i in 0..3000 {
        csv.push_str(&format!("客户{i},1380{i:07}\n"));
    }
    let file = env.write("many.csv", csv.as_bytes());
    env.ok(&["-q", "client", "import", file.to_str().unwrap()]);
    for format in ["csv", "json", "table"] {
        let mut child = env
            .std_cmd()
            .args(["client", "list", "--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 16];
        std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{format}");
    }
}

#[test]
fn a_store_inside_another_repository_is_not_committed_to() {
    let env = TestEnv::bare();
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(env.dir.path())
            .env("GIT_CONFIG_GLOBAL", env.dir.path().join("no-gitconfig"))
            .args(args)
            .output()
            .unwrap()
    };
    assert!(git(&["init", "-q"]).status.success());
    env.ok(&["init"]);
    env.add_client("王秀英", "13812345678", &[]);
    let log = git(&["log", "--oneline"]);
    assert!(
        !log.status.success() || log.stdout.is_empty(),
        "hk committed to the outer repository"
    );
    // `hk init --git` inside another repository makes the store its own repository.
    let inner = env.dir.path().join("inner");
    env.ok(&["init", "--git", inner.to_str().unwrap()]);
    env.cmd()
        .env("HK_STORE", &inner)
        .args(["client", "add", "--name", "李娜", "--phone", "13900001111"])
        .assert()
        .success();
    let log = Command::new("git")
        .arg("-C")
        .arg(&inner)
        .args(["log", "--format=%s"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&log.stdout).starts_with("client add c-"));
}

#[test]
fn a_colleague_added_to_the_recipients_reads_old_records_after_rewrap() {
    let env = TestEnv::with_git();
    let id = env.add_client("王秀英", "13812345678", &["--category", "nanny"]);
    env.ok(&["visit", "add", &id, "--date", "2026-11-01"]);
    let colleague = env.dir.path().join("colleague.txt");
    let public = env.ok(&["key", "generate", "--out", colleague.to_str().unwrap()]);
    let as_colleague = |args: &[&str]| {
        env.cmd()
            .env("HK_IDENTITY", &colleague)
            .args(args)
            .output()
            .unwrap()
    };
    assert_eq!(as_colleague(&["client", "list"]).status.code(), Some(1));

    let recipients = env.store.join(".hk/recipients");
    let mut text = std::fs::read_to_string(&recipients).unwrap();
    text.push_str(&format!("# 李娜 (second office)\n{public}"));
    std::fs::write(&recipients, text).unwrap();
    let before = env.snapshot();
    env.ok(&["key", "rewrap"]);
    let after = env.snapshot();
    let changed: Vec<_> = before.keys().filter(|k| before[*k] != after[*k]).collect();
    assert_eq!(
        changed.len(),
        2,
        "the client and the visit are re-encrypted: {changed:?}"
    );
    let out = as_colleague(&["client", "list", "--format", "csv"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("王秀英"));
    // My own key still works, and the rewrap is one commit.
    env.ok(&["client", "show", &id]);
    let log = Command::new("git")
        .arg("-C")
        .arg(&env.store)
        .args(["log", "-1", "--format=%s"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&log.stdout).trim(),
        "key rewrap (2 records)"
    );

    // A record the rewrapper cannot open stops the whole rewrap.
    let file = env.client_files()[0].clone();
    std::fs::write(&file, "not an age file").unwrap();
    let before = env.snapshot();
    let err = env.fails(1, &["key", "rewrap"]);
    assert!(err.contains("nothing was rewritten"), "{err}");
    assert_eq!(before, env.snapshot());
}

#[test]
fn a_big_import_stays_within_a_low_open_file_limit() {
    let env = TestEnv::new();
    let mut csv = String::from("姓名,手机\n");
    for i in 0..600 {
        csv.push_str(&format!("客户{i},1390{i:07}\n"));
    }
    let file = env.write("big.csv", csv.as_bytes());
    let script = format!(
        "ulimit -n 128 && exec '{}' -q client import '{}'",
        env!("CARGO_BIN_EXE_hk"),
        file.display()
    );
    let cmd = env.std_cmd();
    let out = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .env_clear()
        .envs(
            cmd.get_envs()
                .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))),
        )
        .current_dir(env.dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(env.client_files().len(), 600);
}
