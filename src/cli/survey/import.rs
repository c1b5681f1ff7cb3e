//! `hk survey import`: questionnaire exports (问卷星, 腾讯问卷, Google Forms,
//! SurveyMonkey, a plain file) into survey records.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::records::load_complete;
use super::super::sheet::{self, EncodingArg};
use crate::domain::client::Client;
use crate::domain::id::Kind;
use crate::domain::phone::phone_digits_key;
use crate::domain::survey::{Channel, FORMAT, Survey, check_survey_visit};
use crate::domain::visit::Visit;
use crate::import::client::RowError;
use crate::import::survey::{Mapping, Preset, Row, Target, fingerprint, map_sheet, parse_row};
use crate::import::{Sheet, SheetRow};
use crate::output::formula::neutralize;
use crate::output::{Cell, Rows, col};
use crate::query::Prefixes;

/// Import survey responses from a questionnaire export.
///
/// Columns are matched to the store's dimensions by keywords (态度, 清洁/卫生, 准时,
/// 性价比/价格, 推荐, 总体/整体, 建议/意见 …); `--dry-run` shows the mapping it chose
/// and a preview, and `--map DIM=COLUMN` corrects it. Answers may be numbers (5, 5分)
/// or labels (非常满意 … 非常不满意). Rows are matched to clients by client id or
/// phone; a visit column must name a done visit of that client that started by the
/// row's date. Importing the same rows again adds nothing. One bad row stops the import
/// (nothing is written) unless `--skip-invalid`, which imports the good rows and
/// writes the bad ones with their reasons to `--rejects`. IP addresses and other
/// unneeded columns are not stored.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The CSV export
    pub file: PathBuf,
    /// The tool that made the file: auto, wjx (问卷星), tencent (腾讯问卷), google,
    /// surveymonkey, generic
    #[arg(long, default_value = "auto")]
    pub preset: String,
    /// The file's text encoding
    #[arg(long, value_enum, default_value_t = EncodingArg::Auto)]
    pub encoding: EncodingArg,
    /// Which column holds what: DIM=COLUMN, where DIM is a dimension key, nps,
    /// comment, phone, client, date, channel, visit or ignore, and COLUMN a header,
    /// a 1-based column number or a unique part of a header; repeatable
    #[arg(long = "map", value_name = "DIM=COLUMN")]
    pub maps: Vec<String>,
    /// Show the mapping and the rows that would be imported; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Import the good rows and write the bad ones to --rejects
    #[arg(long, requires = "rejects")]
    pub skip_invalid: bool,
    /// Where --skip-invalid writes the bad rows (CSV with line and reason)
    #[arg(long, value_name = "FILE", requires = "skip_invalid")]
    pub rejects: Option<PathBuf>,
    /// Channel of the responses [default: online for questionnaire tools, else paper]
    #[arg(long)]
    pub channel: Option<String>,
    /// Accept rows that name no client (anonymous responses)
    #[arg(long)]
    pub anonymous: bool,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let today = now.date_naive();
    let preset = Preset::parse(&args.preset).map_err(|e| CliError::bad_flag("--preset", e))?;
    let mut overrides = Vec::new();
    for m in &args.maps {
        let (dim, column) = m.split_once('=').ok_or_else(|| {
            CliError::bad_flag("--map", "expected DIM=COLUMN, e.g. `--map attitude=3`")
        })?;
        overrides.push((dim.trim().to_string(), column.trim().to_string()));
    }
    let channel_flag = args
        .channel
        .as_deref()
        .map(Channel::parse)
        .transpose()
        .map_err(|e| CliError::bad_flag("--channel", e))?;
    if let Some(r) = &args.rejects
        && r.exists()
    {
        return Err(CliError::bad_flag(
            "--rejects",
            format!("`{}` exists; hk does not overwrite it", r.display()),
        ));
    }
    let (sheet, encoding) = sheet::read(&args.file, args.encoding)?;
    let (sheet, mapping) = map_sheet(sheet, preset, &store.config.survey.dimensions, &overrides)
        .map_err(|e| {
            // A wrong `--map` is a mistake on the command line (exit 2); a file whose
            // columns cannot be told apart is a failure (exit 1).
            let mut err = sheet::file_error(&args.file, &e);
            if e.contains("`--map ") && !e.contains("choose one with") {
                err.kind = super::super::error::ErrorKind::Usage;
            }
            err.hint("correct the mapping with `--map DIM=COLUMN`; `--dry-run` shows it")
        })?;
    if !mapping.ignored.is_empty() {
        ctx.out.status(&format!(
            "not imported (not needed): {}",
            mapping.ignored.join(", ")
        ));
    }
    let default_channel = channel_flag.unwrap_or(if mapping.preset.is_online() {
        Channel::Online
    } else {
        Channel::Paper
    });
    let file_name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();

    let lock = if args.dry_run {
        None
    } else {
        Some(store.begin()?)
    };
    let clients = load_complete::<Client>(ctx, &store, "match rows to clients")?;
    let visits = load_complete::<Visit>(ctx, &store, "match rows to visits")?;
    let existing = load_complete::<Survey>(ctx, &store, "check for responses already imported")?;
    let known: HashSet<&str> = existing
        .iter()
        .map(|s| s.record.fingerprint.as_str())
        .filter(|f| !f.is_empty())
        .collect();
    let mut by_phone: HashMap<String, Vec<&Client>> = HashMap::new();
    for c in &clients {
        for p in &c.record.phones {
            by_phone
                .entry(phone_digits_key(p))
                .or_default()
                .push(&c.record);
        }
    }
    let ctx_lookup = Lookup {
        client_ids: Prefixes::new(clients.iter().map(|c| c.record.id.clone())),
        visit_ids: Prefixes::new(visits.iter().map(|v| v.record.id.clone())),
        visit_by_id: visits
            .iter()
            .map(|v| (v.record.id.as_str(), &v.record))
            .collect(),
        by_phone,
        headers: &sheet.headers,
    };

    let bar = ctx.out.progress(sheet.rows.len() as u64, "checking rows");
    let mut rejected: Vec<(&SheetRow, String)> = Vec::new();
    let mut fresh: Vec<(u64, Survey)> = Vec::new();
    let mut duplicates = 0usize;
    let mut seen: HashSet<String> = HashSet::new();
    for row in &sheet.rows {
        bar.inc(1);
        let parsed = parse_row(row, &sheet, &mapping, today).and_then(|r| {
            ctx_lookup.survey(
                r,
                &mapping,
                &args,
                default_channel,
                &file_name,
                now,
                &store.config,
            )
        });
        match parsed {
            Ok(mut s) => {
                // Identical rows within one file (two paper forms with the same
                // answers) are distinct responses: the second copy gets its own
                // fingerprint, so a re-import still skips both.
                let mut copy = 1;
                let base = s.fingerprint.clone();
                while !seen.insert(s.fingerprint.clone()) {
                    copy += 1;
                    s.fingerprint = fingerprint(&[&base, &copy.to_string()]);
                }
                if known.contains(s.fingerprint.as_str()) {
                    duplicates += 1;
                } else {
                    fresh.push((row.line, s));
                }
            }
            Err(e) => rejected.push((row, e.to_string())),
        }
    }
    bar.finish_and_clear();
    if args.dry_run {
        // Shown even when rows fail: a wrong mapping is the usual cause.
        print_mapping(ctx, &sheet, &mapping)?;
    }
    if !rejected.is_empty() && !args.skip_invalid {
        let problems: Vec<String> = rejected.iter().map(|(_, p)| p.clone()).collect();
        return Err(sheet::refuse_rows(&args.file, &problems)
            .hint("or import the good rows with `--skip-invalid --rejects FILE`"));
    }
    if args.dry_run {
        print_preview(ctx, &store.config, &fresh)?;
        ctx.out.status(&format!(
            "dry run ({}, {encoding}): would import {}, skip {duplicates} duplicate(s), reject {}; nothing was written",
            mapping.preset.name(),
            fresh.len(),
            rejected.len()
        ));
        return Ok(());
    }
    let Some(mut txn) = lock else {
        return Err(CliError::failure(
            "internal error: the import holds no lock",
        ));
    };
    // The rejects file is written before the store, so that a rejects file that
    // cannot be written stops the import with nothing imported.
    let rejects_written = match &args.rejects {
        Some(path) if !rejected.is_empty() => {
            write_rejects(path, &sheet, &rejected)?;
            Some(path)
        }
        _ => None,
    };
    let mut source = store.id_source(Kind::Survey)?;
    let mut ids = Vec::with_capacity(fresh.len());
    for (_, s) in &mut fresh {
        s.id = source.fresh()?;
        ids.push(s.id.clone());
    }
    txn.create_all(fresh.iter().map(|(_, s)| s))?;
    if !ids.is_empty() {
        let message = crate::store::batch_message("survey import", "responses", &ids);
        if let Err(e) = txn.commit(&message) {
            if let Some(path) = rejects_written {
                let _ = std::fs::remove_file(path);
            }
            return Err(e.into());
        }
        ctx.forgive_unreadable();
        ctx.out.data(&ids.join("\n"))?;
    }
    if let Some(path) = rejects_written {
        ctx.out
            .status(&format!("wrote the rejected rows to {}", path.display()));
    }
    ctx.out.status(&format!(
        "imported {}, skipped {duplicates} duplicate(s), rejected {} ({}, {encoding})",
        ids.len(),
        rejected.len(),
        mapping.preset.name()
    ));
    Ok(())
}

/// What rows are matched against.
struct Lookup<'a> {
    client_ids: Prefixes,
    visit_ids: Prefixes,
    visit_by_id: HashMap<&'a str, &'a Visit>,
    by_phone: HashMap<String, Vec<&'a Client>>,
    headers: &'a [String],
}

impl Lookup<'_> {
    /// Resolves a parsed row's client and visit and builds the survey record.
    #[allow(clippy::too_many_arguments)]
    fn survey(
        &self,
        r: Row,
        mapping: &Mapping,
        args: &Args,
        default_channel: Channel,
        file_name: &str,
        now: chrono::DateTime<chrono::FixedOffset>,
        config: &crate::domain::config::Config,
    ) -> Result<Survey, RowError> {
        let bad = |column: Option<&Target>, problem: String| RowError {
            line: r.line,
            column: column
                .and_then(|t| mapping.column_of(t))
                .and_then(|i| self.headers.get(i).cloned())
                .unwrap_or_default(),
            problem,
        };
        let client = if let Some(q) = &r.client_id {
            match self.client_ids.matching(q) {
                [one] => one.clone(),
                [] => return Err(bad(Some(&Target::ClientId), "no client has this id".into())),
                _ => {
                    return Err(bad(
                        Some(&Target::ClientId),
                        "the id prefix fits several clients".into(),
                    ));
                }
            }
        } else if let Some(p) = &r.phone {
            match self.by_phone.get(&phone_digits_key(p)).map(Vec::as_slice) {
                Some([one]) => one.id.clone(),
                Some(many) if many.len() > 1 => {
                    return Err(bad(
                        Some(&Target::Phone),
                        format!(
                            "{} clients have this phone; add a client id column",
                            many.len()
                        ),
                    ));
                }
                _ => {
                    return Err(bad(
                        Some(&Target::Phone),
                        "no client has this phone; add the client first".into(),
                    ));
                }
            }
        } else if args.anonymous {
            String::new()
        } else {
            return Err(bad(None, "names no client (no client id or phone); use `--anonymous` for anonymous responses".into()));
        };
        let date = r.date.unwrap_or(now.date_naive());
        let visit = match &r.visit {
            Some(q) => {
                let v = match self.visit_ids.matching(q) {
                    [one] => self.visit_by_id[one.as_str()],
                    [] => return Err(bad(Some(&Target::Visit), "no visit has this id".into())),
                    _ => {
                        return Err(bad(
                            Some(&Target::Visit),
                            "the id prefix fits several visits; give more of the id".into(),
                        ));
                    }
                };
                if v.client != client {
                    return Err(bad(
                        Some(&Target::Visit),
                        "the visit belongs to another client".into(),
                    ));
                }
                check_survey_visit(v, date).map_err(|e| {
                    bad(
                        Some(&Target::Visit),
                        format!("{e}; leave the cell empty to use the client's latest done visit"),
                    )
                })?;
                Some(v.id.clone())
            }
            None => None,
        };
        let channel = match &r.channel {
            Some(c) => Channel::parse(c).map_err(|e| bad(Some(&Target::Channel), e))?,
            None => default_channel,
        };
        let s = Survey {
            format: FORMAT,
            id: String::new(),
            client,
            date,
            channel,
            visit,
            nps: r.nps,
            comment: r.comment,
            source_file: file_name.to_string(),
            fingerprint: r.fingerprint,
            created: now,
            updated: now,
            scores: r.scores,
        };
        s.validate(config).map_err(|e| {
            if e.field == "comment" {
                bad(Some(&Target::Comment), e.problem)
            } else {
                bad(None, e.to_string())
            }
        })?;
        Ok(s)
    }
}

fn print_mapping(ctx: &Ctx, sheet: &Sheet, mapping: &Mapping) -> CliResult {
    let rows = Rows {
        columns: vec![
            col("column", "列 Column"),
            col("header", "表头 Header").free_text(),
            col("field", "对应 Field"),
        ],
        rows: mapping
            .columns
            .iter()
            .map(|(i, t)| {
                vec![
                    Cell::Int(*i as i64 + 1),
                    Cell::text(sheet.headers.get(*i).cloned().unwrap_or_default()),
                    Cell::text(t.name()),
                ]
            })
            .collect(),
    };
    ctx.out.rows(&rows)?;
    Ok(())
}

fn print_preview(
    ctx: &Ctx,
    config: &crate::domain::config::Config,
    fresh: &[(u64, Survey)],
) -> CliResult {
    let mut columns = vec![
        col("line", "行 Line"),
        col("client", "客户 Client"),
        col("date", "日期 Date"),
    ];
    columns.extend(
        config
            .survey
            .dimensions
            .iter()
            .map(|d| crate::output::Column::owned(d.key.clone(), d.label.clone())),
    );
    columns.push(col("nps", "NPS"));
    columns.push(col("comment", "意见 Comment").free_text());
    let rows = fresh
        .iter()
        .take(20)
        .map(|(line, s)| {
            let mut row = vec![
                Cell::Int(*line as i64),
                Cell::text(&s.client),
                Cell::text(s.date.to_string()),
            ];
            row.extend(config.survey.dimensions.iter().map(|d| {
                s.scores
                    .get(&d.key)
                    .map(|v| Cell::Int(i64::from(*v)))
                    .unwrap_or(Cell::Empty)
            }));
            row.push(
                s.nps
                    .map(|v| Cell::Int(i64::from(v)))
                    .unwrap_or(Cell::Empty),
            );
            row.push(Cell::text(&s.comment));
            row
        })
        .collect();
    ctx.out.rows(&Rows { columns, rows })?;
    Ok(())
}

/// The rejected rows as they were, with the line and reason in front. The rows are
/// personal data: the file is readable by its owner alone (0600), and its cells are
/// guarded against formula injection like every CSV hk writes.
fn write_rejects(
    path: &std::path::Path,
    sheet: &Sheet,
    rejected: &[(&SheetRow, String)],
) -> CliResult {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["line", "reason"];
    header.extend(sheet.headers.iter().map(String::as_str));
    let io = |e: csv::Error| CliError::failure(format!("cannot write `{}`: {e}", path.display()));
    w.write_record(header.into_iter().map(|c| neutralize(c).into_owned()))
        .map_err(io)?;
    for (row, reason) in rejected {
        let line = row.line.to_string();
        let mut rec = vec![line.as_str(), reason.as_str()];
        rec.extend(row.fields.iter().map(String::as_str));
        w.write_record(rec.into_iter().map(|c| neutralize(c).into_owned()))
            .map_err(io)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| CliError::failure(e.to_string()))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(path)
        .and_then(|mut f| std::io::Write::write_all(&mut f, &bytes))
        .map_err(|e| {
            CliError::failure(format!(
                "cannot write `{}`: {e}; nothing was imported",
                path.display()
            ))
        })?;
    Ok(())
}
