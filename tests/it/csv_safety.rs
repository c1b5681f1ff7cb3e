//! CSV in and out without losing or leaking anything, through the real binary:
//! formula-like text quoted in every CSV hk writes (listings, records, the export,
//! a rejects file) and read back exactly by an import; quoting mistakes refused with
//! the line the quote opened on (UTF-8 and GBK), with nothing written; legitimate
//! multi-line cells kept; cells, fields and files bounded; rejects files private.

use crate::common::*;

use std::path::Path;
use std::time::{Duration, Instant};

/// A client name that Excel or WPS would turn into a live link.
const FORMULA: &str = "=HYPERLINK(\"http://evil.example/\",\"点我\")";

/// What a spreadsheet reads as a formula when a cell starts with it.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The cells of a CSV text, header row included.
fn cells(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

/// Fails when any cell would start a formula in a spreadsheet.
fn assert_no_live_formula(text: &str) {
    for row in cells(text) {
        for cell in row {
            assert!(
                !cell.starts_with(TRIGGERS),
                "a cell a spreadsheet would run: {cell:?}\n{text}"
            );
        }
    }
}

/// The one cell in column `key` of the row whose `id` column is `id`.
fn cell_of(text: &str, id: &str, key: &str) -> String {
    let rows = cells(text);
    let col = rows[0].iter().position(|h| h == key).unwrap();
    let id_col = rows[0].iter().position(|h| h == "id").unwrap();
    rows.iter()
        .find(|r| r[id_col] == id)
        .unwrap_or_else(|| panic!("no row for {id}\n{text}"))[col]
        .clone()
}

fn show(env: &TestEnv, id: &str) -> serde_json::Value {
    serde_json::from_str(&env.ok(&["client", "show", id, "--format", "json"])).unwrap()
}

/// Runs `hk args`, expects exit `code`, nothing on stdout and no change to the store;
/// returns stderr.
fn refused(env: &TestEnv, code: i32, args: &[&str]) -> String {
    let before = env.snapshot();
    let out = env.run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(code),
        "hk {args:?}\nstdout: {}\nstderr: {stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        out.stdout.is_empty(),
        "hk {args:?} printed data while failing"
    );
    assert!(env.snapshot() == before, "hk {args:?} changed the store");
    stderr
}

fn assert_says(stderr: &str, what: &[&str]) {
    for w in what {
        assert!(stderr.contains(w), "stderr does not say `{w}`:\n{stderr}");
    }
}

// ---------------------------------------------------------------------------
// Formula injection (CSV out)

#[test]
fn listings_and_records_in_csv_quote_formula_text() {
    let env = TestEnv::new();
    let evil = env.add_client(FORMULA, "13800138001", &["--tag=-黑名单"]);
    let minus = env.ok(&["client", "add", "--name=-王芳", "--phone", "13900139002"]);
    let minus = minus.trim();
    let at = env.add_client("@李娜", "13500135003", &["--source", "+86 转介绍"]);
    let plain = env.add_client("王秀英", "18600186004", &[]);

    let list = env.ok(&["client", "list", "--format", "csv"]);
    assert_no_live_formula(&list);
    assert_eq!(cell_of(&list, &evil, "name"), format!("'{FORMULA}"));
    assert_eq!(cell_of(&list, &evil, "tags"), "'-黑名单");
    assert_eq!(cell_of(&list, minus, "name"), "'-王芳");
    assert_eq!(cell_of(&list, &at, "name"), "'@李娜");
    assert_eq!(cell_of(&list, &at, "source"), "'+86 转介绍");
    assert_eq!(
        cell_of(&list, &plain, "name"),
        "王秀英",
        "plain text is untouched"
    );

    // One record as `field,value` lines.
    let record = env.ok(&["client", "show", &evil, "--format", "csv"]);
    assert_no_live_formula(&record);
    assert!(
        cells(&record).contains(&vec!["name".to_string(), format!("'{FORMULA}")]),
        "{record}"
    );

    // JSON and tables are not spreadsheets: they show the text as it is.
    assert_eq!(show(&env, &evil)["name"], FORMULA);
    assert!(env.ok(&["client", "list"]).contains("=HYPERLINK"));
}

#[test]
fn negative_figures_stay_numbers_in_csv() {
    let env = TestEnv::new();
    let id = env.add_client("王秀英", "13800138001", &[]);
    env.ok(&["survey", "add", &id, "--nps", "0", "--comment=-差评"]);
    let report = env.ok(&["report", "satisfaction", "--format", "csv"]);
    assert!(report.contains(",-100.00,"), "{report}");
    let list = env.ok(&["survey", "list", "--format", "csv"]);
    assert!(list.contains(",'-差评"), "{list}");
}

#[test]
fn export_then_import_gives_formula_text_back_exactly() {
    let first = TestEnv::new();
    let ids = [
        first.add_client(
            FORMULA,
            "13800138001",
            &["--note", "+86 138 0013 8001 晚上打"],
        ),
        first
            .ok(&["client", "add", "--name=-王芳", "--phone", "13900139002"])
            .trim()
            .to_string(),
        first.add_client(
            "@李娜",
            "13500135003",
            &["--wechat", "+8613500135003", "--address", "=1+1 号"],
        ),
        first.add_client(
            "'=已经有引号",
            "18600186004",
            &["--note=-第一行\n@第二行", "--tag", "@重要"],
        ),
    ];
    let export = first.ok(&["client", "export"]);
    assert_no_live_formula(&export);
    assert_eq!(cell_of(&export, &ids[0], "name"), format!("'{FORMULA}"));
    assert_eq!(
        cell_of(&export, &ids[0], "notes"),
        "'+86 138 0013 8001 晚上打"
    );
    assert_eq!(cell_of(&export, &ids[2], "wechat"), "'+8613500135003");
    assert_eq!(cell_of(&export, &ids[3], "name"), "''=已经有引号");

    let second = TestEnv::new();
    let file = second.write("export.csv", export.as_bytes());
    second.ok(&["client", "import", path_str(&file)]);
    assert_eq!(second.ok(&["client", "export"]), export);
    for id in &ids {
        assert_eq!(show(&second, id), show(&first, id), "{id}");
    }
    let evil = show(&second, &ids[0]);
    assert_eq!(evil["name"], FORMULA);
    assert_eq!(evil["notes"], "+86 138 0013 8001 晚上打");
    assert_eq!(show(&second, &ids[1])["name"], "-王芳");
    let at = show(&second, &ids[2]);
    assert_eq!(at["name"], "@李娜");
    assert_eq!(at["address"], "=1+1 号");
    let quoted = show(&second, &ids[3]);
    assert_eq!(quoted["name"], "'=已经有引号");
    assert_eq!(quoted["notes"], "-第一行\n@第二行");
}

#[test]
fn a_rejects_file_quotes_formula_text_and_is_private() {
    let env = TestEnv::new();
    for (i, p) in ["13800138001", "13900139002", "13500135003"]
        .iter()
        .enumerate()
    {
        env.add_client(&format!("客户{}", i + 1), p, &[]);
    }
    let file = env.write(
        "answers.csv",
        "phone,date,overall,attitude,cleanliness,punctuality,value,nps,comment\n\
         13800138001,2026-11-02,5,5,4,5,4,9,@客服 很好\n\
         13900139002,2026-11-03,4,7,4,3,4,8,\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"点我\"\")\"\n\
         13500135003,2026-11-05,5,5,4,5,4,99,-差评\n"
            .as_bytes(),
    );
    let rejects = env.dir.path().join("rejects.csv");
    let out = env.ok(&[
        "survey",
        "import",
        path_str(&file),
        "--skip-invalid",
        "--rejects",
        path_str(&rejects),
    ]);
    assert_eq!(out.lines().count(), 1, "one good row: {out}");

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&rejects).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "rejects file mode {mode:o}");
    }
    let text = std::fs::read_to_string(&rejects).unwrap();
    assert_no_live_formula(&text);
    let rows = cells(&text);
    assert_eq!(rows.len(), 3, "{text}");
    let comment = rows[0].iter().position(|h| h == "comment").unwrap();
    assert_eq!((rows[1][0].as_str(), rows[2][0].as_str()), ("3", "4"));
    assert_eq!(rows[1][comment], format!("'{FORMULA}"));
    assert_eq!(rows[2][comment], "'-差评");

    // The good row keeps its text as written; a listing quotes it.
    let list = env.ok(&["survey", "list", "--format", "csv"]);
    assert!(list.contains(",'@客服 很好"), "{list}");
}

// ---------------------------------------------------------------------------
// Quoting mistakes (CSV in)

const WJX_HEADER: &str = "序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、您对本次服务的总体满意度,\
2、您对阿姨的服务态度是否满意？,3、您对家里打扫的干净程度是否满意？,4、阿姨是否准时上门？,\
5、您觉得我们的收费是否合理？,6、您有多大可能把我们推荐给亲友？,7、您对我们还有什么意见或建议？,8、您的手机号码";
const COMMENT: &str = "7、您对我们还有什么意见或建议？";
const PHONES: [&str; 5] = [
    "13800138001",
    "13900139002",
    "13500135003",
    "18600186004",
    "15800158006",
];

/// A 问卷星 export whose line 4 opens a quote in the comment. With `closing`, a
/// later comment (line 6) has a stray quote that closes it.
fn wjx_with_open_quote(closing: bool) -> String {
    let last = if closing { "还行\"" } else { "还行" };
    format!(
        "{WJX_HEADER}\n\
         1,2026/6/3 16:43:42,95秒,微信,N/A,116.228.10.21(上海-上海),非常满意,非常满意,非常满意,满意,满意,10,阿姨做得很好,{}\n\
         2,2026/6/4 9:12:05,132秒,手机提交,直接访问,223.104.3.77(北京-北京),满意,非常满意,比较满意,满意,一般,8,(空),{}\n\
         3,2026/6/5 20:01:17,210秒,微信,N/A,61.148.244.9(广东-深圳),一般,满意,非常满意,不满意,满意,7,\"阿姨来晚了半小时,{}\n\
         4,2026/6/6 10:00:00,60秒,微信,N/A,101.87.3.21(上海-上海),满意,满意,满意,满意,满意,9,很好,{}\n\
         5,2026/6/7 11:00:00,80秒,微信,N/A,101.87.3.22(上海-上海),满意,满意,满意,满意,满意,9,{last},{}\n",
        PHONES[0], PHONES[1], PHONES[2], PHONES[3], PHONES[4]
    )
}

fn survey_env() -> TestEnv {
    let env = TestEnv::new();
    for (i, p) in PHONES.iter().enumerate() {
        env.add_client(&format!("客户{}", i + 1), p, &[]);
    }
    env
}

fn assert_no_phone(stderr: &str) {
    for p in PHONES {
        assert!(!stderr.contains(p), "the error shows a phone: {stderr}");
    }
}

#[test]
fn a_survey_quote_never_closed_is_refused_with_the_line_it_opened_on() {
    let env = survey_env();
    let bom = [
        b"\xEF\xBB\xBF".as_slice(),
        wjx_with_open_quote(false).as_bytes(),
    ]
    .concat();
    let file = env.write("wjx.csv", &bom);
    let err = refused(&env, 1, &["survey", "import", path_str(&file)]);
    assert_says(
        &err,
        &[
            "wjx.csv",
            &format!("line 4, column `{COMMENT}`: a quote opened on line 4 is never closed"),
            "nothing was imported",
            "hint: check that field on line 4",
        ],
    );
    assert_no_phone(&err);
    // A dry run says the same and writes nothing either.
    let err = refused(&env, 1, &["survey", "import", path_str(&file), "--dry-run"]);
    assert_says(&err, &["line 4", "never closed"]);
}

#[test]
fn a_survey_quote_that_swallows_the_next_row_is_refused() {
    let env = survey_env();
    let file = env.write("wjx.csv", wjx_with_open_quote(true).as_bytes());
    let err = refused(&env, 1, &["survey", "import", path_str(&file)]);
    assert_says(
        &err,
        &[
            &format!("line 4, column `{COMMENT}`: a quote opened on line 4 runs on over line 5"),
            "looks like a row of its own",
            "is its closing quote missing?",
        ],
    );
    assert_no_phone(&err);
}

#[test]
fn gbk_files_get_the_same_quote_checks() {
    let env = survey_env();
    let text = wjx_with_open_quote(false);
    let (gbk, _, bad) = encoding_rs::GBK.encode(&text);
    assert!(!bad);
    let file = env.write("wjx-gbk.csv", &gbk);
    let err = refused(&env, 1, &["survey", "import", path_str(&file)]);
    assert_says(
        &err,
        &[&format!("line 4, column `{COMMENT}`"), "never closed"],
    );

    let (gbk, _, _) = encoding_rs::GBK.encode("姓名,手机\n李娜,13900139002\n张\"三,13800138001\n");
    let file = env.write("clients-gbk.csv", &gbk);
    let err = refused(&env, 1, &["client", "import", path_str(&file)]);
    assert_says(
        &err,
        &["line 3, column `姓名`: a quote inside a field that does not start with one"],
    );
}

#[test]
fn a_quote_inside_a_name_is_refused() {
    let env = TestEnv::new();
    let file = env.write(
        "clients.csv",
        "姓名,手机\n李娜,13900139002\n张\"三,13800138001\n".as_bytes(),
    );
    let err = refused(&env, 1, &["client", "import", path_str(&file)]);
    assert_says(
        &err,
        &[
            "clients.csv: line 3, column `姓名`: a quote inside a field that does not start with one",
            "hint: a field with a quote in it must be in quotes as a whole",
        ],
    );
    assert!(!err.contains('张') && !err.contains("13800138001"), "{err}");
}

#[test]
fn text_after_a_closing_quote_is_refused_in_a_visit_import() {
    let env = TestEnv::new();
    env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let file = env.write(
        "visits.csv",
        "手机,日期,备注\n13812345678,2026-10-08,\"擦窗\"和拖地\n".as_bytes(),
    );
    let err = refused(&env, 1, &["visit", "import", path_str(&file)]);
    assert_says(
        &err,
        &["line 2, column `备注`: text after the closing quote of a field"],
    );
}

#[test]
fn a_multiline_note_in_quotes_is_kept() {
    let env = TestEnv::new();
    let file = env.write(
        "clients.csv",
        "姓名,手机,备注,来源\r\n\
         王秀英,13812345678,\"钥匙在门口,\r\n周末勿扰\",美团\r\n\
         李娜,13900139002,,转介绍\r\n"
            .as_bytes(),
    );
    let out = env.ok(&["client", "import", path_str(&file)]);
    let ids: Vec<&str> = out.lines().collect();
    assert_eq!(ids.len(), 2, "{out}");
    let wang = show(&env, ids[0]);
    assert_eq!(wang["name"], "王秀英");
    assert_eq!(wang["notes"], "钥匙在门口,\r\n周末勿扰");
    assert_eq!(wang["source"], "美团");
    assert_eq!(show(&env, ids[1])["source"], "转介绍");
}

// ---------------------------------------------------------------------------
// Limits

#[test]
fn a_cell_over_the_limit_is_refused_naming_line_and_column() {
    let env = TestEnv::new();
    let text = format!(
        "姓名,手机,备注\n李娜,13900139002,好\n王秀英,13812345678,{}\n",
        "很".repeat(10_001)
    );
    let file = env.write("clients.csv", text.as_bytes());
    let err = refused(&env, 1, &["client", "import", path_str(&file)]);
    assert_says(
        &err,
        &["line 3, column `备注`: the cell is longer than 10000 characters"],
    );
    assert!(!err.contains("很很"), "{err}");
}

#[test]
fn an_imported_field_over_its_limit_is_refused_naming_the_column() {
    let env = TestEnv::new();
    let text = format!("姓名,手机\n{},13812345678\n", "王".repeat(101));
    let file = env.write("clients.csv", text.as_bytes());
    let err = refused(&env, 1, &["client", "import", path_str(&file)]);
    assert_says(
        &err,
        &["line 2, column `姓名`: is longer than 100 characters"],
    );
    assert!(!err.contains("王王"), "{err}");
}

#[test]
fn a_file_over_64_mib_is_refused_quickly() {
    let env = TestEnv::new();
    let path = env.dir.path().join("huge.csv");
    // Sparse: 70 MB that take no room on the disk.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(70 * 1024 * 1024)
        .unwrap();
    let start = Instant::now();
    let err = refused(&env, 1, &["client", "import", path_str(&path)]);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    assert_says(
        &err,
        &[
            "huge.csv: larger than 64 MiB, the most an import reads",
            "nothing was imported",
        ],
    );
}

#[cfg(unix)]
#[test]
fn an_endless_input_is_refused_at_the_limit() {
    let env = TestEnv::new();
    let start = Instant::now();
    let err = refused(&env, 1, &["client", "import", "/dev/zero"]);
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
    assert_says(&err, &["/dev/zero: larger than 64 MiB"]);
}

#[test]
fn a_flag_over_its_limit_is_refused_naming_the_flag() {
    let env = TestEnv::new();
    let id = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let long_name = "王".repeat(101);
    let err = refused(
        &env,
        2,
        &[
            "client",
            "add",
            "--name",
            &long_name,
            "--phone",
            "13900139002",
        ],
    );
    assert_says(&err, &["`--name`: is longer than 100 characters"]);
    assert!(!err.contains("王王"), "{err}");

    let long_note = "备".repeat(10_001);
    for (args, flag) in [
        (
            vec![
                "client",
                "add",
                "--name",
                "李娜",
                "--phone",
                "13900139002",
                "--note",
                &long_note,
            ],
            "`--note`",
        ),
        (
            vec![
                "client",
                "add",
                "--name",
                "李娜",
                "--phone",
                "13900139002",
                "--address",
                &long_note,
            ],
            "`--address`",
        ),
        (
            vec![
                "visit",
                "add",
                &id,
                "--date",
                "2026-11-20",
                "--note",
                &long_note,
            ],
            "`--note`",
        ),
        (
            vec![
                "followup",
                "log",
                &id,
                "--channel",
                "phone",
                "--note",
                &long_note,
            ],
            "`--note`",
        ),
        (
            vec!["survey", "add", &id, "--nps", "9", "--comment", &long_note],
            "`--comment`",
        ),
    ] {
        let err = refused(&env, 2, &args);
        assert_says(&err, &[flag, "is longer than"]);
        assert!(!err.contains("备备"), "{err}");
    }
}
