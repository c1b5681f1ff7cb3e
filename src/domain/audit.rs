//! The audit log (DESIGN §12): who revealed, exported or erased a person's data, and
//! when. One record per event, `audit/<YYYY-MM>/<id>.toml.age`, encrypted like every
//! record. An entry names the person by id only — never a name, phone or ID number —
//! so it can outlive an erasure as the proof that it happened.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

pub const FORMAT: u32 = 1;

/// What was done with the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// A full ID number shown (`--reveal`).
    Reveal,
    /// Everything held about a client printed (`hk client export CLIENT`).
    Export,
    /// A client and their records deleted (`hk client erase`).
    Erase,
}

impl Action {
    pub fn key(self) -> &'static str {
        match self {
            Action::Reveal => "reveal",
            Action::Export => "export",
            Action::Erase => "erase",
        }
    }

    pub fn parse(s: &str) -> Result<Action, String> {
        match s.trim().to_lowercase().as_str() {
            "reveal" => Ok(Action::Reveal),
            "export" => Ok(Action::Export),
            "erase" => Ok(Action::Erase),
            _ => Err(crate::t!("audit-action-expected")),
        }
    }
}

/// One audited event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Audit {
    pub format: u32,
    pub id: String,
    /// When it happened.
    pub at: DateTime<FixedOffset>,
    /// Who: the public key of the identity the command ran with (`hk key public`).
    pub who: String,
    pub action: Action,
    /// Whose data: a client id (`c-…`), or a staff id (`w-…`) for `staff show --reveal`.
    pub subject: String,
    pub created: DateTime<FixedOffset>,
    pub updated: DateTime<FixedOffset>,
    /// Fields two offices changed differently, settled by `hk resolve` (DESIGN §13).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<super::conflict::Conflict>,
}

impl Audit {
    pub fn new(
        id: String,
        now: DateTime<FixedOffset>,
        who: &str,
        action: Action,
        subject: &str,
    ) -> Audit {
        Audit {
            format: FORMAT,
            id,
            at: now,
            who: if who.is_empty() {
                "unknown".into()
            } else {
                who.into()
            },
            action,
            subject: subject.into(),
            created: now,
            updated: now,
            conflicts: Vec::new(),
        }
    }

    /// Whether the entry is about `id` or an id starting with it (`c-7k2`).
    pub fn is_about(&self, id: &str) -> bool {
        let id = id.trim().to_lowercase();
        !id.is_empty() && self.subject.starts_with(&id)
    }
}

/// An audit entry is never edited: `--set` is refused, and the whole-record check (a
/// merge of two offices' versions, `hk resolve`) only knows its format.
impl super::edit::Editable for Audit {
    fn set_field(
        &mut self,
        field: &str,
        _value: &str,
        _today: chrono::NaiveDate,
    ) -> Result<(), super::FieldError> {
        Err(super::FieldError::new(
            field,
            crate::t!("audit-set-refused"),
        ))
    }

    fn check(
        &mut self,
        _config: &super::config::Config,
        _today: chrono::NaiveDate,
    ) -> Result<(), super::FieldError> {
        super::FieldError::check_format(self.format, FORMAT)
    }

    super::edit::stamped!();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_round_trips_and_matches_by_id_prefix() {
        let now = DateTime::parse_from_rfc3339("2026-11-22T09:30:00+08:00").unwrap();
        let a = Audit::new(
            "a-7k2m9q4x".into(),
            now,
            "age1xyz",
            Action::Erase,
            "c-7k2m9q4x",
        );
        let text = toml::to_string(&a).unwrap();
        assert!(text.contains("action = \"erase\""), "{text}");
        assert_eq!(toml::from_str::<Audit>(&text).unwrap(), a);
        assert!(a.is_about("c-7k2"));
        assert!(a.is_about("C-7K2M9Q4X"));
        assert!(!a.is_about("c-8"));
        assert!(!a.is_about(""));
        assert_eq!(Action::parse("Export"), Ok(Action::Export));
        assert!(Action::parse("read").is_err());
    }
}
