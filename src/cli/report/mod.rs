//! `hk report …`: figures for the owner, meant for cron (`--format csv`).

mod complaints;
mod followups;
mod lifecycle;
mod retention;
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
    Retention(retention::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Lifecycle(a) => lifecycle::run(a, ctx),
        Command::Followups(a) => followups::run(a, ctx),
        Command::Satisfaction(a) => satisfaction::run(a, ctx),
        Command::Complaints(a) => complaints::run(a, ctx),
        Command::Staff(a) => staff::run(a, ctx),
        Command::Retention(a) => retention::run(a, ctx),
    }
}
