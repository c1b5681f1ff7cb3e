//! `hk inquiry add`: take an inquiry in.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::filters::{day_flag, parse_flag, past_date};
use crate::domain::id::Kind;
use crate::domain::inquiry::{Inquiry, Outcome};

/// Take an inquiry in (咨询登记). Prints the new id.
///
/// Name and phone are optional: a prospect who only asked the price is an inquiry
/// too. Channels and topics are keys or labels from `[inquiries]` in
/// `.hk/config.toml`.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// How they got in touch: phone, wechat, meituan (美团), 58tongcheng (58同城),
    /// walk-in, website, referral, other (or the config's labels)
    #[arg(long)]
    pub channel: String,
    /// The day they got in touch [default: today]; not after today
    #[arg(long)]
    pub date: Option<String>,
    /// The prospect's name (姓名)
    #[arg(long)]
    pub name: Option<String>,
    /// The prospect's phone
    #[arg(long)]
    pub phone: Option<String>,
    /// The service asked about (key or label)
    #[arg(long)]
    pub category: Option<String>,
    /// What they asked about: price, qualification, availability, content, safety,
    /// other (or 价格, 资质, 档期, 服务内容, 安全/保险, 其他); repeatable
    #[arg(long = "topic", value_name = "TOPIC")]
    pub topics: Vec<String>,
    /// What they need (需求)
    #[arg(long)]
    pub needs: Option<String>,
    /// Their budget, as they said it (`8000-10000/月`)
    #[arg(long)]
    pub budget: Option<String>,
    /// When they want the service to start; for maternity nursing the expected birth
    /// date (预产期)
    #[arg(long, value_name = "DATE", visible_alias = "due-date")]
    pub start: Option<String>,
    /// open (the default) or lost; `booked` follows from a visit once converted
    #[arg(long)]
    pub outcome: Option<String>,
    /// Why it was lost (with `--outcome lost`)
    #[arg(long)]
    pub reason: Option<String>,
    /// Notes (备注)
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let today = now.date_naive();
    let date = past_date(args.date.as_deref(), today)?;
    let start = day_flag("--start", args.start.as_deref(), today)?;
    let outcome = parse_flag("--outcome", args.outcome.as_deref(), Outcome::parse)?;
    let mut i = Inquiry::new(String::new(), date, args.channel, now);
    i.name = args.name.unwrap_or_default();
    i.phone = args.phone.unwrap_or_default();
    i.category = args.category;
    i.topics = args.topics;
    i.needs = args.needs.unwrap_or_default();
    i.budget = args.budget.unwrap_or_default();
    i.start = start;
    i.outcome = outcome.unwrap_or_default();
    i.reason = args.reason.unwrap_or_default();
    i.notes = args.note.unwrap_or_default();
    i.normalize(&store.config, today).map_err(|e| {
        let hint = match e.field.as_str() {
            "channel" | "topic" => Some(crate::t!("inquiry-hint-lists-in-config")),
            "reason" => Some(crate::t!("inquiry-hint-reason-with-lost")),
            _ => None,
        };
        let err = CliError::from(e);
        match hint {
            Some(h) => err.hint(h),
            None => err,
        }
    })?;
    let mut txn = store.begin()?;
    i.id = store.new_id(Kind::Inquiry)?;
    txn.create(&i)?;
    txn.commit(&format!("inquiry add {}", i.id))?;
    ctx.forgive_unreadable();
    ctx.out.data(&i.id)?;
    ctx.out.status(&crate::t!(
        "inquiry-added",
        id = &i.id,
        channel = &i.channel,
        outcome = crate::i18n::word("inquiry-outcome", i.outcome.key())
    ));
    Ok(())
}
