//! `hk report lifecycle`: how many clients are in each stage, overall and per category.

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::records::book;
use super::Scope;
use crate::domain::client::Client;
use crate::domain::stage::{ALL, Stage};
use crate::output::{Cell, Column, Rows, col};
use crate::query::Kinds;

/// Count clients per lifecycle stage (lead, new, active, at-risk, churned), in all and
/// per service category (a client with two categories counts in both).
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let book = book(ctx, &store, Kinds::STAGE)?;
    let scope = Scope::new(&book, &store.config, now, (None, None));
    ctx.out.rows(&table(&scope))?;
    Ok(())
}

/// The report's rows: stages as of today, whatever the period (also the dashboard's
/// lifecycle chart); the book needs `Kinds::STAGE`.
pub fn table(scope: &Scope<'_>) -> Rows {
    let Scope { book, config, .. } = *scope;
    let today = scope.today();
    let staged: Vec<(&Client, Stage)> = book
        .clients
        .iter()
        .map(|c| (c, book.stage(c, today, config)))
        .collect();
    let cats = &config.categories;
    let mut columns = vec![col("stage", "阶段 Stage"), col("total", "合计 Total")];
    columns.extend(
        cats.iter()
            .map(|c| Column::owned(c.key.clone(), c.label.clone())),
    );
    let count = |stage: Option<Stage>, cat: Option<&str>| {
        staged
            .iter()
            .filter(|(_, s)| stage.is_none_or(|w| *s == w))
            .filter(|(c, _)| cat.is_none_or(|k| c.categories.iter().any(|x| x == k)))
            .count() as i64
    };
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for stage in ALL.into_iter().map(Some).chain([None]) {
        let mut row = vec![
            Cell::term("stage", stage.map(|s| s.key()).unwrap_or("total")),
            Cell::Int(count(stage, None)),
        ];
        row.extend(cats.iter().map(|c| Cell::Int(count(stage, Some(&c.key)))));
        rows.push(row);
    }
    Rows { columns, rows }
}
