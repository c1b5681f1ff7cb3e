//! `hk visit edit`: change a visit's fields with `--set`, or the whole record in
//! $EDITOR (the shared core is `cli::edit`).

use super::super::Ctx;
use super::super::edit;
use super::super::error::CliResult;
use super::super::records::resolve_id;
use super::booking;
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
    /// Save even if the change breaks a booking rule (double booking, leave,
    /// certificates, the client's do-not-send list)
    #[arg(long)]
    pub allow_overlap: bool,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let mut sets = edit::parse_sets(&args.sets, "--set price=300")?;
    let loaded = resolve_id::<Visit>(ctx, &store, &args.visit)?;
    let roster = booking::roster(ctx, &store)?;
    // `staff=` names staff as `--staff` does: ids, id prefixes or exact names.
    for (field, value) in sets.iter_mut() {
        if field == "staff" {
            let named = crate::domain::edit::split_list(value, true);
            *value = booking::entries(&roster, &named, &[], "--set staff")?.join(";");
        }
    }
    let v = if sets.is_empty() {
        let client = loaded.record.client.clone();
        let mut same_client = |_: &mut Ctx, v: &Visit| {
            Ok(if v.client == client {
                Ok(())
            } else {
                Err((
                    crate::t!("visit-edit-client-fixed"),
                    vec![crate::t!("visit-edit-client-fixed-hint")],
                ))
            })
        };
        edit::in_editor(ctx, &store, &loaded, &mut same_client)?
    } else {
        edit::apply_sets(&loaded.record, &sets, &store, ctx)?
    };
    edit::save(ctx, &store, &loaded, v, |ctx, txn, v| {
        if booking_changed(&loaded.record, v) {
            let schedule = booking::Schedule::load(ctx, &store, &[v])?;
            booking::refuse(
                &schedule.check(v, &roster, &store.config),
                args.allow_overlap,
            )?;
        }
        if v.category != loaded.record.category {
            move_client_category(ctx, &store, txn, &loaded.record, v, now)?;
        }
        Ok(())
    })
}

/// Whether an edit touches what the booking rules look at (an edit of the price of
/// an old visit is not refused for a clash it always had).
fn booking_changed(before: &Visit, after: &Visit) -> bool {
    (
        before.date,
        before.end,
        before.time,
        &before.staff,
        before.status,
        &before.category,
    ) != (
        after.date,
        after.end,
        after.time,
        &after.staff,
        after.status,
        &after.category,
    )
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
        ctx.out.status(&crate::t!(
            "visit-edit-category-dropped",
            client = &c.id,
            category = store.config.category_label(from)
        ));
    }
    c.updated = now;
    txn.update(&client, &c)?;
    Ok(())
}
