//! `hk survey import`: questionnaire exports (问卷星, 腾讯问卷, Google Forms,
//! SurveyMonkey, a plain file) into survey records.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use super::super::Ctx;
use super::super::error::{CliError, CliResult, ErrorKind};
use super::super::import::{self, BadRows, Checked, Importer, Input, Options};
use super::super::records::load_complete;
use super::super::sheet::{self, EncodingArg};
use crate::domain::client::Client;
use crate::domain::config::{Config, Dimension};
use crate::domain::phone::phone_digits_key;
use crate::domain::survey::{Channel, FORMAT, Survey, check_survey_visit};
use crate::domain::visit::Visit;
use crate::import::survey::{Mapping, Preset, Row, Target, fingerprint, map_sheet, parse_row};
use crate::import::{RowError, Sheet, SheetRow};
use crate::output::{Cell, Rows, col};
use crate::query::Prefixes;
use crate::store::Store;

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
    let preset = Preset::parse(&args.preset).map_err(|e| CliError::bad_flag("--preset", e))?;
    let mut overrides = Vec::new();
    for m in &args.maps {
        let (dim, column) = m
            .split_once('=')
            .ok_or_else(|| CliError::bad_flag("--map", crate::t!("survey-import-map-shape")))?;
        overrides.push((dim.trim().to_string(), column.trim().to_string()));
    }
    let channel = args
        .channel
        .as_deref()
        .map(Channel::parse)
        .transpose()
        .map_err(|e| CliError::bad_flag("--channel", e))?;
    let opts = Options {
        file: &args.file,
        encoding: args.encoding,
        dry_run: args.dry_run,
        bad_rows: BadRows::from_flags(args.skip_invalid, args.rejects.as_deref()),
    };
    let surveys = Surveys {
        preset,
        overrides,
        channel,
        anonymous: args.anonymous,
        file_name: args
            .file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        now,
        dimensions: store.config.survey.dimensions.clone(),
        known: Known::default(),
        seen: HashSet::new(),
    };
    import::run(ctx, &store, &opts, surveys)
}

/// Responses into survey records; a response imported before (by its fingerprint)
/// skips the row.
struct Surveys {
    preset: Preset,
    /// The store's dimensions.
    dimensions: Vec<Dimension>,
    /// `--map DIM=COLUMN` pairs.
    overrides: Vec<(String, String)>,
    /// `--channel`, else the preset decides.
    channel: Option<Channel>,
    anonymous: bool,
    file_name: String,
    now: DateTime<FixedOffset>,
    known: Known,
    /// Fingerprints of this file's rows so far.
    seen: HashSet<String>,
}

/// What rows are matched against.
#[derive(Default)]
struct Known {
    client_ids: Prefixes,
    visit_ids: Prefixes,
    visit_by_id: HashMap<String, Visit>,
    /// Client ids by phone (`phone_digits_key`).
    by_phone: HashMap<String, Vec<String>>,
    fingerprints: HashSet<String>,
}

impl Importer for Surveys {
    type Record = Survey;
    type Mapping = Mapping;
    const TITLE: &'static str = "survey import";
    const RECORDS: &'static str = "responses";
    fn count(n: usize) -> String {
        crate::t!("import-count-bare", count = n)
    }
    fn known() -> String {
        crate::t!("import-known-duplicates")
    }

    fn map(&mut self, ctx: &Ctx, file: &Path, sheet: Sheet) -> CliResult<(Sheet, Mapping)> {
        let (sheet, mapping) = map_sheet(sheet, self.preset, &self.dimensions, &self.overrides)
            .map_err(|e| {
                // A wrong `--map` is a mistake on the command line (exit 2); a file
                // whose columns cannot be told apart is a failure (exit 1).
                let mut err = sheet::file_error(file, &e);
                if e.is_usage() {
                    err.kind = ErrorKind::Usage;
                }
                err.hint(crate::t!("survey-import-map-hint"))
            })?;
        if !mapping.ignored.is_empty() {
            ctx.out.status(&crate::t!(
                "survey-import-ignored",
                columns = mapping.ignored.join(", ")
            ));
        }
        Ok((sheet, mapping))
    }

    fn load(&mut self, ctx: &mut Ctx, store: &Store) -> CliResult {
        let clients = load_complete::<Client>(
            ctx,
            store,
            &crate::t!("survey-import-purpose-clients"),
            &crate::t!("survey-import-could-be-client"),
        )?;
        let visits = load_complete::<Visit>(
            ctx,
            store,
            &crate::t!("survey-import-purpose-visits"),
            &crate::t!("survey-import-could-be-visit"),
        )?;
        let existing = load_complete::<Survey>(
            ctx,
            store,
            &crate::t!("survey-import-purpose-duplicates"),
            &crate::t!("survey-import-could-be-duplicate"),
        )?;
        let known = &mut self.known;
        known.fingerprints = existing
            .into_iter()
            .map(|s| s.record.fingerprint)
            .filter(|f| !f.is_empty())
            .collect();
        for c in &clients {
            for p in &c.record.phones {
                known
                    .by_phone
                    .entry(phone_digits_key(p))
                    .or_default()
                    .push(c.record.id.clone());
            }
        }
        known.client_ids = Prefixes::new(clients.into_iter().map(|c| c.record.id));
        known.visit_ids = Prefixes::new(visits.iter().map(|v| v.record.id.clone()));
        known.visit_by_id = visits
            .into_iter()
            .map(|v| (v.record.id.clone(), v.record))
            .collect();
        Ok(())
    }

    fn check(
        &mut self,
        input: &Input<'_, Mapping>,
        row: &SheetRow,
    ) -> Result<Checked<Survey>, RowError> {
        let r = parse_row(row, input.sheet, input.mapping, self.now.date_naive())?;
        let mut s = self.survey(r, input)?;
        // Identical rows within one file (two paper forms with the same answers) are
        // distinct responses: the second copy gets its own fingerprint, so a
        // re-import still skips both.
        let mut copy = 1;
        let base = s.fingerprint.clone();
        while !self.seen.insert(s.fingerprint.clone()) {
            copy += 1;
            s.fingerprint = fingerprint(&[&base, &copy.to_string()]);
        }
        if self.known.fingerprints.contains(&s.fingerprint) {
            Ok(Checked::Known(None))
        } else {
            Ok(Checked::New(s))
        }
    }

    fn id_mut(survey: &mut Survey) -> &mut String {
        &mut survey.id
    }

    fn origin(&self, mapping: &Mapping) -> Option<&'static str> {
        Some(mapping.preset.name())
    }

    /// The mapping, shown even when rows fail: a wrong mapping is the usual cause.
    fn dry_run_intro(&self, ctx: &Ctx, input: &Input<'_, Mapping>) -> CliResult {
        print_mapping(ctx, input.sheet, input.mapping)
    }

    fn preview(&self, input: &Input<'_, Mapping>, fresh: &[(u64, Survey)]) -> Rows {
        preview(input.config, fresh)
    }
}

impl Surveys {
    /// Resolves a parsed row's client and visit and builds the survey record.
    fn survey(&self, r: Row, input: &Input<'_, Mapping>) -> Result<Survey, RowError> {
        let known = &self.known;
        let bad = |column: Option<&Target>, problem: String| RowError {
            line: r.line,
            column: column
                .and_then(|t| input.mapping.column_of(t))
                .and_then(|i| input.sheet.headers.get(i).cloned())
                .unwrap_or_default(),
            problem,
        };
        let client = if let Some(q) = &r.client_id {
            match known.client_ids.matching(q) {
                [one] => one.clone(),
                [] => {
                    return Err(bad(
                        Some(&Target::ClientId),
                        crate::t!("survey-import-no-client-id"),
                    ));
                }
                _ => {
                    return Err(bad(
                        Some(&Target::ClientId),
                        crate::t!("survey-import-client-prefix-ambiguous"),
                    ));
                }
            }
        } else if let Some(p) = &r.phone {
            match known.by_phone.get(&phone_digits_key(p)).map(Vec::as_slice) {
                Some([one]) => one.clone(),
                Some(many) if many.len() > 1 => {
                    return Err(bad(
                        Some(&Target::Phone),
                        crate::t!("survey-import-many-phone", count = many.len()),
                    ));
                }
                _ => {
                    return Err(bad(
                        Some(&Target::Phone),
                        crate::t!("survey-import-no-phone"),
                    ));
                }
            }
        } else if self.anonymous {
            String::new()
        } else {
            return Err(bad(None, crate::t!("survey-import-no-client")));
        };
        let date = r.date.unwrap_or(self.now.date_naive());
        let visit = match &r.visit {
            Some(q) => {
                let v = match known.visit_ids.matching(q) {
                    [one] => &known.visit_by_id[one.as_str()],
                    [] => {
                        return Err(bad(
                            Some(&Target::Visit),
                            crate::t!("survey-import-no-visit-id"),
                        ));
                    }
                    _ => {
                        return Err(bad(
                            Some(&Target::Visit),
                            crate::t!("survey-import-visit-prefix-ambiguous"),
                        ));
                    }
                };
                if v.client != client {
                    return Err(bad(
                        Some(&Target::Visit),
                        crate::t!("survey-import-visit-other-client"),
                    ));
                }
                check_survey_visit(v, date).map_err(|e| {
                    bad(
                        Some(&Target::Visit),
                        crate::t!("survey-import-unfit-visit", problem = e.to_string()),
                    )
                })?;
                Some(v.id.clone())
            }
            None => None,
        };
        let channel = match &r.channel {
            Some(c) => Channel::parse(c).map_err(|e| bad(Some(&Target::Channel), e))?,
            None => self.channel.unwrap_or(if input.mapping.preset.is_online() {
                Channel::Online
            } else {
                Channel::Paper
            }),
        };
        let s = Survey {
            conflicts: Vec::new(),
            format: FORMAT,
            id: String::new(),
            client,
            date,
            channel,
            visit,
            nps: r.nps,
            comment: r.comment,
            source_file: self.file_name.clone(),
            fingerprint: r.fingerprint,
            created: self.now,
            updated: self.now,
            scores: r.scores,
        };
        s.validate(input.config).map_err(|e| {
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

/// The first rows a dry run would import.
fn preview(config: &Config, fresh: &[(u64, Survey)]) -> Rows {
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
    columns.push(col("nps", "净推荐值 NPS"));
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
    Rows { columns, rows }
}
