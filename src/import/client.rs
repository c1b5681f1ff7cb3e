//! Client intake from a spreadsheet: which column is which, and one `Client` per row.
//!
//! Headers may be Chinese or English (`姓名`/`name`, `手机`/`phone` …); the columns that
//! `hk client export` writes are all recognised, so export → import is faithful.

use chrono::{DateTime, FixedOffset};

use super::{Fields, HeaderError, RowError, Sheet, SheetRow, split_list};
use crate::domain::client::{Client, Closed};
use crate::domain::config::Config;
use crate::domain::consent::ConsentEntry;
use crate::domain::date::parse_date;
use crate::domain::id::{self, Kind};

/// A client column an import understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Id,
    Name,
    Phones,
    Wechat,
    Address,
    IdNumber,
    Categories,
    Tags,
    Source,
    Needs,
    Frequency,
    Notes,
    HouseholdSize,
    Pets,
    Children,
    Elders,
    AreaSqm,
    Marketing,
    MarketingDate,
    MarketingChannel,
    DoNotContact,
    Created,
    ClosedDate,
    ClosedReason,
    /// Recognised and deliberately not imported (a new record gets new timestamps).
    Ignored,
}

/// Known header spellings, compared after `header_key`.
const HEADERS: &[(Field, &[&str])] = &[
    (Field::Id, &["id"]),
    (
        Field::Name,
        &[
            "name",
            "姓名",
            "客户姓名",
            "名字",
            "客户",
            "客户名称",
            "联系人",
        ],
    ),
    (
        Field::Phones,
        &[
            "phone",
            "phones",
            "mobile",
            "tel",
            "手机",
            "手机号",
            "手机号码",
            "电话",
            "联系电话",
            "电话号码",
            "联系方式",
        ],
    ),
    (Field::Wechat, &["wechat", "微信", "微信号"]),
    (
        Field::Address,
        &[
            "address",
            "地址",
            "住址",
            "服务地址",
            "家庭住址",
            "详细地址",
        ],
    ),
    (
        Field::IdNumber,
        &["idnumber", "身份证", "身份证号", "身份证号码"],
    ),
    (
        Field::Categories,
        &[
            "category",
            "categories",
            "服务类型",
            "服务类别",
            "类别",
            "分类",
            "服务项目",
            "业务类型",
        ],
    ),
    (Field::Tags, &["tag", "tags", "标签"]),
    (
        Field::Source,
        &["source", "来源", "客户来源", "渠道", "获客渠道"],
    ),
    (Field::Needs, &["needs", "需求", "服务需求"]),
    (Field::Frequency, &["frequency", "频次", "服务频次", "频率"]),
    (Field::Notes, &["notes", "note", "备注", "说明"]),
    (
        Field::HouseholdSize,
        &["householdsize", "家庭人口", "人口", "家庭人数"],
    ),
    (Field::Pets, &["pets", "宠物"]),
    (Field::Children, &["children", "儿童", "孩子", "小孩"]),
    (Field::Elders, &["elders", "老人"]),
    (
        Field::AreaSqm,
        &["areasqm", "area", "面积", "房屋面积", "住房面积"],
    ),
    (Field::Marketing, &["marketing", "营销同意", "同意营销"]),
    (Field::MarketingDate, &["marketingdate", "同意日期"]),
    (Field::MarketingChannel, &["marketingchannel", "同意渠道"]),
    (Field::DoNotContact, &["donotcontact", "勿扰", "请勿联系"]),
    (Field::Created, &["created", "创建时间"]),
    (Field::ClosedDate, &["closeddate", "关闭日期"]),
    (Field::ClosedReason, &["closedreason", "关闭原因"]),
    (Field::Ignored, &["updated", "stage"]),
];

/// The column names `hk client export` writes, in order (all recognised above).
pub const EXPORT_COLUMNS: &[&str] = &[
    "id",
    "name",
    "phones",
    "wechat",
    "address",
    "id_number",
    "categories",
    "tags",
    "source",
    "needs",
    "frequency",
    "household_size",
    "pets",
    "children",
    "elders",
    "area_sqm",
    "marketing",
    "marketing_date",
    "marketing_channel",
    "do_not_contact",
    "closed_date",
    "closed_reason",
    "notes",
    "created",
];

pub fn field_of(header: &str) -> Option<Field> {
    super::known_field(header, HEADERS)
}

/// Which column holds which client field.
pub type Mapping = Fields<Field>;

pub fn map_headers(headers: &[String]) -> Result<Mapping, HeaderError> {
    let mut mapping = super::map_columns(headers, HEADERS)?;
    mapping.columns.retain(|(_, f)| *f != Field::Ignored);
    if mapping.column_of(Field::Name).is_none() {
        return Err(HeaderError::Missing {
            field: "name",
            expected: super::Expected::Name,
        });
    }
    Ok(mapping)
}

/// Builds a validated client from one row. The id comes from the `id` column when
/// there is one, else it is left empty for the caller to assign.
pub fn row_to_client(
    row: &SheetRow,
    sheet: &Sheet,
    mapping: &Mapping,
    config: &Config,
    now: DateTime<FixedOffset>,
) -> Result<Client, RowError> {
    let mut c = Client::new(String::new(), now);
    // The consent columns make one entry of the history (the value in force when the
    // sheet was made; an empty date means "since before it was recorded").
    let mut consent = ConsentEntry {
        marketing: false,
        date: None,
        channel: String::new(),
        evidence: String::new(),
    };
    let header_of = |i: usize| sheet.headers.get(i).cloned().unwrap_or_default();
    let column_of = |f: Field| mapping.header_of(sheet, f);
    for &(i, field) in &mapping.columns {
        let v = row.get(i);
        let err = |problem: String| RowError {
            line: row.line,
            column: header_of(i),
            problem,
        };
        if v.is_empty() {
            continue;
        }
        match field {
            Field::Id => {
                if !id::is_valid(Kind::Client, v) {
                    return Err(err(crate::t!("client-import-bad-id")));
                }
                c.id = v.to_string();
            }
            Field::Name => c.name = v.to_string(),
            Field::Phones => c.phones = split_list(v),
            Field::Wechat => c.wechat = v.to_string(),
            Field::Address => c.address = v.to_string(),
            Field::IdNumber => c.id_number = v.to_string(),
            Field::Categories => c.categories = split_list(v),
            Field::Tags => c.tags = split_list(v),
            Field::Source => c.source = v.to_string(),
            Field::Needs => c.needs = v.to_string(),
            Field::Frequency => c.frequency = v.to_string(),
            Field::Notes => c.notes = v.to_string(),
            Field::HouseholdSize => c.household.size = Some(number(v).map_err(err)?),
            Field::Pets => c.household.pets = v.to_string(),
            Field::Children => c.household.children = v.to_string(),
            Field::Elders => c.household.elders = v.to_string(),
            Field::AreaSqm => {
                c.household.area_sqm = Some(number(v.trim_end_matches(['㎡', '平'])).map_err(err)?)
            }
            Field::Marketing => consent.marketing = yes_no(v).map_err(err)?,
            Field::MarketingDate => {
                consent.date =
                    Some(parse_date(v, now.date_naive()).map_err(|e| err(e.to_string()))?)
            }
            Field::MarketingChannel => consent.channel = v.to_string(),
            Field::DoNotContact => c.do_not_contact = yes_no(v).map_err(err)?,
            Field::Created => {
                c.created = DateTime::parse_from_rfc3339(v)
                    .map_err(|_| err(crate::t!("client-import-bad-time")))?;
            }
            Field::ClosedDate => {
                let date = parse_date(v, now.date_naive()).map_err(|e| err(e.to_string()))?;
                let reason = c.closed.take().map(|cl| cl.reason).unwrap_or_default();
                c.closed = Some(Closed { date, reason });
            }
            Field::ClosedReason => match &mut c.closed {
                Some(cl) => cl.reason = v.to_string(),
                None => {
                    c.closed = Some(Closed {
                        date: now.date_naive(),
                        reason: v.to_string(),
                    })
                }
            },
            Field::Ignored => {}
        }
    }
    if consent.marketing || consent.date.is_some() || !consent.channel.is_empty() {
        c.consent.push(consent);
    }
    for e in &mut c.consent {
        e.check(Some(now.date_naive())).map_err(|e| RowError {
            line: row.line,
            column: column_of(if e.field == "consent_date" {
                Field::MarketingDate
            } else {
                Field::MarketingChannel
            }),
            problem: e.problem,
        })?;
    }
    c.normalize(config).map_err(|e| {
        let column = match e.field.as_str() {
            "name" => column_of(Field::Name),
            "phone" => column_of(Field::Phones),
            "id_number" => column_of(Field::IdNumber),
            "category" => column_of(Field::Categories),
            "tag" => column_of(Field::Tags),
            "wechat" => column_of(Field::Wechat),
            "address" => column_of(Field::Address),
            "source" => column_of(Field::Source),
            "frequency" => column_of(Field::Frequency),
            "needs" => column_of(Field::Needs),
            "notes" => column_of(Field::Notes),
            "pets" => column_of(Field::Pets),
            "children" => column_of(Field::Children),
            "elders" => column_of(Field::Elders),
            "consent_channel" => column_of(Field::MarketingChannel),
            "closed_reason" => column_of(Field::ClosedReason),
            _ => String::new(),
        };
        RowError {
            line: row.line,
            column,
            problem: e.problem,
        }
    })?;
    Ok(c)
}

fn number(v: &str) -> Result<u32, String> {
    v.trim()
        .parse::<u32>()
        .map_err(|_| crate::t!("records-expected-whole-number"))
}

/// Yes/no in the spellings spreadsheets use.
pub fn yes_no(v: &str) -> Result<bool, String> {
    match v.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "是" | "同意" | "√" => Ok(true),
        "no" | "n" | "false" | "0" | "否" | "不同意" | "" => Ok(false),
        _ => Err(crate::t!("client-import-yes-no")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::read_sheet;

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-22T09:00:00+08:00").unwrap()
    }

    #[test]
    fn chinese_headers_map_to_fields() {
        let sheet = read_sheet("姓名,手机（必填）,地址,服务类型,标签,身高\n王秀英,138 1234 5678,浦东新区张江路88号,家庭保洁、月嫂服务,宠物/猫,165\n").unwrap();
        let m = map_headers(&sheet.headers).unwrap();
        assert_eq!(m.unused, vec!["身高"]);
        let c = row_to_client(&sheet.rows[0], &sheet, &m, &Config::default(), now()).unwrap();
        assert_eq!(c.name, "王秀英");
        assert_eq!(c.phones, vec!["13812345678"]);
        assert_eq!(c.categories, vec!["house-cleaning", "maternity-nurse"]);
        assert_eq!(c.tags, vec!["宠物/猫"]);
    }

    #[test]
    fn errors_name_line_and_column() {
        let sheet = read_sheet("姓名,手机\n王秀英,13812345678\n李娜,1234\n").unwrap();
        let m = map_headers(&sheet.headers).unwrap();
        let e = row_to_client(&sheet.rows[1], &sheet, &m, &Config::default(), now()).unwrap_err();
        assert_eq!((e.line, e.column.as_str()), (3, "手机"));
        assert!(!e.to_string().contains("1234"), "{e}");
    }

    #[test]
    fn a_file_without_a_name_column_is_refused() {
        assert_eq!(
            map_headers(&["手机".to_string()]).unwrap_err().to_string(),
            "line 1: no name column; expected a header such as `姓名` or `name`"
        );
        assert!(map_headers(&["姓名".to_string(), "name".to_string()]).is_err());
    }

    #[test]
    fn export_columns_are_all_recognised() {
        for c in EXPORT_COLUMNS {
            assert!(field_of(c).is_some(), "{c}");
        }
    }
}
