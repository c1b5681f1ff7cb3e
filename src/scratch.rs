//! Private scratch folders for plaintext that has to leave memory for a while: the
//! decrypted record an `$EDITOR` session works on (`hk client edit`).
//!
//! DESIGN §1.2 says plaintext never stays on disk, so a scratch folder is made to go away
//! whatever happens to the process:
//!
//! - It is `hk-edit-<pid>-<random>`, mode 0700, on `/dev/shm` (memory) where that exists,
//!   else in the temp dir. The pid in the name says which process owns it.
//! - Dropping the `Scratch` removes it (normal end, errors, unwinding panics).
//! - On SIGTERM, SIGHUP (what an ssh disconnect sends) and SIGINT a watcher thread removes
//!   every live folder, passes SIGTERM/SIGHUP on to the running editor, and exits with
//!   status 128 + the signal. While the editor runs, SIGINT is left to the editor, as git
//!   does: a Ctrl-C typed on the terminal reaches the editor too, and an editor that stops
//!   on it ends the session the normal way (folder removed), while one that uses Ctrl-C
//!   for itself (`ed`, vi's "cancel") keeps the user's unsaved work.
//! - What no handler can catch (SIGKILL, the OOM killer) is cleaned by the next `hk` run:
//!   `sweep_stale` removes this user's folders whose pid no longer runs.
//!
//! Signal dispositions belong to the whole process, so the list of live folders is
//! process-wide state; it lives here and nowhere else.

use std::fs;
use std::io;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// Every scratch folder starts with this, then `<pid>-<random>`.
pub const PREFIX: &str = "hk-edit-";
const SHM: &str = "/dev/shm";

/// What the signal watcher must clean up: the live folders and the running editor.
struct Live {
    dirs: Vec<PathBuf>,
    editor: Option<u32>,
}

static LIVE: Mutex<Live> = Mutex::new(Live {
    dirs: Vec::new(),
    editor: None,
});
static WATCHER: OnceLock<Result<(), String>> = OnceLock::new();

fn live() -> MutexGuard<'static, Live> {
    LIVE.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A private folder, removed on drop and on SIGTERM/SIGHUP/SIGINT.
#[derive(Debug)]
pub struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    /// Makes the folder on `/dev/shm` when it is there, else in `temp_dir`.
    pub fn create(temp_dir: &Path) -> io::Result<Scratch> {
        watch_signals()?;
        let shm = Path::new(SHM);
        let base = if shm.is_dir() { shm } else { temp_dir };
        // Held from mkdir to registration, so a signal cannot fall in between.
        let mut live = live();
        let dir = make_private_dir(base)?;
        live.dirs.push(dir.clone());
        Ok(Scratch { dir })
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Writes `text` to a new file `name` in the folder, readable by its owner only.
    pub fn write_file(&self, name: &str, text: &str) -> io::Result<PathBuf> {
        use std::io::Write;
        let path = self.dir.join(name);
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)?
            .write_all(text.as_bytes())?;
        Ok(path)
    }

    /// Runs `cmd` (the editor) and waits for it. Meanwhile a SIGTERM or SIGHUP to hk is
    /// passed on to it, and a SIGINT is left to it (see the module comment).
    pub fn run(&self, cmd: &mut Command) -> io::Result<ExitStatus> {
        let mut child = {
            let mut live = live();
            let child = cmd.spawn()?;
            live.editor = Some(child.id());
            child
        };
        let status = child.wait();
        live().editor = None;
        status
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let mut live = live();
        let _ = fs::remove_dir_all(&self.dir);
        live.dirs.retain(|d| d != &self.dir);
    }
}

/// Starts the signal watcher once per process.
fn watch_signals() -> io::Result<()> {
    let started = WATCHER.get_or_init(|| {
        let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT]).map_err(|e| e.to_string())?;
        std::thread::Builder::new()
            .name("hk-scratch-signals".into())
            .spawn(move || {
                for sig in signals.forever() {
                    on_signal(sig);
                }
            })
            .map(drop)
            .map_err(|e| e.to_string())
    });
    started
        .clone()
        .map_err(|e| io::Error::other(crate::t!("error-scratch-signals", problem = e)))
}

fn on_signal(sig: i32) {
    let live = live();
    if sig == SIGINT && live.editor.is_some() {
        return;
    }
    for dir in &live.dirs {
        let _ = fs::remove_dir_all(dir);
    }
    if sig != SIGINT
        && let Some(editor) = live.editor.and_then(|p| i32::try_from(p).ok())
        && let (Some(pid), Some(signal)) = (
            rustix::process::Pid::from_raw(editor),
            rustix::process::Signal::from_named_raw(sig),
        )
    {
        let _ = rustix::process::kill_process(pid, signal);
    }
    // The lock is still held: the main thread cannot make a new folder before the exit.
    std::process::exit(128 + sig);
}

fn make_private_dir(base: &Path) -> io::Result<PathBuf> {
    let pid = std::process::id();
    for _ in 0..16 {
        let dir = base.join(format!("{PREFIX}{pid}-{}", random_suffix()?));
        match fs::DirBuilder::new().mode(0o700).create(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        crate::t!("error-scratch-no-free-name", path = base.display()),
    ))
}

fn random_suffix() -> io::Result<String> {
    const CHARS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|e| io::Error::other(e.to_string()))?;
    Ok(bytes
        .iter()
        .map(|b| char::from(CHARS[usize::from(*b) % CHARS.len()]))
        .collect())
}

/// Removes the scratch folders that a killed hk left behind: in `/dev/shm` and in
/// `temp_dir`, owned by this user, whose pid no longer runs. Quiet and best effort:
/// one `read_dir` per place, and nothing decrypted.
pub fn sweep_stale(temp_dir: &Path) {
    let shm = Path::new(SHM);
    sweep_in(shm);
    if !temp_dir.as_os_str().is_empty() && temp_dir != shm {
        sweep_in(temp_dir);
    }
}

fn sweep_in(base: &Path) {
    let Ok(entries) = fs::read_dir(base) else {
        return;
    };
    let me = rustix::process::geteuid().as_raw();
    let own = std::process::id();
    for entry in entries.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(owner_pid) else {
            continue;
        };
        if pid == own || is_running(pid) {
            continue;
        }
        // Not followed: a symlink planted under the name is left alone.
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        if meta.is_dir() && meta.uid() == me {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// The pid in a scratch folder's name `hk-edit-<pid>-<random>`.
fn owner_pid(name: &str) -> Option<u32> {
    let (pid, random) = name.strip_prefix(PREFIX)?.split_once('-')?;
    if random.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Whether a process with this pid exists (`kill(pid, 0)`): no `/proc` needed, and a
/// process of another user (EPERM) counts as running.
fn is_running(pid: u32) -> bool {
    let Some(pid) = i32::try_from(pid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    else {
        return false;
    };
    match rustix::process::test_kill_process(pid) {
        Ok(()) => true,
        Err(e) => e != rustix::io::Errno::SRCH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_owner_pid_comes_from_the_name() {
        assert_eq!(owner_pid("hk-edit-4242-k2m9q4x0"), Some(4242));
        assert_eq!(owner_pid("hk-edit-4242-"), None);
        assert_eq!(owner_pid("hk-edit-4242"), None);
        // Folders of older versions (`hk-edit-` and random characters) carry no pid.
        assert_eq!(owner_pid("hk-edit-a1b2c3"), None);
        assert_eq!(owner_pid("hk-edit-+42-x"), None);
        assert_eq!(owner_pid("other-4242-x"), None);
    }

    #[test]
    fn this_process_runs_and_a_reaped_one_does_not() {
        assert!(is_running(std::process::id()));
        let mut child = Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        assert!(!is_running(pid));
    }

    #[test]
    fn a_scratch_folder_is_private_named_after_the_pid_and_removed_on_drop() {
        let tmp = tempfile::tempdir().unwrap();
        let scratch = Scratch::create(tmp.path()).unwrap();
        let dir = scratch.path().to_path_buf();
        let name = dir.file_name().unwrap().to_str().unwrap().to_string();
        assert_eq!(owner_pid(&name), Some(std::process::id()), "{name}");
        assert_eq!(fs::metadata(&dir).unwrap().mode() & 0o777, 0o700);
        let file = scratch
            .write_file("c-7k2m9q4x.toml", "name = \"王秀英\"\n")
            .unwrap();
        assert_eq!(fs::metadata(&file).unwrap().mode() & 0o777, 0o600);
        assert!(
            scratch.write_file("c-7k2m9q4x.toml", "").is_err(),
            "never overwrites"
        );
        drop(scratch);
        assert!(!dir.exists());
        assert!(!live().dirs.contains(&dir));
    }
}
