//! `--help`, man pages and clap's own errors in the chosen language.
//!
//! The English texts are the clap definitions' doc comments: they are the English half
//! of the catalogue, read by clap at build time. The Chinese half lives in
//! `i18n/zh-CN/help/*.ftl`, one message per command and per flag, keyed by where it
//! sits in the command tree:
//!
//! - `cmd-hk` (hk itself), `cmd-hk-client-add` (`hk client add`); a command whose
//!   English help has more than one paragraph has the long text as `.long`;
//! - `arg-hk-client-add-phone` (the `phone` argument of `hk client add`, by clap id);
//!   a global flag is `arg-hk-store` wherever it shows; `.long` as above;
//!
//! [`help_ids`] lists every id the command tree needs; the catalogue tests check that
//! each has a Chinese text, and that no Chinese text is left for a flag that is gone.

use clap::{Arg, ArgAction, Command};

use crate::i18n::{self, Lang};

/// One help text the command tree needs: its id, and whether it needs a `.long` too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpId {
    pub id: String,
    pub long: bool,
    /// The English text, for translators and the tests' messages.
    pub english: String,
}

/// The clap command in `lang`, so that parsing, `--help` and the man pages all show
/// the same texts. The Chinese tree comes back built (clap's `hk help` is translated
/// after building); the English one as the derive made it.
pub fn localized(mut cmd: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        // clap builds only the commands a parse walks through; building the whole
        // tree here would cost every run a few milliseconds.
        return cmd;
    }
    let mut path = vec!["hk".to_string()];
    translate(&mut cmd, &mut path, lang, true);
    // clap adds `hk help` while building; only its summary is left to translate.
    cmd.build();
    help_subcommands(&mut cmd, lang);
    cmd
}

fn help_subcommands(cmd: &mut Command, lang: Lang) {
    for sub in cmd.get_subcommands_mut() {
        if sub.get_name() == "help" {
            *sub = std::mem::replace(sub, Command::new("help")).about(i18n::text_in(
                lang,
                "help-subcommand",
                &[],
            ));
        } else {
            help_subcommands(sub, lang);
        }
    }
}

/// Every help id of the command tree (hidden commands and flags left out).
pub fn help_ids(cmd: &Command) -> Vec<HelpId> {
    let mut cmd = cmd.clone();
    cmd.build();
    let mut out = Vec::new();
    collect(&cmd, &mut vec!["hk".to_string()], &mut out);
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out.dedup_by(|a, b| a.id == b.id);
    out
}

fn cmd_id(path: &[String]) -> String {
    format!("cmd-{}", path.join("-"))
}

fn arg_id(path: &[String], arg: &Arg) -> String {
    if arg.is_global_set() {
        format!("arg-hk-{}", arg.get_id())
    } else {
        format!("arg-{}-{}", path.join("-"), arg.get_id())
    }
}

/// The flags clap adds by itself, which have no doc comment of ours.
fn builtin(arg: &Arg) -> bool {
    matches!(arg.get_id().as_str(), "help" | "version")
}

fn long_differs(short: Option<String>, long: Option<String>) -> bool {
    long.is_some_and(|l| Some(l) != short)
}

fn collect(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<HelpId>) {
    out.push(HelpId {
        id: cmd_id(path),
        long: long_differs(
            cmd.get_about().map(|s| s.to_string()),
            cmd.get_long_about().map(|s| s.to_string()),
        ),
        english: cmd.get_about().map(|s| s.to_string()).unwrap_or_default(),
    });
    for arg in cmd.get_arguments() {
        if arg.is_hide_set() || builtin(arg) {
            continue;
        }
        let id = arg_id(path, arg);
        out.push(HelpId {
            id: id.clone(),
            long: long_differs(
                arg.get_help().map(|s| s.to_string()),
                arg.get_long_help().map(|s| s.to_string()),
            ),
            english: arg.get_help().map(|s| s.to_string()).unwrap_or_default(),
        });
        // Values are shown by name only: a value with a help text of its own would
        // need a Chinese one too, and `hk` has none.
        debug_assert!(
            arg.get_possible_values()
                .iter()
                .all(|v| v.get_help().is_none())
        );
    }
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        path.push(sub.get_name().to_string());
        collect(sub, path, out);
        path.pop();
    }
}

/// ` [默认：table；可选：table、csv、json]` for a flag that takes values, or nothing.
fn values_note(arg: &Arg, lang: Lang) -> String {
    if !arg.get_action().takes_values() {
        return String::new();
    }
    let mut parts = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let values = defaults.join(" ");
        parts.push(i18n::text_in(
            lang,
            "help-default",
            &[("values", i18n::Arg::Text(values))],
        ));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !possible.is_empty() && !arg.is_hide_possible_values_set() {
        let values = possible.join(", ");
        parts.push(i18n::text_in(
            lang,
            "help-possible",
            &[("values", i18n::Arg::Text(values))],
        ));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" [{}]", parts.join("; "))
    }
}

fn text(lang: Lang, id: &str, attr: Option<&str>) -> Option<String> {
    i18n::message_in(lang, id, attr, &[])
}

fn translate(cmd: &mut Command, path: &mut Vec<String>, lang: Lang, root: bool) {
    let id = cmd_id(path);
    let mut c = std::mem::replace(cmd, Command::new("hk")).disable_help_flag(true);
    if root {
        c = c.disable_version_flag(true);
    }
    if let Some(about) = text(lang, &id, None) {
        let long = text(lang, &id, Some("long")).unwrap_or_else(|| about.clone());
        c = c.about(about).long_about(long);
    }
    c = c
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{}\n\n{{all-args}}{{after-help}}",
            i18n::labelled(&i18n::text_in(lang, "help-usage", &[]), "{usage}")
        ))
        .subcommand_help_heading(i18n::text_in(lang, "help-commands", &[]))
        .subcommand_value_name(i18n::text_in(lang, "help-command", &[]));
    let options = i18n::text_in(lang, "help-options", &[]);
    let arguments = i18n::text_in(lang, "help-arguments", &[]);
    let p = path.clone();
    c = c.mut_args(|arg| {
        let heading = if arg.is_positional() {
            &arguments
        } else {
            &options
        };
        let mut arg = if arg.get_help_heading().is_none() {
            arg.help_heading(heading.clone())
        } else {
            arg
        };
        let id = arg_id(&p, &arg);
        if let Some(help) = text(lang, &id, None) {
            let long = text(lang, &id, Some("long")).unwrap_or_else(|| help.clone());
            // clap writes `[default: …]` and `[possible values: …]` in English: say
            // them here instead.
            let extra = values_note(&arg, lang);
            // clap asserts (debug builds) that only an argument taking a value hides them.
            let takes_value = arg.get_action().takes_values();
            arg = arg
                .help(format!("{help}{extra}"))
                .long_help(format!("{long}{extra}"))
                .hide_default_value(takes_value)
                .hide_possible_values(takes_value);
        }
        arg
    });
    c = c.arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(i18n::text_in(lang, "help-flag-help", &[]))
            .help_heading(options.clone()),
    );
    if root {
        c = c.arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(i18n::text_in(lang, "help-flag-version", &[]))
                .help_heading(options.clone()),
        );
    }
    for sub in c.get_subcommands_mut() {
        path.push(sub.get_name().to_string());
        translate(sub, path, lang, false);
        path.pop();
    }
    *cmd = c;
}
