//! Spreadsheets from the outside world: decoding (UTF-8, UTF-8 with BOM, GBK/GB18030)
//! and reading CSV into rows that remember their line numbers (`sheet`).
//!
//! Excel on a Chinese Windows saves CSV as GBK; online tools export UTF-8, often with
//! a BOM. `auto` takes UTF-8 when the bytes are valid UTF-8 and GB18030 (a superset of
//! GBK) otherwise.

pub mod client;
mod sheet;
pub mod staff;
pub mod survey;
pub mod visit;

pub use sheet::{Sheet, SheetError, SheetRow, read_sheet};

/// Which text encoding to read a file with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Auto,
    Utf8,
    Gbk,
}

/// Why a file's bytes are not text in the encoding asked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// `--encoding utf-8` (or a UTF-8 mark) and invalid UTF-8 at `byte` (1-based).
    #[error("{}", crate::t!("import-not-utf8", byte = .byte))]
    NotUtf8 { byte: usize },
    #[error("{}", crate::t!("import-not-text"))]
    NotText,
    /// `--encoding gbk` for a file that starts with a UTF-8 byte-order mark.
    #[error("{}", crate::t!("import-marked-utf8"))]
    MarkedUtf8,
}

/// Decodes a file's bytes; returns the text and the name of the encoding used.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<(String, &'static str), DecodeError> {
    let utf8 = |b: &[u8]| {
        std::str::from_utf8(b)
            .map(str::to_string)
            .map_err(|e| DecodeError::NotUtf8 {
                byte: e.valid_up_to() + 1,
            })
    };
    let gbk = |b: &[u8]| {
        let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(b);
        if had_errors {
            Err(DecodeError::NotText)
        } else {
            Ok(text.into_owned())
        }
    };
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match encoding {
            Encoding::Gbk => Err(DecodeError::MarkedUtf8),
            _ => utf8(rest).map(|t| (t, "UTF-8 (BOM)")),
        };
    }
    match encoding {
        Encoding::Utf8 => utf8(bytes).map(|t| (t, "UTF-8")),
        Encoding::Gbk => gbk(bytes).map(|t| (t, "GBK")),
        Encoding::Auto => match utf8(bytes) {
            Ok(t) => Ok((t, "UTF-8")),
            Err(_) => gbk(bytes).map(|t| (t, "GBK")),
        },
    }
}

/// A header as compared with known names: lower case, without spaces, `_`, `-`, `*`
/// and any bracketed hint (`手机(必填)`).
pub fn header_key(h: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for ch in h.trim().trim_start_matches('\u{feff}').chars() {
        match ch {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = (depth - 1).max(0),
            _ if depth > 0 => {}
            ' ' | '_' | '-' | '*' | '\u{3000}' => {}
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The field a header names, from a table of known spellings.
pub fn known_field<F: Copy>(header: &str, known: &[(F, &[&str])]) -> Option<F> {
    let key = header_key(header);
    known
        .iter()
        .find(|(_, names)| names.iter().any(|n| header_key(n) == key))
        .map(|(f, _)| *f)
}

/// Why a header row cannot be imported (client and visit files; survey files have
/// `survey::MapError`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HeaderError {
    /// Two headers name the same field; `header` is the second.
    #[error("{}", crate::t!("import-same-field", header = .header))]
    SameField { header: String },
    /// No column holds a field every row needs: `field` as messages name it
    /// (`name`), `expected` the headers that would do.
    #[error("{}", crate::t!("import-missing-column", field = .field.to_string(), expected = .expected.text()))]
    Missing {
        field: &'static str,
        expected: Expected,
    },
}

/// Where a row's record already is, for the note that skips it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A client (or any record) in the store.
    Store,
    /// A staff member on the roster.
    Roster,
}

/// The headers that would give a missing column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// `姓名` or `name`.
    Name,
    /// `客户编号`/`client` or `手机`/`phone`.
    ClientOrPhone,
    /// `日期` or `date`.
    Date,
}

impl Expected {
    /// The headers, in the user's language.
    pub fn text(self) -> String {
        match self {
            Expected::Name => crate::t!("import-expected-name"),
            Expected::ClientOrPhone => crate::t!("import-expected-client"),
            Expected::Date => crate::t!("import-expected-date"),
        }
    }
}

/// Which column holds which field, and the headers not understood (client and visit
/// files, whose headers are looked up in a table of fields).
#[derive(Debug)]
pub struct Fields<F> {
    pub columns: Vec<(usize, F)>,
    pub unused: Vec<String>,
}

impl<F: Copy + PartialEq> Fields<F> {
    /// The index of the column mapped to `field`, if any.
    pub fn column_of(&self, field: F) -> Option<usize> {
        self.columns
            .iter()
            .find(|(_, f)| *f == field)
            .map(|(i, _)| *i)
    }

    /// The header of the column mapped to `field`; empty when there is none.
    pub fn header_of(&self, sheet: &Sheet, field: F) -> String {
        self.column_of(field)
            .and_then(|i| sheet.headers.get(i).cloned())
            .unwrap_or_default()
    }
}

/// Maps headers to fields by a table of known spellings. Two columns for the same
/// field are refused.
pub fn map_columns<F: Copy + PartialEq>(
    headers: &[String],
    known: &[(F, &[&str])],
) -> Result<Fields<F>, HeaderError> {
    let mut columns: Vec<(usize, F)> = Vec::new();
    let mut unused = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        match known_field(h, known) {
            Some(f) => {
                if columns.iter().any(|(_, g)| *g == f) {
                    return Err(HeaderError::SameField { header: h.clone() });
                }
                columns.push((i, f));
            }
            None => unused.push(h.clone()),
        }
    }
    Ok(Fields { columns, unused })
}

/// A problem with one row, by line and column header.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    pub line: u64,
    pub column: String,
    pub problem: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = if self.column.is_empty() {
            crate::t!("import-row", line = self.line, problem = &self.problem)
        } else {
            crate::t!(
                "import-row-column",
                line = self.line,
                column = &self.column,
                problem = &self.problem
            )
        };
        f.write_str(&text)
    }
}

/// What an import of people (clients, staff) checks each row against: the ids and
/// phones in the store, and the phones of the file's earlier rows.
#[derive(Debug, Default)]
pub struct Duplicates {
    ids: std::collections::HashSet<String>,
    /// By `phone_digits_key`: the id of the record that has it.
    phones: std::collections::HashMap<String, String>,
    /// By `phone_digits_key`: the line of the file that took it first.
    seen: std::collections::HashMap<String, u64>,
}

impl Duplicates {
    /// From the records in the store: each id with its phones.
    pub fn new<'a>(records: impl IntoIterator<Item = (&'a str, &'a [String])>) -> Duplicates {
        let mut d = Duplicates::default();
        for (id, phones) in records {
            d.ids.insert(id.to_string());
            for p in phones {
                d.phones
                    .insert(crate::domain::phone::phone_digits_key(p), id.to_string());
            }
        }
        d
    }

    /// A row with this id and these phones, on `line`: `Ok(None)` when it is new,
    /// `Ok(Some(note))` when the store has it already (the note says where: `place`), and
    /// `Err(problem)` when an earlier row of the file has one of its phones.
    pub fn check(
        &mut self,
        id: &str,
        phones: &[String],
        line: u64,
        place: Place,
    ) -> Result<Option<String>, String> {
        use crate::domain::phone::phone_digits_key;
        if self.ids.contains(id) {
            return Ok(Some(match place {
                Place::Store => crate::t!("import-already-in-store", line = line, id = id),
                Place::Roster => crate::t!("import-already-on-roster", line = line, id = id),
            }));
        }
        if let Some(owner) = phones
            .iter()
            .find_map(|p| self.phones.get(&phone_digits_key(p)))
        {
            return Ok(Some(crate::t!(
                "import-phone-taken",
                line = line,
                owner = owner
            )));
        }
        let mut clash = None;
        for p in phones {
            if let Some(first) = self.seen.insert(phone_digits_key(p), line) {
                clash = Some(first);
            }
        }
        match clash {
            Some(first) => Err(crate::t!("import-phone-twice", first = first)),
            None => Ok(None),
        }
    }
}

/// Splits a multi-valued cell (`13800000000；13900000000`, `家庭保洁、保姆照顾`).
pub fn split_list(cell: &str) -> Vec<String> {
    cell.split([';', '；', ',', '，', '、', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_bom_and_gbk() {
        let (gbk, _, _) = encoding_rs::GBK.encode("姓名,手机\n王秀英,13812345678\n");
        assert_eq!(decode(&gbk, Encoding::Auto).unwrap().1, "GBK");
        assert!(decode(&gbk, Encoding::Auto).unwrap().0.contains("王秀英"));
        assert_eq!(
            decode(&gbk, Encoding::Utf8).unwrap_err(),
            DecodeError::NotUtf8 { byte: 1 }
        );
        assert!(
            DecodeError::NotUtf8 { byte: 1 }
                .to_string()
                .contains("--encoding gbk")
        );
        let bom = [b"\xEF\xBB\xBF".as_slice(), "姓名\n".as_bytes()].concat();
        assert_eq!(
            decode(&bom, Encoding::Auto).unwrap(),
            ("姓名\n".to_string(), "UTF-8 (BOM)")
        );
        assert_eq!(
            decode("姓名".as_bytes(), Encoding::Auto).unwrap().1,
            "UTF-8"
        );
        assert!(decode(&[0xff, 0xff, 0xff], Encoding::Auto).is_err());
    }

    #[test]
    fn header_keys_ignore_decoration() {
        assert_eq!(header_key(" 手机（必填）*"), "手机");
        assert_eq!(header_key("ID_Number"), "idnumber");
        assert_eq!(
            split_list("家庭保洁、保姆照顾；"),
            vec!["家庭保洁", "保姆照顾"]
        );
    }
}
