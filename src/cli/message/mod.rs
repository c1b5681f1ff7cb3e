//! `hk message …`: the texts to send clients (DESIGN §12) — day-before reminders,
//! care messages before the next expected service, and campaigns — as a table to read
//! or `phone,text` CSV for an SMS platform, with who was left out (and why) on stderr.
//! `--log` records each message as a follow-up; without it nothing is written.

mod campaign;
mod care;
mod reminders;

use chrono::NaiveDate;

use super::Ctx;
use super::error::{CliError, CliResult};
use crate::domain::config::Config;
use crate::domain::followup::{Channel, FORMAT, Followup, Outcome};
use crate::domain::id::Kind;
use crate::domain::message::template::{Placeholder, Template};
use crate::domain::message::{List, Tally};
use crate::output::{Cell, Format, Rows, col};
use crate::store::{Store, batch_message};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Reminders(reminders::Args),
    Care(care::Args),
    Campaign(campaign::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    match cmd {
        Command::Reminders(a) => reminders::run(a, ctx),
        Command::Care(a) => care::run(a, ctx),
        Command::Campaign(a) => campaign::run(a, ctx),
    }
}

/// `--log` and its channel, shared by the three lists.
#[derive(Debug, Clone, clap::Args)]
pub struct LogArgs {
    /// Record each message as a follow-up (outcome reached, dated today), in one
    /// commit; without it nothing is written
    #[arg(long)]
    pub log: bool,
    /// How the messages are sent, for `--log`: sms or wechat
    #[arg(long, default_value = "sms", requires = "log")]
    pub channel: String,
}

impl LogArgs {
    /// The follow-up channel, checked before anything is read.
    fn channel(&self) -> CliResult<Channel> {
        match Channel::parse(&self.channel) {
            Ok(c @ (Channel::Sms | Channel::Wechat)) => Ok(c),
            _ => Err(CliError::bad_flag(
                "--channel",
                crate::t!("message-channel-sms-or-wechat"),
            )),
        }
    }
}

/// One message to send.
pub struct Message {
    pub client: String,
    pub name: String,
    pub phone: String,
    /// The visit it is about (the booked one, or the last done one for care).
    pub visit: Option<String>,
    /// The visit's date, or the next expected service for care.
    pub date: Option<NaiveDate>,
    pub text: String,
}

/// The template `name`, parsed and checked for what `list` can fill in.
fn template(
    config: &Config,
    name: &str,
    list: List,
    supplied: &[Placeholder],
) -> CliResult<Template> {
    let fix = crate::t!("message-hint-edit-templates");
    let text = config.templates.text(name).ok_or_else(|| {
        let campaigns = config.templates.campaigns();
        CliError::failure(crate::t!(
            "message-template-not-found",
            name = name,
            campaigns = if campaigns.is_empty() {
                crate::t!("message-template-none-yet")
            } else {
                campaigns.join(", ")
            }
        ))
        .hint(crate::t!("message-hint-add-template", name = name))
    })?;
    let t = Template::parse(name, text)
        .map_err(|e| CliError::failure(e.to_string()).hint(fix.clone()))?;
    t.check_for(list.key(), supplied, &config.company_name)
        .map_err(|e| CliError::failure(e.to_string()).hint(fix))?;
    Ok(t)
}

/// Prints the messages (`phone,text` alone in CSV), says how many and who was left
/// out on stderr, and with `--log` records them as follow-ups in one commit.
fn finish(
    ctx: &mut Ctx,
    store: &Store,
    messages: &[Message],
    left: &Tally,
    log: &LogArgs,
    label: &str,
    title: &str,
) -> CliResult {
    let channel = log.channel()?;
    let rows = if ctx.out.format == Format::Csv {
        Rows {
            columns: vec![col("phone", "电话 Phone"), col("text", "内容 Text")],
            rows: messages
                .iter()
                .map(|m| vec![Cell::text(&m.phone), Cell::text(&m.text)])
                .collect(),
        }
    } else {
        Rows {
            columns: vec![
                col("client", "客户 Client"),
                col("name", "姓名 Name").free_text(),
                col("phone", "电话 Phone"),
                col("visit", "服务 Visit"),
                col("date", "日期 Date"),
                col("text", "内容 Text").free_text(),
            ],
            rows: messages
                .iter()
                .map(|m| {
                    vec![
                        Cell::text(&m.client),
                        Cell::text(&m.name),
                        Cell::text(&m.phone),
                        Cell::text(m.visit.clone().unwrap_or_default()),
                        Cell::text(m.date.map(|d| d.to_string()).unwrap_or_default()),
                        Cell::text(&m.text),
                    ]
                })
                .collect(),
        }
    };
    ctx.out.rows(&rows)?;
    ctx.out
        .status(&crate::t!("message-count", count = messages.len()));
    if let Some(line) = left.line() {
        ctx.out.status(&line);
    }
    if log.log {
        write_log(ctx, store, messages, channel, label, title)?;
    }
    Ok(())
}

/// One follow-up per message (reached, today), in one commit.
fn write_log(
    ctx: &mut Ctx,
    store: &Store,
    messages: &[Message],
    channel: Channel,
    label: &str,
    title: &str,
) -> CliResult {
    if messages.is_empty() {
        ctx.out.status(&crate::t!("message-nothing-to-log"));
        return Ok(());
    }
    let now = ctx.now()?;
    let mut txn = store.begin()?;
    // One listing of the follow-ups folder for the whole batch (a campaign logs one per
    // consenting client), and ids that differ from each other too.
    let mut fresh = store.id_source(Kind::Followup)?;
    let mut ids = Vec::with_capacity(messages.len());
    let mut followups = Vec::with_capacity(messages.len());
    for m in messages {
        let f = Followup {
            conflicts: Vec::new(),
            format: FORMAT,
            id: fresh.fresh()?,
            client: m.client.clone(),
            date: now.date_naive(),
            channel,
            outcome: Outcome::Reached,
            visit: m.visit.clone(),
            score: None,
            notes: format!("{label}：{}", m.text),
            actions: Vec::new(),
            created: now,
            updated: now,
        };
        f.validate()?;
        ids.push(f.id.clone());
        followups.push(f);
    }
    txn.create_all(&followups)?;
    txn.commit(&batch_message(title, "follow-ups", &ids))?;
    ctx.forgive_unreadable();
    ctx.out.status(&crate::t!(
        "message-logged",
        count = ids.len(),
        channel = crate::i18n::word("channel", channel.key())
    ));
    Ok(())
}

/// A client's first phone, the one messages go to.
fn phone_of(c: &crate::domain::client::Client) -> String {
    c.phones.first().cloned().unwrap_or_default()
}
