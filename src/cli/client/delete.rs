//! `hk client delete`: remove a client entered by mistake (a duplicate, a test).

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::remove::{Yes, confirm, message};
use super::owned::{Avoiding, Owned, refuse_prepaid_balance};
use super::resolve;

/// Delete a client. Asks for confirmation on a terminal; without one, needs `--yes`.
///
/// A client with visits, follow-ups or survey responses is refused, naming them by
/// id, unless `--with-records`: then they are deleted with the client, in the same
/// commit. Staff whose do-not-send list names the client lose that entry in the same
/// commit (named by id). A duplicate client's records are better kept: `hk client merge KEEP OTHER`
/// moves them to the client who stays.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    #[command(flatten)]
    pub yes: Yes,
    /// Also delete the client's visits, follow-ups, survey responses, complaints and packages (refused while a package still holds a balance: refund it first)
    #[arg(long)]
    pub with_records: bool,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let mut txn = store.begin()?;
    let client = resolve(ctx, &store, &args.client)?;
    let id = client.record.id.clone();
    let purpose = crate::t!("client-purpose-delete", id = &id);
    let owned = Owned::load(ctx, &store, &id, &purpose)?;
    let avoiding = Avoiding::load(ctx, &store, &id, None, &purpose, now)?;
    let records = owned.ids();
    if args.with_records {
        refuse_prepaid_balance(&owned.packages, &purpose)?;
    }
    if !records.is_empty() && !args.with_records {
        return Err(CliError::failure(crate::t!(
            "client-has-records",
            id = &id,
            records = owned.summary()
        ))
        .hint(crate::t!("client-delete-with-records-hint", id = &id))
        .hint(crate::t!("client-delete-merge-hint", id = &id)));
    }
    let mut plan = if records.is_empty() {
        crate::t!("client-delete-plan", id = &id)
    } else {
        crate::t!(
            "client-delete-plan-records",
            id = &id,
            records = owned.summary()
        )
    };
    if let Some(staff) = avoiding.summary() {
        plan.push_str(&crate::t!(
            "client-delete-plan-avoided",
            id = &id,
            staff = staff
        ));
    }
    confirm(ctx, args.yes.yes, &plan)?;
    owned.remove_all(&mut txn);
    avoiding.update_all(&mut txn)?;
    txn.remove(&client);
    txn.commit(&avoiding.message(message(
        &format!("client delete {id}"),
        "records with it",
        &records,
    )))?;
    ctx.out.status(&if records.is_empty() {
        crate::t!("client-deleted", id = &id)
    } else {
        crate::t!("client-deleted-records", id = &id, count = records.len())
    });
    if let Some(staff) = avoiding.summary() {
        ctx.out.status(&crate::t!(
            "client-avoided-dropped",
            id = &id,
            staff = staff
        ));
    }
    Ok(())
}
