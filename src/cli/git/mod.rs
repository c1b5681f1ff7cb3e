//! `hk git`: the git side of a store shared by several offices (DESIGN §13).

mod setup;

use super::Ctx;
use super::error::CliResult;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Setup(setup::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Setup(args) => setup::run(args, ctx),
    }
}
