//! `hk complaint similar`: resolved complaints like this one.

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::records::{load_kind, resolve_id};
use crate::domain::complaint::Complaint;
use crate::domain::complaint::similar::similar;

/// Resolved complaints of the same type or sharing words with this one, with their
/// resolutions (the knowledge base): most alike first.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Complaint id or id prefix
    pub complaint: String,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let target = resolve_id::<Complaint>(ctx, &store, &args.complaint)?.record;
    let all: Vec<Complaint> = load_kind::<Complaint>(ctx, &store)?
        .into_iter()
        .map(|l| l.record)
        .collect();
    let matches = similar(&target, &all);
    ctx.out
        .rows(&super::knowledge_rows(&store.config, &matches))?;
    Ok(())
}
