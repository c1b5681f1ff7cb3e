//! Flags that commands share: a period (`--from`/`--to` or `--period`), a day, and
//! optional values that are parsed by a domain function and refused by flag name.
//! Every date flag goes through `domain::date`, the one parser of dates and periods.

use chrono::NaiveDate;

use super::error::{CliError, CliResult};
use crate::domain::date::{DateError, parse_date, parse_span};

/// `--from WHEN --to WHEN`, or `--period WHEN`; all optional, both ends inclusive.
#[derive(Debug, Clone, clap::Args)]
pub struct Period {
    /// On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or
    /// `last-month` means its first day
    #[arg(long, value_name = "WHEN")]
    pub from: Option<String>,
    /// On or before this day; a month, quarter, year or `last-month` means its last day
    #[arg(long, value_name = "WHEN")]
    pub to: Option<String>,
    /// A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter,
    /// last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)
    #[arg(short = 'p', long, value_name = "PERIOD", conflicts_with_all = ["from", "to"])]
    pub period: Option<String>,
}

impl Period {
    /// The first and last day asked for; `None` where the user left the end open.
    pub fn dates(&self, today: NaiveDate) -> CliResult<(Option<NaiveDate>, Option<NaiveDate>)> {
        if let Some(p) = &self.period {
            let span = parse_span(p, today).map_err(|e| date_error("--period", e))?;
            return Ok((Some(span.first), Some(span.last)));
        }
        let span = |flag: &str, value: &Option<String>| {
            value
                .as_deref()
                .map(|v| parse_span(v, today))
                .transpose()
                .map_err(|e| date_error(flag, e))
        };
        let from = span("--from", &self.from)?.map(|s| s.first);
        let to = span("--to", &self.to)?.map(|s| s.last);
        if let (Some(f), Some(t)) = (from, to)
            && f > t
        {
            return Err(CliError::usage(crate::t!(
                "records-from-after-to",
                from = f.to_string(),
                to = t.to_string()
            ))
            .hint(crate::t!("records-from-after-to-hint")));
        }
        Ok((from, to))
    }
}

impl Period {
    /// The period of a report that looks back: `--to` defaults to today, and `--from`
    /// (left open when not given) may not be after it.
    pub fn until_today(&self, today: NaiveDate) -> CliResult<(Option<NaiveDate>, NaiveDate)> {
        let (from, to) = self.dates(today)?;
        let to = to.unwrap_or(today);
        if let Some(f) = from
            && f > to
        {
            return Err(CliError::usage(crate::t!(
                "records-from-after-today",
                from = f.to_string(),
                to = to.to_string()
            )));
        }
        Ok((from, to))
    }
}

/// A flag that takes one day (`--on`, `--date`, `--end`).
pub fn day_flag(flag: &str, value: Option<&str>, today: NaiveDate) -> CliResult<Option<NaiveDate>> {
    value
        .map(|v| parse_date(v, today))
        .transpose()
        .map_err(|e| date_error(flag, e))
}

/// A refused date or period, named by its flag, with what to type instead.
pub fn date_error(flag: &str, e: DateError) -> CliError {
    let hint = match e {
        DateError::SpanNotDay => crate::t!("records-date-one-day-hint", flag = flag),
        DateError::NoSuchDay(_) => crate::t!("records-date-day-of-month-hint"),
        DateError::NotASpan => crate::t!("records-date-span-hint"),
        DateError::Empty
        | DateError::NotADay
        | DateError::NoSuchMonth
        | DateError::NoSuchQuarter
        | DateError::YearOutOfRange
        | DateError::BadTime => crate::t!("records-date-forms-hint"),
    };
    CliError::bad_flag(flag, e).hint(hint)
}

/// Parses an optional flag value; a bad value is a usage error naming the flag.
pub fn parse_flag<T>(
    flag: &str,
    value: Option<&str>,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> CliResult<Option<T>> {
    value
        .map(parse)
        .transpose()
        .map_err(|e| CliError::bad_flag(flag, e))
}

/// `--category` (a key or a label) as the category's key.
pub fn category_flag(
    config: &crate::domain::config::Config,
    value: Option<&str>,
) -> CliResult<Option<String>> {
    parse_flag("--category", value, |c| {
        config.category(c).map(|c| c.key.clone())
    })
}

/// `--date` of something that already happened: today when absent, never after today.
pub fn past_date(value: Option<&str>, today: NaiveDate) -> CliResult<NaiveDate> {
    let date = day_flag("--date", value, today)?.unwrap_or(today);
    if date > today {
        return Err(CliError::bad_flag(
            "--date",
            crate::t!(
                "records-after-today",
                date = date.to_string(),
                today = today.to_string()
            ),
        ));
    }
    Ok(date)
}
