//! `hk report packages`: the prepaid liability and packages about to expire.

use chrono::Days;

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::package::{lead, lead_columns, left};
use super::super::records::book;
use crate::domain::money::Money;
use crate::domain::package::Amount;
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// Packages with something left (the company's prepaid liability: visits and yuan
/// still owed to clients), soonest expiry first, then those that never expire. Status
/// `expiring` marks a package that expires within 30 days, `expired` one past its
/// expiry (its balance is still owed until refunded). The last row, `total`, sums
/// the visits and yuan left.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Days ahead in which a package counts as expiring.
const EXPIRING_DAYS: u64 = 30;

pub fn run(_args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let soon = today
        .checked_add_days(Days::new(EXPIRING_DAYS))
        .unwrap_or(today);
    let book = book(ctx, &store, Kinds::clients().with_packages())?;
    let mut open: Vec<_> = book
        .packages
        .iter()
        .filter(|p| p.balance().units() > 0)
        .collect();
    open.sort_by(|a, b| {
        (a.expires.is_none(), a.expires, a.bought, &a.id).cmp(&(
            b.expires.is_none(),
            b.expires,
            b.bought,
            &b.id,
        ))
    });
    let (mut visits, mut yuan) = (0i64, Money(0));
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for p in &open {
        match p.balance() {
            Amount::Visits(n) => visits += n,
            Amount::Yuan(m) => yuan.0 += m.0,
        }
        let status = match p.expires {
            Some(_) if p.expired_on(today) => "expired",
            Some(e) if e <= soon => "expiring",
            _ => "valid",
        };
        let [v, y] = left(p);
        let mut row = lead(&book, &store.config, p);
        row.extend([
            Cell::text(p.expires.map(|d| d.to_string()).unwrap_or_default()),
            Cell::text(status),
            v,
            y,
        ]);
        rows.push(row);
    }
    rows.push(vec![
        Cell::text("total"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Int(visits),
        Cell::Money(yuan),
    ]);
    ctx.out.rows(&Rows {
        columns: [
            lead_columns(),
            vec![
                col("expires", "到期 Expires"),
                col("status", "状态 Status"),
                col("visits_left", "剩余次数 Visits left"),
                col("yuan_left", "剩余金额 Yuan left"),
            ],
        ]
        .concat(),
        rows,
    })?;
    Ok(())
}
