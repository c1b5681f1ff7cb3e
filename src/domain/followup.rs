//! The follow-up record (回访记录): one attempt to reach a client after service.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::FieldError;
use super::action::ActionItem;
use super::config::Config;
use super::edit::{Editable, Linked, not_after_today, optional, set_linked_field, split_list};
use super::limits::{self, check_len};
use super::survey::parse_score;

pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Phone,
    Wechat,
    Sms,
    Visit,
    Questionnaire,
}

impl Channel {
    pub fn parse(s: &str) -> Result<Channel, String> {
        match s.trim().to_lowercase().as_str() {
            "phone" | "电话" => Ok(Channel::Phone),
            "wechat" | "微信" => Ok(Channel::Wechat),
            "sms" | "短信" => Ok(Channel::Sms),
            "visit" | "上门" | "回访上门" => Ok(Channel::Visit),
            "questionnaire" | "问卷" => Ok(Channel::Questionnaire),
            _ => Err(crate::t!("followup-channel-expected")),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Channel::Phone => "phone",
            Channel::Wechat => "wechat",
            Channel::Sms => "sms",
            Channel::Visit => "visit",
            Channel::Questionnaire => "questionnaire",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Reached,
    NoAnswer,
}

impl Outcome {
    pub fn parse(s: &str) -> Result<Outcome, String> {
        match s.trim().to_lowercase().as_str() {
            "reached" | "接通" | "已联系" => Ok(Outcome::Reached),
            "no-answer" | "noanswer" | "no_answer" | "未接通" | "无人接听" => {
                Ok(Outcome::NoAnswer)
            }
            _ => Err(crate::t!("followup-outcome-expected")),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Outcome::Reached => "reached",
            Outcome::NoAnswer => "no-answer",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Followup {
    pub format: u32,
    pub id: String,
    pub client: String,
    #[serde(deserialize_with = "crate::domain::wire::date")]
    pub date: NaiveDate,
    pub channel: Channel,
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit: Option<String>,
    /// Quick satisfaction score 1–5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Action items (see `action`): plain strings until done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ActionItem>,
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub created: DateTime<FixedOffset>,
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub updated: DateTime<FixedOffset>,
    /// Fields two offices changed differently, settled by `hk resolve` (DESIGN §13).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<super::conflict::Conflict>,
}

/// The date of the latest of `followups` with this outcome.
pub fn latest(followups: &[&Followup], outcome: Outcome) -> Option<NaiveDate> {
    followups
        .iter()
        .filter(|f| f.outcome == outcome)
        .map(|f| f.date)
        .max()
}

impl Followup {
    /// The order follow-ups are listed in: by date, and on one date in the order they
    /// were logged (`created`), never by their random ids (the id settles a tie
    /// within one second, so the order is stable).
    pub fn order_key(&self) -> (NaiveDate, DateTime<FixedOffset>, &str) {
        (self.date, self.created, &self.id)
    }

    /// Checks the text a user typed: the notes and each action item are bounded.
    pub fn validate(&self) -> Result<(), FieldError> {
        check_len("notes", &self.notes, limits::NOTES)?;
        for a in &self.actions {
            check_len("action", &a.text, limits::LINE)?;
        }
        Ok(())
    }
}

impl Editable for Followup {
    /// Fields: client (an id), date, channel, outcome, visit (an id; empty drops the
    /// link), score (empty clears it), notes, actions (`;`-separated; they replace
    /// the old list).
    fn set_field(&mut self, field: &str, value: &str, today: NaiveDate) -> Result<(), FieldError> {
        let links = (&mut self.client, &mut self.date, &mut self.visit);
        if set_linked_field(field, value, today, links)? {
            return Ok(());
        }
        let bad = |e: String| FieldError::new(field, e);
        let v = value.trim();
        match field {
            "channel" => self.channel = Channel::parse(v).map_err(bad)?,
            "outcome" => self.outcome = Outcome::parse(v).map_err(bad)?,
            "score" => self.score = optional(v, parse_score, field)?,
            "notes" | "note" => self.notes = value.to_string(),
            "actions" | "action" => {
                self.actions = split_list(value, false)
                    .into_iter()
                    .map(ActionItem::new)
                    .collect()
            }
            _ => {
                return Err(FieldError::new(
                    field,
                    crate::t!("followup-field-not-settable"),
                ));
            }
        }
        Ok(())
    }

    fn check(&mut self, _config: &Config, today: NaiveDate) -> Result<(), FieldError> {
        FieldError::check_format(self.format, FORMAT)?;
        // The field a problem is about, by its record name (never translated).
        let broken = |field: &str, problem: String| FieldError::new(field, problem);
        if self.client.trim().is_empty() {
            return Err(broken("client", crate::t!("followup-client-empty")));
        }
        not_after_today(self.date, today)?;
        if self.score.is_some_and(|s| !(1..=5).contains(&s)) {
            return Err(broken("score", crate::t!("followup-score-range")));
        }
        self.actions.retain(|a| !a.text.trim().is_empty());
        self.validate()
    }

    super::edit::stamped!();
}

impl Linked for Followup {
    super::edit::linked_by_fields!();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::due::tests::followup;

    #[test]
    fn notes_and_actions_are_bounded() {
        let mut f = followup("2026-11-01", Outcome::Reached);
        f.notes = "说".repeat(limits::NOTES);
        f.actions = vec![ActionItem::new("办".repeat(limits::LINE))];
        f.validate().unwrap();
        f.notes.push('了');
        assert_eq!(f.validate().unwrap_err().field, "notes");
        f.notes.clear();
        f.actions
            .push(ActionItem::new("办".repeat(limits::LINE + 1)));
        assert_eq!(f.validate().unwrap_err().field, "action");
    }

    #[test]
    fn fields_are_set_from_text_and_checked() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let config = Config::default();
        let mut f = followup("2026-11-01", Outcome::Reached);
        f.set_field("outcome", "未接通", today).unwrap();
        f.set_field("score", "4", today).unwrap();
        f.set_field("actions", "问下月是否续约; 送清洁剂", today)
            .unwrap();
        f.set_field("visit", "v-7k2m9q4x", today).unwrap();
        assert_eq!(f.outcome, Outcome::NoAnswer);
        assert_eq!(f.score, Some(4));
        assert_eq!(f.actions, ["问下月是否续约", "送清洁剂"]);
        f.set_field("visit", "", today).unwrap();
        f.set_field("score", "", today).unwrap();
        assert_eq!((f.visit.as_deref(), f.score), (None, None));
        assert_eq!(f.set_field("score", "6", today).unwrap_err().field, "score");
        assert_eq!(
            f.set_field("colour", "red", today).unwrap_err().field,
            "colour"
        );
        f.set_field("date", "2026-11-23", today).unwrap();
        assert_eq!(f.check(&config, today).unwrap_err().field, "date");
    }
}
