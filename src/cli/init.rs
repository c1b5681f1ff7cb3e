//! `hk init`: create a store, and an identity if you have none yet.

use std::path::PathBuf;

use super::Ctx;
use super::error::{CliError, CliResult};
use crate::store::Store;
use crate::store::keys::{generate_identity, parse_recipient, write_identity_file};

/// Create a store: `.hk/config.toml` (settings, categories, follow-up policy),
/// `.hk/recipients` (the public keys records are encrypted to) and the record folders.
///
/// If your identity file does not exist yet, one is created (mode 0600) and its public
/// key becomes the store's first recipient. Back that file up: without it nobody can
/// read the store.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder for the new store [default: --store, HK_STORE, or the current folder]
    pub dir: Option<PathBuf>,
    /// Also make the folder a git repository, with a diff driver that shows decrypted records
    #[arg(long)]
    pub git: bool,
    /// Another public key to encrypt to (age1… or ssh-ed25519 …); repeatable
    #[arg(long = "recipient", value_name = "KEY")]
    pub recipients: Vec<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let dir = args
        .dir
        .clone()
        .or_else(|| ctx.store_dir_arg().map(PathBuf::from))
        .unwrap_or_else(|| ctx.env.cwd.clone());
    if dir.join(".hk").exists() {
        return Err(
            CliError::failure(crate::t!("init-already-store", path = dir.display()))
                .hint(crate::t!("init-already-store-hint")),
        );
    }
    for (i, r) in args.recipients.iter().enumerate() {
        parse_recipient(r.trim())
            .map_err(|e| CliError::bad_flag("--recipient", format!("#{}: {e}", i + 1)))?;
    }
    let identity_path = ctx.identity_path()?;
    let now = ctx.now()?;
    if !identity_path.exists() {
        let (text, _) = generate_identity(&now.to_rfc3339());
        write_identity_file(&identity_path, &text).map_err(|e| {
            CliError::failure(crate::t!(
                "init-cannot-create-identity",
                path = identity_path.display(),
                error = &e
            ))
        })?;
        ctx.out.status(&format!(
            "{}\n  {}",
            crate::t!("init-identity-created", path = identity_path.display()),
            crate::t!("init-identity-back-up")
        ));
    }
    let own = ctx.identities()?.public.clone();
    if own.is_empty() && args.recipients.is_empty() {
        return Err(CliError::failure(crate::t!("init-no-public-key"))
            .hint(crate::t!("init-no-public-key-hint")));
    }
    let mut text = String::from(
        "# Public keys that every record is encrypted to, one per line (age1… or ssh-…).\n\
         # Add a colleague's key (`hk key public` on their machine), then run\n\
         # `hk key rewrap` so the existing records open with it too.\n",
    );
    for k in &own {
        text.push_str(&format!(
            "# created by hk init on {}\n{k}\n",
            now.date_naive()
        ));
    }
    for r in &args.recipients {
        text.push_str(r.trim());
        text.push('\n');
    }
    std::fs::create_dir_all(&dir).map_err(|e| {
        CliError::failure(crate::t!(
            "init-cannot-create",
            path = dir.display(),
            error = &e
        ))
    })?;
    let store = Store::create(&dir, &text, args.git)?;
    ctx.out.status(&if args.git {
        crate::t!("init-created-git", path = store.root.display())
    } else {
        crate::t!("init-created", path = store.root.display())
    });
    ctx.out.status(&crate::t!("init-next"));
    Ok(())
}
