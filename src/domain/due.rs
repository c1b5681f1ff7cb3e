//! When a client must be called back (DESIGN §4). Pure: give it one client's history
//! and the policy, get the due date, its reason and category.
//!
//! For each category `c` with a done visit: `F_c` is the first done visit's date (end
//! date for multi-day visits), `R` the latest `reached` follow-up in any category.
//! With no `R`, or `R` before `F_c`, the call is due `first_followup_days` after `F_c`
//! (`first`); otherwise `followup_every_months` calendar months after `R` (`periodic`).
//! An unanswered attempt `A` later than `R` (or with no `R`) pushes the date to at
//! least `A + retry_days` (`retry`, when it moved it). The earliest category wins.
//!
//! In-service check-ins (DESIGN §10): a done or scheduled visit with an end date, in a
//! category with `checkin_days`, puts a call at start + checkin_days (`check-in`) when
//! that is on or before its end date and no `reached` follow-up falls on or after its
//! start. It competes with the date above; the earliest wins. A check-in needs no done
//! visit: the nurse is in the home before the stay is done.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

use super::client::Client;
use super::config::Config;
use super::followup::{Followup, Outcome, latest};
use super::visit::Visit;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    First,
    Periodic,
    Retry,
    /// The call after a complaint was resolved (DESIGN §11).
    Complaint,
    CheckIn,
}

impl Reason {
    pub fn key(self) -> &'static str {
        match self {
            Reason::First => "first",
            Reason::Periodic => "periodic",
            Reason::Retry => "retry",
            Reason::Complaint => "complaint",
            Reason::CheckIn => "check-in",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Reason::First => "首次回访 first",
            Reason::Periodic => "定期回访 periodic",
            Reason::Retry => "重拨 retry",
            Reason::Complaint => "投诉回访 complaint",
            Reason::CheckIn => "在岗回访 check-in",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub date: NaiveDate,
    pub reason: Reason,
    /// Category key.
    pub category: String,
}

/// The due follow-up of one client, or `None` (a lead, do-not-contact, closed).
/// `visits` and `followups` are this client's records (any order, any status).
pub fn client_due(
    client: &Client,
    visits: &[&Visit],
    followups: &[&Followup],
    config: &Config,
) -> Option<Due> {
    client_due_in(client, visits, followups, config, None)
}

/// Like `client_due`, but with `only`, considers that one category alone (for an
/// office that looks after one service line).
pub fn client_due_in(
    client: &Client,
    visits: &[&Visit],
    followups: &[&Followup],
    config: &Config,
    only: Option<&str>,
) -> Option<Due> {
    if never_due(client) {
        return None;
    }
    let reached = latest(followups, Outcome::Reached);
    let no_answer = latest(followups, Outcome::NoAnswer);
    let retry_from = match (no_answer, reached) {
        (Some(a), Some(r)) if a > r => Some(a),
        (Some(a), None) => Some(a),
        _ => None,
    };
    // First done visit per category, in the config's order (ties go to the first listed;
    // categories no longer in the config come last, with the default policy).
    let mut firsts: Vec<(String, NaiveDate)> = Vec::new();
    for v in visits
        .iter()
        .filter(|v| v.is_done() && only.is_none_or(|c| v.category == c))
    {
        let d = v.effective_date();
        match firsts.iter_mut().find(|(c, _)| *c == v.category) {
            Some((_, f)) => *f = (*f).min(d),
            None => firsts.push((v.category.clone(), d)),
        }
    }
    let order = |key: &str| {
        config
            .categories
            .iter()
            .position(|c| c.key == key)
            .unwrap_or(usize::MAX)
    };
    firsts.sort_by(|a, b| order(&a.0).cmp(&order(&b.0)).then_with(|| a.0.cmp(&b.0)));

    let mut best: Option<Due> = None;
    for (category, first) in firsts {
        let (first_days, every) = config
            .categories
            .iter()
            .find(|c| c.key == category)
            .map(|c| (c.first_followup_days, c.followup_every_months))
            .unwrap_or((7, 3));
        let (mut date, mut reason) = match reached {
            Some(r) if r >= first => (add_months(r, every), Reason::Periodic),
            _ => (add_days(first, first_days), Reason::First),
        };
        if let Some(a) = retry_from {
            let retry = add_days(a, config.followup.retry_days);
            if retry > date {
                date = retry;
                reason = Reason::Retry;
            }
        }
        if best.as_ref().is_none_or(|b| date < b.date) {
            best = Some(Due {
                date,
                reason,
                category,
            });
        }
    }
    for v in visits
        .iter()
        .filter(|v| only.is_none_or(|c| v.category == c))
    {
        let Some(date) = checkin_date(v, config) else {
            continue;
        };
        if reached_since(followups, v.date) || best.as_ref().is_some_and(|b| b.date <= date) {
            continue;
        }
        best = Some(Due {
            date,
            reason: Reason::CheckIn,
            category: v.category.clone(),
        });
    }
    best
}

/// Do-not-contact and closed clients are never due, whatever the rule.
pub fn never_due(client: &Client) -> bool {
    client.do_not_contact || client.closed.is_some()
}

/// The earlier of two due dates (on the same date, `a`): the client's due date is the
/// earliest of every rule's.
pub fn earliest(a: Option<Due>, b: Option<Due>) -> Option<Due> {
    match (a, b) {
        (Some(a), Some(b)) if b.date < a.date => Some(b),
        (Some(a), _) => Some(a),
        (None, b) => b,
    }
}

/// The day of a visit's in-service check-in call: start + the category's
/// `checkin_days`, for a done or scheduled visit with an end date on or after it.
pub fn checkin_date(v: &Visit, config: &Config) -> Option<NaiveDate> {
    use super::visit::Status;
    let end = v.end?;
    if !matches!(v.status, Status::Done | Status::Scheduled) {
        return None;
    }
    let days = config
        .categories
        .iter()
        .find(|c| c.key == v.category)?
        .checkin_days()?;
    let date = add_days(v.date, days);
    (date <= end).then_some(date)
}

/// Whether the client was reached on or after `start` (a check-in already made).
fn reached_since(followups: &[&Followup], start: NaiveDate) -> bool {
    followups
        .iter()
        .any(|f| f.outcome == Outcome::Reached && f.date >= start)
}

/// One line of the due list.
#[derive(Debug, Clone)]
pub struct DueRow<'a> {
    pub client: &'a Client,
    pub due: Due,
    /// Days between the due date and the list's date; negative when not yet due.
    pub days_overdue: i64,
}

/// The due list on `on`: clients due on or before `until` (`on` itself, or later with
/// `--within`), most overdue first, then by name (then id, so the order is stable).
pub fn due_list<'a>(
    dues: impl IntoIterator<Item = (&'a Client, Option<Due>)>,
    on: NaiveDate,
    until: NaiveDate,
) -> Vec<DueRow<'a>> {
    let mut rows: Vec<DueRow<'a>> = dues
        .into_iter()
        .filter_map(|(client, due)| due.map(|due| (client, due)))
        .filter(|(_, due)| due.date <= until)
        .map(|(client, due)| DueRow {
            days_overdue: (on - due.date).num_days(),
            client,
            due,
        })
        .collect();
    rows.sort_by(|a, b| {
        (a.due.date, &a.client.name, &a.client.id).cmp(&(b.due.date, &b.client.name, &b.client.id))
    });
    rows
}

fn add_days(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

/// Calendar months, clamped to the month's end (30 Nov + 3 months = 28 Feb).
fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::followup::Channel;
    use crate::domain::visit::Status;
    use chrono::DateTime;

    pub fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    pub fn ts() -> DateTime<chrono::FixedOffset> {
        DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").unwrap()
    }

    pub fn client() -> Client {
        let mut c = Client::new("c-00000000".into(), ts());
        c.name = "王秀英".into();
        c
    }

    pub fn visit(category: &str, date: &str, end: Option<&str>, status: Status) -> Visit {
        Visit {
            conflicts: Vec::new(),
            format: 1,
            id: "v-00000000".into(),
            client: "c-00000000".into(),
            category: category.into(),
            date: d(date),
            end: end.map(d),
            time: None,
            staff: vec![],
            status,
            price: None,
            payment: None,
            products: String::new(),
            issues: String::new(),
            notes: String::new(),
            series: None,
            created: ts(),
            updated: ts(),
        }
    }

    pub fn followup(date: &str, outcome: Outcome) -> Followup {
        Followup {
            conflicts: Vec::new(),
            format: 1,
            id: "f-00000000".into(),
            client: "c-00000000".into(),
            date: d(date),
            channel: Channel::Phone,
            outcome,
            visit: None,
            score: None,
            notes: String::new(),
            actions: vec![],
            created: ts(),
            updated: ts(),
        }
    }

    fn due(visits: &[Visit], followups: &[Followup]) -> Option<(String, Reason, String)> {
        let v: Vec<&Visit> = visits.iter().collect();
        let f: Vec<&Followup> = followups.iter().collect();
        client_due(&client(), &v, &f, &Config::default())
            .map(|d| (d.date.to_string(), d.reason, d.category))
    }

    use Outcome::{NoAnswer, Reached};
    use Status::*;

    #[test]
    fn first_follow_up_a_week_after_the_first_done_visit() {
        let v = [
            visit("house-cleaning", "2026-11-10", None, Done),
            visit("house-cleaning", "2026-11-03", None, Done),
        ];
        assert_eq!(
            due(&v, &[]),
            Some(("2026-11-10".into(), Reason::First, "house-cleaning".into()))
        );
    }

    #[test]
    fn only_done_visits_count() {
        let v = [
            visit("nanny", "2026-11-01", None, Scheduled),
            visit("nanny", "2026-11-02", None, Cancelled),
            visit("nanny", "2026-11-03", None, NoShow),
        ];
        assert_eq!(due(&v, &[]), None, "a lead is never due");
        let f = [followup("2026-11-05", NoAnswer)];
        assert_eq!(due(&v, &f), None);
    }

    #[test]
    fn periodic_uses_calendar_months_clamped_to_month_end() {
        let v = [visit("house-cleaning", "2026-08-01", None, Done)];
        let f = [followup("2026-08-31", Reached)];
        assert_eq!(due(&v, &f).unwrap().0, "2026-11-30", "31 Aug + 3 months");
        let f = [followup("2026-11-30", Reached)];
        assert_eq!(due(&v, &f).unwrap().0, "2027-02-28", "30 Nov + 3 months");
        let f = [followup("2027-11-30", Reached)];
        assert_eq!(due(&v, &f).unwrap().0, "2028-02-29", "into a leap February");
        let f = [followup("2028-02-29", Reached)];
        assert_eq!(due(&v, &f).unwrap().0, "2028-05-29");
    }

    #[test]
    fn maternity_is_every_six_months_and_counts_the_end_date() {
        let v = [visit(
            "maternity-nurse",
            "2026-01-05",
            Some("2026-01-30"),
            Done,
        )];
        // Unless the office called during the stay, the check-in (day 3) comes first.
        assert_eq!(
            due(&v, &[]),
            Some((
                "2026-01-08".into(),
                Reason::CheckIn,
                "maternity-nurse".into()
            ))
        );
        let checked_in = [followup("2026-01-08", Reached)];
        assert_eq!(
            due(&v, &checked_in).unwrap().0,
            "2026-02-06",
            "7 days after the end date"
        );
        let f = [followup("2026-02-06", Reached)];
        assert_eq!(
            due(&v, &f),
            Some((
                "2026-08-06".into(),
                Reason::Periodic,
                "maternity-nurse".into()
            ))
        );
    }

    #[test]
    fn a_reached_call_before_the_first_service_does_not_count() {
        let v = [visit("house-cleaning", "2026-11-10", None, Done)];
        let f = [followup("2026-11-01", Reached)];
        assert_eq!(
            due(&v, &f),
            Some(("2026-11-17".into(), Reason::First, "house-cleaning".into()))
        );
        // Reached on the very day of the first service counts (it is not before F).
        let f = [followup("2026-11-10", Reached)];
        assert_eq!(due(&v, &f).unwrap().1, Reason::Periodic);
    }

    #[test]
    fn retry_after_no_answer() {
        let v = [visit("house-cleaning", "2026-11-01", None, Done)];
        // No answer after the base date: retry two days later.
        let f = [followup("2026-11-09", NoAnswer)];
        assert_eq!(
            due(&v, &f),
            Some(("2026-11-11".into(), Reason::Retry, "house-cleaning".into()))
        );
        // No answer well before the base date: the base date stands, reason first.
        let f = [followup("2026-11-02", NoAnswer)];
        assert_eq!(
            due(&v, &f),
            Some(("2026-11-08".into(), Reason::First, "house-cleaning".into()))
        );
        // A later reached call clears the retry.
        let f = [
            followup("2026-11-09", NoAnswer),
            followup("2026-11-10", Reached),
        ];
        assert_eq!(
            due(&v, &f),
            Some((
                "2027-02-10".into(),
                Reason::Periodic,
                "house-cleaning".into()
            ))
        );
        // A no-answer after a reached call retries only if it pushes the date later.
        let f = [
            followup("2026-11-10", Reached),
            followup("2027-02-12", NoAnswer),
        ];
        assert_eq!(
            due(&v, &f),
            Some(("2027-02-14".into(), Reason::Retry, "house-cleaning".into()))
        );
        // The latest no-answer is the one that counts.
        let f = [
            followup("2026-11-09", NoAnswer),
            followup("2026-11-20", NoAnswer),
        ];
        assert_eq!(due(&v, &f).unwrap().0, "2026-11-22");
        // A no-answer on the same day as the latest reached is not later than it.
        let f = [
            followup("2026-11-10", Reached),
            followup("2026-11-10", NoAnswer),
        ];
        assert_eq!(due(&v, &f).unwrap().1, Reason::Periodic);
    }

    #[test]
    fn check_ins_fall_on_day_three_of_a_stay_until_someone_is_reached() {
        // A 26-day stay from 2026-12-01 (to 12-26): the call is due on 12-04, booked
        // or done alike; it is no lead's privilege to wait for the stay to end.
        for status in [Scheduled, Done] {
            let v = [visit(
                "maternity-nurse",
                "2026-12-01",
                Some("2026-12-26"),
                status,
            )];
            assert_eq!(
                due(&v, &[]),
                Some((
                    "2026-12-04".into(),
                    Reason::CheckIn,
                    "maternity-nurse".into()
                )),
                "{status:?}"
            );
        }
        let stay = [visit("nanny", "2026-12-01", Some("2026-12-26"), Scheduled)];
        // A reached call on or after the start settles it; one before does not.
        assert_eq!(due(&stay, &[followup("2026-12-02", Reached)]), None);
        assert_eq!(
            due(&stay, &[followup("2026-11-30", Reached)]).unwrap().1,
            Reason::CheckIn
        );
        // An unanswered call does not.
        assert_eq!(
            due(&stay, &[followup("2026-12-04", NoAnswer)]).unwrap().1,
            Reason::CheckIn
        );
        // A stay that ends before day 3, a cancelled one, house cleaning: no check-in.
        let short = [visit("nanny", "2026-12-01", Some("2026-12-03"), Scheduled)];
        assert_eq!(due(&short, &[]), None);
        let cancelled = [visit("nanny", "2026-12-01", Some("2026-12-26"), Cancelled)];
        assert_eq!(due(&cancelled, &[]), None);
        let cleaning = [visit(
            "house-cleaning",
            "2026-12-01",
            Some("2026-12-26"),
            Scheduled,
        )];
        assert_eq!(due(&cleaning, &[]), None);
        // Day 4 with `checkin_days = 4`; 0 turns it off.
        let mut config = Config::default();
        config.categories[1].checkin_days = Some(4);
        assert_eq!(checkin_date(&stay[0], &config), Some(d("2026-12-05")));
        config.categories[1].checkin_days = Some(0);
        assert_eq!(checkin_date(&stay[0], &config), None);
    }

    #[test]
    fn the_earliest_category_wins() {
        // Cleaning since August, reached in September: periodic in December.
        // Nanny service starts in November, after R: first due a week later.
        let v = [
            visit("house-cleaning", "2026-08-01", None, Done),
            visit("nanny", "2026-11-15", None, Done),
        ];
        let f = [followup("2026-09-01", Reached)];
        assert_eq!(
            due(&v, &f),
            Some(("2026-11-22".into(), Reason::First, "nanny".into()))
        );
        // A later second category does not hide an earlier due first one.
        let v = [
            visit("house-cleaning", "2026-11-01", None, Done),
            visit("maternity-nurse", "2026-11-20", None, Done),
        ];
        assert_eq!(due(&v, &[]).unwrap().2, "house-cleaning");
    }

    #[test]
    fn do_not_contact_and_closed_clients_are_never_due() {
        let v = [visit("nanny", "2026-11-01", None, Done)];
        let vr: Vec<&Visit> = v.iter().collect();
        let mut c = client();
        c.do_not_contact = true;
        assert_eq!(client_due(&c, &vr, &[], &Config::default()), None);
        let mut c = client();
        c.closed = Some(crate::domain::client::Closed {
            date: d("2026-11-05"),
            reason: String::new(),
        });
        assert_eq!(client_due(&c, &vr, &[], &Config::default()), None);
    }

    #[test]
    fn a_category_filter_considers_that_category_alone() {
        let v = [
            visit("house-cleaning", "2026-11-01", None, Done),
            visit("nanny", "2026-11-10", None, Done),
        ];
        let vr: Vec<&Visit> = v.iter().collect();
        let c = client();
        let only = |k| client_due_in(&c, &vr, &[], &Config::default(), Some(k)).map(|d| d.date);
        assert_eq!(only("nanny"), Some(d("2026-11-17")));
        assert_eq!(only("house-cleaning"), Some(d("2026-11-08")));
        assert_eq!(only("maternity-nurse"), None);
    }

    #[test]
    fn the_list_is_most_overdue_first_then_by_name() {
        let mk = |name: &str, id: &str| {
            let mut c = client();
            c.name = name.into();
            c.id = id.into();
            c
        };
        let (a, b, z, later) = (
            mk("李娜", "c-1"),
            mk("王芳", "c-2"),
            mk("张伟", "c-3"),
            mk("赵敏", "c-4"),
        );
        let due = |date: &str| {
            Some(Due {
                date: d(date),
                reason: Reason::First,
                category: "nanny".into(),
            })
        };
        let on = d("2026-11-22");
        let lead = client();
        let rows = due_list(
            vec![
                (&z, due("2026-11-22")),
                (&b, due("2026-11-01")),
                (&a, due("2026-11-01")),
                (&later, due("2026-11-25")),
                (&lead, None),
            ],
            on,
            on,
        );
        let names: Vec<&str> = rows.iter().map(|r| r.client.name.as_str()).collect();
        assert_eq!(names, vec!["李娜", "王芳", "张伟"]);
        assert_eq!(rows[0].days_overdue, 21);
        assert_eq!(rows[2].days_overdue, 0);
        let within = due_list(vec![(&later, due("2026-11-25"))], on, d("2026-11-25"));
        assert_eq!(within[0].days_overdue, -3);
    }

    #[test]
    fn the_policy_comes_from_the_config() {
        let mut config = Config::default();
        config.categories[0].first_followup_days = 3;
        config.followup.retry_days = 5;
        let v = [visit("house-cleaning", "2026-11-01", None, Done)];
        let vr: Vec<&Visit> = v.iter().collect();
        assert_eq!(
            client_due(&client(), &vr, &[], &config).unwrap().date,
            d("2026-11-04")
        );
        let f = [followup("2026-11-04", NoAnswer)];
        let fr: Vec<&Followup> = f.iter().collect();
        assert_eq!(
            client_due(&client(), &vr, &fr, &config).unwrap().date,
            d("2026-11-09")
        );
    }
}
