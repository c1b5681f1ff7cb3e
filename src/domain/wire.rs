//! Reading the dates and times of a record fast.
//!
//! Every record holds dates (`2026-07-12`), times (`10:00:00`) and its `created` and
//! `updated` moments (`2026-07-12T18:00:00+08:00`), and a warm read decodes some
//! hundred thousand of them from the cache: chrono's general parser, which accepts
//! every RFC 3339 and ISO 8601 variant, spent a fifth of the due list's instructions
//! on them. These deserializers read exactly the forms hk writes by hand and give
//! anything else (another offset form, fractions of a second, a bad value) to chrono,
//! so what is accepted, the values and the error messages stay chrono's.
//!
//! Use on a field: `#[serde(deserialize_with = "wire::datetime")]`, or
//! `#[serde(default, deserialize_with = "wire::opt_date")]` for an optional one.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use serde::Deserializer;
use serde::de::{self, Visitor};

/// `N` ASCII digits as a number; `None` for anything else.
fn number(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, &c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

/// Exactly `YYYY-MM-DD`.
pub fn fast_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(number(&b[0..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&b[5..7])?, number(&b[8..10])?)
}

/// Exactly `HH:MM:SS`.
pub fn fast_time(s: &str) -> Option<NaiveTime> {
    let b = s.as_bytes();
    if b.len() != 8 || b[2] != b':' || b[5] != b':' {
        return None;
    }
    NaiveTime::from_hms_opt(number(&b[0..2])?, number(&b[3..5])?, number(&b[6..8])?)
}

/// Exactly `YYYY-MM-DDTHH:MM:SS±HH:MM`.
pub fn fast_datetime(s: &str) -> Option<DateTime<FixedOffset>> {
    let b = s.as_bytes();
    if b.len() != 25 || b[10] != b'T' || b[22] != b':' {
        return None;
    }
    let date = fast_date(s.get(0..10)?)?;
    let time = fast_time(s.get(11..19)?)?;
    let minutes = number(&b[20..22])? * 60 + number(&b[23..25])?;
    let seconds = i32::try_from(minutes * 60).ok()?;
    let offset = match b[19] {
        b'+' => FixedOffset::east_opt(seconds)?,
        b'-' => FixedOffset::west_opt(seconds)?,
        _ => return None,
    };
    offset
        .from_local_datetime(&NaiveDateTime::new(date, time))
        .single()
}

/// A string visitor: the fast form, else chrono's parser (and its error).
struct Fast<T> {
    fast: fn(&str) -> Option<T>,
    expecting: &'static str,
    _t: PhantomData<T>,
}

impl<T> Visitor<'_> for Fast<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
        match (self.fast)(s) {
            Some(v) => Ok(v),
            None => s.parse().map_err(E::custom),
        }
    }
}

fn read<'de, D, T>(
    d: D,
    fast: fn(&str) -> Option<T>,
    expecting: &'static str,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr,
    T::Err: fmt::Display,
{
    d.deserialize_str(Fast {
        fast,
        expecting,
        _t: PhantomData,
    })
}

// chrono's own "expecting" texts, so that a wrong type reads the same as before.
const DATE: &str = "a formatted date string";
const TIME: &str = "a formatted time string";
const DATETIME: &str = "an RFC 3339 formatted date and time string";

pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    read(d, fast_date, DATE)
}

pub fn datetime<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
    read(d, fast_datetime, DATETIME)
}

/// An optional value: absent (the field's `default`) or nil is `None`.
struct Opt<T>(Fast<T>);

impl<'de, T> Visitor<'de> for Opt<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        d.deserialize_str(self.0).map(Some)
    }
}

fn read_opt<'de, D, T>(
    d: D,
    fast: fn(&str) -> Option<T>,
    expecting: &'static str,
) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr,
    T::Err: fmt::Display,
{
    d.deserialize_option(Opt(Fast {
        fast,
        expecting,
        _t: PhantomData,
    }))
}

pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    read_opt(d, fast_date, DATE)
}

pub fn opt_time<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
    read_opt(d, fast_time, TIME)
}

pub fn opt_datetime<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
    read_opt(d, fast_datetime, DATETIME)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast forms give exactly what chrono gives; everything else is chrono's.
    #[test]
    fn fast_forms_agree_with_chrono() {
        for s in ["2026-07-12", "2024-02-29", "0001-01-01", "9999-12-31"] {
            assert_eq!(fast_date(s), Some(s.parse().unwrap()), "{s}");
        }
        for s in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-7-12",
            "２０２６-07-12",
        ] {
            assert_eq!(fast_date(s), None, "{s}");
        }
        for s in ["10:00:00", "00:00:00", "23:59:59"] {
            assert_eq!(fast_time(s), Some(s.parse().unwrap()), "{s}");
        }
        for s in ["24:00:00", "10:60:00", "23:59:60", "10:00", "1:00:00"] {
            assert_eq!(fast_time(s), None, "{s}");
        }
        for s in [
            "2026-07-12T18:00:00+08:00",
            "2026-07-12T18:00:00-05:30",
            "2026-07-12T00:00:00+00:00",
            "2026-12-31T23:59:59+14:00",
        ] {
            assert_eq!(fast_datetime(s), Some(s.parse().unwrap()), "{s}");
        }
        for s in [
            "2026-07-12T18:00:00Z",
            "2026-07-12 18:00:00+08:00",
            "2026-07-12T18:00:00.5+08:00",
            "2026-07-12T18:00:00+24:00",
            "2026-07-12T18:00:00*08:00",
        ] {
            assert_eq!(fast_datetime(s), None, "{s}");
        }
    }

    #[derive(serde::Deserialize, Debug)]
    struct R {
        #[serde(deserialize_with = "datetime")]
        at: DateTime<FixedOffset>,
        #[serde(default, deserialize_with = "opt_date")]
        end: Option<NaiveDate>,
    }

    #[test]
    fn other_forms_and_errors_are_chronos() {
        let r: R = toml::from_str("at = \"2026-07-12T10:00:00Z\"\nend = \"2026-07-13\"").unwrap();
        assert_eq!(
            r.at,
            "2026-07-12T10:00:00Z"
                .parse::<DateTime<FixedOffset>>()
                .unwrap()
        );
        assert_eq!(r.end, NaiveDate::from_ymd_opt(2026, 7, 13));
        let r: R = toml::from_str("at = \"2026-07-12T10:00:00+08:00\"").unwrap();
        assert_eq!(r.end, None);
        // The cache's MessagePack: a nil optional reads as none.
        let packed = rmp_serde::to_vec_named(&serde_json::json!({
            "at": "2026-07-12T10:00:00+08:00", "end": null
        }))
        .unwrap();
        let r: R = rmp_serde::from_slice(&packed).unwrap();
        assert_eq!(r.end, None);
        let ours = toml::from_str::<R>("at = \"2026-02-30T10:00:00+08:00\"").unwrap_err();
        let chronos = "2026-02-30T10:00:00+08:00"
            .parse::<DateTime<FixedOffset>>()
            .unwrap_err();
        assert!(ours.to_string().contains(&chronos.to_string()), "{ours}");
        let wrong = toml::from_str::<R>("at = 5").unwrap_err();
        assert!(wrong.to_string().contains(DATETIME), "{wrong}");
    }
}
