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
    ctx.out.status(&format!(
        "merged {} commit(s) from {}",
        synced.incoming, synced.upstream
    ));
    for note in &synced.broken_rules {
        ctx.out.warn(note);
    }
    for settled in &synced.filed_twice {
        ctx.out.status(&format!(
            "{}: filed at two paths by an earlier merge; {}",
            settled.id,
            done(&settled.how)
        ));
    }
    for settled in &synced.moved {
        ctx.out.status(&format!(
            "{}: re-dated into another month; {}",
            settled.id,
            done(&settled.how)
        ));
    }
    for path in &synced.deleted {
        ctx.out.status(&format!(
            "{}: deleted on one side and changed on the other; deleted",
            path.display()
        ));
    }
    if !synced.conflicted.is_empty() {
        let fields: usize = synced.conflicted.iter().map(|c| c.conflicts.len()).sum();
        return Err(CliError::failure(format!(
            "{fields} field(s) of {} record(s) have conflicts ({}); nothing was pushed",
            synced.conflicted.len(),
            synced
                .conflicted
                .iter()
                .map(|c| c.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .hint("`hk conflicts` shows them; settle each with `hk resolve RECORD FIELD --ours|--theirs|--value V`, then `hk sync` again"));
    }
    ctx.out
        .status(&format!("pushed {} commit(s)", synced.pushed));
    Ok(())
}

/// What became of a moved record, in a few words.
fn done(how: &How) -> String {
    match how {
        How::Deleted => "deleted on the side that did not move it: deleted".to_string(),
        How::Merged { rel, conflicts } if conflicts.is_empty() => {
            format!("merged by its id, now `{}`", rel.display())
        }
        How::Merged { rel, conflicts } => format!(
            "merged by its id, now `{}`, with conflicts on {}",
            rel.display(),
            conflicts
                .iter()
                .map(|f| format!("`{f}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
