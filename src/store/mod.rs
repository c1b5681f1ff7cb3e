//! The store: a folder of age-encrypted TOML records, its config and recipients,
//! its write lock and its git history. Everything that touches the disk lives here,
//! behind a small API: open, list, load (in parallel), and a write transaction.

pub mod cache;
pub mod conflicts;
pub mod driver;
pub mod fsio;
pub mod git;
pub mod gitsetup;
mod idsource;
pub mod journal;
pub mod keys;
mod kinds;
mod listing;
pub mod moves;
mod owned;
mod rekey;
pub mod sync;
mod txn;
mod undo;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use rayon::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use crate::domain::complaint::playbook;
use crate::domain::config::{Config, DEFAULT_CONFIG_TOML};
use crate::domain::id::{self, Kind};
use git::GitError;
pub use idsource::IdSource;
use journal::{Failpoint, JournalError, Recovered};
use keys::{Identities, KeyError, Recipients};
pub use kinds::Record;
pub(crate) use kinds::with_record_type;
pub use listing::Listed;
pub use moves::FiledTwiceSeen;
pub use owned::{AnyRecord, OwnedAny, record_table};
pub use rekey::{Rewrap, Rewrapped};
pub use txn::{Committed, MAX_RECORD_BYTES, Txn, batch_message};
pub use undo::{UndoError, Undone};

pub const CONFIG_FILE: &str = ".hk/config.toml";
pub const RECIPIENTS_FILE: &str = ".hk/recipients";
pub const LOCK_FILE: &str = ".hk/lock";
pub const EXT: &str = ".toml.age";

const GITIGNORE: &str = "# derived and local files; never commit them\n.hk/cache/\n.hk/lock\n.hk/journal/\n.hk/journal.tmp/\n.hk-tmp-*\n";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", crate::t!("store-not-found", path = .0.display()))]
    NotFound(PathBuf),
    #[error("{}", crate::t!("store-not-a-store", path = .0.display()))]
    NotAStore(PathBuf),
    #[error("{}", crate::t!("store-already-exists", path = .0.display()))]
    AlreadyExists(PathBuf),
    #[error("{}", crate::t!("store-bad-file", path = .path.display(), problem = .problem))]
    BadFile { path: PathBuf, problem: String },
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error("{}", crate::t!("store-record", path = .path.display(), problem = .problem))]
    Record { path: PathBuf, problem: String },
    #[error("{}", crate::t!("store-wrong-key", path = .0.display()))]
    WrongKey(PathBuf),
    #[error("{}", crate::t!("store-locked", path = .0.display(), seconds = 30))]
    Locked(PathBuf),
    #[error("{}", crate::t!("store-conflict", path = .0.display()))]
    Conflict(PathBuf),
    #[error("{}", crate::t!("store-io", path = .path.display(), problem = crate::i18n::io_text(.source)))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Git(#[from] GitError),
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error("{}", crate::t!("store-not-a-recipient", key = .key))]
    NotARecipient { key: String },
    #[error("{}", crate::t!("store-key-opens-nothing", count = .count, folder = *.folder))]
    KeyOpensNothing { count: usize, folder: &'static str },
    #[error("{}", crate::t!("store-newer-format", path = .path.display(), format = .format))]
    NewerFormat { path: PathBuf, format: u32 },
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A record as read from disk, with what is needed to update it safely.
///
/// `record` is what was read; change a clone of it, never it in place, since a record
/// served by the cache rebuilds its text from it.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub record: T,
    pub rel_path: PathBuf,
    /// The decrypted TOML. A record served by the cache leaves it unset when it is
    /// exactly `toml::to_string(record)` (what hk writes), and it is made on demand.
    plaintext: OnceLock<String>,
    /// SHA-256 of the decrypted TOML: `Txn::update`'s "unchanged" check.
    plaintext_hash: [u8; 32],
    /// SHA-256 of the file as read: the check that nobody changed it since.
    ciphertext_hash: [u8; 32],
}

impl<T: Serialize> Loaded<T> {
    /// The decrypted TOML exactly as stored (for `hk cat` and `$EDITOR`).
    pub fn plaintext(&self) -> &str {
        self.plaintext
            .get_or_init(|| toml::to_string(&self.record).unwrap_or_default())
    }
}

/// A record's decrypted bytes, unparsed.
pub struct Raw {
    pub rel_path: PathBuf,
    pub plaintext: Vec<u8>,
    ciphertext_hash: [u8; 32],
}

/// Records that could not be read; reported by path, never dropped silently.
#[derive(Debug, Clone)]
pub struct Unreadable {
    pub path: PathBuf,
    pub problem: String,
    /// The file is whole, but no key of this identity opens it.
    pub wrong_key: bool,
}

/// The bare records of a kind (see `Store::load_records`), the files that could not
/// be read, and the records written by a newer hk (their paths, sorted).
pub struct Records<T> {
    pub records: Vec<T>,
    pub unreadable: Vec<Unreadable>,
    pub newer: Vec<PathBuf>,
}

/// The outcome of loading many records: the good ones and the bad ones.
pub struct LoadAll<T> {
    pub records: Vec<Loaded<T>>,
    pub unreadable: Vec<Unreadable>,
}

impl<T: Record> LoadAll<T> {
    /// Records written by a newer hk: read as far as this one understands them, and
    /// never rewritten (see `Txn::update`).
    pub fn newer(&self) -> Vec<&Path> {
        self.records
            .iter()
            .filter(|l| l.record.format() != T::FORMAT)
            .map(|l| l.rel_path.as_path())
            .collect()
    }
}

pub struct Store {
    pub root: PathBuf,
    pub config: Config,
    /// `HK_CRASH`: where a test wants this process to die (see `journal::Failpoint`).
    pub failpoint: Failpoint,
    /// Whether `load_all` goes through the cache (`--no-cache`/`HK_NO_CACHE` turn
    /// it off: then it is neither read nor written).
    pub use_cache: bool,
    /// What opening the store settled of an earlier, interrupted run (for a notice).
    pub recovered: Vec<Recovered>,
    /// An interrupted run that could not be settled yet (a warning for readers; a
    /// writer refuses with it).
    pub unsettled: Option<String>,
    /// The identity this command reads with, once known: writes update its cache.
    reader: OnceLock<Arc<Identities>>,
    /// Ids of the records with `[[conflicts]]` this command read (the CLI warns).
    pub conflicts_seen: ConflictsSeen,
    /// Ids this command found filed at more than one path, with their paths (the
    /// CLI warns): what a plain `git pull` leaves of a record two offices re-dated.
    pub filed_twice_seen: FiledTwiceSeen,
}

/// Where loads note the records with conflicts they read; shared with the caller.
pub type ConflictsSeen = Arc<std::sync::Mutex<std::collections::BTreeSet<String>>>;

/// Notes `record` in `seen` when it has conflicts.
fn note_conflicts<T: Record>(seen: &ConflictsSeen, record: &T) {
    if !record.conflicts().is_empty()
        && let Ok(mut set) = seen.lock()
    {
        set.insert(record.id().to_string());
    }
}

/// The store's `.hk/config.toml`, without opening the store (the merge driver runs
/// in the middle of a git merge and settles nothing).
pub fn read_config(root: &Path) -> Result<Config, StoreError> {
    let path = root.join(CONFIG_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StoreError::NotAStore(root.to_path_buf()));
        }
        Err(e) => return Err(io_err(&path)(e)),
    };
    Config::parse(&text).map_err(|problem| StoreError::BadFile { path, problem })
}

impl Store {
    /// Finds the store: an explicit folder, else the nearest ancestor of `cwd` with `.hk/`.
    pub fn discover(explicit: Option<&Path>, cwd: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = explicit {
            return Store::open(dir);
        }
        let mut dir = Some(cwd);
        while let Some(d) = dir {
            if d.join(".hk").is_dir() {
                return Store::open(d);
            }
            dir = d.parent();
        }
        Err(StoreError::NotFound(cwd.to_path_buf()))
    }

    pub fn open(root: &Path) -> Result<Store, StoreError> {
        let config = read_config(root)?;
        let mut store = Store {
            root: root.to_path_buf(),
            config,
            failpoint: Failpoint::default(),
            use_cache: true,
            recovered: Vec::new(),
            unsettled: None,
            reader: OnceLock::new(),
            conflicts_seen: ConflictsSeen::default(),
            filed_twice_seen: FiledTwiceSeen::default(),
        };
        store.settle_if_idle();
        Ok(store)
    }

    /// Settles what a killed run left, when no other hk holds the lock (a live writer
    /// settles its own). Readers never wait here and never fail for it: a problem is
    /// kept in `unsettled` for a warning.
    fn settle_if_idle(&mut self) {
        if !journal::pending(&self.root) {
            return;
        }
        let lock_path = self.root.join(LOCK_FILE);
        let Ok(Some(_lock)) = fsio::lock(&lock_path, Duration::ZERO) else {
            return;
        };
        match journal::recover(&self.root, &self.failpoint) {
            Ok(done) => self.recovered = done,
            Err(e) => self.unsettled = Some(e.to_string()),
        }
    }

    /// Creates the layout of a new store. `recipients` is the full text of
    /// `.hk/recipients`. With `git`, also creates the repository and its diff driver.
    pub fn create(root: &Path, recipients: &str, git: bool) -> Result<Store, StoreError> {
        if root.join(".hk").exists() {
            return Err(StoreError::AlreadyExists(root.to_path_buf()));
        }
        Recipients::parse(recipients, RECIPIENTS_FILE)?;
        for dir in [".hk", "clients", "visits", "followups", "surveys"] {
            let d = root.join(dir);
            std::fs::create_dir_all(&d).map_err(io_err(&d))?;
        }
        let files = [
            (CONFIG_FILE, DEFAULT_CONFIG_TOML),
            (RECIPIENTS_FILE, recipients),
            (".gitignore", GITIGNORE),
            (".gitattributes", gitsetup::GITATTRIBUTES),
        ];
        for (name, text) in files {
            let p = root.join(name);
            std::fs::write(&p, text).map_err(io_err(&p))?;
        }
        let playbooks = write_playbooks(root)?;
        // Git does not keep empty folders.
        for dir in ["clients", "visits", "followups", "surveys"] {
            let p = root.join(dir).join(".gitkeep");
            std::fs::write(&p, "").map_err(io_err(&p))?;
        }
        if git {
            if !git::is_repo_root(root) {
                git::run(root, &["init", "--quiet"])?;
            }
            gitsetup::configure(root)?;
            let paths: Vec<PathBuf> = [
                CONFIG_FILE,
                RECIPIENTS_FILE,
                ".gitignore",
                ".gitattributes",
                "clients/.gitkeep",
                "visits/.gitkeep",
                "followups/.gitkeep",
                "surveys/.gitkeep",
            ]
            .iter()
            .map(PathBuf::from)
            .chain(playbooks)
            .collect();
            git::commit(root, &paths, "init")?;
        }
        Store::open(root)
    }

    /// The resolution script for a complaint type (`playbook/<type>.md`), if the
    /// store has one.
    pub fn playbook(&self, type_key: &str) -> Result<Option<String>, StoreError> {
        let path = self.root.join(playbook::file_name(type_key));
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Some(text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_err(&path)(e)),
        }
    }

    /// `hk git setup`: both drivers in this clone's config, and `merge=hk` in
    /// `.gitattributes`, committed when it changes (under the store's lock). Returns
    /// whether it committed.
    pub fn git_setup(&self) -> Result<bool, StoreError> {
        let _txn = self.begin()?;
        gitsetup::configure(&self.root)?;
        let path = self.root.join(".gitattributes");
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(io_err(&path)(e)),
        };
        let wanted = gitsetup::with_merge(&text);
        if wanted == text {
            return Ok(false);
        }
        std::fs::write(&path, &wanted).map_err(io_err(&path))?;
        git::commit(
            &self.root,
            &[PathBuf::from(".gitattributes")],
            &git::mark("git setup"),
        )?;
        Ok(true)
    }

    pub fn recipients(&self) -> Result<Recipients, StoreError> {
        let path = self.root.join(RECIPIENTS_FILE);
        let text = std::fs::read_to_string(&path).map_err(io_err(&path))?;
        Ok(Recipients::parse(&text, RECIPIENTS_FILE)?)
    }

    /// Refuses an identity none of whose keys is among `.hk/recipients`: such a key
    /// reads nothing, and a write under it could not see what it would duplicate.
    /// An identity whose public key cannot be told (some ssh keys) is let through;
    /// its failures show per record.
    pub fn check_identity(&self, ids: &Identities) -> Result<(), StoreError> {
        let path = self.root.join(RECIPIENTS_FILE);
        let text = std::fs::read_to_string(&path).map_err(io_err(&path))?;
        let listed: Vec<String> = text.lines().map(recipient_key).collect();
        match ids.public.first() {
            Some(first)
                if !ids
                    .public
                    .iter()
                    .any(|k| listed.contains(&recipient_key(k))) =>
            {
                Err(StoreError::NotARecipient { key: first.clone() })
            }
            _ => Ok(()),
        }
    }

    /// Remembers the identity this command reads with (the first one given), so that
    /// its writes keep that identity's cache current.
    pub fn remember_reader(&self, ids: Arc<Identities>) {
        let _ = self.reader.set(ids);
    }

    /// Every record file of a kind, relative to the root, sorted. Reads only the
    /// folder listing, not the files.
    pub fn files(&self, kind: Kind) -> Result<Vec<PathBuf>, StoreError> {
        Ok(self.walk(kind, false)?.into_iter().map(|l| l.rel).collect())
    }

    /// Every record file of a kind with what `stat` says of it (`None` when the stat
    /// failed), sorted like `files`. Folders are listed in parallel, and each file is
    /// looked at relative to its open folder, not by a path from the root.
    pub fn listing(&self, kind: Kind) -> Result<Vec<Listed>, StoreError> {
        self.walk(kind, true)
    }

    fn walk(&self, kind: Kind, stat: bool) -> Result<Vec<Listed>, StoreError> {
        let dir = self.root.join(kind.folder());
        let mut out = listing::list_folder(&dir, Path::new(kind.folder()), stat)?;
        // By bytes, not by `Path` components (slow at 150,000 files): the same order
        // here, where every name in a folder has the same shape. Folders come back
        // sorted already, unless one mixes files and subfolders.
        if !out.is_sorted_by(|a, b| a.rel.as_os_str() <= b.rel.as_os_str()) {
            out.par_sort_unstable_by(|a, b| a.rel.as_os_str().cmp(b.rel.as_os_str()));
        }
        moves::note_filed_twice(&self.filed_twice_seen, &out);
        Ok(out)
    }

    /// Ids of a kind from the file names alone.
    pub fn ids(&self, kind: Kind) -> Result<Vec<String>, StoreError> {
        Ok(self
            .files(kind)?
            .iter()
            .filter_map(|p| id_of(p))
            .filter(|id| id::is_valid(kind, id))
            .collect())
    }

    /// Records of `kind` whose id starts with `prefix`, as (id, file), from file names
    /// alone (nothing is decrypted), sorted.
    pub fn find_prefix(
        &self,
        kind: Kind,
        prefix: &str,
    ) -> Result<Vec<(String, PathBuf)>, StoreError> {
        Ok(self
            .files(kind)?
            .into_iter()
            .filter_map(|p| id_of(&p).filter(|i| i.starts_with(prefix)).map(|i| (i, p)))
            .collect())
    }

    /// The record with exactly this id, if a file has it.
    pub fn load_id<T: Record>(
        &self,
        id: &str,
        ids: &Identities,
    ) -> Result<Option<Loaded<T>>, StoreError> {
        let file = self
            .find_prefix(T::KIND, id)?
            .into_iter()
            .find_map(|(found, rel)| (found == id).then_some(rel));
        match file {
            None => Ok(None),
            Some(rel) => self.load(&rel, ids).map(Some).map_err(|u| {
                if u.wrong_key {
                    StoreError::WrongKey(u.path)
                } else {
                    StoreError::Record {
                        path: u.path,
                        problem: u.problem,
                    }
                }
            }),
        }
    }

    /// A fresh id of `kind` that no file uses yet.
    pub fn new_id(&self, kind: Kind) -> Result<String, StoreError> {
        self.id_source(kind)?.fresh()
    }

    /// Hands out many fresh ids of `kind` (for imports), listing the folder once.
    pub fn id_source(&self, kind: Kind) -> Result<IdSource, StoreError> {
        Ok(IdSource {
            kind,
            taken: self.ids(kind)?.into_iter().collect(),
            root: self.root.clone(),
        })
    }

    /// Reads and decrypts one record (never through the cache: one file costs one
    /// decryption either way).
    pub fn load<T: Record>(&self, rel: &Path, ids: &Identities) -> Result<Loaded<T>, Unreadable> {
        let bytes = std::fs::read(self.root.join(rel)).map_err(|e| Unreadable {
            path: rel.to_path_buf(),
            problem: e.to_string(),
            wrong_key: false,
        })?;
        let loaded = decode_record::<T>(&bytes, rel, ids)?;
        note_conflicts(&self.conflicts_seen, &loaded.record);
        Ok(loaded)
    }

    /// Decrypts, without parsing, every record file of every kind that `skip` (given
    /// the file's bytes) does not pass over (for rewrapping). Returns the decrypted
    /// records, the unreadable ones, and how many were skipped.
    pub fn load_all_raw(
        &self,
        ids: &Identities,
        skip: &(dyn Fn(&[u8]) -> bool + Sync),
    ) -> Result<(Vec<Raw>, Vec<Unreadable>, usize), StoreError> {
        let mut files = Vec::new();
        for kind in Kind::ALL {
            files.extend(self.files(kind)?);
        }
        let results: Vec<Option<Result<Raw, Unreadable>>> = files
            .par_iter()
            .map(|rel| {
                let bytes = match std::fs::read(self.root.join(rel)) {
                    Ok(b) => b,
                    Err(e) => {
                        return Some(Err(Unreadable {
                            path: rel.clone(),
                            problem: e.to_string(),
                            wrong_key: false,
                        }));
                    }
                };
                if skip(&bytes) {
                    return None;
                }
                Some(
                    ids.decrypt(&bytes)
                        .map_err(|e| decrypt_failed(rel, &e))
                        .map(|plaintext| Raw {
                            rel_path: rel.clone(),
                            plaintext,
                            ciphertext_hash: hash_bytes(&bytes),
                        }),
                )
            })
            .collect();
        let mut raws = Vec::new();
        let mut bad = Vec::new();
        let mut skipped = 0;
        for r in results {
            match r {
                None => skipped += 1,
                Some(Ok(x)) => raws.push(x),
                Some(Err(u)) => bad.push(u),
            }
        }
        Ok((raws, bad, skipped))
    }

    /// Reads and decrypts every record of a kind, in parallel, through the cache
    /// unless it is turned off (see `cache`).
    pub fn load_all<T: Record>(&self, ids: &Identities) -> Result<LoadAll<T>, StoreError> {
        self.load_matching(ids, None)
    }

    /// The records of a kind that belong to one client (see [`Record::owner`]). Every
    /// file is still checked for freshness, but from the cache only that client's
    /// records are decoded. Unreadable files are all reported: any could be theirs.
    pub fn load_owned<T: Record>(
        &self,
        ids: &Identities,
        owner: &str,
    ) -> Result<LoadAll<T>, StoreError> {
        self.load_matching(ids, Some(owner))
    }

    fn load_matching<T: Record>(
        &self,
        ids: &Identities,
        owner: Option<&str>,
    ) -> Result<LoadAll<T>, StoreError> {
        let (records, unreadable) = self.load_shaped(ids, owner, &|l: Loaded<T>| l)?;
        Ok(LoadAll {
            records,
            unreadable,
        })
    }

    /// The bare records of a kind, or of one client's (the query layer's book keeps
    /// nothing else): their paths, hashes and texts are dropped on the workers that
    /// loaded them, and the records land in their vector in one pass.
    pub fn load_records<T: Record>(
        &self,
        ids: &Identities,
        owner: Option<&str>,
    ) -> Result<Records<T>, StoreError> {
        let newer = Mutex::new(Vec::new());
        let (records, unreadable) = self.load_shaped(ids, owner, &|l: Loaded<T>| {
            if l.record.format() != T::FORMAT
                && let Ok(mut newer) = newer.lock()
            {
                newer.push(l.rel_path);
            }
            l.record
        })?;
        let mut newer = newer.into_inner().unwrap_or_default();
        newer.sort();
        Ok(Records {
            records,
            unreadable,
            newer,
        })
    }

    /// Loads the records of a kind (of `owner`'s, when given), each handed to `shape`
    /// on the worker that read it.
    fn load_shaped<T: Record, U: Send>(
        &self,
        ids: &Identities,
        owner: Option<&str>,
        shape: &(impl Fn(Loaded<T>) -> U + Sync),
    ) -> Result<(Vec<U>, Vec<Unreadable>), StoreError> {
        let shape = |l: Loaded<T>| {
            note_conflicts(&self.conflicts_seen, &l.record);
            shape(l)
        };
        let (records, unreadable) = if self.use_cache {
            // Read before any file is looked at: the reference for the racy rule.
            cache::load_all(self, ids, cache::now_ns(), owner, &shape)?
        } else {
            self.load_each(ids, owner, &shape)?
        };
        if records.is_empty() && !unreadable.is_empty() && unreadable.iter().all(|u| u.wrong_key) {
            return Err(StoreError::KeyOpensNothing {
                count: unreadable.len(),
                folder: T::KIND.folder(),
            });
        }
        Ok((records, unreadable))
    }

    /// Decrypts every record file of a kind in parallel, without the cache: the records
    /// (of `owner`'s, when given), each handed to `shape`, and the files that could not
    /// be read.
    fn load_each<T: Record, U: Send>(
        &self,
        ids: &Identities,
        owner: Option<&str>,
        shape: &(impl Fn(Loaded<T>) -> U + Sync),
    ) -> Result<(Vec<U>, Vec<Unreadable>), StoreError> {
        let results: Vec<Option<Result<U, Unreadable>>> = self
            .files(T::KIND)?
            .par_iter()
            .map(|rel| match self.load::<T>(rel, ids) {
                Ok(l) => (owner.is_none() || l.record.owner() == owner).then(|| Ok(shape(l))),
                Err(u) => Some(Err(u)),
            })
            .collect();
        Ok(cache::split(results, |r| r))
    }

    /// Starts a write: takes the store's lock (waiting up to 30 s for another `hk`)
    /// and reads the recipients.
    pub fn begin(&self) -> Result<Txn<'_>, StoreError> {
        let lock_path = self.root.join(LOCK_FILE);
        let lock = fsio::lock(&lock_path, Duration::from_secs(30))
            .map_err(io_err(&lock_path))?
            .ok_or_else(|| StoreError::Locked(PathBuf::from(LOCK_FILE)))?;
        // What a killed run left is settled before anything else is written.
        journal::recover(&self.root, &self.failpoint)?;
        let folders = Kind::ALL.iter().map(|k| self.root.join(k.folder()));
        Ok(Txn {
            store: self,
            staging: None,
            sweep: Some(fsio::Sweep::start(folders.collect())),
            _lock: lock,
            recipients: self.recipients()?,
            writes: Vec::new(),
            removals: Vec::new(),
            also: Vec::new(),
        })
    }
}

/// Writes the default playbook of every default complaint type; returns their paths.
fn write_playbooks(root: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let dir = root.join(playbook::FOLDER);
    std::fs::create_dir_all(&dir).map_err(io_err(&dir))?;
    let mut paths = Vec::new();
    for t in &Config::default().complaints.types {
        let rel = PathBuf::from(playbook::file_name(&t.key));
        let p = root.join(&rel);
        std::fs::write(&p, playbook::default_text(t)).map_err(io_err(&p))?;
        paths.push(rel);
    }
    Ok(paths)
}

/// A public key without its comment: `age1…`, or `ssh-ed25519 AAAA…`.
fn recipient_key(line: &str) -> String {
    keys::without_comment(line)
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The id part of a record file name.
pub fn id_of(rel: &Path) -> Option<String> {
    let name = rel.file_name()?.to_str()?;
    name.strip_suffix(EXT).map(str::to_string)
}

/// SHA-256: stable across processes and Rust releases, so a hash kept in the cache
/// means the same thing to the next hk run (`DefaultHasher` promises neither).
fn hash_bytes(b: &[u8]) -> [u8; 32] {
    Sha256::digest(b).into()
}

/// Decrypts and parses one record file's bytes, and checks its id against its name.
fn decode_record<T: Record>(
    bytes: &[u8],
    rel: &Path,
    ids: &Identities,
) -> Result<Loaded<T>, Unreadable> {
    let bad = |problem: String| Unreadable {
        path: rel.to_path_buf(),
        problem,
        wrong_key: false,
    };
    if !bytes.starts_with(b"age-encryption.org/v1")
        && !bytes.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----")
    {
        return Err(bad(crate::t!("store-not-age")));
    }
    let plain = ids.decrypt(bytes).map_err(|e| decrypt_failed(rel, &e))?;
    let plaintext = String::from_utf8(plain).map_err(|_| bad(crate::t!("store-not-utf8")))?;
    let record: T = parse_record(&plaintext).map_err(bad)?;
    let expected = rel
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if expected != format!("{}{EXT}", record.id()) {
        return Err(bad(crate::t!("store-id-mismatch", id = record.id())));
    }
    Ok(Loaded {
        record,
        rel_path: rel.to_path_buf(),
        plaintext_hash: hash_bytes(plaintext.as_bytes()),
        plaintext: OnceLock::from(plaintext),
        ciphertext_hash: hash_bytes(bytes),
    })
}

fn decrypt_failed(rel: &Path, e: &age::DecryptError) -> Unreadable {
    Unreadable {
        path: rel.to_path_buf(),
        problem: describe_decrypt_error(e),
        wrong_key: matches!(e, age::DecryptError::NoMatchingKeys),
    }
}

fn describe_decrypt_error(e: &age::DecryptError) -> String {
    match e {
        age::DecryptError::NoMatchingKeys => crate::t!("store-decrypt-no-identity"),
        age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat => {
            crate::t!("store-not-age")
        }
        age::DecryptError::DecryptionFailed | age::DecryptError::InvalidMac => {
            crate::t!("store-damaged")
        }
        // A damaged payload shows up while streaming, as an I/O "decryption error".
        age::DecryptError::Io(e) if e.kind() == std::io::ErrorKind::InvalidData => {
            crate::t!("store-damaged")
        }
        other => crate::t!("store-decrypt-failed", problem = other.to_string()),
    }
}

/// Parses a record's TOML. The error gives the line and toml's message, with any
/// quoted value blanked out, because values are personal data.
pub fn parse_record<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let msg = scrub_quotes(e.message());
        match line {
            Some(l) => crate::t!("store-invalid-record-at", line = l, problem = msg),
            None => crate::t!("store-invalid-record", problem = msg),
        }
    })
}

/// Blanks out values quoted in a parser message. serde quotes strings in `"…"` and
/// other values, like field names, in backticks; a backticked word is kept only when it
/// looks like a field name (lower-case ASCII, `_`, `.`), because values are personal data.
fn scrub_quotes(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut quote: Option<(char, String)> = None;
    for ch in msg.chars() {
        match &mut quote {
            None if ch == '"' || ch == '`' => quote = Some((ch, String::new())),
            None => out.push(ch),
            Some((q, inner)) if ch == *q => {
                let keep = *q == '`'
                    && !inner.is_empty()
                    && inner
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '_' || c == '.');
                out.push(*q);
                out.push_str(if keep { inner } else { "…" });
                out.push(*q);
                quote = None;
            }
            Some((_, inner)) => inner.push(ch),
        }
    }
    if let Some((q, _)) = quote {
        out.push(q);
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubbing_hides_values_but_keeps_field_names() {
        let m =
            scrub_quotes("invalid type: string \"王秀英\", expected u32 for key `household.size`");
        assert!(!m.contains("王秀英"));
        assert!(m.contains("`household.size`"));
    }

    #[test]
    fn record_parse_errors_carry_a_line_and_no_value() {
        let text = "format = 1\nid = \"c-7k2m9q4x\"\nname = 13812345678\n";
        let err = parse_record::<crate::domain::client::Client>(text).unwrap_err();
        assert!(err.contains("line 3"), "{err}");
        assert!(!err.contains("13812345678"), "{err}");
    }
}
