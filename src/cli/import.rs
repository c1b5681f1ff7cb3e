//! The one spreadsheet import driver, shared by `client import`, `visit import` and
//! `survey import`: read and decode the file, map its header row, check every row
//! (by line), then either refuse the file, or skip its bad rows into a rejects file,
//! or show a dry run, or write every new record in one transaction under the
//! store's lock.
//!
//! What differs between record kinds is an [`Importer`]: how headers map to fields,
//! what rows are checked against (loaded under the lock, so that two imports cannot
//! both add the same record), and how one row becomes a record. A new import is an
//! `Importer` and its row type; everything else here comes with it, `--skip-invalid`
//! included (a command offers it by passing its flags as [`BadRows`]).

use std::path::Path;

use super::Ctx;
use super::error::{CliError, CliResult};
use super::sheet::{self, EncodingArg};
use crate::domain::config::Config;
use crate::import::{Fields, HeaderError, RowError, Sheet, SheetRow};
use crate::output::Rows;
use crate::output::formula::neutralize;
use crate::store::{Record, Store, Txn, batch_message};

/// The file and the flags every import has.
pub struct Options<'a> {
    pub file: &'a Path,
    pub encoding: EncodingArg,
    pub dry_run: bool,
    pub bad_rows: BadRows<'a>,
}

/// What happens to rows with problems.
#[derive(Debug, Clone, Copy)]
pub enum BadRows<'a> {
    /// One bad row stops the import (the command has no `--skip-invalid`).
    Refuse,
    /// One bad row stops the import, and the refusal tells of `--skip-invalid`.
    RefuseOrSkip,
    /// `--skip-invalid --rejects FILE`: the good rows are imported, the bad ones
    /// written with their reasons to FILE.
    SkipTo(&'a Path),
}

impl<'a> BadRows<'a> {
    /// From `--skip-invalid` and `--rejects FILE` (clap requires both or neither).
    pub fn from_flags(skip_invalid: bool, rejects: Option<&'a Path>) -> BadRows<'a> {
        match rejects {
            Some(path) if skip_invalid => BadRows::SkipTo(path),
            _ => BadRows::RefuseOrSkip,
        }
    }
}

/// What one good row turned out to be.
pub enum Checked<R> {
    /// A record to add.
    New(R),
    /// A record the store (or an earlier row) has already: skipped, with a status
    /// line that says so when there is one.
    Known(Option<String>),
}

/// The file as mapped, and the store's settings, as every step sees them.
pub struct Input<'a, M> {
    pub file: &'a Path,
    pub sheet: &'a Sheet,
    pub mapping: &'a M,
    pub config: &'a Config,
}

/// One kind of record imported from a spreadsheet.
pub trait Importer {
    type Record: Record;
    /// Which column holds what.
    type Mapping;
    /// The commit title and what its count counts: `client import`, `clients`.
    const TITLE: &'static str;
    const RECORDS: &'static str;
    /// `n` new records as summaries count them (`3 clients`), in the user's language.
    fn count(n: usize) -> String;
    /// What summaries call the rows that were there already (`already in the store`),
    /// in the user's language.
    fn known() -> String;

    /// Maps the header row (the sheet may change: SurveyMonkey's second header row
    /// is dropped) and says which columns are left out.
    fn map(&mut self, ctx: &Ctx, file: &Path, sheet: Sheet) -> CliResult<(Sheet, Self::Mapping)>;

    /// Reads what rows are checked against; runs under the store's lock, except in
    /// a dry run.
    fn load(&mut self, ctx: &mut Ctx, store: &Store) -> CliResult;

    /// Turns one row into a record, or says what is wrong with it.
    fn check(
        &mut self,
        input: &Input<'_, Self::Mapping>,
        row: &SheetRow,
    ) -> Result<Checked<Self::Record>, RowError>;

    /// Gives a new record its id (a record whose file gave one keeps it).
    fn id_mut(record: &mut Self::Record) -> &mut String;

    /// The rows a dry run shows, with the line of each.
    fn preview(&self, input: &Input<'_, Self::Mapping>, fresh: &[(u64, Self::Record)]) -> Rows;

    /// The phone column, for the hint about phones a spreadsheet turned into numbers.
    fn phone_column(&self, _input: &Input<'_, Self::Mapping>) -> Option<usize> {
        None
    }

    /// What summaries name besides the encoding (survey import: the preset).
    fn origin(&self, _mapping: &Self::Mapping) -> Option<&'static str> {
        None
    }

    /// What a dry run shows first, even when rows have problems.
    fn dry_run_intro(&self, _ctx: &Ctx, _input: &Input<'_, Self::Mapping>) -> CliResult {
        Ok(())
    }

    /// Changes to other records that go into the same transaction as the new ones.
    fn also_write(&mut self, _txn: &mut Txn<'_>, _fresh: &[(u64, Self::Record)]) -> CliResult {
        Ok(())
    }
}

/// Maps a client or visit file's headers with `map` (a table of fields); a header
/// no field has is left out with a warning that calls the records `what`.
pub fn map_fields<F>(
    ctx: &Ctx,
    file: &Path,
    sheet: &Sheet,
    what: &str,
    map: impl FnOnce(&[String]) -> Result<Fields<F>, HeaderError>,
) -> CliResult<Fields<F>> {
    let mapping = map(&sheet.headers).map_err(|e| sheet::file_error(file, e))?;
    for h in &mapping.unused {
        ctx.out.warn(&crate::t!(
            "import-column-ignored",
            file = file.display(),
            column = h,
            what = what
        ));
    }
    Ok(mapping)
}

/// Runs an import. The caller has opened the store and checked its own flags.
pub fn run<I: Importer>(
    ctx: &mut Ctx,
    store: &Store,
    opts: &Options<'_>,
    mut importer: I,
) -> CliResult {
    let file = opts.file;
    if let BadRows::SkipTo(r) = opts.bad_rows
        && r.exists()
    {
        return Err(CliError::bad_flag(
            "--rejects",
            crate::t!("import-rejects-exists", path = r.display()),
        ));
    }
    let (sheet, encoding) = sheet::read(file, opts.encoding)?;
    let (sheet, mapping) = importer.map(ctx, file, sheet)?;
    let input = Input {
        file,
        sheet: &sheet,
        mapping: &mapping,
        config: &store.config,
    };

    // A dry run writes nothing, so it takes no lock and never waits for a writer.
    let lock = if opts.dry_run {
        None
    } else {
        Some(store.begin()?)
    };
    importer.load(ctx, store)?;

    let bar = ctx.out.progress(
        sheet.rows.len() as u64,
        &crate::t!("import-progress-checking"),
    );
    let mut fresh: Vec<(u64, I::Record)> = Vec::new();
    let mut known: Vec<Option<String>> = Vec::new();
    let mut rejected: Vec<(&SheetRow, String)> = Vec::new();
    for row in &sheet.rows {
        bar.inc(1);
        match importer.check(&input, row) {
            Ok(Checked::New(r)) => fresh.push((row.line, r)),
            Ok(Checked::Known(note)) => known.push(note),
            Err(e) => rejected.push((row, e.to_string())),
        }
    }
    bar.finish_and_clear();
    if opts.dry_run {
        importer.dry_run_intro(ctx, &input)?;
    }
    let rejects = match opts.bad_rows {
        BadRows::SkipTo(path) => Some(path),
        _ if rejected.is_empty() => None,
        offered => return Err(refuse(&importer, &input, offered, &rejected)),
    };

    let count = I::count;
    let known_what = I::known();
    let origin = match importer.origin(&mapping) {
        Some(o) => format!("{o}, {encoding}"),
        None => encoding.to_string(),
    };
    // A command that offers `--skip-invalid` counts the rejected rows.
    let rejected_count = rejected.len();
    let rejected_note = |dry_run: bool| match opts.bad_rows {
        BadRows::Refuse => String::new(),
        _ if dry_run => crate::t!("import-dry-run-rejected", count = rejected_count),
        _ => crate::t!("import-rejected", count = rejected_count),
    };
    let notes = known.iter().flatten();
    if opts.dry_run {
        ctx.out.rows(&importer.preview(&input, &fresh))?;
        for note in notes {
            ctx.out.status(note);
        }
        ctx.out.status(&crate::t!(
            "import-dry-run-summary",
            origin = &origin,
            imported = count(fresh.len()),
            skipped = known.len(),
            known = &known_what,
            rejected = rejected_note(true),
        ));
        return Ok(());
    }

    let Some(mut txn) = lock else {
        return Err(CliError::failure(crate::t!("import-no-lock")));
    };
    for note in notes {
        ctx.out.status(note);
    }
    // The rejects file is written before the store, so that a rejects file that
    // cannot be written stops the import with nothing imported.
    let rejects_written = match rejects {
        Some(path) if !rejected.is_empty() => {
            write_rejects(path, &sheet, &rejected)?;
            Some(path)
        }
        _ => None,
    };
    // The file's rows are not needed past this point: they go before the records
    // are encrypted (100,000 rows are some 20 MB).
    let skipped = known.len();
    drop(rejected);
    drop(sheet);
    let mut source = store.id_source(I::Record::KIND)?;
    for (_, r) in &fresh {
        if !r.id().is_empty() {
            source.reserve(r.id());
        }
    }
    let mut ids = Vec::with_capacity(fresh.len());
    for (_, r) in &mut fresh {
        if r.id().is_empty() {
            *I::id_mut(r) = source.fresh()?;
        }
        ids.push(r.id().to_string());
    }
    txn.create_all(fresh.iter().map(|(_, r)| r))?;
    importer.also_write(&mut txn, &fresh)?;
    // The transaction holds what it writes: the records and what they were checked
    // against can go before the commit.
    drop((fresh, known, importer));
    if !ids.is_empty() {
        if let Err(e) = txn.commit(&batch_message(I::TITLE, I::RECORDS, &ids)) {
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
            .status(&crate::t!("import-rejects-written", path = path.display()));
    }
    ctx.out.status(&crate::t!(
        "import-summary",
        imported = count(ids.len()),
        skipped = skipped,
        known = &known_what,
        rejected = rejected_note(false),
        origin = &origin,
    ));
    Ok(())
}

/// The error for a file with bad rows, with the remedies that apply.
fn refuse<I: Importer>(
    importer: &I,
    input: &Input<'_, I::Mapping>,
    bad_rows: BadRows<'_>,
    rejected: &[(&SheetRow, String)],
) -> CliError {
    let problems: Vec<String> = rejected.iter().map(|(_, p)| p.clone()).collect();
    let err = sheet::refuse_rows(input.file, &problems);
    let err = sheet::spreadsheet_phone_hint(err, input.sheet, importer.phone_column(input));
    match bad_rows {
        BadRows::Refuse => err,
        _ => err.hint(crate::t!("import-skip-invalid-hint")),
    }
}

/// The rejected rows as they were, with the line and reason in front. The rows are
/// personal data: the file is readable by its owner alone (0600), and its cells are
/// guarded against formula injection like every CSV hk writes.
fn write_rejects(path: &Path, sheet: &Sheet, rejected: &[(&SheetRow, String)]) -> CliResult {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["line", "reason"];
    header.extend(sheet.headers.iter().map(String::as_str));
    let io = |e: csv::Error| {
        CliError::failure(crate::t!(
            "import-cannot-write",
            path = path.display(),
            error = e.to_string()
        ))
    };
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
            CliError::failure(crate::t!(
                "import-cannot-write-rejects",
                path = path.display(),
                error = &e
            ))
        })?;
    Ok(())
}
