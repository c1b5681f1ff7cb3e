//! Survey import row by row through the real binary: a bad row stops the import or
//! goes to the rejects file, named by the file's own line and header; rows are matched
//! to clients by id or phone; an ambiguous column is settled with `--map`, a bad
//! `--map` is refused; a row without a phone needs `--anonymous`. The helpers are in
//! `surveys`.

use crate::common::{TestEnv, fixture};
use crate::surveys::{
    PHONES, csv, csv_column, fixture_clients, import, path_str, refused, scores, scores_of, str_of,
    survey, survey_files,
};
use std::collections::BTreeSet;

/// A bad row stops the import naming its line and column (never the client's phone);
/// `--skip-invalid --rejects FILE` imports the good rows and writes the bad ones with
/// line and reason to FILE, which is never overwritten.
#[test]
fn bad_rows_stop_the_import_or_go_to_the_rejects_file() {
    let env = TestEnv::new();
    let c = fixture_clients(&env);
    let bad = fixture("surveys/generic-bad.csv");
    let f = path_str(&bad);
    let err = refused(
        &env,
        Some(1),
        &["survey", "import", f],
        &["line 4", "`attitude`", "line 6", "`date`"],
    );
    for p in PHONES {
        assert!(!err.contains(p), "the error shows a phone: {err}");
    }
    for good in ["line 2", "line 3", "line 5", "line 7"] {
        assert!(!err.contains(good), "a good row is blamed: {err}");
    }
    assert!(survey_files(&env).is_empty());

    let rejects = env.dir.path().join("rejects.csv");
    let r = path_str(&rejects);
    refused(
        &env,
        Some(2),
        &["survey", "import", f, "--skip-invalid"],
        &["--rejects"],
    );
    refused(
        &env,
        Some(2),
        &["survey", "import", f, "--rejects", r],
        &["--skip-invalid"],
    );
    assert!(!rejects.exists());

    let (ids, stderr) = import(&env, &bad, &["--skip-invalid", "--rejects", r]);
    assert_eq!(ids.len(), 4, "{stderr}");
    assert!(
        stderr.contains("imported 4, skipped 0 duplicate(s), rejected 2"),
        "{stderr}"
    );
    // The good rows are there, for the right clients.
    let owners: BTreeSet<String> = ids
        .iter()
        .map(|id| str_of(&survey(&env, id), "client").unwrap().to_string())
        .collect();
    let expected: BTreeSet<String> = [PHONES[0], PHONES[1], PHONES[4], PHONES[5]]
        .iter()
        .map(|p| c[p].clone())
        .collect();
    assert_eq!(owners, expected);

    // The rejects file: line, reason, then the row as it was.
    let text = std::fs::read_to_string(&rejects).unwrap();
    let mut rd = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[..2], ["line".to_string(), "reason".to_string()]);
    assert!(header.contains(&"attitude".to_string()), "{header:?}");
    let rows: Vec<Vec<String>> = rd
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), 2, "{text}");
    assert_eq!(rows[0][0], "4");
    assert!(rows[0][1].contains("attitude"), "{text}");
    assert!(rows[0].contains(&"13500135003".to_string()), "{text}");
    assert!(rows[0].contains(&"态度打了7分".to_string()), "{text}");
    assert_eq!(rows[1][0], "6");
    assert!(rows[1][1].contains("date"), "{text}");
    assert!(rows[1].contains(&"上周三".to_string()), "{text}");

    // An existing rejects file is left alone, and so is the store.
    let kept = std::fs::read(&rejects).unwrap();
    refused(
        &env,
        None,
        &["survey", "import", f, "--skip-invalid", "--rejects", r],
        &["--rejects"],
    );
    assert_eq!(std::fs::read(&rejects).unwrap(), kept);

    // With a new rejects file: the good rows are duplicates now, the bad ones again bad.
    let rejects2 = env.dir.path().join("rejects-2.csv");
    let (ids, stderr) = import(
        &env,
        &bad,
        &["--skip-invalid", "--rejects", path_str(&rejects2)],
    );
    assert!(ids.is_empty());
    assert!(
        stderr.contains("imported 0, skipped 4 duplicate(s), rejected 2"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&rejects2).unwrap(), kept);
}

/// Line numbers are the file's own lines: a quoted comment with a line break inside
/// takes two (问卷星), and SurveyMonkey's second header row counts. The column is named
/// by the file's own header.
#[test]
fn bad_rows_are_named_by_the_files_own_line_and_header() {
    let env = TestEnv::new();
    fixture_clients(&env);
    // 问卷星: the row after the two-line comment (line 6) answers NPS 13.
    let wjx = std::fs::read_to_string(fixture("surveys/wjx-utf8-bom.csv")).unwrap();
    assert!(wjx.contains(",3,收费太贵"));
    let wjx = env.write(
        "wjx-bad.csv",
        wjx.replace(",3,收费太贵", ",13,收费太贵").as_bytes(),
    );
    let err = refused(
        &env,
        Some(1),
        &["survey", "import", path_str(&wjx)],
        &["line 6", "`6、您有多大可能把我们推荐给亲友？`"],
    );
    assert!(!err.contains("18600186004"), "{err}");
    // SurveyMonkey: the fifth response is on line 7.
    let sm = std::fs::read_to_string(fixture("surveys/surveymonkey.csv")).unwrap();
    assert!(sm.contains(",1,迟到两个小时"));
    let sm = env.write(
        "sm-bad.csv",
        sm.replace(",1,迟到两个小时", ",12,迟到两个小时").as_bytes(),
    );
    refused(
        &env,
        Some(1),
        &["survey", "import", path_str(&sm)],
        &["line 7", "`您有多大可能向朋友推荐我们？`"],
    );
    assert!(survey_files(&env).is_empty());

    // `--encoding` overrides detection: GBK read as UTF-8 is refused with a hint.
    let gbk = fixture("surveys/wjx-gbk.csv");
    refused(
        &env,
        Some(1),
        &["survey", "import", path_str(&gbk), "--encoding", "utf-8"],
        &["--encoding gbk"],
    );
    let (ids, _) = import(&env, &gbk, &["--encoding", "gbk"]);
    assert_eq!(ids.len(), 6);
}

/// With `--skip-invalid`, a rejects file that cannot be written must not leave the
/// good rows imported behind an error: a failed command changes nothing (DESIGN §1.3,
/// imports are all-or-nothing unless the bad rows go to `--rejects`).
#[test]
fn an_unwritable_rejects_file_fails_before_anything_is_imported() {
    let env = TestEnv::new();
    fixture_clients(&env);
    let rejects = env.dir.path().join("no-such-folder/rejects.csv");
    refused(
        &env,
        None,
        &[
            "survey",
            "import",
            path_str(&fixture("surveys/generic-bad.csv")),
            "--skip-invalid",
            "--rejects",
            path_str(&rejects),
        ],
        &["rejects.csv"],
    );
    assert!(survey_files(&env).is_empty());
}

/// Rows that name an unknown phone, a date after today or no client at all are bad
/// rows; a `client` column of ids (or id prefixes) and `+86`/dashes in phones work.
#[test]
fn rows_are_matched_to_clients_by_id_or_phone() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13800138001", &[]);
    let li = env.add_client("李娜", "13900139002", &[]);

    let unknown = env.write(
        "unknown.csv",
        "phone,date,overall\n13800138001,2026-11-01,5\n13311112222,2026-11-02,4\n".as_bytes(),
    );
    let err = refused(
        &env,
        Some(1),
        &["survey", "import", path_str(&unknown)],
        &["line 3", "`phone`"],
    );
    assert!(
        !err.contains("13311112222"),
        "the error shows a phone: {err}"
    );
    assert!(!err.contains("line 2"), "{err}");

    let future = env.write(
        "future.csv",
        "phone,date,overall\n13800138001,2026-11-23,5\n".as_bytes(),
    );
    refused(
        &env,
        Some(1),
        &["survey", "import", path_str(&future)],
        &["line 2", "`date`"],
    );

    let ids = env.write(
        "ids.csv",
        format!(
            "client,phone,date,overall,nps\n{wang},,2026-11-01,5,9\n{},,2026-11-02,4,8\n,+86 139-0013-9002,2026-11-03,3,7\n",
            &li[..8]
        )
        .as_bytes(),
    );
    let (new, _) = import(&env, &ids, &[]);
    assert_eq!(new.len(), 3);
    let list = csv(&env, &["survey", "list"]);
    assert_eq!(
        csv_column(&list, "client"),
        vec![wang.clone(), li.clone(), li]
    );
    assert_eq!(csv_column(&list, "overall"), vec!["5", "4", "3"]);

    // No client column: refused unless the import is explicitly anonymous.
    let anon = env.write("anon.csv", "date,overall,nps\n2026-11-04,2,3\n".as_bytes());
    refused(
        &env,
        Some(1),
        &["survey", "import", path_str(&anon)],
        &["line 2", "--anonymous"],
    );
    let (new, _) = import(&env, &anon, &["--anonymous"]);
    assert_eq!(new.len(), 1);
    let t = survey(&env, &new[0]);
    assert_eq!(str_of(&t, "client"), None, "{t:?}");
    assert_eq!(scores_of(&t), scores(&[("overall", 2)]));
}

/// Two questions about 态度 stop the import naming both; `--map` picks one, by
/// column number or by a part of its header, and the scores follow that column.
#[test]
fn an_ambiguous_column_is_settled_with_map() {
    let file = fixture("surveys/ambiguous.csv");
    let f = path_str(&file);
    // (--map, attitude scores of the five rows in file order)
    let cases: &[(&str, [&str; 5])] = &[
        ("attitude=3", ["5", "4", "4", "3", "5"]),
        ("attitude=客服人员", ["4", "4", "5", "2", "5"]),
    ];
    for (map, attitude) in cases {
        let env = TestEnv::new();
        fixture_clients(&env);
        refused(
            &env,
            Some(1),
            &["survey", "import", f],
            &[
                "3、您对阿姨的服务态度是否满意？",
                "4、客服人员的态度如何？",
                "--map attitude=",
            ],
        );
        let (ids, stderr) = import(&env, &file, &["--map", map]);
        assert_eq!(ids.len(), 5, "{stderr}");
        assert!(
            stderr.contains("imported 5, skipped 0 duplicate(s), rejected 0"),
            "{stderr}"
        );
        let list = csv(&env, &["survey", "list"]);
        assert_eq!(csv_column(&list, "attitude"), attitude, "--map {map}");
        assert_eq!(
            csv_column(&list, "overall"),
            ["5", "4", "4", "3", "5"],
            "--map {map}"
        );
        assert_eq!(
            csv_column(&list, "phone"),
            [PHONES[0], PHONES[1], PHONES[2], PHONES[3], PHONES[4]]
        );
        let (again, _) = import(&env, &file, &["--map", map]);
        assert!(again.is_empty());
    }
}

/// A `--map` that names no dimension is a mistake on the command line (exit 2), as
/// `hk survey add --score foo=3` is; a column the file does not have fails naming it.
#[test]
fn a_bad_map_is_refused_naming_it() {
    let env = TestEnv::new();
    fixture_clients(&env);
    let f = fixture("surveys/ambiguous.csv");
    let f = path_str(&f);
    refused(
        &env,
        None,
        &["survey", "import", f, "--map", "attitude=9"],
        &["--map attitude=9"],
    );
    refused(
        &env,
        Some(2),
        &["survey", "import", f, "--map", "attitude"],
        &["--map"],
    );
    refused(
        &env,
        Some(2),
        &["survey", "import", f, "--preset", "foo"],
        &["--preset"],
    );
    refused(
        &env,
        Some(2),
        &["survey", "import", f, "--map", "foo=3"],
        &["--map", "foo"],
    );
}

#[test]
fn a_row_with_an_empty_phone_needs_anonymous() {
    let env = TestEnv::new();
    env.add_client("王秀英", "13800138001", &[]);
    let file = env.write("a.csv", "手机,总体满意度\n13800138001,5\n,4\n".as_bytes());
    let before = env.snapshot();
    let err = env.fails(1, &["survey", "import", file.to_str().unwrap()]);
    assert!(
        err.contains("line 3") && err.contains("--anonymous"),
        "{err}"
    );
    assert_eq!(before, env.snapshot());
    let (ids, _) = import(&env, &file, &["--anonymous"]);
    assert_eq!(ids.len(), 2);
    let anonymous = survey(&env, &ids[1]);
    assert!(anonymous.get("client").is_none(), "{anonymous:?}");
}
