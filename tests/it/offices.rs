//! Several offices on one store (DESIGN §13), through the real binary and the real
//! git: the field-level merge driver, its set-up in every clone, conflicts and their
//! resolution, team keys, and `hk sync`, with two clones of one bare repository.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{TestEnv, have_age};

/// Decrypts a record file with the standard `age` tool.
pub(crate) fn age_decrypt(key: &Path, file: &Path) -> String {
    let out = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(key)
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "age -d {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Encrypts `text` with the standard `age` tool to the store's recipients.
fn age_encrypt(env: &TestEnv, text: &str, out: &Path) {
    let plain = env.write("plain.toml", text.as_bytes());
    let status = Command::new("age")
        .arg("-e")
        .arg("-R")
        .arg(env.store.join(".hk/recipients"))
        .arg("-o")
        .arg(out)
        .arg(&plain)
        .status()
        .unwrap();
    assert!(status.success());
    std::fs::remove_file(plain).unwrap();
}

/// `hk merge-driver BASE OURS THEIRS PATH` run in the store, as git runs it.
pub(crate) fn driver(env: &TestEnv, files: [&Path; 3], rel: &str) -> Output {
    env.cmd()
        .current_dir(&env.store)
        .env_remove("HK_STORE")
        .arg("merge-driver")
        .args(files)
        .arg(rel)
        .output()
        .unwrap()
}

/// A client's path, decrypted text, and a copy of its file (the merge's base).
pub(crate) fn base_of(env: &TestEnv, id: &str) -> (String, String, PathBuf) {
    let rel = format!("clients/{id}.toml.age");
    let file = env.store.join(&rel);
    let text = env.ok(&["cat", file.to_str().unwrap()]);
    let base = env.dir.path().join("base.age");
    std::fs::copy(&file, &base).unwrap();
    (rel, text, base)
}

/// A client's decrypted text edited by `from → to` replacements, written with `age`
/// to a file of the test folder.
pub(crate) fn version(env: &TestEnv, base: &str, edits: &[(&str, &str)], name: &str) -> PathBuf {
    let mut text = base.to_string();
    for (from, to) in edits {
        assert!(text.contains(from), "{from} not in {text}");
        text = text.replace(from, to);
    }
    let path = env.dir.path().join(name);
    age_encrypt(env, &text, &path);
    path
}

#[test]
fn the_driver_merges_fields_and_refuses_what_would_not_parse() {
    if !have_age() {
        return;
    }
    let env = TestEnv::new();
    let id = env.add_client(
        "王秀英",
        "13812345678",
        &["--address", "北京市朝阳区望京街道", "--tag", "老客户"],
    );
    let (rel, base_text, base) = base_of(&env, &id);

    // Different fields, and tags added on both sides: a clean merge.
    let ours = version(
        &env,
        &base_text,
        &[
            ("望京街道", "三里屯"),
            ("\"老客户\"", "\"老客户\", \"宠物/猫\""),
        ],
        "ours.age",
    );
    let theirs = version(
        &env,
        &base_text,
        &[("tags = [", "wechat = \"wx_wang\"\ntags = [\"VIP\", ")],
        "theirs.age",
    );
    let out = driver(&env, [&base, &ours, &theirs], &rel);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let merged = age_decrypt(&env.key, &ours);
    assert!(
        merged.contains("address = \"北京市朝阳区三里屯\""),
        "{merged}"
    );
    assert!(merged.contains("wechat = \"wx_wang\""), "{merged}");
    assert!(merged.contains("宠物/猫") && merged.contains("VIP") && merged.contains("老客户"));
    assert!(!merged.contains("conflicts"), "{merged}");

    // The same field changed differently: ours kept, a conflict entry, exit 1.
    let ours = version(&env, &base_text, &[("望京街道", "三里屯")], "ours2.age");
    let theirs = version(&env, &base_text, &[("望京街道", "国贸")], "theirs2.age");
    let out = driver(&env, [&base, &ours, &theirs], &rel);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("`address`") && err.contains(&id), "{err}");
    assert!(!err.contains("国贸") && !err.contains("王秀英"), "{err}");
    let merged = age_decrypt(&env.key, &ours);
    assert!(
        merged.contains("address = \"北京市朝阳区三里屯\""),
        "{merged}"
    );
    assert!(merged.contains("[[conflicts]]"), "{merged}");
    assert!(merged.contains("theirs = \"北京市朝阳区国贸\""), "{merged}");

    // A field this hk does not know: the result would not parse; nothing written.
    let ours = version(&env, &base_text, &[("望京街道", "三里屯")], "ours3.age");
    let theirs = version(
        &env,
        &base_text,
        &[("tags = [", "colour = \"红\"\ntags = [")],
        "theirs3.age",
    );
    let before = std::fs::read(&ours).unwrap();
    let out = driver(&env, [&base, &ours, &theirs], &rel);
    assert_eq!(out.status.code(), Some(129));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("would not parse") && !err.contains("红"),
        "{err}"
    );
    assert_eq!(std::fs::read(&ours).unwrap(), before);

    // A file that is not an hk record at all.
    let out = driver(&env, [&base, &ours, &theirs], "notes/x.toml.age");
    assert_eq!(out.status.code(), Some(129));
}

#[test]
fn the_driver_leaves_ours_untouched_when_theirs_changed_nothing_new() {
    if !have_age() {
        return;
    }
    let env = TestEnv::new();
    let id = env.add_client("李娜", "13912345678", &[]);
    let (rel, base_text, base) = base_of(&env, &id);
    let ours = version(&env, &base_text, &[("李娜", "李娜娜")], "ours.age");
    let before = std::fs::read(&ours).unwrap();
    let out = driver(&env, [&base, &ours, &base], &rel);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read(&ours).unwrap(),
        before,
        "re-encrypted for nothing"
    );
}

/// Two offices: `a` made the store and pushed it to a bare repository `origin`;
/// `b` is a fresh clone of it, with the same key (so far).
pub(crate) struct Offices {
    pub a: TestEnv,
    pub b: TestEnv,
    pub origin: PathBuf,
}

impl Offices {
    pub fn new() -> Offices {
        let a = TestEnv::with_git();
        let origin = a.dir.path().join("origin.git");
        git_ok(
            &a,
            a.dir.path(),
            &["init", "--bare", "-q", origin.to_str().unwrap()],
        );
        git_ok(
            &a,
            &a.store,
            &["remote", "add", "origin", origin.to_str().unwrap()],
        );
        git_ok(&a, &a.store, &["push", "-q", "-u", "origin", "HEAD"]);
        let b = TestEnv::bare();
        std::fs::create_dir_all(b.key.parent().unwrap()).unwrap();
        std::fs::copy(&a.key, &b.key).unwrap();
        let b_store = b.store.to_str().unwrap().to_string();
        git_ok(
            &b,
            b.dir.path(),
            &["clone", "-q", origin.to_str().unwrap(), &b_store],
        );
        Offices { a, b, origin }
    }
}

/// git, run as an office would run it by hand: in `dir`, with the office's home (so
/// the merge driver finds its key) and the test's empty git configuration.
pub(crate) fn git(env: &TestEnv, dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", &env.home)
        .env("HK_NOW", crate::common::NOW)
        .env("TZ", "Asia/Shanghai")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", env.dir.path().join("no-gitconfig"))
        .current_dir(dir)
        .args([
            "-c",
            "user.name=办公室",
            "-c",
            "user.email=office@example.com",
        ])
        .args(args)
        .output()
        .unwrap()
}

pub(crate) fn git_ok(env: &TestEnv, dir: &Path, args: &[&str]) -> String {
    let out = git(env, dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_fresh_clone_gets_the_drivers_from_its_first_hk_command() {
    let o = Offices::new();
    assert!(
        !git(&o.b, &o.b.store, &["config", "--get", "merge.hk.driver"])
            .status
            .success()
    );
    let out = o.b.run(&["client", "list"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("merge and diff drivers").count(), 1, "{err}");
    let driver = git_ok(&o.b, &o.b.store, &["config", "--get", "merge.hk.driver"]);
    assert!(driver.contains("merge-driver %O %A %B %P"), "{driver}");
    git_ok(&o.b, &o.b.store, &["config", "--get", "diff.hk.textconv"]);
    // Said once: the next command is quiet about it.
    let out = o.b.run(&["client", "list"]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("drivers"));
    // The store made by `hk init --git` sends records to the driver.
    let attributes = std::fs::read_to_string(o.b.store.join(".gitattributes")).unwrap();
    assert_eq!(attributes, "*.age merge=hk diff=hk\n");
    let _ = &o.origin;
}

#[test]
fn hk_git_setup_updates_an_older_store_in_one_commit() {
    let env = TestEnv::with_git();
    std::fs::write(env.store.join(".gitattributes"), "*.age diff=hk\n").unwrap();
    env.git(&[
        "-c",
        "user.name=x",
        "-c",
        "user.email=x@example.com",
        "commit",
        "-qam",
        "old attributes",
    ]);
    env.git(&["config", "--unset", "merge.hk.driver"]);
    let err = String::from_utf8(env.run(&["client", "list"]).stderr).unwrap();
    assert!(err.contains("hk git setup"), "{err}");
    let commits = env.commits();
    env.ok(&["git", "setup"]);
    assert_eq!(env.commits(), commits + 1);
    assert!(
        env.git(&["log", "-1", "--format=%s"])
            .starts_with("git setup")
    );
    assert_eq!(
        std::fs::read_to_string(env.store.join(".gitattributes")).unwrap(),
        "*.age diff=hk merge=hk\n"
    );
    let err = String::from_utf8(env.run(&["client", "list"]).stderr).unwrap();
    assert!(!err.contains("git setup"), "{err}");
    // Again: nothing to commit.
    env.ok(&["git", "setup"]);
    assert_eq!(env.commits(), commits + 1);
}

#[test]
fn two_offices_editing_different_fields_merge_cleanly_by_merge_and_by_rebase() {
    if !have_age() {
        return;
    }
    let o = Offices::new();
    let (a, b) = (&o.a, &o.b);
    let id = a.add_client(
        "王秀英",
        "13812345678",
        &["--address", "北京市朝阳区望京街道", "--tag", "老客户"],
    );
    let id2 = a.add_client("李娜", "13912345678", &["--tag", "老客户"]);
    git_ok(a, &a.store, &["push", "-q"]);
    git_ok(b, &b.store, &["pull", "-q", "--no-rebase"]);
    b.ok(&["client", "list"]);

    // Office A: a new address and a tag; office B: a WeChat id and another tag.
    a.ok(&["client", "edit", &id, "--set", "address=北京市朝阳区三里屯"]);
    a.ok(&["client", "tag", &id, "宠物/猫"]);
    a.ok(&["client", "tag", &id2, "月嫂"]);
    git_ok(a, &a.store, &["push", "-q"]);
    b.ok(&["client", "edit", &id, "--set", "wechat=wx_wang"]);
    b.ok(&["client", "tag", &id, "VIP"]);
    b.ok(&["client", "edit", &id2, "--set", "address=上海市徐汇区"]);
    git_ok(b, &b.store, &["pull", "-q", "--no-rebase"]);

    let merged = age_decrypt(&b.key, &b.store.join(format!("clients/{id}.toml.age")));
    assert!(
        merged.contains("address = \"北京市朝阳区三里屯\""),
        "{merged}"
    );
    assert!(merged.contains("wechat = \"wx_wang\""), "{merged}");
    for tag in ["老客户", "宠物/猫", "VIP"] {
        assert!(merged.contains(&format!("\"{tag}\"")), "{tag}: {merged}");
    }
    assert!(!merged.contains("conflicts"), "{merged}");
    let shown = b.ok(&["client", "show", &id, "--format", "json"]);
    assert!(
        shown.contains("wx_wang") && shown.contains("三里屯"),
        "{shown}"
    );

    // A rebase replays B's commits through the driver as well.
    a.ok(&["client", "edit", &id2, "--set", "wechat=wx_li"]);
    git_ok(a, &a.store, &["pull", "-q", "--no-rebase"]);
    git_ok(a, &a.store, &["push", "-q"]);
    b.ok(&["client", "edit", &id2, "--set", "address=上海市静安区"]);
    b.ok(&["client", "tag", &id2, "VIP"]);
    git_ok(b, &b.store, &["pull", "-q", "--rebase"]);
    let merged = age_decrypt(&b.key, &b.store.join(format!("clients/{id2}.toml.age")));
    assert!(merged.contains("address = \"上海市静安区\""), "{merged}");
    assert!(merged.contains("wechat = \"wx_li\""), "{merged}");
    assert!(
        merged.contains("\"月嫂\"") && merged.contains("\"VIP\""),
        "{merged}"
    );
    // A linear history: the rebase left no merge commit of its own.
    let log = git_ok(b, &b.store, &["log", "-1", "--format=%P"]);
    assert_eq!(log.split_whitespace().count(), 1, "{log}");
}

#[test]
fn the_same_field_edited_in_both_offices_is_listed_and_resolved() {
    let o = Offices::new();
    let (a, b) = (&o.a, &o.b);
    let id = a.add_client(
        "王秀英",
        "13812345678",
        &["--address", "北京市朝阳区望京街道"],
    );
    git_ok(a, &a.store, &["push", "-q"]);
    git_ok(b, &b.store, &["pull", "-q", "--no-rebase"]);
    a.ok(&["client", "edit", &id, "--set", "address=北京市朝阳区国贸"]);
    git_ok(a, &a.store, &["push", "-q"]);
    b.ok(&["client", "edit", &id, "--set", "address=北京市朝阳区三里屯"]);
    let out = git(b, &b.store, &["pull", "-q", "--no-rebase"]);
    assert!(!out.status.success(), "a conflict stops the merge");
    git_ok(b, &b.store, &["add", "-A"]);
    git_ok(b, &b.store, &["commit", "-q", "--no-edit"]);

    let listed = b.ok(&["conflicts", "--format", "csv"]);
    assert_eq!(
        listed,
        format!(
            "record,field,base,ours,theirs\n{id},address,北京市朝阳区望京街道,北京市朝阳区三里屯,北京市朝阳区国贸\n"
        )
    );
    // Reading the record warns, by id only.
    let out = b.run(&["client", "show", &id]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{id} from a merge still has conflicts")),
        "{err}"
    );
    assert!(!err.contains("国贸"), "{err}");

    // Bad input: nothing written.
    let err = b.refused(1, &["resolve", &id, "wechat", "--ours"]);
    assert!(err.contains("its conflicts are on `address`"), "{err}");
    b.refused(1, &["resolve", "c-zzzz", "address", "--ours"]);
    b.refused(2, &["resolve", &id, "address"]);
    b.refused(2, &["resolve", &id, "address", "--ours", "--theirs"]);

    let commits = b.commits();
    b.ok(&["resolve", &id[..5], "address", "--theirs"]);
    assert_eq!(b.commits(), commits + 1);
    let subject = b.git(&["log", "-1", "--format=%s"]);
    assert_eq!(subject.trim(), format!("resolve {id} address"));
    let shown = b.ok(&["client", "show", &id, "--format", "json"]);
    assert!(shown.contains("北京市朝阳区国贸"), "{shown}");
    assert_no_conflicts(b);
    let out = b.run(&["client", "show", &id]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("conflicts"));
}

pub(crate) fn assert_no_conflicts(env: &TestEnv) {
    assert_eq!(
        env.ok(&["conflicts", "--format", "csv"]),
        "record,field,base,ours,theirs\n"
    );
}

/// A second identity in the test folder; returns (file, public key).
fn colleague_key(env: &TestEnv, name: &str) -> (PathBuf, String) {
    let path = env.dir.path().join(name);
    let public = env.ok(&["key", "generate", "--out", path.to_str().unwrap()]);
    (path, public.trim().to_string())
}

fn age_opens(key: &Path, file: &Path) -> bool {
    Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(key)
        .arg(file)
        .output()
        .unwrap()
        .status
        .success()
}

#[test]
fn a_key_added_then_removed_in_one_commit_each() {
    if !have_age() {
        return;
    }
    let env = TestEnv::with_git();
    let c1 = env.add_client("王秀英", "13812345678", &[]);
    let c2 = env.add_client("李娜", "13912345678", &[]);
    let (xiaoli, public) = colleague_key(&env, "xiaoli.txt");
    let file = env.store.join(format!("clients/{c1}.toml.age"));
    assert!(!age_opens(&xiaoli, &file));

    let commits = env.commits();
    env.ok(&["key", "add", &public, "--name", "小李"]);
    assert_eq!(env.commits(), commits + 1);
    assert_eq!(env.git(&["status", "--porcelain"]), "");
    let changed = env.git(&["show", "--name-only", "--format=%s", "HEAD"]);
    assert!(changed.starts_with("key add (2 records)\n"), "{changed}");
    assert!(
        changed.contains(".hk/recipients") && changed.contains(&c2),
        "{changed}"
    );
    assert!(
        !changed.contains("小李"),
        "no name in the message: {changed}"
    );
    assert!(age_opens(&xiaoli, &file));
    let list = env.ok(&["key", "list", "--format", "csv"]);
    assert!(list.contains(&format!("小李,{public}\n")), "{list}");

    // Run again: everything is encrypted to that set already; nothing is rewritten.
    let before = env.snapshot();
    env.ok(&["key", "add", &public, "--name", "小李"]);
    env.ok(&["key", "rewrap"]);
    assert_eq!(env.snapshot(), before);
    assert_eq!(env.commits(), commits + 1);

    // Bad input changes nothing.
    env.refused(2, &["key", "add", "age1nonsense", "--name", "王芳"]);
    env.refused(2, &["key", "add", &public, "--name", "王芳"]);
    env.refused(2, &["key", "remove", "王芳"]);
    let own = env.ok(&["key", "public"]);
    env.refused(1, &["key", "remove", own.trim()]);

    let out = env.run(&["key", "remove", "小李"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("git history"), "{err}");
    assert_eq!(env.commits(), commits + 2);
    assert_eq!(env.git(&["status", "--porcelain"]), "");
    assert!(!age_opens(&xiaoli, &file));
    // A new version of a record is closed to the removed key as well.
    env.ok(&["client", "edit", &c1, "--set", "wechat=wx_wang"]);
    assert!(!age_opens(&xiaoli, &file));
    assert!(age_opens(&env.key, &file));
}

#[test]
fn an_interrupted_rewrap_run_again_finishes() {
    if !have_age() {
        return;
    }
    let env = TestEnv::with_git();
    let ids: Vec<String> = (0..4)
        .map(|i| env.add_client(&format!("客户{i}"), &format!("1381234567{i}"), &[]))
        .collect();
    let (xiaoli, public) = colleague_key(&env, "xiaoli.txt");
    let commits = env.commits();
    for point in ["prepare", "rename-2"] {
        let out = env
            .cmd()
            .env("HK_CRASH", point)
            .args(["key", "add", &public, "--name", "小李"])
            .output()
            .unwrap();
        assert!(!out.status.success(), "{point}: the run was killed");
    }
    // What the killed runs finished (or the next open settled) is not rewritten.
    let files: Vec<PathBuf> = ids
        .iter()
        .map(|id| env.store.join(format!("clients/{id}.toml.age")))
        .collect();
    let done: Vec<(&PathBuf, Vec<u8>)> = files
        .iter()
        .filter(|f| age_opens(&xiaoli, f))
        .map(|f| (f, std::fs::read(f).unwrap()))
        .collect();
    assert!(
        !done.is_empty() && done.len() < files.len(),
        "killed halfway: {} of {} done",
        done.len(),
        files.len()
    );
    env.ok(&["key", "add", &public, "--name", "小李"]);
    for (file, bytes) in &done {
        assert_eq!(&std::fs::read(file).unwrap(), bytes, "{}", file.display());
    }
    for file in &files {
        assert!(age_opens(&xiaoli, file), "{}", file.display());
    }
    assert_eq!(env.git(&["status", "--porcelain"]), "");
    assert!(env.commits() > commits);
    let recipients = env.git(&["show", "HEAD:.hk/recipients"]);
    assert!(recipients.contains(&public), "{recipients}");
    // Nothing left to do.
    let before = env.snapshot();
    env.ok(&["key", "rewrap"]);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn sync_deletes_what_one_side_deleted_and_the_other_edited() {
    let o = Offices::new();
    let (a, b) = (&o.a, &o.b);
    let gone = a.add_client("王秀英", "13812345678", &[]);
    let kept = a.add_client("李娜", "13912345678", &[]);
    git_ok(a, &a.store, &["push", "-q"]);
    b.ok(&["sync"]);
    // A deletes one and edits the other; B edits the first and deletes the second.
    a.ok(&["client", "delete", &gone, "--yes"]);
    a.ok(&["client", "edit", &kept, "--set", "wechat=wx_li"]);
    a.ok(&["sync"]);
    b.ok(&["client", "edit", &gone, "--set", "wechat=wx_wang"]);
    b.ok(&["client", "delete", &kept, "--yes"]);
    let out = b.run(&["sync"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("deleted on one side"), "{err}");
    assert!(!err.contains("王秀英") && !err.contains("李娜"), "{err}");
    for id in [&gone, &kept] {
        assert!(
            !b.store.join(format!("clients/{id}.toml.age")).exists(),
            "{id}"
        );
    }
    assert_eq!(b.git(&["status", "--porcelain"]), "");
    // Pushed: A gets the same store.
    a.ok(&["sync"]);
    assert_eq!(
        a.ok(&["client", "list", "--format", "csv"]).lines().count(),
        1
    );
    assert_eq!(
        git_ok(a, &a.store, &["rev-parse", "HEAD"]),
        git_ok(b, &b.store, &["rev-parse", "HEAD"])
    );
    let _ = &o.origin;
}

#[test]
fn sync_commits_conflicts_and_pushes_only_once_they_are_resolved() {
    let o = Offices::new();
    let (a, b) = (&o.a, &o.b);
    let id = a.add_client("王秀英", "13812345678", &["--tag", "老客户"]);
    a.ok(&["sync"]);
    b.ok(&["sync"]);
    a.ok(&["client", "edit", &id, "--set", "address=北京市朝阳区国贸"]);
    a.ok(&["client", "tag", &id, "VIP"]);
    a.ok(&["sync"]);
    b.ok(&["client", "edit", &id, "--set", "address=北京市朝阳区三里屯"]);
    b.ok(&["client", "tag", &id, "宠物/猫"]);
    let origin_head = git_ok(b, &o.origin, &["rev-parse", "HEAD"]);

    let err = b.fails(1, &["sync"]);
    assert!(
        err.contains("nothing was pushed") && err.contains(&id),
        "{err}"
    );
    assert!(!err.contains("国贸"), "{err}");
    // The merge is committed, with the conflict in the record; nothing half-done.
    assert_eq!(b.git(&["status", "--porcelain"]), "");
    let parents = b.git(&["log", "-1", "--format=%P"]);
    assert_eq!(parents.split_whitespace().count(), 2, "{parents}");
    assert_eq!(git_ok(b, &o.origin, &["rev-parse", "HEAD"]), origin_head);
    let listed = b.ok(&["conflicts", "--format", "csv"]);
    assert!(
        listed.contains(&format!(
            "{id},address,,北京市朝阳区三里屯,北京市朝阳区国贸"
        )),
        "{listed}"
    );
    let shown = b.ok(&["client", "show", &id, "--format", "json"]);
    assert!(
        shown.contains("VIP") && shown.contains("宠物/猫"),
        "{shown}"
    );

    b.ok(&["resolve", &id, "address", "--value", "北京市朝阳区国贸88号"]);
    let out = b.run(&["sync"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("pushed 4 commit(s)"));
    a.ok(&["sync"]);
    let shown = a.ok(&["client", "show", &id, "--format", "json"]);
    assert!(
        shown.contains("北京市朝阳区国贸88号") && shown.contains("宠物/猫"),
        "{shown}"
    );
    assert_no_conflicts(a);
}

#[test]
fn sync_outside_a_shared_repository_says_what_to_do() {
    let env = TestEnv::new();
    let err = env.refused(1, &["sync"]);
    assert!(err.contains("not the top of a git work tree"), "{err}");
    let env = TestEnv::with_git();
    let err = env.refused(1, &["sync"]);
    assert!(
        err.contains("no upstream") && err.contains("git push -u"),
        "{err}"
    );
}
