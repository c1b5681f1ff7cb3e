//! `hk visit upcoming`: the day-before reminder list (预约前一天提醒).

use chrono::{Days, NaiveDate};

use super::super::Ctx;
use super::super::cells;
use super::super::error::{CliError, CliResult};
use super::super::filters::day_flag;
use super::super::records::book;
use super::time_text;
use crate::domain::config::Config;
use crate::domain::visit::Status;
use crate::domain::visit::Visit;
use crate::output::{Cell, Rows, col};
use crate::query::{Book, Kinds};

/// List the scheduled visits of one day, by time, with what you need to call or text
/// the client: phone, address, staff. `--within N` lists today and the next N days,
/// by date and time, with a date column.
#[derive(Debug, clap::Args)]
#[group(required = true, multiple = false)]
pub struct Args {
    /// Today's visits
    #[arg(long)]
    pub today: bool,
    /// Tomorrow's visits
    #[arg(long)]
    pub tomorrow: bool,
    /// Visits on this date
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// Visits from today through the next N days
    #[arg(long, value_name = "N")]
    pub within: Option<u32>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let (first, last) = if args.today {
        (today, today)
    } else if let Some(n) = args.within {
        let last = today
            .checked_add_days(Days::new(u64::from(n)))
            .ok_or_else(|| CliError::bad_flag("--within", crate::t!("visit-within-too-large")))?;
        (today, last)
    } else {
        let day = day_flag("--on", args.on.as_deref(), today)?
            .unwrap_or_else(|| today.succ_opt().unwrap_or(today));
        (day, day)
    };
    let book = book(ctx, &store, Kinds::clients().with_visits().with_staff())?;
    let visits = scheduled(&book, first, last);
    let rows = table(&book, &store.config, &visits, args.within.is_some());
    ctx.out.rows(&rows)?;
    let summary = if first == last {
        crate::t!(
            "visit-upcoming-on",
            count = visits.len(),
            date = first.to_string()
        )
    } else {
        crate::t!(
            "visit-upcoming-between",
            count = visits.len(),
            first = first.to_string(),
            last = last.to_string()
        )
    };
    ctx.out.status(&summary);
    Ok(())
}

/// The scheduled visits from `first` to `last`, by date, then time (visits without a
/// time last), then client name.
pub fn scheduled(book: &Book, first: NaiveDate, last: NaiveDate) -> Vec<&Visit> {
    let mut visits: Vec<&Visit> = book
        .visits
        .iter()
        .filter(|v| v.status == Status::Scheduled && (first..=last).contains(&v.date))
        .collect();
    visits.sort_by_key(|v| {
        (
            v.date,
            v.time.is_none(),
            v.time,
            book.name(&v.client),
            &v.id,
        )
    });
    visits
}

/// The reminder list as rows (also a block of `hk today`); `several_days` adds a date
/// column.
pub fn table(book: &Book, config: &Config, visits: &[&Visit], several_days: bool) -> Rows {
    let mut columns = Vec::new();
    if several_days {
        columns.push(col("date", "日期 Date"));
    }
    Rows {
        columns: columns
            .into_iter()
            .chain([
                col("time", "时间 Time"),
                col("visit", "服务 Visit"),
                col("client", "客户 Client"),
                col("name", "姓名 Name").free_text(),
                col("phone", "电话 Phone"),
                col("address", "地址 Address").free_text(),
                col("staff", "服务人员 Staff").free_text(),
                col("category", "服务 Service"),
            ])
            .collect(),
        rows: visits
            .iter()
            .map(|v| {
                let c = book.client(&v.client);
                let date = several_days.then(|| Cell::text(v.date.to_string()));
                date.into_iter()
                    .chain([
                        Cell::text(time_text(v)),
                        Cell::text(&v.id),
                        Cell::text(&v.client),
                        Cell::text(c.map(|c| c.name.clone()).unwrap_or_default()),
                        Cell::text(
                            c.and_then(|c| c.phones.first().cloned())
                                .unwrap_or_default(),
                        ),
                        Cell::text(c.map(|c| c.address.clone()).unwrap_or_default()),
                        Cell::List(book.staff_names(v)),
                        cells::category(config, &v.category),
                    ])
                    .collect()
            })
            .collect(),
    }
}
