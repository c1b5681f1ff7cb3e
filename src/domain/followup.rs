//! The follow-up record (回访记录): one attempt to reach a client after service.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::FieldError;
use super::limits::{self, check_len};

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
            _ => Err("expected phone, wechat, sms, visit or questionnaire".into()),
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
            _ => Err("expected reached or no-answer".into()),
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<String>,
    pub created: DateTime<FixedOffset>,
    pub updated: DateTime<FixedOffset>,
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
            check_len("action", a, limits::LINE)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::due::tests::followup;

    #[test]
    fn notes_and_actions_are_bounded() {
        let mut f = followup("2026-11-01", Outcome::Reached);
        f.notes = "说".repeat(limits::NOTES);
        f.actions = vec!["办".repeat(limits::LINE)];
        f.validate().unwrap();
        f.notes.push('了');
        assert_eq!(f.validate().unwrap_err().field, "notes");
        f.notes.clear();
        f.actions.push("办".repeat(limits::LINE + 1));
        assert_eq!(f.validate().unwrap_err().field, "action");
    }
}
