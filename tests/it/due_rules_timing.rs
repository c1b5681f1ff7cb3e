//! DESIGN.md §4, when a follow-up falls due, checked against hand-computed tables:
//! periodic follow-ups in calendar months, the first follow-up, unanswered attempts
//! and config overrides. The defaults and the constructors are in `due_rules`.

use crate::due_rules::{HC, MN, NANNY, case, check_due, done, due, no_answer, reached};
use hk::domain::config::Config;
use hk::domain::due::Reason;

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
