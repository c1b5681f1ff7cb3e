//! Visits name staff by id, and the booking rules (DESIGN §10), through the binary:
//! an office in Shanghai books 刘阿姨 and 张阿姨, hits double bookings, an expired
//! health certificate, a do-not-send list, and links its old visits to the roster.

use crate::common::TestEnv;

fn add_staff(env: &TestEnv, name: &str, phone: &str, cert_expires: &str) -> String {
    env.ok(&[
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
        "--district",
        "浦东新区",
        "--cert",
        &format!("健康证:HZ-{phone}:2026-01-01:{cert_expires}"),
    ])
    .trim()
    .to_string()
}

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap()
}

#[test]
fn without_a_roster_staff_stay_free_text_and_link_later() {
    let env = TestEnv::with_git();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let v1 = env
        .ok(&[
            "visit",
            "add",
            &wang,
            "--date",
            "2026-11-20",
            "--staff",
            "刘阿姨",
        ])
        .trim()
        .to_string();
    let v2 = env
        .ok(&[
            "visit",
            "add",
            &wang,
            "--date",
            "2026-11-21",
            "--staff",
            "刘阿姨",
            "--staff",
            "李阿姨",
        ])
        .trim()
        .to_string();
    let v = json(&env.ok(&["visit", "show", &v1, "--format", "json"]));
    assert_eq!(v["staff"], serde_json::json!(["刘阿姨"]));

    let liu = add_staff(&env, "刘阿姨", "13912345678", "2027-06-30");
    // Now a name that is on no staff record is refused; --staff-unlisted keeps one.
    let err = env.refused(
        1,
        &[
            "visit",
            "add",
            &wang,
            "--date",
            "2026-11-22",
            "--staff",
            "王阿姨",
        ],
    );
    assert!(
        err.contains("`--staff`") && err.contains("no staff member"),
        "{err}"
    );
    assert!(err.contains("--staff-unlisted"), "{err}");
    assert!(!err.contains("王阿姨"), "{err}");
    env.ok(&[
        "visit",
        "add",
        &wang,
        "--date",
        "2026-11-22",
        "--staff-unlisted",
        "王阿姨",
    ]);

    let linked = env.ok(&["staff", "link"]);
    assert_eq!(linked.lines().count(), 2, "{linked}");
    let subject = env.git(&["log", "-1", "--format=%s"]);
    assert_eq!(subject.trim(), "staff link (2 visits)");
    let body = env.git(&["log", "-1", "--format=%b"]);
    assert!(
        body.contains(&v1) && body.contains(&v2) && !body.contains("刘"),
        "{body}"
    );
    let file = env.ok(&["visit", "list", "--format", "json"]);
    let rows = json(&file);
    assert_eq!(
        rows[0]["staff"],
        serde_json::json!(["刘阿姨"]),
        "names shown, ids stored"
    );
    assert_eq!(rows[1]["staff"], serde_json::json!(["刘阿姨", "李阿姨"]));
    // Filter by id prefix or by name; the record keeps the id.
    assert_eq!(
        json(&env.ok(&["visit", "list", "--staff", &liu[..5], "--format", "json"]))
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        json(&env.ok(&["visit", "list", "--staff", "刘阿姨", "--format", "json"]))
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let file = env.store.join(format!("visits/2026-11/{v1}.toml.age"));
    let cat = env.ok(&["cat", file.to_str().unwrap()]);
    assert!(cat.contains(&format!("staff = [\"{liu}\"]")), "{cat}");
    // Satisfaction by staff groups visits of both kinds under her name.
    env.ok(&[
        "survey",
        "add",
        &wang,
        "--date",
        "2026-11-22",
        "--visit",
        &v1,
        "--overall",
        "5",
        "--nps",
        "10",
    ]);
    let by_staff = env.ok(&["report", "satisfaction", "--by", "staff", "--format", "csv"]);
    assert!(by_staff.contains("\n刘阿姨,1,"), "{by_staff}");
}

#[test]
fn a_double_booking_is_refused_with_the_other_visits_id_and_date() {
    let env = TestEnv::with_git();
    let liu = add_staff(&env, "刘阿姨", "13912345678", "2027-06-30");
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
    let li = env.add_client(
        "李娜",
        "13900001111",
        &[
            "--category",
            "家庭保洁",
            "--address",
            "北京市朝阳区建国路1号",
        ],
    );
    let first = env
        .ok(&[
            "visit",
            "add",
            &wang,
            "--date",
            "2026-12-01",
            "--time",
            "09:00",
            "--staff",
            "刘阿姨",
        ])
        .trim()
        .to_string();
    // House cleaning takes 3 h: 09:00–12:00.
    let err = env.refused(
        1,
        &[
            "visit",
            "add",
            &li,
            "--date",
            "2026-12-01",
            "--time",
            "11:30",
            "--staff",
            "刘阿姨",
        ],
    );
    assert!(
        err.contains(&format!(
            "{liu} is already booked on visit {first} (2026-12-01)"
        )),
        "{err}"
    );
    assert!(err.contains("--allow-overlap"), "{err}");
    assert!(!err.contains("王秀英") && !err.contains("李娜"), "{err}");
    // Half-open: 12:00 is free; a whole-day visit that day is not.
    env.ok(&[
        "visit",
        "add",
        &li,
        "--date",
        "2026-12-01",
        "--time",
        "12:00",
        "--staff",
        "刘阿姨",
    ]);
    env.refused(
        1,
        &["visit", "add", &li, "--date", "2026-12-01", "--staff", &liu],
    );
    env.ok(&[
        "visit",
        "add",
        &li,
        "--date",
        "2026-12-01",
        "--staff",
        &liu,
        "--allow-overlap",
    ]);
    // A cancelled visit frees her; an edit into a clash is refused.
    env.ok(&["visit", "cancel", &first]);
    let moved = env
        .ok(&[
            "visit",
            "add",
            &li,
            "--date",
            "2026-12-02",
            "--time",
            "09:00",
            "--staff",
            "刘阿姨",
        ])
        .trim()
        .to_string();
    let other = env
        .ok(&[
            "visit",
            "add",
            &wang,
            "--date",
            "2026-12-02",
            "--time",
            "14:00",
            "--staff",
            "刘阿姨",
        ])
        .trim()
        .to_string();
    let err = env.refused(1, &["visit", "edit", &other, "--set", "time=10:00"]);
    assert!(err.contains(&moved), "{err}");
    env.ok(&[
        "visit",
        "edit",
        &other,
        "--set",
        "time=10:00",
        "--allow-overlap",
    ]);

    // The client's do-not-send list.
    env.ok(&["staff", "avoid", &liu, "--client", &wang]);
    let err = env.refused(
        1,
        &[
            "visit",
            "add",
            &wang,
            "--date",
            "2026-12-09",
            "--staff",
            "刘阿姨",
        ],
    );
    assert!(
        err.contains(&format!("client {wang} asked not to have {liu} again")),
        "{err}"
    );
}

#[test]
fn a_nurses_health_certificate_expires() {
    let env = TestEnv::with_git();
    let liu = add_staff(&env, "刘阿姨", "13912345678", "2026-12-10");
    let zhao = env.add_client("赵敏", "13700001111", &["--category", "月嫂服务"]);
    // A 26-day stay from 12-01: her 健康证 ends 12-10, so she cannot do it.
    let err = env.refused(
        1,
        &[
            "visit",
            "add",
            &zhao,
            "--date",
            "2026-12-01",
            "--end",
            "2026-12-26",
            "--staff",
            "刘阿姨",
        ],
    );
    assert!(
        err.contains(&format!("{liu} has no 健康证 valid on 2026-12-11")),
        "{err}"
    );
    let expiring = env.ok(&["staff", "list", "--expiring", "30", "--format", "csv"]);
    assert!(
        expiring.contains(&format!("{liu},刘阿姨,健康证,HZ-13912345678,2026-12-10,18")),
        "{expiring}"
    );
    // Renewed, she can; on leave, she cannot.
    env.ok(&[
        "staff",
        "edit",
        &liu,
        "--set",
        "certificates=健康证:HZ-2:2026-11-20:2027-11-19",
    ]);
    env.ok(&[
        "visit",
        "add",
        &zhao,
        "--date",
        "2026-12-01",
        "--end",
        "2026-12-26",
        "--staff",
        "刘阿姨",
    ]);
    env.ok(&[
        "staff",
        "edit",
        &liu,
        "--set",
        "status=leave",
        "--set",
        "status.since=2027-01-05",
        "--set",
        "status.until=2027-01-20",
    ]);
    let err = env.refused(
        1,
        &[
            "visit",
            "add",
            &zhao,
            "--date",
            "2027-01-10",
            "--staff",
            "刘阿姨",
        ],
    );
    assert!(
        err.contains(&format!("{liu} is on leave on 2027-01-10")),
        "{err}"
    );
}

#[test]
fn visit_import_names_staff_and_keeps_the_rules() {
    let env = TestEnv::with_git();
    let liu = add_staff(&env, "刘阿姨", "13912345678", "2027-06-30");
    env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    env.add_client("李娜", "13900001111", &["--category", "家庭保洁"]);
    let unknown = env.write("unknown.csv", "手机,日期,时间,服务人员\n13812345678,2026-12-01,09:00,刘阿姨\n13900001111,2026-12-02,09:00,王阿姨\n".as_bytes());
    let err = env.refused(1, &["visit", "import", unknown.to_str().unwrap()]);
    assert!(
        err.contains("line 3") && err.contains("no staff member"),
        "{err}"
    );
    let clash = env.write("clash.csv", "手机,日期,时间,服务人员\n13812345678,2026-12-01,09:00,刘阿姨\n13900001111,2026-12-01,10:00,刘阿姨\n".as_bytes());
    let err = env.refused(1, &["visit", "import", clash.to_str().unwrap()]);
    assert!(
        err.contains("line 3") && err.contains(&format!("{liu} is already booked")),
        "{err}"
    );
    assert!(!err.contains("王秀英"), "{err}");
    let ids = env.ok(&[
        "visit",
        "import",
        clash.to_str().unwrap(),
        "--allow-overlap",
    ]);
    assert_eq!(ids.lines().count(), 2);
}
