//! Messages to clients (DESIGN §12): the day-before reminder (预约提醒), the care
//! message before a client's next expected service (关怀问候), and campaigns — who
//! gets one, who is left out and why, and the text (see `template`).
//!
//! The consent rules, in one place ([`left_out`]): a reminder is a service message
//! for a visit the client booked, so it goes to every client with a phone; care and
//! campaign messages never go to a do-not-contact or closed client; a campaign goes
//! only to clients whose marketing consent is yes on the day it is sent
//! (`Client::marketing_consent_on`).

pub mod template;

use chrono::{Days, Months, NaiveDate};

use super::client::Client;
use super::visit::{Status, Visit};

/// The three message lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Reminder,
    Care,
    Campaign,
}

impl List {
    pub fn key(self) -> &'static str {
        match self {
            List::Reminder => "reminder",
            List::Care => "care",
            List::Campaign => "campaign",
        }
    }
}

/// Why a client gets no message, in the order the rules are applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LeftOut {
    DoNotContact,
    Closed,
    NoMarketingConsent,
    NoPhone,
}

impl LeftOut {
    /// `n` clients left out for this reason, as the stderr line names them
    /// (`2 without a phone`).
    pub fn describe(self, n: usize) -> String {
        match self {
            LeftOut::DoNotContact => crate::t!("message-left-out-do-not-contact", count = n),
            LeftOut::Closed => crate::t!("message-left-out-closed", count = n),
            LeftOut::NoMarketingConsent => {
                crate::t!("message-left-out-no-marketing-consent", count = n)
            }
            LeftOut::NoPhone => crate::t!("message-left-out-no-phone", count = n),
        }
    }
}

/// Why `client` gets no message of `list` sent on `day`, or `None` when it gets one.
pub fn left_out(list: List, client: &Client, day: NaiveDate) -> Option<LeftOut> {
    if list != List::Reminder {
        if client.do_not_contact {
            return Some(LeftOut::DoNotContact);
        }
        if client.closed.is_some() {
            return Some(LeftOut::Closed);
        }
    }
    if list == List::Campaign && !client.marketing_consent_on(day) {
        return Some(LeftOut::NoMarketingConsent);
    }
    if client.phones.is_empty() {
        return Some(LeftOut::NoPhone);
    }
    None
}

/// How often a client wants service, when their `frequency` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interval {
    Weeks(u32),
    Months(u32),
}

/// The interval a `frequency` text names: 每周 (weekly), 每两周/双周 (every two
/// weeks), 每月 (monthly), 每季度 (quarterly); anything else names none.
pub fn interval(frequency: &str) -> Option<Interval> {
    let f = frequency.trim().to_lowercase();
    if ["每两周", "每二周", "双周", "biweekly", "every two weeks"]
        .iter()
        .any(|k| f.contains(k))
    {
        Some(Interval::Weeks(2))
    } else if ["每周", "每星期", "weekly"].iter().any(|k| f.contains(k)) {
        Some(Interval::Weeks(1))
    } else if ["每季度", "每季", "quarterly"]
        .iter()
        .any(|k| f.contains(k))
    {
        Some(Interval::Months(3))
    } else if ["每月", "每个月", "monthly"].iter().any(|k| f.contains(k)) {
        Some(Interval::Months(1))
    } else {
        None
    }
}

/// `date` + the interval (calendar months clamp to the month's end: 31 Jan + 1 month
/// is 28 Feb).
pub fn after(date: NaiveDate, i: Interval) -> Option<NaiveDate> {
    match i {
        Interval::Weeks(n) => date.checked_add_days(Days::new(7 * u64::from(n))),
        Interval::Months(n) => date.checked_add_months(Months::new(n)),
    }
}

/// A client due a care message: their last done visit and the next expected service.
#[derive(Debug, Clone, Copy)]
pub struct Care<'a> {
    pub last: &'a Visit,
    pub next: NaiveDate,
}

/// Whether `client` is due a care message on `today` with `--within days`: their
/// `frequency` names an interval; the last done visit (by its end date, on or before
/// today) + that interval falls from today through today + days; and no visit of
/// theirs is scheduled to start in those days. Consent is [`left_out`]'s business.
pub fn care<'a>(
    client: &Client,
    visits: &[&'a Visit],
    today: NaiveDate,
    days: u32,
) -> Option<Care<'a>> {
    let i = interval(&client.frequency)?;
    let last = visits
        .iter()
        .filter(|v| v.is_done() && v.effective_date() <= today)
        .max_by_key(|v| (v.effective_date(), v.created, &v.id))?;
    let next = after(last.effective_date(), i)?;
    let end = today.checked_add_days(Days::new(u64::from(days)))?;
    let booked = visits
        .iter()
        .any(|v| v.status == Status::Scheduled && v.date >= today && v.date <= end);
    (today <= next && next <= end && !booked).then_some(Care { last, next })
}

/// Counts of clients left out, for the line on stderr.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tally(pub std::collections::BTreeMap<LeftOut, usize>);

impl Tally {
    pub fn add(&mut self, why: LeftOut) {
        *self.0.entry(why).or_default() += 1;
    }

    pub fn total(&self) -> usize {
        self.0.values().sum()
    }

    /// `3 client(s) left out: 1 do-not-contact, 2 without a phone`, or `None`.
    pub fn line(&self) -> Option<String> {
        if self.0.is_empty() {
            return None;
        }
        let parts: Vec<String> = self.0.iter().map(|(why, n)| why.describe(*n)).collect();
        Some(crate::t!(
            "message-left-out",
            count = self.total(),
            reasons = parts.join(&crate::t!("message-left-out-separator"))
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, FixedOffset};

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-01T09:00:00+08:00").unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn client(frequency: &str) -> Client {
        let mut c = Client::new("c-1".into(), now());
        c.name = "王秀英".into();
        c.phones = vec!["13812345678".into()];
        c.frequency = frequency.into();
        c
    }

    fn visit(date: &str, status: Status) -> Visit {
        let mut v = Visit::new("c-1".into(), "house-cleaning".into(), day(date), now());
        v.status = status;
        v
    }

    #[test]
    fn frequencies_name_intervals() {
        assert_eq!(interval("每周一次"), Some(Interval::Weeks(1)));
        assert_eq!(interval("每两周一次"), Some(Interval::Weeks(2)));
        assert_eq!(interval("双周"), Some(Interval::Weeks(2)));
        assert_eq!(interval("每月两次"), Some(Interval::Months(1)));
        assert_eq!(interval("每季度"), Some(Interval::Months(3)));
        assert_eq!(interval("不定期"), None);
        assert_eq!(
            after(day("2026-01-31"), Interval::Months(1)),
            Some(day("2026-02-28"))
        );
    }

    /// Weekly, last done 11-17: next 11-24. On 11-22 with --within 2 it is due (24 ≤
    /// 22+2); with --within 1 not; a visit scheduled on 11-23 takes it off.
    #[test]
    fn care_by_hand() {
        let c = client("每周一次");
        let older = visit("2026-11-10", Status::Done);
        let last = visit("2026-11-17", Status::Done);
        let cancelled = visit("2026-11-23", Status::Cancelled);
        let today = day("2026-11-22");
        let vs = [&older, &last, &cancelled];
        let due = care(&c, &vs, today, 2).unwrap();
        assert_eq!(due.next, day("2026-11-24"));
        assert_eq!(due.last.date, day("2026-11-17"));
        assert!(care(&c, &vs, today, 1).is_none());
        let booked = visit("2026-11-23", Status::Scheduled);
        assert!(care(&c, &[&last, &booked], today, 2).is_none());
        // A booking after the window does not count; one before today neither.
        let later = visit("2026-11-30", Status::Scheduled);
        assert!(care(&c, &[&last, &later], today, 2).is_some());
        // Passed already (next 11-24 < today 11-25): not listed.
        assert!(care(&c, &vs, day("2026-11-25"), 30).is_none());
        assert!(care(&client("不定期"), &vs, today, 30).is_none());
        // A stay counts from its end date: 11-01..11-15 monthly → 12-15.
        let mut stay = visit("2026-11-01", Status::Done);
        stay.end = Some(day("2026-11-15"));
        let monthly = client("每月");
        assert_eq!(
            care(&monthly, &[&stay], day("2026-12-10"), 5).unwrap().next,
            day("2026-12-15")
        );
    }

    #[test]
    fn consent_rules_per_list() {
        let today = day("2026-11-22");
        let mut c = client("每周");
        assert_eq!(left_out(List::Reminder, &c, today), None);
        assert_eq!(left_out(List::Care, &c, today), None);
        assert_eq!(
            left_out(List::Campaign, &c, today),
            Some(LeftOut::NoMarketingConsent)
        );
        c.consent.push(crate::domain::consent::ConsentEntry {
            marketing: true,
            date: Some(day("2026-11-01")),
            channel: "wechat".into(),
            evidence: String::new(),
        });
        assert_eq!(left_out(List::Campaign, &c, today), None);
        c.do_not_contact = true;
        assert_eq!(left_out(List::Reminder, &c, today), None, "service message");
        assert_eq!(left_out(List::Care, &c, today), Some(LeftOut::DoNotContact));
        assert_eq!(
            left_out(List::Campaign, &c, today),
            Some(LeftOut::DoNotContact)
        );
        c.do_not_contact = false;
        c.phones.clear();
        assert_eq!(left_out(List::Reminder, &c, today), Some(LeftOut::NoPhone));
        let mut t = Tally::default();
        t.add(LeftOut::NoPhone);
        t.add(LeftOut::DoNotContact);
        t.add(LeftOut::NoPhone);
        assert_eq!(
            t.line().unwrap(),
            "3 client(s) left out: 1 do-not-contact, 2 without a phone"
        );
    }
}
