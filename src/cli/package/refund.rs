//! `hk package refund`: give part or all of a package's balance back.

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::filters::{parse_flag, past_date};
use super::super::records::resolve_id;
use crate::domain::package::Package;

/// Refund part or all of what is left on a package: a ledger entry that lowers the
/// balance (the ledger is never rewritten). `--amount` is in the package's unit: a
/// number of visits for a visits card, yuan for a stored-value card. More than the
/// balance is refused whole.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Package id or id prefix (k-…)
    pub package: String,
    /// Visits (visits card) or yuan (stored-value card) to give back
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub amount: String,
    /// The day of the refund [default: today]
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// Why, or how the money went back (退款原因)
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let date = past_date(args.date.as_deref(), now.date_naive())?;
    let mut txn = store.begin()?;
    let loaded = resolve_id::<Package>(ctx, &store, &args.package)?;
    let kind = loaded.record.kind;
    let amount = parse_flag("--amount", Some(&args.amount), |s| kind.amount(s, false))?
        .unwrap_or(kind.of(0));
    let entry = loaded
        .record
        .refund(amount, date, now, args.note.as_deref().unwrap_or(""))?;
    let after = loaded.record.append(entry);
    txn.update(&loaded, &after)?;
    txn.commit(&format!("package refund {}", after.id))?;
    ctx.out.status(&crate::t!(
        "package-refunded",
        amount = amount.to_string(),
        id = &after.id,
        balance = after.balance().to_string()
    ));
    Ok(())
}
