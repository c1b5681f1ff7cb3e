//! Dispatch, in-service check-ins and staff figures (DESIGN §10), through the binary.

use crate::common::TestEnv;

fn staff(env: &TestEnv, name: &str, phone: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "staff",
        "add",
        "--name",
        name,
        "--phone",
        phone,
        "--category",
        "家庭保洁",
        "--category",
        "月嫂服务",
        "--cert",
        "健康证:HZ:2026-01-01:2027-12-31",
    ];
    args.extend_from_slice(extra);
    env.ok(&args).trim().to_string()
}

#[test]
fn a_26_day_stay_gets_its_check_in_call_on_day_3() {
    let env = TestEnv::new();
    staff(&env, "刘阿姨", "13912345678", &[]);
    let zhao = env.add_client(
        "赵敏",
        "13700001111",
        &[
            "--category",
            "月嫂服务",
            "--address",
            "上海市浦东新区锦绣路1号",
        ],
    );
    // Today is 2026-11-22; the stay runs from 11-20 to 12-15 (26 days): the check-in is
    // due at start + 3 days (`checkin_days`), on 11-23.
    let stay = env
        .ok(&[
            "visit",
            "add",
            &zhao,
            "--date",
            "2026-11-20",
            "--end",
            "2026-12-15",
            "--staff",
            "刘阿姨",
        ])
        .trim()
        .to_string();
    let list = env.ok(&["visit", "list", "--format", "csv"]);
    assert!(
        list.contains(&format!(
            "{stay},2026-11-20,2026-12-15,,{zhao},赵敏,maternity-nurse,刘阿姨,in-service,"
        )),
        "{list}"
    );
    let today = env.ok(&["followup", "due", "--today", "--format", "csv"]);
    assert!(!today.contains(&zhao), "day 3 is tomorrow: {today}");
    let due = env.ok(&["followup", "due", "--on", "2026-11-23", "--format", "csv"]);
    assert!(
        due.contains(&format!(
            "{zhao},赵敏,13700001111,maternity-nurse,check-in,2026-11-23,0"
        )),
        "{due}"
    );
    // The call is made: the next one is a week after the stay ends.
    env.ok(&[
        "followup",
        "log",
        &zhao,
        "--date",
        "2026-11-22",
        "--channel",
        "phone",
        "--outcome",
        "reached",
    ]);
    let due = env.ok(&["followup", "due", "--within", "60", "--format", "csv"]);
    assert!(
        due.contains(&format!(
            "{zhao},赵敏,13700001111,maternity-nurse,first,2026-12-22,"
        )),
        "{due}"
    );
}

#[test]
fn suggestions_are_ranked_with_their_reasons() {
    let env = TestEnv::new();
    let liu = staff(&env, "刘阿姨", "13912345678", &[]);
    let zhang = staff(&env, "张阿姨", "13912340002", &["--district", "浦东新区"]);
    let li = staff(&env, "李阿姨", "13912340003", &["--district", "浦东新区"]);
    let chen = staff(
        &env,
        "陈阿姨",
        "13912340004",
        &["--status", "leave", "--status-since", "2026-11-01"],
    );
    let wang = env.add_client(
        "王秀英",
        "13812345678",
        &[
            "--category",
            "家庭保洁",
            "--address",
            "上海市浦东新区张江路88号",
        ],
    );
    let other = env.add_client("李娜", "13900001111", &["--category", "家庭保洁"]);
    let done = env
        .ok(&[
            "visit",
            "add",
            &wang,
            "--date",
            "2026-11-10",
            "--staff",
            "刘阿姨",
        ])
        .trim()
        .to_string();
    env.ok(&[
        "survey",
        "add",
        &wang,
        "--date",
        "2026-11-11",
        "--visit",
        &done,
        "--overall",
        "5",
    ]);
    env.ok(&[
        "visit",
        "add",
        &other,
        "--date",
        "2026-12-01",
        "--time",
        "08:00",
        "--staff",
        "李阿姨",
    ]);
    let csv = env.ok(&[
        "staff",
        "suggest",
        "--date",
        "2026-12-01",
        "--time",
        "13:00",
        "--category",
        "家庭保洁",
        "--client",
        &wang,
        "--format",
        "csv",
    ]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "rank,id,name,phone,served_before,district,booked_that_day,mean_overall,reasons"
    );
    assert_eq!(
        lines[1],
        format!(
            "1,{liu},刘阿姨,13912345678,yes,,0,5.00,served this client before; 0 visit(s) that day; overall 5.00"
        )
    );
    assert_eq!(
        lines[2],
        format!(
            "2,{zhang},张阿姨,13912340002,no,浦东新区,0,,covers 浦东新区; 0 visit(s) that day; no recent surveys"
        )
    );
    assert_eq!(
        lines[3],
        format!(
            "3,{li},李阿姨,13912340003,no,浦东新区,1,,covers 浦东新区; 1 visit(s) that day; no recent surveys"
        )
    );
    assert_eq!(lines.len(), 4, "陈阿姨 {chen} is on leave: {csv}");
    let json: serde_json::Value = serde_json::from_str(&env.ok(&[
        "staff",
        "suggest",
        "--date",
        "2026-12-01",
        "--category",
        "家庭保洁",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json[0]["rank"], 1);
    // 李阿姨 is busy that morning: a whole-day visit leaves her out.
    assert_eq!(json.as_array().unwrap().len(), 2, "{json}");
    // The do-not-send list leaves her out for that client.
    env.ok(&["staff", "avoid", &liu, "--client", &wang]);
    let csv = env.ok(&[
        "staff",
        "suggest",
        "--date",
        "2026-12-01",
        "--time",
        "13:00",
        "--category",
        "家庭保洁",
        "--client",
        &wang,
        "--format",
        "csv",
    ]);
    assert!(!csv.contains(&liu), "{csv}");
    env.refused(
        2,
        &[
            "staff",
            "suggest",
            "--date",
            "2026-12-01",
            "--category",
            "擦玻璃",
        ],
    );
}

#[test]
fn staff_figures_for_rewards() {
    let env = TestEnv::new();
    let liu = staff(&env, "刘阿姨", "13912345678", &[]);
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let li = env.add_client("李娜", "13900001111", &["--category", "家庭保洁"]);
    let v1 = env
        .ok(&[
            "visit",
            "add",
            &wang,
            "--date",
            "2026-11-01",
            "--staff",
            "刘阿姨",
        ])
        .trim()
        .to_string();
    env.ok(&[
        "visit",
        "add",
        &wang,
        "--date",
        "2026-11-08",
        "--staff",
        "刘阿姨",
    ]);
    let v3 = env
        .ok(&[
            "visit",
            "add",
            &li,
            "--date",
            "2026-11-09",
            "--staff",
            &liu,
            "--staff-unlisted",
            "王师傅",
        ])
        .trim()
        .to_string();
    env.ok(&[
        "survey",
        "add",
        &wang,
        "--date",
        "2026-11-02",
        "--visit",
        &v1,
        "--overall",
        "5",
        "--nps",
        "10",
    ]);
    env.ok(&[
        "survey",
        "add",
        &li,
        "--date",
        "2026-11-10",
        "--visit",
        &v3,
        "--overall",
        "3",
        "--nps",
        "6",
    ]);
    // 李娜 complains about the visit of 11-09 (刘阿姨 and 王师傅 both worked it) on
    // 11-10; a complaint with no visit names nobody.
    env.at(
        "2026-11-10T10:00:00+08:00",
        &["complaint", "add", &li, "--type", "quality", "--visit", &v3],
    );
    env.at(
        "2026-11-10T11:00:00+08:00",
        &["complaint", "add", &wang, "--type", "quality"],
    );
    // 刘阿姨: 1 complaint over 3 done visits = 33.33 per 100; 王师傅: 1 over 1 = 100.
    let csv = env.ok(&["report", "staff", "--format", "csv"]);
    assert_eq!(
        csv,
        format!(
            "id,name,done_visits,clients,repeat_clients,responses,overall,csat_pct,nps,\
             complaints,complaints_per_100\n\
             {liu},刘阿姨,3,2,1,2,4.00,50.00,0.00,1,33.33\n\
             (unlisted),王师傅,1,1,0,1,3.00,0.00,-100.00,1,100.00\n"
        )
    );
    // Complaints count by the day they were opened: none before 11-10 (nor is the
    // survey of 11-10 counted).
    let before = env.ok(&["report", "staff", "--to", "2026-11-09", "--format", "csv"]);
    assert_eq!(
        before,
        format!(
            "id,name,done_visits,clients,repeat_clients,responses,overall,csat_pct,nps,\
             complaints,complaints_per_100\n\
             {liu},刘阿姨,3,2,1,1,5.00,100.00,100.00,0,0.00\n\
             (unlisted),王师傅,1,1,0,0,,,,0,0.00\n"
        )
    );
    let json: serde_json::Value = serde_json::from_str(&env.ok(&[
        "report",
        "staff",
        "--from",
        "2026-11-05",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json[0]["done_visits"], 2);
    assert_eq!(json[0]["overall"], 3.0);
    assert_eq!(json[1]["nps"], -100.0);
    // 刘阿姨 from 11-05: one complaint over 2 done visits.
    assert_eq!(json[0]["complaints"], 1);
    assert_eq!(json[0]["complaints_per_100"], 50.0);
}
