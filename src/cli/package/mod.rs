//! `hk package …`: prepaid packages (次卡 / 储值卡, DESIGN §14).

mod add;
mod list;
pub mod pay;
mod refund;
mod show;

use super::Ctx;
use super::cells;
use super::error::{CliError, CliResult};
use crate::domain::config::Config;
use crate::domain::package::{Amount, Package, PayError};
use crate::output::{Cell, Column, col};
use crate::query::Book;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Add(Box<add::Args>),
    List(list::Args),
    Show(show::Args),
    Refund(refund::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Add(a) => add::run(*a, ctx),
        Command::List(a) => list::run(a, ctx),
        Command::Show(a) => show::run(a, ctx),
        Command::Refund(a) => refund::run(a, ctx),
    }
}

/// A number of visits as a number, yuan as money.
pub fn amount(a: Amount) -> Cell {
    match a {
        Amount::Visits(n) => Cell::Int(n),
        Amount::Yuan(m) => Cell::Money(m),
    }
}

/// The balance split in two columns (`visits_left`, `yuan_left`): one of them empty.
pub fn left(p: &Package) -> [Cell; 2] {
    match p.balance() {
        Amount::Visits(n) => [Cell::Int(n), Cell::Empty],
        Amount::Yuan(m) => [Cell::Empty, Cell::Money(m)],
    }
}

/// The cells a package's row starts with (id, client, name, kind, service), under
/// `lead_columns`.
pub fn lead(book: &Book, config: &Config, p: &Package) -> Vec<Cell> {
    vec![
        Cell::text(&p.id),
        Cell::text(&p.client),
        Cell::text(book.name(&p.client)),
        Cell::term("package-kind", p.kind.key()),
        category(config, p),
    ]
}

pub fn lead_columns() -> Vec<Column> {
    vec![
        col("id", "编号 ID"),
        col("client", "客户 Client"),
        col("name", "姓名 Name"),
        col("kind", "类型 Kind"),
        col("category", "服务 Service"),
    ]
}

/// A visits card's category, empty for stored value.
pub fn category(config: &Config, p: &Package) -> Cell {
    p.category
        .as_deref()
        .map_or(Cell::Empty, |c| cells::category(config, c))
}

impl From<PayError> for CliError {
    fn from(e: PayError) -> Self {
        let err = CliError::failure(e.to_string());
        match &e {
            PayError::Overdraw { package, .. } => {
                err.hint(crate::t!("package-hint-overdraw", package = package))
            }
            PayError::OtherClient { owner, .. } => {
                err.hint(crate::t!("package-hint-other-client", owner = owner))
            }
            PayError::Expired { .. } => err.hint(crate::t!("package-hint-expired")),
            PayError::NoPrice { visit, .. } => {
                err.hint(crate::t!("package-hint-no-price", visit = visit))
            }
            PayError::NotDone { visit, .. } => {
                err.hint(crate::t!("package-hint-not-done", visit = visit))
            }
            PayError::WrongCategory { .. } => err.hint(crate::t!("package-hint-wrong-category")),
            _ => err,
        }
    }
}
