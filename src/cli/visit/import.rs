//! `hk visit import`: visit history from a spreadsheet, all or nothing.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use super::super::Ctx;
use super::super::cells;
use super::super::error::CliResult;
use super::super::import::{self, BadRows, Checked, Importer, Input, Options};
use super::super::records::load_complete;
use super::super::sheet::EncodingArg;
use super::booking;
use crate::domain::client::Client;
use crate::domain::phone::{normalize_phone, phone_digits_key};
use crate::domain::staff::{NoMatch, Staff, match_staff};
use crate::domain::visit::Visit;
use crate::import::visit::{Draft, Field, Mapping, Sameness, map_headers, row_to_draft};
use crate::import::{RowError, Sheet, SheetRow};
use crate::output::{Cell, Rows, col};
use crate::store::{Loaded, Store, Txn};

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
    /// Import rows that break a booking rule (double bookings, leave, certificates,
    /// do-not-send lists) instead of refusing the file
    #[arg(long)]
    pub allow_overlap: bool,
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
    let visits = Visits {
        now,
        clients: Vec::new(),
        by_id: HashMap::new(),
        by_phone: HashMap::new(),
        existing_of: HashMap::new(),
        taken_of: HashMap::new(),
        roster: Vec::new(),
        schedule: None,
        allow_overlap: args.allow_overlap,
    };
    import::run(ctx, &store, &opts, visits)
}

/// Rows into visits of the clients they name; a visit already in the store (or
/// earlier in the file) skips the row.
struct Visits {
    now: DateTime<FixedOffset>,
    clients: Vec<Loaded<Client>>,
    /// Indices into `clients`, by id and by phone (`phone_digits_key`).
    by_id: HashMap<String, usize>,
    by_phone: HashMap<String, Vec<usize>>,
    /// Visits already in the store, and those taken from this file, by client: the
    /// duplicate check looks at one client's visits, not at all of them per row.
    existing_of: HashMap<String, Vec<Sameness>>,
    taken_of: HashMap<String, Vec<Sameness>>,
    /// Staff cells name roster members once there is a roster (DESIGN §10).
    roster: Vec<Staff>,
    /// The visits the booking rules check rows against (with a roster only).
    schedule: Option<booking::Schedule>,
    allow_overlap: bool,
}

impl Importer for Visits {
    type Record = Visit;
    type Mapping = Mapping;
    const TITLE: &'static str = "visit import";
    const RECORDS: &'static str = "visits";
    fn count(n: usize) -> String {
        crate::t!("import-count-visits", count = n)
    }
    fn known() -> String {
        crate::t!("import-known-in-store")
    }

    fn map(&mut self, ctx: &Ctx, file: &Path, sheet: Sheet) -> CliResult<(Sheet, Mapping)> {
        let what = crate::t!("visit-import-what");
        let mapping = import::map_fields(ctx, file, &sheet, &what, map_headers)?;
        Ok((sheet, mapping))
    }

    fn load(&mut self, ctx: &mut Ctx, store: &Store) -> CliResult {
        self.clients = load_complete::<Client>(
            ctx,
            store,
            &crate::t!("visit-import-purpose-clients"),
            &crate::t!("visit-import-could-be-client"),
        )?;
        let existing = load_complete::<Visit>(
            ctx,
            store,
            &crate::t!("visit-import-purpose-duplicates"),
            &crate::t!("visit-import-could-be-duplicate"),
        )?;
        self.roster = booking::roster(ctx, store)?;
        if !self.roster.is_empty() {
            self.schedule = Some(booking::Schedule::from_visits(
                existing.iter().map(|v| v.record.clone()),
            ));
        }
        for v in existing {
            self.existing_of
                .entry(v.record.client.clone())
                .or_default()
                .push(Sameness::of(&v.record));
        }
        for (i, c) in self.clients.iter().enumerate() {
            self.by_id.insert(c.record.id.clone(), i);
            for p in &c.record.phones {
                self.by_phone
                    .entry(phone_digits_key(p))
                    .or_default()
                    .push(i);
            }
        }
        Ok(())
    }

    fn check(
        &mut self,
        input: &Input<'_, Mapping>,
        row: &SheetRow,
    ) -> Result<Checked<Visit>, RowError> {
        let mut draft = row_to_draft(row, input.sheet, input.mapping, self.now)?;
        let client = &self
            .find_client(&draft)
            .map_err(|problem| RowError {
                line: row.line,
                column: String::new(),
                problem,
            })?
            .record;
        draft.visit.client = client.id.clone();
        let staff_column = || input.mapping.header_of(input.sheet, Field::Staff);
        if !self.roster.is_empty() {
            let mut ids = Vec::new();
            for name in &draft.visit.staff {
                let s = match_staff(&self.roster, name).map_err(|e| RowError {
                    line: row.line,
                    column: staff_column(),
                    problem: match e {
                        NoMatch::None => crate::t!("visit-import-no-staff"),
                        NoMatch::Many(ids) => crate::t!(
                            "visit-import-many-staff",
                            count = ids.len(),
                            ids = ids.join(", ")
                        ),
                    },
                })?;
                ids.push(s.id.clone());
            }
            draft.visit.staff = ids;
        }
        draft.finish(&client.categories, input.config, input.sheet, input.mapping)?;
        let mine = draft.visit.client.as_str();
        // Made once per row, not once per visit it is compared with.
        let same = Sameness::of(&draft.visit);
        let seen = self
            .existing_of
            .get(mine)
            .is_some_and(|vs| vs.contains(&same));
        let in_file = self.taken_of.get(mine).is_some_and(|vs| vs.contains(&same));
        if seen || in_file {
            return Ok(Checked::Known(None));
        }
        if let Some(schedule) = &mut self.schedule {
            let refusals = schedule.check(&draft.visit, &self.roster, input.config);
            if !refusals.is_empty() && !self.allow_overlap {
                let list: Vec<String> = refusals.iter().map(ToString::to_string).collect();
                return Err(RowError {
                    line: row.line,
                    column: staff_column(),
                    problem: crate::t!("visit-import-cannot-book", problems = list.join("; ")),
                });
            }
            schedule.add(draft.visit.clone());
        }
        self.taken_of
            .entry(draft.visit.client.clone())
            .or_default()
            .push(same);
        Ok(Checked::New(draft.visit))
    }

    fn id_mut(visit: &mut Visit) -> &mut String {
        &mut visit.id
    }

    fn phone_column(&self, input: &Input<'_, Mapping>) -> Option<usize> {
        input.mapping.column_of(Field::Phone)
    }

    fn preview(&self, input: &Input<'_, Mapping>, fresh: &[(u64, Visit)]) -> Rows {
        Rows {
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
                .map(|(line, v)| {
                    vec![
                        Cell::Int(*line as i64),
                        Cell::text(&v.client),
                        Cell::text(v.date.to_string()),
                        cells::category(input.config, &v.category),
                        Cell::List(v.staff.clone()),
                        Cell::term("visit-status", v.status.key()),
                        cells::money(v.price),
                    ]
                })
                .collect(),
        }
    }

    /// As with `visit add`, a client gains the service lines of its visits.
    fn also_write(&mut self, txn: &mut Txn<'_>, fresh: &[(u64, Visit)]) -> CliResult {
        let mut fresh_of: HashMap<&str, Vec<&Visit>> = HashMap::new();
        for (_, v) in fresh {
            fresh_of.entry(v.client.as_str()).or_default().push(v);
        }
        let mut updates = Vec::new();
        for c in &self.clients {
            let Some(mine) = fresh_of.get(c.record.id.as_str()) else {
                continue;
            };
            let mut updated = c.record.clone();
            for v in mine {
                if !updated.categories.contains(&v.category) {
                    updated.categories.push(v.category.clone());
                }
            }
            if updated.categories != c.record.categories {
                updated.updated = self.now;
                updates.push((c, updated));
            }
        }
        txn.update_all(&updates)?;
        Ok(())
    }
}

impl Visits {
    /// The client a row names: by id, else by phone (which must be unique).
    fn find_client(&self, d: &Draft) -> Result<&Loaded<Client>, String> {
        if !d.client_id.is_empty() {
            return self
                .by_id
                .get(d.client_id.as_str())
                .map(|&i| &self.clients[i])
                .ok_or_else(|| crate::t!("visit-import-no-client-id", id = &d.client_id));
        }
        let phone = normalize_phone(&d.phone)
            .map_err(|e| crate::t!("visit-import-bad-phone", problem = e.to_string()))?;
        match self
            .by_phone
            .get(&phone_digits_key(&phone))
            .map(Vec::as_slice)
        {
            Some([one]) => Ok(&self.clients[*one]),
            Some(many) if many.len() > 1 => {
                Err(crate::t!("visit-import-many-phone", count = many.len()))
            }
            _ => Err(crate::t!("visit-import-no-phone")),
        }
    }
}
