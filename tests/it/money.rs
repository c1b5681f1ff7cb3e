//! Money (DESIGN §14): revenue and prepaid packages with their ledger, on scenarios
//! computed by hand (loyalty is in `loyalty.rs`). The clock is 2026-11-22
//! (`common::NOW`).

use crate::common::TestEnv;

pub fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

pub fn id(out: String) -> String {
    out.trim().to_string()
}

/// Two clients, four visits and a stored-value card; see `revenue_by_hand`.
fn revenue_store() -> (TestEnv, String, String) {
    let env = TestEnv::new();
    let wang = env.add_client("王芳", "13812345678", &["--category", "house-cleaning"]);
    let li = env.add_client("李娜", "13912345678", &["--category", "house-cleaning"]);
    let k = id(env.ok(&[
        "package",
        "add",
        &wang,
        "--kind",
        "stored-value",
        "--face",
        "1000",
        "--paid",
        "1000",
        "--date",
        "2026-10-01",
    ]));
    for args in [
        vec![
            &*wang,
            "--date",
            "2026-10-05",
            "--price",
            "600",
            "--payment",
            "wechat",
            "--staff",
            "张丽华",
            "--staff",
            "陈美玲",
        ],
        vec![
            &*wang,
            "--date",
            "2026-10-12",
            "--price",
            "280.50",
            "--staff",
            "张丽华",
            "--package",
            &k,
        ],
        vec![
            &*li,
            "--date",
            "2026-11-03",
            "--price",
            "199.99",
            "--payment",
            "cash",
            "--staff",
            "陈美玲",
        ],
        vec![
            &*li,
            "--date",
            "2026-11-05",
            "--price",
            "300",
            "--status",
            "cancelled",
        ],
        vec![&*li, "--date", "2026-11-30", "--price", "500"],
    ] {
        let mut a = vec!["visit", "add"];
        a.extend(args);
        env.ok(&a);
    }
    (env, wang, k)
}

#[test]
fn revenue_by_hand() {
    let (env, _, k) = revenue_store();
    // Done: 600 + 280.50 + 199.99 = 1080.49 over 3 visits (mean 360.163… → 360.16);
    // the cancelled and the scheduled visit do not count; 280.50 came from the card.
    let total = json(&env.ok(&["report", "revenue", "--format", "json"]));
    assert_eq!(
        total,
        serde_json::json!([{
            "group": "all", "done_visits": 3, "priced_visits": 3, "total": 1080.49,
            "mean": 360.16, "package_visits": 1, "from_packages": 280.5
        }])
    );
    // A visit with two staff counts in full for each: 张丽华 880.50, 陈美玲 799.99,
    // together 1680.49, more than the total row.
    let staff = env.ok(&["report", "revenue", "--by", "staff", "--format", "csv"]);
    assert_eq!(
        staff,
        "staff,done_visits,priced_visits,total,mean,package_visits,from_packages\n\
         张丽华,2,2,880.50,440.25,1,280.50\n\
         陈美玲,2,2,799.99,400.00,0,0.00\n\
         total,3,3,1080.49,360.16,1,280.50\n"
    );
    let month = env.ok(&[
        "report", "revenue", "--by", "month", "--from", "2026-09", "--format", "csv",
    ]);
    assert_eq!(
        month,
        "month,done_visits,priced_visits,total,mean,package_visits,from_packages\n\
         2026-09,0,0,0.00,,0,0.00\n\
         2026-10,2,2,880.50,440.25,1,280.50\n\
         2026-11,1,1,199.99,199.99,0,0.00\n\
         total,3,3,1080.49,360.16,1,280.50\n"
    );
    let pay = env.ok(&["report", "revenue", "--by", "payment", "--format", "csv"]);
    assert!(
        pay.contains("\npackage,1,1,280.50,280.50,1,280.50\n"),
        "{pay}"
    );
    assert!(pay.contains("\nwechat,1,1,600.00,600.00,0,0.00\n"), "{pay}");
    assert!(pay.contains("\ncash,1,1,199.99,199.99,0,0.00\n"), "{pay}");
    let cat = env.ok(&["report", "revenue", "--by", "category", "--to", "2026-10"]);
    assert!(cat.contains("家庭保洁") && cat.contains("880.50"), "{cat}");
    // The card paid 280.50 of its 1000.
    let card = json(&env.ok(&["package", "show", &k, "--format", "json"]));
    assert_eq!(card["yuan_left"], serde_json::json!(719.5));
}

#[test]
fn a_visits_card_runs_out_and_the_next_visit_is_refused_whole() {
    let env = TestEnv::with_git();
    let c = env.add_client("王芳", "13812345678", &["--category", "house-cleaning"]);
    // 买二送一: 3 visits.
    let k = id(env.ok(&[
        "package",
        "add",
        &c,
        "--kind",
        "visits",
        "--face",
        "2",
        "--bonus",
        "1",
        "--paid",
        "560",
        "--date",
        "2026-10-01",
        "--expires",
        "2027-09-30",
    ]));
    for d in ["2026-10-10", "2026-10-20"] {
        env.ok(&["visit", "add", &c, "--date", d, "--package", &k]);
    }
    // A visit done first and paid later, with `visit done --package`.
    let v = id(env.ok(&["visit", "add", &c, "--date", "2026-11-30"]));
    env.refused(1, &["visit", "done", &v, "--package", &k]);
    let v = id(env.ok(&["visit", "add", &c, "--date", "2026-11-01"]));
    let commits = env.commits();
    env.ok(&["visit", "done", &v, "--package", &k]);
    assert_eq!(env.commits(), commits + 1, "one commit for the payment");
    assert!(
        env.git(&["log", "-1", "--format=%s"])
            .contains(&format!("--package {k}"))
    );
    let shown = json(&env.ok(&["package", "show", &k, "--format", "json"]));
    assert_eq!(shown["visits_left"], 0);
    assert_eq!(shown["ledger"].as_array().unwrap().len(), 3);
    // Empty: the fourth visit is refused, and not even the visit is written.
    let err = env.refused(
        1,
        &["visit", "add", &c, "--date", "2026-11-02", "--package", &k],
    );
    assert!(err.contains("holds 0 visits; 1 visits is more"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    // The same visit twice is refused too.
    let err = env.refused(1, &["visit", "done", &v, "--package", &k]);
    assert!(err.contains("already paid"), "{err}");
    // Nothing is owed any more.
    let report = env.ok(&["report", "packages", "--format", "csv"]);
    assert_eq!(
        report,
        "id,client,name,kind,category,expires,status,visits_left,yuan_left\ntotal,,,,,,,0,0.00\n"
    );
}

#[test]
fn stored_value_a_refund_and_a_debit_exactly_equal_to_the_balance() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &["--category", "house-cleaning"]);
    let k = id(env.ok(&[
        "package",
        "add",
        &c,
        "--kind",
        "stored-value",
        "--face",
        "2000",
        "--bonus",
        "200",
        "--paid",
        "2000",
        "--date",
        "2026-10-01",
        "--expires",
        "2026-12-15",
    ]));
    env.ok(&[
        "visit",
        "add",
        &c,
        "--date",
        "2026-10-08",
        "--price",
        "280.50",
        "--package",
        &k,
    ]);
    // 2200 − 280.50 = 1919.50; refund 1000 → 919.50.
    env.ok(&[
        "package",
        "refund",
        &k,
        "--amount",
        "1000",
        "--note",
        "客户退款 微信转账",
    ]);
    let csv = env.ok(&["report", "packages", "--format", "csv"]);
    assert!(
        csv.contains(&format!(
            "{k},{c},王芳,stored-value,,2026-12-15,expiring,,919.50\n"
        )),
        "{csv}"
    );
    assert!(csv.ends_with("total,,,,,,,0,919.50\n"), "{csv}");
    // More than the balance by one fen: refused whole.
    let err = env.refused(1, &["package", "refund", &k, "--amount", "919.51"]);
    assert!(
        err.contains("holds 919.50 yuan; 919.51 yuan is more"),
        "{err}"
    );
    let err = env.refused(
        1,
        &[
            "visit",
            "add",
            &c,
            "--date",
            "2026-11-01",
            "--price",
            "919.51",
            "--package",
            &k,
        ],
    );
    assert!(err.contains("919.51 yuan is more"), "{err}");
    // Exactly the balance: allowed, and then it is empty.
    env.ok(&[
        "visit",
        "add",
        &c,
        "--date",
        "2026-11-01",
        "--price",
        "919.50",
        "--package",
        &k,
    ]);
    let shown = json(&env.ok(&["package", "show", &k, "--format", "json"]));
    assert_eq!(shown["yuan_left"], serde_json::json!(0.0));
    let ledger: Vec<String> = shown["ledger"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap().to_string())
        .collect();
    assert_eq!(ledger.len(), 3);
    assert!(ledger[0].contains("visit -280.50"), "{ledger:?}");
    assert!(ledger[1].contains("refund -1000.00 客户退款"), "{ledger:?}");
    assert!(ledger[2].contains("visit -919.50"), "{ledger:?}");
    let list = env.ok(&["package", "list", "--open", "--format", "csv"]);
    assert_eq!(list.lines().count(), 1, "nothing open: {list}");
}

#[test]
fn bad_package_input_is_refused_and_writes_nothing() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &["--category", "house-cleaning"]);
    let other = env.add_client("李娜", "13912345678", &["--category", "nanny"]);
    let k = id(env.ok(&[
        "package",
        "add",
        &c,
        "--kind",
        "stored-value",
        "--face",
        "500",
        "--paid",
        "500",
        "--date",
        "2026-10-01",
        "--expires",
        "2026-10-31",
    ]));
    let card = id(env.ok(&[
        "package",
        "add",
        &c,
        "--kind",
        "visits",
        "--face",
        "10",
        "--paid",
        "1500",
        "--date",
        "2026-10-01",
    ]));
    for (args, says) in [
        (
            vec!["package", "refund", &*k, "--amount", "-5"],
            "cannot be negative",
        ),
        (
            vec!["package", "refund", &*k, "--amount", "abc"],
            "expected an amount in yuan",
        ),
        (
            vec!["package", "refund", &*card, "--amount", "1.5"],
            "not a number of visits",
        ),
        (
            vec!["package", "refund", &*k, "--amount", "0"],
            "more than zero",
        ),
        (
            vec![
                "package", "add", &*c, "--kind", "visits", "--face", "-10", "--paid", "100",
            ],
            "cannot be negative",
        ),
        (
            vec![
                "package",
                "add",
                &*c,
                "--kind",
                "stored-value",
                "--face",
                "500",
                "--paid",
                "五百",
            ],
            "`--paid`",
        ),
        (
            vec![
                "package", "add", &*c, "--kind", "gift", "--face", "5", "--paid", "5",
            ],
            "`--kind`",
        ),
        (
            vec![
                "package",
                "add",
                &*c,
                "--kind",
                "stored-value",
                "--face",
                "5",
                "--paid",
                "5",
                "--category",
                "nanny",
            ],
            "cannot be set on a stored-value card",
        ),
        (
            vec![
                "package",
                "add",
                &*other,
                "--kind",
                "visits",
                "--face",
                "5",
                "--paid",
                "5",
                "--category",
                "擦玻璃",
            ],
            "not a category",
        ),
        (
            vec![
                "package",
                "add",
                &*c,
                "--kind",
                "visits",
                "--face",
                "5",
                "--paid",
                "5",
                "--date",
                "2026-11-01",
                "--expires",
                "2026-10-01",
            ],
            "before the day it was bought",
        ),
    ] {
        let err = env.refused(2, &args);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    for (args, says) in [
        (
            vec!["package", "refund", "k-zzzz", "--amount", "5"],
            "no package id starts with `k-zzzz`",
        ),
        (
            vec![
                "visit",
                "add",
                &*c,
                "--date",
                "2026-11-01",
                "--price",
                "100",
                "--package",
                "k-zzzz",
            ],
            "`--package`: no package id",
        ),
        // Expired on 10-31.
        (
            vec![
                "visit",
                "add",
                &*c,
                "--date",
                "2026-11-01",
                "--price",
                "100",
                "--package",
                &*k,
            ],
            "expired on 2026-10-31",
        ),
        // Another client's package.
        (
            vec![
                "visit",
                "add",
                &*other,
                "--date",
                "2026-10-10",
                "--price",
                "100",
                "--package",
                &*k,
            ],
            "belongs to client",
        ),
        // No price on a stored-value card.
        (
            vec![
                "visit",
                "add",
                &*c,
                "--date",
                "2026-10-10",
                "--package",
                &*k,
            ],
            "has no price",
        ),
        // A visits card of another service.
        (
            vec![
                "visit",
                "add",
                &*c,
                "--date",
                "2026-10-10",
                "--category",
                "nanny",
                "--package",
                &*card,
            ],
            "visits card for `house-cleaning`",
        ),
        // Not done yet.
        (
            vec![
                "visit",
                "add",
                &*c,
                "--date",
                "2026-12-01",
                "--package",
                &*card,
            ],
            "only a done visit is paid",
        ),
    ] {
        let err = env.refused(1, &args);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    let err = env.refused(
        2,
        &[
            "visit",
            "add",
            &c,
            "--date",
            "2026-10-10",
            "--package",
            &card,
            "--repeat",
            "weekly",
            "--count",
            "2",
        ],
    );
    assert!(
        err.contains("--package") && err.contains("--repeat"),
        "{err}"
    );
}

#[test]
fn a_merge_moves_packages_and_keeps_redeemed_points_and_a_delete_leaves_no_orphan() {
    let env = TestEnv::new();
    let keep = env.add_client("王芳", "13812345678", &["--category", "house-cleaning"]);
    let dup = env.add_client(
        "王芳（旧档）",
        "13912345678",
        &["--category", "house-cleaning"],
    );
    let k = id(env.ok(&[
        "package",
        "add",
        &dup,
        "--kind",
        "visits",
        "--face",
        "5",
        "--paid",
        "900",
        "--date",
        "2026-10-01",
    ]));
    env.ok(&[
        "visit",
        "add",
        &dup,
        "--date",
        "2026-10-10",
        "--price",
        "500",
        "--package",
        &k,
    ]);
    env.ok(&["client", "points", &dup, "--redeem", "30", "--note", "兑换"]);
    env.ok(&["client", "merge", &keep, &dup, "--yes"]);
    let card = json(&env.ok(&["package", "show", &k, "--format", "json"]));
    assert_eq!(card["client"], serde_json::json!(keep));
    assert_eq!(card["visits_left"], 4);
    let p = json(&env.ok(&["client", "points", &keep, "--format", "json"]));
    assert_eq!(
        (p["from_visits"].as_i64(), p["redeemed"].as_i64()),
        (Some(50), Some(30))
    );
    // A package with visits left is money owed: the delete waits for the refund.
    let before = env.snapshot();
    let err = env.refused(2, &["client", "delete", &keep, "--with-records", "--yes"]);
    assert!(
        err.contains(&format!("package {k} still holds 4 visits")),
        "{err}"
    );
    assert!(before == env.snapshot(), "a refusal changed the store");
    env.ok(&["package", "refund", &k, "--amount", "4", "--note", "退卡"]);
    // Deleting a client with its records takes its packages along: none is left
    // pointing at a client that is gone.
    env.ok(&["client", "delete", &keep, "--with-records", "--yes"]);
    let list = env.ok(&["package", "list", "--format", "csv"]);
    assert_eq!(list.lines().count(), 1, "{list}");
}
