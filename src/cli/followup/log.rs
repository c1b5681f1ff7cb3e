//! `hk followup log`: record a follow-up call or message.

use super::super::Ctx;
use super::super::client::resolve;
use super::super::error::{CliError, CliResult};
use super::super::filters::{parse_flag, past_date};
use super::super::records::client_visit;
use crate::domain::action::parse_action;
use crate::domain::followup::{Channel, FORMAT, Followup, Outcome};
use crate::domain::id::Kind;
use crate::domain::survey::parse_score;

/// Log a follow-up with a client (回访记录). Prints the new id.
///
/// `reached` (the default) resets the client's follow-up clock; `no-answer` makes the
/// client due again after the retry delay.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    /// When it happened [default: today]; not after today
    #[arg(long)]
    pub date: Option<String>,
    /// phone, wechat, sms, visit or questionnaire
    #[arg(long)]
    pub channel: String,
    /// reached or no-answer
    #[arg(long, default_value = "reached")]
    pub outcome: String,
    /// The visit this follow-up is about (id or prefix)
    #[arg(long)]
    pub visit: Option<String>,
    /// Quick satisfaction score, 1–5
    #[arg(long, allow_hyphen_values = true)]
    pub score: Option<String>,
    /// What the client said
    #[arg(long)]
    pub note: Option<String>,
    /// Something to do about it, with an optional due date after `@`
    /// (`问下月是否续约@2026-12-01`); repeatable. `hk action list` tracks them
    #[arg(long = "action")]
    pub actions: Vec<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let today = now.date_naive();
    let date = past_date(args.date.as_deref(), today)?;
    let channel = Channel::parse(&args.channel).map_err(|e| CliError::bad_flag("--channel", e))?;
    let outcome = Outcome::parse(&args.outcome).map_err(|e| CliError::bad_flag("--outcome", e))?;
    let score = parse_flag("--score", args.score.as_deref(), parse_score)?;
    let actions = args
        .actions
        .iter()
        .map(|a| parse_action(a, today).map_err(|e| CliError::bad_flag("--action", e)))
        .collect::<CliResult<Vec<_>>>()?;
    let mut txn = store.begin()?;
    let client = resolve(ctx, &store, &args.client)?.record;
    let visit = client_visit(ctx, &store, args.visit.as_deref(), &client.id)?.map(|v| v.id);
    let f = Followup {
        conflicts: Vec::new(),
        format: FORMAT,
        id: store.new_id(Kind::Followup)?,
        client: client.id.clone(),
        date,
        channel,
        outcome,
        visit,
        score,
        notes: args.note.clone().unwrap_or_default(),
        actions,
        created: now,
        updated: now,
    };
    f.validate()?;
    txn.create(&f)?;
    txn.commit(&format!("followup log {} ({})", f.id, f.client))?;
    ctx.forgive_unreadable();
    ctx.out.data(&f.id)?;
    // Which client it went to, so that a mistyped prefix or a namesake shows at once.
    ctx.out.status(&crate::t!(
        "followup-logged",
        id = &f.id,
        client = &client.id,
        name = &client.name,
        channel = crate::i18n::word("channel", f.channel.key()),
        outcome = crate::i18n::word("outcome", f.outcome.key())
    ));
    Ok(())
}
