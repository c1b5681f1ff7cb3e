//! `hk complaint …`: complaints and service recovery (投诉处理, DESIGN §11).

mod add;
mod assign;
mod close;
pub mod list;
mod log;
mod reopen;
mod resolve;
mod search;
mod show;
mod similar;

use chrono::{DateTime, FixedOffset};

use super::Ctx;
use super::cells;
use super::error::CliResult;
use super::records::resolve_id;
use crate::domain::complaint::Complaint;
use crate::domain::complaint::rules::StepError;
use crate::domain::complaint::similar::Match;
use crate::domain::config::Config;
use crate::output::{Cell, Rows, col};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Add(Box<add::Args>),
    Log(log::Args),
    Assign(assign::Args),
    Resolve(resolve::Args),
    Close(close::Args),
    Reopen(reopen::Args),
    List(list::Args),
    Show(show::Args),
    Similar(similar::Args),
    Search(search::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Add(a) => add::run(*a, ctx),
        Command::Log(a) => log::run(a, ctx),
        Command::Assign(a) => assign::run(a, ctx),
        Command::Resolve(a) => resolve::run(a, ctx),
        Command::Close(a) => close::run(a, ctx),
        Command::Reopen(a) => reopen::run(a, ctx),
        Command::List(a) => list::run(a, ctx),
        Command::Show(a) => show::run(a, ctx),
        Command::Similar(a) => similar::run(a, ctx),
        Command::Search(a) => search::run(a, ctx),
    }
}

/// One step on one complaint (`log`, `assign`, `resolve` …): reads it under the
/// store's lock, applies `step` (a domain rule), and writes it in one commit named
/// `complaint <name> <id>`. A refused step writes nothing.
fn step(
    ctx: &mut Ctx,
    query: &str,
    name: &str,
    step: impl FnOnce(&mut Complaint, DateTime<FixedOffset>) -> Result<(), StepError>,
) -> CliResult<Complaint> {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let mut txn = store.begin()?;
    let loaded = resolve_id::<Complaint>(ctx, &store, query)?;
    let mut c = loaded.record.clone();
    step(&mut c, now)?;
    c.updated = now;
    c.validate()?;
    txn.update(&loaded, &c)?;
    txn.commit(&format!("complaint {name} {}", c.id))?;
    ctx.out.status(&crate::t!(
        "complaint-step-done",
        id = &c.id,
        status = c.status.key()
    ));
    Ok(c)
}

/// A complaint type: its key in CSV and JSON, its label in a table.
pub(crate) fn type_cell(config: &Config, key: &str) -> Cell {
    Cell::keyed(key, config.complaints.label(key))
}

/// An optional moment in the office's time.
fn time_cell(config: &Config, t: Option<DateTime<FixedOffset>>) -> Cell {
    t.map(|t| cells::time(config, t)).unwrap_or(Cell::Empty)
}

/// The knowledge base's rows (`similar`, `search`): what happened and how it was
/// resolved, by complaint id; no client names.
fn knowledge_rows(config: &Config, matches: &[Match<'_>]) -> Rows {
    Rows {
        columns: vec![
            col("id", "编号 ID"),
            col("opened", "受理 Opened"),
            col("type", "类型 Type"),
            col("shared", "相同词 Shared"),
            col("description", "内容 Description").free_text(),
            col("resolution", "处理结果 Resolution").free_text(),
            col("cause", "原因 Cause").free_text(),
            col("compensation_kind", "补偿方式 Compensation"),
            col("compensation", "补偿金额 Amount"),
            col("verdict", "客户评价 Verdict"),
        ],
        rows: matches
            .iter()
            .map(|m| {
                let c = m.complaint;
                vec![
                    Cell::text(&c.id),
                    Cell::text(config.timezone.local(c.opened).date_naive().to_string()),
                    type_cell(config, &c.kind),
                    Cell::Int(m.shared as i64),
                    Cell::text(&c.description),
                    Cell::text(&c.resolution),
                    Cell::text(&c.cause),
                    Cell::text(c.compensation.map(|x| x.kind.key()).unwrap_or_default()),
                    cells::money(c.compensation.and_then(|x| x.amount)),
                    Cell::text(c.verdict.map(|v| v.key()).unwrap_or_default()),
                ]
            })
            .collect(),
    }
}
