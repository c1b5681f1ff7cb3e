//! The inquiry record (咨询, DESIGN §12): a prospect's first contact — how they came,
//! what they asked about, what they need and when — and, once `hk inquiry convert`
//! links it, the client it became.
//!
//! The outcome on file is what the office decided (`open`, `lost` with a reason, or
//! `booked` set by hand); `booked` is also worked out from the visits (see
//! [`Inquiry::outcome_with`]), so it follows visits as they are added or cancelled
//! without any command having to rewrite the inquiry.

pub mod report;
pub mod settings;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::FieldError;
use super::config::Config;
use super::edit::{Editable, not_after_today, optional, split_list};
use super::limits::{self, check_len};
use super::phone::normalize_phone;
use super::visit::{Status, Visit};

pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    #[default]
    Open,
    Booked,
    Lost,
}

impl Outcome {
    pub fn parse(s: &str) -> Result<Outcome, String> {
        match s.trim().to_lowercase().as_str() {
            "open" | "跟进中" | "未成交" => Ok(Outcome::Open),
            "booked" | "成交" | "已成交" | "已预约" => Ok(Outcome::Booked),
            "lost" | "流失" | "未成" => Ok(Outcome::Lost),
            _ => Err(crate::t!("inquiry-outcome-expected")),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Outcome::Open => "open",
            Outcome::Booked => "booked",
            Outcome::Lost => "lost",
        }
    }

    fn is_open(&self) -> bool {
        *self == Outcome::Open
    }
}

/// One inquiry: the file `inquiries/<YYYY-MM of date>/<id>.toml.age`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inquiry {
    pub format: u32,
    pub id: String,
    /// The day the prospect got in touch.
    pub date: NaiveDate,
    /// A channel key from the config (`wechat`, `meituan` …).
    pub channel: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    /// The service line asked about (a category key).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Topic keys from the config (`price`, `qualification` …), each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub needs: String,
    /// What the prospect said they would spend, as said (`8000-10000/月`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub budget: String,
    /// When they want the service to start; for maternity nursing the expected birth
    /// date (预产期).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Outcome::is_open")]
    pub outcome: Outcome,
    /// Why it was lost (outcome `lost` only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// The client it became, set by `hk inquiry convert`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<String>,
    /// The day it was converted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    pub created: DateTime<FixedOffset>,
    pub updated: DateTime<FixedOffset>,
    /// Fields two offices changed differently, settled by `hk resolve` (DESIGN §13).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<super::conflict::Conflict>,
}

impl Inquiry {
    /// A new open inquiry; fill it in, then `normalize`.
    pub fn new(id: String, date: NaiveDate, channel: String, now: DateTime<FixedOffset>) -> Self {
        Inquiry {
            format: FORMAT,
            id,
            date,
            channel,
            name: String::new(),
            phone: String::new(),
            category: None,
            topics: Vec::new(),
            needs: String::new(),
            budget: String::new(),
            start: None,
            outcome: Outcome::Open,
            reason: String::new(),
            client: None,
            converted: None,
            notes: String::new(),
            created: now,
            updated: now,
            conflicts: Vec::new(),
        }
    }

    /// Checks every field and brings it to its canonical form: channel, category and
    /// topics as config keys (topics once each), the phone normalised, text bounded.
    pub fn normalize(&mut self, config: &Config, today: NaiveDate) -> Result<(), FieldError> {
        if self.format != FORMAT {
            return Err(FieldError::new(
                "format",
                crate::t!("inquiry-format-unsupported", format = self.format),
            ));
        }
        not_after_today(self.date, today)?;
        let settings = &config.inquiries;
        self.channel = settings
            .channel(&self.channel)
            .map_err(|e| FieldError::new("channel", e))?
            .key
            .clone();
        if let Some(c) = &self.category {
            let key = config
                .category(c)
                .map_err(|e| FieldError::new("category", e))?;
            self.category = Some(key.key.clone());
        }
        let mut topics: Vec<String> = Vec::new();
        for t in &self.topics {
            let key = &settings
                .topic(t)
                .map_err(|e| FieldError::new("topic", e))?
                .key;
            if !topics.contains(key) {
                topics.push(key.clone());
            }
        }
        self.topics = topics;
        self.name = self.name.trim().to_string();
        check_len("name", &self.name, limits::NAME)?;
        if self.name.chars().any(char::is_control) {
            return Err(FieldError::new("name", crate::t!("inquiry-name-one-line")));
        }
        self.phone = match self.phone.trim() {
            "" => String::new(),
            p => normalize_phone(p).map_err(|e| FieldError::new("phone", e.to_string()))?,
        };
        self.budget = self.budget.trim().to_string();
        for (field, value, max) in [
            ("budget", self.budget.as_str(), limits::SHORT),
            ("needs", &self.needs, limits::NOTES),
            ("reason", &self.reason, limits::LINE),
            ("notes", &self.notes, limits::NOTES),
        ] {
            check_len(field, value, max)?;
        }
        self.reason = self.reason.trim().to_string();
        match (self.outcome, self.reason.is_empty()) {
            (Outcome::Lost, true) => {
                return Err(FieldError::new(
                    "reason",
                    crate::t!("inquiry-reason-missing"),
                ));
            }
            (Outcome::Open | Outcome::Booked, false) => {
                return Err(FieldError::new(
                    "reason",
                    crate::t!("inquiry-reason-only-lost"),
                ));
            }
            _ => {}
        }
        match (&self.client, self.converted) {
            (Some(_), None) | (None, Some(_)) => {
                return Err(FieldError::new(
                    "client",
                    crate::t!("inquiry-client-and-converted"),
                ));
            }
            (Some(_), Some(d)) if d < self.date => {
                return Err(FieldError::new(
                    "converted",
                    crate::t!(
                        "inquiry-converted-before-date",
                        converted = d.to_string(),
                        date = self.date.to_string()
                    ),
                ));
            }
            _ => {}
        }
        Ok(())
    }

    /// The outcome as hk shows and counts it: `booked` once the inquiry is converted
    /// and its client has a visit, not cancelled, starting on or after the inquiry's
    /// date (or when the office set `booked` itself); otherwise the outcome on file.
    /// `client_visits` are the converted client's visits.
    pub fn outcome_with(&self, client_visits: &[&Visit]) -> Outcome {
        let followed = self.client.is_some()
            && client_visits.iter().any(|v| {
                Some(&v.client) == self.client.as_ref()
                    && v.status != Status::Cancelled
                    && v.date >= self.date
            });
        if followed {
            Outcome::Booked
        } else {
            self.outcome
        }
    }

    /// Days from the inquiry to its conversion, once converted.
    pub fn days_to_conversion(&self) -> Option<i64> {
        self.converted.map(|d| (d - self.date).num_days())
    }

    /// Whether a lead's wanted start date falls from `today` through `today + days`.
    pub fn starts_within(&self, today: NaiveDate, days: u32) -> bool {
        self.start
            .is_some_and(|s| s >= today && (s - today).num_days() <= i64::from(days))
    }

    /// The order inquiries are listed in: by date, then as they were entered.
    pub fn order_key(&self) -> (NaiveDate, DateTime<FixedOffset>, &str) {
        (self.date, self.created, &self.id)
    }
}

impl Editable for Inquiry {
    /// Fields: date, channel, name, phone, category (empty clears it), topics
    /// (`;`-separated, replacing the list), needs, budget, start (empty clears it),
    /// outcome, reason, notes. The client and conversion date are set by
    /// `hk inquiry convert`.
    fn set_field(&mut self, field: &str, value: &str, today: NaiveDate) -> Result<(), FieldError> {
        let v = value.trim().to_string();
        let day = |s: &str| super::date::parse_date(s, today).map_err(|e| e.to_string());
        match field {
            "date" => {
                self.date = day(&v).map_err(|e| FieldError::new(field, e))?;
            }
            "channel" => self.channel = v,
            "name" => self.name = v,
            "phone" => self.phone = v,
            "category" => self.category = optional(&v, |s| Ok(s.to_string()), field)?,
            "topic" | "topics" => self.topics = split_list(value, true),
            "needs" => self.needs = value.to_string(),
            "budget" => self.budget = v,
            "start" => self.start = optional(&v, day, field)?,
            "outcome" => {
                self.outcome = Outcome::parse(&v).map_err(|e| FieldError::new(field, e))?;
            }
            "reason" => self.reason = v,
            "notes" | "note" => self.notes = value.to_string(),
            "client" | "converted" => {
                return Err(FieldError::new(
                    field,
                    crate::t!("inquiry-set-client-by-hand"),
                ));
            }
            _ => {
                return Err(FieldError::new(
                    field,
                    crate::t!("inquiry-set-unknown-field"),
                ));
            }
        }
        Ok(())
    }

    fn check(&mut self, config: &Config, today: NaiveDate) -> Result<(), FieldError> {
        self.normalize(config, today)
    }

    super::edit::stamped!();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-22T09:30:00+08:00").unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn sample() -> Inquiry {
        let mut i = Inquiry::new("i-7k2m9q4x".into(), day("2026-11-10"), "美团".into(), now());
        i.name = " 陈静 ".into();
        i.phone = "+86 139-1234-5678".into();
        i.category = Some("月嫂服务".into());
        i.topics = vec!["价格".into(), "qualification".into(), "price".into()];
        i.start = Some(day("2027-01-15"));
        i
    }

    #[test]
    fn normalize_keeps_keys_and_each_topic_once() {
        let mut i = sample();
        i.normalize(&Config::default(), day("2026-11-22")).unwrap();
        assert_eq!(i.channel, "meituan");
        assert_eq!(i.category.as_deref(), Some("maternity-nurse"));
        assert_eq!(i.topics, ["price", "qualification"]);
        assert_eq!(i.phone, "13912345678");
        assert_eq!(i.name, "陈静");
        let text = toml::to_string(&i).unwrap();
        assert!(text.starts_with("format = 1\n"), "{text}");
        assert!(!text.contains("outcome"), "open is the default: {text}");
        assert_eq!(toml::from_str::<Inquiry>(&text).unwrap(), i);
    }

    #[test]
    fn bad_values_name_their_field() {
        let config = Config::default();
        let today = day("2026-11-22");
        let field = |f: fn(&mut Inquiry)| {
            let mut i = sample();
            f(&mut i);
            i.normalize(&config, today).unwrap_err().field
        };
        assert_eq!(field(|i| i.channel = "飞鸽".into()), "channel");
        assert_eq!(field(|i| i.topics = vec!["颜色".into()]), "topic");
        assert_eq!(field(|i| i.phone = "12345".into()), "phone");
        assert_eq!(field(|i| i.date = day("2026-11-23")), "date");
        assert_eq!(field(|i| i.outcome = Outcome::Lost), "reason");
        assert_eq!(field(|i| i.reason = "太贵".into()), "reason");
        assert_eq!(field(|i| i.converted = Some(day("2026-11-12"))), "client");
        assert_eq!(
            field(|i| {
                i.client = Some("c-7k2m9q4x".into());
                i.converted = Some(day("2026-11-01"));
            }),
            "converted"
        );
        let mut i = sample();
        assert_eq!(
            i.set_field("client", "c-1", today).unwrap_err().field,
            "client"
        );
    }

    fn visit(client: &str, date: &str, status: Status) -> Visit {
        let mut v = Visit::new(client.into(), "nanny".into(), day(date), now());
        v.status = status;
        v
    }

    #[test]
    fn booked_once_converted_and_a_visit_follows() {
        let mut i = sample();
        let before = visit("c-1", "2026-11-01", Status::Done);
        let cancelled = visit("c-1", "2026-11-20", Status::Cancelled);
        let after = visit("c-1", "2026-11-10", Status::Scheduled);
        assert_eq!(i.outcome_with(&[&after]), Outcome::Open, "not converted");
        i.client = Some("c-1".into());
        i.converted = Some(day("2026-11-12"));
        assert_eq!(i.outcome_with(&[&before, &cancelled]), Outcome::Open);
        assert_eq!(i.outcome_with(&[&before, &after]), Outcome::Booked);
        assert_eq!(i.days_to_conversion(), Some(2));
        i.outcome = Outcome::Lost;
        assert_eq!(i.outcome_with(&[&before]), Outcome::Lost);
        assert_eq!(i.outcome_with(&[&after]), Outcome::Booked, "a visit wins");
    }

    #[test]
    fn starts_within_counts_today_through_n_days() {
        let i = sample(); // starts 2027-01-15
        assert!(i.starts_within(day("2027-01-01"), 14));
        assert!(!i.starts_within(day("2027-01-01"), 13));
        assert!(i.starts_within(day("2027-01-15"), 0));
        assert!(!i.starts_within(day("2027-01-16"), 30), "passed");
    }
}
