//! The complaint figures (DESIGN §11), pure: over the complaints opened in a period,
//! per group — opened; still open; overdue now; first response on time % (the first
//! contact at or before its deadline, over complaints that have a first contact or
//! whose deadline has passed); resolved on time % (likewise for the resolution);
//! median hours to resolve (opened to resolved, over resolved complaints); reopened
//! (every reopen counts); the compensation total in exact yuan; and retained % (the
//! complaints whose client had a done visit after the resolved date, over resolved
//! complaints). An empty denominator is `None`, never 0.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::Complaint;
use super::policy::ComplaintPolicy;
use super::rules::{deadlines, on_time, overdue};
use crate::domain::config::Zone;
use crate::domain::money::Money;
use crate::domain::stats::{median, pct};
use crate::domain::visit::Visit;

/// One complaint with what the report joins to it.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    pub complaint: &'a Complaint,
    /// Whether the client had a done visit after the resolved date (`None`: not
    /// resolved), see [`retained`].
    pub retained: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Figures {
    pub opened: usize,
    pub still_open: usize,
    pub overdue_now: usize,
    pub first_response_on_time_pct: Option<f64>,
    pub resolved_on_time_pct: Option<f64>,
    pub median_hours_to_resolve: Option<f64>,
    pub reopened: u32,
    pub compensation: Money,
    pub retained_pct: Option<f64>,
}

/// Whether the client came back: a done visit dated after the complaint's resolved
/// date (in the office's time zone). `None` while it is not resolved.
pub fn retained(c: &Complaint, client_visits: &[&Visit], zone: &Zone) -> Option<bool> {
    let resolved: NaiveDate = zone.local(c.resolved?).date_naive();
    Some(
        client_visits
            .iter()
            .any(|v| v.is_done() && v.effective_date() > resolved),
    )
}

/// Counts `Some(true)` over the `Some`s.
fn share(values: impl Iterator<Item = Option<bool>>) -> Option<f64> {
    let (mut yes, mut of) = (0, 0);
    for v in values.flatten() {
        of += 1;
        yes += usize::from(v);
    }
    pct(yes, of)
}

pub fn figures(
    items: &[Item<'_>],
    now: DateTime<FixedOffset>,
    policy: &ComplaintPolicy,
) -> Figures {
    let d = |c: &Complaint| deadlines(c, policy);
    Figures {
        opened: items.len(),
        still_open: items
            .iter()
            .filter(|i| i.complaint.status.is_open())
            .count(),
        overdue_now: items
            .iter()
            .filter(|i| overdue(i.complaint, now, policy).any())
            .count(),
        first_response_on_time_pct: share(items.iter().map(|i| {
            on_time(
                i.complaint.first_response(),
                d(i.complaint).first_response,
                now,
            )
        })),
        resolved_on_time_pct: share(
            items
                .iter()
                .map(|i| on_time(i.complaint.resolved, d(i.complaint).resolution, now)),
        ),
        median_hours_to_resolve: median(
            items
                .iter()
                .filter_map(|i| {
                    let c = i.complaint;
                    c.resolved
                        .map(|r| (r - c.opened).num_seconds() as f64 / 3600.0)
                })
                .collect(),
        ),
        reopened: items.iter().map(|i| i.complaint.reopened).sum(),
        compensation: Money(
            items
                .iter()
                .filter_map(|i| i.complaint.compensation.and_then(|m| m.amount))
                .map(|m| m.0)
                .sum(),
        ),
        retained_pct: share(items.iter().map(|i| i.retained)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::rules::tests::{complaint, t};
    use super::super::rules::{log, reopen, resolve};
    use super::super::{Compensation, EntryKind, Priority};
    use super::*;

    /// Three complaints, now 2026-11-30 12:00:
    /// - high, opened 11-02 10:00, contact 12:00 (due 14:00: on time), resolved 11-03
    ///   10:00 (24 h; due 11-04 10:00: on time), refund 300, client came back;
    /// - normal, opened 11-05 09:00, contact 11-06 15:00 (due 11-06 09:00: late),
    ///   resolved 11-09 09:00 (96 h; due 11-08 09:00: late), coupon 50.50, reopened
    ///   once before, client did not come back;
    /// - normal, opened 11-29 10:00, nothing yet (due 11-30 10:00 and 12-02 10:00):
    ///   first response late (overdue now), resolution still to come.
    ///
    /// First on time 1 of 3 (33.33); resolved on time 1 of 2 (50.00); median of 24
    /// and 96 hours (60.00); compensation 350.50; retained 1 of 2 (50.00).
    #[test]
    fn figures_worked_out_by_hand() {
        let p = ComplaintPolicy::default();
        let mut a = complaint("damage", Priority::High, "2026-11-02T10:00:00+08:00");
        log(
            &mut a,
            EntryKind::Contact,
            "致电",
            t("2026-11-02T12:00:00+08:00"),
        )
        .unwrap();
        let refund = Compensation::parse("refund:300").ok();
        resolve(&mut a, "赔偿", None, refund, t("2026-11-03T10:00:00+08:00")).unwrap();
        let mut b = complaint("late", Priority::Normal, "2026-11-05T09:00:00+08:00");
        log(
            &mut b,
            EntryKind::Contact,
            "致电",
            t("2026-11-06T15:00:00+08:00"),
        )
        .unwrap();
        resolve(&mut b, "道歉", None, None, t("2026-11-07T09:00:00+08:00")).unwrap();
        reopen(&mut b, t("2026-11-08T09:00:00+08:00")).unwrap();
        let coupon = Compensation::parse("coupon:50.5").ok();
        resolve(
            &mut b,
            "优惠券",
            None,
            coupon,
            t("2026-11-09T09:00:00+08:00"),
        )
        .unwrap();
        let c = complaint("quality", Priority::Normal, "2026-11-29T10:00:00+08:00");
        let items = [
            Item {
                complaint: &a,
                retained: Some(true),
            },
            Item {
                complaint: &b,
                retained: Some(false),
            },
            Item {
                complaint: &c,
                retained: None,
            },
        ];
        let f = figures(&items, t("2026-11-30T12:00:00+08:00"), &p);
        let close = |x: Option<f64>, y: f64| (x.unwrap() - y).abs() < 0.005;
        assert_eq!((f.opened, f.still_open, f.overdue_now), (3, 1, 1));
        assert!(close(f.first_response_on_time_pct, 33.33), "{f:?}");
        assert!(close(f.resolved_on_time_pct, 50.0), "{f:?}");
        assert!(close(f.median_hours_to_resolve, 60.0), "{f:?}");
        assert_eq!(f.reopened, 1);
        assert_eq!(f.compensation, Money(35050));
        assert!(close(f.retained_pct, 50.0), "{f:?}");
        // Before the third one's first deadline, it is left out of the first-response share.
        let f = figures(&items, t("2026-11-30T09:00:00+08:00"), &p);
        assert!(close(f.first_response_on_time_pct, 50.0), "{f:?}");
        assert_eq!(f.overdue_now, 0);
        let empty = figures(&[], t("2026-11-30T09:00:00+08:00"), &p);
        assert_eq!(empty.first_response_on_time_pct, None);
        assert_eq!(empty.median_hours_to_resolve, None);
        assert_eq!(empty.retained_pct, None);
    }
}
