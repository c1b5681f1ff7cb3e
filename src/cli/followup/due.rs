//! `hk followup due`: whom to call back (the morning list, and the cron report).

use chrono::Days;

use super::super::Ctx;
use super::super::cells;
use super::super::error::{CliError, CliResult};
use super::super::filters::{category_flag, day_flag};
use super::super::records::book;
use crate::domain::config::Config;
use crate::domain::due::{DueRow, due_list};
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// List the clients due for a follow-up call: most overdue first, then by name.
///
/// Due dates follow the store's policy (.hk/config.toml): a first call some days
/// after a client's first done service, then every few months after the last
/// reached call, and a retry a couple of days after an unanswered one. During a
/// multi-day stay (nanny, maternity nurse) a `check-in` call is due on its third day
/// (`checkin_days`) unless the client was reached since the stay began. Leads,
/// do-not-contact and closed clients are never due (a booked stay's check-in aside).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Due today or earlier (the default)
    #[arg(long, conflicts_with = "on")]
    pub today: bool,
    /// Due on or before DATE instead of today
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// Also those due in the next N days
    #[arg(long, value_name = "N")]
    pub within: Option<u32>,
    /// Only this service line (key or label)
    #[arg(long)]
    pub category: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let on = day_flag("--on", args.on.as_deref(), today)?.unwrap_or(today);
    let until = on
        .checked_add_days(Days::new(u64::from(args.within.unwrap_or(0))))
        .ok_or_else(|| CliError::bad_flag("--within", crate::t!("followup-within-too-large")))?;
    let category = category_flag(&store.config, args.category.as_deref())?;
    let book = book(ctx, &store, Kinds::DUE)?;
    let dues = book
        .clients
        .iter()
        .map(|c| (c, book.due(c, &store.config, category.as_deref())));
    let rows = due_list(dues, on, until);
    let table = table(&store.config, &rows);
    ctx.out.rows(&table)?;
    ctx.out.status(&crate::t!(
        "followup-due-count",
        count = rows.len(),
        until = until.to_string()
    ));
    Ok(())
}

/// The due list as rows (also the first rows of `hk today`).
pub fn table(config: &Config, rows: &[DueRow<'_>]) -> Rows {
    Rows {
        columns: vec![
            col("client", "客户 Client"),
            col("name", "姓名 Name").free_text(),
            col("phone", "电话 Phone"),
            col("category", "服务 Service"),
            col("reason", "原因 Reason"),
            col("due", "应回访 Due"),
            col("days_overdue", "逾期天数 Overdue"),
        ],
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    Cell::text(&r.client.id),
                    Cell::text(&r.client.name),
                    Cell::text(
                        r.client
                            .phones
                            .first()
                            .cloned()
                            .unwrap_or_else(|| r.client.wechat.clone()),
                    ),
                    cells::category(config, &r.due.category),
                    Cell::term("reason", r.due.reason.key()),
                    Cell::text(r.due.date.to_string()),
                    Cell::Int(r.days_overdue),
                ]
            })
            .collect(),
    }
}
