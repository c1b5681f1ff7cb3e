//! Visit history from a spreadsheet: which column is which, and one draft visit per
//! row. Rows name their client by id or phone; the CLI looks the client up.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

use super::{Fields, HeaderError, RowError, Sheet, SheetRow, map_columns, split_list};
use crate::domain::config::Config;
use crate::domain::date::parse_date;
use crate::domain::money::Money;
use crate::domain::visit::{Payment, Status, Visit, parse_time};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Client,
    Phone,
    Date,
    End,
    Time,
    Category,
    Staff,
    Status,
    Price,
    Payment,
    Products,
    Issues,
    Notes,
}

const HEADERS: &[(Field, &[&str])] = &[
    (Field::Client, &["client", "clientid", "客户编号", "客户id"]),
    (
        Field::Phone,
        &["phone", "mobile", "手机", "手机号", "电话", "联系电话"],
    ),
    (
        Field::Date,
        &["date", "start", "日期", "服务日期", "开始日期", "上门日期"],
    ),
    (Field::End, &["end", "enddate", "结束日期", "截止日期"]),
    (Field::Time, &["time", "时间", "上门时间", "开始时间"]),
    (
        Field::Category,
        &["category", "服务类型", "服务类别", "服务项目", "类别"],
    ),
    (
        Field::Staff,
        &[
            "staff",
            "服务人员",
            "阿姨",
            "保洁员",
            "月嫂",
            "保姆",
            "员工",
        ],
    ),
    (Field::Status, &["status", "状态"]),
    (
        Field::Price,
        &["price", "amount", "金额", "价格", "费用", "实收"],
    ),
    (Field::Payment, &["payment", "支付方式", "付款方式"]),
    (Field::Products, &["products", "用品", "使用产品"]),
    (Field::Issues, &["issues", "问题", "发现问题"]),
    (Field::Notes, &["notes", "note", "备注"]),
];

/// Which column holds which visit field.
pub type Mapping = Fields<Field>;

pub fn map_headers(headers: &[String]) -> Result<Mapping, HeaderError> {
    let mapping = map_columns(headers, HEADERS)?;
    let has = |f: Field| mapping.column_of(f).is_some();
    if !has(Field::Client) && !has(Field::Phone) {
        return Err(HeaderError::Missing {
            field: "client",
            expected: super::Expected::ClientOrPhone,
        });
    }
    if !has(Field::Date) {
        return Err(HeaderError::Missing {
            field: "date",
            expected: super::Expected::Date,
        });
    }
    Ok(mapping)
}

/// A row turned into a visit, with the client reference still to resolve.
pub struct Draft {
    pub line: u64,
    /// Client id, if the row has one.
    pub client_id: String,
    /// Phone as written, if the row has one.
    pub phone: String,
    /// Whether the status came from the file (else it follows the date).
    pub visit: Visit,
}

pub fn row_to_draft(
    row: &SheetRow,
    sheet: &Sheet,
    mapping: &Mapping,
    now: DateTime<FixedOffset>,
) -> Result<Draft, RowError> {
    let today = now.date_naive();
    let header_of = |i: usize| sheet.headers.get(i).cloned().unwrap_or_default();
    let mut d = Draft {
        line: row.line,
        client_id: String::new(),
        phone: String::new(),
        visit: Visit::new(String::new(), String::new(), today, now),
    };
    let mut status = None;
    let mut date_col = String::new();
    for &(i, field) in &mapping.columns {
        let v = row.get(i);
        let err = |problem: String| RowError {
            line: row.line,
            column: header_of(i),
            problem,
        };
        if v.is_empty() {
            if field == Field::Date {
                return Err(err(crate::t!("visit-import-date-empty")));
            }
            continue;
        }
        let visit = &mut d.visit;
        match field {
            Field::Client => d.client_id = v.to_lowercase(),
            Field::Phone => d.phone = v.to_string(),
            Field::Date => {
                visit.date = parse_date(v, today).map_err(|e| err(e.to_string()))?;
                date_col = header_of(i);
            }
            Field::End => visit.end = Some(parse_date(v, today).map_err(|e| err(e.to_string()))?),
            Field::Time => visit.time = Some(parse_time(v).map_err(err)?),
            Field::Category => visit.category = v.to_string(),
            Field::Staff => visit.staff = split_list(v),
            Field::Status => status = Some(Status::parse(v).map_err(err)?),
            Field::Price => visit.price = Some(Money::parse(v).map_err(err)?),
            Field::Payment => visit.payment = Some(Payment::parse(v).map_err(err)?),
            Field::Products => visit.products = v.to_string(),
            Field::Issues => visit.issues = v.to_string(),
            Field::Notes => visit.notes = v.to_string(),
        }
    }
    let visit = &mut d.visit;
    visit.status = status.unwrap_or_else(|| Visit::default_status(visit.date, today));
    if visit.status == Status::Done && visit.date > today {
        return Err(RowError {
            line: row.line,
            column: date_col,
            problem: crate::t!("visit-done-in-future"),
        });
    }
    if d.client_id.is_empty() && d.phone.is_empty() {
        return Err(RowError {
            line: row.line,
            column: String::new(),
            problem: crate::t!("visit-import-no-client"),
        });
    }
    Ok(d)
}

impl Draft {
    /// Validates the visit once its client (and so its default category) is known.
    pub fn finish(
        &mut self,
        client_categories: &[String],
        config: &Config,
        sheet: &Sheet,
        mapping: &Mapping,
    ) -> Result<(), RowError> {
        let column_of = |f: Field| mapping.header_of(sheet, f);
        if self.visit.category.is_empty() {
            match client_categories {
                [one] => self.visit.category = one.clone(),
                _ => {
                    return Err(RowError {
                        line: self.line,
                        column: column_of(Field::Category),
                        problem: crate::t!("visit-import-no-category"),
                    });
                }
            }
        }
        self.visit.normalize(config).map_err(|e| RowError {
            line: self.line,
            column: match e.field.as_str() {
                "category" => column_of(Field::Category),
                "end" => column_of(Field::End),
                "staff" => column_of(Field::Staff),
                "products" => column_of(Field::Products),
                "issues" => column_of(Field::Issues),
                "notes" => column_of(Field::Notes),
                _ => String::new(),
            },
            problem: e.problem,
        })
    }
}

/// What makes two visits of a client the same for re-imports: dates, time, category
/// and staff. An import keeps this of every visit of the store, not the visit itself
/// (100,000 visits with their notes are hundreds of MB).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sameness {
    date: NaiveDate,
    last: NaiveDate,
    time: Option<NaiveTime>,
    category: String,
    staff: Vec<String>,
}

impl Sameness {
    pub fn of(v: &Visit) -> Sameness {
        Sameness {
            date: v.date,
            last: v.effective_date(),
            time: v.time,
            category: v.category.clone(),
            staff: v.staff.clone(),
        }
    }
}
