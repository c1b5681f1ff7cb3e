//! The visit record (服务记录): one service appointment or engagement.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::FieldError;
use super::config::Config;
use super::edit::{Editable, split_list};
use super::limits::{self, check_len};
use super::money::Money;

pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Scheduled,
    Done,
    Cancelled,
    NoShow,
}

impl Status {
    pub fn parse(s: &str) -> Result<Status, String> {
        match s.trim().to_lowercase().as_str() {
            "scheduled" | "预约" | "已预约" | "待服务" => Ok(Status::Scheduled),
            "done" | "完成" | "已完成" | "已服务" => Ok(Status::Done),
            "cancelled" | "canceled" | "取消" | "已取消" => Ok(Status::Cancelled),
            "no-show" | "noshow" | "no_show" | "爽约" | "未到" => Ok(Status::NoShow),
            _ => Err(crate::t!("visit-status-expected")),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Status::Scheduled => "scheduled",
            Status::Done => "done",
            Status::Cancelled => "cancelled",
            Status::NoShow => "no-show",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Payment {
    Cash,
    Wechat,
    Alipay,
    Card,
    Transfer,
}

impl Payment {
    pub fn parse(s: &str) -> Result<Payment, String> {
        match s.trim().to_lowercase().as_str() {
            "cash" | "现金" => Ok(Payment::Cash),
            "wechat" | "微信" | "微信支付" => Ok(Payment::Wechat),
            "alipay" | "支付宝" => Ok(Payment::Alipay),
            "card" | "刷卡" | "银行卡" => Ok(Payment::Card),
            "transfer" | "转账" | "银行转账" => Ok(Payment::Transfer),
            _ => Err(crate::t!("visit-payment-expected")),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Payment::Cash => "cash",
            Payment::Wechat => "wechat",
            Payment::Alipay => "alipay",
            Payment::Card => "card",
            Payment::Transfer => "transfer",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Visit {
    pub format: u32,
    pub id: String,
    pub client: String,
    pub category: String,
    /// Start date; the file lives under `visits/<YYYY-MM of date>/`.
    #[serde(deserialize_with = "crate::domain::wire::date")]
    pub date: NaiveDate,
    /// Last day of a multi-day engagement (a 26-day maternity stay).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::wire::opt_date"
    )]
    pub end: Option<NaiveDate>,
    /// Start time `HH:MM`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::wire::opt_time"
    )]
    pub time: Option<NaiveTime>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub staff: Vec<String>,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<Payment>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub products: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issues: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The series this visit is one occurrence of (`--repeat`): the id of its first
    /// visit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub created: DateTime<FixedOffset>,
    #[serde(deserialize_with = "crate::domain::wire::datetime")]
    pub updated: DateTime<FixedOffset>,
    /// Fields two offices changed differently, settled by `hk resolve` (DESIGN §13).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<super::conflict::Conflict>,
}

impl Visit {
    /// A new visit of `client` on `date`, scheduled, with nothing else set yet; fill
    /// it in, then `normalize`.
    pub fn new(
        client: String,
        category: String,
        date: NaiveDate,
        now: DateTime<FixedOffset>,
    ) -> Visit {
        Visit {
            conflicts: Vec::new(),
            format: FORMAT,
            id: String::new(),
            client,
            category,
            date,
            end: None,
            time: None,
            staff: Vec::new(),
            status: Status::Scheduled,
            price: None,
            payment: None,
            products: String::new(),
            issues: String::new(),
            notes: String::new(),
            series: None,
            created: now,
            updated: now,
        }
    }

    /// The order visits are listed in: by date and time (visits without a time first),
    /// then in the order they were booked (`created`), then by id.
    pub fn order_key(&self) -> (NaiveDate, Option<NaiveTime>, DateTime<FixedOffset>, &str) {
        (self.date, self.time, self.created, &self.id)
    }

    /// The date that counts for follow-ups and stages: the end date when there is one.
    pub fn effective_date(&self) -> NaiveDate {
        self.end.unwrap_or(self.date)
    }

    /// Whether the staff are in the home on `today`: a scheduled or done visit with an
    /// end date, started and not yet ended (DESIGN §10).
    pub fn in_service(&self, today: NaiveDate) -> bool {
        matches!(self.status, Status::Scheduled | Status::Done)
            && self
                .end
                .is_some_and(|end| self.date <= today && today <= end)
    }

    /// The status as listings show it on `today`: `in-service` during a stay.
    pub fn status_on(&self, today: NaiveDate) -> &'static str {
        if self.in_service(today) {
            "in-service"
        } else {
            self.status.key()
        }
    }

    pub fn is_done(&self) -> bool {
        self.status == Status::Done
    }

    /// The status a new visit gets when none is given: done if it started on or
    /// before today, else scheduled.
    pub fn default_status(date: NaiveDate, today: NaiveDate) -> Status {
        if date <= today {
            Status::Done
        } else {
            Status::Scheduled
        }
    }

    /// Checks the rules a visit must keep, and turns the category into its key.
    pub fn normalize(&mut self, config: &Config) -> Result<(), FieldError> {
        FieldError::check_format(self.format, FORMAT)?;
        // The field a problem is about, by its record name (never translated).
        let broken = |field: &str, problem: String| FieldError::new(field, problem);
        self.category = config
            .category(&self.category)
            .map_err(|e| broken("category", e))?
            .key
            .clone();
        if let Some(end) = self.end {
            if end < self.date {
                return Err(broken("end", crate::t!("visit-end-before-start")));
            }
            if end == self.date {
                self.end = None;
            }
        }
        let mut staff: Vec<String> = Vec::new();
        for s in &self.staff {
            let s = s.trim().to_string();
            if s.is_empty() || s.chars().any(char::is_control) {
                return Err(broken("staff", crate::t!("visit-staff-one-line")));
            }
            check_len("staff", &s, limits::NAME)?;
            if !staff.contains(&s) {
                staff.push(s);
            }
        }
        self.staff = staff;
        for (field, value) in [
            ("products", &self.products),
            ("issues", &self.issues),
            ("notes", &self.notes),
        ] {
            check_len(field, value, limits::NOTES)?;
        }
        Ok(())
    }
}

impl Visit {
    /// Sets one field from text, as `hk visit edit --set FIELD=VALUE` does.
    /// Call `normalize` afterwards.
    pub fn set_field(
        &mut self,
        field: &str,
        value: &str,
        today: NaiveDate,
    ) -> Result<(), FieldError> {
        let bad = |e: String| FieldError::new(field, e);
        let v = value.trim();
        match field {
            "date" => {
                self.date = super::date::parse_date(v, today).map_err(|e| bad(e.to_string()))?
            }
            "end" => {
                self.end = if v.is_empty() {
                    None
                } else {
                    Some(super::date::parse_date(v, today).map_err(|e| bad(e.to_string()))?)
                }
            }
            "time" => {
                self.time = if v.is_empty() {
                    None
                } else {
                    Some(parse_time(v).map_err(bad)?)
                }
            }
            "category" => self.category = v.to_string(),
            "staff" => self.staff = split_list(v, true),
            "status" => self.status = Status::parse(v).map_err(bad)?,
            "price" => {
                self.price = if v.is_empty() {
                    None
                } else {
                    Some(Money::parse(v).map_err(bad)?)
                }
            }
            "payment" => {
                self.payment = if v.is_empty() {
                    None
                } else {
                    Some(Payment::parse(v).map_err(bad)?)
                }
            }
            "products" => self.products = value.to_string(),
            "issues" => self.issues = value.to_string(),
            "notes" | "note" => self.notes = value.to_string(),
            _ => {
                return Err(FieldError::new(
                    field,
                    crate::t!("visit-field-not-settable"),
                ));
            }
        }
        Ok(())
    }
}

impl Editable for Visit {
    fn set_field(&mut self, field: &str, value: &str, today: NaiveDate) -> Result<(), FieldError> {
        Visit::set_field(self, field, value, today)
    }

    /// `normalize`, and a visit after today cannot be done yet.
    fn check(&mut self, config: &Config, today: NaiveDate) -> Result<(), FieldError> {
        self.normalize(config)?;
        if self.status == Status::Done && self.date > today {
            let field = "status";
            return Err(FieldError::new(field, crate::t!("visit-done-in-future")));
        }
        Ok(())
    }

    super::edit::stamped!();
}

/// Parses `HH:MM` (also `9:30`, `09:30:00`, `9点30`).
pub fn parse_time(s: &str) -> Result<NaiveTime, String> {
    let t = s.trim().replace(['点', '：'], ":");
    let t = t.trim_end_matches(['分', ':']);
    let t = if t.contains(':') {
        t.to_string()
    } else {
        format!("{t}:00")
    };
    NaiveTime::parse_from_str(&t, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(&t, "%H:%M:%S"))
        .map_err(|_| crate::t!("visit-time-expected"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_and_payments_accept_chinese() {
        assert_eq!(Status::parse("已完成").unwrap(), Status::Done);
        assert_eq!(Status::parse("no-show").unwrap(), Status::NoShow);
        assert!(Status::parse("maybe").is_err());
        assert_eq!(Payment::parse("支付宝").unwrap(), Payment::Alipay);
        assert_eq!(Payment::parse("WeChat").unwrap(), Payment::Wechat);
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("9:30").unwrap().to_string(), "09:30:00");
        assert_eq!(parse_time("14点").unwrap().to_string(), "14:00:00");
        assert_eq!(parse_time("9点30分").unwrap().to_string(), "09:30:00");
        assert!(parse_time("25:00").is_err());
        assert!(parse_time("noon").is_err());
    }

    #[test]
    fn normalize_bounds_staff_names_and_notes() {
        let mut v = crate::domain::due::tests::visit("nanny", "2026-11-01", None, Status::Done);
        v.notes = "备".repeat(limits::NOTES);
        v.staff = vec!["阿".repeat(limits::NAME)];
        v.normalize(&Config::default()).unwrap();
        v.notes.push('注');
        assert_eq!(v.normalize(&Config::default()).unwrap_err().field, "notes");
        v.notes.clear();
        v.staff = vec!["阿".repeat(limits::NAME + 1)];
        assert_eq!(v.normalize(&Config::default()).unwrap_err().field, "staff");
    }

    #[test]
    fn a_stay_is_in_service_from_its_start_through_its_end() {
        let mut v = crate::domain::due::tests::visit(
            "maternity-nurse",
            "2026-12-01",
            Some("2026-12-26"),
            Status::Done,
        );
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(v.status_on(day("2026-11-30")), "done");
        assert_eq!(v.status_on(day("2026-12-01")), "in-service");
        assert_eq!(v.status_on(day("2026-12-26")), "in-service");
        assert_eq!(v.status_on(day("2026-12-27")), "done");
        v.status = Status::Cancelled;
        assert_eq!(v.status_on(day("2026-12-10")), "cancelled");
        v.status = Status::Scheduled;
        v.end = None;
        assert_eq!(
            v.status_on(day("2026-12-01")),
            "scheduled",
            "a one-day visit is never in service"
        );
    }

    #[test]
    fn default_status_follows_the_date() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(Visit::default_status(today, today), Status::Done);
        assert_eq!(
            Visit::default_status(today.succ_opt().unwrap(), today),
            Status::Scheduled
        );
    }
}
