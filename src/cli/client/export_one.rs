//! `hk client export CLIENT`: everything held about one client, as JSON (the right of
//! access, PIPL Art. 45).

use serde_json::{Map, Value, json};

use super::super::Ctx;
use super::super::audit;
use super::super::error::{CliError, CliResult};
use super::super::records::load_kind;
use super::resolve;
use crate::domain::audit::{Action, Audit};
use crate::output::Format;
use crate::store::record_table;

/// Prints the client's profile (consent history included) and every record of every
/// kind that belongs to them, each as stored, grouped by folder (`visits`,
/// `followups`, `surveys`, `complaints` …; a kind with none is left out), and the
/// audit entries about them. The export itself is audited first.
pub fn run(query: &str, ctx: &mut Ctx) -> CliResult {
    if ctx.out.format == Format::Csv {
        return Err(CliError::usage(crate::t!("client-export-one-csv"))
            .hint(crate::t!("client-export-one-csv-hint")));
    }
    let store = ctx.store()?;
    let loaded = resolve(ctx, &store, query)?;
    let id = loaded.record.id.clone();
    let owned = store.load_owned_any(ctx.identities_for(&store)?, &id)?;
    ctx.report_unreadable(&owned.unreadable);
    let mut about: Vec<Audit> = load_kind::<Audit>(ctx, &store)?
        .into_iter()
        .map(|l| l.record)
        .filter(|a| a.subject == id)
        .collect();
    // What cannot be audited is not exported.
    about.push(audit::record(ctx, &store, Action::Export, &id)?);
    about.sort_by(|a, b| (a.at, a.action, &a.id).cmp(&(b.at, b.action, &b.id)));
    let mut records = Map::new();
    for r in owned.records {
        let entry = records
            .entry(r.kind.folder())
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = entry {
            list.push(to_json(&r.table)?);
        }
    }
    let profile = record_table(&loaded.record)
        .map_err(|e| CliError::failure(format!("{}: {e}", loaded.rel_path.display())))?;
    let doc = json!({
        "client": id,
        "exported": store.config.timezone.local(ctx.now()?).to_rfc3339(),
        "profile": to_json(&profile)?,
        "records": records,
        "audit": about.iter().map(|a| json!({
            "id": a.id,
            "at": store.config.timezone.local(a.at).to_rfc3339(),
            "action": a.action.key(),
            "who": a.who,
        })).collect::<Vec<_>>(),
    });
    let text = serde_json::to_string_pretty(&doc)
        .map_err(|e| CliError::failure(crate::t!("client-json-failed", error = e.to_string())))?;
    ctx.out.data(&text)?;
    ctx.out.status(&crate::t!("client-exported", id = &id));
    Ok(())
}

fn to_json(table: &toml::Table) -> CliResult<Value> {
    serde_json::to_value(table)
        .map_err(|e| CliError::failure(crate::t!("client-json-failed", error = e.to_string())))
}
