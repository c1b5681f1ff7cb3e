//! `hk staff …`: the roster of staff (服务人员 / 阿姨), DESIGN §10.

mod add;
mod avoid;
mod edit;
mod import;
mod list;
mod show;

use super::Ctx;
use super::error::{CliError, CliResult};
use super::records::{load_complete, resolve_id};
use crate::domain::id::{self, Kind};
use crate::domain::staff::Staff;
use crate::store::{Loaded, Store};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Add(Box<add::Args>),
    Import(import::Args),
    List(list::Args),
    Show(show::Args),
    Edit(edit::Args),
    Avoid(avoid::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Add(a) => add::run(*a, ctx),
        Command::Import(a) => import::run(a, ctx),
        Command::List(a) => list::run(a, ctx),
        Command::Show(a) => show::run(a, ctx),
        Command::Edit(a) => edit::run(a, ctx),
        Command::Avoid(a) => avoid::run(a, ctx),
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
    let roster = load_complete::<Staff>(
        ctx,
        store,
        "be sure which staff member is meant",
        "the one meant",
    )?;
    match_name(roster, q)
}

/// The one staff member named exactly `name` in `roster`.
pub fn match_name(roster: Vec<Loaded<Staff>>, name: &str) -> CliResult<Loaded<Staff>> {
    let mut hits: Vec<Loaded<Staff>> = roster
        .into_iter()
        .filter(|s| s.record.name == name)
        .collect();
    match hits.len() {
        1 => Ok(hits.remove(0)),
        0 => Err(CliError::failure("no staff member has that name")
            .hint("`hk staff list` shows the roster; add her with `hk staff add`")),
        n => {
            hits.sort_by(|a, b| {
                (a.record.created, &a.record.id).cmp(&(b.record.created, &b.record.id))
            });
            let ids: Vec<&str> = hits.iter().map(|s| s.record.id.as_str()).collect();
            Err(CliError::failure(format!(
                "{n} staff members have that name: {}",
                ids.join(", ")
            ))
            .hint(format!("use the id, e.g. `{}`", ids[0])))
        }
    }
}
