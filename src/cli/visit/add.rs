//! `hk visit add`: record a service visit or book one.

use super::super::Ctx;
use super::super::client::resolve;
use super::super::error::{CliError, CliResult};
use super::super::filters::{day_flag, parse_flag};
use super::booking;
use crate::domain::booking::{self as booking_rules, Repeat, SeriesEnd, occurrences};
use crate::domain::id::Kind;
use crate::domain::money::Money;
use crate::domain::visit::{Payment, Status, Visit, parse_time};
use crate::store::batch_message;
use chrono::NaiveDate;

/// Add a visit for a client. Prints the new id.
///
/// A visit dated today or earlier is `done` unless --status says otherwise; a later one
/// is `scheduled`. When the client has exactly one category, the visit takes it.
///
/// `--repeat weekly|biweekly|monthly` with `--count N` or `--until D` (inclusive) books
/// a series: one visit per occurrence, sharing a `series` id (the first visit's id);
/// monthly keeps the day of month, clamped to the month's end. The booking rules apply
/// to every occurrence: one conflict refuses the whole series, listing every date.
/// Prints every new id.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    /// Start date (2026-11-22, 2026/11/22, 2026年11月22日, today, tomorrow)
    #[arg(long)]
    pub date: String,
    /// Last day of a multi-day engagement (a 26-day maternity stay)
    #[arg(long)]
    pub end: Option<String>,
    /// Start time, HH:MM
    #[arg(long)]
    pub time: Option<String>,
    /// Service category (key or label) [default: the client's only category]
    #[arg(long)]
    pub category: Option<String>,
    /// Staff member (服务人员): a staff id, id prefix or exact name once the store
    /// has a roster (`hk staff add`), else any name; repeatable
    #[arg(long = "staff")]
    pub staff: Vec<String>,
    /// A staff member not on the roster, kept as a free-text name; repeatable
    #[arg(long = "staff-unlisted", value_name = "NAME")]
    pub staff_unlisted: Vec<String>,
    /// Book even if a staff member is booked elsewhere at that time, on leave, has
    /// left, lacks a required certificate, or is on the client's do-not-send list
    #[arg(long)]
    pub allow_overlap: bool,
    /// Book a series: weekly, biweekly or monthly (needs `--count` or `--until`)
    #[arg(long, value_name = "EVERY")]
    pub repeat: Option<String>,
    /// How many visits the series has (with `--repeat`)
    #[arg(long, value_name = "N", requires = "repeat", conflicts_with = "until")]
    pub count: Option<u32>,
    /// The last day the series may fall on, inclusive (with `--repeat`)
    #[arg(long, value_name = "D", requires = "repeat")]
    pub until: Option<String>,
    /// Price in yuan, exact to the fen (280 or 280.50)
    #[arg(long, allow_hyphen_values = true)]
    pub price: Option<String>,
    /// cash, wechat, alipay, card or transfer (现金/微信/支付宝 …)
    #[arg(long)]
    pub payment: Option<String>,
    /// scheduled, done, cancelled or no-show
    #[arg(long)]
    pub status: Option<String>,
    /// Products used (用品)
    #[arg(long)]
    pub products: Option<String>,
    /// Issues found (问题)
    #[arg(long)]
    pub issues: Option<String>,
    /// Notes (备注)
    #[arg(long)]
    pub note: Option<String>,
    /// Pay for the (done) visit from this prepaid package (k-…): one visit of a visits
    /// card, or the price from a stored-value card
    #[arg(long, value_name = "K", conflicts_with = "repeat")]
    pub package: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let today = now.date_naive();
    let date = day_flag("--date", Some(&args.date), today)?.unwrap_or(today);
    let end = day_flag("--end", args.end.as_deref(), today)?;
    let time = args
        .time
        .as_deref()
        .map(parse_time)
        .transpose()
        .map_err(|e| CliError::bad_flag("--time", e))?;
    let price = args
        .price
        .as_deref()
        .map(Money::parse)
        .transpose()
        .map_err(|e| CliError::bad_flag("--price", e))?;
    let payment = args
        .payment
        .as_deref()
        .map(Payment::parse)
        .transpose()
        .map_err(|e| CliError::bad_flag("--payment", e))?;
    let dates = series_dates(&args, date, today)?;
    let given = parse_flag("--status", args.status.as_deref(), Status::parse)?;
    if let Some(Status::Done) = given
        && let Some(last) = dates.last().filter(|d| **d > today)
    {
        return Err(CliError::bad_flag(
            "--status",
            crate::t!(
                "visit-add-done-in-future",
                date = last.to_string(),
                today = today.to_string()
            ),
        )
        .hint(crate::t!("visit-add-done-in-future-hint")));
    }
    let mut txn = store.begin()?;
    let client = resolve(ctx, &store, &args.client)?;
    let roster = booking::roster(ctx, &store)?;
    let staff = booking::entries(&roster, &args.staff, &args.staff_unlisted, "--staff")?;
    let category = match &args.category {
        Some(c) => c.clone(),
        None => match client.record.categories.as_slice() {
            [one] => one.clone(),
            [] => {
                return Err(CliError::usage(crate::t!(
                    "visit-add-no-category",
                    client = &client.record.id
                ))
                .hint(crate::t!("visit-add-no-category-hint")));
            }
            many => {
                let labels: Vec<&str> = many
                    .iter()
                    .map(|k| store.config.category_label(k))
                    .collect();
                return Err(CliError::usage(crate::t!(
                    "visit-add-many-categories",
                    client = &client.record.id,
                    count = many.len(),
                    categories = labels.join(", ")
                ))
                .hint(crate::t!(
                    "visit-add-many-categories-hint",
                    example = labels[0]
                )));
            }
        },
    };
    let mut visit = Visit {
        end,
        time,
        staff,
        status: given.unwrap_or_else(|| Visit::default_status(date, today)),
        price,
        payment,
        products: args.products.clone().unwrap_or_default(),
        issues: args.issues.clone().unwrap_or_default(),
        notes: args.note.clone().unwrap_or_default(),
        ..Visit::new(client.record.id.clone(), category, date, now)
    };
    visit.normalize(&store.config)?;
    let mut ids = store.id_source(Kind::Visit)?;
    let mut visits = Vec::with_capacity(dates.len());
    for &d in &dates {
        let mut v = visit.clone();
        v.id = ids.fresh()?;
        v.date = d;
        v.end = visit.end.map(|e| booking_rules::shift(e, date, d));
        v.status = given.unwrap_or_else(|| Visit::default_status(d, today));
        if args.repeat.is_some() {
            v.series = visits
                .first()
                .map_or(Some(v.id.clone()), |f: &Visit| f.series.clone());
        }
        visits.push(v);
    }
    let mut schedule = booking::Schedule::load(ctx, &store, &[&visit])?;
    let mut refusals = Vec::new();
    for v in &visits {
        let found = schedule.check(v, &roster, &store.config);
        if dates.len() > 1 {
            refusals.extend(found.iter().map(|r| format!("{}: {r}", v.date)));
        } else {
            refusals.extend(found.iter().map(ToString::to_string));
        }
        schedule.add(v.clone());
    }
    booking::refuse(&refusals, args.allow_overlap)?;
    let paid = match (&args.package, visits.as_slice()) {
        (Some(k), [one]) => Some(super::super::package::pay::pay(
            ctx, &store, &mut txn, k, one,
        )?),
        _ => None,
    };
    txn.create_all(visits.iter())?;
    // The client now uses this service line: record it on the client too.
    if !client.record.categories.contains(&visit.category) {
        let mut c = client.record.clone();
        c.categories.push(visit.category.clone());
        c.updated = now;
        txn.update(&client, &c)?;
    }
    let new_ids: Vec<String> = visits.iter().map(|v| v.id.clone()).collect();
    match visits.as_slice() {
        [one] if one.series.is_none() => {
            let mut message = format!("visit add {} ({})", one.id, one.client);
            if let Some(p) = &paid {
                message.push_str(&format!(" --package {}", p.id));
            }
            txn.commit(&message)?;
        }
        _ => {
            let title = format!("visit add --repeat ({})", visit.client);
            txn.commit(&batch_message(&title, "visits", &new_ids))?;
        }
    }
    ctx.forgive_unreadable();
    ctx.out.data(&new_ids.join("\n"))?;
    match visits.as_slice() {
        [one] if one.series.is_none() => {
            ctx.out.status(&crate::t!(
                "visit-added",
                id = &one.id,
                status = one.status.key()
            ));
            if let Some(p) = &paid {
                ctx.out.status(&crate::t!(
                    "visit-paid-from-package",
                    package = &p.id,
                    balance = p.balance().to_string()
                ));
            }
        }
        _ => ctx.out.status(&crate::t!(
            "visit-added-series",
            count = visits.len(),
            first = dates[0].to_string(),
            last = dates[dates.len() - 1].to_string(),
            series = &new_ids[0]
        )),
    }
    Ok(())
}

/// The start dates to book: `--date` alone, or every occurrence of `--repeat`.
fn series_dates(args: &Args, first: NaiveDate, today: NaiveDate) -> CliResult<Vec<NaiveDate>> {
    let Some(every) = &args.repeat else {
        return Ok(vec![first]);
    };
    let repeat = Repeat::parse(every).map_err(|e| CliError::bad_flag("--repeat", e))?;
    let end = match (
        args.count,
        day_flag("--until", args.until.as_deref(), today)?,
    ) {
        (Some(0), _) => {
            return Err(
                CliError::bad_flag("--count", crate::t!("visit-add-count-zero"))
                    .hint(crate::t!("visit-add-count-zero-hint")),
            );
        }
        (Some(n), _) => SeriesEnd::Count(n),
        (None, Some(u)) if u < first => {
            return Err(CliError::bad_flag(
                "--until",
                crate::t!(
                    "visit-add-until-before-first",
                    until = u.to_string(),
                    first = first.to_string()
                ),
            ));
        }
        (None, Some(u)) => SeriesEnd::Until(u),
        (None, None) => {
            return Err(CliError::usage(crate::t!("visit-add-repeat-no-end"))
                .hint(crate::t!("visit-add-repeat-no-end-hint")));
        }
    };
    occurrences(first, repeat, end).map_err(|e| CliError::bad_flag("--repeat", e))
}
