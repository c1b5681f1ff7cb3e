//! What `visit add`, `visit edit` and `visit import` share about staff: naming them
//! by id (DESIGN §10 "Visits name staff by id") and the booking rules, refused with
//! ids and dates only (`domain::booking`).

use std::collections::HashMap;

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::records::load_kind;
use super::super::staff::no_match;
use crate::domain::booking::{self, Refusal};
use crate::domain::config::Config;
use crate::domain::id::Kind;
use crate::domain::staff::{Staff, match_staff};
use crate::domain::visit::Visit;
use crate::store::Store;

/// The roster, read only when the store has staff files at all.
pub fn roster(ctx: &mut Ctx, store: &Store) -> CliResult<Vec<Staff>> {
    if store.files(Kind::Staff)?.is_empty() {
        return Ok(Vec::new());
    }
    Ok(load_kind::<Staff>(ctx, store)?
        .into_iter()
        .map(|l| l.record)
        .collect())
}

/// A visit's staff entries: each `--staff` as a roster id (an id, id prefix or exact
/// name) once the store has a roster, else as typed; each `--staff-unlisted` as
/// typed. `flag` names the source in errors (`--staff`, a CSV column).
pub fn entries(
    roster: &[Staff],
    named: &[String],
    unlisted: &[String],
    flag: &str,
) -> CliResult<Vec<String>> {
    let mut out = Vec::new();
    for (i, q) in named.iter().enumerate() {
        if roster.is_empty() {
            out.push(q.clone());
            continue;
        }
        let what = if named.len() > 1 {
            format!("`{flag}` #{}", i + 1)
        } else {
            format!("`{flag}`")
        };
        let s = match_staff(roster, q)
            .map_err(|e| no_match(&what, &e).hint(crate::t!("visit-staff-unlisted-hint")))?;
        out.push(s.id.clone());
    }
    out.extend(unlisted.iter().cloned());
    Ok(out)
}

/// The other visits a booking is checked against, by staff id.
pub struct Schedule {
    by_staff: HashMap<String, Vec<Visit>>,
}

impl Schedule {
    /// Reads the visits when any of `new` names a roster member; an empty schedule
    /// otherwise (nothing to check).
    pub fn load(ctx: &mut Ctx, store: &Store, new: &[&Visit]) -> CliResult<Schedule> {
        let mut by_staff: HashMap<String, Vec<Visit>> = HashMap::new();
        if new
            .iter()
            .any(|v| v.staff.iter().any(|s| booking::is_staff_id(s)))
        {
            for v in load_kind::<Visit>(ctx, store)? {
                Schedule::index(&mut by_staff, v.record);
            }
        }
        Ok(Schedule { by_staff })
    }

    pub fn from_visits(visits: impl IntoIterator<Item = Visit>) -> Schedule {
        let mut by_staff = HashMap::new();
        for v in visits {
            Schedule::index(&mut by_staff, v);
        }
        Schedule { by_staff }
    }

    fn index(by_staff: &mut HashMap<String, Vec<Visit>>, v: Visit) {
        let ids: Vec<String> = v
            .staff
            .iter()
            .filter(|s| booking::is_staff_id(s))
            .cloned()
            .collect();
        for (i, id) in ids.iter().enumerate() {
            let list = by_staff.entry(id.clone()).or_default();
            if i + 1 == ids.len() {
                list.push(v);
                break;
            }
            list.push(v.clone());
        }
    }

    /// Adds a visit (an earlier occurrence of a series, an earlier row of a file).
    pub fn add(&mut self, v: Visit) {
        Schedule::index(&mut self.by_staff, v);
    }

    /// The booking rules for one visit.
    pub fn check(&self, v: &Visit, roster: &[Staff], config: &Config) -> Vec<Refusal> {
        let others: Vec<&Visit> = v
            .staff
            .iter()
            .filter_map(|s| self.by_staff.get(s))
            .flatten()
            .collect();
        booking::check(v, roster, &others, config)
    }
}

/// Refuses a booking that breaks the rules (unless `allow`), listing every problem.
pub fn refuse(refusals: &[impl std::fmt::Display], allow: bool) -> CliResult {
    if allow || refusals.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = refusals.iter().map(|r| format!("\n  {r}")).collect();
    Err(CliError::failure(crate::t!(
        "visit-cannot-book",
        count = refusals.len(),
        problems = lines.concat()
    ))
    .hint(crate::t!("visit-cannot-book-hint"))
    .hint(crate::t!("visit-cannot-book-hint-anyway")))
}
