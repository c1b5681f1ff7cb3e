//! Dates as users type them: `2026-11-22`, `2026/11/22`, `2026/1/5`, `today`, `tomorrow`.

use chrono::{Days, NaiveDate};

/// Parses a user-typed date. `today` is the local date of the command's clock.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let s = input.trim();
    match s.to_ascii_lowercase().as_str() {
        "today" | "今天" => return Ok(today),
        "tomorrow" | "明天" => {
            return today
                .checked_add_days(Days::new(1))
                .ok_or_else(|| "date out of range".to_string());
        }
        "yesterday" | "昨天" => {
            return today
                .checked_sub_days(Days::new(1))
                .ok_or_else(|| "date out of range".to_string());
        }
        _ => {}
    }
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    let [y, m, d] = parts.as_slice() else {
        return Err("expected a date like 2026-11-22, 2026/11/22, today or tomorrow".into());
    };
    let num = |p: &str, what: &str| -> Result<u32, String> {
        if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!(
                "the {what} is not a number; expected a date like 2026-11-22"
            ));
        }
        p.parse::<u32>()
            .map_err(|_| format!("the {what} is not a number"))
    };
    let (y, m, d) = (num(y, "year")?, num(m, "month")?, num(d, "day")?);
    if !(1900..=2200).contains(&y) {
        return Err("the year must be between 1900 and 2200".into());
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
        .ok_or_else(|| format!("{y:04}-{m:02}-{d:02} is not a calendar date"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn accepts_the_documented_forms() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(parse_date("2026-11-22", today()), Ok(d));
        assert_eq!(parse_date("2026/11/22", today()), Ok(d));
        assert_eq!(parse_date(" 2026/11/22 ", today()), Ok(d));
        assert_eq!(
            parse_date("2026/1/5", today()),
            Ok(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap())
        );
        assert_eq!(parse_date("today", today()), Ok(d));
        assert_eq!(
            parse_date("Tomorrow", today()),
            Ok(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
        );
    }

    #[test]
    fn refuses_impossible_dates() {
        assert!(parse_date("2026-02-29", today()).is_err());
        assert!(parse_date("2024-02-29", today()).is_ok());
        assert!(parse_date("2026-13-01", today()).is_err());
        assert!(parse_date("2026-11", today()).is_err());
        assert!(parse_date("", today()).is_err());
        assert!(parse_date("二〇二六年", today()).is_err());
        assert!(parse_date("99999-1-1", today()).is_err());
        assert!(parse_date("0-1-1", today()).is_err());
    }
}
