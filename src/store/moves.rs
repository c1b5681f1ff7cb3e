//! Records that moved, in a merge (DESIGN §13). Re-dating a visit (a follow-up, a
//! survey, a complaint) into another month moves its file, and git, which pairs files
//! by path, sees a deletion and an addition: an edit in the other office would be
//! "deleted on one side", and two offices that moved it to different months would
//! leave two files with one id. `hk sync` pairs the versions by id instead
//! (`crate::merge::moves` decides), merges them with the driver's rules, and files
//! the result where its merged date says, only there.
//!
//! The same pairing settles a store that a plain `git pull` left with one id filed
//! twice (`Store::settle_filed_twice`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::driver::{self, Checks, Outcome, Version, kind_of};
use super::git::{self, GitError};
use super::keys::Identities;
use super::{EXT, Listed, Store, id_of};
use crate::merge::moves::{Pairing, Places, filed_twice, pair};

/// A version of a record: the commit (or tree) it is in, and its path there.
pub type At = (String, PathBuf);

/// What became of one moved record.
#[derive(Debug, Clone)]
pub struct Settled {
    pub id: String,
    pub how: How,
}

#[derive(Debug, Clone)]
pub enum How {
    /// Merged and filed at `rel`; `conflicts` names its fields in conflict (all of
    /// the record's), empty when it merged cleanly.
    Merged {
        rel: PathBuf,
        conflicts: Vec<String>,
    },
    /// Moved on one side, deleted on the other: deleted.
    Deleted,
}

/// Why a moved record could not be settled. The caller undoes the merge.
#[derive(Debug, thiserror::Error)]
pub enum MoveError {
    #[error("{}", crate::t!("merge-move-failed", id = .id, paths = .paths, problem = .problem))]
    Merge {
        id: String,
        paths: String,
        problem: String,
    },
    #[error("{}", crate::t!("merge-too-many-paths", id = .id, count = .count, paths = .paths))]
    TooMany {
        id: String,
        count: usize,
        paths: String,
    },
    #[error(transparent)]
    Git(#[from] GitError),
}

/// The record files of a commit: id → path.
pub fn records_in(root: &Path, rev: &str) -> Result<BTreeMap<String, PathBuf>, GitError> {
    let out = git::run(root, &["ls-tree", "-r", "-z", "--name-only", rev])?;
    Ok(out
        .split('\0')
        .map(Path::new)
        .filter(|p| is_record(p))
        .filter_map(|p| Some((id_of(p)?, p.to_path_buf())))
        .collect())
}

fn is_record(p: &Path) -> bool {
    kind_of(p).is_some() && p.to_string_lossy().ends_with(EXT)
}

fn shown(paths: &[&PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

impl Store {
    /// In a merge (`MERGE_HEAD` set, nothing committed yet): settles every record
    /// that moved on either side (see `crate::merge::moves::pair`), in the work tree
    /// and the index. `base` is the merge base, `None` when there is none.
    pub fn settle_moves(
        &self,
        ids: &Identities,
        checks: &Checks,
        base: Option<&str>,
    ) -> Result<Vec<Settled>, MoveError> {
        let root = &self.root;
        let base_files = match base {
            Some(rev) => records_in(root, rev)?,
            None => BTreeMap::new(),
        };
        let ours = records_in(root, "HEAD")?;
        let theirs = records_in(root, "MERGE_HEAD")?;
        let all: BTreeSet<&String> = base_files
            .keys()
            .chain(ours.keys())
            .chain(theirs.keys())
            .collect();
        let mut plans = Vec::new();
        for id in all {
            let at = |files: &BTreeMap<String, PathBuf>, rev: &str| {
                files.get(id).map(|p| (rev.to_string(), p.clone()))
            };
            let places = Places {
                base: base.and_then(|rev| at(&base_files, rev)),
                ours: at(&ours, "HEAD"),
                theirs: at(&theirs, "MERGE_HEAD"),
            };
            let paths = Places {
                base: places.base.as_ref().map(|a| &a.1),
                ours: places.ours.as_ref().map(|a| &a.1),
                theirs: places.theirs.as_ref().map(|a| &a.1),
            };
            if pair(&paths) != Pairing::Unmoved {
                plans.push(self.plan(ids, checks, id, &places)?);
            }
        }
        self.apply(plans)
    }

    /// Settles the records filed at two paths in HEAD (a store a plain `git pull`
    /// merged): the version on HEAD's first-parent line is ours, the other theirs,
    /// and their common version is the record as it was where the two commits that
    /// last touched them parted. Stages the result; the caller commits.
    pub fn settle_filed_twice(
        &self,
        ids: &Identities,
        checks: &Checks,
    ) -> Result<Vec<Settled>, MoveError> {
        let root = &self.root;
        let head = records_in_all(root, "HEAD")?;
        let twice = filed_twice(head.iter().map(PathBuf::as_path), id_of);
        if twice.is_empty() {
            return Ok(Vec::new());
        }
        let first_parent: BTreeSet<String> =
            git::run(root, &["rev-list", "--first-parent", "HEAD"])?
                .lines()
                .map(str::to_string)
                .collect();
        let mut plans = Vec::new();
        for (id, paths) in twice {
            let [a, b] = paths.as_slice() else {
                return Err(MoveError::TooMany {
                    count: paths.len(),
                    paths: shown(&paths.iter().collect::<Vec<_>>()),
                    id,
                });
            };
            let log = |filter: &str, p: &Path| {
                let p = p.to_string_lossy();
                git::run(
                    root,
                    &["log", "-1", filter, "--format=%H", "HEAD", "--", &p],
                )
            };
            // The version on HEAD's first-parent line is ours (a merge's own side);
            // both on it (a rebase), the later one (the replayed local commit).
            let (ca, cb) = (log("--no-renames", a)?, log("--no-renames", b)?);
            let a_is_ours = match (first_parent.contains(&ca), first_parent.contains(&cb)) {
                (true, false) => true,
                (false, true) => false,
                _ => git::run(root, &["merge-base", "--is-ancestor", &cb, &ca]).is_ok(),
            };
            let (ours, theirs) = if a_is_ours { (a, b) } else { (b, a) };
            // Their common version: the record where the lines that added the two
            // paths meet, before either addition.
            let (aa, ab) = (log("--diff-filter=A", a)?, log("--diff-filter=A", b)?);
            let base = git::run(root, &["merge-base", &format!("{aa}^"), &format!("{ab}^")]).ok();
            let base = match base {
                Some(rev) => records_in(root, &rev)?.remove(&id).map(|p| (rev, p)),
                None => None,
            };
            let places = Places {
                base,
                ours: Some(("HEAD".to_string(), ours.clone())),
                theirs: Some(("HEAD".to_string(), theirs.clone())),
            };
            plans.push(self.plan(ids, checks, &id, &places)?);
        }
        self.apply(plans)
    }

    /// How one record is settled by `pair`: merged and filed at its merged date's
    /// path, or deleted; every other path of it removed. Reads only.
    fn plan(
        &self,
        ids: &Identities,
        checks: &Checks,
        id: &str,
        places: &Places<At>,
    ) -> Result<Plan, MoveError> {
        let root = &self.root;
        let mut paths: Vec<&PathBuf> = [&places.base, &places.ours, &places.theirs]
            .into_iter()
            .flatten()
            .map(|a| &a.1)
            .collect();
        paths.sort();
        paths.dedup();
        let fail = |problem: String| MoveError::Merge {
            id: id.to_string(),
            paths: shown(&paths),
            problem,
        };
        let kept = match (&places.ours, &places.theirs) {
            (Some(ours), Some(theirs)) => {
                let blob = |(rev, path): &At| -> Result<Vec<u8>, MoveError> {
                    git::blobs(root, rev, std::slice::from_ref(path))?
                        .pop()
                        .flatten()
                        .ok_or_else(|| {
                            fail(crate::t!(
                                "merge-rev-lacks",
                                rev = rev,
                                path = path.display()
                            ))
                        })
                };
                let base = places.base.as_ref().map(blob).transpose()?;
                let (ours_b, theirs_b) = (blob(ours)?, blob(theirs)?);
                let merged = driver::merge_versions(
                    root,
                    ids,
                    &ours.1,
                    (base.as_deref(), &ours_b, &theirs_b),
                    checks,
                )
                .map_err(|e| fail(e.to_string()))?;
                let bytes = match merged.bytes {
                    Version::Ours => ours_b,
                    Version::Theirs => theirs_b,
                    Version::New(b) => b,
                };
                let conflicts = match merged.outcome {
                    Outcome::Clean => Vec::new(),
                    Outcome::Conflicts { fields, .. } => fields,
                };
                Some((merged.rel, bytes, conflicts))
            }
            _ => None,
        };
        let remove = paths
            .into_iter()
            .filter(|p| kept.as_ref().is_none_or(|(rel, _, _)| rel != *p))
            .cloned()
            .collect();
        Ok(Plan {
            id: id.to_string(),
            kept,
            remove,
        })
    }

    /// Writes the plans to the work tree and stages them.
    fn apply(&self, plans: Vec<Plan>) -> Result<Vec<Settled>, MoveError> {
        let root = &self.root;
        let mut staged: Vec<PathBuf> = Vec::new();
        let mut settled = Vec::new();
        for plan in plans {
            let fail = |problem: String| MoveError::Merge {
                id: plan.id.clone(),
                paths: shown(&plan.remove.iter().collect::<Vec<_>>()),
                problem,
            };
            if let Some((rel, bytes, _)) = &plan.kept {
                let target = root.join(rel);
                let write = || -> std::io::Result<()> {
                    if let Some(dir) = target.parent() {
                        std::fs::create_dir_all(dir)?;
                    }
                    super::fsio::write_atomic(&target, bytes)
                };
                write().map_err(|e| {
                    fail(crate::t!(
                        "merge-cannot-write",
                        path = rel.display(),
                        problem = e.to_string()
                    ))
                })?;
                staged.push(rel.clone());
            }
            for p in &plan.remove {
                match std::fs::remove_file(root.join(p)) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => {
                        return Err(fail(crate::t!(
                            "merge-cannot-remove",
                            path = p.display(),
                            problem = e.to_string()
                        )));
                    }
                }
                staged.push(p.clone());
            }
            settled.push(Settled {
                id: plan.id,
                how: match plan.kept {
                    Some((rel, _, conflicts)) => How::Merged { rel, conflicts },
                    None => How::Deleted,
                },
            });
        }
        git::stage(root, &staged, std::time::Instant::now() + git::LOCK_WAIT)?;
        Ok(settled)
    }
}

/// One record's settlement, before it is written.
struct Plan {
    id: String,
    /// Where the merged record goes, its bytes and its fields in conflict; `None`:
    /// deleted.
    kept: Option<(PathBuf, Vec<u8>, Vec<String>)>,
    /// Its other paths, removed.
    remove: Vec<PathBuf>,
}

/// Where listings note the ids they found at two paths; shared with the caller.
pub type FiledTwiceSeen = Arc<std::sync::Mutex<std::collections::BTreeMap<String, Vec<PathBuf>>>>;

/// Notes in `seen` the ids that `listed` (one kind's files) has at more than one
/// path. A set of the names' hashes, cheap next to the listing itself (a few ms at
/// 150,000 files); the paths are gathered, exactly, only when a hash repeats.
pub(super) fn note_filed_twice(seen: &FiledTwiceSeen, listed: &[Listed]) {
    use std::hash::BuildHasher;
    let hasher = rustc_hash::FxBuildHasher;
    let mut names: rustc_hash::FxHashSet<u64> = Default::default();
    names.reserve(listed.len());
    let repeated = listed.iter().any(|l| {
        let path = std::os::unix::ffi::OsStrExt::as_bytes(l.rel.as_os_str());
        let name = path.iter().rposition(|b| *b == b'/').map_or(0, |i| i + 1);
        !names.insert(hasher.hash_one(&path[name..]))
    });
    if !repeated {
        return;
    }
    let twice = filed_twice(listed.iter().map(|l| l.rel.as_path()), id_of);
    if !twice.is_empty()
        && let Ok(mut set) = seen.lock()
    {
        set.extend(twice);
    }
}

/// Every record path of a commit (an id may be at two).
fn records_in_all(root: &Path, rev: &str) -> Result<Vec<PathBuf>, GitError> {
    let out = git::run(root, &["ls-tree", "-r", "-z", "--name-only", rev])?;
    Ok(out
        .split('\0')
        .map(Path::new)
        .filter(|p| is_record(p))
        .map(Path::to_path_buf)
        .collect())
}
