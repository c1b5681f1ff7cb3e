//! The exports of real questionnaire tools under `tests/fixtures/surveys`.

use super::*;
use crate::import::survey::answers::DATE_FORMS;

// ---- fixtures --------------------------------------------------------

#[test]
fn fixture_wjx_gbk() {
    let (s, m) = fixture("wjx-gbk.csv");
    assert_eq!(m.preset, Preset::Wjx);
    assert_eq!(header_for(&s, &m, "overall"), "1、您对本次服务的总体满意度");
    assert_eq!(
        header_for(&s, &m, "attitude"),
        "2、您对阿姨的服务态度是否满意？"
    );
    assert_eq!(
        header_for(&s, &m, "cleanliness"),
        "3、您对家里打扫的干净程度是否满意？"
    );
    assert_eq!(header_for(&s, &m, "punctuality"), "4、阿姨是否准时上门？");
    assert_eq!(header_for(&s, &m, "value"), "5、您觉得我们的收费是否合理？");
    assert_eq!(
        header_for(&s, &m, "nps"),
        "6、您有多大可能把我们推荐给亲友？"
    );
    assert_eq!(
        header_for(&s, &m, "comment"),
        "7、您对我们还有什么意见或建议？"
    );
    assert_eq!(header_for(&s, &m, "phone"), "8、您的手机号码");
    assert_eq!(header_for(&s, &m, "date"), "提交答卷时间");
    assert_eq!(m.ignored, vec!["所用时间", "来源", "来源详情", "来自IP"]);
    let r = rows(&s, &m);
    assert_eq!(r.len(), 6);
    assert_eq!(r[0].phone.as_deref(), Some("13800138001"));
    assert_eq!(r[0].date, Some(ymd(2026, 6, 3)));
    assert_eq!(
        scores(&r[0]),
        vec![
            ("attitude", 5),
            ("cleanliness", 5),
            ("overall", 5),
            ("punctuality", 4),
            ("value", 4)
        ]
    );
    assert_eq!(r[0].nps, Some(10));
    // `(跳过)` leaves the dimension out.
    assert_eq!(r[1].scores.get("punctuality"), None);
    assert_eq!(r[1].scores.get("overall"), Some(&4));
    // The comment with a comma and a line break inside quotes, CRLF read as LF.
    assert_eq!(r[2].comment, "阿姨来晚了半小时,不过活干得细\n下次希望准时");
    assert_eq!(r[2].line, 4);
    assert_eq!(r[3].line, 6, "the multi-line comment takes two lines");
    assert_eq!(r[3].scores.get("overall"), Some(&2));
    let all: std::collections::BTreeSet<_> = r.iter().map(|r| r.fingerprint.clone()).collect();
    assert_eq!(all.len(), r.len(), "fingerprints differ between rows");
}

#[test]
fn fixture_wjx_utf8_bom_matches_the_gbk_export() {
    let bytes = std::fs::read(format!(
        "{}/tests/fixtures/surveys/wjx-utf8-bom.csv",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let (s, m) = fixture("wjx-utf8-bom.csv");
    let (g, gm) = fixture("wjx-gbk.csv");
    assert_eq!(m.preset, Preset::Wjx);
    assert_eq!(targets(&s, &m), targets(&g, &gm));
    let (utf8, gbk) = (rows(&s, &m), rows(&g, &gm));
    assert_eq!(utf8.len(), gbk.len());
    for (a, b) in utf8.iter().zip(&gbk) {
        assert_eq!(a.fingerprint, b.fingerprint, "line {}", a.line);
        assert_eq!(
            (&a.scores, a.nps, &a.comment, a.date),
            (&b.scores, b.nps, &b.comment, b.date)
        );
    }
}

#[test]
fn fixture_tencent() {
    let (s, m) = fixture("tencent.csv");
    assert_eq!(m.preset, Preset::Tencent);
    assert_eq!(header_for(&s, &m, "serial"), "编号");
    assert_eq!(header_for(&s, &m, "date"), "结束答题时间");
    assert_eq!(
        header_for(&s, &m, "overall"),
        "Q1:您对本次家政服务的总体满意度"
    );
    assert_eq!(header_for(&s, &m, "attitude"), "Q2:服务人员的态度和礼貌");
    assert_eq!(header_for(&s, &m, "cleanliness"), "Q3:清洁效果");
    assert_eq!(header_for(&s, &m, "punctuality"), "Q4:是否按时到达");
    assert_eq!(header_for(&s, &m, "value"), "Q5:价格是否合理");
    assert_eq!(
        header_for(&s, &m, "nps"),
        "Q6:您向亲友推荐我们的可能性有多大？"
    );
    assert_eq!(header_for(&s, &m, "phone"), "Q8:联系电话");
    assert!(m.ignored.contains(&"开始答题时间".to_string()));
    assert!(m.ignored.contains(&"地理位置省".to_string()));
    assert!(m.ignored.contains(&"IP".to_string()));
    let r = rows(&s, &m);
    assert_eq!(r.len(), 5);
    assert_eq!(r[0].date, Some(ymd(2026, 9, 12)));
    assert_eq!(r[0].phone.as_deref(), Some("13900139002"));
    assert_eq!(r[0].nps, Some(9));
    assert_eq!(
        scores(&r[4]),
        vec![
            ("attitude", 1),
            ("cleanliness", 2),
            ("overall", 1),
            ("punctuality", 1),
            ("value", 2)
        ]
    );
    assert_eq!(r[4].nps, Some(0));
}

#[test]
fn fixture_google_forms() {
    let (s, m) = fixture("google-forms.csv");
    assert_eq!(m.preset, Preset::Google);
    assert_eq!(header_for(&s, &m, "date"), "Timestamp");
    assert_eq!(
        header_for(&s, &m, "overall"),
        "Overall, how satisfied were you with the service?"
    );
    assert_eq!(
        header_for(&s, &m, "attitude"),
        "Was the housekeeper friendly and courteous?"
    );
    assert_eq!(
        header_for(&s, &m, "punctuality"),
        "Did the housekeeper arrive on time?"
    );
    assert_eq!(
        header_for(&s, &m, "cleanliness"),
        "How clean was your home afterwards?"
    );
    assert_eq!(header_for(&s, &m, "value"), "Was the price good value?");
    assert_eq!(
        header_for(&s, &m, "nps"),
        "How likely are you to recommend us to a friend? (0-10)"
    );
    assert_eq!(
        header_for(&s, &m, "comment"),
        "Any other comments or suggestions?"
    );
    assert_eq!(header_for(&s, &m, "phone"), "手机号 Mobile");
    assert_eq!(m.ignored, vec!["Email Address"]);
    let r = rows(&s, &m);
    assert_eq!(r.len(), 6);
    assert_eq!(r[0].date, Some(ymd(2026, 11, 3)));
    assert_eq!(r[1].date, Some(ymd(2026, 11, 3)), "M/D/Y form");
    assert_eq!(r[0].nps, Some(10));
    assert_eq!(r[2].nps, Some(6));
    assert_eq!(r[2].scores.get("value"), Some(&2));
    assert_eq!(r[3].phone.as_deref(), Some("18600186004"));
}

#[test]
fn fixture_surveymonkey() {
    let (s, m) = fixture("surveymonkey.csv");
    assert_eq!(m.preset, Preset::SurveyMonkey);
    assert_eq!(m.header_rows, 2);
    assert_eq!(header_for(&s, &m, "serial"), "Respondent ID");
    assert_eq!(header_for(&s, &m, "date"), "End Date");
    assert_eq!(
        header_for(&s, &m, "overall"),
        "总体来说，您对本次服务满意吗？"
    );
    assert_eq!(header_for(&s, &m, "attitude"), "请评价以下方面 - 服务态度");
    assert_eq!(
        header_for(&s, &m, "cleanliness"),
        "请评价以下方面 - 清洁效果"
    );
    assert_eq!(
        header_for(&s, &m, "punctuality"),
        "请评价以下方面 - 准时守约"
    );
    assert_eq!(header_for(&s, &m, "value"), "请评价以下方面 - 性价比");
    assert_eq!(header_for(&s, &m, "phone"), "您的手机号码");
    assert!(m.ignored.contains(&"IP Address".to_string()));
    assert!(m.ignored.contains(&"Custom Data 1".to_string()));
    let r = rows(&s, &m);
    assert_eq!(r.len(), 5);
    assert_eq!(r[0].line, 3);
    assert_eq!(r[0].date, Some(ymd(2026, 11, 3)));
    assert_eq!(r[0].scores.get("overall"), Some(&5));
    assert_eq!(r[0].scores.get("value"), Some(&4));
    assert_eq!(r[1].nps, Some(7));
    assert_eq!(r[2].phone.as_deref(), Some("13500135003"));
}

#[test]
fn fixture_generic() {
    let (s, m) = fixture("generic.csv");
    assert_eq!(m.preset, Preset::Generic);
    assert_eq!(
        targets(&s, &m)
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>(),
        vec![
            "phone",
            "date",
            "overall",
            "attitude",
            "cleanliness",
            "punctuality",
            "value",
            "nps",
            "comment"
        ]
    );
    assert!(m.ignored.is_empty());
    let r = rows(&s, &m);
    assert_eq!(r.len(), 6);
    assert_eq!(r[0].date, Some(ymd(2026, 11, 2)));
    assert_eq!(
        scores(&r[0]),
        vec![
            ("attitude", 5),
            ("cleanliness", 4),
            ("overall", 5),
            ("punctuality", 5),
            ("value", 4)
        ]
    );
    assert_eq!(r[0].nps, Some(9));
    assert_eq!(r[5].phone.as_deref(), Some("18600186004"));
}

#[test]
fn fixture_generic_bad() {
    let (s, m) = fixture("generic-bad.csv");
    let results: Vec<Result<Row, RowError>> = s
        .rows
        .iter()
        .map(|r| parse_row(r, &s, &m, today()))
        .collect();
    let errors: Vec<String> = results
        .iter()
        .filter_map(|r| r.as_ref().err().map(ToString::to_string))
        .collect();
    assert_eq!(
        errors,
        vec![
            "line 4, column `attitude`: 7 is out of range; a score must be 1–5".to_string(),
            format!("line 6, column `date`: is not a date this import understands; {DATE_FORMS}"),
        ]
    );
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 4);
}

#[test]
fn fixture_ambiguous() {
    let bytes = std::fs::read(format!(
        "{}/tests/fixtures/surveys/ambiguous.csv",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let (text, _) = decode(&bytes, Encoding::Auto).unwrap();
    let e = map_sheet(read_sheet(&text).unwrap(), Preset::Auto, &dims(), &[]).unwrap_err();
    assert!(
        matches!(e, MapError::Ambiguous { .. }) && !e.is_usage(),
        "{e}"
    );
    let e = e.to_string();
    assert!(e.contains("`attitude`"), "{e}");
    assert!(
        e.contains("`3、您对阿姨的服务态度是否满意？` (column 3)"),
        "{e}"
    );
    assert!(e.contains("`4、客服人员的态度如何？` (column 4)"), "{e}");
    assert!(e.contains("--map attitude=COLUMN"), "{e}");
    let (s, m) = map_sheet(
        read_sheet(&text).unwrap(),
        Preset::Auto,
        &dims(),
        &[("attitude".into(), "3".into())],
    )
    .unwrap();
    assert_eq!(
        header_for(&s, &m, "attitude"),
        "3、您对阿姨的服务态度是否满意？"
    );
    assert_eq!(m.ignored, vec!["4、客服人员的态度如何？"]);
    assert_eq!(rows(&s, &m).len(), 5);
}
