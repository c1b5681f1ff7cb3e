//! `hk followup list`: follow-up history.

use super::super::Ctx;
use super::super::client::resolve;
use super::super::error::CliResult;
use super::super::filters::{Period, parse_flag};
use super::super::records::book;
use crate::domain::followup::{Channel, Followup, Outcome};
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// List follow-ups, oldest first. Filters combine.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this client's follow-ups (id, phone or name)
    #[arg(long)]
    pub client: Option<String>,
    #[command(flatten)]
    pub period: Period,
    /// reached or no-answer
    #[arg(long)]
    pub outcome: Option<String>,
    /// phone, wechat, sms, visit or questionnaire
    #[arg(long)]
    pub channel: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let (from, to) = args.period.dates(today)?;
    let outcome = parse_flag("--outcome", args.outcome.as_deref(), Outcome::parse)?;
    let channel = parse_flag("--channel", args.channel.as_deref(), Channel::parse)?;
    let client_id = match &args.client {
        Some(q) => Some(resolve(ctx, &store, q)?.record.id),
        None => None,
    };
    let book = book(ctx, &store, Kinds::clients().with_followups())?;
    let mut items: Vec<&Followup> = book
        .followups
        .iter()
        .filter(|f| client_id.as_ref().is_none_or(|c| &f.client == c))
        .filter(|f| from.is_none_or(|d| f.date >= d))
        .filter(|f| to.is_none_or(|d| f.date <= d))
        .filter(|f| outcome.is_none_or(|o| f.outcome == o))
        .filter(|f| channel.is_none_or(|c| f.channel == c))
        .collect();
    items.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    let rows = Rows {
        columns: vec![
            col("id", "编号 ID"),
            col("date", "日期 Date"),
            col("client", "客户 Client"),
            col("name", "姓名 Name").free_text(),
            col("channel", "方式 Channel"),
            col("outcome", "结果 Outcome"),
            col("score", "评分 Score"),
            col("visit", "服务 Visit"),
            col("notes", "备注 Notes").free_text(),
            col("actions", "待办 Actions").free_text(),
        ],
        rows: items
            .iter()
            .map(|f| {
                vec![
                    Cell::text(&f.id),
                    Cell::text(f.date.to_string()),
                    Cell::text(&f.client),
                    Cell::text(book.name(&f.client)),
                    Cell::term("channel", f.channel.key()),
                    Cell::term("outcome", f.outcome.key()),
                    f.score
                        .map(|s| Cell::Int(i64::from(s)))
                        .unwrap_or(Cell::Empty),
                    Cell::text(f.visit.clone().unwrap_or_default()),
                    Cell::text(&f.notes),
                    Cell::List(f.actions.iter().map(|a| a.text.clone()).collect()),
                ]
            })
            .collect(),
    };
    ctx.out.rows(&rows)?;
    Ok(())
}
