//! Undoing hk's last commit in a git store (`hk undo`).
//!
//! hk marks each of its commits with a trailer (`git::MARK`). Undo finds the newest
//! marked commit in HEAD's history and puts every file it changed back as it was in
//! that commit's parent: the bytes come from git, so nothing is decrypted, and they go
//! through the same transaction as any write (lock, journal, "unchanged since read"
//! check, one commit, nothing staged when git refuses). It refuses when a later commit,
//! or an uncommitted change, touched one of those files: undoing would throw that
//! work away.
//!
//! With several offices (DESIGN §13) undo takes back only this clone's own last
//! change. It looks along HEAD's first parents (this clone's line; a merge's second
//! parent is the other office's), and refuses when a merge came after that change or
//! when the commit came in by a fast-forward: undoing another office's work would
//! take it back in every office at the next sync. Taking back a merge is a deliberate
//! `git revert -m 1`, not an undo.

use std::collections::HashSet;
use std::path::PathBuf;

use super::git::{self, GitError};
use super::{Store, StoreError};

/// What `undo_last` reverted.
#[derive(Debug)]
pub struct Undone {
    /// The reverted commit, abbreviated.
    pub commit: String,
    /// Its title (ids only, like every hk commit message).
    pub title: String,
    pub files: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum UndoError {
    #[error("{}", crate::t!("undo-not-git"))]
    NotGit,
    #[error("{}", crate::t!("undo-nothing"))]
    NothingToUndo,
    #[error("{}", crate::t!(
        "undo-changed-later",
        commit = .commit,
        title = .title,
        count = .paths.len(),
        first = .paths[0].display()
    ))]
    ChangedLater {
        commit: String,
        title: String,
        paths: Vec<PathBuf>,
    },
    #[error("{}", crate::t!(
        "undo-uncommitted",
        commit = .commit,
        title = .title,
        count = .paths.len(),
        first = .paths[0].display()
    ))]
    Uncommitted {
        commit: String,
        title: String,
        paths: Vec<PathBuf>,
    },
    /// A merge (`hk sync`, `git merge`, `git pull`) brought another office's commits
    /// in after hk's last commit here.
    #[error("{}", crate::t!("undo-after-merge", commit = .commit, title = .title, merge = .merge))]
    AfterMerge {
        commit: String,
        title: String,
        merge: String,
    },
    /// hk's newest commit came from another clone (a fast-forward of `hk sync` or
    /// `git pull`), not from a change made in this one.
    #[error("{}", crate::t!("undo-not-made-here", commit = .commit, title = .title))]
    NotMadeHere { commit: String, title: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<GitError> for UndoError {
    fn from(e: GitError) -> Self {
        UndoError::Store(StoreError::Git(e))
    }
}

impl Store {
    /// Reverts hk's newest commit as one new commit (see the module doc).
    pub fn undo_last(&self) -> Result<Undone, UndoError> {
        let root = &self.root;
        if !git::is_repo_root(root) {
            return Err(UndoError::NotGit);
        }
        // The lock first: what a killed run left is settled, and no hk writes meanwhile.
        let mut txn = self.begin()?;
        let sha = git::last_marked(root)?.ok_or(UndoError::NothingToUndo)?;
        let parent = format!("{sha}^");
        if !git::exists(root, &parent) {
            return Err(UndoError::NothingToUndo);
        }
        let commit = git::run(root, &["rev-parse", "--short", &sha])?;
        let title = git::run(root, &["log", "-1", "--format=%s", &sha])?;
        // Only this clone's own last change: never a merge, nor anything from before
        // one, nor a commit another office made (the other office's work would be
        // taken back for everyone at the next sync).
        let merges = format!("{sha}..HEAD");
        let merges = git::run(root, &["rev-list", "--first-parent", "--merges", &merges])?;
        if let Some(merge) = merges.lines().next() {
            let merge = git::run(root, &["rev-parse", "--short", merge])?;
            return Err(UndoError::AfterMerge {
                commit,
                title,
                merge,
            });
        }
        if !made_here(root, &sha)? {
            return Err(UndoError::NotMadeHere { commit, title });
        }
        let paths = git::changed_paths(root, &parent, Some(&sha))?;
        let touched = |changed: Vec<PathBuf>| -> Vec<PathBuf> {
            let changed: HashSet<PathBuf> = changed.into_iter().collect();
            paths
                .iter()
                .filter(|p| changed.contains(*p))
                .cloned()
                .collect()
        };
        let later = touched(git::changed_paths(root, &sha, Some("HEAD"))?);
        if !later.is_empty() {
            return Err(UndoError::ChangedLater {
                commit,
                title,
                paths: later,
            });
        }
        let dirty = touched(git::changed_paths(root, "HEAD", None)?);
        if !dirty.is_empty() {
            return Err(UndoError::Uncommitted {
                commit,
                title,
                paths: dirty,
            });
        }
        let before = git::blobs(root, &parent, &paths)?;
        let after = git::blobs(root, &sha, &paths)?;
        for ((rel, was), is) in paths.iter().zip(before).zip(after) {
            txn.restore(rel.clone(), was, is.as_deref());
        }
        txn.commit(&format!("undo {commit} ({title})"))?;
        Ok(Undone {
            commit,
            title,
            files: paths.len(),
        })
    }
}

/// Whether the commit `sha` was made in this clone, by HEAD's reflog: a `commit`
/// (hk's own, or by hand), or a rebase or cherry-pick that replayed one of this
/// clone's commits; a fast-forward (`merge @{u}: Fast-forward`, `pull: …`) brought in
/// another's. Without a reflog (turned off), there is no telling: yes.
fn made_here(root: &std::path::Path, sha: &str) -> Result<bool, GitError> {
    let log = git::run(root, &["reflog", "--format=%H %gs", "HEAD"]).unwrap_or_default();
    if log.is_empty() {
        return Ok(true);
    }
    Ok(log.lines().any(|line| {
        line.split_once(' ').is_some_and(|(h, subject)| {
            h == sha
                && (subject.starts_with("commit")
                    || subject.starts_with("cherry-pick")
                    || subject.contains("(pick)"))
        })
    }))
}
