//! `hk client tag` / `hk client untag`: add or remove tags and categories.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::resolve;
use crate::domain::tag::normalize_tag;

/// Add tags (and with --category, service categories) to a client.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    /// Tags, may be hierarchical (宠物/猫)
    pub tags: Vec<String>,
    /// A service category (key or label); repeatable
    #[arg(long = "category")]
    pub categories: Vec<String>,
}

/// Remove tags (and with --category, service categories) from a client.
#[derive(Debug, clap::Args)]
pub struct UntagArgs {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    /// Tags to remove (exactly as stored)
    pub tags: Vec<String>,
    /// A service category (key or label); repeatable
    #[arg(long = "category")]
    pub categories: Vec<String>,
}

impl From<UntagArgs> for Args {
    fn from(a: UntagArgs) -> Args {
        Args {
            client: a.client,
            tags: a.tags,
            categories: a.categories,
        }
    }
}

/// The positional argument, as errors name it (the same in every language).
const TAG_ARG: &str = "TAG";

pub fn run(args: Args, ctx: &mut Ctx, add: bool) -> CliResult {
    let verb = if add { "tag" } else { "untag" };
    if args.tags.is_empty() && args.categories.is_empty() {
        return Err(CliError::usage(if add {
            crate::t!("client-tag-nothing")
        } else {
            crate::t!("client-untag-nothing")
        }));
    }
    let store = ctx.store()?;
    let mut tags = Vec::new();
    for t in &args.tags {
        tags.push(normalize_tag(t).map_err(|e| CliError::bad_flag(TAG_ARG, e))?);
    }
    let mut cats = Vec::new();
    for c in &args.categories {
        cats.push(
            store
                .config
                .category(c)
                .map_err(|e| CliError::bad_flag("--category", e))?
                .key
                .clone(),
        );
    }
    let mut txn = store.begin()?;
    let loaded = resolve(ctx, &store, &args.client)?;
    let mut client = loaded.record.clone();
    if add {
        for t in tags {
            if !client.tags.contains(&t) {
                client.tags.push(t);
            }
        }
        for c in cats {
            if !client.categories.contains(&c) {
                client.categories.push(c);
            }
        }
    } else {
        client.tags.retain(|t| !tags.contains(t));
        client.categories.retain(|c| !cats.contains(c));
    }
    if client == loaded.record {
        ctx.out.status(&crate::t!("records-no-changes"));
        return Ok(());
    }
    client.updated = ctx.now()?;
    txn.update(&loaded, &client)?;
    txn.commit(&format!("client {verb} {}", client.id))?;
    ctx.forgive_unreadable();
    ctx.out.status(&crate::t!(
        "records-updated",
        kind = crate::t!("records-kind-client"),
        id = &client.id
    ));
    Ok(())
}
