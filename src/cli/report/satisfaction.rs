//! `hk report satisfaction`: responses, mean scores, CSAT and NPS per group (DESIGN §6).

use chrono::Datelike;

use super::super::Ctx;
use super::super::cells;
use super::super::error::{CliError, CliResult};
use super::super::filters::Period;
use super::super::records::book;
use super::Scope;
use crate::domain::satisfaction::{figures, group};
use crate::domain::survey::Survey;
use crate::domain::visit::Visit;
use crate::output::{Cell, Column, Rows, col};
use crate::query::Kinds;

/// Satisfaction figures over the survey responses of a period: responses, the mean of
/// each dimension over the responses that answered it, csat_pct (share of overall
/// 4–5), nps (promoters 9–10 minus detractors 0–6, per 100 answers), and the counts.
///
/// A response's category and staff come from its visit (given, or the client's latest
/// done visit started by the survey date); a visit with two staff counts for each;
/// without a visit it falls in `(none)`. An empty denominator prints NA (table) or
/// nothing (CSV), never 0. Without `--from` the period starts with the first response;
/// without `--to` it ends today.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub period: Period,
    /// One row per month, quarter, category, staff member or channel [default: one total row]
    #[arg(long, value_enum)]
    pub by: Option<By>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Month,
    Quarter,
    Category,
    Staff,
    Channel,
}

/// The group of responses without a visit (for `--by category` and `--by staff`).
const NONE: &str = "(none)";

/// A group's key while the responses are sorted into groups: months and quarters as
/// numbers, made text once per group rather than once per response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Key<'a> {
    Month(i32, u32),
    Quarter(i32, u32),
    Text(&'a str),
}

impl Key<'_> {
    fn text(self) -> String {
        match self {
            Key::Month(y, m) => format!("{y:04}-{m:02}"),
            Key::Quarter(y, q) => format!("{y}-Q{q}"),
            Key::Text(t) => t.to_string(),
        }
    }
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let (from, to) = args.period.dates(now.date_naive())?;
    // Visits are read only when the grouping needs them.
    let needs_visits = matches!(args.by, Some(By::Category | By::Staff));
    let kinds = Kinds::default().with_surveys();
    let book = book(
        ctx,
        &store,
        if needs_visits {
            kinds.with_visits().with_staff()
        } else {
            kinds
        },
    )?;
    let scope = Scope::new(&book, &store.config, now, (from, to));
    ctx.out.rows(&table(&scope, args.by)?)?;
    Ok(())
}

/// The report's rows (also the dashboard's satisfaction charts). Grouping by category
/// or staff needs the book's visits and staff.
pub fn table(scope: &Scope<'_>, by: Option<By>) -> CliResult<Rows> {
    let Scope {
        book, config, from, ..
    } = *scope;
    let today = scope.today();
    let to = scope.to.unwrap_or(today);
    if let Some(f) = from
        && f > to
    {
        return Err(CliError::usage(crate::t!(
            "report-from-after-to-today",
            from = f.to_string(),
            to = to.to_string()
        )));
    }
    let in_period: Vec<&Survey> = book
        .surveys
        .iter()
        .filter(|s| from.is_none_or(|f| s.date >= f) && s.date <= to)
        .collect();
    let visit_of = |s: &Survey| -> Option<&Visit> { book.survey_visit(s) };
    let none = || vec![Key::Text(NONE)];
    let groups = group(&in_period, |s| match by {
        None => vec![Key::Text("all")],
        Some(By::Month) => vec![Key::Month(s.date.year(), s.date.month())],
        Some(By::Quarter) => vec![Key::Quarter(s.date.year(), s.date.month0() / 3 + 1)],
        Some(By::Channel) => vec![Key::Text(s.channel.key())],
        Some(By::Category) => visit_of(s)
            .map(|v| vec![Key::Text(&v.category)])
            .unwrap_or_else(none),
        Some(By::Staff) => visit_of(s)
            .filter(|v| !v.staff.is_empty())
            .map(|v| {
                v.staff
                    .iter()
                    .map(|e| Key::Text(book.staff_name(e)))
                    .collect()
            })
            .unwrap_or_else(none),
    });
    let dims: Vec<String> = config
        .survey
        .dimensions
        .iter()
        .map(|d| d.key.clone())
        .collect();
    let first = match by {
        None => col("group", "范围 Group"),
        Some(By::Month) => col("month", "月份 Month"),
        Some(By::Quarter) => col("quarter", "季度 Quarter"),
        Some(By::Category) => col("category", "服务 Service"),
        Some(By::Staff) => col("staff", "服务人员 Staff"),
        Some(By::Channel) => col("channel", "渠道 Channel"),
    };
    let mut columns = vec![first, col("responses", "样本 Responses")];
    columns.extend(
        config
            .survey
            .dimensions
            .iter()
            .map(|d| Column::owned(d.key.clone(), d.label.clone())),
    );
    columns.extend([
        col("csat_pct", "满意率% CSAT"),
        col("nps", "净推荐值 NPS"),
        col("promoters", "推荐者 Promoters"),
        col("passives", "中立者 Passives"),
        col("detractors", "贬损者 Detractors"),
    ]);
    let mut rows = Vec::new();
    let all_groups: Vec<(String, Vec<&Survey>)> = if groups.is_empty() && by.is_none() {
        vec![("all".into(), Vec::new())]
    } else {
        // Keys sort as their texts do: months and quarters are zero-padded.
        groups.into_iter().map(|(k, v)| (k.text(), v)).collect()
    };
    let fixed = |x: Option<f64>| x.map(Cell::Fixed).unwrap_or(Cell::Na);
    for (key, members) in all_groups {
        let f = figures(&members, &dims);
        let group = if by == Some(By::Category) && key != NONE {
            cells::category(config, &key)
        } else {
            Cell::text(key)
        };
        let mut row = vec![group, Cell::Int(f.responses as i64)];
        row.extend(
            dims.iter()
                .map(|d| fixed(f.means.get(d).copied().flatten())),
        );
        row.extend([
            fixed(f.csat_pct),
            fixed(f.nps),
            Cell::Int(f.promoters as i64),
            Cell::Int(f.passives as i64),
            Cell::Int(f.detractors as i64),
        ]);
        rows.push(row);
    }
    Ok(Rows { columns, rows })
}
