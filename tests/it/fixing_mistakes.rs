//! Fixing mistakes through the real binary: `edit` and `delete` of every kind,
//! `client merge`, and `hk undo` in a git store. Every refusal leaves the store as it
//! was (compared with `snapshot()`), and every write is one commit.

use crate::common::{TestEnv, fixture};
use serde_json::Value;

fn json(env: &TestEnv, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    serde_json::from_str(&env.ok(&a)).unwrap()
}

/// The ids of the clients `followup due --today` lists.
fn due_clients(env: &TestEnv) -> Vec<String> {
    json(env, &["followup", "due", "--today"])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["client"].as_str().unwrap().to_string())
        .collect()
}

/// The follow-ups of one client, by id.
fn followups_of(env: &TestEnv, client: &str) -> Vec<String> {
    json(env, &["followup", "list"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["client"] == client)
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

/// A git store with two clients named 王芳, each with a done house-cleaning visit on
/// 2026-11-10: both are due for their first follow-up (2026-11-17) on 2026-11-22.
fn two_wang_fang() -> (TestEnv, String, String) {
    let env = TestEnv::with_git();
    let a = env.add_client(
        "王芳",
        "13812345678",
        &[
            "--address",
            "上海市浦东新区张江路88号",
            "--category",
            "家庭保洁",
        ],
    );
    let b = env.add_client(
        "王芳",
        "13900001111",
        &[
            "--address",
            "上海市徐汇区漕溪北路1号",
            "--category",
            "家庭保洁",
        ],
    );
    for c in [&a, &b] {
        env.ok(&["visit", "add", c, "--date", "2026-11-10"]);
    }
    (env, a, b)
}

fn stdout_id(out: String) -> String {
    out.trim().to_string()
}

#[test]
fn a_follow_up_on_the_wrong_wang_fang_is_moved_and_both_due_lists_are_right_again() {
    let (env, a, b) = two_wang_fang();
    let mut both = vec![a.clone(), b.clone()];
    both.sort();
    let mut due = due_clients(&env);
    due.sort();
    assert_eq!(due, both);
    // The call was with b's 王芳, logged on a by mistake.
    let f = stdout_id(env.ok(&[
        "followup",
        "log",
        &a,
        "--channel",
        "phone",
        "--note",
        "很满意",
    ]));
    assert_eq!(due_clients(&env), [b.as_str()], "a looks called, b not");
    let commits = env.commits();
    // Moved by phone: the way a clerk tells the two apart.
    let out = env
        .cmd()
        .args(["followup", "edit", &f, "--set", "client=13900001111"])
        .assert()
        .success();
    let said = String::from_utf8_lossy(&out.get_output().stderr);
    assert!(
        said.contains(&format!("from client {a} to client {b}")),
        "{said}"
    );
    assert_eq!(env.commits(), commits + 1);
    assert_eq!(due_clients(&env), [a.as_str()]);
    assert_eq!(followups_of(&env, &b), [f.as_str()]);
    assert!(followups_of(&env, &a).is_empty());
    let msg = env.git(&["log", "-1", "--format=%B"]);
    assert!(msg.starts_with(&format!("followup edit {f}\n")), "{msg}");
    assert!(!msg.contains("王芳") && !msg.contains("1390000"), "{msg}");
}

#[test]
fn a_follow_up_on_the_wrong_client_is_deleted_and_relogged() {
    let (env, a, b) = two_wang_fang();
    let f = stdout_id(env.ok(&["followup", "log", &a, "--channel", "wechat"]));
    assert_eq!(due_clients(&env), [b.as_str()]);
    let commits = env.commits();
    env.ok(&["followup", "delete", &f, "--yes"]);
    assert_eq!(env.commits(), commits + 1);
    assert_eq!(
        env.git(&["log", "-1", "--format=%s"]).trim(),
        format!("followup delete {f}")
    );
    env.ok(&["followup", "log", &b, "--channel", "wechat"]);
    assert_eq!(due_clients(&env), [a.as_str()]);
    assert!(followups_of(&env, &a).is_empty());
    assert_eq!(followups_of(&env, &b).len(), 1);
}

#[test]
fn moving_a_follow_up_that_names_a_visit_of_the_old_client_needs_the_link_dropped() {
    let (env, a, b) = two_wang_fang();
    let visits = json(&env, &["visit", "list"]);
    let va = visits
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["client"] == a.as_str())
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let f = stdout_id(env.ok(&["followup", "log", &a, "--channel", "phone", "--visit", &va]));
    let before = env.snapshot();
    let err = env.fails(
        2,
        &["followup", "edit", &f, "--set", &format!("client={b}")],
    );
    assert!(
        err.contains(&format!("visit {va} belongs to client {a}")),
        "{err}"
    );
    assert!(err.contains("--set visit="), "{err}");
    assert_eq!(env.snapshot(), before);
    env.ok(&[
        "followup",
        "edit",
        &f,
        "--set",
        &format!("client={b}"),
        "--set",
        "visit=",
    ]);
    assert_eq!(followups_of(&env, &b), [f]);
}

#[test]
fn follow_ups_and_surveys_are_edited_field_by_field_and_in_the_editor() {
    let (env, a, _) = two_wang_fang();
    let f = stdout_id(env.ok(&["followup", "log", &a, "--channel", "phone"]));
    env.ok(&[
        "followup",
        "edit",
        &f,
        "--set",
        "outcome=no-answer",
        "--set",
        "score=3",
        "--set",
        "actions=问下月是否续约;送清洁剂",
    ]);
    let row = json(&env, &["followup", "list"])[0].clone();
    assert_eq!(row["outcome"], "no-answer");
    assert_eq!(row["score"], 3);
    assert_eq!(row["actions"].as_array().unwrap().len(), 2);
    let s = stdout_id(env.ok(&["survey", "add", &a, "--overall", "5", "--nps", "9"]));
    env.ok(&[
        "survey",
        "edit",
        &s,
        "--set",
        "overall=2",
        "--set",
        "comment=阿姨迟到了",
    ]);
    // In the editor: the script rewrites the NPS line.
    let script = env.write("editor.sh", b"sed -i 's/^nps = .*/nps = 3/' \"$1\"\n");
    env.cmd()
        .env("EDITOR", format!("sh {}", script.display()))
        .args(["survey", "edit", &s])
        .assert()
        .success();
    let row = json(&env, &["survey", "list"])[0].clone();
    assert_eq!(row["overall"], 2);
    assert_eq!(row["nps"], 3);
    assert_eq!(row["comment"], "阿姨迟到了");
    // Bad input names the flag and the field, and writes nothing.
    let before = env.snapshot();
    let err = env.fails(2, &["survey", "edit", &s, "--set", "nps=11"]);
    assert!(err.contains("`--set`: `nps`"), "{err}");
    let err = env.fails(2, &["followup", "edit", &f, "--set", "date=2026-12-01"]);
    assert!(
        err.contains("`date`") && err.contains("after today"),
        "{err}"
    );
    let err = env.fails(2, &["followup", "edit", &f, "--set", "outcome"]);
    assert!(err.contains("FIELD=VALUE"), "{err}");
    // An edited record that breaks a rule is not saved.
    let script = env.write("bad.sh", b"sed -i 's/^nps = .*/nps = 12/' \"$1\"\n");
    let out = env
        .cmd()
        .env("EDITOR", format!("sh {}", script.display()))
        .args(["survey", "edit", &s])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not saved"));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn merging_two_duplicates_keeps_every_visit_follow_up_and_survey_in_one_commit() {
    let env = TestEnv::with_git();
    let keep = env.add_client(
        "李娜",
        "13812345678",
        &[
            "--category",
            "家庭保洁",
            "--tag",
            "宠物/猫",
            "--address",
            "上海市浦东新区张江路88号",
        ],
    );
    let other = env.add_client(
        "李娜",
        "13900001111",
        &[
            "--category",
            "月嫂服务",
            "--tag",
            "孕妇",
            "--id-number",
            "110101199003078515",
            "--allow-duplicate",
        ],
    );
    let v1 = stdout_id(env.ok(&["visit", "add", &keep, "--date", "2026-11-01"]));
    let v2 = stdout_id(env.ok(&["visit", "add", &other, "--date", "2026-11-05"]));
    let v3 = stdout_id(env.ok(&["visit", "add", &other, "--date", "2026-12-05"]));
    let f = stdout_id(env.ok(&[
        "followup",
        "log",
        &other,
        "--channel",
        "phone",
        "--visit",
        &v2,
    ]));
    let s = stdout_id(env.ok(&["survey", "add", &other, "--visit", &v2, "--overall", "4"]));
    let commits = env.commits();
    env.ok(&["client", "merge", &keep, &other, "--yes"]);
    assert_eq!(env.commits(), commits + 1, "one commit");
    let msg = env.git(&["log", "-1", "--format=%B"]);
    assert!(
        msg.starts_with(&format!("client merge {keep} {other} (4 records moved)")),
        "{msg}"
    );
    assert!(!msg.contains("李娜"), "{msg}");
    let clients = json(&env, &["client", "list"]);
    assert_eq!(clients.as_array().unwrap().len(), 1);
    let shown = json(&env, &["client", "show", &keep, "--reveal"]);
    let text = shown.to_string();
    for want in [
        "13812345678",
        "13900001111",
        "宠物/猫",
        "孕妇",
        "house-cleaning",
        "maternity-nurse",
        "110101199003078515",
        "张江路88号",
    ] {
        assert!(text.contains(want), "{want} missing from {text}");
    }
    let mut visits: Vec<String> = json(&env, &["visit", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            assert_eq!(v["client"], keep.as_str());
            v["id"].as_str().unwrap().to_string()
        })
        .collect();
    visits.sort();
    let mut want = vec![v1, v2, v3];
    want.sort();
    assert_eq!(visits, want);
    assert_eq!(followups_of(&env, &keep), [f]);
    let surveys = json(&env, &["survey", "list"]);
    assert_eq!(surveys[0]["id"], s.as_str());
    assert_eq!(surveys[0]["client"], keep.as_str());
    env.fails(1, &["client", "show", &other]);
}

#[test]
fn merging_clients_with_different_id_numbers_is_refused_naming_the_field_only() {
    let env = TestEnv::with_git();
    let keep = env.add_client(
        "王芳",
        "13812345678",
        &["--id-number", "110101199003078515"],
    );
    let other = env.add_client(
        "王芳",
        "13900001111",
        &[
            "--id-number",
            "11010119900307651X",
            "--category",
            "家庭保洁",
        ],
    );
    env.ok(&["visit", "add", &other, "--date", "2026-11-01"]);
    let before = env.snapshot();
    let commits = env.commits();
    let err = env.fails(1, &["client", "merge", &keep, &other, "--yes"]);
    assert!(err.contains("`id_number`"), "{err}");
    assert!(
        !err.contains("110101199003078515") && !err.contains("11010119900307651X"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    assert_eq!(env.commits(), commits);
}

#[test]
fn deleting_a_visit_drops_the_links_to_it_in_the_same_commit() {
    let env = TestEnv::with_git();
    let c = env.add_client("王芳", "13812345678", &["--category", "家庭保洁"]);
    let v = stdout_id(env.ok(&["visit", "add", &c, "--date", "2026-11-01"]));
    let s = stdout_id(env.ok(&["survey", "add", &c, "--visit", &v, "--overall", "5"]));
    let f = stdout_id(env.ok(&["followup", "log", &c, "--channel", "phone", "--visit", &v]));
    let commits = env.commits();
    env.ok(&["visit", "delete", &v, "--yes"]);
    assert_eq!(env.commits(), commits + 1);
    let msg = env.git(&["log", "-1", "--format=%B"]);
    assert!(
        msg.starts_with(&format!("visit delete {v} (2 links dropped)")),
        "{msg}"
    );
    assert!(
        json(&env, &["visit", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    // The survey and the call are kept, without the link.
    let fs = json(&env, &["followup", "list"]);
    assert_eq!(fs[0]["id"], f.as_str());
    assert_eq!(fs[0]["visit"], Value::Null);
    let files = env.git(&["ls-files", "surveys"]);
    let file = files.lines().find(|l| l.contains(&s)).unwrap();
    let toml = env.ok(&["cat", &env.store.join(file).to_string_lossy()]);
    assert!(!toml.contains("visit ="), "{toml}");
    assert!(toml.contains("overall = 5"), "{toml}");
}

#[test]
fn a_client_with_records_is_deleted_only_with_them() {
    let env = TestEnv::with_git();
    let c = env.add_client("张伟", "13812345678", &["--category", "保姆照顾"]);
    let keep = env.add_client("李娜", "13900001111", &[]);
    let v = stdout_id(env.ok(&["visit", "add", &c, "--date", "2026-11-01"]));
    let f = stdout_id(env.ok(&["followup", "log", &c, "--channel", "phone"]));
    let before = env.snapshot();
    let commits = env.commits();
    let err = env.fails(1, &["client", "delete", &c, "--yes"]);
    assert!(
        err.contains(&v) && err.contains(&f) && err.contains("--with-records"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    env.ok(&["client", "delete", &c, "--yes", "--with-records"]);
    assert_eq!(env.commits(), commits + 1);
    assert_eq!(json(&env, &["client", "list"]).as_array().unwrap().len(), 1);
    assert!(
        json(&env, &["visit", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(
        json(&env, &["followup", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    env.ok(&["client", "delete", &keep, "--yes"]);
    assert_eq!(env.git(&["status", "--porcelain"]), "");
}

#[test]
fn without_a_terminal_deletes_and_merges_need_yes_and_unknown_ids_are_refused() {
    let (env, a, b) = two_wang_fang();
    let f = stdout_id(env.ok(&["followup", "log", &a, "--channel", "phone"]));
    let s = stdout_id(env.ok(&["survey", "add", &a, "--overall", "4"]));
    let v = json(&env, &["visit", "list"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let before = env.snapshot();
    let commits = env.commits();
    for args in [
        vec!["followup", "delete", &f],
        vec!["survey", "delete", &s],
        vec!["visit", "delete", &v],
        vec!["client", "delete", &b, "--with-records"],
        vec!["client", "merge", &a, &b],
    ] {
        let err = env.fails(2, &args);
        assert!(
            err.contains("`--yes`") && err.contains("no terminal"),
            "{args:?}: {err}"
        );
    }
    for args in [
        vec!["followup", "delete", "f-zzzzzzzz", "--yes"],
        vec!["survey", "delete", "s-zzzzzzzz", "--yes"],
        vec!["visit", "delete", "v-zzzzzzzz", "--yes"],
        vec!["client", "delete", "c-zzzzzzzz", "--yes"],
        vec!["followup", "edit", "f-zzzzzzzz", "--set", "score=3"],
        vec!["survey", "edit", "s-zzzzzzzz", "--set", "overall=3"],
        vec!["client", "merge", &a, "c-zzzzzzzz", "--yes"],
    ] {
        let err = env.fails(1, &args);
        assert!(err.contains("zzzzzzzz"), "{args:?}: {err}");
    }
    let err = env.fails(1, &["client", "merge", &a, &a, "--yes"]);
    assert!(err.contains("itself"), "{err}");
    assert_eq!(env.snapshot(), before);
    assert_eq!(env.commits(), commits);
}

#[test]
fn undo_after_an_import_restores_the_store_exactly_without_a_git_identity() {
    let env = TestEnv::with_git();
    env.add_client("王芳", "13700001111", &[]);
    let before = env.snapshot();
    let commits = env.commits();
    let csv = fixture("clients/clients-utf8.csv");
    env.ok(&["client", "import", &csv.to_string_lossy()]);
    assert!(json(&env, &["client", "list"]).as_array().unwrap().len() > 1);
    // The test's git has no user.name or user.email: hk supplies its own.
    env.ok(&["undo"]);
    assert_eq!(env.snapshot(), before);
    assert_eq!(env.commits(), commits + 2, "the import and its undo");
    let msg = env.git(&["log", "-1", "--format=%B"]);
    assert!(
        msg.starts_with("undo ") && msg.contains("(client import ("),
        "{msg}"
    );
    assert!(msg.contains("Hk-Version: "), "{msg}");
    assert_eq!(env.git(&["status", "--porcelain"]), "");
    assert_eq!(json(&env, &["client", "list"]).as_array().unwrap().len(), 1);
}

/// A git store where hk's newest commit is an edit of one client's file; returns
/// it, the file and the bytes hk's edit left.
fn edited_client() -> (TestEnv, String, Vec<u8>) {
    let env = TestEnv::with_git();
    let c = env.add_client("王芳", "13812345678", &[]);
    env.ok(&[
        "client",
        "edit",
        &c,
        "--set",
        "address=上海市浦东新区张江路88号",
    ]);
    let file = format!("clients/{c}.toml.age");
    let bytes = std::fs::read(env.store.join(&file)).unwrap();
    (env, file, bytes)
}

/// Asserts that `hk undo` fails saying `why`, changing nothing and staging nothing.
fn undo_refused(env: &TestEnv, why: &str, file: &str) {
    let before = env.snapshot();
    let commits = env.commits();
    let err = env.fails(1, &["undo"]);
    assert!(err.contains(why) && err.contains(file), "{err}");
    assert_eq!(env.snapshot(), before);
    assert_eq!(env.commits(), commits);
    assert_eq!(
        env.git(&["diff", "--cached", "--name-only"]),
        "",
        "nothing staged"
    );
}

#[test]
fn undo_refuses_when_a_later_commit_touched_its_files() {
    let (env, file, _) = edited_client();
    // Someone commits by hand over hk's last change.
    std::fs::write(env.store.join(&file), b"age-encryption.org/v1 by hand").unwrap();
    env.git(&[
        "-c",
        "user.name=x",
        "-c",
        "user.email=x@x",
        "commit",
        "-qam",
        "by hand",
    ]);
    undo_refused(&env, "later commits", &file);
    // A later commit that touched other files is no obstacle.
    let (env, file, edited) = edited_client();
    std::fs::write(env.store.join("README.txt"), b"office notes").unwrap();
    env.git(&["add", "README.txt"]);
    env.git(&[
        "-c",
        "user.name=x",
        "-c",
        "user.email=x@x",
        "commit",
        "-qm",
        "readme",
    ]);
    env.ok(&["undo"]);
    assert_ne!(std::fs::read(env.store.join(&file)).unwrap(), edited);
    assert_eq!(env.git(&["status", "--porcelain"]), "");
}

#[test]
fn undo_refuses_when_its_files_have_uncommitted_changes() {
    let (env, file, _) = edited_client();
    std::fs::write(
        env.store.join(&file),
        b"age-encryption.org/v1 not committed",
    )
    .unwrap();
    undo_refused(&env, "uncommitted", &file);
}

#[test]
fn undo_outside_a_git_store_and_with_nothing_to_undo_is_refused() {
    let env = TestEnv::new();
    env.add_client("王芳", "13812345678", &[]);
    let before = env.snapshot();
    let err = env.fails(1, &["undo"]);
    assert!(err.contains("not kept in git"), "{err}");
    assert_eq!(env.snapshot(), before);
    let env = TestEnv::with_git();
    let before = env.snapshot();
    let err = env.fails(1, &["undo"]);
    assert!(err.contains("no commit made by hk"), "{err}");
    assert_eq!(env.snapshot(), before);
    assert_eq!(env.commits(), 1);
}
