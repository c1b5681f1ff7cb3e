//! `hk report packages`: the prepaid liability and packages about to expire.

use chrono::{Days, NaiveDate};

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::package::{lead, lead_columns, left};
use super::super::records::book;
use crate::domain::config::Config;
use crate::domain::money::Money;
use crate::domain::package::{Amount, Package};
use crate::output::{Cell, Rows, col};
use crate::query::{Book, Kinds};

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
    let book = book(ctx, &store, Kinds::clients().with_packages())?;
    let open = items(&book);
    ctx.out
        .rows(&table(&book, &store.config, today, &open, true))?;
    Ok(())
}

/// Packages with something left, soonest expiry first, then those that never expire.
pub fn items(book: &Book) -> Vec<&Package> {
    let mut open: Vec<&Package> = book
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
    open
}

/// `expired`, `expiring` (within 30 days) or `valid`.
fn status(p: &Package, today: NaiveDate) -> &'static str {
    let soon = today
        .checked_add_days(Days::new(EXPIRING_DAYS))
        .unwrap_or(today);
    match p.expires {
        Some(_) if p.expired_on(today) => "expired",
        Some(e) if e <= soon => "expiring",
        _ => "valid",
    }
}

/// Visits left at or under which a visits card is running out.
const FEW_VISITS: i64 = 2;

/// A package with something left that will soon be gone (`hk today`): it expires
/// within 30 days (or has expired with a balance), a visits card has at most two
/// visits left, or a stored-value card at most a fifth of what it held.
pub fn running_out(p: &Package, today: NaiveDate) -> bool {
    let low = match p.balance() {
        Amount::Visits(n) => n <= FEW_VISITS,
        Amount::Yuan(m) => m.0 * 5 <= p.face.units() + p.bonus.units(),
    };
    low || status(p, today) != "valid"
}

/// The rows of `open`, with a `total` row of the visits and yuan left when `total`.
pub fn table(
    book: &Book,
    config: &Config,
    today: NaiveDate,
    open: &[&Package],
    total: bool,
) -> Rows {
    let (mut visits, mut yuan) = (0i64, Money(0));
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for p in open {
        match p.balance() {
            Amount::Visits(n) => visits += n,
            Amount::Yuan(m) => yuan.0 += m.0,
        }
        let [v, y] = left(p);
        let mut row = lead(book, config, p);
        row.extend([
            Cell::text(p.expires.map(|d| d.to_string()).unwrap_or_default()),
            Cell::text(status(p, today)),
            v,
            y,
        ]);
        rows.push(row);
    }
    if total {
        let mut row = vec![Cell::text("total")];
        row.extend(std::iter::repeat_n(Cell::Empty, 6));
        row.extend([Cell::Int(visits), Cell::Money(yuan)]);
        rows.push(row);
    }
    Rows {
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
    }
}
