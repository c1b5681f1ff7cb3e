//! Tests of column mapping and row parsing; the fixture files are in `fixtures`.

mod fixtures;

use super::keywords::{has_keyword, match_form, strip_question_number};
use super::*;
use crate::domain::config::Dimension;
use crate::import::RowError;
use crate::import::{Encoding, Sheet, SheetRow, decode, read_sheet};

/// The dimensions of a new store: overall, attitude, cleanliness, punctuality, value.
fn dims() -> Vec<Dimension> {
    crate::domain::config::Config::default().survey.dimensions
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn sheet(text: &str) -> Sheet {
    read_sheet(text).unwrap()
}

fn map(text: &str) -> Result<(Sheet, Mapping), MapError> {
    map_sheet(sheet(text), Preset::Auto, &dims(), &[])
}

fn fixture(name: &str) -> (Sheet, Mapping) {
    let path = format!(
        "{}/tests/fixtures/surveys/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap();
    let (text, _) = decode(&bytes, Encoding::Auto).unwrap();
    map_sheet(read_sheet(&text).unwrap(), Preset::Auto, &dims(), &[]).unwrap()
}

fn rows(sheet: &Sheet, mapping: &Mapping) -> Vec<Row> {
    sheet
        .rows
        .iter()
        .map(|r| parse_row(r, sheet, mapping, today()).unwrap())
        .collect()
}

/// Which header became which target, by target name.
fn targets(sheet: &Sheet, mapping: &Mapping) -> Vec<(String, String)> {
    mapping
        .columns
        .iter()
        .map(|(i, t)| (t.name().to_string(), sheet.headers[*i].clone()))
        .collect()
}

fn header_for(sheet: &Sheet, mapping: &Mapping, target: &str) -> String {
    targets(sheet, mapping)
        .into_iter()
        .find(|(t, _)| t == target)
        .map(|(_, h)| h)
        .unwrap_or_else(|| panic!("no column for {target}"))
}

fn scores(row: &Row) -> Vec<(&str, u8)> {
    row.scores.iter().map(|(k, v)| (k.as_str(), *v)).collect()
}

// ---- mapping ---------------------------------------------------------

#[test]
fn detects_presets_from_their_metadata_columns() {
    let cases = [
        (
            "序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、总体满意度\n",
            Preset::Wjx,
        ),
        (
            "编号,开始答题时间,结束答题时间,答题时长,Q1:总体满意度\n",
            Preset::Tencent,
        ),
        ("Timestamp,Overall satisfaction\n", Preset::Google),
        ("时间戳记,总体满意度\n", Preset::Google),
        ("phone,date,overall\n", Preset::Generic),
    ];
    for (text, preset) in cases {
        assert_eq!(map(text).unwrap().1.preset, preset, "{text}");
    }
}

#[test]
fn questions_that_all_say_satisfaction_go_to_their_own_dimension() {
    let (s, m) = map("序号,提交答卷时间,所用时间,来源,来源详情,来自IP,\
         1、您对本次服务的总体满意度,2、您对阿姨的服务态度是否满意？,\
         3、您对清洁效果的满意度,4、阿姨是否准时上门？,5、您对收费的满意度,\
         6、您有多大可能向朋友推荐我们？,7、您还有什么建议或意见？,8、您的手机号码\n")
    .unwrap();
    assert_eq!(
        targets(&s, &m),
        vec![
            ("serial".into(), "序号".into()),
            ("date".into(), "提交答卷时间".into()),
            ("overall".into(), "1、您对本次服务的总体满意度".into()),
            ("attitude".into(), "2、您对阿姨的服务态度是否满意？".into()),
            ("cleanliness".into(), "3、您对清洁效果的满意度".into()),
            ("punctuality".into(), "4、阿姨是否准时上门？".into()),
            ("value".into(), "5、您对收费的满意度".into()),
            ("nps".into(), "6、您有多大可能向朋友推荐我们？".into()),
            ("comment".into(), "7、您还有什么建议或意见？".into()),
            ("phone".into(), "8、您的手机号码".into()),
        ]
    );
    assert_eq!(m.ignored, vec!["所用时间", "来源", "来源详情", "来自IP"]);
}

#[test]
fn a_lone_satisfaction_question_is_the_overall_one() {
    let (s, m) = map("手机,日期,1、您对本次服务满意吗？,2、阿姨态度好吗\n").unwrap();
    assert_eq!(header_for(&s, &m, "overall"), "1、您对本次服务满意吗？");
    assert_eq!(header_for(&s, &m, "attitude"), "2、阿姨态度好吗");
    let e = map("手机,1、您对本次服务满意吗？,2、您对阿姨满意吗？\n").unwrap_err();
    assert!(matches!(e, MapError::SeveralOverall { .. }), "{e}");
    let e = e.to_string();
    assert!(
        e.contains("1、您对本次服务满意吗？") && e.contains("2、您对阿姨满意吗？"),
        "{e}"
    );
    assert!(e.contains("--map overall="), "{e}");
    // Once there is an overall question, other vague ones are left out.
    let (_, m) = map("手机,总体满意度,您对阿姨满意吗？\n").unwrap();
    assert_eq!(m.ignored, vec!["您对阿姨满意吗？"]);
}

#[test]
fn the_service_name_does_not_make_a_cleanliness_question() {
    let (s, m) =
        map("手机,您对清洁服务的总体满意度,您对打扫的满意度,您对保洁阿姨的态度评价\n").unwrap();
    assert_eq!(header_for(&s, &m, "overall"), "您对清洁服务的总体满意度");
    assert_eq!(header_for(&s, &m, "cleanliness"), "您对打扫的满意度");
    assert_eq!(header_for(&s, &m, "attitude"), "您对保洁阿姨的态度评价");
}

#[test]
fn a_comment_about_a_dimension_is_a_comment() {
    let (s, m) = map("手机,服务态度,对阿姨的服务态度还有什么建议？,其他想说的\n").unwrap();
    assert_eq!(header_for(&s, &m, "attitude"), "服务态度");
    let comments: Vec<_> = m
        .columns
        .iter()
        .filter(|(_, t)| *t == Target::Comment)
        .collect();
    assert_eq!(comments.len(), 2);
}

#[test]
fn english_keywords_match_whole_words() {
    let (s, m) = map(
        "Timestamp,How friendly was your cleaner?,Did the cleaner arrive on time?,\
         How clean was your home?,Was the price fair?,\
         Overall how satisfied were you?,How likely are you to recommend us?,\
         Any feedback?,Phone number\n",
    )
    .unwrap();
    assert_eq!(
        header_for(&s, &m, "attitude"),
        "How friendly was your cleaner?"
    );
    assert_eq!(
        header_for(&s, &m, "punctuality"),
        "Did the cleaner arrive on time?"
    );
    assert_eq!(
        header_for(&s, &m, "cleanliness"),
        "How clean was your home?"
    );
    assert_eq!(header_for(&s, &m, "value"), "Was the price fair?");
    assert_eq!(
        header_for(&s, &m, "overall"),
        "Overall how satisfied were you?"
    );
    assert_eq!(
        header_for(&s, &m, "nps"),
        "How likely are you to recommend us?"
    );
    assert_eq!(header_for(&s, &m, "comment"), "Any feedback?");
    assert_eq!(header_for(&s, &m, "phone"), "Phone number");
    assert!(!has_keyword("feedback", "fee"));
    assert!(!has_keyword("cleaner", "clean"));
    assert!(has_keyword("on time!", "on time"));
}

#[test]
fn question_numbers_are_stripped() {
    assert_eq!(strip_question_number("3、服务态度"), "服务态度");
    assert_eq!(strip_question_number("Q1:服务态度"), "服务态度");
    assert_eq!(strip_question_number("q12. Overall"), "Overall");
    assert_eq!(strip_question_number("第2题 服务态度"), "服务态度");
    assert_eq!(strip_question_number("(4)服务态度"), "服务态度");
    assert_eq!(strip_question_number("2026年"), "2026年");
    assert_eq!(strip_question_number("Quality"), "Quality");
    assert_eq!(strip_question_number(""), "");
    assert_eq!(
        match_form("３、 Overall   Satisfaction"),
        "overall satisfaction"
    );
}

#[test]
fn configured_dimensions_match_by_key_and_label() {
    let mut d = dims();
    d.push(Dimension {
        key: "communication".into(),
        label: "沟通能力".into(),
    });
    let (s, m) = map_sheet(
        sheet("手机,5、阿姨的沟通能力如何？,communication2,总体满意度\n"),
        Preset::Auto,
        &d,
        &[],
    )
    .unwrap();
    assert_eq!(
        header_for(&s, &m, "communication"),
        "5、阿姨的沟通能力如何？"
    );
    assert_eq!(m.ignored, vec!["communication2"]);
    // A dimension removed from the config is not filled in from keywords.
    let without_value: Vec<Dimension> = dims().into_iter().filter(|d| d.key != "value").collect();
    let (_, m) = map_sheet(
        sheet("手机,价格,总体满意度\n"),
        Preset::Auto,
        &without_value,
        &[],
    )
    .unwrap();
    assert_eq!(m.ignored, vec!["价格"]);
}

#[test]
fn submission_time_beats_start_time() {
    let (s, m) = map("编号,开始答题时间,结束答题时间,Q1:总体满意度\n").unwrap();
    assert_eq!(header_for(&s, &m, "date"), "结束答题时间");
    assert_eq!(m.ignored, vec!["开始答题时间"]);
    let e = map("手机,date,日期,总体满意度\n").unwrap_err();
    assert!(matches!(e, MapError::Ambiguous { .. }), "{e}");
    let e = e.to_string();
    assert!(
        e.contains("`date`") && e.contains("`日期`") && e.contains("--map date="),
        "{e}"
    );
}

#[test]
fn personal_and_tool_metadata_is_ignored() {
    let (_, m) = map(
        "手机,总体满意度,IP,IP属地,来源,来源渠道,所用时间,地理位置省,Email Address,电子邮件地址,\
         First Name,您的姓名,微信昵称,Custom Data 1\n",
    )
    .unwrap();
    assert_eq!(
        m.ignored,
        vec![
            "IP",
            "IP属地",
            "来源",
            "来源渠道",
            "所用时间",
            "地理位置省",
            "Email Address",
            "电子邮件地址",
            "First Name",
            "您的姓名",
            "微信昵称",
            "Custom Data 1"
        ]
    );
    // A metadata column can still be mapped on purpose (a client id passed in the
    // questionnaire link lands in 腾讯问卷's 自定义字段).
    let (s, m) = map_sheet(
        sheet("编号,结束答题时间,自定义字段,Q1:总体满意度\n1,2026-09-12 10:03:10,c-7k2m9q4x,5\n"),
        Preset::Auto,
        &dims(),
        &[("client".into(), "自定义字段".into())],
    )
    .unwrap();
    let r = parse_row(&s.rows[0], &s, &m, today()).unwrap();
    assert_eq!(r.client_id.as_deref(), Some("c-7k2m9q4x"));
}

#[test]
fn google_grid_rows_match_by_their_bracketed_label() {
    let (s, m) = map(
        "时间戳记,请为以下方面打分 [总体],请为以下方面打分 [服务态度],请为以下方面打分 [准时守约],\
         Rate the following [Cleanliness]\n",
    )
    .unwrap();
    assert_eq!(header_for(&s, &m, "overall"), "请为以下方面打分 [总体]");
    assert_eq!(
        header_for(&s, &m, "attitude"),
        "请为以下方面打分 [服务态度]"
    );
    assert_eq!(
        header_for(&s, &m, "punctuality"),
        "请为以下方面打分 [准时守约]"
    );
    assert_eq!(
        header_for(&s, &m, "cleanliness"),
        "Rate the following [Cleanliness]"
    );
}

#[test]
fn no_question_column_is_an_error_listing_the_headers() {
    let e = map("手机,日期,备用\n").unwrap_err().to_string();
    assert!(e.contains("`备用`") && e.contains("--map overall="), "{e}");
}

#[test]
fn overrides_win_and_settle_ambiguity() {
    let text = "phone,date,服务态度,阿姨态度,nps\n";
    assert!(map(text).is_err());
    for column in ["4", "阿姨态度"] {
        let (s, m) = map_sheet(
            sheet(text),
            Preset::Auto,
            &dims(),
            &[("attitude".into(), column.into())],
        )
        .unwrap();
        assert_eq!(header_for(&s, &m, "attitude"), "阿姨态度");
        assert_eq!(m.ignored, vec!["服务态度"]);
    }
    // Map an unmatched column, by label, by decorated header.
    let (s, m) = map_sheet(
        sheet("电话,Q1:打几颗星,备用列\n"),
        Preset::Auto,
        &dims(),
        &[
            ("总体满意度".into(), "打几颗星".into()),
            ("comment".into(), "3".into()),
        ],
    )
    .unwrap();
    assert_eq!(header_for(&s, &m, "overall"), "Q1:打几颗星");
    assert_eq!(header_for(&s, &m, "comment"), "备用列");
}

#[test]
fn a_wrongly_matched_column_can_be_ignored() {
    let text = "手机,总体满意度,联系方式\n13800138001,5,微信 wang_li\n";
    let e = map(text).unwrap_err().to_string();
    assert!(
        e.contains("`phone`") && e.contains("`联系方式` (column 3)"),
        "{e}"
    );
    let (s, m) = map_sheet(
        sheet(text),
        Preset::Auto,
        &dims(),
        &[("ignore".into(), "联系方式".into())],
    )
    .unwrap();
    assert_eq!(m.ignored, vec!["联系方式"]);
    assert!(parse_row(&s.rows[0], &s, &m, today()).is_ok());
    // A yes/no question about calls is not a phone column.
    let (_, m) = map("手机,总体满意度,您是否愿意接受电话回访？\n").unwrap();
    assert_eq!(m.ignored, vec!["您是否愿意接受电话回访？"]);
    let e = map_sheet(
        sheet(text),
        Preset::Auto,
        &dims(),
        &[("ignore".into(), "3".into()), ("phone".into(), "3".into())],
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("column 3"), "{e}");
}

#[test]
fn bad_overrides_say_what_to_do() {
    let text = "phone,服务态度,阿姨态度,nps\n";
    let run = |o: &[(&str, &str)]| {
        let o: Vec<(String, String)> = o
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let e = map_sheet(sheet(text), Preset::Auto, &dims(), &o).unwrap_err();
        assert!(e.is_usage(), "a wrong `--map` is a usage error: {e}");
        e.to_string()
    };
    let e = run(&[("speed", "2")]);
    assert!(e.contains("`speed`") && e.contains("attitude"), "{e}");
    let e = run(&[("attitude", "9")]);
    assert!(e.contains("columns 1 to 4"), "{e}");
    let e = run(&[("attitude", "态度")]);
    assert!(
        e.contains("several columns") && e.contains("column 2") && e.contains("column 3"),
        "{e}"
    );
    let e = run(&[("attitude", "满意")]);
    assert!(e.contains("no column"), "{e}");
    let e = run(&[("attitude", "2"), ("attitude", "3")]);
    assert!(e.contains("twice"), "{e}");
    let e = run(&[("attitude", "2"), ("overall", "2")]);
    assert!(e.contains("column 2") && e.contains("both"), "{e}");
}

#[test]
fn surveymonkey_header_rows_are_combined() {
    let text = "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,\
                First Name,Last Name,Custom Data 1,请评价以下方面,,,您有多大可能推荐我们？,\
                其他意见\n\
                ,,,,,,,,,服务态度,清洁效果,准时守约,Response,Open-Ended Response\n\
                118000001,4001,11/03/2026 01:58:02 PM,11/03/2026 02:05:09 PM,1.2.3.4,,,,,\
                Very satisfied,Satisfied,Neutral,9,好\n";
    let (s, m) = map(text).unwrap();
    assert_eq!(m.preset, Preset::SurveyMonkey);
    assert_eq!(m.header_rows, 2);
    assert_eq!(s.rows.len(), 1);
    assert_eq!(s.rows[0].line, 3);
    assert_eq!(header_for(&s, &m, "attitude"), "请评价以下方面 - 服务态度");
    assert_eq!(
        header_for(&s, &m, "cleanliness"),
        "请评价以下方面 - 清洁效果"
    );
    assert_eq!(header_for(&s, &m, "nps"), "您有多大可能推荐我们？");
    assert_eq!(header_for(&s, &m, "date"), "End Date");
    assert_eq!(header_for(&s, &m, "serial"), "Respondent ID");
    let r = parse_row(&s.rows[0], &s, &m, today()).unwrap();
    assert_eq!(
        scores(&r),
        vec![("attitude", 5), ("cleanliness", 4), ("punctuality", 3)]
    );
    // Told it is SurveyMonkey, a file without the second row is refused.
    let flat = "Respondent ID,总体满意度\n118000001,5\n";
    let e = map_sheet(sheet(flat), Preset::SurveyMonkey, &dims(), &[]).unwrap_err();
    assert_eq!(e, MapError::NotSurveyMonkey);
    assert!(!e.is_usage());
    let e = e.to_string();
    assert!(e.contains("--preset generic"), "{e}");
    let (s, m) = map(flat).unwrap();
    assert_eq!((m.header_rows, s.rows.len()), (1, 1));
}

#[test]
fn presets_parse_and_name() {
    for p in [
        Preset::Auto,
        Preset::Wjx,
        Preset::Tencent,
        Preset::Google,
        Preset::SurveyMonkey,
        Preset::Generic,
    ] {
        assert_eq!(Preset::parse(p.name()), Ok(p));
    }
    assert_eq!(Preset::parse("问卷星"), Ok(Preset::Wjx));
    assert!(Preset::parse("typeform").is_err());
    assert!(Preset::Wjx.is_online() && !Preset::Generic.is_online());
}

// ---- rows ------------------------------------------------------------

#[test]
fn rows_parse_client_date_scores_and_comment() {
    let (s, m) = map(
        "client,phone,date,channel,visit,overall,attitude,nps,comment\n\
         C-7K2M9Q4X,,2026-11-20,电话,v-3abc,非常满意,4分,9,阿姨很细心\n\
         ,+86 139 0013 9002,2026/11/21,online,,(空),,,\n",
    )
    .unwrap();
    let r = parse_row(&s.rows[0], &s, &m, today()).unwrap();
    assert_eq!(r.line, 2);
    assert_eq!(r.client_id.as_deref(), Some("c-7k2m9q4x"));
    assert_eq!(r.phone, None);
    assert_eq!(r.date, Some(ymd(2026, 11, 20)));
    assert_eq!(r.channel.as_deref(), Some("phone"));
    assert_eq!(r.visit.as_deref(), Some("v-3abc"));
    assert_eq!(scores(&r), vec![("attitude", 4), ("overall", 5)]);
    assert_eq!(r.nps, Some(9));
    assert_eq!(r.comment, "阿姨很细心");
    let e = parse_row(&s.rows[1], &s, &m, today()).unwrap_err();
    assert_eq!(e.line, 3);
    assert!(e.problem.contains("no answers"), "{e}");
}

#[test]
fn row_errors_name_line_and_column_but_not_the_value() {
    let (s, m) = map("phone,date,overall\n\
         1380013800,2026-11-20,5\n\
         ,2026-11-20,5\n\
         13800138001,,5\n\
         13800138001,2026-11-20,6\n")
    .unwrap();
    let results: Vec<Result<Row, RowError>> = s
        .rows
        .iter()
        .map(|r| parse_row(r, &s, &m, today()))
        .collect();
    // An empty phone is no error here: the CLI refuses it unless `--anonymous`.
    let blank = results[1].as_ref().unwrap();
    assert_eq!(
        (blank.client_id.as_deref(), blank.phone.as_deref()),
        (None, None)
    );
    let errs: Vec<&RowError> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!((errs[0].line, errs[0].column.as_str()), (2, "phone"));
    assert!(!errs[0].to_string().contains("1380013800"), "{}", errs[0]);
    assert_eq!((errs[1].line, errs[1].column.as_str()), (4, "date"));
    assert_eq!(
        errs[2].to_string(),
        "line 5, column `overall`: 6 is out of range; a score must be 1–5"
    );
    let (s, m) = map("client,overall\nwang,5\n").unwrap();
    let e = parse_row(&s.rows[0], &s, &m, today()).unwrap_err();
    assert!(
        e.problem.contains("client id") && !e.problem.contains("wang"),
        "{e}"
    );
}

#[test]
fn without_client_columns_rows_are_left_anonymous() {
    let (s, m) = map("date,overall\n2026-11-20,5\n").unwrap();
    let r = parse_row(&s.rows[0], &s, &m, today()).unwrap();
    assert_eq!((r.client_id, r.phone), (None, None));
}

#[test]
fn fingerprints_ignore_ip_and_follow_the_answers() {
    let text = "序号,提交答卷时间,所用时间,来自IP,1、总体满意度,2、手机\n\
                1,2026/6/3 16:43:42,95秒,1.2.3.4,5,13800138001\n\
                1,2026/6/3 16:43:42,120秒,5.6.7.8,5,+86 138 0013 8001\n\
                1,2026/6/3 16:43:42,95秒,1.2.3.4,4,13800138001\n\
                2,2026/6/3 16:43:42,95秒,1.2.3.4,5,13800138001\n";
    let (s, m) = map(text).unwrap();
    let r = rows(&s, &m);
    assert_eq!(r[0].fingerprint, r[1].fingerprint);
    assert_ne!(r[0].fingerprint, r[2].fingerprint);
    assert_ne!(r[0].fingerprint, r[3].fingerprint);
    // Labels and numbers for the same answer agree.
    let (s, m) =
        map("手机,日期,总体满意度\n13800138001,2026-06-03,非常满意\n13800138001,2026-06-03,5\n")
            .unwrap();
    let r = rows(&s, &m);
    assert_eq!(r[0].fingerprint, r[1].fingerprint);
}

#[test]
fn arbitrary_cells_never_panic() {
    let (s, m) =
        map("序号,提交答卷时间,1、总体满意度,2、推荐,3、建议,4、手机,client,visit,channel\n")
            .unwrap();
    let pieces = [
        "",
        "5",
        "５分",
        "(空)",
        "１０",
        "-",
        "—",
        "9 - 极",
        "2026/6/3",
        "下午",
        "T",
        ":",
        "+",
        "c-",
        "v-",
        "13800138001",
        "非常",
        "满意",
        "é",
        "😀",
        "\u{feff}",
        "(",
        "（",
        "99999999999999999999999",
        ".",
        "5.",
        "5.5",
        "年",
        "月",
        "日",
        "/",
        "2026",
        "12:00",
        "PM",
        "gmt",
        "\r\n",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..3000 {
        let mut fields = Vec::new();
        for _ in 0..9 {
            let mut cell = String::new();
            for _ in 0..(seed % 4) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                cell.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            fields.push(cell);
        }
        let row = SheetRow { line: 2, fields };
        let _ = parse_row(&row, &s, &m, today());
        for f in &row.fields {
            let _ = parse_when(f, today());
            let _ = parse_score(f);
            let _ = parse_nps(f);
        }
    }
    // A row shorter than the header is read as empty cells.
    let short = SheetRow {
        line: 9,
        fields: vec!["1".into()],
    };
    assert!(parse_row(&short, &s, &m, today()).is_err());
}

#[test]
fn map_errors_keep_their_messages_and_say_who_is_to_blame() {
    let cases = [
        (
            MapError::Ambiguous {
                target: "attitude".into(),
                first: "`服务态度` (column 2)".into(),
                second: "`阿姨态度` (column 3)".into(),
            },
            "line 1: two columns look like `attitude`: `服务态度` (column 2) and `阿姨态度` \
             (column 3); choose one with `--map attitude=COLUMN` (a header or a column number)",
            false,
        ),
        (
            MapError::SeveralColumns {
                dim: "attitude".into(),
                wanted: "态度".into(),
                matches: vec![
                    "`服务态度` (column 2)".into(),
                    "`阿姨态度` (column 3)".into(),
                ],
            },
            "`--map attitude=态度` matches several columns: `服务态度` (column 2), `阿姨态度` \
             (column 3); give the column number",
            true,
        ),
        (
            MapError::NoQuestion {
                headers: vec!["`手机`".into(), "`备用`".into()],
                more: true,
            },
            "line 1: no column looks like a survey question (a 1–5 score or NPS); the headers \
             are `手机`, `备用` …; map one with `--map overall=COLUMN`",
            true,
        ),
        (
            MapError::SeveralOverall {
                first: "`a` (column 1)".into(),
                second: "`b` (column 2)".into(),
            },
            "line 1: `a` (column 1) and `b` (column 2) both ask about satisfaction without \
             saying which dimension; choose the overall one with `--map overall=COLUMN`",
            true,
        ),
    ];
    for (e, message, usage) in cases {
        assert_eq!(e.to_string(), message);
        assert_eq!(e.is_usage(), usage, "{e}");
    }
}
