//! `hk undo`: revert hk's last commit in a git store (the work is `Store::undo_last`).

use super::Ctx;
use super::error::CliResult;

/// Undo hk's last change: in a store kept in git, puts back every file that hk's
/// newest commit changed, as one new commit (`undo <commit> (<its title>)`).
///
/// hk's commits carry a `Hk-Version:` trailer; commits made by hand, and ones made
/// before hk marked them, are never undone. It refuses, changing nothing, when a later
/// commit or an uncommitted change touched one of those files. Running `hk undo` again
/// undoes the undo.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let undone = store.undo_last()?;
    ctx.out.status(&crate::t!(
        "undo-cmd-done",
        commit = &undone.commit,
        title = &undone.title,
        count = undone.files
    ));
    Ok(())
}
