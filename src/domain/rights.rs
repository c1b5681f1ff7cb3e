//! The rules behind a client's rights (DESIGN §12, PIPL Arts. 45–47) that are not
//! consent: what an erased client's survey answers keep, and how long the company has
//! kept a client it no longer serves (`hk report retention`).

use chrono::{DateTime, Days, FixedOffset, Months, NaiveDate};

use super::client::Client;
use super::config::Lifecycle;
use super::survey::Survey;

/// A survey answer once its client is erased: the scores, NPS, date and channel stay
/// (the satisfaction figures still count it); the client, the visit it was about (it
/// is erased too), the comment (the client's own words) and the import fingerprint (a
/// hash of the row, phone included) go. It gets a new id, so that its file's history
/// never named the client and the old file can be removed from git history whole.
pub fn anonymised_survey(s: &Survey, new_id: String, now: DateTime<FixedOffset>) -> Survey {
    let mut a = s.clone();
    a.id = new_id;
    a.client = String::new();
    a.visit = None;
    a.comment = String::new();
    a.fingerprint = String::new();
    a.conflicts = Vec::new();
    a.created = now;
    a.updated = now;
    a
}

/// A length of time: `3y`, `18m`, `90d`, `2w` (years and months are calendar months).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Age {
    pub months: u32,
    pub days: u64,
}

impl Age {
    pub fn parse(s: &str) -> Result<Age, String> {
        let t = s.trim().to_lowercase();
        let bad = || crate::t!("client-age-not-duration", value = s.trim());
        let unit = t.chars().last().ok_or_else(bad)?;
        let n: u32 = t[..t.len() - unit.len_utf8()]
            .trim()
            .parse()
            .map_err(|_| bad())?;
        if n == 0 {
            return Err(crate::t!("client-age-zero", value = s.trim()));
        }
        let age = match unit {
            'y' | '年' => Age {
                months: n.checked_mul(12).ok_or_else(bad)?,
                days: 0,
            },
            'm' | '月' => Age { months: n, days: 0 },
            'w' | '周' => Age {
                months: 0,
                days: u64::from(n) * 7,
            },
            'd' | '天' => Age {
                months: 0,
                days: u64::from(n),
            },
            _ => return Err(bad()),
        };
        Ok(age)
    }

    /// The day `self` before `today` (`None` before the calendar's start).
    pub fn before(self, today: NaiveDate) -> Option<NaiveDate> {
        today
            .checked_sub_months(Months::new(self.months))?
            .checked_sub_days(Days::new(self.days))
    }
}

/// Why a client counts as no longer served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ended {
    /// Closed (`closed` set): since its date.
    Closed,
    /// Churned by inactivity: since the first day past `churn_days` after the last
    /// done visit.
    Inactive,
}

impl Ended {
    pub fn key(self) -> &'static str {
        match self {
            Ended::Closed => "closed",
            Ended::Inactive => "inactive",
        }
    }
}

/// Since when a churned client has been churned (§5: closed, or the last done visit
/// more than `churn_days` ago): the closed date, or the day after `last_done +
/// churn_days`, whichever came first. `None` for a client that is neither (a lead is
/// never churned unless closed).
pub fn churned_since(
    client: &Client,
    last_done: Option<NaiveDate>,
    policy: &Lifecycle,
) -> Option<(NaiveDate, Ended)> {
    let inactive = last_done
        .and_then(|l| l.checked_add_days(Days::new(u64::from(policy.churn_days) + 1)))
        .map(|d| (d, Ended::Inactive));
    let closed = client.closed.as_ref().map(|c| (c.date, Ended::Closed));
    match (closed, inactive) {
        (Some(c), Some(i)) => Some(if i.0 < c.0 { i } else { c }),
        (c, i) => c.or(i),
    }
}

/// Whether a client churned `since` has been so for longer than `age` on `today`.
pub fn kept_longer_than(since: NaiveDate, age: Age, today: NaiveDate) -> bool {
    age.before(today).is_some_and(|cut| since < cut)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::client::Closed;
    use crate::domain::due::tests::ts;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn durations_parse_in_calendar_units() {
        assert_eq!(
            Age::parse("3y"),
            Ok(Age {
                months: 36,
                days: 0
            })
        );
        assert_eq!(
            Age::parse(" 18M "),
            Ok(Age {
                months: 18,
                days: 0
            })
        );
        assert_eq!(
            Age::parse("2w"),
            Ok(Age {
                months: 0,
                days: 14
            })
        );
        assert_eq!(
            Age::parse("90d"),
            Ok(Age {
                months: 0,
                days: 90
            })
        );
        assert_eq!(
            Age::parse("3年"),
            Ok(Age {
                months: 36,
                days: 0
            })
        );
        for bad in ["", "3", "y", "3x", "-3y", "1.5y", "0d", "99999999999y"] {
            assert!(Age::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Age::parse("1m").unwrap().before(d("2026-03-31")),
            Some(d("2026-02-28"))
        );
        assert_eq!(
            Age::parse("3y").unwrap().before(d("2026-11-23")),
            Some(d("2023-11-23"))
        );
    }

    #[test]
    fn churned_since_the_closed_date_or_past_the_churn_days() {
        let policy = Lifecycle::default();
        let mut c = Client::new("c-1".into(), ts());
        assert_eq!(churned_since(&c, None, &policy), None, "a lead");
        // 2023-01-01 + 181 days.
        assert_eq!(
            churned_since(&c, Some(d("2023-01-01")), &policy),
            Some((d("2023-07-01"), Ended::Inactive))
        );
        c.closed = Some(Closed {
            date: d("2024-05-06"),
            reason: "搬家".into(),
        });
        assert_eq!(
            churned_since(&c, Some(d("2024-04-01")), &policy),
            Some((d("2024-05-06"), Ended::Closed))
        );
        assert_eq!(
            churned_since(&c, Some(d("2023-01-01")), &policy),
            Some((d("2023-07-01"), Ended::Inactive)),
            "inactive before it was closed"
        );
        assert_eq!(
            churned_since(&c, None, &policy),
            Some((d("2024-05-06"), Ended::Closed))
        );
        let three = Age::parse("3y").unwrap();
        assert!(kept_longer_than(d("2023-11-22"), three, d("2026-11-23")));
        assert!(
            !kept_longer_than(d("2023-11-23"), three, d("2026-11-23")),
            "exactly 3 years"
        );
    }
}
