//! Booking rules (DESIGN §10): when a visit occupies its staff, double bookings,
//! staff who cannot work on a day, clients' do-not-send lists, and the dates of a
//! repeating series. Pure functions over records; the CLI loads and refuses.

use chrono::{Days, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};

use super::config::Config;
use super::id::{self, Kind};
use super::staff::{Staff, Unavailable};
use super::visit::{Status, Visit};

/// The time a visit occupies its staff: `[start, end)`, half-open, so a visit ending at
/// 13:00 and one starting at 13:00 do not overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
}

impl Span {
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

/// A visit with an end date occupies every day from start to end (inclusive); a timed
/// visit its category's `duration_hours` from its time; any other its whole day.
pub fn span(v: &Visit, config: &Config) -> Span {
    let next_day = |d: NaiveDate| midnight(d.succ_opt().unwrap_or(d));
    match (v.end, v.time) {
        (Some(end), _) => Span {
            start: midnight(v.date),
            end: next_day(end),
        },
        (None, Some(t)) => {
            let hours = config
                .categories
                .iter()
                .find(|c| c.key == v.category)
                .map_or(24, |c| c.duration_hours());
            let start = v.date.and_time(t);
            Span {
                start,
                end: start + TimeDelta::hours(i64::from(hours)),
            }
        }
        (None, None) => Span {
            start: midnight(v.date),
            end: next_day(v.date),
        },
    }
}

/// Whether a visit holds its staff at all: scheduled or done ones do.
pub fn occupies(v: &Visit) -> bool {
    matches!(v.status, Status::Scheduled | Status::Done)
}

/// Why a visit cannot be booked as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The staff member is on another scheduled or done visit at that time.
    DoubleBooked {
        staff: String,
        other: String,
        date: NaiveDate,
    },
    /// Left, on leave, or without a required certificate on a day of the visit.
    Unavailable { staff: String, why: Unavailable },
    /// The client asked not to have her again.
    Avoided { staff: String, client: String },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::DoubleBooked { staff, other, date } => {
                let date = date.to_string();
                let text = crate::t!(
                    "visit-refusal-double-booked",
                    staff = staff,
                    other = other,
                    date = date
                );
                f.write_str(&text)
            }
            Refusal::Unavailable { staff, why } => f.write_str(&crate::t!(
                "visit-refusal-unavailable",
                staff = staff,
                why = why.to_string()
            )),
            Refusal::Avoided { staff, client } => f.write_str(&crate::t!(
                "visit-refusal-avoided",
                client = client,
                staff = staff
            )),
        }
    }
}

/// The booking rules for `visit` against the roster and the other visits (the visit
/// itself, by id, is skipped among `others`; a visit without an id yet, a row of a
/// file, skips nothing). Only staff ids on the roster are checked:
/// free-text names (`--staff-unlisted`, visits of part one) are nobody's schedule.
/// Every refusal is listed, in the order of the visit's staff.
pub fn check(visit: &Visit, roster: &[Staff], others: &[&Visit], config: &Config) -> Vec<Refusal> {
    let mut out = Vec::new();
    if !occupies(visit) {
        return out;
    }
    let mine = span(visit, config);
    for entry in &visit.staff {
        let Some(staff) = roster.iter().find(|s| &s.id == entry) else {
            continue;
        };
        if staff.avoided_by.contains(&visit.client) {
            out.push(Refusal::Avoided {
                staff: staff.id.clone(),
                client: visit.client.clone(),
            });
        }
        let mut day = visit.date;
        while day <= visit.effective_date() {
            if let Err(why) = staff.bookable_on(day, &visit.category, config) {
                out.push(Refusal::Unavailable {
                    staff: staff.id.clone(),
                    why,
                });
                break;
            }
            match day.succ_opt() {
                Some(d) => day = d,
                None => break,
            }
        }
        let mut clashes: Vec<&Visit> = others
            .iter()
            .copied()
            .filter(|o| (visit.id.is_empty() || o.id != visit.id) && occupies(o))
            .filter(|o| o.staff.contains(entry))
            .filter(|o| span(o, config).overlaps(&mine))
            .collect();
        clashes.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        out.extend(clashes.into_iter().map(|o| Refusal::DoubleBooked {
            staff: staff.id.clone(),
            other: o.id.clone(),
            date: o.date,
        }));
    }
    out
}

/// Whether a staff entry of a visit is a roster id (else it is a free-text name).
pub fn is_staff_id(entry: &str) -> bool {
    id::is_valid(Kind::Staff, entry)
}

/// How a series repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    Weekly,
    Biweekly,
    Monthly,
}

impl Repeat {
    pub fn parse(s: &str) -> Result<Repeat, String> {
        match s.trim().to_lowercase().as_str() {
            "weekly" | "每周" => Ok(Repeat::Weekly),
            "biweekly" | "每两周" => Ok(Repeat::Biweekly),
            "monthly" | "每月" => Ok(Repeat::Monthly),
            _ => Err(crate::t!("visit-repeat-expected")),
        }
    }
}

/// When a series stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesEnd {
    Count(u32),
    /// Inclusive.
    Until(NaiveDate),
}

/// The most occurrences one series may have (ten years of weekly visits).
pub const MAX_OCCURRENCES: usize = 520;

/// The start dates of a series from `first`. Monthly keeps the day of month of
/// `first`, clamped to each month's end (01-31, 02-28, 03-31). Empty when the end
/// allows none; `Err` when it would have more than `MAX_OCCURRENCES`.
pub fn occurrences(
    first: NaiveDate,
    repeat: Repeat,
    end: SeriesEnd,
) -> Result<Vec<NaiveDate>, String> {
    let nth = |n: u32| -> Option<NaiveDate> {
        match repeat {
            Repeat::Weekly => first.checked_add_days(Days::new(7 * u64::from(n))),
            Repeat::Biweekly => first.checked_add_days(Days::new(14 * u64::from(n))),
            // chrono clamps to the month's end, from the first date each time.
            Repeat::Monthly => first.checked_add_months(Months::new(n)),
        }
    };
    let mut out = Vec::new();
    for n in 0.. {
        let Some(d) = nth(n) else { break };
        let more = match end {
            SeriesEnd::Count(c) => n < c,
            SeriesEnd::Until(u) => d <= u,
        };
        if !more {
            break;
        }
        if out.len() == MAX_OCCURRENCES {
            return Err(crate::t!("visit-series-too-long", max = MAX_OCCURRENCES));
        }
        out.push(d);
    }
    Ok(out)
}

/// The date `d` moved by as many days as `to` is from `from` (a multi-day visit's end
/// in each occurrence of its series).
pub fn shift(d: NaiveDate, from: NaiveDate, to: NaiveDate) -> NaiveDate {
    d + (to - from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::due::tests::visit as make_visit;
    use crate::domain::staff::tests::{d, staff};

    fn visit(id: &str, date: &str, end: Option<&str>, time: Option<&str>, cat: &str) -> Visit {
        let mut v = make_visit(cat, date, end, Status::Scheduled);
        v.id = id.into();
        v.client = "c-1".into();
        v.time = time.map(|t| NaiveTime::parse_from_str(t, "%H:%M").unwrap());
        v.staff = vec!["w-liu".into()];
        v
    }

    #[test]
    fn spans_follow_end_dates_times_and_durations() {
        let c = Config::default();
        // House cleaning at 10:00 takes 3 h: 10:00–13:00.
        let s = span(
            &visit("v-1", "2026-12-01", None, Some("10:00"), "house-cleaning"),
            &c,
        );
        assert_eq!(s.start.to_string(), "2026-12-01 10:00:00");
        assert_eq!(s.end.to_string(), "2026-12-01 13:00:00");
        // Nanny at 20:00 takes 8 h, into the next morning.
        let s = span(
            &visit("v-1", "2026-12-01", None, Some("20:00"), "nanny"),
            &c,
        );
        assert_eq!(s.end.to_string(), "2026-12-02 04:00:00");
        // No time: the whole day. An end date: every day through it.
        let s = span(
            &visit("v-1", "2026-12-01", None, None, "house-cleaning"),
            &c,
        );
        assert_eq!(
            (s.start.to_string(), s.end.to_string()),
            ("2026-12-01 00:00:00".into(), "2026-12-02 00:00:00".into())
        );
        let s = span(
            &visit(
                "v-1",
                "2026-12-01",
                Some("2026-12-26"),
                Some("08:00"),
                "maternity-nurse",
            ),
            &c,
        );
        assert_eq!(
            (s.start.to_string(), s.end.to_string()),
            ("2026-12-01 00:00:00".into(), "2026-12-27 00:00:00".into())
        );
    }

    #[test]
    fn overlap_is_half_open_and_ignores_cancelled_visits() {
        let c = Config::default();
        let liu = staff("w-liu", "刘阿姨");
        let roster = std::slice::from_ref(&liu);
        let morning = visit("v-1", "2026-12-01", None, Some("10:00"), "house-cleaning");
        // 13:00 starts when 10:00–13:00 ends: no overlap; 12:59 overlaps.
        let at_one = visit("v-2", "2026-12-01", None, Some("13:00"), "house-cleaning");
        assert!(check(&at_one, roster, &[&morning], &c).is_empty());
        let at_1259 = visit("v-2", "2026-12-01", None, Some("12:59"), "house-cleaning");
        assert_eq!(
            check(&at_1259, roster, &[&morning], &c),
            vec![Refusal::DoubleBooked {
                staff: "w-liu".into(),
                other: "v-1".into(),
                date: d("2026-12-01")
            }]
        );
        // A whole-day visit overlaps any timed one that day; the day after, none.
        let whole = visit("v-3", "2026-12-01", None, None, "house-cleaning");
        assert_eq!(check(&whole, roster, &[&morning], &c).len(), 1);
        let next = visit("v-3", "2026-12-02", None, None, "house-cleaning");
        assert!(check(&next, roster, &[&morning], &c).is_empty());
        // A 26-day stay (12-01 to 12-26) holds every day through its end date.
        let stay = visit(
            "v-4",
            "2026-12-01",
            Some("2026-12-26"),
            None,
            "maternity-nurse",
        );
        let on_26 = visit("v-5", "2026-12-26", None, Some("18:00"), "house-cleaning");
        let on_27 = visit("v-5", "2026-12-27", None, Some("00:00"), "house-cleaning");
        assert_eq!(check(&on_26, roster, &[&stay], &c).len(), 1);
        assert!(check(&on_27, roster, &[&stay], &c).is_empty());
        // Cancelled and no-show visits hold nobody; a cancelled new visit checks nothing.
        let mut cancelled = morning.clone();
        cancelled.status = Status::Cancelled;
        assert!(check(&at_1259, roster, &[&cancelled], &c).is_empty());
        let mut noshow = morning.clone();
        noshow.status = Status::NoShow;
        assert!(check(&at_1259, roster, &[&noshow], &c).is_empty());
        let mut new_cancelled = at_1259.clone();
        new_cancelled.status = Status::Cancelled;
        assert!(check(&new_cancelled, roster, &[&morning], &c).is_empty());
        // The visit itself (an edit) is not its own clash; free-text names are nobody's.
        assert!(check(&morning, roster, &[&morning], &c).is_empty());
        let mut unlisted = at_1259.clone();
        unlisted.staff = vec!["李阿姨".into()];
        let mut other_unlisted = morning.clone();
        other_unlisted.staff = vec!["李阿姨".into()];
        assert!(check(&unlisted, roster, &[&other_unlisted], &c).is_empty());
    }

    #[test]
    fn leave_certificates_and_do_not_send_refuse() {
        let c = Config::default();
        let mut liu = staff("w-liu", "刘阿姨");
        // Her health certificate ends 2026-12-31: a stay from 12-20 to 01-15 fails on 01-01.
        let stay = visit(
            "v-1",
            "2026-12-20",
            Some("2027-01-15"),
            None,
            "maternity-nurse",
        );
        let roster = std::slice::from_ref(&liu);
        assert_eq!(
            check(&stay, roster, &[], &c),
            vec![Refusal::Unavailable {
                staff: "w-liu".into(),
                why: Unavailable::NoCertificate {
                    kind: "健康证".into(),
                    day: d("2027-01-01")
                }
            }]
        );
        liu.avoided_by = vec!["c-1".into()];
        let roster = std::slice::from_ref(&liu);
        let short = visit("v-2", "2026-12-20", None, None, "house-cleaning");
        assert_eq!(
            check(&short, roster, &[], &c),
            vec![Refusal::Avoided {
                staff: "w-liu".into(),
                client: "c-1".into()
            }]
        );
    }

    #[test]
    fn series_dates_keep_the_day_of_month_clamped() {
        let monthly = occurrences(d("2026-01-31"), Repeat::Monthly, SeriesEnd::Count(4)).unwrap();
        assert_eq!(
            monthly,
            vec![
                d("2026-01-31"),
                d("2026-02-28"),
                d("2026-03-31"),
                d("2026-04-30")
            ]
        );
        let weekly = occurrences(
            d("2026-12-01"),
            Repeat::Weekly,
            SeriesEnd::Until(d("2026-12-22")),
        )
        .unwrap();
        assert_eq!(
            weekly,
            vec![
                d("2026-12-01"),
                d("2026-12-08"),
                d("2026-12-15"),
                d("2026-12-22")
            ],
            "until is inclusive"
        );
        let biweekly = occurrences(d("2026-12-01"), Repeat::Biweekly, SeriesEnd::Count(3)).unwrap();
        assert_eq!(biweekly.last(), Some(&d("2026-12-29")));
        assert!(
            occurrences(d("2026-12-01"), Repeat::Weekly, SeriesEnd::Count(0))
                .unwrap()
                .is_empty()
        );
        assert!(
            occurrences(
                d("2026-12-01"),
                Repeat::Weekly,
                SeriesEnd::Until(d("2026-11-30"))
            )
            .unwrap()
            .is_empty()
        );
        assert!(occurrences(d("2026-12-01"), Repeat::Weekly, SeriesEnd::Count(10_000)).is_err());
        // Leap years: 2028-02-29.
        let leap = occurrences(d("2028-01-29"), Repeat::Monthly, SeriesEnd::Count(2)).unwrap();
        assert_eq!(leap[1], d("2028-02-29"));
        assert_eq!(
            shift(d("2026-12-26"), d("2026-12-01"), d("2027-01-01")),
            d("2027-01-26")
        );
    }
}
