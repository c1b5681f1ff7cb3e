//! DESIGN.md §5, lifecycle stages, checked against hand-computed tables: the
//! thresholds at their boundaries, configured thresholds, first match wins, a poor
//! latest survey, multi-day engagements. The defaults and the constructors are in
//! `due_rules`.

use crate::due_rules::{
    HC, MN, client, closed_client, d, do_not_contact_client, done, done_span, stamp, visit,
};
use hk::domain::client::Client;
use hk::domain::config::Lifecycle;
use hk::domain::stage::{Stage, SurveySignal, stage};
use hk::domain::visit::{Status, Visit};

fn survey(date: &str, overall: Option<u8>, nps: Option<u8>) -> SurveySignal {
    SurveySignal {
        date: d(date),
        created: stamp(),
        overall,
        nps,
    }
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
