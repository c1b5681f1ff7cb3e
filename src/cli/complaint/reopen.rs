//! `hk complaint reopen`: a resolved or closed complaint is open again.

use super::super::Ctx;
use super::super::error::CliResult;
use crate::domain::complaint::rules;

/// Reopen a resolved or closed complaint. It keeps its original deadlines (so it is
/// usually overdue at once), the earlier resolution stays in its log, and the report
/// counts the reopen.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Complaint id or id prefix
    pub complaint: String,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    super::step(ctx, &args.complaint, "reopen", rules::reopen)?;
    Ok(())
}
