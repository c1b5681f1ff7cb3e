//! The call-back after a complaint (DESIGN §11): a resolved complaint puts a call in
//! `followup due` at the resolved date + `complaint_callback_days`, with reason
//! `complaint`, unless a `reached` follow-up falls on or after the resolved date or
//! the complaint was closed with a verdict (the client already said how it went).
//! An unanswered call on or after the resolved date moves it, as §4's retry rule does,
//! to at least that call + `retry_days` (the reason stays `complaint`).
//! Like every due rule, it never applies to do-not-contact or closed clients; the
//! earliest due date of all rules wins (`due::earliest`).

use chrono::{Days, NaiveDate};

use super::{Complaint, Status};
use crate::domain::client::Client;
use crate::domain::config::Config;
use crate::domain::due::{Due, Reason, never_due};
use crate::domain::followup::{Followup, Outcome, latest};

/// The earliest call-back the client's complaints ask for. `category_of` gives a
/// complaint's category (its visit's), `only` keeps one category alone.
pub fn callback_due(
    client: &Client,
    complaints: &[&Complaint],
    followups: &[&Followup],
    config: &Config,
    category_of: impl Fn(&Complaint) -> Option<String>,
    only: Option<&str>,
) -> Option<Due> {
    if never_due(client) {
        return None;
    }
    let reached = latest(followups, Outcome::Reached);
    let no_answer = latest(followups, Outcome::NoAnswer);
    let add = |d: NaiveDate, n: u32| {
        d.checked_add_days(Days::new(u64::from(n)))
            .unwrap_or(NaiveDate::MAX)
    };
    complaints
        .iter()
        .filter(|c| matches!(c.status, Status::Resolved | Status::Closed) && c.verdict.is_none())
        .filter_map(|c| {
            let resolved: NaiveDate = config.timezone.local(c.resolved?).date_naive();
            if reached.is_some_and(|r| r >= resolved) {
                return None;
            }
            let category = category_of(c).unwrap_or_default();
            if only.is_some_and(|o| o != category) {
                return None;
            }
            let mut date = add(resolved, config.followup.complaint_callback_days);
            if let Some(a) = no_answer.filter(|a| *a >= resolved) {
                date = date.max(add(a, config.followup.retry_days));
            }
            Some(Due {
                date,
                reason: Reason::Complaint,
                category,
            })
        })
        .min_by(|a, b| a.date.cmp(&b.date))
}

#[cfg(test)]
mod tests {
    use super::super::rules::{
        self,
        tests::{complaint, t},
    };
    use super::super::{Priority, Verdict};
    use super::*;
    use crate::domain::due::tests::{client, followup};

    fn due(c: &Complaint, f: &[Followup]) -> Option<(String, Reason)> {
        let c = [c];
        let f: Vec<&Followup> = f.iter().collect();
        callback_due(
            &client(),
            &c,
            &f,
            &Config::default(),
            |_| Some("house-cleaning".into()),
            None,
        )
        .map(|d| (d.date.to_string(), d.reason))
    }

    /// Resolved late on 2026-11-21 in Shanghai (15:30 UTC on the 21st is 23:30 there).
    fn resolved() -> Complaint {
        let mut c = complaint("damage", Priority::High, "2026-11-20T10:00:00+08:00");
        rules::resolve(&mut c, "赔偿", None, None, t("2026-11-21T15:30:00Z")).unwrap();
        c
    }

    #[test]
    fn three_days_after_the_resolved_date_unless_reached_or_settled() {
        let c = resolved();
        assert_eq!(due(&c, &[]), Some(("2026-11-24".into(), Reason::Complaint)));
        let open = complaint("late", Priority::Normal, "2026-11-20T10:00:00+08:00");
        assert_eq!(due(&open, &[]), None, "not resolved yet");
        let before = followup("2026-11-20", Outcome::Reached);
        assert!(
            due(&c, &[before]).is_some(),
            "a call before the resolution does not count"
        );
        let on = followup("2026-11-21", Outcome::Reached);
        assert_eq!(due(&c, &[on]), None);
        // Unanswered on 11-23: tried again two days later; one before the resolution
        // changes nothing.
        let missed = followup("2026-11-23", Outcome::NoAnswer);
        assert_eq!(
            due(&c, &[missed]),
            Some(("2026-11-25".into(), Reason::Complaint))
        );
        let early = followup("2026-11-20", Outcome::NoAnswer);
        assert_eq!(
            due(&c, &[early]),
            Some(("2026-11-24".into(), Reason::Complaint))
        );
        let mut closed = c.clone();
        rules::close(
            &mut closed,
            Some(Verdict::Satisfied),
            None,
            t("2026-11-22T10:00:00+08:00"),
        )
        .unwrap();
        assert_eq!(due(&closed, &[]), None, "closed with a verdict");
        let mut withdrawn = c.clone();
        rules::close(&mut withdrawn, None, None, t("2026-11-22T10:00:00+08:00")).unwrap();
        assert!(
            due(&withdrawn, &[]).is_some(),
            "closed without a verdict still calls back"
        );
        let mut dnc = client();
        dnc.do_not_contact = true;
        assert!(callback_due(&dnc, &[&c], &[], &Config::default(), |_| None, None).is_none());
    }
}
