//! Revenue (DESIGN §14): done visits, their total and mean price in exact yuan, and
//! the part paid from prepaid packages, per group.
//!
//! A visit counts once in each group its key function gives: a visit with two staff
//! members counts in full for each of them, so `--by staff` rows add up to more than
//! the total.

use std::collections::BTreeMap;

use super::money::Money;
use super::visit::Visit;

/// One group's revenue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevenueRow {
    pub group: String,
    /// Done visits in the group.
    pub visits: usize,
    /// Of those, visits with a price.
    pub priced: usize,
    /// The sum of their prices.
    pub total: Money,
    /// total / priced, rounded to the fen (half up); `None` when no visit has a price.
    pub mean: Option<Money>,
    /// Done visits paid from a package.
    pub package_visits: usize,
    /// The prices of the visits paid from a package (a visits card's visit without a
    /// price adds nothing here).
    pub from_packages: Money,
}

impl RevenueRow {
    fn new(group: String) -> RevenueRow {
        RevenueRow {
            group,
            visits: 0,
            priced: 0,
            total: Money(0),
            mean: None,
            package_visits: 0,
            from_packages: Money(0),
        }
    }

    fn add(&mut self, v: &Visit, from_package: bool) {
        self.visits += 1;
        if let Some(p) = v.price {
            self.priced += 1;
            self.total.0 += p.0;
        }
        if from_package {
            self.package_visits += 1;
            self.from_packages.0 += v.price.map_or(0, |p| p.0);
        }
        self.mean = mean(self.total, self.priced);
    }
}

/// `total / n` to the fen, halves rounded up.
fn mean(total: Money, n: usize) -> Option<Money> {
    let n = n as i64;
    (n > 0).then(|| Money((2 * total.0 + n) / (2 * n)))
}

/// Revenue of the done visits among `visits`, one row per group `key` gives (in key
/// order); `from_package` says whether a visit was paid from a package. Groups with
/// no visit do not appear: a caller that wants every month adds them (see `months`).
pub fn revenue<'a>(
    visits: impl IntoIterator<Item = &'a Visit>,
    from_package: impl Fn(&Visit) -> bool,
    key: impl Fn(&Visit) -> Vec<String>,
) -> Vec<RevenueRow> {
    let mut groups: BTreeMap<String, RevenueRow> = BTreeMap::new();
    for v in visits.into_iter().filter(|v| v.is_done()) {
        let paid = from_package(v);
        for k in key(v) {
            groups
                .entry(k.clone())
                .or_insert_with(|| RevenueRow::new(k))
                .add(v, paid);
        }
    }
    groups.into_values().collect()
}

/// The one row over every done visit (its group is `all`).
pub fn total<'a>(
    visits: impl IntoIterator<Item = &'a Visit>,
    from_package: impl Fn(&Visit) -> bool,
) -> RevenueRow {
    revenue(visits, from_package, |_| vec!["all".into()])
        .pop()
        .unwrap_or_else(|| RevenueRow::new("all".into()))
}

/// `rows` (grouped by `YYYY-MM`) with an empty row for every month from `first` to
/// `last` that has none, in month order.
pub fn months(rows: Vec<RevenueRow>, first: &str, last: &str) -> Vec<RevenueRow> {
    let mut by: BTreeMap<String, RevenueRow> =
        rows.into_iter().map(|r| (r.group.clone(), r)).collect();
    let mut m = first.to_string();
    while m.as_str() <= last {
        by.entry(m.clone())
            .or_insert_with(|| RevenueRow::new(m.clone()));
        m = next_month(&m);
    }
    by.into_values().collect()
}

fn next_month(m: &str) -> String {
    let (y, mo) = m.split_once('-').unwrap_or((m, "12"));
    let (y, mo): (i32, u32) = (y.parse().unwrap_or(9999), mo.parse().unwrap_or(12));
    if mo >= 12 {
        format!("{:04}-01", y + 1)
    } else {
        format!("{y:04}-{:02}", mo + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::visit::Status;
    use chrono::DateTime;

    fn visit(id: &str, date: &str, staff: &[&str], price: Option<i64>, status: Status) -> Visit {
        let now = DateTime::parse_from_rfc3339("2026-11-22T10:00:00+08:00").unwrap();
        let mut v = Visit::new(
            "c-1".into(),
            "house-cleaning".into(),
            date.parse().unwrap(),
            now,
        );
        v.id = id.into();
        v.staff = staff.iter().map(|s| s.to_string()).collect();
        v.price = price.map(Money);
        v.status = status;
        v
    }

    #[test]
    fn two_staff_count_in_full_for_each_and_packages_are_a_part() {
        use Status::Done;
        let vs = [
            visit(
                "v-1",
                "2026-10-03",
                &["王秀英", "李桂兰"],
                Some(60000),
                Done,
            ),
            visit("v-2", "2026-10-10", &["王秀英"], Some(28050), Done),
            visit("v-3", "2026-11-01", &[], None, Done),
            visit(
                "v-4",
                "2026-11-02",
                &["李桂兰"],
                Some(99999),
                Status::Cancelled,
            ),
        ];
        let pkg = |v: &Visit| v.id == "v-2" || v.id == "v-3";
        let all = total(&vs, pkg);
        assert_eq!((all.visits, all.priced), (3, 2));
        assert_eq!(all.total, Money(88050));
        assert_eq!(all.mean, Some(Money(44025)));
        assert_eq!((all.package_visits, all.from_packages), (2, Money(28050)));
        let staff = revenue(&vs, pkg, |v| {
            if v.staff.is_empty() {
                vec!["(none)".into()]
            } else {
                v.staff.clone()
            }
        });
        let of = |g: &str| staff.iter().find(|r| r.group == g).unwrap().clone();
        assert_eq!(of("王秀英").total, Money(88050));
        assert_eq!(of("李桂兰").total, Money(60000));
        assert_eq!(of("(none)").visits, 1);
        let sum: i64 = staff.iter().map(|r| r.total.0).sum();
        assert_eq!(sum, 148050, "more than the total: v-1 counts for both");
    }

    #[test]
    fn the_mean_rounds_half_up_to_the_fen_and_months_are_filled() {
        assert_eq!(mean(Money(100), 3), Some(Money(33)));
        assert_eq!(mean(Money(5), 2), Some(Money(3)));
        assert_eq!(mean(Money(5), 0), None);
        let vs = [visit("v-1", "2026-12-01", &[], Some(100), Status::Done)];
        let rows = revenue(
            &vs,
            |_| false,
            |v| vec![crate::domain::date::month_key(v.date)],
        );
        let rows = months(rows, "2026-10", "2027-01");
        let groups: Vec<&str> = rows.iter().map(|r| r.group.as_str()).collect();
        assert_eq!(groups, ["2026-10", "2026-11", "2026-12", "2027-01"]);
        assert_eq!(rows[2].total, Money(100));
        assert_eq!(rows[0].mean, None);
    }
}
