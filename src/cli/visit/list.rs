//! `hk visit list`: visits by client, dates, staff, category, status.

use super::super::Ctx;
use super::super::cells;
use super::super::client::resolve;
use super::super::error::CliResult;
use super::super::filters::{Period, category_flag, parse_flag};
use super::super::records::book;
use super::time_text;
use crate::domain::visit::{Status, Visit};
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// List visits, oldest first. Filters combine.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this client's visits (id, phone or name)
    #[arg(long)]
    pub client: Option<String>,
    #[command(flatten)]
    pub period: Period,
    /// Only visits by this staff member
    #[arg(long)]
    pub staff: Option<String>,
    /// Only this category (key or label)
    #[arg(long)]
    pub category: Option<String>,
    /// Only this status (scheduled, done, cancelled, no-show)
    #[arg(long)]
    pub status: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let (from, to) = args.period.dates(today)?;
    let status = parse_flag("--status", args.status.as_deref(), Status::parse)?;
    let category = category_flag(&store.config, args.category.as_deref())?;
    let client_id = match &args.client {
        Some(q) => Some(resolve(ctx, &store, q)?.record.id),
        None => None,
    };
    let book = book(ctx, &store, Kinds::clients().with_visits().with_staff())?;
    let mut visits: Vec<&Visit> = book
        .visits
        .iter()
        .filter(|v| client_id.as_ref().is_none_or(|c| &v.client == c))
        .filter(|v| from.is_none_or(|f| v.effective_date() >= f))
        .filter(|v| to.is_none_or(|t| v.date <= t))
        .filter(|v| status.is_none_or(|s| v.status == s))
        .filter(|v| category.as_ref().is_none_or(|c| &v.category == c))
        .filter(|v| {
            args.staff
                .as_ref()
                .is_none_or(|s| v.staff.iter().any(|x| staff_is(&book, x, s.trim())))
        })
        .collect();
    visits.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    let rows = Rows {
        columns: vec![
            col("id", "编号 ID"),
            col("date", "日期 Date"),
            col("end", "结束 End"),
            col("time", "时间 Time"),
            col("client", "客户 Client"),
            col("name", "姓名 Name").free_text(),
            col("category", "服务 Service"),
            col("staff", "服务人员 Staff").free_text(),
            col("status", "状态 Status"),
            col("price", "金额 Price"),
        ],
        rows: visits
            .iter()
            .map(|v| {
                vec![
                    Cell::text(&v.id),
                    Cell::text(v.date.to_string()),
                    Cell::text(v.end.map(|d| d.to_string()).unwrap_or_default()),
                    Cell::text(time_text(v)),
                    Cell::text(&v.client),
                    Cell::text(book.name(&v.client)),
                    cells::category(&store.config, &v.category),
                    Cell::List(book.staff_names(v)),
                    Cell::text(v.status_on(today)),
                    cells::money(v.price),
                ]
            })
            .collect(),
    };
    ctx.out.rows(&rows)?;
    Ok(())
}

/// Whether a visit's staff entry is the one `--staff` names: her id or id prefix,
/// her name on the roster, or a free-text name as written.
fn staff_is(book: &crate::query::Book, entry: &str, wanted: &str) -> bool {
    entry == wanted
        || book.staff_name(entry) == wanted
        || (crate::domain::booking::is_staff_id(entry)
            && crate::domain::id::is_prefix_of_kind(crate::domain::id::Kind::Staff, wanted)
            && entry.starts_with(wanted))
}
