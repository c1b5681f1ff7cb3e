//! Small wording bugs found while writing docs/fixing-mistakes.md, through the real
//! binary: a `--set` message without a stray colon, a name lookup that does not talk
//! about duplicates, a config error without a trailing blank line, and two clients of
//! one name listed in the order they were entered.

use crate::common::TestEnv;

#[test]
fn an_unknown_set_field_reads_as_one_sentence() {
    let env = TestEnv::new();
    let c = env.add_client("何美玲", "13600136001", &["--category", "家庭保洁"]);
    let err = env.refused(2, &["client", "edit", &c, "--set", "colour=red"]);
    assert!(
        err.contains("`--set`: `colour` is not a field you can set; use one of name,"),
        "{err}"
    );
    let f = env.ok(&["followup", "log", &c, "--channel", "phone"]);
    let f = f.trim();
    let err = env.refused(2, &["followup", "edit", f, "--set", "colour=red"]);
    assert!(err.contains("`--set`: `colour` is not a "), "{err}");
    assert!(!err.contains("`colour`:"), "{err}");
    let v = env.ok(&["visit", "add", &c, "--date", "2026-11-20"]);
    let err = env.refused(2, &["visit", "edit", v.trim(), "--set", "颜色=红"]);
    assert!(err.contains("`--set`: `颜色` is not a "), "{err}");
    let s = env.ok(&["survey", "add", &c, "--overall", "4"]);
    let err = env.refused(2, &["survey", "edit", s.trim(), "--set", "colour=4"]);
    assert!(
        err.contains("`--set`: `colour` is not a survey dimension"),
        "{err}"
    );
    let err = env.refused(
        2,
        &["survey", "edit", s.trim(), "--set", "source_file=x.csv"],
    );
    assert!(
        err.contains("`--set`: `source_file` cannot be changed"),
        "{err}"
    );
    // A rule broken by a real field keeps the colon: the message names field, then problem.
    let err = env.refused(2, &["survey", "edit", s.trim(), "--set", "overall=6"]);
    assert!(
        err.contains("`--set`: `overall`: 6 is out of range"),
        "{err}"
    );
}

#[test]
fn a_name_lookup_blocked_by_an_unreadable_record_does_not_speak_of_duplicates() {
    let env = TestEnv::new();
    env.add_client("何美玲", "13600136001", &[]);
    let other = env.add_client("陈静", "13600136003", &[]);
    std::fs::write(
        env.store.join(format!("clients/{other}.toml.age")),
        b"damaged",
    )
    .unwrap();
    let err = env.refused(1, &["followup", "log", "何美玲", "--channel", "phone"]);
    assert!(err.contains("be sure which client"), "{err}");
    assert!(!err.contains("duplicate"), "{err}");
    assert!(err.contains("could be the client meant"), "{err}");
    // The phone duplicate check keeps its word.
    let err = env.refused(
        1,
        &["client", "add", "--name", "刘洋", "--phone", "18600186004"],
    );
    assert!(err.contains("could be the duplicate"), "{err}");
}

#[test]
fn a_bad_time_zone_in_the_config_ends_without_a_blank_line() {
    let env = TestEnv::new();
    let path = env.store.join(".hk/config.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let bad = text.replacen(
        "timezone = \"Asia/Shanghai\"",
        "timezone = \"Asia/Shangai\"",
        1,
    );
    assert_ne!(bad, text, "the config names its time zone");
    std::fs::write(&path, bad).unwrap();
    let err = env.fails(1, &["client", "list"]);
    assert!(err.contains("`Asia/Shangai` is not a time zone"), "{err}");
    assert!(!err.contains("\n\n"), "{err:?}");
    assert!(err.ends_with('\n') && !err.ends_with("\n\n"), "{err:?}");
}

#[test]
fn clients_of_one_name_are_listed_in_the_order_they_were_entered() {
    let env = TestEnv::new();
    for round in 0..4 {
        let name = format!("高峰{round}");
        let add = |now: &str, phone: &str| {
            let out = env
                .cmd()
                .env("HK_NOW", now)
                .args(["client", "add", "--name", &name, "--phone", phone])
                .output()
                .unwrap();
            assert!(out.status.success(), "{out:?}");
            String::from_utf8(out.stdout).unwrap().trim().to_string()
        };
        let first = add("2026-05-30T17:30:00+08:00", &format!("1370013700{round}"));
        let second = add("2026-11-20T10:00:00+08:00", &format!("1391234000{round}"));
        let err = env.fails(1, &["client", "show", &name]);
        let (a, b) = (err.find(&first).unwrap(), err.find(&second).unwrap());
        assert!(a < b, "{err}");
        assert!(err.contains(&format!("`hk client show {first}`")), "{err}");
    }
}
