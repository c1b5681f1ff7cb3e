//! Messages to clients (DESIGN §12) through the real binary: reminder, care and
//! campaign texts from the config's templates, the consent rules (do-not-contact
//! clients get no care or campaign message, a campaign needs marketing consent from
//! its date on), clients without a phone left out and counted, the care rule on dates
//! computed by hand, `--log` writing follow-ups (and nothing without it), and bad
//! templates and flags refused with nothing written.

use crate::common::TestEnv;

fn json(env: &TestEnv, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&env.ok(&all)).unwrap()
}

/// stdout and stderr of a command that must succeed.
fn both(env: &TestEnv, now: &str, args: &[&str]) -> (String, String) {
    let out = env.cmd().env("HK_NOW", now).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "hk {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn names(rows: &serde_json::Value) -> Vec<String> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_string())
        .collect()
}

/// Today is 2026-11-22. Six clients, the next expected service worked out by hand:
///
/// - 王秀英 weekly, done 11-17 → 11-24; marketing yes; phone
/// - 李娜 every two weeks, done 11-10 → 11-24; WeChat only (no phone); visit 12-01
/// - 赵敏 weekly, done 11-17 → 11-24; do-not-contact; marketing yes; visit 12-01
/// - 陈静 monthly, done 10-25 → 11-25
/// - 刘洋 monthly, done 10-25 → 11-25, but a visit is booked 11-23 09:30 (张丽华)
/// - 孙丽 quarterly, done 08-30 → 11-30
struct World {
    env: TestEnv,
    wang: String,
    zhao: String,
    chen: String,
}

fn world() -> World {
    let env = TestEnv::with_git();
    let client = |name: &str, contact: &[&str], freq: &str, extra: &[&str]| {
        let mut args = vec![
            "client",
            "add",
            "--name",
            name,
            "--frequency",
            freq,
            "--category",
            "house-cleaning",
        ];
        args.extend_from_slice(contact);
        args.extend_from_slice(extra);
        env.ok(&args).trim().to_string()
    };
    let wang = client(
        "王秀英",
        &["--phone", "13812345678"],
        "每周一次",
        &["--marketing"],
    );
    let li = client("李娜", &["--wechat", "lina88"], "每两周", &[]);
    let zhao = client(
        "赵敏",
        &["--phone", "13700001111"],
        "每周",
        &["--do-not-contact", "--marketing"],
    );
    let chen = client("陈静", &["--phone", "13900002222"], "每月一次", &[]);
    let liu = client("刘洋", &["--phone", "13600003333"], "每月", &[]);
    let sun = client("孙丽", &["--phone", "13500004444"], "每季度", &[]);
    let visit = |c: &str, date: &str, extra: &[&str]| {
        let mut args = vec!["visit", "add", c, "--date", date];
        args.extend_from_slice(extra);
        env.ok(&args);
    };
    visit(&wang, "2026-11-10", &[]);
    visit(&wang, "2026-11-17", &["--staff", "张丽华"]);
    visit(&li, "2026-11-10", &[]);
    visit(&li, "2026-12-01", &[]);
    visit(&zhao, "2026-11-17", &[]);
    visit(&zhao, "2026-12-01", &[]);
    visit(&chen, "2026-10-25", &[]);
    visit(&liu, "2026-10-25", &[]);
    visit(
        &liu,
        "2026-11-23",
        &["--time", "09:30", "--staff", "张丽华"],
    );
    visit(&sun, "2026-08-30", &[]);
    World {
        env,
        wang,
        zhao,
        chen,
    }
}

/// Puts `company_name` and extra templates into the store's config.
fn configure(env: &TestEnv, company: &str, templates: &str) {
    let path = env.store.join(".hk/config.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replace(
        "company_name = \"\"",
        &format!("company_name = \"{company}\""),
    );
    std::fs::write(&path, format!("{text}{templates}\n")).unwrap();
}

const NOW: &str = "2026-11-22T09:00:00+08:00";

#[test]
fn care_messages_follow_the_frequency_and_leave_out_whom_they_must() {
    let w = world();
    let env = &w.env;
    let (out, err) = both(
        env,
        NOW,
        &["--format", "json", "message", "care", "--within", "7"],
    );
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        names(&rows),
        ["王秀英", "陈静"],
        "by next date; 刘洋 is booked, 孙丽 is 8 days away"
    );
    assert_eq!(rows[0]["date"], "2026-11-24");
    assert_eq!(rows[0]["phone"], "13812345678");
    assert_eq!(
        rows[0]["text"],
        "王秀英您好，距您上次家庭保洁已有一段时间，按您的服务周期，下次服务建议安排在11月24日前后。需要预约请直接回复或来电，祝生活愉快！"
    );
    assert_eq!(rows[1]["date"], "2026-11-25");
    assert!(
        err.contains("2 client(s) left out: 1 do-not-contact, 1 without a phone"),
        "{err}"
    );
    let rows = json(env, &["message", "care", "--within", "8"]);
    assert_eq!(names(&rows), ["王秀英", "陈静", "孙丽"]);
    // Two days later 王秀英's date (11-24) is today; a day after that it has passed.
    let later = env.at(
        "2026-11-24T09:00:00+08:00",
        &["--format", "json", "message", "care", "--within", "0"],
    );
    assert_eq!(names(&serde_json::from_str(&later).unwrap()), ["王秀英"]);
    // On 11-25 刘洋's booking of 11-23 lies behind (never marked done), so nothing is
    // booked from today on: he is due like 陈静 (same date, then by name).
    let after = env.at(
        "2026-11-25T09:00:00+08:00",
        &["--format", "json", "message", "care", "--within", "0"],
    );
    assert_eq!(
        names(&serde_json::from_str(&after).unwrap()),
        ["刘洋", "陈静"]
    );
    // A do-not-contact client never appears, however wide the window.
    for n in ["1", "7", "30", "365"] {
        let rows = json(env, &["message", "care", "--within", n]);
        assert!(!names(&rows).contains(&"赵敏".to_string()), "--within {n}");
    }
    // Closed clients get no care message either.
    env.ok(&["client", "edit", &w.chen, "--set", "closed=搬家"]);
    let (_, err) = both(env, NOW, &["message", "care", "--within", "7"]);
    assert!(err.contains("1 closed"), "{err}");
}

#[test]
fn reminders_go_to_every_booked_client_with_a_phone() {
    let w = world();
    let env = &w.env;
    let (out, _) = both(
        env,
        NOW,
        &["--format", "csv", "message", "reminders", "--tomorrow"],
    );
    assert_eq!(
        out,
        "phone,text\n13600003333,刘洋您好，提醒您：11月23日（09:30）有家庭保洁服务，服务人员：张丽华。如需改期请提前联系我们，谢谢！\n"
    );
    // On 12-01: 赵敏 is do-not-contact, but a reminder for her booking still goes;
    // 李娜 has no phone.
    let (out, err) = both(
        env,
        NOW,
        &[
            "--format",
            "json",
            "message",
            "reminders",
            "--on",
            "2026-12-01",
        ],
    );
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(names(&rows), ["赵敏"]);
    assert_eq!(rows[0]["client"], w.zhao.as_str());
    assert_eq!(
        rows[0]["text"],
        "赵敏您好，提醒您：12月1日（时间待定）有家庭保洁服务，服务人员：待定。如需改期请提前联系我们，谢谢！",
        "what the visit lacks reads 时间待定 / 待定"
    );
    assert!(
        err.contains("1 client(s) left out: 1 without a phone"),
        "{err}"
    );
}

#[test]
fn campaigns_need_marketing_consent_from_its_date() {
    let w = world();
    let env = &w.env;
    configure(
        env,
        "好帮手家政",
        "spring = \"【{company}】{name}您好，春季{service}九折，{date}起可约。\"",
    );
    let (out, err) = both(
        env,
        NOW,
        &[
            "--format",
            "csv",
            "message",
            "campaign",
            "--template",
            "spring",
        ],
    );
    assert_eq!(
        out,
        "phone,text\n13812345678,【好帮手家政】王秀英您好，春季家庭保洁九折，11月22日起可约。\n"
    );
    assert!(
        err.contains("5 client(s) left out: 1 do-not-contact, 4 without marketing consent"),
        "{err}"
    );
    // 陈静 agrees on 11-20 (the edit dates it): a campaign sent on 11-19 does not
    // reach her, one on 11-22 does.
    env.at(
        "2026-11-20T10:00:00+08:00",
        &["client", "edit", &w.chen, "--set", "consent.marketing=yes"],
    );
    let before = env.at(
        "2026-11-19T10:00:00+08:00",
        &[
            "--format",
            "json",
            "message",
            "campaign",
            "--template",
            "spring",
        ],
    );
    assert!(!names(&serde_json::from_str(&before).unwrap()).contains(&"陈静".to_string()));
    let rows = json(env, &["message", "campaign", "--template", "spring"]);
    assert_eq!(names(&rows), ["王秀英", "陈静"]);
    // Withdrawn: no more campaigns.
    env.ok(&["client", "edit", &w.chen, "--set", "consent.marketing=no"]);
    assert_eq!(
        names(&json(env, &["message", "campaign", "--template", "spring"])),
        ["王秀英"]
    );
    // Do-not-contact wins over a yes.
    env.ok(&["client", "edit", &w.wang, "--set", "do_not_contact=yes"]);
    assert!(names(&json(env, &["message", "campaign", "--template", "spring"])).is_empty());
}

#[test]
fn log_writes_one_follow_up_per_message_and_nothing_without_it() {
    let w = world();
    let env = &w.env;
    let commits = env.commits();
    let before = env.snapshot();
    env.ok(&["message", "care", "--within", "7"]);
    env.ok(&["message", "reminders", "--tomorrow"]);
    assert_eq!(env.commits(), commits, "listing writes nothing");
    assert!(before == env.snapshot());

    let (_, err) = both(env, NOW, &["message", "care", "--within", "7", "--log"]);
    assert!(
        err.contains("logged 2 follow-up(s) (sms, reached)"),
        "{err}"
    );
    assert_eq!(env.commits(), commits + 1, "one commit");
    let subject = env.git(&["log", "-1", "--format=%s"]);
    assert_eq!(subject.trim(), "message care --within 7 (2 follow-ups)");
    let logged = json(env, &["followup", "list", "--client", &w.wang]);
    let logged = logged.as_array().unwrap();
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0]["channel"], "sms");
    assert_eq!(logged[0]["outcome"], "reached");
    assert_eq!(logged[0]["date"], "2026-11-22");
    assert!(
        logged[0]["notes"]
            .as_str()
            .unwrap()
            .starts_with("关怀问候：王秀英您好"),
        "{logged:?}"
    );
    assert!(logged[0]["visit"].as_str().unwrap().starts_with("v-"));

    env.ok(&[
        "message",
        "reminders",
        "--tomorrow",
        "--log",
        "--channel",
        "wechat",
    ]);
    assert_eq!(env.commits(), commits + 2);
    let all = json(env, &["followup", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 3);
    assert!(
        all.as_array()
            .unwrap()
            .iter()
            .any(|f| f["channel"] == "wechat")
    );
}

#[test]
fn templates_default_when_missing_and_bad_ones_are_named() {
    let w = world();
    let env = &w.env;
    // A config whose [templates] lacks `reminder` still has the default one.
    let path = env.store.join(".hk/config.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let cut = text.rfind("\n[templates]").unwrap() + 1;
    std::fs::write(
        &path,
        format!("{}[templates]\nspring = \"{{name}}您好\"\n", &text[..cut]),
    )
    .unwrap();
    let out = env.ok(&["--format", "csv", "message", "reminders", "--tomorrow"]);
    assert!(out.contains("提醒您：11月23日（09:30）"), "{out}");

    configure(
        env,
        "",
        "bad = \"{name}您好 {phone}\"\nstaffed = \"{name} {staff}\"\nbranded = \"【{company}】{name}\"\nopen = \"{name\"\n",
    );
    let commits = env.commits();
    let cases: &[(i32, &[&str], &str)] = &[
        (
            1,
            &["message", "campaign", "--template", "bad", "--log"],
            "template `bad` has an unknown placeholder `{phone}`",
        ),
        (
            1,
            &["message", "campaign", "--template", "staffed", "--log"],
            "template `staffed` uses `{staff}`",
        ),
        (
            1,
            &["message", "campaign", "--template", "branded", "--log"],
            "no `company_name`",
        ),
        (
            1,
            &["message", "campaign", "--template", "open"],
            "template `open` has a `{` that is not closed",
        ),
        (
            1,
            &["message", "campaign", "--template", "autumn", "--log"],
            "no template `autumn`",
        ),
        (
            2,
            &["message", "campaign", "--template", "care"],
            "sent by `hk message care`",
        ),
        (
            2,
            &[
                "message",
                "care",
                "--within",
                "7",
                "--log",
                "--channel",
                "phone",
            ],
            "sms or wechat",
        ),
        (
            2,
            &["message", "care", "--within", "7", "--channel", "wechat"],
            "--log",
        ),
        (2, &["message", "care", "--within", "-1"], "-1"),
        (
            2,
            &["message", "reminders", "--on", "2026-02-30", "--log"],
            "`--on`",
        ),
        (2, &["message", "reminders"], "--tomorrow"),
    ];
    for (code, args, says) in cases {
        let err = env.refused(*code, args);
        assert!(err.contains(says), "hk {args:?}: {err}");
    }
    // An unknown placeholder in `reminder` itself stops the reminders, by name.
    configure(env, "", "reminder = \"{name} {地址}\"");
    let err = env.refused(1, &["message", "reminders", "--tomorrow", "--log"]);
    assert!(
        err.contains("template `reminder` has an unknown placeholder `{地址}`"),
        "{err}"
    );
    assert_eq!(env.commits(), commits);
}
