//! Issue 7, `hk client edit` keeps the rules of `hk client add`, through the real
//! binary: no phone shared with another client unless `--allow-duplicate`, and a phone
//! or a WeChat id always, with `--set`, in the `$EDITOR` mode and on a terminal. The
//! shared helpers are in `integrity_fixes`.

use crate::common::TestEnv;
use crate::integrity_fixes::{
    assert_no_personal_data, assert_unchanged, refused, report_line, reported, show,
};
use crate::pty::Terminal;
use serde_json::json;

/// 王秀英 and 李娜, each with a phone; returns the store and their ids.
fn two_clients() -> (TestEnv, String, String) {
    let env = TestEnv::new();
    let wang = env.add_client(
        "王秀英",
        "13812345678",
        &[
            "--address",
            "上海市浦东新区张江路88号",
            "--category",
            "家庭保洁",
        ],
    );
    let li = env.add_client("李娜", "13900001111", &["--category", "月嫂服务"]);
    (env, wang, li)
}

/// `hk client edit` in the `$EDITOR` mode, with `script` as the editor (`$1` is the
/// file) and `extra` arguments.
fn edit_with(env: &TestEnv, id: &str, script: &str, extra: &[&str]) -> std::process::Output {
    let path = env.write("editor.sh", script.as_bytes());
    env.cmd()
        .env("EDITOR", format!("sh {}", path.display()))
        .args(["client", "edit", id])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn edit_set_refuses_a_phone_another_client_has() {
    let (env, wang, li) = two_clients();
    let zhang = env.add_client("张伟", "13700002222", &[]);
    // In any spelling, alone or beside the client's own phone.
    for phones in [
        "phones=139 0000 1111",
        "phones=13812345678;+86 139-0000-1111",
    ] {
        let err = refused(
            &env,
            1,
            &["client", "edit", &wang, "--set", phones],
            &[
                &format!("client {li} already has this phone"),
                "nothing was changed",
                &format!("hk client show {li}"),
                "`--allow-duplicate`",
            ],
        );
        assert!(err.starts_with("error:"), "{err}");
    }
    // A third client cannot take it either.
    refused(
        &env,
        1,
        &["client", "edit", &zhang, "--set", "phones=13900001111"],
        &[&format!("client {li} already has this phone")],
    );
    // Unless the office says so.
    env.ok(&[
        "client",
        "edit",
        &wang,
        "--set",
        "phones=13812345678;13900001111",
        "--allow-duplicate",
    ]);
    assert_eq!(
        show(&env, &wang)["phones"],
        json!(["13812345678", "13900001111"])
    );
    // A phone shared already does not block other changes.
    env.ok(&[
        "client",
        "edit",
        &wang,
        "--set",
        "address=北京市海淀区中关村大街27号",
    ]);
    assert_eq!(show(&env, &wang)["address"], "北京市海淀区中关村大街27号");
}

#[test]
fn edit_set_refuses_to_leave_a_client_unreachable() {
    let (env, wang, _) = two_clients();
    for set in ["phones=", "phones= ; "] {
        refused(
            &env,
            2,
            &["client", "edit", &wang, "--set", set],
            &[
                "`--set`",
                "a client needs a phone or a WeChat id",
                "nothing was changed",
                "wechat",
            ],
        );
    }
    // With a WeChat id in its place, the phone can go.
    env.ok(&[
        "client",
        "edit",
        &wang,
        "--set",
        "phones=",
        "--set",
        "wechat=wxwang88",
    ]);
    let v = show(&env, &wang);
    assert_eq!(v["phones"], json!([]));
    assert_eq!(v["wechat"], "wxwang88");
    // And then the WeChat id cannot go.
    refused(
        &env,
        2,
        &["client", "edit", &wang, "--set", "wechat="],
        &["`--set`", "a client needs a phone or a WeChat id"],
    );
}

#[test]
fn editor_refuses_a_phone_another_client_has_then_allows_it_when_asked() {
    let (env, wang, li) = two_clients();
    let before = env.snapshot();
    let (report, log) = report_line(&env);
    let script = format!("{report}sed -i 's/^phones = .*/phones = [\"139-0000-1111\"]/' \"$1\"\n");
    let out = edit_with(&env, &wang, &script, &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for e in [
        &format!("clients/{wang}.toml.age: not saved"),
        &format!("client {li} already has this phone"),
        "nothing was changed",
        "`--allow-duplicate`",
    ] {
        assert!(err.contains(e), "no `{e}` in\n{err}");
    }
    assert_no_personal_data(&err);
    assert_unchanged(&env, &before);
    let (file, _) = reported(&log);
    assert!(
        !file.parent().unwrap().exists(),
        "the temp folder is removed"
    );

    let out = edit_with(&env, &wang, &script, &["--allow-duplicate"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(show(&env, &wang)["phones"], json!(["13900001111"]));
}

#[test]
fn editor_refuses_to_leave_a_client_unreachable() {
    let (env, wang, _) = two_clients();
    let before = env.snapshot();
    let out = edit_with(&env, &wang, "sed -i '/^phones = /d' \"$1\"\n", &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("clients/{wang}.toml.age: not saved")),
        "{err}"
    );
    assert!(
        err.contains("a client needs a phone or a WeChat id"),
        "{err}"
    );
    assert_no_personal_data(&err);
    assert_unchanged(&env, &before);
    // A WeChat id in the phone's place is fine.
    let out = edit_with(
        &env,
        &wang,
        "sed -i 's/^phones = .*/wechat = \"wxwang88\"/' \"$1\"\n",
        &[],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(show(&env, &wang)["wechat"], "wxwang88");
}

/// On a terminal, a record refused for the contact rules is shown with the reason and
/// the editor re-opens, as it does for a record that does not parse.
#[test]
fn on_a_terminal_the_editor_reopens_after_a_taken_phone() {
    let (env, wang, li) = two_clients();
    // First round: 李娜's phone. Second round: a new phone of 王秀英's own.
    let rounds = env.dir.path().join("rounds");
    let script = env.write(
        "editor.sh",
        format!(
            "echo x >> {rounds}\n\
             if [ $(wc -l < {rounds}) -eq 1 ]; then p=13900001111; else p=13812340000; fi\n\
             sed -i \"s/^phones = .*/phones = [\\\"$p\\\"]/\" \"$1\"\n",
            rounds = rounds.display()
        )
        .as_bytes(),
    );
    let editor = format!("sh {}", script.display());
    let Some(mut t) = Terminal::start(
        &env,
        &format!("client edit {wang}"),
        &[("EDITOR", editor.as_str())],
    ) else {
        return;
    };
    t.answer("Re-open the editor?", "y");
    let screen = t.finish();
    assert!(
        screen.contains(&format!("client {li} already has this phone")),
        "{screen}"
    );
    assert!(screen.contains("Re-open the editor?"), "{screen}");
    assert_eq!(
        std::fs::read_to_string(&rounds).unwrap().lines().count(),
        2,
        "{screen}"
    );
    assert_eq!(show(&env, &wang)["phones"], json!(["13812340000"]));
}
