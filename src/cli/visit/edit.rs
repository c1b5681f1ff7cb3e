//! `hk visit edit`: change a visit's fields.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::records::resolve_id;
use crate::domain::visit::{Status, Visit};

/// Change a visit with `--set FIELD=VALUE` (repeatable). Fields: date, end, time,
/// category, staff (`;`-separated), status, price, payment, products, issues, notes.
/// A new date in another month moves the file to that month's folder.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Visit id or id prefix
    pub visit: String,
    /// FIELD=VALUE
    #[arg(long = "set", value_name = "FIELD=VALUE", required = true)]
    pub sets: Vec<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let mut sets = Vec::new();
    for s in &args.sets {
        let (f, v) = s.split_once('=').ok_or_else(|| {
            CliError::bad_flag("--set", "expected FIELD=VALUE, e.g. `--set price=300`")
        })?;
        sets.push((f.trim().to_string(), v.to_string()));
    }
    let mut txn = store.begin()?;
    let loaded = resolve_id::<Visit>(ctx, &store, &args.visit)?;
    let mut v = loaded.record.clone();
    for (f, val) in &sets {
        v.set_field(f, val, now.date_naive())
            .map_err(|e| CliError::bad_flag("--set", format!("`{}` {}", e.field, e.problem)))?;
    }
    v.normalize(&store.config)
        .map_err(|e| CliError::bad_flag("--set", format!("`{}` {}", e.field, e.problem)))?;
    if v.status == Status::Done && v.date > now.date_naive() {
        return Err(CliError::bad_flag(
            "--set",
            "a visit after today cannot be done yet",
        ));
    }
    if v == loaded.record {
        ctx.out.status("no changes");
        return Ok(());
    }
    v.updated = now;
    txn.update(&loaded, &v)?;
    // As with `visit add`, the client gains a new service line.
    if v.category != loaded.record.category {
        let client = super::super::client::resolve(ctx, &store, &v.client)?;
        if !client.record.categories.contains(&v.category) {
            let mut c = client.record.clone();
            c.categories.push(v.category.clone());
            c.updated = now;
            txn.update(&client, &c)?;
        }
    }
    txn.commit(&format!("visit edit {}", v.id))?;
    ctx.out.status(&format!("updated visit {}", v.id));
    Ok(())
}
