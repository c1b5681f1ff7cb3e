//! `hk complaint close`: close a complaint, with the client's verdict.

use super::super::Ctx;
use super::super::error::CliResult;
use super::super::filters::parse_flag;
use crate::domain::complaint::{Verdict, rules};
use crate::domain::survey::parse_score;

/// Close a complaint. `--verdict` and `--score` are the client's word on the
/// resolution, so they need a resolved complaint; an open one may be closed without
/// them (the client withdrew it). A verdict also settles the call-back.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Complaint id or id prefix
    pub complaint: String,
    /// satisfied or unsatisfied
    #[arg(long)]
    pub verdict: Option<String>,
    /// The client's score of the handling, 1–5
    #[arg(long, allow_hyphen_values = true)]
    pub score: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let verdict = parse_flag("--verdict", args.verdict.as_deref(), Verdict::parse)?;
    let score = parse_flag("--score", args.score.as_deref(), parse_score)?;
    super::step(ctx, &args.complaint, "close", |c, now| {
        rules::close(c, verdict, score, now)
    })?;
    Ok(())
}
