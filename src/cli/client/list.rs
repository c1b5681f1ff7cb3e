//! `hk client list`: find clients by category, tag or text.

use super::super::Ctx;
use super::super::cells;
use super::super::error::{CliError, CliResult};
use super::super::records::book;
use crate::domain::client::Client;
use crate::domain::stage::Stage;
use crate::domain::tag::normalize_tag;
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// List clients, sorted by name. Filters combine (all must match).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only clients in this service category (key or label)
    #[arg(long)]
    pub category: Option<String>,
    /// Only clients with this tag or one below it (`宠物` finds `宠物/猫`)
    #[arg(long)]
    pub tag: Option<String>,
    /// Only clients whose name, phone, address, WeChat, tags or notes contain TEXT
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only clients in this lifecycle stage: lead, new, active, at-risk, churned
    #[arg(long)]
    pub stage: Option<String>,
    /// By marketing consent today: `marketing` (the latest consent entry says yes) or
    /// `none` (never given, refused or withdrawn)
    #[arg(long, value_name = "marketing|none")]
    pub consent: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let category = match &args.category {
        Some(c) => Some(
            store
                .config
                .category(c)
                .map_err(|e| CliError::bad_flag("--category", e))?
                .key
                .clone(),
        ),
        None => None,
    };
    let tag = match &args.tag {
        Some(t) => Some(normalize_tag(t).map_err(|e| CliError::bad_flag("--tag", e))?),
        None => None,
    };
    let wanted_stage = args
        .stage
        .as_deref()
        .map(Stage::parse)
        .transpose()
        .map_err(|e| CliError::bad_flag("--stage", e))?;
    let consent = match args.consent.as_deref().map(|c| c.trim().to_lowercase()) {
        None => None,
        Some(c) if c == "marketing" || c == "yes" => Some(true),
        Some(c) if c == "none" || c == "no" => Some(false),
        Some(_) => {
            return Err(CliError::bad_flag(
                "--consent",
                crate::t!("client-list-consent-expected"),
            ));
        }
    };
    let today = ctx.today()?;
    let book = book(ctx, &store, Kinds::STAGE)?;
    let mut clients: Vec<(&Client, Stage)> = book
        .clients
        .iter()
        .filter(|c| category.as_ref().is_none_or(|k| c.categories.contains(k)))
        .filter(|c| tag.as_ref().is_none_or(|t| c.has_tag(t)))
        .filter(|c| args.search.as_ref().is_none_or(|s| c.matches_text(s)))
        .filter(|c| consent.is_none_or(|yes| c.marketing_consent_on(today) == yes))
        .map(|c| (c, book.stage(c, today, &store.config)))
        .filter(|(_, s)| wanted_stage.is_none_or(|w| *s == w))
        .collect();
    clients.sort_by(|(a, _), (b, _)| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
    let rows = Rows {
        columns: vec![
            col("id", "编号 ID"),
            col("name", "姓名 Name").free_text(),
            col("phone", "电话 Phone"),
            col("categories", "服务 Service").free_text(),
            col("tags", "标签 Tags").free_text(),
            col("source", "来源 Source").free_text(),
            col("stage", "阶段 Stage"),
        ],
        rows: clients
            .iter()
            .map(|(c, stage)| {
                vec![
                    Cell::text(&c.id),
                    Cell::text(&c.name),
                    Cell::text(c.phones.first().cloned().unwrap_or_default()),
                    cells::categories(&store.config, &c.categories),
                    Cell::List(c.tags.clone()),
                    Cell::text(&c.source),
                    Cell::term("stage", stage.key()),
                ]
            })
            .collect(),
    };
    ctx.out.rows(&rows)?;
    if clients.is_empty() {
        ctx.out.status(&crate::t!("client-list-none"));
    }
    Ok(())
}
