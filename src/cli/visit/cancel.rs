//! `hk visit cancel`: one visit, or the rest of a series.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::filters::day_flag;
use super::super::records::load_complete;
use crate::domain::visit::{Status, Visit};
use crate::store::batch_message;

/// Mark a visit cancelled; or, with `--series ID`, every scheduled visit of that
/// series (from `--from D` on, inclusive), in one commit. Done and no-show visits of
/// the series stay as they are.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Visit id or id prefix
    #[arg(required_unless_present = "series", conflicts_with = "series")]
    pub visit: Option<String>,
    /// The series (the id of its first visit, as `hk visit show` prints it)
    #[arg(long, value_name = "ID")]
    pub series: Option<String>,
    /// With `--series`: only occurrences on or after this day
    #[arg(long, value_name = "D", requires = "series")]
    pub from: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let Some(series) = args.series else {
        let visit = args.visit.unwrap_or_default();
        return super::status::run(super::status::Args { visit }, ctx, Status::Cancelled);
    };
    let store = ctx.store()?;
    let now = ctx.now()?;
    let from = day_flag("--from", args.from.as_deref(), now.date_naive())?;
    let wanted = series.trim().to_lowercase();
    let mut txn = store.begin()?;
    let visits = load_complete::<Visit>(
        ctx,
        &store,
        &crate::t!("visit-purpose-cancel-series"),
        &crate::t!("visit-could-be-series-visit"),
    )?;
    let mut of_series: Vec<_> = visits
        .iter()
        .filter(|v| v.record.series.as_deref() == Some(wanted.as_str()))
        .collect();
    // By date, so that the ids print in the series' order.
    of_series.sort_by(|a, b| a.record.order_key().cmp(&b.record.order_key()));
    if of_series.is_empty() {
        return Err(
            CliError::failure(crate::t!("visit-series-not-found", series = &wanted))
                .hint(crate::t!("visit-series-not-found-hint")),
        );
    }
    let mut ids = Vec::new();
    for v in of_series {
        let r = &v.record;
        if r.status != Status::Scheduled || from.is_some_and(|f| r.date < f) {
            continue;
        }
        let mut after = r.clone();
        after.status = Status::Cancelled;
        after.updated = now;
        txn.update(v, &after)?;
        ids.push(after.id);
    }
    if ids.is_empty() {
        ctx.out.status(&crate::t!("visit-series-nothing-to-cancel"));
        return Ok(());
    }
    txn.commit(&batch_message(
        &format!("visit cancel --series {wanted}"),
        "visits",
        &ids,
    ))?;
    ctx.forgive_unreadable();
    ctx.out.data(&ids.join("\n"))?;
    ctx.out.status(&crate::t!(
        "visit-series-cancelled",
        count = ids.len(),
        series = &wanted
    ));
    Ok(())
}
