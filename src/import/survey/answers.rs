//! Answers: scores on a five-point scale (numbers or labels), NPS 0–10, and the
//! submission dates the tools write. Errors never repeat the cell.

use chrono::NaiveDate;

use crate::domain::date::{DateError, parse_date};
use crate::domain::text::fold_width;

/// Answers that mean "not answered": 问卷星's `(空)` and `(跳过)`, `N/A`, a dash.
pub(super) fn is_no_answer(s: &str) -> bool {
    let v = fold_width(s).trim().to_lowercase();
    matches!(
        v.as_str(),
        "" | "(空)"
            | "(跳过)"
            | "跳过"
            | "空"
            | "n/a"
            | "na"
            | "-"
            | "--"
            | "—"
            | "(skipped)"
            | "skipped"
            | "不适用"
    )
}

/// Answer labels of the usual five-point scales, compared in lower case.
const SCORE_LABELS: &[(&str, u8)] = &[
    ("非常满意", 5),
    ("很满意", 5),
    ("十分满意", 5),
    ("特别满意", 5),
    ("满意", 4),
    ("比较满意", 4),
    ("较满意", 4),
    ("一般", 3),
    ("不满意", 2),
    ("不太满意", 2),
    ("比较不满意", 2),
    ("较不满意", 2),
    ("非常不满意", 1),
    ("很不满意", 1),
    ("十分不满意", 1),
    ("极不满意", 1),
    ("非常好", 5),
    ("很好", 5),
    ("好", 4),
    ("比较好", 4),
    ("较好", 4),
    ("差", 2),
    ("较差", 2),
    ("比较差", 2),
    ("很差", 1),
    ("非常差", 1),
    ("very satisfied", 5),
    ("extremely satisfied", 5),
    ("completely satisfied", 5),
    ("satisfied", 4),
    ("somewhat satisfied", 4),
    ("neutral", 3),
    ("neither satisfied nor dissatisfied", 3),
    ("somewhat dissatisfied", 2),
    ("dissatisfied", 2),
    ("unsatisfied", 2),
    ("very dissatisfied", 1),
    ("extremely dissatisfied", 1),
    ("very unsatisfied", 1),
    ("excellent", 5),
    ("very good", 4),
    ("good", 3),
    ("fair", 2),
    ("poor", 1),
];

fn label_score(s: &str) -> Option<u8> {
    let v = s
        .trim()
        .trim_end_matches(['。', '.', '!', '！'])
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if !v.is_empty() && v.chars().all(|c| c == '★') {
        return u8::try_from(v.chars().count()).ok();
    }
    SCORE_LABELS
        .iter()
        .find(|(label, _)| *label == v)
        .map(|(_, n)| *n)
}

/// A leading whole number: `5`, `5分`, `5.0`, `9 - 极有可能`, `10（极有可能）`.
/// `Ok(None)` when the text does not start with a number; `Err` for `4.5`.
fn leading_number(s: &str) -> Result<Option<(u64, usize)>, String> {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return Ok(None);
    }
    let number = s.get(..digits).unwrap_or("");
    let mut rest = s.get(digits..).unwrap_or("");
    if let Some(after) = rest.strip_prefix('.') {
        let decimals = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if decimals > 0 {
            if !after
                .get(..decimals)
                .unwrap_or("")
                .bytes()
                .all(|b| b == b'0')
            {
                return Err(crate::t!("survey-answer-not-whole"));
            }
            rest = after.get(decimals..).unwrap_or("");
        }
    }
    let starts_with_separator = |t: &str| {
        t.starts_with(char::is_whitespace)
            || t.starts_with([
                '-', '–', '—', '、', ':', '：', '(', '（', '=', ',', '，', '.',
            ])
    };
    let after_space = rest.trim_start();
    let unit = ["分", "星", "points", "point", "pts", "stars", "star"]
        .iter()
        .find_map(|u| after_space.strip_prefix(u));
    let separated = match unit {
        Some(tail) => tail.is_empty() || starts_with_separator(tail),
        None => after_space.is_empty() || starts_with_separator(rest),
    };
    if !separated {
        return Ok(None);
    }
    // Twenty digits overflow; they are out of range all the same.
    let value = number.parse::<u64>().unwrap_or(u64::MAX);
    Ok(Some((value, digits)))
}

/// Parses an answer on a numeric scale `lo..=hi`, with labels when `labels`.
/// `what` names the answer in messages (`a score`).
fn parse_scale(s: &str, lo: u8, hi: u8, labels: bool, what: &str) -> Result<Option<u8>, String> {
    if is_no_answer(s) {
        return Ok(None);
    }
    let v = fold_width(s);
    let v = v.trim();
    if matches!(v, "无" | "none") {
        return Ok(None);
    }
    if labels && let Some(n) = label_score(v) {
        return Ok(Some(n));
    }
    let range = format!("{lo}–{hi}");
    if let Some(rest) = v.strip_prefix('-')
        && rest.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(crate::t!(
            "survey-answer-negative",
            what = what,
            range = &range
        ));
    }
    let number = match leading_number(v) {
        Err(e) => {
            return Err(crate::t!(
                "survey-answer-must-be",
                problem = e,
                what = what,
                range = &range
            ));
        }
        Ok(n) => n,
    };
    // `非常满意（5分）`: the label before the bracket.
    let number = match number {
        Some(n) => Some(n),
        None if labels => {
            let before = v.split(['(', '（']).next().unwrap_or("");
            if let Some(n) = label_score(before).filter(|_| before.len() < v.len()) {
                return Ok(Some(n));
            }
            None
        }
        None => None,
    };
    match number {
        Some((n, _)) if n >= u64::from(lo) && n <= u64::from(hi) => {
            Ok(Some(u8::try_from(n).unwrap_or(hi)))
        }
        Some((n, digits)) if digits <= 3 => Err(crate::t!(
            "survey-answer-out-of-range-n",
            n = n,
            what = what,
            range = &range
        )),
        Some(_) => Err(crate::t!(
            "survey-answer-out-of-range",
            what = what,
            range = &range
        )),
        None if labels => Err(crate::t!("survey-answer-not-a-score", range = &range)),
        None => Err(crate::t!(
            "survey-answer-not-a-number",
            what = what,
            range = &range
        )),
    }
}

/// A 1–5 score: `5`, `5分`, `５`, `5.0`, `5 - 非常满意`, or a label (非常满意 5,
/// 满意/比较满意 4, 一般 3, 不满意 2, 非常不满意 1, and the English equivalents).
/// `(空)`, `(跳过)`, `N/A` and an empty cell are no answer. Errors never repeat text.
pub fn parse_score(s: &str) -> Result<Option<u8>, String> {
    parse_scale(s, 1, 5, true, &crate::t!("survey-what-score"))
}

/// An NPS answer 0–10: `9`, `10分`, `9 - 极有可能`.
pub fn parse_nps(s: &str) -> Result<Option<u8>, String> {
    parse_scale(s, 0, 10, false, &crate::t!("survey-what-nps"))
}

// ---------------------------------------------------------------------------
// Dates and times

/// The English of the date forms that `survey-import-bad-date` and
/// `survey-import-date-problem` list, for the fixtures (tests run in English).
#[cfg(test)]
pub(super) const DATE_FORMS: &str =
    "expected a date or time like 2026/6/3 16:43:42, 2026-06-03 or 11/3/2026 2:05:09 PM";

/// The date of a submission time as the tools write it: `2026/6/3 16:43:42` (问卷星),
/// `2026-06-03 16:43:42` (腾讯问卷), `2026/11/03 2:05:09 PM GMT+8` and `11/3/2026 14:05:09`
/// (Google Forms), `11/03/2026 02:05:09 PM` (SurveyMonkey), `2026-06-03T16:43:42+08:00`,
/// `2026年6月3日`: everything `domain::date::parse_date` takes, the one date parser of
/// every flag and import. Dates after `today` are refused.
pub fn parse_when(s: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let date = parse_date(s, today).map_err(|e| match e {
        DateError::Empty => crate::t!("survey-import-date-empty"),
        DateError::NoSuchDay(_) | DateError::YearOutOfRange => {
            crate::t!("survey-import-date-problem", problem = e.to_string())
        }
        _ => crate::t!("survey-import-bad-date"),
    })?;
    if date > today {
        return Err(crate::t!(
            "survey-import-date-after-today",
            today = today.to_string()
        ));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    // ---- answers ---------------------------------------------------------

    #[test]
    fn scores_accept_numbers_in_many_spellings() {
        for s in [
            "5",
            "5分",
            "５",
            "5.0",
            " 5 ",
            "5.00",
            "5 分",
            "5 - 非常满意",
            "5（非常满意）",
            "5 stars",
            "★★★★★",
        ] {
            assert_eq!(parse_score(s), Ok(Some(5)), "{s}");
        }
        assert_eq!(parse_score("1"), Ok(Some(1)));
        assert_eq!(parse_score("３分"), Ok(Some(3)));
    }

    #[test]
    fn scores_accept_chinese_and_english_labels() {
        let cases = [
            ("非常满意", 5),
            ("满意", 4),
            ("比较满意", 4),
            ("一般", 3),
            ("不满意", 2),
            ("非常不满意", 1),
            ("Very satisfied", 5),
            ("very SATISFIED", 5),
            ("Satisfied", 4),
            (" Neutral ", 3),
            ("Dissatisfied", 2),
            ("Very dissatisfied", 1),
            ("Very  dissatisfied", 1),
            ("非常满意（5分）", 5),
            ("Excellent", 5),
            ("Poor", 1),
        ];
        for (s, n) in cases {
            assert_eq!(parse_score(s), Ok(Some(n)), "{s}");
        }
    }

    #[test]
    fn unanswered_scores_are_none() {
        for s in [
            "",
            "   ",
            "(空)",
            "（空）",
            "(跳过)",
            "N/A",
            "n/a",
            "-",
            "无",
        ] {
            assert_eq!(parse_score(s), Ok(None), "{s}");
            assert_eq!(parse_nps(s).ok().flatten(), None, "{s}");
        }
    }

    #[test]
    fn scores_out_of_range_say_the_range() {
        for s in ["6", "0", "7分", "-1", "１０"] {
            let e = parse_score(s).unwrap_err();
            assert!(e.contains("1–5"), "{s}: {e}");
        }
        assert_eq!(
            parse_score("7").unwrap_err(),
            "7 is out of range; a score must be 1–5"
        );
        let e = parse_score("4.5").unwrap_err();
        assert!(e.contains("whole number"), "{e}");
        let e = parse_score("还行吧").unwrap_err();
        assert!(e.contains("非常满意"), "{e}");
        assert!(!e.contains("还行吧"), "{e}");
    }

    #[test]
    fn a_phone_in_a_score_column_is_not_repeated() {
        let e = parse_score("13800138001").unwrap_err();
        assert!(!e.contains("13800138001"), "{e}");
        assert!(e.contains("1–5"), "{e}");
        let e = parse_nps("13800138001").unwrap_err();
        assert!(!e.contains("138"), "{e}");
    }

    #[test]
    fn nps_takes_zero_to_ten_with_leading_numbers() {
        for (s, n) in [
            ("0", 0),
            ("10", 10),
            ("10分", 10),
            ("9 - 极有可能", 9),
            ("0 - 完全不可能", 0),
            ("10（极有可能）", 10),
            ("８", 8),
        ] {
            assert_eq!(parse_nps(s), Ok(Some(n)), "{s}");
        }
        let e = parse_nps("11").unwrap_err();
        assert!(e.contains("0–10"), "{e}");
        assert!(parse_nps("非常满意").is_err());
        assert!(parse_nps("9abc").is_err());
    }

    // ---- dates -----------------------------------------------------------

    #[test]
    fn dates_in_the_tools_formats() {
        let cases = [
            ("2026/6/3 16:43:42", ymd(2026, 6, 3)),
            ("2026-06-03 16:43:42", ymd(2026, 6, 3)),
            ("2026/11/03 2:05:09 PM GMT+8", ymd(2026, 11, 3)),
            ("2026/11/03 2:05:09 下午 GMT+08:00", ymd(2026, 11, 3)),
            ("11/3/2026 14:05:09", ymd(2026, 11, 3)),
            ("11/03/2026 02:05:09 PM", ymd(2026, 11, 3)),
            ("25/10/2026 9:00", ymd(2026, 10, 25)),
            ("2026-06-03T16:43:42+08:00", ymd(2026, 6, 3)),
            ("2026-06-03T16:43:42.123Z", ymd(2026, 6, 3)),
            ("2026年6月3日 16:43", ymd(2026, 6, 3)),
            ("2026/6/3 下午4:43:42", ymd(2026, 6, 3)),
            ("2026-06-03", ymd(2026, 6, 3)),
            ("2026.6.3", ymd(2026, 6, 3)),
            ("today", today()),
            ("昨天", ymd(2026, 11, 21)),
        ];
        for (s, d) in cases {
            assert_eq!(parse_when(s, today()), Ok(d), "{s}");
        }
    }

    #[test]
    fn bad_dates_are_refused_with_the_expected_forms() {
        for s in [
            "",
            "上周三",
            "2026/13/3",
            "2026/2/30 10:00",
            "2026/6/3 25:00",
            "2026/6/3 abc",
            "6/3/26",
            "2026/6",
            "2026/6/3 16:43 +",
        ] {
            assert!(parse_when(s, today()).is_err(), "{s}");
        }
        let e = parse_when("2026/6/3 abc", today()).unwrap_err();
        assert!(e.contains("2026/6/3 16:43:42"), "{e}");
        let e = parse_when("2026/12/1", today()).unwrap_err();
        assert!(e.contains("after today"), "{e}");
    }
}
