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

pub fn run(args: Args, ctx: &mut Ctx, status: Status) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let mut txn = store.begin()?;
    let loaded = resolve_id::<Visit>(ctx, &store, &args.visit)?;
    if matches!(status, Status::Done | Status::NoShow) && loaded.record.date > now.date_naive() {
        return Err(CliError::failure(format!(
            "visit {} is on {}, after today; it cannot be {} yet",
            loaded.record.id,
            loaded.record.date,
            status.key()
        )));
    }
    if loaded.record.status == status {
        ctx.out.status(&format!(
            "visit {} is already {}",
            loaded.record.id,
            status.key()
        ));
        return Ok(());
    }
    let mut v = loaded.record.clone();
    v.status = status;
    v.updated = now;
    txn.update(&loaded, &v)?;
    txn.commit(&format!("visit {} {}", status.key(), v.id))?;
    ctx.out
        .status(&format!("visit {} is now {}", v.id, status.key()));
    Ok(())
}
