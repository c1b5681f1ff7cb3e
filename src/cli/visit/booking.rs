//! What `visit add`, `visit edit` and `visit import` share about staff: naming them
//! by id (DESIGN §10 "Visits name staff by id") and the booking rules, refused with
//! ids and dates only (`domain::booking`).

use std::collections::{BTreeMap, HashMap};

use chrono::{Days, NaiveDate};

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
    by_staff: HashMap<String, Booked>,
}

/// One staff member's visits by start date, and how many days past its start the
/// longest of them ends (a 26-day maternity engagement: 25). A booking is checked
/// against the visits that start near it only, not against all she ever had.
#[derive(Default)]
struct Booked {
    by_date: BTreeMap<NaiveDate, Vec<Visit>>,
    longest_days: u64,
}

impl Schedule {
    /// Reads the visits when any of `new` names a roster member; an empty schedule
    /// otherwise (nothing to check).
    pub fn load(ctx: &mut Ctx, store: &Store, new: &[&Visit]) -> CliResult<Schedule> {
        let mut by_staff: HashMap<String, Booked> = HashMap::new();
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

    fn index(by_staff: &mut HashMap<String, Booked>, v: Visit) {
        let ids: Vec<String> = v
            .staff
            .iter()
            .filter(|s| booking::is_staff_id(s))
            .cloned()
            .collect();
        for (i, id) in ids.iter().enumerate() {
            let booked = by_staff.entry(id.clone()).or_default();
            let days = (v.effective_date() - v.date).num_days();
            booked.longest_days = booked.longest_days.max(u64::try_from(days).unwrap_or(0));
            let list = booked.by_date.entry(v.date).or_default();
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
        // A visit's span (`booking::span`) ends by the day after its last date, or its
        // category's hours (24 for an unknown one) after it starts: one that starts
        // earlier than her longest visit and those hours before this one cannot reach
        // it, nor one that starts after this one ends.
        let hours = config
            .categories
            .iter()
            .map(|c| c.duration_hours())
            .fold(24, u32::max);
        let reach = u64::from(hours.div_ceil(24)) + 1;
        let to = booking::span(v, config)
            .end
            .date()
            .checked_add_days(Days::new(1))
            .unwrap_or(NaiveDate::MAX)
            .max(v.date);
        let others: Vec<&Visit> = v
            .staff
            .iter()
            .filter_map(|s| self.by_staff.get(s))
            .flat_map(|b| {
                let from = v
                    .date
                    .checked_sub_days(Days::new(b.longest_days + reach))
                    .unwrap_or(NaiveDate::MIN);
                b.by_date.range(from..=to).flat_map(|(_, vs)| vs)
            })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::due::tests::visit;
    use crate::domain::staff::tests::staff;
    use crate::domain::visit::Status;
    use chrono::NaiveTime;

    /// The schedule looks only at visits near a booking; it must refuse exactly what a
    /// check against every visit refuses: long engagements that started weeks before,
    /// visits whose hours run past midnight, several staff, cancelled ones.
    #[test]
    fn a_schedule_refuses_what_a_check_against_every_visit_refuses() {
        let mut config = Config::default();
        // A category whose visits last two and a half days, so hours reach far too.
        if let Some(c) = config.categories.iter_mut().find(|c| c.key == "nanny") {
            c.duration_hours = Some(60);
        }
        let roster = [staff("w-aaaaaaaa", "刘阿姨"), staff("w-bbbbbbbb", "陈阿姨")];
        let categories = ["house-cleaning", "nanny", "maternity-nurse", "（未知）"];
        let statuses = [Status::Scheduled, Status::Done, Status::Cancelled];
        let day0 = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let make = |i: u64| {
            let date = day0 + Days::new(i * 7 % 61);
            let mut v = visit(
                categories[(i % 4) as usize],
                "2026-11-01",
                None,
                statuses[(i % 3) as usize],
            );
            v.id = format!("v-{i:08}");
            v.date = date;
            match i % 5 {
                // Long engagements for 刘阿姨 alone: 陈阿姨's reach is her hours.
                0 if i.is_multiple_of(4) => v.end = Some(date + Days::new(i % 27)),
                1 | 2 => v.time = NaiveTime::from_hms_opt((i * 5 % 24) as u32, 30, 0),
                _ => {}
            }
            v.staff = match i % 4 {
                0 => vec!["w-aaaaaaaa".into()],
                1 => vec!["w-bbbbbbbb".into()],
                2 => vec!["w-aaaaaaaa".into(), "w-bbbbbbbb".into()],
                _ => vec!["王阿姨".into()],
            };
            v
        };
        let existing: Vec<Visit> = (0..400).map(make).collect();
        let schedule = Schedule::from_visits(existing.clone());
        let all: Vec<&Visit> = existing.iter().collect();
        let mut refused = 0;
        for i in 1000..1400 {
            let mut v = make(i);
            v.status = Status::Scheduled;
            // What the schedule checked against before it looked only near the
            // booking: each of the visit's staff members' whole lists, one after another.
            let before: Vec<&Visit> = v
                .staff
                .iter()
                .flat_map(|s| all.iter().copied().filter(move |o| o.staff.contains(s)))
                .collect();
            let mut want: Vec<String> = booking::check(&v, &roster, &before, &config)
                .iter()
                .map(ToString::to_string)
                .collect();
            let mut got: Vec<String> = schedule
                .check(&v, &roster, &config)
                .iter()
                .map(ToString::to_string)
                .collect();
            got.sort();
            want.sort();
            refused += usize::from(!want.is_empty());
            assert_eq!(got, want, "visit {i}: {v:?}");
        }
        assert!(
            refused > 50,
            "the test should refuse many bookings, refused {refused}"
        );
    }
}
