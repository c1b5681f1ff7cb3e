//! Action items (待办, DESIGN §11): the `--action` texts of a follow-up are tasks.
//! Each has an id (`f-….N`, N from 1 in the follow-up's order), an optional due date
//! written after `@` (`问下月是否续约@2026-12-01`), and a done date. It is overdue from
//! the day after its due date while not done.
//!
//! In the record an action stays the plain string it always was until it is done;
//! then it becomes `{ text = "…", done = 2026-12-01 }`, so old follow-ups read and
//! write unchanged.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::date::parse_date;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionItem {
    /// As typed, with the due date (if any) normalised to `@YYYY-MM-DD`.
    pub text: String,
    pub done: Option<NaiveDate>,
}

impl ActionItem {
    pub fn new(text: impl Into<String>) -> ActionItem {
        ActionItem {
            text: text.into(),
            done: None,
        }
    }

    /// The text and the due date, split at the last `@` when what follows is a date.
    pub fn split(&self) -> (&str, Option<NaiveDate>) {
        if let Some((text, due)) = self.text.rsplit_once('@')
            && let Ok(d) = NaiveDate::parse_from_str(due.trim(), "%Y-%m-%d")
        {
            return (text.trim_end(), Some(d));
        }
        (self.text.as_str(), None)
    }

    pub fn due(&self) -> Option<NaiveDate> {
        self.split().1
    }

    /// Overdue from the day after its due date while not done.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.done.is_none() && self.due().is_some_and(|d| today > d)
    }
}

impl PartialEq<&str> for ActionItem {
    fn eq(&self, other: &&str) -> bool {
        self.done.is_none() && self.text == *other
    }
}

/// Reads an action as typed (`--action`): a due date after the last `@` (`@2026-12-01`,
/// `@tomorrow`, `@12月1日`…) is fixed to the date it means today. What follows `@`
/// and starts with a digit must be a date; other text after `@` (an e-mail address)
/// stays text.
pub fn parse_action(input: &str, today: NaiveDate) -> Result<ActionItem, String> {
    let input = input.trim();
    if input.is_empty() {
        return Err(crate::t!("action-empty"));
    }
    if let Some((text, due)) = input.rsplit_once('@') {
        let due = due.trim();
        match parse_date(due, today) {
            Ok(d) if !text.trim().is_empty() => {
                return Ok(ActionItem::new(format!("{}@{d}", text.trim_end())));
            }
            Ok(_) => return Err(crate::t!("action-due-without-text")),
            Err(e) if due.starts_with(|c: char| c.is_ascii_digit()) => {
                return Err(crate::t!("action-bad-due", problem = e.to_string()));
            }
            Err(_) => {}
        }
    }
    Ok(ActionItem::new(input))
}

/// An action id `f-….N`: the follow-up id (or prefix) and N.
pub fn parse_id(id: &str) -> Result<(String, usize), String> {
    let (followup, n) = id
        .trim()
        .rsplit_once('.')
        .ok_or_else(|| crate::t!("action-id-shape"))?;
    let n: usize = n
        .parse()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| crate::t!("action-bad-number", number = n))?;
    Ok((followup.to_lowercase(), n))
}

#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Repr {
    Text(String),
    Full(Full),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Full {
    text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    done: Option<NaiveDate>,
}

impl Serialize for ActionItem {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.done {
            None => s.serialize_str(&self.text),
            Some(done) => Full {
                text: self.text.clone(),
                done: Some(done),
            }
            .serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ActionItem {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ActionItem, D::Error> {
        Ok(match Repr::deserialize(d)? {
            Repr::Text(text) => ActionItem::new(text),
            Repr::Full(f) => ActionItem {
                text: f.text,
                done: f.done,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn due_dates_are_read_after_the_last_at_and_fixed() {
        let today = d("2026-11-22");
        let a = parse_action("问下月是否续约@2026-12-01", today).unwrap();
        assert_eq!(a.split(), ("问下月是否续约", Some(d("2026-12-01"))));
        assert_eq!(
            parse_action("送清洁剂@tomorrow", today).unwrap().text,
            "送清洁剂@2026-11-23"
        );
        assert_eq!(parse_action("发邮件 a@b.com", today).unwrap().due(), None);
        assert!(
            parse_action("回电@2026-13-01", today)
                .unwrap_err()
                .contains("not a date")
        );
        assert!(parse_action("@2026-12-01", today).is_err());
        assert!(parse_action(" ", today).is_err());
    }

    /// Due 2026-12-01: not overdue on the day, overdue from the day after, never once done.
    #[test]
    fn overdue_from_the_day_after_while_not_done() {
        let mut a = ActionItem::new("回电@2026-12-01");
        assert!(!a.is_overdue(d("2026-12-01")));
        assert!(a.is_overdue(d("2026-12-02")));
        a.done = Some(d("2026-12-03"));
        assert!(!a.is_overdue(d("2026-12-04")));
        assert!(
            !ActionItem::new("回电").is_overdue(d("2030-01-01")),
            "no due date"
        );
    }

    #[test]
    fn ids_and_the_record_form() {
        assert_eq!(parse_id("f-7k2m9q4x.2").unwrap(), ("f-7k2m9q4x".into(), 2));
        assert!(parse_id("f-7k2m9q4x").is_err());
        assert!(parse_id("f-7k2m9q4x.0").is_err());
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct R {
            actions: Vec<ActionItem>,
        }
        let mut done = ActionItem::new("回电@2026-12-01");
        done.done = Some(d("2026-12-02"));
        let r = R {
            actions: vec![ActionItem::new("送清洁剂"), done],
        };
        let text = toml::to_string(&r).unwrap();
        assert!(text.contains("\"送清洁剂\""), "{text}");
        assert_eq!(toml::from_str::<R>(&text).unwrap(), r);
        let old: R = toml::from_str("actions = [\"送清洁剂\"]").unwrap();
        assert_eq!(old.actions, ["送清洁剂"]);
    }
}
