//! Choosing the language before clap parses the command line (clap's `--help` and
//! its errors need it), and clap's own errors in Chinese.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::Env;
use crate::i18n::lang::{Chosen, Sources, choose};
use crate::i18n::{Lang, Setting};

/// The language for this run: `--lang`, `HK_LANG`, the store's `language`, the locale
/// (see `i18n::lang::choose`). The command line is scanned by hand for `--lang` and
/// `--store`; a bad `--lang` is left for clap to report.
pub fn choose_for(args: &[OsString], env: &Env) -> Chosen {
    let flag = flag_value(args, "--lang").and_then(|v| Setting::parse(&v));
    let explicit_env = env.lang.as_deref().and_then(Setting::parse);
    // The store's config is read only when nothing stronger has spoken.
    let config = if flag.is_none() && explicit_env.is_none() {
        let store = flag_value(args, "--store")
            .map(PathBuf::from)
            .or_else(|| env.store.clone());
        store_language(store.as_deref(), &env.cwd)
    } else {
        None
    };
    choose(&Sources {
        flag,
        env: env.lang.as_deref(),
        config,
        locale: env.locale.as_deref(),
    })
}

/// The value of `--name VALUE` or `--name=VALUE` before a `--`.
fn flag_value(args: &[OsString], name: &str) -> Option<String> {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = it.next() {
        if arg == "--" {
            return None;
        }
        if arg == name {
            return it.next().map(|v| v.into_owned());
        }
        if let Some(v) = arg.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            return Some(v.to_string());
        }
    }
    None
}

/// The `language` of the store's config, found as `Ctx::store` finds the store. A
/// missing or broken config says nothing here; the command reports it if it needs it.
fn store_language(explicit: Option<&Path>, cwd: &Path) -> Option<Setting> {
    let root = match explicit {
        Some(dir) => dir.to_path_buf(),
        None => cwd
            .ancestors()
            .find(|d| d.join(".hk").is_dir())?
            .to_path_buf(),
    };
    crate::store::read_config(&root).ok()?.language
}

/// Prints a clap error (or `--help`, `--version`) in `lang` and gives the exit code.
/// English keeps clap's own wording; Chinese names the same flag or value.
pub fn print_clap_error(e: &clap::Error, lang: Lang) -> u8 {
    let code = if e.use_stderr() { 2 } else { 0 };
    if lang == Lang::En
        || matches!(
            e.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        let _ = e.print();
        return code;
    }
    let ctx = |k: ContextKind| e.get(k).map(context_text).unwrap_or_default();
    let arg = ctx(ContextKind::InvalidArg);
    let value = ctx(ContextKind::InvalidValue);
    let message = match e.kind() {
        ErrorKind::InvalidValue if value.is_empty() => crate::t!("clap-value-missing", arg = arg),
        ErrorKind::InvalidValue => crate::t!(
            "clap-invalid-value",
            arg = arg,
            value = value,
            valid = ctx(ContextKind::ValidValue)
        ),
        ErrorKind::UnknownArgument => crate::t!("clap-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            crate::t!(
                "clap-unknown-command",
                command = ctx(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::MissingRequiredArgument => crate::t!("clap-missing-argument", arg = arg),
        ErrorKind::MissingSubcommand => crate::t!("clap-missing-command"),
        ErrorKind::ValueValidation => crate::t!(
            "clap-bad-value",
            arg = arg,
            value = value,
            problem = e.source().map(|s| s.to_string()).unwrap_or_default()
        ),
        ErrorKind::ArgumentConflict => {
            crate::t!(
                "clap-conflict",
                arg = arg,
                other = ctx(ContextKind::PriorArg)
            )
        }
        ErrorKind::NoEquals => crate::t!("clap-no-equals", arg = arg),
        _ => crate::t!("clap-other", problem = first_line(&e.to_string())),
    };
    let mut out = format!(
        "{}\n",
        crate::i18n::labelled(&crate::t!("label-error"), &message)
    );
    for suggestion in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ] {
        let s = ctx(suggestion);
        if !s.is_empty() {
            let hint = crate::t!("clap-did-you-mean", suggestion = s);
            out.push_str(&format!(
                "{}\n",
                crate::i18n::labelled(&crate::t!("label-hint"), &hint)
            ));
        }
    }
    if let Some(usage) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim().strip_prefix("Usage:").unwrap_or(&usage).trim();
        out.push_str(&format!(
            "\n{}\n",
            crate::i18n::labelled(&crate::t!("help-usage"), usage)
        ));
    }
    out.push_str(&format!("\n{}\n", crate::t!("clap-more-help")));
    eprint!("{out}");
    code
}

fn context_text(v: &ContextValue) -> String {
    match v {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(v) => v.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(v) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

fn first_line(s: &str) -> String {
    let line = s.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line).to_string()
}

use std::error::Error as _;

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_lang_flag_is_found_before_parsing() {
        assert_eq!(
            flag_value(&args(&["hk", "--lang", "zh", "today"]), "--lang").as_deref(),
            Some("zh")
        );
        assert_eq!(
            flag_value(&args(&["hk", "today", "--lang=en"]), "--lang").as_deref(),
            Some("en")
        );
        assert_eq!(
            flag_value(
                &args(&["hk", "client", "add", "--", "--lang", "zh"]),
                "--lang"
            ),
            None
        );
        assert_eq!(flag_value(&args(&["hk", "--lang"]), "--lang"), None);
    }
}
