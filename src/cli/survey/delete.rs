//! `hk survey delete`: remove a survey response entered by mistake.

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::remove::{Yes, delete_one};
use crate::domain::survey::Survey;

/// Delete a survey response. Asks for confirmation on a terminal; without one, needs
/// `--yes`. An imported response deleted here comes back if its file is imported
/// again (the import skips only rows it still holds).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Survey id or id prefix
    pub survey: String,
    #[command(flatten)]
    pub yes: Yes,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    delete_one::<Survey>(ctx, &args.survey, args.yes.yes)
}
