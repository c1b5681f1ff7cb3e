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
    let bytes = std::fs::read(&args.file).map_err(|e| {
        CliError::failure(crate::t!(
            "cat-cannot-read",
            path = args.file.display(),
            error = &e
        ))
    })?;
    if bytes.is_empty() {
        // git hands an empty file for the missing side of an added or deleted record.
        return Ok(());
    }
    let plain = ctx.identities()?.decrypt(&bytes).map_err(|e| {
        let err = CliError::failure(crate::t!(
            "cat-cannot-decrypt",
            path = args.file.display(),
            error = e.to_string()
        ));
        if matches!(e, age::DecryptError::NoMatchingKeys) {
            err.hint_identity()
        } else {
            err
        }
    })?;
    ctx.out.data(&String::from_utf8_lossy(&plain))?;
    Ok(())
}
