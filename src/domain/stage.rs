//! Lifecycle stages (DESIGN §5), computed at query time. First match wins:
//! churned, lead, new, at-risk, active.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use super::client::Client;
use super::config::Lifecycle;
use super::visit::Visit;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Lead,
    New,
    Active,
    AtRisk,
    Churned,
}

pub const ALL: [Stage; 5] = [
    Stage::Lead,
    Stage::New,
    Stage::Active,
    Stage::AtRisk,
    Stage::Churned,
];

impl Stage {
    pub fn key(self) -> &'static str {
        match self {
            Stage::Lead => "lead",
            Stage::New => "new",
            Stage::Active => "active",
            Stage::AtRisk => "at-risk",
            Stage::Churned => "churned",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Stage::Lead => "潜在 lead",
            Stage::New => "新客 new",
            Stage::Active => "活跃 active",
            Stage::AtRisk => "风险 at-risk",
            Stage::Churned => "流失 churned",
        }
    }

    pub fn parse(s: &str) -> Result<Stage, String> {
        ALL.into_iter()
            .find(|st| st.key() == s.trim().to_lowercase() || st.label().starts_with(s.trim()))
            .ok_or_else(|| crate::t!("visit-stage-expected"))
    }
}

/// A survey answer as far as stages care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SurveySignal {
    pub date: NaiveDate,
    /// When the answer was recorded: of two surveys on one date, the later one counts.
    pub created: DateTime<FixedOffset>,
    pub overall: Option<u8>,
    pub nps: Option<u8>,
}

/// The stage of one client on `today`. `visits` are the client's visits (any status);
/// `surveys` its survey answers.
pub fn stage(
    client: &Client,
    visits: &[&Visit],
    surveys: &[SurveySignal],
    today: NaiveDate,
    policy: &Lifecycle,
) -> Stage {
    let done = visits
        .iter()
        .filter(|v| v.is_done())
        .map(|v| v.effective_date());
    let (first, last) = done.fold(
        (None, None),
        |(f, l): (Option<NaiveDate>, Option<NaiveDate>), d| {
            (
                Some(f.map_or(d, |f| f.min(d))),
                Some(l.map_or(d, |l| l.max(d))),
            )
        },
    );
    let days_since = |d: NaiveDate| (today - d).num_days();
    if client.closed.is_some() || last.is_some_and(|l| days_since(l) > i64::from(policy.churn_days))
    {
        return Stage::Churned;
    }
    let (Some(first), Some(last)) = (first, last) else {
        return Stage::Lead;
    };
    if days_since(first) <= i64::from(policy.new_days) {
        return Stage::New;
    }
    let latest_survey = surveys
        .iter()
        .filter(|s| s.date >= last)
        .max_by_key(|s| (s.date, s.created));
    let poor = latest_survey
        .is_some_and(|s| s.overall.is_some_and(|o| o <= 2) || s.nps.is_some_and(|n| n <= 6));
    if days_since(last) > i64::from(policy.active_days) || poor {
        return Stage::AtRisk;
    }
    Stage::Active
}

/// `stage` with the client's complaints counted (DESIGN §11): an open or in-progress
/// complaint makes the client `at-risk`, a rule that comes right after `lead` (a new
/// client who complains is at risk; a churned one or a lead stays so).
pub fn stage_with_complaints(stage: Stage, open_complaint: bool) -> Stage {
    match stage {
        Stage::New | Stage::Active if open_complaint => Stage::AtRisk,
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::due::tests::{client, d, ts, visit};
    use crate::domain::visit::Status::*;

    fn st(visits: &[Visit], surveys: &[SurveySignal], today: &str) -> Stage {
        let v: Vec<&Visit> = visits.iter().collect();
        stage(&client(), &v, surveys, d(today), &Lifecycle::default())
    }

    #[test]
    fn each_stage_at_its_thresholds() {
        let v = [visit("nanny", "2026-01-01", None, Done)];
        assert_eq!(st(&[], &[], "2026-01-01"), Stage::Lead);
        assert_eq!(
            st(
                &[visit("nanny", "2026-01-01", None, Scheduled)],
                &[],
                "2026-01-01"
            ),
            Stage::Lead
        );
        assert_eq!(st(&v, &[], "2026-01-31"), Stage::New, "30 days: still new");
        assert_eq!(st(&v, &[], "2026-02-01"), Stage::Active, "31 days");
        assert_eq!(
            st(&v, &[], "2026-04-01"),
            Stage::Active,
            "90 days since last"
        );
        assert_eq!(st(&v, &[], "2026-04-02"), Stage::AtRisk, "91 days");
        assert_eq!(st(&v, &[], "2026-06-30"), Stage::AtRisk, "180 days");
        assert_eq!(st(&v, &[], "2026-07-01"), Stage::Churned, "181 days");
    }

    #[test]
    fn an_open_complaint_comes_right_after_lead() {
        let table = [
            (Stage::Churned, Stage::Churned),
            (Stage::Lead, Stage::Lead),
            (Stage::New, Stage::AtRisk),
            (Stage::Active, Stage::AtRisk),
            (Stage::AtRisk, Stage::AtRisk),
        ];
        for (without, with) in table {
            assert_eq!(stage_with_complaints(without, true), with, "{without:?}");
            assert_eq!(stage_with_complaints(without, false), without);
        }
    }

    #[test]
    fn end_dates_and_closing() {
        let v = [visit(
            "maternity-nurse",
            "2026-01-01",
            Some("2026-01-26"),
            Done,
        )];
        assert_eq!(
            st(&v, &[], "2026-02-25"),
            Stage::New,
            "30 days after the end"
        );
        let mut c = client();
        c.closed = Some(crate::domain::client::Closed {
            date: d("2026-01-02"),
            reason: "搬家".into(),
        });
        assert_eq!(
            stage(&c, &[], &[], d("2026-01-03"), &Lifecycle::default()),
            Stage::Churned
        );
    }

    #[test]
    fn a_poor_survey_after_the_last_visit_means_at_risk() {
        let v = [
            visit("nanny", "2026-01-01", None, Done),
            visit("nanny", "2026-03-01", None, Done),
        ];
        let s = |date: &str, overall, nps| SurveySignal {
            date: d(date),
            created: ts(),
            overall,
            nps,
        };
        assert_eq!(
            st(&v, &[s("2026-03-02", Some(2), None)], "2026-03-10"),
            Stage::AtRisk
        );
        assert_eq!(
            st(&v, &[s("2026-03-02", Some(4), Some(6))], "2026-03-10"),
            Stage::AtRisk
        );
        assert_eq!(
            st(&v, &[s("2026-03-02", Some(4), Some(7))], "2026-03-10"),
            Stage::Active
        );
        // Only the latest survey since the last visit counts.
        let later_good = [
            s("2026-03-02", Some(1), None),
            s("2026-03-05", Some(5), Some(10)),
        ];
        assert_eq!(st(&v, &later_good, "2026-03-10"), Stage::Active);
        // Two on one day: the one recorded later counts, in whatever order they come.
        let at = |t: &str| DateTime::parse_from_rfc3339(t).unwrap();
        let poor_at_nine = SurveySignal {
            created: at("2026-03-05T09:00:00+08:00"),
            ..s("2026-03-05", Some(1), None)
        };
        let good_at_ten = SurveySignal {
            created: at("2026-03-05T10:00:00+08:00"),
            ..s("2026-03-05", Some(5), Some(10))
        };
        assert_eq!(
            st(&v, &[good_at_ten, poor_at_nine], "2026-03-10"),
            Stage::Active
        );
        assert_eq!(
            st(&v, &[poor_at_nine, good_at_ten], "2026-03-10"),
            Stage::Active
        );
        // A poor survey before the last visit is forgotten.
        assert_eq!(
            st(&v, &[s("2026-02-01", Some(1), Some(0))], "2026-03-10"),
            Stage::Active
        );
        // New beats a poor survey (first match wins).
        let fresh = [visit("nanny", "2026-03-01", None, Done)];
        assert_eq!(
            st(&fresh, &[s("2026-03-02", Some(1), None)], "2026-03-10"),
            Stage::New
        );
    }
}
