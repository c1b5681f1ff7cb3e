//! Prepaid packages (次卡 / 储值卡, DESIGN §14): a card a client bought, worth a number
//! of visits of one service line or an amount of yuan, and its append-only ledger.
//!
//! Prepaid cards are regulated (named cards, records kept for years), so the ledger is
//! never rewritten: a visit paid from the card and a refund are entries appended to
//! it, and the balance is always computed from it: face value + bonus + the sum of the
//! entries' deltas. It never goes below zero: a debit larger than the balance is
//! refused whole, never paid in part.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::FieldError;
use super::config::Config;
use super::limits::{self, check_len};
use super::money::Money;
use super::visit::Visit;

pub const FORMAT: u32 = 1;

/// What a package holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PackageKind {
    /// A number of visits of one category (次卡).
    Visits,
    /// An amount of yuan (储值卡).
    StoredValue,
}

impl PackageKind {
    pub fn parse(s: &str) -> Result<PackageKind, String> {
        match s.trim().to_lowercase().as_str() {
            "visits" | "visit" | "次卡" => Ok(PackageKind::Visits),
            "stored-value" | "stored_value" | "yuan" | "储值卡" => Ok(PackageKind::StoredValue),
            _ => Err(crate::t!("package-kind-expected")),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            PackageKind::Visits => "visits",
            PackageKind::StoredValue => "stored-value",
        }
    }

    /// Reads an amount in this kind's unit: a whole number of visits, or yuan exact to
    /// the fen. Never negative; zero only when `zero_ok`.
    pub fn amount(self, input: &str, zero_ok: bool) -> Result<Amount, String> {
        let s = input.trim();
        if s.starts_with('-') {
            return Err(crate::t!("package-amount-negative"));
        }
        let a = match self {
            PackageKind::Visits => {
                let n = s.trim_end_matches('次').trim();
                if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) || n.len() > 6 {
                    return Err(crate::t!("package-amount-not-visits", input = s));
                }
                Amount::Visits(
                    n.parse()
                        .map_err(|_| crate::t!("package-amount-not-number"))?,
                )
            }
            PackageKind::StoredValue => Amount::Yuan(Money::parse(s)?),
        };
        if !zero_ok && a.units() == 0 {
            return Err(crate::t!("package-amount-zero"));
        }
        Ok(a)
    }

    /// `n` units of this kind (visits, or fen).
    pub fn of(self, units: i64) -> Amount {
        match self {
            PackageKind::Visits => Amount::Visits(units),
            PackageKind::StoredValue => Amount::Yuan(Money(units)),
        }
    }
}

/// A number of visits or an amount of yuan; a ledger delta may be negative. In TOML a
/// number of visits is an integer (`face = 10`) and yuan a string (`face = "2000.00"`),
/// so the file says which unit it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    Visits(i64),
    Yuan(Money),
}

impl Amount {
    /// Visits, or fen.
    pub fn units(self) -> i64 {
        match self {
            Amount::Visits(n) => n,
            Amount::Yuan(m) => m.0,
        }
    }

    pub fn kind(self) -> PackageKind {
        match self {
            Amount::Visits(_) => PackageKind::Visits,
            Amount::Yuan(_) => PackageKind::StoredValue,
        }
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Amount::Visits(n) => f.write_str(&crate::t!("package-amount-visits", count = *n)),
            Amount::Yuan(m) => f.write_str(&crate::t!("package-amount-yuan", yuan = m.to_string())),
        }
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Amount::Visits(n) => s.serialize_i64(*n),
            Amount::Yuan(m) => s.serialize_str(&m.to_string()),
        }
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Amount, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Int(i64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Int(n) => Ok(Amount::Visits(n)),
            Raw::Text(t) => {
                let (neg, rest) = match t.trim().strip_prefix('-') {
                    Some(r) => (true, r),
                    None => (false, t.trim()),
                };
                let m = Money::parse(rest).map_err(serde::de::Error::custom)?;
                Ok(Amount::Yuan(Money(if neg { -m.0 } else { m.0 })))
            }
        }
    }
}

/// What a ledger entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    /// A visit paid from the package.
    Visit,
    /// Money or visits given back to the client.
    Refund,
}

impl EntryKind {
    pub fn key(self) -> &'static str {
        match self {
            EntryKind::Visit => "visit",
            EntryKind::Refund => "refund",
        }
    }
}

/// One line of the ledger: never changed or removed once written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// When it was written (orders the entries when two offices' ledgers merge).
    pub at: DateTime<FixedOffset>,
    /// The day it counts for.
    pub date: NaiveDate,
    pub kind: EntryKind,
    /// The change of the balance, in the package's unit (negative for a debit).
    pub delta: Amount,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One package: the file `packages/<id>.toml.age`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Package {
    pub format: u32,
    pub id: String,
    pub client: String,
    pub kind: PackageKind,
    /// The service line a visits card is for (its key); none for stored value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    pub bought: NaiveDate,
    /// What the client paid for it.
    pub paid: Money,
    /// What it holds: visits or yuan.
    pub face: Amount,
    /// Given on top of the face value (买十送一: 1 visit; 充2000送200: 200 yuan).
    pub bonus: Amount,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    pub created: DateTime<FixedOffset>,
    pub updated: DateTime<FixedOffset>,
    /// Append-only (DESIGN §13: two offices' entries are both kept, in time order).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ledger: Vec<Entry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<super::conflict::Conflict>,
}

/// Why a package cannot pay or refund. Messages name ids and dates only.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PayError {
    #[error("{}", crate::t!("package-pay-other-client", package = .package, owner = .owner, client = .client, visit = .visit))]
    OtherClient {
        package: String,
        owner: String,
        client: String,
        visit: String,
    },
    #[error("{}", crate::t!("package-pay-expired", package = .package, expires = .expires.to_string(), visit = .visit, date = .date.to_string()))]
    Expired {
        package: String,
        expires: NaiveDate,
        visit: String,
        date: NaiveDate,
    },
    #[error("{}", crate::t!("package-pay-before-bought", visit = .visit, date = .date.to_string(), package = .package, bought = .bought.to_string()))]
    BeforeBought {
        package: String,
        bought: NaiveDate,
        visit: String,
        date: NaiveDate,
    },
    #[error("{}", crate::t!("package-pay-wrong-category", package = .package, card = .card, visit = .visit, category = .category))]
    WrongCategory {
        package: String,
        card: String,
        visit: String,
        category: String,
    },
    #[error("{}", crate::t!("package-pay-no-price", visit = .visit, package = .package))]
    NoPrice { package: String, visit: String },
    #[error("{}", crate::t!("package-pay-not-done", visit = .visit, status = .status))]
    NotDone { visit: String, status: String },
    #[error("{}", crate::t!("package-pay-already-paid", visit = .visit, package = .package))]
    AlreadyPaid { visit: String, package: String },
    #[error("{}", crate::t!("package-pay-overdraw", package = .package, balance = .balance.to_string(), wanted = .wanted.to_string()))]
    Overdraw {
        package: String,
        balance: Amount,
        wanted: Amount,
    },
    #[error("{}", crate::t!("package-pay-wrong-unit", package = .package, unit = .unit.to_string(), given = .given.to_string()))]
    WrongUnit {
        package: String,
        unit: &'static str,
        given: Amount,
    },
}

impl Package {
    /// A new package with an empty ledger; fill it in, then `normalize`.
    pub fn new(
        id: String,
        client: String,
        kind: PackageKind,
        bought: NaiveDate,
        now: DateTime<FixedOffset>,
    ) -> Package {
        Package {
            format: FORMAT,
            id,
            client,
            kind,
            category: None,
            bought,
            paid: Money(0),
            face: kind.of(0),
            bonus: kind.of(0),
            expires: None,
            notes: String::new(),
            created: now,
            updated: now,
            ledger: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    /// Checks the rules a package keeps: amounts in its unit, a category for a visits
    /// card (as its key) and none for stored value, an expiry not before the purchase.
    pub fn normalize(&mut self, config: &Config) -> Result<(), FieldError> {
        FieldError::check_format(self.format, FORMAT)?;
        for (field, a) in [("face", self.face), ("bonus", self.bonus)] {
            if a.kind() != self.kind {
                return Err(FieldError::new(
                    field,
                    crate::t!("package-field-wrong-unit", kind = self.kind.key()),
                ));
            }
            if a.units() < 0 {
                return Err(FieldError::new(field, crate::t!("package-amount-negative")));
            }
        }
        if self.face.units() == 0 {
            return Err(FieldError::new("face", crate::t!("package-amount-zero")));
        }
        self.category = match (self.kind, &self.category) {
            (PackageKind::Visits, None) => {
                return Err(FieldError::new(
                    "category",
                    crate::t!("package-category-needed"),
                ));
            }
            (PackageKind::Visits, Some(c)) => Some(
                config
                    .category(c)
                    .map_err(|e| FieldError::new("category", e))?
                    .key
                    .clone(),
            ),
            (PackageKind::StoredValue, None) => None,
            (PackageKind::StoredValue, Some(_)) => {
                return Err(FieldError::new(
                    "category",
                    crate::t!("package-category-stored-value"),
                ));
            }
        };
        if let Some(e) = self.expires
            && e < self.bought
        {
            return Err(FieldError::new(
                "expires",
                crate::t!(
                    "package-expires-before-bought",
                    expires = e.to_string(),
                    bought = self.bought.to_string()
                ),
            ));
        }
        if self.ledger.iter().any(|e| e.delta.kind() != self.kind) {
            return Err(FieldError::new(
                "ledger",
                crate::t!("package-ledger-wrong-unit", kind = self.kind.key()),
            ));
        }
        check_len("notes", &self.notes, limits::NOTES)?;
        Ok(())
    }

    /// Face value + bonus + every ledger delta, in the package's unit.
    pub fn balance(&self) -> Amount {
        let units = self.face.units()
            + self.bonus.units()
            + self.ledger.iter().map(|e| e.delta.units()).sum::<i64>();
        self.kind.of(units)
    }

    /// Whether the package has expired by `day` (it is valid on its expiry day).
    pub fn expired_on(&self, day: NaiveDate) -> bool {
        self.expires.is_some_and(|e| day > e)
    }

    /// The net debit the ledger holds for `visit` (0 when it never paid for it).
    pub fn paid_for(&self, visit: &str) -> i64 {
        -self
            .ledger
            .iter()
            .filter(|e| e.visit.as_deref() == Some(visit))
            .map(|e| e.delta.units())
            .sum::<i64>()
    }

    /// The entry that pays for `visit` from this package, or why it cannot. Nothing
    /// is changed: the caller appends the entry (see `append`).
    pub fn pay_for(
        &self,
        visit: &Visit,
        now: DateTime<FixedOffset>,
        note: &str,
    ) -> Result<Entry, PayError> {
        if visit.client != self.client {
            return Err(PayError::OtherClient {
                package: self.id.clone(),
                owner: self.client.clone(),
                client: visit.client.clone(),
                visit: visit.id.clone(),
            });
        }
        if !visit.is_done() {
            return Err(PayError::NotDone {
                visit: visit.id.clone(),
                status: visit.status.key().into(),
            });
        }
        if self.paid_for(&visit.id) > 0 {
            return Err(PayError::AlreadyPaid {
                visit: visit.id.clone(),
                package: self.id.clone(),
            });
        }
        if visit.date < self.bought {
            return Err(PayError::BeforeBought {
                package: self.id.clone(),
                bought: self.bought,
                visit: visit.id.clone(),
                date: visit.date,
            });
        }
        if let Some(expires) = self.expires.filter(|_| self.expired_on(visit.date)) {
            return Err(PayError::Expired {
                package: self.id.clone(),
                expires,
                visit: visit.id.clone(),
                date: visit.date,
            });
        }
        let cost = match self.kind {
            PackageKind::Visits => {
                let card = self.category.clone().unwrap_or_default();
                if visit.category != card {
                    return Err(PayError::WrongCategory {
                        package: self.id.clone(),
                        card,
                        visit: visit.id.clone(),
                        category: visit.category.clone(),
                    });
                }
                Amount::Visits(1)
            }
            PackageKind::StoredValue => match visit.price {
                Some(p) => Amount::Yuan(p),
                None => {
                    return Err(PayError::NoPrice {
                        package: self.id.clone(),
                        visit: visit.id.clone(),
                    });
                }
            },
        };
        self.debit(cost)?;
        Ok(Entry {
            at: now,
            date: now.date_naive(),
            kind: EntryKind::Visit,
            delta: self.kind.of(-cost.units()),
            visit: Some(visit.id.clone()),
            note: note.trim().to_string(),
        })
    }

    /// The entry that gives `amount` back to the client on `date`, or why not.
    pub fn refund(
        &self,
        amount: Amount,
        date: NaiveDate,
        now: DateTime<FixedOffset>,
        note: &str,
    ) -> Result<Entry, PayError> {
        self.debit(amount)?;
        Ok(Entry {
            at: now,
            date,
            kind: EntryKind::Refund,
            delta: self.kind.of(-amount.units()),
            visit: None,
            note: note.trim().to_string(),
        })
    }

    /// Whether `amount` can be taken: in the package's unit, and not more than the
    /// balance (refused whole, never paid in part).
    fn debit(&self, amount: Amount) -> Result<(), PayError> {
        if amount.kind() != self.kind {
            return Err(PayError::WrongUnit {
                package: self.id.clone(),
                unit: match self.kind {
                    PackageKind::Visits => "visits",
                    PackageKind::StoredValue => "yuan",
                },
                given: amount,
            });
        }
        let balance = self.balance();
        if amount.units() > balance.units() {
            return Err(PayError::Overdraw {
                package: self.id.clone(),
                balance,
                wanted: amount,
            });
        }
        Ok(())
    }

    /// The package with `entry` at the end of its ledger: the only way it changes.
    pub fn append(&self, entry: Entry) -> Package {
        let mut p = self.clone();
        p.updated = entry.at;
        p.ledger.push(entry);
        p
    }
}

/// The package (among `packages`) whose ledger pays for `visit`, if any.
pub fn paid_by<'a>(packages: &'a [Package], visit: &str) -> Option<&'a Package> {
    packages.iter().find(|p| p.paid_for(visit) > 0)
}

/// A package changes only through its own commands (`hk package refund`, `hk visit
/// done --package`), never by `--set`; its one whole-record check is the one a merge
/// of two offices' versions and `hk resolve` run: the package's rules, and a balance
/// that is not below zero (two offices that each took the last visit merge into a
/// conflict on the ledger, to settle by hand, rather than a negative balance).
impl super::edit::Editable for Package {
    fn set_field(
        &mut self,
        field: &str,
        _value: &str,
        _today: NaiveDate,
    ) -> Result<(), FieldError> {
        Err(FieldError::new(field, crate::t!("package-set-refused")))
    }

    fn check(&mut self, config: &Config, _today: NaiveDate) -> Result<(), FieldError> {
        self.normalize(config)?;
        if self.balance().units() < 0 {
            return Err(FieldError::new(
                "ledger",
                crate::t!(
                    "package-ledger-below-zero",
                    balance = self.balance().to_string()
                ),
            ));
        }
        Ok(())
    }

    super::edit::stamped!();
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

    fn card(kind: PackageKind, face: i64) -> Package {
        let mut p = Package::new("k-1".into(), "c-1".into(), kind, day("2026-10-01"), now());
        p.face = kind.of(face);
        if kind == PackageKind::Visits {
            p.category = Some("house-cleaning".into());
        }
        p.normalize(&Config::default()).unwrap();
        p
    }

    fn visit(id: &str, price: Option<i64>) -> Visit {
        let mut v = Visit::new(
            "c-1".into(),
            "house-cleaning".into(),
            day("2026-11-01"),
            now(),
        );
        v.id = id.into();
        v.status = Status::Done;
        v.price = price.map(Money);
        v
    }

    #[test]
    fn a_visits_card_runs_out_and_refuses_the_next_visit_whole() {
        let mut p = card(PackageKind::Visits, 2);
        p.bonus = Amount::Visits(1);
        for id in ["v-1", "v-2", "v-3"] {
            let e = p.pay_for(&visit(id, None), now(), "").unwrap();
            assert_eq!(e.delta, Amount::Visits(-1));
            p = p.append(e);
        }
        assert_eq!(p.balance(), Amount::Visits(0));
        let err = p.pay_for(&visit("v-4", None), now(), "").unwrap_err();
        assert!(matches!(err, PayError::Overdraw { .. }), "{err}");
        assert_eq!(p.ledger.len(), 3);
        assert!(matches!(
            p.pay_for(&visit("v-1", None), now(), ""),
            Err(PayError::AlreadyPaid { .. })
        ));
    }

    #[test]
    fn stored_value_pays_the_price_exactly_down_to_zero() {
        let p = card(PackageKind::StoredValue, 50000);
        let p = p.append(p.pay_for(&visit("v-1", Some(28050)), now(), "").unwrap());
        assert_eq!(p.balance(), Amount::Yuan(Money(21950)));
        let exact = p.pay_for(&visit("v-2", Some(21950)), now(), "").unwrap();
        let p = p.append(exact);
        assert_eq!(p.balance().units(), 0);
        assert!(matches!(
            p.pay_for(&visit("v-3", Some(1)), now(), ""),
            Err(PayError::Overdraw { .. })
        ));
        assert!(matches!(
            p.pay_for(&visit("v-4", None), now(), ""),
            Err(PayError::NoPrice { .. })
        ));
    }

    #[test]
    fn refunds_are_entries_and_never_overdraw() {
        let p = card(PackageKind::StoredValue, 100000);
        let e = p
            .refund(Amount::Yuan(Money(40000)), day("2026-11-20"), now(), "退款")
            .unwrap();
        assert_eq!(e.kind, EntryKind::Refund);
        let p = p.append(e);
        assert_eq!(p.balance(), Amount::Yuan(Money(60000)));
        assert!(
            p.refund(Amount::Yuan(Money(60001)), day("2026-11-20"), now(), "")
                .is_err()
        );
        assert!(matches!(
            p.refund(Amount::Visits(1), day("2026-11-20"), now(), ""),
            Err(PayError::WrongUnit { .. })
        ));
    }

    #[test]
    fn the_wrong_client_category_date_or_an_expired_card_is_refused() {
        let mut p = card(PackageKind::Visits, 10);
        let mut other = visit("v-1", None);
        other.client = "c-2".into();
        assert!(matches!(
            p.pay_for(&other, now(), ""),
            Err(PayError::OtherClient { .. })
        ));
        let mut nanny = visit("v-2", None);
        nanny.category = "nanny".into();
        assert!(matches!(
            p.pay_for(&nanny, now(), ""),
            Err(PayError::WrongCategory { .. })
        ));
        let mut early = visit("v-3", None);
        early.date = day("2026-09-30");
        assert!(matches!(
            p.pay_for(&early, now(), ""),
            Err(PayError::BeforeBought { .. })
        ));
        p.expires = Some(day("2026-11-01"));
        assert!(
            p.pay_for(&visit("v-4", None), now(), "").is_ok(),
            "valid on its last day"
        );
        p.expires = Some(day("2026-10-31"));
        assert!(matches!(
            p.pay_for(&visit("v-4", None), now(), ""),
            Err(PayError::Expired { .. })
        ));
        let mut booked = visit("v-5", None);
        booked.status = Status::Scheduled;
        p.expires = None;
        assert!(matches!(
            p.pay_for(&booked, now(), ""),
            Err(PayError::NotDone { .. })
        ));
    }

    #[test]
    fn amounts_are_read_in_the_cards_unit() {
        let v = PackageKind::Visits;
        let y = PackageKind::StoredValue;
        assert_eq!(v.amount("10", false), Ok(Amount::Visits(10)));
        assert_eq!(v.amount("10次", false), Ok(Amount::Visits(10)));
        assert_eq!(y.amount("2,000.50", false), Ok(Amount::Yuan(Money(200050))));
        assert!(v.amount("-1", false).unwrap_err().contains("negative"));
        assert!(y.amount("-1", false).unwrap_err().contains("negative"));
        assert!(v.amount("1.5", false).is_err());
        assert!(v.amount("abc", false).is_err());
        assert!(y.amount("abc", false).is_err());
        assert!(y.amount("0", false).unwrap_err().contains("more than zero"));
        assert_eq!(y.amount("0", true), Ok(Amount::Yuan(Money(0))));
    }

    #[test]
    fn amounts_say_their_unit_in_toml() {
        let mut p = card(PackageKind::StoredValue, 200000);
        p = p.append(p.pay_for(&visit("v-1", Some(28000)), now(), "").unwrap());
        let text = toml::to_string(&p).unwrap();
        assert!(text.contains("face = \"2000.00\""), "{text}");
        assert!(text.contains("delta = \"-280.00\""), "{text}");
        let back: Package = toml::from_str(&text).unwrap();
        assert_eq!(back, p);
        let c = card(PackageKind::Visits, 10);
        let text = toml::to_string(&c).unwrap();
        assert!(text.contains("face = 10"), "{text}");
        let mut bad: Package = toml::from_str(&text.replace("face = 10", "face = \"10\"")).unwrap();
        assert!(bad.normalize(&Config::default()).is_err());
    }
}
