//! `hk report complaints`: complaint handling figures per group (DESIGN §11).

use std::collections::BTreeMap;

use super::super::Ctx;
use super::super::cells;
use super::super::error::CliResult;
use super::super::filters::Period;
use super::super::records::book;
use super::Scope;
use crate::domain::complaint::Complaint;
use crate::domain::complaint::report::{Item, figures, retained};
use crate::domain::visit::Visit;
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// Complaint figures over the complaints opened in a period (all time without
/// `--from`/`--to`): opened, still open, overdue now (HK_NOW), first response on time
/// % (first contact at or before its deadline, over complaints with a first contact or
/// whose deadline has passed), resolved on time % (likewise), median hours to
/// resolve, reopened (every reopen), compensation total (yuan), and retained % (the
/// client had a done visit after the resolved date, over resolved complaints).
///
/// A complaint's category and staff come from its visit (a visit with two staff
/// counts for each); without one it falls in `(none)`. An empty denominator prints NA
/// (table) or nothing (CSV), never 0.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub period: Period,
    /// One row per month (opened), type, category or staff member [default: one total row]
    #[arg(long, value_enum)]
    pub by: Option<By>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Month,
    Type,
    Category,
    Staff,
}

const NONE: &str = "(none)";

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let (from, to) = args.period.dates(now.date_naive())?;
    let book = book(
        ctx,
        &store,
        Kinds::default()
            .with_visits()
            .with_complaints()
            .with_staff(),
    )?;
    let scope = Scope::new(&book, &store.config, now, (from, to));
    ctx.out.rows(&table(&scope, args.by))?;
    Ok(())
}

/// The report's rows (also the dashboard's complaint chart); the book needs visits,
/// complaints and staff.
pub fn table(scope: &Scope<'_>, by: Option<By>) -> Rows {
    let Scope {
        book,
        config,
        now,
        from,
        to,
    } = *scope;
    let opened = |c: &Complaint| config.timezone.local(c.opened).date_naive();
    let visit_of = |c: &Complaint| -> Option<&Visit> {
        c.visit
            .as_deref()
            .and_then(|v| book.visit(v))
            .filter(|v| v.client == c.client)
    };
    let mut groups: BTreeMap<String, Vec<Item<'_>>> = BTreeMap::new();
    for c in &book.complaints {
        let day = opened(c);
        if from.is_some_and(|f| day < f) || to.is_some_and(|t| day > t) {
            continue;
        }
        let item = Item {
            complaint: c,
            retained: retained(c, &book.history(&c.client).visits, &config.timezone),
        };
        let none = || vec![NONE.to_string()];
        let keys = match by {
            None => vec!["all".to_string()],
            Some(By::Month) => vec![crate::domain::date::month_key(day)],
            Some(By::Type) => vec![c.kind.clone()],
            Some(By::Category) => visit_of(c).map_or_else(none, |v| vec![v.category.clone()]),
            Some(By::Staff) => visit_of(c)
                .filter(|v| !v.staff.is_empty())
                .map_or_else(none, |v| book.staff_names(v)),
        };
        for k in keys {
            groups.entry(k).or_default().push(item);
        }
    }
    if by.is_none() && groups.is_empty() {
        groups.insert("all".into(), Vec::new());
    }
    let first = match by {
        None => col("group", "范围 Group"),
        Some(By::Month) => col("month", "月份 Month"),
        Some(By::Type) => col("type", "类型 Type"),
        Some(By::Category) => col("category", "服务 Service"),
        Some(By::Staff) => col("staff", "服务人员 Staff"),
    };
    let fixed = |x: Option<f64>| x.map_or(Cell::Na, Cell::Fixed);
    let rows = groups
        .into_iter()
        .map(|(key, items)| {
            let f = figures(&items, now, &config.complaints);
            let group = match by {
                Some(By::Type) => super::super::complaint::type_cell(config, &key),
                Some(By::Category) if key != NONE => cells::category(config, &key),
                _ => Cell::text(key),
            };
            vec![
                group,
                Cell::Int(f.opened as i64),
                Cell::Int(f.still_open as i64),
                Cell::Int(f.overdue_now as i64),
                fixed(f.first_response_on_time_pct),
                fixed(f.resolved_on_time_pct),
                fixed(f.median_hours_to_resolve),
                Cell::Int(i64::from(f.reopened)),
                Cell::Money(f.compensation),
                fixed(f.retained_pct),
            ]
        })
        .collect();
    Rows {
        columns: vec![
            first,
            col("opened", "受理 Opened"),
            col("still_open", "未结 Still open"),
            col("overdue_now", "逾期 Overdue now"),
            col(
                "first_response_on_time_pct",
                "及时响应% First response on time",
            ),
            col("resolved_on_time_pct", "及时解决% Resolved on time"),
            col(
                "median_hours_to_resolve",
                "解决时长中位数(小时) Median hours",
            ),
            col("reopened", "重开 Reopened"),
            col("compensation", "补偿合计 Compensation"),
            col("retained_pct", "留存% Retained"),
        ],
        rows,
    }
}
