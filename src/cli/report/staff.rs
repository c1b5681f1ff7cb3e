//! `hk report staff`: each staff member's figures, for rewards (DESIGN §10).

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::filters::Period;
use super::super::records::book;
use std::collections::HashMap;

use crate::domain::booking::is_staff_id;
use crate::domain::complaint::Complaint;
use crate::domain::dispatch::staff_figures;
use crate::domain::survey::Survey;
use crate::domain::visit::Visit;
use crate::output::{Cell, Rows, col};
use crate::query::Kinds;

/// Per staff member, over a period: done visits, distinct clients, repeat clients
/// (served on two or more distinct visit start dates), survey responses, mean overall,
/// CSAT % and NPS (as `hk report satisfaction`, over the surveys whose visit she
/// worked), complaints about a visit she worked and complaints per 100 done visits.
/// Visits count by start date, surveys by their date, complaints by the day they were
/// opened. Roster members come first (by name), then free-text staff names of visits
/// (`(unlisted)`).
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub period: Period,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let (from, to) = args.period.dates(today)?;
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(CliError::usage(crate::t!(
            "report-from-after-to",
            from = f.to_string(),
            to = t.to_string()
        )));
    }
    let inside = |d: chrono::NaiveDate| from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t);
    let book = book(ctx, &store, Kinds::HISTORY.with_staff())?;
    let tz = &store.config.timezone;
    // A complaint names the staff of its visit (one of its own client's).
    let complaint_visit = |c: &Complaint| {
        c.visit
            .as_deref()
            .and_then(|v| book.visit(v))
            .filter(|v| v.client == c.client)
    };
    let complaints: Vec<Option<&Visit>> = book
        .complaints
        .iter()
        .filter(|c| inside(tz.local(c.opened).date_naive()))
        .map(complaint_visit)
        .collect();
    let visits: Vec<&Visit> = book.visits.iter().filter(|v| inside(v.date)).collect();
    let surveys: Vec<(&Survey, Option<&Visit>)> = book
        .surveys
        .iter()
        .filter(|s| inside(s.date))
        .map(|s| (s, book.survey_visit(s)))
        .collect();
    let dims = vec!["overall".to_string()];
    let mut roster: Vec<(&str, &str, bool)> = book
        .staff
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str(), true))
        .collect();
    roster.sort_by(|a, b| (a.1, a.0).cmp(&(b.1, b.0)));
    let mut unlisted: Vec<&str> = book
        .visits
        .iter()
        .flat_map(|v| v.staff.iter())
        .filter(|s| !is_staff_id(s))
        .map(String::as_str)
        .collect();
    unlisted.sort_unstable();
    unlisted.dedup();
    roster.extend(unlisted.into_iter().map(|n| (n, n, false)));
    // Each staff entry's visits, surveys and complaints, sorted out in one pass each:
    // the figures then read only hers, not the whole period once per staff member.
    let mut visits_of: HashMap<&str, Vec<&Visit>> = HashMap::new();
    for v in &visits {
        for s in unique(&v.staff) {
            visits_of.entry(s).or_default().push(v);
        }
    }
    let mut surveys_of: HashMap<&str, Vec<(&Survey, Option<&Visit>)>> = HashMap::new();
    for &(s, v) in &surveys {
        for who in v.map(|v| unique(&v.staff)).unwrap_or_default() {
            surveys_of.entry(who).or_default().push((s, v));
        }
    }
    let mut complaints_of: HashMap<&str, Vec<Option<&Visit>>> = HashMap::new();
    for &v in &complaints {
        for who in v.map(|v| unique(&v.staff)).unwrap_or_default() {
            complaints_of.entry(who).or_default().push(v);
        }
    }
    let fixed = |x: Option<f64>| x.map(Cell::Fixed).unwrap_or(Cell::Na);
    let rows = roster
        .iter()
        .map(|(who, name, listed)| {
            let f = staff_figures(
                who,
                visits_of.get(who).map_or(&[][..], Vec::as_slice),
                surveys_of.get(who).map_or(&[][..], Vec::as_slice),
                complaints_of.get(who).map_or(&[][..], Vec::as_slice),
                &dims,
            );
            let s = &f.satisfaction;
            vec![
                Cell::text(if *listed { *who } else { "(unlisted)" }),
                Cell::text(*name),
                Cell::Int(f.done_visits as i64),
                Cell::Int(f.clients as i64),
                Cell::Int(f.repeat_clients as i64),
                Cell::Int(s.responses as i64),
                fixed(s.means.get("overall").copied().flatten()),
                fixed(s.csat_pct),
                fixed(s.nps),
                Cell::Int(f.complaints as i64),
                fixed(f.complaints_per_100),
            ]
        })
        .collect();
    ctx.out.rows(&Rows {
        columns: vec![
            col("id", "编号 ID"),
            col("name", "姓名 Name").free_text(),
            col("done_visits", "完成服务 Done"),
            col("clients", "客户数 Clients"),
            col("repeat_clients", "回头客 Repeat"),
            col("responses", "评价数 Responses"),
            col("overall", "总体满意度 Overall"),
            col("csat_pct", "满意率% CSAT"),
            col("nps", "净推荐值 NPS"),
            col("complaints", "投诉 Complaints"),
            col("complaints_per_100", "每百单投诉 Per 100 done"),
        ],
        rows,
    })?;
    Ok(())
}

/// A visit's staff entries, each once (a name typed twice counts once, as in
/// `staff_figures`).
fn unique(staff: &[String]) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::with_capacity(staff.len());
    for s in staff {
        if !out.contains(&s.as_str()) {
            out.push(s);
        }
    }
    out
}
