//! `--package K` of `hk visit add` and `hk visit done`: pay for a done visit from a
//! prepaid package, in the same transaction as the visit's own write.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::records::{load_owned_complete, resolve_id};
use crate::domain::package::{Package, paid_by};
use crate::domain::visit::Visit;
use crate::store::{Store, Txn};

/// Appends the entry that pays for `visit` to package `query`'s ledger, in `txn`, or
/// refuses (nothing written): the package must be the visit's client's, valid on the
/// visit's day, hold enough, and no package may have paid for the visit already.
/// Returns the package as it will be.
pub fn pay(
    ctx: &mut Ctx,
    store: &Store,
    txn: &mut Txn<'_>,
    query: &str,
    visit: &Visit,
) -> CliResult<Package> {
    let now = ctx.now()?;
    let loaded = resolve_id::<Package>(ctx, store, query).map_err(|e| CliError {
        message: format!("`--package`: {}", e.message),
        ..e
    })?;
    let owned: Vec<Package> = load_owned_complete::<Package>(
        ctx,
        store,
        &visit.client,
        &crate::t!("package-purpose-pay"),
    )?
    .into_iter()
    .map(|l| l.record)
    .collect();
    if let Some(other) = paid_by(&owned, &visit.id) {
        return Err(CliError::failure(crate::t!(
            "package-pay-already-paid",
            visit = &visit.id,
            package = &other.id
        ))
        .hint(crate::t!("package-hint-show-ledger", package = &other.id)));
    }
    let entry = loaded.record.pay_for(visit, now, "")?;
    let after = loaded.record.append(entry);
    txn.update(&loaded, &after)?;
    Ok(after)
}
