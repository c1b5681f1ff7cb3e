//! `hk client edit`: change fields with `--set`, or edit the whole record in $EDITOR
//! (the shared core is `cli::edit`).

use super::super::Ctx;
use super::super::edit::{self, Problem};
use super::super::error::{CliError, CliResult};
use super::{check_contact, contact_hints, resolve};
use crate::domain::client::{Client, ContactProblem};

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
    // Check every --set before decrypting anything.
    let sets = edit::parse_sets(&args.sets, "--set address=浦东新区张江路88号")?;
    let loaded = resolve(ctx, &store, &args.client)?;
    let allow = args.allow_duplicate;
    let client = if sets.is_empty() {
        let mut contact = |ctx: &mut Ctx, c: &Client| -> CliResult<Result<(), Problem>> {
            Ok(check_contact(ctx, &store, Some(&loaded.record), c, allow)?
                .map_or(Ok(()), |p| Err((p.to_string(), contact_hints(&p, "save")))))
        };
        edit::in_editor(ctx, &store, &loaded, &mut contact)?
    } else {
        edit::apply_sets(&loaded.record, &sets, &store, ctx)?
    };
    // The lock is taken before the contact check, as in `client add`; the editor loop
    // checked too, but without the lock (nobody waits on someone's editor).
    edit::save(ctx, &store, &loaded, client, |ctx, _txn, client| {
        let Some(problem) = check_contact(ctx, &store, Some(&loaded.record), client, allow)? else {
            return Ok(());
        };
        let mut err = match (&problem, sets.is_empty()) {
            (ContactProblem::Unreachable, false) => CliError::bad_flag(
                "--set",
                crate::t!("records-nothing-changed", problem = problem.to_string()),
            ),
            (_, false) => CliError::failure(crate::t!(
                "records-nothing-changed",
                problem = problem.to_string()
            )),
            (_, true) => CliError::failure(crate::t!(
                "records-not-saved",
                path = loaded.rel_path.display(),
                problem = problem.to_string()
            )),
        };
        err.hints = contact_hints(&problem, "save");
        Err(err)
    })
}
