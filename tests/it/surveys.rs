//! Satisfaction surveys (满意度调查) through the real binary: every questionnaire export
//! in tests/fixtures/surveys (问卷星 in GBK and in UTF-8 with a BOM, 腾讯问卷, Google Forms,
//! SurveyMonkey, a plain file) imported, imported again, dry-run, with bad rows and a
//! rejects file, with an ambiguous column settled by `--map`; what an imported record
//! holds and what it must not (IP addresses, e-mail, the tools' metadata); hand entry
//! with `hk survey add`; `hk report satisfaction` against figures worked out by hand
//! (DESIGN §6); and the at-risk stage a poor answer brings (DESIGN §5).
//!
//! The fixtures use six phones: 13800138001, 13900139002, 13500135003, 18600186004,
//! 13700137005 and 15800158006. The clock is the harness's: 2026-11-22.

use crate::common::{TestEnv, fixture};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The fixtures' phones, in the order of the 问卷星 rows.
const PHONES: [&str; 6] = [
    "13800138001",
    "13900139002",
    "13500135003",
    "18600186004",
    "13700137005",
    "15800158006",
];

const REPORT_COLUMNS: &str = "responses,overall,attitude,cleanliness,punctuality,value,csat_pct,nps,promoters,passives,detractors";

/// One client per fixture phone (客户1 … 客户6); phone → id.
fn fixture_clients(env: &TestEnv) -> BTreeMap<&'static str, String> {
    PHONES
        .iter()
        .enumerate()
        .map(|(i, p)| (*p, env.add_client(&format!("客户{}", i + 1), p, &[])))
        .collect()
}

/// Runs `hk args`, expects success; returns stdout and stderr.
fn run_ok(env: &TestEnv, args: &[&str]) -> (String, String) {
    let out = env.run(args);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        out.status.success(),
        "hk {args:?} failed ({:?})\nstdout: {stdout}\nstderr: {stderr}",
        out.status.code()
    );
    (stdout, stderr)
}

fn csv(env: &TestEnv, args: &[&str]) -> String {
    let mut a = args.to_vec();
    a.extend(["--format", "csv"]);
    env.ok(&a)
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `hk survey import FILE extra…`: succeeds; returns the ids printed (one a line,
/// nothing else on stdout) and stderr.
fn import(env: &TestEnv, file: &Path, extra: &[&str]) -> (Vec<String>, String) {
    let mut args = vec!["survey", "import", path_str(file)];
    args.extend_from_slice(extra);
    let (stdout, stderr) = run_ok(env, &args);
    let ids: Vec<String> = stdout.lines().map(str::to_string).collect();
    for id in &ids {
        assert!(
            id.len() == 10
                && id.starts_with("s-")
                && id[2..]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
            "hk {args:?} printed `{id}` among the new ids\nstdout: {stdout}"
        );
    }
    (ids, stderr)
}

/// Runs `hk args`, expects exit `code` (any failure when `None`), nothing on stdout,
/// an `error:` line, every `expect` on stderr, and no store file changed. Returns stderr.
fn refused(env: &TestEnv, code: Option<i32>, args: &[&str], expect: &[&str]) -> String {
    let before = env.snapshot();
    let out = env.run(args);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    match code {
        Some(c) => assert_eq!(
            out.status.code(),
            Some(c),
            "hk {args:?}: expected exit {c}\nstdout: {stdout}\nstderr: {stderr}"
        ),
        None => assert!(
            matches!(out.status.code(), Some(1 | 2)),
            "hk {args:?}: expected it to fail\nstdout: {stdout}\nstderr: {stderr}"
        ),
    }
    assert_eq!(stdout, "", "hk {args:?} printed data while failing");
    assert!(
        stderr.lines().any(|l| l.starts_with("error:")),
        "hk {args:?}: stderr has no `error:` line\n{stderr}"
    );
    for e in expect {
        assert!(
            stderr.contains(e),
            "hk {args:?}: stderr does not mention `{e}`\n{stderr}"
        );
    }
    assert!(
        before == env.snapshot(),
        "hk {args:?} changed the store although it failed\n{stderr}"
    );
    stderr
}

/// Every survey file in the store: id → path.
fn survey_files(env: &TestEnv) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    let Ok(months) = std::fs::read_dir(env.store.join("surveys")) else {
        return out;
    };
    for month in months {
        let month = month.unwrap().path();
        if !month.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&month).unwrap() {
            let p = f.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if let Some(id) = name.strip_suffix(".toml.age") {
                assert!(
                    out.insert(id.to_string(), p.clone()).is_none(),
                    "{id} is stored twice"
                );
            }
        }
    }
    out
}

/// `hk cat` of a survey file, as text and parsed.
fn cat(env: &TestEnv, path: &Path) -> (String, toml::Table) {
    let text = env.ok(&["cat", path_str(path)]);
    let table: toml::Table = toml::from_str(&text)
        .unwrap_or_else(|e| panic!("hk cat {}: not TOML: {e}\n{text}", path.display()));
    (text, table)
}

/// The record of survey `id`, checking that it lies in the folder of its month.
fn survey(env: &TestEnv, id: &str) -> toml::Table {
    let files = survey_files(env);
    let path = files
        .get(id)
        .unwrap_or_else(|| panic!("no file for {id}: {files:?}"));
    let (_, t) = cat(env, path);
    let date = date_of(&t);
    let month = path
        .parent()
        .unwrap()
        .file_name()
        .unwrap()
        .to_string_lossy();
    assert!(
        date.starts_with(&format!("{month}-")),
        "{id} dated {date} lies in surveys/{month}/"
    );
    t
}

fn scores_of(t: &toml::Table) -> BTreeMap<String, i64> {
    t.get("scores")
        .and_then(|s| s.as_table())
        .map(|s| {
            s.iter()
                .map(|(k, v)| (k.clone(), v.as_integer().unwrap()))
                .collect()
        })
        .unwrap_or_default()
}

fn scores(pairs: &[(&str, i64)]) -> BTreeMap<String, i64> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

/// The `date` field as written (a TOML date or a string).
fn date_of(t: &toml::Table) -> String {
    t["date"].to_string().trim_matches('"').to_string()
}

fn str_of<'a>(t: &'a toml::Table, key: &str) -> Option<&'a str> {
    t.get(key).and_then(|v| v.as_str())
}

/// Column `name` of a CSV listing, row by row.
fn csv_column(text: &str, name: &str) -> Vec<String> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let i = r
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column `{name}` in\n{text}"));
    r.records().map(|rec| rec.unwrap()[i].to_string()).collect()
}

/// The body rows (not the header) of the tables in `text`, as trimmed cells.
fn table_rows(text: &str) -> Vec<Vec<String>> {
    let mut body = false;
    let mut rows = Vec::new();
    for l in text.lines() {
        if l.starts_with('┌') {
            body = false;
        } else if l.starts_with('╞') {
            body = true;
        } else if body && l.starts_with('│') {
            rows.push(
                l.trim_matches('│')
                    .split('┆')
                    .map(|c| c.trim().to_string())
                    .collect(),
            );
        }
    }
    rows
}

fn commit_count(env: &TestEnv) -> usize {
    env.git(&["log", "--format=%H"]).lines().count()
}

// ------------------------------------------------------------------------------------
// Import

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

// ------------------------------------------------------------------------------------
// Hand entry

#[test]
fn survey_add_records_each_answer_given_by_flag() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13800138001", &["--category", "家庭保洁"]);
    let li = env.add_client("李娜", "13900139002", &["--category", "保姆照顾"]);
    let v_wang = env.ok(&[
        "visit",
        "add",
        &wang,
        "--date",
        "2026-11-01",
        "--staff",
        "刘阿姨",
    ]);
    let v_wang = v_wang.trim();
    let v_li = env.ok(&["visit", "add", &li, "--date", "2026-11-02"]);
    let v_li = v_li.trim();

    // Every flag, by name.
    let out = env.ok(&[
        "survey",
        "add",
        "王秀英",
        "--date",
        "2026/11/20",
        "--visit",
        v_wang,
        "--channel",
        "interview",
        "--overall",
        "5",
        "--attitude",
        "4",
        "--cleanliness",
        "3",
        "--punctuality",
        "2",
        "--value",
        "1",
        "--nps",
        "9",
        "--comment",
        "阿姨很细心",
    ]);
    let id = out.trim();
    assert_eq!(out, format!("{id}\n"), "the new id alone");
    assert!(id.starts_with("s-") && id.len() == 10, "{id}");
    let t = survey(&env, id);
    assert!(survey_files(&env)[id].ends_with(format!("surveys/2026-11/{id}.toml.age")));
    assert_eq!(str_of(&t, "client"), Some(wang.as_str()));
    assert_eq!(date_of(&t), "2026-11-20");
    assert_eq!(str_of(&t, "channel"), Some("interview"));
    assert_eq!(str_of(&t, "visit"), Some(v_wang));
    assert_eq!(
        scores_of(&t),
        scores(&[
            ("overall", 5),
            ("attitude", 4),
            ("cleanliness", 3),
            ("punctuality", 2),
            ("value", 1)
        ])
    );
    assert_eq!(t["nps"].as_integer(), Some(9));
    assert_eq!(str_of(&t, "comment"), Some("阿姨很细心"));
    assert_eq!(str_of(&t, "source_file"), None, "typed by hand");

    // By phone, `--score DIM=N`, NPS 0, no date (today), default channel.
    let id2 = env.ok(&[
        "survey",
        "add",
        "139 0013 9002",
        "--score",
        "value=4",
        "--score",
        "punctuality=5",
        "--nps",
        "0",
    ]);
    let t = survey(&env, id2.trim());
    assert_eq!(str_of(&t, "client"), Some(li.as_str()));
    assert_eq!(date_of(&t), "2026-11-22");
    assert_eq!(str_of(&t, "channel"), Some("phone"));
    assert_eq!(scores_of(&t), scores(&[("value", 4), ("punctuality", 5)]));
    assert_eq!(t["nps"].as_integer(), Some(0));

    // A comment alone is an answer.
    let id3 = env.ok(&[
        "survey",
        "add",
        &wang,
        "--date",
        "today",
        "--comment",
        "想换个时间",
    ]);
    let t = survey(&env, id3.trim());
    assert!(scores_of(&t).is_empty() && t.get("nps").is_none(), "{t:?}");
    assert_eq!(str_of(&t, "comment"), Some("想换个时间"));
    assert_eq!(survey_files(&env).len(), 3);

    // Bad values: a usage error naming the flag, nothing written.
    let base = ["survey", "add", wang.as_str()];
    let cases: &[(&[&str], &[&str])] = &[
        (&["--overall", "6"], &["`--overall`"]),
        (&["--overall", "0"], &["`--overall`"]),
        (&["--attitude", "abc"], &["`--attitude`"]),
        (&["--value", "4.5"], &["`--value`"]),
        (&["--nps", "11"], &["`--nps`"]),
        (&["--nps", "ten"], &["`--nps`"]),
        (&["--score", "foo=3"], &["`--score`", "foo"]),
        (&["--score", "overall"], &["`--score`"]),
        (&["--score", "cleanliness=9"], &["`--score`"]),
        (&["--overall", "4", "--date", "2026-11-23"], &["`--date`"]),
        (&["--overall", "4", "--date", "tomorrow"], &["`--date`"]),
        (&["--overall", "4", "--date", "2026-02-30"], &["`--date`"]),
        (&["--overall", "4", "--channel", "fax"], &["`--channel`"]),
        (&["--overall", "4", "--visit", v_li], &["`--visit`", v_li]),
        (&[], &["--nps", "--comment"]),
        (&["--comment", "  "], &["--comment"]),
        (&["--date", "2026-11-01"], &["--nps"]),
    ];
    for (extra, expect) in cases {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        refused(&env, Some(2), &args, expect);
    }
    // A visit or client that does not exist is a failure, not a usage error.
    refused(
        &env,
        Some(1),
        &[
            "survey",
            "add",
            &wang,
            "--overall",
            "4",
            "--visit",
            "v-zzzzzzzz",
        ],
        &["v-zzzzzzzz"],
    );
    refused(
        &env,
        Some(1),
        &["survey", "add", "13311112222", "--overall", "4"],
        &[],
    );
    assert_eq!(survey_files(&env).len(), 3);
}

// ------------------------------------------------------------------------------------
// Report

/// A small store whose figures are worked out by hand.
///
/// Clients: 王秀英 A (家庭保洁, 保姆照顾), 李娜 B (月嫂服务), 张丽 C (no visit).
/// Visits (all done unless said):
///   v1 A 2026-08-10 家庭保洁 刘阿姨
///   v2 A 2026-10-05 保姆照顾 刘阿姨 + 陈阿姨
///   v3 A 2026-11-01 家庭保洁 陈阿姨, cancelled (never a related visit)
///   v4 A 2026-12-01 家庭保洁 陈阿姨, scheduled
///   v5 B 2026-09-01 … 2026-09-26 月嫂服务 王阿姨
/// Surveys (dimension order overall, attitude, cleanliness, punctuality, value):
///   s1 A 2026-10-20 phone     --visit v1 (not the later v2) 5,5,-,-,-  nps 10
///   s2 A 2026-10-10 online    → v2                           4,3,4,-,-  nps 8
///   s3 A 2026-11-05 paper     → v2 (v3 is cancelled)         2,-,-,-,-  nps 6
///   s4 B 2026-09-20 phone     → v5 (started by then)         3,-,-,-,2  no nps
///   s5 C 2026-10-20 interview → none                         -,-,-,-,-  nps 9, a comment
///   s6 B 2026-08-20 phone     → none (before v5)             5,-,-,-,-  nps 10
struct Figures {
    env: TestEnv,
}

impl Figures {
    fn new() -> Figures {
        let env = TestEnv::new();
        let a = env.add_client(
            "王秀英",
            "13800138001",
            &["--category", "家庭保洁", "--category", "保姆照顾"],
        );
        let b = env.add_client("李娜", "13900139002", &["--category", "月嫂服务"]);
        let c = env.add_client("张丽", "13500135003", &[]);
        let visit = |client: &str, extra: &[&str]| {
            let mut args = vec!["visit", "add", client];
            args.extend_from_slice(extra);
            env.ok(&args).trim().to_string()
        };
        let v1 = visit(
            &a,
            &[
                "--date",
                "2026-08-10",
                "--category",
                "家庭保洁",
                "--staff",
                "刘阿姨",
            ],
        );
        visit(
            &a,
            &[
                "--date",
                "2026-10-05",
                "--category",
                "保姆照顾",
                "--staff",
                "刘阿姨",
                "--staff",
                "陈阿姨",
            ],
        );
        visit(
            &a,
            &[
                "--date",
                "2026-11-01",
                "--category",
                "家庭保洁",
                "--staff",
                "陈阿姨",
                "--status",
                "cancelled",
            ],
        );
        visit(
            &a,
            &[
                "--date",
                "2026-12-01",
                "--category",
                "家庭保洁",
                "--staff",
                "陈阿姨",
            ],
        );
        visit(
            &b,
            &[
                "--date",
                "2026-09-01",
                "--end",
                "2026-09-26",
                "--staff",
                "王阿姨",
            ],
        );
        let add = |client: &str, extra: &[&str]| {
            let mut args = vec!["survey", "add", client];
            args.extend_from_slice(extra);
            env.ok(&args);
        };
        add(
            &a,
            &[
                "--date",
                "2026-10-20",
                "--channel",
                "phone",
                "--visit",
                v1.as_str(),
                "--overall",
                "5",
                "--attitude",
                "5",
                "--nps",
                "10",
            ],
        );
        add(
            &a,
            &[
                "--date",
                "2026-10-10",
                "--channel",
                "online",
                "--overall",
                "4",
                "--attitude",
                "3",
                "--cleanliness",
                "4",
                "--nps",
                "8",
            ],
        );
        add(
            &a,
            &[
                "--date",
                "2026-11-05",
                "--channel",
                "paper",
                "--overall",
                "2",
                "--nps",
                "6",
            ],
        );
        add(
            &b,
            &[
                "--date",
                "2026-09-20",
                "--channel",
                "phone",
                "--overall",
                "3",
                "--value",
                "2",
            ],
        );
        add(
            &c,
            &[
                "--date",
                "2026-10-20",
                "--channel",
                "interview",
                "--nps",
                "9",
                "--comment",
                "想了解月嫂",
            ],
        );
        add(
            &b,
            &[
                "--date",
                "2026-08-20",
                "--channel",
                "phone",
                "--overall",
                "5",
                "--nps",
                "10",
            ],
        );
        assert_eq!(survey_files(&env).len(), 6);
        Figures { env }
    }

    /// `hk report satisfaction extra… --format csv`, checked against `first` (the
    /// group column's name) and `rows`.
    fn check(&self, extra: &[&str], first: &str, rows: &[&str]) {
        let mut args = vec!["report", "satisfaction"];
        args.extend_from_slice(extra);
        let got = csv(&self.env, &args);
        let mut want = format!("{first},{REPORT_COLUMNS}\n");
        for r in rows {
            want.push_str(r);
            want.push('\n');
        }
        assert_eq!(got, want, "hk {args:?}");
    }
}

#[test]
fn the_satisfaction_report_matches_figures_worked_out_by_hand() {
    let f = Figures::new();

    // All six. overall 5,4,2,3,5 → 19/5 = 3.80; CSAT 3 of 5 (5,4,5) = 60.00;
    // attitude 5,3 → 4.00; cleanliness 4 → 4.00; punctuality never answered → empty;
    // value 2 → 2.00. NPS answers 10,8,6,9,10: promoters 3, passives 1, detractors 1
    // → 100 × (3 − 1) / 5 = 40.00.
    f.check(
        &[],
        "group",
        &["all,6,3.80,4.00,4.00,,2.00,60.00,40.00,3,1,1"],
    );

    // By staff: s1 → v1 (刘), s2 and s3 → v2 (刘 and 陈, each), s4 → v5 (王),
    // s5 and s6 → (none).
    // (none) s5,s6: overall 5 → 5.00, CSAT 1/1; NPS 9,10 → 2 promoters → 100.00.
    // 刘阿姨 s1,s2,s3: overall 5,4,2 → 11/3 = 3.67, CSAT 2/3 = 66.67; attitude 5,3 →
    //   4.00; cleanliness 4.00; NPS 10,8,6 → 1,1,1 → 0.00.
    // 王阿姨 s4: overall 3.00, value 2.00, CSAT 0/1 = 0.00, no NPS answer → empty.
    // 陈阿姨 s2,s3: overall 4,2 → 3.00, CSAT 1/2 = 50.00; attitude 3.00; cleanliness
    //   4.00; NPS 8,6 → 0,1,1 → −50.00.
    f.check(
        &["--by", "staff"],
        "staff",
        &[
            "(none),2,5.00,,,,,100.00,100.00,2,0,0",
            "刘阿姨,3,3.67,4.00,4.00,,,66.67,0.00,1,1,1",
            "王阿姨,1,3.00,,,,2.00,0.00,,0,0,0",
            "陈阿姨,2,3.00,3.00,4.00,,,50.00,-50.00,0,1,1",
        ],
    );

    // By category: s1 家庭保洁 (its given visit), s2,s3 保姆照顾, s4 月嫂服务.
    f.check(
        &["--by", "category"],
        "category",
        &[
            "(none),2,5.00,,,,,100.00,100.00,2,0,0",
            "house-cleaning,1,5.00,5.00,,,,100.00,100.00,1,0,0",
            "maternity-nurse,1,3.00,,,,2.00,0.00,,0,0,0",
            "nanny,2,3.00,3.00,4.00,,,50.00,-50.00,0,1,1",
        ],
    );

    // By month: 08 s6; 09 s4; 10 s1,s2,s5 (overall 5,4 → 4.50, CSAT 2/2; NPS 10,8,9
    // → 2,1,0 → 66.67); 11 s3 (NPS 6 → −100.00).
    f.check(
        &["--by", "month"],
        "month",
        &[
            "2026-08,1,5.00,,,,,100.00,100.00,1,0,0",
            "2026-09,1,3.00,,,,2.00,0.00,,0,0,0",
            "2026-10,3,4.50,4.00,4.00,,,100.00,66.67,2,1,0",
            "2026-11,1,2.00,,,,,0.00,-100.00,0,0,1",
        ],
    );

    // By quarter: Q3 s6,s4 (overall 5,3 → 4.00, CSAT 1/2; NPS 10 → 100.00);
    // Q4 s1,s2,s3,s5 (overall 5,4,2 → 3.67, CSAT 2/3; NPS 10,8,6,9 → 2,1,1 → 25.00).
    f.check(
        &["--by", "quarter"],
        "quarter",
        &[
            "2026-Q3,2,4.00,,,,2.00,50.00,100.00,1,0,0",
            "2026-Q4,4,3.67,4.00,4.00,,,66.67,25.00,2,1,1",
        ],
    );

    // By channel: interview s5 (no overall → CSAT empty); online s2 (NPS 8 → 0.00);
    // paper s3; phone s1,s4,s6 (overall 5,3,5 → 4.33, CSAT 2/3; NPS 10,10).
    f.check(
        &["--by", "channel"],
        "channel",
        &[
            "interview,1,,,,,,,100.00,1,0,0",
            "online,1,4.00,3.00,4.00,,,100.00,0.00,0,1,0",
            "paper,1,2.00,,,,,0.00,-100.00,0,0,1",
            "phone,3,4.33,5.00,,,2.00,66.67,100.00,2,0,0",
        ],
    );

    // Periods. October: s1,s2,s5.
    f.check(
        &["--from", "2026-10-01", "--to", "2026-10-31"],
        "group",
        &["all,3,4.50,4.00,4.00,,,100.00,66.67,2,1,0"],
    );
    // From 15 October to today: s1,s5,s3 → overall 5,2 → 3.50, CSAT 1/2; attitude
    // 5.00; NPS 10,9,6 → 2,0,1 → 33.33.
    f.check(
        &["--from", "2026-10-15"],
        "group",
        &["all,3,3.50,5.00,,,,50.00,33.33,2,0,1"],
    );
    // Up to September, as Q3.
    f.check(
        &["--to", "2026/09/30"],
        "group",
        &["all,2,4.00,,,,2.00,50.00,100.00,1,0,0"],
    );
    // November by staff: s3 alone, for each of v2's two staff members.
    f.check(
        &["--by", "staff", "--from", "2026-11-01"],
        "staff",
        &[
            "刘阿姨,1,2.00,,,,,0.00,-100.00,0,0,1",
            "陈阿姨,1,2.00,,,,,0.00,-100.00,0,0,1",
        ],
    );
    // Nothing in July: no figure is 0, every one is empty.
    f.check(&["--to", "2026-07-31"], "group", &["all,0,,,,,,,,0,0,0"]);

    // The table says NA where CSV leaves the cell empty.
    let table = f.env.ok(&["report", "satisfaction", "--by", "category"]);
    let rows = table_rows(&table);
    let row = |key: &str| {
        rows.iter()
            .find(|r| r[0] == key)
            .unwrap_or_else(|| panic!("no row {key}\n{table}"))
            .clone()
    };
    assert_eq!(
        row("月嫂服务"),
        [
            "月嫂服务",
            "1",
            "3.00",
            "NA",
            "NA",
            "NA",
            "2.00",
            "0.00",
            "NA",
            "0",
            "0",
            "0"
        ],
        "{table}"
    );
    assert_eq!(
        row("(none)"),
        [
            "(none)", "2", "5.00", "NA", "NA", "NA", "NA", "100.00", "100.00", "2", "0", "0"
        ],
        "{table}"
    );
    let table = f.env.ok(&["report", "satisfaction", "--to", "2026-07-31"]);
    assert_eq!(
        table_rows(&table),
        [[
            "all", "0", "NA", "NA", "NA", "NA", "NA", "NA", "NA", "0", "0", "0"
        ]],
        "{table}"
    );

    // Bad command lines.
    refused(
        &f.env,
        Some(2),
        &[
            "report",
            "satisfaction",
            "--from",
            "2026-11-10",
            "--to",
            "2026-11-01",
        ],
        &["--from"],
    );
    refused(
        &f.env,
        Some(2),
        &["report", "satisfaction", "--by", "week"],
        &["week"],
    );
    refused(
        &f.env,
        Some(2),
        &["report", "satisfaction", "--from", "abc"],
        &["`--from`"],
    );
}

/// Imported responses find their visits too: the same day counts, a later visit does
/// not, and a response of a client without visits falls in `(none)`.
#[test]
fn imported_responses_are_grouped_by_their_related_visits() {
    let env = TestEnv::new();
    let c = fixture_clients(&env);
    let visit = |phone: &str, extra: &[&str]| {
        let mut args = vec!["visit", "add", c[phone].as_str()];
        args.extend_from_slice(extra);
        env.ok(&args);
    };
    visit(
        PHONES[0],
        &[
            "--date",
            "2026-11-01",
            "--category",
            "家庭保洁",
            "--staff",
            "刘阿姨",
        ],
    );
    visit(
        PHONES[1],
        &[
            "--date",
            "2026-10-20",
            "--category",
            "保姆照顾",
            "--staff",
            "陈阿姨",
        ],
    );
    visit(
        PHONES[2],
        &[
            "--date",
            "2026-11-04",
            "--category",
            "月嫂服务",
            "--staff",
            "王阿姨",
        ],
    );
    // After that client's answer of 11-05: not its related visit.
    visit(
        PHONES[3],
        &[
            "--date",
            "2026-11-06",
            "--category",
            "家庭保洁",
            "--staff",
            "刘阿姨",
        ],
    );
    visit(
        PHONES[4],
        &[
            "--date",
            "2026-11-06",
            "--category",
            "家庭保洁",
            "--staff",
            "刘阿姨",
            "--staff",
            "陈阿姨",
        ],
    );
    let (ids, _) = import(&env, &fixture("surveys/google-forms.csv"), &[]);
    assert_eq!(ids.len(), 6);
    // Google Forms rows (overall, attitude, cleanliness, punctuality, value; NPS):
    //   138… 11-03 5,5,5,4,4; 10   → 家庭保洁 刘
    //   139… 11-03 4,5,4,5,3; 8    → 保姆照顾 陈
    //   135… 11-04 3,4,3,3,2; 6    → 月嫂服务 王 (same day)
    //   186… 11-05 5,5,5,5,5; 9    → (none): its visit is later
    //   137… 11-06 2,3,2,1,3; 4    → 家庭保洁 刘 + 陈 (same day)
    //   158… 11-07 4,4,4,4,4; 7    → (none): no visit
    // (none): means 4.50 each, CSAT 2/2, NPS 9,7 → 1,1,0 → 50.00.
    // 保姆照顾: CSAT 1/1, NPS 8 → 0.00.
    // 家庭保洁: overall 5,2 → 3.50, attitude 5,3 → 4.00, cleanliness 5,2 → 3.50,
    //   punctuality 4,1 → 2.50, value 4,3 → 3.50, CSAT 1/2, NPS 10,4 → 1,0,1 → 0.00.
    // 月嫂服务: CSAT 0/1, NPS 6 → −100.00.
    let got = csv(&env, &["report", "satisfaction", "--by", "category"]);
    assert_eq!(
        got,
        format!(
            "category,{REPORT_COLUMNS}\n\
             (none),2,4.50,4.50,4.50,4.50,4.50,100.00,50.00,1,1,0\n\
             house-cleaning,2,3.50,4.00,3.50,2.50,3.50,50.00,0.00,1,0,1\n\
             maternity-nurse,1,3.00,4.00,3.00,3.00,2.00,0.00,-100.00,0,0,1\n\
             nanny,1,4.00,5.00,4.00,5.00,3.00,100.00,0.00,0,1,0\n"
        )
    );
    // 陈阿姨: 139… and 137… → overall 4,2 → 3.00; attitude 5,3 → 4.00; cleanliness
    // 4,2 → 3.00; punctuality 5,1 → 3.00; value 3,3 → 3.00; CSAT 1/2; NPS 8,4 → 0,1,1
    // → −50.00. 刘阿姨 is 家庭保洁's pair, 王阿姨 月嫂服务's.
    let got = csv(&env, &["report", "satisfaction", "--by", "staff"]);
    assert_eq!(
        got,
        format!(
            "staff,{REPORT_COLUMNS}\n\
             (none),2,4.50,4.50,4.50,4.50,4.50,100.00,50.00,1,1,0\n\
             刘阿姨,2,3.50,4.00,3.50,2.50,3.50,50.00,0.00,1,0,1\n\
             王阿姨,1,3.00,4.00,3.00,3.00,2.00,0.00,-100.00,0,0,1\n\
             陈阿姨,2,3.00,4.00,3.00,3.00,3.00,50.00,-50.00,0,1,1\n"
        )
    );
}

// ------------------------------------------------------------------------------------
// Stages

/// The ids in the first column of a CSV listing.
fn id_set(list: &str) -> BTreeSet<String> {
    csv_column(list, "id").into_iter().collect()
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

/// A poor answer (NPS ≤ 6 or overall ≤ 2) since the last done visit makes a client
/// at-risk and shows in `hk survey list --low`; a later good answer, or a later
/// visit, clears it. A poor answer before the last visit is forgotten, and a new
/// client stays new (DESIGN §5: first match wins).
#[test]
fn a_poor_answer_after_the_last_visit_makes_the_client_at_risk() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13800138001", &["--category", "家庭保洁"]);
    let li = env.add_client("李娜", "13900139002", &["--category", "家庭保洁"]);
    let zhang = env.add_client("张丽", "13500135003", &["--category", "家庭保洁"]);
    let zhao = env.add_client("赵敏", "13600003333", &["--category", "家庭保洁"]);
    for (c, dates) in [
        (&wang, &["2026-09-01", "2026-11-01"][..]),
        (&li, &["2026-09-05", "2026-11-02"][..]),
        (&zhang, &["2026-11-10"][..]),
        (&zhao, &["2026-09-03", "2026-11-03"][..]),
    ] {
        for d in dates {
            env.ok(&["visit", "add", c, "--date", d, "--staff", "刘阿姨"]);
        }
    }
    let stage = |s: &str| id_set(&csv(&env, &["client", "list", "--stage", s]));
    assert_eq!(stage("active"), set(&[&wang, &li, &zhao]));
    assert_eq!(stage("new"), set(&[&zhang]));
    assert!(stage("at-risk").is_empty());

    // 王: NPS 6 with overall 4 (a detractor); 李: overall 2 with NPS 9; 张: both
    // poor, but new; 赵: a poor answer before the last visit, then a passive one
    // (overall 3, NPS 7) after it.
    let file = env.write(
        "answers.csv",
        "phone,date,overall,nps,comment\n\
         13800138001,2026-11-10,4,6,阿姨迟到\n\
         13900139002,2026-11-12,2,9,\n\
         13500135003,2026-11-13,1,0,很差\n\
         13600003333,2026-10-01,1,0,\n\
         13600003333,2026-11-05,3,7,\n"
            .as_bytes(),
    );
    let (new, _) = import(&env, &file, &[]);
    assert_eq!(new.len(), 5);
    assert_eq!(stage("at-risk"), set(&[&wang, &li]));
    assert_eq!(stage("new"), set(&[&zhang]));
    assert_eq!(stage("active"), set(&[&zhao]));

    // The service-recovery list: every poor answer, not the passive one.
    let low = csv(&env, &["survey", "list", "--low"]);
    assert_eq!(
        csv_column(&low, "client"),
        vec![zhao.clone(), wang.clone(), li.clone(), zhang.clone()],
        "{low}"
    );
    assert_eq!(
        csv_column(&low, "date"),
        vec!["2026-10-01", "2026-11-10", "2026-11-12", "2026-11-13"]
    );
    let all = csv(&env, &["survey", "list"]);
    assert_eq!(csv_column(&all, "id").len(), 5);

    // 王 answers again, happily: active. 李 has another visit: active.
    env.ok(&[
        "survey",
        "add",
        &wang,
        "--date",
        "2026-11-20",
        "--overall",
        "5",
        "--nps",
        "9",
    ]);
    assert_eq!(stage("at-risk"), set(&[&li]));
    env.ok(&[
        "visit",
        "add",
        &li,
        "--date",
        "2026-11-21",
        "--staff",
        "陈阿姨",
    ]);
    assert!(stage("at-risk").is_empty());
    assert_eq!(stage("active"), set(&[&wang, &li, &zhao]));
    let low_after = csv(&env, &["survey", "list", "--low"]);
    assert!(
        !csv_column(&low_after, "date").contains(&"2026-11-20".to_string()),
        "a happy answer is listed as low\n{low_after}"
    );

    // A detractor typed by hand on the day of the last visit counts too.
    env.ok(&["survey", "add", &li, "--date", "2026-11-21", "--nps", "3"]);
    assert_eq!(stage("at-risk"), set(&[&li]));
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
