//! `hk followup edit`: change a follow-up, or move it to the right client.

use super::super::Ctx;
use super::super::edit;
use super::super::error::CliResult;
use crate::domain::followup::Followup;

/// Change a follow-up with `--set FIELD=VALUE` (repeatable); without `--set`, opens
/// $EDITOR on the decrypted TOML.
///
/// Fields: client (id, phone or exact name: moves the follow-up to that client), date,
/// channel, outcome, visit (id or prefix of one of the client's visits; empty drops
/// the link), score (1–5; empty clears it), notes, actions (`;`-separated; they
/// replace the old list). A follow-up moved to another client cannot keep a visit of
/// the old one: add `--set visit=`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Follow-up id or id prefix
    pub followup: String,
    /// FIELD=VALUE
    #[arg(long = "set", value_name = "FIELD=VALUE")]
    pub sets: Vec<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    edit::run_linked::<Followup>(ctx, &args.followup, &args.sets, "--set outcome=no-answer")
}
