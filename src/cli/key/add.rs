//! `hk key add`: let a colleague read the store.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use crate::store::keys::{parse_recipient, with_key};

/// Add a colleague's public key and re-encrypt every record so it opens with it.
///
/// KEY is their `hk key public` (age1…) or an ssh public key (ssh-ed25519 …). The key
/// and its name go into `.hk/recipients`, committed with the re-encrypted records as
/// one commit. Interrupted, run the same command again: it finishes.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The public key (age1… or ssh-ed25519 …)
    pub key: String,
    /// A name for it, kept as a comment in `.hk/recipients` (e.g. the colleague's)
    #[arg(long, value_name = "NAME")]
    pub name: String,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let key = args.key.trim();
    parse_recipient(key)
        .map_err(|e| CliError::usage(crate::t!("key-cmd-bad-key", problem = e.to_string())))?;
    let store = ctx.store()?;
    let text = super::read_recipients(&store)?;
    let new = with_key(&text, key, args.name.trim())
        .map_err(|e| CliError::usage(e.to_string()).hint(crate::t!("key-cmd-list-hint")))?;
    drop(store);
    super::rewrap_to(ctx, Some(&new), "key add")?;
    ctx.out
        .status(&crate::t!("key-cmd-added", name = args.name.trim()));
    Ok(())
}
