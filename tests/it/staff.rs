//! The staff roster (DESIGN §10), through the real binary: a roster kept by an office
//! in Shanghai, its certificates, its import and the clients' do-not-send lists.

use crate::common::TestEnv;

fn add_liu(env: &TestEnv) -> String {
    env.ok(&[
        "staff",
        "add",
        "--name",
        "刘阿姨",
        "--phone",
        "+86 139-1234-5678",
        "--id-number",
        "11010519491231002x",
        "--gender",
        "女",
        "--birth-year",
        "1972",
        "--native-place",
        "安徽",
        "--category",
        "月嫂服务",
        "--skill",
        "月子餐",
        "--skill",
        "催乳",
        "--level",
        "4",
        "--district",
        "浦东新区",
        "--cert",
        "健康证:HZ001:2026-01-05:2026-12-10",
    ])
    .trim()
    .to_string()
}

#[test]
fn a_roster_with_masked_ids_filters_and_expiring_certificates() {
    let env = TestEnv::with_git();
    let liu = add_liu(&env);
    assert!(liu.starts_with("w-") && liu.len() == 10, "{liu}");
    assert!(
        env.store
            .join("staff")
            .join(format!("{liu}.toml.age"))
            .exists()
    );
    assert_eq!(
        env.git(&["log", "-1", "--format=%s"]).trim(),
        format!("staff add {liu}")
    );
    let zhang = env
        .ok(&[
            "staff",
            "add",
            "--name",
            "张阿姨",
            "--phone",
            "13800001111",
            "--category",
            "家庭保洁",
            "--skill",
            "保洁",
            "--district",
            "徐汇区",
            "--cert",
            "健康证:HZ002:2026-03-01:2027-02-28",
        ])
        .trim()
        .to_string();

    let shown = env.ok(&["staff", "show", "刘阿姨", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(v["id"], liu.as_str());
    assert_eq!(v["phones"], serde_json::json!(["13912345678"]));
    assert_eq!(v["id_number"], "1101**********002X");
    assert_eq!(v["level"], 4, "a number in JSON");
    let revealed = env.ok(&["staff", "show", &liu[..5], "--reveal", "--format", "json"]);
    assert!(revealed.contains("11010519491231002X"), "{revealed}");

    // By name, by code point (刘 before 张).
    let csv = env.ok(&["staff", "list", "--format", "csv"]);
    assert_eq!(
        csv,
        format!(
            "id,name,phone,categories,skills,level,districts,status\n\
             {liu},刘阿姨,13912345678,maternity-nurse,月子餐; 催乳,4,浦东新区,active\n\
             {zhang},张阿姨,13800001111,house-cleaning,保洁,,徐汇区,active\n"
        )
    );
    for (flag, value) in [
        ("--category", "maternity-nurse"),
        ("--skill", "催乳"),
        ("--district", "浦东"),
        ("--status", "active"),
    ] {
        let out = env.ok(&["staff", "list", flag, value, "--format", "csv"]);
        assert!(out.contains(&liu), "{flag} {value}: {out}");
        if flag != "--status" {
            assert!(!out.contains(&zhang), "{flag} {value}: {out}");
        }
    }

    // Today is 2026-11-22: 刘阿姨's health certificate ends 2026-12-10, in 18 days.
    let expiring = env.ok(&["staff", "list", "--expiring", "30", "--format", "csv"]);
    assert_eq!(
        expiring,
        format!(
            "id,name,certificate,number,expires,days_left\n{liu},刘阿姨,健康证,HZ001,2026-12-10,18\n"
        )
    );
    assert_eq!(
        env.ok(&["staff", "list", "--expiring", "10", "--format", "csv"])
            .lines()
            .count(),
        1
    );

    env.ok(&[
        "staff",
        "edit",
        &liu,
        "--set",
        "status=leave",
        "--set",
        "status.since=2026-12-01",
        "--set",
        "status.until=2026-12-05",
    ]);
    assert_eq!(
        env.git(&["log", "-1", "--format=%s"]).trim(),
        format!("staff edit {liu}")
    );
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["staff", "show", &liu, "--format", "json"])).unwrap();
    assert_eq!(v["status"], "leave since 2026-12-01 until 2026-12-05");
    assert_eq!(v["status_today"], "active", "the leave has not begun");
}

#[test]
fn bad_input_names_the_flag_and_writes_nothing() {
    let env = TestEnv::with_git();
    let err = env.refused(
        2,
        &[
            "staff",
            "add",
            "--name",
            "刘阿姨",
            "--category",
            "月嫂服务",
            "--id-number",
            "110105194912310021",
        ],
    );
    assert!(err.contains("`--id-number`"), "{err}");
    assert!(!err.contains("110105"), "{err}");
    let err = env.refused(2, &["staff", "add", "--name", "刘阿姨"]);
    assert!(err.contains("`--category`"), "{err}");
    let err = env.refused(
        2,
        &[
            "staff",
            "add",
            "--name",
            "刘阿姨",
            "--category",
            "nanny",
            "--cert",
            "健康证:1:2026-13-01:",
        ],
    );
    assert!(err.contains("`--cert`"), "{err}");
    let err = env.refused(
        2,
        &[
            "staff",
            "add",
            "--name",
            "刘阿姨",
            "--category",
            "nanny",
            "--level",
            "5",
        ],
    );
    assert!(err.contains("`--level`"), "{err}");
    let err = env.refused(1, &["staff", "show", "王阿姨"]);
    assert!(err.contains("no staff member has that name"), "{err}");
    assert!(!err.contains("王阿姨"), "{err}");
}

#[test]
fn import_is_all_or_nothing_with_line_numbers_in_gbk_too() {
    let env = TestEnv::with_git();
    let good = "姓名,手机,服务类型,技能,区域,证书\n刘阿姨,13912345678,月嫂服务,月子餐、催乳,浦东新区,健康证:HZ1:2026-01-01:2027-01-01\n王阿姨,13700002222,保姆照顾,做饭,闵行区,健康证:HZ2:2026-01-01:2027-01-01\n";
    let bad = good.replace("13700002222", "1370000");
    let bad_file = env.write("bad.csv", &encoding_rs::GBK.encode(&bad).0);
    let err = env.refused(1, &["staff", "import", bad_file.to_str().unwrap()]);
    assert!(err.contains("line 3"), "{err}");
    assert!(err.contains("手机"), "{err}");
    assert!(!err.contains("1370000"), "{err}");

    let file = env.write(
        "good.csv",
        &[b"\xEF\xBB\xBF".as_slice(), good.as_bytes()].concat(),
    );
    let ids = env.ok(&["staff", "import", file.to_str().unwrap()]);
    assert_eq!(ids.lines().count(), 2, "{ids}");
    assert!(
        env.git(&["log", "-1", "--format=%s"])
            .starts_with("staff import")
    );
    // Importing the same file again adds nothing.
    let again = env.run(&["staff", "import", file.to_str().unwrap()]);
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stdout).is_empty());
    let english = env.write(
        "en.csv",
        b"name,phone,category,skills\nLi Mei,13600003333,nanny,cooking\n",
    );
    env.ok(&["staff", "import", english.to_str().unwrap()]);
    assert_eq!(
        env.ok(&["staff", "list", "--format", "csv"])
            .lines()
            .count(),
        4
    );
}

#[test]
fn a_client_asks_not_to_have_her_again() {
    let env = TestEnv::with_git();
    let liu = add_liu(&env);
    let wang = env.add_client(
        "王秀英",
        "13812345678",
        &[
            "--category",
            "月嫂服务",
            "--address",
            "上海市浦东新区张江路88号",
        ],
    );
    env.ok(&["staff", "avoid", "刘阿姨", "--client", "王秀英"]);
    let subject = env.git(&["log", "-1", "--format=%s"]);
    assert_eq!(subject.trim(), format!("staff avoid {liu} ({wang})"));
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["staff", "show", &liu, "--format", "json"])).unwrap();
    assert_eq!(v["avoided_by"], serde_json::json!([wang]));
    env.ok(&["staff", "avoid", &liu, "--client", &wang, "--undo"]);
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["staff", "show", &liu, "--format", "json"])).unwrap();
    assert_eq!(v["avoided_by"], serde_json::json!([]));
}

fn avoided_by(env: &TestEnv, staff: &str) -> serde_json::Value {
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["staff", "show", staff, "--format", "json"])).unwrap();
    v["avoided_by"].clone()
}

/// `hk staff suggest` for a maternity nurse on 2026-12-01 for `client`, as CSV.
fn suggested_for(env: &TestEnv, client: &str) -> String {
    env.ok(&[
        "staff",
        "suggest",
        "--date",
        "2026-12-01",
        "--category",
        "月嫂服务",
        "--client",
        client,
        "--format",
        "csv",
    ])
}

/// 王秀英 entered twice; the second record asked not to have 刘阿姨 again, and both
/// asked not to have 张阿姨.
fn wang_twice_with_avoids() -> (TestEnv, String, String, String, String) {
    let env = TestEnv::with_git();
    let liu = add_liu(&env);
    let zhang = env
        .ok(&[
            "staff",
            "add",
            "--name",
            "张阿姨",
            "--phone",
            "13712345678",
            "--category",
            "月嫂服务",
        ])
        .trim()
        .to_string();
    let keep = env.add_client(
        "王秀英",
        "13812345678",
        &[
            "--category",
            "月嫂服务",
            "--address",
            "上海市浦东新区张江路88号",
        ],
    );
    let other = env.add_client(
        "王秀英",
        "13900001111",
        &["--category", "月嫂服务", "--allow-duplicate"],
    );
    env.ok(&["staff", "avoid", &liu, "--client", &other]);
    env.ok(&["staff", "avoid", &zhang, "--client", &keep]);
    env.ok(&["staff", "avoid", &zhang, "--client", &other]);
    (env, liu, zhang, keep, other)
}

#[test]
fn a_merged_client_keeps_her_do_not_send_list_in_the_one_commit() {
    let (env, liu, zhang, keep, other) = wang_twice_with_avoids();
    assert!(suggested_for(&env, &keep).contains(&liu));
    let commits = env.commits();
    let out = env.run(&["client", "merge", &keep, &other, "--yes"]);
    assert!(out.status.success());
    assert_eq!(env.commits(), commits + 1, "one commit");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains(&liu) && said.contains(&zhang), "{said}");
    assert!(
        !said.contains("刘阿姨") && !said.contains("张阿姨"),
        "{said}"
    );
    let msg = env.git(&["log", "-1", "--format=%B"]);
    assert!(msg.contains(&liu) && msg.contains(&zhang), "{msg}");
    assert!(!msg.contains("阿姨"), "{msg}");
    assert_eq!(avoided_by(&env, &liu), serde_json::json!([keep]));
    // Both records had asked: the client who stays is listed once.
    assert_eq!(avoided_by(&env, &zhang), serde_json::json!([keep]));
    let csv = suggested_for(&env, &keep);
    assert!(!csv.contains(&liu) && !csv.contains(&zhang), "{csv}");
    assert_eq!(env.git(&["status", "--porcelain"]), "");
}

#[test]
fn a_deleted_client_is_taken_off_every_do_not_send_list_in_the_one_commit() {
    let (env, liu, zhang, keep, other) = wang_twice_with_avoids();
    let commits = env.commits();
    let out = env.run(&["client", "delete", &other, "--yes"]);
    assert!(out.status.success());
    assert_eq!(env.commits(), commits + 1, "one commit");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains(&liu) && said.contains(&zhang), "{said}");
    assert!(!said.contains("阿姨"), "{said}");
    let msg = env.git(&["log", "-1", "--format=%B"]);
    assert!(msg.starts_with(&format!("client delete {other}")), "{msg}");
    assert!(msg.contains(&liu) && msg.contains(&zhang), "{msg}");
    assert_eq!(avoided_by(&env, &liu), serde_json::json!([]));
    assert_eq!(avoided_by(&env, &zhang), serde_json::json!([keep]));
    assert_eq!(env.git(&["status", "--porcelain"]), "");
}

#[test]
fn an_unreadable_staff_record_refuses_a_client_merge_or_delete() {
    let (env, _liu, zhang, keep, other) = wang_twice_with_avoids();
    std::fs::write(
        env.store.join(format!("staff/{zhang}.toml.age")),
        b"damaged",
    )
    .unwrap();
    let commits = env.commits();
    for args in [
        vec!["client", "merge", &keep, &other, "--yes"],
        vec!["client", "delete", &other, "--yes"],
    ] {
        let err = env.refused(1, &args);
        assert!(err.contains(&zhang) && err.contains("staff/"), "{err}");
        assert!(err.contains("nothing was written"), "{err}");
    }
    assert_eq!(env.commits(), commits);
}
