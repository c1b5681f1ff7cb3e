//! The staff record (服务人员 / 阿姨): who can be sent, where, for what, and whether
//! she may be booked on a given day (status and certificates). DESIGN §10.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::FieldError;
use super::client::{
    category_keys, normalize_name, normalize_optional_id_number, normalize_phones,
};
use super::config::Config;
use super::date::parse_date;
use super::edit::{Editable, optional_number, split_list};
use super::limits::{self, check_len};

pub const FORMAT: u32 = 1;

/// One staff member: the file `staff/<id>.toml.age`. Plain fields first, tables last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Staff {
    pub format: u32,
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id_number: String,
    /// 女 or 男.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub gender: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_year: Option<u16>,
    /// 籍贯.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub native_place: String,
    /// Languages and dialects (普通话, 上海话 …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Category keys she can do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    /// 星级 1–4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// Districts she covers (浦东新区 …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub districts: Vec<String>,
    /// Clients (ids) who asked not to have her again: the do-not-send list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avoided_by: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub created: DateTime<FixedOffset>,
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub updated: DateTime<FixedOffset>,
    pub status: StaffStatus,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certificates: Vec<Certificate>,
    /// Fields two offices changed differently, settled by `hk resolve` (DESIGN §13).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<super::conflict::Conflict>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    Active,
    Leave,
    Left,
}

impl State {
    pub fn parse(s: &str) -> Result<State, String> {
        match s.trim().to_lowercase().as_str() {
            "active" | "在职" | "在岗" => Ok(State::Active),
            "leave" | "休假" | "请假" => Ok(State::Leave),
            "left" | "离职" => Ok(State::Left),
            _ => Err(crate::t!("staff-state-expected")),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            State::Active => "active",
            State::Leave => "leave",
            State::Left => "left",
        }
    }
}

/// `active | leave | left` since a date; leave may end on `until` (inclusive).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffStatus {
    pub state: State,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::wire::opt_date"
    )]
    pub since: Option<NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::wire::opt_date"
    )]
    pub until: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

impl Default for StaffStatus {
    fn default() -> Self {
        StaffStatus {
            state: State::Active,
            since: None,
            until: None,
            reason: String::new(),
        }
    }
}

/// A certificate (健康证, 家政服务员证, 母婴护理证 …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Certificate {
    pub kind: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::wire::opt_date"
    )]
    pub issued: Option<NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::wire::opt_date"
    )]
    pub expires: Option<NaiveDate>,
}

impl Certificate {
    /// Parses `KIND:NUMBER:ISSUED:EXPIRES` (number and dates may be empty; `：` too).
    pub fn parse(s: &str, today: NaiveDate) -> Result<Certificate, String> {
        let s = s.replace('：', ":");
        let parts: Vec<&str> = s.split(':').map(str::trim).collect();
        if parts.len() > 4 || parts[0].is_empty() {
            return Err(crate::t!("staff-cert-expected"));
        }
        let date = |i: usize| -> Result<Option<NaiveDate>, String> {
            match parts.get(i) {
                Some(v) if !v.is_empty() => parse_date(v, today).map(Some).map_err(|e| {
                    if i == 2 {
                        crate::t!("staff-cert-issued-bad", problem = e.to_string())
                    } else {
                        crate::t!("staff-cert-expires-bad", problem = e.to_string())
                    }
                }),
                _ => Ok(None),
            }
        };
        Ok(Certificate {
            kind: parts[0].to_string(),
            number: parts.get(1).map(|n| n.to_string()).unwrap_or_default(),
            issued: date(2)?,
            expires: date(3)?,
        })
    }

    /// Valid on `day`: issued on or before it (when an issue date is known) and
    /// expiring on or after it (when an expiry date is known).
    pub fn valid_on(&self, day: NaiveDate) -> bool {
        self.issued.is_none_or(|i| i <= day) && self.expires.is_none_or(|e| day <= e)
    }
}

/// Why a staff member cannot work on a day (the booking rules of DESIGN §10).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    Left { since: NaiveDate },
    OnLeave { day: NaiveDate },
    NoCertificate { kind: String, day: NaiveDate },
}

impl std::fmt::Display for Unavailable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unavailable::Left { since } => f.write_str(&crate::t!(
                "staff-unavailable-left",
                since = since.to_string()
            )),
            Unavailable::OnLeave { day } => f.write_str(&crate::t!(
                "staff-unavailable-on-leave",
                day = day.to_string()
            )),
            Unavailable::NoCertificate { kind, day } => f.write_str(&crate::t!(
                "staff-unavailable-no-certificate",
                kind = kind,
                day = day.to_string()
            )),
        }
    }
}

impl Staff {
    /// A new, empty, active staff member; fill it in, then `normalize`.
    pub fn new(id: String, now: DateTime<FixedOffset>) -> Staff {
        Staff {
            format: FORMAT,
            id,
            name: String::new(),
            phones: Vec::new(),
            id_number: String::new(),
            gender: String::new(),
            birth_year: None,
            native_place: String::new(),
            languages: Vec::new(),
            categories: Vec::new(),
            skills: Vec::new(),
            level: None,
            districts: Vec::new(),
            avoided_by: Vec::new(),
            notes: String::new(),
            created: now,
            updated: now,
            status: StaffStatus::default(),
            certificates: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    /// Validates every field and brings it to its canonical form (as for clients:
    /// phones normalised, ID number checked, categories as keys).
    pub fn normalize(&mut self, config: &Config) -> Result<(), FieldError> {
        FieldError::check_format(self.format, FORMAT)?;
        self.name = normalize_name(&self.name, &crate::t!("staff-who"))?;
        self.phones = normalize_phones(&self.phones)?;
        self.id_number = normalize_optional_id_number(&self.id_number)?;
        self.gender = match self.gender.trim().to_lowercase().as_str() {
            "" => String::new(),
            "女" | "f" | "female" => "女".into(),
            "男" | "m" | "male" => "男".into(),
            _ => {
                return Err(invalid("gender", crate::t!("staff-gender-expected")));
            }
        };
        if let Some(y) = self.birth_year
            && !(1900..=2100).contains(&y)
        {
            return Err(invalid(
                "birth_year",
                crate::t!("staff-birth-year-expected"),
            ));
        }
        if let Some(l) = self.level
            && !(1..=4).contains(&l)
        {
            return Err(invalid("level", crate::t!("staff-level-expected")));
        }
        self.categories = category_keys(config, &self.categories)?;
        for (field, list) in [
            ("language", &mut self.languages),
            ("skill", &mut self.skills),
            ("district", &mut self.districts),
            ("avoided_by", &mut self.avoided_by),
        ] {
            let mut clean: Vec<String> = Vec::new();
            for v in list.iter() {
                let v = v.trim().to_string();
                check_len(field, &v, limits::SHORT)?;
                if v.chars().any(char::is_control) {
                    return Err(FieldError::new(field, crate::t!("staff-single-line")));
                }
                if !v.is_empty() && !clean.contains(&v) {
                    clean.push(v);
                }
            }
            *list = clean;
        }
        self.native_place = self.native_place.trim().to_string();
        check_len("native_place", &self.native_place, limits::SHORT)?;
        check_len("notes", &self.notes, limits::NOTES)?;
        check_len("status_reason", &self.status.reason, limits::LINE)?;
        if let (Some(since), Some(until)) = (self.status.since, self.status.until)
            && until < since
        {
            return Err(invalid(
                "status_until",
                crate::t!("staff-status-until-before-since"),
            ));
        }
        if self.status.until.is_some() && self.status.state != State::Leave {
            return Err(invalid(
                "status_until",
                crate::t!("staff-status-until-not-leave"),
            ));
        }
        for c in &mut self.certificates {
            c.kind = c.kind.trim().to_string();
            c.number = c.number.trim().to_string();
            if c.kind.is_empty() {
                return Err(invalid("cert", crate::t!("staff-cert-kind-missing")));
            }
            check_len("cert", &c.kind, limits::SHORT)?;
            check_len("cert", &c.number, limits::SHORT)?;
            if let (Some(i), Some(e)) = (c.issued, c.expires)
                && e < i
            {
                return Err(invalid(
                    "cert",
                    crate::t!("staff-cert-expires-before-issued"),
                ));
            }
        }
        Ok(())
    }

    /// Whether she works on `day` as far as her status goes.
    pub fn status_on(&self, day: NaiveDate) -> Result<(), Unavailable> {
        let s = &self.status;
        let started = s.since.is_none_or(|since| since <= day);
        match s.state {
            State::Active => Ok(()),
            State::Left if started => Err(Unavailable::Left {
                since: s.since.unwrap_or(day),
            }),
            State::Leave if started && s.until.is_none_or(|u| day <= u) => {
                Err(Unavailable::OnLeave { day })
            }
            _ => Ok(()),
        }
    }

    /// Whether she can be booked on `day` for a visit in `category`: status, and
    /// every certificate the category requires valid on that day.
    pub fn bookable_on(
        &self,
        day: NaiveDate,
        category: &str,
        config: &Config,
    ) -> Result<(), Unavailable> {
        self.status_on(day)?;
        let required = config
            .categories
            .iter()
            .find(|c| c.key == category)
            .map(|c| c.required_certificates())
            .unwrap_or_default();
        for kind in required {
            if !self
                .certificates
                .iter()
                .any(|c| c.kind == kind && c.valid_on(day))
            {
                return Err(Unavailable::NoCertificate { kind, day });
            }
        }
        Ok(())
    }

    /// Her status on `day`: a leave that has ended, or a status from a later date,
    /// is not (yet) hers.
    pub fn state_on(&self, day: NaiveDate) -> State {
        match self.status_on(day) {
            Ok(()) => State::Active,
            Err(Unavailable::Left { .. }) => State::Left,
            Err(_) => State::Leave,
        }
    }

    /// Whether she has left for good by `today`.
    pub fn has_left(&self, today: NaiveDate) -> bool {
        matches!(self.status_on(today), Err(Unavailable::Left { .. }))
    }

    /// Her certificates that expire on or before `last_day` (expired ones included).
    pub fn expiring(&self, last_day: NaiveDate) -> Vec<&Certificate> {
        self.certificates
            .iter()
            .filter(|c| c.expires.is_some_and(|e| e <= last_day))
            .collect()
    }

    /// Age this year, from the birth year.
    pub fn age(&self, today: NaiveDate) -> Option<i32> {
        self.birth_year.map(|y| today.year() - i32::from(y))
    }

    /// Sets one field from text, as `hk staff edit --set FIELD=VALUE` does. Lists
    /// take `;`-separated values and replace the old list. Call `normalize` after.
    pub fn set_field(
        &mut self,
        field: &str,
        value: &str,
        today: NaiveDate,
    ) -> Result<(), FieldError> {
        let list = |v: &str| split_list(v, true);
        let bad = |e: String| FieldError::new(field, e);
        let date = |v: &str| -> Result<Option<NaiveDate>, FieldError> {
            if v.trim().is_empty() {
                Ok(None)
            } else {
                parse_date(v, today)
                    .map(Some)
                    .map_err(|e| FieldError::new(field, e.to_string()))
            }
        };
        let number = |v: &str| optional_number::<u16>(field, v);
        let v = value.to_string();
        match field.replace('-', "_").as_str() {
            "name" => self.name = v,
            "phone" | "phones" => self.phones = list(value),
            "id_number" => self.id_number = v,
            "gender" => self.gender = v,
            "birth_year" => self.birth_year = number(value)?,
            "native_place" => self.native_place = v,
            "language" | "languages" => self.languages = list(value),
            "category" | "categories" => self.categories = list(value),
            "skill" | "skills" => self.skills = list(value),
            "level" => self.level = number(value)?.map(|n| u8::try_from(n).unwrap_or(u8::MAX)),
            "district" | "districts" => self.districts = list(value),
            "notes" | "note" => self.notes = v,
            "status" | "status.state" => self.status.state = State::parse(value).map_err(bad)?,
            "status.since" | "status_since" => self.status.since = date(value)?,
            "status.until" | "status_until" => self.status.until = date(value)?,
            "status.reason" | "status_reason" => self.status.reason = v,
            "cert" | "certs" | "certificates" => {
                self.certificates = list(value)
                    .iter()
                    .map(|c| Certificate::parse(c, today))
                    .collect::<Result<_, _>>()
                    .map_err(bad)?
            }
            _ => {
                return Err(FieldError::new(field, crate::t!("staff-set-unknown-field")));
            }
        }
        Ok(())
    }
}

/// A problem with the field `field` (named as `--set` names it, the same in every
/// language); `problem` comes from the catalogue.
fn invalid(field: &str, problem: String) -> FieldError {
    FieldError::new(field, problem)
}

/// Why a name or id typed for a staff member does not find one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoMatch {
    None,
    /// Several have that name or id prefix (their ids).
    Many(Vec<String>),
}

/// The one staff member `query` means: an id or unique id prefix, or an exact name.
pub fn match_staff<'a>(roster: &'a [Staff], query: &str) -> Result<&'a Staff, NoMatch> {
    let q = query.trim();
    let lower = q.to_lowercase();
    let hits: Vec<&Staff> = if super::id::is_prefix_of_kind(super::id::Kind::Staff, &lower) {
        roster.iter().filter(|s| s.id.starts_with(&lower)).collect()
    } else {
        roster.iter().filter(|s| s.name == q).collect()
    };
    match hits.as_slice() {
        [one] => Ok(one),
        [] => Err(NoMatch::None),
        many => {
            let mut many = many.to_vec();
            many.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
            Err(NoMatch::Many(many.iter().map(|s| s.id.clone()).collect()))
        }
    }
}

/// A visit's staff entries with every free-text name that exactly one roster member
/// has replaced by her id (`hk staff link`); ids and other names stay as they are.
pub fn link(entries: &[String], roster: &[Staff]) -> Vec<String> {
    entries
        .iter()
        .map(|e| {
            if super::id::is_valid(super::id::Kind::Staff, e) {
                return e.clone();
            }
            let mut named = roster.iter().filter(|s| &s.name == e);
            match (named.next(), named.next()) {
                (Some(one), None) => one.id.clone(),
                _ => e.clone(),
            }
        })
        .collect()
}

impl Editable for Staff {
    fn set_field(&mut self, field: &str, value: &str, today: NaiveDate) -> Result<(), FieldError> {
        Staff::set_field(self, field, value, today)
    }

    fn check(&mut self, config: &Config, _today: NaiveDate) -> Result<(), FieldError> {
        self.normalize(config)
    }

    super::edit::stamped!();
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    pub fn staff(id: &str, name: &str) -> Staff {
        let now = DateTime::parse_from_rfc3339("2026-11-01T09:00:00+08:00").unwrap();
        let mut s = Staff::new(id.into(), now);
        s.name = name.into();
        s.categories = vec![
            "house-cleaning".into(),
            "nanny".into(),
            "maternity-nurse".into(),
        ];
        s.certificates = vec![Certificate {
            kind: "健康证".into(),
            number: "HZ1".into(),
            issued: Some(d("2026-01-01")),
            expires: Some(d("2026-12-31")),
        }];
        s
    }

    #[test]
    fn certificates_parse_and_are_valid_inclusive() {
        let t = d("2026-11-22");
        let c = Certificate::parse("健康证:HZ001:2026-01-05:2027-01-04", t).unwrap();
        assert_eq!(c.kind, "健康证");
        assert!(c.valid_on(d("2026-01-05")) && c.valid_on(d("2027-01-04")));
        assert!(!c.valid_on(d("2026-01-04")) && !c.valid_on(d("2027-01-05")));
        assert_eq!(Certificate::parse("健康证", t).unwrap().number, "");
        assert!(Certificate::parse(":1", t).is_err());
        assert!(Certificate::parse("健康证:1:2026-13-01:", t).is_err());
        assert!(Certificate::parse("a:b:c:d:e", t).is_err());
    }

    #[test]
    fn status_leave_left_and_certificates_decide_bookability() {
        let config = Config::default();
        let mut s = staff("w-1", "刘阿姨");
        assert!(s.bookable_on(d("2026-12-31"), "nanny", &config).is_ok());
        assert_eq!(
            s.bookable_on(d("2027-01-01"), "nanny", &config),
            Err(Unavailable::NoCertificate {
                kind: "健康证".into(),
                day: d("2027-01-01")
            })
        );
        s.status = StaffStatus {
            state: State::Leave,
            since: Some(d("2026-12-01")),
            until: Some(d("2026-12-03")),
            reason: String::new(),
        };
        assert!(s.status_on(d("2026-11-30")).is_ok());
        assert!(s.status_on(d("2026-12-01")).is_err());
        assert!(s.status_on(d("2026-12-03")).is_err());
        assert!(s.status_on(d("2026-12-04")).is_ok());
        s.status = StaffStatus {
            state: State::Left,
            since: Some(d("2026-12-10")),
            until: None,
            reason: String::new(),
        };
        assert!(s.status_on(d("2026-12-09")).is_ok());
        assert!(s.has_left(d("2026-12-10")));
    }

    #[test]
    fn normalize_checks_like_a_client() {
        let config = Config::default();
        let mut s = staff("w-1", " 刘阿姨 ");
        s.phones = vec!["+86 138-1234-5678".into(), "13812345678".into()];
        s.gender = "F".into();
        s.categories = vec!["月嫂服务".into()];
        s.normalize(&config).unwrap();
        assert_eq!(s.name, "刘阿姨");
        assert_eq!(s.phones, vec!["13812345678"]);
        assert_eq!(s.gender, "女");
        assert_eq!(s.categories, vec!["maternity-nurse"]);
        s.id_number = "110105194912310021".into();
        assert_eq!(s.clone().normalize(&config).unwrap_err().field, "id_number");
        s.id_number.clear();
        s.level = Some(5);
        assert_eq!(s.clone().normalize(&config).unwrap_err().field, "level");
    }

    #[test]
    fn staff_are_found_by_id_prefix_or_exact_name() {
        let roster = vec![
            staff("w-aaaa1111", "刘阿姨"),
            staff("w-aaab2222", "刘阿姨"),
            staff("w-bbbb3333", "张阿姨"),
        ];
        assert_eq!(match_staff(&roster, "w-bb").unwrap().id, "w-bbbb3333");
        assert_eq!(match_staff(&roster, "张阿姨").unwrap().id, "w-bbbb3333");
        assert_eq!(match_staff(&roster, "W-AAAA").unwrap().id, "w-aaaa1111");
        assert_eq!(
            match_staff(&roster, "刘阿姨").unwrap_err(),
            NoMatch::Many(vec!["w-aaaa1111".into(), "w-aaab2222".into()])
        );
        assert_eq!(match_staff(&roster, "刘").unwrap_err(), NoMatch::None);
        assert_eq!(
            match_staff(&roster, "w-aa").unwrap_err(),
            NoMatch::Many(vec!["w-aaaa1111".into(), "w-aaab2222".into()])
        );
    }

    #[test]
    fn link_replaces_unique_exact_names_only() {
        let roster = vec![
            staff("w-aaaa1111", "刘阿姨"),
            staff("w-bbbb2222", "王阿姨"),
            staff("w-bbbb3333", "王阿姨"),
        ];
        let entries: Vec<String> = ["刘阿姨", "王阿姨", "刘", "w-cccc4444"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            link(&entries, &roster),
            vec!["w-aaaa1111", "王阿姨", "刘", "w-cccc4444"]
        );
    }

    #[test]
    fn expiring_includes_expired() {
        let s = staff("w-1", "刘阿姨");
        assert_eq!(s.expiring(d("2026-12-31")).len(), 1);
        assert!(s.expiring(d("2026-12-30")).is_empty());
    }
}
