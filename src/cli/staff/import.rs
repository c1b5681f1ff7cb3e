//! `hk staff import`: a roster from a spreadsheet, all or nothing.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use super::super::Ctx;
use super::super::cells;
use super::super::error::CliResult;
use super::super::import::{self, BadRows, Checked, Importer, Input, Options};
use super::super::records::load_complete;
use super::super::sheet::EncodingArg;
use crate::domain::staff::Staff;
use crate::import::staff::{Field, Mapping, map_headers, row_to_staff};
use crate::import::{Duplicates, RowError, Sheet, SheetRow};
use crate::output::{Cell, Rows, col};
use crate::store::Store;

/// Import staff from a CSV file with Chinese or English headers: 姓名/name,
/// 手机/phone, 身份证号, 性别, 出生年, 籍贯, 语言, 服务类型/categories, 技能/skills,
/// 星级/level, 区域/districts, 证书/certificates (`健康证:HZ001:2026-01-05:2027-01-04;…`),
/// 状态/status, 备注 …  UTF-8 (with or without BOM) or GBK.
///
/// Every row is checked before anything is written; one bad row stops the import with
/// its line number. Rows whose phone (or id) is on the roster already are skipped.
/// Prints the new ids.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The CSV file
    pub file: PathBuf,
    /// Check the file and show what would be imported, without writing
    #[arg(long)]
    pub dry_run: bool,
    /// The file's text encoding
    #[arg(long, value_enum, default_value_t = EncodingArg::Auto)]
    pub encoding: EncodingArg,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let opts = Options {
        file: &args.file,
        encoding: args.encoding,
        dry_run: args.dry_run,
        bad_rows: BadRows::Refuse,
    };
    let roster = Roster {
        now,
        known: Duplicates::default(),
    };
    import::run(ctx, &store, &opts, roster)
}

/// Rows into staff; a phone or id already on the roster skips the row.
struct Roster {
    now: DateTime<FixedOffset>,
    known: Duplicates,
}

impl Importer for Roster {
    type Record = Staff;
    type Mapping = Mapping;
    const TITLE: &'static str = "staff import";
    const RECORDS: &'static str = "staff";
    fn count(n: usize) -> String {
        crate::t!("import-count-staff", count = n)
    }
    fn known() -> String {
        crate::t!("import-known-on-roster")
    }

    fn map(&mut self, ctx: &Ctx, file: &Path, sheet: Sheet) -> CliResult<(Sheet, Mapping)> {
        let mapping = import::map_fields(
            ctx,
            file,
            &sheet,
            &crate::t!("staff-import-what"),
            map_headers,
        )?;
        Ok((sheet, mapping))
    }

    fn load(&mut self, ctx: &mut Ctx, store: &Store) -> CliResult {
        let roster = load_complete::<Staff>(
            ctx,
            store,
            &crate::t!("staff-import-purpose"),
            &crate::t!("staff-import-could-be"),
        )?;
        self.known = Duplicates::new(
            roster
                .iter()
                .map(|s| (s.record.id.as_str(), s.record.phones.as_slice())),
        );
        Ok(())
    }

    fn check(
        &mut self,
        input: &Input<'_, Mapping>,
        row: &SheetRow,
    ) -> Result<Checked<Staff>, RowError> {
        let s = row_to_staff(row, input.sheet, input.mapping, input.config, self.now)?;
        match self
            .known
            .check(&s.id, &s.phones, row.line, crate::import::Place::Roster)
        {
            Ok(None) => Ok(Checked::New(s)),
            Ok(Some(note)) => Ok(Checked::Known(Some(note))),
            Err(problem) => Err(RowError {
                line: row.line,
                column: input.mapping.header_of(input.sheet, Field::Phones),
                problem,
            }),
        }
    }

    fn id_mut(s: &mut Staff) -> &mut String {
        &mut s.id
    }

    fn phone_column(&self, input: &Input<'_, Mapping>) -> Option<usize> {
        input.mapping.column_of(Field::Phones)
    }

    fn preview(&self, input: &Input<'_, Mapping>, fresh: &[(u64, Staff)]) -> Rows {
        Rows {
            columns: vec![
                col("line", "行 Line"),
                col("name", "姓名 Name").free_text(),
                col("phone", "电话 Phone"),
                col("categories", "服务 Service").free_text(),
                col("certificates", "证书 Certificates").free_text(),
            ],
            rows: fresh
                .iter()
                .map(|(line, s)| {
                    vec![
                        Cell::Int(*line as i64),
                        Cell::text(&s.name),
                        Cell::text(s.phones.first().cloned().unwrap_or_default()),
                        cells::categories(input.config, &s.categories),
                        Cell::List(s.certificates.iter().map(|c| c.kind.clone()).collect()),
                    ]
                })
                .collect(),
        }
    }
}
