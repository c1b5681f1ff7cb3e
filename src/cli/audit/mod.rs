//! `hk audit …`: the audit log of reveals, exports and erasures (DESIGN §12), and the
//! one way commands add to it.

mod list;

use super::Ctx;
use super::error::CliResult;
use crate::domain::audit::{Action, Audit};
use crate::domain::id::Kind;
use crate::store::{Store, Txn};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    List(list::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::List(a) => list::run(a, ctx),
    }
}

/// A new entry: `action` on the data of `subject` (a client or staff id), now, by
/// the public key of this command's identity.
pub fn entry(ctx: &mut Ctx, store: &Store, action: Action, subject: &str) -> CliResult<Audit> {
    let now = ctx.now()?;
    let who = ctx.identities()?.public.join(" ");
    Ok(Audit::new(
        store.new_id(Kind::Audit)?,
        now,
        &who,
        action,
        subject,
    ))
}

/// Adds an entry to a write that goes with it (`client erase`): one commit for both.
pub fn add_to(ctx: &mut Ctx, txn: &mut Txn<'_>, action: Action, subject: &str) -> CliResult<Audit> {
    let a = entry(ctx, txn.store(), action, subject)?;
    txn.create(&a)?;
    Ok(a)
}

/// Writes an entry on its own (a reveal or an export changes nothing else), as one
/// commit `audit ACTION SUBJECT`. It comes before the data is shown: what cannot be
/// audited is not shown.
pub fn record(ctx: &mut Ctx, store: &Store, action: Action, subject: &str) -> CliResult<Audit> {
    let mut txn = store.begin()?;
    let a = add_to(ctx, &mut txn, action, subject)?;
    txn.commit(&format!("audit {} {subject}", action.key()))?;
    Ok(a)
}
