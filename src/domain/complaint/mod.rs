//! The complaint record (投诉, DESIGN §11): what the client complained of, how urgent
//! it is, every step taken (a timestamped log), the resolution and compensation, and
//! the client's verdict. The rules that move a complaint along and its deadlines are
//! in `rules`; the report's figures in `report`; the knowledge base in `similar`.

pub mod callback;
pub mod playbook;
pub mod policy;
pub mod report;
pub mod rules;
pub mod similar;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::FieldError;
use super::config::Config;
use super::edit::{Editable, Linked};
use super::limits::{self, check_len};
use super::money::Money;

pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Priority {
    Urgent,
    High,
    Normal,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 4] = [
        Priority::Urgent,
        Priority::High,
        Priority::Normal,
        Priority::Low,
    ];

    pub fn parse(s: &str) -> Result<Priority, String> {
        match s.trim().to_lowercase().as_str() {
            "urgent" | "紧急" => Ok(Priority::Urgent),
            "high" | "高" => Ok(Priority::High),
            "normal" | "普通" | "中" => Ok(Priority::Normal),
            "low" | "低" => Ok(Priority::Low),
            _ => Err(crate::t!("complaint-priority-expected")),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Priority::Urgent => "urgent",
            Priority::High => "high",
            Priority::Normal => "normal",
            Priority::Low => "low",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Open,
    InProgress,
    Resolved,
    Closed,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::InProgress => "in-progress",
            Status::Resolved => "resolved",
            Status::Closed => "closed",
        }
    }

    /// `open` or `in-progress`: still being handled (`--open`).
    pub fn is_open(self) -> bool {
        matches!(self, Status::Open | Status::InProgress)
    }
}

/// What a log entry records: a contact with the client (the first one is the first
/// response), an action taken, or a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    Note,
    Contact,
    Action,
}

impl EntryKind {
    pub fn key(self) -> &'static str {
        match self {
            EntryKind::Note => "note",
            EntryKind::Contact => "contact",
            EntryKind::Action => "action",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub at: DateTime<FixedOffset>,
    pub kind: EntryKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CompensationKind {
    Refund,
    Redo,
    Coupon,
    None,
}

impl CompensationKind {
    pub fn key(self) -> &'static str {
        match self {
            CompensationKind::Refund => "refund",
            CompensationKind::Redo => "redo",
            CompensationKind::Coupon => "coupon",
            CompensationKind::None => "none",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compensation {
    pub kind: CompensationKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
}

impl Compensation {
    /// `refund:200`, `redo`, `coupon:50.5`, `none`, `退款:200`: a kind and, except for
    /// `none`, an optional amount in exact yuan (never negative).
    pub fn parse(s: &str) -> Result<Compensation, String> {
        let (kind, amount) = match s.trim().split_once([':', '：']) {
            Some((k, a)) => (k.trim(), Some(a.trim())),
            None => (s.trim(), None),
        };
        let kind = match kind.to_lowercase().as_str() {
            "refund" | "退款" => CompensationKind::Refund,
            "redo" | "返工" | "重做" => CompensationKind::Redo,
            "coupon" | "优惠券" | "代金券" => CompensationKind::Coupon,
            "none" | "无" => CompensationKind::None,
            _ => {
                return Err(crate::t!("complaint-compensation-expected"));
            }
        };
        let amount = match amount {
            None => None,
            Some(a) if a.trim_start().starts_with('-') => {
                return Err(crate::t!("complaint-compensation-negative"));
            }
            Some(a) => Some(Money::parse(a)?),
        };
        if kind == CompensationKind::None && amount.is_some_and(|m| m.0 != 0) {
            return Err(crate::t!("complaint-compensation-none-amount"));
        }
        Ok(Compensation { kind, amount })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Satisfied,
    Unsatisfied,
}

impl Verdict {
    pub fn parse(s: &str) -> Result<Verdict, String> {
        match s.trim().to_lowercase().as_str() {
            "satisfied" | "满意" => Ok(Verdict::Satisfied),
            "unsatisfied" | "不满意" => Ok(Verdict::Unsatisfied),
            _ => Err(crate::t!("complaint-verdict-expected")),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Verdict::Satisfied => "satisfied",
            Verdict::Unsatisfied => "unsatisfied",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Complaint {
    pub format: u32,
    pub id: String,
    pub client: String,
    /// When the complaint came in: the deadlines run from here.
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub opened: DateTime<FixedOffset>,
    /// The complaint type's key (`damage`).
    #[serde(rename = "type")]
    pub kind: String,
    pub priority: Priority,
    pub status: Status,
    /// Marked a safety hazard (安全隐患): always urgent.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub safety: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub channel: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub assignee: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::wire::opt_datetime"
    )]
    pub resolved: Option<DateTime<FixedOffset>>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resolution: String,
    /// The root cause (根本原因), for finding which steps cause most complaints.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cause: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// The client's score of the handling, 1–5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::wire::opt_datetime"
    )]
    pub closed: Option<DateTime<FixedOffset>>,
    /// How many times it was reopened.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub reopened: u32,
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub created: DateTime<FixedOffset>,
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub updated: DateTime<FixedOffset>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compensation: Option<Compensation>,
    /// Append-only: entries are added, never changed or removed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<Entry>,
    /// Fields two offices changed differently, settled by `hk resolve` (DESIGN §13).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<crate::domain::conflict::Conflict>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Complaint {
    /// A complaint just taken in: open, with an empty log, opened at `now`.
    pub fn new(
        id: String,
        client: String,
        kind: String,
        priority: Priority,
        now: DateTime<FixedOffset>,
    ) -> Complaint {
        Complaint {
            format: FORMAT,
            id,
            client,
            opened: now,
            kind,
            priority,
            status: Status::Open,
            safety: false,
            channel: String::new(),
            visit: None,
            description: String::new(),
            assignee: String::new(),
            resolved: None,
            resolution: String::new(),
            cause: String::new(),
            verdict: None,
            score: None,
            closed: None,
            reopened: 0,
            created: now,
            updated: now,
            compensation: None,
            log: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    /// The first response: the first `contact` entry of the log.
    pub fn first_response(&self) -> Option<DateTime<FixedOffset>> {
        self.log
            .iter()
            .filter(|e| e.kind == EntryKind::Contact)
            .map(|e| e.at)
            .min()
    }

    /// Every text a user typed about it, for search and similarity.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        [
            self.description.as_str(),
            self.resolution.as_str(),
            self.cause.as_str(),
        ]
        .into_iter()
        .chain(self.log.iter().map(|e| e.text.as_str()))
    }

    /// Checks the text a user typed: each piece is bounded.
    pub fn validate(&self) -> Result<(), FieldError> {
        check_len("note", &self.description, limits::NOTES)?;
        check_len("channel", &self.channel, limits::SHORT)?;
        check_len("assignee", &self.assignee, limits::NAME)?;
        check_len("resolution", &self.resolution, limits::NOTES)?;
        check_len("cause", &self.cause, limits::NOTES)?;
        for e in &self.log {
            check_len(e.kind.key(), &e.text, limits::NOTES)?;
        }
        Ok(())
    }
}

impl Editable for Complaint {
    /// Fields: client and visit (ids; an empty visit drops the link), channel,
    /// description (or note), cause, resolution. The status, times and log change only
    /// through the complaint's own steps (`rules`).
    fn set_field(&mut self, field: &str, value: &str, _today: NaiveDate) -> Result<(), FieldError> {
        let v = value.trim().to_string();
        match field {
            "client" => self.client = v,
            "visit" => self.visit = (!v.is_empty()).then_some(v),
            "channel" => self.channel = v,
            "description" | "note" => self.description = v,
            "cause" => self.cause = v,
            "resolution" => self.resolution = v,
            _ => {
                return Err(FieldError::new(
                    field,
                    crate::t!("complaint-set-unknown-field"),
                ));
            }
        }
        Ok(())
    }

    fn check(&mut self, _config: &Config, _today: NaiveDate) -> Result<(), FieldError> {
        FieldError::check_format(self.format, FORMAT)?;
        if self.client.trim().is_empty() {
            return Err(invalid("client", crate::t!("complaint-client-empty")));
        }
        self.validate()
    }

    super::edit::stamped!();
}

/// A problem with the field `field` (named as `--set` names it, the same in every
/// language); `problem` comes from the catalogue.
fn invalid(field: &str, problem: String) -> FieldError {
    FieldError::new(field, problem)
}

impl Linked for Complaint {
    super::edit::linked_by_fields!();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compensation_is_a_kind_and_exact_yuan() {
        let c = Compensation::parse("refund:200.5").unwrap();
        assert_eq!(c.kind, CompensationKind::Refund);
        assert_eq!(c.amount, Some(Money(20050)));
        assert_eq!(Compensation::parse("redo").unwrap().amount, None);
        assert_eq!(
            Compensation::parse("退款：80").unwrap(),
            Compensation {
                kind: CompensationKind::Refund,
                amount: Some(Money(8000))
            }
        );
        assert!(
            Compensation::parse("refund:-5")
                .unwrap_err()
                .contains("negative")
        );
        assert!(Compensation::parse("refund:1.234").is_err());
        assert!(Compensation::parse("gift:5").is_err());
        assert!(Compensation::parse("none:5").is_err());
    }

    #[test]
    fn a_record_round_trips_through_toml() {
        use super::rules::tests::{complaint, t};
        let mut c = complaint("damage", Priority::High, "2026-11-20T10:00:00+08:00");
        c.description = "打碎花瓶".into();
        c.compensation = Some(Compensation::parse("refund:300").unwrap());
        super::rules::log(
            &mut c,
            EntryKind::Contact,
            "致电道歉",
            t("2026-11-20T11:00:00+08:00"),
        )
        .unwrap();
        let text = toml::to_string(&c).unwrap();
        assert!(text.contains("type = \"damage\""), "{text}");
        assert!(text.contains("amount = \"300.00\""), "{text}");
        let back: Complaint = toml::from_str(&text).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn priorities_and_verdicts_parse_in_both_languages() {
        assert_eq!(Priority::parse("紧急").unwrap(), Priority::Urgent);
        assert_eq!(Priority::parse("LOW").unwrap(), Priority::Low);
        assert!(Priority::parse("asap").is_err());
        assert_eq!(Verdict::parse("满意").unwrap(), Verdict::Satisfied);
        assert!(Verdict::parse("ok").is_err());
    }
}
