//! The store's git integration: one commit per changing command, ids only in the message.

use std::path::{Path, PathBuf};
use std::process::Command;

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
    let top = std::path::PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    match (top.canonicalize(), dir.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
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
    // `-A` also stages the removal of a record that moved.
    let mut add = vec!["add", "-A", "--"];
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
