//! `hk visit add`: record a service visit or book one.

use super::super::Ctx;
use super::super::client::resolve;
use super::super::error::{CliError, CliResult};
use super::super::filters::day_flag;
use super::booking;
use crate::domain::id::Kind;
use crate::domain::money::Money;
use crate::domain::visit::{FORMAT, Payment, Status, Visit, parse_time};

/// Add a visit for a client. Prints the new id.
///
/// A visit dated today or earlier is `done` unless --status says otherwise; a later one
/// is `scheduled`. When the client has exactly one category, the visit takes it.
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
    let status = match &args.status {
        Some(s) => Status::parse(s).map_err(|e| CliError::bad_flag("--status", e))?,
        None => Visit::default_status(date, today),
    };
    if status == Status::Done && date > today {
        return Err(CliError::bad_flag(
            "--status",
            format!("a visit on {date} (after today, {today}) cannot be done yet"),
        )
        .hint("leave --status out to book it as scheduled"));
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
                return Err(CliError::usage(format!(
                    "missing `--category`: client {} has no category yet",
                    client.record.id
                ))
                .hint("name the service, e.g. `--category 家庭保洁`"));
            }
            many => {
                let labels: Vec<&str> = many
                    .iter()
                    .map(|k| store.config.category_label(k))
                    .collect();
                return Err(CliError::usage(format!(
                    "missing `--category`: client {} has {} categories ({})",
                    client.record.id,
                    many.len(),
                    labels.join(", ")
                ))
                .hint(format!("choose one, e.g. `--category {}`", labels[0])));
            }
        },
    };
    let mut visit = Visit {
        format: FORMAT,
        id: String::new(),
        client: client.record.id.clone(),
        category,
        date,
        end,
        time,
        staff,
        status,
        price,
        payment,
        products: args.products.clone().unwrap_or_default(),
        issues: args.issues.clone().unwrap_or_default(),
        notes: args.note.clone().unwrap_or_default(),
        created: now,
        updated: now,
    };
    visit.normalize(&store.config)?;
    visit.id = store.new_id(Kind::Visit)?;
    let schedule = booking::Schedule::load(ctx, &store, &[&visit])?;
    booking::refuse(
        &schedule.check(&visit, &roster, &store.config),
        args.allow_overlap,
    )?;
    txn.create(&visit)?;
    // The client now uses this service line: record it on the client too.
    if !client.record.categories.contains(&visit.category) {
        let mut c = client.record.clone();
        c.categories.push(visit.category.clone());
        c.updated = now;
        txn.update(&client, &c)?;
    }
    txn.commit(&format!("visit add {} ({})", visit.id, visit.client))?;
    ctx.forgive_unreadable();
    ctx.out.data(&visit.id)?;
    ctx.out.status(&format!(
        "added visit {} ({})",
        visit.id,
        visit.status.key()
    ));
    Ok(())
}
