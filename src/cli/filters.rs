//! Flags that listings share: a `--from`/`--to` period, and optional values that are
//! parsed by a domain function and refused by flag name.

use chrono::NaiveDate;

use super::error::{CliError, CliResult};
use crate::domain::date::parse_date;

/// `--from DATE --to DATE`, both optional and inclusive.
#[derive(Debug, Clone, clap::Args)]
pub struct Period {
    /// On or after this date
    #[arg(long)]
    pub from: Option<String>,
    /// On or before this date
    #[arg(long)]
    pub to: Option<String>,
}

impl Period {
    pub fn dates(&self, today: NaiveDate) -> CliResult<(Option<NaiveDate>, Option<NaiveDate>)> {
        let from = parse_flag("--from", self.from.as_deref(), |s| parse_date(s, today))?;
        let to = parse_flag("--to", self.to.as_deref(), |s| parse_date(s, today))?;
        if let (Some(f), Some(t)) = (from, to)
            && f > t
        {
            return Err(CliError::usage(format!("`--from` {f} is after `--to` {t}")));
        }
        Ok((from, to))
    }
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
    let date = parse_flag("--date", value, |s| parse_date(s, today))?.unwrap_or(today);
    if date > today {
        return Err(CliError::bad_flag(
            "--date",
            format!("{date} is after today ({today}); record it once it has happened"),
        ));
    }
    Ok(date)
}
