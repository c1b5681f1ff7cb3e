//! `hk complaint resolve`: record how a complaint was resolved.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::filters::parse_flag;
use crate::domain::complaint::{Compensation, rules};

/// Record the resolution of a complaint (处理结果), now. A resolved complaint puts a
/// call-back in `hk followup due` a few days later (`complaint_callback_days`).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Complaint id or id prefix
    pub complaint: String,
    /// What was done to resolve it
    #[arg(long, value_name = "TEXT")]
    pub resolution: String,
    /// The root cause (根本原因)
    #[arg(long, value_name = "TEXT")]
    pub cause: Option<String>,
    /// refund, redo, coupon or none, with an amount in yuan: `refund:300`, `coupon:50`
    #[arg(long, value_name = "KIND[:YUAN]", allow_hyphen_values = true)]
    pub compensation: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    if args.resolution.trim().is_empty() {
        return Err(CliError::bad_flag(
            "--resolution",
            crate::t!("complaint-flag-empty"),
        ));
    }
    let compensation = parse_flag(
        "--compensation",
        args.compensation.as_deref(),
        Compensation::parse,
    )?;
    super::step(ctx, &args.complaint, "resolve", |c, now| {
        rules::resolve(
            c,
            &args.resolution,
            args.cause.as_deref(),
            compensation,
            now,
        )
    })?;
    Ok(())
}
