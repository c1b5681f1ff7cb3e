//! Dates and periods as users type them, one parser for every flag and every import.
//!
//! A **day**: `2026-11-22`, `2026/11/22`, `2026.11.22`, `2026年11月22日` (or `号`),
//! `today`/`tomorrow`/`yesterday` (今天/明天/昨天), the day/month/year orders that
//! spreadsheets and Google Forms write (`11/22/2026`, `22/11/2026`: month first unless
//! the first number is over 12), and any of these followed by a time of day
//! (`2026/6/3 16:43:42`, `2026-06-03T16:43:42+08:00`, `11/3/2026 2:05:09 PM`), which is
//! dropped: the date is taken as written, no time zone is converted.
//!
//! A **span** (what `--from`, `--to` and `--period` take): a day, a month (`2026-11`,
//! `2026/11`, `2026年11月`), a quarter (`2026-Q4`, `2026Q4`), a year (`2026`, `2026年`),
//! or a period relative to today: `this-month`, `last-month`, `this-quarter`,
//! `last-quarter`, `this-year`, `last-year` (spaces or `_` for `-`; 本月, 上月, 本季度,
//! 上季度, 今年, 去年). As `--from` a span means its first day, as `--to` its last.
//!
//! "Today" is always given by the caller (the command's clock), never read here.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::text::fold_width;

/// A month as `YYYY-MM` (report rows, the store's month folders): what chrono's
/// `format("%Y-%m")` gives for years 0 to 9999, without its formatting machinery, which
/// was a tenth of the satisfaction report's instructions at 20,000 responses.
pub fn month_key(d: NaiveDate) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// Why a typed date or period was refused. Messages never repeat the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("{}", crate::t!("date-empty"))]
    Empty,
    #[error("{}", crate::t!("date-not-a-day"))]
    NotADay,
    #[error("{}", crate::t!("date-span-not-day"))]
    SpanNotDay,
    #[error("{}", crate::t!("date-not-a-span"))]
    NotASpan,
    #[error("{}", crate::t!("date-no-such-day", date = .0))]
    NoSuchDay(String),
    #[error("{}", crate::t!("date-no-such-month"))]
    NoSuchMonth,
    #[error("{}", crate::t!("date-no-such-quarter"))]
    NoSuchQuarter,
    #[error("{}", crate::t!("date-year-out-of-range"))]
    YearOutOfRange,
    #[error("{}", crate::t!("date-bad-time"))]
    BadTime,
}

/// A run of whole days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl Span {
    pub fn day(d: NaiveDate) -> Span {
        Span { first: d, last: d }
    }

    /// Month `month` (1–12) of `year`.
    pub fn month(year: i32, month: u32) -> Result<Span, DateError> {
        check_year(year)?;
        let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or(DateError::NoSuchMonth)?;
        Ok(Span {
            first,
            last: months_later_minus_a_day(first, 1),
        })
    }

    /// Quarter `q` (1–4) of `year`: Q1 is January to March.
    pub fn quarter(year: i32, q: u32) -> Result<Span, DateError> {
        if !(1..=4).contains(&q) {
            return Err(DateError::NoSuchQuarter);
        }
        let first = Span::month(year, (q - 1) * 3 + 1)?.first;
        Ok(Span {
            first,
            last: months_later_minus_a_day(first, 3),
        })
    }

    pub fn year(year: i32) -> Result<Span, DateError> {
        check_year(year)?;
        Ok(Span {
            first: NaiveDate::from_ymd_opt(year, 1, 1).ok_or(DateError::YearOutOfRange)?,
            last: NaiveDate::from_ymd_opt(year, 12, 31).ok_or(DateError::YearOutOfRange)?,
        })
    }
}

fn check_year(year: i32) -> Result<(), DateError> {
    if (1900..=2200).contains(&year) {
        Ok(())
    } else {
        Err(DateError::YearOutOfRange)
    }
}

/// The day before `first` + `n` months: the last day of a run of whole months.
fn months_later_minus_a_day(first: NaiveDate, n: u32) -> NaiveDate {
    first
        .checked_add_months(Months::new(n))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first)
}

/// Parses one day (see the module comment). `today` is the command's clock.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let folded = fold_width(input);
    let s = folded.trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    if let Some(d) = relative_day(s, today)? {
        return Ok(d);
    }
    match day(s) {
        Err(DateError::NotADay) if span_form(s, today).is_some() => Err(DateError::SpanNotDay),
        other => other,
    }
}

/// Parses a day, a month, a quarter, a year or a relative period (see the module
/// comment) as the days it covers.
pub fn parse_span(input: &str, today: NaiveDate) -> Result<Span, DateError> {
    let folded = fold_width(input);
    let s = folded.trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    if let Some(span) = span_form(s, today) {
        return span;
    }
    match parse_date(s, today) {
        Ok(d) => Ok(Span::day(d)),
        Err(DateError::NotADay) => Err(DateError::NotASpan),
        Err(e) => Err(e),
    }
}

fn relative_day(s: &str, today: NaiveDate) -> Result<Option<NaiveDate>, DateError> {
    let shift: i64 = match s.to_ascii_lowercase().as_str() {
        "today" | "今天" => 0,
        "tomorrow" | "明天" => 1,
        "yesterday" | "昨天" => -1,
        _ => return Ok(None),
    };
    let d = if shift >= 0 {
        today.checked_add_days(Days::new(shift.unsigned_abs()))
    } else {
        today.checked_sub_days(Days::new(shift.unsigned_abs()))
    };
    d.map(Some).ok_or(DateError::YearOutOfRange)
}

/// A month, quarter, year or relative period; `None` when `s` has none of these shapes.
fn span_form(s: &str, today: NaiveDate) -> Option<Result<Span, DateError>> {
    let named: String = s
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '_' { '-' } else { c })
        .collect();
    let (y, m) = (today.year(), today.month());
    let this_quarter = (m - 1) / 3 + 1;
    let last_month = today
        .with_day(1)
        .and_then(|d| d.checked_sub_months(Months::new(1)))
        .unwrap_or(today);
    let span = match named.as_str() {
        "this-month" | "本月" | "这个月" => Span::month(y, m),
        "last-month" | "上月" | "上个月" => Span::month(last_month.year(), last_month.month()),
        "this-quarter" | "本季度" | "这个季度" => Span::quarter(y, this_quarter),
        "last-quarter" | "上季度" | "上个季度" => {
            if this_quarter == 1 {
                Span::quarter(y - 1, 4)
            } else {
                Span::quarter(y, this_quarter - 1)
            }
        }
        "this-year" | "今年" => Span::year(y),
        "last-year" | "去年" => Span::year(y - 1),
        _ => return numeric_span(&named),
    };
    Some(span)
}

/// `2026-11`, `2026/11`, `2026.11`, `2026年11月`, `2026-q4`, `2026q4`, `2026 q4`,
/// `2026`, `2026年` (already lower-cased, spaces as `-`).
fn numeric_span(s: &str) -> Option<Result<Span, DateError>> {
    let s = s.strip_suffix('月').unwrap_or(s);
    let (year, rest) = match s.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => s.split_at(i),
        None => (s, ""),
    };
    if year.len() != 4 {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    let rest = rest.strip_prefix(['-', '/', '.', '年']).unwrap_or(rest);
    let number = |t: &str| {
        (!t.is_empty() && t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<u32>().ok())
            .flatten()
    };
    if rest.is_empty() {
        return Some(Span::year(year));
    }
    if let Some(q) = rest.strip_prefix('q') {
        return number(q).map(|q| Span::quarter(year, q));
    }
    number(rest).map(|m| Span::month(year, m))
}

/// A calendar day, optionally followed by a time of day.
fn day(s: &str) -> Result<NaiveDate, DateError> {
    let date_len = s
        .char_indices()
        .find(|(_, c)| {
            !(c.is_ascii_digit() || matches!(c, '/' | '-' | '.' | '年' | '月' | '日' | '号'))
        })
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    let (date_part, tail) = s.split_at(date_len);
    if date_part.is_empty() {
        return Err(DateError::NotADay);
    }
    let date = calendar_date(date_part)?;
    if !valid_time_tail(tail) {
        return Err(DateError::BadTime);
    }
    Ok(date)
}

/// `2026-11-22` and its variants: year first, or year last (month first unless the
/// first number is over 12).
fn calendar_date(s: &str) -> Result<NaiveDate, DateError> {
    let unified: String = s
        .trim_end_matches(['日', '号'])
        .chars()
        .map(|c| if matches!(c, '年' | '月') { '-' } else { c })
        .collect();
    let parts: Vec<&str> = unified.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return Err(DateError::NotADay);
    };
    let num = |p: &str| -> Result<u32, DateError> {
        if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateError::NotADay);
        }
        p.parse::<u32>().map_err(|_| DateError::NotADay)
    };
    let (a, b, c, year_first) = (num(a)?, num(b)?, num(c)?, a.len() == 4);
    let (y, m, d) = if year_first {
        (a, b, c)
    } else if parts[2].len() == 4 {
        if a > 12 && b <= 12 {
            (c, b, a)
        } else {
            (c, a, b)
        }
    } else {
        return Err(DateError::NotADay);
    };
    check_year(y as i32)?;
    NaiveDate::from_ymd_opt(y as i32, m, d)
        .ok_or_else(|| DateError::NoSuchDay(format!("{y:04}-{m:02}-{d:02}")))
}

/// Whether what follows a date is a time of day: `16:43:42`, `2:05:09 PM GMT+8`,
/// `T16:43:42.123+08:00`, `下午4:43`, `14:05Z`, or nothing.
fn valid_time_tail(tail: &str) -> bool {
    let mut t = tail.trim().to_lowercase();
    if t.is_empty() {
        return true;
    }
    if let Some(rest) = t.strip_prefix('t') {
        t = rest.to_string();
    }
    for marker in ["上午", "下午", "中午", "晚上", "凌晨", "午前", "午後"] {
        t = t.replace(marker, " ");
    }
    // Tokens: numbers with `:`/`.`, words, signs.
    #[derive(PartialEq)]
    enum Tok {
        Num(String),
        Word(String),
        Sign,
    }
    let mut toks: Vec<Tok> = Vec::new();
    for c in t.chars() {
        match c {
            '0'..='9' | ':' | '.' => match toks.last_mut() {
                Some(Tok::Num(n)) => n.push(c),
                _ => toks.push(Tok::Num(c.to_string())),
            },
            'a'..='z' => match toks.last_mut() {
                Some(Tok::Word(w)) => w.push(c),
                _ => toks.push(Tok::Word(c.to_string())),
            },
            '+' | '-' => toks.push(Tok::Sign),
            c if c.is_whitespace() => toks.push(Tok::Word(String::new())),
            _ => return false,
        }
    }
    toks.retain(|t| *t != Tok::Word(String::new()));
    let mut it = toks.iter();
    match it.next() {
        Some(Tok::Num(n)) if is_clock(n) => {}
        _ => return false,
    }
    let mut after_sign = false;
    for tok in it {
        match tok {
            Tok::Sign if !after_sign => after_sign = true,
            Tok::Num(n) if after_sign => {
                let offset = n.split(':').all(|p| {
                    !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit())
                });
                if !offset {
                    return false;
                }
                after_sign = false;
            }
            Tok::Word(w)
                if !after_sign
                    && matches!(
                        w.as_str(),
                        "am" | "pm" | "gmt" | "utc" | "z" | "cst" | "bjt"
                    ) => {}
            _ => return false,
        }
    }
    !after_sign
}

/// `16:43`, `16:43:42`, `16:43:42.123`.
fn is_clock(s: &str) -> bool {
    let parts: Vec<&str> = s.split(':').collect();
    let num = |p: &str, max: u32| {
        !p.is_empty()
            && p.len() <= 2
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| n <= max)
    };
    match parts.as_slice() {
        [h, m] => num(h, 23) && num(m, 59),
        [h, m, sec] => {
            let whole = sec.split('.').next().unwrap_or("");
            let fraction_ok = sec
                .split_once('.')
                .is_none_or(|(_, f)| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
            num(h, 23) && num(m, 59) && num(whole, 60) && fraction_ok
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_key_is_chronos_year_month() {
        for d in ["2026-11-22", "0001-01-01", "9999-12-31", "2026-02-28"] {
            let d: NaiveDate = d.parse().unwrap();
            assert_eq!(month_key(d), d.format("%Y-%m").to_string());
        }
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn today() -> NaiveDate {
        ymd(2026, 11, 22)
    }

    fn span(input: &str, on: NaiveDate) -> (NaiveDate, NaiveDate) {
        let s = parse_span(input, on).unwrap_or_else(|e| panic!("{input}: {e}"));
        (s.first, s.last)
    }

    #[test]
    fn accepts_the_documented_day_forms() {
        let d = ymd(2026, 11, 22);
        for s in [
            "2026-11-22",
            "2026/11/22",
            " 2026/11/22 ",
            "2026.11.22",
            "2026年11月22日",
            "2026年11月22号",
            "２０２６年１１月２２日",
            "11/22/2026",
            "22/11/2026",
            "2026-11-22T16:43:42+08:00",
            "2026/11/22 下午4:43",
            "today",
            "今天",
        ] {
            assert_eq!(parse_date(s, today()), Ok(d), "{s}");
        }
        assert_eq!(parse_date("2026年11月3日", today()), Ok(ymd(2026, 11, 3)));
        assert_eq!(parse_date("2026/1/5", today()), Ok(ymd(2026, 1, 5)));
        assert_eq!(parse_date("Tomorrow", today()), Ok(ymd(2026, 11, 23)));
        assert_eq!(parse_date("yesterday", today()), Ok(ymd(2026, 11, 21)));
        // Across a year's end.
        assert_eq!(
            parse_date("tomorrow", ymd(2026, 12, 31)),
            Ok(ymd(2027, 1, 1))
        );
        assert_eq!(
            parse_date("yesterday", ymd(2027, 1, 1)),
            Ok(ymd(2026, 12, 31))
        );
    }

    #[test]
    fn refuses_impossible_days_and_names_why() {
        assert_eq!(
            parse_date("2026-02-29", today()),
            Err(DateError::NoSuchDay("2026-02-29".into()))
        );
        assert!(parse_date("2024-02-29", today()).is_ok());
        assert!(
            parse_date("2100-02-29", today()).is_err(),
            "not a leap year"
        );
        assert!(parse_date("2000-02-29", today()).is_ok(), "a leap year");
        assert!(parse_date("2026-13-01", today()).is_err());
        assert_eq!(parse_date("", today()), Err(DateError::Empty));
        assert_eq!(parse_date("二〇二六年", today()), Err(DateError::NotADay));
        assert_eq!(parse_date("99999-1-1", today()), Err(DateError::NotADay));
        assert_eq!(
            parse_date("0-1-1", today()),
            Err(DateError::NotADay),
            "a year needs four digits"
        );
        assert_eq!(
            parse_date("1800-01-01", today()),
            Err(DateError::YearOutOfRange)
        );
        assert_eq!(
            parse_date("2026/6/3 25:00", today()),
            Err(DateError::BadTime)
        );
        assert_eq!(parse_date("6/3/26", today()), Err(DateError::NotADay));
    }

    #[test]
    fn a_month_or_quarter_where_a_day_is_needed_says_so() {
        for s in ["2026-11", "2026年11月", "2026-Q4", "last-month", "2026"] {
            assert_eq!(parse_date(s, today()), Err(DateError::SpanNotDay), "{s}");
        }
    }

    #[test]
    fn months_end_on_their_last_day() {
        let t = today();
        assert_eq!(span("2026-11", t), (ymd(2026, 11, 1), ymd(2026, 11, 30)));
        assert_eq!(span("2026/12", t), (ymd(2026, 12, 1), ymd(2026, 12, 31)));
        assert_eq!(span("2026年1月", t), (ymd(2026, 1, 1), ymd(2026, 1, 31)));
        assert_eq!(span("2026-04", t), (ymd(2026, 4, 1), ymd(2026, 4, 30)));
        // February: 28 days, 29 in a leap year (2028; 2000 yes, 2100 no).
        assert_eq!(span("2026-02", t), (ymd(2026, 2, 1), ymd(2026, 2, 28)));
        assert_eq!(span("2028-02", t), (ymd(2028, 2, 1), ymd(2028, 2, 29)));
        assert_eq!(span("2000-02", t), (ymd(2000, 2, 1), ymd(2000, 2, 29)));
        assert_eq!(span("2100-02", t), (ymd(2100, 2, 1), ymd(2100, 2, 28)));
        assert_eq!(
            parse_span("2026-13", t),
            Err(DateError::NoSuchMonth),
            "month 13"
        );
        assert_eq!(parse_span("2026-00", t), Err(DateError::NoSuchMonth));
    }

    #[test]
    fn quarters_and_years() {
        let t = today();
        assert_eq!(span("2026-Q1", t), (ymd(2026, 1, 1), ymd(2026, 3, 31)));
        assert_eq!(span("2026q2", t), (ymd(2026, 4, 1), ymd(2026, 6, 30)));
        assert_eq!(span("2026 Q3", t), (ymd(2026, 7, 1), ymd(2026, 9, 30)));
        assert_eq!(
            span("２０２６－Ｑ４", t),
            (ymd(2026, 10, 1), ymd(2026, 12, 31))
        );
        assert_eq!(span("2026", t), (ymd(2026, 1, 1), ymd(2026, 12, 31)));
        assert_eq!(span("2028年", t), (ymd(2028, 1, 1), ymd(2028, 12, 31)));
        assert_eq!(parse_span("2026-Q5", t), Err(DateError::NoSuchQuarter));
        assert_eq!(parse_span("2026-Q0", t), Err(DateError::NoSuchQuarter));
        assert_eq!(parse_span("1850", t), Err(DateError::YearOutOfRange));
    }

    #[test]
    fn relative_periods_follow_the_clock() {
        let t = today(); // 2026-11-22, in Q4
        assert_eq!(span("this-month", t), (ymd(2026, 11, 1), ymd(2026, 11, 30)));
        assert_eq!(span("last month", t), (ymd(2026, 10, 1), ymd(2026, 10, 31)));
        assert_eq!(span("LAST_MONTH", t), (ymd(2026, 10, 1), ymd(2026, 10, 31)));
        assert_eq!(span("上个月", t), (ymd(2026, 10, 1), ymd(2026, 10, 31)));
        assert_eq!(
            span("this-quarter", t),
            (ymd(2026, 10, 1), ymd(2026, 12, 31))
        );
        assert_eq!(span("last-quarter", t), (ymd(2026, 7, 1), ymd(2026, 9, 30)));
        assert_eq!(span("this-year", t), (ymd(2026, 1, 1), ymd(2026, 12, 31)));
        assert_eq!(span("去年", t), (ymd(2025, 1, 1), ymd(2025, 12, 31)));
        // In January, last month and last quarter are in the year before.
        let jan = ymd(2027, 1, 15);
        assert_eq!(
            span("last-month", jan),
            (ymd(2026, 12, 1), ymd(2026, 12, 31))
        );
        assert_eq!(
            span("last-quarter", jan),
            (ymd(2026, 10, 1), ymd(2026, 12, 31))
        );
        assert_eq!(
            span("this-quarter", jan),
            (ymd(2027, 1, 1), ymd(2027, 3, 31))
        );
        // On the 31st, last month is still a whole month (no day clamping).
        let mar31 = ymd(2028, 3, 31);
        assert_eq!(
            span("last-month", mar31),
            (ymd(2028, 2, 1), ymd(2028, 2, 29))
        );
        // A day is a span of one day.
        assert_eq!(span("2026-11-03", t), (ymd(2026, 11, 3), ymd(2026, 11, 3)));
        assert_eq!(span("yesterday", t), (ymd(2026, 11, 21), ymd(2026, 11, 21)));
    }

    #[test]
    fn unknown_periods_list_the_forms() {
        assert_eq!(parse_span("next week", today()), Err(DateError::NotASpan));
        assert_eq!(parse_span("2026-11-", today()), Err(DateError::NotASpan));
        assert_eq!(parse_span("", today()), Err(DateError::Empty));
        assert!(DateError::NotASpan.to_string().contains("2026-Q4"));
    }
}
