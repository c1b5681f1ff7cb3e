//! `hk followup delete`: remove a follow-up logged by mistake.

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::remove::{Yes, delete_one};
use crate::domain::followup::Followup;

/// Delete a follow-up (the client's due date is worked out again from the rest).
/// Asks for confirmation on a terminal; without one, needs `--yes`. To move a call
/// logged on the wrong client instead, use `hk followup edit ID --set client=…`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Follow-up id or id prefix
    pub followup: String,
    #[command(flatten)]
    pub yes: Yes,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    delete_one::<Followup>(ctx, &args.followup, args.yes.yes)
}
