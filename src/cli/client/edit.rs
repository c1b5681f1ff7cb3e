//! `hk client edit`: change fields with `--set`, or edit the whole record in $EDITOR.
//!
//! The editor session works on a decrypted copy in a private (0700) temp folder on
//! `/dev/shm` where it exists (memory, never the disk), removed afterwards even on
//! error. The record is written only if it parses, passes validation and changed.

use std::path::Path;

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::resolve;
use crate::domain::client::Client;
use crate::store::{Loaded, parse_record};

/// Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without,
/// opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid.
///
/// Fields: name, phones, wechat, address, id_number, categories, tags, source, needs,
/// frequency, notes, household.size, household.pets, household.children,
/// household.elders, household.area_sqm, do_not_contact, consent.marketing,
/// consent.channel, closed (a reason closes the client; empty reopens).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    /// FIELD=VALUE; lists take `;`-separated values (phones=138…;139…)
    #[arg(long = "set", value_name = "FIELD=VALUE")]
    pub sets: Vec<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    // Check every --set before decrypting anything.
    let mut sets = Vec::new();
    for s in &args.sets {
        let (f, v) = s.split_once('=').ok_or_else(|| {
            CliError::bad_flag(
                "--set",
                "expected FIELD=VALUE, e.g. `--set address=浦东新区张江路88号`",
            )
        })?;
        sets.push((f.trim().to_string(), v.to_string()));
    }
    let loaded = resolve(ctx, &store, &args.client)?;
    let mut client = if sets.is_empty() {
        match edit_in_editor(ctx, &loaded, &store.config)? {
            Some(c) => c,
            None => {
                ctx.out.status("no changes");
                return Ok(());
            }
        }
    } else {
        let mut c = loaded.record.clone();
        for (f, v) in &sets {
            c.set_field(f, v, now.date_naive())
                .map_err(|e| CliError::bad_flag("--set", format!("`{}` {}", e.field, e.problem)))?;
        }
        c.normalize(&store.config)
            .map_err(|e| CliError::bad_flag("--set", format!("`{}`: {}", e.field, e.problem)))?;
        c
    };
    if client == loaded.record {
        ctx.out.status("no changes");
        return Ok(());
    }
    client.updated = now;
    let mut txn = store.begin()?;
    txn.update(&loaded, &client)?;
    txn.commit(&format!("client edit {}", client.id))?;
    ctx.forgive_unreadable();
    ctx.out.status(&format!("updated client {}", client.id));
    Ok(())
}

/// Runs the editor until the text is a valid record, or the user gives up.
/// Returns `None` when nothing changed.
fn edit_in_editor(
    ctx: &mut Ctx,
    loaded: &Loaded<Client>,
    config: &crate::domain::config::Config,
) -> CliResult<Option<Client>> {
    let has_terminal = ctx.prompter().is_some();
    let editor = match (&ctx.env.editor, has_terminal) {
        (Some(e), _) => e.clone(),
        (None, true) => "vi".to_string(),
        (None, false) => {
            return Err(
                CliError::usage("no `--set` given and no terminal for an editor")
                    .hint("use `--set FIELD=VALUE`, or set EDITOR"),
            );
        }
    };
    let base = Path::new("/dev/shm");
    let builder = {
        let mut b = tempfile::Builder::new();
        b.prefix("hk-edit-");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            b.permissions(std::fs::Permissions::from_mode(0o700));
        }
        b
    };
    let dir = if base.is_dir() {
        builder.tempdir_in(base)
    } else {
        builder.tempdir()
    }
    .map_err(|e| CliError::failure(format!("cannot create a private temp folder: {e}")))?;
    let file = dir.path().join(format!("{}.toml", loaded.record.id));
    write_private(&file, loaded.plaintext())
        .map_err(|e| CliError::failure(format!("cannot write the temp file: {e}")))?;
    loop {
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{editor} \"$1\""))
            .arg("hk-editor")
            .arg(&file)
            .status()
            .map_err(|e| CliError::failure(format!("cannot start the editor `{editor}`: {e}")))?;
        if !status.success() {
            return Err(CliError::failure(format!(
                "the editor `{editor}` exited with {status}; nothing was changed"
            )));
        }
        let text = std::fs::read_to_string(&file)
            .map_err(|e| CliError::failure(format!("cannot read the edited file back: {e}")))?;
        if text == loaded.plaintext() {
            return Ok(None);
        }
        let problem = match parse_record::<Client>(&text) {
            Err(p) => p,
            Ok(mut c) => {
                if c.id != loaded.record.id {
                    "the `id` field cannot be changed".to_string()
                } else if c.created != loaded.record.created {
                    "the `created` field cannot be changed".to_string()
                } else {
                    match c.normalize(config) {
                        Ok(()) => return Ok(Some(c)),
                        Err(e) => e.to_string(),
                    }
                }
            }
        };
        ctx.out
            .warn(&format!("the edited record is not valid: {problem}"));
        let again = match ctx.prompter() {
            Some(p) => p.confirm("Re-open the editor? (no discards your changes)", true)?,
            None => false,
        };
        if !again {
            return Err(CliError::failure(format!(
                "{}: not saved ({problem}); nothing was changed",
                loaded.rel_path.display()
            )));
        }
    }
}

fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    use std::io::Write;
    options.open(path)?.write_all(text.as_bytes())
}
