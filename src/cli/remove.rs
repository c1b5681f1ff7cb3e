//! What every `hk … delete` and `hk client merge` share: the confirmation (through
//! the one prompt seam: asked on a terminal, `--yes` without one), deleting a record
//! that nothing links to, and the wording of a list of ids.

use super::Ctx;
use super::error::{CliError, CliResult};
use super::records::resolve_id;
use crate::store::{Loaded, Record, batch_message};

/// `--yes`, the answer given in advance, for every command that confirms.
#[derive(Debug, clap::Args)]
pub struct Yes {
    /// Go ahead without asking (needed when there is no terminal)
    #[arg(long)]
    pub yes: bool,
}

/// Asks to go ahead with `plan` (ids only, e.g. `delete visit v-7k2m9q4x`) on a
/// terminal; without one, only `--yes` lets it go ahead.
pub fn confirm(ctx: &mut Ctx, yes: bool, plan: &str) -> CliResult {
    if yes {
        return Ok(());
    }
    match ctx.prompter() {
        Some(p) => {
            if p.confirm(&format!("{plan}?"), false)? {
                Ok(())
            } else {
                Err(CliError::failure("not confirmed; nothing was changed"))
            }
        }
        None => Err(CliError::usage(format!(
            "`--yes`: {plan} needs a confirmation, and there is no terminal to ask on; nothing was changed"
        ))
        .hint("pass `--yes` to confirm")),
    }
}

/// Deletes one record of a kind nothing links to (a follow-up, a survey response),
/// as one commit `KIND delete ID`.
pub fn delete_one<T: Record>(ctx: &mut Ctx, query: &str, yes: bool) -> CliResult {
    let store = ctx.store()?;
    let mut txn = store.begin()?;
    let loaded = resolve_id::<T>(ctx, &store, query)?;
    let id = loaded.record.id().to_string();
    let of = loaded
        .record
        .owner()
        .filter(|c| !c.is_empty())
        .map(|c| format!(" of client {c}"))
        .unwrap_or_default();
    confirm(ctx, yes, &format!("delete {} {id}{of}", T::KIND))?;
    txn.remove(&loaded);
    txn.commit(&format!("{} delete {id}", T::KIND.command()))?;
    ctx.out.status(&format!("deleted {} {id}{of}", T::KIND));
    Ok(())
}

/// `what` and up to ten ids: `2 follow-up(s): f-…, f-…`.
pub fn listed(what: &str, ids: &[String]) -> String {
    const SHOWN: usize = 10;
    let mut s = format!("{} {what}(s): ", ids.len());
    s.push_str(
        &ids.iter()
            .take(SHOWN)
            .cloned()
            .collect::<Vec<_>>()
            .join(", "),
    );
    if ids.len() > SHOWN {
        s.push_str(&format!(" and {} more", ids.len() - SHOWN));
    }
    s
}

/// The commit message of a write that changed `ids` besides its own record: its
/// title, then the ids (see `batch_message`); the title alone when there are none.
pub fn message(title: &str, what: &str, ids: &[String]) -> String {
    if ids.is_empty() {
        title.to_string()
    } else {
        batch_message(title, what, ids)
    }
}

/// The ids of loaded records.
pub fn ids_of<T: Record>(records: &[Loaded<T>]) -> Vec<String> {
    records.iter().map(|l| l.record.id().to_string()).collect()
}
