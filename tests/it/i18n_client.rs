//! The client commands and the messages every record kind shares (edit, delete,
//! look-up by id) in Chinese (`--lang zh`, `HK_LANG=zh`). Errors keep naming ids and
//! flags, never a person's name or phone; exit codes, CSV and JSON are the same in
//! both languages.

use crate::common::TestEnv;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const PHONE: &str = "13812345678";

#[test]
fn client_add_speaks_chinese_and_refuses_a_taken_phone_by_id() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .env("HK_LANG", "zh")
        .args(["client", "add", "--name", "王芳", "--phone", PHONE])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let id = stdout(&out).trim().to_string();
    assert!(id.starts_with("c-"), "{id}");
    assert!(
        stderr(&out).contains(&format!("已添加客户 {id}")),
        "{}",
        stderr(&out)
    );

    // The same phone again: the owner is named by id, never by name or phone.
    let (zh, en) = env.both(&["client", "add", "--name", "李娜", "--phone", PHONE]);
    assert_eq!(zh.status.code(), Some(1));
    let err = stderr(&zh);
    assert!(
        err.contains(&format!("客户 {id} 已经登记了这个电话；未添加任何客户")),
        "{err}"
    );
    assert!(err.contains(&format!("`hk client show {id}`")), "{err}");
    assert!(err.contains("`--allow-duplicate`"), "{err}");
    assert!(!err.contains("王芳") && !err.contains(PHONE), "{err}");
    assert!(stderr(&en).contains("already has this phone; nothing was added"));
}

#[test]
fn missing_and_bad_values_are_explained_in_chinese() {
    let env = TestEnv::new();
    // No terminal to ask on: the missing flag is named.
    let (zh, en) = env.both(&["client", "add", "--name", "王芳"]);
    assert_eq!(zh.status.code(), Some(2));
    let err = stderr(&zh);
    assert!(err.starts_with("错误："), "{err}");
    assert!(
        err.contains("缺少 `--phone`（或 `--wechat`）：客户必须能联系上"),
        "{err}"
    );
    assert!(err.contains("没有可以询问的终端"), "{err}");
    assert!(stderr(&en).contains("missing `--phone`"));

    // A bad phone: what is wrong, in Chinese, without the number.
    let (zh, _) = env.both(&["client", "add", "--name", "王芳", "--phone", "13812"]);
    let err = stderr(&zh);
    assert!(
        err.contains("手机号无效：有 5 位，大陆手机号是 11 位"),
        "{err}"
    );
    assert!(!err.contains("13812 "), "{err}");

    // A bad resident ID number.
    let (zh, _) = env.both(&[
        "client",
        "add",
        "--name",
        "王芳",
        "--phone",
        PHONE,
        "--id-number",
        "1234",
    ]);
    let err = stderr(&zh);
    assert!(err.contains("身份证号有 4 位"), "{err}");
}

#[test]
fn looking_up_a_client_names_ids_only() {
    let env = TestEnv::new();
    let a = env.add_client("王芳", PHONE, &[]);
    let b = env.add_client("王芳", "13900001111", &[]);

    let (zh, en) = env.both(&["client", "show", "王芳"]);
    assert_eq!(zh.status.code(), Some(1));
    let err = stderr(&zh);
    assert!(err.contains("有 2 位客户叫这个名字："), "{err}");
    assert!(err.contains(&a) && err.contains(&b), "{err}");
    assert!(err.contains("请用编号，例如 `hk client show"), "{err}");
    assert!(!err.contains("王芳"), "{err}");
    assert!(stderr(&en).contains("2 clients have that name"));

    let (zh, _) = env.both(&["client", "show", "张伟"]);
    assert!(
        stderr(&zh).contains("没有客户叫这个名字"),
        "{}",
        stderr(&zh)
    );

    let (zh, _) = env.both(&["client", "show", "c-"]);
    assert_eq!(zh.status.code(), Some(2));
    assert!(
        stderr(&zh).contains("只有 `c-` 不是编号"),
        "{}",
        stderr(&zh)
    );

    let (zh, _) = env.both(&["visit", "show", "c-zzzz"]);
    assert!(
        stderr(&zh).contains("`c-zzzz` 不是服务记录编号；服务记录编号形如 v-7k2m9q4x"),
        "{}",
        stderr(&zh)
    );
    let (zh, _) = env.both(&["client", "show", "c-zzzz"]);
    assert!(
        stderr(&zh).contains("没有以 `c-zzzz` 开头的客户编号"),
        "{}",
        stderr(&zh)
    );
    assert!(
        stderr(&zh).contains("`hk client list` 列出所有编号"),
        "{}",
        stderr(&zh)
    );
}

#[test]
fn edit_and_delete_speak_chinese() {
    let env = TestEnv::new();
    let id = env.add_client("王芳", PHONE, &[]);

    let (zh, _) = env.both(&["client", "edit", &id, "--set", "colour=red"]);
    assert_eq!(zh.status.code(), Some(2));
    assert!(
        stderr(&zh).contains("不是可以设置的字段"),
        "{}",
        stderr(&zh)
    );
    let (zh, _) = env.both(&["client", "edit", &id, "--set", "notes"]);
    assert!(
        stderr(&zh).contains("应为 FIELD=VALUE（字段=值）"),
        "{}",
        stderr(&zh)
    );
    // No --set and no terminal: no editor.
    let (zh, _) = env.both(&["client", "edit", &id]);
    assert!(
        stderr(&zh).contains("没有给出 `--set`，也没有可以打开编辑器的终端"),
        "{}",
        stderr(&zh)
    );

    let out = env.run(&[
        "--lang",
        "zh",
        "client",
        "edit",
        &id,
        "--set",
        "notes=周三上午",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("已更新客户 {id}")),
        "{}",
        stderr(&out)
    );
    let out = env.run(&["--lang", "zh", "client", "tag", &id, "宠物/猫"]);
    assert!(stderr(&out).contains(&format!("已更新客户 {id}")));
    let out = env.run(&["--lang", "zh", "client", "tag", &id, "宠物/猫"]);
    assert!(stderr(&out).contains("没有改动"), "{}", stderr(&out));

    // Delete needs a confirmation: `--yes` without a terminal.
    let (zh, _) = env.both(&["client", "delete", &id]);
    assert_eq!(zh.status.code(), Some(2));
    let err = stderr(&zh);
    assert!(
        err.contains(&format!("`--yes`：删除客户 {id} 需要确认")),
        "{err}"
    );
    assert!(err.contains("加上 `--yes` 表示确认"), "{err}");
    let out = env.run(&["--lang", "zh", "client", "delete", &id, "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains(&format!("已删除客户 {id}")));
}

#[test]
fn consent_and_list_flags_are_refused_in_chinese() {
    let env = TestEnv::new();
    let id = env.add_client("王芳", PHONE, &[]);
    let (zh, _) = env.both(&[
        "client",
        "consent",
        &id,
        "--marketing",
        "maybe",
        "--channel",
        "wechat",
    ]);
    assert_eq!(zh.status.code(), Some(2));
    assert!(stderr(&zh).contains("应为 yes 或 no（是/否）"));
    let out = env.run(&[
        "--lang",
        "zh",
        "client",
        "consent",
        &id,
        "--marketing",
        "yes",
        "--channel",
        "wechat",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "客户 {id}：自 2026-11-22 起同意接收营销消息；今天生效的是：同意"
        )),
        "{}",
        stderr(&out)
    );
    let (zh, _) = env.both(&["client", "list", "--consent", "maybe"]);
    assert_eq!(zh.status.code(), Some(2));
    assert!(stderr(&zh).contains("应为 marketing 或 none"));
    let (zh, _) = env.both(&["client", "list", "--tag", "宠物//猫"]);
    assert!(stderr(&zh).contains("标签的 `/` 分隔符之间需要有文字"));
    let (zh, _) = env.both(&["client", "list", "--search", "不存在"]);
    assert!(stderr(&zh).contains("没有符合条件的客户"));
}

#[test]
fn machine_output_is_the_same_in_both_languages() {
    let env = TestEnv::new();
    let id = env.add_client(
        "王芳",
        PHONE,
        &[
            "--tag",
            "宠物/猫",
            "--marketing",
            "--category",
            "house-cleaning",
        ],
    );
    for args in [
        vec!["client", "list", "--format", "csv"],
        vec!["client", "list", "--format", "json"],
        vec!["client", "show", &id, "--format", "csv"],
        vec!["client", "show", &id, "--format", "json"],
        vec!["client", "points", &id, "--format", "json"],
        vec!["client", "export"],
    ] {
        let (zh, en) = env.both(&args);
        assert!(zh.status.success(), "{args:?}: {}", stderr(&zh));
        assert_eq!(stdout(&zh), stdout(&en), "{args:?}");
    }
    // A table follows the language; the values in it do not.
    let zh = stdout(&env.run(&["--lang", "zh", "client", "show", &id]));
    assert!(zh.contains("同意，自 2026-11-22 起"), "{zh}");
}

#[test]
fn client_help_is_in_chinese() {
    let env = TestEnv::new();
    let out = env.run(&["--lang", "zh", "client", "add", "--help"]);
    let help = stdout(&out);
    assert!(help.contains("添加一位客户"), "{help}");
    assert!(help.contains("没有终端时"), "{help}");
    assert!(help.contains("即使已有客户登记了同一电话"), "{help}");
    let help = stdout(&env.run(&["--lang", "zh", "client", "--help"]));
    assert!(help.contains("应客户要求抹除客户"), "{help}");
}
