//! What every `hk … edit` shares: `--set FIELD=VALUE` parsed and applied, or the
//! whole record edited in $EDITOR, then saved as one commit.
//!
//! The editor session works on a decrypted copy in a private scratch folder (see
//! `crate::scratch`: 0700, on `/dev/shm` where it exists, removed afterwards even on
//! error or SIGTERM/SIGHUP/SIGINT, and by the next run after a SIGKILL). The record is
//! written only if it parses, passes the kind's checks and the command's own (contact
//! rules, links to other records), and changed.

use super::Ctx;
use super::error::{CliError, CliResult};
use super::records::{kind_name, resolve_id};
use crate::domain::client::Client;
use crate::domain::edit::{Editable, Linked};
use crate::domain::visit::Visit;
use crate::scratch::Scratch;
use crate::store::{Loaded, Record, Store, Txn, parse_record};

/// What is wrong with an edited record, and the hints that go with it.
pub type Problem = (String, Vec<String>);

/// A check a command adds to the kind's own, run on the edited record before it is
/// saved (in the editor loop, a failed one offers to re-open the editor).
pub type Extra<'a, T> = &'a mut dyn FnMut(&mut Ctx, &T) -> CliResult<Result<(), Problem>>;

/// Splits each `--set FIELD=VALUE`; `example` shows the form in the error.
pub fn parse_sets(raw: &[String], example: &str) -> CliResult<Vec<(String, String)>> {
    raw.iter()
        .map(|s| {
            s.split_once('=')
                .map(|(f, v)| (f.trim().to_string(), v.to_string()))
                .ok_or_else(|| {
                    CliError::bad_flag(
                        "--set",
                        crate::t!("records-set-expected", example = example),
                    )
                })
        })
        .collect()
}

/// A copy of `record` with the `--set`s applied and checked. Links (`client`,
/// `visit`) must already be ids: the command resolves what was typed.
pub fn apply_sets<T: Editable>(
    record: &T,
    sets: &[(String, String)],
    store: &Store,
    ctx: &Ctx,
) -> CliResult<T> {
    let today = ctx.today()?;
    let mut r = record.clone();
    for (f, v) in sets {
        r.set_field(f, v, today).map_err(CliError::bad_set)?;
    }
    r.check(&store.config, today).map_err(CliError::bad_set)?;
    Ok(r)
}

/// Writes the edited record (unless unchanged) as one commit `KIND edit ID`.
/// `under_lock` runs with the store locked, before the update: checks that must see
/// the store as it is at commit time, and the changes that go with the edit.
pub fn save<T: Record + Editable>(
    ctx: &mut Ctx,
    store: &Store,
    loaded: &Loaded<T>,
    mut record: T,
    under_lock: impl FnOnce(&mut Ctx, &mut Txn<'_>, &T) -> CliResult,
) -> CliResult {
    if record == loaded.record {
        ctx.out.status(&crate::t!("records-no-changes"));
        return Ok(());
    }
    record.touch(ctx.now()?);
    let mut txn = store.begin()?;
    under_lock(ctx, &mut txn, &record)?;
    txn.update(loaded, &record)?;
    txn.commit(&format!("{} edit {}", T::KIND.command(), record.id()))?;
    ctx.forgive_unreadable();
    ctx.out.status(&crate::t!(
        "records-updated",
        kind = kind_name(T::KIND),
        id = record.id()
    ));
    Ok(())
}

/// Runs the editor until the text is a valid record, or the user gives up. A file
/// saved unchanged gives the record back as it was (`save` then says so).
pub fn in_editor<T: Record + Editable>(
    ctx: &mut Ctx,
    store: &Store,
    loaded: &Loaded<T>,
    extra: Extra<'_, T>,
) -> CliResult<T> {
    let has_terminal = ctx.prompter().is_some();
    let editor = match (&ctx.env.editor, has_terminal) {
        (Some(e), _) => e.clone(),
        (None, true) => "vi".to_string(),
        (None, false) => {
            return Err(CliError::usage(crate::t!("records-no-editor"))
                .hint(crate::t!("records-no-editor-hint")));
        }
    };
    let scratch = Scratch::create(&ctx.env.temp_dir)
        .map_err(|e| CliError::failure(crate::t!("records-scratch-failed", error = &e)))?;
    let file = scratch
        .write_file(&format!("{}.toml", loaded.record.id()), loaded.plaintext())
        .map_err(|e| CliError::failure(crate::t!("records-temp-write-failed", error = &e)))?;
    loop {
        let status = scratch
            .run(
                std::process::Command::new("sh")
                    .arg("-c")
                    .arg(editor_line(&editor))
                    .arg("hk-editor")
                    .arg(&file),
            )
            .map_err(|e| {
                CliError::failure(crate::t!(
                    "records-editor-failed",
                    editor = &editor,
                    error = &e
                ))
            })?;
        if !status.success() {
            return Err(CliError::failure(crate::t!(
                "records-editor-exited",
                editor = &editor,
                status = status.to_string()
            )));
        }
        let text = std::fs::read_to_string(&file)
            .map_err(|e| CliError::failure(crate::t!("records-read-back-failed", error = &e)))?;
        if text == loaded.plaintext() {
            return Ok(loaded.record.clone());
        }
        let (problem, hints) = match check_edited(ctx, store, loaded, &text, extra)? {
            Ok(r) => return Ok(r),
            Err(p) => p,
        };
        ctx.out
            .warn(&crate::t!("records-edit-invalid", problem = &problem));
        let again = match ctx.prompter() {
            Some(p) => p.confirm(&crate::t!("records-reopen-editor"), true)?,
            None => false,
        };
        if !again {
            let mut err = CliError::failure(crate::t!(
                "records-not-saved",
                path = loaded.rel_path.display(),
                problem = &problem
            ));
            err.hints = hints;
            return Err(err);
        }
    }
}

/// The edited text as a valid record, or what is wrong with it (and the hints).
fn check_edited<T: Record + Editable>(
    ctx: &mut Ctx,
    store: &Store,
    loaded: &Loaded<T>,
    text: &str,
    extra: Extra<'_, T>,
) -> CliResult<Result<T, Problem>> {
    let mut r = match parse_record::<T>(text) {
        Ok(r) => r,
        Err(p) => return Ok(Err((p, Vec::new()))),
    };
    let problem = if r.id() != loaded.record.id() {
        crate::t!("records-field-fixed", field = "id")
    } else if r.created() != loaded.record.created() {
        crate::t!("records-field-fixed", field = "created")
    } else if let Some(log) = r.changed_log(&loaded.record) {
        crate::t!("records-ledger-append-only", ledger = log)
    } else if let Err(e) = r.check(&store.config, ctx.today()?) {
        e.to_string()
    } else if r == loaded.record {
        return Ok(Ok(r));
    } else {
        return Ok(extra(ctx, &r)?.map(|()| r));
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

/// `hk followup edit` and `hk survey edit`: records that link a client and maybe one
/// of the client's visits. With `--set`, `client=` takes anything `hk client show`
/// does (id, phone, name) and `visit=` an id or prefix; in the editor both are ids.
/// The links are checked in both modes, and again under the lock.
pub fn run_linked<T: Record + Linked>(
    ctx: &mut Ctx,
    query: &str,
    raw_sets: &[String],
    example: &str,
) -> CliResult {
    let store = ctx.store()?;
    let mut sets = parse_sets(raw_sets, example)?;
    let loaded = resolve_id::<T>(ctx, &store, query)?;
    let editing = sets.is_empty();
    let record = if editing {
        let mut links = |ctx: &mut Ctx, r: &T| check_links(ctx, &store, r);
        in_editor(ctx, &store, &loaded, &mut links)?
    } else {
        for (field, value) in sets.iter_mut() {
            match field.as_str() {
                "client" => *value = super::client::resolve(ctx, &store, value)?.record.id,
                "visit" if !value.trim().is_empty() => {
                    *value = resolve_id::<Visit>(ctx, &store, value)?.record.id;
                }
                _ => {}
            }
        }
        let r = apply_sets(&loaded.record, &sets, &store, ctx)?;
        refuse(check_links(ctx, &store, &r)?, editing, &loaded.rel_path)?;
        r
    };
    let (from, to) = (loaded.record.client_id(), record.client_id().to_string());
    let moved = from != to;
    save(ctx, &store, &loaded, record, |ctx, _txn, r| {
        refuse(check_links(ctx, &store, r)?, editing, &loaded.rel_path)
    })?;
    if moved {
        ctx.out.status(&crate::t!(
            "records-moved",
            kind = kind_name(T::KIND),
            id = loaded.record.id(),
            from = from,
            to = &to
        ));
    }
    Ok(())
}

/// A broken link as the error of the mode it was found in.
fn refuse(check: Result<(), Problem>, editing: bool, rel: &std::path::Path) -> CliResult {
    let Err((problem, hints)) = check else {
        return Ok(());
    };
    let mut err = if editing {
        CliError::failure(crate::t!(
            "records-not-saved",
            path = rel.display(),
            problem = &problem
        ))
    } else {
        CliError::bad_flag(
            "--set",
            crate::t!("records-nothing-changed", problem = &problem),
        )
    };
    err.hints = hints;
    Err(err)
}

/// The record's client exists, and its visit, when it has one, exists, is that
/// client's and fits the record.
fn check_links<T: Linked>(ctx: &mut Ctx, store: &Store, r: &T) -> CliResult<Result<(), Problem>> {
    let client = r.client_id();
    // Only an imported anonymous survey has no client.
    if !client.is_empty() {
        let ids = ctx.identities_for(store)?;
        if store.load_id::<Client>(client, ids)?.is_none() {
            return Ok(Err((
                crate::t!("records-no-client-id", id = client),
                vec![crate::t!("records-list-hint", command = "client")],
            )));
        }
    }
    let Some(visit) = r.visit_id() else {
        return Ok(Ok(()));
    };
    let drop_hint = crate::t!("records-drop-visit-hint");
    let ids = ctx.identities_for(store)?;
    let problem = match store.load_id::<Visit>(visit, ids)? {
        None => crate::t!("records-no-visit-id", id = visit),
        Some(v) if v.record.client != client => crate::t!(
            "records-visit-of-other-client",
            visit = visit,
            owner = &v.record.client,
            client = client
        ),
        Some(v) => match r.fits(&v.record) {
            Ok(()) => return Ok(Ok(())),
            Err(p) => p,
        },
    };
    Ok(Err((problem, vec![drop_hint])))
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
