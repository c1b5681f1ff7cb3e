//! `hk client merge`: two records of the same person become one.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::remove::{Yes, confirm, message};
use super::owned::{Avoiding, Owned};
use super::resolve;
use crate::domain::merge::{MergeConflict, merge_clients};

/// Merge client OTHER into client KEEP, as one commit. Asks for confirmation on a
/// terminal; without one, needs `--yes`.
///
/// OTHER's visits, follow-ups and survey responses move to KEEP; phones, categories
/// and tags are united; KEEP's empty fields are filled from OTHER (where both are set
/// and differ, KEEP's value stays and the field is named); needs and notes are
/// joined; do-not-contact holds if either had it. Staff whose do-not-send list names
/// OTHER get KEEP there instead. Then OTHER is deleted. Two
/// different ID numbers refuse the merge: clear the wrong one first.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The client who stays: id or id prefix, phone, or exact name
    pub keep: String,
    /// The duplicate, merged into KEEP and deleted
    pub other: String,
    #[command(flatten)]
    pub yes: Yes,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let mut txn = store.begin()?;
    let keep = resolve(ctx, &store, &args.keep)?;
    let other = resolve(ctx, &store, &args.other)?;
    let (k, o) = (keep.record.id.clone(), other.record.id.clone());
    let merged = merge_clients(&keep.record, &other.record).map_err(|e| {
        let err = CliError::failure(format!("cannot merge {o} into {k}: {e}; nothing was changed"));
        match e {
            MergeConflict::IdNumbers => err
                .hint(format!(
                    "compare them with `hk client show {k} --reveal` and `hk client show {o} --reveal`"
                ))
                .hint("clear the wrong one with `hk client edit ID --set id_number=`, then merge"),
            MergeConflict::Same => err.hint("name two different clients"),
        }
    })?;
    let mut client = merged.client;
    client.normalize(&store.config).map_err(|e| {
        CliError::failure(format!(
            "cannot merge {o} into {k}: the merged record breaks a rule ({e}); nothing was changed"
        ))
    })?;
    client.updated = now;
    let purpose = format!("merge client {o}");
    let owned = Owned::load(ctx, &store, &o, &purpose)?;
    let avoiding = Avoiding::load(ctx, &store, &o, Some(&k), &purpose, now)?;
    let moved = owned.ids();
    let mut plan = format!("merge client {o} into {k}");
    if !moved.is_empty() {
        plan.push_str(&format!(", moving {}", owned.summary()));
    }
    if let Some(staff) = avoiding.summary() {
        plan.push_str(&format!(
            ", put {k} in place of {o} on the do-not-send list of {staff}"
        ));
    }
    if moved.is_empty() && avoiding.summary().is_none() {
        plan.push_str(&format!(" and delete {o}"));
    } else {
        plan.push_str(&format!(", and delete {o}"));
    }
    confirm(ctx, args.yes.yes, &plan)?;
    owned.move_all(&mut txn, &k, now)?;
    txn.update(&keep, &client)?;
    avoiding.update_all(&mut txn)?;
    txn.remove(&other);
    txn.commit(&avoiding.message(message(
        &format!("client merge {k} {o}"),
        "records moved",
        &moved,
    )))?;
    ctx.forgive_unreadable();
    ctx.out.status(&format!(
        "merged client {o} into {k}: {} record(s) moved, {o} deleted",
        moved.len()
    ));
    if let Some(staff) = avoiding.summary() {
        ctx.out.status(&format!(
            "put {k} in place of {o} on the do-not-send list of {staff}"
        ));
    }
    if !merged.dropped.is_empty() {
        ctx.out.status(&format!(
            "kept {k}'s {} where {o} had a different value",
            merged.dropped.join(", ")
        ));
    }
    Ok(())
}
