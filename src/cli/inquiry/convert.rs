//! `hk inquiry convert`: the inquiry becomes a client.

use super::super::Ctx;
use super::super::client::{check_contact, resolve};
use super::super::error::{CliError, CliResult};
use super::super::filters::past_date;
use super::super::records::resolve_id;
use crate::domain::client::{Client, ContactProblem};
use crate::domain::id::Kind;
use crate::domain::inquiry::Inquiry;

/// Convert an inquiry into a client (转为客户). Prints the client's id.
///
/// With `--client C` the inquiry is linked to that existing client (whose record is
/// not changed). Without it a new client is made from the inquiry: its name and phone
/// (or `--name`/`--phone`), the service asked about, the needs, and the channel as
/// the lead source. Either way the inquiry keeps the client and the conversion date
/// (`--date`, default today), in one commit.
///
/// The outcome becomes `booked` as soon as the client has a visit (scheduled, done or
/// no-show, not cancelled) starting on or after the inquiry's date: hk works this out
/// whenever it lists or counts inquiries, so a visit booked later counts too.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Inquiry id or id prefix
    pub inquiry: String,
    /// An existing client (id or id prefix, phone, or exact name) instead of a new one
    #[arg(long, conflicts_with_all = ["name", "phone", "address", "allow_duplicate"])]
    pub client: Option<String>,
    /// The day it was converted [default: today]; not before the inquiry, not after today
    #[arg(long)]
    pub date: Option<String>,
    /// The new client's name, when the inquiry has none (or to correct it)
    #[arg(long)]
    pub name: Option<String>,
    /// The new client's phone, when the inquiry has none (or to correct it)
    #[arg(long)]
    pub phone: Option<String>,
    /// The new client's address
    #[arg(long)]
    pub address: Option<String>,
    /// Make the new client even if a client with the same phone exists
    #[arg(long)]
    pub allow_duplicate: bool,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let today = now.date_naive();
    let date = past_date(args.date.as_deref(), today)?;
    let mut txn = store.begin()?;
    let loaded = resolve_id::<Inquiry>(ctx, &store, &args.inquiry)?;
    let mut i = loaded.record.clone();
    if let (Some(c), Some(d)) = (&i.client, i.converted) {
        return Err(CliError::failure(crate::t!(
            "inquiry-already-converted",
            id = &i.id,
            client = c,
            date = d.to_string()
        ))
        .hint(crate::t!("inquiry-hint-show-client", client = c)));
    }
    if date < i.date {
        return Err(CliError::bad_flag(
            "--date",
            crate::t!(
                "inquiry-convert-date-before",
                date = date.to_string(),
                inquiry_date = i.date.to_string()
            ),
        ));
    }
    let (client_id, new) = match &args.client {
        Some(q) => (resolve(ctx, &store, q)?.record.id, false),
        None => {
            let mut c = new_client(&i, &args, now, &store.config)?;
            if let Some(problem) = check_contact(ctx, &store, None, &c, args.allow_duplicate)? {
                return Err(refuse(&i.id, problem));
            }
            c.id = store.new_id(Kind::Client)?;
            txn.create(&c)?;
            (c.id, true)
        }
    };
    i.client = Some(client_id.clone());
    i.converted = Some(date);
    i.updated = now;
    i.normalize(&store.config, today)?;
    txn.update(&loaded, &i)?;
    txn.commit(&format!("inquiry convert {} {client_id}", i.id))?;
    ctx.forgive_unreadable();
    ctx.out.data(&client_id)?;
    ctx.out.status(&if new {
        crate::t!("inquiry-converted-new", id = &i.id, client = &client_id)
    } else {
        crate::t!(
            "inquiry-converted-existing",
            id = &i.id,
            client = &client_id
        )
    });
    Ok(())
}

/// The client an inquiry becomes: its contact, service and needs; the channel as the
/// lead source.
fn new_client(
    i: &Inquiry,
    args: &Args,
    now: chrono::DateTime<chrono::FixedOffset>,
    config: &crate::domain::config::Config,
) -> CliResult<Client> {
    let mut c = Client::new(String::new(), now);
    c.name = args.name.clone().unwrap_or_else(|| i.name.clone());
    if c.name.trim().is_empty() {
        return Err(
            CliError::usage(crate::t!("inquiry-convert-no-name", id = &i.id))
                .hint(crate::t!("inquiry-hint-convert-name")),
        );
    }
    let phone = args.phone.clone().unwrap_or_else(|| i.phone.clone());
    if !phone.trim().is_empty() {
        c.phones = vec![phone];
    }
    c.address = args.address.clone().unwrap_or_default();
    c.categories = i.category.iter().cloned().collect();
    c.needs = i.needs.clone();
    c.source = config.inquiries.channel_label(&i.channel).to_string();
    c.normalize(config)?;
    Ok(c)
}

fn refuse(inquiry: &str, problem: ContactProblem) -> CliError {
    let mut err = CliError::failure(crate::t!(
        "inquiry-convert-refused",
        problem = problem.to_string()
    ));
    err.hints = match &problem {
        ContactProblem::Unreachable => vec![crate::t!("inquiry-hint-convert-phone")],
        ContactProblem::PhoneTaken { owner } => vec![
            crate::t!(
                "inquiry-hint-convert-link",
                inquiry = inquiry,
                owner = owner
            ),
            crate::t!("inquiry-hint-convert-allow-duplicate"),
        ],
    };
    err
}
