//! `hk report followups`: follow-ups due, made and reached, and overdue, per month or
//! per category.

use chrono::{Datelike, Months, NaiveDate};

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::filters::Period;
use super::super::records::book;
use super::Scope;
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
    let now = ctx.now()?;
    let (from, to) = args.period.dates(now.date_naive())?;
    let (from, to) = period(from, to, now.date_naive())?;
    let book = book(ctx, &store, Kinds::DUE)?;
    let scope = Scope::new(&book, &store.config, now, (Some(from), Some(to)));
    ctx.out.rows(&table(&scope, args.by)?)?;
    ctx.out.status(&crate::t!(
        "report-period",
        from = from.to_string(),
        to = to.to_string()
    ));
    Ok(())
}

/// The period a report covers: `--to` defaults to today, `--from` to the 1st of the
/// month five months before `--to`.
pub fn period(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> CliResult<(NaiveDate, NaiveDate)> {
    let to = to.unwrap_or(today);
    let from = from.unwrap_or_else(|| {
        month_start(to)
            .checked_sub_months(Months::new(5))
            .unwrap_or(to)
    });
    if from > to {
        return Err(CliError::usage(crate::t!(
            "report-from-after-to",
            from = from.to_string(),
            to = to.to_string()
        )));
    }
    Ok((from, to))
}

fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// The report's rows (also the dashboard's follow-up chart); the book needs
/// `Kinds::DUE`.
pub fn table(scope: &Scope<'_>, by: By) -> CliResult<Rows> {
    let today = scope.today();
    let (from, to) = period(scope.from, scope.to, today)?;
    let config = scope.config;
    let all = scope.book.client_histories();
    let mut rows = Vec::new();
    match by {
        By::Month => {
            let mut start = from;
            while start <= to {
                let next = month_start(start)
                    .checked_add_months(Months::new(1))
                    .unwrap_or(NaiveDate::MAX);
                let end = next.pred_opt().unwrap_or(next).min(to);
                let f = figures(&all, start, end, today, config, None);
                rows.push(row(Cell::text(crate::domain::date::month_key(start)), &f));
                start = next;
            }
        }
        By::Category => {
            for c in &config.categories {
                let f = figures(&all, from, to, today, config, Some(&c.key));
                rows.push(row(Cell::keyed(&c.key, &c.label), &f));
            }
        }
    }
    let first = match by {
        By::Month => col("month", "月份 Month"),
        By::Category => col("category", "服务 Service"),
    };
    Ok(Rows {
        columns: vec![
            first,
            col("due", "应回访 Due"),
            col("followups", "已回访 Follow-ups"),
            col("reached", "接通 Reached"),
            col("reached_pct", "接通率% Reached"),
            col("overdue", "逾期 Overdue"),
        ],
        rows,
    })
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
