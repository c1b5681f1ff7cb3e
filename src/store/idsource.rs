//! Fresh record ids for one command, checked against the folder's files once.

use std::path::PathBuf;

use super::StoreError;
use crate::domain::id::{self, Kind};

/// Fresh random ids that no file, and no id handed out before, uses.
pub struct IdSource {
    pub(super) kind: Kind,
    pub(super) taken: std::collections::HashSet<String>,
    pub(super) root: PathBuf,
}

impl IdSource {
    pub fn fresh(&mut self) -> Result<String, StoreError> {
        loop {
            let mut random = [0u8; id::RANDOM_LEN];
            getrandom::fill(&mut random).map_err(|e| StoreError::Io {
                path: self.root.clone(),
                source: std::io::Error::other(e.to_string()),
            })?;
            let candidate = id::from_random(self.kind, random);
            if self.taken.insert(candidate.clone()) {
                return Ok(candidate);
            }
        }
    }

    /// Marks an id as used (one that came from an imported file).
    pub fn reserve(&mut self, id: &str) {
        self.taken.insert(id.to_string());
    }
}
