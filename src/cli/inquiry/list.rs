//! `hk inquiry list`: inquiries, oldest first; or the leads whose wanted start date is
//! near.

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::filters::{Period, parse_flag};
use super::super::records::book;
use super::{category_cell, channel_cell, outcome, topics_cell};
use crate::domain::inquiry::{Inquiry, Outcome};
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// List inquiries by date (the day they came in). Filters combine.
///
/// `--due-within N` lists the open leads whose wanted start date (for maternity
/// nursing the expected birth date, 预产期) falls from today through today + N, the
/// nearest first: the ones to call before someone else books them.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub period: Period,
    /// open, booked or lost (the outcome as hk counts it: booked once a visit follows)
    #[arg(long)]
    pub outcome: Option<String>,
    /// Only this channel (key or label)
    #[arg(long)]
    pub channel: Option<String>,
    /// Only open leads whose wanted start date is within N days from today
    #[arg(long, value_name = "N")]
    pub due_within: Option<u32>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let config = &store.config;
    let (from, to) = args.period.dates(today)?;
    let wanted = parse_flag("--outcome", args.outcome.as_deref(), Outcome::parse)?;
    let channel = parse_flag("--channel", args.channel.as_deref(), |c| {
        config.inquiries.channel(c).map(|c| c.key.clone())
    })?;
    let book = book(ctx, &store, Kinds::clients().with_visits().with_inquiries())?;
    let mut items: Vec<(&Inquiry, Outcome)> = book
        .inquiries
        .iter()
        .map(|i| (i, outcome(&book, i)))
        .filter(|(i, _)| from.is_none_or(|f| i.date >= f) && to.is_none_or(|t| i.date <= t))
        .filter(|(_, o)| wanted.is_none_or(|w| *o == w))
        .filter(|(i, _)| channel.as_ref().is_none_or(|c| &i.channel == c))
        .filter(|(i, o)| {
            args.due_within
                .is_none_or(|n| *o == Outcome::Open && i.starts_within(today, n))
        })
        .collect();
    if args.due_within.is_some() {
        items.sort_by(|(a, _), (b, _)| (a.start, a.order_key()).cmp(&(b.start, b.order_key())));
    } else {
        items.sort_by(|(a, _), (b, _)| a.order_key().cmp(&b.order_key()));
    }
    let rows = Rows {
        columns: vec![
            col("id", "编号 ID"),
            col("date", "日期 Date"),
            col("channel", "渠道 Channel"),
            col("name", "姓名 Name").free_text(),
            col("phone", "电话 Phone"),
            col("category", "服务 Service"),
            col("topics", "咨询内容 Topics"),
            col("start", "期望开始 Start"),
            col("outcome", "结果 Outcome"),
            col("client", "客户 Client"),
            col("reason", "原因 Reason").free_text(),
        ],
        rows: items
            .iter()
            .map(|(i, o)| {
                vec![
                    Cell::text(&i.id),
                    Cell::text(i.date.to_string()),
                    channel_cell(config, &i.channel),
                    Cell::text(shown_name(&book, i)),
                    Cell::text(&i.phone),
                    category_cell(config, i.category.as_deref()),
                    topics_cell(config, &i.topics),
                    Cell::text(i.start.map(|d| d.to_string()).unwrap_or_default()),
                    Cell::term("inquiry-outcome", o.key()),
                    Cell::text(i.client.clone().unwrap_or_default()),
                    Cell::text(&i.reason),
                ]
            })
            .collect(),
    };
    ctx.out.rows(&rows)?;
    if let Some(n) = args.due_within {
        ctx.out.status(&crate::t!(
            "inquiry-due-within",
            count = items.len(),
            days = n
        ));
    }
    Ok(())
}

/// The prospect's name, else the converted client's.
pub(super) fn shown_name<'a>(book: &'a crate::query::Book, i: &'a Inquiry) -> &'a str {
    if !i.name.is_empty() {
        return &i.name;
    }
    i.client.as_deref().map_or("", |c| book.name(c))
}
