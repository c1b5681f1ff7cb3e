//! `hk cache`: look at or delete the encrypted cache in `.hk/cache/` (DESIGN §9).

mod clear;
mod status;

use super::Ctx;
use super::error::CliResult;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Status(status::Args),
    Clear(clear::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Status(args) => status::run(args, ctx),
        Command::Clear(args) => clear::run(args, ctx),
    }
}
