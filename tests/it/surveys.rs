//! Satisfaction surveys (满意度调查) through the real binary: every questionnaire export
//! in tests/fixtures/surveys (问卷星 in GBK and in UTF-8 with a BOM, 腾讯问卷, Google Forms,
//! SurveyMonkey, a plain file) imported, imported again, dry-run, with bad rows and a
//! rejects file, with an ambiguous column settled by `--map`; what an imported record
//! holds and what it must not (IP addresses, e-mail, the tools' metadata); hand entry
//! with `hk survey add`; `hk report satisfaction` against figures worked out by hand
//! (DESIGN §6); and the at-risk stage a poor answer brings (DESIGN §5).
//!
//! The tests are in `surveys_import` (whole exports, dry runs, what a record holds,
//! commits), `surveys_import_rows` (bad rows, the rejects file, matching rows to
//! clients, `--map`), `surveys_hand_entry`, `surveys_report` and `surveys_stages`; this
//! file holds the helpers they share.
//!
//! The fixtures use six phones: 13800138001, 13900139002, 13500135003, 18600186004,
//! 13700137005 and 15800158006. The clock is the harness's: 2026-11-22.

use crate::common::TestEnv;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The fixtures' phones, in the order of the 问卷星 rows.
pub(crate) const PHONES: [&str; 6] = [
    "13800138001",
    "13900139002",
    "13500135003",
    "18600186004",
    "13700137005",
    "15800158006",
];

/// One client per fixture phone (客户1 … 客户6); phone → id.
pub(crate) fn fixture_clients(env: &TestEnv) -> BTreeMap<&'static str, String> {
    PHONES
        .iter()
        .enumerate()
        .map(|(i, p)| (*p, env.add_client(&format!("客户{}", i + 1), p, &[])))
        .collect()
}

/// Runs `hk args`, expects success; returns stdout and stderr.
pub(crate) fn run_ok(env: &TestEnv, args: &[&str]) -> (String, String) {
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

pub(crate) fn csv(env: &TestEnv, args: &[&str]) -> String {
    let mut a = args.to_vec();
    a.extend(["--format", "csv"]);
    env.ok(&a)
}

pub(crate) fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `hk survey import FILE extra…`: succeeds; returns the ids printed (one a line,
/// nothing else on stdout) and stderr.
pub(crate) fn import(env: &TestEnv, file: &Path, extra: &[&str]) -> (Vec<String>, String) {
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
pub(crate) fn refused(env: &TestEnv, code: Option<i32>, args: &[&str], expect: &[&str]) -> String {
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
pub(crate) fn survey_files(env: &TestEnv) -> BTreeMap<String, PathBuf> {
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
pub(crate) fn cat(env: &TestEnv, path: &Path) -> (String, toml::Table) {
    let text = env.ok(&["cat", path_str(path)]);
    let table: toml::Table = toml::from_str(&text)
        .unwrap_or_else(|e| panic!("hk cat {}: not TOML: {e}\n{text}", path.display()));
    (text, table)
}

/// The record of survey `id`, checking that it lies in the folder of its month.
pub(crate) fn survey(env: &TestEnv, id: &str) -> toml::Table {
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

pub(crate) fn scores_of(t: &toml::Table) -> BTreeMap<String, i64> {
    t.get("scores")
        .and_then(|s| s.as_table())
        .map(|s| {
            s.iter()
                .map(|(k, v)| (k.clone(), v.as_integer().unwrap()))
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) fn scores(pairs: &[(&str, i64)]) -> BTreeMap<String, i64> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

/// The `date` field as written (a TOML date or a string).
pub(crate) fn date_of(t: &toml::Table) -> String {
    t["date"].to_string().trim_matches('"').to_string()
}

pub(crate) fn str_of<'a>(t: &'a toml::Table, key: &str) -> Option<&'a str> {
    t.get(key).and_then(|v| v.as_str())
}

/// Column `name` of a CSV listing, row by row.
pub(crate) fn csv_column(text: &str, name: &str) -> Vec<String> {
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
pub(crate) fn table_rows(text: &str) -> Vec<Vec<String>> {
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
