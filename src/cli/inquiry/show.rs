//! `hk inquiry show`: one inquiry, with the client it became.

use super::super::Ctx;
use super::super::cells;
use super::super::error::CliResult;
use super::super::records::{client_book, resolve_id};
use super::{category_cell, channel_cell, outcome, topics_cell};
use crate::domain::client::Client;
use crate::domain::inquiry::Inquiry;
use crate::output::{Cell, Column, col};
use crate::query::Kinds;

/// Show an inquiry: what was asked and needed, the outcome (booked once a visit of
/// the converted client follows), and the client it became.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Inquiry id or id prefix
    pub inquiry: String,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let i = resolve_id::<Inquiry>(ctx, &store, &args.inquiry)?.record;
    let client = match &i.client {
        Some(c) => store
            .load_id::<Client>(c, ctx.identities_for(&store)?)
            .ok()
            .flatten()
            .map(|l| l.record),
        None => None,
    };
    let (client_name, shown) = match client {
        Some(c) => {
            let book = client_book(ctx, &store, Kinds::default().with_visits(), c)?;
            let name = book.clients[0].name.clone();
            (name, outcome(&book, &i))
        }
        None => (String::new(), i.outcome),
    };
    let config = &store.config;
    let date =
        |d: Option<chrono::NaiveDate>| Cell::text(d.map(|d| d.to_string()).unwrap_or_default());
    let fields: Vec<(Column, Cell)> = vec![
        (col("id", "编号 ID"), Cell::text(&i.id)),
        (col("date", "日期 Date"), Cell::text(i.date.to_string())),
        (
            col("channel", "渠道 Channel"),
            channel_cell(config, &i.channel),
        ),
        (col("name", "姓名 Name"), Cell::text(&i.name)),
        (col("phone", "电话 Phone"), Cell::text(&i.phone)),
        (
            col("category", "服务 Service"),
            category_cell(config, i.category.as_deref()),
        ),
        (
            col("topics", "咨询内容 Topics"),
            topics_cell(config, &i.topics),
        ),
        (col("needs", "需求 Needs"), Cell::text(&i.needs)),
        (col("budget", "预算 Budget"), Cell::text(&i.budget)),
        (col("start", "期望开始/预产期 Start"), date(i.start)),
        (
            col("outcome", "结果 Outcome"),
            Cell::term("inquiry-outcome", shown.key()),
        ),
        (col("reason", "原因 Reason"), Cell::text(&i.reason)),
        (
            col("client", "客户 Client"),
            Cell::text(i.client.clone().unwrap_or_default()),
        ),
        (
            col("client_name", "客户姓名 Client name"),
            Cell::text(client_name),
        ),
        (col("converted", "转化日期 Converted"), date(i.converted)),
        (
            col("days_to_conversion", "转化天数 Days to conversion"),
            i.days_to_conversion().map_or(Cell::Empty, Cell::Int),
        ),
        (col("notes", "备注 Notes"), Cell::text(&i.notes)),
        (
            col("created", "创建 Created"),
            cells::time(config, i.created),
        ),
        (
            col("updated", "更新 Updated"),
            cells::time(config, i.updated),
        ),
    ];
    ctx.out.fields(&fields)?;
    Ok(())
}
