//! `hk staff list`: the roster, or with `--expiring N` the certificates to renew.

use super::super::Ctx;
use super::super::cells;
use super::super::error::{CliError, CliResult};
use super::super::filters::{category_flag, parse_flag};
use super::super::records::load_kind;
use crate::domain::staff::{Certificate, Staff, State};
use crate::output::{Cell, Rows, col};

/// List staff, sorted by name. Filters combine (all must match).
///
/// With `--expiring N`: one row per certificate of staff who have not left that
/// expires on or before today + N days (expired ones included), soonest first.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only staff with this status: active, leave, left (as of today)
    #[arg(long)]
    pub status: Option<String>,
    /// Only staff who do this category (key or label)
    #[arg(long)]
    pub category: Option<String>,
    /// Only staff with this skill
    #[arg(long)]
    pub skill: Option<String>,
    /// Only staff who cover this district (or one whose name contains it)
    #[arg(long)]
    pub district: Option<String>,
    /// List certificates expiring within N days (expired ones included)
    #[arg(long, value_name = "N")]
    pub expiring: Option<u32>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let status = parse_flag("--status", args.status.as_deref(), State::parse)?;
    let category = category_flag(&store.config, args.category.as_deref())?;
    let mut roster: Vec<Staff> = load_kind::<Staff>(ctx, &store)?
        .into_iter()
        .map(|l| l.record)
        .filter(|s| status.is_none_or(|st| s.state_on(today) == st))
        .filter(|s| category.as_ref().is_none_or(|c| s.categories.contains(c)))
        .filter(|s| {
            args.skill
                .as_ref()
                .is_none_or(|k| s.skills.iter().any(|x| x == k.trim()))
        })
        .filter(|s| {
            args.district
                .as_ref()
                .is_none_or(|d| s.districts.iter().any(|x| x.contains(d.trim())))
        })
        .collect();
    roster.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
    if let Some(days) = args.expiring {
        let last = today
            .checked_add_days(chrono::Days::new(u64::from(days)))
            .ok_or_else(|| {
                CliError::bad_flag("--expiring", crate::t!("staff-list-expiring-too-far"))
            })?;
        return expiring(ctx, &roster, today, last);
    }
    let rows = Rows {
        columns: vec![
            col("id", "编号 ID"),
            col("name", "姓名 Name").free_text(),
            col("phone", "电话 Phone"),
            col("categories", "服务 Service").free_text(),
            col("skills", "技能 Skills").free_text(),
            col("level", "星级 Level"),
            col("districts", "区域 Districts").free_text(),
            col("status", "状态 Status"),
        ],
        rows: roster
            .iter()
            .map(|s| {
                vec![
                    Cell::text(&s.id),
                    Cell::text(&s.name),
                    Cell::text(s.phones.first().cloned().unwrap_or_default()),
                    cells::categories(&store.config, &s.categories),
                    Cell::List(s.skills.clone()),
                    s.level.map_or(Cell::Empty, |l| Cell::Int(i64::from(l))),
                    Cell::List(s.districts.clone()),
                    Cell::term("staff-state", s.state_on(today).key()),
                ]
            })
            .collect(),
    };
    ctx.out.rows(&rows)?;
    if roster.is_empty() {
        ctx.out.status(&crate::t!("staff-list-none"));
    }
    Ok(())
}

fn expiring(
    ctx: &mut Ctx,
    roster: &[Staff],
    today: chrono::NaiveDate,
    last: chrono::NaiveDate,
) -> CliResult {
    let items = expiring_items(roster, today, last);
    ctx.out.rows(&expiring_table(&items, today, last))?;
    if items.is_empty() {
        ctx.out.status(&crate::t!("staff-list-expiring-none"));
    }
    Ok(())
}

/// The certificates of staff who have not left that expire by `last` (expired ones
/// included), soonest first.
pub fn expiring_items(
    roster: &[Staff],
    today: chrono::NaiveDate,
    last: chrono::NaiveDate,
) -> Vec<(&Staff, &Certificate)> {
    let mut items: Vec<(&Staff, &Certificate)> = roster
        .iter()
        .filter(|s| !s.has_left(today))
        .flat_map(|s| s.expiring(last).into_iter().map(move |c| (s, c)))
        .collect();
    items.sort_by(|a, b| (a.1.expires, &a.0.name, &a.0.id).cmp(&(b.1.expires, &b.0.name, &b.0.id)));
    items
}

/// Expiring certificates as rows (also a block of `hk today`).
pub fn expiring_table(
    items: &[(&Staff, &Certificate)],
    today: chrono::NaiveDate,
    last: chrono::NaiveDate,
) -> Rows {
    Rows {
        columns: vec![
            col("id", "编号 ID"),
            col("name", "姓名 Name").free_text(),
            col("certificate", "证书 Certificate").free_text(),
            col("number", "证号 Number"),
            col("expires", "到期 Expires"),
            col("days_left", "剩余天数 Days left"),
        ],
        rows: items
            .iter()
            .map(|(s, c)| {
                let expires = c.expires.unwrap_or(last);
                vec![
                    Cell::text(&s.id),
                    Cell::text(&s.name),
                    Cell::text(&c.kind),
                    Cell::text(&c.number),
                    Cell::text(expires.to_string()),
                    Cell::Int((expires - today).num_days()),
                ]
            })
            .collect(),
    }
}
