//! `hk audit list`: who revealed, exported or erased whose data, and when.

use super::super::Ctx;
use super::super::cells;
use super::super::error::{CliError, CliResult};
use super::super::filters::Period;
use super::super::records::load_kind;
use crate::domain::audit::Audit;
use crate::domain::id::{self, Kind};
use crate::output::{Cell, Rows, col};

/// List the audit log, oldest first: each `--reveal` of an ID number, each `hk client
/// export CLIENT` and each `hk client erase`, with when, what, whose data (an id: the
/// log holds no name or phone) and who (the public key of the identity used; `hk key
/// list` names the keys).
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub period: Period,
    /// Only entries about this client: an id or id prefix, as typed (an erased
    /// client's id still works; a staff id `w-…` works too)
    #[arg(long, value_name = "ID")]
    pub client: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let (from, to) = args.period.dates(today)?;
    if let Some(c) = &args.client {
        let c = c.trim().to_lowercase();
        if !id::is_prefix_of_kind(Kind::Client, &c) && !id::is_prefix_of_kind(Kind::Staff, &c) {
            return Err(
                CliError::bad_flag("--client", crate::t!("audit-client-not-id"))
                    .hint(crate::t!("audit-hint-find-id")),
            );
        }
    }
    let tz = &store.config.timezone;
    let mut entries: Vec<Audit> = load_kind::<Audit>(ctx, &store)?
        .into_iter()
        .map(|l| l.record)
        .filter(|a| {
            let day = tz.local(a.at).date_naive();
            from.is_none_or(|f| day >= f) && to.is_none_or(|t| day <= t)
        })
        .filter(|a| args.client.as_deref().is_none_or(|c| a.is_about(c)))
        .collect();
    // Of entries at one moment (a fixed clock), reveals, then exports, then erasures.
    entries.sort_by(|a, b| (a.at, a.action, &a.id).cmp(&(b.at, b.action, &b.id)));
    let rows = Rows {
        columns: vec![
            col("at", "时间 When"),
            col("action", "操作 Action"),
            col("subject", "对象 Whose data"),
            col("who", "操作人 Who (key)"),
            col("id", "编号 ID"),
        ],
        rows: entries
            .iter()
            .map(|a| {
                vec![
                    cells::time(&store.config, a.at),
                    Cell::term("audit-action", a.action.key()),
                    Cell::text(&a.subject),
                    Cell::text(&a.who),
                    Cell::text(&a.id),
                ]
            })
            .collect(),
    };
    ctx.out.rows(&rows)?;
    if entries.is_empty() {
        ctx.out.status(&crate::t!("audit-none-match"));
    }
    Ok(())
}
