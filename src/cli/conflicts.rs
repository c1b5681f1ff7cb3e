//! `hk conflicts`: the records a merge left with conflicts.

use super::Ctx;
use super::error::CliResult;
use crate::output::{Cell, Rows, col};

/// List the fields that two offices changed differently (DESIGN §13).
///
/// A merge (`hk sync`, or `git pull` with hk's merge driver) keeps our value of such a
/// field and notes both sides in the record's `[[conflicts]]`. One row per field:
/// record, field, and the base, our and their values. Settle each with
/// `hk resolve RECORD FIELD --ours|--theirs|--value V`.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let ids = ctx.identities_for(&store)?;
    let (found, unreadable) = store.conflicted(ids)?;
    let value = |v: &Option<toml::Value>| match v {
        None => Cell::Empty,
        Some(toml::Value::String(s)) => Cell::text(s.clone()),
        Some(other) => Cell::text(other.to_string()),
    };
    let rows = found
        .iter()
        .flat_map(|r| {
            r.conflicts.iter().map(move |c| {
                vec![
                    Cell::text(r.id.clone()),
                    Cell::text(c.field.clone()),
                    value(&c.base),
                    value(&c.ours),
                    value(&c.theirs),
                ]
            })
        })
        .collect();
    ctx.out.rows(&Rows {
        columns: vec![
            col("record", "记录 Record"),
            col("field", "字段 Field"),
            col("base", "原值 Base").free_text(),
            col("ours", "我方（保留） Ours (kept)").free_text(),
            col("theirs", "对方 Theirs").free_text(),
        ],
        rows,
    })?;
    ctx.report_unreadable(&unreadable);
    if found.is_empty() {
        ctx.out.status(&crate::t!("conflicts-none"));
    }
    Ok(())
}
