//! `hk package show`: one package, its balance and its ledger.

use super::super::Ctx;
use super::super::cells;
use super::super::error::CliResult;
use super::super::records::resolve_id;
use super::{amount, category, left};
use crate::domain::package::Package;
use crate::output::{Cell, Column, Format, Rows, col};

/// Show a package: what it holds, what is left, and its ledger (every visit paid from
/// it and every refund, oldest first; the ledger is only ever appended to).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Package id or id prefix (k-…)
    pub package: String,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let p = resolve_id::<Package>(ctx, &store, &args.package)?.record;
    let [visits, yuan] = left(&p);
    let status = if p.expired_on(today) {
        "expired"
    } else {
        "valid"
    };
    let ledger: Vec<String> = p
        .ledger
        .iter()
        .map(|e| {
            let mut s = format!("{} {} {}", e.date, e.kind.key(), delta_text(e.delta));
            if let Some(v) = &e.visit {
                s.push_str(&format!(" {v}"));
            }
            if !e.note.is_empty() {
                s.push_str(&format!(" {}", e.note));
            }
            s
        })
        .collect();
    let fields: Vec<(Column, Cell)> = vec![
        (col("id", "编号 ID"), Cell::text(&p.id)),
        (col("client", "客户 Client"), Cell::text(&p.client)),
        (
            col("kind", "类型 Kind"),
            Cell::term("package-kind", p.kind.key()),
        ),
        (col("category", "服务 Service"), category(&store.config, &p)),
        (
            col("bought", "购买 Bought"),
            Cell::text(p.bought.to_string()),
        ),
        (
            col("expires", "到期 Expires"),
            Cell::text(p.expires.map(|d| d.to_string()).unwrap_or_default()),
        ),
        (col("status", "状态 Status"), Cell::text(status)),
        (col("paid", "实付 Paid"), Cell::Money(p.paid)),
        (col("face", "面值 Face"), amount(p.face)),
        (col("bonus", "赠送 Bonus"), amount(p.bonus)),
        (col("visits_left", "剩余次数 Visits left"), visits),
        (col("yuan_left", "剩余金额 Yuan left"), yuan),
        (col("notes", "备注 Notes").free_text(), Cell::text(&p.notes)),
        (col("ledger", "流水 Ledger"), Cell::List(ledger)),
        (
            col("created", "创建 Created"),
            cells::time(&store.config, p.created),
        ),
        (
            col("updated", "更新 Updated"),
            cells::time(&store.config, p.updated),
        ),
    ];
    if ctx.out.format != Format::Table {
        ctx.out.fields(&fields)?;
        return Ok(());
    }
    // A table shows the ledger as its own table under the fields.
    let without: Vec<(Column, Cell)> = fields
        .into_iter()
        .filter(|(c, _)| c.key != "ledger")
        .collect();
    ctx.out.fields(&without)?;
    if !p.ledger.is_empty() {
        let rows = p
            .ledger
            .iter()
            .map(|e| {
                vec![
                    Cell::text(e.date.to_string()),
                    Cell::term("ledger", e.kind.key()),
                    amount(e.delta),
                    Cell::text(e.visit.clone().unwrap_or_default()),
                    Cell::text(&e.note),
                ]
            })
            .collect();
        ctx.out.rows(&Rows {
            columns: vec![
                col("date", "日期 Date"),
                col("kind", "类型 Kind"),
                col("delta", "变动 Change"),
                col("visit", "服务 Visit"),
                col("note", "备注 Note").free_text(),
            ],
            rows,
        })?;
    }
    Ok(())
}

fn delta_text(a: crate::domain::package::Amount) -> String {
    use crate::domain::package::Amount;
    match a {
        Amount::Visits(n) => format!("{n:+}"),
        Amount::Yuan(m) if m.0 >= 0 => format!("+{m}"),
        Amount::Yuan(m) => m.to_string(),
    }
}
