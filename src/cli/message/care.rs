//! `hk message care`: care messages before a client's next expected service (关怀问候).

use chrono::Days;

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::records::book;
use super::{LogArgs, Message, finish, phone_of, template};
use crate::domain::message::template::{Placeholder, Values, date_text};
use crate::domain::message::{List, Tally, care, left_out};
use crate::query::Kinds;

/// The care text for every client whose next expected service falls within the next
/// N days and who has nothing booked in them, filled from the `care` template.
///
/// The next expected service is the client's last done visit (its end date for a
/// stay) plus the interval their `frequency` names: 每周 7 days, 每两周 14 days, 每月
/// one calendar month, 每季度 three. A client whose frequency names none is not
/// listed; neither is one with a visit scheduled from today through today + N, nor
/// one whose date has already passed. Do-not-contact and closed clients never get a
/// care message, and clients without a phone are left out; both are counted on
/// stderr. `{date}` is the next expected service, `{service}` and `{staff}` those of
/// the last visit.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many days ahead to look (today + N, inclusive)
    #[arg(long, value_name = "N")]
    pub within: u32,
    #[command(flatten)]
    pub log: LogArgs,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    args.log.channel()?;
    if today
        .checked_add_days(Days::new(u64::from(args.within)))
        .is_none()
    {
        return Err(CliError::bad_flag(
            "--within",
            crate::t!("message-within-too-large"),
        ));
    }
    let config = &store.config;
    use Placeholder::*;
    let t = template(
        config,
        "care",
        List::Care,
        &[Name, Service, Date, Staff, Company],
    )?;
    let book = book(ctx, &store, Kinds::clients().with_visits().with_staff())?;
    let mut left = Tally::default();
    let mut due = Vec::new();
    for c in &book.clients {
        let h = book.history(&c.id);
        let Some(found) = care(c, &h.visits, today, args.within) else {
            continue;
        };
        match left_out(List::Care, c, today) {
            Some(why) => left.add(why),
            None => due.push((c, found)),
        }
    }
    due.sort_by(|(a, x), (b, y)| (x.next, &a.name, &a.id).cmp(&(y.next, &b.name, &b.id)));
    let messages: Vec<Message> = due
        .into_iter()
        .map(|(c, found)| {
            let staff = book.staff_names(found.last);
            let values = Values {
                name: c.name.clone(),
                service: Some(config.category_label(&found.last.category).to_string()),
                date: Some(date_text(found.next)),
                time: None,
                staff: (!staff.is_empty()).then(|| staff.join("、")),
                company: config.company_name.clone(),
            };
            Message {
                client: c.id.clone(),
                name: c.name.clone(),
                phone: phone_of(c),
                visit: Some(found.last.id.clone()),
                date: Some(found.next),
                text: t.fill(&values),
            }
        })
        .collect();
    finish(
        ctx,
        &store,
        &messages,
        &left,
        &args.log,
        "关怀问候",
        &format!("message care --within {}", args.within),
    )
}
