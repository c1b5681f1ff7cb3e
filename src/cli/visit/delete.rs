//! `hk visit delete`: remove a visit entered by mistake.

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::records::{load_complete, resolve_id};
use super::super::remove::{Yes, confirm, ids_of, listed, message};
use crate::domain::complaint::Complaint;
use crate::domain::edit::Linked;
use crate::domain::followup::Followup;
use crate::domain::survey::Survey;
use crate::domain::visit::Visit;
use crate::store::{Loaded, Record, Txn};

/// Delete a visit. Asks for confirmation on a terminal; without one, needs `--yes`.
///
/// Follow-ups, survey responses and complaints that name the visit keep what the client said:
/// their link to it is dropped in the same commit (a survey then counts for the
/// client's latest done visit, as one entered without `--visit` does). They are named
/// before you confirm. The client's categories stay as they are; change them with
/// `hk client untag CLIENT --category C`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Visit id or id prefix
    pub visit: String,
    #[command(flatten)]
    pub yes: Yes,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let mut txn = store.begin()?;
    let visit = resolve_id::<Visit>(ctx, &store, &args.visit)?;
    let id = visit.record.id.clone();
    let purpose = crate::t!("visit-purpose-delete", id = &id);
    // What an unreadable follow-up or survey might be, when a visit is deleted.
    let linker = crate::t!("visit-could-be-linker");
    let followups = linking::<Followup>(load_complete(ctx, &store, &purpose, &linker)?, &id);
    let surveys = linking::<Survey>(load_complete(ctx, &store, &purpose, &linker)?, &id);
    let complaints = linking::<Complaint>(load_complete(ctx, &store, &purpose, &linker)?, &id);
    let mut plan = crate::t!("visit-delete-plan", id = &id, client = &visit.record.client);
    let mut linked: Vec<String> = Vec::new();
    for (what, ids) in [
        (crate::t!("visit-kind-followup"), ids_of(&followups)),
        (crate::t!("visit-kind-survey"), ids_of(&surveys)),
        (crate::t!("visit-kind-complaint"), ids_of(&complaints)),
    ] {
        if !ids.is_empty() {
            plan.push_str(&crate::t!(
                "visit-delete-plan-unlink",
                records = listed(&what, &ids)
            ));
            linked.extend(ids);
        }
    }
    confirm(ctx, args.yes.yes, &plan)?;
    unlink(&mut txn, &followups, now)?;
    unlink(&mut txn, &surveys, now)?;
    unlink(&mut txn, &complaints, now)?;
    txn.remove(&visit);
    txn.commit(&message(
        &format!("visit delete {id}"),
        "links dropped",
        &linked,
    ))?;
    ctx.out.status(&crate::t!("visit-deleted", id = &id));
    if !linked.is_empty() {
        ctx.out.status(&crate::t!(
            "visit-deleted-unlinked",
            ids = linked.join(", ")
        ));
    }
    Ok(())
}

fn linking<T: Linked>(all: Vec<Loaded<T>>, visit: &str) -> Vec<Loaded<T>> {
    all.into_iter()
        .filter(|l| l.record.visit_id() == Some(visit))
        .collect()
}

fn unlink<T: Record + Linked>(
    txn: &mut Txn<'_>,
    records: &[Loaded<T>],
    now: chrono::DateTime<chrono::FixedOffset>,
) -> CliResult {
    for l in records {
        let mut r = l.record.clone();
        r.drop_visit();
        r.touch(now);
        txn.update(l, &r)?;
    }
    Ok(())
}
