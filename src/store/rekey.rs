//! Re-encrypting the store to a new set of keys (`hk key add|remove|rewrap`, DESIGN
//! §13): the records and `.hk/recipients` land in one commit; a record whose header
//! already names the new set (`keys::SET_TAG`) is neither decrypted nor rewritten, so
//! an interrupted rewrap, run again, finishes the rest.

use super::keys::{Identities, Recipients};
use super::{RECIPIENTS_FILE, Store, StoreError, Unreadable, fsio, io_err};

/// What a rewrap did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rewrapped {
    /// Records re-encrypted now.
    pub rewritten: usize,
    /// Records already encrypted to the set, left untouched.
    pub current: usize,
    /// Whether a commit was made (records, `.hk/recipients`, or both).
    pub committed: bool,
}

/// The outcome of a rewrap: done, or refused because some records would not open
/// with this identity (then nothing was written, `.hk/recipients` included).
#[derive(Debug)]
pub enum Rewrap {
    Done(Rewrapped),
    Unreadable(Vec<Unreadable>),
}

impl Store {
    /// Re-encrypts every record not yet encrypted to the set of keys in
    /// `recipients` (the text of a new `.hk/recipients`; `None`: the file as it is),
    /// and commits them with `.hk/recipients` as `title (N records)`.
    pub fn rewrap(
        &self,
        ids: &Identities,
        recipients: Option<&str>,
        title: &str,
    ) -> Result<Rewrap, StoreError> {
        let mut txn = self.begin()?;
        let path = self.root.join(RECIPIENTS_FILE);
        let old = std::fs::read_to_string(&path).map_err(io_err(&path))?;
        let text = recipients.unwrap_or(&old);
        let set = Recipients::parse(text, RECIPIENTS_FILE)?;
        let (raws, unreadable, current) =
            self.load_all_raw(ids, &|bytes: &[u8]| set.is_current(bytes))?;
        if !unreadable.is_empty() {
            return Ok(Rewrap::Unreadable(unreadable));
        }
        if text != old {
            // Written before the records: if this run dies now, running it again
            // finds the new set here and finishes the records.
            fsio::write_atomic(&path, text.as_bytes()).map_err(io_err(&path))?;
        }
        txn.set_recipients(set);
        txn.rewrap_all(&raws)?;
        txn.commit_also(RECIPIENTS_FILE);
        let committed = txn.commit(&format!("{title} ({} records)", raws.len()))?;
        Ok(Rewrap::Done(Rewrapped {
            rewritten: raws.len(),
            current,
            committed: committed.git,
        }))
    }
}
