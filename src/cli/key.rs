//! `hk key`: make an identity, or show the public key of yours.

use std::path::PathBuf;

use super::Ctx;
use super::error::{CliError, CliResult};
use crate::store::keys::{generate_identity, write_identity_file};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Make a new identity (private key). Without --out it is printed to stdout.
    Generate {
        /// Write it to this file (mode 0600) instead; an existing file is never replaced
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Print the public key of your identity, to add to a store's `.hk/recipients`.
    Public,
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Generate { out } => {
            let now = ctx.now()?;
            let (text, public) = generate_identity(&now.to_rfc3339());
            match out {
                Some(path) => {
                    write_identity_file(&path, &text).map_err(|e| {
                        let err =
                            CliError::failure(format!("cannot write `{}`: {e}", path.display()));
                        if e.kind() == std::io::ErrorKind::AlreadyExists {
                            err.hint("hk never overwrites a key; choose another file name")
                        } else {
                            err
                        }
                    })?;
                    ctx.out
                        .status(&format!("wrote a new identity to {}", path.display()));
                    ctx.out.data(&public)?;
                }
                None => {
                    ctx.out.status(&format!("public key: {public}"));
                    ctx.out.data(&text)?;
                }
            }
            Ok(())
        }
        Command::Public => {
            let public = ctx.identities()?.public.clone();
            if public.is_empty() {
                return Err(
                    CliError::failure("this identity has no age public key (an ssh key?)")
                        .hint("use the matching `.pub` file instead"),
                );
            }
            ctx.out.data(&public.join("\n"))?;
            Ok(())
        }
    }
}
