//! A page of short lists under one heading (`hk today`): each section has a title,
//! how many items its full list has, the first of them as rows, and the command that
//! lists them all.
//!
//! A table is a heading line per section and its rows fitted to the terminal like
//! any table (an empty section is its one line); CSV is one summary row per section
//! (`section,count,shown,command`), for a cron job that only needs the counts; JSON is
//! the whole page, each section with its rows as objects.

use std::io::{self, Write};

use super::{Format, Output, Rows, object};

/// One list of the page.
#[derive(Debug, Clone)]
pub struct Section {
    /// A stable key for scripts (`followups_due`).
    pub key: &'static str,
    /// A bilingual label (`回访 Follow-ups due`), which a table shows in the language
    /// of headers (`i18n::header`) and JSON whole.
    pub title: String,
    /// The day the list is about, when not the page's (tomorrow's visits): shown after
    /// the title.
    pub day: Option<chrono::NaiveDate>,
    /// How many items the full list has; `rows` holds the first of them.
    pub count: usize,
    /// The command that prints the full list.
    pub command: String,
    pub rows: Rows,
}

/// The page: a title (a bilingual label, like the sections'), its date, the sections
/// in order.
#[derive(Debug, Clone)]
pub struct Digest {
    pub title: String,
    pub date: chrono::NaiveDate,
    pub sections: Vec<Section>,
}

impl Section {
    /// The title as JSON gives it, whatever the language: the label, and the day in
    /// brackets (`明日服务 Tomorrow's visits (2026-11-24)`).
    pub fn full_title(&self) -> String {
        match self.day {
            Some(day) => format!("{} ({day})", self.title),
            None => self.title.clone(),
        }
    }

    /// The title as a table shows it, in the chosen language.
    fn shown_title(&self) -> String {
        let title = crate::i18n::header(&self.title);
        match self.day {
            Some(day) => crate::t!(
                "output-digest-title-day",
                title = title,
                day = day.to_string()
            ),
            None => title.into_owned(),
        }
    }

    /// The section's heading line: `回访 Follow-ups due: 12, the first 10 — all: hk …`.
    pub fn heading(&self) -> String {
        let shown = self.rows.rows.len();
        let title = self.shown_title();
        if self.count == 0 {
            crate::t!("output-digest-none", title = title, command = &self.command)
        } else if shown < self.count {
            crate::t!(
                "output-digest-first",
                title = title,
                count = self.count,
                shown = shown,
                command = &self.command
            )
        } else {
            crate::t!(
                "output-digest-all",
                title = title,
                count = self.count,
                command = &self.command
            )
        }
    }
}

impl Output {
    /// Prints a digest in the chosen format.
    pub fn digest(&self, d: &Digest) -> io::Result<()> {
        match self.format {
            Format::Table => {
                let mut out = io::stdout().lock();
                let title = crate::i18n::header(&d.title);
                writeln!(out, "{}", self.bold(&format!("{title} {}", d.date)))?;
                for s in &d.sections {
                    writeln!(out)?;
                    writeln!(out, "{}", self.bold(&s.heading()))?;
                    out.flush()?;
                    if !s.rows.rows.is_empty() {
                        self.rows(&s.rows)?;
                    }
                }
                out.flush()
            }
            Format::Csv => {
                let mut out = io::stdout().lock();
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(["section", "count", "shown", "command"])
                    .map_err(super::csv_io)?;
                for s in &d.sections {
                    w.write_record([
                        s.key.to_string(),
                        s.count.to_string(),
                        s.rows.rows.len().to_string(),
                        s.command.clone(),
                    ])
                    .map_err(super::csv_io)?;
                }
                w.flush()?;
                drop(w);
                out.flush()
            }
            Format::Json => {
                let sections: Vec<serde_json::Value> = d
                    .sections
                    .iter()
                    .map(|s| {
                        let rows: Vec<serde_json::Value> = s
                            .rows
                            .rows
                            .iter()
                            .map(|r| object(s.rows.columns.iter().zip(r)))
                            .collect();
                        serde_json::json!({
                            "section": s.key,
                            "title": s.full_title(),
                            "count": s.count,
                            "shown": rows.len(),
                            "command": s.command,
                            "rows": rows,
                        })
                    })
                    .collect();
                let page = serde_json::json!({
                    "date": d.date.to_string(),
                    "sections": sections,
                });
                let mut out = io::stdout().lock();
                serde_json::to_writer_pretty(&mut out, &page).map_err(io::Error::from)?;
                writeln!(out)?;
                out.flush()
            }
        }
    }

    /// A line in bold when stdout takes colour.
    fn bold(&self, text: &str) -> String {
        if self.color_out {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{Cell, col};

    fn section(count: usize, shown: usize) -> Section {
        Section {
            key: "k",
            title: "回访 Follow-ups due".into(),
            day: None,
            count,
            command: "hk followup due --today".into(),
            rows: Rows {
                columns: vec![col("client", "客户 Client")],
                rows: (0..shown).map(|_| vec![Cell::text("c-1")]).collect(),
            },
        }
    }

    #[test]
    fn a_heading_says_how_many_and_where_the_rest_are() {
        assert_eq!(
            section(0, 0).heading(),
            "回访 Follow-ups due: none — hk followup due --today"
        );
        assert_eq!(
            section(3, 3).heading(),
            "回访 Follow-ups due: 3 — hk followup due --today"
        );
        assert_eq!(
            section(12, 10).heading(),
            "回访 Follow-ups due: 12, the first 10 — all: hk followup due --today"
        );
    }
}
