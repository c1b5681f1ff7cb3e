//! Repeating visits (DESIGN §10 "Series"), through the binary: a clerk books a weekly
//! cleaning for 王秀英 with 刘阿姨, hits a conflict, and cancels the rest of a series.

use crate::common::TestEnv;

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap()
}

fn setup(env: &TestEnv) -> (String, String, String) {
    let liu = env
        .ok(&[
            "staff",
            "add",
            "--name",
            "刘阿姨",
            "--phone",
            "13912345678",
            "--category",
            "家庭保洁",
            "--cert",
            "健康证:HZ1:2026-01-01:2027-12-31",
        ])
        .trim()
        .to_string();
    let wang = env.add_client(
        "王秀英",
        "13812345678",
        &[
            "--category",
            "家庭保洁",
            "--address",
            "上海市浦东新区张江路88号",
            "--frequency",
            "每周一次",
        ],
    );
    let li = env.add_client("李娜", "13900001111", &["--category", "家庭保洁"]);
    (liu, wang, li)
}

#[test]
fn a_clerk_books_a_series_and_hits_a_conflict() {
    let env = TestEnv::with_git();
    let (liu, wang, li) = setup(&env);
    let a = env
        .ok(&[
            "visit",
            "add",
            &li,
            "--date",
            "2026-12-15",
            "--time",
            "10:00",
            "--staff",
            "刘阿姨",
        ])
        .trim()
        .to_string();
    let b = env
        .ok(&[
            "visit",
            "add",
            &li,
            "--date",
            "2026-12-22",
            "--time",
            "08:00",
            "--staff",
            "刘阿姨",
        ])
        .trim()
        .to_string();

    let weekly = [
        "visit",
        "add",
        &wang,
        "--date",
        "2026-12-01",
        "--time",
        "09:00",
        "--staff",
        "刘阿姨",
        "--repeat",
        "weekly",
        "--count",
        "5",
    ];
    let err = env.refused(1, &weekly);
    assert!(
        err.contains(&format!(
            "2026-12-15: {liu} is already booked on visit {a} (2026-12-15)"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "2026-12-22: {liu} is already booked on visit {b} (2026-12-22)"
        )),
        "{err}"
    );
    assert!(err.contains("2 problem(s); nothing was written"), "{err}");
    assert!(!err.contains("李娜"), "{err}");

    // At 13:00 the series fits (a 3-hour cleaning at 10:00 ends at 13:00).
    let ids = env.ok(&[
        "visit",
        "add",
        &wang,
        "--date",
        "2026-12-01",
        "--time",
        "13:00",
        "--staff",
        "刘阿姨",
        "--repeat",
        "weekly",
        "--count",
        "5",
    ]);
    let ids: Vec<&str> = ids.lines().collect();
    assert_eq!(ids.len(), 5);
    let subject = env.git(&["log", "-1", "--format=%s"]);
    assert_eq!(
        subject.trim(),
        format!("visit add --repeat ({wang}) (5 visits)")
    );
    let list = json(&env.ok(&["visit", "list", "--client", &wang, "--format", "json"]));
    let dates: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        dates,
        [
            "2026-12-01",
            "2026-12-08",
            "2026-12-15",
            "2026-12-22",
            "2026-12-29"
        ]
    );
    for id in &ids {
        let v = json(&env.ok(&["visit", "show", id, "--format", "json"]));
        assert_eq!(v["series"], ids[0]);
    }

    // The rest of the series from 12-15 is cancelled in one commit.
    let cancelled = env.ok(&[
        "visit",
        "cancel",
        "--series",
        ids[0],
        "--from",
        "2026-12-15",
    ]);
    assert_eq!(cancelled.lines().count(), 3);
    let list = json(&env.ok(&["visit", "list", "--client", &wang, "--format", "json"]));
    let statuses: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "scheduled",
            "scheduled",
            "cancelled",
            "cancelled",
            "cancelled"
        ]
    );
    assert!(
        env.git(&["log", "-1", "--format=%s"])
            .starts_with(&format!("visit cancel --series {}", ids[0]))
    );
    // A single visit still cancels by its id.
    env.ok(&["visit", "cancel", ids[0]]);
}

#[test]
fn monthly_keeps_the_day_clamped_and_until_is_inclusive() {
    let env = TestEnv::new();
    let (_, wang, _) = setup(&env);
    let ids = env.ok(&[
        "visit",
        "add",
        &wang,
        "--date",
        "2027-01-31",
        "--repeat",
        "monthly",
        "--until",
        "2027-03-31",
    ]);
    assert_eq!(ids.lines().count(), 3);
    let list = json(&env.ok(&["visit", "list", "--client", &wang, "--format", "json"]));
    let dates: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2027-01-31", "2027-02-28", "2027-03-31"]);
}

#[test]
fn a_series_with_no_end_or_count_0_writes_nothing() {
    let env = TestEnv::with_git();
    let (_, wang, _) = setup(&env);
    // (exit code, what follows `visit add WANG --date 2026-12-01`, what the error names)
    let cases: [(i32, &[&str], &str); 7] = [
        (2, &["--repeat", "weekly"], "`--count N` or `--until D`"),
        (2, &["--repeat", "weekly", "--count", "0"], "`--count`"),
        (2, &["--repeat", "daily", "--count", "3"], "`--repeat`"),
        (
            2,
            &["--repeat", "weekly", "--until", "2026-11-01"],
            "`--until`",
        ),
        (2, &["--count", "3"], "--repeat"),
        (1, &["--staff", "王阿姨"], "no staff member"),
        (
            1,
            // Her 健康证 ends on 2027-12-31: the series runs past it.
            &[
                "--staff",
                "刘阿姨",
                "--repeat",
                "monthly",
                "--until",
                "2028-02-01",
            ],
            "2028-01-01: w-",
        ),
    ];
    for (code, extra, names) in cases {
        let mut args = vec!["visit", "add", &wang, "--date", "2026-12-01"];
        args.extend_from_slice(extra);
        let err = env.refused(code, &args);
        assert!(err.contains(names), "{extra:?}: {err}");
    }
    let err = env.refused(1, &["visit", "cancel", "--series", "v-00000000"]);
    assert!(err.contains("no visit belongs to series"), "{err}");
}
