//! Marketing consent as a history (DESIGN §12): every change — yes or no, the date it
//! was given or withdrawn, the channel, the evidence (`微信回复同意`) — is kept, and
//! the value on a day is the latest entry dated on or before it. No entry means no.
//!
//! In the client record the history is the array `[[consent]]`, an append-only log
//! for the merge driver (two offices' entries are both kept, ordered by date).
//! Records written before the history existed hold one table `[consent]`
//! (`marketing`, `date`, `channel`); they are read as a history of that one entry
//! (none when it was the default "no" with no date), so the format number stays 1.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

use super::FieldError;
use super::limits::{self, check_len};

/// One decision of the client about marketing messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentEntry {
    /// Yes: marketing messages may be sent from `date` on. No: they may not (a
    /// refusal, or a withdrawal of an earlier yes).
    pub marketing: bool,
    /// The day the client said so. Absent only in an entry carried over from a
    /// record of the old single-value form that had no date: it holds from the start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// How the client said it: wechat, phone, paper, sms, in person …
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub channel: String,
    /// What proves it (`微信回复同意`, `签字同意书`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
}

impl ConsentEntry {
    /// `2026-11-01 yes · wechat · 微信回复同意`, for listings.
    pub fn describe(&self) -> String {
        let mut parts = vec![format!(
            "{} {}",
            self.date
                .map_or_else(|| "(undated)".to_string(), |d| d.to_string()),
            yes_no(self.marketing)
        )];
        parts.extend(
            [&self.channel, &self.evidence]
                .into_iter()
                .filter(|s| !s.is_empty())
                .cloned(),
        );
        parts.join(" · ")
    }

    /// Checks the text fields and the date (never after `today`, when given).
    pub fn check(&mut self, today: Option<NaiveDate>) -> Result<(), FieldError> {
        self.channel = self.channel.trim().to_string();
        self.evidence = self.evidence.trim().to_string();
        check_len("consent_channel", &self.channel, limits::SHORT)?;
        check_len("consent_evidence", &self.evidence, limits::LINE)?;
        if self.channel.chars().any(char::is_control) {
            return Err(FieldError::new(
                "consent_channel",
                crate::t!("client-single-line"),
            ));
        }
        if let (Some(d), Some(today)) = (self.date, today)
            && d > today
        {
            return Err(FieldError::new(
                "consent_date",
                crate::t!(
                    "client-consent-after-today",
                    date = d.to_string(),
                    today = today.to_string()
                ),
            ));
        }
        Ok(())
    }
}

pub fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// The entry in force on `date`: the latest dated on or before it (an undated one
/// counts as the earliest; of two on one day, the one recorded later).
pub fn in_force(history: &[ConsentEntry], date: NaiveDate) -> Option<&ConsentEntry> {
    history
        .iter()
        .enumerate()
        .filter(|(_, e)| e.date.is_none_or(|d| d <= date))
        .max_by_key(|(i, e)| (e.date, *i))
        .map(|(_, e)| e)
}

/// Adds `entry` to the history, which stays in date order (an entry dated before
/// others goes before them; on one day, in the order recorded). An entry equal to
/// one already there adds nothing; returns whether it was added.
pub fn append(history: &mut Vec<ConsentEntry>, entry: ConsentEntry) -> bool {
    if history.contains(&entry) {
        return false;
    }
    history.push(entry);
    sort(history);
    true
}

/// Date order, stable (undated entries first).
pub fn sort(history: &mut [ConsentEntry]) {
    history.sort_by_key(|e| e.date);
}

/// Both histories, each entry once, in date order (a merge of two clients).
pub fn union(ours: &[ConsentEntry], theirs: &[ConsentEntry]) -> Vec<ConsentEntry> {
    let mut out = ours.to_vec();
    for e in theirs {
        if !out.contains(e) {
            out.push(e.clone());
        }
    }
    sort(&mut out);
    out
}

/// The single consent table of records written before the history.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OldConsent {
    marketing: bool,
    #[serde(default)]
    date: Option<NaiveDate>,
    #[serde(default)]
    channel: String,
}

/// Reads `consent` in either form (see the module comment): an array of entries, or
/// the old single table.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<ConsentEntry>, D::Error> {
    use serde::de::Error;
    let value = toml::Value::deserialize(d)?;
    if value.is_table() {
        let old = OldConsent::deserialize(value).map_err(D::Error::custom)?;
        if !old.marketing && old.date.is_none() && old.channel.is_empty() {
            return Ok(Vec::new());
        }
        return Ok(vec![ConsentEntry {
            marketing: old.marketing,
            date: old.date,
            channel: old.channel,
            evidence: String::new(),
        }]);
    }
    Vec::<ConsentEntry>::deserialize(value).map_err(D::Error::custom)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn entry(yes: bool, date: &str, channel: &str) -> ConsentEntry {
        ConsentEntry {
            marketing: yes,
            date: Some(d(date)),
            channel: channel.into(),
            evidence: String::new(),
        }
    }

    #[test]
    fn a_withdrawal_holds_from_its_date() {
        let mut h = Vec::new();
        assert!(append(&mut h, entry(true, "2026-03-01", "wechat")));
        assert!(append(&mut h, entry(false, "2026-10-15", "phone")));
        let on = |s: &str| in_force(&h, d(s)).is_some_and(|e| e.marketing);
        assert!(!on("2026-02-28"), "nothing before the first entry");
        assert!(on("2026-03-01"));
        assert!(on("2026-10-14"));
        assert!(!on("2026-10-15"), "withdrawn that day");
        assert!(!on("2027-01-01"));
    }

    #[test]
    fn a_backdated_entry_takes_its_place_and_same_day_entries_keep_their_order() {
        let mut h = vec![entry(true, "2026-05-01", "wechat")];
        append(&mut h, entry(false, "2026-04-01", "paper"));
        assert_eq!(h[0].date, Some(d("2026-04-01")));
        assert!(in_force(&h, d("2026-06-01")).unwrap().marketing);
        append(&mut h, entry(false, "2026-05-01", "phone"));
        assert!(!in_force(&h, d("2026-05-01")).unwrap().marketing);
        assert!(!append(&mut h, entry(false, "2026-05-01", "phone")), "once");
        assert_eq!(h.len(), 3);
    }

    #[test]
    fn an_undated_old_entry_holds_from_the_start() {
        let h = vec![ConsentEntry {
            marketing: true,
            date: None,
            channel: String::new(),
            evidence: String::new(),
        }];
        assert!(in_force(&h, d("2000-01-01")).unwrap().marketing);
    }

    #[test]
    fn the_union_keeps_both_sides_entries_in_date_order() {
        let ours = vec![entry(true, "2026-03-01", "wechat")];
        let theirs = vec![
            entry(true, "2026-03-01", "wechat"),
            entry(false, "2026-02-01", "phone"),
        ];
        let u = union(&ours, &theirs);
        assert_eq!(u.len(), 2);
        assert_eq!(u[0].channel, "phone");
    }

    #[test]
    fn check_refuses_a_future_date_and_long_text() {
        let today = d("2026-11-22");
        let mut e = entry(true, "2026-11-23", "wechat");
        assert_eq!(e.check(Some(today)).unwrap_err().field, "consent_date");
        let mut e = entry(true, "2026-11-22", "wechat");
        e.evidence = "同".repeat(limits::LINE + 1);
        assert_eq!(e.check(Some(today)).unwrap_err().field, "consent_evidence");
    }
}
