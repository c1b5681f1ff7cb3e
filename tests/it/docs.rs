//! The documentation's examples, run: every ```console block of README.md and of every
//! docs/*.md (new pages are picked up without changing this file) is executed, and its
//! output must be what the page shows, so a change that alters an output fails CI until
//! the docs follow.
//!
//! How a page runs (see docs/reference.md, "Examples that run"):
//!
//! - Each page gets its own scratch folder holding copies of `data-example/`, `scripts/` and
//!   `docs/`, and runs there, in one bash session: `export` and `cd` carry over from one
//!   command to the next, pipes work, and writes never touch the repository. A `/tmp/` in a
//!   command is a private `tmp/` in that folder (and is shown as `/tmp/` again).
//! - The environment is cleared, then set as the README tells a reader to: the hk under
//!   test first on PATH, `HK_STORE=data-example`, `HK_IDENTITY=data-example/demo-key.txt`,
//!   `HK_NOW=2026-11-23`, `TZ=Asia/Shanghai`, a private HOME, no terminal, no COLUMNS.
//! - `$ cargo run --locked -q -- ARGS` runs the hk under test with ARGS and without the
//!   variables above, as on a fresh machine (the README's first command, without building
//!   inside a test).
//! - A command's stdout and stderr are compared together, in the order they were written.
//!   The demo key's warning is left out unless the example shows it.
//! - A command must exit 0, or non-zero when its output shows an `error:` line; after
//!   `$ echo $?` the page shows the code itself.
//! - An example of `age` or `iconv` is skipped where that tool is missing (not on CI).
//! - Elisions: `[..]` in a line matches any text, a line `...` any number of lines. A record
//!   id that is not in the demo store (one that a command just created, at random) matches
//!   any id of its kind, the same one wherever it appears on the page; in a later command it
//!   stands for that id.
//!
//! After an intended change of output, `HK_DOCS_UPDATE=1 cargo test --test it docs::`
//! writes the actual output into the pages (for the examples that differ only); review it
//! with `git diff` before committing. `HK_DOCS_PAGE=guide` runs only the pages whose path
//! contains `guide`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The demo morning: the day the demo store's story is written for.
const HK_NOW: &str = "2026-11-23";
/// The demo key's warning, in English and in Chinese.
const DEMO_KEY_WARNING: [&str; 2] = [
    "is the DEMO key (readable by anyone)",
    "是演示私钥（任何人都能读取）",
];
/// The Chinese README: the same examples as README.md, run with `HK_LANG=zh`.
const README_ZH: &str = "README.zh-CN.md";

/// Whether `page` is written in Chinese (its examples run with `HK_LANG=zh`).
fn chinese(page: &Path) -> bool {
    page.file_name()
        .is_some_and(|n| n.to_string_lossy().contains("zh-CN"))
}
const ID_ALPHABET: &str = "0123456789abcdefghjkmnpqrstvwxyz";

struct Example {
    /// 1-based line of the `$ ` command in the page.
    line: usize,
    command: String,
    expected: Vec<String>,
    /// 0-based page lines the expected output occupies: `start..end` (empty when none).
    range: (usize, usize),
    /// The next command of the block is `echo $?`: any exit code is fine here.
    code_shown: bool,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// README.md and every docs/*.md, sorted.
fn pages() -> Vec<PathBuf> {
    let mut pages = vec![repo().join("README.md"), repo().join(README_ZH)];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(repo().join("docs"))
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "md"))
                .collect()
        })
        .unwrap_or_default();
    docs.sort();
    pages.extend(docs);
    pages
}

fn parse(text: &str) -> Vec<Example> {
    let lines: Vec<&str> = text.lines().collect();
    let mut examples = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() != "```console" {
            i += 1;
            continue;
        }
        i += 1;
        let mut block: Vec<Example> = Vec::new();
        while i < lines.len() && !lines[i].starts_with("```") {
            if let Some(cmd) = lines[i].strip_prefix("$ ") {
                block.push(Example {
                    line: i + 1,
                    command: cmd.to_string(),
                    expected: Vec::new(),
                    range: (i + 1, i + 1),
                    code_shown: false,
                });
            } else if let Some(ex) = block.last_mut() {
                ex.expected.push(lines[i].trim_end().to_string());
                ex.range.1 = i + 1;
            } else {
                panic!(
                    "line {}: a console block must start with a `$ ` command",
                    i + 1
                );
            }
            i += 1;
        }
        for ex in &mut block {
            while ex.expected.last().is_some_and(|l| l.is_empty()) {
                ex.expected.pop();
                ex.range.1 -= 1;
            }
        }
        for k in 1..block.len() {
            if block[k].command.trim() == "echo $?" {
                block[k - 1].code_shown = true;
            }
        }
        examples.extend(block);
        i += 1;
    }
    examples
}

/// An id (`c-zpsrtra3`) starting at byte `at` of `s`, not part of a longer word.
fn id_at(s: &str, at: usize) -> Option<&str> {
    let b = s.as_bytes();
    let id = s.get(at..at + 10)?;
    let ok = matches!(
        b[at],
        b'c' | b'v' | b'f' | b's' | b't' | b'w' | b'k' | b'a' | b'i'
    ) && b[at + 1] == b'-'
        && id[2..].bytes().all(|c| ID_ALPHABET.as_bytes().contains(&c))
        && (at == 0 || !(b[at - 1].is_ascii_alphanumeric() || b[at - 1] == b'-'))
        && b.get(at + 10).is_none_or(|c| !c.is_ascii_alphanumeric());
    ok.then_some(id)
}

/// The ids of the demo store's records (from its file names): they must match literally.
fn demo_ids() -> BTreeSet<String> {
    fn walk(dir: &Path, ids: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, ids);
            } else if let Some(name) = path.file_name().and_then(|n| n.to_str())
                && let Some(id) = name.strip_suffix(".toml.age")
            {
                ids.insert(id.to_string());
            }
        }
    }
    let mut ids = BTreeSet::new();
    walk(&repo().join("data-example"), &mut ids);
    ids
}

enum Seg<'a> {
    Text(&'a str),
    Any,
    Id(&'a str),
}

fn segments(line: &str) -> Vec<Seg<'_>> {
    let mut segs = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < line.len() {
        if !line.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let (seg, len) = if line[i..].starts_with("[..]") {
            (Seg::Any, 4)
        } else if let Some(id) = id_at(line, i) {
            (Seg::Id(id), 10)
        } else {
            i += 1;
            continue;
        };
        if start < i {
            segs.push(Seg::Text(&line[start..i]));
        }
        segs.push(seg);
        i += len;
        start = i;
    }
    if start < line.len() {
        segs.push(Seg::Text(&line[start..]));
    }
    segs
}

/// The ids a page has bound so far: expected (as printed on the page) → actual.
#[derive(Default, Clone)]
struct Ids {
    demo: BTreeSet<String>,
    bound: BTreeMap<String, String>,
}

impl Ids {
    fn id_matches(&self, expected: &str, actual: &str, new: &mut Vec<(String, String)>) -> bool {
        if expected[..2] != actual[..2] {
            return false;
        }
        if self.demo.contains(expected) {
            return expected == actual;
        }
        let taken = |e: &str, a: &str| {
            self.bound
                .get(e)
                .map(|x| x == a)
                .or_else(|| new.iter().find(|(ne, _)| ne == e).map(|(_, na)| na == a))
        };
        match taken(expected, actual) {
            Some(same) => same,
            None => {
                let used = self.bound.values().any(|a| a == actual)
                    || new.iter().any(|(_, a)| a == actual)
                    || self.demo.contains(actual);
                if used {
                    return false;
                }
                new.push((expected.to_string(), actual.to_string()));
                true
            }
        }
    }

    fn line_matches(&self, segs: &[Seg], actual: &str, new: &mut Vec<(String, String)>) -> bool {
        let Some((first, rest)) = segs.split_first() else {
            return actual.is_empty();
        };
        match first {
            Seg::Text(t) => actual
                .strip_prefix(t)
                .is_some_and(|a| self.line_matches(rest, a, new)),
            Seg::Id(id) => {
                let Some(a) = id_at(actual, 0) else {
                    return false;
                };
                let before = new.len();
                if self.id_matches(id, a, new) && self.line_matches(rest, &actual[10..], new) {
                    return true;
                }
                new.truncate(before);
                false
            }
            Seg::Any => (0..=actual.len())
                .filter(|&k| actual.is_char_boundary(k))
                .any(|k| {
                    let before = new.len();
                    let ok = self.line_matches(rest, &actual[k..], new);
                    if !ok {
                        new.truncate(before);
                    }
                    ok
                }),
        }
    }

    fn lines_match(
        &self,
        expected: &[String],
        actual: &[String],
        new: &mut Vec<(String, String)>,
    ) -> bool {
        let Some((first, rest)) = expected.split_first() else {
            return actual.is_empty();
        };
        if first == "..." {
            return (0..=actual.len()).any(|k| {
                let before = new.len();
                let ok = self.lines_match(rest, &actual[k..], new);
                if !ok {
                    new.truncate(before);
                }
                ok
            });
        }
        let Some((a, arest)) = actual.split_first() else {
            return false;
        };
        let before = new.len();
        if self.line_matches(&segments(first), a, new) && self.lines_match(rest, arest, new) {
            return true;
        }
        new.truncate(before);
        false
    }

    /// Replaces the bound ids of `text` (as printed on the page) by the actual ones.
    fn to_actual(&self, text: &str) -> String {
        self.swap(text, |id| self.bound.get(id).cloned())
    }

    /// Replaces actual ids by the page's names for them.
    fn to_page(&self, text: &str) -> String {
        self.swap(text, |id| {
            self.bound
                .iter()
                .find(|(_, a)| a.as_str() == id)
                .map(|(e, _)| e.clone())
        })
    }

    fn swap(&self, text: &str, f: impl Fn(&str) -> Option<String>) -> String {
        let mut out = String::new();
        let mut i = 0;
        while i < text.len() {
            if text.is_char_boundary(i)
                && let Some(id) = id_at(text, i)
            {
                out.push_str(&f(id).unwrap_or_else(|| id.to_string()));
                i += 10;
                continue;
            }
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
        out
    }
}

fn have_tool(tool: &str) -> bool {
    Command::new(tool).arg("--version").output().is_ok()
}

/// Copies a folder (the demo store) without its lock file.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if src.is_dir() {
            copy_dir(&src, &dst);
        } else if entry.file_name() != "lock" {
            std::fs::copy(&src, &dst).unwrap();
        }
    }
}

/// One bash session in a scratch folder, fed one command at a time.
struct Session {
    dir: tempfile::TempDir,
    bash: std::process::Child,
    done: BufReader<std::process::ChildStdout>,
    count: usize,
    /// A Chinese page: a fresh machine there has a Chinese locale.
    chinese: bool,
}

impl Session {
    fn start(chinese: bool) -> Session {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for sub in ["data-example", "scripts", "docs"] {
            if repo().join(sub).is_dir() {
                copy_dir(&repo().join(sub), &root.join(sub));
            }
        }
        for sub in ["tmp", "home", "out"] {
            std::fs::create_dir_all(root.join(sub)).unwrap();
        }
        let hk = PathBuf::from(env!("CARGO_BIN_EXE_hk"));
        let path = format!(
            "{}:{}",
            hk.parent().unwrap().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let mut bash = Command::new("bash")
            .arg("--noprofile")
            .arg("--norc")
            .env_clear()
            .env("PATH", path)
            .env("HOME", root.join("home"))
            .env("LANG", "C.UTF-8")
            .env("TZ", "Asia/Shanghai")
            .env("HK_STORE", "data-example")
            .env("HK_IDENTITY", "data-example/demo-key.txt")
            .env("HK_NOW", HK_NOW)
            // The Chinese README's set-up exports HK_LANG=zh (an empty one is unset).
            .env("HK_LANG", if chinese { "zh" } else { "" })
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", root.join("home/.gitconfig"))
            .current_dir(root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("bash runs the examples");
        let done = BufReader::new(bash.stdout.take().unwrap());
        Session {
            dir,
            bash,
            done,
            count: 0,
            chinese,
        }
    }

    /// Runs one command; returns its output lines (stdout and stderr together) and code.
    fn run(&mut self, command: &str) -> (Vec<String>, i32) {
        let root = self.dir.path().display().to_string();
        let command = match command.strip_prefix("cargo run --locked -q -- ") {
            // A fresh clone has none of the README's exports.
            Some(args) if self.chinese => format!(
                "env -u HK_NOW -u HK_STORE -u HK_IDENTITY -u HK_LANG LANG=zh_CN.UTF-8 hk {args}"
            ),
            Some(args) => format!("env -u HK_NOW -u HK_STORE -u HK_IDENTITY hk {args}"),
            None => command.to_string(),
        };
        let command = command.replace("/tmp/", &format!("{root}/tmp/"));
        self.count += 1;
        let out = format!("{root}/out/{}", self.count);
        let script = format!(
            "(exit ${{__rc:-0}})\n{{ {command}\n}} >'{out}' 2>&1 </dev/null\n__rc=$?\necho \"__done $__rc\"\n"
        );
        let stdin = self.bash.stdin.as_mut().unwrap();
        stdin.write_all(script.as_bytes()).unwrap();
        stdin.flush().unwrap();
        let mut line = String::new();
        self.done.read_line(&mut line).unwrap();
        let code = line
            .trim()
            .strip_prefix("__done ")
            .and_then(|c| c.parse().ok())
            .unwrap_or_else(|| panic!("bash ended during `{command}`"));
        let text = String::from_utf8_lossy(&std::fs::read(&out).unwrap()).into_owned();
        let text = text.replace(&format!("{root}/tmp/"), "/tmp/");
        let mut lines: Vec<String> = text.lines().map(|l| l.trim_end().to_string()).collect();
        // A page cannot show trailing blank lines (they read as the gap before the next `$`).
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        (lines, code)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        drop(self.bash.stdin.take());
        let _ = self.bash.wait();
    }
}

/// Runs a page's examples; returns a report of each one that failed, and the page updated
/// with the actual output of those.
fn check_page(page: &Path, demo: &BTreeSet<String>) -> (Vec<String>, String) {
    let text = std::fs::read_to_string(page).unwrap();
    let examples = parse(&text);
    let mut ids = Ids {
        demo: demo.clone(),
        bound: BTreeMap::new(),
    };
    let mut session = Session::start(chinese(page));
    let mut failures = Vec::new();
    let mut updates: Vec<((usize, usize), Vec<String>)> = Vec::new();
    let name = page
        .strip_prefix(repo())
        .unwrap_or(page)
        .display()
        .to_string();
    for ex in &examples {
        // An example of the standard `age` tool is skipped where it is not installed, as
        // the other tests that need it are; CI installs it, so there it always runs.
        if let Some(tool) = ["age ", "iconv "]
            .iter()
            .find(|t| ex.command.starts_with(**t))
            && !have_tool(tool.trim())
        {
            assert!(
                std::env::var_os("CI").is_none(),
                "`{}` is missing on CI; .ci/run should install it",
                tool.trim()
            );
            eprintln!(
                "{name}:{}: skipped: `{}` is not installed",
                ex.line,
                tool.trim()
            );
            continue;
        }
        let (mut actual, code) = session.run(&ids.to_actual(&ex.command));
        let warning = |l: &String| DEMO_KEY_WARNING.iter().any(|w| l.contains(w));
        if !ex.expected.iter().any(warning) {
            actual.retain(|l| !warning(l));
        }
        let mut new = Vec::new();
        let output_ok = ids.lines_match(&ex.expected, &actual, &mut new);
        if output_ok {
            ids.bound.extend(new);
        }
        let shows_error = ex
            .expected
            .iter()
            .any(|l| l.starts_with("error:") || l.starts_with("错误："));
        let code_ok = ex.code_shown || (code != 0) == shows_error;
        if output_ok && code_ok {
            continue;
        }
        let mut report = format!("{name}:{}: $ {}\n", ex.line, ex.command);
        if !code_ok {
            report.push_str(&format!(
                "  exit code {code}, but the page {}\n",
                if shows_error {
                    "shows an error"
                } else {
                    "shows no `error:` line"
                }
            ));
        }
        if !output_ok {
            report.push_str("  --- page\n");
            for l in &ex.expected {
                report.push_str(&format!("  {l}\n"));
            }
            report.push_str("  +++ actual\n");
            for l in &actual {
                report.push_str(&format!("  {l}\n"));
            }
            let page_text = actual.iter().map(|l| ids.to_page(l)).collect();
            updates.push((ex.range, page_text));
        }
        failures.push(report);
    }
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for ((start, end), new_lines) in updates.into_iter().rev() {
        lines.splice(start..end, new_lines);
    }
    let mut updated = lines.join("\n");
    if text.ends_with('\n') {
        updated.push('\n');
    }
    (failures, updated)
}

#[test]
fn every_console_example_in_the_docs_prints_what_the_page_shows() {
    let demo = demo_ids();
    let update = std::env::var_os("HK_DOCS_UPDATE").is_some();
    let mut failures = Vec::new();
    let mut total = 0;
    let only = std::env::var("HK_DOCS_PAGE").ok();
    for page in pages() {
        if only
            .as_ref()
            .is_some_and(|o| !page.display().to_string().contains(o.as_str()))
        {
            continue;
        }
        total += parse(&std::fs::read_to_string(&page).unwrap()).len();
        let (page_failures, updated) = check_page(&page, &demo);
        if update && !page_failures.is_empty() {
            std::fs::write(&page, updated).unwrap();
        }
        failures.extend(page_failures);
    }
    assert!(total > 0, "no ```console examples found");
    assert!(
        failures.is_empty(),
        "{} of {total} documented example(s) differ from what hk prints:\n\n{}\n\
         If the new output is intended, `HK_DOCS_UPDATE=1 cargo test --test it docs::` writes it \
         into the pages; check the result with `git diff`.",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_chinese_readme_runs_the_same_examples() {
    let commands = |name: &str| -> Vec<String> {
        parse(&std::fs::read_to_string(repo().join(name)).unwrap())
            .into_iter()
            .map(|e| e.command)
            .collect()
    };
    assert_eq!(
        commands("README.md"),
        commands(README_ZH),
        "README.md and {README_ZH} drifted apart"
    );
}

#[test]
fn an_example_that_drifts_fails() {
    let page = "```console\n$ echo one\none\n$ echo c-zzzzzzzz two\nc-aaaaaaaa two\n$ echo c-zzzzzzzz\nc-aaaaaaaa\n$ false\n$ echo x; exit 3\nerror: x\n```\n";
    let examples = parse(page);
    assert_eq!(examples.len(), 5);
    let ids = Ids::default();
    let mut new = Vec::new();
    assert!(ids.lines_match(&examples[0].expected, &["one".into()], &mut new));
    assert!(!ids.lines_match(&examples[0].expected, &["two".into()], &mut new));
    assert!(!ids.lines_match(&examples[0].expected, &[], &mut new));
    // A new id binds once, and then must stay the same.
    assert!(ids.lines_match(&examples[1].expected, &["c-zzzzzzzz two".into()], &mut new));
    let bound = Ids {
        bound: new.into_iter().collect(),
        ..Ids::default()
    };
    let mut new = Vec::new();
    assert!(bound.lines_match(&examples[2].expected, &["c-zzzzzzzz".into()], &mut new));
    assert!(!bound.lines_match(&examples[2].expected, &["c-yyyyyyyy".into()], &mut new));
    assert_eq!(
        bound.to_actual("hk client show c-aaaaaaaa"),
        "hk client show c-zzzzzzzz"
    );
    // Elisions.
    let any = vec!["a [..] c".to_string(), "...".to_string(), "end".to_string()];
    let lines = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert!(ids.lines_match(&any, &lines(&["a b c", "x", "y", "end"]), &mut Vec::new()));
    assert!(ids.lines_match(&any, &lines(&["a  c", "end"]), &mut Vec::new()));
    assert!(!ids.lines_match(&any, &lines(&["a b d", "end"]), &mut Vec::new()));
    assert!(!ids.lines_match(&any, &lines(&["a b c", "end", "more"]), &mut Vec::new()));
    // Exit codes, in a real session.
    let mut session = Session::start(false);
    assert_eq!(session.run("false").1, 1);
    assert_eq!(session.run("echo $?").0, vec!["1".to_string()]);
    assert_eq!(session.run("export X=kept").1, 0);
    assert_eq!(
        session.run("echo $X; echo err >&2").0,
        lines(&["kept", "err"])
    );
    assert_eq!(
        session.run("echo hi > /tmp/f; cat /tmp/f").0,
        lines(&["hi"])
    );
}
