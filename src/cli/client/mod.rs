//! `hk client …`: the client archive (客户档案).

mod add;
mod consent;
mod delete;
mod edit;
mod erase;
mod export;
mod export_one;
mod import;
mod list;
mod merge;
mod owned;
mod points;
mod show;
mod tag;

use super::Ctx;
use super::error::{CliError, CliResult};
use crate::domain::client::{Client, ContactProblem, contact_problem};
use crate::domain::id::{self, Kind};
use crate::domain::phone::{mask_phone, normalize_phone};
use crate::store::{Loaded, Store};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Add(Box<add::Args>),
    Import(import::Args),
    List(list::Args),
    Show(show::Args),
    Edit(edit::Args),
    Tag(tag::Args),
    Untag(tag::UntagArgs),
    Export(export::Args),
    Delete(delete::Args),
    Merge(merge::Args),
    Points(points::Args),
    Consent(consent::Args),
    Erase(erase::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Add(a) => add::run(*a, ctx),
        Command::Import(a) => import::run(a, ctx),
        Command::List(a) => list::run(a, ctx),
        Command::Show(a) => show::run(a, ctx),
        Command::Edit(a) => edit::run(a, ctx),
        Command::Tag(a) => tag::run(a, ctx, true),
        Command::Untag(a) => tag::run(a.into(), ctx, false),
        Command::Export(a) => export::run(a, ctx),
        Command::Delete(a) => delete::run(a, ctx),
        Command::Merge(a) => merge::run(a, ctx),
        Command::Points(a) => points::run(a, ctx),
        Command::Consent(a) => consent::run(a, ctx),
        Command::Erase(a) => erase::run(a, ctx),
    }
}

/// Every client that can be read; unreadable ones are reported by path.
pub fn load_clients(ctx: &mut Ctx, store: &Store) -> CliResult<Vec<Loaded<Client>>> {
    super::records::load_kind::<Client>(ctx, store)
}

/// The contact rules of `client add` and `client edit` (`domain::client::ContactProblem`)
/// against the clients in the store, read only when the write adds a phone. Call it
/// under the store's write lock, so that two clerks cannot both take the same phone.
pub fn check_contact(
    ctx: &mut Ctx,
    store: &Store,
    before: Option<&Client>,
    after: &Client,
    allow_duplicate: bool,
) -> CliResult<Option<ContactProblem>> {
    contact_problem(before, after, allow_duplicate, || {
        // An unreadable record could hold the phone: the check needs them all.
        Ok(super::records::load_complete::<Client>(
            ctx,
            store,
            &crate::t!("client-purpose-check-phone"),
            &crate::t!("client-could-be-duplicate"),
        )
        .map_err(|e| e.hint(crate::t!("client-skip-check-hint")))?
        .into_iter()
        .map(|c| c.record)
        .collect())
    })
}

/// The hints that go with a broken contact rule; `verb` is what `--allow-duplicate`
/// would do (`add`, `save`).
pub fn contact_hints(problem: &ContactProblem, verb: &str) -> Vec<String> {
    match problem {
        ContactProblem::Unreachable => {
            vec![crate::t!("client-keep-reachable-hint")]
        }
        ContactProblem::PhoneTaken { owner } => vec![
            crate::t!("client-see-owner-hint", owner = owner),
            if verb == "add" {
                crate::t!("client-add-anyway-hint")
            } else {
                crate::t!("client-save-anyway-hint")
            },
        ],
    }
}

/// Finds the one client a CLIENT argument means: an id or unique id prefix (from
/// file names alone, nothing decrypted), a phone number, or an exact name. Messages
/// never repeat a name or phone; candidates are listed by id and masked phone.
pub fn resolve(ctx: &mut Ctx, store: &Store, query: &str) -> CliResult<Loaded<Client>> {
    let q = query.trim();
    let lower = q.to_lowercase();
    if lower == Kind::Client.prefix() {
        return Err(CliError::usage(crate::t!("client-bare-prefix"))
            .hint(crate::t!("records-list-hint", command = "client")));
    }
    if id::is_prefix_of_kind(Kind::Client, &lower) {
        return super::records::resolve_id::<Client>(ctx, store, &lower);
    }
    // A name or phone could belong to a client whose record cannot be read: then the
    // one match found might be the wrong client, so only an id will do.
    let clients = super::records::load_complete::<Client>(
        ctx,
        store,
        &crate::t!("client-purpose-which", query = mask_query(q)),
        &crate::t!("client-could-be-meant"),
    )
    .map_err(|e| e.hint(crate::t!("client-by-id-hint")))?;
    let (what, hits): (&str, Vec<&Loaded<Client>>) = match normalize_phone(q) {
        Ok(phone) if q.chars().any(|c| c.is_ascii_digit()) => (
            "phone",
            clients
                .iter()
                .filter(|c| c.record.has_phone(&phone))
                .collect(),
        ),
        _ => (
            "name",
            clients.iter().filter(|c| c.record.name == q).collect(),
        ),
    };
    match hits.as_slice() {
        [one] => Ok((*one).clone()),
        [] if what == "name" => Err(near_names(ctx, &clients, q)),
        [] => Err(CliError::failure(crate::t!("client-no-phone-match"))
            .hint(crate::t!("client-search-hint"))),
        many => {
            // The client entered first comes first (ids are random, so not by id).
            let mut many = many.to_vec();
            many.sort_by(|a, b| {
                (a.record.created, &a.record.id).cmp(&(b.record.created, &b.record.id))
            });
            let list: Vec<String> = many
                .iter()
                .take(10)
                .map(|c| {
                    format!(
                        "{} ({})",
                        c.record.id,
                        c.record
                            .phones
                            .first()
                            .map(|p| mask_phone(p))
                            .unwrap_or_default()
                    )
                })
                .collect();
            let message = if what == "phone" {
                crate::t!(
                    "client-many-phone",
                    count = many.len(),
                    ids = list.join(", ")
                )
            } else {
                crate::t!(
                    "client-many-name",
                    count = many.len(),
                    ids = list.join(", ")
                )
            };
            Err(CliError::failure(message)
                .hint(crate::t!("client-use-id-hint", id = &many[0].record.id)))
        }
    }
}

/// No client is named `q` exactly: the clients whose name contains it are listed, by
/// id and name, as status lines on stderr (not with `-q`); the error itself names ids
/// only, since error text ends up in logs.
fn near_names(ctx: &Ctx, clients: &[Loaded<Client>], q: &str) -> CliError {
    let needle = q.to_lowercase();
    let near: Vec<&Client> = clients
        .iter()
        .map(|c| &c.record)
        .filter(|c| !needle.is_empty() && c.name.to_lowercase().contains(&needle))
        .collect();
    let Some(first) = near.first() else {
        return CliError::failure(crate::t!("client-no-name-match"))
            .hint(crate::t!("client-search-hint"));
    };
    const LISTED: usize = 10;
    for c in near.iter().take(LISTED) {
        ctx.out.status(&format!("  {}  {}", c.id, c.name));
    }
    if near.len() > LISTED {
        ctx.out
            .status(&crate::t!("client-near-more", count = near.len() - LISTED));
    }
    let ids: Vec<&str> = near.iter().take(LISTED).map(|c| c.id.as_str()).collect();
    CliError::failure(crate::t!(
        "client-near-names",
        count = near.len(),
        ids = ids.join(", ")
    ))
    .hint(crate::t!("client-near-names-hint", id = &first.id))
}

/// A name or phone as it may appear in a message: masked, since both are personal.
fn mask_query(q: &str) -> String {
    if q.chars().any(|c| c.is_ascii_digit()) {
        mask_phone(q)
    } else {
        let mut chars = q.chars();
        let first: String = chars.next().map(String::from).unwrap_or_default();
        format!("{first}{}", "*".repeat(chars.count()))
    }
}
