//! `hk followup …`: follow-up calls (回访): log them, list them, and the due list.

mod delete;
pub mod due;
mod edit;
mod list;
mod log;

use super::Ctx;
use super::error::CliResult;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Log(Box<log::Args>),
    List(list::Args),
    Due(due::Args),
    Edit(edit::Args),
    Delete(delete::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Log(a) => log::run(*a, ctx),
        Command::List(a) => list::run(a, ctx),
        Command::Due(a) => due::run(a, ctx),
        Command::Edit(a) => edit::run(a, ctx),
        Command::Delete(a) => delete::run(a, ctx),
    }
}
