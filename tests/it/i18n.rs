//! The message catalogue (`i18n/`): every message has a Chinese and an English text
//! taking the same variables, every id the code asks for exists, every `--help` text
//! has its Chinese, and no English sentence goes to the user without the catalogue.
//!
//! When one fails: add the missing text to the file the message names (both
//! `i18n/en/NAME.ftl` and `i18n/zh-CN/NAME.ftl`), or the Chinese `--help` to
//! `i18n/zh-CN/help/GROUP.ftl` (`hk` itself and its global flags: `hk.ftl`; `init`,
//! `key`, `sync` … : `admin.ftl`; the others by their top-level command).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast;
use hk::i18n::Lang;
use hk::i18n::catalogue::{HELP_ZH, MESSAGES};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A message's shape: its attributes and the variables of its value and attributes.
#[derive(Debug, PartialEq, Eq, Default)]
struct Shape {
    attrs: BTreeSet<String>,
    vars: BTreeSet<String>,
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

/// The messages of one file: id → shape. Panics on a syntax error, naming the file.
fn parse(name: &str, text: &str) -> BTreeMap<String, Shape> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{name}: Fluent syntax errors: {errors:#?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut shape = Shape::default();
            if let Some(v) = &m.value {
                pattern_vars(v, &mut shape.vars);
            }
            for a in &m.attributes {
                shape.attrs.insert(a.id.name.to_string());
                pattern_vars(&a.value, &mut shape.vars);
            }
            let id = m.id.name.to_string();
            assert!(
                out.insert(id.clone(), shape).is_none(),
                "{name}: `{id}` twice"
            );
        }
    }
    out
}

/// Every message of a language's message files (help left out), checking that no id
/// is in two files.
fn messages(lang: Lang) -> BTreeMap<String, Shape> {
    let mut all = BTreeMap::new();
    for (name, en, zh) in MESSAGES {
        let text = if lang == Lang::Zh { zh } else { en };
        for (id, shape) in parse(&format!("i18n/{}/{name}.ftl", lang.dir()), text) {
            assert!(
                !all.contains_key(&id),
                "`{id}` is in two files of i18n/{}/",
                lang.dir()
            );
            all.insert(id, shape);
        }
    }
    all
}

#[test]
fn both_languages_have_every_message_with_the_same_variables() {
    let mut problems = Vec::new();
    for (name, en, zh) in MESSAGES {
        let en = parse(&format!("i18n/en/{name}.ftl"), en);
        let zh = parse(&format!("i18n/zh-CN/{name}.ftl"), zh);
        for (id, shape) in &en {
            match zh.get(id) {
                None => problems.push(format!("i18n/zh-CN/{name}.ftl: no `{id}`")),
                Some(z) if z != shape => problems.push(format!(
                    "`{id}` ({name}.ftl): English takes {:?} {:?}, Chinese {:?} {:?}",
                    shape.vars, shape.attrs, z.vars, z.attrs
                )),
                Some(_) => {}
            }
        }
        for id in zh.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("i18n/en/{name}.ftl: no `{id}`"));
        }
    }
    let _ = messages(Lang::En);
    let _ = messages(Lang::Zh);
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_catalogue_file_is_compiled_in() {
    let mut listed: BTreeSet<String> = BTreeSet::new();
    for (name, _, _) in MESSAGES {
        listed.insert(format!("en/{name}.ftl"));
        listed.insert(format!("zh-CN/{name}.ftl"));
    }
    for (name, _) in HELP_ZH {
        listed.insert(format!("zh-CN/help/{name}.ftl"));
    }
    let mut found = BTreeSet::new();
    let root = repo().join("i18n");
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "ftl") {
                found.insert(p.strip_prefix(&root).unwrap().display().to_string());
            }
        }
    }
    let missing: Vec<_> = found.difference(&listed).collect();
    assert!(
        missing.is_empty(),
        "not listed in src/i18n/catalogue.rs: {missing:?}"
    );
}

/// Every `.rs` file under `src/`, with its text.
fn sources() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![repo().join("src")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let rel = p.strip_prefix(repo()).unwrap().display().to_string();
                out.push((rel, std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// The ids the code names: `t!("id"`, `text_in(lang, "id"`, `message_in(lang, "id"`.
fn ids_in_code() -> BTreeMap<String, String> {
    let re = regex::Regex::new(r#"(?:\bt!\(\s*|text_in\(\s*[a-zA-Z_:]+,\s*)"([a-z][a-z0-9-]*)""#)
        .unwrap();
    let mut out = BTreeMap::new();
    for (file, text) in sources() {
        // Doc comments may name ids that do not exist.
        let text: String = text
            .lines()
            .map(|l| {
                if l.trim_start().starts_with("//") {
                    ""
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        for c in re.captures_iter(&text) {
            let line = text[..c.get(0).unwrap().start()].lines().count();
            out.entry(c[1].to_string())
                .or_insert(format!("{file}:{line}"));
        }
    }
    out
}

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_used() {
    let en = messages(Lang::En);
    let used = ids_in_code();
    let missing: Vec<_> = used
        .iter()
        .filter(|(id, _)| !en.contains_key(*id))
        .map(|(id, at)| format!("{at}: `{id}` is in no i18n/en/*.ftl"))
        .collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    // `term-GROUP-KEY` ids are looked up by `Cell::term(GROUP, key)`.
    let unused: Vec<_> = en
        .keys()
        .filter(|id| !used.contains_key(*id) && !id.starts_with("term-"))
        .collect();
    assert!(
        unused.is_empty(),
        "messages no code uses (remove them): {unused:?}"
    );
}

#[test]
fn every_help_text_has_its_chinese() {
    let mut zh: BTreeMap<String, Shape> = BTreeMap::new();
    for (name, text) in HELP_ZH {
        for (id, shape) in parse(&format!("i18n/zh-CN/help/{name}.ftl"), text) {
            assert!(!zh.contains_key(&id), "`{id}` is in two help files");
            zh.insert(id, shape);
        }
    }
    let needed = hk::cli::help_ids(&hk::cli::command());
    let mut problems = Vec::new();
    for h in &needed {
        match zh.get(&h.id) {
            None => problems.push(format!("{} = {}", h.id, h.english)),
            Some(s) if h.long && !s.attrs.contains("long") => problems.push(format!(
                "{}: needs `.long` (the English help has more than one paragraph)",
                h.id
            )),
            Some(_) => {}
        }
    }
    let known: BTreeSet<&str> = needed.iter().map(|h| h.id.as_str()).collect();
    for id in zh.keys().filter(|id| !known.contains(id.as_str())) {
        problems.push(format!(
            "{id}: no such command or flag any more (remove it)"
        ));
    }
    assert!(
        problems.is_empty(),
        "{} help texts without their Chinese (i18n/zh-CN/help/*.ftl):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Calls whose text reaches the user: an English sentence in them must come from the
/// catalogue.
const SINKS: &str = r#"(?s)\b(?:failure|usage|hint|status|warn|bad_flag|eprintln!|println!|print!|eprint!|writeln!|write!|FieldError::new|Err|confirm|select|input|password|prompt|ask)\(\s*(?:[a-z_.&"]+,\s*)?&?(?:format!\(\s*)?"((?:[^"\\]|\\.)*)"|#\[error\("((?:[^"\\]|\\.)*)""#;

/// Whether a literal holds English words once placeholders and `code` are left out.
fn english(literal: &str) -> bool {
    // A flag's name (`bad_flag("--name", …)`) is the same in both languages.
    if regex::Regex::new(r"^--?[a-z][a-z-]*$")
        .unwrap()
        .is_match(literal)
    {
        return false;
    }
    let placeholders = regex::Regex::new(r"\{[^}]*\}|`[^`]*`").unwrap();
    let rest = placeholders.replace_all(literal, "");
    regex::Regex::new(r"[A-Za-z]{3,}").unwrap().is_match(&rest)
}

#[test]
fn no_english_sentence_bypasses_the_catalogue() {
    let sinks = regex::Regex::new(SINKS).unwrap();
    let mut found = Vec::new();
    for (file, text) in sources() {
        if file.starts_with("src/i18n/") {
            continue;
        }
        // Unit tests may say what they like.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for c in sinks.captures_iter(code) {
            let lit = c.get(1).or_else(|| c.get(2)).unwrap();
            // `FieldError::new("field", t!(…))`: the first argument names a record's
            // field, which is the same in both languages.
            let field_name =
                c[0].starts_with("FieldError::new") && code[lit.end()..].starts_with("\",");
            if !field_name && english(lit.as_str()) {
                let line = code[..lit.start()].lines().count();
                found.push(format!("{file}:{line}: \"{}\"", lit.as_str()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} English texts outside the catalogue (use `t!`):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_column_labels_are_bilingual() {
    let re = regex::Regex::new(r#"\bcol\(\s*"[^"]*",\s*"([^"]*)"\s*\)"#).unwrap();
    let mut bad = Vec::new();
    for (file, text) in sources() {
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for c in re.captures_iter(code) {
            if hk::i18n::split_label(&c[1]).is_none() {
                let line = code[..c.get(0).unwrap().start()].lines().count();
                bad.push(format!(
                    "{file}:{line}: \"{}\" (write `中文 English`)",
                    &c[1]
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "column labels without both languages:\n{}",
        bad.join("\n")
    );
}

fn hk_in(lang: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_hk"))
        .args(["--lang", lang])
        .args(args)
        .env_clear()
        .env("HOME", std::env::temp_dir())
        .output()
        .unwrap()
}

#[test]
fn help_is_in_the_chosen_language() {
    let zh = String::from_utf8(hk_in("zh", &["--help"]).stdout).unwrap();
    assert!(zh.contains("用法："), "{zh}");
    assert!(zh.contains("命令:"), "{zh}");
    let en = String::from_utf8(hk_in("en", &["--help"]).stdout).unwrap();
    assert!(en.contains("Usage: hk"), "{en}");
}

#[test]
fn clap_errors_are_in_the_chosen_language_with_the_same_exit_code() {
    let zh = hk_in("zh", &["client", "list", "--format", "xml"]);
    assert_eq!(zh.status.code(), Some(2));
    let err = String::from_utf8(zh.stderr).unwrap();
    assert!(
        err.starts_with("错误：`--format <FORMAT>` 不接受 `xml`"),
        "{err}"
    );
    let en = hk_in("en", &["client", "list", "--format", "xml"]);
    assert_eq!(en.status.code(), Some(2));
    assert!(
        String::from_utf8(en.stderr)
            .unwrap()
            .contains("invalid value 'xml'")
    );
}

#[test]
fn the_language_comes_from_the_flag_env_config_then_locale() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    std::fs::create_dir_all(store.join(".hk")).unwrap();
    std::fs::write(
        store.join(".hk/config.toml"),
        "format = 1\nlanguage = \"zh\"\n",
    )
    .unwrap();
    let run = |envs: &[(&str, &str)], args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_hk"))
            .args(args)
            .env_clear()
            .env("HOME", dir.path())
            .envs(envs.iter().copied())
            .current_dir(dir.path())
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let zh = |s: &str| s.contains("用法：");
    assert!(!zh(&run(&[], &["--help"])), "no setting: English");
    assert!(
        zh(&run(&[("LANG", "zh_CN.UTF-8")], &["--help"])),
        "the locale"
    );
    assert!(
        !zh(&run(
            &[("LANG", "zh_CN.UTF-8"), ("LC_ALL", "C")],
            &["--help"]
        )),
        "LC_ALL first"
    );
    assert!(
        zh(&run(&[], &["--store", "store", "--help"])),
        "the store's config"
    );
    assert!(
        !zh(&run(&[("HK_LANG", "en")], &["--store", "store", "--help"])),
        "HK_LANG over the config"
    );
    assert!(
        zh(&run(&[("HK_LANG", "en")], &["--lang", "zh", "--help"])),
        "--lang over HK_LANG"
    );
    assert!(
        !zh(&run(&[("LANG", "zh_CN.UTF-8")], &["--lang=en", "--help"])),
        "--lang=en"
    );
}

#[test]
fn a_bad_lang_is_a_usage_error() {
    let out = hk_in("fr", &["today"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("--lang"));
}

#[test]
fn a_missing_file_is_said_in_the_chosen_language() {
    let zh = hk_in("zh", &["cat", "/nonexistent/x.toml.age"]);
    assert_eq!(zh.status.code(), Some(1));
    let err = String::from_utf8(zh.stderr).unwrap();
    assert!(err.contains("文件或文件夹不存在"), "{err}");
    let en = hk_in("en", &["cat", "/nonexistent/x.toml.age"]);
    assert_eq!(en.status.code(), Some(1));
    assert!(
        String::from_utf8(en.stderr)
            .unwrap()
            .contains("No such file or directory")
    );
}

#[test]
fn every_vocabulary_a_table_shows_has_its_words() {
    let en = messages(Lang::En);
    let re = regex::Regex::new(r#"Cell::term\(\s*"([a-z-]+)""#).unwrap();
    let mut groups = BTreeSet::new();
    for (file, text) in sources() {
        for c in re.captures_iter(&text) {
            groups.insert((c[1].to_string(), file.clone()));
        }
    }
    assert!(!groups.is_empty());
    for (group, file) in groups {
        let prefix = format!("term-{group}-");
        assert!(
            en.keys().any(|id| id.starts_with(&prefix)),
            "{file}: no `{prefix}…` words in i18n/*/terms.ftl"
        );
    }
}
