//! `hk client import`: bulk intake from a spreadsheet, all or nothing.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use super::super::Ctx;
use super::super::cells;
use super::super::error::{CliError, CliResult};
use super::super::records::load_complete;
use super::super::sheet::{self, EncodingArg};
use crate::domain::client::Client;
use crate::domain::id::Kind;
use crate::domain::phone::phone_digits_key;
use crate::import::client::{Field, map_headers, row_to_client};
use crate::output::{Cell, Rows, col};

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
    let name = args.file.display().to_string();
    let (sheet, encoding) = sheet::read(&args.file, args.encoding)?;
    let mapping = map_headers(&sheet.headers).map_err(|e| sheet::file_error(&args.file, e))?;
    for h in &mapping.unused {
        ctx.out.warn(&format!(
            "{name}: column `{h}` is not a client field; it is ignored"
        ));
    }

    // A dry run writes nothing, so it takes no lock and never waits for a writer.
    let lock = if args.dry_run {
        None
    } else {
        Some(store.begin()?)
    };
    let existing = load_complete::<Client>(ctx, &store, "check phones for duplicates")?;
    let known_phones: HashMap<String, String> = existing
        .iter()
        .flat_map(|c| {
            c.record
                .phones
                .iter()
                .map(|p| (phone_digits_key(p), c.record.id.clone()))
        })
        .collect();
    let phone_column = sheet::column_of(&mapping.columns, Field::Phones)
        .and_then(|i| sheet.headers.get(i).cloned())
        .unwrap_or_default();
    let known_ids: HashSet<String> = store.ids(Kind::Client)?.into_iter().collect();

    let mut problems = Vec::new();
    let mut fresh = Vec::new();
    let mut skipped = Vec::new();
    let mut seen_phones: HashMap<String, u64> = HashMap::new();
    for row in &sheet.rows {
        let client = match row_to_client(row, &sheet, &mapping, &store.config, now) {
            Ok(c) => c,
            Err(e) => {
                problems.push(e.to_string());
                continue;
            }
        };
        if known_ids.contains(&client.id) {
            skipped.push(format!(
                "line {}: {} is already in the store; skipped",
                row.line, client.id
            ));
            continue;
        }
        if let Some(owner) = client
            .phones
            .iter()
            .find_map(|p| known_phones.get(&phone_digits_key(p)))
        {
            skipped.push(format!(
                "line {}: the phone belongs to {owner} already; skipped",
                row.line
            ));
            continue;
        }
        let mut clash = None;
        for p in &client.phones {
            if let Some(first) = seen_phones.insert(phone_digits_key(p), row.line) {
                clash = Some(first);
            }
        }
        if let Some(first) = clash {
            problems.push(format!(
                "line {}, column `{phone_column}`: the same phone is already on line {first}; merge the two rows",
                row.line
            ));
            continue;
        }
        fresh.push((row.line, client));
    }
    if !problems.is_empty() {
        let phones = sheet::column_of(&mapping.columns, Field::Phones);
        let err = sheet::refuse_rows(&args.file, &problems);
        return Err(sheet::spreadsheet_phone_hint(err, &sheet, phones));
    }

    if args.dry_run {
        let rows = Rows {
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
                        cells::categories(&store.config, &c.categories),
                        Cell::List(c.tags.clone()),
                    ]
                })
                .collect(),
        };
        ctx.out.rows(&rows)?;
        for s in &skipped {
            ctx.out.status(s);
        }
        ctx.out.status(&format!(
            "dry run ({encoding}): would import {} client(s), skip {} already in the store; nothing was written",
            fresh.len(),
            skipped.len()
        ));
        return Ok(());
    }

    let Some(mut txn) = lock else {
        return Err(CliError::failure(
            "internal error: the import holds no lock",
        ));
    };
    for s in &skipped {
        ctx.out.status(s);
    }
    let mut source = store.id_source(Kind::Client)?;
    for (_, c) in &fresh {
        source.reserve(&c.id);
    }
    let mut ids = Vec::with_capacity(fresh.len());
    for (_, c) in &mut fresh {
        if c.id.is_empty() {
            c.id = source.fresh()?;
        }
        ids.push(c.id.clone());
    }
    txn.create_all(fresh.iter().map(|(_, c)| c))?;
    if !ids.is_empty() {
        let message = crate::store::batch_message("client import", "clients", &ids);
        txn.commit(&message)?;
        ctx.forgive_unreadable();
        ctx.out.data(&ids.join("\n"))?;
    }
    ctx.out.status(&format!(
        "imported {} client(s), skipped {} already in the store ({encoding})",
        ids.len(),
        skipped.len()
    ));
    Ok(())
}
