//! `hk client export`: every client with every field, for a spreadsheet or a backup.

use super::super::Ctx;
use super::super::cells;
use super::super::error::CliResult;
use super::load_clients;
use crate::import::client::EXPORT_COLUMNS;
use crate::output::{Cell, Column, Format, Rows};

/// Export all clients with all fields (full ID numbers included) as CSV, or JSON with
/// `--format json`. The CSV columns are the ones `hk client import` reads, so an
/// export imports back unchanged.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let mut clients: Vec<_> = load_clients(ctx, &store)?
        .into_iter()
        .map(|l| l.record)
        .collect();
    clients.sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
    let opt = |n: Option<u32>| n.map(|v| Cell::Int(i64::from(v))).unwrap_or(Cell::Empty);
    let rows = Rows {
        columns: EXPORT_COLUMNS
            .iter()
            .map(|k| Column::owned(*k, *k))
            .collect(),
        rows: clients
            .iter()
            .map(|c| {
                vec![
                    Cell::text(&c.id),
                    Cell::text(&c.name),
                    Cell::List(c.phones.clone()),
                    Cell::text(&c.wechat),
                    Cell::text(&c.address),
                    Cell::text(&c.id_number),
                    Cell::List(c.categories.clone()),
                    Cell::List(c.tags.clone()),
                    Cell::text(&c.source),
                    Cell::text(&c.needs),
                    Cell::text(&c.frequency),
                    opt(c.household.size),
                    Cell::text(&c.household.pets),
                    Cell::text(&c.household.children),
                    Cell::text(&c.household.elders),
                    opt(c.household.area_sqm),
                    Cell::Bool(c.consent.marketing),
                    Cell::text(c.consent.date.map(|d| d.to_string()).unwrap_or_default()),
                    Cell::text(&c.consent.channel),
                    Cell::Bool(c.do_not_contact),
                    Cell::text(
                        c.closed
                            .as_ref()
                            .map(|cl| cl.date.to_string())
                            .unwrap_or_default(),
                    ),
                    Cell::text(
                        c.closed
                            .as_ref()
                            .map(|cl| cl.reason.clone())
                            .unwrap_or_default(),
                    ),
                    Cell::text(&c.notes),
                    cells::time(&store.config, c.created),
                ]
            })
            .collect(),
    };
    let mut out = ctx.out.clone();
    if out.format == Format::Table {
        out.format = Format::Csv;
    }
    out.rows(&rows)?;
    Ok(())
}
