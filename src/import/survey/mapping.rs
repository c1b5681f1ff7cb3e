//! Mapping columns to targets: keyword matches, `--map DIM=COLUMN` overrides, and the
//! refusals when two columns could be the same thing.

use super::keywords::{Class, classify};
use super::presets::{detect, fix_surveymonkey};
use super::{Mapping, Preset, Target};
use crate::domain::config::Dimension;
use crate::import::{Sheet, header_key};

/// Why a questionnaire's columns cannot be mapped. Columns are named as
/// `` `3、服务态度` (column 9) ``; no variant holds a cell's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MapError {
    /// `--preset surveymonkey` for a file without SurveyMonkey's second header row.
    #[error("{}", crate::t!("survey-map-not-surveymonkey"))]
    NotSurveyMonkey,
    /// `--map NAME=…` where NAME is no target; `dimensions` lists the store's keys.
    #[error("{}", crate::t!("survey-map-unknown-target", name = .name, dimensions = .dimensions))]
    UnknownTarget { name: String, dimensions: String },
    #[error("{}", crate::t!("survey-map-no-column-given", dim = .dim))]
    NoColumnGiven { dim: String },
    #[error("{}", crate::t!("survey-map-column-out-of-range", dim = .dim, wanted = .wanted, columns = *.columns))]
    ColumnOutOfRange {
        dim: String,
        wanted: String,
        columns: usize,
    },
    #[error("{}", crate::t!("survey-map-no-such-column", dim = .dim, wanted = .wanted, columns = *.columns))]
    NoSuchColumn {
        dim: String,
        wanted: String,
        columns: usize,
    },
    #[error("{}", crate::t!("survey-map-several-columns", dim = .dim, wanted = .wanted, matches = .matches.join(", ")))]
    SeveralColumns {
        dim: String,
        wanted: String,
        matches: Vec<String>,
    },
    #[error("{}", crate::t!("survey-map-ignored-and-mapped", column = .column))]
    IgnoredAndMapped { column: String },
    #[error("{}", crate::t!("survey-map-mapped-and-ignored", column = .column, target = .target))]
    MappedAndIgnored { column: String, target: String },
    #[error("{}", crate::t!("survey-map-mapped-twice", target = .target))]
    MappedTwice { target: String },
    #[error("{}", crate::t!("survey-map-mapped-to-both", column = .column, first = .first, second = .second))]
    MappedToBoth {
        column: String,
        first: String,
        second: String,
    },
    /// Two columns match one target equally well.
    #[error("{}", crate::t!("survey-map-ambiguous", target = .target, first = .first, second = .second))]
    Ambiguous {
        target: String,
        first: String,
        second: String,
    },
    /// Two rating questions name no dimension: which is the overall one?
    #[error("{}", crate::t!("survey-map-several-overall", first = .first, second = .second))]
    SeveralOverall { first: String, second: String },
    /// No score or NPS column; `headers` are the first twelve, quoted.
    #[error("{}", crate::t!(
        "survey-map-no-question",
        headers = format_args!("{}{}", .headers.join(", "), if *.more { " …" } else { "" })
    ))]
    NoQuestion { headers: Vec<String>, more: bool },
}

impl MapError {
    /// Whether the command line is to blame (exit 2) rather than the file (exit 1).
    ///
    /// Every `--map` mistake is. So are `SeveralOverall` and `NoQuestion`, whose
    /// remedy is a `--map`: that is how hk has always classed them (it used to tell
    /// by the message naming `--map`), though the file is arguably at fault.
    pub fn is_usage(&self) -> bool {
        !matches!(self, MapError::NotSurveyMonkey | MapError::Ambiguous { .. })
    }
}

/// A header as messages show it: `` `3、服务态度` (column 9) ``.
fn describe(headers: &[String], i: usize) -> String {
    match headers.get(i).map(|h| h.trim()).filter(|h| !h.is_empty()) {
        Some(h) => crate::t!("survey-map-column-described", header = h, n = i + 1),
        None => crate::t!("survey-map-column-no-header", n = i + 1),
    }
}

fn ignored_name(headers: &[String], i: usize) -> String {
    match headers.get(i).map(|h| h.trim()).filter(|h| !h.is_empty()) {
        Some(h) => h.to_string(),
        None => crate::t!("survey-map-column-unnamed", n = i + 1),
    }
}

/// The target a `--map` name stands for: a dimension key or label, or one of
/// `nps`, `comment`, `phone`, `client`, `date`, `channel`, `visit`, `serial`.
/// (`--map ignore=COLUMN`, which drops a column, is handled by `map_sheet`.)
fn parse_target_name(name: &str, dims: &[Dimension]) -> Result<Target, MapError> {
    let key = header_key(name);
    if let Some(d) = dims
        .iter()
        .find(|d| !key.is_empty() && (header_key(&d.key) == key || header_key(&d.label) == key))
    {
        return Ok(Target::Dimension(d.key.clone()));
    }
    match key.as_str() {
        "nps" => Ok(Target::Nps),
        "comment" => Ok(Target::Comment),
        "phone" => Ok(Target::Phone),
        "client" | "clientid" => Ok(Target::ClientId),
        "date" => Ok(Target::Date),
        "channel" => Ok(Target::Channel),
        "visit" => Ok(Target::Visit),
        "serial" => Ok(Target::Serial),
        _ => {
            let keys: Vec<&str> = dims.iter().map(|d| d.key.as_str()).collect();
            Err(MapError::UnknownTarget {
                name: name.to_string(),
                dimensions: keys.join(", "),
            })
        }
    }
}

/// The column a `--map` value names: the header text, a 1-based column number, the
/// header without decoration, or a unique part of one header.
fn find_column(headers: &[String], name: &str, dim: &str) -> Result<usize, MapError> {
    let wanted = name.trim();
    if wanted.is_empty() {
        return Err(MapError::NoColumnGiven {
            dim: dim.to_string(),
        });
    }
    if let Some(i) = headers.iter().position(|h| h.trim() == wanted) {
        return Ok(i);
    }
    if wanted.bytes().all(|b| b.is_ascii_digit()) {
        return match wanted.parse::<usize>() {
            Ok(n) if (1..=headers.len()).contains(&n) => Ok(n - 1),
            _ => Err(MapError::ColumnOutOfRange {
                dim: dim.to_string(),
                wanted: wanted.to_string(),
                columns: headers.len(),
            }),
        };
    }
    let key = header_key(wanted);
    if !key.is_empty()
        && let Some(i) = headers.iter().position(|h| header_key(h) == key)
    {
        return Ok(i);
    }
    let hits: Vec<usize> = headers
        .iter()
        .enumerate()
        .filter(|(_, h)| h.contains(wanted))
        .map(|(i, _)| i)
        .collect();
    match hits.as_slice() {
        [i] => Ok(*i),
        [] => Err(MapError::NoSuchColumn {
            dim: dim.to_string(),
            wanted: wanted.to_string(),
            columns: headers.len(),
        }),
        many => Err(MapError::SeveralColumns {
            dim: dim.to_string(),
            wanted: wanted.to_string(),
            matches: many.iter().map(|i| describe(headers, *i)).collect(),
        }),
    }
}

/// Detects the preset (when `Auto`), fixes up SurveyMonkey's second header row
/// (returning the adjusted sheet) and maps columns to targets. `overrides` are
/// `--map DIM=COLUMN` pairs and win over keyword matching: DIM is a dimension key or
/// label, `nps`, `comment`, `phone`, `client`, `date`, `channel`, `visit`, `serial`, or
/// `ignore` to drop a column; COLUMN is a header, a 1-based column number or a unique
/// part of a header. Error messages name the headers concerned and what to do.
pub fn map_sheet(
    mut sheet: Sheet,
    preset: Preset,
    dimensions: &[Dimension],
    overrides: &[(String, String)],
) -> Result<(Sheet, Mapping), MapError> {
    let detected = match preset {
        Preset::Auto => detect(&sheet.headers),
        p => p,
    };
    let (texts, header_rows) = if detected == Preset::SurveyMonkey {
        fix_surveymonkey(&mut sheet, preset == Preset::SurveyMonkey)?
    } else {
        let texts = sheet.headers.iter().map(|h| vec![h.clone()]).collect();
        (texts, 1)
    };
    let headers = &sheet.headers;

    let mut assigned: Vec<Option<Target>> = vec![None; headers.len()];
    let mut forced: Vec<Target> = Vec::new();
    let mut skipped: Vec<usize> = Vec::new();
    for (dim, column) in overrides {
        let i = find_column(headers, column, dim)?;
        if skipped.contains(&i) {
            return Err(MapError::IgnoredAndMapped {
                column: describe(headers, i),
            });
        }
        if matches!(header_key(dim).as_str(), "ignore" | "skip" | "none") {
            if let Some(Some(other)) = assigned.get(i) {
                return Err(MapError::MappedAndIgnored {
                    column: describe(headers, i),
                    target: other.name().to_string(),
                });
            }
            skipped.push(i);
            continue;
        }
        let target = parse_target_name(dim, dimensions)?;
        if forced.contains(&target) {
            return Err(MapError::MappedTwice {
                target: target.name().to_string(),
            });
        }
        match assigned.get_mut(i) {
            Some(Some(other)) => {
                return Err(MapError::MappedToBoth {
                    column: describe(headers, i),
                    first: other.name().to_string(),
                    second: target.name().to_string(),
                });
            }
            Some(slot) => *slot = Some(target.clone()),
            None => {}
        }
        forced.push(target);
    }

    let mut ignored: Vec<usize> = Vec::new();
    let mut found: Vec<(usize, Target, u8)> = Vec::new();
    let mut lone: Vec<usize> = Vec::new();
    for (i, header) in headers.iter().enumerate() {
        if assigned.get(i).is_some_and(Option::is_some) {
            continue;
        }
        if skipped.contains(&i) {
            ignored.push(i);
            continue;
        }
        let own = [header.clone()];
        let texts = texts.get(i).map(Vec::as_slice).unwrap_or(&own);
        match classify(header, texts, dimensions) {
            Class::Target(t, _) if forced.contains(&t) => ignored.push(i),
            Class::Target(t, preference) => found.push((i, t, preference)),
            Class::Lone => lone.push(i),
            Class::Ignore | Class::Unknown => ignored.push(i),
        }
    }

    // One column per target: the preferred one wins (dates), a tie is for the user
    // to settle. Several comment columns are all kept.
    let mut targets: Vec<Target> = Vec::new();
    for (_, t, _) in &found {
        if !targets.contains(t) {
            targets.push(t.clone());
        }
    }
    for t in &targets {
        if *t == Target::Comment {
            continue;
        }
        let best = found
            .iter()
            .filter(|(_, u, _)| u == t)
            .map(|(_, _, p)| *p)
            .max()
            .unwrap_or(0);
        let top: Vec<usize> = found
            .iter()
            .filter(|(_, u, p)| u == t && *p == best)
            .map(|(i, _, _)| *i)
            .collect();
        if let [first, second, ..] = top.as_slice() {
            return Err(MapError::Ambiguous {
                target: t.name().to_string(),
                first: describe(headers, *first),
                second: describe(headers, *second),
            });
        }
        for (i, u, p) in &found {
            if u == t && *p < best {
                ignored.push(*i);
            }
        }
        found.retain(|(_, u, p)| u != t || *p == best);
    }

    let overall = Target::Dimension("overall".into());
    let overall_known = dimensions.iter().any(|d| d.key == "overall")
        && !forced.contains(&overall)
        && !found.iter().any(|(_, t, _)| *t == overall);
    match lone.as_slice() {
        [i] if overall_known => found.push((*i, overall, 0)),
        [first, second, ..] if overall_known => {
            return Err(MapError::SeveralOverall {
                first: describe(headers, *first),
                second: describe(headers, *second),
            });
        }
        _ => ignored.extend(lone.iter().copied()),
    }

    let mut columns: Vec<(usize, Target)> = assigned
        .into_iter()
        .enumerate()
        .filter_map(|(i, t)| t.map(|t| (i, t)))
        .chain(found.into_iter().map(|(i, t, _)| (i, t)))
        .collect();
    columns.sort_by_key(|(i, _)| *i);
    ignored.sort_unstable();
    ignored.dedup();

    if !columns
        .iter()
        .any(|(_, t)| matches!(t, Target::Dimension(_) | Target::Nps))
    {
        let shown: Vec<String> = headers
            .iter()
            .take(12)
            .map(|h| format!("`{}`", h.trim()))
            .collect();
        return Err(MapError::NoQuestion {
            headers: shown,
            more: headers.len() > 12,
        });
    }

    let mapping = Mapping {
        preset: detected,
        columns,
        ignored: ignored.iter().map(|i| ignored_name(headers, *i)).collect(),
        header_rows,
    };
    Ok((sheet, mapping))
}
