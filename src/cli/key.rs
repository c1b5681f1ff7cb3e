//! `hk key`: make an identity, or show the public key of yours.

use std::path::PathBuf;

use super::Ctx;
use super::error::{CliError, CliResult};
use crate::store::keys::{generate_identity, write_identity_file};

/// Re-encrypts all records, all or nothing: if any record cannot be decrypted with
/// your key, nothing is rewritten (a partial rewrap would leave some records readable
/// only by the old set of keys).
fn rewrap(ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let mut txn = store.begin()?;
    let (raws, unreadable) = store.load_all_raw(ctx.identities_for(&store)?)?;
    if !unreadable.is_empty() {
        for u in &unreadable {
            ctx.out
                .warn(&format!("{}: {}", u.path.display(), u.problem));
        }
        return Err(CliError::failure(format!(
            "{} record(s) cannot be decrypted with your key; nothing was rewritten",
            unreadable.len()
        ))
        .hint("run `hk key rewrap` as someone whose key opens every record"));
    }
    txn.rewrap_all(&raws)?;
    // The new set of keys lands in the same commit as the records encrypted to it.
    txn.commit_also(crate::store::RECIPIENTS_FILE);
    txn.commit(&format!("key rewrap ({} records)", raws.len()))?;
    ctx.out.status(&format!(
        "re-encrypted {} record(s) to the keys in .hk/recipients",
        raws.len()
    ));
    Ok(())
}

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
    /// Re-encrypt every record to the keys now in `.hk/recipients`.
    ///
    /// Run it after adding a colleague's public key (so they can read the records
    /// written before) or removing one (so new copies no longer open with it; old
    /// copies in git history still do, so also rotate what matters).
    Rewrap,
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
        Command::Rewrap => rewrap(ctx),
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
