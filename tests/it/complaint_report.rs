//! `hk report complaints` on a small scenario whose figures are worked out by hand.

use crate::common::TestEnv;
use serde_json::{Value, json};

const LATE: &str = "2026-12-01T08:00:00+08:00";
const NOW: &str = "2026-11-30T12:00:00+08:00";

fn visit(env: &TestEnv, client: &str, date: &str, category: &str, staff: &str) -> String {
    env.at(
        LATE,
        &[
            "visit",
            "add",
            client,
            "--date",
            date,
            "--category",
            category,
            "--staff",
            staff,
        ],
    )
}

/// Four complaints (hours after opening in brackets; deadlines high 4 h / 48 h,
/// normal 24 h / 72 h):
/// - A damage (high), 王: opened 11-02 10:00, visit of 11-01 (house-cleaning, 张阿姨),
///   contact 12:00 (2 h, on time), resolved 11-03 10:00 (24 h, on time), refund 300;
///   王 has a done visit on 11-10: retained.
/// - B late (normal), 李: opened 11-05 09:00, visit of 11-04 (house-cleaning, 李阿姨),
///   contact 11-06 15:00 (30 h, late), resolved 11-09 09:00 (96 h, late), coupon 50;
///   no later visit: not retained.
/// - C quality (normal), 李: opened 11-20 10:00, no visit, nothing since: first
///   response and resolution late, open and overdue at 11-30 12:00.
/// - D attitude (high), 赵: opened 10-28 10:00, visit of 10-27 (nanny, 张阿姨),
///   contact 11:00 (on time), resolved 10-29 10:00, reopened 10-30 09:00, resolved
///   again 10-30 12:00 (50 h, late), redo; 赵 has a done visit on 11-05: retained.
fn scenario(env: &TestEnv) {
    let wang = env.add_client("王秀英", "13812345678", &[]);
    let li = env.add_client("李建国", "13900001111", &[]);
    let zhao = env.add_client("赵丽", "13700002222", &[]);
    let va = visit(env, &wang, "2026-11-01", "house-cleaning", "张阿姨");
    visit(env, &wang, "2026-11-10", "house-cleaning", "张阿姨");
    let vb = visit(env, &li, "2026-11-04", "house-cleaning", "李阿姨");
    let vd = visit(env, &zhao, "2026-10-27", "nanny", "张阿姨");
    visit(env, &zhao, "2026-11-05", "nanny", "张阿姨");

    let a = env.at(
        "2026-11-02T10:00:00+08:00",
        &[
            "complaint",
            "add",
            &wang,
            "--type",
            "damage",
            "--visit",
            &va,
        ],
    );
    env.at(
        "2026-11-02T12:00:00+08:00",
        &["complaint", "log", &a, "--contact", "致电"],
    );
    env.at(
        "2026-11-03T10:00:00+08:00",
        &[
            "complaint",
            "resolve",
            &a,
            "--resolution",
            "赔偿",
            "--compensation",
            "refund:300",
        ],
    );

    let b = env.at(
        "2026-11-05T09:00:00+08:00",
        &["complaint", "add", &li, "--type", "late", "--visit", &vb],
    );
    env.at(
        "2026-11-06T15:00:00+08:00",
        &["complaint", "log", &b, "--contact", "致电"],
    );
    env.at(
        "2026-11-09T09:00:00+08:00",
        &[
            "complaint",
            "resolve",
            &b,
            "--resolution",
            "道歉",
            "--compensation",
            "coupon:50",
        ],
    );

    env.at(
        "2026-11-20T10:00:00+08:00",
        &["complaint", "add", &li, "--type", "quality"],
    );

    let d = env.at(
        "2026-10-28T10:00:00+08:00",
        &[
            "complaint",
            "add",
            &zhao,
            "--type",
            "attitude",
            "--visit",
            &vd,
        ],
    );
    env.at(
        "2026-10-28T11:00:00+08:00",
        &["complaint", "log", &d, "--contact", "致电"],
    );
    env.at(
        "2026-10-29T10:00:00+08:00",
        &["complaint", "resolve", &d, "--resolution", "道歉"],
    );
    env.at("2026-10-30T09:00:00+08:00", &["complaint", "reopen", &d]);
    env.at(
        "2026-10-30T12:00:00+08:00",
        &[
            "complaint",
            "resolve",
            &d,
            "--resolution",
            "换阿姨",
            "--compensation",
            "redo",
        ],
    );
}

fn report(env: &TestEnv, args: &[&str]) -> Value {
    let mut all = vec!["--format", "json", "report", "complaints"];
    all.extend_from_slice(args);
    serde_json::from_str(&env.at(NOW, &all)).unwrap()
}

/// The figures of one row, in the column order, keys dropped.
fn figures(row: &Value) -> Value {
    json!([
        row["opened"],
        row["still_open"],
        row["overdue_now"],
        row["first_response_on_time_pct"],
        row["resolved_on_time_pct"],
        row["median_hours_to_resolve"],
        row["reopened"],
        row["compensation"],
        row["retained_pct"]
    ])
}

#[test]
fn every_figure_worked_out_by_hand() {
    let env = TestEnv::new();
    scenario(&env);
    let total = report(&env, &[]);
    assert_eq!(total[0]["group"], "all");
    // First on time: A, D of A B C D (50); resolved on time: A of four (25);
    // median of 24, 50, 96 (50); retained: A, D of A B D (66.67).
    assert_eq!(
        figures(&total[0]),
        json!([4, 1, 1, 50.0, 25.0, 50.0, 1, 350.0, 66.67])
    );

    let by_month = report(&env, &["--by", "month"]);
    assert_eq!(by_month[0]["month"], "2026-10");
    assert_eq!(
        figures(&by_month[0]),
        json!([1, 0, 0, 100.0, 0.0, 50.0, 1, 0.0, 100.0])
    );
    assert_eq!(by_month[1]["month"], "2026-11");
    assert_eq!(
        figures(&by_month[1]),
        json!([3, 1, 1, 33.33, 33.33, 60.0, 0, 350.0, 50.0])
    );

    let by_staff = report(&env, &["--by", "staff"]);
    let staff: Vec<&str> = by_staff
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["staff"].as_str().unwrap())
        .collect();
    assert_eq!(staff, ["(none)", "张阿姨", "李阿姨"]);
    // (none): C alone; nothing resolved, so the medians and retention are empty.
    assert_eq!(
        figures(&by_staff[0]),
        json!([1, 1, 1, 0.0, 0.0, null, 0, 0.0, null])
    );
    // 张阿姨: A and D; median of 24 and 50.
    assert_eq!(
        figures(&by_staff[1]),
        json!([2, 0, 0, 100.0, 50.0, 37.0, 1, 300.0, 100.0])
    );
    assert_eq!(
        figures(&by_staff[2]),
        json!([1, 0, 0, 0.0, 0.0, 96.0, 0, 50.0, 0.0])
    );

    let by_type = report(&env, &["--by", "type"]);
    let types: Vec<&str> = by_type
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["type"].as_str().unwrap())
        .collect();
    assert_eq!(
        types,
        ["attitude", "damage", "late", "quality"],
        "keys in JSON"
    );
    let by_category = report(&env, &["--by", "category"]);
    let cats: Vec<(&str, i64)> = by_category
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["category"].as_str().unwrap(),
                r["opened"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(cats, [("(none)", 1), ("house-cleaning", 2), ("nanny", 1)]);

    // A period counts the complaints opened in it.
    let nov = report(&env, &["--from", "2026-11-01", "--to", "2026-11-30"]);
    assert_eq!(nov[0]["opened"], 3);

    // Tables show labels and NA; CSV carries keys and leaves NA empty.
    let table = env.at(NOW, &["report", "complaints", "--by", "type"]);
    assert!(
        table.contains("物品损坏") && table.contains("NA"),
        "{table}"
    );
    let csv = env.at(
        NOW,
        &["--format", "csv", "report", "complaints", "--by", "staff"],
    );
    assert!(
        csv.starts_with("staff,opened,still_open,overdue_now,first_response_on_time_pct"),
        "{csv}"
    );
    assert!(csv.contains("(none),1,1,1,0.00,0.00,,0,0.00,"), "{csv}");
}

#[test]
fn an_empty_store_reports_one_row_of_nothing() {
    let env = TestEnv::new();
    let total = report(&env, &[]);
    assert_eq!(
        figures(&total[0]),
        json!([0, 0, 0, null, null, null, 0, 0.0, null])
    );
}
