//! `hk client import`: bulk intake from a spreadsheet, all or nothing.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use super::super::Ctx;
use super::super::cells;
use super::super::error::CliResult;
use super::super::import::{self, BadRows, Checked, Importer, Input, Options};
use super::super::records::load_complete;
use super::super::sheet::EncodingArg;
use crate::domain::client::Client;
use crate::import::client::{Field, Mapping, map_headers, row_to_client};
use crate::import::{Duplicates, RowError, Sheet, SheetRow};
use crate::output::{Cell, Rows, col};
use crate::store::Store;

/// Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English
/// headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信,
/// 身份证号, 来源, 备注 …
///
/// Every row is checked before anything is written; one bad row stops the import with
/// its line number. Rows whose phone (or id) is already in the store are skipped, so
/// importing the same file twice adds nothing. Prints the new ids.
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
    let clients = Clients {
        now,
        known: Duplicates::default(),
    };
    import::run(ctx, &store, &opts, clients)
}

/// Rows into clients; a phone or id already in the store skips the row.
struct Clients {
    now: DateTime<FixedOffset>,
    known: Duplicates,
}

impl Importer for Clients {
    type Record = Client;
    type Mapping = Mapping;
    const TITLE: &'static str = "client import";
    const RECORDS: &'static str = "clients";
    fn count(n: usize) -> String {
        crate::t!("import-count-clients", count = n)
    }
    fn known() -> String {
        crate::t!("import-known-in-store")
    }

    fn map(&mut self, ctx: &Ctx, file: &Path, sheet: Sheet) -> CliResult<(Sheet, Mapping)> {
        let mapping = import::map_fields(
            ctx,
            file,
            &sheet,
            &crate::t!("import-what-client"),
            map_headers,
        )?;
        Ok((sheet, mapping))
    }

    fn load(&mut self, ctx: &mut Ctx, store: &Store) -> CliResult {
        let existing = load_complete::<Client>(
            ctx,
            store,
            &crate::t!("client-purpose-check-phones"),
            &crate::t!("client-could-be-duplicate"),
        )?;
        self.known = Duplicates::new(
            existing
                .iter()
                .map(|c| (c.record.id.as_str(), c.record.phones.as_slice())),
        );
        Ok(())
    }

    fn check(
        &mut self,
        input: &Input<'_, Mapping>,
        row: &SheetRow,
    ) -> Result<Checked<Client>, RowError> {
        let client = row_to_client(row, input.sheet, input.mapping, input.config, self.now)?;
        match self.known.check(
            &client.id,
            &client.phones,
            row.line,
            crate::import::Place::Store,
        ) {
            Ok(None) => {}
            Ok(Some(note)) => return Ok(Checked::Known(Some(note))),
            Err(problem) => {
                return Err(RowError {
                    line: row.line,
                    column: input.mapping.header_of(input.sheet, Field::Phones),
                    problem,
                });
            }
        }
        Ok(Checked::New(client))
    }

    fn id_mut(client: &mut Client) -> &mut String {
        &mut client.id
    }

    fn phone_column(&self, input: &Input<'_, Mapping>) -> Option<usize> {
        input.mapping.column_of(Field::Phones)
    }

    fn preview(&self, input: &Input<'_, Mapping>, fresh: &[(u64, Client)]) -> Rows {
        Rows {
            columns: vec![
                col("line", "行 Line"),
                col("name", "姓名 Name").free_text(),
                col("phone", "电话 Phone"),
                col("categories", "服务 Service").free_text(),
                col("tags", "标签 Tags").free_text(),
            ],
            rows: fresh
                .iter()
                .map(|(line, c)| {
                    vec![
                        Cell::Int(*line as i64),
                        Cell::text(&c.name),
                        Cell::text(c.phones.first().cloned().unwrap_or_default()),
                        cells::categories(input.config, &c.categories),
                        Cell::List(c.tags.clone()),
                    ]
                })
                .collect(),
        }
    }
}
