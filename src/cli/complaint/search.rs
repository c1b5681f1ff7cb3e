//! `hk complaint search`: the knowledge base by words.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::records::load_kind;
use crate::domain::complaint::Complaint;
use crate::domain::complaint::similar::search;

/// Resolved complaints whose description, resolution, cause or log share words with
/// TEXT, with their resolutions: most matching words first. Chinese is matched by
/// pairs of characters, so `花瓶` finds `打碎了花瓶`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words to look for
    pub text: String,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    if args.text.trim().is_empty() {
        return Err(CliError::usage(crate::t!("complaint-search-text-empty"))
            .hint(crate::t!("complaint-search-text-empty-hint")));
    }
    let store = ctx.store()?;
    let all: Vec<Complaint> = load_kind::<Complaint>(ctx, &store)?
        .into_iter()
        .map(|l| l.record)
        .collect();
    let matches = search(&args.text, &all);
    ctx.out
        .rows(&super::knowledge_rows(&store.config, &matches))?;
    Ok(())
}
