//! `hk today`: the office's morning page (DESIGN §15).
//!
//! The page is a list of sections. Each is one function of the [`Day`] — the records
//! read once for all of them, the settings and the date — that picks its items with
//! the same code as the command that lists them in full, and names that command. A
//! new section is one more function in [`SECTIONS`] (and, if it reads another kind of
//! record, one more kind in [`KINDS`]).

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::Ctx;
use super::error::{CliError, CliResult};
use super::filters::day_flag;
use super::records::book;
use super::report::packages;
use super::{action, complaint, followup, staff, visit};
use crate::domain::complaint::rules::overdue;
use crate::domain::config::Config;
use crate::domain::due::due_list;
use crate::output::digest::{Digest, Section};
use crate::output::{Cell, Rows};
use crate::query::{Book, Kinds};

/// The morning page: follow-ups due, tomorrow's visits and who goes, overdue
/// complaints, open action items, and staff certificates expiring within 30 days.
///
/// Each section shows how many there are, the first ten, and the command that lists
/// them all. `--format json` prints the whole page for scripts; `--format csv` one line
/// per section with its count (for cron).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The page of this day instead of today, as `HK_NOW=DATE` would show it
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

/// How many items a section shows; its command lists the rest.
const FIRST: usize = 10;

/// Days ahead that a certificate counts as expiring.
const CERT_DAYS: u32 = 30;

/// What the sections read, in one load: the due list needs clients, visits,
/// follow-ups and complaints; tomorrow's visits and certificates the roster.
const KINDS: Kinds = Kinds::DUE.with_staff().with_packages();

/// One section of the page.
type SectionFn = fn(&Day<'_>) -> Section;

/// The sections, in the page's order.
const SECTIONS: &[SectionFn] = &[
    followups_due,
    tomorrows_visits,
    overdue_complaints,
    open_actions,
    expiring_certificates,
    packages_running_out,
];

/// The sections show fewer columns than the full lists where those are wide (an
/// address, the day a complaint came in, a done date an open item never has), and
/// deadlines to the minute, so that the page fits a terminal.
///
/// What every section is computed from.
struct Day<'a> {
    book: &'a Book,
    config: &'a Config,
    date: NaiveDate,
    /// The moment deadlines are judged at: the clock, or noon of `--on`'s day.
    now: DateTime<FixedOffset>,
    /// `--on` named another day than the clock's: commands without a day flag are
    /// shown with `HK_NOW=` so that they list the same items.
    moved: bool,
}

impl Day<'_> {
    /// A command as of this day: `moved` (a flag for another day) when the day was
    /// moved, `plain` otherwise; a command without a day flag gets `HK_NOW=`.
    fn command(&self, plain: &str, moved: Option<String>) -> String {
        match (self.moved, moved) {
            (false, _) => plain.to_string(),
            (true, Some(m)) => m,
            (true, None) => format!("HK_NOW={} {plain}", self.date),
        }
    }
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let clock = ctx.now()?;
    let today = clock.date_naive();
    let date = day_flag("--on", args.on.as_deref(), today)?.unwrap_or(today);
    let moved = date != today;
    let now = if moved {
        store.config.timezone.noon(date).ok_or_else(|| {
            CliError::bad_flag(
                "--on",
                crate::t!("today-noon-missing", date = date.to_string()),
            )
        })?
    } else {
        clock
    };
    let book = book(ctx, &store, KINDS)?;
    let day = Day {
        book: &book,
        config: &store.config,
        date,
        now,
        moved,
    };
    ctx.out.digest(&Digest {
        title: "今日 Today".into(),
        date,
        sections: SECTIONS.iter().map(|s| s(&day)).collect(),
    })?;
    Ok(())
}

/// A section of `count` items whose first ones are `rows`; `title` is a bilingual
/// label (`回访 Follow-ups due`), like a column's.
fn section(key: &'static str, title: &str, count: usize, command: String, rows: Rows) -> Section {
    Section {
        key,
        title: title.to_string(),
        day: None,
        count,
        command,
        rows,
    }
}

fn first<T>(items: &[T]) -> &[T] {
    &items[..items.len().min(FIRST)]
}

fn followups_due(d: &Day<'_>) -> Section {
    let dues = d
        .book
        .clients
        .iter()
        .map(|c| (c, d.book.due(c, d.config, None)));
    let rows = due_list(dues, d.date, d.date);
    section(
        "followups_due",
        "回访 Follow-ups due",
        rows.len(),
        d.command(
            "hk followup due --today",
            Some(format!("hk followup due --on {}", d.date)),
        ),
        followup::due::table(d.config, first(&rows)),
    )
}

fn tomorrows_visits(d: &Day<'_>) -> Section {
    let tomorrow = d.date.succ_opt().unwrap_or(d.date);
    let visits = visit::upcoming::scheduled(d.book, tomorrow, tomorrow);
    let mut s = section(
        "tomorrows_visits",
        "明日服务 Tomorrow's visits",
        visits.len(),
        d.command(
            "hk visit upcoming --tomorrow",
            Some(format!("hk visit upcoming --on {tomorrow}")),
        ),
        visit::upcoming::table(d.book, d.config, first(&visits), false).select(&[
            "time", "visit", "client", "name", "phone", "staff", "category",
        ]),
    );
    s.day = Some(tomorrow);
    s
}

fn overdue_complaints(d: &Day<'_>) -> Section {
    let policy = &d.config.complaints;
    let mut items: Vec<_> = d
        .book
        .complaints
        .iter()
        .filter(|c| overdue(c, d.now, policy).any())
        .map(|c| (c, true))
        .collect();
    complaint::list::sort(&mut items, policy);
    section(
        "overdue_complaints",
        "逾期投诉 Overdue complaints",
        items.len(),
        d.command("hk complaint list --overdue", None),
        minutes(
            complaint::list::table(d.book, d.config, first(&items))
                .select(&["id", "name", "type", "priority", "deadline", "staff"]),
            "deadline",
        ),
    )
}

/// A column of moments (`2026-11-22T22:30:00+08:00`, in the store's zone) shown to
/// the minute (`2026-11-22 22:30`), to fit the page.
fn minutes(mut rows: Rows, key: &str) -> Rows {
    if let Some(i) = rows.columns.iter().position(|c| c.key == key) {
        for r in &mut rows.rows {
            if let Some(Cell::Text(t)) = r.get_mut(i)
                && t.len() >= 16
                && t.is_char_boundary(16)
            {
                *t = t[..16].replacen('T', " ", 1);
            }
        }
    }
    rows
}

fn open_actions(d: &Day<'_>) -> Section {
    let items = action::list::items(d.book, d.date, true, false);
    section(
        "open_actions",
        "待办 Open action items",
        items.len(),
        d.command("hk action list --open", None),
        action::list::table(d.book, d.date, first(&items))
            .select(&["id", "client", "name", "action", "due", "overdue"]),
    )
}

fn expiring_certificates(d: &Day<'_>) -> Section {
    let last = d
        .date
        .checked_add_days(chrono::Days::new(u64::from(CERT_DAYS)))
        .unwrap_or(d.date);
    let items = staff::list::expiring_items(&d.book.staff, d.date, last);
    section(
        "expiring_certificates",
        "证书到期 Certificates expiring within 30 days",
        items.len(),
        d.command(&format!("hk staff list --expiring {CERT_DAYS}"), None),
        staff::list::expiring_table(first(&items), d.date, last),
    )
}

fn packages_running_out(d: &Day<'_>) -> Section {
    let items: Vec<_> = packages::items(d.book)
        .into_iter()
        .filter(|p| packages::running_out(p, d.date))
        .collect();
    section(
        "packages_running_out",
        "次卡/储值卡将用完 Packages running out",
        items.len(),
        d.command("hk report packages", None),
        packages::table(d.book, d.config, d.date, first(&items), false).select(&[
            "id",
            "client",
            "name",
            "expires",
            "status",
            "visits_left",
            "yuan_left",
        ]),
    )
}
