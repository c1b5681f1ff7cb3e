//! `hk message campaign`: a marketing text to the clients who agreed to receive one.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::records::book;
use super::{LogArgs, Message, finish, phone_of, template};
use crate::domain::message::template::{Placeholder, Values, date_text};
use crate::domain::message::{List, Tally, left_out};
use crate::query::Kinds;

/// A campaign text (营销短信) for every client whose marketing consent is yes today,
/// filled from a campaign template: any key of `[templates]` in `.hk/config.toml`
/// other than `reminder` and `care`.
///
/// Left out, and counted on stderr: clients without marketing consent, do-not-contact
/// and closed clients, and clients without a phone. `{service}` is the client's
/// services, `{date}` today; `{time}` and `{staff}` have no value in a campaign.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The template's key under `[templates]`
    #[arg(long, value_name = "NAME")]
    pub template: String,
    #[command(flatten)]
    pub log: LogArgs,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    args.log.channel()?;
    let name = args.template.trim();
    if matches!(name, "reminder" | "care") {
        return Err(CliError::bad_flag(
            "--template",
            crate::t!(
                "message-not-campaign-template",
                name = name,
                command = if name == "care" { "care" } else { "reminders" }
            ),
        ));
    }
    let config = &store.config;
    use Placeholder::*;
    let t = template(
        config,
        name,
        List::Campaign,
        &[Name, Service, Date, Company],
    )?;
    let book = book(ctx, &store, Kinds::clients())?;
    let mut clients: Vec<_> = book.clients.iter().collect();
    clients.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    let mut left = Tally::default();
    let mut messages = Vec::new();
    for c in clients {
        if let Some(why) = left_out(List::Campaign, c, today) {
            left.add(why);
            continue;
        }
        let services: Vec<&str> = c
            .categories
            .iter()
            .map(|k| config.category_label(k))
            .collect();
        let values = Values {
            name: c.name.clone(),
            service: (!services.is_empty()).then(|| services.join("、")),
            date: Some(date_text(today)),
            time: None,
            staff: None,
            company: config.company_name.clone(),
        };
        messages.push(Message {
            client: c.id.clone(),
            name: c.name.clone(),
            phone: phone_of(c),
            visit: None,
            date: None,
            text: t.fill(&values),
        });
    }
    finish(
        ctx,
        &store,
        &messages,
        &left,
        &args.log,
        &format!("营销活动 {name}"),
        &format!("message campaign {name}"),
    )
}
