//! `hk key remove`: stop encrypting to a colleague's key.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use crate::store::keys::without_key;

/// Remove a key from `.hk/recipients` and re-encrypt every record without it.
///
/// NAME is the name given with `hk key add` (or the key itself). The records and
/// `.hk/recipients` are committed together. What that key could read until now stays
/// readable to it: every older version in git history, and any copy or clone made.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The key's name (see `hk key list`), or the key itself
    pub name: String,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let text = super::read_recipients(&store)?;
    let (new, gone) = without_key(&text, &args.name).map_err(|e| {
        CliError::usage(e.to_string())
            .hint(crate::t!("key-cmd-list-hint"))
            .hint(crate::t!("key-cmd-finish-removal-hint"))
    })?;
    let own = ctx.identities()?.public.clone();
    if own.contains(&gone) {
        return Err(
            CliError::failure(crate::t!("key-cmd-own-key")).hint(crate::t!("key-cmd-own-key-hint"))
        );
    }
    drop(store);
    super::rewrap_to(ctx, Some(&new), "key remove")?;
    ctx.out.warn(&crate::t!("key-cmd-removed"));
    Ok(())
}
