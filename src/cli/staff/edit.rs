//! `hk staff edit`: change fields with `--set`, or the whole record in $EDITOR.

use super::super::Ctx;
use super::super::edit;
use super::super::error::CliResult;
use super::resolve;

/// Edit a staff member. With `--set FIELD=VALUE` (repeatable) changes those fields;
/// without, opens $EDITOR on the decrypted TOML.
///
/// Fields: name, phones, id_number, gender, birth_year, native_place, languages,
/// categories, skills, level, districts, notes, status (active/leave/left),
/// status.since, status.until, status.reason, certificates
/// (`KIND:NUMBER:ISSUED:EXPIRES;…`, replaces the list).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Staff id or id prefix, or exact name
    pub staff: String,
    /// FIELD=VALUE; lists take `;`-separated values
    #[arg(long = "set", value_name = "FIELD=VALUE")]
    pub sets: Vec<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let sets = edit::parse_sets(&args.sets, "--set status=leave")?;
    let loaded = resolve(ctx, &store, &args.staff)?;
    let staff = if sets.is_empty() {
        edit::in_editor(ctx, &store, &loaded, &mut |_, _| Ok(Ok(())))?
    } else {
        edit::apply_sets(&loaded.record, &sets, &store, ctx)?
    };
    edit::save(ctx, &store, &loaded, staff, |_, _, _| Ok(()))
}
