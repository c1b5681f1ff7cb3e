//! `hk client edit`: change fields with `--set`, or edit the whole record in $EDITOR.
//!
//! The editor session works on a decrypted copy in a private scratch folder (see
//! `crate::scratch`: 0700, on `/dev/shm` where it exists, removed afterwards even on
//! error or SIGTERM/SIGHUP/SIGINT, and by the next run after a SIGKILL). The record is
//! written only if it parses, passes validation and the contact rules of `client add`,
//! and changed.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::{check_contact, contact_hints, resolve};
use crate::domain::client::{Client, ContactProblem};
use crate::scratch::Scratch;
use crate::store::{Loaded, Store, parse_record};

/// Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without,
/// opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid.
///
/// Fields: name, phones, wechat, address, id_number, categories, tags, source, needs,
/// frequency, notes, household.size, household.pets, household.children,
/// household.elders, household.area_sqm, do_not_contact, consent.marketing,
/// consent.channel, closed (a reason closes the client; empty reopens).
///
/// The rules of `hk client add` hold in both modes: a client keeps a phone or a WeChat
/// id, and a phone that another client already has is refused unless
/// `--allow-duplicate`. In the editor, a refused record can be re-opened.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    /// FIELD=VALUE; lists take `;`-separated values (phones=138…;139…)
    #[arg(long = "set", value_name = "FIELD=VALUE")]
    pub sets: Vec<String>,
    /// Save even if another client has a phone this edit adds
    #[arg(long)]
    pub allow_duplicate: bool,
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
        match edit_in_editor(ctx, &store, &loaded, args.allow_duplicate)? {
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
                .map_err(CliError::bad_set)?;
        }
        c.normalize(&store.config).map_err(CliError::bad_set)?;
        c
    };
    if client == loaded.record {
        ctx.out.status("no changes");
        return Ok(());
    }
    client.updated = now;
    // The lock is taken before the contact check, as in `client add`; the editor loop
    // checked too, but without the lock (nobody waits on someone's editor).
    let mut txn = store.begin()?;
    let allow = args.allow_duplicate;
    if let Some(problem) = check_contact(ctx, &store, Some(&loaded.record), &client, allow)? {
        let mut err = match (&problem, sets.is_empty()) {
            (ContactProblem::Unreachable, false) => {
                CliError::bad_flag("--set", format!("{problem}; nothing was changed"))
            }
            (_, false) => CliError::failure(format!("{problem}; nothing was changed")),
            (_, true) => CliError::failure(format!(
                "{}: not saved ({problem}); nothing was changed",
                loaded.rel_path.display()
            )),
        };
        err.hints = contact_hints(&problem, "save");
        return Err(err);
    }
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
    store: &Store,
    loaded: &Loaded<Client>,
    allow_duplicate: bool,
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
    let scratch = Scratch::create(&ctx.env.temp_dir)
        .map_err(|e| CliError::failure(format!("cannot create a private temp folder: {e}")))?;
    let file = scratch
        .write_file(&format!("{}.toml", loaded.record.id), loaded.plaintext())
        .map_err(|e| CliError::failure(format!("cannot write the temp file: {e}")))?;
    loop {
        let status = scratch
            .run(
                std::process::Command::new("sh")
                    .arg("-c")
                    .arg(editor_line(&editor))
                    .arg("hk-editor")
                    .arg(&file),
            )
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
        let (problem, hints) = match check_edited(ctx, store, loaded, &text, allow_duplicate)? {
            Ok(c) => return Ok(Some(c)),
            Err(p) => p,
        };
        ctx.out
            .warn(&format!("the edited record is not valid: {problem}"));
        let again = match ctx.prompter() {
            Some(p) => p.confirm("Re-open the editor? (no discards your changes)", true)?,
            None => false,
        };
        if !again {
            let mut err = CliError::failure(format!(
                "{}: not saved ({problem}); nothing was changed",
                loaded.rel_path.display()
            ));
            err.hints = hints;
            return Err(err);
        }
    }
}

/// The edited text as a valid record, or what is wrong with it (and the hints).
fn check_edited(
    ctx: &mut Ctx,
    store: &Store,
    loaded: &Loaded<Client>,
    text: &str,
    allow_duplicate: bool,
) -> CliResult<Result<Client, (String, Vec<String>)>> {
    let mut c = match parse_record::<Client>(text) {
        Ok(c) => c,
        Err(p) => return Ok(Err((p, Vec::new()))),
    };
    let problem = if c.id != loaded.record.id {
        "the `id` field cannot be changed".to_string()
    } else if c.created != loaded.record.created {
        "the `created` field cannot be changed".to_string()
    } else if let Err(e) = c.normalize(&store.config) {
        e.to_string()
    } else if c == loaded.record {
        return Ok(Ok(c));
    } else {
        match check_contact(ctx, store, Some(&loaded.record), &c, allow_duplicate)? {
            None => return Ok(Ok(c)),
            Some(p) => return Ok(Err((p.to_string(), contact_hints(&p, "save")))),
        }
    };
    Ok(Err((problem, Vec::new())))
}

/// The shell line that runs the editor on `"$1"`. A plain command (`vim`, `code --wait`)
/// is `exec`'d, so that the editor is hk's own child and a SIGTERM or SIGHUP that hk
/// passes on reaches it; a compound one (`;`, `|`, `&&`, a leading `VAR=value` …) runs
/// as it is.
fn editor_line(editor: &str) -> String {
    let first_word = editor.split_whitespace().next().unwrap_or_default();
    let compound =
        editor.contains([';', '&', '|', '<', '>', '(', ')', '\n', '`']) || first_word.contains('=');
    if compound {
        format!("{editor} \"$1\"")
    } else {
        format!("exec {editor} \"$1\"")
    }
}

#[cfg(test)]
mod tests {
    use super::editor_line;

    #[test]
    fn a_plain_editor_is_execed_and_a_compound_one_is_not() {
        assert_eq!(editor_line("vi"), "exec vi \"$1\"");
        assert_eq!(editor_line("code --wait"), "exec code --wait \"$1\"");
        assert_eq!(editor_line("TERM=xterm vi"), "TERM=xterm vi \"$1\"");
        assert_eq!(editor_line("cd /tmp && vi"), "cd /tmp && vi \"$1\"");
    }
}
