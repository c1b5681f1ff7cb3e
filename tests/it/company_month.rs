//! One small company's November, day by day, through the real binary: intake, visits
//! (a 26-day maternity engagement, a booking, a cancellation, a no-show), the morning
//! due list as the follow-up calls are made (no answer → retry two days later; reached
//! → gone until the next period), a second service line starting later, stages and the
//! month's reports. The clock (`HK_NOW`) is moved for every step, and every command
//! that changes records must make exactly one git commit naming ids only.
//!
//! Policy (DESIGN §3–§5 defaults): first call 7 days after the first done service
//! (the end date for a multi-day one); then every 3 months (家庭保洁, 保姆照顾) or
//! 6 months (月嫂服务) after a reached call; a retry 2 days after an unanswered one.
//! Stages: new within 30 days of the first done visit, active within 90 of the last.
//!
//! The `Month` that runs each step and checks its commits is in `company_month_driver`.

use crate::company_month_driver::{
    HEADER_DUE, HEADER_UPCOMING, Month, SECRETS, assert_ids_only, due_rows,
};

#[test]
fn a_company_month_of_visits_followups_and_reports() {
    let mut m = Month::new();

    // ---------------------------------------------------------------- 2026-11-01
    // Intake: four clients; one with two service lines, one who must never be called.
    let a = m.client(
        "王秀英",
        "13812345678",
        &[
            "--category",
            "家庭保洁",
            "--address",
            "上海市浦东新区张江路88号",
        ],
    );
    let b = m.client(
        "李娜",
        "139 0000 1111",
        &[
            "--category",
            "保姆照顾",
            "--category",
            "家庭保洁",
            "--address",
            "北京市朝阳区建国路1号",
        ],
    );
    let c = m.client(
        "张丽",
        "+86 137-0000-2222",
        &[
            "--category",
            "月嫂服务",
            "--address",
            "上海市徐汇区漕溪北路1号",
        ],
    );
    let d = m.client(
        "赵敏",
        "13600003333",
        &["--category", "家庭保洁", "--do-not-contact"],
    );
    let row_a = |due: &str, reason: &str, days: i64| {
        format!("{a},王秀英,13812345678,house-cleaning,{reason},{due},{days}")
    };
    let row_b = |cat: &str, due: &str, reason: &str, days: i64| {
        format!("{b},李娜,13900001111,{cat},{reason},{due},{days}")
    };
    let row_c = |due: &str, reason: &str, days: i64| {
        format!("{c},张丽,13700002222,maternity-nurse,{reason},{due},{days}")
    };

    // Past services (done by default: dated before today).
    let day = "2026-11-01";
    let visit_add = |m: &mut Month, day: &str, client: &str, args: &[&str]| {
        let mut full = vec!["visit", "add", client];
        full.extend_from_slice(args);
        let id = m.create(day, &full, "visit add", &[client]);
        assert!(id.starts_with("v-"), "{id}");
        id
    };
    let va1 = visit_add(
        &mut m,
        day,
        &a,
        &[
            "--date",
            "2026-10-28",
            "--staff",
            "张阿姨",
            "--price",
            "280",
            "--payment",
            "微信",
        ],
    );
    let vb1 = visit_add(
        &mut m,
        day,
        &b,
        &[
            "--date",
            "2026-10-30",
            "--category",
            "保姆照顾",
            "--staff",
            "刘阿姨",
            "--price",
            "4800",
            "--payment",
            "transfer",
        ],
    );
    // A 26-day maternity engagement, 6 to 31 October.
    let vc1 = visit_add(
        &mut m,
        day,
        &c,
        &[
            "--date",
            "2026-10-06",
            "--end",
            "2026-10-31",
            "--staff",
            "陈阿姨",
            "--price",
            "12800.00",
            "--payment",
            "转账",
        ],
    );
    // On day 3 of the stay the office called to check in on the nurse (§10), so no
    // in-service check-in is left due.
    let _fc0 = m.create(
        day,
        &[
            "followup",
            "log",
            &c,
            "--date",
            "2026-10-09",
            "--channel",
            "phone",
        ],
        "followup log",
        &[&c],
    );
    let _vd1 = visit_add(
        &mut m,
        day,
        &d,
        &["--date", "2026-10-25", "--staff", "张阿姨"],
    );
    // Bookings for the 3rd (scheduled: after today). B's is added first but is later
    // in the day.
    let vb2 = visit_add(
        &mut m,
        day,
        &b,
        &[
            "--date",
            "2026-11-03",
            "--time",
            "14:00",
            "--category",
            "家庭保洁",
            "--staff",
            "李阿姨",
        ],
    );
    let va2 = visit_add(
        &mut m,
        day,
        &a,
        &[
            "--date",
            "2026-11-03",
            "--time",
            "09:30",
            "--staff",
            "张阿姨",
            "--price",
            "280",
        ],
    );
    assert_eq!(
        m.csv(day, &["visit", "list", "--client", &c]),
        format!(
            "id,date,end,time,client,name,category,staff,status,price\n\
             {vc1},2026-10-06,2026-10-31,,{c},张丽,maternity-nurse,陈阿姨,done,12800.00\n"
        )
    );
    assert_eq!(
        m.csv(day, &["visit", "list", "--status", "scheduled"]),
        format!(
            "id,date,end,time,client,name,category,staff,status,price\n\
             {va2},2026-11-03,,09:30,{a},王秀英,house-cleaning,张阿姨,scheduled,280.00\n\
             {vb2},2026-11-03,,14:00,{b},李娜,house-cleaning,李阿姨,scheduled,\n"
        )
    );
    // Nobody is due yet (the first calls fall on the 4th, 6th and 7th).
    assert_eq!(m.csv(day, &["followup", "due", "--today"]), HEADER_DUE);
    // Tomorrow (the 2nd) has no bookings.
    assert_eq!(
        m.csv(day, &["visit", "upcoming", "--tomorrow"]),
        HEADER_UPCOMING
    );

    // ---------------------------------------------------------------- 2026-11-02
    // The day-before reminder list: by time, with phone, address and staff.
    let day = "2026-11-02";
    let upcoming_both = format!(
        "{HEADER_UPCOMING}\
         09:30,{va2},{a},王秀英,13812345678,上海市浦东新区张江路88号,张阿姨,house-cleaning\n\
         14:00,{vb2},{b},李娜,13900001111,北京市朝阳区建国路1号,李阿姨,house-cleaning\n"
    );
    assert_eq!(
        m.csv(day, &["visit", "upcoming", "--tomorrow"]),
        upcoming_both
    );
    assert_eq!(
        m.csv(day, &["visit", "upcoming", "--on", "2026-11-03"]),
        upcoming_both
    );
    // 李娜 calls to cancel: the booking leaves the reminder list.
    m.change(day, &["visit", "cancel", &vb2], "visit cancel", &[&vb2]);
    let upcoming_a = format!(
        "{HEADER_UPCOMING}\
         09:30,{va2},{a},王秀英,13812345678,上海市浦东新区张江路88号,张阿姨,house-cleaning\n"
    );
    assert_eq!(m.csv(day, &["visit", "upcoming", "--tomorrow"]), upcoming_a);

    // ---------------------------------------------------------------- 2026-11-03
    let day = "2026-11-03";
    m.change(day, &["visit", "done", &va2], "visit done", &[&va2]);
    assert_eq!(m.csv(day, &["followup", "due", "--today"]), HEADER_DUE);
    // The week ahead: negative days overdue, earliest first.
    assert_eq!(
        m.csv(day, &["followup", "due", "--within", "7"]),
        due_rows(&[
            row_a("2026-11-04", "first", -1),
            row_b("nanny", "2026-11-06", "first", -3),
            row_c("2026-11-07", "first", -4),
        ])
    );

    // ---------------------------------------------------------------- 2026-11-04
    let day = "2026-11-04";
    assert_eq!(
        m.csv(day, &["followup", "due", "--today"]),
        due_rows(&[row_a("2026-11-04", "first", 0)])
    );
    // `followup due` with no flag means today.
    assert_eq!(
        m.csv(day, &["followup", "due"]),
        due_rows(&[row_a("2026-11-04", "first", 0)])
    );
    // No answer: 王秀英 drops out, and comes back two days later as a retry.
    let f1 = m.create(
        day,
        &[
            "followup",
            "log",
            &a,
            "--channel",
            "phone",
            "--outcome",
            "no-answer",
        ],
        "followup log",
        &[&a],
    );
    assert!(f1.starts_with("f-"), "{f1}");
    assert_eq!(m.csv(day, &["followup", "due", "--today"]), HEADER_DUE);
    assert_eq!(
        m.csv(day, &["followup", "due", "--on", "2026-11-06"]),
        due_rows(&[
            // Same day: by name (李 before 王).
            row_b("nanny", "2026-11-06", "first", 0),
            row_a("2026-11-06", "retry", 0),
        ])
    );

    // ---------------------------------------------------------------- 2026-11-05
    let day = "2026-11-05";
    assert_eq!(m.csv(day, &["followup", "due", "--today"]), HEADER_DUE);

    // ---------------------------------------------------------------- 2026-11-06
    let day = "2026-11-06";
    assert_eq!(
        m.csv(day, &["followup", "due", "--today"]),
        due_rows(&[
            row_b("nanny", "2026-11-06", "first", 0),
            row_a("2026-11-06", "retry", 0),
        ])
    );
    // Reached (looked up by name, about the visit of the 3rd): gone until the next
    // period, three months on.
    let _f2 = m.create(
        day,
        &[
            "followup",
            "log",
            "王秀英",
            "--channel",
            "phone",
            "--visit",
            &va2,
            "--score",
            "5",
            "--note",
            "很满意，下次还约张阿姨",
        ],
        "followup log",
        &[&a],
    );
    assert_eq!(
        m.csv(day, &["followup", "due", "--today"]),
        due_rows(&[row_b("nanny", "2026-11-06", "first", 0)])
    );
    assert_eq!(
        m.csv(day, &["followup", "due", "--on", "2027-02-05"]),
        due_rows(&[
            row_b("nanny", "2026-11-06", "first", 91),
            row_c("2026-11-07", "first", 90),
        ])
    );
    assert_eq!(
        m.csv(day, &["followup", "due", "--on", "2027-02-06"]),
        due_rows(&[
            row_b("nanny", "2026-11-06", "first", 92),
            row_c("2026-11-07", "first", 91),
            row_a("2027-02-06", "periodic", 0),
        ])
    );

    // ---------------------------------------------------------------- 2026-11-08
    // Two days behind: most overdue first.
    let day = "2026-11-08";
    assert_eq!(
        m.csv(day, &["followup", "due", "--today"]),
        due_rows(&[
            row_b("nanny", "2026-11-06", "first", 2),
            row_c("2026-11-07", "first", 1),
        ])
    );
    assert_eq!(
        m.csv(
            day,
            &["followup", "due", "--today", "--category", "保姆照顾"]
        ),
        due_rows(&[row_b("nanny", "2026-11-06", "first", 2)])
    );
    assert_eq!(
        m.csv(day, &["followup", "due", "--category", "maternity-nurse"]),
        due_rows(&[row_c("2026-11-07", "first", 1)])
    );
    // 家庭保洁 alone: 王秀英 was reached; 李娜's cleaning was cancelled, which never counts.
    assert_eq!(
        m.csv(day, &["followup", "due", "--category", "家庭保洁"]),
        HEADER_DUE
    );
    let _f3 = m.create(
        day,
        &["followup", "log", &c, "--channel", "wechat", "--score", "4"],
        "followup log",
        &[&c],
    );
    // 李娜 by phone, another spelling of it.
    let _f4 = m.create(
        day,
        &[
            "followup",
            "log",
            "139-0000-1111",
            "--channel",
            "phone",
            "--outcome",
            "no-answer",
        ],
        "followup log",
        &[&b],
    );
    assert_eq!(m.csv(day, &["followup", "due", "--today"]), HEADER_DUE);
    let show_c: serde_json::Value =
        serde_json::from_str(&m.read(day, &["client", "show", &c, "--format", "json"])).unwrap();
    // Maternity: every six months after a reached call.
    assert_eq!(
        show_c["next_followup"],
        "2027-05-08 (periodic, maternity-nurse)"
    );
    assert_eq!(show_c["stage"], "new");

    // ---------------------------------------------------------------- 2026-11-10
    let day = "2026-11-10";
    assert_eq!(
        m.csv(day, &["followup", "due", "--today"]),
        due_rows(&[row_b("nanny", "2026-11-10", "retry", 0)])
    );
    let _f5 = m.create(
        day,
        &["followup", "log", &b, "--channel", "phone"],
        "followup log",
        &[&b],
    );
    assert_eq!(m.csv(day, &["followup", "due", "--today"]), HEADER_DUE);
    // A walk-in lead books two cleanings.
    let e = m.create(
        day,
        &[
            "client",
            "add",
            "--name",
            "陈静",
            "--phone",
            "15800004444",
            "--category",
            "家庭保洁",
            "--source",
            "美团",
        ],
        "client add",
        &[],
    );
    let ve1 = visit_add(
        &mut m,
        day,
        &e,
        &[
            "--date",
            "2026-11-12",
            "--time",
            "10:00",
            "--staff",
            "张阿姨",
        ],
    );
    let ve2 = visit_add(
        &mut m,
        day,
        &e,
        &["--date", "2026-11-14", "--staff", "刘阿姨"],
    );

    // ---------------------------------------------------------------- 2026-11-11
    let day = "2026-11-11";
    assert_eq!(
        m.csv(day, &["visit", "upcoming", "--tomorrow"]),
        format!("{HEADER_UPCOMING}10:00,{ve1},{e},陈静,15800004444,,张阿姨,house-cleaning\n")
    );

    // ---------------------------------------------------------------- 2026-11-12
    let day = "2026-11-12";
    // Nobody home at 陈静's.
    m.change(day, &["visit", "no-show", &ve1], "visit no-show", &[&ve1]);
    // 李娜's second service line starts today: its own first call is due in a week.
    let _vb3 = visit_add(
        &mut m,
        day,
        &b,
        &[
            "--date",
            "today",
            "--category",
            "家庭保洁",
            "--staff",
            "张阿姨",
            "--price",
            "300",
            "--payment",
            "alipay",
        ],
    );
    assert_eq!(m.csv(day, &["followup", "due", "--today"]), HEADER_DUE);
    assert_eq!(
        m.csv(day, &["followup", "due", "--within", "7"]),
        due_rows(&[row_b("house-cleaning", "2026-11-19", "first", -7)])
    );
    assert_eq!(
        m.csv(
            day,
            &["followup", "due", "--within", "7", "--category", "保姆照顾"]
        ),
        HEADER_DUE
    );
    // A no-show is not a service: 陈静 is still a lead.
    assert_eq!(
        m.csv(day, &["client", "list", "--stage", "lead"]),
        format!(
            "id,name,phone,categories,tags,source,stage\n{e},陈静,15800004444,house-cleaning,,美团,lead\n"
        )
    );

    // ---------------------------------------------------------------- 2026-11-13
    let day = "2026-11-13";
    m.change(day, &["visit", "cancel", &ve2], "visit cancel", &[&ve2]);
    assert_eq!(
        m.csv(day, &["visit", "upcoming", "--tomorrow"]),
        HEADER_UPCOMING
    );

    // ---------------------------------------------------------------- 2026-11-19
    let day = "2026-11-19";
    assert_eq!(
        m.csv(day, &["followup", "due", "--today"]),
        due_rows(&[row_b("house-cleaning", "2026-11-19", "first", 0)])
    );

    // ---------------------------------------------------------------- 2026-11-29
    // New: first done visit within 30 days (张丽's counts from the engagement's end).
    let day = "2026-11-29";
    assert_eq!(
        m.csv(day, &["client", "list", "--stage", "new"]),
        format!(
            "id,name,phone,categories,tags,source,stage\n\
             {c},张丽,13700002222,maternity-nurse,,,new\n\
             {b},李娜,13900001111,nanny; house-cleaning,,,new\n"
        )
    );
    let show_b: serde_json::Value =
        serde_json::from_str(&m.read(day, &["client", "show", &b, "--format", "json"])).unwrap();
    assert_eq!(show_b["stage"], "new");
    assert_eq!(
        show_b["next_followup"],
        "2026-11-19 (first, house-cleaning)"
    );
    let show_b_csv = m.csv(day, &["client", "show", &b]);
    assert!(show_b_csv.contains("\nstage,new\n"), "{show_b_csv}");
    assert!(
        show_b_csv.contains("\nnext_followup,\"2026-11-19 (first, house-cleaning)\"\n"),
        "{show_b_csv}"
    );
    let show_d: serde_json::Value =
        serde_json::from_str(&m.read(day, &["client", "show", &d, "--format", "json"])).unwrap();
    assert_eq!(show_d["stage"], "active");
    assert!(
        show_d["next_followup"].is_null() || show_d["next_followup"] == "",
        "a do-not-contact client is never due: {show_d}"
    );

    // ---------------------------------------------------------------- 2026-11-30
    let day = "2026-11-30";
    assert_eq!(
        m.csv(day, &["followup", "due", "--today"]),
        due_rows(&[row_b("house-cleaning", "2026-11-19", "first", 11)])
    );
    // Far ahead: everyone who will ever be called; never 赵敏 (do not contact) or
    // 陈静 (a lead).
    assert_eq!(
        m.csv(day, &["followup", "due", "--within", "400"]),
        due_rows(&[
            row_b("house-cleaning", "2026-11-19", "first", 11),
            row_a("2027-02-06", "periodic", -68),
            row_c("2027-05-08", "periodic", -159),
        ])
    );
    assert_eq!(
        m.csv(day, &["report", "lifecycle"]),
        "stage,total,house-cleaning,nanny,maternity-nurse\n\
         lead,1,1,0,0\n\
         new,1,0,0,1\n\
         active,3,3,1,0\n\
         at-risk,0,0,0,0\n\
         churned,0,0,0,0\n\
         total,5,4,1,1\n"
    );
    // November: 王秀英, 李娜 and 张丽 fell due; five calls, three reached; 李娜's
    // cleaning call is still open at the month's end.
    assert_eq!(
        m.csv(
            day,
            &[
                "report",
                "followups",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30"
            ]
        ),
        "month,due,followups,reached,reached_pct,overdue\n2026-11,3,5,3,60.00,1\n"
    );
    // By service line: a call counts for its visit's line, else the client's latest
    // done visit before it (李娜's two calls were about the nanny service).
    assert_eq!(
        m.csv(
            day,
            &[
                "report",
                "followups",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "--by",
                "category"
            ]
        ),
        "category,due,followups,reached,reached_pct,overdue\n\
         house-cleaning,2,2,1,50.00,1\n\
         nanny,1,2,1,50.00,0\n\
         maternity-nurse,1,1,1,100.00,0\n"
    );
    // Reports are stable: the same command twice prints the same bytes.
    assert_eq!(
        m.csv(day, &["followup", "due", "--within", "400"]),
        m.csv(day, &["followup", "due", "--within", "400"])
    );

    // ---------------------------------------------------------------- the history
    let subjects = m.subjects();
    assert_eq!(subjects.len(), m.commits, "{subjects:#?}");
    assert_eq!(subjects.last().map(String::as_str), Some("init"));
    for s in &subjects {
        assert_ids_only(s);
    }
    // Whole messages too (bodies), and every file name ever committed.
    let bodies = m.git(&["log", "--format=%B"]);
    let names = m.git(&["log", "--name-only", "--format="]);
    for s in SECRETS {
        assert!(!bodies.contains(s), "a commit message holds `{s}`");
        assert!(!names.contains(s), "a committed file name holds `{s}`");
    }
    assert_eq!(
        m.git(&["status", "--porcelain"]),
        "",
        "the work tree is clean"
    );
    // Every record the month created is in the store, in its month's folder.
    assert!(
        m.env
            .store
            .join("visits/2026-10")
            .join(format!("{vb1}.toml.age"))
            .is_file()
    );
    assert!(
        m.env
            .store
            .join("visits/2026-10")
            .join(format!("{va1}.toml.age"))
            .is_file()
    );
    assert_eq!(
        std::fs::read_dir(m.env.store.join("followups/2026-11"))
            .unwrap()
            .count(),
        5
    );
}
