//! `hk completions`: shell completion scripts generated from the clap definition.

use super::Ctx;
use super::error::CliResult;

/// Print the completion script for a shell. The files under `completions/` are this
/// command's output (a test keeps them equal).
#[derive(Debug, clap::Args)]
pub struct Args {
    pub shell: clap_complete::Shell,
}

pub fn run(args: Args, _ctx: &mut Ctx) -> CliResult {
    let mut cmd = super::command();
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "hk", &mut buf);
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(&buf)?;
    out.flush()?;
    Ok(())
}
