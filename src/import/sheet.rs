//! Reading CSV text into rows that remember their lines — strictly.
//!
//! A lenient reader turns a typing slip into silent data loss: a comment that opens a
//! quote and never closes it swallows the rows after it (the file imports "1 row"),
//! and `张"三` comes through as a name. So this reader follows the CSV rules that
//! Excel, WPS and the questionnaire tools write by (RFC 4180: a field with quotes,
//! commas or line breaks is quoted as a whole, an inner quote doubled) and refuses
//! anything else with the line where the trouble starts:
//!
//! - a quote inside a field that does not start with one (`张"三`);
//! - text after the closing quote of a field (`"a"b`);
//! - a quote never closed;
//! - a quoted field that runs over several lines when the row then has a different
//!   number of fields than the header, or when a line inside it looks like a whole
//!   row: it has as many commas as a row needs (on the closing line, counting the
//!   separators after the field) and at least two of them are inside the field. So a
//!   note whose last line has no comma is fine in any column, and in a file of two
//!   columns, where one comma in a note is no sign of anything, this check is off.
//!
//! Line breaks inside a quoted field (an Excel note over two lines) are fine. Cells
//! hold at most `limits::CELL_CHARS` characters, and the single quote that hk puts
//! before formula-like text when it writes CSV (`'=…`, see `output::formula`) is
//! removed, so every import reads back what an export wrote.

use std::fmt;

use crate::domain::limits;
use crate::output::formula;

/// A parsed CSV: the header row and the data rows with the line each starts on.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub headers: Vec<String>,
    pub rows: Vec<SheetRow>,
}

#[derive(Debug, Clone)]
pub struct SheetRow {
    /// 1-based line of the file where the row starts (quoted fields may span lines).
    pub line: u64,
    pub fields: Vec<String>,
}

impl SheetRow {
    /// The trimmed field at `index`, empty when the row is short.
    pub fn get(&self, index: usize) -> &str {
        self.fields.get(index).map(|s| s.trim()).unwrap_or("")
    }
}

/// Why a file cannot be read as a sheet. `place` names a column by its header
/// (``column `备注` ``) or, in the header row, by position (`field 3`). No variant
/// carries a cell's text: cells are personal data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SheetError {
    Empty,
    EmptyHeader {
        line: u64,
    },
    TooManyFields {
        line: u64,
        fields: usize,
        header: usize,
    },
    /// `张"三`: a quote in a field that does not start with one.
    StrayQuote {
        line: u64,
        place: String,
    },
    /// `"a"b`: text after the quote that closes a field (opened on `opened`).
    TextAfterQuote {
        line: u64,
        opened: u64,
        place: String,
    },
    /// A quote that the end of the file never closes.
    Unclosed {
        opened: u64,
        place: String,
    },
    /// A quoted field over several lines, one of which (`row_line`) looks like a row.
    SwallowsRow {
        opened: u64,
        row_line: u64,
        place: String,
    },
    /// A quoted field over several lines, after which the row has the wrong count.
    FieldsAfterQuote {
        opened: u64,
        closed: u64,
        fields: usize,
        header: usize,
        place: String,
    },
    CellTooLong {
        line: u64,
        place: String,
    },
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            SheetError::Empty => crate::t!("import-sheet-empty"),
            SheetError::EmptyHeader { line } => crate::t!("import-sheet-empty-header", line = line),
            SheetError::TooManyFields {
                line,
                fields,
                header,
            } => crate::t!(
                "import-sheet-too-many-fields",
                line = line,
                fields = fields,
                header = header
            ),
            SheetError::StrayQuote { line, place } => {
                crate::t!("import-sheet-stray-quote", line = line, place = place)
            }
            SheetError::TextAfterQuote {
                line,
                opened,
                place,
            } if line == opened => {
                crate::t!("import-sheet-text-after-quote", line = line, place = place)
            }
            SheetError::TextAfterQuote {
                line,
                opened,
                place,
            } => crate::t!(
                "import-sheet-text-after-quote-opened",
                line = line,
                place = place,
                opened = opened
            ),
            SheetError::Unclosed { opened, place } => {
                crate::t!("import-sheet-unclosed", opened = opened, place = place)
            }
            SheetError::SwallowsRow {
                opened,
                row_line,
                place,
            } => crate::t!(
                "import-sheet-swallows-row",
                opened = opened,
                place = place,
                row = row_line
            ),
            SheetError::FieldsAfterQuote {
                opened,
                closed,
                fields,
                header,
                place,
            } => crate::t!(
                "import-sheet-fields-after-quote",
                opened = opened,
                place = place,
                closed = closed,
                fields = fields,
                header = header
            ),
            SheetError::CellTooLong { line, place } => crate::t!(
                "import-sheet-cell-too-long",
                line = line,
                place = place,
                max = limits::CELL_CHARS
            ),
        };
        f.write_str(&text)
    }
}

impl SheetError {
    /// What to do about it, when there is more to say than the message.
    pub fn hint(&self) -> Option<String> {
        let double = || crate::t!("import-sheet-double");
        match self {
            SheetError::StrayQuote { .. } => Some(crate::t!(
                "import-sheet-stray-quote-hint",
                double = double()
            )),
            SheetError::TextAfterQuote { opened, .. } => Some(crate::t!(
                "import-sheet-text-after-quote-hint",
                opened = opened,
                double = double()
            )),
            SheetError::Unclosed { opened, .. } => Some(crate::t!(
                "import-sheet-unclosed-hint",
                opened = opened,
                double = double()
            )),
            SheetError::SwallowsRow { opened, .. }
            | SheetError::FieldsAfterQuote { opened, .. } => Some(crate::t!(
                "import-sheet-runs-on-hint",
                opened = opened,
                double = double()
            )),
            SheetError::CellTooLong { .. } => Some(crate::t!(
                "import-sheet-cell-too-long-hint",
                max = limits::CELL_CHARS
            )),
            _ => None,
        }
    }
}

/// Reads CSV text. Blank rows are skipped; a row with more fields than the header is
/// an error naming its line, and so is every quoting mistake (see the module doc).
pub fn read_sheet(text: &str) -> Result<Sheet, SheetError> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        line: 1,
    };
    let header = loop {
        match reader.record(&[])? {
            None => return Err(SheetError::Empty),
            Some(r) if r.fields.len() == 1 && r.fields[0].is_empty() => continue,
            Some(r) => break r,
        }
    };
    let headers: Vec<String> = header.fields.iter().map(|s| s.trim().to_string()).collect();
    if headers.iter().all(String::is_empty) {
        return Err(SheetError::EmptyHeader { line: header.line });
    }
    let mut rows = Vec::new();
    while let Some(r) = reader.record(&headers)? {
        r.check(&headers)?;
        if r.fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        rows.push(SheetRow {
            line: r.line,
            fields: r.fields,
        });
    }
    Ok(Sheet { headers, rows })
}

/// A column in a message: its header, or its position when there is no header.
fn place(headers: &[String], index: usize) -> String {
    match headers.get(index) {
        Some(h) if !h.is_empty() => crate::t!("import-sheet-column", header = h),
        _ => crate::t!("import-sheet-field", number = index + 1),
    }
}

/// One record as read, before the checks that need the header.
struct Record {
    line: u64,
    fields: Vec<String>,
    /// The line each field starts on.
    starts: Vec<u64>,
    /// The first quoted field that ran over several lines.
    spanning: Option<Spanning>,
}

struct Spanning {
    index: usize,
    opened: u64,
    closed: u64,
    /// Commas on each line inside the field after the one it opened on; for the
    /// closing line, those before the closing quote.
    commas: Vec<(u64, usize)>,
}

impl Record {
    /// The checks on a data row: a quoted field over several lines must leave the row
    /// whole and must not hold a line that looks like a row; no row has more fields
    /// than the header.
    fn check(&self, headers: &[String]) -> Result<(), SheetError> {
        let header = headers.len();
        if let Some(s) = &self.spanning {
            let place = place(headers, s.index);
            if header >= 3 {
                // On the closing line, the separators after the field count too: they
                // are that line's other commas. But a multi-line cell in the first
                // columns has many separators after it, so the line must also hold
                // two commas of its own before it looks like a row.
                let after = self.starts[s.index + 1..]
                    .iter()
                    .filter(|l| **l == s.closed)
                    .count();
                for &(line, inside) in &s.commas {
                    let commas = inside + if line == s.closed { after } else { 0 };
                    if inside >= 2 && commas + 1 >= header {
                        return Err(SheetError::SwallowsRow {
                            opened: s.opened,
                            row_line: line,
                            place,
                        });
                    }
                }
            }
            if self.fields.len() != header {
                return Err(SheetError::FieldsAfterQuote {
                    opened: s.opened,
                    closed: s.closed,
                    fields: self.fields.len(),
                    header,
                    place,
                });
            }
        }
        if self.fields.len() > header {
            return Err(SheetError::TooManyFields {
                line: self.line,
                fields: self.fields.len(),
                header,
            });
        }
        Ok(())
    }
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// The line `pos` is on.
    line: u64,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Steps over a line end (`\r\n`, `\n` or a lone `\r`) at `pos`, if there is one.
    fn line_end(&mut self) -> bool {
        match self.peek() {
            Some(b'\n') => self.pos += 1,
            Some(b'\r') => {
                self.pos += 1;
                if self.peek() == Some(b'\n') {
                    self.pos += 1;
                }
            }
            _ => return false,
        }
        self.line += 1;
        true
    }

    /// The next record, or `None` at the end of the text. `headers` only names
    /// columns in messages (empty while reading the header row).
    fn record(&mut self, headers: &[String]) -> Result<Option<Record>, SheetError> {
        if self.pos >= self.bytes.len() {
            return Ok(None);
        }
        let mut r = Record {
            line: self.line,
            fields: Vec::new(),
            starts: Vec::new(),
            spanning: None,
        };
        loop {
            let index = r.fields.len();
            let start = self.line;
            r.starts.push(start);
            let mut field = if self.peek() == Some(b'"') {
                self.quoted(headers, index, &mut r.spanning)?
            } else {
                self.unquoted(headers, index)?
            };
            // All ASCII, so bytes bound characters from above: count only when needed.
            if field.len() > limits::CELL_CHARS && field.chars().count() > limits::CELL_CHARS {
                return Err(SheetError::CellTooLong {
                    line: start,
                    place: place(headers, index),
                });
            }
            if formula::restore(&field).len() < field.len() {
                field.remove(0);
            }
            r.fields.push(field);
            match self.peek() {
                Some(b',') => self.pos += 1,
                _ => {
                    self.line_end();
                    return Ok(Some(r));
                }
            }
        }
    }

    /// A field that does not start with a quote: up to the next comma or line end.
    fn unquoted(&mut self, headers: &[String], index: usize) -> Result<String, SheetError> {
        let rest = &self.bytes[self.pos..];
        let end = rest
            .iter()
            .position(|b| matches!(b, b',' | b'\n' | b'\r' | b'"'))
            .unwrap_or(rest.len());
        if rest.get(end) == Some(&b'"') {
            return Err(SheetError::StrayQuote {
                line: self.line,
                place: place(headers, index),
            });
        }
        let field = self.text[self.pos..self.pos + end].to_string();
        self.pos += end;
        Ok(field)
    }

    /// A field in quotes, `pos` on its opening quote. Notes in `spanning` the first
    /// such field of the record that runs over several lines.
    fn quoted(
        &mut self,
        headers: &[String],
        index: usize,
        spanning: &mut Option<Spanning>,
    ) -> Result<String, SheetError> {
        let opened = self.line;
        self.pos += 1;
        let mut field = String::new();
        let mut commas = Vec::new();
        let mut on_line = 0usize;
        loop {
            let rest = &self.bytes[self.pos..];
            let Some(k) = rest
                .iter()
                .position(|b| matches!(b, b'"' | b',' | b'\n' | b'\r'))
            else {
                return Err(SheetError::Unclosed {
                    opened,
                    place: place(headers, index),
                });
            };
            field.push_str(&self.text[self.pos..self.pos + k]);
            self.pos += k;
            match self.bytes[self.pos] {
                b'"' => {
                    self.pos += 1;
                    if self.peek() == Some(b'"') {
                        field.push('"');
                        self.pos += 1;
                    } else {
                        break;
                    }
                }
                b',' => {
                    field.push(',');
                    on_line += 1;
                    self.pos += 1;
                }
                _ => {
                    // A line break inside the field is kept as the file has it.
                    if self.line != opened {
                        commas.push((self.line, on_line));
                    }
                    on_line = 0;
                    let from = self.pos;
                    self.line_end();
                    field.push_str(&self.text[from..self.pos]);
                }
            }
            if field.len() > limits::CELL_CHARS * 4 {
                // Already far too long (4 bytes a character at most): stop reading.
                return Err(SheetError::CellTooLong {
                    line: opened,
                    place: place(headers, index),
                });
            }
        }
        // Spaces after the closing quote are harmless; anything else is a mistake.
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
        if !matches!(self.peek(), None | Some(b',' | b'\n' | b'\r')) {
            return Err(SheetError::TextAfterQuote {
                line: self.line,
                opened,
                place: place(headers, index),
            });
        }
        if self.line != opened && spanning.is_none() {
            commas.push((self.line, on_line));
            *spanning = Some(Spanning {
                index,
                opened,
                closed: self.line,
                commas,
            });
        }
        Ok(field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheets_keep_line_numbers_across_multiline_fields() {
        let s = read_sheet("姓名,备注\n王秀英,\"两行\n备注\"\n\n李娜,x\n").unwrap();
        assert_eq!(s.headers, vec!["姓名", "备注"]);
        assert_eq!(s.rows.len(), 2);
        assert_eq!(s.rows[0].line, 2);
        assert_eq!(s.rows[1].line, 5);
        assert_eq!(s.rows[1].get(7), "");
    }

    #[test]
    fn sheet_errors_name_the_line() {
        assert_eq!(read_sheet("").unwrap_err(), SheetError::Empty);
        assert_eq!(read_sheet("\n\r\n").unwrap_err(), SheetError::Empty);
        let e = read_sheet("姓名,手机\n王秀英,138,多余\n").unwrap_err();
        assert!(e.to_string().starts_with("line 2:"), "{e}");
        assert_eq!(
            read_sheet("\n,,\n王秀英\n").unwrap_err(),
            SheetError::EmptyHeader { line: 2 }
        );
    }

    #[test]
    fn quoted_fields_follow_the_spreadsheet_rules() {
        let s = read_sheet(
            "姓名,备注,手机\r\n\"王秀英\",\"说\"\"很好\"\", 谢谢\",138\r\n李娜,\"\",\"139\" \r\n",
        )
        .unwrap();
        assert_eq!(s.rows[0].fields, vec!["王秀英", "说\"很好\", 谢谢", "138"]);
        assert_eq!(s.rows[1].fields, vec!["李娜", "", "139"]);
        assert_eq!(s.rows[1].line, 3);
        // A lone CR ends a line too (old Mac files).
        let s = read_sheet("姓名\r王秀英\r李娜").unwrap();
        assert_eq!((s.rows[0].line, s.rows[1].line), (2, 3));
        // Line breaks inside a field stay as the file has them.
        let s = read_sheet("姓名,备注\n王秀英,\"一\r\n二\"\n").unwrap();
        assert_eq!(s.rows[0].fields[1], "一\r\n二");
    }

    #[test]
    fn a_quote_inside_an_unquoted_field_is_refused() {
        let e = read_sheet("姓名,手机\n李娜,139\n张\"三,138\n").unwrap_err();
        assert_eq!(
            e,
            SheetError::StrayQuote {
                line: 3,
                place: "column `姓名`".into()
            }
        );
        assert!(!e.to_string().contains('张'), "{e}");
        assert!(e.hint().unwrap().contains("\"\""));
        let e = read_sheet("姓名,手\"机\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 1, field 2: a quote inside a field that does not start with one"
        );
    }

    #[test]
    fn text_after_a_closing_quote_is_refused() {
        let e = read_sheet("姓名,备注\n王秀英,\"a\"b\n").unwrap_err();
        assert_eq!(
            e,
            SheetError::TextAfterQuote {
                line: 2,
                opened: 2,
                place: "column `备注`".into()
            }
        );
        // The quote of line 2 is closed by the first quote of line 3.
        let e = read_sheet("姓名,备注\n王秀英,\"阿姨很好\n李娜,\"准时\"\n").unwrap_err();
        assert_eq!(
            e,
            SheetError::TextAfterQuote {
                line: 3,
                opened: 2,
                place: "column `备注`".into()
            }
        );
        assert!(e.to_string().contains("opened on line 2"), "{e}");
    }

    #[test]
    fn a_quote_never_closed_names_the_line_it_opened_on() {
        let text = "序号,手机,意见\n1,138,好\n2,139,\"阿姨很好\n3,135,一般\n4,186,满意\n";
        let e = read_sheet(text).unwrap_err();
        assert_eq!(
            e,
            SheetError::Unclosed {
                opened: 3,
                place: "column `意见`".into()
            }
        );
        assert_eq!(
            e.to_string(),
            "line 3, column `意见`: a quote opened on line 3 is never closed"
        );
        assert!(e.hint().unwrap().contains("line 3"));
    }

    #[test]
    fn a_quoted_field_that_swallows_a_row_is_refused() {
        // The quote of line 3 ends on line 5 with a stray quote, and the row comes out
        // with as many fields as the header: only the rows inside give it away.
        let text =
            "序号,手机,意见,推荐\n1,138,好,9\n2,139,\"阿姨很好\n3,135,一般,7\n4,186,满意\",10\n";
        assert_eq!(
            read_sheet(text).unwrap_err(),
            SheetError::SwallowsRow {
                opened: 3,
                row_line: 4,
                place: "column `意见`".into()
            }
        );
        // Without a whole row between, the closing line itself looks like one.
        let text = "序号,手机,意见,推荐\n2,139,\"阿姨很好\n4,186,满意\",10\n";
        assert_eq!(
            read_sheet(text).unwrap_err(),
            SheetError::SwallowsRow {
                opened: 2,
                row_line: 3,
                place: "column `意见`".into()
            }
        );
        // A multi-line field after which the row is short.
        let text = "序号,手机,意见,推荐\n2,139,\"阿姨很好\n下次\"\n";
        assert_eq!(
            read_sheet(text).unwrap_err(),
            SheetError::FieldsAfterQuote {
                opened: 2,
                closed: 3,
                fields: 3,
                header: 4,
                place: "column `意见`".into()
            }
        );
    }

    #[test]
    fn legitimate_multiline_notes_are_kept() {
        let text = "序号,手机,意见,推荐\n1,138,\"阿姨来晚了半小时,不过活干得细\n下次希望准时\",7\n2,139,好,9\n";
        let s = read_sheet(text).unwrap();
        assert_eq!(s.rows.len(), 2);
        assert_eq!(
            s.rows[0].get(2),
            "阿姨来晚了半小时,不过活干得细\n下次希望准时"
        );
        assert_eq!(s.rows[1].line, 4);
        // A multi-line note in the first column has many separators after its
        // closing line, but too few commas of its own to look like a row.
        let s = read_sheet("备注,姓名,手机,来源\n\"一楼\n二楼,朝南\",王秀英,138,美团\n").unwrap();
        assert_eq!(s.rows[0].get(0), "一楼\n二楼,朝南");
        assert_eq!(s.rows[0].get(3), "美团");
        // In a two-column file one comma on a note's line is no sign of a row.
        let s = read_sheet("姓名,备注\n王秀英,\"第一行\n第二行,还有\"\n").unwrap();
        assert_eq!(s.rows[0].get(1), "第一行\n第二行,还有");
    }

    #[test]
    fn cells_are_bounded() {
        let ok = format!("姓名,备注\n王秀英,{}\n", "好".repeat(limits::CELL_CHARS));
        assert!(read_sheet(&ok).is_ok());
        let long = format!(
            "姓名,备注\n王秀英,{}\n",
            "好".repeat(limits::CELL_CHARS + 1)
        );
        let e = read_sheet(&long).unwrap_err();
        assert_eq!(
            e,
            SheetError::CellTooLong {
                line: 2,
                place: "column `备注`".into()
            }
        );
        assert!(e.to_string().contains("10000"), "{e}");
        let quoted = format!(
            "姓名,备注\n王秀英,\"{}\"\n",
            "x\n".repeat(limits::CELL_CHARS * 3)
        );
        assert!(matches!(
            read_sheet(&quoted).unwrap_err(),
            SheetError::CellTooLong { line: 2, .. }
        ));
    }

    proptest::proptest! {
        /// What hk writes (the csv crate's quoting plus the formula quote) reads back
        /// cell for cell, so long as no line of a multi-line cell looks like a row.
        #[test]
        fn written_sheets_read_back(
            rows in proptest::collection::vec(
                proptest::collection::vec("['=+@\\-\"\n\r, a王]{0,6}", 2),
                0..5,
            )
        ) {
            let row_like = |cell: &String| {
                cell.split(['\n', '\r']).skip(1).any(|l| l.matches(',').count() >= 2)
            };
            proptest::prop_assume!(!rows.iter().flatten().any(row_like));
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(["id", "姓名", "备注"]).unwrap();
            for (i, r) in rows.iter().enumerate() {
                let mut rec = vec![format!("r{i}")];
                rec.extend(r.iter().map(|c| formula::neutralize(c).into_owned()));
                w.write_record(&rec).unwrap();
            }
            let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
            let sheet = read_sheet(&text).unwrap();
            proptest::prop_assert_eq!(sheet.rows.len(), rows.len());
            for (row, cells) in sheet.rows.iter().zip(&rows) {
                proptest::prop_assert_eq!(&row.fields[1..], &cells[..]);
            }
        }
    }

    #[test]
    fn the_formula_quote_is_removed_once() {
        let s = read_sheet("name,notes\n\"'=HYPERLINK(\"\"x\"\")\",'-1\n'@李娜,''+86\n'王,'\n")
            .unwrap();
        assert_eq!(s.rows[0].fields, vec!["=HYPERLINK(\"x\")", "-1"]);
        assert_eq!(s.rows[1].fields, vec!["@李娜", "'+86"]);
        assert_eq!(s.rows[2].fields, vec!["'王", "'"]);
    }
}
