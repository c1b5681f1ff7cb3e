//! `hk visit show`: one visit.

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::records::resolve_id;
use crate::domain::client::Client;
use crate::domain::staff::Staff;
use crate::domain::visit::Visit;

/// Show one visit.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Visit id or id prefix
    pub visit: String,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let v = resolve_id::<Visit>(ctx, &store, &args.visit)?.record;
    let name = store
        .load_id::<Client>(&v.client, ctx.identities_for(&store)?)
        .ok()
        .flatten()
        .map(|c| c.record.name)
        .unwrap_or_default();
    let ids = ctx.identities_for(&store)?;
    let mut shown = v.clone();
    for entry in &mut shown.staff {
        if crate::domain::booking::is_staff_id(entry)
            && let Ok(Some(s)) = store.load_id::<Staff>(entry, ids)
        {
            *entry = s.record.name;
        }
    }
    ctx.out.fields(&super::fields(&store, &shown, &name))?;
    Ok(())
}
