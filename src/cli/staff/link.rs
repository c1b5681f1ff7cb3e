//! `hk staff link`: old visits' free-text staff names become roster ids.

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::records::load_complete;
use crate::domain::staff::{Staff, link};
use crate::domain::visit::Visit;
use crate::store::batch_message;

/// Link visits written before the roster existed to staff records: every staff name
/// on a visit that exactly one staff member has (the exact name) becomes her id. A
/// name that several staff members share, or none, stays as it is (list them with
/// `hk visit list --staff NAME`, then `hk visit edit V --set staff=ID`). One commit.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Show how many visits would change, without writing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let txn = if args.dry_run {
        None
    } else {
        Some(store.begin()?)
    };
    let roster: Vec<Staff> = load_complete::<Staff>(
        ctx,
        &store,
        &crate::t!("staff-link-purpose"),
        &crate::t!("staff-link-could-be-staff"),
    )?
    .into_iter()
    .map(|l| l.record)
    .collect();
    let visits = load_complete::<Visit>(
        ctx,
        &store,
        &crate::t!("staff-link-purpose"),
        &crate::t!("staff-link-could-be-visit"),
    )?;
    let mut changed = Vec::new();
    for v in &visits {
        let linked = link(&v.record.staff, &roster);
        if linked != v.record.staff {
            let mut after = v.record.clone();
            after.staff = linked;
            after.updated = now;
            changed.push((v, after));
        }
    }
    let ids: Vec<String> = changed.iter().map(|(_, a)| a.id.clone()).collect();
    match txn {
        Some(mut txn) if !changed.is_empty() => {
            for (before, after) in &changed {
                txn.update(before, after)?;
            }
            txn.commit(&batch_message("staff link", "visits", &ids))?;
            ctx.forgive_unreadable();
            ctx.out.data(&ids.join("\n"))?;
            ctx.out
                .status(&crate::t!("staff-link-done", count = ids.len()));
        }
        Some(_) => ctx.out.status(&crate::t!("staff-link-nothing")),
        None => ctx
            .out
            .status(&crate::t!("staff-link-dry-run", count = ids.len())),
    }
    Ok(())
}
