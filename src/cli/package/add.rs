//! `hk package add`: sell a client a prepaid package.

use super::super::Ctx;
use super::super::client::resolve;
use super::super::error::{CliError, CliResult};
use super::super::filters::{day_flag, parse_flag, past_date};
use crate::domain::id::Kind;
use crate::domain::money::Money;
use crate::domain::package::{Package, PackageKind};

/// Record a prepaid package a client bought (a named card). Prints the new id.
///
/// A visits card (次卡) holds `--face` visits of one service (`--category`, by
/// default the client's only one); a stored-value card (储值卡) holds `--face` yuan
/// and pays for any service. `--bonus` is given on top (买十送一: `--bonus 1`;
/// 充2000送200: `--bonus 200`). The balance is face + bonus, less every visit paid
/// from it and every refund (`hk package show`).
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    /// visits (次卡) or stored-value (储值卡)
    #[arg(long, value_name = "KIND")]
    pub kind: String,
    /// What it holds: a number of visits, or yuan (2000 or 2000.50)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub face: String,
    /// Given on top of the face value, in the same unit [default: 0]
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub bonus: Option<String>,
    /// What the client paid, in yuan
    #[arg(long, value_name = "YUAN", allow_hyphen_values = true)]
    pub paid: String,
    /// The service a visits card is for (key or label) [default: the client's only one]
    #[arg(long)]
    pub category: Option<String>,
    /// The day it was bought [default: today]
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// The last day it can pay for a visit [default: never expires]
    #[arg(long, value_name = "D")]
    pub expires: Option<String>,
    /// Notes (备注)
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let today = now.date_naive();
    let kind =
        parse_flag("--kind", Some(&args.kind), PackageKind::parse)?.unwrap_or(PackageKind::Visits);
    let face = parse_flag("--face", Some(&args.face), |s| kind.amount(s, false))?;
    let bonus = parse_flag("--bonus", args.bonus.as_deref(), |s| kind.amount(s, true))?;
    let paid = parse_flag("--paid", Some(&args.paid), Money::parse)?.unwrap_or_default();
    let bought = past_date(args.date.as_deref(), today)?;
    let expires = day_flag("--expires", args.expires.as_deref(), today)?;
    let mut txn = store.begin()?;
    let client = resolve(ctx, &store, &args.client)?.record;
    let category = match (kind, &args.category) {
        (PackageKind::Visits, None) => match client.categories.as_slice() {
            [one] => Some(one.clone()),
            _ => {
                return Err(CliError::usage(crate::t!(
                    "package-add-category-missing",
                    client = &client.id
                ))
                .hint(crate::t!("package-hint-category-example")));
            }
        },
        (_, c) => c.clone(),
    };
    let mut p = Package::new(
        store.new_id(Kind::Package)?,
        client.id.clone(),
        kind,
        bought,
        now,
    );
    p.face = face.unwrap_or(kind.of(0));
    p.bonus = bonus.unwrap_or(kind.of(0));
    p.paid = paid;
    p.category = category;
    p.expires = expires;
    p.notes = args.note.clone().unwrap_or_default();
    p.normalize(&store.config)?;
    txn.create(&p)?;
    txn.commit(&format!("package add {} ({})", p.id, p.client))?;
    ctx.out.data(&p.id)?;
    ctx.out.status(&crate::t!(
        "package-added",
        id = &p.id,
        kind = p.kind.key(),
        balance = p.balance().to_string()
    ));
    Ok(())
}
