//! `hk survey …`: satisfaction surveys (满意度调查): entry, import, listing.

mod add;
mod delete;
mod edit;
mod import;
mod list;

use super::Ctx;
use super::error::CliResult;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Add(Box<add::Args>),
    Import(Box<import::Args>),
    List(list::Args),
    Edit(edit::Args),
    Delete(delete::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Add(a) => add::run(*a, ctx),
        Command::Import(a) => import::run(*a, ctx),
        Command::List(a) => list::run(a, ctx),
        Command::Edit(a) => edit::run(a, ctx),
        Command::Delete(a) => delete::run(a, ctx),
    }
}
