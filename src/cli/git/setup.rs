//! `hk git setup`: hk's merge and diff drivers in this clone, `merge=hk` in
//! `.gitattributes`.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};

/// Set up git for a store shared by several offices.
///
/// Writes hk's merge driver (records merged field by field) and diff driver (history
/// shown decrypted) into this clone's `.git/config`, pointing at this hk binary, and
/// makes `.gitattributes` send `*.age` files to them (committed when it changes).
/// Every hk command adds the drivers to a clone that lacks them; run this after moving
/// the hk binary, or once in an older store to update `.gitattributes`.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    if !crate::store::git::is_repo_root(&store.root) {
        return Err(CliError::failure(format!(
            "`{}` is not the top of a git work tree",
            store.root.display()
        ))
        .hint(
            "make it one with `git init` and a first commit, or create stores with `hk init --git`",
        ));
    }
    let changed = store.git_setup()?;
    ctx.out.status(if changed {
        "set up hk's git drivers in this clone and committed `.gitattributes` (`git setup`); share it with `hk sync`"
    } else {
        "set up hk's git drivers in this clone; `.gitattributes` already uses them"
    });
    Ok(())
}
