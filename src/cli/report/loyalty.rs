//! `hk report loyalty`: active clients, repeat rate and retention by cohort.

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::filters::Period;
use super::super::records::book;
use super::Scope;
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// Loyalty over a period, by visit start date (done visits only): the `all` row for
/// the whole period, then one row per month.
///
/// `active`: clients with a done visit in the row's span; `repeat`: those with two or
/// more, and `repeat_pct` their share. `new_clients` is the cohort: clients whose
/// first done visit ever falls in the span. `retained_3m` / `retained_6m`: of a
/// month's cohort, clients with a done visit in the third (sixth) month after it or
/// later, up to the period's end, and their share. NA where there is nothing to
/// divide by (no cohort), where a cohort is not yet 3 (6) months old at the end of the
/// period, and on the `all` row (retention is per cohort). Without `--from` the period
/// starts with the first done visit; without `--to` it ends today.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub period: Period,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let (from, to) = args.period.until_today(now.date_naive())?;
    let book = book(ctx, &store, Kinds::default().with_visits())?;
    let scope = Scope::new(&book, &store.config, now, (from, Some(to)));
    ctx.out.rows(&table(&scope))?;
    Ok(())
}

/// The report's rows (also the dashboard's repeat-rate chart); the book needs visits.
pub fn table(scope: &Scope<'_>) -> Rows {
    let book = scope.book;
    let to = scope.to.unwrap_or(scope.today());
    let from = scope
        .from
        .or_else(|| book.first_done())
        .unwrap_or(to)
        .min(to);
    let count = |n: Option<usize>| n.map_or(Cell::Na, |n| Cell::Int(n as i64));
    let pct = |x: Option<f64>| x.map_or(Cell::Na, Cell::Fixed);
    let rows = book
        .loyalty(from, to)
        .into_iter()
        .map(|r| {
            vec![
                Cell::text(r.period),
                Cell::Int(r.active as i64),
                Cell::Int(r.repeat as i64),
                pct(r.repeat_pct),
                Cell::Int(r.new_clients as i64),
                count(r.retained_3m),
                pct(r.retention_3m_pct),
                count(r.retained_6m),
                pct(r.retention_6m_pct),
            ]
        })
        .collect();
    Rows {
        columns: vec![
            col("period", "期间 Period"),
            col("active", "活跃客户 Active"),
            col("repeat", "复购客户 Repeat"),
            col("repeat_pct", "复购率% Repeat"),
            col("new_clients", "新客户 New"),
            col("retained_3m", "3月留存 Kept 3m"),
            col("retention_3m_pct", "3月留存率% 3m"),
            col("retained_6m", "6月留存 Kept 6m"),
            col("retention_6m_pct", "6月留存率% 6m"),
        ],
        rows,
    }
}
