//! `hk resolve`: settle one field that a merge left in conflict.

use super::Ctx;
use super::error::{CliError, CliResult};
use crate::store::conflicts::Choice;

/// Settle a conflict from a merge: keep our value, take theirs, or type another.
///
/// RECORD is an id or a unique id prefix (`c-7k2`); FIELD is the field as
/// `hk conflicts` names it (`address`, `household.pets`). The record is written once,
/// without that `[[conflicts]]` entry, as one commit (`resolve <id> <field>`). The
/// record must then keep the rules an edit keeps (a valid ID number, an end not before
/// the start …): if not, nothing is written and the conflict stays.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("choice").required(true)))]
pub struct Args {
    /// The record: an id or unique id prefix
    pub record: String,
    /// The field in conflict, as `hk conflicts` names it
    pub field: String,
    /// Keep this clone's value (the one the record holds now)
    #[arg(long, group = "choice")]
    pub ours: bool,
    /// Take the other office's value
    #[arg(long, group = "choice")]
    pub theirs: bool,
    /// Set this value instead
    #[arg(long, group = "choice", value_name = "V")]
    pub value: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let choice = match (args.ours, args.theirs, args.value) {
        (true, _, _) => Choice::Ours,
        (_, true, _) => Choice::Theirs,
        (_, _, Some(v)) => Choice::Value(v),
        _ => {
            return Err(CliError::usage(crate::t!("resolve-cmd-choose")));
        }
    };
    let store = ctx.store()?;
    let today = ctx.today()?;
    let ids = ctx.identities_for(&store)?;
    let id = store.resolve(ids, args.record.trim(), args.field.trim(), &choice, today)?;
    if let Ok(mut seen) = store.conflicts_seen.lock() {
        seen.remove(&id);
    }
    ctx.out.status(&crate::t!(
        "resolve-cmd-done",
        field = args.field.trim(),
        id = &id
    ));
    Ok(())
}
