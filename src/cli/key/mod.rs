//! `hk key`: make an identity, show yours, and manage who can read the store
//! (`add`, `remove`, `list`, `rewrap`; DESIGN §13).

mod add;
mod list;
mod remove;
mod rewrap;

use std::path::PathBuf;

use super::Ctx;
use super::error::{CliError, CliResult};
use crate::store::keys::{generate_identity, write_identity_file};
use crate::store::{RECIPIENTS_FILE, Rewrap, Rewrapped, Store};

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
    Add(add::Args),
    Remove(remove::Args),
    List(list::Args),
    Rewrap(rewrap::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Generate { out } => {
            let now = ctx.now()?;
            let (text, public) = generate_identity(&now.to_rfc3339());
            match out {
                Some(path) => {
                    write_identity_file(&path, &text).map_err(|e| {
                        let err = CliError::failure(crate::t!(
                            "key-cmd-cannot-write",
                            path = path.display(),
                            error = &e
                        ));
                        if e.kind() == std::io::ErrorKind::AlreadyExists {
                            err.hint(crate::t!("key-cmd-never-overwrites"))
                        } else {
                            err
                        }
                    })?;
                    ctx.out
                        .status(&crate::t!("key-cmd-wrote-identity", path = path.display()));
                    ctx.out.data(&public)?;
                }
                None => {
                    ctx.out
                        .status(&crate::t!("key-cmd-public-key", key = &public));
                    ctx.out.data(&text)?;
                }
            }
            Ok(())
        }
        Command::Add(args) => add::run(args, ctx),
        Command::Remove(args) => remove::run(args, ctx),
        Command::List(args) => list::run(args, ctx),
        Command::Rewrap(args) => rewrap::run(args, ctx),
        Command::Public => {
            let public = ctx.identities()?.public.clone();
            if public.is_empty() {
                return Err(CliError::failure(crate::t!("key-cmd-no-age-key"))
                    .hint(crate::t!("key-cmd-no-age-key-hint")));
            }
            ctx.out.data(&public.join("\n"))?;
            Ok(())
        }
    }
}

/// Re-encrypts the store to `recipients` (the new text of `.hk/recipients`; `None`: as
/// it is) in one commit titled `title`, and says what it did.
fn rewrap_to(ctx: &mut Ctx, recipients: Option<&str>, title: &str) -> CliResult<Rewrapped> {
    let store = ctx.store()?;
    let ids = ctx.identities_for(&store)?;
    match store.rewrap(ids, recipients, title)? {
        Rewrap::Done(done) => {
            ctx.out.status(&crate::t!(
                "key-cmd-rewrapped",
                rewritten = done.rewritten,
                current = done.current
            ));
            Ok(done)
        }
        Rewrap::Unreadable(bad) => {
            for u in &bad {
                ctx.out.warn(&crate::t!(
                    "key-cmd-unreadable-record",
                    path = u.path.display(),
                    problem = &u.problem
                ));
            }
            Err(
                CliError::failure(crate::t!("key-cmd-cannot-decrypt", count = bad.len()))
                    .hint(crate::t!("key-cmd-cannot-decrypt-hint")),
            )
        }
    }
}

/// The text of the store's `.hk/recipients`, for `key list`, `key add` and `key remove`.
fn read_recipients(store: &Store) -> CliResult<String> {
    std::fs::read_to_string(store.root.join(RECIPIENTS_FILE)).map_err(|e| {
        CliError::failure(crate::t!(
            "key-cmd-cannot-read",
            path = RECIPIENTS_FILE,
            error = &e
        ))
    })
}
