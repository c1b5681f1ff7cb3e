//! `hk report followups`: follow-ups due, made and reached, and overdue, per month or
//! per category.

use chrono::{Datelike, Months, NaiveDate};

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::filters::Period;
use super::super::records::book;
use crate::domain::followup_report::{Figures, figures};
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// Follow-up figures for a period: clients due, follow-ups made, reached and the
/// reached rate, and clients overdue at the end of the period (or today).
///
/// `--by month` (the default) gives one row per calendar month; `--by category` one
/// row per service line over the whole period. The period defaults to the last six
/// months, this one included: `--to` defaults to today, `--from` to the 1st of the
/// month five months before `--to`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub period: Period,
    /// Group rows by month or by category
    #[arg(long, value_enum, default_value_t = By::Month)]
    pub by: By,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Month,
    Category,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let month_start = |d: NaiveDate| d.with_day(1).unwrap_or(d);
    let (from, to) = args.period.dates(today)?;
    let to = to.unwrap_or(today);
    let from = from.unwrap_or_else(|| {
        month_start(to)
            .checked_sub_months(Months::new(5))
            .unwrap_or(to)
    });
    if from > to {
        return Err(CliError::usage(format!(
            "`--from` {from} is after `--to` {to}"
        )));
    }
    let book = book(ctx, &store, Kinds::DUE)?;
    let all = book.client_histories();
    let mut rows = Vec::new();
    match args.by {
        By::Month => {
            let mut start = from;
            while start <= to {
                let next = month_start(start)
                    .checked_add_months(Months::new(1))
                    .unwrap_or(NaiveDate::MAX);
                let end = next.pred_opt().unwrap_or(next).min(to);
                let f = figures(&all, start, end, today, &store.config, None);
                rows.push(row(Cell::text(start.format("%Y-%m").to_string()), &f));
                start = next;
            }
        }
        By::Category => {
            for c in &store.config.categories {
                let f = figures(&all, from, to, today, &store.config, Some(&c.key));
                rows.push(row(Cell::keyed(&c.key, &c.label), &f));
            }
        }
    }
    let first = match args.by {
        By::Month => col("month", "月份 Month"),
        By::Category => col("category", "服务 Service"),
    };
    ctx.out.rows(&Rows {
        columns: vec![
            first,
            col("due", "应回访 Due"),
            col("followups", "已回访 Follow-ups"),
            col("reached", "接通 Reached"),
            col("reached_pct", "接通率% Reached"),
            col("overdue", "逾期 Overdue"),
        ],
        rows,
    })?;
    ctx.out.status(&format!("period {from} to {to}"));
    Ok(())
}

fn row(group: Cell, f: &Figures) -> Vec<Cell> {
    vec![
        group,
        Cell::Int(f.due as i64),
        Cell::Int(f.followups as i64),
        Cell::Int(f.reached as i64),
        f.reached_pct().map(Cell::Fixed).unwrap_or(Cell::Na),
        Cell::Int(f.overdue as i64),
    ]
}
