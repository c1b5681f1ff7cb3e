//! Issue 7, no plaintext left behind, through the real binary: the decrypted copy of
//! an `$EDITOR` session goes away when hk is stopped by a signal (SIGINT is left to the
//! editor), and a copy left by a killed hk, or by any ended process, is removed by the
//! next run. The shared helpers are in `integrity_fixes`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::common::TestEnv;
use crate::integrity_fixes::{assert_unchanged, report_line, reported, show, wait_until};

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
