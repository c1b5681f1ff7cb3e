//! `hk complaint list`: complaints, overdue first, then by deadline.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::filters::parse_flag;
use super::super::records::book;
use super::{time_cell, type_cell};
use crate::domain::complaint::policy::ComplaintPolicy;
use crate::domain::complaint::rules::{next_deadline, overdue};
use crate::domain::complaint::{Complaint, Priority};
use crate::domain::config::Config;
use crate::output::{Cell, Rows, col};
use crate::query::{Book, Kinds};

/// List complaints: overdue ones first, then by their next deadline (the first
/// response while nobody has contacted the client, else the resolution), then the
/// resolved and closed ones by when they came in. Filters combine.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only open or in-progress complaints
    #[arg(long)]
    pub open: bool,
    /// Only complaints past a deadline now (HK_NOW)
    #[arg(long)]
    pub overdue: bool,
    /// Only this type (key or label)
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// Only complaints whose visit this staff member worked (exact name, or staff id)
    #[arg(long)]
    pub staff: Option<String>,
    /// urgent, high, normal or low
    #[arg(long)]
    pub priority: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let policy = &store.config.complaints;
    let kind = match &args.kind {
        Some(k) => Some(
            policy
                .find(k)
                .map_err(|e| CliError::bad_flag("--type", e))?
                .key
                .clone(),
        ),
        None => None,
    };
    let priority = parse_flag("--priority", args.priority.as_deref(), Priority::parse)?;
    let book = book(
        ctx,
        &store,
        Kinds::clients()
            .with_visits()
            .with_complaints()
            .with_staff(),
    )?;
    let visit_of = |c: &Complaint| c.visit.as_deref().and_then(|v| book.visit(v));
    // Her name when the visit names her by staff id (the roster), else as written.
    let staff_of = |c: &Complaint| -> Vec<String> {
        visit_of(c).map(|v| book.staff_names(v)).unwrap_or_default()
    };
    let mut items: Vec<(&Complaint, bool)> = book
        .complaints
        .iter()
        .filter(|c| !args.open || c.status.is_open())
        .filter(|c| kind.as_ref().is_none_or(|k| &c.kind == k))
        .filter(|c| priority.is_none_or(|p| c.priority == p))
        .filter(|c| {
            args.staff.as_ref().is_none_or(|s| {
                let s = s.trim();
                staff_of(c).iter().any(|x| x == s)
                    || visit_of(c).is_some_and(|v| v.staff.iter().any(|x| x == s))
            })
        })
        .map(|c| (c, overdue(c, now, policy).any()))
        .filter(|(_, late)| !args.overdue || *late)
        .collect();
    sort(&mut items, policy);
    let rows = table(&book, &store.config, &items);
    ctx.out.rows(&rows)?;
    Ok(())
}

/// Overdue first, then by the next deadline (those without one last), then by when
/// they came in.
pub fn sort(items: &mut [(&Complaint, bool)], policy: &ComplaintPolicy) {
    items.sort_by(|(a, la), (b, lb)| {
        let (da, db) = (next_deadline(a, policy), next_deadline(b, policy));
        lb.cmp(la)
            .then_with(|| db.is_some().cmp(&da.is_some()))
            .then_with(|| da.cmp(&db))
            .then_with(|| (a.opened, &a.id).cmp(&(b.opened, &b.id)))
    });
}

/// Complaints with whether each is overdue, as rows (also a block of `hk today`).
pub fn table(book: &Book, config: &Config, items: &[(&Complaint, bool)]) -> Rows {
    let policy = &config.complaints;
    Rows {
        columns: vec![
            col("id", "编号 ID"),
            col("opened", "受理 Opened"),
            col("client", "客户 Client"),
            col("name", "姓名 Name").free_text(),
            col("type", "类型 Type"),
            col("priority", "优先级 Priority"),
            col("status", "状态 Status"),
            col("deadline", "期限 Deadline"),
            col("overdue", "逾期 Overdue"),
            col("assignee", "负责人 Assignee").free_text(),
            col("staff", "服务人员 Staff").free_text(),
        ],
        rows: items
            .iter()
            .map(|(c, late)| {
                let staff = c
                    .visit
                    .as_deref()
                    .and_then(|v| book.visit(v))
                    .map(|v| book.staff_names(v))
                    .unwrap_or_default();
                vec![
                    Cell::text(&c.id),
                    super::super::cells::time(config, c.opened),
                    Cell::text(&c.client),
                    Cell::text(book.name(&c.client)),
                    type_cell(config, &c.kind),
                    Cell::term("priority", c.priority.key()),
                    Cell::term("complaint-status", c.status.key()),
                    time_cell(config, next_deadline(c, policy)),
                    Cell::Bool(*late),
                    Cell::text(&c.assignee),
                    Cell::List(staff),
                ]
            })
            .collect(),
    }
}
