//! The client record (客户档案) and the rules that keep it valid.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::FieldError;
use super::config::Config;
use super::consent::{self, ConsentEntry};
use super::edit::{Editable, optional_number, split_list};
use super::id_number::normalize_id_number;
use super::limits::{self, check_len};
use super::phone::{normalize_phone, phone_digits_key};
use super::tag::{normalize_tag, tag_matches};

/// The record format this version writes.
pub const FORMAT: u32 = 1;

/// One client: the file `clients/<id>.toml.age`.
///
/// Plain fields come first and tables last, so the TOML reads top to bottom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Client {
    pub format: u32,
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub wechat: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    /// Resident ID number (居民身份证号), 18 characters once normalised.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id_number: String,
    /// Category keys from the config.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Lead source: referral, 美团, 58同城, walk-in, WeChat …
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// Service needs (服务需求).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub needs: String,
    /// How often the client wants service (每周一次 …).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub frequency: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub do_not_contact: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub created: DateTime<FixedOffset>,
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub updated: DateTime<FixedOffset>,
    #[serde(default, skip_serializing_if = "Household::is_empty")]
    pub household: Household,
    /// Marketing consent, as a history (`[[consent]]`; see `domain::consent`).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::consent::deserialize"
    )]
    pub consent: Vec<ConsentEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<Closed>,
    /// Loyalty points redeemed (DESIGN §14), append-only; what was earned is computed
    /// from the visits, surveys and referrals (`domain::loyalty`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<super::loyalty::PointsEntry>,
    /// Fields two offices changed differently, settled by `hk resolve` (DESIGN §13).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<super::conflict::Conflict>,
}

/// Phones checked and normalised, duplicates (in any spelling) dropped; an error
/// names the phone by its position when there are several (clients and staff).
pub fn normalize_phones(phones: &[String]) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = Vec::new();
    for (i, p) in phones.iter().enumerate() {
        let n = normalize_phone(p).map_err(|e| {
            FieldError::new(
                "phone",
                if phones.len() > 1 {
                    format!("#{}: {e}", i + 1)
                } else {
                    e.to_string()
                },
            )
        })?;
        if !out
            .iter()
            .any(|q| phone_digits_key(q) == phone_digits_key(&n))
        {
            out.push(n);
        }
    }
    Ok(out)
}

/// A person's name, trimmed: one non-empty line of bounded length (clients and staff;
/// `who` names the kind in the message).
pub fn normalize_name(name: &str, who: &str) -> Result<String, FieldError> {
    let name = name.trim().to_string();
    if name.is_empty() {
        let problem = match who {
            "client" => crate::t!("client-name-empty"),
            "staff member" => crate::t!("client-name-empty-staff"),
            other => crate::t!("client-name-empty-who", who = other),
        };
        return Err(FieldError::new("name", problem));
    }
    check_len("name", &name, limits::NAME)?;
    if name.chars().any(char::is_control) {
        return Err(FieldError::new("name", crate::t!("client-single-line")));
    }
    Ok(name)
}

/// A resident ID number checked and normalised, or empty when none was given.
pub fn normalize_optional_id_number(raw: &str) -> Result<String, FieldError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(String::new());
    }
    normalize_id_number(raw).map_err(|e| FieldError::new("id_number", e.to_string()))
}

/// Categories given by key or label, as keys, duplicates dropped, in order.
pub fn category_keys(config: &Config, given: &[String]) -> Result<Vec<String>, FieldError> {
    let mut keys: Vec<String> = Vec::new();
    for c in given {
        let key = config
            .category(c)
            .map_err(|e| FieldError::new("category", e))?
            .key
            .clone();
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    Ok(keys)
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Household notes (家庭情况).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Household {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pets: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub children: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub elders: String,
    /// Home area in square metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_sqm: Option<u32>,
}

impl Household {
    pub fn is_empty(&self) -> bool {
        *self == Household::default()
    }
}

/// A closed client (no longer served) and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closed {
    #[serde(deserialize_with = "crate::domain::wire::date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub reason: String,
}

impl Client {
    /// A new, empty client; fill it in, then `normalize`.
    pub fn new(id: String, now: DateTime<FixedOffset>) -> Client {
        Client {
            conflicts: Vec::new(),
            format: FORMAT,
            id,
            name: String::new(),
            phones: Vec::new(),
            wechat: String::new(),
            address: String::new(),
            id_number: String::new(),
            categories: Vec::new(),
            tags: Vec::new(),
            source: String::new(),
            needs: String::new(),
            frequency: String::new(),
            do_not_contact: false,
            notes: String::new(),
            created: now,
            updated: now,
            household: Household::default(),
            consent: Vec::new(),
            closed: None,
            points: Vec::new(),
        }
    }

    /// Validates every field and brings it to its canonical form: phones normalised,
    /// ID number checked, categories turned into keys, tags cleaned, duplicates removed.
    pub fn normalize(&mut self, config: &Config) -> Result<(), FieldError> {
        FieldError::check_format(self.format, FORMAT)?;
        self.name = normalize_name(&self.name, "client")?;
        self.phones = normalize_phones(&self.phones)?;
        self.id_number = normalize_optional_id_number(&self.id_number)?;
        self.categories = category_keys(config, &self.categories)?;
        let mut tags: Vec<String> = Vec::new();
        for t in &self.tags {
            check_len("tag", t, limits::SHORT)?;
            let t = normalize_tag(t).map_err(|e| FieldError::new("tag", e))?;
            if !tags.contains(&t) {
                tags.push(t);
            }
        }
        self.tags = tags;
        for e in &mut self.consent {
            e.check(None)?;
        }
        for (field, value, max) in [
            ("wechat", &mut self.wechat, limits::SHORT),
            ("address", &mut self.address, limits::ADDRESS),
            ("source", &mut self.source, limits::SHORT),
            ("frequency", &mut self.frequency, limits::SHORT),
        ] {
            *value = value.trim().to_string();
            check_len(field, value, max)?;
            if value.chars().any(char::is_control) {
                return Err(FieldError::new(field, crate::t!("client-single-line")));
            }
        }
        // Free text may run over several lines; only its length is bounded.
        let reason = self.closed.as_ref().map_or("", |c| c.reason.as_str());
        for (field, value, max) in [
            ("needs", self.needs.as_str(), limits::NOTES),
            ("notes", &self.notes, limits::NOTES),
            ("pets", &self.household.pets, limits::LINE),
            ("children", &self.household.children, limits::LINE),
            ("elders", &self.household.elders, limits::LINE),
            ("closed_reason", reason, limits::LINE),
        ] {
            check_len(field, value, max)?;
        }
        Ok(())
    }

    /// Sets one field from text, as `hk client edit --set FIELD=VALUE` does. Lists
    /// (phones, categories, tags) take `;`- or `,`-separated values and replace the
    /// old list. Call `normalize` afterwards.
    pub fn set_field(
        &mut self,
        field: &str,
        value: &str,
        today: NaiveDate,
    ) -> Result<(), FieldError> {
        let list = |v: &str| split_list(v, true);
        let yes_no = |v: &str| match v.trim().to_lowercase().as_str() {
            "yes" | "y" | "true" | "1" | "是" => Ok(true),
            "no" | "n" | "false" | "0" | "否" | "" => Ok(false),
            _ => Err(FieldError::new(field, crate::t!("client-expected-yes-no"))),
        };
        let number = |v: &str| optional_number::<u32>(field, v);
        let v = value.to_string();
        match field.replace('-', "_").as_str() {
            "name" => self.name = v,
            "phone" | "phones" => self.phones = list(value),
            "wechat" => self.wechat = v,
            "address" => self.address = v,
            "id_number" => self.id_number = v,
            "category" | "categories" => self.categories = list(value),
            "tag" | "tags" => self.tags = list(value),
            "source" => self.source = v,
            "needs" => self.needs = v,
            "frequency" => self.frequency = v,
            "notes" | "note" => self.notes = v,
            "household.size" | "household_size" => self.household.size = number(value)?,
            "household.pets" | "pets" => self.household.pets = v,
            "household.children" | "children" => self.household.children = v,
            "household.elders" | "elders" => self.household.elders = v,
            "household.area_sqm" | "area_sqm" | "area" => self.household.area_sqm = number(value)?,
            "do_not_contact" => self.do_not_contact = yes_no(value)?,
            // A change of consent is a new entry of the history, dated today; its
            // channel and evidence can follow in the same edit.
            "consent.marketing" | "marketing" => {
                let yes = yes_no(value)?;
                if yes != self.marketing_consent_on(today) {
                    consent::append(
                        &mut self.consent,
                        ConsentEntry {
                            marketing: yes,
                            date: Some(today),
                            channel: String::new(),
                            evidence: String::new(),
                        },
                    );
                }
            }
            "consent.channel" | "consent.evidence" => {
                let entry = self
                    .consent
                    .iter_mut()
                    .rev()
                    .find(|e| e.date == Some(today))
                    .ok_or_else(|| {
                        FieldError::new(field, crate::t!("client-consent-none-today"))
                    })?;
                if field.ends_with("channel") {
                    entry.channel = v;
                } else {
                    entry.evidence = v;
                }
            }
            "closed" => {
                self.closed = if value.trim().is_empty() {
                    None
                } else {
                    Some(Closed {
                        date: today,
                        reason: value.trim().to_string(),
                    })
                }
            }
            _ => {
                return Err(FieldError::new(field, crate::t!("client-not-a-field")));
            }
        }
        Ok(())
    }

    /// Whether the client agreed to marketing messages on `date`: the latest consent
    /// entry dated on or before it says yes (no entry means no).
    pub fn marketing_consent_on(&self, date: NaiveDate) -> bool {
        consent::in_force(&self.consent, date).is_some_and(|e| e.marketing)
    }

    /// Whether the client has this phone, in any spelling.
    pub fn has_phone(&self, normalized: &str) -> bool {
        let key = phone_digits_key(normalized);
        self.phones.iter().any(|p| phone_digits_key(p) == key)
    }

    /// One of the client's visits moved from category `from` to `to`: the client gains
    /// `to` (in `from`'s place, keeping the order) and loses `from` unless
    /// `from_still_used` (another of its visits is in it). See `hk visit edit --help`.
    pub fn move_category(&mut self, from: &str, to: &str, from_still_used: bool) {
        let has_to = self.categories.iter().any(|c| c == to);
        match self.categories.iter().position(|c| c == from) {
            Some(i) if !from_still_used && has_to => {
                self.categories.remove(i);
            }
            Some(i) if !from_still_used => self.categories[i] = to.to_string(),
            _ if !has_to => self.categories.push(to.to_string()),
            _ => {}
        }
    }

    /// Whether the office can reach the client: a phone or a WeChat id.
    pub fn is_reachable(&self) -> bool {
        !self.phones.is_empty() || !self.wechat.trim().is_empty()
    }

    /// The phones this record has that `before` did not (all of them for a new client),
    /// compared in any spelling.
    pub fn added_phones<'a>(&'a self, before: Option<&Client>) -> Vec<&'a str> {
        self.phones
            .iter()
            .filter(|p| !before.is_some_and(|b| b.has_phone(p)))
            .map(String::as_str)
            .collect()
    }

    pub fn has_tag(&self, filter: &str) -> bool {
        self.tags.iter().any(|t| tag_matches(t, filter))
    }

    /// Case-insensitive search over the fields an office clerk would search.
    pub fn matches_text(&self, needle: &str) -> bool {
        let needle = needle.trim().to_lowercase();
        if needle.is_empty() {
            return true;
        }
        let digits: String = needle.chars().filter(char::is_ascii_digit).collect();
        let hay = [
            &self.id,
            &self.name,
            &self.wechat,
            &self.address,
            &self.source,
            &self.needs,
            &self.notes,
        ];
        hay.iter().any(|h| h.to_lowercase().contains(&needle))
            || self.tags.iter().any(|t| t.to_lowercase().contains(&needle))
            || (digits.len() >= 3
                && digits.len() == needle.chars().filter(|c| !matches!(c, ' ' | '-')).count()
                && self
                    .phones
                    .iter()
                    .any(|p| phone_digits_key(p).contains(&digits)))
    }
}

impl Editable for Client {
    fn set_field(&mut self, field: &str, value: &str, today: NaiveDate) -> Result<(), FieldError> {
        Client::set_field(self, field, value, today)
    }

    fn changed_log(&self, before: &Self) -> Option<&'static str> {
        (self.points != before.points).then_some("points")
    }

    fn check(&mut self, config: &Config, today: NaiveDate) -> Result<(), FieldError> {
        self.normalize(config)?;
        for e in &mut self.consent {
            e.check(Some(today))?;
        }
        Ok(())
    }

    /// `normalize`, and the contact rule that needs no other record: a client that
    /// could be reached before still can (a phone or a WeChat id).
    fn check_against(
        &mut self,
        before: &Self,
        config: &Config,
        _today: NaiveDate,
    ) -> Result<(), FieldError> {
        self.normalize(config)?;
        let none = || Ok::<_, std::convert::Infallible>(Vec::new());
        match contact_problem(Some(before), self, true, none) {
            Ok(Some(problem)) => Err(FieldError::new("phones", problem.to_string())),
            _ => Ok(()),
        }
    }

    super::edit::stamped!();
}

/// A broken contact rule. Every write of a client (`client add`, `client edit`) keeps
/// two rules, checked by `contact_problem`:
///
/// - a client is reachable: it has a phone or a WeChat id. A new client needs one, and
///   an edit may not take away the last one (an edit of a record that had none, an old
///   import, is not refused for that);
/// - a phone belongs to one client: a phone the write adds must not be another
///   client's, unless the user says so (`--allow-duplicate`). Only the added phones are
///   checked, so a client that already shares a phone can still be edited.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContactProblem {
    #[error("{}", crate::t!("client-unreachable"))]
    Unreachable,
    /// The id of the client that has the phone already (never the phone itself).
    #[error("{}", crate::t!("client-phone-taken", owner = .owner))]
    PhoneTaken { owner: String },
}

/// Checks a write of `after` (a new client when `before` is `None`) against the contact
/// rules. `others` gives the clients in the store (the record itself may be among
/// them); it is only called when the write adds a phone and duplicates are not allowed,
/// so an edit that leaves the phones alone reads nothing.
pub fn contact_problem<E>(
    before: Option<&Client>,
    after: &Client,
    allow_duplicate: bool,
    others: impl FnOnce() -> Result<Vec<Client>, E>,
) -> Result<Option<ContactProblem>, E> {
    if before.is_none_or(Client::is_reachable) && !after.is_reachable() {
        return Ok(Some(ContactProblem::Unreachable));
    }
    let added = after.added_phones(before);
    if allow_duplicate || added.is_empty() {
        return Ok(None);
    }
    Ok(others()?
        .into_iter()
        .find(|c| c.id != after.id && added.iter().any(|p| c.has_phone(p)))
        .map(|c| ContactProblem::PhoneTaken { owner: c.id }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-22T09:30:00+08:00").unwrap()
    }

    fn sample() -> Client {
        let mut c = Client::new("c-7k2m9q4x".into(), now());
        c.name = " 王秀英 ".into();
        c.phones = vec!["+86 138-1234-5678".into(), "13812345678".into()];
        c.id_number = "11010519491231002x".into();
        c.categories = vec!["家庭保洁".into(), "house-cleaning".into()];
        c.tags = vec!["宠物 / 猫".into()];
        c
    }

    #[test]
    fn normalize_cleans_every_field() {
        let mut c = sample();
        c.normalize(&Config::default()).unwrap();
        assert_eq!(c.name, "王秀英");
        assert_eq!(c.phones, vec!["13812345678"]);
        assert_eq!(c.id_number, "11010519491231002X");
        assert_eq!(c.categories, vec!["house-cleaning"]);
        assert_eq!(c.tags, vec!["宠物/猫"]);
        assert!(c.has_tag("宠物"));
        assert!(c.has_phone("13812345678"));
    }

    #[test]
    fn normalize_names_the_bad_field() {
        let config = Config::default();
        let mut c = sample();
        c.name = "  ".into();
        assert_eq!(c.normalize(&config).unwrap_err().field, "name");
        let mut c = sample();
        c.phones = vec!["12345".into()];
        assert_eq!(c.normalize(&config).unwrap_err().field, "phone");
        let mut c = sample();
        c.id_number = "110105194912310021".into();
        let e = c.normalize(&config).unwrap_err();
        assert_eq!(e.field, "id_number");
        assert!(!e.problem.contains("110105"), "no personal data in errors");
        let mut c = sample();
        c.categories = vec!["擦玻璃".into()];
        assert_eq!(c.normalize(&config).unwrap_err().field, "category");
    }

    #[test]
    fn normalize_bounds_every_text_field() {
        let config = Config::default();
        type Set = fn(&mut Client, String);
        let cases: [(&str, Set, usize); 6] = [
            ("name", |c, v| c.name = v, limits::NAME),
            ("address", |c, v| c.address = v, limits::ADDRESS),
            ("notes", |c, v| c.notes = v, limits::NOTES),
            ("needs", |c, v| c.needs = v, limits::NOTES),
            ("pets", |c, v| c.household.pets = v, limits::LINE),
            ("tag", |c, v| c.tags = vec![v], limits::SHORT),
        ];
        for (field, set, max) in cases {
            let mut c = sample();
            set(&mut c, "家".repeat(max));
            assert!(c.normalize(&config).is_ok(), "{field} at its limit");
            let mut c = sample();
            set(&mut c, "家".repeat(max + 1));
            let e = c.normalize(&config).unwrap_err();
            assert_eq!(e.field, field);
            assert!(e.problem.contains(&max.to_string()), "{e}");
            assert!(!e.problem.contains('家'), "{e}");
        }
    }

    #[test]
    fn toml_round_trip_keeps_everything() {
        let mut c = sample();
        c.household.pets = "一只猫".into();
        c.household.area_sqm = Some(120);
        c.consent = vec![ConsentEntry {
            marketing: true,
            date: NaiveDate::from_ymd_opt(2026, 11, 1),
            channel: "WeChat".into(),
            evidence: "微信回复同意".into(),
        }];
        c.closed = Some(Closed {
            date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            reason: "搬家".into(),
        });
        c.normalize(&Config::default()).unwrap();
        let text = toml::to_string(&c).unwrap();
        assert!(text.starts_with("format = 1\n"), "{text}");
        let back: Client = toml::from_str(&text).unwrap();
        assert_eq!(back, c);
    }

    /// Records written before the history hold one `[consent]` table: it becomes the
    /// first entry (none for the default "no"), and the record is written back as a
    /// history.
    #[test]
    fn the_old_single_consent_is_read_as_a_history() {
        let old = |consent: &str| {
            format!(
                "format = 1\nid = \"c-7k2m9q4x\"\nname = \"王秀英\"\n\
                 created = \"2026-01-05T09:30:00+08:00\"\nupdated = \"2026-01-05T09:30:00+08:00\"\n\n\
                 [consent]\n{consent}\n"
            )
        };
        let c: Client = toml::from_str(&old(
            "marketing = true\ndate = \"2026-03-01\"\nchannel = \"微信\"",
        ))
        .unwrap();
        assert_eq!(c.consent.len(), 1);
        assert_eq!(c.consent[0].channel, "微信");
        assert!(!c.marketing_consent_on(NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()));
        assert!(c.marketing_consent_on(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()));
        let text = toml::to_string(&c).unwrap();
        assert!(text.contains("[[consent]]"), "{text}");
        assert_eq!(toml::from_str::<Client>(&text).unwrap(), c);
        let c: Client = toml::from_str(&old("marketing = false")).unwrap();
        assert!(c.consent.is_empty());
        assert!(toml::from_str::<Client>(&old("marketing = \"maybe\"")).is_err());
    }

    #[test]
    fn an_edit_of_consent_appends_to_the_history() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let mut c = sample();
        assert!(c.set_field("consent.channel", "微信", today).is_err());
        c.set_field("consent.marketing", "yes", today).unwrap();
        c.set_field("consent.channel", "微信", today).unwrap();
        c.set_field("consent.evidence", "微信回复同意", today)
            .unwrap();
        c.set_field("marketing", "yes", today).unwrap();
        assert_eq!(c.consent.len(), 1, "no change, no entry");
        c.set_field("marketing", "no", today).unwrap();
        assert_eq!(c.consent.len(), 2);
        assert!(!c.marketing_consent_on(today));
        assert_eq!(c.consent[0].evidence, "微信回复同意");
    }

    #[test]
    fn set_field_covers_lists_flags_and_closing() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let mut c = sample();
        c.set_field("phones", "13900001111；010-12345678", today)
            .unwrap();
        c.set_field("tags", "老人, 宠物/狗", today).unwrap();
        c.set_field("household.area_sqm", "95", today).unwrap();
        c.set_field("do-not-contact", "yes", today).unwrap();
        c.set_field("closed", "搬家到外地", today).unwrap();
        c.normalize(&Config::default()).unwrap();
        assert_eq!(c.phones, vec!["13900001111", "010-12345678"]);
        assert_eq!(c.tags, vec!["老人", "宠物/狗"]);
        assert_eq!(c.household.area_sqm, Some(95));
        assert!(c.do_not_contact);
        assert_eq!(c.closed.as_ref().unwrap().date, today);
        c.set_field("closed", "", today).unwrap();
        assert!(c.closed.is_none());
        assert_eq!(
            c.set_field("colour", "red", today).unwrap_err().field,
            "colour"
        );
        assert!(c.set_field("household.size", "三", today).is_err());
        assert!(c.set_field("marketing", "maybe", today).is_err());
    }

    #[test]
    fn search_matches_name_address_and_phone_digits() {
        let mut c = sample();
        c.address = "上海市浦东新区张江路88号".into();
        c.normalize(&Config::default()).unwrap();
        assert!(c.matches_text("王秀"));
        assert!(c.matches_text("张江"));
        assert!(c.matches_text("5678"));
        assert!(c.matches_text("138-1234"));
        assert!(!c.matches_text("李"));
    }

    fn client(id: &str, phones: &[&str], wechat: &str) -> Client {
        let mut c = Client::new(id.into(), now());
        c.name = "王秀英".into();
        c.phones = phones.iter().map(|p| p.to_string()).collect();
        c.wechat = wechat.into();
        c
    }

    #[test]
    fn a_client_is_reachable_by_phone_or_wechat() {
        assert!(client("c-1", &["13812345678"], "").is_reachable());
        assert!(client("c-1", &[], "wxwang88").is_reachable());
        assert!(!client("c-1", &[], " ").is_reachable());
    }

    /// `contact_problem` over these clients.
    fn check(
        before: Option<&Client>,
        after: &Client,
        allow_duplicate: bool,
        others: &[&Client],
    ) -> Option<ContactProblem> {
        let others = || Ok::<_, ()>(others.iter().map(|c| (*c).clone()).collect());
        contact_problem(before, after, allow_duplicate, others).unwrap()
    }

    #[test]
    fn contact_rules_for_a_new_client() {
        let li = client("c-li", &["13900001111"], "");
        let wang = client("", &[], "");
        assert_eq!(
            check(None, &wang, false, &[]),
            Some(ContactProblem::Unreachable)
        );
        // In another spelling, the phone is still 李娜's.
        let wang = client("", &["+86 139-0000-1111"], "");
        assert_eq!(
            check(None, &wang, false, &[&li]),
            Some(ContactProblem::PhoneTaken {
                owner: "c-li".into()
            })
        );
        assert_eq!(check(None, &wang, true, &[&li]), None);
    }

    #[test]
    fn contact_rules_for_an_edit() {
        let li = client("c-li", &["13900001111"], "");
        let before = client("c-wang", &["13812345678"], "");
        let mut after = before.clone();
        after.phones.clear();
        assert_eq!(
            check(Some(&before), &after, false, &[&li, &before]),
            Some(ContactProblem::Unreachable),
            "the last phone cannot go"
        );
        after.wechat = "wxwang88".into();
        assert_eq!(
            check(Some(&before), &after, false, &[&li, &before]),
            None,
            "it can when a WeChat id stays"
        );
        // A record that had no way to reach it is not refused for an unrelated change.
        let old = client("c-old", &[], "");
        let mut moved = old.clone();
        moved.address = "上海市浦东新区张江路88号".into();
        assert_eq!(check(Some(&old), &moved, false, &[&li]), None);

        // Adding 李娜's phone is refused; the record itself is not "another client".
        let mut after = before.clone();
        after.phones.push("13900001111".into());
        assert_eq!(
            check(Some(&before), &after, false, &[&before, &li]),
            Some(ContactProblem::PhoneTaken {
                owner: "c-li".into()
            })
        );
        assert_eq!(check(Some(&before), &after, true, &[&before, &li]), None);
        // Phones the record had already are not checked: a phone shared before (added
        // with --allow-duplicate) does not block other edits, and nothing is read.
        let shared = client("c-wang", &["13900001111"], "");
        let mut moved = shared.clone();
        moved.address = "北京市海淀区中关村大街27号".into();
        moved.phones = vec!["139 0000 1111".into()];
        let unread = || -> Result<Vec<Client>, ()> { panic!("no phone was added") };
        assert_eq!(
            contact_problem(Some(&shared), &moved, false, unread),
            Ok(None)
        );
    }

    #[test]
    fn a_visit_moving_category_moves_the_client_with_it() {
        let mut c = client("c-wang", &["13812345678"], "");
        let cats = |c: &Client| c.categories.join(",");
        c.categories = vec!["house-cleaning".into()];
        c.move_category("house-cleaning", "nanny", false);
        assert_eq!(cats(&c), "nanny");
        c.move_category("nanny", "maternity-nurse", false);
        assert_eq!(cats(&c), "maternity-nurse", "A→B→C leaves C alone");
        // Another visit still in the old category keeps it.
        c.move_category("maternity-nurse", "nanny", true);
        assert_eq!(cats(&c), "maternity-nurse,nanny");
        // The new one is there already: the old one just goes, in place order kept.
        c.categories = vec![
            "house-cleaning".into(),
            "nanny".into(),
            "maternity-nurse".into(),
        ];
        c.move_category("nanny", "house-cleaning", false);
        assert_eq!(cats(&c), "house-cleaning,maternity-nurse");
        // An old category the client no longer has (removed by hand): only the new one.
        c.categories = vec!["maternity-nurse".into()];
        c.move_category("nanny", "house-cleaning", false);
        assert_eq!(cats(&c), "maternity-nurse,house-cleaning");
    }
}
