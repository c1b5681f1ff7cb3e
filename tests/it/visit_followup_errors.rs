//! Bad input to the visit and follow-up commands, through the real binary: every
//! refusal names the flag (or the file and line), exits 2 for a bad command line and 1
//! for a failure, and writes nothing (the store's files are byte-for-byte the same and
//! no commit is made). Also: visit imports from spreadsheets (GBK with Chinese headers,
//! UTF-8 by client id), re-imports, dry runs, and a visit moving to another month.
//!
//! The clock is the harness's: 2026-11-22.

use crate::common::{TestEnv, fixture};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Runs `hk args`, expects exit `code`, nothing on stdout, an `error:` on stderr that
/// contains every `expect`, no store file changed and no commit made. Returns stderr.
fn refused(env: &TestEnv, code: i32, args: &[&str], expect: &[&str]) -> String {
    let before = env.snapshot();
    let commits = commit_count(env);
    let out = env.run(args);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(code),
        "hk {args:?}: expected exit {code}\nstdout: {stdout}\nstderr: {stderr}"
    );
    assert_eq!(stdout, "", "hk {args:?} printed data while failing");
    assert!(
        stderr.starts_with("error:"),
        "hk {args:?}: stderr does not start with `error:`\n{stderr}"
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
    assert_eq!(commits, commit_count(env), "hk {args:?} made a commit");
    stderr
}

/// Commits in the store's repository (0 without one).
fn commit_count(env: &TestEnv) -> usize {
    if !env.store.join(".git").exists() {
        return 0;
    }
    env.git(&["log", "--format=%s"]).lines().count()
}

fn json(env: &TestEnv, args: &[&str]) -> serde_json::Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    serde_json::from_str(&env.ok(&a)).unwrap()
}

fn args_with<'a>(base: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = base.to_vec();
    v.extend_from_slice(extra);
    v
}

/// Every visit file in the store, by id, with the folders holding it.
fn visit_files(env: &TestEnv) -> BTreeMap<String, Vec<PathBuf>> {
    let mut out: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for month in std::fs::read_dir(env.store.join("visits")).unwrap() {
        let month = month.unwrap().path();
        if !month.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&month).unwrap() {
            let p = f.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if let Some(id) = name.strip_suffix(".toml.age") {
                out.entry(id.to_string()).or_default().push(p.clone());
            }
        }
    }
    out
}

#[test]
fn visit_add_refuses_bad_values_naming_the_flag() {
    let env = TestEnv::with_git();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let base = ["visit", "add", wang.as_str()];
    let cases: &[(&[&str], &[&str])] = &[
        (&["--date", "2026-02-30"], &["`--date`", "2026-02-30"]),
        (&["--date", "2026-13-01"], &["`--date`", "2026-13-01"]),
        (&["--date", "abc"], &["`--date`"]),
        (&["--date", "2026/02/30"], &["`--date`"]),
        (
            &["--date", "2026-10-05", "--end", "2026-10-01"],
            &["`--end`", "before"],
        ),
        (
            &["--date", "2026-10-05", "--end", "2026-02-30"],
            &["`--end`"],
        ),
        (
            &["--date", "2026-10-05", "--price", "1.234"],
            &["`--price`"],
        ),
        (&["--date", "2026-10-05", "--price", "abc"], &["`--price`"]),
        (
            &["--date", "2026-10-05", "--price=-5"],
            &["`--price`", "negative"],
        ),
        (
            &["--date", "2026-10-05", "--payment", "bitcoin"],
            &["`--payment`"],
        ),
        (
            &["--date", "2026-10-05", "--status", "maybe"],
            &["`--status`"],
        ),
        // Done in the future: not yet.
        (
            &["--date", "2026-12-05", "--status", "done"],
            &["`--status`"],
        ),
        (&["--date", "tomorrow", "--status", "done"], &["`--status`"]),
        (&["--date", "2026-10-05", "--time", "25:00"], &["`--time`"]),
        (
            &["--date", "2026-10-05", "--category", "擦玻璃"],
            &["`--category`"],
        ),
        // No date at all.
        (&["--staff", "张阿姨"], &["--date"]),
    ];
    for (extra, expect) in cases {
        let err = refused(&env, 2, &args_with(&base, extra), expect);
        assert!(
            !err.contains("王秀英") && !err.contains("13812345678"),
            "an error message holds personal data: {err}"
        );
    }
    assert_eq!(env.git(&["status", "--porcelain"]), "");
}

#[test]
fn a_negative_price_names_the_price_flag() {
    // `--price -5`, as a user types it: the message must be about the price, not a
    // puzzle about a stray argument.
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let err = refused(
        &env,
        2,
        &[
            "visit",
            "add",
            &wang,
            "--date",
            "2026-10-05",
            "--price",
            "-5",
        ],
        &["--price"],
    );
    assert!(err.contains("negative"), "{err}");
}

#[test]
fn visit_add_takes_the_only_category_and_asks_when_there_are_two() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let li = env.add_client(
        "李娜",
        "13900001111",
        &["--category", "保姆照顾", "--category", "月嫂服务"],
    );
    let lead = env.add_client("陈静", "15800004444", &[]);

    // Two categories: which one? A usage error naming --category.
    let err = refused(
        &env,
        2,
        &["visit", "add", &li, "--date", "2026-11-20"],
        &["--category", &li],
    );
    assert!(!err.contains("李娜"), "{err}");
    // No category yet: the same.
    refused(
        &env,
        2,
        &["visit", "add", &lead, "--date", "2026-11-20"],
        &["--category"],
    );

    // One category: the visit takes it.
    let v = env.ok(&["visit", "add", &wang, "--date", "2026-11-20"]);
    let v = v.trim();
    let shown = json(&env, &["visit", "show", v]);
    assert_eq!(shown["category"], "house-cleaning");
    assert_eq!(shown["client"], wang.as_str());
    assert_eq!(shown["status"], "done");
    // With --category, two-category clients are fine.
    let v2 = env.ok(&[
        "visit",
        "add",
        &li,
        "--date",
        "2026-11-30",
        "--category",
        "月嫂服务",
    ]);
    let shown = json(&env, &["visit", "show", v2.trim()]);
    assert_eq!(shown["category"], "maternity-nurse");
    assert_eq!(shown["status"], "scheduled");
}

#[test]
fn unknown_and_ambiguous_clients_fail_without_writing() {
    let env = TestEnv::with_git();
    let w1 = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let w2 = env.add_client("王秀英", "13812340000", &["--category", "家庭保洁"]);
    for who in ["c-zzzzzzzz", "不存在的人", "13311112222"] {
        refused(&env, 1, &["visit", "add", who, "--date", "2026-11-01"], &[]);
        refused(
            &env,
            1,
            &["followup", "log", who, "--channel", "phone"],
            &[],
        );
    }
    // The message for an unknown phone does not repeat it.
    let err = refused(
        &env,
        1,
        &["visit", "add", "13311112222", "--date", "2026-11-01"],
        &["phone"],
    );
    assert!(!err.contains("13311112222"), "{err}");
    // An ambiguous name lists the candidates by id and fails.
    for args in [
        &["visit", "add", "王秀英", "--date", "2026-11-01"][..],
        &["followup", "log", "王秀英", "--channel", "phone"][..],
        &["visit", "list", "--client", "王秀英"][..],
    ] {
        refused(&env, 1, args, &[&w1, &w2]);
    }
}

#[test]
fn followup_log_refuses_bad_values_naming_the_flag() {
    let env = TestEnv::with_git();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let li = env.add_client("李娜", "13900001111", &["--category", "保姆照顾"]);
    let v_li = env.ok(&["visit", "add", &li, "--date", "2026-11-10"]);
    let v_li = v_li.trim();
    let v_wang = env.ok(&["visit", "add", &wang, "--date", "2026-11-10"]);
    let v_wang = v_wang.trim();
    let base = ["followup", "log", wang.as_str()];
    let cases: &[(&[&str], &[&str])] = &[
        (&["--channel", "phone", "--score", "6"], &["`--score`"]),
        (&["--channel", "phone", "--score", "0"], &["`--score`"]),
        (&["--channel", "phone", "--score", "abc"], &["`--score`"]),
        (&["--channel", "phone", "--score", "4.5"], &["`--score`"]),
        // Not yet happened.
        (
            &["--channel", "phone", "--date", "2026-11-23"],
            &["`--date`"],
        ),
        (&["--channel", "phone", "--date", "tomorrow"], &["`--date`"]),
        (
            &["--channel", "phone", "--date", "2026-02-30"],
            &["`--date`"],
        ),
        (&["--channel", "fax"], &["`--channel`"]),
        (
            &["--channel", "phone", "--outcome", "maybe"],
            &["`--outcome`"],
        ),
        (&["--outcome", "reached"], &["--channel"]),
        // Another client's visit.
        (
            &["--channel", "phone", "--visit", v_li],
            &["`--visit`", v_li, &li],
        ),
    ];
    for (extra, expect) in cases {
        refused(&env, 2, &args_with(&base, extra), expect);
    }
    // A visit that does not exist is a failure, not a usage error.
    refused(
        &env,
        1,
        &[
            "followup",
            "log",
            &wang,
            "--channel",
            "phone",
            "--visit",
            "v-zzzzzzzz",
        ],
        &["v-zzzzzzzz"],
    );
    // The good form of the same call works.
    let f = env.ok(&[
        "followup",
        "log",
        &wang,
        "--channel",
        "phone",
        "--visit",
        v_wang,
        "--score",
        "5",
    ]);
    assert!(f.starts_with("f-"), "{f}");
}

#[test]
fn visit_status_changes_refuse_unknown_or_future_visits() {
    let env = TestEnv::with_git();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    for cmd in ["done", "cancel", "no-show"] {
        refused(&env, 1, &["visit", cmd, "v-zzzzzzzz"], &["v-zzzzzzzz"]);
    }
    refused(&env, 1, &["visit", "show", "v-zzzzzzzz"], &["v-zzzzzzzz"]);
    refused(
        &env,
        1,
        &["visit", "edit", "v-zzzzzzzz", "--set", "price=300"],
        &["v-zzzzzzzz"],
    );
    // A booking for next week cannot be done today.
    let v = env.ok(&["visit", "add", &wang, "--date", "2026-11-28"]);
    let v = v.trim();
    refused(&env, 1, &["visit", "done", v], &[v]);
    // Nor by editing it.
    refused(
        &env,
        2,
        &["visit", "edit", v, "--set", "status=done"],
        &["`--set`"],
    );
    refused(
        &env,
        2,
        &["visit", "edit", v, "--set", "date=2026-02-30"],
        &["`--set`", "date"],
    );
    refused(
        &env,
        2,
        &["visit", "edit", v, "--set", "colour=red"],
        &["`--set`", "colour"],
    );
    refused(
        &env,
        2,
        &["visit", "edit", v, "--set", "price=-5"],
        &["`--set`", "price"],
    );
    refused(
        &env,
        2,
        &["visit", "edit", v, "--set", "end=2026-11-01"],
        &["`--set`", "end"],
    );
    assert_eq!(json(&env, &["visit", "show", v])["status"], "scheduled");
}

#[test]
fn upcoming_and_due_usage_errors() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    env.ok(&["visit", "add", &wang, "--date", "2026-11-01"]);
    refused(&env, 2, &["visit", "upcoming"], &["--tomorrow", "--on"]);
    refused(
        &env,
        2,
        &["visit", "upcoming", "--tomorrow", "--on", "2026-11-25"],
        &["--tomorrow", "--on"],
    );
    refused(
        &env,
        2,
        &["visit", "upcoming", "--on", "2026-02-30"],
        &["`--on`"],
    );
    refused(
        &env,
        2,
        &["followup", "due", "--on", "2026-02-30"],
        &["`--on`"],
    );
    refused(
        &env,
        2,
        &["followup", "due", "--today", "--on", "2026-11-01"],
        &["--today", "--on"],
    );
    refused(
        &env,
        2,
        &["followup", "due", "--within", "abc"],
        &["--within"],
    );
    refused(
        &env,
        2,
        &["followup", "due", "--category", "擦玻璃"],
        &["`--category`"],
    );
    refused(
        &env,
        2,
        &["visit", "list", "--status", "maybe"],
        &["`--status`"],
    );
    refused(&env, 2, &["visit", "list", "--from", "abc"], &["`--from`"]);
    refused(
        &env,
        2,
        &[
            "report",
            "followups",
            "--from",
            "2026-11-30",
            "--to",
            "2026-11-01",
        ],
        &["--from", "--to"],
    );
}

#[test]
fn a_visit_import_with_bad_rows_names_each_line_and_writes_nothing() {
    let env = TestEnv::with_git();
    env.ok(&[
        "client",
        "import",
        fixture("visits/clients.csv").to_str().unwrap(),
    ]);
    let bad = fixture("visits/visits-bad-rows.csv");
    let bad = bad.to_str().unwrap();
    let err = refused(
        &env,
        1,
        &["visit", "import", bad],
        &[
            "visits-bad-rows.csv",
            "nothing was imported",
            // An unknown phone.
            "line 3",
            // 30 February.
            "line 4, column `日期`",
            "2026-02-30",
            // Ends before it starts.
            "line 5, column `结束日期`",
            "before",
            // Three decimals.
            "line 6, column `金额`",
        ],
    );
    // The good line 2 is not blamed, and the unknown phone is not repeated.
    assert!(!err.contains("line 2"), "{err}");
    assert!(!err.contains("13311112222"), "{err}");
    // A dry run finds the same problems.
    refused(
        &env,
        1,
        &["visit", "import", bad, "--dry-run"],
        &["line 3", "line 4", "line 5", "line 6"],
    );
    // No date column: the header line is named.
    refused(
        &env,
        1,
        &[
            "visit",
            "import",
            fixture("visits/visits-no-date.csv").to_str().unwrap(),
        ],
        &["visits-no-date.csv", "line 1", "date"],
    );
    // A file that is not there.
    refused(
        &env,
        1,
        &["visit", "import", "no-such-file.csv"],
        &["no-such-file.csv"],
    );
    assert!(visit_files(&env).is_empty());
}

#[test]
fn a_gbk_visit_import_then_a_reimport_adds_nothing() {
    let env = TestEnv::with_git();
    env.ok(&[
        "client",
        "import",
        fixture("visits/clients.csv").to_str().unwrap(),
    ]);
    let gbk = fixture("visits/visits-gbk.csv");
    let gbk = gbk.to_str().unwrap();
    let header = "id,date,end,time,client,name,category,staff,status,price\n";

    // A dry run shows the rows by line and writes nothing.
    let before = env.snapshot();
    let commits = commit_count(&env);
    let dry = env.ok(&["visit", "import", gbk, "--dry-run", "--format", "csv"]);
    assert_eq!(
        dry,
        "line,client,date,category,staff,status,price\n\
         2,c-wang0001,2026-10-08,house-cleaning,张阿姨,done,280.00\n\
         3,c-wang0001,2026-11-05,house-cleaning,张阿姨; 刘阿姨,done,300.50\n\
         4,c-nana0002,2026-10-15,nanny,王阿姨,done,4800.00\n"
    );
    assert!(before == env.snapshot(), "a dry run wrote to the store");
    assert_eq!(commits, commit_count(&env));
    assert_eq!(env.ok(&["visit", "list", "--format", "csv"]), header);

    // The import: one id per row, in file order, in one commit.
    let out = env.ok(&["visit", "import", gbk]);
    let ids: Vec<&str> = out.lines().collect();
    assert_eq!(ids.len(), 3, "{out}");
    assert!(ids.iter().all(|id| id.starts_with("v-")), "{out}");
    assert_eq!(commit_count(&env), commits + 1);
    let subject = env.git(&["log", "-1", "--format=%s"]);
    assert!(subject.starts_with("visit import"), "{subject}");
    let message = env.git(&["log", "-1", "--format=%B"]);
    for s in ["王秀英", "李娜", "13812345678", "13900001111", "张阿姨"] {
        assert!(!message.contains(s), "{message}");
    }
    assert_eq!(
        env.ok(&["visit", "list", "--format", "csv"]),
        format!(
            "{header}\
             {},2026-10-08,,,c-wang0001,王秀英,house-cleaning,张阿姨,done,280.00\n\
             {},2026-10-15,,,c-nana0002,李娜,nanny,王阿姨,done,4800.00\n\
             {},2026-11-05,,,c-wang0001,王秀英,house-cleaning,张阿姨; 刘阿姨,done,300.50\n",
            ids[0], ids[2], ids[1]
        )
    );
    let first = json(&env, &["visit", "show", ids[0]]);
    assert_eq!(first["payment"], "wechat");
    assert_eq!(first["notes"], "擦窗户");
    assert_eq!(json(&env, &["visit", "show", ids[1]])["payment"], "cash");
    assert_eq!(
        json(&env, &["visit", "show", ids[2]])["payment"],
        "transfer"
    );
    // Files live under the month of their date.
    let files = visit_files(&env);
    assert_eq!(files.len(), 3);
    assert!(files[ids[0]][0].ends_with(format!("visits/2026-10/{}.toml.age", ids[0])));
    assert!(files[ids[1]][0].ends_with(format!("visits/2026-11/{}.toml.age", ids[1])));

    // Again: nothing new, nothing written, no commit.
    let before = env.snapshot();
    let commits = commit_count(&env);
    let again = env.run(&["visit", "import", gbk]);
    assert!(again.status.success());
    assert_eq!(String::from_utf8_lossy(&again.stdout), "");
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("skipped 3"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert!(before == env.snapshot(), "a re-import wrote to the store");
    assert_eq!(commits, commit_count(&env));
    // And a dry run of it would import nothing.
    assert_eq!(
        env.ok(&["visit", "import", gbk, "--dry-run", "--format", "csv"]),
        "line,client,date,category,staff,status,price\n"
    );
    assert_eq!(env.git(&["status", "--porcelain"]), "");
}

#[test]
fn a_utf8_visit_import_by_client_id() {
    let env = TestEnv::new();
    env.ok(&[
        "client",
        "import",
        fixture("visits/clients.csv").to_str().unwrap(),
    ]);
    let file = fixture("visits/visits-by-id.csv");
    let out = env.ok(&["visit", "import", file.to_str().unwrap()]);
    let ids: Vec<&str> = out.lines().collect();
    assert_eq!(ids.len(), 2, "{out}");
    // The engagement keeps its end date; the row without a category takes the
    // client's only one; a row after today is a booking.
    assert_eq!(
        env.ok(&["visit", "list", "--format", "csv"]),
        format!(
            "id,date,end,time,client,name,category,staff,status,price\n\
             {},2026-10-01,2026-10-26,,c-zhang003,张丽,maternity-nurse,陈阿姨,done,12800.00\n\
             {},2026-11-28,,,c-wang0001,王秀英,house-cleaning,张阿姨,scheduled,\n",
            ids[0], ids[1]
        )
    );
    // Nobody called during the stay: its in-service check-in (start + 3 days, DESIGN
    // §10) comes before the first call, 7 days after its end (26 October).
    let due = env.ok(&["followup", "due", "--today", "--format", "csv"]);
    assert_eq!(
        due,
        "client,name,phone,category,reason,due,days_overdue\n\
         c-zhang003,张丽,13700002222,maternity-nurse,check-in,2026-10-04,49\n"
    );
    let before = env.snapshot();
    let again = env.ok(&["visit", "import", file.to_str().unwrap()]);
    assert_eq!(again, "");
    assert!(before == env.snapshot());
}

#[test]
fn editing_a_visit_date_moves_its_file_to_the_new_month() {
    let env = TestEnv::with_git();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let v = env.ok(&[
        "visit",
        "add",
        &wang,
        "--date",
        "2026-11-28",
        "--time",
        "9:30",
    ]);
    let v = v.trim().to_string();
    let old = env.store.join(format!("visits/2026-11/{v}.toml.age"));
    let new = env.store.join(format!("visits/2026-12/{v}.toml.age"));
    assert!(old.is_file());
    let commits = commit_count(&env);

    env.ok(&["visit", "edit", &v, "--set", "date=2026-12-05"]);
    assert!(!old.exists(), "the old file is still there");
    assert!(new.is_file(), "no file in visits/2026-12/");
    let files = visit_files(&env);
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(files[&v].len(), 1, "{files:?}");
    let shown = json(&env, &["visit", "show", &v]);
    assert_eq!(shown["date"], "2026-12-05");
    assert_eq!(shown["time"], "09:30");
    assert_eq!(shown["status"], "scheduled");
    // One commit, naming the visit, that removes the old file and adds the new one.
    assert_eq!(commit_count(&env), commits + 1);
    assert_eq!(
        env.git(&["log", "-1", "--format=%s"]),
        format!("visit edit {v}\n")
    );
    assert_eq!(env.git(&["status", "--porcelain"]), "");
    let tracked = env.git(&["ls-files", "visits"]);
    assert_eq!(
        tracked
            .lines()
            .filter(|l| l.ends_with(".toml.age"))
            .collect::<Vec<_>>(),
        vec![format!("visits/2026-12/{v}.toml.age")]
    );
    // The reminder list follows the visit to its new day.
    let upcoming = env.ok(&["visit", "upcoming", "--on", "2026-12-05", "--format", "csv"]);
    assert!(upcoming.contains(&v), "{upcoming}");
    let upcoming = env.ok(&["visit", "upcoming", "--on", "2026-11-28", "--format", "csv"]);
    assert!(!upcoming.contains(&v), "{upcoming}");

    // Back into an earlier month, as a done visit.
    env.ok(&[
        "visit",
        "edit",
        &v,
        "--set",
        "date=2026-10-30",
        "--set",
        "status=done",
    ]);
    let files = visit_files(&env);
    assert_eq!(files[&v].len(), 1, "{files:?}");
    assert!(files[&v][0].ends_with(format!("visits/2026-10/{v}.toml.age")));
    assert!(!new.exists());
    // An edit that changes nothing writes nothing.
    let before = env.snapshot();
    let commits = commit_count(&env);
    env.ok(&["visit", "edit", &v, "--set", "date=2026-10-30"]);
    assert!(before == env.snapshot());
    assert_eq!(commits, commit_count(&env));
}

#[test]
fn an_imported_visit_adds_its_service_line_to_the_client() {
    let env = TestEnv::new();
    let id = env.add_client("张丽", "13500135003", &["--category", "月嫂服务"]);
    let file = env.write(
        "visits.csv",
        "手机,日期,服务类型,服务人员\n135 0013 5003,2026-11-02,家庭保洁,刘阿姨\n".as_bytes(),
    );
    env.ok(&["visit", "import", file.to_str().unwrap()]);
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["client", "show", &id, "--format", "json"])).unwrap();
    assert_eq!(
        v["categories"],
        serde_json::json!(["maternity-nurse", "house-cleaning"])
    );
}
