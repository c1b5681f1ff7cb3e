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
        let err = CliError::failure(crate::t!(
            "client-merge-refused",
            other = &o,
            keep = &k,
            problem = e.to_string()
        ));
        match e {
            MergeConflict::IdNumbers => err
                .hint(crate::t!(
                    "client-merge-compare-hint",
                    keep = &k,
                    other = &o
                ))
                .hint(crate::t!("client-merge-clear-hint")),
            MergeConflict::Same => err.hint(crate::t!("client-merge-same-hint")),
        }
    })?;
    let mut client = merged.client;
    client.normalize(&store.config).map_err(|e| {
        CliError::failure(crate::t!(
            "client-merge-breaks-rule",
            other = &o,
            keep = &k,
            problem = e.to_string()
        ))
    })?;
    client.updated = now;
    let purpose = crate::t!("client-purpose-merge", other = &o);
    let owned = Owned::load(ctx, &store, &o, &purpose)?;
    let avoiding = Avoiding::load(ctx, &store, &o, Some(&k), &purpose, now)?;
    let moved = owned.ids();
    let mut plan = crate::t!("client-merge-plan", other = &o, keep = &k);
    if !moved.is_empty() {
        plan.push_str(&crate::t!(
            "client-merge-plan-moving",
            records = owned.summary()
        ));
    }
    if let Some(staff) = avoiding.summary() {
        plan.push_str(&crate::t!(
            "client-merge-plan-avoided",
            keep = &k,
            other = &o,
            staff = staff
        ));
    }
    if moved.is_empty() && avoiding.summary().is_none() {
        plan.push_str(&crate::t!("client-merge-plan-delete", other = &o));
    } else {
        plan.push_str(&crate::t!("client-merge-plan-and-delete", other = &o));
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
    ctx.out.status(&crate::t!(
        "client-merged",
        other = &o,
        keep = &k,
        count = moved.len()
    ));
    if let Some(staff) = avoiding.summary() {
        ctx.out.status(&crate::t!(
            "client-merged-avoided",
            keep = &k,
            other = &o,
            staff = staff
        ));
    }
    if !merged.dropped.is_empty() {
        ctx.out.status(&crate::t!(
            "client-merge-kept",
            keep = &k,
            other = &o,
            fields = merged.dropped.join(", ")
        ));
    }
    Ok(())
}
