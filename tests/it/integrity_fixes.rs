//! Issue 7, "nothing lost, nothing leaked", through the real binary:
//!
//! - the plaintext copy of an `$EDITOR` session goes away when hk is stopped by a
//!   signal, and a copy left by a killed hk is removed by the next run;
//! - `hk client edit` keeps the rules of `hk client add` (no phone shared with another
//!   client unless `--allow-duplicate`; a phone or a WeChat id always);
//! - a visit's category changed twice leaves the client with the last one only;
//! - a survey is only about a visit that has happened.
//!
//! Every refusal is checked to change nothing on disk. The clock is the harness's:
//! 2026-11-22.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::TestEnv;
use crate::pty::Terminal;
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------
// Helpers

fn show(env: &TestEnv, id: &str) -> Value {
    serde_json::from_str(&env.ok(&["client", "show", id, "--format", "json", "--reveal"])).unwrap()
}

/// Paths that differ between two snapshots, rather than pages of ciphertext.
fn changed(
    before: &BTreeMap<PathBuf, Vec<u8>>,
    after: &BTreeMap<PathBuf, Vec<u8>>,
) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = before
        .keys()
        .chain(after.keys())
        .filter(|p| before.get(*p) != after.get(*p))
        .cloned()
        .collect();
    v.sort();
    v.dedup();
    v
}

fn assert_unchanged(env: &TestEnv, before: &BTreeMap<PathBuf, Vec<u8>>) {
    let c = changed(before, &env.snapshot());
    assert!(c.is_empty(), "the store changed: {c:?}");
}

/// Runs `hk args`, expects exit `code`, nothing on stdout, every `expect` on stderr,
/// no client's name or phone in it, and no file of the store changed.
fn refused(env: &TestEnv, code: i32, args: &[&str], expect: &[&str]) -> String {
    let before = env.snapshot();
    let out = env.run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(code), "hk {args:?}\n{stderr}");
    assert!(
        out.stdout.is_empty(),
        "hk {args:?} printed data while failing"
    );
    for e in expect {
        assert!(stderr.contains(e), "hk {args:?}: no `{e}` in\n{stderr}");
    }
    assert_no_personal_data(&stderr);
    assert_unchanged(env, &before);
    stderr
}

/// The names and phones these tests use never appear in a message.
fn assert_no_personal_data(text: &str) {
    for secret in [
        "王秀英",
        "李娜",
        "张伟",
        "13812345678",
        "13900001111",
        "13700002222",
    ] {
        assert!(!text.contains(secret), "personal data in a message: {text}");
    }
}

/// Polls `cond` every 50 ms for up to 30 s.
fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
    let start = Instant::now();
    while !cond() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Whether a process runs (a zombie does not count: it has ended).
fn alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => !stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}

fn send(signal: &str, pid: u32) {
    let status = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(pid.to_string())
        .status()
        .unwrap();
    assert!(status.success(), "kill -{signal} {pid}");
}

/// A pid that belonged to a process which has ended and been reaped.
fn dead_pid() -> u32 {
    let mut child = Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

/// `hk client edit ID` in the background, with `EDITOR` running `script` (`$1` is
/// the file to edit). Output goes to files, so an editor left running cannot hold a
/// pipe open.
fn spawn_edit(env: &TestEnv, id: &str, script: &str) -> Child {
    let path = env.write("editor.sh", script.as_bytes());
    env.std_cmd()
        .env("EDITOR", format!("sh {}", path.display()))
        .args(["client", "edit", id])
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(env.dir.path().join("hk.out")).unwrap())
        .stderr(std::fs::File::create(env.dir.path().join("hk.err")).unwrap())
        .spawn()
        .unwrap()
}

/// A script line that writes the file it was given and its own pid to `editor.log`
/// (atomically, so the test never reads half of it). Returns the line and the log.
fn report_line(env: &TestEnv) -> (String, PathBuf) {
    let log = env.dir.path().join("editor.log");
    let line = format!(
        "{{ echo \"$1\"; echo $$; }} > {log}.tmp && mv {log}.tmp {log}\n",
        log = log.display()
    );
    (line, log)
}

/// What `report_line` wrote: the edited file and the editor's pid.
fn reported(log: &Path) -> (PathBuf, u32) {
    wait_until("the editor to start", || log.exists());
    let text = std::fs::read_to_string(log).unwrap();
    let mut lines = text.lines();
    let file = PathBuf::from(lines.next().unwrap());
    let pid = lines.next().unwrap().parse().unwrap();
    (file, pid)
}

fn wait_exit(child: &mut Child) -> std::process::ExitStatus {
    let mut status = None;
    wait_until("hk to exit", || {
        status = child.try_wait().unwrap();
        status.is_some()
    });
    status.unwrap()
}

/// Removes a folder when dropped, so a failed test leaves nothing in /dev/shm.
struct RemoveOnDrop(Vec<PathBuf>);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        for p in &self.0 {
            let _ = std::fs::remove_dir_all(p);
        }
    }
}

// ---------------------------------------------------------------------------------
// A. No plaintext left behind

/// hk is sent `signal` while the editor has the decrypted copy open: the copy's folder
/// is removed, hk exits with 128 + the signal, the editor is stopped too, and the
/// record is as it was.
fn a_signal_during_the_editor_removes_the_plaintext(signal: &str, number: i32) {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let before = env.snapshot();
    let (report, log) = report_line(&env);
    // `exec`: the editor is this very process, so hk's signal reaches it.
    let script = format!(
        "{report}sed -i 's/^address = .*/address = \"北京市海淀区中关村大街27号\"/' \"$1\"\nexec sleep 60\n"
    );
    let mut hk = spawn_edit(&env, &wang, &script);
    let (file, editor) = reported(&log);
    let dir = file.parent().unwrap().to_path_buf();
    let _cleanup = RemoveOnDrop(vec![dir.clone()]);
    assert!(file.exists(), "the plaintext copy is there while editing");
    assert!(
        dir.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with(&format!("hk-edit-{}-", hk.id())),
        "the folder names its owner's pid: {dir:?}"
    );

    send(signal, hk.id());
    let status = wait_exit(&mut hk);
    assert_eq!(status.code(), Some(128 + number), "hk's exit status");
    assert!(!dir.exists(), "the plaintext folder is gone: {dir:?}");
    wait_until("the editor to stop", || !alive(editor));
    assert_unchanged(&env, &before);
    assert_ne!(show(&env, &wang)["address"], "北京市海淀区中关村大街27号");
}

#[test]
fn sigterm_during_the_editor_removes_the_plaintext() {
    a_signal_during_the_editor_removes_the_plaintext("TERM", 15);
}

#[test]
fn sighup_during_the_editor_removes_the_plaintext() {
    a_signal_during_the_editor_removes_the_plaintext("HUP", 1);
}

/// Ctrl-C on a terminal reaches the editor as well as hk; the editor decides (git does
/// the same). One that carries on keeps the user's work, and hk saves it and cleans up
/// when it exits.
#[test]
fn sigint_during_the_editor_is_left_to_the_editor() {
    let env = TestEnv::new();
    let wang = env.add_client(
        "王秀英",
        "13812345678",
        &["--address", "上海市浦东新区张江路88号"],
    );
    let (report, log) = report_line(&env);
    let go = env.dir.path().join("go");
    let script = format!(
        "{report}while [ ! -e {go} ]; do sleep 0.05; done\n\
         sed -i 's/^address = .*/address = \"北京市海淀区中关村大街27号\"/' \"$1\"\n",
        go = go.display()
    );
    let mut hk = spawn_edit(&env, &wang, &script);
    let (file, _) = reported(&log);
    let dir = file.parent().unwrap().to_path_buf();
    let _cleanup = RemoveOnDrop(vec![dir.clone()]);

    send("INT", hk.id());
    std::thread::sleep(Duration::from_millis(500));
    assert!(hk.try_wait().unwrap().is_none(), "hk waits for the editor");
    assert!(file.exists(), "the editor still has its file");
    std::fs::write(&go, "").unwrap();
    let status = wait_exit(&mut hk);
    let err = std::fs::read_to_string(env.dir.path().join("hk.err")).unwrap();
    assert!(status.success(), "{status:?}: {err}");
    assert!(!dir.exists(), "the folder is removed afterwards: {dir:?}");
    assert_eq!(show(&env, &wang)["address"], "北京市海淀区中关村大街27号");
}

/// SIGKILL cannot be caught: the folder stays until the next hk, whichever command it
/// runs, sees that its owner is gone.
#[test]
fn the_next_run_removes_what_a_killed_hk_left() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &[]);
    let (report, log) = report_line(&env);
    let mut hk = spawn_edit(&env, &wang, &format!("{report}exec sleep 60\n"));
    let (file, editor) = reported(&log);
    let dir = file.parent().unwrap().to_path_buf();
    let _cleanup = RemoveOnDrop(vec![dir.clone()]);
    send("KILL", hk.id());
    hk.wait().unwrap();
    send("KILL", editor);
    env.ok(&["--version"]);
    assert!(!dir.exists(), "the next run removed {dir:?}");
}

/// Planted folders: only those named after a pid that no longer runs, and owned by
/// this user, are removed; in `/dev/shm` and in `TMPDIR`. The pids are this test's own
/// and a reaped child's, so tests running in parallel cannot interfere.
#[test]
fn leftover_folders_of_ended_processes_are_swept_at_start_up() {
    let env = TestEnv::new();
    let tmp = env.dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let dead = dead_pid();
    let live = std::process::id();
    // Unique names: other tests (in this process or another) may plant in /dev/shm at
    // the same time.
    let tag = format!("t{}x{}", live, dead);
    let mut bases = vec![tmp.clone()];
    if Path::new("/dev/shm").is_dir() {
        bases.push(PathBuf::from("/dev/shm"));
    }
    let mut planted = Vec::new();
    for base in &bases {
        for name in [
            format!("hk-edit-{dead}-{tag}"),
            format!("hk-edit-{live}-{tag}"),
            // No pid in the name (an older hk), or not ours: left alone.
            format!("hk-edit-{tag}"),
            format!("hk-other-{dead}-{tag}"),
        ] {
            let d = base.join(name);
            std::fs::create_dir(&d).unwrap();
            std::fs::write(d.join("c-7k2m9q4x.toml"), "name = \"王秀英\"\n").unwrap();
            planted.push(d);
        }
    }
    let _cleanup = RemoveOnDrop(planted.clone());
    // Another user's folder with a dead pid stays (only root can make one).
    let foreign = tmp.join(format!("hk-edit-{}-{tag}foreign", dead_pid()));
    std::fs::create_dir(&foreign).unwrap();
    let is_root = std::os::unix::fs::chown(&foreign, Some(65534), Some(65534)).is_ok();

    let out = env
        .cmd()
        .env("TMPDIR", &tmp)
        .args(["client", "list"])
        .output()
        .unwrap();
    assert!(out.status.success());
    for base in &bases {
        assert!(
            !base.join(format!("hk-edit-{dead}-{tag}")).exists(),
            "the folder of an ended process is removed from {base:?}"
        );
        for kept in [
            format!("hk-edit-{live}-{tag}"),
            format!("hk-edit-{tag}"),
            format!("hk-other-{dead}-{tag}"),
        ] {
            assert!(
                base.join(&kept).join("c-7k2m9q4x.toml").exists(),
                "{kept} in {base:?}"
            );
        }
    }
    if is_root {
        assert!(foreign.exists(), "another user's folder is left alone");
    }
}

// ---------------------------------------------------------------------------------
// B. `client edit` keeps the rules of `client add`

/// 王秀英 and 李娜, each with a phone; returns the store and their ids.
fn two_clients() -> (TestEnv, String, String) {
    let env = TestEnv::new();
    let wang = env.add_client(
        "王秀英",
        "13812345678",
        &[
            "--address",
            "上海市浦东新区张江路88号",
            "--category",
            "家庭保洁",
        ],
    );
    let li = env.add_client("李娜", "13900001111", &["--category", "月嫂服务"]);
    (env, wang, li)
}

/// `hk client edit` in the `$EDITOR` mode, with `script` as the editor (`$1` is the
/// file) and `extra` arguments.
fn edit_with(env: &TestEnv, id: &str, script: &str, extra: &[&str]) -> std::process::Output {
    let path = env.write("editor.sh", script.as_bytes());
    env.cmd()
        .env("EDITOR", format!("sh {}", path.display()))
        .args(["client", "edit", id])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn edit_set_refuses_a_phone_another_client_has() {
    let (env, wang, li) = two_clients();
    let zhang = env.add_client("张伟", "13700002222", &[]);
    // In any spelling, alone or beside the client's own phone.
    for phones in [
        "phones=139 0000 1111",
        "phones=13812345678;+86 139-0000-1111",
    ] {
        let err = refused(
            &env,
            1,
            &["client", "edit", &wang, "--set", phones],
            &[
                &format!("client {li} already has this phone"),
                "nothing was changed",
                &format!("hk client show {li}"),
                "`--allow-duplicate`",
            ],
        );
        assert!(err.starts_with("error:"), "{err}");
    }
    // A third client cannot take it either.
    refused(
        &env,
        1,
        &["client", "edit", &zhang, "--set", "phones=13900001111"],
        &[&format!("client {li} already has this phone")],
    );
    // Unless the office says so.
    env.ok(&[
        "client",
        "edit",
        &wang,
        "--set",
        "phones=13812345678;13900001111",
        "--allow-duplicate",
    ]);
    assert_eq!(
        show(&env, &wang)["phones"],
        json!(["13812345678", "13900001111"])
    );
    // A phone shared already does not block other changes.
    env.ok(&[
        "client",
        "edit",
        &wang,
        "--set",
        "address=北京市海淀区中关村大街27号",
    ]);
    assert_eq!(show(&env, &wang)["address"], "北京市海淀区中关村大街27号");
}

#[test]
fn edit_set_refuses_to_leave_a_client_unreachable() {
    let (env, wang, _) = two_clients();
    for set in ["phones=", "phones= ; "] {
        refused(
            &env,
            2,
            &["client", "edit", &wang, "--set", set],
            &[
                "`--set`",
                "a client needs a phone or a WeChat id",
                "nothing was changed",
                "wechat",
            ],
        );
    }
    // With a WeChat id in its place, the phone can go.
    env.ok(&[
        "client",
        "edit",
        &wang,
        "--set",
        "phones=",
        "--set",
        "wechat=wxwang88",
    ]);
    let v = show(&env, &wang);
    assert_eq!(v["phones"], json!([]));
    assert_eq!(v["wechat"], "wxwang88");
    // And then the WeChat id cannot go.
    refused(
        &env,
        2,
        &["client", "edit", &wang, "--set", "wechat="],
        &["`--set`", "a client needs a phone or a WeChat id"],
    );
}

#[test]
fn editor_refuses_a_phone_another_client_has_then_allows_it_when_asked() {
    let (env, wang, li) = two_clients();
    let before = env.snapshot();
    let (report, log) = report_line(&env);
    let script = format!("{report}sed -i 's/^phones = .*/phones = [\"139-0000-1111\"]/' \"$1\"\n");
    let out = edit_with(&env, &wang, &script, &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for e in [
        &format!("clients/{wang}.toml.age: not saved"),
        &format!("client {li} already has this phone"),
        "nothing was changed",
        "`--allow-duplicate`",
    ] {
        assert!(err.contains(e), "no `{e}` in\n{err}");
    }
    assert_no_personal_data(&err);
    assert_unchanged(&env, &before);
    let (file, _) = reported(&log);
    assert!(
        !file.parent().unwrap().exists(),
        "the temp folder is removed"
    );

    let out = edit_with(&env, &wang, &script, &["--allow-duplicate"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(show(&env, &wang)["phones"], json!(["13900001111"]));
}

#[test]
fn editor_refuses_to_leave_a_client_unreachable() {
    let (env, wang, _) = two_clients();
    let before = env.snapshot();
    let out = edit_with(&env, &wang, "sed -i '/^phones = /d' \"$1\"\n", &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("clients/{wang}.toml.age: not saved")),
        "{err}"
    );
    assert!(
        err.contains("a client needs a phone or a WeChat id"),
        "{err}"
    );
    assert_no_personal_data(&err);
    assert_unchanged(&env, &before);
    // A WeChat id in the phone's place is fine.
    let out = edit_with(
        &env,
        &wang,
        "sed -i 's/^phones = .*/wechat = \"wxwang88\"/' \"$1\"\n",
        &[],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(show(&env, &wang)["wechat"], "wxwang88");
}

/// On a terminal, a record refused for the contact rules is shown with the reason and
/// the editor re-opens, as it does for a record that does not parse.
#[test]
fn on_a_terminal_the_editor_reopens_after_a_taken_phone() {
    let (env, wang, li) = two_clients();
    // First round: 李娜's phone. Second round: a new phone of 王秀英's own.
    let rounds = env.dir.path().join("rounds");
    let script = env.write(
        "editor.sh",
        format!(
            "echo x >> {rounds}\n\
             if [ $(wc -l < {rounds}) -eq 1 ]; then p=13900001111; else p=13812340000; fi\n\
             sed -i \"s/^phones = .*/phones = [\\\"$p\\\"]/\" \"$1\"\n",
            rounds = rounds.display()
        )
        .as_bytes(),
    );
    let editor = format!("sh {}", script.display());
    let Some(mut t) = Terminal::start(
        &env,
        &format!("client edit {wang}"),
        &[("EDITOR", editor.as_str())],
    ) else {
        return;
    };
    t.answer("Re-open the editor?", "y");
    let screen = t.finish();
    assert!(
        screen.contains(&format!("client {li} already has this phone")),
        "{screen}"
    );
    assert!(screen.contains("Re-open the editor?"), "{screen}");
    assert_eq!(
        std::fs::read_to_string(&rounds).unwrap().lines().count(),
        2,
        "{screen}"
    );
    assert_eq!(show(&env, &wang)["phones"], json!(["13812340000"]));
}

// ---------------------------------------------------------------------------------
// C. A visit's category changed twice

fn categories(env: &TestEnv, id: &str) -> Value {
    show(env, id)["categories"].clone()
}

#[test]
fn a_visit_category_changed_twice_leaves_the_client_with_the_last_one() {
    let env = TestEnv::new();
    // 家庭保洁 was chosen at intake; the visit took it as the client's only category.
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let visit = env.ok(&["visit", "add", &wang, "--date", "2026-11-20"]);
    let visit = visit.trim();
    env.ok(&["visit", "edit", visit, "--set", "category=保姆照顾"]);
    assert_eq!(categories(&env, &wang), json!(["nanny"]));
    let out = env.run(&["visit", "edit", visit, "--set", "category=月嫂服务"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "client {wang} no longer has the category 保姆照顾"
        )),
        "{err}"
    );
    assert_eq!(categories(&env, &wang), json!(["maternity-nurse"]));
}

#[test]
fn a_category_another_visit_uses_stays_on_the_client() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let li = env.add_client("李娜", "13900001111", &["--category", "家庭保洁"]);
    let first = env.ok(&["visit", "add", &wang, "--date", "2026-11-10"]);
    // A cancelled booking still counts: the client asked for that service.
    let second = env.ok(&["visit", "add", &wang, "--date", "2026-11-25"]);
    env.ok(&["visit", "cancel", second.trim()]);
    // 李娜's visit in 保姆照顾 is not 王秀英's.
    let other = env.ok(&["visit", "add", &li, "--date", "2026-11-12"]);
    env.ok(&["visit", "edit", other.trim(), "--set", "category=保姆照顾"]);

    env.ok(&["visit", "edit", first.trim(), "--set", "category=保姆照顾"]);
    assert_eq!(categories(&env, &wang), json!(["house-cleaning", "nanny"]));
    env.ok(&["visit", "edit", first.trim(), "--set", "category=月嫂服务"]);
    assert_eq!(
        categories(&env, &wang),
        json!(["house-cleaning", "maternity-nurse"]),
        "保姆照顾 had no other visit of 王秀英's"
    );
    // The same category in another spelling is no change at all.
    let before = env.snapshot();
    let out = env.run(&[
        "visit",
        "edit",
        first.trim(),
        "--set",
        "category=maternity-nurse",
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no changes"));
    assert_unchanged(&env, &before);
}

#[test]
fn an_unknown_category_for_a_visit_changes_nothing() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let visit = env.ok(&["visit", "add", &wang, "--date", "2026-11-20"]);
    refused(
        &env,
        2,
        &["visit", "edit", visit.trim(), "--set", "category=擦玻璃"],
        &["`--set`", "擦玻璃"],
    );
    assert_eq!(categories(&env, &wang), json!(["house-cleaning"]));
}

// ---------------------------------------------------------------------------------
// D. A survey is about a visit that has happened

/// 王秀英 with a visit done on 2026-11-20, one booked for 2026-11-25 and one cancelled;
/// returns the store, her id and the three visit ids.
fn client_with_visits() -> (TestEnv, String, [String; 3]) {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let add = |date: &str| {
        env.ok(&["visit", "add", &wang, "--date", date])
            .trim()
            .to_string()
    };
    let done = add("2026-11-20");
    let booked = add("2026-11-25");
    let cancelled = add("2026-11-18");
    env.ok(&["visit", "cancel", &cancelled]);
    (env, wang, [done, booked, cancelled])
}

#[test]
fn survey_add_refuses_a_visit_that_has_not_happened() {
    let (env, wang, [done, booked, cancelled]) = client_with_visits();
    let add = ["survey", "add", wang.as_str(), "--overall", "5"];
    refused(
        &env,
        2,
        &[&add[..], &["--visit", &booked]].concat(),
        &[
            "`--visit`",
            &format!("visit {booked} is scheduled, not done"),
            &format!("hk visit done {booked}"),
            "leave `--visit` out",
        ],
    );
    refused(
        &env,
        2,
        &[&add[..], &["--visit", &cancelled[..6]]].concat(),
        &[
            "`--visit`",
            &format!("visit {cancelled} is cancelled, not done"),
        ],
    );
    // Done, but after the day of the answers.
    refused(
        &env,
        2,
        &[&add[..], &["--visit", &done, "--date", "2026-11-15"]].concat(),
        &[
            "`--visit`",
            &format!("visit {done} starts on 2026-11-20, after the survey's date 2026-11-15"),
            "`--date`",
        ],
    );
    // The same visit on its own day, and later, is fine.
    for date in ["2026-11-20", "2026-11-22"] {
        env.ok(&[&add[..], &["--visit", &done, "--date", date]].concat());
    }
}

#[test]
fn a_follow_up_may_still_be_about_a_booked_visit() {
    let (env, wang, [_, booked, _]) = client_with_visits();
    env.ok(&[
        "followup",
        "log",
        &wang,
        "--channel",
        "phone",
        "--visit",
        &booked,
    ]);
}

#[test]
fn survey_import_refuses_a_visit_that_has_not_happened_by_line() {
    let (env, wang, [done, booked, _]) = client_with_visits();
    let csv = format!(
        "client,date,visit,overall,nps,comment\n\
         {wang},2026-11-21,{done},5,9,阿姨很细心\n\
         {wang},2026-11-21,{booked},4,8,还没来\n\
         {wang},2026-11-19,{done},3,6,日期早于服务\n"
    );
    let file = env.write("survey.csv", csv.as_bytes());
    let file = file.to_str().unwrap();
    let err = refused(
        &env,
        1,
        &["survey", "import", file],
        &[
            &format!("line 3, column `visit`: visit {booked} is scheduled, not done"),
            &format!(
                "line 4, column `visit`: visit {done} starts on 2026-11-20, after the survey's date 2026-11-19"
            ),
            "leave the cell empty",
        ],
    );
    assert!(!err.contains("line 2"), "{err}");

    // With --skip-invalid, the good row goes in and the two others to the rejects file.
    let rejects = env.dir.path().join("rejects.csv");
    env.ok(&[
        "survey",
        "import",
        file,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    let listed = env.ok(&["survey", "list", "--format", "csv"]);
    assert_eq!(
        listed.lines().count(),
        2,
        "a header and one survey:\n{listed}"
    );
    let rejected = std::fs::read_to_string(&rejects).unwrap();
    assert!(
        rejected.contains("还没来") && rejected.contains("日期早于服务"),
        "{rejected}"
    );
    assert!(!rejected.contains("阿姨很细心"), "{rejected}");
}

/// A visit id prefix in the file that fits two visits is refused, not read as whichever
/// visit came first.
#[test]
fn survey_import_refuses_an_ambiguous_visit_prefix() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    // Ids are random: add done visits until two share their first three characters
    // (32 kinds of third character, so 33 visits at most).
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let prefix = loop {
        let v = env.ok(&["visit", "add", &wang, "--date", "2026-11-20"]);
        let v = v.trim().to_string();
        if seen.insert(v[..3].to_string(), v.clone()).is_some() {
            break v[..3].to_string();
        }
        assert!(seen.len() <= 32, "{seen:?}");
    };
    let file = env.write(
        "survey.csv",
        format!("client,date,visit,overall\n{wang},2026-11-21,{prefix},5\n").as_bytes(),
    );
    refused(
        &env,
        1,
        &["survey", "import", file.to_str().unwrap()],
        &["line 2, column `visit`: the id prefix fits several visits"],
    );
}
