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
        return Err(CliError::failure(crate::t!(
            "git-cmd-not-a-work-tree",
            path = store.root.display()
        ))
        .hint(crate::t!("git-cmd-not-a-work-tree-hint")));
    }
    let changed = store.git_setup()?;
    ctx.out.status(&if changed {
        crate::t!("git-cmd-set-up-committed")
    } else {
        crate::t!("git-cmd-set-up")
    });
    Ok(())
}
