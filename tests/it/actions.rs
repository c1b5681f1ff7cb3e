//! Action items (待办, DESIGN §11): the `--action` texts of follow-ups, with ids,
//! optional `@DATE` due dates, `hk action list [--open] [--overdue]` and `hk action done`.

use crate::common::TestEnv;

fn list(env: &TestEnv, now: &str, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["--format", "json", "action", "list"];
    args.extend_from_slice(extra);
    serde_json::from_str(&env.at(now, &args)).unwrap()
}

fn ids(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn items_have_ids_due_dates_and_are_done_once() {
    let env = TestEnv::with_git();
    let c = env.add_client("王秀英", "13812345678", &[]);
    let f = env.at(
        "2026-11-22T09:00:00+08:00",
        &[
            "followup",
            "log",
            &c,
            "--channel",
            "phone",
            "--action",
            "问下月是否续约@2026-12-01",
            "--action",
            "送清洁剂@tomorrow",
            "--action",
            "更新地址",
        ],
    );
    let all = list(&env, "2026-11-22T09:00:00+08:00", &[]);
    assert_eq!(
        ids(&all),
        [format!("{f}.2"), format!("{f}.1"), format!("{f}.3")],
        "by due date, undated last"
    );
    assert_eq!(all[0]["action"], "送清洁剂");
    assert_eq!(
        all[0]["due"], "2026-11-23",
        "`@tomorrow` was fixed on the day it was typed"
    );
    assert_eq!(all[1]["due"], "2026-12-01");
    assert_eq!(all[2]["due"], serde_json::Value::Null);

    // Overdue from the day after the due date.
    assert!(
        list(&env, "2026-11-23T09:00:00+08:00", &["--overdue"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        ids(&list(&env, "2026-11-24T09:00:00+08:00", &["--overdue"])),
        [format!("{f}.2")]
    );

    let before = env.commits();
    env.at(
        "2026-11-24T10:00:00+08:00",
        &["action", "done", &format!("{}.2", &f[..5])],
    );
    assert_eq!(env.commits(), before + 1);
    assert_eq!(
        env.git(&["log", "-1", "--format=%s"]).trim(),
        format!("action done {f}.2")
    );
    assert!(
        list(&env, "2026-11-24T10:00:00+08:00", &["--overdue"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    let open = list(&env, "2026-12-05T10:00:00+08:00", &["--open"]);
    assert_eq!(ids(&open), [format!("{f}.1"), format!("{f}.3")]);
    assert_eq!(open[0]["overdue"], true);
    let all = list(&env, "2026-12-05T10:00:00+08:00", &[]);
    let done = all
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == format!("{f}.2").as_str())
        .unwrap();
    assert_eq!(done["done"], "2026-11-24");
    assert_eq!(done["overdue"], false);

    // Refused, with nothing written.
    let err = env.refused(1, &["action", "done", &format!("{f}.2")]);
    assert!(err.contains("already"), "{err}");
    let err = env.refused(1, &["action", "done", &format!("{f}.4")]);
    assert!(err.contains("3 action item(s)"), "{err}");
    env.refused(2, &["action", "done", &f]);
    let err = env.refused(
        2,
        &[
            "followup",
            "log",
            &c,
            "--channel",
            "phone",
            "--action",
            "回电@2026-13-01",
        ],
    );
    assert!(err.contains("`--action`"), "{err}");
    assert!(!err.contains("回电"), "the text is not repeated: {err}");
}
