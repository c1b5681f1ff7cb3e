//! The staff roster and complaints in Chinese (`--lang zh`): errors and status lines
//! come from the catalogue and still name ids only, exit codes are the same as in
//! English, and CSV/JSON output does not depend on the language.

use crate::common::TestEnv;

fn add_staff(env: &TestEnv) -> String {
    let (code, out, err) = env.run_in(
        "zh",
        &[
            "staff",
            "add",
            "--name",
            "刘阿姨",
            "--phone",
            "13912345678",
            "--category",
            "家庭保洁",
            "--district",
            "浦东新区",
            "--cert",
            "健康证:HZ001:2026-01-05:2027-01-04",
            "--status",
            "leave",
            "--status-since",
            "2026-12-01",
            "--status-until",
            "2026-12-03",
            "--status-reason",
            "回老家",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let id = out.trim().to_string();
    assert_eq!(err.trim(), format!("已添加服务人员 {id}"));
    id
}

/// The Chinese stderr of a command refused alike in both languages.
fn refused(env: &TestEnv, code: i32, args: &[&str]) -> String {
    env.refused_in_both(code, args).0
}

#[test]
fn staff_errors_and_status_lines_are_chinese() {
    let env = TestEnv::with_git();
    let err = refused(&env, 2, &["staff", "add", "--category", "家庭保洁"]);
    assert!(
        err.contains("缺少 `--name`：每位服务人员都要有姓名"),
        "{err}"
    );
    assert!(err.contains("hk staff add --name"), "{err}");
    let err = refused(&env, 2, &["staff", "add", "--name", "刘阿姨"]);
    assert!(err.contains("缺少 `--category`"), "{err}");
    let err = refused(
        &env,
        2,
        &[
            "staff",
            "add",
            "--name",
            "刘阿姨",
            "--category",
            "家庭保洁",
            "--cert",
            "健康证:HZ1:2026-13-01:",
        ],
    );
    assert!(
        err.contains("`--cert`：") || err.contains("`--cert`"),
        "{err}"
    );
    assert!(err.contains("发证日期"), "{err}");
    let err = refused(
        &env,
        2,
        &[
            "staff",
            "add",
            "--name",
            "刘阿姨",
            "--category",
            "家庭保洁",
            "--level",
            "5",
        ],
    );
    assert!(err.contains("星级应为 1 到 4"), "{err}");
    assert!(!err.contains("刘阿姨"), "no names in messages: {err}");

    let w = add_staff(&env);
    let err = refused(&env, 1, &["staff", "show", "王阿姨"]);
    assert!(
        err.contains("STAFF：没有服务人员叫这个名字或用这个编号"),
        "{err}"
    );
    assert!(!err.contains("王阿姨"), "{err}");

    let (code, _, err) = env.run_in("zh", &["staff", "list", "--skill", "催乳"]);
    assert_eq!(code, 0);
    assert!(err.contains("没有符合条件的服务人员"), "{err}");

    // The table reads in Chinese; CSV and JSON are the same in both languages.
    let (_, table, _) = env.run_in("zh", &["staff", "show", &w]);
    assert!(
        table.contains("休假 自 2026-12-01 起 至 2026-12-03（回老家）"),
        "{table}"
    );
    // Today's state, in the show and in the list, is a word of the table's language.
    let (_, en_list, _) = env.run_in("en", &["staff", "list"]);
    let (_, zh_list, _) = env.run_in("zh", &["staff", "list"]);
    for (en, zh) in [("active", "在职"), ("leave", "休假")] {
        assert_eq!(
            en_list.contains(en),
            zh_list.contains(zh),
            "{en_list}\n{zh_list}"
        );
        let today = table
            .lines()
            .find(|l| l.contains("今日"))
            .unwrap_or_default();
        assert_eq!(en_list.contains(en), today.contains(zh), "{table}");
    }
    assert!(
        !zh_list.contains("active") && !zh_list.contains("leave"),
        "{zh_list}"
    );
    let json = env.same_in_both(&["--format", "json", "staff", "show", &w]);
    assert!(
        json.contains("leave since 2026-12-01 until 2026-12-03 (回老家)"),
        "{json}"
    );
    env.same_in_both(&["--format", "csv", "staff", "list"]);

    let c = env.add_client("王秀英", "13812345678", &["--category", "house-cleaning"]);
    let (code, _, err) = env.run_in("zh", &["staff", "avoid", &w, "--client", &c]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.trim(), format!("不再派 {w} 给客户 {c}"));
    let (_, _, err) = env.run_in("zh", &["staff", "avoid", &w, "--client", &c]);
    assert_eq!(err.trim(), "没有变化");
}

#[test]
fn suggest_gives_its_reasons_in_chinese_in_a_table_only() {
    let env = TestEnv::new();
    env.ok(&[
        "staff",
        "add",
        "--name",
        "张阿姨",
        "--category",
        "家庭保洁",
        "--district",
        "浦东新区",
        "--cert",
        "健康证:HZ002:2026-01-05:2027-01-04",
    ]);
    let c = env.add_client(
        "王秀英",
        "13812345678",
        &["--address", "上海市浦东新区张杨路100号"],
    );
    let args = [
        "staff",
        "suggest",
        "--date",
        "2026-11-25",
        "--category",
        "家庭保洁",
        "--client",
        &c,
    ];
    let (code, table, err) = env.run_in("zh", &args);
    assert_eq!(code, 0, "{err}");
    assert!(
        table.contains("负责 浦东新区；当天已约 0 次；近期没有满意度调查"),
        "{table}"
    );
    let (_, table, _) = env.run_in("en", &args);
    assert!(
        table.contains("covers 浦东新区; 0 visit(s) that day; no recent surveys"),
        "{table}"
    );
    let mut json = vec!["--format", "json"];
    json.extend_from_slice(&args);
    let out = env.same_in_both(&json);
    assert!(out.contains("no recent surveys"), "{out}");

    let (code, _, err) = env.run_in(
        "zh",
        &[
            "staff",
            "suggest",
            "--date",
            "2026-11-25",
            "--category",
            "月嫂服务",
        ],
    );
    assert_eq!(code, 0);
    assert!(err.contains("没有人可以派"), "{err}");
}

#[test]
fn complaint_errors_and_steps_are_chinese() {
    let env = TestEnv::with_git();
    let c = env.add_client("王秀英", "13812345678", &["--category", "house-cleaning"]);
    let err = refused(&env, 2, &["complaint", "add", &c, "--type", "花瓶"]);
    assert!(err.contains("`花瓶` 不是投诉类型；已有："), "{err}");
    assert!(err.contains("damage (物品损坏)"), "{err}");
    assert!(err.contains("[complaints]"), "the hint: {err}");

    let (code, out, err) = env.run_in(
        "zh",
        &[
            "complaint",
            "add",
            &c,
            "--type",
            "物品损坏",
            "--note",
            "打碎了花瓶",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let t = out.trim().to_string();
    assert!(
        err.starts_with(&format!("已登记投诉 {t}，客户 {c}")),
        "{err}"
    );

    let err = refused(
        &env,
        2,
        &["complaint", "close", &t, "--verdict", "satisfied"],
    );
    assert!(
        err.contains(&format!("`--verdict`：投诉 {t} 的状态是 open")),
        "{err}"
    );
    let err = refused(
        &env,
        2,
        &[
            "complaint",
            "resolve",
            &t,
            "--resolution",
            "赔偿",
            "--compensation",
            "refund:-50",
        ],
    );
    assert!(err.contains("金额不能是负数"), "{err}");
    let err = refused(&env, 2, &["complaint", "log", &t, "--note", " "]);
    assert!(err.contains("`--note`"), "{err}");
    let err = refused(&env, 2, &["complaint", "search", " "]);
    assert!(err.contains("`TEXT` 是空的"), "{err}");

    let (code, _, err) = env.run_in("zh", &["complaint", "close", &t]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.trim(), format!("投诉 {t} 现在是 closed"));
    let err = refused(
        &env,
        1,
        &["complaint", "resolve", &t, "--resolution", "赔偿"],
    );
    assert!(
        err.contains(&format!("投诉 {t} 已关闭，不能再处理")),
        "{err}"
    );
    assert!(!err.contains("王秀英"), "{err}");

    env.same_in_both(&["--format", "json", "complaint", "show", &t]);
    env.same_in_both(&["--format", "csv", "complaint", "list"]);
}

#[test]
fn staff_and_complaint_help_is_chinese() {
    let env = TestEnv::bare();
    for (args, text) in [
        (&["staff", "--help"][..], "服务人员名单"),
        (&["staff", "add", "--help"][..], "健康证"),
        (&["staff", "suggest", "--help"][..], "派单"),
        (&["complaint", "--help"][..], "查找类似投诉"),
        (&["complaint", "resolve", "--help"][..], "根本原因"),
    ] {
        let (code, out, _) = env.run_in("zh", args);
        assert_eq!(code, 0);
        assert!(out.contains(text), "{args:?}: {out}");
    }
}
