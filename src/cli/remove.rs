//! What every `hk … delete` and `hk client merge` share: the confirmation (through
//! the one prompt seam: asked on a terminal, `--yes` without one), deleting a record
//! that nothing links to, and the wording of a list of ids.

use super::Ctx;
use super::error::{CliError, CliResult};
use super::records::{kind_name, resolve_id};
use crate::i18n::{IntoArg, Lang};
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
            if p.confirm(&crate::t!("records-confirm", plan = plan), false)? {
                Ok(())
            } else {
                Err(CliError::failure(crate::t!("records-not-confirmed")))
            }
        }
        None => Err(CliError::usage(crate::t!("records-needs-yes", plan = plan))
            .hint(crate::t!("records-needs-yes-hint"))),
    }
}

/// Deletes one record of a kind nothing links to (a follow-up, a survey response),
/// as one commit `KIND delete ID`.
pub fn delete_one<T: Record>(ctx: &mut Ctx, query: &str, yes: bool) -> CliResult {
    let store = ctx.store()?;
    let mut txn = store.begin()?;
    let loaded = resolve_id::<T>(ctx, &store, query)?;
    let id = loaded.record.id().to_string();
    let kind = kind_name(T::KIND);
    let (plan, done) = match loaded.record.owner().filter(|c| !c.is_empty()) {
        Some(client) => (
            crate::t!("records-delete-of", kind = &kind, id = &id, client = client),
            crate::t!(
                "records-deleted-of",
                kind = &kind,
                id = &id,
                client = client
            ),
        ),
        None => (
            crate::t!("records-delete", kind = &kind, id = &id),
            crate::t!("records-deleted", kind = &kind, id = &id),
        ),
    };
    confirm(ctx, yes, &plan)?;
    txn.remove(&loaded);
    txn.commit(&format!("{} delete {id}", T::KIND.command()))?;
    ctx.out.status(&done);
    Ok(())
}

/// `what` and up to ten ids: `2 follow-up(s): f-…, f-…` (`what` in the user's
/// language: see `records::kind_name`).
pub fn listed(what: &str, ids: &[String]) -> String {
    listed_in(crate::i18n::lang(), what, ids)
}

/// [`listed`] in `lang` (English for a commit message).
pub fn listed_in(lang: Lang, what: &str, ids: &[String]) -> String {
    const SHOWN: usize = 10;
    let shown = ids
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let mut args = vec![
        ("count", ids.len().into_arg()),
        ("what", what.into_arg()),
        ("ids", shown.into_arg()),
    ];
    if ids.len() > SHOWN {
        args.push(("more", (ids.len() - SHOWN).into_arg()));
        crate::i18n::text_in(lang, "records-listed-more", &args)
    } else {
        crate::i18n::text_in(lang, "records-listed", &args)
    }
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
