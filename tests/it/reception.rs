//! Inquiries (咨询, DESIGN §12) through the real binary: taking them in, converting
//! them into a new or an existing client, `booked` following a visit, the leads
//! whose wanted start is near, the inquiry report on a scenario computed by hand, and
//! bad input refused with nothing written. (Messages: tests/it/reception_messages.rs.)

use crate::common::TestEnv;

fn json(env: &TestEnv, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&env.ok(&all)).unwrap()
}

/// `hk inquiry add ARGS`, returning the new id.
fn inquiry(env: &TestEnv, args: &[&str]) -> String {
    let mut all = vec!["inquiry", "add"];
    all.extend_from_slice(args);
    let id = env.ok(&all).trim().to_string();
    assert!(id.starts_with("i-") && id.len() == 10, "{id}");
    id
}

#[test]
fn an_inquiry_becomes_a_new_client_and_is_booked_once_a_visit_follows() {
    let env = TestEnv::with_git();
    let i = inquiry(
        &env,
        &[
            "--channel",
            "美团",
            "--date",
            "2026-11-10",
            "--name",
            "陈静",
            "--phone",
            "139 1234 5678",
            "--category",
            "月嫂服务",
            "--topic",
            "价格",
            "--topic",
            "qualification",
            "--topic",
            "price",
            "--needs",
            "要会做月子餐",
            "--budget",
            "15000/26天",
            "--due-date",
            "2027-01-15",
        ],
    );
    let shown = json(&env, &["inquiry", "show", &i]);
    assert_eq!(shown["channel"], "meituan");
    assert_eq!(shown["category"], "maternity-nurse");
    assert_eq!(
        shown["topics"],
        serde_json::json!(["price", "qualification"])
    );
    assert_eq!(shown["phone"], "13912345678");
    assert_eq!(shown["start"], "2027-01-15");
    assert_eq!(shown["outcome"], "open");
    assert_eq!(shown["client"], serde_json::Value::Null);

    let commits = env.commits();
    let clients = env.client_files().len();
    let c = env.ok(&["inquiry", "convert", &i, "--date", "2026-11-15"]);
    let c = c.trim();
    assert!(c.starts_with("c-"), "{c}");
    assert_eq!(
        env.commits(),
        commits + 1,
        "client and inquiry in one commit"
    );
    assert_eq!(env.client_files().len(), clients + 1);
    let log = env.git(&["log", "-1", "--format=%s"]);
    assert_eq!(log.trim(), format!("inquiry convert {i} {c}"));
    let client = json(&env, &["client", "show", c]);
    assert_eq!(client["name"], "陈静");
    assert_eq!(client["phones"][0], "13912345678");
    assert_eq!(client["categories"], serde_json::json!(["maternity-nurse"]));
    assert_eq!(client["source"], "美团");
    assert_eq!(client["needs"], "要会做月子餐");

    let shown = json(&env, &["inquiry", "show", &i]);
    assert_eq!(shown["client"], c);
    assert_eq!(shown["converted"], "2026-11-15");
    assert_eq!(shown["days_to_conversion"], 5);
    assert_eq!(
        shown["outcome"], "open",
        "converted, but nothing booked yet"
    );

    // A cancelled visit does not book it; a scheduled one does.
    let v = env.ok(&[
        "visit",
        "add",
        c,
        "--date",
        "2027-01-15",
        "--end",
        "2027-02-09",
    ]);
    env.ok(&["visit", "cancel", v.trim()]);
    assert_eq!(json(&env, &["inquiry", "show", &i])["outcome"], "open");
    env.ok(&[
        "visit",
        "add",
        c,
        "--date",
        "2027-01-16",
        "--end",
        "2027-02-10",
    ]);
    assert_eq!(json(&env, &["inquiry", "show", &i])["outcome"], "booked");
    let booked = json(&env, &["inquiry", "list", "--outcome", "booked"]);
    assert_eq!(booked.as_array().unwrap().len(), 1);

    // Converted once is converted: a second convert changes nothing.
    let err = env.refused(1, &["inquiry", "convert", &i]);
    assert!(
        err.contains(&format!("was converted to client {c} on 2026-11-15")),
        "{err}"
    );
}

#[test]
fn converting_to_an_existing_client_leaves_the_client_file_alone() {
    let env = TestEnv::with_git();
    let c = env.add_client("王秀英", "13812345678", &["--category", "house-cleaning"]);
    let file = env.client_files()[0].clone();
    let before = std::fs::read(&file).unwrap();
    let i = inquiry(
        &env,
        &[
            "--channel",
            "phone",
            "--topic",
            "档期",
            "--date",
            "2026-11-20",
        ],
    );
    let out = env.ok(&["inquiry", "convert", &i, "--client", "王秀英"]);
    assert_eq!(out.trim(), c);
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the client was not rewritten"
    );
    assert_eq!(env.client_files().len(), 1);
    let shown = json(&env, &["inquiry", "show", &i]);
    assert_eq!(shown["client"], c.as_str());
    assert_eq!(shown["client_name"], "王秀英");
    assert_eq!(shown["converted"], "2026-11-22");

    // A new client with her phone is refused, pointing at her.
    let j = inquiry(
        &env,
        &[
            "--channel",
            "wechat",
            "--name",
            "王秀英",
            "--phone",
            "13812345678",
        ],
    );
    let err = env.refused(1, &["inquiry", "convert", &j]);
    assert!(
        err.contains(&format!("client {c} already has this phone")),
        "{err}"
    );
    assert!(
        err.contains(&format!("`hk inquiry convert {j} --client {c}`")),
        "{err}"
    );
    // No name, no client.
    let k = inquiry(&env, &["--channel", "walk-in", "--phone", "13900001111"]);
    let err = env.refused(2, &["inquiry", "convert", &k]);
    assert!(err.contains("`--name`"), "{err}");
    let err = env.refused(
        1,
        &["inquiry", "convert", &k, "--name", "李娜", "--phone", ""],
    );
    assert!(err.contains("`--phone`"), "{err}");
    env.ok(&["inquiry", "convert", &k, "--name", "李娜"]);

    // A merged client takes the inquiry along; a delete names it.
    let other = env.add_client("王秀英", "13700001111", &["--allow-duplicate"]);
    let l = inquiry(&env, &["--channel", "phone"]);
    env.ok(&["inquiry", "convert", &l, "--client", &other]);
    env.ok(&["client", "merge", &c, &other, "--yes"]);
    assert_eq!(json(&env, &["inquiry", "show", &l])["client"], c.as_str());
    let err = env.refused(1, &["client", "delete", &c, "--yes"]);
    assert!(err.contains("inquiry"), "{err}");
}

#[test]
fn leads_due_within_n_days_and_list_filters() {
    let env = TestEnv::new();
    // Today is 2026-11-22: 18 and 71 days away, and one already passed.
    let near = inquiry(
        &env,
        &[
            "--channel",
            "wechat",
            "--date",
            "2026-11-20",
            "--name",
            "周婷",
            "--category",
            "maternity-nurse",
            "--due-date",
            "2026-12-10",
        ],
    );
    let far = inquiry(&env, &["--channel", "wechat", "--start", "2027-02-01"]);
    inquiry(&env, &["--channel", "phone", "--start", "2026-11-20"]);
    let lost = inquiry(
        &env,
        &[
            "--channel",
            "美团",
            "--start",
            "2026-12-01",
            "--outcome",
            "lost",
            "--reason",
            "价格太高",
        ],
    );
    let today = inquiry(&env, &["--channel", "phone", "--start", "today"]);
    let ids = |v: serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids(json(&env, &["inquiry", "list", "--due-within", "30"])),
        [today.clone(), near.clone()],
        "open leads from today through today + 30, nearest first"
    );
    assert_eq!(
        ids(json(&env, &["inquiry", "list", "--due-within", "17"])),
        std::slice::from_ref(&today)
    );
    assert_eq!(
        ids(json(&env, &["inquiry", "list", "--due-within", "71"])).len(),
        3
    );
    assert!(!ids(json(&env, &["inquiry", "list", "--due-within", "71"])).contains(&lost));
    assert_eq!(
        ids(json(&env, &["inquiry", "list", "--outcome", "lost"])),
        std::slice::from_ref(&lost)
    );
    assert_eq!(
        ids(json(&env, &["inquiry", "list", "--channel", "美团"])),
        [lost]
    );
    assert_eq!(
        ids(json(&env, &["inquiry", "list", "--channel", "wechat"])),
        [near, far]
    );
    let out = env.ok(&["inquiry", "list", "--format", "csv"]);
    assert!(
        out.starts_with("id,date,channel,name,phone,category,topics,start,outcome,client,reason\n"),
        "{out}"
    );
    assert!(out.contains(",maternity-nurse,"), "CSV has keys: {out}");
}

/// Seven inquiries, worked out by hand:
///
/// | id | date  | channel | topics                | converted   | outcome |
/// | A  | 10-01 | phone   | price, qualification  | 10-03 (2 d) | booked (visit 10-10) |
/// | B  | 10-05 | wechat  | price                 | 10-15 (10 d)| open |
/// | C  | 10-07 | 美团    | availability          | 10-10 (3 d) | open (its visit cancelled) |
/// | D  | 11-02 | wechat  | price, availability   | —           | lost 价格太高 |
/// | E  | 11-03 | phone   | —                     | —           | lost 价格太高 (by edit) |
/// | F  | 11-04 | walk-in | price                 | —           | open |
/// | G  | 11-05 | other   | —                     | —           | lost 档期不合 |
///
/// All: 7 inquiries, 3 converted (42.86 %), median of 2, 10, 3 days = 3; booked 1,
/// lost 3, open 3; reasons 价格太高 ×2, 档期不合 ×1. By topic: price A B D F (4, 2
/// converted, 50 %, median of 2 and 10 = 6); qualification A (1, 100 %, 2);
/// availability C D (2, 50 %, 3); (none) E G (2, 0 %, no median).
#[test]
fn the_inquiry_report_on_a_scenario_computed_by_hand() {
    let env = TestEnv::new();
    let add = |date: &str, channel: &str, topics: &[&str], extra: &[&str]| {
        let mut args = vec!["--date", date, "--channel", channel];
        for t in topics {
            args.extend(["--topic", t]);
        }
        args.extend_from_slice(extra);
        inquiry(&env, &args)
    };
    let a = add(
        "2026-10-01",
        "phone",
        &["price", "qualification"],
        &["--name", "甲女士", "--phone", "13800000001"],
    );
    let b = add("2026-10-05", "wechat", &["价格"], &[]);
    let c = add(
        "2026-10-07",
        "美团",
        &["档期"],
        &["--name", "丙女士", "--phone", "13800000003"],
    );
    add(
        "2026-11-02",
        "wechat",
        &["price", "availability"],
        &["--outcome", "lost", "--reason", "价格太高"],
    );
    let e = add("2026-11-03", "phone", &[], &[]);
    add("2026-11-04", "walk-in", &["price"], &[]);
    add(
        "2026-11-05",
        "other",
        &[],
        &["--outcome", "lost", "--reason", "档期不合"],
    );
    let ca = env.ok(&["inquiry", "convert", &a, "--date", "2026-10-03"]);
    env.ok(&[
        "visit",
        "add",
        ca.trim(),
        "--date",
        "2026-10-10",
        "--category",
        "nanny",
    ]);
    let existing = env.add_client("乙女士", "13800000002", &[]);
    env.ok(&[
        "inquiry",
        "convert",
        &b,
        "--client",
        &existing,
        "--date",
        "2026-10-15",
    ]);
    let cc = env.ok(&["inquiry", "convert", &c, "--date", "2026-10-10"]);
    let v = env.ok(&[
        "visit",
        "add",
        cc.trim(),
        "--date",
        "2026-10-12",
        "--category",
        "nanny",
    ]);
    env.ok(&["visit", "cancel", v.trim()]);
    env.ok(&[
        "inquiry",
        "edit",
        &e,
        "--set",
        "outcome=lost",
        "--set",
        "reason=价格太高",
    ]);

    let all = json(&env, &["report", "inquiries"]);
    let row = &all[0];
    assert_eq!(row["group"], "all");
    assert_eq!(row["inquiries"], 7);
    assert_eq!(row["converted"], 3);
    assert_eq!(row["converted_pct"], 42.86);
    assert_eq!(row["median_days_to_conversion"], 3.0);
    assert_eq!(
        (
            row["booked"].as_i64(),
            row["lost"].as_i64(),
            row["open"].as_i64()
        ),
        (Some(1), Some(3), Some(3))
    );
    assert_eq!(
        row["lost_reasons"],
        serde_json::json!(["价格太高 ×2", "档期不合 ×1"])
    );

    let csv = env.ok(&["report", "inquiries", "--by", "topic", "--format", "csv"]);
    assert_eq!(
        csv,
        "topic,inquiries,converted,converted_pct,median_days_to_conversion,booked,lost,open,lost_reasons\n\
         (none),2,0,0.00,,0,2,0,价格太高 ×1; 档期不合 ×1\n\
         availability,2,1,50.00,3.00,0,1,1,价格太高 ×1\n\
         price,4,2,50.00,6.00,1,1,2,价格太高 ×1\n\
         qualification,1,1,100.00,2.00,1,0,0,\n"
    );
    let months = json(&env, &["report", "inquiries", "--by", "month"]);
    assert_eq!(months[0]["month"], "2026-10");
    assert_eq!(months[0]["converted_pct"], 100.0);
    assert_eq!(months[1]["inquiries"], 4);
    assert_eq!(
        months[1]["median_days_to_conversion"],
        serde_json::Value::Null
    );
    let nov = json(&env, &["report", "inquiries", "--from", "2026-11"]);
    assert_eq!(nov[0]["inquiries"], 4);
    assert_eq!(nov[0]["converted_pct"], 0.0);
    let table = env.ok(&["report", "inquiries", "--by", "channel"]);
    assert!(
        table.contains("美团") && table.contains("到店"),
        "labels in a table: {table}"
    );
    let empty = json(&env, &["report", "inquiries", "--from", "2027-01"]);
    assert_eq!(empty[0]["inquiries"], 0);
    assert_eq!(empty[0]["converted_pct"], serde_json::Value::Null);
}

#[test]
fn bad_inquiry_input_is_refused_and_writes_nothing() {
    let env = TestEnv::with_git();
    let i = inquiry(&env, &["--channel", "phone", "--date", "2026-11-20"]);
    let commits = env.commits();
    let cases: &[(i32, &[&str], &str)] = &[
        (
            2,
            &["inquiry", "add", "--channel", "飞鸽传书"],
            "`--channel`",
        ),
        (
            2,
            &["inquiry", "add", "--channel", "phone", "--topic", "颜色"],
            "`--topic`",
        ),
        (
            2,
            &[
                "inquiry",
                "add",
                "--channel",
                "phone",
                "--date",
                "2026-13-01",
            ],
            "`--date`",
        ),
        (
            2,
            &[
                "inquiry",
                "add",
                "--channel",
                "phone",
                "--date",
                "2026-11-23",
            ],
            "after today",
        ),
        (
            2,
            &["inquiry", "add", "--channel", "phone", "--start", "下个月"],
            "`--start`",
        ),
        (
            2,
            &["inquiry", "add", "--channel", "phone", "--phone", "12345"],
            "`--phone`",
        ),
        (
            2,
            &["inquiry", "add", "--channel", "phone", "--outcome", "lost"],
            "`--reason`",
        ),
        (
            2,
            &["inquiry", "add", "--channel", "phone", "--reason", "太贵"],
            "lost",
        ),
        (
            2,
            &["inquiry", "add", "--channel", "phone", "--outcome", "maybe"],
            "`--outcome`",
        ),
        (
            1,
            &["inquiry", "show", "i-zzzz"],
            "no inquiry id starts with `i-zzzz`",
        ),
        (
            1,
            &["inquiry", "convert", "i-zzzz", "--name", "王芳"],
            "no inquiry id",
        ),
        (2, &["inquiry", "show", "c-7k2m"], "not an inquiry id"),
        (
            2,
            &[
                "inquiry",
                "convert",
                &i,
                "--name",
                "王芳",
                "--date",
                "2026-11-19",
            ],
            "before the inquiry",
        ),
        (
            2,
            &["inquiry", "edit", &i, "--set", "client=c-7k2m9q4x"],
            "inquiry convert",
        ),
        (
            2,
            &["inquiry", "edit", &i, "--set", "topics=价格;颜色"],
            "`颜色` is not a topic",
        ),
        (2, &["inquiry", "list", "--channel", "飞鸽"], "`--channel`"),
        (2, &["report", "inquiries", "--from", "2026-13"], "`--from`"),
    ];
    for (code, args, says) in cases {
        let err = env.refused(*code, args);
        assert!(err.contains(says), "hk {args:?}: {err}");
    }
    assert_eq!(env.commits(), commits);
}
