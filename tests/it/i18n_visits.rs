//! Visits, follow-ups, action items and surveys in Chinese (`--lang zh`): errors,
//! status lines, prompts' neighbours and `--help` come from the catalogue; exit codes
//! are those of English; errors name ids, never a client's name; CSV and JSON are the
//! same bytes in either language.

use crate::common::TestEnv;

/// Runs in Chinese and expects exit `code`; returns stderr (which must be Chinese).
fn zh_fails(env: &TestEnv, code: i32, args: &[&str]) -> String {
    let before = env.snapshot();
    let (got, _, err) = env.run_in("zh", args);
    assert_eq!(got, code, "hk --lang zh {args:?}\n{err}");
    assert!(err.lines().any(|l| l.starts_with("错误：")), "{err}");
    assert!(before == env.snapshot(), "hk {args:?} changed the store");
    // The English exit code is the same.
    let (en, _, en_err) = env.run_in("en", args);
    assert_eq!(en, code, "hk --lang en {args:?}\n{en_err}");
    assert!(en_err.lines().any(|l| l.starts_with("error:")), "{en_err}");
    err
}

fn world() -> (TestEnv, String) {
    let env = TestEnv::new();
    let c = env.add_client("王秀英", "13800138000", &["--category", "家庭保洁"]);
    (env, c)
}

#[test]
fn bad_dates_and_flags_are_refused_in_chinese() {
    let (env, c) = world();
    let err = zh_fails(&env, 2, &["visit", "add", &c, "--date", "2026-02-30"]);
    assert!(err.contains("2026-02-30 不是日历上存在的日期"), "{err}");
    let err = zh_fails(&env, 2, &["visit", "list", "--period", "下周"]);
    assert!(err.contains("this-month"), "{err}");
    assert!(err.contains("本季度"), "{err}");
    let err = zh_fails(
        &env,
        2,
        &["visit", "add", &c, "--date", "tomorrow", "--status", "done"],
    );
    assert!(err.contains("还不能标为已完成"), "{err}");
    let err = zh_fails(
        &env,
        2,
        &["visit", "add", &c, "--date", "today", "--repeat", "weekly"],
    );
    assert!(err.contains("`--repeat` 需要结束条件"), "{err}");
    assert!(err.contains("例如 `--repeat weekly --count 8`"), "{err}");
    let err = zh_fails(
        &env,
        2,
        &["visit", "add", &c, "--date", "today", "--payment", "比特币"],
    );
    assert!(err.contains("现金、微信、支付宝"), "{err}");
    let err = zh_fails(&env, 2, &["followup", "log", &c, "--channel", "信鸽"]);
    assert!(
        err.contains("应为 phone、wechat、sms、visit 或 questionnaire"),
        "{err}"
    );
    let err = zh_fails(&env, 2, &["followup", "due", "--within", "4294967295"]);
    assert!(err.contains("太大"), "{err}");
    let err = zh_fails(&env, 2, &["action", "done", "f-7k2m9q4x"]);
    assert!(
        err.contains("待办编号由回访编号、一个点和序号组成"),
        "{err}"
    );
    assert!(err.contains("`hk action list` 会列出待办编号"), "{err}");
    let err = zh_fails(&env, 2, &["survey", "add", &c, "--overall", "6"]);
    assert!(err.contains("6 超出范围；应为 1 到 5"), "{err}");
    let err = zh_fails(&env, 2, &["survey", "add", &c, "--score", "速度=5"]);
    assert!(err.contains("不是本数据目录的满意度维度"), "{err}");
}

#[test]
fn errors_name_ids_never_the_clients_name() {
    let env = TestEnv::new();
    let c = env.add_client("李桂兰", "13900139000", &[]);
    let err = zh_fails(&env, 2, &["visit", "add", &c, "--date", "today"]);
    assert!(
        err.contains(&format!("缺少 `--category`：客户 {c} 还没有服务类别")),
        "{err}"
    );
    assert!(err.contains("`--category 家庭保洁`"), "{err}");
    assert!(!err.contains("李桂兰"), "{err}");
    let err = zh_fails(&env, 2, &["survey", "add", &c]);
    assert!(err.contains("没有任何回答"), "{err}");
    assert!(
        err.contains(&format!("hk survey add {c} --overall 5")),
        "{err}"
    );
    assert!(!err.contains("李桂兰"), "{err}");
}

#[test]
fn visits_follow_ups_and_surveys_report_in_chinese() {
    let (env, c) = world();
    let (out, err) = env.zh_ok(&["visit", "add", &c, "--date", "2026-11-20"]);
    let v = out.trim().to_string();
    assert!(v.starts_with("v-"), "{out}");
    assert!(
        err.contains(&format!("已添加服务记录 {v}（done）")),
        "{err}"
    );
    let (_, err) = env.zh_ok(&["visit", "done", &v]);
    assert!(err.contains(&format!("服务 {v} 已经是 done")), "{err}");

    // A visit after today cannot be done yet: a failure, exit 1 in both languages.
    let later = env
        .ok(&["visit", "add", &c, "--date", "2026-12-01"])
        .trim()
        .to_string();
    let err = zh_fails(&env, 1, &["visit", "done", &later]);
    assert!(
        err.contains(&format!("服务 {later} 在 2026-12-01，晚于今天")),
        "{err}"
    );

    let (out, err) = env.zh_ok(&[
        "visit",
        "add",
        &c,
        "--date",
        "2026-12-07",
        "--repeat",
        "weekly",
        "--count",
        "3",
    ]);
    let first = out.lines().next().unwrap().to_string();
    assert!(
        err.contains("已添加一个系列，共 3 次服务，从 2026-12-07 到 2026-12-21"),
        "{err}"
    );
    let (_, err) = env.zh_ok(&["visit", "cancel", "--series", &first]);
    assert!(
        err.contains(&format!("已取消系列 {first} 中的 3 次服务")),
        "{err}"
    );
    let err = zh_fails(&env, 1, &["visit", "cancel", "--series", "v-nothere1"]);
    assert!(err.contains("没有服务属于系列 `v-nothere1`"), "{err}");

    let (_, err) = env.zh_ok(&["visit", "upcoming", "--on", "2026-12-01"]);
    assert!(err.contains("2026-12-01 有 1 次已预约服务"), "{err}");

    let (out, err) = env.zh_ok(&[
        "followup",
        "log",
        &c,
        "--channel",
        "电话",
        "--action",
        "问下月是否续约@2026-12-01",
    ]);
    let f = out.trim().to_string();
    assert!(
        err.contains(&format!("记录回访 {f}（电话，已接通）")),
        "{err}"
    );
    let (_, err) = env.zh_ok(&["action", "done", &format!("{f}.1")]);
    assert!(
        err.contains(&format!("{f}.1 已于 2026-11-22 完成")),
        "{err}"
    );
    let err = zh_fails(&env, 1, &["action", "done", &format!("{f}.1")]);
    assert!(err.contains("已于 2026-11-22 完成"), "{err}");
    assert!(err.contains("`hk followup edit`"), "{err}");
    let (_, err) = env.zh_ok(&["followup", "due"]);
    assert!(err.contains("位客户待回访"), "{err}");

    let (out, err) = env.zh_ok(&["survey", "add", &c, "--overall", "5", "--nps", "9"]);
    assert!(
        err.contains(&format!("已添加满意度答卷 {}", out.trim())),
        "{err}"
    );
    let err = zh_fails(
        &env,
        2,
        &["survey", "add", &c, "--visit", &later, "--overall", "4"],
    );
    assert!(err.contains("尚未完成"), "{err}");
    assert!(err.contains(&format!("`hk visit done {later}`")), "{err}");
}

#[test]
fn listings_have_chinese_headers_and_the_same_csv_and_json() {
    let (env, c) = world();
    env.ok(&["visit", "add", &c, "--date", "2026-11-20", "--price", "280"]);
    env.ok(&["followup", "log", &c, "--channel", "phone", "--score", "5"]);
    env.ok(&["survey", "add", &c, "--overall", "5", "--nps", "10"]);
    let (zh, _) = env.zh_ok(&["survey", "list"]);
    assert!(zh.contains("净推荐值"), "{zh}");
    assert!(!zh.contains("NPS"), "{zh}");
    let (_, en, _) = env.run_in("en", &["survey", "list"]);
    assert!(en.contains("NPS") && !en.contains("净推荐值"), "{en}");
    for list in [
        &["visit", "list"][..],
        &["followup", "list"],
        &["followup", "due", "--within", "30"],
        &["survey", "list"],
        &["action", "list"],
        &["visit", "upcoming", "--within", "30"],
    ] {
        for format in ["csv", "json"] {
            let args: Vec<&str> = list.iter().copied().chain(["--format", format]).collect();
            let (_, zh, _) = env.run_in("zh", &args);
            let (_, en, _) = env.run_in("en", &args);
            assert_eq!(zh, en, "{args:?}");
        }
    }
}

#[test]
fn survey_import_explains_its_columns_in_chinese() {
    let (env, _) = world();
    let file = env.write(
        "问卷.csv",
        "序号,提交答卷时间,来自IP,手机,1、您对阿姨的服务态度是否满意？,2、总体满意度\n\
         1,2026/11/20 10:00:00,1.2.3.4,13800138000,非常满意,9分\n"
            .as_bytes(),
    );
    let file = file.to_str().unwrap();
    let err = zh_fails(&env, 2, &["survey", "import", file, "--map", "速度=3"]);
    assert!(err.contains("`速度` 不是满意度维度"), "{err}");
    assert!(err.contains("用 `--map DIM=COLUMN` 更正列的对应"), "{err}");
    let err = zh_fails(&env, 1, &["survey", "import", file]);
    assert!(err.contains("9 超出范围；评分必须是 1–5"), "{err}");
    let (_, err) = env.zh_ok(&["survey", "import", file, "--map", "nps=6"]);
    assert!(err.contains("未导入（不需要的列）"), "{err}");
}

#[test]
fn help_is_in_chinese() {
    let env = TestEnv::new();
    for (args, text) in [
        (&["visit", "add", "--help"][..], "为客户添加一条服务记录"),
        (&["visit", "add", "--help"], "预约规则对每一次都适用"),
        (&["visit", "upcoming", "-h"], "明天的服务"),
        (&["followup", "due", "--help"], "待回访名单"),
        (&["action", "done", "-h"], "待办编号"),
        (
            &["survey", "import", "--help"],
            "按关键词对应到数据目录的满意度维度",
        ),
        (&["survey", "list", "-h"], "贬损者"),
    ] {
        let (out, _) = env.zh_ok(args);
        assert!(out.contains(text), "{args:?}\n{out}");
    }
}
