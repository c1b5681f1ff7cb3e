//! Crash tests, in the manner of SQLite's: kill `hk` at many points of an import
//! (failpoints at each step of the journal, and real `kill -9` at moments seen from
//! outside) and check that after the next hk command the store holds all rows or
//! none, no temp file, a clean `git status`, and one commit per successful command.
//!
//! `scripts/crash-loop.sh` runs a longer random-kill loop on a release build.

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::*;

const ROWS: usize = 120;

const SURNAMES: [&str; 10] = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"];
const GIVEN: [&str; 8] = ["秀英", "娜", "伟", "芳", "静", "丽", "强", "敏"];

/// A client sheet with Chinese headers and `n` rows of distinct phones.
fn clients_csv(n: usize) -> String {
    let mut s = String::from("姓名,手机,地址,服务类型\n");
    for i in 0..n {
        s.push_str(&format!(
            "{}{},139{:08},上海市浦东新区张江路{}号,家庭保洁\n",
            SURNAMES[i % SURNAMES.len()],
            GIVEN[i % GIVEN.len()],
            i,
            i + 1
        ));
    }
    s
}

/// One visit per client of `clients_csv(n)`, spread over two months.
fn visits_csv(n: usize) -> String {
    let mut s = String::from("手机,日期,服务类型,服务人员,价格\n");
    for i in 0..n {
        s.push_str(&format!(
            "139{:08},2026-{}-{:02},家庭保洁,张阿姨,{}\n",
            i,
            10 + i % 2,
            i % 28 + 1,
            200 + i
        ));
    }
    s
}

/// Record files under one folder of the store.
fn count(env: &TestEnv, folder: &str) -> usize {
    fn walk(dir: &Path) -> usize {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return 0;
        };
        entries
            .map(|e| e.unwrap().path())
            .map(|p| {
                if p.is_dir() {
                    walk(&p)
                } else {
                    usize::from(p.to_string_lossy().ends_with(".toml.age"))
                }
            })
            .sum()
    }
    walk(&env.store.join(folder))
}

/// No temp file and no journal anywhere; in a git store, a clean `git status`.
fn assert_settled(env: &TestEnv, git_store: bool) {
    let snapshot = env.snapshot();
    let stray: Vec<_> = snapshot
        .keys()
        .filter(|p| {
            let s = p.to_string_lossy();
            s.contains(".hk-tmp-") || s.starts_with(".hk/journal")
        })
        .collect();
    assert!(stray.is_empty(), "left behind: {stray:?}");
    if git_store {
        let status = env.git(&["status", "--porcelain", "--untracked-files=all"]);
        assert!(status.is_empty(), "git status is not clean:\n{status}");
    }
}

fn world(git_store: bool) -> TestEnv {
    if git_store {
        TestEnv::with_git()
    } else {
        TestEnv::new()
    }
}

/// Runs `hk args` with `HK_CRASH=point` and checks it died there.
fn crash_at(env: &TestEnv, point: &str, args: &[&str]) {
    let out = env
        .cmd()
        .env("HK_CRASH", point)
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.signal(),
        Some(6),
        "hk {args:?} did not die at `{point}`: {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The next command after a crash: settles the store and says what it did.
fn next_command(env: &TestEnv) -> String {
    let out = env.run(&["client", "list", "--format", "csv"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_client_import_killed_at_any_step_leaves_all_rows_or_none() {
    let points: &[(&str, bool)] = &[
        // (failpoint, whether the rows are in the store afterwards)
        ("prepare", false),
        ("prepared", true),
        ("rename-1", true),
        ("rename-60", true),
        ("renamed", true),
        ("staged", true),
        ("committed", true),
    ];
    for git_store in [false, true] {
        for &(point, all) in points {
            if !git_store && matches!(point, "staged" | "committed") {
                continue;
            }
            let env = world(git_store);
            let file = env.write("客户.csv", clients_csv(ROWS).as_bytes());
            let file = file.to_str().unwrap();
            let commits_before = if git_store { env.commits() } else { 0 };
            crash_at(&env, point, &["client", "import", file]);
            let notice = next_command(&env);
            let ctx = format!("point {point}, git {git_store}");
            assert_eq!(count(&env, "clients"), if all { ROWS } else { 0 }, "{ctx}");
            assert_settled(&env, git_store);
            if all {
                assert!(
                    notice.contains("finished `client import"),
                    "{ctx}: {notice}"
                );
            }
            if git_store {
                assert_eq!(env.commits(), commits_before + usize::from(all), "{ctx}");
            }
            // Running the import again completes it exactly once.
            let out = env.run(&["client", "import", file]);
            assert!(
                out.status.success(),
                "{ctx}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert_eq!(count(&env, "clients"), ROWS, "{ctx}");
            assert_settled(&env, git_store);
            if git_store {
                assert_eq!(env.commits(), commits_before + 1, "{ctx}");
                let subject = env.git(&["log", "-1", "--format=%s"]);
                assert_eq!(subject.trim(), format!("client import ({ROWS} clients)"));
            }
        }
    }
}

#[test]
fn a_visit_import_killed_at_any_step_leaves_all_rows_or_none() {
    for (point, all) in [("prepare", false), ("rename-1", true), ("staged", true)] {
        let env = world(true);
        let clients = env.write("客户.csv", clients_csv(40).as_bytes());
        env.ok(&["client", "import", clients.to_str().unwrap()]);
        let visits = env.write("服务记录.csv", visits_csv(40).as_bytes());
        let visits = visits.to_str().unwrap();
        let commits_before = env.commits();
        crash_at(&env, point, &["visit", "import", visits]);
        next_command(&env);
        assert_eq!(count(&env, "visits"), if all { 40 } else { 0 }, "{point}");
        assert_settled(&env, true);
        assert_eq!(env.commits(), commits_before + usize::from(all), "{point}");
        env.ok(&["visit", "import", visits]);
        assert_eq!(count(&env, "visits"), 40, "{point}");
        assert_settled(&env, true);
        assert_eq!(env.commits(), commits_before + 1, "{point}");
    }
}

/// Starts `hk client import FILE` in the background.
fn spawn_import(env: &TestEnv, file: &Path) -> std::process::Child {
    env.std_cmd()
        .args(["client", "import", file.to_str().unwrap()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

/// Kills `child` with SIGKILL as soon as `ready` holds (or after 20 s).
fn kill_when(child: &mut std::process::Child, ready: impl Fn() -> bool) {
    let start = Instant::now();
    while !ready() && start.elapsed() < Duration::from_secs(20) {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn kill_9_right_after_the_first_record_appears_or_while_git_runs() {
    for git_store in [false, true] {
        let env = world(git_store);
        let file = env.write("客户.csv", clients_csv(400).as_bytes());
        let commits_before = if git_store { env.commits() } else { 0 };
        let mut child = spawn_import(&env, &file);
        kill_when(&mut child, || count(&env, "clients") > 0);
        next_command(&env);
        let n = count(&env, "clients");
        assert!(n == 0 || n == 400, "{n} of 400 rows after kill -9");
        assert_settled(&env, git_store);
        if git_store {
            assert_eq!(env.commits(), commits_before + usize::from(n == 400));
        }
    }
    // While git runs: its index lock is the sign.
    let env = world(true);
    let file = env.write("客户.csv", clients_csv(400).as_bytes());
    let lock = env.store.join(".git/index.lock");
    let mut child = spawn_import(&env, &file);
    kill_when(&mut child, || lock.exists());
    next_command(&env);
    assert_eq!(count(&env, "clients"), 400);
    assert_settled(&env, true);
    assert_eq!(env.commits(), 2, "init, then the import, once");
}

#[test]
fn kill_9_at_random_moments_never_leaves_part_of_an_import() {
    let env = world(true);
    let file = env.write("客户.csv", clients_csv(300).as_bytes());
    let mut expected_commits = env.commits();
    for delay_ms in [2, 10, 30, 60, 120, 250] {
        // Each round starts from an empty store of clients.
        let before = count(&env, "clients");
        let mut child = spawn_import(&env, &file);
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        next_command(&env);
        let n = count(&env, "clients");
        assert!(
            n == before || n == 300,
            "{n} rows after a kill at {delay_ms} ms"
        );
        assert_settled(&env, true);
        if n != before {
            expected_commits += 1;
        }
        assert_eq!(env.commits(), expected_commits, "kill at {delay_ms} ms");
        if n == 300 {
            // Start the next round from nothing again, in one commit.
            for f in std::fs::read_dir(env.store.join("clients")).unwrap() {
                let p = f.unwrap().path();
                if p.to_string_lossy().ends_with(".toml.age") {
                    std::fs::remove_file(p).unwrap();
                }
            }
            env.git(&["add", "-A", "clients"]);
            env.git(&[
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t",
                "commit",
                "-qm",
                "reset",
            ]);
            expected_commits += 1;
        }
    }
}
