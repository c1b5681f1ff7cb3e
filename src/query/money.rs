//! Money and loyalty over a [`Book`] (DESIGN §14): which visits packages paid for,
//! revenue per group, the loyalty figures, and one client's points and tier. Plain
//! functions returning rows, for the reports and for the dashboard's charts.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::Book;
use crate::domain::client::Client;
use crate::domain::config::Config;
use crate::domain::loyalty::{self, LoyaltyRow, Points};
use crate::domain::money::Money;
use crate::domain::package::Package;
use crate::domain::revenue::{self, RevenueRow};
use crate::domain::visit::Visit;

/// How `Book::revenue` groups visits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevenueBy {
    /// One row, `all`.
    Total,
    /// `YYYY-MM` of the visit's start date, every month of the period.
    Month,
    /// The category key.
    Category,
    /// Each staff member by name (a visit with two counts for both); `(none)`.
    Staff,
    /// `package` for a visit paid from a package, else the payment key, or `(none)`.
    Payment,
}

/// The group of visits without staff or payment.
pub const NONE: &str = "(none)";
/// The payment group of visits paid from a package.
pub const PACKAGE: &str = "package";

/// A client's points and tier, as `client show` and `client points` show them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub points: Points,
    pub spend_12_months: Money,
    pub tier: String,
}

impl Book {
    /// The book with packages in it.
    pub fn with_packages(mut self, packages: Vec<Package>) -> Book {
        self.packages = packages;
        self
    }

    /// The packages that belong to `client`.
    pub fn packages_of(&self, client: &str) -> Vec<&Package> {
        self.packages
            .iter()
            .filter(|p| p.client == client)
            .collect()
    }

    /// Ids of the visits a package paid for (needs packages read).
    pub fn package_paid(&self) -> HashSet<&str> {
        let mut net: HashMap<&str, i64> = HashMap::new();
        for p in &self.packages {
            for e in &p.ledger {
                if let Some(v) = &e.visit {
                    *net.entry(v.as_str()).or_insert(0) -= e.delta.units();
                }
            }
        }
        net.into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(v, _)| v)
            .collect()
    }

    /// Revenue of the done visits started from `from` (open: the first) to `to`,
    /// grouped as asked (needs visits and packages read; staff for names).
    pub fn revenue(
        &self,
        from: Option<NaiveDate>,
        to: NaiveDate,
        by: RevenueBy,
    ) -> Vec<RevenueRow> {
        let paid = self.package_paid();
        let in_period: Vec<&Visit> = self
            .visits
            .iter()
            .filter(|v| v.is_done() && from.is_none_or(|f| v.date >= f) && v.date <= to)
            .collect();
        let from_package = |v: &Visit| paid.contains(v.id.as_str());
        let month = |d: NaiveDate| crate::domain::date::month_key(d);
        match by {
            RevenueBy::Total => vec![revenue::total(in_period.iter().copied(), from_package)],
            RevenueBy::Month => {
                let rows = revenue::revenue(in_period.iter().copied(), from_package, |v| {
                    vec![month(v.date)]
                });
                let first = from.or_else(|| in_period.iter().map(|v| v.date).min());
                match first {
                    Some(f) => revenue::months(rows, &month(f), &month(to)),
                    None => rows,
                }
            }
            RevenueBy::Category => revenue::revenue(in_period.iter().copied(), from_package, |v| {
                vec![v.category.clone()]
            }),
            RevenueBy::Staff => revenue::revenue(in_period.iter().copied(), from_package, |v| {
                if v.staff.is_empty() {
                    vec![NONE.into()]
                } else {
                    let mut names = self.staff_names(v);
                    names.sort();
                    names.dedup();
                    names
                }
            }),
            RevenueBy::Payment => revenue::revenue(in_period.iter().copied(), from_package, |v| {
                vec![if from_package(v) {
                    PACKAGE.into()
                } else {
                    v.payment.map_or(NONE.into(), |p| p.key().into())
                }]
            }),
        }
    }

    /// Loyalty figures over `from..=to`: the `all` row, then one per month (needs
    /// visits read).
    pub fn loyalty(&self, from: NaiveDate, to: NaiveDate) -> Vec<LoyaltyRow> {
        let visits: Vec<&Visit> = self.visits.iter().collect();
        loyalty::loyalty(&visits, from, to)
    }

    /// The first day with a done visit, if any.
    pub fn first_done(&self) -> Option<NaiveDate> {
        self.visits
            .iter()
            .filter(|v| v.is_done())
            .map(|v| v.date)
            .min()
    }

    /// How many clients each client referred (needs every client read).
    pub fn referrals(&self) -> HashMap<String, usize> {
        loyalty::referral_counts(&self.clients)
    }

    /// A client's points and tier on `today` (needs their visits and surveys read);
    /// `referred`: how many clients they referred (see `referrals`).
    pub fn standing(
        &self,
        client: &Client,
        referred: usize,
        today: NaiveDate,
        config: &Config,
    ) -> Standing {
        let h = self.history(&client.id);
        let surveys = h.surveys.iter().filter(|s| s.client == client.id).count();
        let points = loyalty::points(client, &h.visits, surveys, referred, &config.loyalty);
        let spend = loyalty::spend_12_months(&h.visits, today);
        Standing {
            points,
            spend_12_months: spend,
            tier: config.loyalty.tier(spend).to_string(),
        }
    }
}
