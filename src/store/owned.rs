//! One client's records of every kind, without naming the kinds: what `hk client
//! export CLIENT` prints and `hk client erase` deletes. A kind is covered by its
//! `Record::owner` alone (declared in `kinds.rs`), so kinds added later need no code here.

use std::path::PathBuf;

use super::keys::Identities;
use super::{Loaded, Record, Store, StoreError, Txn, Unreadable, with_record_type};
use crate::domain::id::Kind;

/// A record of some kind, as its TOML table, with what is needed to delete it safely.
#[derive(Debug, Clone)]
pub struct AnyRecord {
    pub kind: Kind,
    pub id: String,
    pub rel_path: PathBuf,
    pub table: toml::Table,
    ciphertext_hash: [u8; 32],
}

impl AnyRecord {
    /// The record as this hk reads it (an older form brought up to date), as a table.
    fn of<T: Record>(l: Loaded<T>) -> Result<AnyRecord, StoreError> {
        let table = record_table(&l.record).map_err(|problem| StoreError::Record {
            path: l.rel_path.clone(),
            problem,
        })?;
        Ok(AnyRecord {
            kind: T::KIND,
            id: l.record.id().to_string(),
            rel_path: l.rel_path,
            table,
            ciphertext_hash: l.ciphertext_hash,
        })
    }
}

/// What `Store::load_owned_any` found.
pub struct OwnedAny {
    /// By kind in `Kind::ALL` order, each kind's records by path.
    pub records: Vec<AnyRecord>,
    /// Files that could not be read, of the kinds looked at: any could be the client's.
    pub unreadable: Vec<Unreadable>,
}

impl Store {
    /// Every record of every kind whose owner is `client` (not the client record
    /// itself). Kinds that never have an owner are read too and yield nothing.
    pub fn load_owned_any(&self, ids: &Identities, client: &str) -> Result<OwnedAny, StoreError> {
        let mut out = OwnedAny {
            records: Vec::new(),
            unreadable: Vec::new(),
        };
        for kind in Kind::ALL {
            if kind == Kind::Client {
                continue;
            }
            with_record_type!(kind, |T| {
                let mut all = self.load_owned::<T>(ids, client)?;
                all.records.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
                out.unreadable.extend(all.unreadable);
                for l in all.records {
                    out.records.push(AnyRecord::of(l)?);
                }
            });
        }
        Ok(out)
    }
}

/// A record as a TOML table, the same fields as its file.
pub fn record_table<T: Record>(record: &T) -> Result<toml::Table, String> {
    let text = toml::to_string(record).map_err(|e| e.to_string())?;
    toml::from_str(&text).map_err(|e: toml::de::Error| super::scrub_quotes(e.message()))
}

impl Txn<'_> {
    /// Deletes a record read by `load_owned_any`, like `Txn::remove`.
    pub fn remove_any(&mut self, r: &AnyRecord) {
        self.removals.push((r.rel_path.clone(), r.ciphertext_hash));
    }
}
