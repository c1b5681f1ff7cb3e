//! `hk complaint assign`: who handles a complaint.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use crate::domain::complaint::rules;

/// Assign a complaint to the person who handles it; puts an open one in progress.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Complaint id or id prefix
    pub complaint: String,
    /// Who handles it
    pub name: String,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    if args.name.trim().is_empty() {
        return Err(CliError::usage(crate::t!("complaint-assign-name-empty"))
            .hint(crate::t!("complaint-assign-name-empty-hint")));
    }
    super::step(ctx, &args.complaint, "assign", |c, _| {
        rules::assign(c, &args.name)
    })?;
    Ok(())
}
