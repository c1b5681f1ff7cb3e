//! `hk sync`: exchange changes with the other offices through git.

use super::Ctx;
use super::error::{CliError, CliResult};
use crate::store::moves::How;

/// Fetch the other offices' changes, merge them field by field, and push ours.
///
/// Fetches the branch's upstream and merges it (never rebases) with hk's merge
/// driver. A record deleted on one side and changed on the other is deleted. A record
/// re-dated into another month (so moved to that month's folder) is paired with the
/// other side's version by its id and merged into one file, filed by its merged date;
/// a record two files share (left by a plain `git pull`) is merged the same way. A field
/// changed differently on both sides keeps our value and is listed by `hk conflicts`;
/// the merge is committed all the same, but nothing is pushed until every conflict is
/// settled with `hk resolve` and `hk sync` runs again.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let ids = ctx.identities_for(&store)?;
    let synced = store.sync(ids, today)?;
    ctx.out.status(&crate::t!(
        "sync-cmd-merged",
        count = synced.incoming,
        upstream = &synced.upstream
    ));
    for note in &synced.broken_rules {
        ctx.out.warn(note);
    }
    for settled in &synced.filed_twice {
        ctx.out.status(&crate::t!(
            "sync-cmd-filed-twice",
            id = &settled.id,
            outcome = done(&settled.how)
        ));
    }
    for settled in &synced.moved {
        ctx.out.status(&crate::t!(
            "sync-cmd-moved",
            id = &settled.id,
            outcome = done(&settled.how)
        ));
    }
    for path in &synced.deleted {
        ctx.out
            .status(&crate::t!("sync-cmd-deleted", path = path.display()));
    }
    if !synced.conflicted.is_empty() {
        let fields: usize = synced.conflicted.iter().map(|c| c.conflicts.len()).sum();
        return Err(CliError::failure(crate::t!(
            "sync-cmd-conflicts",
            fields = fields,
            records = synced.conflicted.len(),
            ids = synced
                .conflicted
                .iter()
                .map(|c| c.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .hint(crate::t!("sync-cmd-conflicts-hint")));
    }
    ctx.out
        .status(&crate::t!("sync-cmd-pushed", count = synced.pushed));
    Ok(())
}

/// What became of a moved record, in a few words.
fn done(how: &How) -> String {
    match how {
        How::Deleted => crate::t!("sync-cmd-moved-deleted"),
        How::Merged { rel, conflicts } if conflicts.is_empty() => {
            crate::t!("sync-cmd-moved-merged", path = rel.display())
        }
        How::Merged { rel, conflicts } => crate::t!(
            "sync-cmd-moved-merged-conflicts",
            path = rel.display(),
            fields = conflicts
                .iter()
                .map(|f| format!("`{f}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
