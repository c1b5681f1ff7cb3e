//! Staff from a spreadsheet: which column is which, and one `Staff` per row.
//! Headers may be Chinese or English (`姓名`/`name`, `技能`/`skills` …).

use chrono::{DateTime, FixedOffset};

use super::{Fields, HeaderError, RowError, Sheet, SheetRow, split_list};
use crate::domain::config::Config;
use crate::domain::date::parse_date;
use crate::domain::id::{self, Kind};
use crate::domain::staff::{Certificate, Staff, State};

/// A staff column an import understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Id,
    Name,
    Phones,
    IdNumber,
    Gender,
    BirthYear,
    NativePlace,
    Languages,
    Categories,
    Skills,
    Level,
    Districts,
    Certificates,
    Status,
    StatusSince,
    StatusUntil,
    StatusReason,
    Notes,
}

const HEADERS: &[(Field, &[&str])] = &[
    (Field::Id, &["id"]),
    (Field::Name, &["name", "姓名", "名字", "阿姨", "员工姓名"]),
    (
        Field::Phones,
        &[
            "phone",
            "phones",
            "mobile",
            "手机",
            "手机号",
            "电话",
            "联系电话",
        ],
    ),
    (
        Field::IdNumber,
        &["idnumber", "身份证", "身份证号", "身份证号码"],
    ),
    (Field::Gender, &["gender", "sex", "性别"]),
    (Field::BirthYear, &["birthyear", "出生年", "出生年份"]),
    (Field::NativePlace, &["nativeplace", "籍贯", "老家"]),
    (Field::Languages, &["languages", "language", "语言", "方言"]),
    (
        Field::Categories,
        &[
            "categories",
            "category",
            "服务类型",
            "服务类别",
            "服务项目",
            "工种",
        ],
    ),
    (Field::Skills, &["skills", "skill", "技能", "特长"]),
    (Field::Level, &["level", "星级", "等级"]),
    (
        Field::Districts,
        &["districts", "district", "区域", "服务区域", "片区"],
    ),
    (
        Field::Certificates,
        &["certificates", "certs", "证书", "证件"],
    ),
    (Field::Status, &["status", "状态"]),
    (Field::StatusSince, &["statussince", "状态日期", "起始日期"]),
    (Field::StatusUntil, &["statusuntil", "截止日期", "休假至"]),
    (Field::StatusReason, &["statusreason", "原因"]),
    (Field::Notes, &["notes", "note", "备注"]),
];

pub type Mapping = Fields<Field>;

pub fn map_headers(headers: &[String]) -> Result<Mapping, HeaderError> {
    let mapping = super::map_columns(headers, HEADERS)?;
    if mapping.column_of(Field::Name).is_none() {
        return Err(HeaderError::Missing {
            field: "name",
            expected: super::Expected::Name,
        });
    }
    Ok(mapping)
}

/// Builds a validated staff record from one row (certificates `;`-separated, each
/// `KIND:NUMBER:ISSUED:EXPIRES`). The id comes from an `id` column, else is empty.
pub fn row_to_staff(
    row: &SheetRow,
    sheet: &Sheet,
    mapping: &Mapping,
    config: &Config,
    now: DateTime<FixedOffset>,
) -> Result<Staff, RowError> {
    let today = now.date_naive();
    let mut s = Staff::new(String::new(), now);
    let header_of = |i: usize| sheet.headers.get(i).cloned().unwrap_or_default();
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
        let date = |v: &str| parse_date(v, today).map_err(|e| err(e.to_string()));
        match field {
            Field::Id => {
                if !id::is_valid(Kind::Staff, v) {
                    return Err(err(crate::t!("staff-import-bad-id")));
                }
                s.id = v.to_string();
            }
            Field::Name => s.name = v.to_string(),
            Field::Phones => s.phones = split_list(v),
            Field::IdNumber => s.id_number = v.to_string(),
            Field::Gender => s.gender = v.to_string(),
            Field::BirthYear => {
                s.birth_year = Some(
                    v.trim_end_matches('年')
                        .trim()
                        .parse()
                        .map_err(|_| err(crate::t!("staff-birth-year-expected")))?,
                )
            }
            Field::NativePlace => s.native_place = v.to_string(),
            Field::Languages => s.languages = split_list(v),
            Field::Categories => s.categories = split_list(v),
            Field::Skills => s.skills = split_list(v),
            Field::Level => {
                s.level = Some(
                    v.trim_end_matches(['星', '级'])
                        .trim()
                        .parse()
                        .map_err(|_| err(crate::t!("staff-import-level-expected")))?,
                )
            }
            Field::Districts => s.districts = split_list(v),
            Field::Certificates => {
                s.certificates = v
                    .split([';', '；', '|'])
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(|c| Certificate::parse(c, today))
                    .collect::<Result<_, _>>()
                    .map_err(err)?
            }
            Field::Status => s.status.state = State::parse(v).map_err(err)?,
            Field::StatusSince => s.status.since = Some(date(v)?),
            Field::StatusUntil => s.status.until = Some(date(v)?),
            Field::StatusReason => s.status.reason = v.to_string(),
            Field::Notes => s.notes = v.to_string(),
        }
    }
    if s.status.state != State::Active && s.status.since.is_none() {
        s.status.since = Some(today);
    }
    s.normalize(config).map_err(|e| {
        let field = match e.field.as_str() {
            "name" => Some(Field::Name),
            "phone" => Some(Field::Phones),
            "id_number" => Some(Field::IdNumber),
            "gender" => Some(Field::Gender),
            "birth_year" => Some(Field::BirthYear),
            "category" => Some(Field::Categories),
            "skill" => Some(Field::Skills),
            "level" => Some(Field::Level),
            "district" => Some(Field::Districts),
            "language" => Some(Field::Languages),
            "cert" => Some(Field::Certificates),
            "status_until" => Some(Field::StatusUntil),
            "notes" => Some(Field::Notes),
            _ => None,
        };
        RowError {
            line: row.line,
            column: field
                .map(|f| mapping.header_of(sheet, f))
                .unwrap_or_default(),
            problem: e.problem,
        }
    })?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::read_sheet;

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-22T09:00:00+08:00").unwrap()
    }

    #[test]
    fn chinese_headers_and_certificates() {
        let sheet = read_sheet("姓名,手机,服务类型,技能,星级,区域,证书\n刘阿姨,139 1234 5678,月嫂服务,月子餐、催乳,4星,浦东新区,健康证:HZ1:2026-01-01:2026-12-31;母婴护理证:MY2::\n").unwrap();
        let m = map_headers(&sheet.headers).unwrap();
        let s = row_to_staff(&sheet.rows[0], &sheet, &m, &Config::default(), now()).unwrap();
        assert_eq!(s.name, "刘阿姨");
        assert_eq!(s.phones, vec!["13912345678"]);
        assert_eq!(s.categories, vec!["maternity-nurse"]);
        assert_eq!(s.skills, vec!["月子餐", "催乳"]);
        assert_eq!(s.level, Some(4));
        assert_eq!(s.certificates.len(), 2);
    }

    #[test]
    fn errors_name_line_and_column_without_the_value() {
        let sheet = read_sheet("姓名,身份证号\n刘阿姨,110105194912310021\n").unwrap();
        let m = map_headers(&sheet.headers).unwrap();
        let e = row_to_staff(&sheet.rows[0], &sheet, &m, &Config::default(), now()).unwrap_err();
        assert_eq!((e.line, e.column.as_str()), (2, "身份证号"));
        assert!(!e.to_string().contains("110105"), "{e}");
    }
}
