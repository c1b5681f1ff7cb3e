//! `hk report …`: figures for the owner, meant for cron (`--format csv`).

mod complaints;
mod followups;
mod inquiries;
mod lifecycle;
mod satisfaction;
mod staff;

use super::Ctx;
use super::error::CliResult;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Lifecycle(lifecycle::Args),
    Followups(followups::Args),
    Satisfaction(satisfaction::Args),
    Complaints(complaints::Args),
    Staff(staff::Args),
    Inquiries(inquiries::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Lifecycle(a) => lifecycle::run(a, ctx),
        Command::Followups(a) => followups::run(a, ctx),
        Command::Satisfaction(a) => satisfaction::run(a, ctx),
        Command::Complaints(a) => complaints::run(a, ctx),
        Command::Staff(a) => staff::run(a, ctx),
        Command::Inquiries(a) => inquiries::run(a, ctx),
    }
}
