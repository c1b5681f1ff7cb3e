//! `hk sync` (DESIGN §13): fetch, merge with hk's driver (never rebase: "ours" is
//! this clone, "theirs" the remote), settle what git leaves to us, commit, and push
//! only when no record has conflicts.
//!
//! git never calls a merge driver for a file deleted on one side and changed on the
//! other; the deletion wins (an erasure must win). A record the driver merged with
//! conflicts is committed as the driver wrote it, `[[conflicts]]` and all, so the merge
//! is never left half-done. Anything else in conflict (`.hk/config.toml` edited on both
//! sides) aborts the merge, leaving the clone as it was.
//!
//! git pairs files by path, hk pairs records by id: a record re-dated into another
//! month (so moved) on either side is merged and filed by its merged date, once
//! (`super::moves`). The merge is made with `--no-commit` so that this happens before
//! the merge commit, also when git itself found nothing to stop for.

use std::path::PathBuf;

use super::conflicts::Conflicted;
use super::driver::{Checks, kind_of};
use super::git::{self, GitError};
use super::keys::Identities;
use super::moves::{MoveError, Settled};
use super::{EXT, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("{}", crate::t!("sync-not-git", path = .0.display()))]
    NotGit(PathBuf),
    #[error("{}", crate::t!("sync-no-upstream"))]
    NoUpstream,
    #[error("{}", crate::t!("sync-merge-in-progress"))]
    MergeInProgress,
    #[error("{}", crate::t!("sync-not-a-record", path = .0.display()))]
    NotARecord(PathBuf),
    #[error("{}", crate::t!("sync-driver-failed", path = .0.display()))]
    DriverFailed(PathBuf),
    #[error("{}", crate::t!("sync-moved", problem = .0.to_string()))]
    Moved(MoveError),
    #[error("{}", crate::t!("sync-filed-twice", problem = .0.to_string()))]
    FiledTwice(MoveError),
    #[error(transparent)]
    Git(#[from] GitError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What a sync did.
#[derive(Debug, Default)]
pub struct Synced {
    /// The upstream, e.g. `origin/main`.
    pub upstream: String,
    /// Commits that came in.
    pub incoming: usize,
    /// Records deleted on one side and changed on the other: deleted.
    pub deleted: Vec<PathBuf>,
    /// Records a plain `git pull` had left filed at two paths, settled before the
    /// fetch (and committed on their own).
    pub filed_twice: Vec<Settled>,
    /// Records moved (re-dated into another month) on either side of this merge.
    pub moved: Vec<Settled>,
    /// Records with conflicts after the merge (any, not only this merge's).
    pub conflicted: Vec<Conflicted>,
    /// Commits pushed (0 when there were none, or when conflicts held the push back).
    pub pushed: usize,
    /// What the merge driver said of records that merged field by field would have
    /// broken a rule (git shows a driver's messages; hk passes these on).
    pub broken_rules: Vec<String>,
}

/// The driver's notes on broken rules in a merge's output (see `Synced::broken_rules`).
fn broken_rules(e: &GitError) -> Vec<String> {
    let GitError::Failed { stderr, .. } = e else {
        return Vec::new();
    };
    // The driver speaks the language of its own process, which git started: either.
    use crate::i18n::{Lang, labelled, text_in};
    let marks = [Lang::En, Lang::Zh].map(|lang| {
        (
            labelled(&text_in(lang, "label-warning", &[]), ""),
            text_in(lang, "git-cmd-broke-a-rule", &[]),
        )
    });
    stderr
        .lines()
        .filter_map(|l| {
            marks.iter().find_map(|(label, broke)| {
                l.strip_prefix(label.as_str())
                    .filter(|rest| rest.contains(broke.as_str()))
            })
        })
        .map(str::to_string)
        .collect()
}

/// git with a fallback author, as hk's own commits have, and the identity this
/// command reads with, by its full path, for the merge driver git starts (it runs in
/// the work tree's top folder, where a relative `HK_IDENTITY` would not be found).
fn git_as_author(
    root: &std::path::Path,
    args: &[&str],
    identity: &std::path::Path,
) -> Result<String, GitError> {
    let configured = git::run(root, &["config", "user.email"]).is_ok_and(|s| !s.is_empty());
    let mut all: Vec<&str> = Vec::new();
    if !configured {
        all.extend(["-c", "user.name=hk", "-c", "user.email=hk@localhost"]);
    }
    all.extend(args);
    let identity = std::path::absolute(identity).unwrap_or_else(|_| identity.to_path_buf());
    // The driver writes its notes in this command's language.
    let lang = match crate::i18n::lang() {
        crate::i18n::Lang::Zh => "zh",
        crate::i18n::Lang::En => "en",
    };
    git::run_env(
        root,
        &all,
        None,
        &[
            ("HK_IDENTITY", identity.as_os_str()),
            ("HK_LANG", std::ffi::OsStr::new(lang)),
        ],
    )
    .map(|out| String::from_utf8_lossy(&out).trim().to_string())
}

impl Store {
    /// Syncs with the upstream; `today` is the office's, for the rules a merged
    /// record is checked by.
    pub fn sync(&self, ids: &Identities, today: chrono::NaiveDate) -> Result<Synced, SyncError> {
        let root = &self.root;
        if !git::is_repo_root(root) {
            return Err(SyncError::NotGit(root.clone()));
        }
        let _txn = self.begin()?;
        if git::exists(root, "MERGE_HEAD") {
            return Err(SyncError::MergeInProgress);
        }
        let upstream = git::run(
            root,
            &["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"],
        )
        .map_err(|_| SyncError::NoUpstream)?;
        let checks = Checks {
            config: &self.config,
            today,
        };
        let filed_twice = self.settle_filed_twice_and_commit(ids, &checks)?;
        git::run(root, &["fetch", "--quiet"])?;
        let incoming: usize = git::run(root, &["rev-list", "--count", "HEAD..@{u}"])?
            .parse()
            .unwrap_or(0);
        let mut synced = Synced {
            upstream,
            incoming,
            filed_twice,
            ..Synced::default()
        };
        if incoming > 0 {
            let args = ["merge", "--no-edit", "--no-commit", "@{u}"];
            if let Err(e) = git_as_author(root, &args, &ids.path) {
                synced.broken_rules = broken_rules(&e);
                if !git::exists(root, "MERGE_HEAD") {
                    // git refused before starting (local changes in the way).
                    return Err(e.into());
                }
            }
            // A fast-forward leaves no merge to settle.
            if git::exists(root, "MERGE_HEAD") {
                match self.settle_merge(ids, &checks) {
                    Ok((moved, deleted)) => (synced.moved, synced.deleted) = (moved, deleted),
                    Err(e) => {
                        let _ = git::run(root, &["merge", "--abort"]);
                        return Err(e);
                    }
                }
                git_as_author(root, &["commit", "--quiet", "--no-edit"], &ids.path)?;
                // The other office's store may have had a record at two paths (left
                // by a plain `git pull` there): settled here, not pushed on.
                let more = self.settle_filed_twice_and_commit(ids, &checks)?;
                synced.filed_twice.extend(more);
            }
        }
        let (conflicted, _) = self.conflicted(ids)?;
        synced.conflicted = conflicted;
        if synced.conflicted.is_empty() {
            let ahead: usize = git::run(root, &["rev-list", "--count", "@{u}..HEAD"])?
                .parse()
                .unwrap_or(0);
            if ahead > 0 {
                git::run(root, &["push", "--quiet"])?;
                synced.pushed = ahead;
            }
        }
        Ok(synced)
    }

    /// Settles the merge in progress: moved records first (they take their paths
    /// out of git's conflicts), then what git left unmerged.
    fn settle_merge(
        &self,
        ids: &Identities,
        checks: &Checks,
    ) -> Result<(Vec<Settled>, Vec<PathBuf>), SyncError> {
        let base = git::run(&self.root, &["merge-base", "HEAD", "MERGE_HEAD"]).ok();
        let moved = self
            .settle_moves(ids, checks, base.as_deref())
            .map_err(SyncError::Moved)?;
        let deleted = self.settle(ids)?;
        Ok((moved, deleted))
    }

    /// Settles, in one commit, the records HEAD has at two paths (see
    /// `Store::settle_filed_twice`). Nothing is changed when one cannot be settled.
    fn settle_filed_twice_and_commit(
        &self,
        ids: &Identities,
        checks: &Checks,
    ) -> Result<Vec<Settled>, SyncError> {
        let root = &self.root;
        // Every record is merged before anything is written: a record that cannot
        // be settled leaves the store as it was.
        let settled = self
            .settle_filed_twice(ids, checks)
            .map_err(SyncError::FiledTwice)?;
        if !settled.is_empty() {
            // Not marked as hk's own commit: like the merge it mends, it is not a
            // change `hk undo` takes back.
            let message = "settle records filed at two paths by a merge";
            git_as_author(root, &["commit", "--quiet", "-m", message], &ids.path)?;
        }
        Ok(settled)
    }

    /// Settles the paths a merge left unmerged: a record deleted on one side is
    /// deleted; a record both sides changed keeps what the driver wrote, once it is
    /// checked to open and parse. Returns the deleted records.
    fn settle(&self, ids: &Identities) -> Result<Vec<PathBuf>, SyncError> {
        let root = &self.root;
        // `<mode> <sha> <stage>\t<path>` per stage of each unmerged path.
        let out = git::run(root, &["ls-files", "--unmerged", "-z"])?;
        let mut stages: std::collections::BTreeMap<PathBuf, Vec<char>> = Default::default();
        for entry in out.split('\0').filter(|s| !s.is_empty()) {
            if let Some((meta, path)) = entry.split_once('\t') {
                let stage = meta.split(' ').nth(2).and_then(|s| s.chars().next());
                stages.entry(PathBuf::from(path)).or_default().extend(stage);
            }
        }
        let mut deleted = Vec::new();
        let mut merged = Vec::new();
        for (path, st) in stages {
            let is_record = kind_of(&path).is_some() && path.to_string_lossy().ends_with(EXT);
            if !is_record {
                return Err(SyncError::NotARecord(path));
            }
            if st.contains(&'2') && st.contains(&'3') {
                // The driver's result is in the work tree: it must open, parse, and
                // hold the conflicts that made the driver exit 1. Without them the
                // driver failed (or git merged without it) and this is plain ours.
                if !self.merged_with_conflicts(&path, ids) {
                    return Err(SyncError::DriverFailed(path));
                }
                merged.push(path);
            } else {
                deleted.push(path);
            }
        }
        for path in &deleted {
            let _ = std::fs::remove_file(root.join(path));
        }
        let deadline = std::time::Instant::now() + git::LOCK_WAIT;
        let all: Vec<PathBuf> = deleted.iter().chain(&merged).cloned().collect();
        git::stage(root, &all, deadline)?;
        Ok(deleted)
    }

    /// Whether the record file at `rel` opens with `ids`, parses as its kind, and has
    /// `[[conflicts]]`.
    fn merged_with_conflicts(&self, rel: &std::path::Path, ids: &Identities) -> bool {
        let Ok(bytes) = std::fs::read(self.root.join(rel)) else {
            return false;
        };
        let Ok(plain) = ids.decrypt(&bytes) else {
            return false;
        };
        let Ok(text) = String::from_utf8(plain) else {
            return false;
        };
        let Ok(table) = toml::from_str::<toml::Table>(&text) else {
            return false;
        };
        kind_of(rel).is_some_and(|k| super::driver::canonical(k, &table).is_ok())
            && !super::driver::conflict_fields(&table).is_empty()
    }
}
