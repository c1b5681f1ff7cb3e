//! The intent journal: what makes a write of many files all-or-nothing, and keeps git
//! in step with the records.
//!
//! A transaction is carried out in four steps, under the store's lock:
//!
//! 1. **prepare**: `.hk/journal.tmp/` receives every new ciphertext (`new/K/N`), a
//!    hard link to every file that will be replaced or removed (`old/K/N`, so its
//!    bytes survive), and `plan.toml` (paths, ids and the commit message: nothing
//!    personal). A big batch (an import, a rewrap) stages its ciphertexts there as it
//!    encrypts them ([`Staging`]), so they are never all in memory at once. One flush
//!    to disk, then the folder is renamed to `.hk/journal/`. That rename is the point
//!    of no return.
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

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
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
/// Journal 2 files slots in subfolders of [`SLOTS_PER_FOLDER`]; journal 1 (hk 0.x
/// before it) kept them flat, and is still recovered.
const VERSION: u32 = 2;
/// Slots per subfolder of `new/` and `old/`: two threads writing 100,000 files into
/// one folder wait on its lock most of the time; each thread works on its own run of
/// slots, so in its own folder.
const SLOTS_PER_FOLDER: usize = 1000;

/// One file change of a transaction.
pub struct Change {
    /// The record's path relative to the store root.
    pub rel: PathBuf,
    pub content: Content,
    /// Whether a file is there now (it will be replaced or removed).
    pub replaces: bool,
}

/// What becomes of a change's target.
pub enum Content {
    /// It gets this ciphertext.
    Bytes(Vec<u8>),
    /// It gets the ciphertext already staged at its slot ([`Staging::put`]).
    Staged,
    /// It is removed.
    Remove,
}

impl Change {
    /// Whether the target gets a new file (else it is removed).
    pub fn puts(&self) -> bool {
        !matches!(self.content, Content::Remove)
    }
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
    /// Where slot `i` lies inside `new/` and `old/`.
    fn slot(&self, i: usize) -> PathBuf {
        slot_in(self.journal, i)
    }

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
    pub(super) fn hit(&self, point: &str) {
        if self.0.as_deref() == Some(point) {
            std::process::abort();
        }
    }

    /// `hit("POINT-N")`, without making the name unless a failpoint is set.
    fn hit_nth(&self, point: &str, n: usize) {
        if self.0.is_some() {
            self.hit(&format!("{point}-{n}"));
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

/// A transaction's preparation folder (`.hk/journal.tmp/`), begun under the store's
/// lock. A batch writes its ciphertexts into it as it encrypts them; [`execute`] adds
/// the rest and turns it into the journal. Dropped without being executed (a refused
/// or failed write), it removes itself: nothing happened. A killed process leaves it
/// for the next lock holder to discard, as before.
pub struct Staging {
    dir: PathBuf,
    executed: bool,
}

impl Staging {
    /// Starts an empty preparation folder, discarding a stale one.
    pub fn begin(root: &Path) -> Result<Staging, JournalError> {
        let dir = root.join(PREPARING);
        remove_dir_if_exists(&dir)?;
        std::fs::create_dir_all(&dir).map_err(io_at(&dir))?;
        let staging = Staging {
            dir,
            executed: false,
        };
        write_file(&staging.dir.join(".gitignore"), b"*\n", EACH_SYNC)?;
        Ok(staging)
    }

    /// Stages the new ciphertext of slot `i` (the change's index in the transaction).
    /// Safe to call from several threads for different slots.
    pub fn put(&self, i: usize, bytes: &[u8]) -> Result<(), JournalError> {
        let path = self.dir.join("new").join(slot_in(VERSION, i));
        in_new_folder(&path, |p| write_file(p, bytes, EACH_SYNC))
    }

    /// Keeps the current bytes of the target of slot `i`, which will be replaced or
    /// removed: a hard link costs nothing; a copy where links are refused.
    fn keep(&self, i: usize, from: &Path) -> Result<(), JournalError> {
        let to = self.dir.join("old").join(slot_in(VERSION, i));
        in_new_folder(&to, |to| {
            if std::fs::hard_link(from, to).is_err() {
                std::fs::copy(from, to).map_err(io_at(from))?;
            }
            Ok(())
        })
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.executed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Every file but the last flush is synced on its own where one `syncfs` cannot do it.
const EACH_SYNC: bool = !cfg!(target_os = "linux");

/// Runs `make` on `path`, creating its folder first if it is not there yet.
fn in_new_folder(
    path: &Path,
    make: impl Fn(&Path) -> Result<(), JournalError>,
) -> Result<(), JournalError> {
    match make(path) {
        Err(JournalError::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
            let dir = path.parent().unwrap_or(path);
            std::fs::create_dir_all(dir).map_err(io_at(dir))?;
            make(path)
        }
        other => other,
    }
}

/// Carries out a transaction: prepare, apply, commit, finish (see the module doc).
/// `staging` holds the ciphertexts of the changes whose content is [`Content::Staged`].
pub fn execute(
    root: &Path,
    mut staging: Staging,
    changes: &[Change],
    also: &[PathBuf],
    message: &str,
    git: bool,
    fp: &Failpoint,
) -> Result<(), JournalError> {
    let journal = root.join(JOURNAL);
    if git {
        // Before the plan is written: a stale lock refuses the command cleanly.
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
                put: c.puts(),
                backup: c.replaces,
            })
            .collect(),
    };
    prepare(root, &staging, changes, &plan, fp)?;
    std::fs::rename(&staging.dir, &journal).map_err(io_at(&journal))?;
    staging.executed = true;
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
    staging: &Staging,
    changes: &[Change],
    plan: &Plan,
    fp: &Failpoint,
) -> Result<(), JournalError> {
    let put = |i: usize, c: &Change| -> Result<(), JournalError> {
        if let Content::Bytes(bytes) = &c.content {
            staging.put(i, bytes)?;
        }
        if c.replaces {
            staging.keep(i, &root.join(&c.rel))?;
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
    let prep = &staging.dir;
    let text = toml::to_string(plan)
        .map_err(|e| JournalError::Damaged(e.to_string().trim_end().to_string()))?;
    write_file(&prep.join(PLAN), text.as_bytes(), EACH_SYNC)?;
    write_file(&prep.join(MESSAGE), plan.message.as_bytes(), EACH_SYNC)?;
    // One flush for every file of the batch instead of one per file.
    fsio::flush_filesystem(root).map_err(io_at(root))?;
    for sub in ["new", "old"] {
        let dir = prep.join(sub);
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries.flatten() {
                fsio::sync_dir(&e.path()).map_err(io_at(&e.path()))?;
            }
            fsio::sync_dir(&dir).map_err(io_at(&dir))?;
        }
    }
    fsio::sync_dir(prep).map_err(io_at(prep))
}

/// Where slot `i` lies inside `new/` and `old/` in a journal of `version`.
fn slot_in(version: u32, i: usize) -> PathBuf {
    if version < 2 {
        PathBuf::from(format!("{i:06}"))
    } else {
        PathBuf::from(format!("{:03}/{i:06}", i / SLOTS_PER_FOLDER))
    }
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
    // The ops by target folder, each folder's in the plan's order. Folders are applied
    // in parallel: a rename between folders waits for the filesystem's rename lock, but
    // the path lookups around it (most of its cost) do not.
    let mut folders: BTreeMap<&Path, Vec<usize>> = BTreeMap::new();
    for (i, op) in plan.ops.iter().enumerate() {
        let folder = op.target.parent().unwrap_or(Path::new(""));
        folders.entry(folder).or_default().push(i);
    }
    let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
    for (folder, ops) in &folders {
        let dir = root.join(folder);
        if ops.iter().any(|&i| plan.ops[i].put) && !dir.exists() {
            std::fs::create_dir_all(&dir).map_err(io_at(&dir))?;
            if let Some(up) = dir.parent() {
                dirs.insert(up.to_path_buf());
            }
        }
        dirs.insert(dir);
    }
    let renamed = AtomicUsize::new(0);
    let new = journal.join("new");
    let new_fd = fsio::open_dir(&new);
    folders.par_iter().try_for_each(|(folder, ops)| {
        let folder_fd = fsio::open_dir(&root.join(folder));
        for &i in ops {
            let op = &plan.ops[i];
            let target = root.join(&op.target);
            if !op.put {
                remove_file_if_exists(&target)?;
                continue;
            }
            let slot = plan.slot(i);
            let src = new.join(&slot);
            // Relative to the open folders: a short lookup on each side instead of a
            // walk from the root.
            let moved = match (&new_fd, &folder_fd, op.target.file_name()) {
                (Some(from), Some(to), Some(name)) => {
                    rustix::fs::renameat(from, &slot, to, name).map_err(io::Error::from)
                }
                _ => std::fs::rename(&src, &target),
            };
            match moved {
                Ok(()) => fp.hit_nth("rename", renamed.fetch_add(1, Ordering::Relaxed) + 1),
                Err(e) if e.kind() == io::ErrorKind::NotFound && !src.exists() => {}
                Err(e) => return Err(io_at(&target)(e)),
            }
        }
        Ok(())
    })?;
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
            let old = journal.join("old").join(plan.slot(i));
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
    if !(1..=VERSION).contains(&plan.journal) {
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
            content: bytes.map_or(Content::Remove, |b| Content::Bytes(b.to_vec())),
            replaces,
        }
    }

    fn execute_all(root: &Path, changes: &[Change]) -> Result<(), JournalError> {
        let staging = Staging::begin(root)?;
        execute(
            root,
            staging,
            changes,
            &[],
            "test",
            false,
            &Failpoint::default(),
        )
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
        execute_all(root, &changes).unwrap();
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
            let (new, old) = (j.join("new/000"), j.join("old/000"));
            std::fs::create_dir_all(&new).unwrap();
            std::fs::create_dir_all(&old).unwrap();
            std::fs::write(new.join("000000"), b"new a").unwrap();
            std::fs::write(new.join("000001"), b"new n").unwrap();
            std::fs::hard_link(root.join("clients/a.toml.age"), old.join("000000")).unwrap();
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
            root.join(JOURNAL).join("new/000/000000"),
            root.join("clients/a.toml.age"),
        )
        .unwrap();
        std::fs::rename(
            root.join(JOURNAL).join("new/000/000001"),
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
    #[test]
    fn a_journal_of_the_first_layout_is_still_rolled_forward() {
        let dir = store();
        let root = dir.path();
        let j = root.join(JOURNAL);
        std::fs::create_dir_all(j.join("new")).unwrap();
        std::fs::create_dir_all(j.join("old")).unwrap();
        std::fs::write(j.join("new/000000"), b"new n").unwrap();
        let plan = Plan {
            journal: 1,
            message: "client add c-1".into(),
            git: false,
            also: vec![],
            ops: vec![Op {
                target: "clients/n.toml.age".into(),
                put: true,
                backup: false,
            }],
        };
        std::fs::write(j.join(PLAN), toml::to_string(&plan).unwrap()).unwrap();
        recover(root, &Failpoint::default()).unwrap();
        assert_eq!(
            std::fs::read(root.join("clients/n.toml.age")).unwrap(),
            b"new n"
        );
        assert!(!pending(root));
    }

    #[test]
    fn staged_ciphertexts_land_in_folders_of_a_thousand_and_vanish_when_dropped() {
        let dir = store();
        let root = dir.path();
        let staging = Staging::begin(root).unwrap();
        for i in [0, 999, 1000, 2500] {
            staging.put(i, format!("v{i}").as_bytes()).unwrap();
        }
        let new = root.join(PREPARING).join("new");
        assert!(new.join("000/000999").is_file());
        assert!(new.join("001/001000").is_file());
        assert!(new.join("002/002500").is_file());
        drop(staging);
        assert!(
            !root.join(PREPARING).exists(),
            "a dropped staging leaves nothing"
        );

        let staging = Staging::begin(root).unwrap();
        let changes: Vec<Change> = (0..2500)
            .map(|i| Change {
                rel: PathBuf::from(format!("visits/2027-01/v-{i:08}.toml.age")),
                content: if i % 2 == 0 {
                    staging.put(i, format!("v{i}").as_bytes()).unwrap();
                    Content::Staged
                } else {
                    Content::Bytes(format!("v{i}").into_bytes())
                },
                replaces: false,
            })
            .collect();
        execute(
            root,
            staging,
            &changes,
            &[],
            "t",
            false,
            &Failpoint::default(),
        )
        .unwrap();
        for i in [0, 1, 1998, 2499] {
            let file = root.join(format!("visits/2027-01/v-{i:08}.toml.age"));
            assert_eq!(std::fs::read(file).unwrap(), format!("v{i}").into_bytes());
        }
        assert!(!pending(root));
    }
}
