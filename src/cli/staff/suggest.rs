//! `hk staff suggest`: whom to send (派单), ranked, with the reasons.

use super::super::Ctx;
use super::super::client::resolve as resolve_client;
use super::super::error::{CliError, CliResult};
use super::super::filters::{category_flag, day_flag};
use super::super::records::book;
use crate::domain::dispatch::{Request, suggest};
use crate::domain::survey::Survey;
use crate::domain::visit::{Visit, parse_time};
use crate::i18n::{self, IntoArg, Lang};
use crate::output::{Cell, Format, Rows, col};
use crate::query::Kinds;

/// Suggest staff for a visit: active staff who can be booked then (no double
/// booking, not on leave, required certificates valid), who do the category and have
/// every skill asked, and whom the client has not asked to avoid. Ranked by:
/// (1) served this client before with no survey of overall ≤ 2 from those visits;
/// (2) covers the client's district (one of hers appears in the client's address);
/// (3) fewer visits already booked that day; (4) higher mean overall score of the
/// surveys of her visits in the 180 days before the day (none counts as 0); (5) name.
/// Each row shows the reasons.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The day of the visit
    #[arg(long)]
    pub date: String,
    /// Last day of a multi-day engagement
    #[arg(long)]
    pub end: Option<String>,
    /// Start time, HH:MM
    #[arg(long)]
    pub time: Option<String>,
    /// Service category (key or label)
    #[arg(long)]
    pub category: String,
    /// The client (id or id prefix, phone, or exact name)
    #[arg(long)]
    pub client: Option<String>,
    /// A skill she must have; repeatable
    #[arg(long = "skill")]
    pub skills: Vec<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let date = day_flag("--date", Some(&args.date), today)?.unwrap_or(today);
    let end = day_flag("--end", args.end.as_deref(), today)?.filter(|e| *e != date);
    if end.is_some_and(|e| e < date) {
        return Err(CliError::bad_flag("--end", "is before `--date`"));
    }
    let time = args
        .time
        .as_deref()
        .map(parse_time)
        .transpose()
        .map_err(|e| CliError::bad_flag("--time", e))?;
    let category = category_flag(&store.config, Some(&args.category))?.unwrap_or_default();
    let client = match &args.client {
        Some(q) => Some(resolve_client(ctx, &store, q)?.record),
        None => None,
    };
    let book = book(ctx, &store, Kinds::HISTORY.with_staff())?;
    let visits: Vec<&Visit> = book.visits.iter().collect();
    let surveys: Vec<(&Survey, Option<&Visit>)> = book
        .surveys
        .iter()
        .map(|s| (s, book.survey_visit(s)))
        .collect();
    let req = Request {
        date,
        end,
        time,
        category,
        client: client.as_ref(),
        skills: args.skills.iter().map(|s| s.trim().to_string()).collect(),
    };
    let ranked = suggest(&req, &book.staff, &visits, &surveys, &store.config);
    // The reasons read in the chosen language in a table; CSV and JSON stay the same
    // in both.
    let lang = if ctx.out.format == Format::Table {
        i18n::lang()
    } else {
        Lang::En
    };
    let rows = ranked
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut why = Vec::new();
            if c.served_before {
                why.push(i18n::text_in(lang, "staff-suggest-served-before", &[]));
            }
            if let Some(d) = &c.district {
                why.push(i18n::text_in(
                    lang,
                    "staff-suggest-covers",
                    &[("district", d.into_arg())],
                ));
            }
            why.push(i18n::text_in(
                lang,
                "staff-suggest-booked",
                &[("count", c.booked_that_day.into_arg())],
            ));
            why.push(match c.mean_overall {
                Some(m) => i18n::text_in(
                    lang,
                    "staff-suggest-overall",
                    &[("score", format!("{m:.2}").into_arg())],
                ),
                None => i18n::text_in(lang, "staff-suggest-no-surveys", &[]),
            });
            let why = why.join(&i18n::text_in(lang, "staff-suggest-separator", &[]));
            vec![
                Cell::Int(i as i64 + 1),
                Cell::text(&c.staff.id),
                Cell::text(&c.staff.name),
                Cell::text(c.staff.phones.first().cloned().unwrap_or_default()),
                Cell::Bool(c.served_before),
                Cell::text(c.district.clone().unwrap_or_default()),
                Cell::Int(c.booked_that_day as i64),
                c.mean_overall.map_or(Cell::Na, Cell::Fixed),
                Cell::text(why),
            ]
        })
        .collect();
    ctx.out.rows(&Rows {
        columns: vec![
            col("rank", "排名 Rank"),
            col("id", "编号 ID"),
            col("name", "姓名 Name").free_text(),
            col("phone", "电话 Phone"),
            col("served_before", "服务过 Served"),
            col("district", "区域 District").free_text(),
            col("booked_that_day", "当日已约 Booked"),
            col("mean_overall", "近180天评分 Overall"),
            col("reasons", "理由 Reasons").free_text(),
        ],
        rows,
    })?;
    if ranked.is_empty() {
        ctx.out.status(&crate::t!("staff-suggest-nobody"));
    }
    Ok(())
}
