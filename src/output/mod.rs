//! The one output layer: commands hand it rows or fields, and it decides between a
//! table for people and CSV/JSON for scripts, whether to colour, and where text goes
//! (data to stdout, messages to stderr).
//!
//! Write errors are returned, never panicked on, so that a closed pipe
//! (`hk client list | head`) ends the command quietly (see `cli::main`).

pub mod dashboard;
pub mod digest;
pub mod fit;
pub mod formula;

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{Attribute, Cell as TCell, ContentArrangement, Table as CTable, presets};

use crate::domain::money::Money;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
}

/// A column: a stable machine key (CSV header, JSON field) and a label for people.
#[derive(Debug, Clone)]
pub struct Column {
    pub key: Cow<'static, str>,
    pub label: Cow<'static, str>,
    /// Free text (an address, notes …) that a table on a narrow terminal may shorten
    /// with `…`. Every other column (ids, phones, dates, money, figures) is shown
    /// whole, never cut or wrapped (see `fit`).
    pub free_text: bool,
}

pub const fn col(key: &'static str, label: &'static str) -> Column {
    Column {
        key: Cow::Borrowed(key),
        label: Cow::Borrowed(label),
        free_text: false,
    }
}

impl Column {
    /// A column whose name is only known at run time (a category label …).
    pub fn owned(key: impl Into<String>, label: impl Into<String>) -> Column {
        Column {
            key: Cow::Owned(key.into()),
            label: Cow::Owned(label.into()),
            free_text: false,
        }
    }

    /// Marks the column as free text, which a narrow table may shorten.
    pub const fn free_text(mut self) -> Column {
        self.free_text = true;
        self
    }
}

/// One value. `Na` is a figure that cannot be computed (an empty denominator):
/// `NA` in a table, empty in CSV, `null` in JSON. `Empty` is a value not given.
///
/// In CSV, `Text`, `Keyed` and `List` cells are guarded against formula injection
/// (`formula::neutralize`); the numbers (`Int`, `Fixed`, `Money`) are written as they
/// are. In JSON, numbers are JSON numbers.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// A configured value with a stable key for scripts and a label for people (a
    /// category: `house-cleaning` / 家庭保洁): CSV and JSON get the key, tables the
    /// label.
    Keyed(Keyed),
    /// Several of them, like `List` (a JSON array of keys).
    KeyedList(Vec<Keyed>),
    Int(i64),
    /// A computed figure with two decimals (a mean, a percentage, an NPS of `-50.00`):
    /// `4.50` in tables and CSV, the number `4.5` in JSON.
    Fixed(f64),
    /// An amount of money: `280.50` in tables and CSV, the number of yuan `280.5` in
    /// JSON (exact to the fen: a float prints the shortest decimal that reads back).
    Money(Money),
    List(Vec<String>),
    Bool(bool),
    Empty,
    Na,
}

/// A key and its label (see `Cell::Keyed`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyed {
    pub key: String,
    pub label: String,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }

    /// One key with its label.
    pub fn keyed(key: impl Into<String>, label: impl Into<String>) -> Cell {
        Cell::Keyed(Keyed {
            key: key.into(),
            label: label.into(),
        })
    }

    /// A word of a fixed vocabulary (a stage `at-risk`, a due reason `periodic` …),
    /// `group` naming which: CSV and JSON get the key, as scripts and `--set` take it;
    /// a table shows it in Chinese under `--lang zh` (`i18n::term`), else the key.
    pub fn term(group: &str, key: &str) -> Cell {
        Cell::keyed(key, crate::i18n::term(group, key))
    }

    /// What a table shows: labels for keys, yes/no in the chosen language.
    fn shown(&self) -> String {
        match self {
            Cell::Keyed(k) => k.label.clone(),
            Cell::KeyedList(v) => joined(v, |k| &k.label),
            Cell::Bool(true) => crate::t!("output-yes"),
            Cell::Bool(false) => crate::t!("output-no"),
            _ => self.plain("NA"),
        }
    }

    /// What CSV holds (before the formula guard), or a table with `na` for `Na`.
    fn plain(&self, na: &str) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Keyed(k) => k.key.clone(),
            Cell::KeyedList(v) => joined(v, |k| &k.key),
            Cell::Money(m) => m.to_string(),
            Cell::Int(i) => i.to_string(),
            Cell::Fixed(x) => format!("{x:.2}"),
            Cell::List(v) => v.join("; "),
            Cell::Bool(b) => if *b { "yes" } else { "no" }.into(),
            Cell::Empty => String::new(),
            Cell::Na => na.into(),
        }
    }

    fn json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Cell::Text(s) => Value::String(s.clone()),
            Cell::Keyed(k) => Value::String(k.key.clone()),
            Cell::KeyedList(v) => Value::from(v.iter().map(|k| k.key.clone()).collect::<Vec<_>>()),
            Cell::Int(i) => Value::from(*i),
            Cell::Fixed(x) => number((x * 100.0).round() / 100.0),
            Cell::Money(m) => number(m.0 as f64 / 100.0),
            Cell::List(v) => Value::from(v.clone()),
            Cell::Bool(b) => Value::Bool(*b),
            Cell::Empty | Cell::Na => Value::Null,
        }
    }

    /// The cell in CSV: text that a spreadsheet would run as a formula is quoted.
    fn csv(&self) -> String {
        match self {
            Cell::Text(_) | Cell::Keyed(_) | Cell::KeyedList(_) | Cell::List(_) => {
                formula::neutralize(&self.plain("")).into_owned()
            }
            _ => self.plain(""),
        }
    }
}

/// Rows under columns.
#[derive(Debug, Clone)]
pub struct Rows {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

impl Rows {
    /// Only the columns with these keys, in this order (keys not there are skipped).
    pub fn select(&self, keys: &[&str]) -> Rows {
        let at: Vec<usize> = keys
            .iter()
            .filter_map(|k| self.columns.iter().position(|c| c.key == *k))
            .collect();
        Rows {
            columns: at.iter().map(|&i| self.columns[i].clone()).collect(),
            rows: self
                .rows
                .iter()
                .map(|r| at.iter().filter_map(|&i| r.get(i).cloned()).collect())
                .collect(),
        }
    }
}

/// Output settings, decided once at start-up.
#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    /// Colour on stdout (tables) and on stderr (messages).
    pub color_out: bool,
    pub color_err: bool,
    pub quiet: bool,
    /// The width tables must fit (the terminal's, or `COLUMNS`); `None` with `--wide`
    /// or when stdout is not a terminal. See `fit`.
    pub width: Option<u16>,
    /// Whether stderr is a terminal that may show progress bars.
    pub progress_allowed: bool,
}

/// Files smaller than this import too fast for a progress bar to help.
const PROGRESS_MIN: u64 = 200;

impl Output {
    /// Prints rows in the chosen format.
    pub fn rows(&self, rows: &Rows) -> io::Result<()> {
        let mut out = io::stdout().lock();
        match self.format {
            Format::Table => {
                let headers: Vec<String> = rows
                    .columns
                    .iter()
                    .map(|c| crate::i18n::header(&c.label).into_owned())
                    .collect();
                let cells: Vec<Vec<String>> = rows
                    .rows
                    .iter()
                    .map(|r| r.iter().map(Cell::shown).collect())
                    .collect();
                let fitted = match self.width {
                    Some(w) => {
                        let free: Vec<bool> = rows.columns.iter().map(|c| c.free_text).collect();
                        fit::fit(&headers, &free, &cells, usize::from(w))
                    }
                    None => fit::Fitted {
                        headers,
                        rows: cells,
                        tight: false,
                    },
                };
                let mut t = self.new_table();
                // `fit` has made the cells as narrow as they may be; comfy-table must
                // not wrap them any further.
                t.set_content_arrangement(ContentArrangement::Disabled);
                t.set_header(fitted.headers.iter().map(|h| self.header_cell(h)));
                for r in fitted.rows {
                    t.add_row(r);
                }
                if fitted.tight {
                    for c in t.column_iter_mut() {
                        c.set_padding((0, 1));
                    }
                }
                writeln!(out, "{t}")?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(rows.columns.iter().map(|c| c.key.as_ref()))
                    .map_err(csv_io)?;
                for r in &rows.rows {
                    w.write_record(r.iter().map(Cell::csv)).map_err(csv_io)?;
                }
                w.flush()?;
            }
            Format::Json => {
                let items: Vec<serde_json::Value> = rows
                    .rows
                    .iter()
                    .map(|r| object(rows.columns.iter().zip(r)))
                    .collect();
                serde_json::to_writer_pretty(&mut out, &items).map_err(io::Error::from)?;
                writeln!(out)?;
            }
        }
        out.flush()
    }

    /// Prints one record as label/value pairs (CSV: `field,value` lines; JSON: an object).
    pub fn fields(&self, fields: &[(Column, Cell)]) -> io::Result<()> {
        let mut out = io::stdout().lock();
        match self.format {
            Format::Table => {
                let mut t = self.new_table();
                for (c, v) in fields {
                    let label = crate::i18n::header(&c.label);
                    t.add_row(vec![self.header_cell(&label), TCell::new(v.shown())]);
                }
                writeln!(out, "{t}")?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(["field", "value"]).map_err(csv_io)?;
                for (c, v) in fields {
                    w.write_record([c.key.to_string(), v.csv()])
                        .map_err(csv_io)?;
                }
                w.flush()?;
            }
            Format::Json => {
                let obj = object(fields.iter().map(|(c, v)| (c, v)));
                serde_json::to_writer_pretty(&mut out, &obj).map_err(io::Error::from)?;
                writeln!(out)?;
            }
        }
        out.flush()
    }

    /// A line of data on stdout (a new record's id, a decrypted file …).
    pub fn data(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())?;
        if !text.ends_with('\n') {
            out.write_all(b"\n")?;
        }
        out.flush()
    }

    /// A progress or success message on stderr; silenced by `--quiet`.
    pub fn status(&self, msg: &str) {
        if !self.quiet {
            let _ = writeln!(io::stderr(), "{msg}");
        }
    }

    /// A warning on stderr; never silenced.
    pub fn warn(&self, msg: &str) {
        let label = self.paint_err(&crate::t!("label-warning"), "33");
        let _ = writeln!(io::stderr(), "{}", crate::i18n::labelled(&label, msg));
    }

    /// Wraps `text` in an ANSI colour for stderr when colour is on.
    pub fn paint_err(&self, text: &str, code: &str) -> String {
        if self.color_err {
            format!("\x1b[1;{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// A progress bar on stderr for `len` steps, drawn only on a terminal and not
    /// with `--quiet`; otherwise a bar that draws nothing.
    pub fn progress(&self, len: u64, what: &str) -> indicatif::ProgressBar {
        if self.quiet || !self.progress_allowed || len < PROGRESS_MIN {
            return indicatif::ProgressBar::hidden();
        }
        let bar = indicatif::ProgressBar::new(len);
        if let Ok(style) = indicatif::ProgressStyle::with_template("{msg} {bar:40} {pos}/{len}") {
            bar.set_style(style);
        }
        bar.set_message(what.to_string());
        bar
    }

    fn new_table(&self) -> CTable {
        let mut t = CTable::new();
        t.load_style(presets::UTF8_FULL_CONDENSED);
        if self.color_out {
            t.enforce_styling();
        } else {
            t.force_no_tty();
        }
        match self.width {
            Some(w) => {
                t.set_content_arrangement(ContentArrangement::Dynamic);
                t.set_width(w);
            }
            None => {
                t.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
        t
    }

    fn header_cell(&self, label: &str) -> TCell {
        let c = TCell::new(label);
        if self.color_out {
            c.add_attribute(Attribute::Bold)
        } else {
            c
        }
    }
}

/// Keys or labels, as a list cell shows them (`a; b`).
fn joined(v: &[Keyed], part: fn(&Keyed) -> &String) -> String {
    v.iter()
        .map(part)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("; ")
}

/// A JSON number; `null` for what no number can hold (NaN, infinity).
fn number(x: f64) -> serde_json::Value {
    serde_json::Number::from_f64(x)
        .map(serde_json::Value::Number)
        .unwrap_or(serde_json::Value::Null)
}

fn object<'a>(pairs: impl Iterator<Item = (&'a Column, &'a Cell)>) -> serde_json::Value {
    let map: serde_json::Map<String, serde_json::Value> =
        pairs.map(|(c, v)| (c.key.to_string(), v.json())).collect();
    serde_json::Value::Object(map)
}

fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn select_keeps_the_columns_asked_for_in_that_order() {
        let rows = Rows {
            columns: vec![col("a", "A"), col("b", "B"), col("c", "C")],
            rows: vec![vec![Cell::Int(1), Cell::Int(2), Cell::Int(3)]],
        };
        let s = rows.select(&["c", "a", "nothing"]);
        let keys: Vec<&str> = s.columns.iter().map(|c| c.key.as_ref()).collect();
        assert_eq!(keys, ["c", "a"]);
        assert_eq!(s.rows, vec![vec![Cell::Int(3), Cell::Int(1)]]);
    }

    #[test]
    fn na_and_empty_render_per_format() {
        assert_eq!(Cell::Na.plain("NA"), "NA");
        assert_eq!(Cell::Na.plain(""), "");
        assert_eq!(Cell::Empty.plain("NA"), "");
        assert_eq!(Cell::Na.json(), serde_json::Value::Null);
        assert_eq!(Cell::text(""), Cell::Empty);
        assert_eq!(Cell::List(vec!["a".into(), "b".into()]).plain(""), "a; b");
        assert_eq!(Cell::Fixed(-50.0).plain(""), "-50.00");
    }

    #[test]
    fn json_numbers_are_numbers_and_keys_are_keys() {
        use serde_json::json;
        assert_eq!(Cell::Fixed(4.5).json(), json!(4.5));
        assert_eq!(Cell::Fixed(11.0 / 3.0).json().to_string(), "3.67");
        assert_eq!(Cell::Fixed(-50.0).json(), json!(-50.0));
        assert_eq!(Cell::Fixed(f64::NAN).json(), json!(null));
        assert_eq!(Cell::Money(Money(28050)).json().to_string(), "280.5");
        assert_eq!(Cell::Money(Money(10)).json().to_string(), "0.1");
        assert_eq!(Cell::Money(Money(28050)).csv(), "280.50");
        assert_eq!(Cell::Money(Money(28050)).shown(), "280.50");
        let cat = Cell::keyed("house-cleaning", "家庭保洁");
        assert_eq!(cat.json(), json!("house-cleaning"));
        assert_eq!(cat.csv(), "house-cleaning");
        assert_eq!(cat.shown(), "家庭保洁");
        let cats = Cell::KeyedList(vec![
            Keyed {
                key: "nanny".into(),
                label: "保姆照顾".into(),
            },
            Keyed {
                key: "maternity-nurse".into(),
                label: "月嫂服务".into(),
            },
        ]);
        assert_eq!(cats.json(), json!(["nanny", "maternity-nurse"]));
        assert_eq!(cats.csv(), "nanny; maternity-nurse");
        assert_eq!(cats.shown(), "保姆照顾; 月嫂服务");
        assert_eq!(Cell::KeyedList(vec![]).json(), json!([]));
    }

    #[test]
    fn csv_quotes_formula_text_but_not_numbers() {
        assert_eq!(Cell::text("=1+1").csv(), "'=1+1");
        assert_eq!(Cell::text("@李娜").csv(), "'@李娜");
        assert_eq!(
            Cell::List(vec!["-王".into(), "李".into()]).csv(),
            "'-王; 李"
        );
        assert_eq!(Cell::Int(-5).csv(), "-5");
        assert_eq!(Cell::Fixed(-100.0).csv(), "-100.00");
        assert_eq!(Cell::text("王秀英").csv(), "王秀英");
        assert_eq!(
            Cell::text("=1+1").plain("NA"),
            "=1+1",
            "tables show text as it is"
        );
    }
}
