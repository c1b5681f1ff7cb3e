//! `hk client points`: a client's loyalty points and tier; redeem points.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::records::client_book;
use super::resolve;
use crate::domain::client::Client;
use crate::domain::loyalty::redeem;
use crate::output::{Cell, Column, col};
use crate::query::money::Standing;
use crate::query::{Book, Kinds};
use crate::store::Store;

/// Show a client's points (积分) by where they came from, what was redeemed, the
/// balance, the spend over the last 12 months and the tier; or redeem points with
/// `--redeem N --note TEXT` (an entry appended to the client's points ledger, never
/// more than the balance).
///
/// Points are earned per done visit with a price (floor(price × points_per_yuan)),
/// per survey answered and per client referred (a client whose source names this
/// client by id or exact name); see `[loyalty]` in `.hk/config.toml`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    /// Points to redeem (a whole number above zero)
    #[arg(long, value_name = "N", allow_hyphen_values = true, requires = "note")]
    pub redeem: Option<String>,
    /// What the points were redeemed for (兑换内容)
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let redeem_n = match &args.redeem {
        None => None,
        Some(s) => Some(parse_points(s)?),
    };
    let mut txn = store.begin()?;
    let loaded = resolve(ctx, &store, &args.client)?;
    let s = standing(ctx, &store, &loaded.record, now.date_naive())?;
    let Some(n) = redeem_n else {
        ctx.out.fields(&fields(&s))?;
        return Ok(());
    };
    let c = &loaded.record;
    let entry = redeem(c, &s.points, n, now, args.note.as_deref().unwrap_or("")).map_err(|e| {
        CliError::failure(e.to_string()).hint(crate::t!("client-points-hint", id = &c.id))
    })?;
    let mut after = c.clone();
    after.points.push(entry);
    after.updated = now;
    txn.update(&loaded, &after)?;
    txn.commit(&format!("client points {} --redeem", c.id))?;
    ctx.out.status(&crate::t!(
        "client-points-redeemed",
        count = n,
        id = &c.id,
        balance = s.points.balance() - n
    ));
    Ok(())
}

fn parse_points(s: &str) -> CliResult<i64> {
    let t = s.trim();
    if t.starts_with('-') {
        return Err(CliError::bad_flag(
            "--redeem",
            crate::t!("client-points-negative"),
        ));
    }
    match t.parse::<i64>() {
        Ok(0) => Err(CliError::bad_flag(
            "--redeem",
            crate::t!("client-points-zero"),
        )),
        Ok(n) if n <= 1_000_000_000 => Ok(n),
        _ => Err(CliError::bad_flag(
            "--redeem",
            crate::t!("client-points-not-number", value = t),
        )),
    }
}

/// A client's points and tier today: their visits and surveys, and every client's
/// source for the referrals.
fn standing(
    ctx: &mut Ctx,
    store: &Store,
    client: &Client,
    today: chrono::NaiveDate,
) -> CliResult<Standing> {
    let n = referred(ctx, store, &client.id)?;
    let own = client_book(
        ctx,
        store,
        Kinds::default().with_visits().with_surveys(),
        client.clone(),
    )?;
    Ok(own.standing(client, n, today, &store.config))
}

/// How many clients name `client` as their source (every client is read). A client
/// record that cannot be read is warned about but does not fail the command: it
/// could only add a referral, so the points shown are never more than earned.
pub fn referred(ctx: &mut Ctx, store: &Store, client: &str) -> CliResult<usize> {
    let (all, problems) = Book::load(store, ctx.identities_for(store)?, Kinds::clients())?;
    ctx.report_newer(&problems.newer);
    for u in &problems.unreadable {
        ctx.out.warn(&crate::t!(
            "client-points-skipped",
            path = u.path.display(),
            problem = u.problem.to_string()
        ));
    }
    Ok(all.referrals().get(client).copied().unwrap_or(0))
}

/// The points and tier as fields (`client points`), and the two `client show` adds.
pub fn fields(s: &Standing) -> Vec<(Column, Cell)> {
    let p = &s.points;
    vec![
        (
            col("from_visits", "消费积分 From visits"),
            Cell::Int(p.visits),
        ),
        (
            col("from_surveys", "评价积分 From surveys"),
            Cell::Int(p.surveys),
        ),
        (
            col("from_referrals", "推荐积分 From referrals"),
            Cell::Int(p.referrals),
        ),
        (col("redeemed", "已兑换 Redeemed"), Cell::Int(p.redeemed)),
        (col("points", "积分余额 Points"), Cell::Int(p.balance())),
        (
            col("spend_12_months", "近12月消费 Spend 12 months"),
            Cell::Money(s.spend_12_months),
        ),
        (col("tier", "等级 Tier"), Cell::text(&s.tier)),
    ]
}
