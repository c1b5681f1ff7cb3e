//! `hk survey edit`: change a survey response, or move it to the right client.

use super::super::Ctx;
use super::super::edit;
use super::super::error::CliResult;
use crate::domain::survey::Survey;

/// Change a survey response with `--set FIELD=VALUE` (repeatable); without `--set`,
/// opens $EDITOR on the decrypted TOML.
///
/// Fields: client (id, phone or exact name: moves the response to that client), date,
/// channel, visit (id or prefix of a done visit of the client started by the survey's
/// date; empty drops the link, and the response then counts for the client's latest
/// done visit), nps (0–10), each dimension of the config (`overall=4`, also
/// `scores.overall=4`; empty clears it), comment. `source_file` and `fingerprint` of
/// an imported response cannot be changed.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Survey id or id prefix
    pub survey: String,
    /// FIELD=VALUE
    #[arg(long = "set", value_name = "FIELD=VALUE")]
    pub sets: Vec<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    edit::run_linked::<Survey>(ctx, &args.survey, &args.sets, "--set overall=4")
}
