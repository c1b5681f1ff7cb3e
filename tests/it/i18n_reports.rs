//! Reports, the dashboard and `hk today` in Chinese (`--lang zh`), in English
//! (`--lang en`) and with no setting (bilingual headers, English messages): headers,
//! titles, notes and errors follow the language; CSV and JSON do not change; the
//! dashboard's column keys and figures are the same in every language.

use std::path::PathBuf;

use crate::common::TestEnv;

/// The demo store's morning.
const DEMO_NOW: &str = "2026-11-23";

/// A world whose store is a copy of the demo store (Chinese data), with its key.
fn demo() -> TestEnv {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let env = TestEnv::bare();
    crate::docs::copy_dir(&repo.join("data-example"), &env.store);
    std::fs::create_dir_all(env.key.parent().unwrap()).unwrap();
    std::fs::copy(repo.join("data-example/demo-key.txt"), &env.key).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&env.key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    env
}

/// `hk [--lang LANG] ARGS` on the demo morning: (exit code, stdout, stderr).
fn hk(env: &TestEnv, lang: Option<&str>, args: &[&str]) -> (i32, String, String) {
    let mut cmd = env.cmd();
    cmd.env("HK_NOW", DEMO_NOW);
    if let Some(l) = lang {
        cmd.args(["--lang", l]);
    }
    let out = cmd.args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The same, expecting success; stdout.
fn ok(env: &TestEnv, lang: Option<&str>, args: &[&str]) -> String {
    let (code, out, err) = hk(env, lang, args);
    assert_eq!(code, 0, "hk {lang:?} {args:?}: {err}");
    out
}

/// The first line of a table: its headers.
fn header_line(table: &str) -> &str {
    table
        .lines()
        .find(|l| l.starts_with('│'))
        .unwrap_or_else(|| panic!("no header line in\n{table}"))
}

#[test]
fn satisfaction_headers_follow_the_language_and_csv_does_not() {
    let env = demo();
    let args = ["report", "satisfaction", "--by", "month"];
    let zh = ok(&env, Some("zh"), &args);
    let en = ok(&env, Some("en"), &args);
    let both = ok(&env, None, &args);

    let h = header_line(&zh);
    for word in ["月份", "样本", "满意率%", "净推荐值", "推荐者", "贬损者"] {
        assert!(h.contains(word), "{word} missing: {h}");
    }
    for word in ["Month", "Responses", "CSAT", "NPS", "Promoters"] {
        assert!(!h.contains(word), "{word} in the Chinese headers: {h}");
    }
    let h = header_line(&en);
    for word in [
        "Month",
        "Responses",
        "CSAT",
        "NPS",
        "Promoters",
        "Detractors",
    ] {
        assert!(h.contains(word), "{word} missing: {h}");
    }
    // The survey's dimensions are the store's own labels (Chinese in the demo).
    for word in ["月份", "样本", "满意率", "净推荐值", "推荐者"] {
        assert!(!h.contains(word), "{word} in the English headers: {h}");
    }
    let h = header_line(&both);
    assert!(
        h.contains("净推荐值 NPS") && h.contains("满意率% CSAT"),
        "{h}"
    );

    // The figures are the same, whatever the headers.
    let body = |t: &str| -> Vec<Vec<String>> {
        t.lines()
            .skip(3)
            .filter(|l| l.starts_with('│'))
            .map(|l| l.split(['│', '┆']).map(|c| c.trim().to_string()).collect())
            .collect()
    };
    assert_eq!(body(&zh), body(&en));

    for format in ["csv", "json"] {
        let mut a = args.to_vec();
        a.extend(["--format", format]);
        let zh = ok(&env, Some("zh"), &a);
        assert_eq!(zh, ok(&env, Some("en"), &a), "{format}");
        assert_eq!(zh, ok(&env, None, &a), "{format}");
    }
    let csv = ok(
        &env,
        Some("zh"),
        &["report", "satisfaction", "--format", "csv"],
    );
    assert!(csv.starts_with("group,responses,"), "{csv}");
    assert!(
        csv.lines().next().unwrap().contains(",csat_pct,nps,"),
        "{csv}"
    );
}

#[test]
fn staff_report_headers_in_chinese() {
    let env = demo();
    let zh = ok(&env, Some("zh"), &["report", "staff"]);
    let h = header_line(&zh);
    assert!(h.contains("净推荐值") && h.contains("每百单投诉"), "{h}");
    assert!(!h.contains("NPS") && !h.contains("Per 100"), "{h}");
    assert!(zh.contains("刘阿姨"), "{zh}");
    let a = ["report", "staff", "--format", "csv"];
    assert_eq!(ok(&env, Some("zh"), &a), ok(&env, Some("en"), &a));
}

#[test]
fn report_errors_and_notes_in_chinese_with_the_same_exit_codes() {
    let env = demo();
    // A `--from` after today, with `--to` left to default to today.
    let args = ["report", "followups", "--from", "2027-01"];
    let (code, out, err) = hk(&env, Some("zh"), &args);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
    assert_eq!(
        err.lines().next().unwrap(),
        "错误：`--from` 2027-01-01 晚于 `--to` 2026-11-23",
        "{err}"
    );
    let (code, _, err) = hk(&env, Some("en"), &args);
    assert_eq!(code, 2);
    assert!(
        err.contains("`--from` 2027-01-01 is after `--to` 2026-11-23"),
        "{err}"
    );
    let args = ["report", "satisfaction", "--from", "2027-01"];
    let (code, _, err) = hk(&env, Some("zh"), &args);
    assert_eq!(code, 2);
    assert_eq!(
        err.lines().next().unwrap(),
        "错误：`--from` 2027-01-01 晚于 `--to` 2026-11-23（未给 `--to` 时为今天）",
        "{err}"
    );

    // The follow-up report names its period under the table.
    let (code, _, err) = hk(&env, Some("zh"), &["report", "followups"]);
    assert_eq!(code, 0);
    assert_eq!(err.trim_end(), "期间：2026-06-01 至 2026-11-23");
    let (_, _, err) = hk(&env, None, &["report", "followups"]);
    assert_eq!(err.trim_end(), "period 2026-06-01 to 2026-11-23");

    // An empty retention list says so, with the duration as typed and no names.
    let (code, out, err) = hk(
        &env,
        Some("zh"),
        &["report", "retention", "--older-than", "50y"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("编号") && !out.contains("Stage"), "{out}");
    assert_eq!(err.trim_end(), "没有已关闭或已流失超过 50y 的客户");
}

#[test]
fn today_section_titles_follow_the_language() {
    let env = demo();
    let zh = ok(&env, Some("zh"), &["today"]);
    assert!(zh.starts_with("今日 2026-11-23\n"), "{zh}");
    for line in [
        "回访：",
        "明日服务（2026-11-24）：",
        "逾期投诉：",
        "待办：",
        "证书到期：",
        "次卡/储值卡将用完：",
    ] {
        assert!(
            zh.lines().any(|l| l.starts_with(line)),
            "no line starting `{line}`:\n{zh}"
        );
    }
    for english in [
        "Follow-ups due",
        "Tomorrow's visits",
        "Overdue",
        "all:",
        "none",
    ] {
        assert!(!zh.contains(english), "`{english}` in\n{zh}");
    }

    let en = ok(&env, Some("en"), &["today"]);
    assert!(en.starts_with("Today 2026-11-23\n"), "{en}");
    assert!(
        en.lines()
            .any(|l| l.starts_with("Tomorrow's visits (2026-11-24): ")),
        "{en}"
    );
    assert!(!en.contains("回访"), "{en}");

    // No setting: the bilingual titles and English lines, as always.
    let both = ok(&env, None, &["today"]);
    assert!(
        both.lines()
            .any(|l| l.starts_with("明日服务 Tomorrow's visits (2026-11-24): ")),
        "{both}"
    );

    for format in ["csv", "json"] {
        let a = ["today", "--format", format];
        let zh = ok(&env, Some("zh"), &a);
        assert_eq!(zh, ok(&env, Some("en"), &a), "{format}");
        assert_eq!(zh, ok(&env, None, &a), "{format}");
    }
}

#[test]
fn an_empty_and_a_long_today_in_chinese() {
    let env = TestEnv::new();
    let (code, out, err) = hk(&env, Some("zh"), &["today"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("回访：无 — hk followup due --today"), "{out}");
    assert!(
        out.contains("逾期投诉：无 — hk complaint list --overdue"),
        "{out}"
    );

    // Twelve clients due: the first ten, and where the rest are.
    let mut rows = String::from("id,name,phone,category\n");
    for i in 0..12 {
        rows.push_str(&format!("c-{i:08},客户{i:02},1380000{i:04},家庭保洁\n"));
    }
    let file = env.write("clients.csv", rows.as_bytes());
    env.ok(&["client", "import", file.to_str().unwrap()]);
    let mut visits = String::from("client,date,category\n");
    for i in 0..12 {
        visits.push_str(&format!("c-{i:08},2026-11-0{},家庭保洁\n", 1 + i % 9));
    }
    let file = env.write("visits.csv", visits.as_bytes());
    env.ok(&["visit", "import", file.to_str().unwrap()]);
    let (code, out, _) = hk(&env, Some("zh"), &["today"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("回访：12，显示前 10 条 — 全部：hk followup due --today"),
        "{out}"
    );
}

/// The cells and keys of a page, in order: what must not change with the language.
fn figures(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in html.split('<').skip(1) {
        if let Some(rest) = part.strip_prefix("td>") {
            out.push(rest.to_string());
        } else if let Some(i) = part.find("data-key=\"") {
            let key = &part[i + 10..];
            out.push(key[..key.find('"').unwrap()].to_string());
        }
    }
    out
}

fn dashboard(env: &TestEnv, lang: Option<&str>) -> (String, String) {
    let out = env
        .dir
        .path()
        .join(format!("dash-{}.html", lang.unwrap_or("both")));
    let (code, _, err) = hk(
        env,
        lang,
        &["report", "dashboard", "--out", out.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    (std::fs::read_to_string(&out).unwrap(), err)
}

#[test]
fn the_dashboard_speaks_the_language_with_the_same_figures() {
    let env = demo();
    let (zh, zh_err) = dashboard(&env, Some("zh"));
    let (en, _) = dashboard(&env, Some("en"));
    let (both, _) = dashboard(&env, None);

    assert!(zh.contains("<html lang=\"zh-CN\">"), "{zh}");
    assert!(zh.contains("<h1>hk 经营看板</h1>"));
    assert!(zh.contains("<p>截至 2026-11-23；期间：全部时间（回访：最近六个月）。</p>"));
    assert!(zh.contains("<h2>满意率与NPS</h2>"), "{zh}");
    assert!(zh.contains("<th data-key=\"nps\">净推荐值</th>"), "{zh}");
    assert!(zh.contains("<footer>由 <code>hk report dashboard</code> 生成。"));
    assert!(zh.contains("<p class=\"note\">满意率（CSAT）："));
    for english in [
        "As of",
        "Aggregates",
        "CSAT and NPS",
        "Made by",
        "Responses",
        "CSAT: share",
    ] {
        assert!(!zh.contains(english), "`{english}` in the Chinese page");
    }
    assert!(zh_err.contains("（8 张图表，截至 2026-11-23）"), "{zh_err}");

    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("<h1>hk Dashboard</h1>"));
    assert!(en.contains("<h2>CSAT and NPS by month</h2>"), "{en}");
    assert!(en.contains("<th data-key=\"nps\">NPS</th>"));
    assert!(en.contains("As of 2026-11-23; period: all time"));
    assert!(!en.contains("满意率") && !en.contains("经营看板"));

    assert!(both.contains("<html lang=\"zh-CN\">"));
    assert!(both.contains("<h2>满意率与NPS CSAT and NPS by month</h2>"));
    assert!(both.contains("<th data-key=\"nps\">净推荐值 NPS</th>"));

    let f = figures(&zh);
    assert!(f.len() > 100, "{}", f.len());
    assert_eq!(f, figures(&en));
    assert_eq!(f, figures(&both));
}

#[test]
fn dashboard_errors_in_chinese() {
    let env = demo();
    let missing = env.dir.path().join("没有这个文件夹/看板.html");
    let (code, _, err) = hk(
        &env,
        Some("zh"),
        &["report", "dashboard", "--out", missing.to_str().unwrap()],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("错误：`--out`"), "{err}");
    assert!(err.contains("不存在"), "{err}");
    assert!(err.contains("提示：请先创建它"), "{err}");
    assert!(!missing.parent().unwrap().exists());

    let (code, _, err) = hk(
        &env,
        Some("zh"),
        &[
            "report",
            "dashboard",
            "--out",
            env.dir.path().to_str().unwrap(),
        ],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("是一个文件夹") && err.contains("例如 `--out dashboard.html`"),
        "{err}"
    );

    // An empty store: the charts without rows say so.
    let empty = TestEnv::new();
    let (html, _) = dashboard(&empty, Some("zh"));
    assert!(html.matches("本期间没有数据。").count() >= 3, "{html}");
}

#[test]
fn report_help_in_chinese() {
    let env = demo();
    let help = ok(&env, Some("zh"), &["report", "dashboard", "--help"]);
    assert!(help.contains("生成老板看板"), "{help}");
    assert!(help.contains("要写入的 HTML 文件"), "{help}");
    let help = ok(&env, Some("zh"), &["today", "--help"]);
    assert!(help.contains("门店的早间页面"), "{help}");
    let help = ok(&env, Some("zh"), &["report", "--help"]);
    assert!(help.contains("给老板看的报表"), "{help}");
}
