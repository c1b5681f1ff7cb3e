//! Marketing consent as a history (DESIGN §12): `hk client consent`, `client edit` of
//! the consent fields, `client list --consent`, records of the older single-value form,
//! and two offices' entries merged, through the real binary.

use std::path::PathBuf;

use crate::common::TestEnv;
use crate::rights::{consent, decrypt_file, ids, json, json_at};
use hk::store::keys::Recipients;

/// Writes `text` encrypted to the store's recipients (a record as an older hk wrote it).
fn write_encrypted(env: &TestEnv, rel: &str, text: &str) {
    let recipients = std::fs::read_to_string(env.store.join(".hk/recipients")).unwrap();
    let r = Recipients::parse(&recipients, "recipients").unwrap();
    std::fs::write(env.store.join(rel), r.encrypt(text.as_bytes()).unwrap()).unwrap();
}

#[test]
fn a_withdrawal_is_honoured_from_its_date_and_every_change_is_kept() {
    let env = TestEnv::with_git();
    let wang = env.add_client("王秀英", "13800138001", &[]);
    let li = env.add_client("李娜", "13900139002", &["--marketing"]);
    consent(
        &env,
        &wang,
        &[
            "--marketing",
            "yes",
            "--channel",
            "wechat",
            "--evidence",
            "微信回复同意",
            "--date",
            "2026-03-01",
        ],
    );
    let subject = env.git(&["log", "-1", "--format=%s"]);
    assert_eq!(subject.trim(), format!("client consent {wang}"));
    consent(
        &env,
        "王秀英",
        &[
            "--marketing",
            "no",
            "--channel",
            "phone",
            "--evidence",
            "电话要求不再发送优惠",
            "--date",
            "2026-10-15",
        ],
    );
    let marketing = |now: &str| {
        ids(&json_at(
            &env,
            now,
            &["client", "list", "--consent", "marketing"],
        ))
    };
    let none = |now: &str| {
        ids(&json_at(
            &env,
            now,
            &["client", "list", "--consent", "none"],
        ))
    };
    assert_eq!(marketing("2026-02-28T09:00:00+08:00"), Vec::<String>::new());
    assert_eq!(none("2026-02-28T09:00:00+08:00").len(), 2);
    assert_eq!(marketing("2026-10-14T09:00:00+08:00"), vec![wang.clone()]);
    assert_eq!(marketing("2026-10-15T09:00:00+08:00"), Vec::<String>::new());
    assert_eq!(
        none("2026-10-15T09:00:00+08:00"),
        vec![li.clone(), wang.clone()]
    );
    // 李娜 agreed when she was added, on 2026-11-22.
    assert_eq!(marketing("2026-11-22T09:00:00+08:00"), vec![li.clone()]);

    let shown = json(&env, &["client", "show", &wang]);
    assert_eq!(shown["marketing"], "no");
    assert_eq!(
        shown["consent_history"],
        serde_json::json!([
            "2026-03-01 yes · wechat · 微信回复同意",
            "2026-10-15 no · phone · 电话要求不再发送优惠"
        ])
    );
    let table = env.ok(&["client", "show", &wang]);
    assert!(table.contains("no, since 2026-10-15 (phone)"), "{table}");

    // An edit of the consent field is an entry of the history too.
    env.ok(&[
        "client",
        "edit",
        &wang,
        "--set",
        "consent.marketing=yes",
        "--set",
        "consent.channel=paper",
        "--set",
        "consent.evidence=签字同意书",
    ]);
    let text = decrypt_file(&env, &env.store.join(format!("clients/{wang}.toml.age")));
    assert_eq!(text.matches("[[consent]]").count(), 3, "{text}");
    assert!(
        text.contains("date = \"2026-11-22\"\nchannel = \"paper\"\nevidence = \"签字同意书\""),
        "{text}"
    );
    assert_eq!(marketing("2026-11-22T09:00:00+08:00").len(), 2);
    // The same entry twice adds nothing and commits nothing.
    let commits = env.commits();
    let out = env.run(&[
        "client",
        "consent",
        &wang,
        "--marketing",
        "no",
        "--channel",
        "phone",
        "--evidence",
        "电话要求不再发送优惠",
        "--date",
        "2026-10-15",
    ]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("recorded already"));
    assert_eq!(env.commits(), commits);
}

#[test]
fn bad_consent_input_is_refused_and_writes_nothing() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13800138001", &[]);
    let consent = |extra: &[&str]| {
        let mut a = vec!["client", "consent", wang.as_str()];
        a.extend_from_slice(extra);
        a.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let refused = |args: Vec<String>, code: i32, needle: &str| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let err = env.refused(code, &args);
        assert!(err.contains(needle), "{needle}: {err}");
    };
    refused(
        consent(&[
            "--marketing",
            "yes",
            "--channel",
            "wechat",
            "--date",
            "2026-11-23",
        ]),
        2,
        "`--date`: 2026-11-23 is after today",
    );
    refused(
        consent(&[
            "--marketing",
            "yes",
            "--channel",
            "wechat",
            "--date",
            "2026-02-30",
        ]),
        2,
        "`--date`",
    );
    refused(
        consent(&["--marketing", "maybe", "--channel", "wechat"]),
        2,
        "`--marketing`",
    );
    refused(
        consent(&["--marketing", "yes", "--channel", " "]),
        2,
        "`--channel`",
    );
    refused(consent(&["--marketing", "yes"]), 2, "--channel");
    let long = "同".repeat(1001);
    refused(
        consent(&[
            "--marketing",
            "yes",
            "--channel",
            "wechat",
            "--evidence",
            &long,
        ]),
        2,
        "`--evidence`",
    );
    let err = env.refused(
        1,
        &[
            "client",
            "consent",
            "c-zzzz",
            "--marketing",
            "yes",
            "--channel",
            "wechat",
        ],
    );
    assert!(err.contains("no client id starts with `c-zzzz`"), "{err}");
    refused(
        vec![
            "client".into(),
            "list".into(),
            "--consent".into(),
            "maybe".into(),
        ],
        2,
        "`--consent`",
    );
    // An imported consent cannot be dated in the future either.
    let csv = env.write(
        "clients.csv",
        "姓名,电话,营销同意,同意日期\n李娜,13900139002,是,2026-12-01\n".as_bytes(),
    );
    let err = env.refused(1, &["client", "import", csv.to_str().unwrap()]);
    assert!(
        err.contains("line 2, column `同意日期`: 2026-12-01 is after today"),
        "{err}"
    );
    // An edit cannot describe a consent change that was not made.
    let err = env.refused(
        2,
        &["client", "edit", &wang, "--set", "consent.channel=wechat"],
    );
    assert!(err.contains("consent.marketing first"), "{err}");
}

/// A record written before the history, with one `[consent]` table, still loads: its
/// value is the first entry, and a new entry is added after it.
#[test]
fn an_old_single_consent_record_loads_and_gains_a_history() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13800138001", &[]);
    let li = env.add_client("李娜", "13900139002", &[]);
    let rel = format!("clients/{wang}.toml.age");
    let text = decrypt_file(&env, &env.store.join(&rel));
    assert!(!text.contains("consent"), "{text}");
    write_encrypted(
        &env,
        &rel,
        &format!(
            "{text}\n[consent]\nmarketing = true\ndate = \"2026-05-01\"\nchannel = \"WeChat\"\n"
        ),
    );
    let li_rel = format!("clients/{li}.toml.age");
    let li_text = decrypt_file(&env, &env.store.join(&li_rel));
    write_encrypted(
        &env,
        &li_rel,
        &format!("{li_text}\n[consent]\nmarketing = false\n"),
    );

    let shown = json(&env, &["client", "show", &wang]);
    assert_eq!(shown["marketing"], "yes");
    assert_eq!(
        shown["consent_history"],
        serde_json::json!(["2026-05-01 yes · WeChat"])
    );
    assert_eq!(
        ids(&json(&env, &["client", "list", "--consent", "marketing"])),
        vec![wang.clone()]
    );
    assert_eq!(
        ids(&json(&env, &["client", "list", "--consent", "none"])),
        vec![li.clone()]
    );
    let csv = env.ok(&["client", "export"]);
    assert!(csv.contains(",yes,2026-05-01,WeChat,"), "{csv}");

    consent(
        &env,
        &wang,
        &[
            "--marketing",
            "no",
            "--channel",
            "sms",
            "--date",
            "2026-11-01",
        ],
    );
    let text = decrypt_file(&env, &env.store.join(&rel));
    assert!(!text.contains("[consent]\n"), "{text}");
    assert_eq!(text.matches("[[consent]]").count(), 2, "{text}");
    assert!(text.find("2026-05-01").unwrap() < text.find("2026-11-01").unwrap());
    assert_eq!(json(&env, &["client", "show", &wang])["marketing"], "no");
}

/// Two offices record consent entries for one client: the merge driver keeps both,
/// in date order, and the later one is in force.
#[test]
fn two_offices_consent_entries_are_both_kept_by_the_merge_driver() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13800138001", &[]);
    let rel = format!("clients/{wang}.toml.age");
    let file = env.store.join(&rel);
    consent(
        &env,
        &wang,
        &[
            "--marketing",
            "yes",
            "--channel",
            "wechat",
            "--date",
            "2026-03-01",
        ],
    );
    let base = std::fs::read(&file).unwrap();
    // Office A: a withdrawal in October; office B: the consent confirmed on paper in June.
    consent(
        &env,
        &wang,
        &[
            "--marketing",
            "no",
            "--channel",
            "phone",
            "--date",
            "2026-10-15",
        ],
    );
    let ours = std::fs::read(&file).unwrap();
    std::fs::write(&file, &base).unwrap();
    consent(
        &env,
        &wang,
        &[
            "--marketing",
            "yes",
            "--channel",
            "paper",
            "--evidence",
            "签字同意书",
            "--date",
            "2026-06-01",
        ],
    );
    let theirs = std::fs::read(&file).unwrap();
    let paths: Vec<PathBuf> = [("base", &base), ("ours", &ours), ("theirs", &theirs)]
        .iter()
        .map(|(n, b)| env.write(n, b))
        .collect();
    let out = env
        .cmd()
        .current_dir(&env.store)
        .env_remove("HK_STORE")
        .arg("merge-driver")
        .args(&paths)
        .arg(&rel)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::copy(&paths[1], &file).unwrap();
    let shown = json(&env, &["client", "show", &wang]);
    assert_eq!(
        shown["consent_history"],
        serde_json::json!([
            "2026-03-01 yes · wechat",
            "2026-06-01 yes · paper · 签字同意书",
            "2026-10-15 no · phone"
        ])
    );
    assert_eq!(shown["marketing"], "no");
    assert!(!decrypt_file(&env, &file).contains("conflicts"));
}
