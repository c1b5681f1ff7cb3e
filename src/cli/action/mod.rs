//! `hk action …`: the action items of follow-ups (待办, DESIGN §11).

mod done;
pub mod list;

use super::Ctx;
use super::error::CliResult;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    List(list::Args),
    Done(done::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::List(a) => list::run(a, ctx),
        Command::Done(a) => done::run(a, ctx),
    }
}
