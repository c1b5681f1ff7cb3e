//! `hk key rewrap`: re-encrypt the records to the keys in `.hk/recipients`.

use super::super::Ctx;
use super::super::error::CliResult;

/// Re-encrypt every record to the keys now in `.hk/recipients`.
///
/// `hk key add` and `hk key remove` do this themselves; run it after editing
/// `.hk/recipients` by hand. The records and `.hk/recipients` are committed together.
/// A record already encrypted to these keys is left as it is, so an interrupted
/// rewrap, run again, finishes the rest. Nothing is rewritten if any record would not
/// open with your key.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args, ctx: &mut Ctx) -> CliResult {
    super::rewrap_to(ctx, None, "key rewrap").map(|_| ())
}
