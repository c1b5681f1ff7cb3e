//! `hk report retention`: clients the company no longer serves and has kept for
//! longer than a period (PIPL: personal data is kept no longer than needed).

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::records::book;
use crate::domain::rights::{Age, churned_since, kept_longer_than};
use crate::domain::stage::Stage;
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// List clients that have been closed or churned for longer than DURATION (`3y`,
/// `18m`, `2w`, `90d`; years and months are calendar months), oldest first: the
/// candidates for `hk client erase` under a retention policy.
///
/// A client is churned by the lifecycle rules (`hk report lifecycle`): closed, or the
/// last done visit more than `churn_days` ago. It has been so since the closed date or
/// the day after last done visit + `churn_days`, whichever came first. Leads that never had a done
/// visit are not churned, so never listed: close them (`hk client edit ID --set
/// closed=REASON`) to count them. Ids only: no names.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How long: 3y, 18m, 2w or 90d
    #[arg(long, value_name = "DURATION")]
    pub older_than: String,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let age = Age::parse(&args.older_than).map_err(|e| CliError::bad_flag("--older-than", e))?;
    let store = ctx.store()?;
    let today = ctx.today()?;
    let book = book(ctx, &store, Kinds::STAGE)?;
    let policy = &store.config.lifecycle;
    let mut rows: Vec<_> = book
        .clients
        .iter()
        .filter(|c| book.stage(c, today, &store.config) == Stage::Churned)
        .filter_map(|c| {
            let last = book
                .history(&c.id)
                .visits
                .iter()
                .filter(|v| v.is_done())
                .map(|v| v.effective_date())
                .max();
            let (since, why) = churned_since(c, last, policy)?;
            kept_longer_than(since, age, today).then_some((since, c.id.as_str(), why, last))
        })
        .collect();
    rows.sort();
    let rows = Rows {
        columns: vec![
            col("id", "编号 ID"),
            col("stage", "阶段 Stage"),
            col("why", "原因 Why"),
            col("since", "自 Since"),
            col("days", "天数 Days"),
            col("last_visit", "最近服务 Last visit"),
        ],
        rows: rows
            .iter()
            .map(|(since, id, why, last)| {
                vec![
                    Cell::text(*id),
                    Cell::text(Stage::Churned.key()),
                    Cell::term("ended", why.key()),
                    Cell::text(since.to_string()),
                    Cell::Int((today - *since).num_days()),
                    Cell::text(last.map(|d| d.to_string()).unwrap_or_default()),
                ]
            })
            .collect(),
    };
    ctx.out.rows(&rows)?;
    if rows.rows.is_empty() {
        ctx.out.status(&crate::t!(
            "report-retention-none",
            duration = args.older_than.trim()
        ));
    }
    Ok(())
}
