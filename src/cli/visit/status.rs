//! `hk visit done|cancel|no-show`: change a visit's status.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::records::resolve_id;
use crate::domain::visit::{Status, Visit};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Visit id or id prefix
    pub visit: String,
}

/// `hk visit done`: also pays from a package.
#[derive(Debug, clap::Args)]
pub struct DoneArgs {
    #[command(flatten)]
    pub args: Args,
    /// Pay for the visit from this prepaid package (k-…): one visit of a visits card,
    /// or the visit's price from a stored-value card. A visit done earlier can be paid
    /// this way too.
    #[arg(long, value_name = "K")]
    pub package: Option<String>,
}

pub fn done(a: DoneArgs, ctx: &mut Ctx) -> CliResult {
    run_paid(a.args, ctx, Status::Done, a.package)
}

pub fn run(args: Args, ctx: &mut Ctx, status: Status) -> CliResult {
    run_paid(args, ctx, status, None)
}

fn run_paid(args: Args, ctx: &mut Ctx, status: Status, package: Option<String>) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let mut txn = store.begin()?;
    let loaded = resolve_id::<Visit>(ctx, &store, &args.visit)?;
    if matches!(status, Status::Done | Status::NoShow) && loaded.record.date > now.date_naive() {
        return Err(CliError::failure(crate::t!(
            "visit-status-in-future",
            id = &loaded.record.id,
            date = loaded.record.date.to_string(),
            status = status.key()
        )));
    }
    let mut v = loaded.record.clone();
    let changed = v.status != status;
    if changed {
        v.status = status;
        v.updated = now;
        txn.update(&loaded, &v)?;
    } else if package.is_none() {
        ctx.out.status(&crate::t!(
            "visit-status-unchanged",
            id = &v.id,
            status = status.key()
        ));
        return Ok(());
    }
    // A visit done earlier may still be paid from a package now.
    let paid = match &package {
        Some(k) => Some(super::super::package::pay::pay(
            ctx, &store, &mut txn, k, &v,
        )?),
        None => None,
    };
    let mut message = format!("visit {} {}", status.key(), v.id);
    if let Some(p) = &paid {
        message.push_str(&format!(" --package {}", p.id));
    }
    txn.commit(&message)?;
    if changed {
        ctx.out.status(&crate::t!(
            "visit-status-changed",
            id = &v.id,
            status = status.key()
        ));
    }
    if let Some(p) = paid {
        ctx.out.status(&crate::t!(
            "visit-paid-from-package",
            package = &p.id,
            balance = p.balance().to_string()
        ));
    }
    Ok(())
}
