//! Loyalty (DESIGN §14): points earned per spend, per survey and per referral, spent
//! from an append-only ledger in the client record; tiers by spend over the last 12
//! months; and the loyalty figures (active clients, repeat rate, retention by cohort).
//!
//! Points earned are never stored: they are computed from the visits, surveys and
//! clients, so an edited price or a deleted visit changes them. Only what a client
//! redeemed is written (the `points` ledger of the client record).

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, FixedOffset, Months, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::client::Client;
use super::money::Money;
use super::visit::Visit;

/// One line of a client's points ledger: points redeemed (a negative delta).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PointsEntry {
    /// When it was written (orders entries when two offices' ledgers merge).
    pub at: DateTime<FixedOffset>,
    pub date: NaiveDate,
    pub delta: i64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The `[loyalty]` section of the config.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoyaltyPolicy {
    /// Points per yuan of a done visit's price, rounded down per visit.
    #[serde(default = "Rate::tenth")]
    pub points_per_yuan: Rate,
    #[serde(default = "twenty")]
    pub points_per_survey: u32,
    #[serde(default = "hundred")]
    pub points_per_referral: u32,
    /// Tiers by spend over the last 12 months, lowest first; the first starts at 0.
    #[serde(default = "default_tiers")]
    pub tiers: Vec<Tier>,
}

/// A tier (银卡 …) and the spend over the last 12 months from which it applies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    pub name: String,
    #[serde(deserialize_with = "yuan")]
    pub from: Money,
}

fn yuan<'de, D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Int(u32),
        Text(String),
    }
    match Raw::deserialize(d)? {
        Raw::Int(n) => Ok(Money(i64::from(n) * 100)),
        Raw::Text(t) => Money::parse(&t).map_err(serde::de::Error::custom),
    }
}

fn twenty() -> u32 {
    20
}
fn hundred() -> u32 {
    100
}

fn default_tiers() -> Vec<Tier> {
    [("普通", 0), ("银卡", 3000), ("金卡", 10000)]
        .into_iter()
        .map(|(name, yuan)| Tier {
            name: name.into(),
            from: Money(yuan * 100),
        })
        .collect()
}

impl Default for LoyaltyPolicy {
    fn default() -> Self {
        LoyaltyPolicy {
            points_per_yuan: Rate::tenth(),
            points_per_survey: 20,
            points_per_referral: 100,
            tiers: default_tiers(),
        }
    }
}

impl LoyaltyPolicy {
    pub fn check(&self) -> Result<(), String> {
        let first = self
            .tiers
            .first()
            .ok_or_else(|| crate::t!("loyalty-no-tier"))?;
        if first.from.0 != 0 {
            return Err(crate::t!("loyalty-first-tier-not-zero", tier = &first.name));
        }
        for w in self.tiers.windows(2) {
            if w[1].from <= w[0].from {
                return Err(crate::t!(
                    "loyalty-tiers-must-rise",
                    tier = &w[1].name,
                    from = w[1].from.to_string(),
                    previous = &w[0].name
                ));
            }
        }
        if self.tiers.iter().any(|t| t.name.trim().is_empty()) {
            return Err(crate::t!("loyalty-tier-without-name"));
        }
        Ok(())
    }

    /// The points a price earns: floor(price × points_per_yuan), exactly.
    pub fn visit_points(&self, price: Money) -> i64 {
        let r = self.points_per_yuan;
        // price in fen × num / (den × 100), rounded down (never negative here).
        ((i128::from(price.0) * i128::from(r.num)) / (i128::from(r.den) * 100)) as i64
    }

    /// The tier of a client who spent `spend` over the last 12 months.
    pub fn tier(&self, spend: Money) -> &str {
        self.tiers
            .iter()
            .rev()
            .find(|t| spend >= t.from)
            .map_or("", |t| t.name.as_str())
    }
}

/// An exact decimal rate (`0.1`): `num / den`, read from the config's number as
/// written, so that 0.29 × 100 is 29, not 28.999….
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub num: i64,
    pub den: i64,
}

impl Rate {
    fn tenth() -> Rate {
        Rate { num: 1, den: 10 }
    }

    /// `0.1`, `2`, `0.05`: at most six decimals, never negative.
    pub fn parse(s: &str) -> Result<Rate, String> {
        let s = s.trim();
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty() || !digits(int) || !digits(frac) || frac.len() > 6 || int.len() > 6 {
            return Err(crate::t!("loyalty-rate-invalid", input = s));
        }
        let den = 10i64.pow(frac.len() as u32);
        let num = format!("{int}{frac}")
            .parse::<i64>()
            .map_err(|e| e.to_string())?;
        Ok(Rate { num, den })
    }
}

impl Serialize for Rate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.num as f64 / self.den as f64)
    }
}

impl<'de> Deserialize<'de> for Rate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Rate, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Int(i64),
            Float(f64),
            Text(String),
        }
        let text = match Raw::deserialize(d)? {
            Raw::Int(n) => n.to_string(),
            // The shortest decimal that reads back as this float: what was written.
            Raw::Float(f) => f.to_string(),
            Raw::Text(t) => t,
        };
        Rate::parse(&text).map_err(|e| serde::de::Error::custom(format!("`points_per_yuan`: {e}")))
    }
}

/// A client's points, by where they came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Points {
    pub visits: i64,
    pub surveys: i64,
    pub referrals: i64,
    /// Points spent (a positive number).
    pub redeemed: i64,
}

impl Points {
    pub fn earned(&self) -> i64 {
        self.visits + self.surveys + self.referrals
    }

    pub fn balance(&self) -> i64 {
        self.earned() - self.redeemed
    }
}

/// A client's points from their visits (done, with a price), the number of surveys
/// they answered and of clients they referred, and their ledger.
pub fn points(
    client: &Client,
    visits: &[&Visit],
    surveys: usize,
    referrals: usize,
    policy: &LoyaltyPolicy,
) -> Points {
    Points {
        visits: visits
            .iter()
            .filter(|v| v.is_done())
            .filter_map(|v| v.price)
            .map(|p| policy.visit_points(p))
            .sum(),
        surveys: surveys as i64 * i64::from(policy.points_per_survey),
        referrals: referrals as i64 * i64::from(policy.points_per_referral),
        redeemed: -client.points.iter().map(|e| e.delta).sum::<i64>(),
    }
}

/// Why points cannot be redeemed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RedeemError {
    #[error("{}", crate::t!("loyalty-redeem-more-than-held", client = .client, balance = .balance, wanted = .wanted))]
    MoreThanHeld {
        client: String,
        balance: i64,
        wanted: i64,
    },
}

/// The ledger entry that redeems `n` points (n > 0), or why not.
pub fn redeem(
    client: &Client,
    held: &Points,
    n: i64,
    now: DateTime<FixedOffset>,
    note: &str,
) -> Result<PointsEntry, RedeemError> {
    if n > held.balance() {
        return Err(RedeemError::MoreThanHeld {
            client: client.id.clone(),
            balance: held.balance(),
            wanted: n,
        });
    }
    Ok(PointsEntry {
        at: now,
        date: now.date_naive(),
        delta: -n,
        note: note.trim().to_string(),
    })
}

/// The client a `source` names, if any: the text after its last colon (the whole
/// source when it has none: `老客户推荐:王芳`, `referral: c-7k2m9q4x`, `王芳`), trimmed,
/// is a client's id, or the exact name of exactly one client. A client never refers
/// themself.
pub fn referrer<'a>(
    client: &Client,
    by_id: &HashMap<&str, &'a Client>,
    by_name: &HashMap<&str, Vec<&'a Client>>,
) -> Option<&'a Client> {
    let named = client
        .source
        .rsplit([':', '：'])
        .next()
        .unwrap_or("")
        .trim();
    if named.is_empty() {
        return None;
    }
    let found = match by_id.get(named.to_lowercase().as_str()) {
        Some(c) => Some(*c),
        None => match by_name.get(named).map(Vec::as_slice) {
            Some([one]) => Some(*one),
            _ => None,
        },
    };
    found.filter(|r| r.id != client.id)
}

/// How many clients each client referred, by referrer id.
pub fn referral_counts(clients: &[Client]) -> HashMap<String, usize> {
    let by_id: HashMap<&str, &Client> = clients.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut by_name: HashMap<&str, Vec<&Client>> = HashMap::new();
    for c in clients {
        by_name.entry(c.name.as_str()).or_default().push(c);
    }
    let mut counts = HashMap::new();
    for c in clients {
        if let Some(r) = referrer(c, &by_id, &by_name) {
            *counts.entry(r.id.clone()).or_insert(0) += 1;
        }
    }
    counts
}

/// What a client spent over the 12 months up to `today`: the prices of their done
/// visits dated after the same day a year before and on or before today.
pub fn spend_12_months(visits: &[&Visit], today: NaiveDate) -> Money {
    let after = today.checked_sub_months(Months::new(12)).unwrap_or(today);
    Money(
        visits
            .iter()
            .filter(|v| v.is_done() && v.date > after && v.date <= today)
            .filter_map(|v| v.price)
            .map(|p| p.0)
            .sum(),
    )
}

/// One row of the loyalty figures: the whole period (`all`) or one month of it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoyaltyRow {
    /// `all`, or the month (`2026-05`).
    pub period: String,
    /// Clients with a done visit in the span.
    pub active: usize,
    /// Of those, clients with two or more done visits in the span.
    pub repeat: usize,
    /// 100 × repeat / active; `None` when no client was active.
    pub repeat_pct: Option<f64>,
    /// The cohort: clients whose first done visit ever falls in the span.
    pub new_clients: usize,
    /// Of the cohort, clients with a done visit in the third month after the cohort's
    /// month or later (up to the period's end); `None` for the `all` row and for a
    /// month not yet three months old at the period's end.
    pub retained_3m: Option<usize>,
    pub retention_3m_pct: Option<f64>,
    pub retained_6m: Option<usize>,
    pub retention_6m_pct: Option<f64>,
}

fn pct(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// Loyalty figures over `from..=to` (by visit start date): the `all` row, then one
/// row per calendar month of the period, empty months included. `visits` are every
/// visit of every client (any status, any date: a client's first done visit may lie
/// before the period).
pub fn loyalty(visits: &[&Visit], from: NaiveDate, to: NaiveDate) -> Vec<LoyaltyRow> {
    // Each client's done visit dates, sorted.
    let mut dates: BTreeMap<&str, Vec<NaiveDate>> = BTreeMap::new();
    for v in visits.iter().filter(|v| v.is_done() && v.date <= to) {
        dates.entry(v.client.as_str()).or_default().push(v.date);
    }
    for d in dates.values_mut() {
        d.sort_unstable();
    }
    let span_row = |label: String, a: NaiveDate, b: NaiveDate, month: Option<NaiveDate>| {
        let mut active = 0;
        let mut repeat = 0;
        let mut cohort: Vec<&Vec<NaiveDate>> = Vec::new();
        for ds in dates.values() {
            let n = ds.iter().filter(|d| **d >= a && **d <= b).count();
            if n >= 1 {
                active += 1;
            }
            if n >= 2 {
                repeat += 1;
            }
            if ds.first().is_some_and(|f| *f >= a && *f <= b) {
                cohort.push(ds);
            }
        }
        let retained = |k: u32| -> Option<usize> {
            let start = month?.checked_add_months(Months::new(k))?;
            (start <= to).then(|| {
                cohort
                    .iter()
                    .filter(|ds| ds.iter().any(|d| *d >= start))
                    .count()
            })
        };
        let (r3, r6) = (retained(3), retained(6));
        LoyaltyRow {
            period: label,
            active,
            repeat,
            repeat_pct: pct(repeat, active),
            new_clients: cohort.len(),
            retained_3m: r3,
            retention_3m_pct: r3.and_then(|r| pct(r, cohort.len())),
            retained_6m: r6,
            retention_6m_pct: r6.and_then(|r| pct(r, cohort.len())),
        }
    };
    let mut rows = vec![span_row("all".into(), from, to, None)];
    let mut m = month_start(from);
    while m <= to {
        let next = m
            .checked_add_months(Months::new(1))
            .unwrap_or(NaiveDate::MAX);
        let last = next.pred_opt().unwrap_or(next).min(to);
        rows.push(span_row(
            super::date::month_key(m),
            m.max(from),
            last,
            Some(m),
        ));
        if next == NaiveDate::MAX {
            break;
        }
        m = next;
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::visit::Status;

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-22T10:00:00+08:00").unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn visit(client: &str, date: &str, price: Option<i64>, status: Status) -> Visit {
        let mut v = Visit::new(client.into(), "house-cleaning".into(), day(date), now());
        v.status = status;
        v.price = price.map(Money);
        v
    }

    fn client(id: &str, name: &str, source: &str) -> Client {
        let mut c = Client::new(id.into(), now());
        c.name = name.into();
        c.source = source.into();
        c
    }

    #[test]
    fn points_come_from_priced_done_visits_surveys_and_referrals() {
        let p = LoyaltyPolicy::default();
        let c = client("c-1", "王芳", "");
        let vs = [
            visit("c-1", "2026-11-01", Some(28050), Status::Done), // 28
            visit("c-1", "2026-11-02", Some(999), Status::Done),   // 0
            visit("c-1", "2026-11-03", None, Status::Done),
            visit("c-1", "2026-11-30", Some(50000), Status::Scheduled),
        ];
        let refs: Vec<&Visit> = vs.iter().collect();
        let pts = points(&c, &refs, 2, 1, &p);
        assert_eq!(
            pts,
            Points {
                visits: 28,
                surveys: 40,
                referrals: 100,
                redeemed: 0
            }
        );
        assert_eq!(pts.balance(), 168);
        let e = redeem(&c, &pts, 168, now(), "兑换").unwrap();
        let mut c = c;
        c.points.push(e);
        let after = points(&c, &refs, 2, 1, &p);
        assert_eq!(after.balance(), 0);
        assert!(matches!(
            redeem(&c, &after, 1, now(), ""),
            Err(RedeemError::MoreThanHeld {
                balance: 0,
                wanted: 1,
                ..
            })
        ));
    }

    #[test]
    fn the_rate_is_exact() {
        let p = LoyaltyPolicy {
            points_per_yuan: Rate::parse("0.29").unwrap(),
            ..LoyaltyPolicy::default()
        };
        assert_eq!(
            p.visit_points(Money(10000)),
            29,
            "0.29 × 100 as a float is 28.99…"
        );
        let c: LoyaltyPolicy = toml::from_str("points_per_yuan = 0.29").unwrap();
        assert_eq!(c.points_per_yuan, Rate { num: 29, den: 100 });
        let c: LoyaltyPolicy = toml::from_str("points_per_yuan = 1").unwrap();
        assert_eq!(c.visit_points(Money(28050)), 280);
        assert!(toml::from_str::<LoyaltyPolicy>("points_per_yuan = -1").is_err());
    }

    #[test]
    fn tiers_change_exactly_at_their_thresholds() {
        let p = LoyaltyPolicy::default();
        assert_eq!(p.tier(Money(299_999)), "普通");
        assert_eq!(p.tier(Money(300_000)), "银卡");
        assert_eq!(p.tier(Money(999_999)), "银卡");
        assert_eq!(p.tier(Money(1_000_000)), "金卡");
        let vs = [
            visit("c-1", "2025-11-22", Some(100_000), Status::Done), // a year ago: out
            visit("c-1", "2025-11-23", Some(200_000), Status::Done),
            visit("c-1", "2026-11-22", Some(100_000), Status::Done),
            visit("c-1", "2026-11-23", Some(900_000), Status::Done), // after today
            visit("c-1", "2026-06-01", Some(900_000), Status::Cancelled),
        ];
        let refs: Vec<&Visit> = vs.iter().collect();
        assert_eq!(spend_12_months(&refs, day("2026-11-22")), Money(300_000));
        let bad: Result<LoyaltyPolicy, _> =
            toml::from_str("tiers = [{ name = 'a', from = 0 }, { name = 'b', from = 0 }]");
        assert!(bad.unwrap().check().unwrap_err().contains("rise"));
        let bad: LoyaltyPolicy = toml::from_str("tiers = [{ name = 'a', from = '10' }]").unwrap();
        assert!(bad.check().unwrap_err().contains("start at 0"));
    }

    #[test]
    fn a_source_names_a_client_by_id_or_unique_exact_name() {
        let clients = vec![
            client("c-1", "王芳", ""),
            client("c-2", "李娜", "王芳"),
            client("c-3", "张伟", "老客户推荐:c-1"),
            client("c-4", "赵敏", "美团"),
            client("c-5", "刘洋", "刘洋"),
            client("c-6", "陈静", "李娜 "),
            client("c-7", "周杰", "王"),
        ];
        let counts = referral_counts(&clients);
        assert_eq!(counts.get("c-1"), Some(&2));
        assert_eq!(counts.get("c-2"), Some(&1));
        assert_eq!(counts.get("c-5"), None, "never oneself");
        assert_eq!(counts.len(), 2);
        let mut twins = clients.clone();
        twins.push(client("c-8", "王芳", ""));
        assert_eq!(
            referral_counts(&twins).get("c-1"),
            Some(&1),
            "an ambiguous name names no one"
        );
    }

    #[test]
    fn repeat_rate_and_cohorts_by_hand() {
        use Status::Done;
        let vs = [
            // c-1: first in May, back in August (3 months on) and November (6 months on).
            visit("c-1", "2026-05-10", Some(100), Done),
            visit("c-1", "2026-05-20", Some(100), Done),
            visit("c-1", "2026-08-01", Some(100), Done),
            visit("c-1", "2026-11-05", Some(100), Done),
            // c-2: first in May, back in July only (under three months).
            visit("c-2", "2026-05-31", Some(100), Done),
            visit("c-2", "2026-07-15", Some(100), Done),
            // c-3: a client since April (before the period), once in the period.
            visit("c-3", "2026-04-01", Some(100), Done),
            visit("c-3", "2026-06-01", Some(100), Done),
            // c-4: first in September; a cancelled visit never counts.
            visit("c-4", "2026-09-03", Some(100), Done),
            visit("c-4", "2026-09-04", Some(100), Status::Cancelled),
        ];
        let refs: Vec<&Visit> = vs.iter().collect();
        let rows = loyalty(&refs, day("2026-05-01"), day("2026-11-22"));
        let all = &rows[0];
        assert_eq!(all.period, "all");
        assert_eq!((all.active, all.repeat, all.new_clients), (4, 2, 3));
        assert_eq!(all.repeat_pct, Some(50.0));
        assert_eq!(all.retained_3m, None);
        let month = |m: &str| rows.iter().find(|r| r.period == m).unwrap();
        let may = month("2026-05");
        assert_eq!((may.active, may.repeat, may.new_clients), (2, 1, 2));
        assert_eq!(may.retained_3m, Some(1));
        assert_eq!(may.retention_3m_pct, Some(50.0));
        assert_eq!(may.retained_6m, Some(1));
        let june = month("2026-06");
        assert_eq!(
            (june.active, june.new_clients),
            (1, 0),
            "c-3's cohort is April"
        );
        assert_eq!(june.retained_3m, Some(0));
        assert_eq!(june.retention_3m_pct, None, "a cohort with no clients");
        let sept = month("2026-09");
        assert_eq!(sept.new_clients, 1);
        assert_eq!(sept.retained_3m, None, "December has not begun");
        assert_eq!(sept.retention_3m_pct, None);
        let oct = month("2026-10");
        assert_eq!((oct.active, oct.repeat_pct), (0, None));
        assert_eq!(rows.len(), 1 + 7);
    }
}
