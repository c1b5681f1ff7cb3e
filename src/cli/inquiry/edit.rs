//! `hk inquiry edit`: change fields with `--set`, or the whole record in $EDITOR.

use super::super::Ctx;
use super::super::edit;
use super::super::error::CliResult;
use super::super::records::resolve_id;
use crate::domain::inquiry::Inquiry;

/// Edit an inquiry. With `--set FIELD=VALUE` (repeatable) changes those fields;
/// without, opens $EDITOR on the decrypted TOML.
///
/// Fields: date, channel, name, phone, category, topics (`;`-separated, replacing the
/// list), needs, budget, start, outcome (open, booked, lost), reason (with lost),
/// notes. Mark a lead lost with `--set outcome=lost --set reason=价格太高`. The client
/// is linked by `hk inquiry convert`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Inquiry id or id prefix
    pub inquiry: String,
    /// FIELD=VALUE; lists take `;`-separated values
    #[arg(long = "set", value_name = "FIELD=VALUE")]
    pub sets: Vec<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let sets = edit::parse_sets(&args.sets, "--set outcome=lost")?;
    let loaded = resolve_id::<Inquiry>(ctx, &store, &args.inquiry)?;
    let before = loaded.record.clone();
    let inquiry = if sets.is_empty() {
        // In the editor the link to the client stays as `convert` made it.
        edit::in_editor(ctx, &store, &loaded, &mut |_, i: &Inquiry| {
            Ok(
                if (&i.client, i.converted) == (&before.client, before.converted) {
                    Ok(())
                } else {
                    Err((
                        crate::t!("inquiry-edit-link-fixed"),
                        vec![crate::t!("inquiry-hint-convert-links")],
                    ))
                },
            )
        })?
    } else {
        edit::apply_sets(&loaded.record, &sets, &store, ctx)?
    };
    edit::save(ctx, &store, &loaded, inquiry, |_, _, _| Ok(()))
}
