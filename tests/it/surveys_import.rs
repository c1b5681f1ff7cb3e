//! Importing whole survey exports through the real binary: every fixture in
//! tests/fixtures/surveys imported once and then again, the GBK and UTF-8 问卷星 exports
//! read alike, `--dry-run`, what an imported record holds and what it must not (IP
//! addresses, e-mail, the tools' metadata), the one commit an import makes, and two
//! identical paper forms. The helpers are in `surveys`.

use crate::common::{TestEnv, fixture};
use crate::surveys::{
    PHONES, cat, csv, date_of, fixture_clients, import, path_str, run_ok, scores, scores_of,
    str_of, survey, survey_files, table_rows,
};
use std::collections::BTreeSet;

fn commit_count(env: &TestEnv) -> usize {
    env.git(&["log", "--format=%H"]).lines().count()
}

/// Each export imports all its responses, prints one new id a line, says so on
/// stderr, stores each response in the folder of its month, and adds nothing when
/// imported again.
#[test]
fn every_fixture_imports_its_responses_once() {
    // (file, responses, a column the tool adds that must be reported as not imported)
    let cases: &[(&str, usize, Option<&str>)] = &[
        ("wjx-gbk.csv", 6, Some("来自IP")),
        ("wjx-utf8-bom.csv", 6, Some("来自IP")),
        ("tencent.csv", 5, Some("IP")),
        ("google-forms.csv", 6, Some("Email Address")),
        ("surveymonkey.csv", 5, Some("IP Address")),
        ("generic.csv", 6, None),
    ];
    for (name, n, dropped) in cases {
        let env = TestEnv::new();
        let clients = fixture_clients(&env);
        let file = fixture(&format!("surveys/{name}"));
        let (ids, stderr) = import(&env, &file, &[]);
        assert_eq!(ids.len(), *n, "{name}: {ids:?}\n{stderr}");
        assert!(
            stderr.contains(&format!("imported {n}, skipped 0 duplicate(s), rejected 0")),
            "{name}: {stderr}"
        );
        if let Some(col) = dropped {
            assert!(
                stderr.contains("not imported") && stderr.contains(col),
                "{name}: stderr should say `{col}` is not imported\n{stderr}"
            );
        }
        let files = survey_files(&env);
        assert_eq!(
            files.keys().cloned().collect::<BTreeSet<_>>(),
            ids.iter().cloned().collect::<BTreeSet<_>>(),
            "{name}: the printed ids are the new files"
        );
        // Each response went to a fixture client, each client at most once per file.
        let mut owners = BTreeSet::new();
        for id in &ids {
            let t = survey(&env, id);
            let client = str_of(&t, "client").unwrap().to_string();
            assert!(
                clients.values().any(|c| *c == client),
                "{name}: {id} belongs to {client}"
            );
            assert!(
                owners.insert(client),
                "{name}: two responses for one client"
            );
        }

        // Again: nothing new, nothing rewritten.
        let before = env.snapshot();
        let (again, stderr) = import(&env, &file, &[]);
        assert!(again.is_empty(), "{name}: re-import printed {again:?}");
        assert!(
            stderr.contains(&format!("imported 0, skipped {n} duplicate(s), rejected 0")),
            "{name}: {stderr}"
        );
        assert!(
            before == env.snapshot(),
            "{name}: importing the file again changed the store"
        );
    }
}

/// The GBK and the UTF-8 (BOM) 问卷星 exports are the same answers: whichever comes
/// second adds nothing, and both read the same text.
#[test]
fn the_gbk_and_utf8_wjx_exports_hold_the_same_responses() {
    let gbk = fixture("surveys/wjx-gbk.csv");
    let bom = fixture("surveys/wjx-utf8-bom.csv");
    let mut listings = Vec::new();
    for (first, second) in [(&gbk, &bom), (&bom, &gbk)] {
        let env = TestEnv::new();
        fixture_clients(&env);
        let (ids, _) = import(&env, first, &[]);
        assert_eq!(ids.len(), 6);
        let before = env.snapshot();
        let (again, stderr) = import(&env, second, &[]);
        assert!(
            again.is_empty(),
            "{} after {} added {again:?}",
            second.display(),
            first.display()
        );
        assert!(
            stderr.contains("imported 0, skipped 6 duplicate(s), rejected 0"),
            "{stderr}"
        );
        assert!(before == env.snapshot());
        // The listing without the random ids.
        let list = csv(&env, &["survey", "list"]);
        let mut r = csv::Reader::from_reader(list.as_bytes());
        let rows: Vec<Vec<String>> = r
            .records()
            .map(|rec| {
                rec.unwrap()
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != 0 && *i != 2)
                    .map(|(_, c)| c.to_string())
                    .collect()
            })
            .collect();
        listings.push(rows);
    }
    assert_eq!(listings[0], listings[1]);
    // The text decoded from GBK is the text of the UTF-8 file.
    let comments: Vec<&str> = listings[0]
        .iter()
        .map(|r| r.last().unwrap().as_str())
        .collect();
    assert_eq!(
        comments,
        vec![
            "阿姨做得很好，下次还找她",
            "",
            "阿姨来晚了半小时,不过活干得细\n下次希望准时",
            "收费太贵，卫生间没打扫",
            "",
            "希望能固定同一位阿姨"
        ]
    );
}

/// `--dry-run` shows which header went to which dimension and the rows it would
/// import, and writes nothing.
#[test]
fn a_dry_run_shows_the_mapping_and_a_preview_and_writes_nothing() {
    let env = TestEnv::new();
    let c = fixture_clients(&env);
    let file = fixture("surveys/wjx-gbk.csv");
    let f = path_str(&file);
    let before = env.snapshot();
    let (stdout, stderr) = run_ok(
        &env,
        &["survey", "import", f, "--dry-run", "--format", "csv"],
    );
    assert!(before == env.snapshot(), "a dry run changed the store");
    assert!(survey_files(&env).is_empty());
    let (mapping, preview) = stdout
        .split_once("line,client,date,")
        .unwrap_or_else(|| panic!("no preview in\n{stdout}"));
    for line in [
        "2,提交答卷时间,date",
        "7,1、您对本次服务的总体满意度,overall",
        "8,2、您对阿姨的服务态度是否满意？,attitude",
        "9,3、您对家里打扫的干净程度是否满意？,cleanliness",
        "10,4、阿姨是否准时上门？,punctuality",
        "11,5、您觉得我们的收费是否合理？,value",
        "12,6、您有多大可能把我们推荐给亲友？,nps",
        "13,7、您对我们还有什么意见或建议？,comment",
        "14,8、您的手机号码,phone",
    ] {
        assert!(
            mapping.lines().any(|l| l == line),
            "the mapping lacks `{line}`\n{mapping}"
        );
    }
    assert!(
        !mapping.contains("来自IP"),
        "the IP column is mapped to something\n{mapping}"
    );
    // 比较满意 → 4, 一般 → 3, (跳过) and (空) → no answer; line numbers count the
    // line break inside the quoted comment of line 4.
    let expected = format!(
        "overall,attitude,cleanliness,punctuality,value,nps,comment\n\
         2,{},2026-06-03,5,5,5,4,4,10,阿姨做得很好，下次还找她\n\
         3,{},2026-06-04,4,5,4,,3,8,\n\
         4,{},2026-06-05,3,4,5,2,4,7,\"阿姨来晚了半小时,不过活干得细\n下次希望准时\"\n\
         6,{},2026-06-07,2,3,2,4,1,3,收费太贵，卫生间没打扫\n\
         7,{},2026-06-08,5,5,4,5,4,9,\n\
         8,{},2026-06-10,4,4,4,4,4,8,希望能固定同一位阿姨\n",
        c[PHONES[0]], c[PHONES[1]], c[PHONES[2]], c[PHONES[3]], c[PHONES[4]], c[PHONES[5]]
    );
    assert_eq!(preview, expected);
    assert!(stderr.contains("would import 6"), "{stderr}");
    assert!(stderr.contains("来自IP"), "{stderr}");

    // The table a person reads names the same pairs.
    let (table, _) = run_ok(&env, &["survey", "import", f, "--dry-run"]);
    assert!(before == env.snapshot());
    let rows = table_rows(&table);
    assert!(
        rows.iter().any(|r| r[1..]
            == [
                "1、您对本次服务的总体满意度".to_string(),
                "overall".to_string()
            ]),
        "{table}"
    );

    // After the real import, a dry run finds only duplicates.
    let (ids, _) = import(&env, &file, &[]);
    assert_eq!(ids.len(), 6);
    let after = env.snapshot();
    let (_, stderr) = run_ok(&env, &["survey", "import", f, "--dry-run"]);
    assert!(after == env.snapshot());
    assert!(
        stderr.contains("would import 0") && stderr.contains("6 duplicate(s)"),
        "{stderr}"
    );

    // A dry run with bad rows skipped writes no rejects file either.
    let rejects = env.dir.path().join("rejects.csv");
    let bad = fixture("surveys/generic-bad.csv");
    let (stdout, stderr) = run_ok(
        &env,
        &[
            "survey",
            "import",
            path_str(&bad),
            "--dry-run",
            "--skip-invalid",
            "--rejects",
            path_str(&rejects),
        ],
    );
    assert!(after == env.snapshot(), "a dry run changed the store");
    assert!(!rejects.exists(), "a dry run wrote {}", rejects.display());
    assert!(
        stdout.contains(&c[PHONES[5]]),
        "no preview of line 7\n{stdout}"
    );
    assert!(
        stderr.contains("would import 4") && stderr.contains("reject 2"),
        "{stderr}"
    );
}

/// A decrypted imported record holds the answers, the source file and the
/// fingerprint, and none of the columns the tools add (IP, e-mail, place, source).
#[test]
fn imported_records_keep_the_answers_and_drop_the_rest() {
    // (file, strings from its dropped columns)
    let cases: &[(&str, &[&str])] = &[
        (
            "wjx-gbk.csv",
            &[
                "116.228.10.21",
                "223.104.3.77",
                "61.148.244.9",
                "183.62.12.5",
                "117.136.0.1",
                "wjx.cn",
                "95秒",
                "直接访问",
            ],
        ),
        (
            "tencent.csv",
            &["101.87.3.21", "58.213.4.90", "14.153.2.6", "南京", "杭州"],
        ),
        ("google-forms.csv", &["li.na@example.com"]),
        (
            "surveymonkey.csv",
            &["101.87.3.21", "123.112.8.8", "60.191.7.12", "432101"],
        ),
    ];
    for (name, dropped) in cases {
        let env = TestEnv::new();
        let c = fixture_clients(&env);
        let (ids, _) = import(&env, &fixture(&format!("surveys/{name}")), &[]);
        assert!(!ids.is_empty());
        let files = survey_files(&env);
        let mut fingerprints = BTreeSet::new();
        for id in &ids {
            let (text, t) = cat(&env, &files[id]);
            for s in dropped.iter().chain(PHONES.iter()) {
                assert!(
                    !text.contains(s),
                    "{name}: {id} stores `{s}`, which is not needed\n{text}"
                );
            }
            assert_eq!(str_of(&t, "id"), Some(id.as_str()));
            assert_eq!(str_of(&t, "source_file"), Some(*name), "{text}");
            assert_eq!(str_of(&t, "channel"), Some("online"), "{text}");
            let fp = str_of(&t, "fingerprint").unwrap_or_else(|| panic!("{text}"));
            assert!(!fp.is_empty(), "{text}");
            assert!(fingerprints.insert(fp.to_string()), "{name}: {fp} twice");
            assert!(!scores_of(&t).is_empty(), "{text}");
            assert!(t.get("nps").is_some(), "{text}");
        }
        if *name == "wjx-gbk.csv" {
            // Row 1 (13800138001) in full; row 2 (13900139002) skipped a question and
            // left the comment `(空)`.
            let by_client = |phone: &str| {
                ids.iter()
                    .map(|id| survey(&env, id))
                    .find(|t| str_of(t, "client") == Some(c[phone].as_str()))
                    .unwrap()
            };
            let first = by_client(PHONES[0]);
            assert_eq!(date_of(&first), "2026-06-03");
            assert_eq!(
                scores_of(&first),
                scores(&[
                    ("overall", 5),
                    ("attitude", 5),
                    ("cleanliness", 5),
                    ("punctuality", 4),
                    ("value", 4)
                ])
            );
            assert_eq!(first["nps"].as_integer(), Some(10));
            assert_eq!(str_of(&first, "comment"), Some("阿姨做得很好，下次还找她"));
            let second = by_client(PHONES[1]);
            assert_eq!(
                scores_of(&second),
                scores(&[
                    ("overall", 4),
                    ("attitude", 5),
                    ("cleanliness", 4),
                    ("value", 3)
                ])
            );
            assert_eq!(second["nps"].as_integer(), Some(8));
            assert_eq!(str_of(&second, "comment"), None);
        }
    }
}

/// An import makes one commit that names ids only; an import that adds nothing makes
/// none; `hk survey add` makes one.
#[test]
fn an_import_makes_one_commit_naming_ids_only() {
    let env = TestEnv::with_git();
    fixture_clients(&env);
    let before = commit_count(&env);
    let file = fixture("surveys/google-forms.csv");
    let (ids, _) = import(&env, &file, &[]);
    assert_eq!(commit_count(&env), before + 1);
    let message = env.git(&["log", "-1", "--format=%B"]);
    assert!(message.starts_with("survey import"), "{message}");
    for id in &ids {
        assert!(message.contains(id.as_str()), "{message} lacks {id}");
    }
    for secret in PHONES.iter().chain(["客户", "li.na", "阿姨"].iter()) {
        assert!(!message.contains(secret), "{message} holds {secret}");
    }
    let (again, _) = import(&env, &file, &[]);
    assert!(again.is_empty());
    assert_eq!(
        commit_count(&env),
        before + 1,
        "an empty re-import committed"
    );

    // A response typed by hand: one commit naming its id and the client's.
    let out = env.ok(&[
        "survey",
        "add",
        "客户1",
        "--overall",
        "5",
        "--comment",
        "阿姨很好",
    ]);
    let id = out.trim();
    assert_eq!(commit_count(&env), before + 2);
    let message = env.git(&["log", "-1", "--format=%B"]);
    assert!(
        message.starts_with("survey add") && message.contains(id),
        "{message}"
    );
    for secret in PHONES.iter().chain(["客户", "阿姨"].iter()) {
        assert!(!message.contains(secret), "{message} holds {secret}");
    }
}

#[test]
fn two_identical_paper_forms_are_two_responses_and_import_once() {
    let env = TestEnv::new();
    env.add_client("王秀英", "13800138001", &[]);
    let file = env.write(
        "paper.csv",
        "手机,总体满意度,推荐\n13800138001,5,9\n13800138001,5,9\n".as_bytes(),
    );
    let (ids, _) = import(&env, &file, &[]);
    assert_eq!(ids.len(), 2, "both forms count");
    let (again, stderr) = import(&env, &file, &[]);
    assert!(again.is_empty(), "{stderr}");
    assert!(stderr.contains("skipped 2 duplicate(s)"), "{stderr}");
}
