//! `hk package list`: every prepaid package and what is left on it.

use super::super::Ctx;
use super::super::client::resolve;
use super::super::error::CliResult;
use super::super::records::book;
use super::{amount, lead, lead_columns, left};
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// List prepaid packages: client, kind, service, bought, expiry, paid, face value,
/// bonus and what is left (visits or yuan), oldest purchase first. `--client` shows
/// one client's; `--open` only those with something left.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this client's packages (id or id prefix, phone, or exact name)
    #[arg(long)]
    pub client: Option<String>,
    /// Only packages with a balance above zero
    #[arg(long)]
    pub open: bool,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let only = match &args.client {
        Some(c) => Some(resolve(ctx, &store, c)?.record.id),
        None => None,
    };
    let book = book(ctx, &store, Kinds::clients().with_packages())?;
    let mut packages: Vec<_> = book
        .packages
        .iter()
        .filter(|p| only.as_deref().is_none_or(|c| p.client == c))
        .filter(|p| !args.open || p.balance().units() > 0)
        .collect();
    packages.sort_by(|a, b| (a.bought, a.created, &a.id).cmp(&(b.bought, b.created, &b.id)));
    let rows = packages
        .iter()
        .map(|p| {
            let [visits, yuan] = left(p);
            let mut row = lead(&book, &store.config, p);
            row.extend([
                Cell::text(p.bought.to_string()),
                Cell::text(p.expires.map(|d| d.to_string()).unwrap_or_default()),
                Cell::Money(p.paid),
                amount(p.face),
                amount(p.bonus),
                visits,
                yuan,
            ]);
            row
        })
        .collect();
    ctx.out.rows(&Rows {
        columns: [
            lead_columns(),
            vec![
                col("bought", "购买 Bought"),
                col("expires", "到期 Expires"),
                col("paid", "实付 Paid"),
                col("face", "面值 Face"),
                col("bonus", "赠送 Bonus"),
                col("visits_left", "剩余次数 Visits left"),
                col("yuan_left", "剩余金额 Yuan left"),
            ],
        ]
        .concat(),
        rows,
    })?;
    Ok(())
}
