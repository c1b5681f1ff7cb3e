//! Issue 7 for visits, through the real binary: a visit's category changed twice leaves
//! the client with the last one only, and a survey is only about a visit that has
//! happened (by hand and by import). The shared helpers are in `integrity_fixes`.

use std::collections::BTreeMap;

use crate::common::TestEnv;
use crate::integrity_fixes::{assert_unchanged, refused, show};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------
// C. A visit's category changed twice

fn categories(env: &TestEnv, id: &str) -> Value {
    show(env, id)["categories"].clone()
}

#[test]
fn a_visit_category_changed_twice_leaves_the_client_with_the_last_one() {
    let env = TestEnv::new();
    // 家庭保洁 was chosen at intake; the visit took it as the client's only category.
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let visit = env.ok(&["visit", "add", &wang, "--date", "2026-11-20"]);
    let visit = visit.trim();
    env.ok(&["visit", "edit", visit, "--set", "category=保姆照顾"]);
    assert_eq!(categories(&env, &wang), json!(["nanny"]));
    let out = env.run(&["visit", "edit", visit, "--set", "category=月嫂服务"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "client {wang} no longer has the category 保姆照顾"
        )),
        "{err}"
    );
    assert_eq!(categories(&env, &wang), json!(["maternity-nurse"]));
}

#[test]
fn a_category_another_visit_uses_stays_on_the_client() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let li = env.add_client("李娜", "13900001111", &["--category", "家庭保洁"]);
    let first = env.ok(&["visit", "add", &wang, "--date", "2026-11-10"]);
    // A cancelled booking still counts: the client asked for that service.
    let second = env.ok(&["visit", "add", &wang, "--date", "2026-11-25"]);
    env.ok(&["visit", "cancel", second.trim()]);
    // 李娜's visit in 保姆照顾 is not 王秀英's.
    let other = env.ok(&["visit", "add", &li, "--date", "2026-11-12"]);
    env.ok(&["visit", "edit", other.trim(), "--set", "category=保姆照顾"]);

    env.ok(&["visit", "edit", first.trim(), "--set", "category=保姆照顾"]);
    assert_eq!(categories(&env, &wang), json!(["house-cleaning", "nanny"]));
    env.ok(&["visit", "edit", first.trim(), "--set", "category=月嫂服务"]);
    assert_eq!(
        categories(&env, &wang),
        json!(["house-cleaning", "maternity-nurse"]),
        "保姆照顾 had no other visit of 王秀英's"
    );
    // The same category in another spelling is no change at all.
    let before = env.snapshot();
    let out = env.run(&[
        "visit",
        "edit",
        first.trim(),
        "--set",
        "category=maternity-nurse",
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no changes"));
    assert_unchanged(&env, &before);
}

#[test]
fn an_unknown_category_for_a_visit_changes_nothing() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let visit = env.ok(&["visit", "add", &wang, "--date", "2026-11-20"]);
    refused(
        &env,
        2,
        &["visit", "edit", visit.trim(), "--set", "category=擦玻璃"],
        &["`--set`", "擦玻璃"],
    );
    assert_eq!(categories(&env, &wang), json!(["house-cleaning"]));
}

// ---------------------------------------------------------------------------------
// D. A survey is about a visit that has happened

/// 王秀英 with a visit done on 2026-11-20, one booked for 2026-11-25 and one cancelled;
/// returns the store, her id and the three visit ids.
fn client_with_visits() -> (TestEnv, String, [String; 3]) {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let add = |date: &str| {
        env.ok(&["visit", "add", &wang, "--date", date])
            .trim()
            .to_string()
    };
    let done = add("2026-11-20");
    let booked = add("2026-11-25");
    let cancelled = add("2026-11-18");
    env.ok(&["visit", "cancel", &cancelled]);
    (env, wang, [done, booked, cancelled])
}

#[test]
fn survey_add_refuses_a_visit_that_has_not_happened() {
    let (env, wang, [done, booked, cancelled]) = client_with_visits();
    let add = ["survey", "add", wang.as_str(), "--overall", "5"];
    refused(
        &env,
        2,
        &[&add[..], &["--visit", &booked]].concat(),
        &[
            "`--visit`",
            &format!("visit {booked} is scheduled, not done"),
            &format!("hk visit done {booked}"),
            "leave `--visit` out",
        ],
    );
    refused(
        &env,
        2,
        &[&add[..], &["--visit", &cancelled[..6]]].concat(),
        &[
            "`--visit`",
            &format!("visit {cancelled} is cancelled, not done"),
        ],
    );
    // Done, but after the day of the answers.
    refused(
        &env,
        2,
        &[&add[..], &["--visit", &done, "--date", "2026-11-15"]].concat(),
        &[
            "`--visit`",
            &format!("visit {done} starts on 2026-11-20, after the survey's date 2026-11-15"),
            "`--date`",
        ],
    );
    // The same visit on its own day, and later, is fine.
    for date in ["2026-11-20", "2026-11-22"] {
        env.ok(&[&add[..], &["--visit", &done, "--date", date]].concat());
    }
}

#[test]
fn a_follow_up_may_still_be_about_a_booked_visit() {
    let (env, wang, [_, booked, _]) = client_with_visits();
    env.ok(&[
        "followup",
        "log",
        &wang,
        "--channel",
        "phone",
        "--visit",
        &booked,
    ]);
}

#[test]
fn survey_import_refuses_a_visit_that_has_not_happened_by_line() {
    let (env, wang, [done, booked, _]) = client_with_visits();
    let csv = format!(
        "client,date,visit,overall,nps,comment\n\
         {wang},2026-11-21,{done},5,9,阿姨很细心\n\
         {wang},2026-11-21,{booked},4,8,还没来\n\
         {wang},2026-11-19,{done},3,6,日期早于服务\n"
    );
    let file = env.write("survey.csv", csv.as_bytes());
    let file = file.to_str().unwrap();
    let err = refused(
        &env,
        1,
        &["survey", "import", file],
        &[
            &format!("line 3, column `visit`: visit {booked} is scheduled, not done"),
            &format!(
                "line 4, column `visit`: visit {done} starts on 2026-11-20, after the survey's date 2026-11-19"
            ),
            "leave the cell empty",
        ],
    );
    assert!(!err.contains("line 2"), "{err}");

    // With --skip-invalid, the good row goes in and the two others to the rejects file.
    let rejects = env.dir.path().join("rejects.csv");
    env.ok(&[
        "survey",
        "import",
        file,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    let listed = env.ok(&["survey", "list", "--format", "csv"]);
    assert_eq!(
        listed.lines().count(),
        2,
        "a header and one survey:\n{listed}"
    );
    let rejected = std::fs::read_to_string(&rejects).unwrap();
    assert!(
        rejected.contains("还没来") && rejected.contains("日期早于服务"),
        "{rejected}"
    );
    assert!(!rejected.contains("阿姨很细心"), "{rejected}");
}

/// A visit id prefix in the file that fits two visits is refused, not read as whichever
/// visit came first.
#[test]
fn survey_import_refuses_an_ambiguous_visit_prefix() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    // Ids are random: add done visits until two share their first three characters
    // (32 kinds of third character, so 33 visits at most).
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let prefix = loop {
        let v = env.ok(&["visit", "add", &wang, "--date", "2026-11-20"]);
        let v = v.trim().to_string();
        if seen.insert(v[..3].to_string(), v.clone()).is_some() {
            break v[..3].to_string();
        }
        assert!(seen.len() <= 32, "{seen:?}");
    };
    let file = env.write(
        "survey.csv",
        format!("client,date,visit,overall\n{wang},2026-11-21,{prefix},5\n").as_bytes(),
    );
    refused(
        &env,
        1,
        &["survey", "import", file.to_str().unwrap()],
        &["line 2, column `visit`: the id prefix fits several visits"],
    );
}
