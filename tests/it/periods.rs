//! Dates and periods on the command line, through the real binary: `--from 2026-11`,
//! `--to "last month"`, `--period 2026-Q4`, days like `2026年11月3日` on every flag and
//! in visit imports, and `visit upcoming --today | --within N`.
//!
//! The clock is the harness's (2026-11-22) unless a test sets `HK_NOW`.

use crate::common::TestEnv;

fn csv(env: &TestEnv, args: &[&str]) -> String {
    let mut a = args.to_vec();
    a.extend(["--format", "csv"]);
    env.ok(&a)
}

/// The data rows' first cells.
fn first_cells(csv: &str) -> Vec<String> {
    csv.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap_or_default().to_string())
        .collect()
}

/// 王芳 answers a survey on each of these days (overall 5, 4, 3, 2 …).
fn surveyed(env: &TestEnv, days: &[&str]) -> String {
    let c = env.add_client("王芳", "13812345678", &["--category", "家庭保洁"]);
    for (i, d) in days.iter().enumerate() {
        let score = (5 - i % 5).to_string();
        env.ok(&["survey", "add", &c, "--date", d, "--overall", &score]);
    }
    c
}

/// The `responses` cell of a one-row satisfaction report.
fn responses(env: &TestEnv, args: &[&str]) -> String {
    let mut a = vec!["report", "satisfaction"];
    a.extend_from_slice(args);
    let out = csv(env, &a);
    let row = out.lines().nth(1).unwrap_or_default().to_string();
    row.split(',').nth(1).unwrap_or_default().to_string()
}

#[test]
fn months_quarters_and_named_periods_in_reports() {
    let env = TestEnv::new();
    surveyed(
        &env,
        &[
            "2026-09-30",
            "2026-10-01",
            "2026/10/31",
            "2026年11月1日",
            "2026-11-22",
        ],
    );
    // A month as `--from` is its first day, as `--to` its last.
    assert_eq!(
        responses(&env, &["--from", "2026-10", "--to", "2026-10"]),
        "2"
    );
    assert_eq!(responses(&env, &["--from", "2026-11"]), "2");
    assert_eq!(responses(&env, &["--to", "2026年9月"]), "1");
    assert_eq!(
        responses(&env, &["--from", "last month", "--to", "last month"]),
        "2"
    );
    assert_eq!(responses(&env, &["--period", "last-month"]), "2");
    assert_eq!(responses(&env, &["-p", "this-month"]), "2");
    assert_eq!(responses(&env, &["--period", "2026-11"]), "2");
    assert_eq!(responses(&env, &["--period", "2026-Q4"]), "4");
    assert_eq!(responses(&env, &["--period", "last-quarter"]), "1");
    assert_eq!(responses(&env, &["--period", "this-year"]), "5");
    assert_eq!(responses(&env, &["--period", "last-year"]), "0");
    // The same figures as the nested `date` calls of the old cron line.
    assert_eq!(
        csv(&env, &["report", "satisfaction", "--period", "last-month"]),
        csv(
            &env,
            &[
                "report",
                "satisfaction",
                "--from",
                "2026-10-01",
                "--to",
                "2026-10-31"
            ]
        )
    );
    // `--by quarter` over a quarter: one row.
    let q = csv(
        &env,
        &[
            "report",
            "satisfaction",
            "--period",
            "2026-Q4",
            "--by",
            "quarter",
        ],
    );
    assert_eq!(first_cells(&q), ["2026-Q4"], "{q}");
}

#[test]
fn last_month_in_january_is_december_of_the_year_before() {
    let env = TestEnv::new();
    let in_january = |args: &[&str]| {
        let out = env
            .cmd()
            .env("HK_NOW", "2027-01-15")
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let c = env.add_client("王芳", "13812345678", &["--category", "家庭保洁"]);
    for d in ["2026-11-30", "2026-12-01", "2026-12-31", "2027-01-02"] {
        in_january(&["survey", "add", &c, "--date", d, "--overall", "4"]);
    }
    let responses = |period: &str| {
        let out = in_january(&[
            "report",
            "satisfaction",
            "--format",
            "csv",
            "--period",
            period,
        ]);
        out.lines()
            .nth(1)
            .unwrap()
            .split(',')
            .nth(1)
            .unwrap()
            .to_string()
    };
    assert_eq!(responses("last-month"), "2");
    assert_eq!(responses("last-quarter"), "3");
    assert_eq!(responses("this-quarter"), "1");
    assert_eq!(responses("last-year"), "3");
}

#[test]
fn report_followups_by_month_over_a_quarter() {
    let env = TestEnv::new();
    let out = csv(&env, &["report", "followups", "--period", "2026-Q3"]);
    assert_eq!(
        first_cells(&out),
        ["2026-07", "2026-08", "2026-09"],
        "{out}"
    );
    let out = csv(&env, &["report", "followups", "--from", "2026-10"]);
    assert_eq!(first_cells(&out), ["2026-10", "2026-11"], "{out}");
}

#[test]
fn listings_take_periods_too() {
    let env = TestEnv::new();
    let c = env.add_client("李娜", "13900001111", &["--category", "家庭保洁"]);
    let oct = env.ok(&["visit", "add", &c, "--date", "2026年10月31日"]);
    let nov = env.ok(&["visit", "add", &c, "--date", "2026/11/3"]);
    let dec = env.ok(&["visit", "add", &c, "--date", "2026.12.1"]);
    let (oct, nov, dec) = (oct.trim(), nov.trim(), dec.trim());
    assert_eq!(
        first_cells(&csv(&env, &["visit", "list", "--period", "this-month"])),
        [nov]
    );
    assert_eq!(
        first_cells(&csv(&env, &["visit", "list", "--from", "2026-11"])),
        [nov, dec]
    );
    assert_eq!(
        first_cells(&csv(&env, &["visit", "list", "--to", "last-month"])),
        [oct]
    );
    assert_eq!(
        first_cells(&csv(&env, &["visit", "list", "--period", "2026-Q4"])),
        [oct, nov, dec]
    );
    let f = env.ok(&[
        "followup",
        "log",
        &c,
        "--channel",
        "phone",
        "--date",
        "2026年11月3日",
    ]);
    assert_eq!(
        first_cells(&csv(&env, &["followup", "list", "-p", "this-month"])),
        [f.trim()]
    );
    assert!(first_cells(&csv(&env, &["followup", "list", "-p", "last-month"])).is_empty());
    let s = env.ok(&["survey", "add", &c, "--date", "yesterday", "--nps", "9"]);
    assert_eq!(
        first_cells(&csv(&env, &["survey", "list", "--from", "2026-11"])),
        [s.trim()]
    );
}

#[test]
fn bad_periods_name_the_flag_and_write_nothing() {
    let env = TestEnv::new();
    let c = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let before = env.snapshot();
    let err = env.fails(
        2,
        &[
            "visit",
            "list",
            "--period",
            "last-month",
            "--from",
            "2026-11",
        ],
    );
    assert!(err.contains("--period") && err.contains("--from"), "{err}");
    let err = env.fails(2, &["report", "satisfaction", "--from", "next week"]);
    assert!(err.contains("`--from`") && err.contains("2026-Q4"), "{err}");
    let err = env.fails(2, &["report", "followups", "--period", "2026-Q5"]);
    assert!(err.contains("`--period`") && err.contains("Q1"), "{err}");
    let err = env.fails(
        2,
        &["survey", "list", "--from", "2026-12", "--to", "2026-11"],
    );
    assert!(
        err.contains("2026-12-01") && err.contains("2026-11-30"),
        "{err}"
    );
    // A flag that takes one day says so when given a month.
    let err = env.fails(2, &["followup", "due", "--on", "2026-11"]);
    assert!(err.contains("`--on`") && err.contains("not a day"), "{err}");
    let err = env.fails(2, &["visit", "add", &c, "--date", "2026-11"]);
    assert!(
        err.contains("`--date`") && err.contains("not a day"),
        "{err}"
    );
    let err = env.fails(2, &["visit", "add", &c, "--date", "2026年2月30日"]);
    assert!(err.contains("2026-02-30 is not a calendar date"), "{err}");
    assert!(
        before == env.snapshot(),
        "a refused command changed the store"
    );
}

#[test]
fn upcoming_today_and_within_n_days() {
    let env = TestEnv::new();
    let wang = env.add_client("王芳", "13812345678", &["--category", "家庭保洁"]);
    let li = env.add_client("李娜", "13900001111", &["--category", "家庭保洁"]);
    let book = |c: &str, d: &str, t: &str| {
        let v = env.ok(&[
            "visit",
            "add",
            c,
            "--date",
            d,
            "--time",
            t,
            "--status",
            "scheduled",
        ]);
        v.trim().to_string()
    };
    let today = book(&wang, "today", "15:00");
    let tomorrow = book(&li, "tomorrow", "09:00");
    let in3 = book(&wang, "2026-11-25", "08:00");
    let in4 = book(&li, "2026-11-26", "08:00");
    let ids = |args: &[&str]| -> Vec<String> {
        let out = csv(&env, args);
        out.lines()
            .skip(1)
            .filter_map(|l| l.split(',').find(|c| c.starts_with("v-")).map(String::from))
            .collect()
    };
    assert_eq!(ids(&["visit", "upcoming", "--today"]), [today.as_str()]);
    assert_eq!(
        ids(&["visit", "upcoming", "--tomorrow"]),
        [tomorrow.as_str()]
    );
    assert_eq!(
        ids(&["visit", "upcoming", "--within", "3"]),
        [today.clone(), tomorrow.clone(), in3.clone()]
    );
    assert_eq!(ids(&["visit", "upcoming", "--within", "0"]), [today]);
    // Several days get a date column, first.
    let out = csv(&env, &["visit", "upcoming", "--within", "4"]);
    assert!(out.starts_with("date,time,visit,"), "{out}");
    assert!(out.contains(&format!("2026-11-26,08:00,{in4},")), "{out}");
    let err = env.fails(2, &["visit", "upcoming", "--today", "--within", "2"]);
    assert!(err.contains("--today") && err.contains("--within"), "{err}");
}

#[test]
fn visit_import_reads_the_dates_survey_import_reads() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &["--category", "家庭保洁"]);
    let file = env.write(
        "visits.csv",
        "手机,日期,服务类型,金额\n\
         13812345678,2026年11月3日,家庭保洁,280\n\
         13812345678,2026/11/5 14:30:00,家庭保洁,280\n\
         13812345678,11/7/2026,家庭保洁,280\n"
            .as_bytes(),
    );
    env.ok(&["visit", "import", file.to_str().unwrap()]);
    let out = csv(&env, &["visit", "list", "--client", &c]);
    let dates: Vec<&str> = out
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(1))
        .collect();
    assert_eq!(dates, ["2026-11-03", "2026-11-05", "2026-11-07"], "{out}");
}
