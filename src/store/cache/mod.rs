//! The derived cache of DESIGN §9: what `load_all` decrypted last time, kept in
//! `.hk/cache/<folder>.bin.age` so that a command decrypts only the records that
//! changed since.
//!
//! **What it holds.** One file per record kind, age-encrypted to the reading
//! identity's own public key (so nothing in it is readable without that identity).
//! Inside: a header (cache format, hk version, the public key, the moment the snapshot
//! was taken) and, per readable record file, its path, its stamp (size, mtime, ctime,
//! inode), the SHA-256 of its ciphertext and of its plaintext, and the record itself
//! in MessagePack (`rmp-serde`, with field names, so serde's `default` and
//! `skip_serializing_if` round-trip). The plaintext TOML is kept only when it is not
//! exactly what hk would write for the record (a hand-edited file), or when the
//! record does not survive the MessagePack round trip. Unreadable files are never
//! cached: they are tried, and reported, on every run.
//!
//! **Never stale.** An entry is used only when the file's stamp is unchanged, and,
//! like git's "racily clean" index entries, when the file's mtime and ctime are more
//! than [`RACY_MARGIN_NS`] older than the moment the snapshot was taken (before any
//! file was looked at). A file changed in that window could keep its stamp, so such
//! an entry is checked by reading the file and comparing the ciphertext's hash. A
//! file in the folder without an entry is decrypted and added; an entry without a
//! file is dropped. A cache for another identity or another hk version, or one that
//! does not decrypt or parse, is ignored and rebuilt, never an error.
//!
//! **Writing** is best effort: after a load that found any change, the whole file is
//! rewritten to a temp file in `.hk/cache/` and renamed over the old one. Two
//! processes doing so at once are both right; the last rename wins. A failure to
//! write only costs speed next time.

use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rayon::prelude::*;

use super::keys::{Identities, parse_recipient};
use super::{Listed, Loaded, Record, Store, StoreError, Unreadable, hash_bytes, parse_record};
use crate::domain::id::Kind;

mod format;
mod seal;
#[cfg(test)]
mod tests;

use format::*;
pub use format::{decode, decode_view, encode};
use seal::*;
/// The cache folder, relative to the store root.
pub const CACHE_DIR: &str = ".hk/cache";
/// Bumped whenever the layout below changes; with the hk version, part of the key.
pub const CACHE_FORMAT: u32 = 2;
const MAGIC: &[u8; 8] = b"HKCACHE\0";
/// How close to the snapshot a file's mtime or ctime may be before its entry counts
/// as racily clean. File times come from a coarse kernel clock that can lag the
/// system clock by a tick, and filesystems differ in granularity (1 s on some), so
/// this is generous; a racy entry costs a read and a hash, not a decryption.
pub const RACY_MARGIN_NS: i64 = 2_000_000_000;
/// A stray temp file of a killed writer is swept after this long.
const STALE_TEMP: Duration = Duration::from_secs(3600);

/// What `stat` says of a file; any change means the file may have changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub size: u64,
    pub mtime_ns: i64,
    pub ctime_ns: i64,
    pub ino: u64,
}

impl Stamp {
    pub fn of(m: &std::fs::Metadata) -> Stamp {
        Stamp {
            size: m.size(),
            mtime_ns: m.mtime() * 1_000_000_000 + m.mtime_nsec(),
            ctime_ns: m.ctime() * 1_000_000_000 + m.ctime_nsec(),
            ino: m.ino(),
        }
    }

    /// Whether the file could have changed after `taken_ns` without changing its
    /// stamp (git's racy-git problem): its times are too close to the snapshot.
    pub fn is_racy(&self, taken_ns: i64) -> bool {
        self.mtime_ns.max(self.ctime_ns) >= taken_ns.saturating_sub(RACY_MARGIN_NS)
    }
}

/// One cached record file.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub rel: PathBuf,
    /// The client the record belongs to (`Record::owner`), empty for none.
    pub owner: String,
    pub stamp: Stamp,
    pub cipher_hash: [u8; 32],
    pub plain_hash: [u8; 32],
    /// The record in MessagePack; empty when only `plaintext` can give it back.
    pub body: Vec<u8>,
    /// The decrypted TOML, kept only when it is not what hk would write.
    pub plaintext: Option<String>,
}

/// A cache file's contents.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub version: String,
    pub public_key: String,
    pub folder: String,
    /// When the snapshot was taken (ns since the epoch), before any file was looked at.
    pub taken_ns: i64,
    pub entries: Vec<Entry>,
}

/// One entry as it lies in the decrypted cache file: borrowed, not copied (a warm
/// load at 100,000 records would otherwise copy every body once more).
#[derive(Debug, Clone, Copy)]
pub struct EntryRef<'a> {
    /// The record file's path relative to the root, as bytes.
    pub rel: &'a [u8],
    pub owner: &'a str,
    pub stamp: Stamp,
    pub cipher_hash: &'a [u8; 32],
    pub plain_hash: &'a [u8; 32],
    pub body: &'a [u8],
    pub plaintext: Option<&'a str>,
}

/// A decoded cache file, borrowing from its decrypted bytes. Entries are sorted by
/// path bytes, strictly (checked on decode), so a file's entry is found by a binary
/// search, with no hashing.
#[derive(Debug)]
pub struct View<'a> {
    pub version: &'a str,
    pub public_key: &'a str,
    pub folder: &'a str,
    pub taken_ns: i64,
    pub entries: Vec<EntryRef<'a>>,
}

impl View<'_> {
    /// The index of the entry for `rel`, if any.
    pub fn find(&self, rel: &Path) -> Option<usize> {
        let key = rel.as_os_str().as_bytes();
        self.entries.binary_search_by(|e| e.rel.cmp(key)).ok()
    }

    /// The entry of each path, for paths sorted by bytes as the entries are: one
    /// merge walk over both.
    pub fn match_sorted<'p>(&self, paths: impl Iterator<Item = &'p Path>) -> Vec<Option<usize>> {
        let mut at = 0;
        paths
            .map(|p| {
                let key = p.as_os_str().as_bytes();
                while at < self.entries.len() && self.entries[at].rel < key {
                    at += 1;
                }
                (at < self.entries.len() && self.entries[at].rel == key).then_some(at)
            })
            .collect()
    }

    pub fn to_owned(&self) -> Snapshot {
        Snapshot {
            version: self.version.to_string(),
            public_key: self.public_key.to_string(),
            folder: self.folder.to_string(),
            taken_ns: self.taken_ns,
            entries: self
                .entries
                .iter()
                .map(|e| Entry {
                    rel: PathBuf::from(OsStr::from_bytes(e.rel)),
                    owner: e.owner.to_string(),
                    stamp: e.stamp,
                    cipher_hash: *e.cipher_hash,
                    plain_hash: *e.plain_hash,
                    body: e.body.to_vec(),
                    plaintext: e.plaintext.map(str::to_string),
                })
                .collect(),
        }
    }
}

impl Entry {
    pub fn borrowed(&self) -> EntryRef<'_> {
        EntryRef {
            rel: self.rel.as_os_str().as_bytes(),
            owner: &self.owner,
            stamp: self.stamp,
            cipher_hash: &self.cipher_hash,
            plain_hash: &self.plain_hash,
            body: &self.body,
            plaintext: self.plaintext.as_deref(),
        }
    }
}

pub fn cache_file(root: &Path, kind: Kind) -> PathBuf {
    root.join(CACHE_DIR)
        .join(format!("{}.bin.age", kind.folder()))
}

pub fn now_ns() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------
// Reading and writing the cache file.

/// What is known of one kind's cache file, for `hk cache status`.
#[derive(Debug)]
pub enum State {
    Missing,
    /// Written for another identity, or damaged: it will be rebuilt.
    Unusable,
    Usable(Snapshot),
}

/// Opens a cache file with `ids`; no check of version or key.
pub fn read_file(path: &Path, ids: &Identities) -> State {
    match read_plain(path, ids) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => State::Missing,
        Err(_) => State::Unusable,
        Ok(plain) => match decode(&plain) {
            Some(s) => State::Usable(s),
            None => State::Unusable,
        },
    }
}

/// A cache file decrypted (see [`seal`] for its layout).
fn read_plain(path: &Path, ids: &Identities) -> io::Result<Opened> {
    let bytes = std::fs::read(path)?;
    open_sealed(bytes, ids).ok_or_else(|| io::Error::other(crate::t!("cache-damaged")))
}

/// Whether a decoded cache was written by this hk for this key and kind.
fn usable(v: &View<'_>, kind: Kind, key: &str) -> bool {
    v.version == env!("CARGO_PKG_VERSION") && v.public_key == key && v.folder == kind.folder()
}

/// Creates `.hk/cache/` (mode 0700) with a `.gitignore` that ignores everything in
/// it, for stores whose top `.gitignore` predates the cache.
fn ensure_dir(root: &Path) -> io::Result<PathBuf> {
    let dir = root.join(CACHE_DIR);
    if !dir.is_dir() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)?;
    }
    let perms = std::fs::metadata(&dir)?.permissions();
    if perms.mode() & 0o077 != 0 {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))?;
    }
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        let made = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&ignore)
            .and_then(|mut f| f.write_all(b"*\n"));
        match made {
            Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(e),
            _ => {}
        }
    }
    Ok(dir)
}

/// Writes a snapshot atomically: an encrypted temp file (0600) in the cache folder,
/// then a rename over the old one.
pub fn write(root: &Path, kind: Kind, snap: &Snapshot) -> io::Result<()> {
    let (header, entries) = snap.parts();
    write_entries(root, kind, &header, || entries.iter().copied())
}

/// Encodes, encrypts (to the header's public key) and puts in place a cache file
/// atomically, streaming: the encoding is never whole in memory. `entries` gives the
/// entries, sorted by path, each time it is called (twice: to size, then to write).
fn write_entries<'e, I: Iterator<Item = EntryRef<'e>>>(
    root: &Path,
    kind: Kind,
    header: &Header<'_>,
    entries: impl Fn() -> I,
) -> io::Result<()> {
    let dir = ensure_dir(root)?;
    sweep_temps(&dir);
    let recipient = parse_recipient(header.public_key).map_err(io::Error::other)?;
    let mut random = [0u8; 8];
    getrandom::fill(&mut random).map_err(|e| io::Error::other(e.to_string()))?;
    let tmp = dir.join(format!(
        ".tmp-{}-{}-{:016x}",
        kind.folder(),
        std::process::id(),
        u64::from_le_bytes(random)
    ));
    let result = (|| {
        let f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        let (len, count) = encoded_len(header, entries());
        let mut sealer = Sealer::new(f, recipient.as_ref(), len as u64)?;
        encode_into(header, count, entries(), &mut sealer)?;
        sealer.finish()?;
        std::fs::rename(&tmp, cache_file(root, kind))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Removes temp files that a killed writer left (older than an hour, so that a live
/// writer's is never taken).
fn sweep_temps(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE_TEMP);
        if old && e.file_name().to_string_lossy().starts_with(".tmp-") {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Deletes the cache folder. Returns how many cache files it held.
pub fn clear(root: &Path) -> io::Result<usize> {
    let dir = root.join(CACHE_DIR);
    let count = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".bin.age"))
            .count(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    std::fs::remove_dir_all(&dir)?;
    Ok(count)
}

// ---------------------------------------------------------------------------
// Loading through the cache.

/// What became of one file; `U` is the record as the caller asked for it (see
/// `load_all`'s `shape`).
enum Outcome<U> {
    /// Served from the old snapshot (index into its entries); no record when it
    /// belongs to another client than the one asked for.
    Kept(usize, Option<U>),
    /// Decrypted now.
    Fresh(Box<Entry>, Option<U>),
    Bad(Unreadable),
}

/// Loads every record file of `T`'s kind, from the cache where it is provably
/// current, and refreshes the cache when anything changed. The folder is listed (each
/// file with its stamp) while the cache file is read and decrypted. `taken_ns` was read
/// before the listing began. Without an age public key for the identity (an ssh key),
/// there is no cache. With `owner`, only the records of that client come back.
///
/// Each record is handed to `shape` on the worker that loaded it, and the shapes come
/// back in file order with the unreadable files beside them: a caller that wants the
/// bare records gets them without another pass over 100,000 of them.
pub(super) fn load_all<T: Record, U: Send>(
    store: &Store,
    ids: &Identities,
    taken_ns: i64,
    owner: Option<&str>,
    shape: &(impl Fn(Loaded<T>) -> U + Sync),
) -> Result<(Vec<U>, Vec<Unreadable>), StoreError> {
    let wanted = |l: &Loaded<T>| owner.is_none() || l.record.owner() == owner;
    let Some(key) = ids.public.first().cloned() else {
        return store.load_each(ids, owner, shape);
    };
    let root = &store.root;
    let (listing, plain) = rayon::join(
        || store.listing(T::KIND),
        || read_plain(&cache_file(root, T::KIND), ids).ok(),
    );
    let listing = listing?;
    let old = plain
        .as_deref()
        .and_then(decode_view)
        .filter(|v| usable(v, T::KIND, &key));
    let old_taken = old.as_ref().map_or(0, |v| v.taken_ns);
    let matched = old
        .as_ref()
        .map(|v| v.match_sorted(listing.iter().map(|l| l.rel.as_path())))
        .unwrap_or_else(|| vec![None; listing.len()]);
    let outcomes: Vec<Outcome<U>> = listing
        .into_par_iter()
        .zip(matched.par_iter())
        .map(|(l, &at)| {
            let cached = old.as_ref().zip(at).map(|(v, i)| (i, &v.entries[i]));
            match check::<T>(root, ids, l, cached, old_taken, owner) {
                Outcome::Kept(i, l) => Outcome::Kept(i, l.map(shape)),
                Outcome::Fresh(e, l) => Outcome::Fresh(e, l.filter(wanted).map(shape)),
                Outcome::Bad(u) => Outcome::Bad(u),
            }
        })
        .collect();

    let mut changed = old.is_none();
    let mut kept = 0;
    let mut settled = false;
    for o in &outcomes {
        match o {
            Outcome::Kept(i, _) => {
                kept += 1;
                let e = &old.as_ref().expect("kept from it").entries[*i];
                // A racy entry that is no longer racy is worth a rewrite: it saves
                // a read and a hash on every later run.
                settled |= e.stamp.is_racy(old_taken) && !e.stamp.is_racy(taken_ns);
            }
            Outcome::Fresh(..) => changed = true,
            Outcome::Bad(_) => {}
        }
    }
    if old.as_ref().is_some_and(|v| v.entries.len() != kept) {
        changed = true;
    }
    if changed || settled {
        let entries: Vec<EntryRef<'_>> = outcomes
            .iter()
            .filter_map(|o| match o {
                Outcome::Kept(i, _) => Some(old.as_ref().expect("kept from it").entries[*i]),
                Outcome::Fresh(e, _) => Some(e.borrowed()),
                Outcome::Bad(_) => None,
            })
            .collect();
        let header = Header {
            version: env!("CARGO_PKG_VERSION"),
            public_key: &key,
            folder: T::KIND.folder(),
            taken_ns,
        };
        // Best effort: a cache that cannot be written costs speed, nothing else.
        let _ = write_entries(root, T::KIND, &header, || entries.iter().copied());
    }
    Ok(split(outcomes, |o| match o {
        Outcome::Kept(_, u) | Outcome::Fresh(_, u) => u.map(Ok),
        Outcome::Bad(u) => Some(Err(u)),
    }))
}

/// The records and the unreadable files of `items` (as `f` tells them), each in the
/// order they come. The records are collected in place: they stay in `items`'
/// buffer, whose pages are touched already (a new buffer costs a page fault per 4 KiB,
/// 1.5 ms for 20,000 surveys, 40 MB of fresh pages at 100,000 visits).
pub(super) fn split<S, U>(
    items: Vec<S>,
    f: impl Fn(S) -> Option<Result<U, Unreadable>>,
) -> (Vec<U>, Vec<Unreadable>) {
    let mut unreadable = Vec::new();
    let records = items
        .into_iter()
        .filter_map(|s| match f(s)? {
            Ok(u) => Some(u),
            Err(e) => {
                unreadable.push(e);
                None
            }
        })
        .collect();
    (records, unreadable)
}

/// Decides one file: keep its entry, or decrypt it.
fn check<T: Record>(
    root: &Path,
    ids: &Identities,
    listed: Listed,
    cached: Option<(usize, &EntryRef<'_>)>,
    old_taken: i64,
    owner: Option<&str>,
) -> Outcome<Loaded<T>> {
    let Listed { rel, stamp } = listed;
    if let Some((i, e)) = cached
        && stamp == Some(e.stamp)
    {
        // A racy entry is checked against the file: a read, not a decryption.
        let current = !e.stamp.is_racy(old_taken)
            || std::fs::read(root.join(&rel)).is_ok_and(|b| hash_bytes(&b) == *e.cipher_hash);
        if current {
            if owner.is_some_and(|o| o != e.owner) {
                return Outcome::Kept(i, None);
            }
            if let Some(record) = record_of::<T>(e) {
                return Outcome::Kept(i, Some(from_entry(e, record, rel)));
            }
        }
    }
    match fresh(ids, &root.join(&rel), &rel) {
        Ok((e, l)) => Outcome::Fresh(Box::new(e), Some(l)),
        Err(u) => Outcome::Bad(u),
    }
}

/// The record a cache entry holds; `None` if the entry does not give it back.
fn record_of<T: Record>(e: &EntryRef<'_>) -> Option<T> {
    if e.body.is_empty() {
        parse_record(e.plaintext?).ok()
    } else {
        rmp_serde::from_slice(e.body).ok()
    }
}

/// A loaded record from its cache entry and its decoded record.
fn from_entry<T: Record>(e: &EntryRef<'_>, record: T, rel: PathBuf) -> Loaded<T> {
    let plaintext = OnceLock::new();
    if let Some(p) = e.plaintext {
        let _ = plaintext.set(p.to_string());
    }
    Loaded {
        record,
        rel_path: rel,
        plaintext,
        plaintext_hash: *e.plain_hash,
        ciphertext_hash: *e.cipher_hash,
    }
}

/// Reads and decrypts one file, and makes its cache entry. The stamp is taken from
/// the open file before it is read, so a change during the read shows as a changed
/// (or racy) stamp next time, never as a current one.
fn fresh<T: Record>(
    ids: &Identities,
    full: &Path,
    rel: &Path,
) -> Result<(Entry, Loaded<T>), Unreadable> {
    let bad = |problem: String| Unreadable {
        path: rel.to_path_buf(),
        problem,
        wrong_key: false,
    };
    let mut file = File::open(full).map_err(|e| bad(e.to_string()))?;
    let stamp = Stamp::of(&file.metadata().map_err(|e| bad(e.to_string()))?);
    let mut bytes = Vec::with_capacity(stamp.size as usize);
    file.read_to_end(&mut bytes)
        .map_err(|e| bad(e.to_string()))?;
    let loaded: Loaded<T> = super::decode_record(&bytes, rel, ids)?;
    let text = loaded.plaintext.get().expect("set by decode_record");
    let (body, plaintext) = body_of(&loaded.record, text, None);
    let entry = Entry {
        rel: rel.to_path_buf(),
        owner: loaded.record.owner().unwrap_or_default().to_string(),
        stamp,
        cipher_hash: loaded.ciphertext_hash,
        plain_hash: loaded.plaintext_hash,
        body,
        plaintext,
    };
    Ok((entry, loaded))
}

/// How the cache keeps a record whose decrypted TOML is `text`: in MessagePack when
/// that gives the same record back, with the text only when it is not exactly what hk
/// writes for the record. `canonical` is `toml::to_string(record)` when the caller
/// has it already (hk's own writes: then it is `text`).
fn body_of<T: Record>(
    record: &T,
    text: &str,
    canonical: Option<&str>,
) -> (Vec<u8>, Option<String>) {
    let made;
    let canonical = match canonical {
        Some(c) => Some(c),
        None => {
            made = toml::to_string(record).ok();
            made.as_deref()
        }
    };
    let body = rmp_serde::to_vec_named(record).unwrap_or_default();
    let round_trips = !body.is_empty()
        && rmp_serde::from_slice::<T>(&body)
            .ok()
            .and_then(|r| toml::to_string(&r).ok())
            .is_some_and(|t| Some(t.as_str()) == canonical);
    let body = if round_trips { body } else { Vec::new() };
    let plaintext = (!round_trips || canonical != Some(text)).then(|| text.to_string());
    (body, plaintext)
}

// ---------------------------------------------------------------------------
// Write-through: hk's own writes update the cache of the identity that reads.

/// A record hk is about to write, as its cache entry will hold it (all but the
/// stamp, known only once the file is in place).
#[derive(Debug)]
pub struct Pending {
    pub kind: Kind,
    owner: String,
    body: Vec<u8>,
    plaintext: Option<String>,
    plain_hash: [u8; 32],
    cipher_hash: [u8; 32],
}

impl Pending {
    /// `text` is what hk writes for `record` (`toml::to_string`).
    pub fn new<T: Record>(record: &T, text: &str, ciphertext: &[u8]) -> Pending {
        let (body, plaintext) = body_of(record, text, Some(text));
        Pending {
            kind: T::KIND,
            owner: record.owner().unwrap_or_default().to_string(),
            body,
            plaintext,
            plain_hash: hash_bytes(text.as_bytes()),
            cipher_hash: hash_bytes(ciphertext),
        }
    }
}

/// After a write: puts the written records into `ids`' cache of their kinds and drops
/// the entries of removed files. `started_ns` was read before the write began. The new
/// entries' files were modified after the cache was taken, so they count as racily
/// clean (checked by hash) until a later load settles them; the cache keeps its old
/// moment, so no old entry is trusted more than before. Best effort, like every cache
/// write: a failure costs speed, never correctness.
pub(super) fn write_through(
    root: &Path,
    ids: &Identities,
    written: Vec<(PathBuf, Pending)>,
    removed: &[PathBuf],
    started_ns: i64,
) {
    let Some(key) = ids.public.first() else {
        return;
    };
    let mut written = written;
    for kind in Kind::ALL {
        let folder = Path::new(kind.folder());
        let touched = removed.iter().any(|rel| rel.starts_with(folder))
            || written.iter().any(|(_, p)| p.kind == kind);
        if !touched {
            continue;
        }
        // In parallel: a stat per written file, 100,000 after an import. The parts of
        // each pending entry are taken, not copied: an import's are 40 MB.
        let new: Vec<Option<Entry>> = written
            .par_iter_mut()
            .map(|(rel, p)| {
                if p.kind != kind {
                    return None;
                }
                let stamp = Stamp::of(&std::fs::metadata(root.join(&*rel)).ok()?);
                Some(Entry {
                    rel: std::mem::take(rel),
                    owner: std::mem::take(&mut p.owner),
                    stamp,
                    cipher_hash: p.cipher_hash,
                    plain_hash: p.plain_hash,
                    body: std::mem::take(&mut p.body),
                    plaintext: p.plaintext.take(),
                })
            })
            .collect();
        let mut new: Vec<Entry> = new.into_iter().flatten().collect();
        // Sorted by path bytes, as the entries are (not by `Path`'s component order);
        // of one path written twice, the later write wins.
        new.sort_by(|a, b| {
            a.rel
                .as_os_str()
                .as_bytes()
                .cmp(b.rel.as_os_str().as_bytes())
        });
        new.dedup_by(|later, earlier| {
            let same = later.rel == earlier.rel;
            if same {
                std::mem::swap(later, earlier);
            }
            same
        });
        // Every path whose old entry goes: removed, written (even a file that could not
        // be looked at just now, whose entry is then left out).
        let mut gone: Vec<&[u8]> = removed
            .iter()
            .chain(
                written
                    .iter()
                    .filter(|(_, p)| p.kind == kind)
                    .map(|(rel, _)| rel),
            )
            .filter(|rel| rel.starts_with(folder))
            .chain(new.iter().map(|e| &e.rel))
            .map(|rel| rel.as_os_str().as_bytes())
            .collect();
        gone.sort_unstable();
        let plain = read_plain(&cache_file(root, kind), ids).ok();
        let old = plain
            .as_deref()
            .and_then(decode_view)
            .filter(|v| usable(v, kind, key));
        let taken_ns = old
            .as_ref()
            .map_or(started_ns, |v| v.taken_ns.min(started_ns));
        let kept: &[EntryRef<'_>] = old.as_ref().map_or(&[], |v| &v.entries);
        let header = Header {
            version: env!("CARGO_PKG_VERSION"),
            public_key: key,
            folder: kind.folder(),
            taken_ns,
        };
        let entries = || {
            merge_sorted(
                kept.iter()
                    .copied()
                    .filter(|e| gone.binary_search(&e.rel).is_err()),
                new.iter().map(Entry::borrowed),
            )
        };
        let _ = write_entries(root, kind, &header, entries);
    }
}

/// Two runs of entries sorted by path, merged into one (no path is in both).
fn merge_sorted<'e>(
    a: impl Iterator<Item = EntryRef<'e>>,
    b: impl Iterator<Item = EntryRef<'e>>,
) -> impl Iterator<Item = EntryRef<'e>> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if x.rel <= y.rel => a.next(),
        (Some(_), Some(_)) => b.next(),
        (Some(_), None) => a.next(),
        (None, _) => b.next(),
    })
}
