//! `hk key list`: who can read the store.

use super::super::Ctx;
use super::super::error::CliResult;
use crate::output::{Cell, Rows, col};
use crate::store::keys::listed;

/// List the public keys in `.hk/recipients`, with their names.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let text = super::read_recipients(&store)?;
    let rows = listed(&text)
        .into_iter()
        .map(|l| vec![Cell::text(l.name), Cell::text(l.key)])
        .collect();
    ctx.out.rows(&Rows {
        columns: vec![col("name", "名称 Name"), col("key", "公钥 Public key")],
        rows,
    })?;
    Ok(())
}
