//! `hk staff avoid`: keep a client's do-not-send list (客户要求不再派).

use super::super::Ctx;
use super::super::client::resolve as resolve_client;
use super::super::error::CliResult;
use super::resolve;

/// Record that a client asked not to have this staff member again (or, with
/// `--undo`, take that back). Booking her for the client is then refused, and
/// `hk staff suggest` leaves her out for that client.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Staff id or id prefix, or exact name
    pub staff: String,
    /// The client (id or id prefix, phone, or exact name)
    #[arg(long)]
    pub client: String,
    /// Take the client off her do-not-send list
    #[arg(long)]
    pub undo: bool,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let mut txn = store.begin()?;
    let loaded = resolve(ctx, &store, &args.staff)?;
    let client = resolve_client(ctx, &store, &args.client)?.record.id;
    let mut s = loaded.record.clone();
    let listed = s.avoided_by.contains(&client);
    match (args.undo, listed) {
        (false, true) | (true, false) => {
            ctx.out.status(&crate::t!("staff-avoid-no-changes"));
            return Ok(());
        }
        (false, false) => s.avoided_by.push(client.clone()),
        (true, true) => s.avoided_by.retain(|c| c != &client),
    }
    s.updated = now;
    txn.update(&loaded, &s)?;
    let verb = if args.undo { "avoid --undo" } else { "avoid" };
    txn.commit(&format!("staff {verb} {} ({client})", s.id))?;
    ctx.forgive_unreadable();
    ctx.out.status(&if args.undo {
        crate::t!("staff-avoid-undone", staff = &s.id, client = &client)
    } else {
        crate::t!("staff-avoid-done", staff = &s.id, client = &client)
    });
    Ok(())
}
