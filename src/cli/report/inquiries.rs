//! `hk report inquiries`: what prospects ask and how many become clients (DESIGN §12).

use std::collections::BTreeMap;

use super::super::Ctx;
use super::super::cells;
use super::super::error::CliResult;
use super::super::filters::Period;
use super::super::inquiry::{channel_cell, outcome};
use super::super::records::book;
use crate::domain::inquiry::report::{Item, figures};
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// Inquiry figures over the inquiries that came in during a period (all time without
/// `--from`/`--to`): inquiries; converted (linked to a client by `hk inquiry
/// convert`) and converted %; the median days from the inquiry to its conversion;
/// booked, lost and still open (booked once a visit of the converted client follows);
/// and the lost reasons, the most frequent first.
///
/// `--by topic` counts each inquiry once under every topic it asked about (so the rows
/// add up to more than the total); an inquiry without topics, or without a service,
/// falls in `(none)`. An empty denominator prints NA (table) or nothing (CSV).
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub period: Period,
    /// One row per month, channel, topic or service asked about [default: one total row]
    #[arg(long, value_enum)]
    pub by: Option<By>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Month,
    Channel,
    Topic,
    Category,
}

const NONE: &str = "(none)";

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let (from, to) = args.period.dates(ctx.today()?)?;
    let config = &store.config;
    let book = book(ctx, &store, Kinds::default().with_visits().with_inquiries())?;
    let mut groups: BTreeMap<String, Vec<Item<'_>>> = BTreeMap::new();
    for i in &book.inquiries {
        if from.is_some_and(|f| i.date < f) || to.is_some_and(|t| i.date > t) {
            continue;
        }
        let item = Item {
            inquiry: i,
            outcome: outcome(&book, i),
        };
        let keys = match args.by {
            None => vec!["all".to_string()],
            Some(By::Month) => vec![i.date.format("%Y-%m").to_string()],
            Some(By::Channel) => vec![i.channel.clone()],
            Some(By::Topic) if i.topics.is_empty() => vec![NONE.to_string()],
            Some(By::Topic) => i.topics.clone(),
            Some(By::Category) => vec![i.category.clone().unwrap_or_else(|| NONE.into())],
        };
        for k in keys {
            groups.entry(k).or_default().push(item);
        }
    }
    if args.by.is_none() && groups.is_empty() {
        groups.insert("all".into(), Vec::new());
    }
    let first = match args.by {
        None => col("group", "范围 Group"),
        Some(By::Month) => col("month", "月份 Month"),
        Some(By::Channel) => col("channel", "渠道 Channel"),
        Some(By::Topic) => col("topic", "咨询内容 Topic"),
        Some(By::Category) => col("category", "服务 Service"),
    };
    let fixed = |x: Option<f64>| x.map_or(Cell::Na, Cell::Fixed);
    let rows = groups
        .into_iter()
        .map(|(key, items)| {
            let f = figures(&items);
            let group = match args.by {
                Some(By::Channel) => channel_cell(config, &key),
                Some(By::Topic) if key != NONE => {
                    Cell::keyed(&key, config.inquiries.topic_label(&key))
                }
                Some(By::Category) if key != NONE => cells::category(config, &key),
                _ => Cell::text(key),
            };
            vec![
                group,
                Cell::Int(f.inquiries as i64),
                Cell::Int(f.converted as i64),
                fixed(f.converted_pct),
                fixed(f.median_days_to_conversion),
                Cell::Int(f.booked as i64),
                Cell::Int(f.lost as i64),
                Cell::Int(f.open as i64),
                Cell::List(
                    f.lost_reasons
                        .iter()
                        .map(|(r, n)| format!("{r} ×{n}"))
                        .collect(),
                ),
            ]
        })
        .collect();
    ctx.out.rows(&Rows {
        columns: vec![
            first,
            col("inquiries", "咨询 Inquiries"),
            col("converted", "转化 Converted"),
            col("converted_pct", "转化率% Converted"),
            col("median_days_to_conversion", "转化天数中位数 Median days"),
            col("booked", "成交 Booked"),
            col("lost", "流失 Lost"),
            col("open", "跟进中 Open"),
            col("lost_reasons", "流失原因 Lost reasons").free_text(),
        ],
        rows,
    })?;
    Ok(())
}
