//! `hk client export`: every client with every field, for a spreadsheet or a backup.

use super::super::Ctx;
use super::super::cells;
use super::super::error::CliResult;
use super::load_clients;
use crate::domain::client::Client;
use crate::domain::consent::{ConsentEntry, in_force};
use crate::import::client::EXPORT_COLUMNS;
use crate::output::{Cell, Column, Format, Rows};
use chrono::NaiveDate;

/// Without CLIENT: export all clients with all fields (full ID numbers included) as
/// CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import`
/// reads, so an export imports back unchanged (marketing consent: the entry in force
/// today).
///
/// With CLIENT: print everything held about that one client as JSON — the profile with
/// its consent history, and every visit, follow-up, survey, complaint and other record
/// of theirs, as stored — for a client who asks to see their data (PIPL Art. 45). This
/// is written to the audit log first (`hk audit list`).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// One client: id or id prefix, phone, or exact name
    pub client: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    if let Some(c) = &args.client {
        return super::export_one::run(c, ctx);
    }
    let store = ctx.store()?;
    let today = ctx.today()?;
    let mut clients: Vec<_> = load_clients(ctx, &store)?
        .into_iter()
        .map(|l| l.record)
        .collect();
    clients.sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
    // The entry in force today: the history itself is in `hk client export CLIENT`.
    fn consent(c: &Client, today: NaiveDate) -> Option<&ConsentEntry> {
        in_force(&c.consent, today)
    }
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
                    Cell::Bool(c.marketing_consent_on(today)),
                    Cell::text(
                        consent(c, today)
                            .and_then(|e| e.date)
                            .map(|d| d.to_string())
                            .unwrap_or_default(),
                    ),
                    Cell::text(
                        consent(c, today)
                            .map(|e| e.channel.clone())
                            .unwrap_or_default(),
                    ),
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
