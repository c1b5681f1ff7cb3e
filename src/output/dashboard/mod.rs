//! The owner's dashboard as one self-contained HTML page: a list of charts, each drawn
//! from rows that a report computed (the same rows its CSV prints), as hand-written
//! inline SVG above a small table of the same numbers.
//!
//! The page loads nothing: no script, no stylesheet, font or image from anywhere
//! (the CSS is inline, the fonts are the reader's own). Every mark carries an SVG
//! `<title>` with its figure and every chart its table, so the page reads without
//! colour and without a mouse. Numbers are written as the CSV writes them (`87.50`),
//! `NA` where a figure has no denominator.

/// Writes markup (HTML, SVG) into a `String`: tags and attributes, never words for
/// people, which come from the catalogue (`t!`) or are labels (`shown_label`).
/// Writing to a `String` cannot fail.
macro_rules! markup {
    ($out:expr, $($arg:tt)*) => {{
        let _ = $out.write_fmt(format_args!($($arg)*));
    }};
}

/// [`markup!`] and a newline.
macro_rules! markup_line {
    ($out:expr, $($arg:tt)*) => {{
        markup!($out, $($arg)*);
        $out.push('\n');
    }};
}

mod svg;

use std::fmt::Write as _;

use super::{Cell, Rows};
use crate::i18n::Headers;

/// How a chart draws its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Vertical bars, one group per row (months, stages).
    Columns,
    /// One line per series over the rows (a trend by month).
    Lines,
    /// Horizontal bars, one group per row (dimensions, staff, types: long labels).
    Bars,
}

/// The value axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scale {
    /// From 0 to a round number above the largest value.
    Count,
    /// A fixed range, such as 0–100 for a percentage or −100–100 for NPS.
    Range(f64, f64),
}

/// One chart: its rows (the first column labels the rows, the others are figures)
/// and which columns are drawn.
#[derive(Debug, Clone)]
pub struct Chart {
    /// The chart's anchor in the page (`csat-nps-by-month`).
    pub id: &'static str,
    pub title: String,
    /// The report command whose CSV has these numbers.
    pub command: String,
    /// One line on what is counted, or empty.
    pub note: String,
    pub rows: Rows,
    /// Indexes into `rows.columns` of the series drawn.
    pub series: Vec<usize>,
    pub shape: Shape,
    pub scale: Scale,
}

/// The page: a heading, lines under it, and the charts in order. The title and lines
/// are shown as they are; the charts' titles and column labels are bilingual labels
/// (`客户阶段 Clients per lifecycle stage`), shown in the language of table headers
/// (`i18n::header`), as the page's `lang` is.
#[derive(Debug, Clone)]
pub struct Page {
    pub title: String,
    pub lines: Vec<String>,
    pub charts: Vec<Chart>,
}

/// Series colours; the second line is also dashed, and the marks differ in shape, so
/// that colour is never the only difference.
const COLORS: [&str; 4] = ["#2b6cb0", "#dd6b20", "#2f855a", "#805ad5"];

const STYLE: &str = "\
body{font-family:system-ui,-apple-system,\"PingFang SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"WenQuanYi Micro Hei\",sans-serif;\
margin:0;background:#f4f5f7;color:#1a202c}\
header{padding:16px 24px;background:#1a365d;color:#fff}\
header h1{margin:0 0 4px;font-size:22px}header p{margin:2px 0;font-size:13px;opacity:.9}\
main{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:16px;padding:16px 24px}\
section{background:#fff;border-radius:6px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.12)}\
h2{font-size:16px;margin:0 0 4px}\
.cmd{font-family:ui-monospace,monospace;font-size:12px;color:#4a5568;margin:0 0 2px}\
.note{font-size:12px;color:#4a5568;margin:0 0 6px}\
svg{width:100%;height:auto;display:block}\
svg text{font-size:11px;fill:#2d3748}\
table{border-collapse:collapse;font-size:12px;margin-top:8px}\
th,td{border-bottom:1px solid #e2e8f0;padding:2px 8px;text-align:right}\
th:first-child,td:first-child{text-align:left;white-space:nowrap}\
thead th{font-weight:600;color:#4a5568}\
.empty{color:#718096;font-style:italic}\
footer{padding:0 24px 16px;font-size:12px;color:#718096}";

/// The whole page as HTML.
pub fn html(page: &Page) -> String {
    let mut h = String::new();
    markup!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        page_lang()
    );
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    markup_line!(h, "<title>{}</title>", esc(&page.title));
    markup_line!(h, "<style>{STYLE}</style>\n</head>\n<body>\n<header>");
    markup_line!(h, "<h1>{}</h1>", esc(&page.title));
    for line in &page.lines {
        markup_line!(h, "<p>{}</p>", esc(line));
    }
    h.push_str("</header>\n<main>\n");
    for chart in &page.charts {
        section(&mut h, chart);
    }
    // The command is code in any language: it goes in where the message names it.
    let footer = esc(&crate::t!("dashboard-footer", command = "\u{1}"))
        .replace('\u{1}', "<code>hk report dashboard</code>");
    markup!(h, "</main>\n<footer>{footer}</footer>\n</body>\n</html>\n");
    h
}

/// The page's `lang`: English when only English labels show, else Chinese (the
/// bilingual labels put their Chinese first).
fn page_lang() -> &'static str {
    match crate::i18n::headers() {
        Headers::En => "en",
        Headers::Zh | Headers::Both => "zh-CN",
    }
}

/// A chart's title or a column's label in the chosen language.
fn shown_label(label: &str) -> String {
    crate::i18n::header(label).into_owned()
}

fn section(h: &mut String, chart: &Chart) {
    markup_line!(h, "<section id=\"{}\">", esc(chart.id));
    markup_line!(h, "<h2>{}</h2>", esc(&shown_label(&chart.title)));
    markup_line!(h, "<p class=\"cmd\">$ {}</p>", esc(&chart.command));
    if !chart.note.is_empty() {
        markup_line!(h, "<p class=\"note\">{}</p>", esc(&chart.note));
    }
    if chart.rows.rows.is_empty() {
        markup_line!(
            h,
            "<p class=\"empty\">{}</p>",
            esc(&crate::t!("dashboard-no-data"))
        );
    } else {
        h.push_str(&svg::chart(chart));
        h.push('\n');
        table(h, chart);
    }
    h.push_str("</section>\n");
}

/// The chart's numbers as a table: column keys (the CSV header) in `data-key`, row
/// keys (the CSV's first cell) in `data-key` of each row's heading.
fn table(h: &mut String, chart: &Chart) {
    let rows = &chart.rows;
    markup!(h, "<table data-chart=\"{}\">\n<thead><tr>", esc(chart.id));
    for c in &rows.columns {
        markup!(
            h,
            "<th data-key=\"{}\">{}</th>",
            esc(&c.key),
            esc(&shown_label(&c.label))
        );
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for r in &rows.rows {
        h.push_str("<tr>");
        for (i, cell) in r.iter().enumerate() {
            if i == 0 {
                markup!(
                    h,
                    "<th scope=\"row\" data-key=\"{}\">{}</th>",
                    esc(&cell.plain("")),
                    esc(&label(cell))
                );
            } else {
                markup!(h, "<td>{}</td>", esc(&number(cell)));
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n");
}

/// A row's label as people read it (a type's label, not its key).
fn label(cell: &Cell) -> String {
    cell.shown()
}

/// A figure as the CSV writes it, `NA` where there is none.
fn number(cell: &Cell) -> String {
    cell.plain("NA")
}

/// A figure's value, `None` for `NA` or what is not a number.
fn value(cell: &Cell) -> Option<f64> {
    match cell {
        Cell::Int(i) => Some(*i as f64),
        Cell::Fixed(x) if x.is_finite() => Some(*x),
        Cell::Money(m) => Some(m.0 as f64 / 100.0),
        _ => None,
    }
}

/// Text for HTML and SVG, with the five special characters escaped.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::col;

    fn chart(shape: Shape, rows: Vec<Vec<Cell>>) -> Chart {
        Chart {
            id: "t",
            title: "满意率 <CSAT>".into(),
            command: "hk report satisfaction --by month".into(),
            note: String::new(),
            rows: Rows {
                columns: vec![col("month", "月份 Month"), col("csat_pct", "满意率% CSAT")],
                rows,
            },
            series: vec![1],
            shape,
            scale: Scale::Range(0.0, 100.0),
        }
    }

    #[test]
    fn a_page_escapes_text_and_loads_nothing() {
        for shape in [Shape::Columns, Shape::Lines, Shape::Bars] {
            let page = Page {
                title: "看板 & <x>".into(),
                lines: vec!["\"quoted\"".into()],
                charts: vec![chart(
                    shape,
                    vec![
                        vec![Cell::text("2026-10"), Cell::Fixed(87.5)],
                        vec![Cell::text("2026-11"), Cell::Na],
                    ],
                )],
            };
            let h = html(&page);
            assert!(h.contains("看板 &amp; &lt;x&gt;"), "{h}");
            assert!(h.contains("&quot;quoted&quot;"));
            assert!(h.contains("满意率 &lt;CSAT&gt;"));
            assert!(!h.contains("<x>") && !h.contains("<script"));
            assert!(!h.contains("http://") && !h.contains("https://"), "{h}");
            assert!(
                h.contains("<td>87.50</td>") && h.contains("<td>NA</td>"),
                "{h}"
            );
            assert!(h.contains("2026-10: 满意率% CSAT 87.50</title>"), "{h}");
            assert!(h.contains("2026-11: 满意率% CSAT NA</title>"), "{h}");
        }
    }

    #[test]
    fn a_chart_without_rows_says_so() {
        let page = Page {
            title: "t".into(),
            lines: vec![],
            charts: vec![chart(Shape::Lines, vec![])],
        };
        let h = html(&page);
        assert!(h.contains("No data in this period."));
        assert!(!h.contains("<svg"));
    }

    #[test]
    fn values_are_numbers_or_none() {
        assert_eq!(value(&Cell::Int(3)), Some(3.0));
        assert_eq!(value(&Cell::Fixed(-50.0)), Some(-50.0));
        assert_eq!(value(&Cell::Na), None);
        assert_eq!(value(&Cell::Fixed(f64::NAN)), None);
        assert_eq!(value(&Cell::text("x")), None);
    }
}
