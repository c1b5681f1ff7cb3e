//! `hk action list`: the action items of every follow-up.

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::records::book;
use crate::domain::action::ActionItem;
use crate::domain::followup::Followup;
use crate::output::{Cell, Rows, col};
use crate::query::{Book, Kinds};
use chrono::NaiveDate;

/// List action items (the `--action` texts of follow-ups): overdue ones first, then by
/// due date (those without one last), then by follow-up. An item is overdue from the
/// day after its due date while not done.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only items not done yet
    #[arg(long)]
    pub open: bool,
    /// Only items past their due date and not done
    #[arg(long)]
    pub overdue: bool,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let book = book(ctx, &store, Kinds::clients().with_followups())?;
    let items = items(&book, today, args.open, args.overdue);
    let rows = table(&book, today, &items);
    ctx.out.rows(&rows)?;
    Ok(())
}

/// One action item: its follow-up, its number there (from 1) and the item.
pub type Item<'a> = (&'a Followup, usize, &'a ActionItem);

/// The action items (only open or overdue ones when asked): overdue first, then by
/// due date (those without one last), then by follow-up.
pub fn items(book: &Book, today: NaiveDate, open: bool, overdue: bool) -> Vec<Item<'_>> {
    let mut items: Vec<Item<'_>> = book
        .followups
        .iter()
        .flat_map(|f| {
            f.actions
                .iter()
                .enumerate()
                .map(move |(i, a)| (f, i + 1, a))
        })
        .filter(|(_, _, a)| !open || a.done.is_none())
        .filter(|(_, _, a)| !overdue || a.is_overdue(today))
        .collect();
    items.sort_by(|(fa, na, a), (fb, nb, b)| {
        b.is_overdue(today)
            .cmp(&a.is_overdue(today))
            .then_with(|| b.due().is_some().cmp(&a.due().is_some()))
            .then_with(|| a.due().cmp(&b.due()))
            .then_with(|| fa.order_key().cmp(&fb.order_key()))
            .then_with(|| na.cmp(nb))
    });
    items
}

/// Action items as rows (also a block of `hk today`).
pub fn table(book: &Book, today: NaiveDate, items: &[Item<'_>]) -> Rows {
    Rows {
        columns: vec![
            col("id", "编号 ID"),
            col("date", "回访日期 Date"),
            col("client", "客户 Client"),
            col("name", "姓名 Name").free_text(),
            col("action", "待办 Action").free_text(),
            col("due", "截止 Due"),
            col("done", "完成 Done"),
            col("overdue", "逾期 Overdue"),
        ],
        rows: items
            .iter()
            .map(|(f, n, a)| {
                let (text, due) = a.split();
                vec![
                    Cell::text(format!("{}.{n}", f.id)),
                    Cell::text(f.date.to_string()),
                    Cell::text(&f.client),
                    Cell::text(book.name(&f.client)),
                    Cell::text(text),
                    Cell::text(due.map(|d| d.to_string()).unwrap_or_default()),
                    Cell::text(a.done.map(|d| d.to_string()).unwrap_or_default()),
                    Cell::Bool(a.is_overdue(today)),
                ]
            })
            .collect(),
    }
}
