//! `hk message reminders`: the day-before reminder texts (预约提醒).

use std::collections::HashSet;

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::filters::day_flag;
use super::super::records::book;
use super::{LogArgs, Message, finish, phone_of, template};
use crate::domain::message::template::{Placeholder, Values, date_text};
use crate::domain::message::{List, Tally, left_out};
use crate::domain::visit::{Status, Visit};
use crate::query::Kinds;

/// The reminder text for every visit scheduled on one day, by time, filled from the
/// `reminder` template (`[templates]` in `.hk/config.toml`).
///
/// A reminder is a service message for a visit the client booked: it goes to
/// do-not-contact clients too. A client without a phone is left out and counted on
/// stderr. A visit without a time reads `时间待定`, one without staff `待定`.
#[derive(Debug, clap::Args)]
#[group(id = "day", required = true, multiple = false)]
pub struct Args {
    /// Tomorrow's visits
    #[arg(long, group = "day")]
    pub tomorrow: bool,
    /// Visits on this date
    #[arg(long, value_name = "DATE", group = "day")]
    pub on: Option<String>,
    #[command(flatten)]
    pub log: LogArgs,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    args.log.channel()?;
    let day = match day_flag("--on", args.on.as_deref(), today)? {
        Some(d) => d,
        None => today.succ_opt().unwrap_or(today),
    };
    let config = &store.config;
    let t = template(config, "reminder", List::Reminder, &Placeholder::ALL)?;
    let book = book(ctx, &store, Kinds::clients().with_visits().with_staff())?;
    let mut visits: Vec<&Visit> = book
        .visits
        .iter()
        .filter(|v| v.status == Status::Scheduled && v.date == day)
        .collect();
    visits.sort_by_key(|v| (v.time.is_none(), v.time, book.name(&v.client), &v.id));
    let mut left = Tally::default();
    let mut counted = HashSet::new();
    let mut messages = Vec::new();
    for v in visits {
        let Some(c) = book.client(&v.client) else {
            continue;
        };
        if let Some(why) = left_out(List::Reminder, c, today) {
            if counted.insert(&c.id) {
                left.add(why);
            }
            continue;
        }
        let staff = book.staff_names(v);
        let values = Values {
            name: c.name.clone(),
            service: Some(config.category_label(&v.category).to_string()),
            date: Some(date_text(v.date)),
            time: v.time.map(|t| t.format("%H:%M").to_string()),
            staff: (!staff.is_empty()).then(|| staff.join("、")),
            company: config.company_name.clone(),
        };
        messages.push(Message {
            client: c.id.clone(),
            name: c.name.clone(),
            phone: phone_of(c),
            visit: Some(v.id.clone()),
            date: Some(v.date),
            text: t.fill(&values),
        });
    }
    finish(
        ctx,
        &store,
        &messages,
        &left,
        &args.log,
        "预约提醒",
        &format!("message reminders {day}"),
    )
}
