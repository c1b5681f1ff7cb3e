//! `hk inquiry …`: prospects' first contacts (咨询, DESIGN §12) — take them in, list
//! them, convert them into clients.

mod add;
mod convert;
mod edit;
mod list;
mod show;

use super::Ctx;
use super::cells;
use super::error::CliResult;
use crate::domain::config::Config;
use crate::domain::inquiry::{Inquiry, Outcome};
use crate::output::{Cell, Keyed};
use crate::query::Book;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Add(Box<add::Args>),
    List(list::Args),
    Show(show::Args),
    Convert(convert::Args),
    Edit(edit::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Add(a) => add::run(*a, ctx),
        Command::List(a) => list::run(a, ctx),
        Command::Show(a) => show::run(a, ctx),
        Command::Convert(a) => convert::run(a, ctx),
        Command::Edit(a) => edit::run(a, ctx),
    }
}

/// The outcome as hk counts it: booked once a visit of the converted client follows
/// (see `Inquiry::outcome_with`). The book needs visits.
pub(crate) fn outcome(book: &Book, i: &Inquiry) -> Outcome {
    match &i.client {
        Some(c) => i.outcome_with(&book.history(c).visits),
        None => i.outcome,
    }
}

/// A channel: its key in CSV and JSON, its label in a table.
pub(crate) fn channel_cell(config: &Config, key: &str) -> Cell {
    Cell::keyed(key, config.inquiries.channel_label(key))
}

/// Topics, the same way.
fn topics_cell(config: &Config, keys: &[String]) -> Cell {
    Cell::KeyedList(
        keys.iter()
            .map(|k| Keyed {
                key: k.clone(),
                label: config.inquiries.topic_label(k).to_string(),
            })
            .collect(),
    )
}

/// The category of interest, or empty.
fn category_cell(config: &Config, key: Option<&str>) -> Cell {
    key.map_or(Cell::Empty, |k| cells::category(config, k))
}
