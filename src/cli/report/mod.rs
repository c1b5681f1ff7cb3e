//! `hk report …`: figures for the owner, meant for cron (`--format csv`).
//!
//! Each report computes its rows in a `table` function from a [`Scope`], apart from
//! loading and printing, so that the dashboard (`hk report dashboard`) draws the very
//! rows the CSV reports print.

mod complaints;
mod dashboard;
mod followups;
mod inquiries;
mod lifecycle;
mod loyalty;
pub mod packages;
mod retention;
mod revenue;
mod satisfaction;
mod staff;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::Ctx;
use super::error::CliResult;
use crate::domain::config::Config;
use crate::query::Book;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Lifecycle(lifecycle::Args),
    Followups(followups::Args),
    Satisfaction(satisfaction::Args),
    Complaints(complaints::Args),
    Staff(staff::Args),
    Dashboard(dashboard::Args),
    Revenue(revenue::Args),
    Packages(packages::Args),
    Loyalty(loyalty::Args),
    Retention(retention::Args),
    Inquiries(inquiries::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Lifecycle(a) => lifecycle::run(a, ctx),
        Command::Followups(a) => followups::run(a, ctx),
        Command::Satisfaction(a) => satisfaction::run(a, ctx),
        Command::Complaints(a) => complaints::run(a, ctx),
        Command::Staff(a) => staff::run(a, ctx),
        Command::Inquiries(a) => inquiries::run(a, ctx),
        Command::Retention(a) => retention::run(a, ctx),
        Command::Revenue(a) => revenue::run(a, ctx),
        Command::Packages(a) => packages::run(a, ctx),
        Command::Loyalty(a) => loyalty::run(a, ctx),
        Command::Dashboard(a) => dashboard::run(a, ctx),
    }
}

/// What a report is computed from: the records read, the store's settings, the
/// clock, and the period asked for (`None` where left open; each report says what an
/// open end means for it).
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    pub book: &'a Book,
    pub config: &'a Config,
    pub now: DateTime<FixedOffset>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl<'a> Scope<'a> {
    pub fn new(
        book: &'a Book,
        config: &'a Config,
        now: DateTime<FixedOffset>,
        (from, to): (Option<NaiveDate>, Option<NaiveDate>),
    ) -> Scope<'a> {
        Scope {
            book,
            config,
            now,
            from,
            to,
        }
    }

    pub fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }
}
