//! `hk report revenue`: done visits and what they brought in (DESIGN §14).

use super::super::Ctx;
use super::super::cells;
use super::super::error::CliResult;
use super::super::filters::Period;
use super::super::records::book;
use super::Scope;
use crate::domain::revenue::RevenueRow;
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;
use crate::query::money::{NONE, RevenueBy};

/// Revenue over a period, by visit start date: done visits, those with a price, their
/// total and mean price (exact yuan; the mean is rounded to the fen), and the part
/// paid from prepaid packages (visits and yuan: the prices of the visits a package
/// paid for).
///
/// With `--by`, one row per month (every month of the period), category, staff member
/// or payment method (`package` for a visit paid from a package), then a `total` row.
/// A visit with two staff members counts in full for each of them, so the `--by staff`
/// rows add up to more than the total. Without `--from` the period starts with the
/// first visit; without `--to` it ends today.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub period: Period,
    /// One row per month, category, staff member or payment method [default: one total row]
    #[arg(long, value_enum)]
    pub by: Option<By>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Month,
    Category,
    Staff,
    Payment,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let (from, to) = args.period.until_today(now.date_naive())?;
    let mut kinds = Kinds::default().with_visits().with_packages();
    if args.by == Some(By::Staff) {
        kinds = kinds.with_staff();
    }
    let book = book(ctx, &store, kinds)?;
    let scope = Scope::new(&book, &store.config, now, (from, Some(to)));
    ctx.out.rows(&table(&scope, args.by))?;
    Ok(())
}

/// The report's rows (also the dashboard's revenue chart); the book needs visits and
/// packages, and the roster for `By::Staff`.
pub fn table(scope: &Scope<'_>, by_flag: Option<By>) -> Rows {
    let book = scope.book;
    let to = scope.to.unwrap_or(scope.today());
    let from = scope.from;
    let by = match by_flag {
        None => RevenueBy::Total,
        Some(By::Month) => RevenueBy::Month,
        Some(By::Category) => RevenueBy::Category,
        Some(By::Staff) => RevenueBy::Staff,
        Some(By::Payment) => RevenueBy::Payment,
    };
    let mut groups = book.revenue(from, to, by);
    if by != RevenueBy::Total {
        let mut total = book.revenue(from, to, RevenueBy::Total);
        if let Some(t) = total.first_mut() {
            t.group = "total".into();
        }
        groups.extend(total);
    }
    let first = match by_flag {
        None => col("group", "范围 Group"),
        Some(By::Month) => col("month", "月份 Month"),
        Some(By::Category) => col("category", "服务 Service"),
        Some(By::Staff) => col("staff", "服务人员 Staff"),
        Some(By::Payment) => col("payment", "支付 Payment"),
    };
    let row = |r: &RevenueRow| {
        let group = if by_flag == Some(By::Category) && r.group != NONE && r.group != "total" {
            cells::category(scope.config, &r.group)
        } else {
            Cell::text(&r.group)
        };
        vec![
            group,
            Cell::Int(r.visits as i64),
            Cell::Int(r.priced as i64),
            Cell::Money(r.total),
            r.mean.map_or(Cell::Na, Cell::Money),
            Cell::Int(r.package_visits as i64),
            Cell::Money(r.from_packages),
        ]
    };
    Rows {
        columns: vec![
            first,
            col("done_visits", "完成服务 Done"),
            col("priced_visits", "有价 Priced"),
            col("total", "收入 Total"),
            col("mean", "客单价 Mean"),
            col("package_visits", "卡付次数 Package visits"),
            col("from_packages", "卡付金额 From packages"),
        ],
        rows: groups.iter().map(row).collect(),
    }
}
