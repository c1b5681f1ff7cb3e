//! `hk visit edit`: change a visit's fields with `--set`, or the whole record in
//! $EDITOR (the shared core is `cli::edit`).

use super::super::Ctx;
use super::super::edit;
use super::super::error::CliResult;
use super::super::records::resolve_id;
use chrono::{DateTime, FixedOffset};

use crate::domain::visit::Visit;
use crate::store::{Store, Txn};

/// Change a visit with `--set FIELD=VALUE` (repeatable); without `--set`, opens
/// $EDITOR on the decrypted TOML. Fields: date, end, time, category, staff
/// (`;`-separated), status, price, payment, products, issues, notes.
/// A new date in another month moves the file to that month's folder.
///
/// A new category moves the client too: the client gains the new category and loses
/// the old one, unless another of the client's visits (any status) is still in it.
/// This holds even when the old category was given by hand at intake, since hk cannot
/// tell how it got there; give it back with `hk client tag CLIENT --category …`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Visit id or id prefix
    pub visit: String,
    /// FIELD=VALUE
    #[arg(long = "set", value_name = "FIELD=VALUE")]
    pub sets: Vec<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let sets = edit::parse_sets(&args.sets, "--set price=300")?;
    let loaded = resolve_id::<Visit>(ctx, &store, &args.visit)?;
    let v = if sets.is_empty() {
        let client = loaded.record.client.clone();
        let mut same_client = |_: &mut Ctx, v: &Visit| {
            Ok(if v.client == client {
                Ok(())
            } else {
                Err((
                    "a visit's `client` cannot be changed".to_string(),
                    vec!["delete it with `hk visit delete` and add it to the right client".into()],
                ))
            })
        };
        edit::in_editor(ctx, &store, &loaded, &mut same_client)?
    } else {
        edit::apply_sets(&loaded.record, &sets, &store, ctx)?
    };
    edit::save(ctx, &store, &loaded, v, |ctx, txn, v| {
        if v.category != loaded.record.category {
            move_client_category(ctx, &store, txn, &loaded.record, v, now)?;
        }
        Ok(())
    })
}

/// The client follows its visit to the new category (see the `--help` text above).
fn move_client_category(
    ctx: &mut Ctx,
    store: &Store,
    txn: &mut Txn<'_>,
    before: &Visit,
    after: &Visit,
    now: DateTime<FixedOffset>,
) -> CliResult {
    let client = super::super::client::resolve(ctx, store, &after.client)?;
    let from = &before.category;
    // Only read every visit when there is something to remove. A visit that cannot be
    // read might be in the old category: then it stays (nothing is lost).
    let still_used = if client.record.categories.contains(from) {
        let all = store.load_all::<Visit>(ctx.identities()?)?;
        ctx.report_unreadable(&all.unreadable);
        !all.unreadable.is_empty()
            || all.records.iter().any(|o| {
                o.record.client == after.client
                    && o.record.id != after.id
                    && &o.record.category == from
            })
    } else {
        true
    };
    let mut c = client.record.clone();
    c.move_category(from, &after.category, still_used);
    if c == client.record {
        return Ok(());
    }
    if !c.categories.contains(from) {
        ctx.out.status(&format!(
            "client {} no longer has the category {} (no other visit is in it)",
            c.id,
            store.config.category_label(from)
        ));
    }
    c.updated = now;
    txn.update(&client, &c)?;
    Ok(())
}
