//! The survey response (满意度调查): scores per configured dimension, NPS, a comment.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::FieldError;
use super::config::Config;
use super::edit::{Editable, Linked, not_after_today, optional, set_linked_field};
use super::limits::{self, check_len};
use super::visit::Visit;

pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Phone,
    Online,
    Paper,
    Interview,
}

impl Channel {
    pub fn parse(s: &str) -> Result<Channel, String> {
        match s.trim().to_lowercase().as_str() {
            "phone" | "电话" => Ok(Channel::Phone),
            "online" | "网络" | "在线" | "线上" | "问卷星" | "微信" => {
                Ok(Channel::Online)
            }
            "paper" | "纸质" | "纸质问卷" => Ok(Channel::Paper),
            "interview" | "面谈" | "上门" | "访谈" => Ok(Channel::Interview),
            _ => Err(crate::t!("survey-channel-expected")),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Channel::Phone => "phone",
            Channel::Online => "online",
            Channel::Paper => "paper",
            Channel::Interview => "interview",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Survey {
    pub format: u32,
    pub id: String,
    /// Empty only for a response imported explicitly as anonymous.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub client: String,
    #[serde(deserialize_with = "crate::domain::wire::date")]
    pub date: NaiveDate,
    pub channel: Channel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit: Option<String>,
    /// NPS, 0–10 (would you recommend us to a friend?).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nps: Option<u8>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// For imported rows: the file it came from (its name only) and the row's
    /// fingerprint, used to skip it when the file is imported again.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source_file: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub created: DateTime<FixedOffset>,
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub updated: DateTime<FixedOffset>,
    /// 1–5 per dimension key (`overall`, `attitude` …); unanswered ones are absent.
    #[serde(default)]
    pub scores: BTreeMap<String, u8>,
    /// Fields two offices changed differently, settled by `hk resolve` (DESIGN §13).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<super::conflict::Conflict>,
}

impl Survey {
    /// The order surveys are listed in: by date, then in the order they were entered
    /// or imported (`created`), then by id.
    pub fn order_key(&self) -> (NaiveDate, DateTime<FixedOffset>, &str) {
        (self.date, self.created, &self.id)
    }

    pub fn overall(&self) -> Option<u8> {
        self.scores.get("overall").copied()
    }

    /// Checks scores against the configured dimensions and ranges.
    pub fn validate(&self, config: &Config) -> Result<(), FieldError> {
        FieldError::check_format(self.format, FORMAT)?;
        for (k, v) in &self.scores {
            if !config.survey.dimensions.iter().any(|d| &d.key == k) {
                return Err(FieldError::new(
                    k.clone(),
                    crate::t!("survey-not-a-dimension"),
                ));
            }
            if !(1..=5).contains(v) {
                return Err(FieldError::new(k.clone(), crate::t!("survey-score-range")));
            }
        }
        if self.nps.is_some_and(|n| n > 10) {
            let field = "nps";
            return Err(FieldError::new(field, crate::t!("survey-nps-range")));
        }
        check_len("comment", &self.comment, limits::NOTES)
    }
}

impl Editable for Survey {
    /// Fields: client (an id), date, channel, visit (an id; empty drops the link), nps
    /// and each dimension's score (`overall`, or `scores.overall`; empty clears them),
    /// comment.
    fn set_field(&mut self, field: &str, value: &str, today: NaiveDate) -> Result<(), FieldError> {
        let links = (&mut self.client, &mut self.date, &mut self.visit);
        if set_linked_field(field, value, today, links)? {
            return Ok(());
        }
        let v = value.trim();
        match field {
            "channel" => self.channel = Channel::parse(v).map_err(|e| FieldError::new(field, e))?,
            "nps" => self.nps = optional(v, parse_nps, field)?,
            "comment" => self.comment = v.to_string(),
            "source_file" | "fingerprint" | "id" | "created" | "updated" | "format" => {
                return Err(FieldError::new(field, crate::t!("survey-cannot-change")));
            }
            dim => {
                // Any other name is a dimension; `check` refuses one the config lacks.
                let key = dim.strip_prefix("scores.").unwrap_or(dim).to_string();
                match optional(v, parse_score, field)? {
                    Some(n) => self.scores.insert(key, n),
                    None => self.scores.remove(&key),
                };
            }
        }
        Ok(())
    }

    fn check(&mut self, config: &Config, today: NaiveDate) -> Result<(), FieldError> {
        not_after_today(self.date, today)?;
        self.comment = self.comment.trim().to_string();
        self.validate(config)
    }

    super::edit::stamped!();
}

impl Linked for Survey {
    super::edit::linked_by_fields!();

    fn fits(&self, visit: &Visit) -> Result<(), String> {
        check_survey_visit(visit, self.date).map_err(|e| e.to_string())
    }
}

/// The visit a survey is about: the given one, else the client's `done` visit with
/// the latest start date on or before the survey date (DESIGN §3).
pub fn related_visit<'a>(survey_date: NaiveDate, client_visits: &[&'a Visit]) -> Option<&'a Visit> {
    client_visits
        .iter()
        .filter(|v| v.is_done() && v.date <= survey_date)
        .max_by(|a, b| a.order_key().cmp(&b.order_key()))
        .copied()
}

/// Why a visit cannot be the one a survey is about. A survey asks about a service that
/// took place, so its visit is `done` and started on or before the survey's date: the
/// visits `related_visit` chooses from when none is given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnfitVisit {
    #[error("{}", crate::t!("survey-visit-not-done", id = .id, status = .status.to_string()))]
    NotDone { id: String, status: &'static str },
    #[error("{}", crate::t!("survey-visit-after", id = .id, start = .start.to_string(), date = .date.to_string()))]
    AfterSurvey {
        id: String,
        start: NaiveDate,
        date: NaiveDate,
    },
}

/// Checks that `visit` can be the one a survey dated `survey_date` is about.
pub fn check_survey_visit(visit: &Visit, survey_date: NaiveDate) -> Result<(), UnfitVisit> {
    if !visit.is_done() {
        return Err(UnfitVisit::NotDone {
            id: visit.id.clone(),
            status: visit.status.key(),
        });
    }
    if visit.date > survey_date {
        return Err(UnfitVisit::AfterSurvey {
            id: visit.id.clone(),
            start: visit.date,
            date: survey_date,
        });
    }
    Ok(())
}

/// A 1–5 score typed by hand.
pub fn parse_score(s: &str) -> Result<u8, String> {
    whole_number_in(s, 1, 5)
}

/// An NPS answer typed by hand.
pub fn parse_nps(s: &str) -> Result<u8, String> {
    whole_number_in(s, 0, 10)
}

/// A whole number from `min` to `max`; a number outside says it is out of range
/// (`-1`, `11`), anything else that it is not a whole number.
fn whole_number_in(s: &str, min: u8, max: u8) -> Result<u8, String> {
    let s = s.trim();
    match s.parse::<i64>() {
        Ok(n) if (i64::from(min)..=i64::from(max)).contains(&n) => Ok(n as u8),
        Ok(n) => Err(crate::t!(
            "survey-out-of-range",
            n = n,
            min = min,
            max = max
        )),
        Err(_) => Err(crate::t!("survey-not-whole-number", min = min, max = max)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::due::tests::{d, visit};
    use crate::domain::visit::Status::*;

    #[test]
    fn scores_nps_and_links_are_set_from_text() {
        let today = d("2026-11-22");
        let config = Config::default();
        let mut s = Survey {
            conflicts: Vec::new(),
            format: FORMAT,
            id: "s-00000000".into(),
            client: "c-00000000".into(),
            date: d("2026-11-01"),
            channel: Channel::Phone,
            visit: None,
            nps: Some(9),
            comment: String::new(),
            source_file: String::new(),
            fingerprint: String::new(),
            created: crate::domain::due::tests::ts(),
            updated: crate::domain::due::tests::ts(),
            scores: BTreeMap::from([("overall".to_string(), 5)]),
        };
        s.set_field("overall", "2", today).unwrap();
        s.set_field("scores.attitude", "4", today).unwrap();
        s.set_field("nps", "", today).unwrap();
        s.set_field("comment", " 阿姨迟到了 ", today).unwrap();
        s.check(&config, today).unwrap();
        assert_eq!(s.overall(), Some(2));
        assert_eq!(s.scores.get("attitude"), Some(&4));
        assert_eq!((s.nps, s.comment.as_str()), (None, "阿姨迟到了"));
        s.set_field("attitude", "", today).unwrap();
        assert!(!s.scores.contains_key("attitude"));
        assert_eq!(s.set_field("nps", "11", today).unwrap_err().field, "nps");
        assert_eq!(
            s.set_field("fingerprint", "x", today).unwrap_err().field,
            "fingerprint"
        );
        s.set_field("colour", "3", today).unwrap();
        assert_eq!(s.check(&config, today).unwrap_err().field, "colour");
    }

    #[test]
    fn the_related_visit_is_the_latest_done_one_started_by_the_survey_date() {
        let mut a = visit("nanny", "2026-10-01", None, Done);
        a.id = "v-a".into();
        let mut b = visit("nanny", "2026-11-01", Some("2026-11-26"), Done);
        b.id = "v-b".into();
        let mut c = visit("nanny", "2026-11-10", None, Cancelled);
        c.id = "v-c".into();
        let mut e = visit("nanny", "2026-11-20", None, Done);
        e.id = "v-e".into();
        let all = [&a, &b, &c, &e];
        assert_eq!(
            related_visit(d("2026-11-15"), &all).unwrap().id,
            "v-b",
            "start date counts, not end"
        );
        assert_eq!(
            related_visit(d("2026-11-20"), &all).unwrap().id,
            "v-e",
            "same day counts"
        );
        assert_eq!(related_visit(d("2026-10-15"), &all).unwrap().id, "v-a");
        assert!(related_visit(d("2026-09-30"), &all).is_none());
    }

    #[test]
    fn a_comment_is_bounded() {
        let mut s = Survey {
            conflicts: Vec::new(),
            format: FORMAT,
            id: "s-00000000".into(),
            client: String::new(),
            date: d("2026-11-01"),
            channel: Channel::Paper,
            visit: None,
            nps: Some(9),
            comment: "好".repeat(limits::NOTES),
            source_file: String::new(),
            fingerprint: String::new(),
            created: crate::domain::due::tests::ts(),
            updated: crate::domain::due::tests::ts(),
            scores: BTreeMap::new(),
        };
        s.validate(&Config::default()).unwrap();
        s.comment.push('！');
        let e = s.validate(&Config::default()).unwrap_err();
        assert_eq!(e.field, "comment");
        assert!(e.problem.contains("10000"), "{e}");
    }

    #[test]
    fn a_survey_visit_is_done_and_started_by_the_survey_date() {
        let survey_date = d("2026-11-20");
        // A month of nanny work that began before the survey counts, though it ends later.
        let month = visit("nanny", "2026-11-01", Some("2026-11-26"), Done);
        assert_eq!(check_survey_visit(&month, survey_date), Ok(()));
        let same_day = visit("nanny", "2026-11-20", None, Done);
        assert_eq!(check_survey_visit(&same_day, survey_date), Ok(()));
        let later = visit("nanny", "2026-11-21", None, Done);
        let e = check_survey_visit(&later, survey_date).unwrap_err();
        assert_eq!(
            e.to_string(),
            "visit v-00000000 starts on 2026-11-21, after the survey's date 2026-11-20"
        );
        for (status, key) in [
            (Scheduled, "scheduled"),
            (Cancelled, "cancelled"),
            (NoShow, "no-show"),
        ] {
            let v = visit("nanny", "2026-11-10", None, status);
            let e = check_survey_visit(&v, survey_date).unwrap_err();
            assert_eq!(
                e,
                UnfitVisit::NotDone {
                    id: "v-00000000".into(),
                    status: key
                }
            );
            assert!(
                e.to_string().contains(&format!("is {key}, not done")),
                "{e}"
            );
        }
    }

    #[test]
    fn hand_typed_scores() {
        assert_eq!(parse_score("5"), Ok(5));
        assert!(
            parse_score("0").is_err() && parse_score("6").is_err() && parse_score("五").is_err()
        );
        assert_eq!(parse_nps("0"), Ok(0));
        assert!(parse_nps("11").is_err());
    }
}
