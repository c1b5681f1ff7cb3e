//! The client's rights (DESIGN §12): `hk client export CLIENT`, `hk client erase`, the
//! audit log (`hk audit list`) and `hk report retention`, through the real binary; and
//! the helpers `consent` (tests/it/consent.rs) shares.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::TestEnv;
use crate::pty::Terminal;
use hk::store::keys::load_identities;

pub fn json(env: &TestEnv, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    serde_json::from_str(&env.ok(&a)).unwrap()
}

pub fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    serde_json::from_str(&env.at(now, &a)).unwrap()
}

/// `hk client consent CLIENT ARGS…`, expected to succeed.
pub fn consent(env: &TestEnv, client: &str, args: &[&str]) -> String {
    let mut a = vec!["client", "consent", client];
    a.extend_from_slice(args);
    env.ok(&a)
}

pub fn ids(rows: &Value) -> Vec<String> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

/// Every record file under the store, with its decrypted text.
fn decrypted(env: &TestEnv) -> Vec<(PathBuf, String)> {
    let ids = load_identities(&env.key, &mut |_| None).unwrap();
    let mut out = Vec::new();
    let mut stack = vec![env.store.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            let rel = p.strip_prefix(&env.store).unwrap().to_path_buf();
            if rel.starts_with(".git") || rel.starts_with(".hk") {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().ends_with(".toml.age") {
                let text = ids.decrypt(&std::fs::read(&p).unwrap()).unwrap();
                out.push((rel, String::from_utf8(text).unwrap()));
            }
        }
    }
    out.sort();
    out
}

pub fn decrypt_file(env: &TestEnv, path: &Path) -> String {
    let ids = load_identities(&env.key, &mut |_| None).unwrap();
    String::from_utf8(ids.decrypt(&std::fs::read(path).unwrap()).unwrap()).unwrap()
}

/// 王秀英 with a visit, a follow-up, two surveys and a complaint, 刘阿姨 who would
/// rather not serve her, and 李娜 with her own records.
fn two_clients() -> (TestEnv, String, String) {
    let env = TestEnv::with_git();
    let wang = env.add_client(
        "王秀英",
        "13800138001",
        &[
            "--category",
            "家庭保洁",
            "--address",
            "上海市浦东新区张江路88号",
            "--id-number",
            "11010519491231002X",
        ],
    );
    let li = env.add_client(
        "李娜",
        "13900139002",
        &[
            "--category",
            "家庭保洁",
            "--address",
            "北京市海淀区中关村大街27号",
        ],
    );
    env.ok(&[
        "staff",
        "add",
        "--name",
        "刘阿姨",
        "--phone",
        "13700137001",
        "--category",
        "家庭保洁",
    ]);
    for (c, date) in [(&wang, "2026-10-01"), (&li, "2026-10-02")] {
        let v = env.ok(&[
            "visit",
            "add",
            c,
            "--date",
            date,
            "--staff",
            "刘阿姨",
            "--allow-overlap",
            "--note",
            "擦窗",
        ]);
        env.ok(&[
            "survey",
            "add",
            c,
            "--date",
            "2026-10-05",
            "--visit",
            v.trim(),
            "--overall",
            "5",
            "--nps",
            "10",
            "--comment",
            "很满意",
        ]);
    }
    env.ok(&[
        "survey",
        "add",
        &wang,
        "--date",
        "2026-10-20",
        "--overall",
        "2",
        "--nps",
        "3",
        "--comment",
        "王秀英说阿姨迟到",
    ]);
    env.ok(&[
        "followup",
        "log",
        &wang,
        "--date",
        "2026-10-08",
        "--channel",
        "phone",
        "--note",
        "王秀英很满意",
    ]);
    env.ok(&[
        "complaint",
        "add",
        &wang,
        "--type",
        "late",
        "--note",
        "阿姨迟到半小时",
    ]);
    env.ok(&["staff", "avoid", "刘阿姨", "--client", &wang]);
    (env, wang, li)
}

#[test]
fn erase_leaves_no_file_naming_the_client_and_the_figures_still_count_her_answers() {
    let (env, wang, li) = two_clients();
    let before = json(&env, &["report", "satisfaction"]);
    let before_li = env.ok(&["client", "export", &li]);
    let commits = env.commits();
    let out = env
        .cmd()
        .args(["client", "erase", "王秀英", "--yes"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(&format!(
            "erased client {wang}: 3 record(s) deleted, 2 survey answer(s) kept anonymous"
        )),
        "{err}"
    );
    assert!(err.contains("git history still holds"), "{err}");
    assert!(err.contains("git filter-repo --invert-paths"), "{err}");
    assert!(
        err.contains(&format!("--path clients/{wang}.toml.age")),
        "{err}"
    );
    assert!(err.contains("--path visits/2026-10/v-"), "{err}");
    assert!(err.contains("--path surveys/2026-10/s-"), "{err}");
    assert!(
        !err.contains("王秀英") && !err.contains("13800138001"),
        "{err}"
    );

    // One commit, ids only.
    assert_eq!(env.commits(), commits + 1);
    let message = env.git(&["log", "-1", "--format=%B"]);
    assert!(
        message.starts_with(&format!("client erase {wang} (audit a-")),
        "{message}"
    );
    assert!(!message.contains("王秀英"), "{message}");

    // No file names her: not her name, phone, address, ID number, words or id (the
    // audit log alone keeps the id, as the proof of the erasure).
    for (rel, text) in decrypted(&env) {
        for needle in [
            "王秀英",
            "13800138001",
            "张江路",
            "11010519491231002X",
            "阿姨迟到",
        ] {
            assert!(
                !text.contains(needle),
                "{} holds {needle}:\n{text}",
                rel.display()
            );
        }
        if !rel.starts_with("audit") {
            assert!(
                !text.contains(&wang),
                "{} holds the id:\n{text}",
                rel.display()
            );
        }
    }
    // 李娜's records are untouched; the staff list forgot 王秀英.
    let li_now: Value = serde_json::from_str(&env.ok(&["client", "export", &li])).unwrap();
    let li_before: Value = serde_json::from_str(&before_li).unwrap();
    assert_eq!(li_now["profile"], li_before["profile"]);
    assert_eq!(li_now["records"], li_before["records"]);
    let staff = json(&env, &["staff", "list"]);
    assert!(!staff.to_string().contains(&wang), "{staff}");

    // The figures count the same answers, and the same scores.
    let after = json(&env, &["report", "satisfaction"]);
    assert_eq!(after, before, "figures changed");
    assert_eq!(after[0]["responses"], 3);
    let surveys = json(&env, &["survey", "list"]);
    assert_eq!(surveys.as_array().unwrap().len(), 3, "{surveys}");

    // And the erasure is in the audit log.
    let audit = json(&env, &["audit", "list", "--client", &wang]);
    assert_eq!(audit.as_array().unwrap().len(), 1, "{audit}");
    assert_eq!(audit[0]["action"], "erase");
    let key = env.ok(&["key", "public"]);
    assert_eq!(audit[0]["who"], key.trim());
    let err = env.refused(1, &["client", "show", &wang]);
    assert!(err.contains("no client id starts with"), "{err}");
}

#[test]
fn erase_asks_on_a_terminal_and_without_one_needs_yes() {
    let (env, wang, _) = two_clients();
    let err = env.refused(2, &["client", "erase", &wang]);
    assert!(err.contains("`--yes`"), "{err}");
    assert!(err.contains("nothing was changed"), "{err}");
    let err = env.refused(1, &["client", "erase", "c-zzzz", "--yes"]);
    assert!(err.contains("no client id starts with `c-zzzz`"), "{err}");
    let err = env.refused(1, &["client", "erase", "张三", "--yes"]);
    assert!(err.contains("no client has that name"), "{err}");
    assert!(
        json(&env, &["audit", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );

    let before = env.snapshot();
    let Some(mut t) = Terminal::start(&env, &format!("client erase {wang}"), &[]) else {
        return;
    };
    t.answer("cannot be undone", "n");
    let screen = t.finish();
    assert!(screen.contains("not confirmed"), "{screen}");
    assert!(before == env.snapshot(), "a refusal changed the store");
    let Some(mut t) = Terminal::start(&env, &format!("client erase {wang}"), &[]) else {
        return;
    };
    t.answer("cannot be undone", "y");
    let screen = t.finish();
    assert!(
        screen.contains(&format!("erased client {wang}")),
        "{screen}"
    );
    assert!(!env.store.join(format!("clients/{wang}.toml.age")).exists());
}

#[test]
fn export_holds_every_record_of_the_client_and_nothing_of_others() {
    let (env, wang, li) = two_clients();
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
            "2026-09-01",
        ],
    );
    let commits = env.commits();
    let out = env.ok(&["client", "export", "王秀英"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["client"], wang.as_str());
    assert_eq!(doc["profile"]["name"], "王秀英");
    assert_eq!(doc["profile"]["id_number"], "11010519491231002X");
    assert_eq!(doc["profile"]["consent"][0]["evidence"], "微信回复同意");
    let records = doc["records"].as_object().unwrap();
    let count = |k: &str| records[k].as_array().unwrap().len();
    assert_eq!(
        (
            count("visits"),
            count("followups"),
            count("surveys"),
            count("complaints")
        ),
        (1, 1, 2, 1)
    );
    // Every record file that names her is in it, and nothing of 李娜's.
    let in_export: Vec<String> = records
        .values()
        .flat_map(|l| {
            l.as_array()
                .unwrap()
                .iter()
                .map(|r| r["id"].as_str().unwrap().to_string())
        })
        .collect();
    for (rel, text) in decrypted(&env) {
        let id = rel
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".toml.age", "");
        let hers = text.contains(&format!("client = \"{wang}\""));
        assert_eq!(in_export.contains(&id), hers, "{}", rel.display());
    }
    assert!(
        !out.contains(&li) && !out.contains("李娜") && !out.contains("13900139002"),
        "{out}"
    );
    // The export is audited, in its own commit, before it is printed.
    assert_eq!(env.commits(), commits + 1);
    assert_eq!(doc["audit"][0]["action"], "export");
    let subject = env.git(&["log", "-1", "--format=%s"]);
    assert_eq!(subject.trim(), format!("audit export {wang}"));
    // Without CLIENT it is still every client as CSV.
    let csv = env.ok(&["client", "export"]);
    assert!(csv.starts_with("id,name,phones"), "{csv}");
    assert_eq!(csv.lines().count(), 3);
    let err = env.refused(2, &["client", "export", &wang, "--format", "csv"]);
    assert!(err.contains("JSON"), "{err}");
}

#[test]
fn every_reveal_export_and_erase_is_audited_with_ids_only() {
    let (env, wang, li) = two_clients();
    let staff = json(&env, &["staff", "list"]);
    let liu = staff[0]["id"].as_str().unwrap().to_string();
    let shown = env.ok(&["client", "show", &wang, "--reveal"]);
    assert!(shown.contains("11010519491231002X"), "{shown}");
    let masked = env.ok(&["client", "show", &li]);
    assert!(!masked.is_empty());
    env.at(
        "2026-11-22T15:00:00+08:00",
        &["staff", "show", &liu, "--reveal"],
    );
    env.at("2026-12-02T10:00:00+08:00", &["client", "export", &li]);
    env.at(
        "2026-12-03T10:00:00+08:00",
        &["client", "erase", &li, "--yes"],
    );
    let all = json(&env, &["audit", "list"]);
    let rows: Vec<(String, String)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["action"].as_str().unwrap().into(),
                r["subject"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("reveal".to_string(), wang.clone()),
            ("reveal".to_string(), liu.clone()),
            ("export".to_string(), li.clone()),
            ("erase".to_string(), li.clone()),
        ]
    );
    // A show without --reveal is not audited; the log holds no name or phone.
    for (rel, text) in decrypted(&env) {
        if rel.starts_with("audit") {
            assert!(text.contains("who = \"age1"), "{text}");
            for needle in ["王秀英", "李娜", "刘阿姨", "138", "139", "1101"] {
                assert!(!text.contains(needle), "{}: {text}", rel.display());
            }
        }
    }
    let dec = json(
        &env,
        &["audit", "list", "--from", "2026-12", "--to", "2026-12-02"],
    );
    assert_eq!(dec.as_array().unwrap().len(), 1);
    assert_eq!(dec[0]["action"], "export");
    let about_li = json(&env, &["audit", "list", "--client", &li[..7]]);
    assert!(
        about_li
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["subject"] == li.as_str())
    );
    assert_eq!(
        json(&env, &["audit", "list", "--client", &li])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let err = env.refused(2, &["audit", "list", "--client", "王秀英"]);
    assert!(
        err.contains("`--client`") && !err.contains("王秀英"),
        "{err}"
    );
    let err = env.refused(2, &["audit", "list", "--from", "2026-13"]);
    assert!(err.contains("`--from`"), "{err}");
    let month = env.ok(&["audit", "list"]);
    assert!(month.contains("reveal"), "{month}");
    assert!(
        std::fs::read_dir(env.store.join("audit/2026-12"))
            .unwrap()
            .count()
            == 2
    );
}

/// Hand-computed: today 2026-11-22, churn_days 180.
/// - 张伟, last done visit 2023-01-10: churned since 2023-07-10 (+181 days);
/// - 赵敏, last visit 2023-10-01, closed on 2023-11-21: closed since then (she would
///   have churned by inactivity only on 2024-03-30);
/// - 孙丽, last visit 2023-10-01, closed on 2023-11-22: exactly three years, not longer;
/// - 吴刚, last visit 2022-11-01, closed on 2024-02-01: churned by inactivity first,
///   since 2023-05-01;
/// - 周杰, last visit 2026-01-10: churned since 2026-07-10, too recent for 3y;
/// - 钱红, a lead with no visit, never churned.
#[test]
fn retention_lists_clients_closed_or_churned_for_longer_than_the_duration() {
    let env = TestEnv::new();
    let add = |name: &str, phone: &str| env.add_client(name, phone, &["--category", "家庭保洁"]);
    let zhang = add("张伟", "13800000001");
    let zhao = add("赵敏", "13800000002");
    let sun = add("孙丽", "13800000003");
    let zhou = add("周杰", "13800000004");
    add("钱红", "13800000005");
    let wu = add("吴刚", "13800000006");
    for (c, d) in [
        (&zhang, "2023-01-10"),
        (&zhao, "2023-10-01"),
        (&sun, "2023-10-01"),
        (&zhou, "2026-01-10"),
        (&wu, "2022-11-01"),
    ] {
        env.ok(&["visit", "add", c, "--date", d]);
    }
    env.at(
        "2023-11-21T09:00:00+08:00",
        &["client", "edit", &zhao, "--set", "closed=搬家"],
    );
    env.at(
        "2023-11-22T09:00:00+08:00",
        &["client", "edit", &sun, "--set", "closed=不再需要"],
    );
    env.at(
        "2024-02-01T09:00:00+08:00",
        &["client", "edit", &wu, "--set", "closed=去世"],
    );
    let rows = json(&env, &["report", "retention", "--older-than", "3y"]);
    assert_eq!(
        rows,
        serde_json::json!([
            {"id": wu, "stage": "churned", "why": "inactive", "since": "2023-05-01", "days": 1301, "last_visit": "2022-11-01"},
            {"id": zhang, "stage": "churned", "why": "inactive", "since": "2023-07-10", "days": 1231, "last_visit": "2023-01-10"},
            {"id": zhao, "stage": "churned", "why": "closed", "since": "2023-11-21", "days": 1097, "last_visit": "2023-10-01"},
        ])
    );
    // 18 months back is 2025-05-22: the same three and 孙丽; 周杰 (135 days) from
    // 134 days down.
    assert_eq!(
        ids(&json(&env, &["report", "retention", "--older-than", "18m"])),
        vec![wu.clone(), zhang.clone(), zhao.clone(), sun.clone()]
    );
    assert_eq!(
        ids(&json(
            &env,
            &["report", "retention", "--older-than", "134d"]
        ))
        .len(),
        5
    );
    assert_eq!(
        ids(&json(
            &env,
            &["report", "retention", "--older-than", "135d"]
        ))
        .len(),
        4
    );
    assert_eq!(
        ids(&json(&env, &["report", "retention", "--older-than", "19w"])).len(),
        5
    );
    for bad in ["3", "3x", "y", "0d", "-1y", "1.5y"] {
        let err = env.refused(2, &["report", "retention", &format!("--older-than={bad}")]);
        assert!(err.contains("`--older-than`"), "{bad}: {err}");
    }
    let err = env.refused(2, &["report", "retention"]);
    assert!(err.contains("--older-than"), "{err}");
}

/// A prepaid balance is money owed to the client: erase refuses until it is refunded,
/// then deletes the used-up package with the rest.
#[test]
fn erase_waits_for_a_prepaid_balance_to_be_refunded() {
    let (env, wang, _) = two_clients();
    let card = env
        .ok(&[
            "package",
            "add",
            &wang,
            "--kind",
            "stored-value",
            "--face",
            "500",
            "--paid",
            "500",
        ])
        .trim()
        .to_string();
    let before = env.snapshot();
    let err = env.refused(2, &["client", "erase", &wang, "--yes"]);
    assert!(
        err.contains(&format!("package {card} still holds 500.00")),
        "{err}"
    );
    assert!(err.contains("hk package refund"), "{err}");
    assert!(before == env.snapshot(), "a refusal changed the store");
    env.ok(&[
        "package", "refund", &card, "--amount", "500", "--note", "退卡",
    ]);
    env.ok(&["client", "erase", &wang, "--yes"]);
    assert!(!env.store.join(format!("packages/{card}.toml.age")).exists());
}
