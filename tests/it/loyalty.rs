//! Loyalty (DESIGN §14): points from visits, surveys and referrals, redemptions,
//! tiers at their thresholds, the repeat rate and cohorts, on scenarios computed by
//! hand. The clock is 2026-11-22 (`common::NOW`).

use crate::common::TestEnv;
use crate::money::json;

#[test]
fn points_from_visits_surveys_and_referrals_and_a_redemption() {
    let env = TestEnv::with_git();
    let wang = env.add_client("王芳", "13812345678", &["--category", "house-cleaning"]);
    env.add_client("李娜", "13912345678", &["--source", "王芳"]);
    env.add_client(
        "赵敏",
        "13712345678",
        &["--source", &format!("老客户推荐:{wang}")],
    );
    env.add_client("刘洋", "13612345678", &["--source", "美团"]);
    // 280.50 → 28 points; 99.90 → 9; no price → 0; a cancelled visit → 0.
    env.ok(&[
        "visit",
        "add",
        &wang,
        "--date",
        "2026-10-01",
        "--price",
        "280.50",
    ]);
    env.ok(&[
        "visit",
        "add",
        &wang,
        "--date",
        "2026-10-15",
        "--price",
        "99.90",
    ]);
    env.ok(&["visit", "add", &wang, "--date", "2026-11-01"]);
    env.ok(&[
        "visit",
        "add",
        &wang,
        "--date",
        "2026-11-02",
        "--price",
        "500",
        "--status",
        "cancelled",
    ]);
    env.ok(&["survey", "add", &wang, "--overall", "5", "--nps", "10"]);
    let p = json(&env.ok(&["client", "points", &wang, "--format", "json"]));
    assert_eq!(p["from_visits"], 37);
    assert_eq!(p["from_surveys"], 20);
    assert_eq!(p["from_referrals"], 200);
    assert_eq!(p["redeemed"], 0);
    assert_eq!(p["points"], 257);
    assert_eq!(p["spend_12_months"], serde_json::json!(380.4));
    assert_eq!(p["tier"], "普通");
    // More than held: refused, nothing written.
    let err = env.refused(
        1,
        &[
            "client",
            "points",
            &wang,
            "--redeem",
            "258",
            "--note",
            "保洁用品",
        ],
    );
    assert!(err.contains("holds 257 points; 258 is more"), "{err}");
    for (bad, says) in [
        ("-5", "negative"),
        ("abc", "not a number of points"),
        ("0", "more than zero"),
    ] {
        let err = env.refused(
            2,
            &["client", "points", &wang, "--redeem", bad, "--note", "x"],
        );
        assert!(err.contains(says), "{bad}: {err}");
    }
    env.refused(2, &["client", "points", &wang, "--redeem", "10"]);
    let commits = env.commits();
    env.ok(&[
        "client",
        "points",
        &wang,
        "--redeem",
        "57",
        "--note",
        "兑换保洁用品",
    ]);
    assert_eq!(env.commits(), commits + 1);
    assert!(
        env.git(&["log", "-1", "--format=%s"])
            .contains(&format!("client points {wang} --redeem"))
    );
    let p = json(&env.ok(&["client", "points", &wang, "--format", "json"]));
    assert_eq!(
        (p["redeemed"].as_i64(), p["points"].as_i64()),
        (Some(57), Some(200))
    );
    let show = json(&env.ok(&["client", "show", &wang, "--format", "json"]));
    assert_eq!(
        (show["points"].as_i64(), show["tier"].as_str()),
        (Some(200), Some("普通"))
    );
    // The ledger is append-only: an editor cannot rewrite it.
    let out = env
        .cmd()
        .env("EDITOR", "sed -i s/delta\\ =\\ -57/delta\\ =\\ -1/")
        .args(["client", "edit", &wang])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("append-only"));
    let p = json(&env.ok(&["client", "points", &wang, "--format", "json"]));
    assert_eq!(p["points"], 200);
}

#[test]
fn tiers_change_at_their_thresholds_over_the_last_twelve_months() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &["--category", "house-cleaning"]);
    let tier = || json(&env.ok(&["client", "points", &c, "--format", "json"]))["tier"].clone();
    // A year ago to the day does not count; the day after does.
    env.ok(&[
        "visit",
        "add",
        &c,
        "--date",
        "2025-11-22",
        "--price",
        "9000",
    ]);
    env.ok(&[
        "visit",
        "add",
        &c,
        "--date",
        "2025-11-23",
        "--price",
        "2999.99",
    ]);
    assert_eq!(tier(), "普通");
    env.ok(&[
        "visit",
        "add",
        &c,
        "--date",
        "2026-11-22",
        "--price",
        "0.01",
    ]);
    assert_eq!(tier(), "银卡", "3000 exactly");
    env.ok(&[
        "visit",
        "add",
        &c,
        "--date",
        "2026-06-01",
        "--price",
        "6999.99",
    ]);
    assert_eq!(tier(), "银卡", "9999.99");
    env.ok(&[
        "visit",
        "add",
        &c,
        "--date",
        "2026-06-02",
        "--price",
        "0.01",
    ]);
    assert_eq!(tier(), "金卡", "10000 exactly");
}

#[test]
fn repeat_rate_and_cohorts_by_hand() {
    let env = TestEnv::new();
    let add = |name: &str, phone: &str, dates: &[&str]| {
        let c = env.add_client(name, phone, &["--category", "house-cleaning"]);
        for d in dates {
            env.ok(&["visit", "add", &c, "--date", d, "--price", "100"]);
        }
        c
    };
    // 王芳: May, back in August (3 months on) and November (6 months on).
    add(
        "王芳",
        "13812345678",
        &["2026-05-10", "2026-05-20", "2026-08-01", "2026-11-05"],
    );
    // 李娜: May, back in July only.
    add("李娜", "13912345678", &["2026-05-31", "2026-07-15"]);
    // 张伟: a client since April, once in June.
    add("张伟", "13712345678", &["2026-04-01", "2026-06-01"]);
    // 赵敏: first in September; her cancelled visit never counts.
    let z = add("赵敏", "13612345678", &["2026-09-03"]);
    env.ok(&[
        "visit",
        "add",
        &z,
        "--date",
        "2026-09-04",
        "--status",
        "cancelled",
    ]);
    let csv = env.ok(&[
        "report", "loyalty", "--from", "2026-05", "--to", "2026-11", "--format", "csv",
    ]);
    assert_eq!(
        csv,
        "period,active,repeat,repeat_pct,new_clients,retained_3m,retention_3m_pct,retained_6m,retention_6m_pct\n\
         all,4,2,50.00,3,,,,\n\
         2026-05,2,1,50.00,2,1,50.00,1,50.00\n\
         2026-06,1,0,0.00,0,0,,,\n\
         2026-07,1,0,0.00,0,0,,,\n\
         2026-08,1,0,0.00,0,0,,,\n\
         2026-09,1,0,0.00,1,,,,\n\
         2026-10,0,0,,0,,,,\n\
         2026-11,1,0,0.00,0,,,,\n"
    );
    // A table says NA where there is nothing to divide by or the cohort is too young.
    let table = env.ok(&["report", "loyalty", "--from", "2026-10", "--to", "2026-10"]);
    assert!(table.contains("NA"), "{table}");
    let json = json(&env.ok(&[
        "report", "loyalty", "--period", "2026-05", "--format", "json",
    ]));
    assert_eq!(
        json[1]["retained_3m"],
        serde_json::Value::Null,
        "May has not reached August"
    );
    assert_eq!(json[0]["repeat_pct"], serde_json::json!(50.0));
}
