//! DESIGN.md §4 (when a follow-up is due) and §5 (lifecycle stages), checked against
//! hand-computed tables by a second, independent reader of the contract.
//!
//! Every case is one row: the client's visits and follow-ups (or surveys), and the
//! answer worked out by hand from the DESIGN text, with the arithmetic in a comment.
//! A table runs every row and reports all wrong rows at once, so one failure never
//! hides another.
//!
//! Defaults (DESIGN §3, `Config::default()`): first follow-up 7 days after the first
//! done service for every category; then every 3 months (house-cleaning, nanny) or
//! 6 months (maternity-nurse); retry 2 days after an unanswered call. Stages: churn
//! 180 days, new 30 days, active 90 days.

use chrono::{DateTime, FixedOffset, NaiveDate};
use hk::domain::client::{Client, Closed};
use hk::domain::config::{Config, Lifecycle};
use hk::domain::due::{Due, Reason, client_due};
use hk::domain::followup::{Channel, Followup, Outcome};
use hk::domain::stage::{Stage, SurveySignal, stage};
use hk::domain::visit::{Status, Visit};

const HC: &str = "house-cleaning";
const NANNY: &str = "nanny";
const MN: &str = "maternity-nurse";

// ---------------------------------------------------------------------------------
// Small constructors
// ---------------------------------------------------------------------------------

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn stamp() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").expect("test stamp")
}

fn client() -> Client {
    Client::new("c-duerules".to_string(), stamp())
}

fn do_not_contact_client() -> Client {
    let mut c = client();
    c.do_not_contact = true;
    c
}

fn closed_client() -> Client {
    let mut c = client();
    c.closed = Some(Closed {
        date: d("2026-02-01"),
        reason: "moved away".to_string(),
    });
    c
}

fn visit(category: &str, date: &str, end: Option<&str>, status: Status) -> Visit {
    Visit {
        conflicts: Vec::new(),
        format: 1,
        id: format!("v-{category}-{date}"),
        client: "c-duerules".to_string(),
        category: category.to_string(),
        date: d(date),
        end: end.map(d),
        time: None,
        staff: Vec::new(),
        status,
        price: None,
        payment: None,
        products: String::new(),
        issues: String::new(),
        notes: String::new(),
        series: None,
        created: stamp(),
        updated: stamp(),
    }
}

/// A one-day `done` visit.
fn done(category: &str, date: &str) -> Visit {
    visit(category, date, None, Status::Done)
}

/// A multi-day `done` engagement from `start` to `end`.
fn done_span(category: &str, start: &str, end: &str) -> Visit {
    visit(category, start, Some(end), Status::Done)
}

fn followup(date: &str, outcome: Outcome) -> Followup {
    Followup {
        conflicts: Vec::new(),
        format: 1,
        id: format!("f-{date}"),
        client: "c-duerules".to_string(),
        date: d(date),
        channel: Channel::Phone,
        outcome,
        visit: None,
        score: None,
        notes: String::new(),
        actions: Vec::new(),
        created: stamp(),
        updated: stamp(),
    }
}

fn reached(date: &str) -> Followup {
    followup(date, Outcome::Reached)
}

fn no_answer(date: &str) -> Followup {
    followup(date, Outcome::NoAnswer)
}

fn due(date: &str, reason: Reason, category: &str) -> Option<Due> {
    Some(Due {
        date: d(date),
        reason,
        category: category.to_string(),
    })
}

fn survey(date: &str, overall: Option<u8>, nps: Option<u8>) -> SurveySignal {
    SurveySignal {
        date: d(date),
        created: stamp(),
        overall,
        nps,
    }
}

/// The default config with one category's policy changed.
fn config_with(category: &str, first_days: u32, every_months: u32, retry_days: u32) -> Config {
    let mut config = Config::default();
    let cat = config
        .categories
        .iter_mut()
        .find(|c| c.key == category)
        .expect("default category");
    cat.first_followup_days = first_days;
    cat.followup_every_months = every_months;
    config.followup.retry_days = retry_days;
    config
}

// ---------------------------------------------------------------------------------
// Table runners
// ---------------------------------------------------------------------------------

struct DueCase {
    name: &'static str,
    client: Client,
    visits: Vec<Visit>,
    followups: Vec<Followup>,
    want: Option<Due>,
}

fn case(
    name: &'static str,
    visits: Vec<Visit>,
    followups: Vec<Followup>,
    want: Option<Due>,
) -> DueCase {
    DueCase {
        name,
        client: client(),
        visits,
        followups,
        want,
    }
}

/// The default policy with §10's in-service check-ins off: the §4 tables below test
/// the follow-up rules alone (the check-in has its own tests in `domain::due`).
fn without_checkins() -> Config {
    let mut c = Config::default();
    for cat in &mut c.categories {
        cat.checkin_days = Some(0);
    }
    c
}

/// Runs every row, then fails once listing every wrong row. Returns the number of
/// assertions made (one per row).
fn check_due(config: &Config, cases: Vec<DueCase>) -> usize {
    let mut wrong = Vec::new();
    for c in &cases {
        let visits: Vec<&Visit> = c.visits.iter().collect();
        let followups: Vec<&Followup> = c.followups.iter().collect();
        let got = client_due(&c.client, &visits, &followups, config);
        if got != c.want {
            wrong.push(format!(
                "  {}:\n    want {:?}\n    got  {:?}",
                c.name, c.want, got
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} due cases wrong:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
    cases.len()
}

struct StageCase {
    name: &'static str,
    client: Client,
    visits: Vec<Visit>,
    surveys: Vec<SurveySignal>,
    want: Stage,
}

fn stage_case(
    name: &'static str,
    visits: Vec<Visit>,
    surveys: Vec<SurveySignal>,
    want: Stage,
) -> StageCase {
    StageCase {
        name,
        client: client(),
        visits,
        surveys,
        want,
    }
}

/// All stage tables are evaluated on this day. Hand arithmetic (verified):
/// today − 30 = 2026-06-01, − 31 = 2026-05-31, − 90 = 2026-04-02, − 91 = 2026-04-01,
/// − 180 = 2026-01-02, − 181 = 2026-01-01.
const TODAY: &str = "2026-07-01";

fn check_stage(policy: &Lifecycle, cases: Vec<StageCase>) -> usize {
    let mut wrong = Vec::new();
    for c in &cases {
        let visits: Vec<&Visit> = c.visits.iter().collect();
        let got = stage(&c.client, &visits, &c.surveys, d(TODAY), policy);
        if got != c.want {
            wrong.push(format!("  {}: want {:?}, got {:?}", c.name, c.want, got));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} stage cases wrong:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
    cases.len()
}

// ---------------------------------------------------------------------------------
// §4 — periodic follow-ups in calendar months, clamped at month ends
// ---------------------------------------------------------------------------------

#[test]
fn periodic_due_adds_calendar_months_clamped_to_month_end() {
    let n = check_due(
        &Config::default(),
        vec![
            // R = 31 Aug 2026 (after F = 1 Aug); +3 months → 31 Nov does not exist → 30 Nov.
            case(
                "31 Aug + 3 months",
                vec![done(HC, "2026-08-01")],
                vec![reached("2026-08-31")],
                due("2026-11-30", Reason::Periodic, HC),
            ),
            // R = 30 Nov 2026; +3 months → 30 Feb 2027 does not exist → 28 Feb (not leap).
            case(
                "30 Nov + 3 months (DESIGN's own example)",
                vec![done(HC, "2026-11-01")],
                vec![reached("2026-11-30")],
                due("2027-02-28", Reason::Periodic, HC),
            ),
            // R = 31 Jan 2026; +3 months → 30 Apr. Stepping one month at a time would
            // clamp to 28 Feb first and wrongly land on 28 Apr.
            case(
                "31 Jan + 3 months is 30 Apr, not 28 Apr",
                vec![done(NANNY, "2026-01-05")],
                vec![reached("2026-01-31")],
                due("2026-04-30", Reason::Periodic, NANNY),
            ),
            // R = 29 Feb 2028 (leap day); +3 months → 29 May (keep the day, not month end).
            case(
                "29 Feb 2028 + 3 months is 29 May, not 31 May",
                vec![done(HC, "2028-02-01")],
                vec![reached("2028-02-29")],
                due("2028-05-29", Reason::Periodic, HC),
            ),
            // maternity-nurse: every 6 months. R = 31 Aug 2026 → 31 Feb 2027 → 28 Feb.
            case(
                "maternity 31 Aug 2026 + 6 months",
                vec![done(MN, "2026-08-01")],
                vec![reached("2026-08-31")],
                due("2027-02-28", Reason::Periodic, MN),
            ),
            // R = 31 Aug 2027 → 31 Feb 2028 → 29 Feb (2028 is a leap year).
            case(
                "maternity 31 Aug 2027 + 6 months lands on leap day",
                vec![done(MN, "2027-08-01")],
                vec![reached("2027-08-31")],
                due("2028-02-29", Reason::Periodic, MN),
            ),
            // R is the LATEST reached follow-up (given out of order): 10 Apr, not 1 Feb.
            // 10 Apr 2026 + 3 months = 10 Jul 2026.
            case(
                "latest reached counts, any order",
                vec![done(HC, "2026-01-10")],
                vec![reached("2026-04-10"), reached("2026-02-01")],
                due("2026-07-10", Reason::Periodic, HC),
            ),
        ],
    );
    assert_eq!(n, 7);
}

// ---------------------------------------------------------------------------------
// §4 — the first follow-up
// ---------------------------------------------------------------------------------

#[test]
fn first_followup_is_seven_days_after_the_first_done_visit() {
    let n = check_due(
        &Config::default(),
        vec![
            // Done visits 20 Mar, 5 Apr, 10 Mar (unordered). F = earliest = 10 Mar;
            // 10 Mar + 7 days = 17 Mar. (The latest visit would give 12 Apr.)
            case(
                "first, not latest, done visit",
                vec![
                    done(HC, "2026-03-20"),
                    done(HC, "2026-04-05"),
                    done(HC, "2026-03-10"),
                ],
                vec![],
                due("2026-03-17", Reason::First, HC),
            ),
            // 28 Dec 2026 + 7 days: 31 Dec is +3, 1 Jan +4, 4 Jan 2027 is +7.
            case(
                "across the year boundary",
                vec![done(HC, "2026-12-28")],
                vec![],
                due("2027-01-04", Reason::First, HC),
            ),
            // 25 Feb 2028 + 7 days: 29 Feb is +4, 1 Mar +5, 3 Mar is +7.
            case(
                "across a leap day",
                vec![done(NANNY, "2028-02-25")],
                vec![],
                due("2028-03-03", Reason::First, NANNY),
            ),
            // 25 Feb 2027 + 7 days: 28 Feb is +3, 1 Mar +4, 4 Mar is +7 (no leap day).
            case(
                "across end of February, common year",
                vec![done(NANNY, "2027-02-25")],
                vec![],
                due("2027-03-04", Reason::First, NANNY),
            ),
            // maternity-nurse also waits 7 days for the first call: 1 Aug → 8 Aug.
            case(
                "maternity first follow-up",
                vec![done(MN, "2026-08-01")],
                vec![],
                due("2026-08-08", Reason::First, MN),
            ),
        ],
    );
    assert_eq!(n, 5);
}

#[test]
fn reached_before_first_service_is_ignored_same_day_counts() {
    let n = check_due(
        &Config::default(),
        vec![
            // R = 1 May is before F = 10 May → base is F + 7 = 17 May, reason first.
            case(
                "reached before the first service",
                vec![done(HC, "2026-05-10")],
                vec![reached("2026-05-01")],
                due("2026-05-17", Reason::First, HC),
            ),
            // R = 10 May equals F = 10 May: not "before" → periodic, R + 3 months = 10 Aug.
            case(
                "reached on the day of the first service",
                vec![done(HC, "2026-05-10")],
                vec![reached("2026-05-10")],
                due("2026-08-10", Reason::Periodic, HC),
            ),
            // R = 1 May before F = 10 May (→ base 17 May, first); the no-answer on 16 May
            // is later than R, so due = max(17 May, 16 May + 2 = 18 May) = 18 May, retry.
            case(
                "reached before service, then a later no-answer",
                vec![done(HC, "2026-05-10")],
                vec![reached("2026-05-01"), no_answer("2026-05-16")],
                due("2026-05-18", Reason::Retry, HC),
            ),
        ],
    );
    assert_eq!(n, 3);
}

// ---------------------------------------------------------------------------------
// §4 — unanswered attempts
// ---------------------------------------------------------------------------------

#[test]
fn no_answer_pushes_the_due_date_only_when_it_moves_it() {
    let n = check_due(
        &Config::default(),
        vec![
            // F = 1 Mar → base 8 Mar (first). No R; A = 4 Mar → 6 Mar < 8 Mar: unchanged.
            case(
                "no-answer well before the first due date",
                vec![done(HC, "2026-03-01")],
                vec![no_answer("2026-03-04")],
                due("2026-03-08", Reason::First, HC),
            ),
            // A = 6 Mar → 8 Mar == base 8 Mar: max does not move it → still first.
            case(
                "no-answer whose retry equals the base date",
                vec![done(HC, "2026-03-01")],
                vec![no_answer("2026-03-06")],
                due("2026-03-08", Reason::First, HC),
            ),
            // A = 7 Mar → 9 Mar > base 8 Mar → moved: 9 Mar, retry.
            case(
                "no-answer one day before the first due date",
                vec![done(HC, "2026-03-01")],
                vec![no_answer("2026-03-07")],
                due("2026-03-09", Reason::Retry, HC),
            ),
            // A = 12 Mar (after base 8 Mar) → 14 Mar, retry.
            case(
                "no-answer after the first due date",
                vec![done(HC, "2026-03-01")],
                vec![no_answer("2026-03-12")],
                due("2026-03-14", Reason::Retry, HC),
            ),
            // Several no-answers (unordered): the latest, 12 Mar, counts → 14 Mar.
            // Using the earliest (9 Mar → 11 Mar) would be wrong.
            case(
                "several no-answers: the latest counts",
                vec![done(HC, "2026-03-01")],
                vec![
                    no_answer("2026-03-12"),
                    no_answer("2026-03-09"),
                    no_answer("2026-03-10"),
                ],
                due("2026-03-14", Reason::Retry, HC),
            ),
            // R = 1 Feb (F = 10 Jan) → base 1 May (periodic). A = 15 Mar (after R)
            // → 17 Mar < 1 May: unchanged, periodic.
            case(
                "no-answer before the periodic due date",
                vec![done(HC, "2026-01-10")],
                vec![reached("2026-02-01"), no_answer("2026-03-15")],
                due("2026-05-01", Reason::Periodic, HC),
            ),
            // Same, A = 2 May → 4 May > 1 May → retry 4 May.
            case(
                "no-answer after the periodic due date",
                vec![done(HC, "2026-01-10")],
                vec![reached("2026-02-01"), no_answer("2026-05-02")],
                due("2026-05-04", Reason::Retry, HC),
            ),
            // A = 20 Jan is older than R = 1 Feb → ignored; base 1 May periodic.
            case(
                "no-answer older than the latest reached",
                vec![done(HC, "2026-01-10")],
                vec![no_answer("2026-01-20"), reached("2026-02-01")],
                due("2026-05-01", Reason::Periodic, HC),
            ),
            // Latest no-answer is 3 Aug, after R = 1 Feb and after base 1 May
            // → 5 Aug retry; the older no-answer of 20 Jan plays no part.
            case(
                "no-answers on both sides of R: the latest counts",
                vec![done(HC, "2026-01-10")],
                vec![
                    no_answer("2026-08-03"),
                    reached("2026-02-01"),
                    no_answer("2026-01-20"),
                ],
                due("2026-08-05", Reason::Retry, HC),
            ),
            // A no-answer with no reached and no done visit: a lead → never due.
            case(
                "no-answer only, no done visit: a lead",
                vec![],
                vec![no_answer("2026-03-04")],
                None,
            ),
            // A reached follow-up but no done visit: still a lead.
            case(
                "reached only, no done visit: a lead",
                vec![],
                vec![reached("2026-03-04"), no_answer("2026-03-05")],
                None,
            ),
        ],
    );
    assert_eq!(n, 11);
}

#[test]
fn no_answer_not_later_than_reached_is_ignored_even_when_it_would_matter() {
    // With the defaults an ignored no-answer can never push past R + months, so use a
    // policy where it could: first 7 days, every 1 month, retry 40 days.
    let config = config_with(HC, 7, 1, 40);
    let n = check_due(
        &config,
        vec![
            // R = 10 Mar (F = 1 Mar) → base 10 Apr periodic. A = 9 Mar is before R
            // → ignored. (Counted, it would give 9 Mar + 40 = 18 Apr.)
            case(
                "no-answer the day before R",
                vec![done(HC, "2026-03-01")],
                vec![reached("2026-03-10"), no_answer("2026-03-09")],
                due("2026-04-10", Reason::Periodic, HC),
            ),
            // A on the same day as R is not "later than R" → ignored → 10 Apr.
            // (Counted, 10 Mar + 40 = 19 Apr.)
            case(
                "no-answer on the same day as R",
                vec![done(HC, "2026-03-01")],
                vec![reached("2026-03-10"), no_answer("2026-03-10")],
                due("2026-04-10", Reason::Periodic, HC),
            ),
            // A = 11 Mar is later than R → 11 Mar + 40 = 20 Apr > 10 Apr → retry.
            case(
                "no-answer the day after R",
                vec![done(HC, "2026-03-01")],
                vec![reached("2026-03-10"), no_answer("2026-03-11")],
                due("2026-04-20", Reason::Retry, HC),
            ),
            // R = 5 Feb is before F = 1 Mar → first, base 8 Mar. A = 1 Feb is older
            // than R → ignored. (Counted: 1 Feb + 40 = 13 Mar, retry.)
            case(
                "no-answer older than an R that itself precedes F",
                vec![done(HC, "2026-03-01")],
                vec![no_answer("2026-02-01"), reached("2026-02-05")],
                due("2026-03-08", Reason::First, HC),
            ),
        ],
    );
    assert_eq!(n, 4);
}

// ---------------------------------------------------------------------------------
// §4 — several categories
// ---------------------------------------------------------------------------------

#[test]
fn earliest_category_wins_and_brings_its_reason() {
    let n = check_due(
        &Config::default(),
        vec![
            // R = 1 May. house-cleaning: F = 5 Jan ≤ R → 1 May + 3 months = 1 Aug (periodic).
            // maternity: F = 20 Jun is after R → first, 20 Jun + 7 = 27 Jun. Earliest: 27 Jun.
            case(
                "second category starting after R is due first",
                vec![done(HC, "2026-01-05"), done(MN, "2026-06-20")],
                vec![reached("2026-05-01")],
                due("2026-06-27", Reason::First, MN),
            ),
            // R = 15 Mar; house-cleaning 15 Jun, maternity (6 months) 15 Sep.
            // The maternity visit comes first in the slice; the earliest date still wins.
            case(
                "earliest periodic category wins regardless of order",
                vec![done(MN, "2026-02-01"), done(HC, "2026-02-10")],
                vec![reached("2026-03-15")],
                due("2026-06-15", Reason::Periodic, HC),
            ),
            // No R. house-cleaning F = 10 Apr → 17 Apr; nanny F = 2 Apr → 9 Apr. Nanny wins.
            case(
                "two first follow-ups: earliest wins",
                vec![done(HC, "2026-04-10"), done(NANNY, "2026-04-02")],
                vec![],
                due("2026-04-09", Reason::First, NANNY),
            ),
            // R = 15 Mar: HC 15 Jun, MN 15 Sep. A = 1 Jul (after R):
            // HC = max(15 Jun, 3 Jul) = 3 Jul (retry); MN = max(15 Sep, 3 Jul) = 15 Sep.
            // Earliest: 3 Jul, retry, house-cleaning.
            case(
                "retry applies per category; earliest wins",
                vec![done(HC, "2026-02-10"), done(MN, "2026-02-01")],
                vec![reached("2026-03-15"), no_answer("2026-07-01")],
                due("2026-07-03", Reason::Retry, HC),
            ),
            // R = 15 Mar: HC 15 Jun, MN 15 Sep. A = 10 Sep (after R):
            // HC = max(15 Jun, 12 Sep) = 12 Sep (retry); MN = max(15 Sep, 12 Sep) = 15 Sep
            // (periodic, unmoved). Earliest: 12 Sep, retry, house-cleaning.
            case(
                "retry moves the earlier category but not past the later one",
                vec![done(HC, "2026-02-10"), done(MN, "2026-02-01")],
                vec![reached("2026-03-15"), no_answer("2026-09-10")],
                due("2026-09-12", Reason::Retry, HC),
            ),
        ],
    );
    assert_eq!(n, 5);
}

// ---------------------------------------------------------------------------------
// §4 — only done visits count; multi-day engagements
// ---------------------------------------------------------------------------------

#[test]
fn only_done_visits_count() {
    let n = check_due(
        &without_checkins(),
        vec![
            // Cancelled 1 Mar, no-show 3 Mar, scheduled (past-dated) 2 Mar, done 10 Mar.
            // F = 10 Mar → 17 Mar. Counting any of the others would give 8–10 Mar.
            case(
                "earlier cancelled/no-show/scheduled visits are skipped",
                vec![
                    visit(HC, "2026-03-01", None, Status::Cancelled),
                    visit(HC, "2026-03-03", None, Status::NoShow),
                    visit(HC, "2026-03-02", None, Status::Scheduled),
                    done(HC, "2026-03-10"),
                ],
                vec![],
                due("2026-03-17", Reason::First, HC),
            ),
            // A nanny category with only a cancelled visit (1 Mar → would be 8 Mar) is not
            // a category "with at least one done visit"; house-cleaning F = 10 Mar → 17 Mar.
            case(
                "a category with only a cancelled visit is not considered",
                vec![
                    visit(NANNY, "2026-03-01", None, Status::Cancelled),
                    done(HC, "2026-03-10"),
                ],
                vec![],
                due("2026-03-17", Reason::First, HC),
            ),
            case(
                "only cancelled, no-show and scheduled visits: never due",
                vec![
                    visit(HC, "2026-03-01", None, Status::Cancelled),
                    visit(NANNY, "2026-03-03", None, Status::NoShow),
                    visit(HC, "2026-03-05", None, Status::Scheduled),
                ],
                vec![no_answer("2026-03-06")],
                None,
            ),
            case(
                "only a future scheduled visit: never due",
                vec![visit(
                    MN,
                    "2030-01-01",
                    Some("2030-01-26"),
                    Status::Scheduled,
                )],
                vec![reached("2026-03-06")],
                None,
            ),
        ],
    );
    assert_eq!(n, 4);
}

#[test]
fn multi_day_engagement_counts_from_its_end_date() {
    let n = check_due(
        &without_checkins(),
        vec![
            // 26-day maternity stay 1–26 Jul: F = 26 Jul (end) → 26 Jul + 7 = 2 Aug.
            case(
                "maternity engagement: first follow-up after the end",
                vec![done_span(MN, "2026-07-01", "2026-07-26")],
                vec![],
                due("2026-08-02", Reason::First, MN),
            ),
            // Stay 10 Dec 2026 – 4 Jan 2027: F = 4 Jan 2027 → 11 Jan 2027.
            case(
                "engagement across the year boundary",
                vec![done_span(MN, "2026-12-10", "2027-01-04")],
                vec![],
                due("2027-01-11", Reason::First, MN),
            ),
            // R = 15 Jul lies inside the stay (1–26 Jul): R before F = 26 Jul → first,
            // 2 Aug. (Using the start date would make it periodic: 15 Jul + 6 months.)
            case(
                "reached during the engagement is before F",
                vec![done_span(MN, "2026-07-01", "2026-07-26")],
                vec![reached("2026-07-15")],
                due("2026-08-02", Reason::First, MN),
            ),
            // Reached on the end day (26 Jul) = F → periodic, 26 Jul + 6 months = 26 Jan 2027.
            case(
                "reached on the end day counts",
                vec![done_span(MN, "2026-07-01", "2026-07-26")],
                vec![reached("2026-07-26")],
                due("2027-01-26", Reason::Periodic, MN),
            ),
            // Two maternity visits: a stay 1–30 Jun (date 30 Jun) and a one-day visit 20 Jun.
            // By visit DATE (end date when there is one) the first done visit is 20 Jun
            // → 27 Jun. (Ordering by start would pick the stay: 30 Jun + 7 = 7 Jul.)
            case(
                "first done visit is the earliest by effective date",
                vec![
                    done_span(MN, "2026-06-01", "2026-06-30"),
                    done(MN, "2026-06-20"),
                ],
                vec![],
                due("2026-06-27", Reason::First, MN),
            ),
        ],
    );
    assert_eq!(n, 5);
}

// ---------------------------------------------------------------------------------
// §4 — clients that are never due
// ---------------------------------------------------------------------------------

#[test]
fn do_not_contact_and_closed_clients_are_never_due() {
    // Long overdue history (2025). For an ordinary client: R = 1 Feb 2025;
    // HC F = 10 Jan ≤ R → 1 May 2025 (periodic); MN F = 1 Mar > R → 8 Mar 2025 (first).
    // A = 1 Apr 2025 (after R) → 3 Apr: HC = max(1 May, 3 Apr) = 1 May (periodic),
    // MN = max(8 Mar, 3 Apr) = 3 Apr (retry). Earliest: 3 Apr 2025, retry, MN.
    let visits = || vec![done(HC, "2025-01-10"), done(MN, "2025-03-01")];
    let followups = || vec![reached("2025-02-01"), no_answer("2025-04-01")];
    let n = check_due(
        &Config::default(),
        vec![
            DueCase {
                name: "control: the same history on an ordinary client",
                client: client(),
                visits: visits(),
                followups: followups(),
                want: due("2025-04-03", Reason::Retry, MN),
            },
            DueCase {
                name: "do-not-contact",
                client: do_not_contact_client(),
                visits: visits(),
                followups: followups(),
                want: None,
            },
            DueCase {
                name: "closed",
                client: closed_client(),
                visits: visits(),
                followups: followups(),
                want: None,
            },
            DueCase {
                name: "closed and do-not-contact",
                client: {
                    let mut c = closed_client();
                    c.do_not_contact = true;
                    c
                },
                visits: visits(),
                followups: followups(),
                want: None,
            },
        ],
    );
    assert_eq!(n, 4);
}

// ---------------------------------------------------------------------------------
// §4 — config overrides
// ---------------------------------------------------------------------------------

#[test]
fn config_overrides_are_respected() {
    // house-cleaning: first after 3 days, then every month; retry after 5 days.
    let config = config_with(HC, 3, 1, 5);
    let n = check_due(
        &config,
        vec![
            // F = 10 Mar + 3 days = 13 Mar.
            case(
                "first_followup_days = 3",
                vec![done(HC, "2026-03-10")],
                vec![],
                due("2026-03-13", Reason::First, HC),
            ),
            // R = 31 Jan 2026 + 1 month → 28 Feb 2026.
            case(
                "followup_every_months = 1 from 31 Jan (common year)",
                vec![done(HC, "2026-01-05")],
                vec![reached("2026-01-31")],
                due("2026-02-28", Reason::Periodic, HC),
            ),
            // R = 31 Jan 2028 + 1 month → 29 Feb 2028 (leap).
            case(
                "followup_every_months = 1 from 31 Jan (leap year)",
                vec![done(HC, "2028-01-05")],
                vec![reached("2028-01-31")],
                due("2028-02-29", Reason::Periodic, HC),
            ),
            // F = 10 Mar → base 13 Mar. A = 9 Mar → 9 + 5 = 14 Mar > 13 Mar → retry.
            // (With the default 2 days, 11 Mar would not move it.)
            case(
                "retry_days = 5",
                vec![done(HC, "2026-03-10")],
                vec![no_answer("2026-03-09")],
                due("2026-03-14", Reason::Retry, HC),
            ),
            // Other categories keep their defaults. HC: 12 Mar + 3 = 15 Mar; nanny:
            // 10 Mar + 7 = 17 Mar (not 13 Mar, as HC's override would give) → HC 15 Mar.
            case(
                "overridden category vs default category",
                vec![done(NANNY, "2026-03-10"), done(HC, "2026-03-12")],
                vec![],
                due("2026-03-15", Reason::First, HC),
            ),
            // Nanny's periodic interval is still 3 months: R = 31 Aug → 30 Nov (HC's
            // 1-month override would give 30 Sep).
            case(
                "non-overridden category keeps 3 months",
                vec![done(NANNY, "2026-08-01")],
                vec![reached("2026-08-31")],
                due("2026-11-30", Reason::Periodic, NANNY),
            ),
        ],
    );
    assert_eq!(n, 6);

    // maternity-nurse with a 12-month interval: 29 Feb 2028 + 12 months → 28 Feb 2029.
    let config = config_with(MN, 7, 12, 2);
    let n = check_due(
        &config,
        vec![case(
            "followup_every_months = 12 from a leap day",
            vec![done(MN, "2028-02-01")],
            vec![reached("2028-02-29")],
            due("2029-02-28", Reason::Periodic, MN),
        )],
    );
    assert_eq!(n, 1);
}

// ---------------------------------------------------------------------------------
// §5 — lifecycle stages
// ---------------------------------------------------------------------------------

#[test]
fn stage_thresholds_at_their_exact_boundaries() {
    let policy = Lifecycle::default();
    let n = check_stage(
        &policy,
        vec![
            // new: first done visit "within 30 days": 1 Jun is exactly 30 days before
            // 1 Jul → new (inclusive).
            stage_case(
                "first done visit exactly 30 days ago is new",
                vec![done(HC, "2026-06-01")],
                vec![],
                Stage::New,
            ),
            // 31 May is 31 days ago → not new; last visit 31 days ago (≤ 90) → active.
            stage_case(
                "first done visit 31 days ago is active",
                vec![done(HC, "2026-05-31")],
                vec![],
                Stage::Active,
            ),
            // at-risk: last done visit "more than 90 days ago": 2 Apr is exactly 90 → active.
            stage_case(
                "last done visit exactly 90 days ago is active",
                vec![done(HC, "2026-01-20"), done(HC, "2026-04-02")],
                vec![],
                Stage::Active,
            ),
            // 1 Apr is 91 days ago → at-risk.
            stage_case(
                "last done visit 91 days ago is at-risk",
                vec![done(HC, "2026-01-20"), done(HC, "2026-04-01")],
                vec![],
                Stage::AtRisk,
            ),
            // churned: "more than 180 days ago": 2 Jan is exactly 180 → not churned, but
            // more than 90 → at-risk.
            stage_case(
                "last done visit exactly 180 days ago is at-risk",
                vec![done(HC, "2026-01-02")],
                vec![],
                Stage::AtRisk,
            ),
            // 1 Jan is 181 days ago → churned.
            stage_case(
                "last done visit 181 days ago is churned",
                vec![done(HC, "2026-01-01")],
                vec![],
                Stage::Churned,
            ),
            // The LAST done visit decides, not the first: first 2025-06-01 (far past),
            // last 20 Jun → first visit not within 30, last within 90 → active.
            stage_case(
                "an old client with a recent visit is active",
                vec![done(HC, "2026-06-20"), done(HC, "2025-06-01")],
                vec![],
                Stage::Active,
            ),
        ],
    );
    assert_eq!(n, 7);
}

#[test]
fn stage_configured_thresholds_are_respected() {
    let policy = Lifecycle {
        churn_days: 60,
        new_days: 7,
        active_days: 20,
    };
    let n = check_stage(
        &policy,
        vec![
            // new_days 7: 24 Jun is 7 days before 1 Jul → new.
            stage_case(
                "new_days = 7, inclusive",
                vec![done(HC, "2026-06-24")],
                vec![],
                Stage::New,
            ),
            // 23 Jun is 8 days → not new; ≤ 20 → active.
            stage_case(
                "new_days = 7, 8 days ago",
                vec![done(HC, "2026-06-23")],
                vec![],
                Stage::Active,
            ),
            // active_days 20: 10 Jun is 21 days ago → at-risk.
            stage_case(
                "active_days = 20, 21 days ago",
                vec![done(HC, "2026-06-10")],
                vec![],
                Stage::AtRisk,
            ),
            // churn_days 60: 2 May is 60 days ago → at-risk; 1 May is 61 → churned.
            stage_case(
                "churn_days = 60, exactly 60",
                vec![done(HC, "2026-05-02")],
                vec![],
                Stage::AtRisk,
            ),
            stage_case(
                "churn_days = 60, 61 days ago",
                vec![done(HC, "2026-05-01")],
                vec![],
                Stage::Churned,
            ),
        ],
    );
    assert_eq!(n, 5);
}

#[test]
fn stage_first_match_wins() {
    let policy = Lifecycle::default();
    let closed = |visits: Vec<Visit>, surveys: Vec<SurveySignal>| StageCase {
        name: "",
        client: closed_client(),
        visits,
        surveys,
        want: Stage::Churned,
    };
    let mut cases = vec![
        StageCase {
            name: "closed with a visit yesterday (would be new) is churned",
            ..closed(vec![done(HC, "2026-06-30")], vec![])
        },
        StageCase {
            name: "closed with no visit at all (would be a lead) is churned",
            ..closed(vec![], vec![])
        },
        StageCase {
            name: "closed with a poor survey is churned, not at-risk",
            ..closed(
                vec![done(HC, "2026-01-20"), done(HC, "2026-06-01")],
                vec![survey("2026-06-05", Some(1), Some(0))],
            )
        },
    ];
    cases.extend([
        // No done visit at all (scheduled, cancelled, no-show only) → lead.
        stage_case(
            "only non-done visits: lead",
            vec![
                visit(HC, "2026-06-20", None, Status::Cancelled),
                visit(HC, "2026-06-25", None, Status::NoShow),
                visit(HC, "2026-07-05", None, Status::Scheduled),
            ],
            vec![],
            Stage::Lead,
        ),
        stage_case("no visits at all: lead", vec![], vec![], Stage::Lead),
        // First done visit 20 Jun (11 days) → new, even with a poor survey after it.
        stage_case(
            "new beats a poor survey",
            vec![done(HC, "2026-06-20")],
            vec![survey("2026-06-25", Some(1), Some(0))],
            Stage::New,
        ),
        // Last done 1 Jan (181 days) → churned, even though a later cancelled visit
        // exists (cancelled never counts).
        stage_case(
            "a recent cancelled visit does not rescue a churned client",
            vec![
                done(HC, "2026-01-01"),
                visit(HC, "2026-06-20", None, Status::Cancelled),
            ],
            vec![],
            Stage::Churned,
        ),
        // do-not-contact is not a stage condition: recent regular client stays active.
        StageCase {
            name: "do-not-contact does not change the stage",
            client: do_not_contact_client(),
            visits: vec![done(HC, "2026-01-20"), done(HC, "2026-06-20")],
            surveys: vec![],
            want: Stage::Active,
        },
    ]);
    let n = check_stage(&policy, cases);
    assert_eq!(n, 8);
}

#[test]
fn stage_poor_latest_survey_since_last_visit_means_at_risk() {
    let policy = Lifecycle::default();
    // First done visit 15 Jan (not new), last done visit 1 May (61 days ago: ≤ 90, so
    // the time rule alone says active). Only the surveys decide.
    let v = || vec![done(HC, "2026-01-15"), done(HC, "2026-05-01")];
    let n = check_stage(
        &policy,
        vec![
            stage_case("control: no survey", v(), vec![], Stage::Active),
            stage_case(
                "overall 2 → at-risk",
                v(),
                vec![survey("2026-05-10", Some(2), None)],
                Stage::AtRisk,
            ),
            stage_case(
                "overall 3, no NPS → active",
                v(),
                vec![survey("2026-05-10", Some(3), None)],
                Stage::Active,
            ),
            stage_case(
                "overall 5 but NPS 6 → at-risk",
                v(),
                vec![survey("2026-05-10", Some(5), Some(6))],
                Stage::AtRisk,
            ),
            stage_case(
                "only NPS 6 (no overall) → at-risk",
                v(),
                vec![survey("2026-05-10", None, Some(6))],
                Stage::AtRisk,
            ),
            stage_case(
                "only NPS 7 (no overall) → active",
                v(),
                vec![survey("2026-05-10", None, Some(7))],
                Stage::Active,
            ),
            stage_case(
                "overall 3 and NPS 7 → active",
                v(),
                vec![survey("2026-05-10", Some(3), Some(7))],
                Stage::Active,
            ),
            stage_case(
                "NPS 0 → at-risk",
                v(),
                vec![survey("2026-05-10", Some(4), Some(0))],
                Stage::AtRisk,
            ),
            // "since the last done visit": a survey on the very day counts.
            stage_case(
                "poor survey on the day of the last done visit → at-risk",
                v(),
                vec![survey("2026-05-01", Some(1), None)],
                Stage::AtRisk,
            ),
            // A survey before the last done visit is about an older service → ignored.
            stage_case(
                "poor survey before the last done visit is ignored",
                v(),
                vec![survey("2026-04-30", Some(1), Some(0))],
                Stage::Active,
            ),
            // Latest survey (1 Jun, good) clears the earlier poor one (10 May). Given out
            // of order on purpose.
            stage_case(
                "a later good survey clears a poor one",
                v(),
                vec![
                    survey("2026-06-01", Some(5), Some(10)),
                    survey("2026-05-10", Some(1), Some(2)),
                ],
                Stage::Active,
            ),
            // The reverse: good 10 May, poor 1 Jun → latest is poor → at-risk.
            stage_case(
                "a later poor survey overrides a good one",
                v(),
                vec![
                    survey("2026-05-10", Some(5), Some(10)),
                    survey("2026-06-01", Some(2), Some(8)),
                ],
                Stage::AtRisk,
            ),
            // Poor before the last visit (20 Apr), good after (10 May) → active.
            stage_case(
                "poor survey before, good survey after the last visit",
                v(),
                vec![
                    survey("2026-04-20", Some(1), Some(0)),
                    survey("2026-05-10", Some(4), Some(9)),
                ],
                Stage::Active,
            ),
        ],
    );
    assert_eq!(n, 13);
}

#[test]
fn stage_uses_the_end_date_of_multi_day_engagements() {
    let policy = Lifecycle::default();
    let n = check_stage(
        &policy,
        vec![
            // Stay 1 Dec 2025 – 5 Jan 2026: last done = 5 Jan = 177 days ago → not
            // churned (≤ 180) but > 90 → at-risk. (Start date: 212 days → churned.)
            stage_case(
                "engagement ending 177 days ago is at-risk, not churned",
                vec![done_span(MN, "2025-12-01", "2026-01-05")],
                vec![],
                Stage::AtRisk,
            ),
            // Stay 20 May – 14 Jun: first done = 14 Jun = 17 days ago → new.
            // (Start date: 42 days → active.)
            stage_case(
                "engagement ending 17 days ago is new",
                vec![done_span(MN, "2026-05-20", "2026-06-14")],
                vec![],
                Stage::New,
            ),
            // Stay 1–26 Apr after a January visit: last done = 26 Apr (66 days). A poor
            // survey on 15 Apr (during the stay) is before the last visit's date → ignored
            // → active.
            stage_case(
                "poor survey during the engagement is before its date",
                vec![
                    done(HC, "2026-01-15"),
                    done_span(MN, "2026-04-01", "2026-04-26"),
                ],
                vec![survey("2026-04-15", Some(1), Some(0))],
                Stage::Active,
            ),
            // Same stay, poor survey on 28 Apr (after its end) → at-risk.
            stage_case(
                "poor survey after the engagement ends",
                vec![
                    done(HC, "2026-01-15"),
                    done_span(MN, "2026-04-01", "2026-04-26"),
                ],
                vec![survey("2026-04-28", Some(1), Some(0))],
                Stage::AtRisk,
            ),
        ],
    );
    assert_eq!(n, 4);
}
