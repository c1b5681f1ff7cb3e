//! `hk today`: the morning page on a store built by hand with one item in every
//! section, on an empty store, with more than ten items, on another day (`--on`), and
//! as JSON and CSV; each section's items are those of the command it names.

use crate::common::{NOW, TestEnv};

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap()
}

/// The section `key` of a `--format json` page.
fn section<'a>(page: &'a serde_json::Value, key: &str) -> &'a serde_json::Value {
    page["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["section"] == key)
        .unwrap_or_else(|| panic!("no section {key} in {page}"))
}

/// A store on 2026-11-22 with one item in each section:
/// - 王秀英: a done cleaning on 11-10, so her first follow-up fell due on 11-17;
/// - 李建国: reached on 11-20 with an open action item, and a visit tomorrow (11-23)
///   with 刘阿姨, whose health certificate expires on 12-10;
/// - a complaint of 王秀英's opened on 11-20, answered by nobody: overdue.
struct Story {
    env: TestEnv,
    wang: String,
    li: String,
    visit: String,
    complaint: String,
    staff: String,
    action: String,
}

fn story() -> Story {
    let env = TestEnv::new();
    let staff = env
        .ok(&[
            "staff",
            "add",
            "--name",
            "刘阿姨",
            "--phone",
            "13911112222",
            "--category",
            "家庭保洁",
            "--cert",
            "健康证:HZ-001:2026-01-01:2026-12-10",
        ])
        .trim()
        .to_string();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let li = env.add_client("李建国", "13900139002", &["--category", "家庭保洁"]);
    env.ok(&[
        "visit",
        "add",
        &wang,
        "--date",
        "2026-11-10",
        "--staff",
        "刘阿姨",
    ]);
    let visit = env
        .ok(&[
            "visit",
            "add",
            &li,
            "--date",
            "2026-11-23",
            "--time",
            "09:30",
            "--staff",
            "刘阿姨",
        ])
        .trim()
        .to_string();
    // Two cards of 李建国's: ten visits left and no expiry, not running out; 1000
    // yuan that expire on 12-01, within 30 days: running out.
    env.ok(&[
        "package", "add", &li, "--kind", "visits", "--face", "10", "--paid", "1800",
    ]);
    env.ok(&[
        "package",
        "add",
        &li,
        "--kind",
        "stored-value",
        "--face",
        "1000",
        "--paid",
        "1000",
        "--expires",
        "2026-12-01",
    ]);
    let followup = env
        .at(
            "2026-11-20T10:00:00+08:00",
            &[
                "followup",
                "log",
                &li,
                "--channel",
                "phone",
                "--action",
                "问下月是否续约@2026-12-01",
            ],
        )
        .trim()
        .to_string();
    let complaint = env
        .at(
            "2026-11-20T09:00:00+08:00",
            &["complaint", "add", &wang, "--type", "late"],
        )
        .trim()
        .to_string();
    Story {
        env,
        wang,
        li,
        visit,
        complaint,
        staff,
        action: format!("{followup}.1"),
    }
}

#[test]
fn one_item_in_every_section_with_the_command_that_lists_it() {
    let s = story();
    let page = s.env.ok(&["today"]);
    let lines: Vec<&str> = page.lines().collect();
    assert_eq!(lines[0], "今日 Today 2026-11-22");
    for heading in [
        "回访 Follow-ups due: 1 — hk followup due --today",
        "明日服务 Tomorrow's visits (2026-11-23): 1 — hk visit upcoming --tomorrow",
        "逾期投诉 Overdue complaints: 1 — hk complaint list --overdue",
        "待办 Open action items: 1 — hk action list --open",
        "证书到期 Certificates expiring within 30 days: 1 — hk staff list --expiring 30",
    ] {
        assert!(lines.contains(&heading), "no `{heading}` in\n{page}");
    }
    for shown in [
        s.wang.as_str(),
        "王秀英",
        "李建国",
        &s.visit,
        "09:30",
        "刘阿姨",
        &s.complaint,
        &s.action,
        "问下月是否续约",
        &s.staff,
        "2026-12-10",
    ] {
        assert!(page.contains(shown), "no `{shown}` in\n{page}");
    }

    // Each section's items are the first items of the command it names.
    let p = json(&s.env.ok(&["today", "--format", "json"]));
    assert_eq!(p["date"], "2026-11-22");
    let ids = |key: &str, field: &str| -> Vec<String> {
        section(&p, key)["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r[field].as_str().unwrap().to_string())
            .collect()
    };
    let full = |args: &[&str], field: &str| -> Vec<String> {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        json(&s.env.ok(&a))
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r[field].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids("followups_due", "client"), [s.wang.as_str()]);
    assert_eq!(
        ids("followups_due", "client"),
        full(&["followup", "due", "--today"], "client")
    );
    assert_eq!(
        ids("tomorrows_visits", "visit"),
        full(&["visit", "upcoming", "--tomorrow"], "visit")
    );
    assert_eq!(
        section(&p, "tomorrows_visits")["rows"][0]["staff"],
        serde_json::json!(["刘阿姨"])
    );
    assert_eq!(
        ids("overdue_complaints", "id"),
        full(&["complaint", "list", "--overdue"], "id")
    );
    assert_eq!(ids("overdue_complaints", "id"), [s.complaint.as_str()]);
    assert_eq!(
        ids("open_actions", "id"),
        full(&["action", "list", "--open"], "id")
    );
    assert_eq!(
        ids("expiring_certificates", "id"),
        full(&["staff", "list", "--expiring", "30"], "id")
    );
    for key in [
        "followups_due",
        "tomorrows_visits",
        "overdue_complaints",
        "open_actions",
        "expiring_certificates",
        "packages_running_out",
    ] {
        assert_eq!(section(&p, key)["count"], 1, "{key}");
        assert_eq!(section(&p, key)["shown"], 1, "{key}");
    }
    assert_eq!(
        section(&p, "open_actions")["command"],
        "hk action list --open"
    );

    // CSV: one line per section with its count, for cron.
    let csv = s.env.ok(&["today", "--format", "csv"]);
    assert_eq!(
        csv,
        "section,count,shown,command\n\
         followups_due,1,1,hk followup due --today\n\
         tomorrows_visits,1,1,hk visit upcoming --tomorrow\n\
         overdue_complaints,1,1,hk complaint list --overdue\n\
         open_actions,1,1,hk action list --open\n\
         expiring_certificates,1,1,hk staff list --expiring 30\n\
         packages_running_out,1,1,hk report packages\n"
    );

    // Once each is dealt with, its section empties.
    s.env
        .ok(&["complaint", "log", &s.complaint, "--contact", "已致电道歉"]);
    s.env.ok(&["action", "done", &s.action]);
    s.env
        .ok(&["followup", "log", &s.wang, "--channel", "phone"]);
    let p = json(&s.env.ok(&["today", "--format", "json"]));
    for key in ["followups_due", "overdue_complaints", "open_actions"] {
        assert_eq!(section(&p, key)["count"], 0, "{key}");
    }
    assert_eq!(section(&p, "tomorrows_visits")["count"], 1);
    assert!(s.li.starts_with("c-"));
}

#[test]
fn an_empty_store_says_none_in_one_line_per_section() {
    let env = TestEnv::new();
    assert_eq!(
        env.ok(&["today"]),
        "今日 Today 2026-11-22\n\
         \n\
         回访 Follow-ups due: none — hk followup due --today\n\
         \n\
         明日服务 Tomorrow's visits (2026-11-23): none — hk visit upcoming --tomorrow\n\
         \n\
         逾期投诉 Overdue complaints: none — hk complaint list --overdue\n\
         \n\
         待办 Open action items: none — hk action list --open\n\
         \n\
         证书到期 Certificates expiring within 30 days: none — hk staff list --expiring 30\n\
         \n\
         次卡/储值卡将用完 Packages running out: none — hk report packages\n"
    );
    let p = json(&env.ok(&["today", "--format", "json"]));
    assert_eq!(p["sections"].as_array().unwrap().len(), 6);
    for s in p["sections"].as_array().unwrap() {
        assert_eq!(s["count"], 0);
        assert_eq!(s["rows"], serde_json::json!([]));
    }
}

#[test]
fn another_day_shows_that_days_page_and_its_commands() {
    let s = story();
    let p = json(
        &s.env
            .ok(&["today", "--on", "2026-11-30", "--format", "json"]),
    );
    assert_eq!(p["date"], "2026-11-30");
    assert_eq!(
        section(&p, "followups_due")["command"],
        "hk followup due --on 2026-11-30"
    );
    assert_eq!(
        section(&p, "tomorrows_visits")["command"],
        "hk visit upcoming --on 2026-12-01"
    );
    assert_eq!(section(&p, "tomorrows_visits")["count"], 0);
    assert_eq!(
        section(&p, "overdue_complaints")["command"],
        "HK_NOW=2026-11-30 hk complaint list --overdue"
    );
    // The action item fell due on 12-01: overdue from 12-02 on, not yet on 11-30.
    assert_eq!(section(&p, "open_actions")["rows"][0]["overdue"], false);
    let later = json(
        &s.env
            .ok(&["today", "--on", "2026-12-02", "--format", "json"]),
    );
    assert_eq!(section(&later, "open_actions")["rows"][0]["overdue"], true);
    // The page of another day is what HK_NOW=that day shows.
    let same = json(&s.env.at("2026-11-30", &["today", "--format", "json"]));
    let strip = |mut v: serde_json::Value| {
        for s in v["sections"].as_array_mut().unwrap() {
            s["command"] = serde_json::Value::Null;
        }
        v
    };
    assert_eq!(strip(p), strip(same));
    // `--on` today is today's page, with today's commands.
    let today = json(
        &s.env
            .ok(&["today", "--on", "2026-11-22", "--format", "json"]),
    );
    assert_eq!(
        section(&today, "followups_due")["command"],
        "hk followup due --today"
    );
    assert_eq!(NOW, "2026-11-22T09:00:00+08:00");

    let err = s.env.refused(2, &["today", "--on", "2026-11-31"]);
    assert!(err.contains("`--on`"), "{err}");
    let err = s.env.refused(2, &["today", "--on", "2026-11"]);
    assert!(err.contains("`--on`"), "{err}");
}

#[test]
fn a_long_list_shows_its_first_ten_and_how_many_there_are() {
    let env = TestEnv::new();
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
    let page = env.ok(&["today"]);
    assert!(
        page.contains("回访 Follow-ups due: 12, the first 10 — all: hk followup due --today"),
        "{page}"
    );
    let p = json(&env.ok(&["today", "--format", "json"]));
    let due = section(&p, "followups_due");
    assert_eq!(
        (due["count"].as_u64(), due["shown"].as_u64()),
        (Some(12), Some(10))
    );
    // The ten are the first ten of the full list, most overdue first.
    let full = json(&env.ok(&["followup", "due", "--today", "--format", "json"]));
    let first: Vec<&serde_json::Value> = full.as_array().unwrap().iter().take(10).collect();
    let shown: Vec<&serde_json::Value> = due["rows"].as_array().unwrap().iter().collect();
    assert_eq!(shown, first);
}

#[test]
fn the_page_fits_the_terminal_width() {
    let s = story();
    let out = s
        .env
        .cmd()
        .env("COLUMNS", "80")
        .args(["today"])
        .output()
        .unwrap();
    let page = String::from_utf8(out.stdout).unwrap();
    for line in page.lines() {
        let width: usize = line
            .chars()
            .map(|c| {
                if (c as u32) >= 0x2E80 && !('─'..='╿').contains(&c) {
                    2
                } else {
                    1
                }
            })
            .sum();
        assert!(width <= 80, "{width} columns: {line}\n{page}");
    }
    // The headings are whole lines, and the tables are there.
    assert!(page.contains("逾期投诉 Overdue complaints: 1 — hk complaint list --overdue"));
    assert!(
        page.contains("2026-11-21 09:00"),
        "deadline to the minute\n{page}"
    );
}
