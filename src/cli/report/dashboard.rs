//! `hk report dashboard`: the owner's figures as charts in one HTML file (DESIGN §15).
//!
//! Every chart is one function of the [`Scope`] that takes the rows of a report's
//! `table` — the very rows that report prints as CSV — keeps some columns and says
//! which to draw. A new chart is one more function in [`CHARTS`] (and, if it reads
//! another kind of record, one more kind in [`KINDS`]). Only reports whose rows hold
//! aggregates or staff names may feed a chart: the page never holds a client's name,
//! phone, address or id.

use std::path::{Path, PathBuf};

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::filters::Period;
use super::super::records::book;
use super::{Scope, complaints, followups, lifecycle, loyalty, revenue, satisfaction};
use crate::output::dashboard::{Chart, Page, Scale, Shape, html};
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;
use crate::store::fsio::write_atomic;

/// Write the owner's dashboard: one self-contained HTML file with charts of CSAT and
/// NPS by month, dimension means, satisfaction by staff member, clients per lifecycle
/// stage, follow-ups due and made per month, and complaints by type with the share
/// handled on time.
///
/// Each chart shows the report command whose CSV has its numbers, and a table of them.
/// The period applies as in those reports: without `--from` the satisfaction and
/// complaint figures cover all time, the follow-up figures the last six months;
/// stages are always today's. The page holds aggregates and staff names only (never a
/// client's name, phone, address or id) and loads nothing from the network: open it
/// in any browser, or mail it.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The HTML file to write (replaced if it exists)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    #[command(flatten)]
    pub period: Period,
}

/// What the charts read, in one load.
const KINDS: Kinds = Kinds::ALL.with_staff().with_packages();

/// One chart of the page.
type ChartFn = fn(&Scope<'_>) -> CliResult<Chart>;

/// The charts, in the page's order.
const CHARTS: &[ChartFn] = &[
    csat_nps_by_month,
    dimension_means,
    satisfaction_by_staff,
    clients_by_stage,
    followups_by_month,
    complaints_by_type,
    revenue_by_month,
    repeat_rate_by_month,
];

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let today = now.date_naive();
    let (from, to) = args.period.dates(today)?;
    if let Some(f) = from
        && f > to.unwrap_or(today)
    {
        return Err(CliError::usage(crate::t!(
            "report-from-after-to-today",
            from = f.to_string(),
            to = to.unwrap_or(today).to_string()
        )));
    }
    check_out(&args.out)?;
    let book = book(ctx, &store, KINDS)?;
    let scope = Scope::new(&book, &store.config, now, (from, to));
    let charts = CHARTS
        .iter()
        .map(|chart| chart(&scope))
        .collect::<CliResult<Vec<Chart>>>()?;
    let period = match (from, to) {
        (None, None) => crate::t!("dashboard-period-all"),
        (None, Some(t)) => crate::t!("dashboard-period-until", to = t.to_string()),
        (Some(f), t) => crate::t!(
            "dashboard-period-range",
            from = f.to_string(),
            to = t.unwrap_or(today).to_string()
        ),
    };
    let page = Page {
        title: format!("hk {}", crate::i18n::header("经营看板 Dashboard")),
        lines: vec![
            crate::t!(
                "dashboard-as-of",
                today = today.to_string(),
                period = period
            ),
            crate::t!("dashboard-privacy"),
        ],
        charts,
    };
    let n = page.charts.len();
    write_atomic(&args.out, html(&page).as_bytes()).map_err(|e| {
        // The OS's reason alone: the error names the temp file it was writing.
        let reason = e.raw_os_error().map_or_else(
            || e.kind().to_string(),
            |code| std::io::Error::from_raw_os_error(code).to_string(),
        );
        CliError::failure(crate::t!(
            "dashboard-cannot-write",
            path = args.out.display(),
            reason = reason
        ))
        .hint(crate::t!("dashboard-cannot-write-hint"))
    })?;
    ctx.out.status(&crate::t!(
        "dashboard-wrote",
        path = args.out.display(),
        charts = n,
        today = today.to_string()
    ));
    Ok(())
}

/// Refuses an `--out` that cannot be written before anything is read.
fn check_out(out: &Path) -> CliResult {
    let folder = out
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if out.is_dir() {
        return Err(CliError::bad_flag(
            "--out",
            crate::t!("dashboard-out-is-folder", path = out.display()),
        )
        .hint(crate::t!("dashboard-out-is-folder-hint")));
    }
    if !folder.is_dir() {
        let problem = if folder.exists() {
            crate::t!("dashboard-out-parent-not-folder", folder = folder.display())
        } else {
            crate::t!("dashboard-out-parent-missing", folder = folder.display())
        };
        return Err(
            CliError::bad_flag("--out", problem).hint(crate::t!("dashboard-out-parent-hint"))
        );
    }
    Ok(())
}

/// The report command behind a chart, with the dashboard's period.
fn command(scope: &Scope<'_>, report: &str) -> String {
    let mut c = format!("hk report {report}");
    if let Some(f) = scope.from {
        c.push_str(&format!(" --from {f}"));
    }
    if let Some(t) = scope.to {
        c.push_str(&format!(" --to {t}"));
    }
    c
}

/// The report's rows with only the columns `keep` (by key, in that order; the first
/// names the rows), drawing the columns `draw`.
fn chart(
    (id, title, command, note): (&'static str, &str, String, &str),
    rows: Rows,
    keep: &[&str],
    draw: &[&str],
    (shape, scale): (Shape, Scale),
) -> Chart {
    let picked = rows.select(keep);
    let series = draw
        .iter()
        .filter_map(|k| picked.columns.iter().position(|c| c.key == *k))
        .collect();
    Chart {
        id,
        title: title.to_string(),
        command,
        note: note.to_string(),
        rows: picked,
        series,
        shape,
        scale,
    }
}

/// Percentages and NPS share one axis.
const PCT_NPS: Scale = Scale::Range(-100.0, 100.0);

fn csat_nps_by_month(scope: &Scope<'_>) -> CliResult<Chart> {
    let rows = satisfaction::table(scope, Some(satisfaction::By::Month))?;
    Ok(chart(
        (
            "csat-nps-by-month",
            "满意率与NPS CSAT and NPS by month",
            command(scope, "satisfaction --by month"),
            &crate::t!("dashboard-note-csat-nps"),
        ),
        rows,
        &["month", "responses", "csat_pct", "nps"],
        &["csat_pct", "nps"],
        (Shape::Lines, PCT_NPS),
    ))
}

/// The one total row of the satisfaction report, turned so that each dimension is a
/// row: the chart's rows are keyed by the CSV's column keys.
fn dimension_means(scope: &Scope<'_>) -> CliResult<Chart> {
    let total = satisfaction::table(scope, None)?;
    let row = total.rows.first().cloned().unwrap_or_default();
    let rows = Rows {
        columns: vec![
            col("dimension", "维度 Dimension"),
            col("mean", "平均分 Mean"),
        ],
        rows: scope
            .config
            .survey
            .dimensions
            .iter()
            .filter_map(|d| {
                let i = total.columns.iter().position(|c| c.key == d.key)?;
                let mean = row.get(i).cloned().unwrap_or(Cell::Na);
                Some(vec![Cell::keyed(&d.key, &d.label), mean])
            })
            .collect(),
    };
    Ok(chart(
        (
            "dimension-means",
            "各项平均分 Dimension means",
            command(scope, "satisfaction"),
            &crate::t!("dashboard-note-dimension-means"),
        ),
        rows,
        &["dimension", "mean"],
        &["mean"],
        (Shape::Bars, Scale::Range(0.0, 5.0)),
    ))
}

fn satisfaction_by_staff(scope: &Scope<'_>) -> CliResult<Chart> {
    let rows = satisfaction::table(scope, Some(satisfaction::By::Staff))?;
    Ok(chart(
        (
            "satisfaction-by-staff",
            "服务人员满意度 Satisfaction by staff member",
            command(scope, "satisfaction --by staff"),
            &crate::t!("dashboard-note-satisfaction-by-staff"),
        ),
        rows,
        &["staff", "responses", "overall", "csat_pct", "nps"],
        &["csat_pct", "nps"],
        (Shape::Bars, PCT_NPS),
    ))
}

fn clients_by_stage(scope: &Scope<'_>) -> CliResult<Chart> {
    let mut rows = lifecycle::table(scope);
    // The report's last row is the total of the others.
    rows.rows
        .retain(|r| r.first() != Some(&Cell::term("stage", "total")));
    Ok(chart(
        (
            "clients-by-stage",
            "客户阶段 Clients per lifecycle stage",
            "hk report lifecycle".to_string(),
            &crate::t!("dashboard-note-stages", today = scope.today().to_string()),
        ),
        rows,
        &["stage", "total"],
        &["total"],
        (Shape::Columns, Scale::Count),
    ))
}

fn followups_by_month(scope: &Scope<'_>) -> CliResult<Chart> {
    let rows = followups::table(scope, followups::By::Month)?;
    Ok(chart(
        (
            "followups-by-month",
            "回访 Follow-ups due and made per month",
            command(scope, "followups"),
            &crate::t!("dashboard-note-followups"),
        ),
        rows,
        &["month", "due", "followups", "reached", "overdue"],
        &["due", "followups"],
        (Shape::Columns, Scale::Count),
    ))
}

fn complaints_by_type(scope: &Scope<'_>) -> CliResult<Chart> {
    let rows = complaints::table(scope, Some(complaints::By::Type));
    Ok(chart(
        (
            "complaints-by-type",
            "投诉 Complaints by type, handled on time",
            command(scope, "complaints --by type"),
            &crate::t!("dashboard-note-complaints"),
        ),
        rows,
        &[
            "type",
            "opened",
            "still_open",
            "overdue_now",
            "first_response_on_time_pct",
            "resolved_on_time_pct",
        ],
        &["first_response_on_time_pct", "resolved_on_time_pct"],
        (Shape::Bars, Scale::Range(0.0, 100.0)),
    ))
}

fn revenue_by_month(scope: &Scope<'_>) -> CliResult<Chart> {
    let mut rows = revenue::table(scope, Some(revenue::By::Month));
    // The report's last row is the total of the others.
    rows.rows
        .retain(|r| r.first() != Some(&Cell::text("total")));
    Ok(chart(
        (
            "revenue-by-month",
            "收入 Revenue by month",
            command(scope, "revenue --by month"),
            &crate::t!("dashboard-note-revenue"),
        ),
        rows,
        &["month", "done_visits", "total", "from_packages"],
        &["total", "from_packages"],
        (Shape::Columns, Scale::Count),
    ))
}

fn repeat_rate_by_month(scope: &Scope<'_>) -> CliResult<Chart> {
    let mut rows = loyalty::table(scope);
    // The first row is the whole period; the chart is the months.
    rows.rows.retain(|r| r.first() != Some(&Cell::text("all")));
    Ok(chart(
        (
            "repeat-rate-by-month",
            "复购率 Repeat rate by month",
            command(scope, "loyalty"),
            &crate::t!("dashboard-note-repeat-rate"),
        ),
        rows,
        &["period", "active", "repeat", "repeat_pct"],
        &["repeat_pct"],
        (Shape::Lines, Scale::Range(0.0, 100.0)),
    ))
}
