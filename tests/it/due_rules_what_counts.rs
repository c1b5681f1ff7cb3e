//! DESIGN.md §4, what a follow-up's due date counts, checked against hand-computed
//! tables: several categories, only done visits, multi-day engagements, and clients
//! that are never due. The defaults and the constructors are in `due_rules`.

use crate::due_rules::{
    DueCase, HC, MN, NANNY, case, check_due, client, closed_client, do_not_contact_client, done,
    done_span, due, no_answer, reached, visit,
};
use hk::domain::config::Config;
use hk::domain::due::Reason;
use hk::domain::visit::Status;

/// The default policy with §10's in-service check-ins off: the §4 tables below test
/// the follow-up rules alone (the check-in has its own tests in `domain::due`).
fn without_checkins() -> Config {
    let mut c = Config::default();
    for cat in &mut c.categories {
        cat.checkin_days = Some(0);
    }
    c
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
