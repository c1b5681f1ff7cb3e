//! `hk client consent`: record a client's marketing consent, or its withdrawal.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::filters::past_date;
use super::resolve;
use crate::domain::consent::{self, ConsentEntry};

/// Record that a client agreed to marketing messages (`--marketing yes`) or refused or
/// withdrew that consent (`--marketing no`). Every change is kept: `hk client show`
/// lists the history, and from the entry's date on, campaigns follow the latest entry.
///
/// The date is today unless `--date` (never after today: record consent once given).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    /// yes: may receive marketing messages; no: may not (a refusal or a withdrawal)
    #[arg(long, value_name = "yes|no")]
    pub marketing: String,
    /// How the client said so: wechat, phone, sms, paper, in-person …
    #[arg(long, value_name = "CH")]
    pub channel: String,
    /// What proves it, e.g. "微信回复同意" or "签字同意书"
    #[arg(long, value_name = "TEXT")]
    pub evidence: Option<String>,
    /// The day the client said so [default: today]
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let marketing = match args.marketing.trim().to_lowercase().as_str() {
        "yes" | "y" | "是" | "同意" => true,
        "no" | "n" | "否" | "不同意" | "withdraw" | "撤回" => false,
        _ => {
            return Err(
                CliError::bad_flag("--marketing", crate::t!("client-expected-yes-no"))
                    .hint(crate::t!("client-consent-withdraw-hint")),
            );
        }
    };
    if args.channel.trim().is_empty() {
        return Err(
            CliError::bad_flag("--channel", crate::t!("client-consent-channel-empty"))
                .hint(crate::t!("client-consent-channel-hint")),
        );
    }
    let today = ctx.today()?;
    let date = past_date(args.date.as_deref(), today)?;
    let mut entry = ConsentEntry {
        marketing,
        date: Some(date),
        channel: args.channel,
        evidence: args.evidence.unwrap_or_default(),
    };
    entry.check(Some(today)).map_err(|e| {
        let flag = if e.field == "consent_evidence" {
            "--evidence"
        } else {
            "--channel"
        };
        CliError::bad_flag(flag, e.problem)
    })?;
    let store = ctx.store()?;
    let mut txn = store.begin()?;
    let loaded = resolve(ctx, &store, &args.client)?;
    let mut client = loaded.record.clone();
    let id = client.id.clone();
    if !consent::append(&mut client.consent, entry) {
        ctx.out
            .status(&crate::t!("client-consent-recorded-already", id = &id));
        return Ok(());
    }
    client.updated = ctx.now()?;
    txn.update(&loaded, &client)?;
    txn.commit(&format!("client consent {id}"))?;
    ctx.out.status(&crate::t!(
        "client-consent-recorded",
        id = &id,
        answer = consent::yes_no(marketing),
        date = date.to_string(),
        today = consent::yes_no(client.marketing_consent_on(today))
    ));
    Ok(())
}
