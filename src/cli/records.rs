//! Loading what a command needs across record kinds: every client with its visits
//! and follow-ups, and finding one visit from what a user typed.

use std::collections::HashMap;
use std::path::PathBuf;

use super::Ctx;
use super::error::{CliError, CliResult};
use chrono::NaiveDate;

use crate::domain::client::Client;
use crate::domain::followup::Followup;
use crate::domain::id;
use crate::domain::stage::{Stage, SurveySignal, stage};
use crate::domain::survey::Survey;
use crate::domain::visit::Visit;
use crate::store::{Loaded, Record, Store};

/// Every readable client, visit and follow-up (unreadable ones are reported).
pub struct Book {
    pub clients: Vec<Loaded<Client>>,
    pub visits: Vec<Loaded<Visit>>,
    pub followups: Vec<Loaded<Followup>>,
}

/// One client's history, borrowed from a `Book`.
#[derive(Default)]
pub struct History<'a> {
    pub visits: Vec<&'a Visit>,
    pub followups: Vec<&'a Followup>,
}

impl Book {
    pub fn load(ctx: &mut Ctx, store: &Store) -> CliResult<Book> {
        let clients = load_kind::<Client>(ctx, store)?;
        let visits = load_kind::<Visit>(ctx, store)?;
        let followups = load_kind::<Followup>(ctx, store)?;
        Ok(Book {
            clients,
            visits,
            followups,
        })
    }

    /// Visits and follow-ups grouped by client id.
    pub fn histories(&self) -> HashMap<&str, History<'_>> {
        let mut map: HashMap<&str, History<'_>> = HashMap::new();
        for v in &self.visits {
            map.entry(v.record.client.as_str())
                .or_default()
                .visits
                .push(&v.record);
        }
        for f in &self.followups {
            map.entry(f.record.client.as_str())
                .or_default()
                .followups
                .push(&f.record);
        }
        map
    }
}

/// Visits grouped by client id.
pub fn visits_by_client(visits: &[Loaded<Visit>]) -> HashMap<&str, Vec<&Visit>> {
    let mut map: HashMap<&str, Vec<&Visit>> = HashMap::new();
    for v in visits {
        map.entry(v.record.client.as_str())
            .or_default()
            .push(&v.record);
    }
    map
}

/// Visits and survey answers per client: what lifecycle stages are computed from.
pub struct StageIndex<'a> {
    visits: HashMap<&'a str, Vec<&'a Visit>>,
    surveys: HashMap<&'a str, Vec<SurveySignal>>,
}

impl<'a> StageIndex<'a> {
    pub fn new(visits: &'a [Loaded<Visit>], surveys: &'a [Loaded<Survey>]) -> StageIndex<'a> {
        let mut signals: HashMap<&str, Vec<SurveySignal>> = HashMap::new();
        for s in surveys {
            let s = &s.record;
            signals
                .entry(s.client.as_str())
                .or_default()
                .push(SurveySignal {
                    date: s.date,
                    overall: s.overall(),
                    nps: s.nps,
                });
        }
        StageIndex {
            visits: visits_by_client(visits),
            surveys: signals,
        }
    }

    /// A client's lifecycle stage on `today`.
    pub fn stage(&self, client: &Client, today: NaiveDate, store: &Store) -> Stage {
        let visits = self
            .visits
            .get(client.id.as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let surveys = self
            .surveys
            .get(client.id.as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        stage(client, visits, surveys, today, &store.config.lifecycle)
    }
}

/// Every readable record of one kind; unreadable ones are reported by path.
pub fn load_kind<T: Record>(ctx: &mut Ctx, store: &Store) -> CliResult<Vec<Loaded<T>>> {
    let all = store.load_all::<T>(ctx.identities_for(store)?)?;
    ctx.report_newer(&all.newer());
    ctx.report_unreadable(&all.unreadable);
    Ok(all.records)
}

/// Every record of one kind, for a write that must see them all (a duplicate check):
/// one unreadable record refuses the write, because what it holds could be the
/// duplicate. `purpose` says what the records were needed for.
pub fn load_complete<T: Record>(
    ctx: &mut Ctx,
    store: &Store,
    purpose: &str,
) -> CliResult<Vec<Loaded<T>>> {
    let all = store.load_all::<T>(ctx.identities_for(store)?)?;
    ctx.report_newer(&all.newer());
    if all.unreadable.is_empty() {
        return Ok(all.records);
    }
    let listed: Vec<String> = all
        .unreadable
        .iter()
        .take(5)
        .map(|u| format!("\n  {}: {}", u.path.display(), u.problem))
        .collect();
    Err(CliError::failure(format!(
        "cannot {purpose}: {} record(s) in `{}/` cannot be read, and any of them could be the duplicate; nothing was written{}",
        all.unreadable.len(),
        T::KIND.folder(),
        listed.concat()
    ))
    .hint("restore them from git (`git checkout -- FILE`) or a backup, then run the command again"))
}

/// Finds a record of `kind` by id or unique id prefix, from file names alone.
pub fn resolve_id<T: Record>(ctx: &mut Ctx, store: &Store, query: &str) -> CliResult<Loaded<T>> {
    let kind = T::KIND;
    let q = query.trim().to_lowercase();
    if !id::is_prefix_of_kind(kind, &q) {
        return Err(CliError::usage(format!(
            "`{}` is not a {kind} id; {kind} ids look like {}7k2m9q4x",
            query.trim(),
            kind.prefix()
        )));
    }
    let files: Vec<PathBuf> = store
        .files(kind)?
        .into_iter()
        .filter(|p| crate::store::id_of(p).is_some_and(|i| i.starts_with(&q)))
        .collect();
    match files.as_slice() {
        [one] => store
            .load::<T>(one, ctx.identities_for(store)?)
            .map_err(|u| CliError::failure(format!("{}: {}", u.path.display(), u.problem))),
        [] => Err(CliError::failure(format!("no {kind} id starts with `{q}`"))),
        many => Err(CliError::failure(format!(
            "`{q}` is the start of {} {kind} ids: {}",
            many.len(),
            many.iter()
                .take(10)
                .filter_map(|p| crate::store::id_of(p))
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .hint("type more characters of the id")),
    }
}

/// The `--visit` of a follow-up or survey: resolved by id or prefix, and required to
/// belong to the client. A survey checks more (`check_survey_visit`); a follow-up may
/// be about a visit still to come (a call to confirm a booking).
pub fn client_visit(
    ctx: &mut Ctx,
    store: &Store,
    query: Option<&str>,
    client: &str,
) -> CliResult<Option<Visit>> {
    let Some(q) = query else {
        return Ok(None);
    };
    let v = resolve_id::<Visit>(ctx, store, q)?.record;
    if v.client != client {
        return Err(CliError::bad_flag(
            "--visit",
            format!(
                "visit {} belongs to client {}, not {client}",
                v.id, v.client
            ),
        ));
    }
    Ok(Some(v))
}
