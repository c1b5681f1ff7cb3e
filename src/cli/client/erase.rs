//! `hk client erase`: the right to deletion (PIPL Art. 47).

use super::super::Ctx;
use super::super::audit;
use super::super::error::{CliError, CliResult};
use super::super::records::{kind_name, load_owned_complete};
use super::super::remove::{Yes, confirm, listed, message};
use super::owned::{Avoiding, refuse_prepaid_balance};
use super::resolve;
use crate::domain::audit::Action;
use crate::domain::id::Kind;
use crate::domain::package::Package;
use crate::domain::rights::anonymised_survey;
use crate::domain::survey::Survey;
use crate::store::{AnyRecord, Committed};

/// Erase a client at their request: the client record and every record of theirs
/// (visits, follow-ups, complaints and every other kind that names them) are deleted,
/// their survey answers become anonymous (the client, the visit and the comment
/// removed; the scores kept, so the satisfaction figures still count them), and their
/// id leaves the staff do-not-send lists — all in one commit, with an entry in the
/// audit log (which names the client by id only).
///
/// Asks for confirmation on a terminal; without one, needs `--yes`. Afterwards it
/// prints what git history still holds and the command that removes it from history.
/// A duplicate or a mistake is better deleted with `hk client delete` or merged with
/// `hk client merge`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    #[command(flatten)]
    pub yes: Yes,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let mut txn = store.begin()?;
    let client = resolve(ctx, &store, &args.client)?;
    let id = client.record.id.clone();
    let purpose = crate::t!("client-purpose-erase", id = &id);
    // Every file of every kind is read: one that cannot be could be theirs, and would
    // be left behind naming them.
    let owned = store.load_owned_any(ctx.identities_for(&store)?, &id)?;
    if let Some(first) = owned.unreadable.first() {
        return Err(CliError::failure(crate::t!(
            "client-erase-unreadable",
            purpose = &purpose,
            count = owned.unreadable.len(),
            path = first.path.display(),
            problem = first.problem.to_string()
        ))
        .hint(crate::t!("records-restore-hint")));
    }
    let packages = load_owned_complete::<Package>(ctx, &store, &id, &purpose)?;
    refuse_prepaid_balance(&packages, &purpose)?;
    let surveys = load_owned_complete::<Survey>(ctx, &store, &id, &purpose)?;
    let avoiding = Avoiding::load(ctx, &store, &id, None, &purpose, now)?;
    let deleted: Vec<&AnyRecord> = owned
        .records
        .iter()
        .filter(|r| r.kind != Kind::Survey)
        .collect();
    let mut plan = crate::t!("client-erase-plan", id = &id);
    let summary = summary(&deleted);
    if !summary.is_empty() {
        plan.push_str(&crate::t!("client-erase-plan-records", records = summary));
    }
    if !surveys.is_empty() {
        plan.push_str(&crate::t!(
            "client-erase-plan-surveys",
            count = surveys.len()
        ));
    }
    if let Some(staff) = avoiding.summary() {
        plan.push_str(&crate::t!(
            "client-erase-plan-avoided",
            id = &id,
            staff = staff
        ));
    }
    confirm(
        ctx,
        args.yes.yes,
        &crate::t!("client-erase-plan-final", plan = plan),
    )?;
    for r in &deleted {
        txn.remove_any(r);
    }
    let mut fresh = store.id_source(Kind::Survey)?;
    let mut anonymous = Vec::new();
    for s in &surveys {
        let a = anonymised_survey(&s.record, fresh.fresh()?, now);
        txn.create(&a)?;
        txn.remove(s);
        anonymous.push(a.id);
    }
    avoiding.update_all(&mut txn)?;
    txn.remove(&client);
    let entry = audit::add_to(ctx, &mut txn, Action::Erase, &id)?;
    let mut ids: Vec<String> = deleted.iter().map(|r| r.id.clone()).collect();
    ids.extend(surveys.iter().map(|s| s.record.id.clone()));
    let committed = txn.commit(&avoiding.message(message(
        &format!("client erase {id} (audit {})", entry.id),
        "records deleted or made anonymous",
        &ids,
    )))?;
    ctx.forgive_unreadable();
    ctx.out.status(&if anonymous.is_empty() {
        crate::t!(
            "client-erased",
            id = &id,
            deleted = deleted.len(),
            anonymous = anonymous.len()
        )
    } else {
        crate::t!(
            "client-erased-anonymous",
            id = &id,
            deleted = deleted.len(),
            anonymous = anonymous.len(),
            ids = anonymous.join(", ")
        )
    });
    if let Some(staff) = avoiding.summary() {
        ctx.out.status(&crate::t!(
            "client-avoided-dropped",
            id = &id,
            staff = staff
        ));
    }
    let mut paths = vec![client.rel_path.display().to_string()];
    paths.extend(deleted.iter().map(|r| r.rel_path.display().to_string()));
    paths.extend(surveys.iter().map(|s| s.rel_path.display().to_string()));
    history_note(ctx, &committed, &paths);
    Ok(())
}

/// `2 visit(s): v-…; 1 complaint(s): t-…`, by kind in `Kind::ALL` order.
fn summary(records: &[&AnyRecord]) -> String {
    Kind::ALL
        .iter()
        .filter_map(|k| {
            let ids: Vec<String> = records
                .iter()
                .filter(|r| r.kind == *k)
                .map(|r| r.id.clone())
                .collect();
            (!ids.is_empty()).then(|| listed(&kind_name(*k), &ids))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The honest part: deleting files does not take them out of git history, clones or
/// backups. Says what history still holds and how to rewrite it.
fn history_note(ctx: &Ctx, committed: &Committed, paths: &[String]) {
    if !committed.git {
        ctx.out.warn(&crate::t!("client-erase-backups-note"));
        return;
    }
    let mut command = String::from("git filter-repo --invert-paths");
    for p in paths {
        command.push_str(&format!(" \\\n    --path {p}"));
    }
    ctx.out.warn(&crate::t!(
        "client-erase-history-note",
        count = paths.len(),
        command = command
    ));
}
