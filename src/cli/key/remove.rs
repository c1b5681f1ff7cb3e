//! `hk key remove`: stop encrypting to a colleague's key.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use crate::store::RECIPIENTS_FILE;
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
    let path = store.root.join(RECIPIENTS_FILE);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| CliError::failure(format!("cannot read `{RECIPIENTS_FILE}`: {e}")))?;
    let (new, gone) = without_key(&text, &args.name).map_err(|e| {
        CliError::usage(e.to_string())
            .hint("`hk key list` shows the keys and their names")
            .hint("if a removal was interrupted, `hk key rewrap` finishes it")
    })?;
    let own = ctx.identities()?.public.clone();
    if own.contains(&gone) {
        return Err(
            CliError::failure("that is your own key: you could no longer read the store")
                .hint("ask a colleague whose key stays to remove yours"),
        );
    }
    drop(store);
    super::rewrap_to(ctx, Some(&new), "key remove")?;
    ctx.out.warn(
        "the removed key can still read every version of the records up to now in git history, and any copy already made; new versions are closed to it. Change what matters (door codes, passwords), and see docs/two-offices.md",
    );
    Ok(())
}
