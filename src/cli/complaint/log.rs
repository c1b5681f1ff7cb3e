//! `hk complaint log`: add a timestamped entry to a complaint's log.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use crate::domain::complaint::EntryKind;
use crate::domain::complaint::rules;

/// Log a step in handling a complaint, stamped with the current time.
///
/// The first `--contact` is the first response, which the deadline is measured by.
/// The first entry puts an open complaint in progress.
#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("entry").required(true).multiple(false))]
pub struct Args {
    /// Complaint id or id prefix
    pub complaint: String,
    /// A contact with the client (call, visit, message)
    #[arg(long, group = "entry", value_name = "TEXT")]
    pub contact: Option<String>,
    /// Something done about it
    #[arg(long, group = "entry", value_name = "TEXT")]
    pub action: Option<String>,
    /// A note
    #[arg(long, group = "entry", value_name = "TEXT")]
    pub note: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let (kind, flag, text) = match (args.contact, args.action, args.note) {
        (Some(t), _, _) => (EntryKind::Contact, "--contact", t),
        (_, Some(t), _) => (EntryKind::Action, "--action", t),
        (_, _, Some(t)) => (EntryKind::Note, "--note", t),
        _ => unreachable!("clap requires one of them"),
    };
    if text.trim().is_empty() {
        return Err(CliError::bad_flag(flag, crate::t!("complaint-flag-empty")));
    }
    super::step(ctx, &args.complaint, "log", |c, now| {
        rules::log(c, kind, &text, now)
    })?;
    Ok(())
}
