//! The store's settings (`.hk/config.toml`): the office's time zone, service
//! categories and their follow-up policy, survey dimensions and lifecycle thresholds.
//!
//! Every section has defaults, so an empty or partial config file still works and a
//! later version can add settings without breaking old stores.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use super::complaint::policy::ComplaintPolicy;
pub use super::inquiry::settings::InquirySettings;
pub use super::loyalty::LoyaltyPolicy;
pub use super::message::template::Templates;

/// The whole config file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default = "format_one")]
    pub format: u32,
    /// The office's time zone: what "today" is, and how times are shown.
    #[serde(default)]
    pub timezone: Zone,
    #[serde(default = "default_categories")]
    pub categories: Vec<Category>,
    #[serde(default)]
    pub followup: FollowupPolicy,
    #[serde(default)]
    pub lifecycle: Lifecycle,
    #[serde(default)]
    pub survey: Survey,
    #[serde(default)]
    pub complaints: ComplaintPolicy,
    #[serde(default)]
    pub staff: StaffSettings,
    #[serde(default)]
    pub loyalty: LoyaltyPolicy,
    /// The company's name, for `{company}` in message templates.
    #[serde(default)]
    pub company_name: String,
    #[serde(default)]
    pub inquiries: InquirySettings,
    /// Message texts by name (DESIGN §12); `reminder` and `care` always exist.
    #[serde(default)]
    pub templates: Templates,
    /// The office's language for messages, `--help` and table headers (`zh`, `en` or
    /// `both`); `--lang` and `HK_LANG` come first, the locale after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::i18n::Setting>,
}

/// Settings for the staff roster (DESIGN §10).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffSettings {
    /// Skills offered on a terminal and in `--help`; any other skill is accepted too.
    #[serde(default = "default_skills")]
    pub skills: Vec<String>,
}

impl Default for StaffSettings {
    fn default() -> Self {
        StaffSettings {
            skills: default_skills(),
        }
    }
}

fn default_skills() -> Vec<String> {
    ["保洁", "做饭", "育婴", "护老", "月子餐", "催乳", "收纳"]
        .map(String::from)
        .to_vec()
}

/// A service line (家庭保洁 …) and when its clients are called back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub key: String,
    pub label: String,
    /// Days after the first done service until the first follow-up.
    #[serde(default = "seven")]
    pub first_followup_days: u32,
    /// Calendar months between later follow-ups.
    #[serde(default = "three")]
    pub followup_every_months: u32,
    /// Hours a timed visit occupies its staff (DESIGN §10) [default: 3 for
    /// house-cleaning, 8 for nanny, 24 for maternity-nurse and others].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_hours: Option<u32>,
    /// Days after a multi-day visit's start when an in-service check-in call is due
    /// [default: 3 for nanny and maternity-nurse, none for others]; 0 turns it off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkin_days: Option<u32>,
    /// Certificates staff must hold, valid on the day, to be booked in this category
    /// [default: 健康证].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_certificates: Option<Vec<String>>,
}

impl Category {
    /// Hours a timed visit in this category occupies its staff.
    pub fn duration_hours(&self) -> u32 {
        self.duration_hours.unwrap_or(match self.key.as_str() {
            "house-cleaning" => 3,
            "nanny" => 8,
            _ => 24,
        })
    }

    /// Days after the start of a multi-day visit when its check-in call is due.
    pub fn checkin_days(&self) -> Option<u32> {
        match self.checkin_days {
            Some(0) => None,
            Some(n) => Some(n),
            None => matches!(self.key.as_str(), "nanny" | "maternity-nurse").then_some(3),
        }
    }

    /// The certificate kinds staff need, valid on the day, for this category.
    pub fn required_certificates(&self) -> Vec<String> {
        self.required_certificates
            .clone()
            .unwrap_or_else(|| vec!["健康证".to_string()])
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowupPolicy {
    /// Days to wait after an unanswered call before trying again.
    #[serde(default = "two")]
    pub retry_days: u32,
    /// Days after a complaint is resolved until the call that asks whether all is well.
    #[serde(default = "three")]
    pub complaint_callback_days: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lifecycle {
    #[serde(default = "d180")]
    pub churn_days: u32,
    #[serde(default = "d30")]
    pub new_days: u32,
    #[serde(default = "d90")]
    pub active_days: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Survey {
    #[serde(default = "default_dimensions")]
    pub dimensions: Vec<Dimension>,
}

/// A 1–5 survey question (总体满意度 …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub key: String,
    pub label: String,
}

/// An IANA time zone (`Asia/Shanghai`), written in the config by its name.
///
/// The zone, not a fixed offset, so that an office in a zone with summer time gets
/// the right offset on every date. The machine's own zone is never used: a server
/// usually runs in UTC, where "today" would start at 08:00 in Shanghai.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone(pub chrono_tz::Tz);

impl Default for Zone {
    fn default() -> Self {
        Zone(chrono_tz::Asia::Shanghai)
    }
}

impl Zone {
    pub fn parse(name: &str) -> Result<Zone, String> {
        name.trim()
            .parse::<chrono_tz::Tz>()
            .map(Zone)
            .map_err(|_| crate::t!("store-config-bad-timezone", name = name.trim()))
    }

    /// A moment as the office's clock shows it.
    pub fn local(&self, t: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
        t.with_timezone(&self.0).fixed_offset()
    }

    /// Noon on `date` in this zone (the moment `HK_NOW=2026-11-22` stands for).
    pub fn noon(&self, date: NaiveDate) -> Option<DateTime<FixedOffset>> {
        let noon = date.and_hms_opt(12, 0, 0)?;
        self.0
            .from_local_datetime(&noon)
            .earliest()
            .map(|t| t.fixed_offset())
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.name())
    }
}

impl Serialize for Zone {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.name())
    }
}

impl<'de> Deserialize<'de> for Zone {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Zone, D::Error> {
        let s = String::deserialize(d)?;
        Zone::parse(&s).map_err(|e| {
            serde::de::Error::custom(crate::t!(
                "store-config-field",
                field = "timezone",
                problem = e
            ))
        })
    }
}

fn format_one() -> u32 {
    1
}
fn two() -> u32 {
    2
}
fn three() -> u32 {
    3
}
fn seven() -> u32 {
    7
}
fn d30() -> u32 {
    30
}
fn d90() -> u32 {
    90
}
fn d180() -> u32 {
    180
}

fn category(key: &str, label: &str, every: u32) -> Category {
    Category {
        key: key.into(),
        label: label.into(),
        first_followup_days: 7,
        followup_every_months: every,
        duration_hours: None,
        checkin_days: None,
        required_certificates: None,
    }
}

fn default_categories() -> Vec<Category> {
    vec![
        category("house-cleaning", "家庭保洁", 3),
        category("nanny", "保姆照顾", 3),
        category("maternity-nurse", "月嫂服务", 6),
    ]
}

fn default_dimensions() -> Vec<Dimension> {
    [
        ("overall", "总体满意度"),
        ("attitude", "服务态度"),
        ("cleanliness", "清洁效果"),
        ("punctuality", "准时守约"),
        ("value", "性价比"),
    ]
    .into_iter()
    .map(|(key, label)| Dimension {
        key: key.into(),
        label: label.into(),
    })
    .collect()
}

impl Default for FollowupPolicy {
    fn default() -> Self {
        FollowupPolicy {
            retry_days: 2,
            complaint_callback_days: 3,
        }
    }
}

impl Default for Lifecycle {
    fn default() -> Self {
        Lifecycle {
            churn_days: 180,
            new_days: 30,
            active_days: 90,
        }
    }
}

impl Default for Survey {
    fn default() -> Self {
        Survey {
            dimensions: default_dimensions(),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            format: 1,
            timezone: Zone::default(),
            categories: default_categories(),
            followup: FollowupPolicy::default(),
            lifecycle: Lifecycle::default(),
            survey: Survey::default(),
            complaints: ComplaintPolicy::default(),
            staff: StaffSettings::default(),
            loyalty: LoyaltyPolicy::default(),
            company_name: String::new(),
            inquiries: InquirySettings::default(),
            templates: Templates::default(),
            language: None,
        }
    }
}

/// The commented file `hk init` writes. Parsing it must give `Config::default()`
/// (a unit test holds the two together).
pub const DEFAULT_CONFIG_TOML: &str = r#"# hk store settings. This file is plain text and committed with the store:
# keep personal data out of it. Edit freely; `hk` reads it on every command.
format = 1

# The office's time zone (an IANA name): what "today" is, and how times are shown,
# whatever zone the machine running hk is set to.
timezone = "Asia/Shanghai"

# The company's name, as `{company}` in message templates (see [templates]).
company_name = ""

# The language of messages, `--help` and table headers: "zh" (中文), "en", or "both"
# (bilingual headers). Unset, hk follows the locale (LANG=zh_CN.UTF-8 → 中文) and shows
# both languages in table headers. `--lang` and HK_LANG override it.
# language = "zh"

# Service lines (服务类别). Input accepts the key or the label.
# first_followup_days: days after the client's first done service until the first
# follow-up call (回访); followup_every_months: calendar months between later calls.
[[categories]]
key = "house-cleaning"
label = "家庭保洁"
first_followup_days = 7
followup_every_months = 3

[[categories]]
key = "nanny"
label = "保姆照顾"
first_followup_days = 7
followup_every_months = 3

[[categories]]
key = "maternity-nurse"
label = "月嫂服务"
first_followup_days = 7
followup_every_months = 6

[followup]
# Days to wait after an unanswered call (no-answer) before it is due again.
retry_days = 2
# Days after a complaint is resolved until the call-back (reason `complaint`).
complaint_callback_days = 3

[lifecycle]
# churned: closed, or last done visit more than churn_days ago.
churn_days = 180
# new: first done visit within new_days.
new_days = 30
# at-risk: last done visit more than active_days ago (or a poor latest survey).
active_days = 90

# Survey dimensions, each scored 1–5. NPS (0–10) and a comment are always asked.
[survey]
dimensions = [
  { key = "overall", label = "总体满意度" },
  { key = "attitude", label = "服务态度" },
  { key = "cleanliness", label = "清洁效果" },
  { key = "punctuality", label = "准时守约" },
  { key = "value", label = "性价比" },
]

# Complaints (投诉). Types: input accepts the key or the label; `priority` is the
# type's default priority (urgent, high, normal, low). The type `safety`, and any
# complaint added with `--safety`, is always urgent.
[complaints]
types = [
  { key = "late", label = "迟到", priority = "normal" },
  { key = "quality", label = "清洁不到位", priority = "normal" },
  { key = "damage", label = "物品损坏", priority = "high" },
  { key = "attitude", label = "服务态度", priority = "high" },
  { key = "safety", label = "安全隐患", priority = "urgent" },
  { key = "billing", label = "价格收费", priority = "normal" },
  { key = "other", label = "其他", priority = "normal" },
]

# Deadlines per priority, in calendar hours after the complaint came in: the first
# response (a logged contact with the client) and the resolution.
[complaints.deadlines]
urgent = { first_response_hours = 1, resolution_hours = 24 }
high = { first_response_hours = 4, resolution_hours = 48 }
normal = { first_response_hours = 24, resolution_hours = 72 }
low = { first_response_hours = 48, resolution_hours = 168 }

# Loyalty points (积分) and tiers (会员等级). Points per done visit with a price:
# floor(price × points_per_yuan); per survey answered; per referral (a client whose
# `source` names this client by id or exact name). Tiers by spend over the last 12
# months: the highest tier whose `from` (yuan) is reached; the first starts at 0.
[loyalty]
points_per_yuan = 0.1
points_per_survey = 20
points_per_referral = 100
tiers = [
  { name = "普通", from = 0 },
  { name = "银卡", from = 3000 },
  { name = "金卡", from = 10000 },
]
# Inquiries (咨询): the channels they come in by and the topics prospects ask about.
# Input accepts the key or the label.
[inquiries]
channels = [
  { key = "phone", label = "电话" },
  { key = "wechat", label = "微信" },
  { key = "meituan", label = "美团" },
  { key = "58tongcheng", label = "58同城" },
  { key = "walk-in", label = "到店" },
  { key = "website", label = "网站" },
  { key = "referral", label = "转介绍" },
  { key = "other", label = "其他" },
]
topics = [
  { key = "price", label = "价格" },
  { key = "qualification", label = "资质" },
  { key = "availability", label = "档期" },
  { key = "content", label = "服务内容" },
  { key = "safety", label = "安全/保险" },
  { key = "other", label = "其他" },
]

# Message texts (hk message reminders | care | campaign). Placeholders: {name}
# {service} {date} {time} {staff} {company}. `reminder` and `care` always exist;
# every other key is a campaign template, sent with `hk message campaign --template KEY`
# to clients whose marketing consent is yes. Write `{{` and `}}` for literal braces.
[templates]
reminder = "{name}您好，提醒您：{date}（{time}）有{service}服务，服务人员：{staff}。如需改期请提前联系我们，谢谢！"
care = "{name}您好，距您上次{service}已有一段时间，按您的服务周期，下次服务建议安排在{date}前后。需要预约请直接回复或来电，祝生活愉快！"
# spring = "{name}您好，{company}春季大扫除优惠开始啦，回复预约享九折。"
"#;

impl Config {
    /// Parses a config file's text; the error carries toml's line/column report.
    pub fn parse(text: &str) -> Result<Config, String> {
        // toml's report ends with a line break; the message goes on one line of an error.
        let config: Config =
            toml::from_str(text).map_err(|e| e.to_string().trim_end().to_string())?;
        config.check()?;
        Ok(config)
    }

    fn check(&self) -> Result<(), String> {
        if self.format != 1 {
            return Err(crate::t!(
                "store-config-newer",
                format = self.format,
                known = 1
            ));
        }
        if self.categories.is_empty() {
            return Err(crate::t!("store-config-no-categories"));
        }
        for (i, c) in self.categories.iter().enumerate() {
            if c.key.trim().is_empty() || c.label.trim().is_empty() {
                return Err(crate::t!("store-config-category-unnamed", number = i + 1));
            }
            if c.followup_every_months == 0 {
                return Err(crate::t!("store-config-category-every", key = &c.key));
            }
            for other in &self.categories[..i] {
                let clash = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
                if clash(&c.key, &other.key)
                    || clash(&c.label, &other.label)
                    || clash(&c.key, &other.label)
                    || clash(&c.label, &other.key)
                {
                    return Err(crate::t!(
                        "store-config-categories-clash",
                        first = &other.key,
                        second = &c.key
                    ));
                }
            }
        }
        self.complaints.check()?;
        self.loyalty.check()?;
        self.inquiries.check()
    }

    /// Finds a category by key or label (keys case-insensitively).
    pub fn category(&self, input: &str) -> Result<&Category, String> {
        let s = input.trim();
        self.categories
            .iter()
            .find(|c| c.key.eq_ignore_ascii_case(s) || c.label == s)
            .ok_or_else(|| {
                let known: Vec<String> = self
                    .categories
                    .iter()
                    .map(|c| format!("{} ({})", c.key, c.label))
                    .collect();
                crate::t!(
                    "store-config-no-such-category",
                    input = s,
                    known = known.join(", ")
                )
            })
    }

    /// The label of a category key, or the key itself if the config no longer has it.
    pub fn category_label<'a>(&'a self, key: &'a str) -> &'a str {
        self.categories
            .iter()
            .find(|c| c.key == key)
            .map(|c| c.label.as_str())
            .unwrap_or(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_written_default_equals_the_builtin_default() {
        assert_eq!(
            Config::parse(DEFAULT_CONFIG_TOML).unwrap(),
            Config::default()
        );
    }

    #[test]
    fn an_empty_file_gives_the_defaults() {
        assert_eq!(Config::parse("").unwrap(), Config::default());
    }

    #[test]
    fn the_time_zone_is_an_iana_name_shanghai_by_default() {
        assert_eq!(Config::default().timezone.to_string(), "Asia/Shanghai");
        let c = Config::parse("timezone = 'America/New_York'").unwrap();
        let t = DateTime::parse_from_rfc3339("2026-07-01T12:00:00+08:00").unwrap();
        assert_eq!(
            c.timezone.local(t).to_rfc3339(),
            "2026-07-01T00:00:00-04:00"
        );
        let winter = DateTime::parse_from_rfc3339("2026-11-22T12:00:00+08:00").unwrap();
        assert_eq!(
            c.timezone.local(winter).to_rfc3339(),
            "2026-11-21T23:00:00-05:00"
        );
        let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(
            Zone::default().noon(day).unwrap().to_rfc3339(),
            "2026-11-22T12:00:00+08:00"
        );
    }

    #[test]
    fn categories_resolve_by_key_or_label() {
        let c = Config::default();
        assert_eq!(c.category("nanny").unwrap().key, "nanny");
        assert_eq!(c.category("NANNY").unwrap().key, "nanny");
        assert_eq!(c.category("月嫂服务").unwrap().key, "maternity-nurse");
        let err = c.category("擦玻璃").unwrap_err();
        assert!(err.contains("house-cleaning (家庭保洁)"), "{err}");
    }

    #[test]
    fn complaint_settings_have_defaults_key_by_key() {
        let c = Config::parse(
            "[followup]\nretry_days = 1\n[complaints.deadlines]\nlow = { first_response_hours = 72, resolution_hours = 240 }\n",
        )
        .unwrap();
        assert_eq!(c.followup.complaint_callback_days, 3);
        assert_eq!(c.complaints.types, Config::default().complaints.types);
        assert_eq!(c.complaints.deadlines.low.resolution_hours, 240);
        assert_eq!(c.complaints.deadlines.urgent.first_response_hours, 1);
        let dup =
            "[complaints]\ntypes = [{ key = 'a', label = '甲' }, { key = 'A', label = '乙' }]\n";
        assert!(Config::parse(dup).unwrap_err().contains("share"));
        assert!(Config::parse("[complaints]\ntypes = []").is_err());
    }

    #[test]
    fn bad_configs_are_refused_with_a_reason() {
        assert!(Config::parse("format = 2").unwrap_err().contains("newer"));
        assert!(Config::parse("colour = 1").is_err());
        assert!(
            Config::parse("categories = []")
                .unwrap_err()
                .contains("at least one")
        );
        let dup = "[[categories]]\nkey='a'\nlabel='甲'\n[[categories]]\nkey='A'\nlabel='乙'\n";
        assert!(Config::parse(dup).unwrap_err().contains("share"));
        let zone = Config::parse("timezone = 'Asia/Shangai'").unwrap_err();
        assert!(zone.contains("timezone"), "{zone}");
        assert!(zone.contains("`Asia/Shangai` is not a time zone"), "{zone}");
        assert!(Config::parse("timezone = 8").is_err());
        let zero = "[[categories]]\nkey='a'\nlabel='甲'\nfollowup_every_months=0\n";
        assert!(Config::parse(zero).unwrap_err().contains("at least 1"));
    }
}
