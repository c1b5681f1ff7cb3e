//! Loading what a command needs, with what could not be read reported: the query
//! layer's book, one kind's records, and one record from what a user typed.

use super::Ctx;
use super::error::{CliError, CliResult};

use crate::domain::client::Client;
use crate::domain::id;
use crate::domain::visit::Visit;
use crate::query::{Book, Kinds};
use crate::store::{LoadAll, Loaded, Record, Store};

/// Reads the kinds of record a command needs, indexed by client (see `query`), and
/// reports what could not be read.
pub fn book(ctx: &mut Ctx, store: &Store, kinds: Kinds) -> CliResult<Book> {
    let (book, problems) = Book::load(store, ctx.identities_for(store)?, kinds)?;
    ctx.report_newer(&problems.newer);
    ctx.report_unreadable(&problems.unreadable);
    Ok(book)
}

/// One client with their records of `kinds` (only theirs are decoded).
pub fn client_book(ctx: &mut Ctx, store: &Store, kinds: Kinds, client: Client) -> CliResult<Book> {
    let (book, problems) = Book::load_client(store, ctx.identities_for(store)?, kinds, client)?;
    ctx.report_newer(&problems.newer);
    ctx.report_unreadable(&problems.unreadable);
    Ok(book)
}

/// Every readable record of one kind; unreadable ones are reported by path.
pub fn load_kind<T: Record>(ctx: &mut Ctx, store: &Store) -> CliResult<Vec<Loaded<T>>> {
    let all = store.load_all::<T>(ctx.identities_for(store)?)?;
    ctx.report_newer(&all.newer());
    ctx.report_unreadable(&all.unreadable);
    Ok(all.records)
}

/// Every record of one kind, for a command that must see them all (a duplicate check,
/// a look-up by name): one unreadable record refuses it, because what it holds could be
/// the one looked for. `purpose` says what the records were needed for, `could_be` what
/// an unreadable one might be (`the duplicate`, `the client meant`).
pub fn load_complete<T: Record>(
    ctx: &mut Ctx,
    store: &Store,
    purpose: &str,
    could_be: &str,
) -> CliResult<Vec<Loaded<T>>> {
    let all = store.load_all::<T>(ctx.identities_for(store)?)?;
    complete(ctx, all, purpose, could_be)
}

/// One client's records of a kind, for a write that must move or delete them all:
/// one unreadable record of the kind refuses it, since it could be the client's (and
/// would be left pointing at nothing).
pub fn load_owned_complete<T: Record>(
    ctx: &mut Ctx,
    store: &Store,
    owner: &str,
    purpose: &str,
) -> CliResult<Vec<Loaded<T>>> {
    let all = store.load_owned::<T>(ctx.identities_for(store)?, owner)?;
    complete(ctx, all, purpose, "one of them")
}

fn complete<T: Record>(
    ctx: &mut Ctx,
    all: LoadAll<T>,
    purpose: &str,
    could_be: &str,
) -> CliResult<Vec<Loaded<T>>> {
    ctx.report_newer(&all.newer());
    if all.unreadable.is_empty() {
        return Ok(all.records);
    }
    let listed: Vec<String> = all
        .unreadable
        .iter()
        .take(5)
        .map(|u| format!("\n  {}: {}", u.path.display(), u.problem))
        .collect();
    Err(CliError::failure(format!(
        "cannot {purpose}: {} record(s) in `{}/` cannot be read, and any of them could be {could_be}; nothing was written{}",
        all.unreadable.len(),
        T::KIND.folder(),
        listed.concat()
    ))
    .hint("restore them from git (`git checkout -- FILE`) or a backup, then run the command again"))
}

/// Finds a record of `kind` by id or unique id prefix, from file names alone.
pub fn resolve_id<T: Record>(ctx: &mut Ctx, store: &Store, query: &str) -> CliResult<Loaded<T>> {
    let kind = T::KIND;
    let q = query.trim().to_lowercase();
    if !id::is_prefix_of_kind(kind, &q) {
        let a = if kind.to_string().starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        return Err(CliError::usage(format!(
            "`{}` is not {a} {kind} id; {kind} ids look like {}7k2m9q4x",
            query.trim(),
            kind.prefix()
        )));
    }
    let list_hint = format!("`hk {} list` shows every id", kind.command());
    match store.find_prefix(kind, &q)?.as_slice() {
        [(_, one)] => store
            .load::<T>(one, ctx.identities_for(store)?)
            .map_err(|u| {
                let err = CliError::failure(format!("{}: {}", u.path.display(), u.problem));
                if u.wrong_key {
                    err.hint_identity()
                } else {
                    err.hint("restore the file from git or a backup (`git checkout -- FILE`)")
                }
            }),
        [] => Err(CliError::failure(format!("no {kind} id starts with `{q}`")).hint(list_hint)),
        many => Err(CliError::failure(format!(
            "`{q}` is the start of {} {kind} ids: {}",
            many.len(),
            many.iter()
                .take(10)
                .map(|(id, _)| id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .hint("type more characters of the id")),
    }
}

/// The `--visit` of a follow-up or survey: resolved by id or prefix, and required to
/// belong to the client. A survey checks more (`check_survey_visit`); a follow-up may
/// be about a visit still to come (a call to confirm a booking).
pub fn client_visit(
    ctx: &mut Ctx,
    store: &Store,
    query: Option<&str>,
    client: &str,
) -> CliResult<Option<Visit>> {
    let Some(q) = query else {
        return Ok(None);
    };
    let v = resolve_id::<Visit>(ctx, store, q)?.record;
    if v.client != client {
        return Err(CliError::bad_flag(
            "--visit",
            format!(
                "visit {} belongs to client {}, not {client}",
                v.id, v.client
            ),
        ));
    }
    Ok(Some(v))
}
