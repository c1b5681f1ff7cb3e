//! Everything a command needs, built once at start-up: the environment (read here
//! and nowhere else), the clock, output settings, the prompter, and lazy access to
//! the store and the identity.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use std::cell::Cell;

use chrono::{DateTime, FixedOffset, NaiveDate, Timelike, Utc};

use super::error::{CliError, CliResult, ContextHint};
use super::{ColorArg, FormatArg, GlobalArgs};
use crate::domain::config::Zone;
use crate::output::{Format, Output};
use crate::prompt::{Prompter, Terminal};
use crate::store::gitsetup;
use crate::store::journal::Failpoint;
use crate::store::keys::{Identities, load_identities};
use crate::store::{ConflictsSeen, FiledTwiceSeen, Store, Unreadable};
use std::sync::Arc;

/// The process environment hk looks at. `from_process` is the only place that
/// reads environment variables; tests build an `Env` by hand.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub store: Option<PathBuf>,
    pub identity: Option<PathBuf>,
    pub now: Option<String>,
    pub no_color: bool,
    pub term_dumb: bool,
    pub editor: Option<String>,
    pub config_home: Option<PathBuf>,
    pub home: Option<PathBuf>,
    pub cwd: PathBuf,
    /// `TMPDIR` or the system's temp folder: where an editor session's scratch folder
    /// goes when there is no `/dev/shm`.
    pub temp_dir: PathBuf,
    pub stdin_tty: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    /// `COLUMNS` as set: the width tables fit, whether stdout is a terminal or not.
    pub columns: Option<String>,
    /// The width of the terminal on stdout, when it is one.
    pub term_width: Option<u16>,
    /// `HK_CRASH`: a test hook that makes a write die at a named point.
    pub crash: Option<String>,
    /// `HK_NO_CACHE` set to anything but `0`: bypass the cache, as `--no-cache` does.
    pub no_cache: bool,
    /// `HK_LANG`: the language, unless `--lang` names one.
    pub lang: Option<String>,
    /// The locale's language: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set.
    pub locale: Option<String>,
}

impl Env {
    pub fn from_process() -> Env {
        let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
        Env {
            store: var("HK_STORE").map(PathBuf::from),
            identity: var("HK_IDENTITY").map(PathBuf::from),
            now: var("HK_NOW").map(|v| v.to_string_lossy().into_owned()),
            no_color: var("NO_COLOR").is_some(),
            term_dumb: var("TERM").is_some_and(|t| t == "dumb"),
            editor: var("VISUAL")
                .or_else(|| var("EDITOR"))
                .map(|v| v.to_string_lossy().into_owned()),
            config_home: var("XDG_CONFIG_HOME").map(PathBuf::from),
            home: var("HOME").map(PathBuf::from),
            cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
            temp_dir: std::env::temp_dir(),
            stdin_tty: std::io::stdin().is_terminal(),
            stdout_tty: std::io::stdout().is_terminal(),
            stderr_tty: std::io::stderr().is_terminal(),
            columns: var("COLUMNS").map(|v| v.to_string_lossy().into_owned()),
            term_width: if std::io::stdout().is_terminal() {
                comfy_table::Table::new().width()
            } else {
                None
            },
            crash: var("HK_CRASH").map(|v| v.to_string_lossy().into_owned()),
            no_cache: var("HK_NO_CACHE").is_some_and(|v| v != "0"),
            lang: var("HK_LANG").map(|v| v.to_string_lossy().into_owned()),
            locale: var("LC_ALL")
                .or_else(|| var("LC_MESSAGES"))
                .or_else(|| var("LANG"))
                .map(|v| v.to_string_lossy().into_owned()),
        }
    }
}

/// The command's context. Holds no global state: everything flows from here.
pub struct Ctx {
    pub env: Env,
    pub out: Output,
    store_flag: Option<PathBuf>,
    identity_flag: Option<PathBuf>,
    no_cache: bool,
    clock: Result<Clock, String>,
    /// The store's time zone once the store is open (`Asia/Shanghai` before).
    zone: Cell<Zone>,
    identities: Option<Arc<Identities>>,
    identity_checked: bool,
    /// Set when a command could not read some records: it still finishes its job,
    /// then exits 1 so that cron notices.
    had_unreadable: bool,
    /// Records with conflicts that this command read (shared with its store).
    conflicts_seen: ConflictsSeen,
    filed_twice_seen: FiledTwiceSeen,
    prompter: Option<Box<dyn Prompter>>,
}

impl Ctx {
    pub fn new(global: &GlobalArgs, env: Env) -> Ctx {
        let color = match global.color {
            ColorArg::Always => (true, true),
            ColorArg::Never => (false, false),
            ColorArg::Auto => {
                let ok = !env.no_color && !env.term_dumb;
                (ok && env.stdout_tty, ok && env.stderr_tty)
            }
        };
        let (width, bad_columns) = table_width(global.wide, &env);
        let out = Output {
            format: match global.format {
                FormatArg::Table => Format::Table,
                FormatArg::Csv => Format::Csv,
                FormatArg::Json => Format::Json,
            },
            color_out: color.0,
            color_err: color.1,
            quiet: global.quiet,
            width,
            progress_allowed: env.stderr_tty && !env.term_dumb,
        };
        if let Some(bad) = bad_columns {
            out.warn(&crate::t!("context-columns-ignored", value = bad));
        }
        let interactive = env.stdin_tty && env.stderr_tty;
        Ctx {
            clock: clock(env.now.as_deref(), Utc::now()),
            zone: Cell::new(Zone::default()),
            store_flag: global.store.clone(),
            identity_flag: global.identity.clone(),
            no_cache: global.no_cache || env.no_cache,
            prompter: if interactive {
                Some(Box::new(Terminal))
            } else {
                None
            },
            env,
            out,
            identities: None,
            identity_checked: false,
            had_unreadable: false,
            conflicts_seen: ConflictsSeen::default(),
            filed_twice_seen: FiledTwiceSeen::default(),
        }
    }

    /// The current time: `HK_NOW` when set, else the system clock read at start-up,
    /// in the store's time zone (see `store`); `HK_NOW` with an offset keeps it.
    pub fn now(&self) -> CliResult<DateTime<FixedOffset>> {
        let bad = |e: &str| {
            CliError::usage(crate::t!("context-hk-now-bad", problem = e))
                .hint(crate::t!("context-hk-now-hint"))
        };
        let zone = self.zone.get();
        match self.clock.as_ref().map_err(|e| bad(e))? {
            Clock::System(t) => Ok(zone.local(t.fixed_offset())),
            Clock::At(t) => Ok(*t),
            Clock::Day(d) => zone
                .noon(*d)
                .ok_or_else(|| bad(&crate::t!("context-hk-now-no-noon"))),
        }
    }

    /// The date of `now`: the office's date, whatever zone the machine is in.
    pub fn today(&self) -> CliResult<NaiveDate> {
        Ok(self.now()?.date_naive())
    }

    /// Today in the time zone of a store whose config was read without opening it
    /// (the merge driver); from then on `now` and `today` are that store's.
    pub fn today_in(&self, config: &crate::domain::config::Config) -> CliResult<NaiveDate> {
        self.zone.set(config.timezone);
        self.today()
    }

    /// The store named by `--store`, `HK_STORE`, or found above the current folder.
    /// Opening it settles what an interrupted earlier run left, and says so.
    pub fn store(&self) -> CliResult<Store> {
        let explicit = self.store_flag.as_deref().or(self.env.store.as_deref());
        let mut store = Store::discover(explicit, &self.env.cwd)?;
        // From here on, "now" and "today" are the office's.
        self.zone.set(store.config.timezone);
        store.failpoint = Failpoint(self.env.crash.clone());
        store.use_cache = !self.no_cache;
        for r in &store.recovered {
            self.out.warn(&r.to_string());
        }
        if let Some(problem) = &store.unsettled {
            self.out.warn(problem);
        }
        self.check_git_drivers(&store.root);
        store.conflicts_seen = self.conflicts_seen.clone();
        store.filed_twice_seen = self.filed_twice_seen.clone();
        Ok(store)
    }

    /// Warns about the records with conflicts that this command read.
    pub fn warn_conflicts_seen(&self) {
        let seen = match self.conflicts_seen.lock() {
            Ok(s) => s.clone(),
            Err(_) => return,
        };
        if seen.is_empty() {
            return;
        }
        let ids: Vec<&str> = seen.iter().map(String::as_str).collect();
        self.out.warn(&crate::t!(
            "context-conflicts-seen",
            ids = ids.join(", "),
            count = ids.len()
        ));
    }

    /// Warns, once, about the ids this command found filed at two paths.
    pub fn warn_filed_twice_seen(&self) {
        let seen = match self.filed_twice_seen.lock() {
            Ok(s) => s.clone(),
            Err(_) => return,
        };
        for (id, paths) in &seen {
            let paths: Vec<String> = paths.iter().map(|p| format!("`{}`", p.display())).collect();
            self.out.warn(&crate::t!(
                "context-filed-twice",
                id = id,
                count = paths.len(),
                paths = paths.join(", ")
            ));
        }
    }

    /// Makes sure this clone's git config has hk's merge and diff drivers (git does
    /// not clone them), saying so when it adds them, and warns when `.gitattributes`
    /// does not use the merge driver. Cheap when all is well: two small file reads.
    fn check_git_drivers(&self, root: &Path) {
        if !root.join(".git").exists() {
            return;
        }
        match gitsetup::ensure(root) {
            Ok(added) if !added.is_empty() => {
                self.out.status(&crate::t!("context-git-drivers-added"))
            }
            Ok(_) => {}
            Err(e) => self.out.warn(&crate::t!(
                "context-git-drivers-failed",
                error = e.to_string()
            )),
        }
        let attributes = std::fs::read_to_string(root.join(".gitattributes")).unwrap_or_default();
        if !gitsetup::attributes_merge(&attributes) {
            self.out.warn(&crate::t!("context-gitattributes-no-merge"));
        }
    }

    /// The store folder given with `--store` alone (not `HK_STORE`).
    pub fn store_flag(&self) -> Option<&Path> {
        self.store_flag.as_deref()
    }

    /// The store folder as given (not opened), for `hk init`.
    pub fn store_dir_arg(&self) -> Option<&Path> {
        self.store_flag.as_deref().or(self.env.store.as_deref())
    }

    /// Where the identity is: `--identity`, `HK_IDENTITY`, else the XDG default.
    pub fn identity_path(&self) -> CliResult<PathBuf> {
        if let Some(p) = self.identity_flag.as_ref().or(self.env.identity.as_ref()) {
            return Ok(p.clone());
        }
        self.default_identity_path()
    }

    pub fn default_identity_path(&self) -> CliResult<PathBuf> {
        let base = match (&self.env.config_home, &self.env.home) {
            (Some(c), _) => c.clone(),
            (None, Some(h)) => h.join(".config"),
            (None, None) => {
                return Err(CliError::failure(crate::t!("context-no-home"))
                    .hint(crate::t!("context-no-home-hint")));
            }
        };
        Ok(base.join("hk").join("identity.txt"))
    }

    /// The words of a `ContextHint`, from what this command was started with.
    pub fn context_hint(&self, hint: ContextHint) -> String {
        match hint {
            ContextHint::WhichIdentity => {
                let used = if let Some(p) = &self.identity_flag {
                    crate::t!("context-identity-flag", path = p.display())
                } else if let Some(p) = &self.env.identity {
                    crate::t!("context-identity-env", path = p.display())
                } else {
                    match self.default_identity_path() {
                        Ok(p) => crate::t!("context-identity-default", path = p.display()),
                        Err(_) => crate::t!("context-identity-yours"),
                    }
                };
                crate::t!("context-which-identity", identity = used)
            }
        }
    }

    /// Whether an identity was named explicitly (flag or environment).
    pub fn identity_explicit(&self) -> bool {
        self.identity_flag.is_some() || self.env.identity.is_some()
    }

    /// Loads the identity once per command; asks for a passphrase on a terminal.
    pub fn identities(&mut self) -> CliResult<&Identities> {
        if self.identities.is_none() {
            let path = self.identity_path()?;
            let prompter = &mut self.prompter;
            let ids = load_identities(&path, &mut |p| {
                let prompter = prompter.as_mut()?;
                prompter
                    .password(&crate::t!("context-passphrase", path = p.display()))
                    .ok()
            })?;
            if ids.loose_demo_key {
                self.out
                    .warn(&crate::t!("context-demo-key", path = path.display()));
            }
            self.identities = Some(Arc::new(ids));
        }
        Ok(self.identities.as_deref().expect("loaded above"))
    }

    /// The identity, checked once against the store's recipients: a key that is not
    /// among them gets one clear error instead of one warning per record. The store
    /// remembers it as its reader, so that its writes keep that identity's cache
    /// current.
    pub fn identities_for(&mut self, store: &Store) -> CliResult<&Identities> {
        if !self.identity_checked {
            let ids = self.identities()?;
            store.check_identity(ids)?;
            self.identity_checked = true;
        }
        self.identities()?;
        let ids = self.identities.as_ref().expect("loaded above");
        store.remember_reader(Arc::clone(ids));
        Ok(ids)
    }

    /// Records written by a newer hk: read as far as understood, warned about once.
    pub fn report_newer<P: AsRef<Path>>(&mut self, newer: &[P]) {
        if let Some(first) = newer.first().map(AsRef::as_ref) {
            self.out.warn(&crate::t!(
                "context-newer-records",
                count = newer.len(),
                first = first.display()
            ));
        }
    }

    /// The prompter when there is a terminal; `None` under cron or in a pipe.
    pub fn prompter(&mut self) -> Option<&mut (dyn Prompter + 'static)> {
        self.prompter.as_deref_mut()
    }

    /// Replaces the prompter (tests).
    pub fn set_prompter(&mut self, p: Option<Box<dyn Prompter>>) {
        self.prompter = p;
    }

    /// Reports records that could not be read, by path, and remembers to exit 1.
    pub fn report_unreadable(&mut self, bad: &[Unreadable]) {
        for u in bad {
            self.out.warn(&crate::t!(
                "context-skipped-unreadable",
                path = u.path.display(),
                problem = u.problem.to_string()
            ));
        }
        if !bad.is_empty() {
            self.had_unreadable = true;
            self.out
                .warn(&crate::t!("context-unreadable-count", count = bad.len()));
        }
    }

    /// A command that wrote what it was asked to has succeeded even if it met
    /// unreadable records on the way (they were reported): exit 0.
    pub fn forgive_unreadable(&mut self) {
        self.had_unreadable = false;
    }

    pub fn exit_code(&self) -> u8 {
        u8::from(self.had_unreadable)
    }
}

/// The width tables must fit: none with `--wide`, else `COLUMNS` when it is set (so
/// scripts and tests can ask for a width), else the terminal's. A `COLUMNS` that is
/// not a width comes back second, to be warned about.
fn table_width(wide: bool, env: &Env) -> (Option<u16>, Option<String>) {
    if wide {
        return (None, None);
    }
    match env.columns.as_deref().map(str::trim) {
        Some(c) => match c.parse::<u16>() {
            Ok(w) if w > 0 => (Some(w), None),
            _ => (env.term_width, Some(c.to_string())),
        },
        None => (env.term_width, None),
    }
}

/// Where "now" comes from. A date alone waits for the store's time zone (noon there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clock {
    System(DateTime<Utc>),
    At(DateTime<FixedOffset>),
    Day(NaiveDate),
}

fn clock(hk_now: Option<&str>, system: DateTime<Utc>) -> Result<Clock, String> {
    match hk_now {
        // Whole seconds: records show `09:30:12+08:00`, not nanoseconds.
        None => Ok(Clock::System(system.with_nanosecond(0).unwrap_or(system))),
        Some(s) => {
            let s = s.trim();
            if let Ok(t) = DateTime::parse_from_rfc3339(s) {
                return Ok(Clock::At(t));
            }
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(Clock::Day)
                .map_err(|_| crate::t!("context-hk-now-not-a-time"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hk_now_accepts_dates_and_times() {
        let sys = Utc::now();
        let t = DateTime::parse_from_rfc3339("2026-11-22T09:30:00+08:00").unwrap();
        assert_eq!(
            clock(Some("2026-11-22T09:30:00+08:00"), sys),
            Ok(Clock::At(t))
        );
        assert_eq!(
            clock(Some("2026-11-22"), sys),
            Ok(Clock::Day(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()))
        );
        assert!(clock(Some("next tuesday"), sys).is_err());
        let Ok(Clock::System(s)) = clock(None, sys) else {
            panic!("the system clock")
        };
        assert_eq!(s.nanosecond(), 0);
    }

    #[test]
    fn tables_fit_columns_else_the_terminal_unless_wide() {
        let env = |columns: Option<&str>, term: Option<u16>| Env {
            columns: columns.map(String::from),
            term_width: term,
            ..Env::default()
        };
        assert_eq!(table_width(false, &env(None, None)), (None, None));
        assert_eq!(table_width(false, &env(None, Some(120))), (Some(120), None));
        assert_eq!(
            table_width(false, &env(Some("80"), Some(120))),
            (Some(80), None)
        );
        assert_eq!(table_width(true, &env(Some("80"), Some(120))), (None, None));
        assert_eq!(
            table_width(false, &env(Some("wide"), Some(120))),
            (Some(120), Some("wide".into()))
        );
        assert_eq!(
            table_width(false, &env(Some("0"), None)),
            (None, Some("0".into()))
        );
    }
}
