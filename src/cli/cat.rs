//! `hk cat`: print one record decrypted; git uses it to diff records (textconv).

use std::path::PathBuf;

use super::Ctx;
use super::error::{CliError, CliResult};

/// Print one record file decrypted (TOML) to stdout.
///
/// Needs no store, only your identity, so that `git diff` and `git log -p` can call it
/// on the temporary files git hands to a diff driver.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The `.toml.age` file
    pub file: PathBuf,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let bytes = std::fs::read(&args.file)
        .map_err(|e| CliError::failure(format!("cannot read `{}`: {e}", args.file.display())))?;
    if bytes.is_empty() {
        // git hands an empty file for the missing side of an added or deleted record.
        return Ok(());
    }
    let plain = ctx.identities()?.decrypt(&bytes).map_err(|e| {
        let err = CliError::failure(format!("cannot decrypt `{}`: {e}", args.file.display()));
        if matches!(e, age::DecryptError::NoMatchingKeys) {
            err.hint_identity()
        } else {
            err
        }
    })?;
    ctx.out.data(&String::from_utf8_lossy(&plain))?;
    Ok(())
}
