//! Follow-up figures for a period (`hk report followups`): how many clients were due,
//! how many calls were made and reached, how many are still overdue.
//!
//! - `due`: clients whose follow-up fell due by the period's end, judged from the
//!   follow-ups made before the period and the visits up to its end;
//! - `followups` / `reached`: calls logged in the period, and those that reached the
//!   client (`reached_pct` = reached / followups);
//! - `overdue`: clients whose due date lies before the period's end (or today, for the
//!   current period), judged from everything up to then.
//!
//! For one category, due dates consider that category alone, and a follow-up counts
//! for the category of its visit, else of the client's latest done visit before it.

use chrono::NaiveDate;

use super::client::Client;
use super::config::Config;
use super::due::client_due_in;
use super::followup::{Followup, Outcome};
use super::visit::Visit;

/// One client with its visits and follow-ups.
pub struct ClientHistory<'a> {
    pub client: &'a Client,
    pub visits: Vec<&'a Visit>,
    pub followups: Vec<&'a Followup>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Figures {
    pub due: usize,
    pub followups: usize,
    pub reached: usize,
    pub overdue: usize,
}

impl Figures {
    /// Reached share in percent, `None` when no calls were made (never 0 for "no data").
    pub fn reached_pct(&self) -> Option<f64> {
        (self.followups > 0).then(|| 100.0 * self.reached as f64 / self.followups as f64)
    }
}

/// Figures for `start..=end`, with `today` capping the overdue count.
pub fn figures(
    histories: &[ClientHistory<'_>],
    start: NaiveDate,
    end: NaiveDate,
    today: NaiveDate,
    config: &Config,
    category: Option<&str>,
) -> Figures {
    let cap = end.min(today);
    let mut f = Figures::default();
    for h in histories {
        let visits_to = |d: NaiveDate| -> Vec<&Visit> {
            h.visits
                .iter()
                .copied()
                .filter(|v| v.effective_date() <= d)
                .collect()
        };
        let before_start: Vec<&Followup> = h
            .followups
            .iter()
            .copied()
            .filter(|x| x.date < start)
            .collect();
        if client_due_in(h.client, &visits_to(end), &before_start, config, category)
            .is_some_and(|d| d.date <= end)
        {
            f.due += 1;
        }
        let until_cap: Vec<&Followup> = h
            .followups
            .iter()
            .copied()
            .filter(|x| x.date <= cap)
            .collect();
        if client_due_in(h.client, &visits_to(cap), &until_cap, config, category)
            .is_some_and(|d| d.date < cap)
        {
            f.overdue += 1;
        }
        for x in h
            .followups
            .iter()
            .filter(|x| x.date >= start && x.date <= end)
        {
            if category.is_none_or(|c| attributed_category(x, &h.visits) == Some(c)) {
                f.followups += 1;
                if x.outcome == Outcome::Reached {
                    f.reached += 1;
                }
            }
        }
    }
    f
}

/// The category a follow-up is about: its visit's, else the client's latest done
/// visit on or before the call.
fn attributed_category<'a>(f: &Followup, visits: &[&'a Visit]) -> Option<&'a str> {
    if let Some(id) = &f.visit
        && let Some(v) = visits.iter().find(|v| &v.id == id)
    {
        return Some(v.category.as_str());
    }
    visits
        .iter()
        .filter(|v| v.is_done() && v.effective_date() <= f.date)
        .max_by_key(|v| v.effective_date())
        .map(|v| v.category.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::due::tests::{client, d, followup, visit};
    use crate::domain::visit::Status::Done;

    #[test]
    fn a_month_of_calls() {
        let c = client();
        // First done visit 1 Nov: due 8 Nov. A no-answer on 9 Nov, reached on 12 Nov.
        let v = [visit("house-cleaning", "2026-11-01", None, Done)];
        let f = [
            followup("2026-11-09", Outcome::NoAnswer),
            followup("2026-11-12", Outcome::Reached),
        ];
        let h = [ClientHistory {
            client: &c,
            visits: v.iter().collect(),
            followups: f.iter().collect(),
        }];
        let config = Config::default();
        let nov = figures(
            &h,
            d("2026-11-01"),
            d("2026-11-30"),
            d("2026-12-15"),
            &config,
            None,
        );
        assert_eq!(
            nov,
            Figures {
                due: 1,
                followups: 2,
                reached: 1,
                overdue: 0
            }
        );
        assert_eq!(nov.reached_pct(), Some(50.0));
        // October: nothing due yet, no calls; the percentage is absent, not 0.
        let oct = figures(
            &h,
            d("2026-10-01"),
            d("2026-10-31"),
            d("2026-12-15"),
            &config,
            None,
        );
        assert_eq!(oct, Figures::default());
        assert_eq!(oct.reached_pct(), None);
        // Without the reached call, the client is still overdue at the end of November.
        let h2 = [ClientHistory {
            client: &c,
            visits: v.iter().collect(),
            followups: vec![&f[0]],
        }];
        let nov2 = figures(
            &h2,
            d("2026-11-01"),
            d("2026-11-30"),
            d("2026-12-15"),
            &config,
            None,
        );
        assert_eq!(nov2.overdue, 1);
        // Per category: the calls count for house-cleaning, not for nanny.
        let hc = figures(
            &h,
            d("2026-11-01"),
            d("2026-11-30"),
            d("2026-12-15"),
            &config,
            Some("house-cleaning"),
        );
        assert_eq!(hc.followups, 2);
        let nanny = figures(
            &h,
            d("2026-11-01"),
            d("2026-11-30"),
            d("2026-12-15"),
            &config,
            Some("nanny"),
        );
        assert_eq!(nanny, Figures::default());
    }
}
