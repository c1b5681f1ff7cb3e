//! What the output layer promises every command (issue 9): machine-readable figures,
//! money and category keys in CSV/JSON with labels in tables; tables that fit a
//! narrow terminal without breaking ids, phones, dates or money; same-day records in
//! the order they were logged; times in the store's time zone.

use crate::common::TestEnv;
use serde_json::{Value, json};

fn json_of(env: &TestEnv, args: &[&str]) -> Value {
    let mut full = args.to_vec();
    full.extend(["--format", "json"]);
    serde_json::from_str(&env.ok(&full)).unwrap()
}

/// 王芳 (家庭保洁) with one done visit at ¥280.50 and three surveys: overall 4, 4, 3
/// (mean 3.67), attitude 5 once, cleanliness never answered.
fn one_client_with_surveys() -> (TestEnv, String) {
    let env = TestEnv::new();
    let wang = env.add_client(
        "王芳",
        "13812345678",
        &[
            "--category",
            "家庭保洁",
            "--address",
            "上海市浦东新区张江路88号",
        ],
    );
    env.ok(&[
        "visit",
        "add",
        &wang,
        "--date",
        "2026-11-02",
        "--staff",
        "张阿姨",
        "--price",
        "280.5",
    ]);
    for (day, overall, extra) in [
        ("2026-11-03", "4", &["--attitude", "5", "--nps", "9"][..]),
        ("2026-11-04", "4", &[][..]),
        ("2026-11-05", "3", &["--nps", "6"][..]),
    ] {
        let mut args = vec![
            "survey",
            "add",
            &wang,
            "--date",
            day,
            "--overall",
            overall,
            "--comment",
            "",
        ];
        args.extend_from_slice(extra);
        env.ok(&args);
    }
    (env, wang)
}

#[test]
fn json_figures_are_numbers_and_empty_figures_null() {
    let (env, _) = one_client_with_surveys();
    let v = json_of(&env, &["report", "satisfaction"]);
    let row = &v[0];
    assert_eq!(row["responses"], json!(3));
    assert_eq!(row["overall"], json!(3.67), "{v}");
    assert_eq!(row["attitude"], json!(5.0), "{v}");
    assert_eq!(row["cleanliness"], Value::Null, "{v}");
    assert_eq!(row["csat_pct"], json!(66.67), "{v}");
    assert_eq!(row["nps"], json!(0.0), "{v}");
    // CSV keeps the two decimals, and an empty figure is empty.
    let csv = env.ok(&["report", "satisfaction", "--format", "csv"]);
    assert!(
        csv.contains("\nall,3,3.67,5.00,,,,66.67,0.00,1,0,1\n"),
        "{csv}"
    );

    let f = json_of(&env, &["report", "followups", "--by", "category"]);
    assert_eq!(f[0]["category"], "house-cleaning", "{f}");
    assert_eq!(f[0]["reached_pct"], Value::Null, "no follow-up made: {f}");
}

#[test]
fn json_money_is_a_number_of_yuan_and_csv_keeps_two_decimals() {
    let (env, _) = one_client_with_surveys();
    let v = json_of(&env, &["visit", "list"]);
    assert_eq!(v[0]["price"], json!(280.5), "{v}");
    assert!(v[0]["price"].is_number());
    let csv = env.ok(&["visit", "list", "--format", "csv"]);
    assert!(csv.contains(",done,280.50\n"), "{csv}");
    let id = v[0]["id"].as_str().unwrap();
    let shown = json_of(&env, &["visit", "show", id]);
    assert_eq!(shown["price"], json!(280.5), "{shown}");
}

#[test]
fn csv_and_json_carry_category_keys_and_tables_show_labels() {
    let (env, wang) = one_client_with_surveys();
    env.add_client(
        "李娜",
        "13900001111",
        &["--category", "保姆照顾", "--category", "月嫂服务"],
    );
    // Every listing and report that names a category.
    let list = json_of(&env, &["client", "list"]);
    let li = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "李娜");
    assert_eq!(
        li.unwrap()["categories"],
        json!(["nanny", "maternity-nurse"])
    );
    let show = json_of(&env, &["client", "show", &wang]);
    assert_eq!(show["categories"], json!(["house-cleaning"]));
    assert_eq!(show["next_followup"], "2026-11-09 (first, house-cleaning)");
    assert_eq!(
        json_of(&env, &["visit", "list"])[0]["category"],
        "house-cleaning"
    );
    assert_eq!(
        json_of(&env, &["followup", "due", "--on", "2026-11-30"])[0]["category"],
        "house-cleaning"
    );
    let by_cat = json_of(&env, &["report", "satisfaction", "--by", "category"]);
    assert_eq!(by_cat[0]["category"], "house-cleaning", "{by_cat}");
    let csv = env.ok(&[
        "report",
        "satisfaction",
        "--by",
        "category",
        "--format",
        "csv",
    ]);
    assert!(csv.contains("\nhouse-cleaning,3,"), "{csv}");
    let csv = env.ok(&["client", "list", "--format", "csv"]);
    assert!(csv.contains(",nanny; maternity-nurse,"), "{csv}");

    // Tables are for people: labels.
    let table = env.ok(&["report", "satisfaction", "--by", "category"]);
    assert!(table.contains("家庭保洁"), "{table}");
    assert!(!table.contains("house-cleaning"), "{table}");
    let table = env.ok(&["client", "list"]);
    assert!(table.contains("保姆照顾; 月嫂服务"), "{table}");
    let table = env.ok(&["followup", "due", "--on", "2026-11-30"]);
    assert!(table.contains("家庭保洁"), "{table}");
}

/// The display width of a line (a Chinese character takes two columns).
fn columns(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}

/// 王芳 with a long address, a done visit on 11-18 (due 11-25) and one tomorrow at
/// 09:00; 李娜 with a done visit on 11-20 (due 11-27).
fn call_list_store() -> TestEnv {
    let env = TestEnv::new();
    let wang = env.add_client(
        "王芳",
        "13704445555",
        &[
            "--category",
            "家庭保洁",
            "--address",
            "上海市浦东新区张江高科技园区碧波路690号3号楼1201室",
        ],
    );
    env.ok(&[
        "visit",
        "add",
        &wang,
        "--date",
        "2026-11-23",
        "--time",
        "09:00",
        "--staff",
        "张阿姨",
    ]);
    env.ok(&["visit", "add", &wang, "--date", "2026-11-18"]);
    let li = env.add_client("李娜", "13900001111", &["--category", "家庭保洁"]);
    env.ok(&["visit", "add", &li, "--date", "2026-11-20"]);
    env
}

/// `hk ARGS` as a table for a terminal `width` columns wide (`COLUMNS`); every line
/// must fit.
fn table_fitting(env: &TestEnv, width: usize, args: &[&str]) -> String {
    let out = env
        .cmd()
        .env("COLUMNS", width.to_string())
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    for line in table.lines() {
        let w = columns(line);
        assert!(w <= width, "{w} columns: {line}\n{table}");
    }
    table
}

#[test]
fn narrow_tables_shorten_addresses_and_never_break_phones_or_dates() {
    let env = call_list_store();
    let table = table_fitting(&env, 100, &["visit", "upcoming", "--tomorrow"]);
    assert!(table.contains("13704445555"), "{table}");
    assert!(table.contains("09:00"), "{table}");
    assert!(table.contains("上海市浦东新区"), "{table}");
    assert!(table.contains('…'), "{table}");
    assert!(
        !table.contains("1201室"),
        "the address is shortened: {table}"
    );

    // The due list on an 80-column terminal: ids, phones and dates whole.
    let table = table_fitting(&env, 80, &["followup", "due", "--on", "2026-12-02"]);
    assert!(table.contains("13704445555"), "{table}");
    assert!(table.contains("13900001111"), "{table}");
    assert!(table.contains("2026-11-25"), "{table}");
    assert!(table.contains("2026-11-27"), "{table}");
}

#[test]
fn wide_shows_free_text_whole_and_pipes_are_never_shortened() {
    let env = call_list_store();
    let address = "上海市浦东新区张江高科技园区碧波路690号3号楼1201室";
    let out = env
        .cmd()
        .env("COLUMNS", "80")
        .args(["--wide", "visit", "upcoming", "--tomorrow"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains(address), "{table}");
    assert!(!table.contains('…'), "{table}");
    // Without COLUMNS and without a terminal, nothing is shortened.
    let table = env.ok(&["visit", "upcoming", "--tomorrow"]);
    assert!(table.contains(address), "{table}");
    // CSV and JSON are never shortened.
    let out = env
        .cmd()
        .env("COLUMNS", "40")
        .args(["visit", "upcoming", "--tomorrow", "--format", "csv"])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains(address));
}

#[test]
fn a_columns_value_that_is_not_a_width_is_named_and_ignored() {
    let env = call_list_store();
    let out = env
        .cmd()
        .env("COLUMNS", "wide")
        .args(["visit", "upcoming", "--tomorrow"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("`COLUMNS=wide`"), "{stderr}");
    assert!(String::from_utf8(out.stdout).unwrap().contains("1201室"));
}

/// Runs `hk` at a given moment (`HK_NOW`) and expects success; returns stdout.
fn ok_at(env: &TestEnv, now: &str, args: &[&str]) -> String {
    let out = env.cmd().env("HK_NOW", now).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "hk {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The order in which `needles` first appear in `text`.
fn order_of(text: &str, needles: &[String]) -> Vec<String> {
    let mut found: Vec<(usize, String)> = needles
        .iter()
        .map(|n| (text.find(n.as_str()).unwrap_or(usize::MAX), n.clone()))
        .collect();
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}

#[test]
fn records_of_one_day_are_listed_in_the_order_they_were_logged() {
    let env = TestEnv::new();
    let wang = env.add_client("王芳", "13812345678", &["--category", "家庭保洁"]);
    env.ok(&["visit", "add", &wang, "--date", "2026-11-18"]);
    // Six calls about the same day, logged one after the other: random ids would
    // put them in the right order once in 720 runs.
    let notes: Vec<String> = (1..=6).map(|i| format!("第{i}次回访")).collect();
    let comments: Vec<String> = (1..=6).map(|i| format!("第{i}份问卷")).collect();
    for (i, (note, comment)) in notes.iter().zip(&comments).enumerate() {
        let now = format!("2026-11-22T09:0{i}:00+08:00");
        ok_at(
            &env,
            &now,
            &[
                "followup",
                "log",
                &wang,
                "--date",
                "2026-11-20",
                "--channel",
                "phone",
                "--outcome",
                "no-answer",
                "--note",
                note,
            ],
        );
        ok_at(
            &env,
            &now,
            &[
                "survey",
                "add",
                &wang,
                "--date",
                "2026-11-21",
                "--overall",
                "5",
                "--comment",
                comment,
            ],
        );
    }
    let list = env.ok(&["followup", "list", "--format", "csv"]);
    assert_eq!(order_of(&list, &notes), notes, "{list}");
    let list = env.ok(&["survey", "list", "--format", "csv"]);
    assert_eq!(order_of(&list, &comments), comments, "{list}");
    let timeline = env.ok(&["client", "show", &wang]);
    assert_eq!(order_of(&timeline, &notes), notes, "{timeline}");
    assert_eq!(order_of(&timeline, &comments), comments, "{timeline}");
}

#[test]
fn visits_of_one_day_without_a_time_are_listed_in_the_order_they_were_booked() {
    let env = TestEnv::new();
    let wang = env.add_client("王芳", "13812345678", &["--category", "家庭保洁"]);
    let staff: Vec<String> = (1..=6).map(|i| format!("阿姨{i}号")).collect();
    for (i, s) in staff.iter().enumerate() {
        let now = format!("2026-11-22T10:0{i}:00+08:00");
        ok_at(
            &env,
            &now,
            &["visit", "add", &wang, "--date", "2026-11-25", "--staff", s],
        );
    }
    let list = env.ok(&["visit", "list", "--format", "csv"]);
    assert_eq!(order_of(&list, &staff), staff, "{list}");
    let timeline = env.ok(&["client", "show", &wang]);
    assert_eq!(order_of(&timeline, &staff), staff, "{timeline}");
}

/// Sets the store's `timezone` in `.hk/config.toml`.
fn set_zone(env: &TestEnv, zone: &str) {
    let path = env.store.join(".hk/config.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("\ntimezone = "),
        "hk init writes the zone: {text}"
    );
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    for l in &mut lines {
        if l.starts_with("timezone = ") {
            *l = format!("timezone = \"{zone}\"");
        }
    }
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
}

/// `hk` on a server whose own zone is UTC.
fn on_utc_server(env: &TestEnv, now: Option<&str>, args: &[&str]) -> std::process::Output {
    let mut cmd = env.cmd();
    cmd.env("TZ", "UTC");
    match now {
        Some(n) => cmd.env("HK_NOW", n),
        None => cmd.env_remove("HK_NOW"),
    };
    cmd.args(args).output().unwrap()
}

fn stdout_ok(out: std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn times_show_in_the_store_time_zone_not_the_machines() {
    let env = TestEnv::new();
    // Written on a UTC server at 01:00 UTC: 09:00 in Shanghai.
    let id = stdout_ok(on_utc_server(
        &env,
        Some("2026-11-22T01:00:00+00:00"),
        &["client", "add", "--name", "王芳", "--phone", "13812345678"],
    ));
    let id = id.trim();
    let show = |env: &TestEnv| -> Value {
        serde_json::from_str(&stdout_ok(on_utc_server(
            env,
            None,
            &["client", "show", id, "--format", "json"],
        )))
        .unwrap()
    };
    assert_eq!(show(&env)["created"], "2026-11-22T09:00:00+08:00");
    // Today on the system clock of a UTC machine is still written in Shanghai time.
    let li = stdout_ok(on_utc_server(
        &env,
        None,
        &["client", "add", "--name", "李娜", "--phone", "13900001111"],
    ));
    let v: Value = serde_json::from_str(&stdout_ok(on_utc_server(
        &env,
        None,
        &["client", "show", li.trim(), "--format", "json"],
    )))
    .unwrap();
    assert!(
        v["created"].as_str().unwrap().ends_with("+08:00"),
        "{}",
        v["created"]
    );

    // An office in New York sees the same moment on its own clock.
    set_zone(&env, "America/New_York");
    assert_eq!(show(&env)["created"], "2026-11-21T20:00:00-05:00");
    // A date alone in HK_NOW is noon in the store's zone.
    let zhang = stdout_ok(on_utc_server(
        &env,
        Some("2026-11-22"),
        &["client", "add", "--name", "张伟", "--phone", "18600213344"],
    ));
    let v: Value =
        serde_json::from_str(&env.ok(&["client", "show", zhang.trim(), "--format", "json"]))
            .unwrap();
    assert_eq!(v["created"], "2026-11-22T12:00:00-05:00");
}

#[test]
fn today_is_the_date_in_the_store_time_zone() {
    let env = TestEnv::new();
    let wang = env.add_client("王芳", "13812345678", &[]);
    // Kiritimati (UTC+14) is always a day or two ahead of Pago Pago (UTC−11), whatever
    // the hour in UTC, where this machine lives.
    let log = |zone: &str, note: &str| {
        set_zone(&env, zone);
        stdout_ok(on_utc_server(
            &env,
            None,
            &[
                "followup",
                "log",
                &wang,
                "--channel",
                "phone",
                "--note",
                note,
            ],
        ));
    };
    log("Pacific/Kiritimati", "基里巴斯");
    log("Pacific/Pago_Pago", "萨摩亚");
    let list: Value =
        serde_json::from_str(&env.ok(&["followup", "list", "--format", "json"])).unwrap();
    let date_of = |note: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|f| f["notes"] == note)
            .unwrap()["date"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(date_of("基里巴斯") > date_of("萨摩亚"), "{list}");
}

#[test]
fn a_bad_time_zone_names_the_config_file_and_key_and_writes_nothing() {
    let env = TestEnv::new();
    set_zone(&env, "Asia/Shangai");
    let before = env.snapshot();
    let err = env.fails(
        1,
        &["client", "add", "--name", "王芳", "--phone", "13812345678"],
    );
    assert!(err.contains(".hk/config.toml"), "{err}");
    assert!(err.contains("`timezone`"), "{err}");
    assert!(err.contains("`Asia/Shangai` is not a time zone"), "{err}");
    assert!(err.contains("Asia/Shanghai"), "names a good zone: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(env.snapshot(), before);
}
