//! `hk complaint add`: take a complaint in.

use super::super::Ctx;
use super::super::client::resolve;
use super::super::error::{CliError, CliResult};
use super::super::filters::parse_flag;
use super::super::records::client_visit;
use crate::domain::complaint::rules::priority;
use crate::domain::complaint::{Complaint, Priority};
use crate::domain::id::Kind;

/// Take a complaint in (投诉登记). Prints the new id.
///
/// The priority is `urgent` for the type `safety` or with `--safety`, whatever else is
/// given; otherwise `--priority`, else the type's default in `.hk/config.toml`. The
/// deadlines for the first response and the resolution run from now.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    /// The complaint type: a key or label from the config (late, quality, damage,
    /// attitude, safety, billing, other)
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: String,
    /// The visit it is about (id or prefix); gives its service and staff
    #[arg(long)]
    pub visit: Option<String>,
    /// A safety hazard (安全隐患): always urgent
    #[arg(long)]
    pub safety: bool,
    /// urgent, high, normal or low [default: the type's]
    #[arg(long)]
    pub priority: Option<String>,
    /// How it came in (phone, wechat, 美团 …)
    #[arg(long)]
    pub channel: Option<String>,
    /// What the client said
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let kind = store
        .config
        .complaints
        .find(&args.kind)
        .map_err(|e| CliError::bad_flag("--type", e).hint(crate::t!("complaint-add-type-hint")))?
        .key
        .clone();
    let given = parse_flag("--priority", args.priority.as_deref(), Priority::parse)?;
    let mut txn = store.begin()?;
    let client = resolve(ctx, &store, &args.client)?.record;
    let visit = client_visit(ctx, &store, args.visit.as_deref(), &client.id)?.map(|v| v.id);
    let priority = priority(&kind, args.safety, given, &store.config.complaints);
    let mut c = Complaint::new(
        store.new_id(Kind::Complaint)?,
        client.id.clone(),
        kind,
        priority,
        now,
    );
    c.safety = args.safety || c.kind == "safety";
    c.channel = args.channel.unwrap_or_default().trim().to_string();
    c.visit = visit;
    c.description = args.note.unwrap_or_default().trim().to_string();
    c.validate()?;
    txn.create(&c)?;
    txn.commit(&format!("complaint add {} ({})", c.id, c.client))?;
    ctx.forgive_unreadable();
    ctx.out.data(&c.id)?;
    ctx.out.status(&crate::t!(
        "complaint-added",
        id = &c.id,
        client = &client.id,
        name = &client.name,
        kind = &c.kind,
        priority = c.priority.key()
    ));
    Ok(())
}
