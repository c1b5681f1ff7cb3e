//! DESIGN.md §4 (when a follow-up is due) and §5 (lifecycle stages), checked against
//! hand-computed tables by a second, independent reader of the contract.
//!
//! Every case is one row: the client's visits and follow-ups (or surveys), and the
//! answer worked out by hand from the DESIGN text, with the arithmetic in a comment.
//! A table runs every row and reports all wrong rows at once, so one failure never
//! hides another.
//!
//! Defaults (DESIGN §3, `Config::default()`): first follow-up 7 days after the first
//! done service for every category; then every 3 months (house-cleaning, nanny) or
//! 6 months (maternity-nurse); retry 2 days after an unanswered call. Stages: churn
//! 180 days, new 30 days, active 90 days.
//!
//! The tables are in `due_rules_timing` (§4: periodic, first and retried follow-ups,
//! config overrides), `due_rules_what_counts` (§4: several categories, which visits
//! count, clients never due) and `due_rules_stages` (§5); this file holds the small
//! constructors they share and the runner of the §4 tables.

use chrono::{DateTime, FixedOffset, NaiveDate};
use hk::domain::client::{Client, Closed};
use hk::domain::config::Config;
use hk::domain::due::{Due, Reason, client_due};
use hk::domain::followup::{Channel, Followup, Outcome};
use hk::domain::visit::{Status, Visit};

pub(crate) const HC: &str = "house-cleaning";
pub(crate) const NANNY: &str = "nanny";
pub(crate) const MN: &str = "maternity-nurse";

// ---------------------------------------------------------------------------------
// Small constructors
// ---------------------------------------------------------------------------------

pub(crate) fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

pub(crate) fn stamp() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").expect("test stamp")
}

pub(crate) fn client() -> Client {
    Client::new("c-duerules".to_string(), stamp())
}

pub(crate) fn do_not_contact_client() -> Client {
    let mut c = client();
    c.do_not_contact = true;
    c
}

pub(crate) fn closed_client() -> Client {
    let mut c = client();
    c.closed = Some(Closed {
        date: d("2026-02-01"),
        reason: "moved away".to_string(),
    });
    c
}

pub(crate) fn visit(category: &str, date: &str, end: Option<&str>, status: Status) -> Visit {
    Visit {
        conflicts: Vec::new(),
        format: 1,
        id: format!("v-{category}-{date}"),
        client: "c-duerules".to_string(),
        category: category.to_string(),
        date: d(date),
        end: end.map(d),
        time: None,
        staff: Vec::new(),
        status,
        price: None,
        payment: None,
        products: String::new(),
        issues: String::new(),
        notes: String::new(),
        series: None,
        created: stamp(),
        updated: stamp(),
    }
}

/// A one-day `done` visit.
pub(crate) fn done(category: &str, date: &str) -> Visit {
    visit(category, date, None, Status::Done)
}

/// A multi-day `done` engagement from `start` to `end`.
pub(crate) fn done_span(category: &str, start: &str, end: &str) -> Visit {
    visit(category, start, Some(end), Status::Done)
}

pub(crate) fn followup(date: &str, outcome: Outcome) -> Followup {
    Followup {
        conflicts: Vec::new(),
        format: 1,
        id: format!("f-{date}"),
        client: "c-duerules".to_string(),
        date: d(date),
        channel: Channel::Phone,
        outcome,
        visit: None,
        score: None,
        notes: String::new(),
        actions: Vec::new(),
        created: stamp(),
        updated: stamp(),
    }
}

pub(crate) fn reached(date: &str) -> Followup {
    followup(date, Outcome::Reached)
}

pub(crate) fn no_answer(date: &str) -> Followup {
    followup(date, Outcome::NoAnswer)
}

pub(crate) fn due(date: &str, reason: Reason, category: &str) -> Option<Due> {
    Some(Due {
        date: d(date),
        reason,
        category: category.to_string(),
    })
}

// ---------------------------------------------------------------------------------
// Table runners
// ---------------------------------------------------------------------------------

pub(crate) struct DueCase {
    pub(crate) name: &'static str,
    pub(crate) client: Client,
    pub(crate) visits: Vec<Visit>,
    pub(crate) followups: Vec<Followup>,
    pub(crate) want: Option<Due>,
}

pub(crate) fn case(
    name: &'static str,
    visits: Vec<Visit>,
    followups: Vec<Followup>,
    want: Option<Due>,
) -> DueCase {
    DueCase {
        name,
        client: client(),
        visits,
        followups,
        want,
    }
}

/// Runs every row, then fails once listing every wrong row. Returns the number of
/// assertions made (one per row).
pub(crate) fn check_due(config: &Config, cases: Vec<DueCase>) -> usize {
    let mut wrong = Vec::new();
    for c in &cases {
        let visits: Vec<&Visit> = c.visits.iter().collect();
        let followups: Vec<&Followup> = c.followups.iter().collect();
        let got = client_due(&c.client, &visits, &followups, config);
        if got != c.want {
            wrong.push(format!(
                "  {}:\n    want {:?}\n    got  {:?}",
                c.name, c.want, got
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} due cases wrong:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
    cases.len()
}
