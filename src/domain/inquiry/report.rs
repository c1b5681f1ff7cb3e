//! The inquiry figures (DESIGN §12), pure: over the inquiries of a period, per group
//! — inquiries; converted (linked to a client by `hk inquiry convert`) and converted
//! %; median days from the inquiry to its conversion (over converted ones); how many
//! are booked, lost and still open (the outcome as `Inquiry::outcome_with` gives it);
//! and the lost reasons with how often each was given. An empty denominator is `None`.

use super::{Inquiry, Outcome};
use crate::domain::stats::{median, pct};

/// One inquiry with the outcome its client's visits give it.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    pub inquiry: &'a Inquiry,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Figures {
    pub inquiries: usize,
    pub converted: usize,
    pub converted_pct: Option<f64>,
    pub median_days_to_conversion: Option<f64>,
    pub booked: usize,
    pub lost: usize,
    pub open: usize,
    /// Each reason given (as typed, trimmed) and how many lost inquiries gave it, the
    /// most frequent first, then by reason.
    pub lost_reasons: Vec<(String, usize)>,
}

pub fn figures(items: &[Item<'_>]) -> Figures {
    let converted: Vec<&Inquiry> = items
        .iter()
        .map(|i| i.inquiry)
        .filter(|i| i.converted.is_some())
        .collect();
    let count = |o: Outcome| items.iter().filter(|i| i.outcome == o).count();
    let mut reasons: Vec<(String, usize)> = Vec::new();
    for i in items.iter().filter(|i| i.outcome == Outcome::Lost) {
        let r = i.inquiry.reason.trim();
        match reasons.iter_mut().find(|(k, _)| k == r) {
            Some((_, n)) => *n += 1,
            None => reasons.push((r.to_string(), 1)),
        }
    }
    reasons.sort_by(|(a, na), (b, nb)| nb.cmp(na).then_with(|| a.cmp(b)));
    Figures {
        inquiries: items.len(),
        converted: converted.len(),
        converted_pct: pct(converted.len(), items.len()),
        median_days_to_conversion: median(
            converted
                .iter()
                .filter_map(|i| i.days_to_conversion())
                .map(|d| d as f64)
                .collect(),
        ),
        booked: count(Outcome::Booked),
        lost: count(Outcome::Lost),
        open: count(Outcome::Open),
        lost_reasons: reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, NaiveDate};

    fn inquiry(date: &str, converted: Option<&str>, reason: &str) -> Inquiry {
        let now = DateTime::parse_from_rfc3339("2026-11-22T09:30:00+08:00").unwrap();
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let mut i = Inquiry::new("i-1".into(), day(date), "phone".into(), now);
        i.converted = converted.map(day);
        i.client = converted.map(|_| "c-1".to_string());
        i.reason = reason.into();
        i
    }

    /// Five inquiries: converted after 2, 10 and 3 days (median 3), two lost for
    /// 价格 and one for 档期 — one of the 价格 ones converted but lost anyway.
    #[test]
    fn figures_by_hand() {
        let a = inquiry("2026-10-01", Some("2026-10-03"), "");
        let b = inquiry("2026-10-05", Some("2026-10-15"), "");
        let c = inquiry("2026-10-07", Some("2026-10-10"), "价格");
        let d = inquiry("2026-10-09", None, "价格");
        let e = inquiry("2026-10-11", None, "档期 ");
        let items = [
            Item {
                inquiry: &a,
                outcome: Outcome::Booked,
            },
            Item {
                inquiry: &b,
                outcome: Outcome::Open,
            },
            Item {
                inquiry: &c,
                outcome: Outcome::Lost,
            },
            Item {
                inquiry: &d,
                outcome: Outcome::Lost,
            },
            Item {
                inquiry: &e,
                outcome: Outcome::Lost,
            },
        ];
        let f = figures(&items);
        assert_eq!(f.inquiries, 5);
        assert_eq!(f.converted, 3);
        assert_eq!(f.converted_pct, Some(60.0));
        assert_eq!(f.median_days_to_conversion, Some(3.0));
        assert_eq!((f.booked, f.lost, f.open), (1, 3, 1));
        assert_eq!(
            f.lost_reasons,
            [("价格".to_string(), 2), ("档期".to_string(), 1)]
        );
        let empty = figures(&[]);
        assert_eq!(empty.converted_pct, None);
        assert_eq!(empty.median_days_to_conversion, None);
    }
}
