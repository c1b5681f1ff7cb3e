//! Records that a merge left with `[[conflicts]]` (DESIGN §13): finding them, and
//! settling one field of one record in one commit (`hk resolve`).

use super::with_record_type;
use std::path::PathBuf;

use toml::{Table, Value};

use super::driver::canonical;
use super::keys::Identities;
use super::{Loaded, Record, Store, StoreError, Unreadable, parse_record};
use crate::domain::conflict::Conflict;
use crate::domain::id::Kind;
use crate::merge;

/// One record with conflicts.
#[derive(Debug, Clone)]
pub struct Conflicted {
    pub id: String,
    pub rel: PathBuf,
    pub conflicts: Vec<Conflict>,
}

/// How `hk resolve` settles a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Ours,
    Theirs,
    /// A value typed by the user: text for a field whose sides are text, else TOML
    /// (`3`, `true`, `["a", "b"]`), falling back to text.
    Value(String),
}

#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    #[error("{}", crate::t!("resolve-no-record", prefix = .0))]
    NoRecord(String),
    #[error("{}", crate::t!("resolve-ambiguous", prefix = .prefix, count = .count))]
    Ambiguous { prefix: String, count: usize },
    #[error("{}", crate::t!("resolve-no-conflict", id = .id, field = .field))]
    NoConflict {
        id: String,
        field: String,
        fields: Vec<String>,
    },
    #[error("{}", crate::t!("resolve-invalid", id = .id, field = .field, problem = .problem))]
    Invalid {
        id: String,
        field: String,
        problem: String,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Store {
    /// Every record with conflicts, of every kind, by kind then id.
    pub fn conflicted(
        &self,
        ids: &Identities,
    ) -> Result<(Vec<Conflicted>, Vec<Unreadable>), StoreError> {
        let mut out = Vec::new();
        let mut bad = Vec::new();
        for kind in Kind::ALL {
            let (found, unreadable) = with_record_type!(kind, |T| self.conflicted_of::<T>(ids)?);
            out.extend(found);
            bad.extend(unreadable);
        }
        Ok((out, bad))
    }

    fn conflicted_of<T: Record>(
        &self,
        ids: &Identities,
    ) -> Result<(Vec<Conflicted>, Vec<Unreadable>), StoreError> {
        let all = self.load_all::<T>(ids)?;
        let mut found: Vec<Conflicted> = all
            .records
            .into_iter()
            .filter(|l| !l.record.conflicts().is_empty())
            .map(|l| Conflicted {
                id: l.record.id().to_string(),
                conflicts: l.record.conflicts().to_vec(),
                rel: l.rel_path,
            })
            .collect();
        found.sort_by(|a, b| a.id.cmp(&b.id));
        Ok((found, all.unreadable))
    }

    /// Settles the conflict on `field` of the record `prefix` names, in one commit
    /// (`resolve <id> <field>`), when the record then keeps its kind's rules
    /// (`Editable::check_against`, with `today` from the caller's clock); else nothing
    /// is written and the conflict stays. Returns the record's id.
    pub fn resolve(
        &self,
        ids: &Identities,
        prefix: &str,
        field: &str,
        choice: &Choice,
        today: chrono::NaiveDate,
    ) -> Result<String, ResolveError> {
        let kind = Kind::ALL
            .into_iter()
            .find(|k| prefix.starts_with(k.prefix()))
            .ok_or_else(|| ResolveError::NoRecord(prefix.to_string()))?;
        let found = self.find_prefix(kind, prefix)?;
        let (id, rel) = match found.as_slice() {
            [] => return Err(ResolveError::NoRecord(prefix.to_string())),
            [one] => one.clone(),
            many => {
                return Err(ResolveError::Ambiguous {
                    prefix: prefix.to_string(),
                    count: many.len(),
                });
            }
        };
        with_record_type!(kind, |T| self.resolve_as::<T>(
            ids,
            (&id, &rel),
            field,
            choice,
            today
        ))?;
        Ok(id)
    }

    fn resolve_as<T: Record>(
        &self,
        ids: &Identities,
        (id, rel): (&str, &std::path::Path),
        field: &str,
        choice: &Choice,
        today: chrono::NaiveDate,
    ) -> Result<(), ResolveError> {
        let mut txn = self.begin()?;
        let loaded: Loaded<T> = self.load(rel, ids).map_err(|u| StoreError::Record {
            path: u.path,
            problem: u.problem,
        })?;
        let mut table: Table =
            parse_record(loaded.plaintext()).map_err(|problem| StoreError::Record {
                path: rel.to_path_buf(),
                problem,
            })?;
        let no_conflict = || ResolveError::NoConflict {
            id: id.to_string(),
            field: field.to_string(),
            fields: loaded
                .record
                .conflicts()
                .iter()
                .map(|c| c.field.clone())
                .collect(),
        };
        let value = match choice {
            Choice::Ours => merge::conflict_side(&table, field, "ours"),
            Choice::Theirs => merge::conflict_side(&table, field, "theirs"),
            Choice::Value(text) => merge::conflict_side(&table, field, "ours").map(|ours| {
                let theirs = merge::conflict_side(&table, field, "theirs").flatten();
                Some(typed_value(text, ours.as_ref().or(theirs.as_ref())))
            }),
        }
        .ok_or_else(no_conflict)?;
        if !merge::resolve(&mut table, field, value) {
            return Err(no_conflict());
        }
        let invalid = |problem: String| ResolveError::Invalid {
            id: id.to_string(),
            field: field.to_string(),
            problem,
        };
        let text = canonical(T::KIND, &table).map_err(invalid)?;
        let mut record: T = parse_record(&text).map_err(invalid)?;
        // The kind's rules, as an edit keeps them (the same check as the merge driver's).
        record
            .check_against(&loaded.record, &self.config, today)
            .map_err(|e| invalid(e.after(&format!("`{}`", e.field))))?;
        txn.update(&loaded, &record)?;
        txn.commit(&format!("resolve {id} {field}"))?;
        Ok(())
    }
}

/// A typed value: text when the field's other values are text, else TOML if it
/// parses as such, else text.
fn typed_value(text: &str, like: Option<&Value>) -> Value {
    if matches!(like, Some(Value::String(_)) | None) {
        return Value::String(text.to_string());
    }
    toml::from_str::<Table>(&format!("v = {text}"))
        .ok()
        .and_then(|mut t| t.remove("v"))
        .unwrap_or_else(|| Value::String(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_value_follows_the_sides() {
        let text = Value::String("x".into());
        assert_eq!(
            typed_value("13812345678", Some(&text)),
            Value::String("13812345678".into())
        );
        assert_eq!(
            typed_value("3", Some(&Value::Integer(2))),
            Value::Integer(3)
        );
        assert_eq!(
            typed_value("三", Some(&Value::Integer(2))),
            Value::String("三".into())
        );
    }
}
