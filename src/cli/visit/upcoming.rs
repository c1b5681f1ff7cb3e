//! `hk visit upcoming`: the day-before reminder list (预约前一天提醒).

use super::super::Ctx;
use super::super::cells;
use super::super::error::{CliError, CliResult};
use super::super::records::book;
use super::time_text;
use crate::domain::date::parse_date;
use crate::domain::visit::Status;
use crate::domain::visit::Visit;
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// List the scheduled visits of one day, by time, with what you need to call or text
/// the client: phone, address, staff.
#[derive(Debug, clap::Args)]
#[group(required = true, multiple = false)]
pub struct Args {
    /// Tomorrow's visits
    #[arg(long)]
    pub tomorrow: bool,
    /// Visits on this date
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let day = match &args.on {
        Some(d) => parse_date(d, today).map_err(|e| CliError::bad_flag("--on", e))?,
        None => today.succ_opt().unwrap_or(today),
    };
    let book = book(ctx, &store, Kinds::clients().with_visits())?;
    let mut visits: Vec<&Visit> = book
        .visits
        .iter()
        .filter(|v| v.status == Status::Scheduled && v.date == day)
        .collect();
    // By time (visits without a time last), then client name.
    visits.sort_by_key(|v| (v.time.is_none(), v.time, book.name(&v.client), &v.id));
    let rows = Rows {
        columns: vec![
            col("time", "时间 Time"),
            col("visit", "服务 Visit"),
            col("client", "客户 Client"),
            col("name", "姓名 Name").free_text(),
            col("phone", "电话 Phone"),
            col("address", "地址 Address").free_text(),
            col("staff", "服务人员 Staff").free_text(),
            col("category", "服务 Service"),
        ],
        rows: visits
            .iter()
            .map(|v| {
                let c = book.client(&v.client);
                vec![
                    Cell::text(time_text(v)),
                    Cell::text(&v.id),
                    Cell::text(&v.client),
                    Cell::text(c.map(|c| c.name.clone()).unwrap_or_default()),
                    Cell::text(
                        c.and_then(|c| c.phones.first().cloned())
                            .unwrap_or_default(),
                    ),
                    Cell::text(c.map(|c| c.address.clone()).unwrap_or_default()),
                    Cell::List(v.staff.clone()),
                    cells::category(&store.config, &v.category),
                ]
            })
            .collect(),
    };
    ctx.out.rows(&rows)?;
    ctx.out
        .status(&format!("{} scheduled visit(s) on {day}", visits.len()));
    Ok(())
}
