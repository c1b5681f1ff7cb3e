//! The man pages under `docs/man/en/` and `docs/man/zh-CN/` are exactly what
//! `clap_mangen` makes of the command tree in each language: one page per command
//! (`hk.1`, `hk-client.1`, `hk-client-add.1` …). After a CLI or help change, regenerate
//! them with `HK_UPDATE_MAN=1 cargo test --test it man::`.
//!
//! Read one with `man docs/man/zh-CN/hk-client-add.1`, or install them:
//! `cp docs/man/zh-CN/*.1 ~/.local/share/man/zh_CN/man1/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use hk::i18n::Lang;

fn man_dir(lang: Lang) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/man")
        .join(lang.dir())
}

/// The section headings clap_mangen writes in English, in Chinese.
const ZH_SECTIONS: &[(&str, &str)] = &[
    (".SH NAME", ".SH 名称"),
    (".SH SYNOPSIS", ".SH 概要"),
    (".SH DESCRIPTION", ".SH 描述"),
    (".SH VERSION", ".SH 版本"),
];

/// Every page of the command tree in `lang`: file name → roff text.
fn pages(lang: Lang) -> BTreeMap<String, String> {
    fn walk(cmd: &clap::Command, lang: Lang, out: &mut BTreeMap<String, String>) {
        for sub in cmd.get_subcommands() {
            if !sub.is_hide_set() && sub.get_name() != "help" {
                walk(sub, lang, out);
            }
        }
        let man = clap_mangen::Man::new(cmd.clone()).manual("hk").source("hk");
        let mut buf = Vec::new();
        man.render(&mut buf).unwrap();
        let mut text = String::from_utf8(buf).unwrap();
        if lang == Lang::Zh {
            for (en, zh) in ZH_SECTIONS {
                text = text.replace(&format!("{en}\n"), &format!("{zh}\n"));
            }
        }
        out.insert(man.get_filename(), text);
    }
    let cmd = hk::cli::command_in(lang);
    let mut out = BTreeMap::new();
    walk(&cmd, lang, &mut out);
    out
}

#[test]
fn checked_in_man_pages_match_the_cli_in_both_languages() {
    let update = std::env::var_os("HK_UPDATE_MAN").is_some();
    let mut stale = Vec::new();
    for lang in Lang::ALL {
        let dir = man_dir(lang);
        let pages = pages(lang);
        assert!(
            pages.contains_key("hk.1") && pages.contains_key("hk-client-add.1"),
            "{:?}",
            pages.keys()
        );
        if update {
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
        }
        for (name, text) in &pages {
            let path = dir.join(name);
            if update {
                std::fs::write(&path, text).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                stale.push(path.display().to_string());
            }
        }
        // A page left for a command that is gone.
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if !pages.contains_key(&name) {
                    stale.push(format!("{} (no such command)", e.path().display()));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale man pages: {stale:?}; run `HK_UPDATE_MAN=1 cargo test --test it man::`"
    );
}

/// Text with roff's escapes and all line breaks and runs of spaces made one space.
fn flat(s: &str) -> String {
    s.replace("\\-", "-")
        .replace("\\fB", "")
        .replace("\\fR", "")
        .replace("\\fI", "")
        .replace("\\(aq", "'")
        .replace("\\*(Aq", "'")
        .replace("\\\\", "\\")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn help_and_man_page_say_the_same() {
    for (lang, name) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        let man = pages(lang);
        for path in [
            &["client", "add"][..],
            &["followup", "due"],
            &["report", "satisfaction"],
        ] {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_hk"))
                .args(["--lang", name])
                .args(path)
                .arg("--help")
                .env_clear()
                .output()
                .unwrap();
            assert!(out.status.success());
            let help = flat(&String::from_utf8(out.stdout).unwrap());
            let page = flat(&man[&format!("hk-{}.1", path.join("-"))]);
            let cmd = hk::cli::command_in(lang);
            let mut sub = &cmd;
            for p in path {
                sub = sub.find_subcommand(p).unwrap();
            }
            for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
                let Some(text) = arg.get_long_help().or(arg.get_help()) else {
                    continue;
                };
                let text = flat(&text.to_string());
                assert!(
                    help.contains(&text),
                    "{name} {path:?} --help lacks {text:?}"
                );
                assert!(
                    page.contains(&text),
                    "{name} man page of {path:?} lacks {text:?}"
                );
            }
            let about = flat(&sub.get_about().unwrap().to_string());
            assert!(
                help.contains(&about) && page.contains(&about),
                "{name} {path:?}: {about}"
            );
        }
    }
}
