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
        Err(FieldError::new(
            "format",
            format!("record format {found} is not supported (expected {expected})"),
        ))
    }

    /// The problem after `subject` (the field as the message names it): a predicate
    /// reads as one sentence (`` `colour` is not a field you can set ``), a statement
    /// follows a colon (`` `overall`: 6 is out of range ``).
    pub fn after(&self, subject: &str) -> String {
        const PREDICATES: [&str; 4] = ["is ", "cannot ", "must ", "has "];
        if PREDICATES.iter().any(|p| self.problem.starts_with(p)) {
            format!("{subject} {}", self.problem)
        } else {
            format!("{subject}: {}", self.problem)
        }
    }
}
