//! Loading what a command needs, with what could not be read reported: the query
//! layer's book, one kind's records, and one record from what a user typed.

use std::mem::ManuallyDrop;

use super::Ctx;
use super::error::{CliError, CliResult};

use crate::domain::client::Client;
use crate::domain::id::{self, Kind};
use crate::domain::visit::Visit;
use crate::query::{Book, Kinds};
use crate::store::{LoadAll, Loaded, Record, Store};

/// Reads the kinds of record a command needs, indexed by client (see `query`), and
/// reports what could not be read.
///
/// The book is never dropped: a command reads it once and the process ends, and freeing
/// 100,000 records one by one at exit was 15–25 ms of a 340 ms `client list`. Its memory
/// goes back with the process.
pub fn book(ctx: &mut Ctx, store: &Store, kinds: Kinds) -> CliResult<ManuallyDrop<Book>> {
    let (book, problems) = Book::load(store, ctx.identities_for(store)?, kinds)?;
    ctx.report_newer(&problems.newer);
    ctx.report_unreadable(&problems.unreadable);
    Ok(ManuallyDrop::new(book))
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
    Err(CliError::failure(crate::t!(
        "records-unreadable-refused",
        purpose = purpose,
        count = all.unreadable.len(),
        folder = T::KIND.folder(),
        could_be = could_be,
        listed = listed.concat()
    ))
    .hint(crate::t!("records-restore-hint")))
}

/// A kind's name in the user's language (`follow-up`, `回访`), for messages; the
/// English is `Kind`'s `Display`.
pub fn kind_name(kind: Kind) -> String {
    match kind {
        Kind::Client => crate::t!("records-kind-client"),
        Kind::Visit => crate::t!("records-kind-visit"),
        Kind::Followup => crate::t!("records-kind-followup"),
        Kind::Survey => crate::t!("records-kind-survey"),
        Kind::Complaint => crate::t!("records-kind-complaint"),
        Kind::Staff => crate::t!("records-kind-staff"),
        Kind::Package => crate::t!("records-kind-package"),
        Kind::Audit => crate::t!("records-kind-audit"),
        Kind::Inquiry => crate::t!("records-kind-inquiry"),
    }
}

/// Finds a record of `kind` by id or unique id prefix, from file names alone.
pub fn resolve_id<T: Record>(ctx: &mut Ctx, store: &Store, query: &str) -> CliResult<Loaded<T>> {
    let kind = T::KIND;
    let q = query.trim().to_lowercase();
    let name = kind_name(kind);
    if !id::is_prefix_of_kind(kind, &q) {
        // English says "an inquiry", "a visit".
        let message = if kind.to_string().starts_with(['a', 'e', 'i', 'o', 'u']) {
            crate::t!(
                "records-not-an-id-an",
                query = query.trim(),
                kind = &name,
                prefix = kind.prefix()
            )
        } else {
            crate::t!(
                "records-not-an-id-a",
                query = query.trim(),
                kind = &name,
                prefix = kind.prefix()
            )
        };
        return Err(CliError::usage(message));
    }
    let list_hint = crate::t!("records-list-hint", command = kind.command());
    match store.find_prefix(kind, &q)?.as_slice() {
        [(_, one)] => store
            .load::<T>(one, ctx.identities_for(store)?)
            .map_err(|u| {
                let err = CliError::failure(format!("{}: {}", u.path.display(), u.problem));
                if u.wrong_key {
                    err.hint_identity()
                } else {
                    err.hint(crate::t!("records-restore-file-hint"))
                }
            }),
        [] => Err(
            CliError::failure(crate::t!("records-no-id-prefix", kind = &name, prefix = &q))
                .hint(list_hint),
        ),
        many => Err(CliError::failure(crate::t!(
            "records-ambiguous-prefix",
            prefix = &q,
            count = many.len(),
            kind = &name,
            ids = many
                .iter()
                .take(10)
                .map(|(id, _)| id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .hint(crate::t!("records-type-more"))),
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
            crate::t!(
                "records-visit-of-other-client",
                visit = &v.id,
                owner = &v.client,
                client = client
            ),
        ));
    }
    Ok(Some(v))
}
