//! The intent journal: what makes a write of many files all-or-nothing, and keeps git
//! in step with the records.
//!
//! A transaction is carried out in four steps, under the store's lock:
//!
//! 1. **prepare**: `.hk/journal.tmp/` receives every new ciphertext (`new/N`), a hard
//!    link to every file that will be replaced or removed (`old/N`, so its bytes
//!    survive), and `plan.toml` (paths, ids and the commit message: nothing personal).
//!    One flush to disk, then the folder is renamed to `.hk/journal/`. That rename is
//!    the point of no return.
//! 2. **apply**: each `new/N` is renamed onto its target; removed files are unlinked.
//! 3. **git**: the paths are staged and committed, waiting a bounded time for git's
//!    own lock. If git still refuses, the write is rolled back from `old/` and the
//!    command fails with nothing written, so running it again never duplicates.
//! 4. **finish**: `plan.toml` is deleted, then the folder.
//!
//! Whoever next takes the lock settles what a killed process left: a `journal.tmp/`
//! (killed while preparing) is deleted, so nothing happened; a `journal/` with a plan
//! is rolled forward (renames redone where not yet done, then the commit, unless git
//! already has it); a `journal/` marked `ROLLBACK` is rolled back. The journal folder
//! holds ciphertext only and ignores itself in git (its own `.gitignore`).

use std::collections::BTreeSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::fsio;
use super::git::{self, GitError};

pub const JOURNAL: &str = ".hk/journal";
const PREPARING: &str = ".hk/journal.tmp";
const PLAN: &str = "plan.toml";
/// The commit message, for `git commit -F`.
const MESSAGE: &str = "message";
const ROLLBACK: &str = "ROLLBACK";
const VERSION: u32 = 1;

/// One file change of a transaction.
pub struct Change {
    /// The record's path relative to the store root.
    pub rel: PathBuf,
    /// The new ciphertext; `None` removes the file.
    pub bytes: Option<Vec<u8>>,
    /// Whether a file is there now (it will be replaced or removed).
    pub replaces: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct Plan {
    journal: u32,
    message: String,
    git: bool,
    /// Paths committed with the records but not written by hk (`.hk/recipients`).
    #[serde(default)]
    also: Vec<PathBuf>,
    ops: Vec<Op>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Op {
    target: PathBuf,
    /// A new file is put in place (else the target is removed).
    put: bool,
    /// `old/N` keeps the target's previous bytes.
    backup: bool,
}

impl Plan {
    fn paths(&self) -> Vec<PathBuf> {
        self.ops
            .iter()
            .map(|o| o.target.clone())
            .chain(self.also.iter().cloned())
            .collect()
    }

    fn title(&self) -> String {
        self.message.lines().next().unwrap_or("").to_string()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("{}", crate::t!("store-io", path = .path.display(), problem = .source.to_string()))]
    Io { path: PathBuf, source: io::Error },
    #[error("{}", crate::t!("store-journal-rolled-back", problem = .0.to_string()))]
    RolledBack(GitError),
    #[error("{}", crate::t!("store-journal-commit-pending", title = .title, problem = .source.to_string()))]
    CommitPending { title: String, source: GitError },
    #[error("{}", crate::t!("store-journal-undo-pending", problem = .0.to_string()))]
    UndoPending(GitError),
    #[error("{}", crate::t!("store-journal-damaged", file = format_args!("{JOURNAL}/{PLAN}"), problem = .0))]
    Damaged(String),
}

fn io_at(path: &Path) -> impl FnOnce(io::Error) -> JournalError + '_ {
    move |source| JournalError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A test hook: `HK_CRASH=POINT` aborts the process at that point, as a power cut or
/// `kill -9` would (no destructor, no clean-up). Points: `prepare` (half the new files
/// written), `prepared`, `rename-N` (after the N-th file is put in place), `renamed`,
/// `staged` (after `git add`), `committed` (after `git commit`).
#[derive(Debug, Clone, Default)]
pub struct Failpoint(pub Option<String>);

impl Failpoint {
    fn hit(&self, point: &str) {
        if self.0.as_deref() == Some(point) {
            std::process::abort();
        }
    }
}

/// What settling an earlier run's journal did, for a one-line notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recovered {
    /// Killed while preparing: nothing had been applied, and nothing is.
    Discarded,
    /// Killed after the point of no return: every file is now in place (and committed).
    Finished { title: String, files: usize },
    /// git had refused the commit: every file is back as it was.
    RolledBack { title: String },
}

impl std::fmt::Display for Recovered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Recovered::Discarded => f.write_str(&crate::t!("store-recovered-discarded")),
            Recovered::Finished { title, files } => f.write_str(&crate::t!(
                "store-recovered-finished",
                title = title,
                files = *files
            )),
            Recovered::RolledBack { title } => {
                f.write_str(&crate::t!("store-recovered-rolled-back", title = title))
            }
        }
    }
}

/// Whether an earlier run left a journal (two `stat` calls; no lock needed).
pub fn pending(root: &Path) -> bool {
    root.join(JOURNAL).exists() || root.join(PREPARING).exists()
}

/// Carries out a transaction: prepare, apply, commit, finish (see the module doc).
pub fn execute(
    root: &Path,
    changes: &[Change],
    also: &[PathBuf],
    message: &str,
    git: bool,
    fp: &Failpoint,
) -> Result<(), JournalError> {
    let journal = root.join(JOURNAL);
    let prep = root.join(PREPARING);
    remove_dir_if_exists(&prep)?;
    if git {
        // Before anything is written: a stale lock refuses the command cleanly.
        git::wait_for_index(root, git::LOCK_WAIT).map_err(JournalError::RolledBack)?;
    }
    let plan = Plan {
        journal: VERSION,
        message: message.to_string(),
        git,
        also: also.to_vec(),
        ops: changes
            .iter()
            .map(|c| Op {
                target: c.rel.clone(),
                put: c.bytes.is_some(),
                backup: c.replaces,
            })
            .collect(),
    };
    prepare(root, &prep, changes, &plan, fp)?;
    std::fs::rename(&prep, &journal).map_err(io_at(&journal))?;
    fsio::sync_dir(&root.join(".hk")).map_err(io_at(&journal))?;
    fp.hit("prepared");
    apply(root, &journal, &plan, fp)?;
    if git && let Err(e) = commit_to_git(root, &journal, &plan, fp) {
        rollback(root, &journal, &plan)?;
        return Err(JournalError::RolledBack(e));
    }
    finish(&journal)
}

fn prepare(
    root: &Path,
    prep: &Path,
    changes: &[Change],
    plan: &Plan,
    fp: &Failpoint,
) -> Result<(), JournalError> {
    let new_dir = prep.join("new");
    let old_dir = prep.join("old");
    for d in [&new_dir, &old_dir] {
        std::fs::create_dir_all(d).map_err(io_at(d))?;
    }
    let each_sync = !cfg!(target_os = "linux");
    write_file(&prep.join(".gitignore"), b"*\n", each_sync)?;
    let put = |i: usize, c: &Change| -> Result<(), JournalError> {
        if let Some(bytes) = &c.bytes {
            write_file(&new_dir.join(slot(i)), bytes, each_sync)?;
        }
        if c.replaces {
            let from = root.join(&c.rel);
            let to = old_dir.join(slot(i));
            // A hard link keeps the old bytes at no cost; copy where links are refused.
            if std::fs::hard_link(&from, &to).is_err() {
                std::fs::copy(&from, &to).map_err(io_at(&from))?;
            }
        }
        Ok(())
    };
    // In parallel: creating 100,000 files one after the other leaves a core idle.
    let half = changes.len() / 2;
    let (first, second) = changes.split_at(half);
    first
        .par_iter()
        .enumerate()
        .try_for_each(|(i, c)| put(i, c))?;
    fp.hit("prepare");
    second
        .par_iter()
        .enumerate()
        .try_for_each(|(i, c)| put(half + i, c))?;
    let text = toml::to_string(plan)
        .map_err(|e| JournalError::Damaged(e.to_string().trim_end().to_string()))?;
    write_file(&prep.join(PLAN), text.as_bytes(), each_sync)?;
    write_file(&prep.join(MESSAGE), plan.message.as_bytes(), each_sync)?;
    // One flush for every file of the batch instead of one per file.
    fsio::flush_filesystem(root).map_err(io_at(root))?;
    fsio::sync_dir(&new_dir).map_err(io_at(&new_dir))?;
    fsio::sync_dir(prep).map_err(io_at(prep))
}

fn slot(i: usize) -> String {
    format!("{i:06}")
}

fn write_file(path: &Path, bytes: &[u8], sync: bool) -> Result<(), JournalError> {
    let mut f = std::fs::File::create(path).map_err(io_at(path))?;
    f.write_all(bytes).map_err(io_at(path))?;
    if sync {
        f.sync_all().map_err(io_at(path))?;
    }
    Ok(())
}

/// Puts every file in place. Safe to run again: a `new/N` already renamed is gone.
fn apply(root: &Path, journal: &Path, plan: &Plan, fp: &Failpoint) -> Result<(), JournalError> {
    let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
    let mut renamed = 0usize;
    for (i, op) in plan.ops.iter().enumerate() {
        let target = root.join(&op.target);
        let dir = target.parent().unwrap_or(root).to_path_buf();
        if op.put {
            if !dir.exists() {
                std::fs::create_dir_all(&dir).map_err(io_at(&dir))?;
                if let Some(up) = dir.parent() {
                    dirs.insert(up.to_path_buf());
                }
            }
            let src = journal.join("new").join(slot(i));
            match std::fs::rename(&src, &target) {
                Ok(()) => {
                    renamed += 1;
                    fp.hit(&format!("rename-{renamed}"));
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound && !src.exists() => {}
                Err(e) => return Err(io_at(&target)(e)),
            }
        } else {
            remove_file_if_exists(&target)?;
        }
        dirs.insert(dir);
    }
    for d in &dirs {
        fsio::sync_dir(d).map_err(io_at(d))?;
    }
    fp.hit("renamed");
    Ok(())
}

fn commit_to_git(root: &Path, journal: &Path, plan: &Plan, fp: &Failpoint) -> Result<(), GitError> {
    let deadline = Instant::now() + git::LOCK_WAIT;
    let paths = plan.paths();
    git::stage(root, &paths, deadline)?;
    fp.hit("staged");
    // A run killed right after its commit has nothing left to commit.
    let staged = git::staged(root, &paths)?;
    if staged.ours.is_empty() {
        return Ok(());
    }
    git::commit_staged(root, &staged, &journal.join(MESSAGE), deadline)?;
    fp.hit("committed");
    Ok(())
}

/// Puts every file back as it was before the transaction, then unstages its paths.
fn rollback(root: &Path, journal: &Path, plan: &Plan) -> Result<(), JournalError> {
    let marker = journal.join(ROLLBACK);
    write_file(&marker, b"", true)?;
    fsio::sync_dir(journal).map_err(io_at(journal))?;
    let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
    for (i, op) in plan.ops.iter().enumerate() {
        let target = root.join(&op.target);
        if op.backup {
            let old = journal.join("old").join(slot(i));
            match std::fs::rename(&old, &target) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound && !old.exists() => {}
                Err(e) => return Err(io_at(&target)(e)),
            }
        } else {
            remove_file_if_exists(&target)?;
        }
        dirs.insert(target.parent().unwrap_or(root).to_path_buf());
    }
    for d in &dirs {
        if d.exists() {
            fsio::sync_dir(d).map_err(io_at(d))?;
        }
    }
    if plan.git && git::is_repo_root(root) {
        let deadline = Instant::now() + git::LOCK_WAIT;
        git::unstage(root, &plan.paths(), deadline).map_err(JournalError::UndoPending)?;
    }
    finish(journal)
}

fn finish(journal: &Path) -> Result<(), JournalError> {
    remove_file_if_exists(&journal.join(PLAN))?;
    fsio::sync_dir(journal).map_err(io_at(journal))?;
    remove_dir_if_exists(journal)
}

fn remove_file_if_exists(path: &Path) -> Result<(), JournalError> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_at(path)(e)),
    }
}

fn remove_dir_if_exists(dir: &Path) -> Result<(), JournalError> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_at(dir)(e)),
    }
}

/// Settles what an earlier, killed run left. The caller holds the store's lock.
pub fn recover(root: &Path, fp: &Failpoint) -> Result<Vec<Recovered>, JournalError> {
    let mut done = Vec::new();
    let prep = root.join(PREPARING);
    if prep.exists() {
        remove_dir_if_exists(&prep)?;
        done.push(Recovered::Discarded);
    }
    let journal = root.join(JOURNAL);
    if !journal.exists() {
        return Ok(done);
    }
    let plan_path = journal.join(PLAN);
    let text = match std::fs::read_to_string(&plan_path) {
        Ok(t) => t,
        // Killed while removing a finished journal.
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            remove_dir_if_exists(&journal)?;
            return Ok(done);
        }
        Err(e) => return Err(io_at(&plan_path)(e)),
    };
    let plan: Plan = toml::from_str(&text)
        .map_err(|e| JournalError::Damaged(e.to_string().trim_end().to_string()))?;
    if plan.journal != VERSION {
        return Err(JournalError::Damaged(crate::t!(
            "store-journal-version",
            found = plan.journal,
            expected = VERSION
        )));
    }
    if journal.join(ROLLBACK).exists() {
        rollback(root, &journal, &plan)?;
        done.push(Recovered::RolledBack {
            title: plan.title(),
        });
        return Ok(done);
    }
    apply(root, &journal, &plan, fp)?;
    if plan.git && git::is_repo_root(root) {
        let pending = |source| JournalError::CommitPending {
            title: plan.title(),
            source,
        };
        git::wait_for_index(root, git::LOCK_WAIT).map_err(pending)?;
        commit_to_git(root, &journal, &plan, fp).map_err(pending)?;
    }
    finish(&journal)?;
    done.push(Recovered::Finished {
        title: plan.title(),
        files: plan.ops.len(),
    });
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(rel: &str, bytes: Option<&[u8]>, replaces: bool) -> Change {
        Change {
            rel: PathBuf::from(rel),
            bytes: bytes.map(<[u8]>::to_vec),
            replaces,
        }
    }

    fn store() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".hk")).unwrap();
        std::fs::create_dir_all(dir.path().join("clients")).unwrap();
        dir
    }

    #[test]
    fn a_transaction_puts_replaces_and_removes_then_leaves_no_journal() {
        let dir = store();
        let root = dir.path();
        std::fs::write(root.join("clients/a.toml.age"), b"old a").unwrap();
        std::fs::write(root.join("clients/b.toml.age"), b"old b").unwrap();
        let changes = [
            change("clients/a.toml.age", Some(b"new a"), true),
            change("clients/b.toml.age", None, true),
            change("visits/2026-11/v.toml.age", Some(b"new v"), false),
        ];
        execute(root, &changes, &[], "test", false, &Failpoint::default()).unwrap();
        assert_eq!(
            std::fs::read(root.join("clients/a.toml.age")).unwrap(),
            b"new a"
        );
        assert!(!root.join("clients/b.toml.age").exists());
        assert_eq!(
            std::fs::read(root.join("visits/2026-11/v.toml.age")).unwrap(),
            b"new v"
        );
        assert!(!pending(root));
    }

    #[test]
    fn recovery_discards_a_preparation_and_rolls_a_plan_forward_or_back() {
        let dir = store();
        let root = dir.path();
        std::fs::write(root.join("clients/a.toml.age"), b"old a").unwrap();
        let plan = Plan {
            journal: VERSION,
            message: "client edit c-1".into(),
            git: false,
            also: vec![],
            ops: vec![
                Op {
                    target: "clients/a.toml.age".into(),
                    put: true,
                    backup: true,
                },
                Op {
                    target: "clients/n.toml.age".into(),
                    put: true,
                    backup: false,
                },
            ],
        };
        let lay_out = |rollback: bool| {
            let j = root.join(JOURNAL);
            std::fs::create_dir_all(j.join("new")).unwrap();
            std::fs::create_dir_all(j.join("old")).unwrap();
            std::fs::write(j.join("new/000000"), b"new a").unwrap();
            std::fs::write(j.join("new/000001"), b"new n").unwrap();
            std::fs::hard_link(root.join("clients/a.toml.age"), j.join("old/000000")).unwrap();
            std::fs::write(j.join(PLAN), toml::to_string(&plan).unwrap()).unwrap();
            if rollback {
                std::fs::write(j.join(ROLLBACK), b"").unwrap();
            }
        };
        // Forward: as if killed after the point of no return.
        lay_out(false);
        std::fs::create_dir_all(root.join(PREPARING)).unwrap();
        let done = recover(root, &Failpoint::default()).unwrap();
        assert_eq!(done.len(), 2);
        assert_eq!(
            std::fs::read(root.join("clients/a.toml.age")).unwrap(),
            b"new a"
        );
        assert_eq!(
            std::fs::read(root.join("clients/n.toml.age")).unwrap(),
            b"new n"
        );
        assert!(!pending(root));
        // Back: as if git had refused and the rollback was cut short.
        std::fs::write(root.join("clients/a.toml.age"), b"old a").unwrap();
        std::fs::remove_file(root.join("clients/n.toml.age")).unwrap();
        lay_out(true);
        std::fs::rename(
            root.join(JOURNAL).join("new/000000"),
            root.join("clients/a.toml.age"),
        )
        .unwrap();
        std::fs::rename(
            root.join(JOURNAL).join("new/000001"),
            root.join("clients/n.toml.age"),
        )
        .unwrap();
        let done = recover(root, &Failpoint::default()).unwrap();
        assert!(matches!(done[..], [Recovered::RolledBack { .. }]));
        assert_eq!(
            std::fs::read(root.join("clients/a.toml.age")).unwrap(),
            b"old a"
        );
        assert!(!root.join("clients/n.toml.age").exists());
        assert!(!pending(root));
    }

    #[test]
    fn a_damaged_plan_is_an_error_not_a_guess() {
        let dir = store();
        let root = dir.path();
        std::fs::create_dir_all(root.join(JOURNAL)).unwrap();
        std::fs::write(root.join(JOURNAL).join(PLAN), "ops = 7").unwrap();
        assert!(matches!(
            recover(root, &Failpoint::default()),
            Err(JournalError::Damaged(_))
        ));
    }
}
