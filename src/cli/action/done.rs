//! `hk action done`: mark an action item done.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::filters::past_date;
use super::super::records::resolve_id;
use crate::domain::action::parse_id;
use crate::domain::followup::Followup;

/// Mark an action item done (today, or `--date`). ID is `f-….N`, as `hk action list`
/// shows it; the follow-up part may be a unique prefix.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Action id: a follow-up id (or prefix), a dot and the item's number
    pub id: String,
    /// When it was done [default: today]; not after today
    #[arg(long)]
    pub date: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let (followup, n) = parse_id(&args.id).map_err(|e| {
        CliError::usage(format!("`{}`: {e}", args.id.trim()))
            .hint(crate::t!("action-list-shows-ids"))
    })?;
    let store = ctx.store()?;
    let now = ctx.now()?;
    let date = past_date(args.date.as_deref(), now.date_naive())?;
    let mut txn = store.begin()?;
    let loaded = resolve_id::<Followup>(ctx, &store, &followup)?;
    let mut f = loaded.record.clone();
    let id = format!("{}.{n}", f.id);
    let count = f.actions.len();
    let Some(item) = f.actions.get_mut(n - 1) else {
        return Err(CliError::failure(crate::t!(
            "action-no-such-item",
            followup = &f.id,
            count = count,
            id = &id
        ))
        .hint(crate::t!("action-list-shows-ids")));
    };
    if let Some(done) = item.done {
        return Err(CliError::failure(crate::t!(
            "action-already-done",
            id = &id,
            date = done.to_string()
        ))
        .hint(crate::t!("action-already-done-hint")));
    }
    item.done = Some(date);
    f.updated = now;
    txn.update(&loaded, &f)?;
    txn.commit(&format!("action done {id}"))?;
    ctx.out
        .status(&crate::t!("action-done", id = &id, date = date.to_string()));
    Ok(())
}
