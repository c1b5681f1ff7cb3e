//! `hk visit import`: visit history from a spreadsheet, all or nothing.

use std::collections::HashMap;
use std::path::PathBuf;

use super::super::Ctx;
use super::super::cells;
use super::super::error::{CliError, CliResult};
use super::super::records::load_complete;
use super::super::sheet::{self, EncodingArg};
use crate::domain::client::Client;
use crate::domain::id::Kind;
use crate::domain::phone::{normalize_phone, phone_digits_key};
use crate::domain::visit::Visit;
use crate::import::client::RowError;
use crate::import::visit::{Draft, Field, map_headers, row_to_draft};
use crate::output::{Cell, Rows, col};

/// Import visits from a CSV file with Chinese or English headers: 客户编号/client or
/// 手机/phone, 日期/date, 结束日期/end, 时间/time, 服务类型/category, 服务人员/staff,
/// 状态/status, 金额/price, 支付方式/payment, 备注/notes …
///
/// Every row is checked first; one bad row stops the import with its line number.
/// A row that matches a visit already in the store (same client, dates, time,
/// category and staff) is skipped, so importing a file twice adds nothing.
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
    let (sheet, encoding) = sheet::read(&args.file, args.encoding)?;
    let mapping = map_headers(&sheet.headers).map_err(|e| sheet::file_error(&args.file, e))?;
    for h in &mapping.unused {
        ctx.out.warn(&format!(
            "{}: column `{h}` is not a visit field; it is ignored",
            args.file.display()
        ));
    }
    let lock = if args.dry_run {
        None
    } else {
        Some(store.begin()?)
    };
    let clients = load_complete::<Client>(ctx, &store, "match rows to clients")?;
    let existing = load_complete::<Visit>(ctx, &store, "check for visits already imported")?;
    // Visits already in the store, and those taken from this file, by client: the
    // duplicate check looks at one client's visits, not at all of them per row.
    let mut existing_of: HashMap<&str, Vec<&Visit>> = HashMap::new();
    for v in &existing {
        existing_of
            .entry(v.record.client.as_str())
            .or_default()
            .push(&v.record);
    }
    let mut fresh_of: HashMap<String, Vec<usize>> = HashMap::new();
    let by_id: HashMap<&str, &Client> = clients
        .iter()
        .map(|c| (c.record.id.as_str(), &c.record))
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

    let mut problems = Vec::new();
    let mut fresh: Vec<Draft> = Vec::new();
    let mut skipped = 0usize;
    for row in &sheet.rows {
        let mut draft = match row_to_draft(row, &sheet, &mapping, now) {
            Ok(d) => d,
            Err(e) => {
                problems.push(e.to_string());
                continue;
            }
        };
        let client = match find_client(&draft, &by_id, &by_phone) {
            Ok(c) => c,
            Err(problem) => {
                problems.push(
                    RowError {
                        line: row.line,
                        column: String::new(),
                        problem,
                    }
                    .to_string(),
                );
                continue;
            }
        };
        draft.visit.client = client.id.clone();
        if let Err(e) = draft.finish(&client.categories, &store.config, &sheet, &mapping) {
            problems.push(e.to_string());
            continue;
        }
        let mine = draft.visit.client.as_str();
        let seen = existing_of
            .get(mine)
            .is_some_and(|vs| vs.iter().any(|v| draft.same_as(v)));
        let in_file = fresh_of
            .get(mine)
            .is_some_and(|ix| ix.iter().any(|&i| draft.same_as(&fresh[i].visit)));
        if seen || in_file {
            skipped += 1;
            continue;
        }
        fresh_of
            .entry(draft.visit.client.clone())
            .or_default()
            .push(fresh.len());
        fresh.push(draft);
    }
    if !problems.is_empty() {
        let phones = sheet::column_of(&mapping.columns, Field::Phone);
        let err = sheet::refuse_rows(&args.file, &problems);
        return Err(sheet::spreadsheet_phone_hint(err, &sheet, phones));
    }
    if args.dry_run {
        let rows = Rows {
            columns: vec![
                col("line", "行 Line"),
                col("client", "客户 Client"),
                col("date", "日期 Date"),
                col("category", "服务 Service"),
                col("staff", "服务人员 Staff").free_text(),
                col("status", "状态 Status"),
                col("price", "金额 Price"),
            ],
            rows: fresh
                .iter()
                .map(|d| {
                    let v = &d.visit;
                    vec![
                        Cell::Int(d.line as i64),
                        Cell::text(&v.client),
                        Cell::text(v.date.to_string()),
                        cells::category(&store.config, &v.category),
                        Cell::List(v.staff.clone()),
                        Cell::text(v.status.key()),
                        cells::money(v.price),
                    ]
                })
                .collect(),
        };
        ctx.out.rows(&rows)?;
        ctx.out.status(&format!(
            "dry run ({encoding}): would import {} visit(s), skip {skipped} already in the store; nothing was written",
            fresh.len()
        ));
        return Ok(());
    }
    let Some(mut txn) = lock else {
        return Err(CliError::failure(
            "internal error: the import holds no lock",
        ));
    };
    let mut source = store.id_source(Kind::Visit)?;
    let mut ids: Vec<String> = Vec::with_capacity(fresh.len());
    for d in &mut fresh {
        d.visit.id = source.fresh()?;
        ids.push(d.visit.id.clone());
    }
    txn.create_all(fresh.iter().map(|d| &d.visit))?;
    // As with `visit add`, a client gains the service lines of its visits.
    for c in &clients {
        let Some(mine) = fresh_of.get(c.record.id.as_str()) else {
            continue;
        };
        let mut updated = c.record.clone();
        for d in mine.iter().map(|&i| &fresh[i]) {
            if !updated.categories.contains(&d.visit.category) {
                updated.categories.push(d.visit.category.clone());
            }
        }
        if updated.categories != c.record.categories {
            updated.updated = now;
            txn.update(c, &updated)?;
        }
    }
    if !ids.is_empty() {
        txn.commit(&crate::store::batch_message("visit import", "visits", &ids))?;
        ctx.forgive_unreadable();
        ctx.out.data(&ids.join("\n"))?;
    }
    ctx.out.status(&format!(
        "imported {} visit(s), skipped {skipped} already in the store ({encoding})",
        ids.len()
    ));
    Ok(())
}

/// The client a row names: by id, else by phone (which must be unique).
fn find_client<'a>(
    d: &Draft,
    by_id: &HashMap<&str, &'a Client>,
    by_phone: &HashMap<String, Vec<&'a Client>>,
) -> Result<&'a Client, String> {
    if !d.client_id.is_empty() {
        return by_id
            .get(d.client_id.as_str())
            .copied()
            .ok_or_else(|| format!("no client has the id `{}`", d.client_id));
    }
    let phone = normalize_phone(&d.phone).map_err(|e| format!("the phone is not valid: {e}"))?;
    match by_phone.get(&phone_digits_key(&phone)).map(Vec::as_slice) {
        Some([one]) => Ok(*one),
        Some(many) if many.len() > 1 => Err(format!(
            "{} clients have this phone; use the client id column instead",
            many.len()
        )),
        _ => Err("no client has this phone; add the client first (`hk client add`)".into()),
    }
}
