//! Message templates (`[templates]` in `.hk/config.toml`): text with placeholders
//! `{name} {service} {date} {time} {staff} {company}`, filled once per message.
//!
//! `reminder` and `care` always exist: a config without them gets the defaults below
//! (the ones `hk init` writes). Any other key is a campaign template. A template is
//! checked when a command uses it, so a typo in one campaign does not stop the office's
//! other work: an unknown placeholder, an unclosed `{`, or a placeholder the message
//! list has no value for is an error that names the template.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// The default day-before reminder (预约提醒).
pub const DEFAULT_REMINDER: &str = "{name}您好，提醒您：{date}（{time}）有{service}服务，服务人员：{staff}。如需改期请提前联系我们，谢谢！";
/// The default care message (关怀问候), sent before the client's next expected service.
pub const DEFAULT_CARE: &str = "{name}您好，距您上次{service}已有一段时间，按您的服务周期，下次服务建议安排在{date}前后。需要预约请直接回复或来电，祝生活愉快！";

/// What a message says for a value it lacks: a visit booked without a time or with no
/// staff named yet, a client with no service on file.
pub const NO_TIME: &str = "时间待定";
pub const NO_STAFF: &str = "待定";
pub const NO_SERVICE: &str = "家政服务";

/// The templates by name, as the config has them (without the defaults it lacks).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Templates(pub BTreeMap<String, String>);

impl Default for Templates {
    fn default() -> Self {
        Templates(BTreeMap::from([
            ("reminder".to_string(), DEFAULT_REMINDER.to_string()),
            ("care".to_string(), DEFAULT_CARE.to_string()),
        ]))
    }
}

impl Templates {
    /// The text of a template: the config's, else the default for `reminder` and
    /// `care`.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str).or(match name {
            "reminder" => Some(DEFAULT_REMINDER),
            "care" => Some(DEFAULT_CARE),
            _ => None,
        })
    }

    /// The campaign templates: every key but `reminder` and `care`.
    pub fn campaigns(&self) -> Vec<&str> {
        self.0
            .keys()
            .map(String::as_str)
            .filter(|k| !matches!(*k, "reminder" | "care"))
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Placeholder {
    Name,
    Service,
    Date,
    Time,
    Staff,
    Company,
}

impl Placeholder {
    pub const ALL: [Placeholder; 6] = [
        Placeholder::Name,
        Placeholder::Service,
        Placeholder::Date,
        Placeholder::Time,
        Placeholder::Staff,
        Placeholder::Company,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Placeholder::Name => "name",
            Placeholder::Service => "service",
            Placeholder::Date => "date",
            Placeholder::Time => "time",
            Placeholder::Staff => "staff",
            Placeholder::Company => "company",
        }
    }

    fn parse(s: &str) -> Option<Placeholder> {
        Placeholder::ALL.into_iter().find(|p| p.key() == s)
    }
}

/// A template that cannot be used, named.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("message-template-error", template = .template, problem = .problem))]
pub struct TemplateError {
    pub template: String,
    pub problem: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Slot(Placeholder),
}

/// A parsed template: text and placeholders. `{{` and `}}` stand for literal braces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub name: String,
    parts: Vec<Part>,
}

/// The values of one message; `None` is a value this message does not have.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Values {
    pub name: String,
    pub service: Option<String>,
    pub date: Option<String>,
    pub time: Option<String>,
    pub staff: Option<String>,
    pub company: String,
}

impl Template {
    pub fn parse(name: &str, text: &str) -> Result<Template, TemplateError> {
        let err = |problem: String| TemplateError {
            template: name.to_string(),
            problem,
        };
        let mut parts = Vec::new();
        let mut text_part = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    text_part.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    text_part.push('}');
                }
                '{' => {
                    let mut key = String::new();
                    loop {
                        match chars.next() {
                            Some('}') => break,
                            Some(k) if key.chars().count() < 40 => key.push(k),
                            _ => {
                                return Err(err(crate::t!("message-template-unclosed")));
                            }
                        }
                    }
                    let slot = Placeholder::parse(key.trim()).ok_or_else(|| {
                        err(crate::t!(
                            "message-template-unknown-placeholder",
                            placeholder = format!("{{{key}}}"),
                            placeholders = placeholders_text()
                        ))
                    })?;
                    if !text_part.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text_part)));
                    }
                    parts.push(Part::Slot(slot));
                }
                other => text_part.push(other),
            }
        }
        if !text_part.is_empty() {
            parts.push(Part::Text(text_part));
        }
        Ok(Template {
            name: name.to_string(),
            parts,
        })
    }

    /// The placeholders the template uses, each once, in order of first use.
    pub fn uses(&self) -> Vec<Placeholder> {
        let mut out = Vec::new();
        for p in &self.parts {
            if let Part::Slot(s) = p
                && !out.contains(s)
            {
                out.push(*s);
            }
        }
        out
    }

    /// Refuses a template that uses a placeholder the list has no value for at all
    /// (`supplied`), or `{company}` while the config has no `company_name`.
    pub fn check_for(
        &self,
        list: &str,
        supplied: &[Placeholder],
        company: &str,
    ) -> Result<(), TemplateError> {
        for p in self.uses() {
            if !supplied.contains(&p) {
                return Err(TemplateError {
                    template: self.name.clone(),
                    problem: crate::t!(
                        "message-template-no-value",
                        placeholder = p.to_string(),
                        list = list,
                        supplied = supplied
                            .iter()
                            .map(|s| format!("{{{}}}", s.key()))
                            .collect::<Vec<_>>()
                            .join(" ")
                    ),
                });
            }
            if p == Placeholder::Company && company.trim().is_empty() {
                return Err(TemplateError {
                    template: self.name.clone(),
                    problem: crate::t!("message-template-no-company"),
                });
            }
        }
        Ok(())
    }

    /// The text of one message. A value the message lacks reads [`NO_TIME`],
    /// [`NO_STAFF`] or [`NO_SERVICE`].
    pub fn fill(&self, v: &Values) -> String {
        let or = |x: &Option<String>, missing: &str| match x.as_deref().map(str::trim) {
            Some(s) if !s.is_empty() => s.to_string(),
            _ => missing.to_string(),
        };
        self.parts
            .iter()
            .map(|p| match p {
                Part::Text(t) => t.clone(),
                Part::Slot(Placeholder::Name) => v.name.clone(),
                Part::Slot(Placeholder::Company) => v.company.trim().to_string(),
                Part::Slot(Placeholder::Service) => or(&v.service, NO_SERVICE),
                Part::Slot(Placeholder::Date) => or(&v.date, NO_STAFF),
                Part::Slot(Placeholder::Time) => or(&v.time, NO_TIME),
                Part::Slot(Placeholder::Staff) => or(&v.staff, NO_STAFF),
            })
            .collect()
    }
}

fn placeholders_text() -> String {
    Placeholder::ALL
        .iter()
        .map(|p| format!("{{{}}}", p.key()))
        .collect::<Vec<_>>()
        .join(" ")
}

impl fmt::Display for Placeholder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{{{}}}", self.key())
    }
}

/// A date as a message writes it: `11月24日`.
pub fn date_text(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{}月{}日", d.month(), d.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> Values {
        Values {
            name: "王秀英".into(),
            service: Some("家庭保洁".into()),
            date: Some("11月24日".into()),
            time: None,
            staff: Some("张丽华".into()),
            company: "好帮手家政".into(),
        }
    }

    #[test]
    fn fills_every_placeholder_and_keeps_literal_braces() {
        let t = Template::parse(
            "x",
            "【{company}】{name}：{date} {time} {service}，{staff} {{优惠}}",
        )
        .unwrap();
        assert_eq!(
            t.fill(&values()),
            "【好帮手家政】王秀英：11月24日 时间待定 家庭保洁，张丽华 {优惠}"
        );
        let plain = Template::parse("x", "没有占位符").unwrap();
        assert_eq!(plain.fill(&values()), "没有占位符");
        assert!(plain.uses().is_empty());
    }

    #[test]
    fn unknown_and_unclosed_placeholders_name_the_template() {
        let e = Template::parse("spring", "{name}您好 {phone}").unwrap_err();
        assert_eq!(e.template, "spring");
        assert!(
            e.to_string().contains("unknown placeholder `{phone}`"),
            "{e}"
        );
        assert!(e.to_string().contains("{company}"), "{e}");
        let e = Template::parse("care", "{name").unwrap_err();
        assert!(
            e.to_string().starts_with("template `care` has a `{`"),
            "{e}"
        );
    }

    #[test]
    fn a_placeholder_the_list_cannot_fill_is_refused() {
        use Placeholder::*;
        let t = Template::parse("spring", "{name} {staff}").unwrap();
        let e = t
            .check_for("campaign", &[Name, Service, Date, Company], "公司")
            .unwrap_err();
        assert!(e.to_string().contains("`{staff}`, which campaign"), "{e}");
        let t = Template::parse("reminder", "【{company}】{name}").unwrap();
        let e = t.check_for("reminder", &Placeholder::ALL, " ").unwrap_err();
        assert!(e.to_string().contains("company_name"), "{e}");
        assert!(t.check_for("reminder", &Placeholder::ALL, "好帮手").is_ok());
    }

    #[test]
    fn reminder_and_care_always_exist() {
        let t = Templates(BTreeMap::from([("spring".into(), "x".into())]));
        assert_eq!(t.text("reminder"), Some(DEFAULT_REMINDER));
        assert_eq!(t.text("care"), Some(DEFAULT_CARE));
        assert_eq!(t.text("spring"), Some("x"));
        assert_eq!(t.text("autumn"), None);
        assert_eq!(t.campaigns(), ["spring"]);
        for (name, text) in &Templates::default().0 {
            Template::parse(name, text).unwrap();
        }
        assert_eq!(date_text("2026-01-05".parse().unwrap()), "1月5日");
    }
}
