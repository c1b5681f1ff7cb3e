//! Dispatch (派单) and the staff figures (DESIGN §10): who can be sent, ranked with
//! the reasons, and what each staff member's visits, surveys and complaints add up
//! to. Pure: the caller hands in the roster, the visits, and the surveys and
//! complaints with their visits.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{Days, NaiveDate, NaiveTime};

use super::booking;
use super::client::Client;
use super::config::Config;
use super::satisfaction::{Figures, figures};
use super::staff::Staff;
use super::survey::Survey;
use super::visit::{Status, Visit};

/// What the office asks for: a day (and maybe an end and a time), a category, maybe
/// a client, the skills wanted.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub date: NaiveDate,
    pub end: Option<NaiveDate>,
    pub time: Option<NaiveTime>,
    pub category: String,
    pub client: Option<&'a Client>,
    pub skills: Vec<String>,
}

/// One staff member who can go, and the reasons of her rank, in the order they count.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate<'a> {
    pub staff: &'a Staff,
    /// (1) Served this client before, with no survey of overall ≤ 2 from those visits.
    pub served_before: bool,
    /// (2) The district of hers that appears in the client's address.
    pub district: Option<String>,
    /// (3) Her scheduled or done visits on the day already.
    pub booked_that_day: usize,
    /// (4) Mean overall score of the surveys dated within the 180 days before the day
    /// whose visit she worked (`None`: no survey, which ranks as 0).
    pub mean_overall: Option<f64>,
}

/// Every active staff member who can be booked for `req` (the booking rules, her
/// categories, every skill asked, the client's do-not-send list), best first.
/// `surveys` come with the visit each is related to.
pub fn suggest<'a>(
    req: &Request<'_>,
    roster: &'a [Staff],
    visits: &[&Visit],
    surveys: &[(&Survey, Option<&Visit>)],
    config: &Config,
) -> Vec<Candidate<'a>> {
    // The visit she would be booked on, checked by the booking rules.
    let probe = |staff: &Staff| Visit {
        end: req.end,
        time: req.time,
        staff: vec![staff.id.clone()],
        ..Visit::new(
            req.client.map(|c| c.id.clone()).unwrap_or_default(),
            req.category.clone(),
            req.date,
            chrono::DateTime::UNIX_EPOCH.fixed_offset(),
        )
    };
    let window_start = req
        .date
        .checked_sub_days(Days::new(180))
        .unwrap_or(NaiveDate::MIN);
    let mut out: Vec<Candidate<'a>> = roster
        .iter()
        .filter(|s| s.categories.contains(&req.category))
        .filter(|s| req.skills.iter().all(|k| s.skills.contains(k)))
        .filter(|s| {
            let v = probe(s);
            booking::check(&v, std::slice::from_ref(*s), visits, config).is_empty()
        })
        .map(|s| {
            let worked = |v: &Visit| v.staff.contains(&s.id);
            let served_before = req.client.is_some_and(|c| {
                let mine: HashSet<&str> = visits
                    .iter()
                    .filter(|v| v.client == c.id && v.status == Status::Done && worked(v))
                    .map(|v| v.id.as_str())
                    .collect();
                !mine.is_empty()
                    && !surveys.iter().any(|(sv, v)| {
                        v.is_some_and(|v| mine.contains(v.id.as_str()))
                            && sv.overall().is_some_and(|o| o <= 2)
                    })
            });
            let district = req.client.and_then(|c| {
                s.districts
                    .iter()
                    .find(|d| !d.is_empty() && c.address.contains(d.as_str()))
                    .cloned()
            });
            let booked_that_day = visits
                .iter()
                .filter(|v| booking::occupies(v) && worked(v))
                .filter(|v| v.date <= req.date && req.date <= v.effective_date())
                .count();
            let scores: Vec<f64> = surveys
                .iter()
                .filter(|(sv, v)| {
                    sv.date >= window_start && sv.date < req.date && v.is_some_and(worked)
                })
                .filter_map(|(sv, _)| sv.overall().map(f64::from))
                .collect();
            let mean_overall =
                (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
            Candidate {
                staff: s,
                served_before,
                district,
                booked_that_day,
                mean_overall,
            }
        })
        .collect();
    out.sort_by(rank);
    out
}

/// The order of §10: served before, covers the district, fewer visits that day, higher
/// mean overall (none counts as 0), then name by code point (then id, for a stable
/// order between namesakes).
pub fn rank(a: &Candidate<'_>, b: &Candidate<'_>) -> Ordering {
    let mean = |c: &Candidate<'_>| c.mean_overall.unwrap_or(0.0);
    b.served_before
        .cmp(&a.served_before)
        .then_with(|| b.district.is_some().cmp(&a.district.is_some()))
        .then_with(|| a.booked_that_day.cmp(&b.booked_that_day))
        .then_with(|| mean(b).total_cmp(&mean(a)))
        .then_with(|| a.staff.name.cmp(&b.staff.name))
        .then_with(|| a.staff.id.cmp(&b.staff.id))
}

/// One staff member's figures over a period (`hk report staff`).
#[derive(Debug, Clone, PartialEq)]
pub struct StaffFigures {
    pub done_visits: usize,
    pub clients: usize,
    /// Clients she served on two or more distinct visit start dates.
    pub repeat_clients: usize,
    /// Satisfaction (§6) over the surveys whose related visit she worked.
    pub satisfaction: Figures,
    /// Complaints (§11) whose related visit she worked.
    pub complaints: usize,
    /// Complaints per 100 done visits; `None` without a done visit.
    pub complaints_per_100: Option<f64>,
}

/// The figures of the staff entry `who` (an id or a free-text name) over the done
/// visits, the surveys and the complaints given (already limited to the period by the
/// caller; a complaint comes as its related visit, if it has one).
pub fn staff_figures(
    who: &str,
    visits: &[&Visit],
    surveys: &[(&Survey, Option<&Visit>)],
    complaints: &[Option<&Visit>],
    dims: &[String],
) -> StaffFigures {
    let done: Vec<&&Visit> = visits
        .iter()
        .filter(|v| v.status == Status::Done && v.staff.iter().any(|s| s == who))
        .collect();
    // Each client's visit dates, gathered in one pass (a scan of her visits per client
    // took 7 s for five names at the reference size).
    let mut dates_of: HashMap<&str, BTreeSet<NaiveDate>> = HashMap::new();
    for v in &done {
        dates_of
            .entry(v.client.as_str())
            .or_default()
            .insert(v.date);
    }
    let repeat_clients = dates_of.values().filter(|dates| dates.len() >= 2).count();
    let hers: Vec<&Survey> = surveys
        .iter()
        .filter(|(_, v)| v.is_some_and(|v| v.staff.iter().any(|s| s == who)))
        .map(|(s, _)| *s)
        .collect();
    let complaints = complaints
        .iter()
        .filter(|v| v.is_some_and(|v| v.staff.iter().any(|s| s == who)))
        .count();
    let complaints_per_100 =
        (!done.is_empty()).then(|| complaints as f64 * 100.0 / done.len() as f64);
    StaffFigures {
        done_visits: done.len(),
        clients: dates_of.len(),
        repeat_clients,
        satisfaction: figures(&hers, dims),
        complaints,
        complaints_per_100,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::due::tests::{client as make_client, visit as make_visit};
    use crate::domain::staff::tests::{d, staff};

    fn visit(id: &str, client: &str, date: &str, staff: &str, status: Status) -> Visit {
        let mut v = make_visit("house-cleaning", date, None, status);
        v.id = id.into();
        v.client = client.into();
        v.staff = vec![staff.into()];
        v
    }

    fn survey(id: &str, date: &str, overall: u8) -> Survey {
        let mut s: Survey = crate::store::parse_record(&format!(
            "format = 1\nid = \"{id}\"\nclient = \"c-1\"\ndate = \"{date}\"\nchannel = \"phone\"\n\
             created = \"2026-01-01T09:00:00+08:00\"\nupdated = \"2026-01-01T09:00:00+08:00\"\n[scores]\n"
        ))
        .unwrap();
        s.scores.insert("overall".into(), overall);
        s
    }

    /// A hand-computed table: five candidates, each rule deciding one place.
    #[test]
    fn ranking_follows_the_five_rules_in_order() {
        let config = Config::default();
        let mut client = make_client();
        client.id = "c-1".into();
        client.address = "上海市浦东新区张江路88号".into();
        let mut a = staff("w-a", "赵阿姨"); // served c-1 before, no district
        let mut b = staff("w-b", "钱阿姨"); // served c-1, but a survey of 2 on that visit
        b.districts = vec!["浦东新区".into()];
        let mut c = staff("w-c", "孙阿姨"); // covers 浦东, one visit that day
        c.districts = vec!["浦东新区".into()];
        let mut e = staff("w-e", "李阿姨"); // covers 浦东, free, mean 4.0
        e.districts = vec!["浦东".into()];
        let f = staff("w-f", "周阿姨"); // nothing, mean none (0)
        let g = staff("w-g", "吴阿姨"); // nothing, mean 3.0
        let h = staff("w-h", "陈阿姨"); // on the do-not-send list: out
        let mut h = h;
        h.avoided_by = vec!["c-1".into()];
        let mut i = staff("w-i", "郑阿姨"); // no nanny skill asked? wrong category: out
        i.categories = vec!["nanny".into()];
        for s in [&mut a, &mut b, &mut c, &mut e] {
            s.skills = vec!["保洁".into()];
        }
        let roster = vec![
            f.clone(),
            g.clone(),
            e.clone(),
            c.clone(),
            b.clone(),
            a.clone(),
            h,
            i,
        ];
        let mut morning = visit("v-3", "c-9", "2026-12-01", "w-c", Status::Scheduled);
        morning.time = NaiveTime::from_hms_opt(8, 0, 0); // 08:00–11:00, before 13:00
        let visits = [
            visit("v-1", "c-1", "2026-10-01", "w-a", Status::Done),
            visit("v-2", "c-1", "2026-10-02", "w-b", Status::Done),
            morning,
            visit("v-4", "c-9", "2026-11-01", "w-e", Status::Done),
            visit("v-5", "c-9", "2026-11-02", "w-g", Status::Done),
        ];
        let (s2, s4, s3, s_old) = (
            survey("s-1", "2026-10-03", 2),
            survey("s-2", "2026-11-02", 4),
            survey("s-3", "2026-11-03", 3),
            survey("s-4", "2026-05-01", 5),
        );
        let surveys = [
            (&s2, Some(&visits[1])),
            (&s4, Some(&visits[3])),
            (&s3, Some(&visits[4])),
            // Older than 180 days before 12-01: does not count for 李阿姨.
            (&s_old, Some(&visits[3])),
        ];
        let vrefs: Vec<&Visit> = visits.iter().collect();
        let req = Request {
            date: d("2026-12-01"),
            end: None,
            time: Some(NaiveTime::from_hms_opt(13, 0, 0).unwrap()),
            category: "house-cleaning".into(),
            client: Some(&client),
            skills: vec![],
        };
        let got = suggest(&req, &roster, &vrefs, &surveys, &config);
        let order: Vec<&str> = got.iter().map(|c| c.staff.id.as_str()).collect();
        // a served before; e, b and c cover the district, c has a visit that day, and
        // e's mean 4.0 beats b's 2.0; g (3.0) beats f (none, as 0). h and i are out.
        assert_eq!(order, ["w-a", "w-e", "w-b", "w-c", "w-g", "w-f"]);
        assert!(got[0].served_before && got[0].district.is_none());
        assert!(!got[2].served_before, "a survey of 2 on that visit");
        assert_eq!(got[2].mean_overall, Some(2.0));
        assert_eq!(
            got[1].mean_overall,
            Some(4.0),
            "the old survey is out of the window"
        );
        assert_eq!(got[3].booked_that_day, 1);
        assert_eq!(
            (got[4].mean_overall, got[5].mean_overall),
            (Some(3.0), None)
        );
        // A skill asked for leaves only those who have it.
        let req = Request {
            skills: vec!["保洁".into()],
            ..req
        };
        let got = suggest(&req, &roster, &vrefs, &surveys, &config);
        assert_eq!(got.len(), 4);
        // With nothing else to tell them apart, names decide, by code point.
        let req = Request {
            client: None,
            skills: vec![],
            ..req
        };
        let two = [f.clone(), g.clone()];
        let got = suggest(&req, &two, &[], &[], &config);
        let order: Vec<&str> = got.iter().map(|c| c.staff.name.as_str()).collect();
        assert_eq!(order, ["吴阿姨", "周阿姨"], "吴 U+5434 before 周 U+5468");
    }

    #[test]
    fn staff_figures_count_visits_clients_repeats_and_surveys() {
        let visits = [
            visit("v-1", "c-1", "2026-10-01", "w-a", Status::Done),
            visit("v-2", "c-1", "2026-10-01", "w-a", Status::Done),
            visit("v-3", "c-1", "2026-10-08", "w-a", Status::Done),
            visit("v-4", "c-2", "2026-10-09", "w-a", Status::Done),
            visit("v-5", "c-3", "2026-10-10", "w-a", Status::Cancelled),
            visit("v-6", "c-3", "2026-10-10", "w-b", Status::Done),
        ];
        let vrefs: Vec<&Visit> = visits.iter().collect();
        let (s5, s3) = (
            survey("s-1", "2026-10-02", 5),
            survey("s-2", "2026-10-10", 3),
        );
        let surveys = [(&s5, Some(&visits[0])), (&s3, Some(&visits[5]))];
        // Two complaints about w-a's visits (one about her cancelled one: it still
        // names her), one about w-b's, one with no visit.
        let complaints = [Some(&visits[2]), Some(&visits[4]), Some(&visits[5]), None];
        let dims = ["overall".to_string()];
        let f = staff_figures("w-a", &vrefs, &surveys, &complaints, &dims);
        assert_eq!((f.done_visits, f.clients, f.repeat_clients), (4, 2, 1));
        assert_eq!(f.satisfaction.responses, 1);
        assert_eq!(f.satisfaction.means["overall"], Some(5.0));
        assert_eq!(f.satisfaction.csat_pct, Some(100.0));
        // 2 complaints over 4 done visits: 50 per 100.
        assert_eq!((f.complaints, f.complaints_per_100), (2, Some(50.0)));
        let f = staff_figures("w-b", &vrefs, &surveys, &complaints, &dims);
        assert_eq!((f.done_visits, f.clients, f.repeat_clients), (1, 1, 0));
        assert_eq!(f.satisfaction.csat_pct, Some(0.0));
        assert_eq!((f.complaints, f.complaints_per_100), (1, Some(100.0)));
        // No done visit: the rate is NA, not 0 or infinite.
        let f = staff_figures("w-c", &vrefs, &surveys, &complaints, &dims);
        assert_eq!((f.complaints, f.complaints_per_100), (0, None));
    }
}
