//! The store's git integration: one commit per changing command, ids only in the message.
//!
//! Paths reach git on standard input (`--pathspec-from-file`), never on the command
//! line, so a commit of 150,000 records does not hit the kernel's argument limit. git's
//! own lock (`.git/index.lock`) is waited for with a bound: a `git status` in another
//! terminal takes it for a moment, a crashed git leaves it behind for good.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long a commit waits for another git to let go of the index.
pub const LOCK_WAIT: Duration = Duration::from_secs(10);

#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("{}", crate::t!("git-not-runnable", problem = .0.to_string()))]
    NotRunnable(std::io::Error),
    #[error("{}", crate::t!("git-busy", path = .0.display()))]
    Busy(PathBuf),
    #[error("{}", crate::t!("git-failed", command = .command, stderr = .stderr))]
    Failed { command: String, stderr: String },
}

/// Whether `dir` is the top folder of its own git work tree. hk commits only then:
/// a store that merely sits inside another repository (the demo store inside hk's
/// own source tree, a folder in someone's home repository) is not committed to.
pub fn is_repo_root(dir: &Path) -> bool {
    let Ok(out) = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["rev-parse", "--show-toplevel"])
        .output()
    else {
        return false;
    };
    if !out.status.success() {
        return false;
    }
    let top = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    match (top.canonicalize(), dir.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The trailer that marks a commit as hk's own (`hk undo` reverts only those). Its
/// value is the hk version that made the commit.
pub const MARK: &str = "Hk-Version";

/// A commit message with hk's trailer (see `MARK`) as its last paragraph.
pub fn mark(message: &str) -> String {
    format!(
        "{}\n\n{MARK}: {}\n",
        message.trim_end(),
        env!("CARGO_PKG_VERSION")
    )
}

/// Runs git in `dir`; the error carries git's own message (which holds paths and
/// ids only, never record contents).
pub fn run(dir: &Path, args: &[&str]) -> Result<String, GitError> {
    run_with_input(dir, args, None)
}

fn run_with_input(dir: &Path, args: &[&str], input: Option<&[u8]>) -> Result<String, GitError> {
    run_bytes(dir, args, input).map(|out| String::from_utf8_lossy(&out).trim().to_string())
}

/// Runs git and returns its standard output as bytes, untouched (blobs are ciphertext).
pub fn run_bytes(dir: &Path, args: &[&str], input: Option<&[u8]>) -> Result<Vec<u8>, GitError> {
    run_env(dir, args, input, &[])
}

/// Runs git with extra environment variables (for the drivers it starts), returning
/// its standard output as bytes.
pub fn run_env(
    dir: &Path,
    args: &[&str],
    input: Option<&[u8]>,
    env: &[(&str, &std::ffi::OsStr)],
) -> Result<Vec<u8>, GitError> {
    let mut cmd = Command::new("git");
    cmd.envs(env.iter().copied());
    cmd.arg("-C")
        .arg(dir)
        .arg("--literal-pathspecs")
        .args(args)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(GitError::NotRunnable)?;
    let stdin = child.stdin.take();
    // Input is fed from another thread while the output is read: `cat-file --batch`
    // answers as it reads, and would block on a full pipe otherwise.
    let out = std::thread::scope(|s| {
        if let (Some(bytes), Some(mut stdin)) = (input, stdin) {
            // A git that exits early closes the pipe; its own error then tells why.
            s.spawn(move || {
                let _ = stdin.write_all(bytes);
            });
        }
        child.wait_with_output()
    })
    .map_err(GitError::NotRunnable)?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        let command = args
            .iter()
            .find(|a| !a.starts_with('-') && !a.contains('='))
            .copied()
            .unwrap_or("")
            .to_string();
        Err(GitError::Failed {
            command,
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        })
    }
}

/// Where this repository's index lock lives (`.git/index.lock`, or the worktree's).
fn index_lock(dir: &Path) -> PathBuf {
    run(dir, &["rev-parse", "--git-path", "index.lock"])
        .map(|p| dir.join(p))
        .unwrap_or_else(|_| dir.join(".git/index.lock"))
}

/// Waits until no other git holds the index, for at most `wait`.
pub fn wait_for_index(dir: &Path, wait: Duration) -> Result<(), GitError> {
    let lock = index_lock(dir);
    let start = Instant::now();
    while lock.exists() {
        if start.elapsed() >= wait {
            return Err(GitError::Busy(relative(dir, &lock)));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

fn relative(dir: &Path, p: &Path) -> PathBuf {
    p.strip_prefix(dir)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| p.to_path_buf())
}

/// Runs a git command that takes the index lock, retrying while another git holds
/// it, until `deadline`.
fn run_locked(
    dir: &Path,
    args: &[&str],
    input: Option<&[u8]>,
    deadline: Instant,
) -> Result<String, GitError> {
    let lock = index_lock(dir);
    loop {
        match run_with_input(dir, args, input) {
            Ok(out) => return Ok(out),
            // git says "Unable to create '…/index.lock': File exists" and exits 128,
            // as it does for other failures: its message, or the lock itself still
            // being there, is the only sign that another git was in the way.
            Err(GitError::Failed { stderr, .. })
                if lock.exists() || stderr.contains("index.lock") =>
            {
                if Instant::now() >= deadline {
                    return Err(GitError::Busy(relative(dir, &lock)));
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => return Err(e),
        }
    }
}

/// NUL-separated paths for `--pathspec-from-file=- --pathspec-file-nul`.
fn pathspec(paths: &[PathBuf]) -> Vec<u8> {
    let mut out = Vec::new();
    for p in paths {
        out.extend_from_slice(p.to_string_lossy().as_bytes());
        out.push(0);
    }
    out
}

/// Stages exactly `paths` (relative to `dir`), removals included. `update-index`
/// takes the paths as they are, without pathspec matching, whose cost grows with
/// paths × files (minutes for a rewrap of 150,000 records).
pub fn stage(dir: &Path, paths: &[PathBuf], deadline: Instant) -> Result<(), GitError> {
    if paths.is_empty() {
        return Ok(());
    }
    run_locked(
        dir,
        &["update-index", "--add", "--remove", "-z", "--stdin"],
        Some(&pathspec(paths)),
        deadline,
    )
    .map(|_| ())
}

/// What the index holds that HEAD does not, split into our paths and the rest.
#[derive(Debug)]
pub struct Staged {
    pub ours: Vec<PathBuf>,
    /// How many staged paths are not ours (the user's own staging).
    pub others: usize,
}

/// Which of `paths` are staged (differ between the index and HEAD), and whether
/// anything else is.
pub fn staged(dir: &Path, paths: &[PathBuf]) -> Result<Staged, GitError> {
    let has_head = run(dir, &["rev-parse", "--verify", "--quiet", "HEAD"]).is_ok();
    let out = if has_head {
        run(
            dir,
            &["diff", "--cached", "--name-only", "--no-renames", "-z"],
        )?
    } else {
        run(dir, &["ls-files", "-z"])?
    };
    let all: std::collections::HashSet<&str> = out.split('\0').filter(|s| !s.is_empty()).collect();
    let ours: Vec<PathBuf> = paths
        .iter()
        .filter(|p| all.contains(p.to_string_lossy().as_ref()))
        .cloned()
        .collect();
    Ok(Staged {
        others: all.len().saturating_sub(ours.len()),
        ours,
    })
}

/// Commits what `staged` found of our paths, with the message in `message_file` (a
/// file: a big batch's message would not fit on a command line). Nothing else the
/// user may have staged is swept into the commit: when there is such a thing, the
/// commit names our paths (a pathspec, slow for huge batches); when the index holds
/// only ours, a plain commit takes them at once. Falls back to a neutral author when
/// none is configured, so that a cron job on a fresh machine still commits.
pub fn commit_staged(
    dir: &Path,
    staged: &Staged,
    message_file: &Path,
    deadline: Instant,
) -> Result<(), GitError> {
    let file = message_file.to_string_lossy();
    let only = (staged.others > 0).then_some(staged.ours.as_slice());
    commit_with(dir, only, &["-F", &file], deadline)
}

/// `git commit` of `only` these paths when given, else of the whole index.
fn commit_with(
    dir: &Path,
    only: Option<&[PathBuf]>,
    message_args: &[&str],
    deadline: Instant,
) -> Result<(), GitError> {
    let mut args: Vec<&str> = Vec::new();
    let configured = run(dir, &["config", "user.email"]).is_ok_and(|s| !s.is_empty());
    if !configured {
        args.extend(["-c", "user.name=hk", "-c", "user.email=hk@localhost"]);
    }
    args.extend(["commit", "--quiet", "--cleanup=verbatim"]);
    args.extend(message_args);
    let input = only.map(pathspec);
    if input.is_some() {
        args.extend(["--pathspec-from-file=-", "--pathspec-file-nul"]);
    }
    run_locked(dir, &args, input.as_deref(), deadline).map(|_| ())
}

/// Stages and commits `paths` with a short `message`: the whole of a simple commit
/// (used by `hk init`).
pub fn commit(dir: &Path, paths: &[PathBuf], message: &str) -> Result<(), GitError> {
    let deadline = Instant::now() + LOCK_WAIT;
    stage(dir, paths, deadline)?;
    commit_with(dir, Some(paths), &["-m", message], deadline)
}

/// Unstages `paths` (back to HEAD), after a write was rolled back.
pub fn unstage(dir: &Path, paths: &[PathBuf], deadline: Instant) -> Result<(), GitError> {
    if paths.is_empty() || run(dir, &["rev-parse", "--verify", "--quiet", "HEAD"]).is_err() {
        // Without a HEAD there is nothing to reset to; `rm --cached` drops new entries.
        if !paths.is_empty() {
            run_locked(
                dir,
                &[
                    "rm",
                    "--cached",
                    "--quiet",
                    "--ignore-unmatch",
                    "-r",
                    "--pathspec-from-file=-",
                    "--pathspec-file-nul",
                ],
                Some(&pathspec(paths)),
                deadline,
            )?;
        }
        return Ok(());
    }
    run_locked(
        dir,
        &[
            "reset",
            "--quiet",
            "--pathspec-from-file=-",
            "--pathspec-file-nul",
        ],
        Some(&pathspec(paths)),
        deadline,
    )
    .map(|_| ())
}

/// The newest commit in HEAD's history that hk made (it carries the `MARK` trailer),
/// if any.
pub fn last_marked(dir: &Path) -> Result<Option<String>, GitError> {
    if run(dir, &["rev-parse", "--verify", "--quiet", "HEAD"]).is_err() {
        return Ok(None);
    }
    let grep = format!("--grep=^{MARK}: ");
    let sha = run(
        dir,
        &["log", "-1", "--format=%H", "--first-parent", &grep, "HEAD"],
    )?;
    Ok((!sha.is_empty()).then_some(sha))
}

/// NUL-separated `--name-only -z` output as paths.
fn paths_of(out: &str) -> Vec<PathBuf> {
    out.split('\0')
        .filter(|s| !s.is_empty())
        .map(PathBuf::from)
        .collect()
}

/// The paths that differ between two commits (`to` = `None`: the work tree and the
/// index, against `from`).
pub fn changed_paths(dir: &Path, from: &str, to: Option<&str>) -> Result<Vec<PathBuf>, GitError> {
    let mut args = vec!["diff", "--name-only", "-z", "--no-renames", from];
    args.extend(to);
    run(dir, &args).map(|out| paths_of(&out))
}

/// Whether `rev` names a commit.
pub fn exists(dir: &Path, rev: &str) -> bool {
    let spec = format!("{rev}^{{commit}}");
    run(dir, &["rev-parse", "--verify", "--quiet", &spec]).is_ok()
}

/// The bytes of `rev:path` for each path, exactly as stored (no textconv), `None`
/// where `rev` has no such file. One `git cat-file --batch` for them all.
pub fn blobs(dir: &Path, rev: &str, paths: &[PathBuf]) -> Result<Vec<Option<Vec<u8>>>, GitError> {
    let mut input = Vec::new();
    for p in paths {
        input.extend_from_slice(format!("{rev}:{}\n", p.to_string_lossy()).as_bytes());
    }
    let out = run_bytes(dir, &["cat-file", "--batch"], Some(&input))?;
    let bad = || GitError::Failed {
        command: "cat-file".into(),
        stderr: crate::t!("git-unexpected-output"),
    };
    let mut rest = out.as_slice();
    let mut found = Vec::with_capacity(paths.len());
    for _ in paths {
        let eol = rest.iter().position(|b| *b == b'\n').ok_or_else(bad)?;
        let header = String::from_utf8_lossy(&rest[..eol]).into_owned();
        rest = &rest[eol + 1..];
        if header.ends_with(" missing") {
            found.push(None);
            continue;
        }
        let size: usize = header
            .rsplit(' ')
            .next()
            .and_then(|n| n.parse().ok())
            .ok_or_else(bad)?;
        if rest.len() < size + 1 {
            return Err(bad());
        }
        found.push(Some(rest[..size].to_vec()));
        rest = &rest[size + 1..];
    }
    Ok(found)
}
