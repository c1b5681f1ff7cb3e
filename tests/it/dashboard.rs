//! `hk report dashboard`: the demo store's page rendered by a real browser (headless
//! Chromium) without a console message and not blank; its figures equal to the CSV of
//! the report each chart names; nothing of a client's in it; nothing loaded from the
//! network; and bad flags refused with nothing written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::TestEnv;

/// The demo store's morning.
const DEMO_NOW: &str = "2026-11-23";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A world whose store is a copy of the demo store, with the demo key as identity.
fn demo() -> TestEnv {
    let env = TestEnv::bare();
    crate::docs::copy_dir(&repo().join("data-example"), &env.store);
    std::fs::create_dir_all(env.key.parent().unwrap()).unwrap();
    std::fs::copy(repo().join("data-example/demo-key.txt"), &env.key).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&env.key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    env
}

/// Runs hk on the demo morning and expects success; returns stdout.
fn hk(env: &TestEnv, args: &[&str]) -> String {
    env.at(DEMO_NOW, args)
}

/// Writes the dashboard with `extra` flags and returns its HTML.
fn dashboard(env: &TestEnv, extra: &[&str]) -> String {
    let out = env.dir.path().join("dashboard.html");
    let mut args = vec!["report", "dashboard", "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    hk(env, &args);
    std::fs::read_to_string(&out).unwrap()
}

// ---- the browser ----

/// Debian's Chromium, when installed. CI installs it (`.ci/run`), so there a missing
/// browser is a failure, not a skip.
fn chromium() -> Option<&'static str> {
    for name in ["chromium", "chromium-browser"] {
        if Command::new(name)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
        {
            return Some(name);
        }
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "chromium is missing on CI; .ci/run should install it"
    );
    eprintln!("skipping: chromium is not installed (apt-get install chromium)");
    None
}

/// What headless Chromium made of a page: its console messages, the DOM after
/// loading, and a screenshot.
struct Rendered {
    console: Vec<String>,
    dom: String,
    png: Vec<u8>,
}

/// Runs headless Chromium once on `page` with `args` (plus the flags every run needs)
/// and returns its stdout and stderr; a browser that hangs is killed after a minute.
fn browse(browser: &str, page: &Path, args: &[&str]) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--no-first-run",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .env("HOME", profile.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!(
                "chromium did not finish within a minute on {}",
                page.display()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn render(browser: &str, page: &Path) -> Rendered {
    let shot = page.with_extension("png");
    let (_, log1) = browse(
        browser,
        page,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1200,1600",
        ],
    );
    let (dom, log2) = browse(browser, page, &["--dump-dom"]);
    // Chromium logs every console message of the page as `…:CONSOLE…] "text", source: …`.
    let console = format!("{log1}\n{log2}")
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_string)
        .collect();
    Rendered {
        console,
        dom,
        png: std::fs::read(&shot).unwrap_or_default(),
    }
}

#[test]
fn chromium_renders_the_demo_dashboard_without_errors() {
    let Some(browser) = chromium() else { return };
    let env = demo();
    dashboard(&env, &[]);
    let page = env.dir.path().join("dashboard.html");
    let r = render(browser, &page);
    assert!(r.console.is_empty(), "console messages: {:#?}", r.console);
    // The browser built the charts: every one of them is in the DOM it rendered.
    for id in [
        "csat-nps-by-month",
        "dimension-means",
        "satisfaction-by-staff",
        "clients-by-stage",
        "followups-by-month",
        "complaints-by-type",
    ] {
        let at = r
            .dom
            .find(&format!("<section id=\"{id}\""))
            .unwrap_or_else(|| panic!("no chart {id} in the DOM"));
        let chart = &r.dom[at..];
        let chart = &chart[..chart.find("</section>").unwrap()];
        assert!(chart.contains("<svg"), "{id} has no SVG");
        assert!(
            chart.contains("<rect") || chart.contains("<circle"),
            "{id} has no marks"
        );
    }
    // Not a blank page: a screenshot of an empty page of the same size is a few KB of
    // one colour; the charts make it many times larger.
    assert!(r.png.starts_with(b"\x89PNG"), "no screenshot");
    let blank = env.write("blank.html", b"<!DOCTYPE html><html><body></body></html>");
    let empty = render(browser, &blank);
    assert!(empty.console.is_empty(), "{:?}", empty.console);
    assert!(
        r.png.len() > 5 * empty.png.len().max(1),
        "the screenshot looks blank: {} bytes against {} for an empty page",
        r.png.len(),
        empty.png.len()
    );
}

/// The console check is not blind: a page with a script error fails it.
#[test]
fn the_console_check_catches_a_script_error() {
    let Some(browser) = chromium() else { return };
    let env = demo();
    let html = dashboard(&env, &[]);
    let broken = html.replace("</body>", "<script>undefinedFunction();</script></body>");
    let page = env.write("broken.html", broken.as_bytes());
    let r = render(browser, &page);
    assert!(
        r.console.iter().any(|l| l.contains("undefinedFunction")),
        "the injected error was not seen: {:#?}",
        r.console
    );
}

// ---- the figures ----

/// A chart as the page holds it: the command it names, its table (column keys, and
/// per row its key and cells) and the figures its marks' titles name.
#[derive(Debug)]
struct ChartText {
    command: String,
    keys: Vec<String>,
    labels: Vec<String>,
    rows: Vec<(String, String, Vec<String>)>,
    titles: Vec<String>,
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(a) = rest.find(open) {
        let after = &rest[a + open.len()..];
        let Some(b) = after.find(close) else { break };
        out.push(&after[..b]);
        rest = &after[b + close.len()..];
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn charts(html: &str) -> BTreeMap<String, ChartText> {
    let mut out = BTreeMap::new();
    for section in between(html, "<section id=\"", "</section>") {
        let id = section[..section.find('"').unwrap()].to_string();
        let command = unescape(between(section, "<p class=\"cmd\">$ ", "</p>")[0]);
        let head = between(section, "<thead>", "</thead>").concat();
        let keys = between(&head, "data-key=\"", "\"")
            .into_iter()
            .map(unescape)
            .collect();
        let labels = between(&head, "\">", "</th>")
            .into_iter()
            .map(unescape)
            .collect();
        let body = between(section, "<tbody>", "</tbody>").concat();
        let rows = between(&body, "<tr>", "</tr>")
            .into_iter()
            .map(|tr| {
                let key = unescape(between(tr, "data-key=\"", "\"")[0]);
                let label = unescape(between(tr, "\">", "</th>")[0]);
                let cells = between(tr, "<td>", "</td>")
                    .into_iter()
                    .map(unescape)
                    .collect();
                (key, label, cells)
            })
            .collect();
        let svg = between(section, "<svg", "</svg>").concat();
        let titles = between(&svg, "<title>", "</title>")
            .into_iter()
            .skip(1) // the chart's own title
            .map(unescape)
            .collect();
        out.insert(
            id,
            ChartText {
                command,
                keys,
                labels,
                rows,
                titles,
            },
        );
    }
    out
}

/// A CSV as rows of column key → value.
fn csv_rows(text: &str) -> Vec<BTreeMap<String, String>> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    lines
        .map(|l| {
            header
                .iter()
                .map(|h| h.to_string())
                .zip(l.split(',').map(str::to_string))
                .collect()
        })
        .collect()
}

/// The page's figures equal the CSV of the command each chart names, and each mark's
/// title names the figure of its table.
fn check_against_csv(env: &TestEnv, html: &str) -> usize {
    let charts = charts(html);
    assert_eq!(charts.len(), 8, "{:?}", charts.keys());
    let mut compared = 0;
    for (id, chart) in &charts {
        let args: Vec<&str> = chart
            .command
            .strip_prefix("hk ")
            .unwrap_or_else(|| panic!("{id}: {}", chart.command))
            .split(' ')
            .collect();
        let mut with_csv = args.clone();
        with_csv.extend(["--format", "csv"]);
        let csv = csv_rows(&hk(env, &with_csv));
        for (key, _, cells) in &chart.rows {
            for (k, cell) in chart.keys[1..].iter().zip(cells) {
                let expected = if id == "dimension-means" {
                    // One dimension per row: the CSV's one total row, column `key`.
                    csv[0][key.as_str()].clone()
                } else {
                    let row = csv
                        .iter()
                        .find(|r| r[chart.keys[0].as_str()] == *key)
                        .unwrap_or_else(|| panic!("{id}: no row `{key}` in {csv:?}"));
                    row[k.as_str()].clone()
                };
                let expected = if expected.is_empty() {
                    "NA".to_string()
                } else {
                    expected
                };
                assert_eq!(cell, &expected, "{id}, row {key}, column {k}");
                compared += 1;
            }
        }
        // Every mark is titled `row: column value`, with the table's figure.
        assert!(!chart.titles.is_empty() || chart.rows.is_empty(), "{id}");
        for t in &chart.titles {
            let (row, rest) = t.split_once(": ").unwrap();
            let (col, value) = rest.rsplit_once(' ').unwrap();
            let r = chart.rows.iter().find(|r| r.1 == row).unwrap();
            let c = chart.labels.iter().position(|l| l == col).unwrap();
            assert_eq!(r.2[c - 1], value, "{id}: {t}");
        }
    }
    compared
}

#[test]
fn the_figures_are_the_reports_figures() {
    let env = demo();
    let html = dashboard(&env, &[]);
    let compared = check_against_csv(&env, &html);
    assert!(compared > 50, "only {compared} figures compared");
    // Spot checks worked out from the demo store's CSV by hand.
    let charts = charts(&html);
    let csat = &charts["csat-nps-by-month"];
    assert_eq!(csat.command, "hk report satisfaction --by month");
    assert!(
        csat.titles
            .contains(&"2026-11: 满意率% CSAT 87.50".to_string())
    );
    assert!(
        charts["clients-by-stage"]
            .rows
            .iter()
            .all(|(k, _, _)| k != "total"),
        "the total row is not a stage"
    );
}

#[test]
fn a_period_reaches_every_chart() {
    let env = demo();
    let html = dashboard(&env, &["--from", "2026-09", "--to", "2026-11"]);
    check_against_csv(&env, &html);
    let charts = charts(&html);
    assert_eq!(
        charts["followups-by-month"].command,
        "hk report followups --from 2026-09-01 --to 2026-11-30"
    );
    let months: Vec<&str> = charts["followups-by-month"]
        .rows
        .iter()
        .map(|r| r.0.as_str())
        .collect();
    assert_eq!(months, ["2026-09", "2026-10", "2026-11"]);
    assert!(html.contains("period: 2026-09-01 to 2026-11-30"), "{html}");
}

// ---- what the page never holds ----

#[test]
fn no_client_data_and_nothing_from_the_network() {
    let env = demo();
    let html = dashboard(&env, &[]);
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(!html.to_lowercase().contains("<script"));
    assert!(
        !html.contains("src=") && !html.contains("url("),
        "loads nothing"
    );
    // Every client's name, phone, WeChat id, address and ID number in the demo store.
    let export = csv_rows(&hk(&env, &["client", "export"]));
    assert!(export.len() > 10);
    let mut personal: Vec<String> = Vec::new();
    for c in &export {
        for field in ["name", "wechat", "address", "id_number"] {
            personal.push(c[field].clone());
        }
        personal.extend(c["phones"].split("; ").map(str::to_string));
    }
    for p in personal.iter().filter(|p| !p.is_empty()) {
        assert!(!html.contains(p.as_str()), "the page holds `{p}`");
    }
    // No record id of any kind (clients, visits, follow-ups, surveys, complaints, staff).
    let mut ids = Vec::new();
    collect_ids(&env.store, &mut ids);
    assert!(ids.len() > 50);
    for id in &ids {
        assert!(!html.contains(id.as_str()), "the page holds the id `{id}`");
    }
    // Staff names are allowed, and there.
    assert!(html.contains("刘阿姨"));
}

fn collect_ids(dir: &Path, ids: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_ids(&p, ids);
        } else if let Some(id) = p
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".toml.age"))
        {
            ids.push(id.to_string());
        }
    }
}

// ---- bad input ----

#[test]
fn bad_flags_are_refused_and_nothing_is_written() {
    let env = demo();
    let missing = env.dir.path().join("no-such-folder/dash.html");
    let err = env.refused(
        2,
        &["report", "dashboard", "--out", missing.to_str().unwrap()],
    );
    assert!(
        err.contains("`--out`") && err.contains("does not exist"),
        "{err}"
    );
    assert!(err.contains("hint:"), "{err}");
    assert!(!missing.parent().unwrap().exists());

    let out = env.dir.path().join("dash.html");
    let out_s = out.to_str().unwrap();
    let err = env.refused(
        2,
        &["report", "dashboard", "--out", out_s, "--from", "2026-13"],
    );
    assert!(err.contains("`--from`"), "{err}");
    let err = env.refused(
        2,
        &[
            "report",
            "dashboard",
            "--out",
            out_s,
            "--from",
            "2026-11",
            "--to",
            "2026-10",
        ],
    );
    assert!(err.contains("after"), "{err}");
    let err = env.refused(
        2,
        &["report", "dashboard", "--out", out_s, "--from", "2027-01"],
    );
    assert!(err.contains("after `--to`"), "{err}");
    assert!(!out.exists(), "a refused command wrote the page");

    // A folder as --out, and a file standing where the folder should be.
    let err = env.refused(
        2,
        &[
            "report",
            "dashboard",
            "--out",
            env.dir.path().to_str().unwrap(),
        ],
    );
    assert!(err.contains("is a folder"), "{err}");
    let file = env.write("plain-file", b"x");
    let inside = file.join("dash.html");
    let err = env.refused(
        2,
        &["report", "dashboard", "--out", inside.to_str().unwrap()],
    );
    assert!(err.contains("is not a folder"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), b"x");

    // A folder nobody may create files in (even root, on Linux).
    if Path::new("/proc/self").exists() {
        let err = env.refused(1, &["report", "dashboard", "--out", "/proc/dash.html"]);
        assert!(err.contains("cannot write `/proc/dash.html`"), "{err}");
        assert!(!err.contains(".hk-tmp"), "names its temp file: {err}");
    }
}

#[test]
fn the_page_replaces_an_old_one_whole_and_says_where_it_went() {
    let env = demo();
    let out = env.write("dash.html", b"old page");
    let res = env
        .cmd()
        .env("HK_NOW", DEMO_NOW)
        .args(["report", "dashboard", "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(res.status.success());
    assert!(
        res.stdout.is_empty(),
        "the page goes to the file, not stdout"
    );
    let err = String::from_utf8_lossy(&res.stderr);
    assert!(
        err.lines()
            .any(|l| l == format!("wrote {} (8 charts, as of 2026-11-23)", out.display())),
        "{err}"
    );
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.ends_with("</html>\n"));
    // No temp file is left beside it.
    let left: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".hk-tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn an_empty_store_gets_a_page_that_says_there_is_no_data() {
    let env = TestEnv::new();
    let out = env.dir.path().join("dash.html");
    env.ok(&["report", "dashboard", "--out", out.to_str().unwrap()]);
    let html = std::fs::read_to_string(&out).unwrap();
    // Stages and follow-up months still have rows (of zeros); the rest say so.
    assert!(
        html.matches("No data in this period.").count() >= 3,
        "{html}"
    );
    assert!(html.contains("<section id=\"clients-by-stage\">"));
}
