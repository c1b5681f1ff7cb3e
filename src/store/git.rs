//! The store's git integration: one commit per changing command, ids only in the message.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Whether `dir` lies in a git work tree (false when git is not installed).
pub fn in_work_tree(dir: &Path) -> bool {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["rev-parse", "--is-inside-work-tree"])
        .output()
        .map(|o| o.status.success() && o.stdout.starts_with(b"true"))
        .unwrap_or(false)
}

/// Runs git in `dir`; the error carries git's own message (which holds paths and
/// ids only, never record contents).
pub fn run(dir: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(format!(
            "`git {}` failed: {}",
            args.first().copied().unwrap_or(""),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// Commits exactly `paths` (relative to `dir`) with `message`. Nothing else the user
/// may have staged is swept into the commit. Falls back to a neutral author when
/// none is configured, so that a cron job on a fresh machine still commits.
pub fn commit(dir: &Path, paths: &[PathBuf], message: &str) -> Result<(), String> {
    if paths.is_empty() {
        return Ok(());
    }
    let path_args: Vec<String> = paths
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let mut add = vec!["add", "--"];
    add.extend(path_args.iter().map(String::as_str));
    run(dir, &add)?;
    let mut args: Vec<&str> = Vec::new();
    let configured = run(dir, &["config", "user.email"]).is_ok_and(|s| !s.is_empty());
    if !configured {
        args.extend(["-c", "user.name=hk", "-c", "user.email=hk@localhost"]);
    }
    args.extend(["commit", "--quiet", "-m", message, "--"]);
    args.extend(path_args.iter().map(String::as_str));
    run(dir, &args).map(|_| ())
}
