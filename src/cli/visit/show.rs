//! `hk visit show`: one visit.

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::records::resolve_id;
use crate::domain::client::Client;
use crate::domain::id::Kind;
use crate::domain::visit::Visit;
use crate::store::EXT;

/// Show one visit.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Visit id or id prefix
    pub visit: String,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let v = resolve_id::<Visit>(ctx, &store, &args.visit)?.record;
    let rel = std::path::Path::new(Kind::Client.folder()).join(format!("{}{EXT}", v.client));
    let name = store
        .load::<Client>(&rel, ctx.identities_for(&store)?)
        .map(|c| c.record.name)
        .unwrap_or_default();
    ctx.out.fields(&super::fields(&store, &v, &name))?;
    Ok(())
}
