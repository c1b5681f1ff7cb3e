//! The command line: clap definitions, the start-up context, and `main`.
//!
//! Each subcommand is one file with its `Args` and a `run`; clap types stop here and
//! never reach `domain` or `store`.

mod action;
mod audit;
mod cache;
mod cat;
mod cells;
pub mod client;
mod complaint;
mod completions;
mod conflicts;
mod context;
mod edit;
pub mod error;
mod filters;
mod followup;
mod git;
mod help;
mod import;
mod init;
mod inquiry;
mod key;
mod language;
mod merge_driver;
mod message;
mod package;
mod records;
mod remove;
mod report;
mod resolve;
mod sheet;
mod staff;
mod survey;
mod sync;
mod today;
mod undo;
mod visit;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use context::{Ctx, Env};
use error::{CliError, ErrorKind};

/// 家政客户管家 — an encrypted, git-friendly CRM for housekeeping companies.
///
/// Every record (client, visit, follow-up, survey) is an age-encrypted TOML file in a
/// plain folder that you can keep in git. Start with `hk init`, then `hk client add`.
#[derive(Debug, Parser)]
#[command(name = "hk", version, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, clap::Args)]
pub struct GlobalArgs {
    /// The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]
    #[arg(long, global = true, value_name = "DIR")]
    pub store: Option<std::path::PathBuf>,
    /// Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]
    #[arg(long, global = true, value_name = "FILE")]
    pub identity: Option<std::path::PathBuf>,
    /// How to print listings and reports
    #[arg(long, global = true, value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,
    /// When to use colour (NO_COLOR in the environment means never)
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Print only data and errors, no progress messages
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Print tables at full width: never shorten addresses, notes or other free text to
    /// fit the terminal (ids, phones, dates and money are never shortened anyway)
    #[arg(long, global = true)]
    pub wide: bool,
    /// Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// The language of messages, help and table headers: `zh` (中文), `en`, or `both`
    /// (bilingual table headers) [default: $HK_LANG, else the store's `language`, else
    /// the locale]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Zh,
    En,
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(init::Args),
    Today(today::Args),
    /// Make an identity (private key) or show your public key
    #[command(subcommand)]
    Key(key::Command),
    /// The client archive (客户档案): intake, lookup, tags, consent, import and export, erasure
    #[command(subcommand)]
    Client(Box<client::Command>),
    /// Service visits (服务记录): add, list, import, status, tomorrow's reminders
    #[command(subcommand)]
    Visit(Box<visit::Command>),
    /// Follow-up calls (回访): log them, and who is due today
    #[command(subcommand)]
    Followup(Box<followup::Command>),
    /// Complaints (投诉): take them in, log each step, resolve, close, find similar ones
    #[command(subcommand)]
    Complaint(Box<complaint::Command>),
    /// Action items of follow-ups (待办): list them, mark them done
    #[command(subcommand)]
    Action(action::Command),
    /// Satisfaction surveys (满意度调查): enter by hand, import exports, list
    #[command(subcommand)]
    Survey(Box<survey::Command>),
    /// The staff roster (服务人员 / 阿姨): add, list, certificates, do-not-send lists
    #[command(subcommand)]
    Staff(Box<staff::Command>),
    /// Prepaid packages (次卡 / 储值卡): sell, list, show the ledger, refund
    #[command(subcommand)]
    Package(Box<package::Command>),
    /// The audit log (审计): who revealed, exported or erased whose data, and when
    #[command(subcommand)]
    Audit(audit::Command),
    /// Inquiries (咨询): prospects' first contacts, what they asked, and converting them
    #[command(subcommand)]
    Inquiry(Box<inquiry::Command>),
    /// Messages to clients (预约提醒, 关怀问候, campaigns) with their text, for SMS or WeChat
    #[command(subcommand)]
    Message(Box<message::Command>),
    /// Reports for the owner: satisfaction, lifecycle, follow-ups, complaints, staff, inquiries, revenue, packages, loyalty, retention, the HTML dashboard
    #[command(subcommand)]
    Report(Box<report::Command>),
    Undo(undo::Args),
    Sync(sync::Args),
    Conflicts(conflicts::Args),
    Resolve(resolve::Args),
    Cat(cat::Args),
    /// Git for several offices: set up hk's merge and diff drivers in this clone
    #[command(subcommand)]
    Git(git::Command),
    /// The encrypted cache of decrypted records: what it holds, or delete it
    #[command(subcommand)]
    Cache(cache::Command),
    Completions(completions::Args),
    #[command(hide = true)]
    MergeDriver(merge_driver::Args),
}

/// The clap command, for completions and tests.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// The clap command with its help in `lang`, built (for man pages and tests).
pub fn command_in(lang: crate::i18n::Lang) -> clap::Command {
    let mut cmd = help::localized(command(), lang);
    cmd.build();
    cmd
}

pub use help::{HelpId, help_ids};

/// Runs `hk` with the process's arguments and environment.
pub fn main() -> ExitCode {
    let env = Env::from_process();
    crate::scratch::sweep_stale(&env.temp_dir);
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let chosen = language::choose_for(&args, &env);
    crate::i18n::set(chosen.messages, chosen.headers);
    let cli = match parse(args, chosen.messages) {
        Ok(cli) => cli,
        Err(e) => return ExitCode::from(language::print_clap_error(&e, chosen.messages)),
    };
    let mut ctx = Ctx::new(&cli.global, env);
    if let Command::MergeDriver(args) = cli.command {
        // git reads its exit status: 1 is a conflict, above 128 a failure.
        return merge_driver::main(args, &mut ctx);
    }
    // These report conflicts themselves.
    let lists_conflicts = matches!(cli.command, Command::Conflicts(_) | Command::Sync(_));
    let result = run(cli.command, &mut ctx);
    if !lists_conflicts {
        ctx.warn_conflicts_seen();
    }
    ctx.warn_filed_twice_seen();
    match result {
        Ok(()) => ExitCode::from(ctx.exit_code()),
        Err(e) => report(&ctx, e),
    }
}

/// Parses the command line. Translating the whole command tree would cost every
/// Chinese run 4–5 ms, and parsing does not need it: the translated tree takes the
/// same flags. Only what clap prints itself (help, version, its errors) does, so a
/// line the plain tree refuses is parsed again with the translated one, for its words.
fn parse(args: Vec<std::ffi::OsString>, lang: crate::i18n::Lang) -> Result<Cli, clap::Error> {
    let with = |cmd: clap::Command, args: Vec<std::ffi::OsString>| {
        cmd.try_get_matches_from(args)
            .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m))
    };
    if lang == crate::i18n::Lang::En {
        return with(command(), args);
    }
    with(command(), args.clone()).or_else(|_| with(help::localized(command(), lang), args))
}

fn run(command: Command, ctx: &mut Ctx) -> error::CliResult {
    match command {
        Command::Init(args) => init::run(args, ctx),
        Command::Today(args) => today::run(args, ctx),
        Command::Key(cmd) => key::run(cmd, ctx),
        Command::Client(cmd) => client::run(*cmd, ctx),
        Command::Visit(cmd) => visit::run(*cmd, ctx),
        Command::Followup(cmd) => followup::run(*cmd, ctx),
        Command::Survey(cmd) => survey::run(*cmd, ctx),
        Command::Complaint(cmd) => complaint::run(*cmd, ctx),
        Command::Action(cmd) => action::run(cmd, ctx),
        Command::Staff(cmd) => staff::run(*cmd, ctx),
        Command::Package(cmd) => package::run(*cmd, ctx),
        Command::Audit(cmd) => audit::run(cmd, ctx),
        Command::Inquiry(cmd) => inquiry::run(*cmd, ctx),
        Command::Message(cmd) => message::run(*cmd, ctx),
        Command::Report(cmd) => report::run(*cmd, ctx),
        Command::Undo(args) => undo::run(args, ctx),
        Command::Sync(args) => sync::run(args, ctx),
        Command::Conflicts(args) => conflicts::run(args, ctx),
        Command::Resolve(args) => resolve::run(args, ctx),
        Command::Cat(args) => cat::run(args, ctx),
        Command::Git(cmd) => git::run(cmd, ctx),
        Command::Cache(cmd) => cache::run(cmd, ctx),
        Command::Completions(args) => completions::run(args, ctx),
        Command::MergeDriver(_) => unreachable!("handled in `main`"),
    }
}

pub(crate) fn report(ctx: &Ctx, e: CliError) -> ExitCode {
    if e.kind == ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    let out = &ctx.out;
    let mut stderr = std::io::stderr().lock();
    let label = out.paint_err(&crate::t!("label-error"), "31");
    let _ = writeln!(stderr, "{}", crate::i18n::labelled(&label, &e.message));
    let context_hints = e.context_hints.iter().map(|h| ctx.context_hint(*h));
    for h in e.hints.iter().cloned().chain(context_hints) {
        let label = out.paint_err(&crate::t!("label-hint"), "36");
        let _ = writeln!(stderr, "{}", crate::i18n::labelled(&label, &h));
    }
    ExitCode::from(match e.kind {
        ErrorKind::Usage => 2,
        _ => 1,
    })
}
