//! Several offices on one store (DESIGN §13), through the real binary and the real
//! git: the field-level merge driver, its set-up in every clone, conflicts and their
//! resolution, team keys, and `hk sync`, with two clones of one bare repository.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::TestEnv;

/// Whether the standard `age` tool is here (CI installs it: there, missing fails).
fn have_age() -> bool {
    let found = Command::new("age").arg("--version").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "the `age` tool is missing on CI"
        );
        eprintln!("skipping: the `age` tool is not installed");
    }
    found
}

/// Decrypts a record file with the standard `age` tool.
fn age_decrypt(key: &Path, file: &Path) -> String {
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
fn driver(env: &TestEnv, files: [&Path; 3], rel: &str) -> Output {
    env.cmd()
        .current_dir(&env.store)
        .env_remove("HK_STORE")
        .arg("merge-driver")
        .args(files)
        .arg(rel)
        .output()
        .unwrap()
}

/// A client's decrypted text edited by `from → to` replacements, written with `age`
/// to a file of the test folder.
fn version(env: &TestEnv, base: &str, edits: &[(&str, &str)], name: &str) -> PathBuf {
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
    let rel = format!("clients/{id}.toml.age");
    let file = env.store.join(&rel);
    let base_text = env.ok(&["cat", file.to_str().unwrap()]);
    let base = env.dir.path().join("base.age");
    std::fs::copy(&file, &base).unwrap();

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
    let rel = format!("clients/{id}.toml.age");
    let file = env.store.join(&rel);
    let base_text = env.ok(&["cat", file.to_str().unwrap()]);
    let base = env.dir.path().join("base.age");
    std::fs::copy(&file, &base).unwrap();
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
