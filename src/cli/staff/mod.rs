//! `hk staff …`: the roster of staff (服务人员 / 阿姨), DESIGN §10.

mod add;
mod avoid;
mod edit;
mod import;
mod link;
pub mod list;
mod show;
mod suggest;

use super::Ctx;
use super::error::{CliError, CliResult};
use super::records::{load_complete, resolve_id};
use crate::domain::id::{self, Kind};
use crate::domain::staff::{NoMatch, Staff, match_staff};
use crate::store::{Loaded, Store};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Add(Box<add::Args>),
    Import(import::Args),
    List(list::Args),
    Show(show::Args),
    Edit(edit::Args),
    Avoid(avoid::Args),
    Link(link::Args),
    Suggest(suggest::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Add(a) => add::run(*a, ctx),
        Command::Import(a) => import::run(a, ctx),
        Command::List(a) => list::run(a, ctx),
        Command::Show(a) => show::run(a, ctx),
        Command::Edit(a) => edit::run(a, ctx),
        Command::Avoid(a) => avoid::run(a, ctx),
        Command::Link(a) => link::run(a, ctx),
        Command::Suggest(a) => suggest::run(a, ctx),
    }
}

/// The staff member a STAFF argument means: an id or unique id prefix, or an exact
/// name (unique). Messages name ids only.
pub fn resolve(ctx: &mut Ctx, store: &Store, query: &str) -> CliResult<Loaded<Staff>> {
    let q = query.trim();
    let lower = q.to_lowercase();
    if id::is_prefix_of_kind(Kind::Staff, &lower) {
        return resolve_id::<Staff>(ctx, store, &lower);
    }
    let mut roster = load_complete::<Staff>(
        ctx,
        store,
        &crate::t!("staff-resolve-purpose"),
        &crate::t!("staff-resolve-could-be"),
    )?;
    let records: Vec<Staff> = roster.iter().map(|l| l.record.clone()).collect();
    let id = match_staff(&records, q)
        .map_err(|e| no_match("STAFF", &e))?
        .id
        .clone();
    let at = roster
        .iter()
        .position(|l| l.record.id == id)
        .unwrap_or_default();
    Ok(roster.swap_remove(at))
}

/// The error for a staff argument or flag (`what`) that names nobody, or several.
pub fn no_match(what: &str, e: &NoMatch) -> CliError {
    match e {
        NoMatch::None => CliError::failure(crate::t!("staff-no-match", what = what))
            .hint(crate::t!("staff-no-match-hint")),
        NoMatch::Many(ids) => CliError::failure(crate::t!(
            "staff-many-match",
            what = what,
            count = ids.len(),
            ids = ids.join(", ")
        ))
        .hint(crate::t!("staff-many-match-hint", id = &ids[0])),
    }
}
