//! The product's records and rules: plain types and pure functions, no I/O.
//!
//! Nothing in here knows about files, age, clap or the terminal; the store and the CLI
//! build on these types and call these functions.

pub mod action;
pub mod audit;
pub mod booking;
pub mod client;
pub mod complaint;
pub mod config;
pub mod conflict;
pub mod consent;
pub mod date;
pub mod dispatch;
pub mod due;
pub mod edit;
pub mod followup;
pub mod followup_report;
pub mod id;
pub mod id_number;
pub mod inquiry;
pub mod limits;
pub mod loyalty;
pub mod merge;
pub mod message;
pub mod money;
pub mod package;
pub mod phone;
pub mod revenue;
pub mod rights;
pub mod satisfaction;
pub mod staff;
pub mod stage;
pub mod stats;
pub mod survey;
pub mod tag;
pub mod text;
pub mod visit;
pub mod wire;

/// A value a user gave that breaks a rule. `field` is the record's field name
/// (`phone`, `id_number` …); the CLI turns it into a flag or a CSV column. The
/// `problem` never repeats the value, because values are personal data. It is either a
/// statement (`6 is out of range`) or a predicate with the field as its subject (`is not a
/// field you can set`, `cannot be changed`); see `after`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.after(&self.field))]
pub struct FieldError {
    pub field: String,
    pub problem: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, problem: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            problem: problem.into(),
        }
    }

    /// Refuses a record whose `format` is not the one this hk reads and writes.
    pub fn check_format(found: u32, expected: u32) -> Result<(), FieldError> {
        if found == expected {
            return Ok(());
        }
        let field = "format";
        Err(FieldError::new(
            field,
            crate::t!("error-record-format", found = found, expected = expected),
        ))
    }

    /// The problem after `subject` (the field as the message names it): a predicate
    /// reads as one sentence (`` `colour` is not a field you can set ``,
    /// `` `colour` 不是可以设置的字段 ``), a statement follows a colon
    /// (`` `overall`: 6 is out of range ``, `` `overall`：6 超出范围 ``).
    ///
    /// Which problems are predicates is the catalogue's to say, for each language:
    /// `error-field-predicates` lists the words such a problem starts with.
    pub fn after(&self, subject: &str) -> String {
        if is_predicate(&self.problem, &crate::t!("error-field-predicates")) {
            crate::t!(
                "error-field-predicate",
                subject = subject,
                problem = &self.problem
            )
        } else {
            crate::t!(
                "error-field-statement",
                subject = subject,
                problem = &self.problem
            )
        }
    }
}

/// Whether `problem` starts with one of `starts` (`|`-separated): an English word
/// only as a whole word (`is` but not `isolated`), a Chinese one as it stands.
fn is_predicate(problem: &str, starts: &str) -> bool {
    starts.split('|').map(str::trim).any(|start| {
        let Some(rest) = problem.strip_prefix(start) else {
            return false;
        };
        !start.is_empty() && (!start.is_ascii() || rest.starts_with(|c: char| c.is_whitespace()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_predicate_follows_its_subject_in_either_language() {
        let en = "is |cannot|must|has";
        assert!(is_predicate("is not a field you can set", en));
        assert!(is_predicate("cannot be changed", en));
        assert!(!is_predicate("isolated", en));
        assert!(!is_predicate("6 is out of range", en));
        let zh = "不|必须|已";
        assert!(is_predicate("不是可以设置的字段", zh));
        assert!(!is_predicate("6 超出范围", zh));
    }
}
