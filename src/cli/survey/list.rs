//! `hk survey list`: responses, and with `--low` the service-recovery list.

use super::super::Ctx;
use super::super::client::resolve;
use super::super::error::CliResult;
use super::super::filters::{Period, parse_flag};
use super::super::records::book;
use crate::domain::survey::{Channel, Survey};
use crate::output::{Cell, Column, Rows, col};
use crate::query::Kinds;

/// List survey responses, oldest first. `--low` keeps the unhappy ones to call back:
/// detractors (NPS 0–6) and overall scores of 1–2.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this client's responses (id, phone or name)
    #[arg(long)]
    pub client: Option<String>,
    #[command(flatten)]
    pub period: Period,
    /// phone, online, paper or interview
    #[arg(long)]
    pub channel: Option<String>,
    /// Only detractors (NPS ≤ 6) and overall ≤ 2
    #[arg(long)]
    pub low: bool,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let (from, to) = args.period.dates(today)?;
    let channel = parse_flag("--channel", args.channel.as_deref(), Channel::parse)?;
    let client_id = match &args.client {
        Some(q) => Some(resolve(ctx, &store, q)?.record.id),
        None => None,
    };
    let book = book(ctx, &store, Kinds::clients().with_surveys())?;
    let mut items: Vec<&Survey> = book
        .surveys
        .iter()
        .filter(|s| client_id.as_ref().is_none_or(|c| &s.client == c))
        .filter(|s| from.is_none_or(|d| s.date >= d))
        .filter(|s| to.is_none_or(|d| s.date <= d))
        .filter(|s| channel.is_none_or(|c| s.channel == c))
        .filter(|s| {
            !args.low || s.nps.is_some_and(|n| n <= 6) || s.overall().is_some_and(|o| o <= 2)
        })
        .collect();
    items.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    let dims = &store.config.survey.dimensions;
    let mut columns = vec![
        col("id", "编号 ID"),
        col("date", "日期 Date"),
        col("client", "客户 Client"),
        col("name", "姓名 Name").free_text(),
        col("phone", "电话 Phone"),
        col("channel", "方式 Channel"),
    ];
    columns.extend(
        dims.iter()
            .map(|d| Column::owned(d.key.clone(), d.label.clone())),
    );
    columns.push(col("nps", "净推荐值 NPS"));
    columns.push(col("comment", "意见 Comment").free_text());
    let rows = items
        .iter()
        .map(|s| {
            let c = book.client(&s.client);
            let mut row = vec![
                Cell::text(&s.id),
                Cell::text(s.date.to_string()),
                Cell::text(&s.client),
                Cell::text(c.map(|c| c.name.clone()).unwrap_or_default()),
                Cell::text(
                    c.and_then(|c| c.phones.first().cloned())
                        .unwrap_or_default(),
                ),
                Cell::term("survey-channel", s.channel.key()),
            ];
            row.extend(dims.iter().map(|d| {
                s.scores
                    .get(&d.key)
                    .map(|v| Cell::Int(i64::from(*v)))
                    .unwrap_or(Cell::Empty)
            }));
            row.push(
                s.nps
                    .map(|v| Cell::Int(i64::from(v)))
                    .unwrap_or(Cell::Empty),
            );
            row.push(Cell::text(&s.comment));
            row
        })
        .collect();
    ctx.out.rows(&Rows { columns, rows })?;
    Ok(())
}
