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
            "check the phone for duplicates",
            "the duplicate",
        )
        .map_err(|e| e.hint("or skip the check with `--allow-duplicate`"))?
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
            vec!["keep at least one phone, or give a WeChat id (`wechat`)".into()]
        }
        ContactProblem::PhoneTaken { owner } => vec![
            format!("see it with `hk client show {owner}`"),
            format!("or {verb} anyway with `--allow-duplicate`"),
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
        return Err(
            CliError::usage("`c-` alone is not an id; type a few characters more")
                .hint("`hk client list` shows every id"),
        );
    }
    if id::is_prefix_of_kind(Kind::Client, &lower) {
        return super::records::resolve_id::<Client>(ctx, store, &lower);
    }
    // A name or phone could belong to a client whose record cannot be read: then the
    // one match found might be the wrong client, so only an id will do.
    let clients = super::records::load_complete::<Client>(
        ctx,
        store,
        &format!("be sure which client `{}` means", mask_query(q)),
        "the client meant",
    )
    .map_err(|e| e.hint("or name the client by id (`hk client list` shows ids)"))?;
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
        [] => Err(CliError::failure(format!("no client has that {what}"))
            .hint("search with `hk client list --search TEXT`, then use the id")),
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
            Err(CliError::failure(format!(
                "{} clients have that {what}: {}",
                many.len(),
                list.join(", ")
            ))
            .hint(format!(
                "use the id, e.g. `hk client show {}`",
                many[0].record.id
            )))
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
        return CliError::failure("no client has that name")
            .hint("search with `hk client list --search TEXT`, then use the id");
    };
    const LISTED: usize = 10;
    for c in near.iter().take(LISTED) {
        ctx.out.status(&format!("  {}  {}", c.id, c.name));
    }
    if near.len() > LISTED {
        ctx.out
            .status(&format!("  … and {} more", near.len() - LISTED));
    }
    let ids: Vec<&str> = near.iter().take(LISTED).map(|c| c.id.as_str()).collect();
    CliError::failure(format!(
        "no client is named exactly that; {} client(s) have it in their name: {}",
        near.len(),
        ids.join(", ")
    ))
    .hint(format!(
        "use the id of the one you mean in place of the name, e.g. `{}`",
        first.id
    ))
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
