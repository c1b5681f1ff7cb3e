//! The git merge driver's store side (DESIGN §13): decrypt the three versions git
//! hands over, merge them field by field (`crate::merge`), check that the result still
//! parses as its kind, and write it, encrypted to the current recipients, over ours.
//!
//! git runs the driver as `hk merge-driver %O %A %B %P` in the middle of a merge or a
//! rebase, so it takes no lock and never commits: it touches only the file `%A`.

use super::with_record_type;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use toml::Table;

use super::keys::{Identities, Recipients};
use super::{
    MAX_RECORD_BYTES, RECIPIENTS_FILE, Record, describe_decrypt_error, id_of, parse_record,
};
use crate::domain::config::Config;
use crate::domain::id::Kind;
use crate::merge;

#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("{}", crate::t!("merge-not-a-record", path = .0.display()))]
    NotARecord(PathBuf),
    #[error("{}", crate::t!("merge-side", path = .path.display(), side = *.side, problem = .problem))]
    Side {
        path: PathBuf,
        side: &'static str,
        problem: String,
    },
    #[error("{}", crate::t!("merge-unparsable", path = .path.display(), problem = .problem))]
    Unparsable { path: PathBuf, problem: String },
    #[error("{}", crate::t!("merge-newer", path = .path.display(), format = .format))]
    Newer { path: PathBuf, format: i64 },
    #[error("{}", crate::t!("merge-encrypt", path = .path.display(), problem = .problem))]
    Encrypt { path: PathBuf, problem: String },
    #[error("{}", crate::t!("store-io", path = .path.display(), problem = .source.to_string()))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What the driver did with one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Merged with no new conflict.
    Clean,
    /// Merged, keeping ours where the sides disagree: `fields` have conflicts (all
    /// of the record's), some of them perhaps because the merged record broke a rule.
    Conflicts {
        fields: Vec<String>,
        broken: Option<Broken>,
    },
}

/// A rule the field-by-field merge broke, and the fields put back to ours for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// The rule as the domain words it (`` `end` is before the start date ``).
    pub rule: String,
    pub fields: Vec<String>,
}

/// The words of the driver's message about a rule the merge broke (`hk sync` looks
/// for them in git's output).
pub const BROKE_A_RULE: &str = "merged field by field, the record would break a rule";

/// What the domain rules of a merged record are checked with: the store's config and
/// the office's today (from the caller's clock, `HK_NOW` aware).
pub struct Checks<'a> {
    pub config: &'a Config,
    pub today: NaiveDate,
}

/// The three files git gives the driver, and the record's path in the work tree.
pub struct Sides<'a> {
    pub base: &'a Path,
    pub ours: &'a Path,
    pub theirs: &'a Path,
    pub rel: &'a Path,
}

/// The kind whose folder `rel` lies in.
pub fn kind_of(rel: &Path) -> Option<Kind> {
    let first = rel.components().next()?.as_os_str().to_str()?;
    Kind::ALL.into_iter().find(|k| k.folder() == first)
}

/// The merge rules of `kind` (declared with its `Record` impl).
pub fn rules(kind: Kind) -> merge::Rules {
    with_record_type!(kind, |T| T::MERGE)
}

/// `table` as the TOML hk writes for its kind, or why it does not parse as one.
pub fn canonical(kind: Kind, table: &Table) -> Result<String, String> {
    with_record_type!(kind, |T| canonical_as::<T>(table))
}

fn canonical_as<T: Record>(table: &Table) -> Result<String, String> {
    let text = toml::to_string(table).map_err(|e| e.to_string())?;
    let record: T = parse_record(&text)?;
    toml::to_string(&record).map_err(|e| e.to_string())
}

/// Runs the merge of one record: reads the three sides, writes the result into
/// `sides.ours` (git's `%A`) unless it is ours already. Nothing is written on error.
pub fn merge_files(
    root: &Path,
    ids: &Identities,
    sides: &Sides,
    checks: &Checks,
) -> Result<Outcome, MergeError> {
    let read = |path: &Path| {
        std::fs::read(path).map_err(|source| MergeError::Io {
            path: path.to_path_buf(),
            source,
        })
    };
    let (base, ours, theirs) = (read(sides.base)?, read(sides.ours)?, read(sides.theirs)?);
    // An empty base: the file has no common ancestor.
    let base = Some(base.as_slice()).filter(|b| !b.is_empty());
    let merged = merge_versions(root, ids, sides.rel, (base, &ours, &theirs), checks)?;
    match &merged.bytes {
        Version::Ours => {}
        Version::Theirs => write_atomic(sides.ours, &theirs)?,
        Version::New(bytes) => write_atomic(sides.ours, bytes)?,
    }
    Ok(merged.outcome)
}

/// Which bytes a merged record has.
#[derive(Debug)]
pub enum Version {
    /// Ours, byte for byte (no spurious re-encryption).
    Ours,
    /// Theirs, byte for byte.
    Theirs,
    /// New: encrypted to the current recipients.
    New(Vec<u8>),
}

/// One record merged from its three versions.
#[derive(Debug)]
pub struct MergedRecord {
    pub bytes: Version,
    pub outcome: Outcome,
    /// Where the merged record is filed (its date's month for a dated kind).
    pub rel: PathBuf,
}

/// Merges the encrypted versions of the record `rel` names (`base` `None`: no common
/// ancestor) field by field, checks the result, and encrypts it when it is neither
/// side. `rel` gives the kind, the id and the name in messages; the versions may lie
/// at other paths (a record moved to another month).
pub fn merge_versions(
    root: &Path,
    ids: &Identities,
    rel: &Path,
    (base_bytes, ours_bytes, theirs_bytes): (Option<&[u8]>, &[u8], &[u8]),
    checks: &Checks,
) -> Result<MergedRecord, MergeError> {
    let kind = kind_of(rel).ok_or_else(|| MergeError::NotARecord(rel.to_path_buf()))?;
    let open = |bytes: &[u8], side: &'static str| -> Result<(String, Table), MergeError> {
        let bad = |problem: String| MergeError::Side {
            path: rel.to_path_buf(),
            side,
            problem,
        };
        let plain = ids
            .decrypt(bytes)
            .map_err(|e| bad(describe_decrypt_error(&e)))?;
        let text = String::from_utf8(plain).map_err(|_| bad(crate::t!("merge-not-utf8")))?;
        let table: Table = parse_record(&text).map_err(bad)?;
        let format = table.get("format").and_then(toml::Value::as_integer);
        if let Some(format) = format.filter(|f| *f > i64::from(current_format(kind))) {
            return Err(MergeError::Newer {
                path: rel.to_path_buf(),
                format,
            });
        }
        Ok((text, table))
    };
    let base = match base_bytes {
        Some(b) => Some(open(b, "base")?.1),
        None => None,
    };
    let (ours_text, ours) = open(ours_bytes, "ours")?;
    let (theirs_text, theirs) = open(theirs_bytes, "theirs")?;
    let mut merged = merge::merge(base.as_ref(), &ours, &theirs, &rules(kind));
    let unparsable = |problem: String| MergeError::Unparsable {
        path: rel.to_path_buf(),
        problem,
    };
    let three = (base.as_ref(), &ours, &theirs);
    let (text, broken) =
        with_record_type!(kind, |T| checked_as::<T>(&mut merged.table, three, checks))
            .map_err(unparsable)?;
    let id = merged.table.get("id").and_then(toml::Value::as_str);
    if id.map(str::to_string) != id_of(rel) {
        return Err(unparsable(crate::t!("merge-id-mismatch")));
    }
    if text.len() > MAX_RECORD_BYTES {
        return Err(unparsable(crate::t!(
            "merge-too-big",
            limit = MAX_RECORD_BYTES
        )));
    }
    let filed = with_record_type!(kind, |T| parse_record::<T>(&text).map(|r| r.rel_path()))
        .map_err(unparsable)?;
    let fields = conflict_fields(&merged.table);
    let bytes = if text == ours_text {
        Version::Ours
    } else if text == theirs_text {
        Version::Theirs
    } else {
        let path = root.join(RECIPIENTS_FILE);
        let recipients =
            std::fs::read_to_string(&path).map_err(|source| MergeError::Io { path, source })?;
        let encrypt_err = |problem: String| MergeError::Encrypt {
            path: rel.to_path_buf(),
            problem,
        };
        let recipients = Recipients::parse(&recipients, RECIPIENTS_FILE)
            .map_err(|e| encrypt_err(e.to_string()))?;
        Version::New(recipients.encrypt(text.as_bytes()).map_err(encrypt_err)?)
    };
    let outcome = if merged.new_conflicts == 0 && broken.is_none() {
        Outcome::Clean
    } else {
        Outcome::Conflicts { fields, broken }
    };
    Ok(MergedRecord {
        bytes,
        outcome,
        rel: filed,
    })
}

/// The merged record as the TOML hk writes, checked by its kind's domain rules
/// (`Editable::check_against`, against ours); with the rule a field-by-field merge
/// broke, if it broke one, and the fields `merge::keep_rules` put back to ours and in
/// conflict for it. A side that breaks a rule by itself (a record from before
/// the rule) is not the merge's doing: then the result is only parsed, not checked.
fn checked_as<T: Record>(
    merged: &mut Table,
    (base, ours, theirs): (Option<&Table>, &Table, &Table),
    checks: &Checks,
) -> Result<(String, Option<Broken>), String> {
    let parse = |t: &Table| -> Result<T, String> {
        parse_record(&toml::to_string(t).map_err(|e| e.to_string())?)
    };
    let ours_record = parse(ours)?;
    let check =
        |record: &mut T, before: &T| record.check_against(before, checks.config, checks.today);
    let keeps = |t: &Table| parse(t).is_ok_and(|r| check(&mut r.clone(), &r).is_ok());
    if !keeps(ours) || !keeps(theirs) {
        return Ok((canonical_as::<T>(merged)?, None));
    }
    let broken = |t: &Table| match parse(t) {
        Ok(mut record) => check(&mut record, &ours_record).err().map(|e| e.field),
        Err(_) => Some(String::new()),
    };
    let rule = check(&mut parse(merged)?, &ours_record)
        .err()
        .map(|e| e.after(&format!("`{}`", e.field)));
    let fields = merge::keep_rules(merged, base, ours, theirs, broken);
    let mut record = parse(merged)?;
    check(&mut record, &ours_record).map_err(|e| e.to_string())?;
    let text = toml::to_string(&record).map_err(|e| e.to_string())?;
    let broken = rule.map(|rule| Broken { rule, fields });
    Ok((text, broken))
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), MergeError> {
    super::fsio::write_atomic(path, bytes).map_err(|source| MergeError::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn current_format(kind: Kind) -> u32 {
    with_record_type!(kind, |T| T::FORMAT)
}

/// The fields named by a record's `[[conflicts]]`.
pub fn conflict_fields(table: &Table) -> Vec<String> {
    table
        .get(merge::CONFLICTS)
        .and_then(toml::Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|c| c.get("field").and_then(toml::Value::as_str))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::tests::{d, staff};
    use crate::domain::staff::{Certificate, Staff};

    fn table(s: &Staff) -> Table {
        toml::from_str(&toml::to_string(s).unwrap()).unwrap()
    }

    /// Two offices edit one staff member: her lists merge as sets (certificates as a
    /// set of whole certificates), a scalar changed on both sides is a conflict, and
    /// the result still parses as a staff record.
    #[test]
    fn staff_records_merge_their_sets_and_flag_their_scalars() {
        let path = Path::new("staff/w-00000001.toml.age");
        assert_eq!(kind_of(path), Some(Kind::Staff));
        let mut base = staff("w-00000001", "刘阿姨");
        base.phones = vec!["13912345678".into()];
        base.districts = vec!["浦东新区".into()];
        let mut ours = base.clone();
        ours.districts.push("徐汇区".into());
        ours.avoided_by = vec!["c-aaaaaaaa".into()];
        ours.notes = "会做上海菜".into();
        ours.certificates.push(Certificate {
            kind: "母婴护理证".into(),
            number: "MY1".into(),
            issued: None,
            expires: Some(d("2028-01-01")),
        });
        let mut theirs = base.clone();
        theirs.districts.push("静安区".into());
        theirs.avoided_by = vec!["c-bbbbbbbb".into()];
        theirs.phones.push("13700001111".into());
        theirs.notes = "不吃辣".into();
        theirs.skills = vec!["做饭".into()];
        let merged = merge::merge(
            Some(&table(&base)),
            &table(&ours),
            &table(&theirs),
            &rules(Kind::Staff),
        );
        assert_eq!(merged.new_conflicts, 1, "only the notes");
        let text = canonical(Kind::Staff, &merged.table).unwrap();
        let got: Staff = parse_record(&text).unwrap();
        assert_eq!(got.districts, ["浦东新区", "徐汇区", "静安区"]);
        assert_eq!(got.avoided_by, ["c-aaaaaaaa", "c-bbbbbbbb"]);
        assert_eq!(got.phones, ["13912345678", "13700001111"]);
        assert_eq!(got.skills, ["做饭"]);
        assert_eq!(got.certificates.len(), 2);
        assert_eq!(got.notes, "会做上海菜", "ours kept until resolved");
        assert_eq!(got.conflicts.len(), 1);
        assert_eq!(got.conflicts[0].field, "notes");
    }

    /// Two offices each pay a visit from one package: the ledger is the union of both
    /// sides' entries in time order, so the balance counts both debits.
    #[test]
    fn package_ledgers_merge_as_append_only_logs() {
        use crate::domain::money::Money;
        use crate::domain::package::{Amount, Entry, EntryKind, Package, PackageKind};
        let t = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
        let entry = |at: &str, fen: i64, visit: &str| Entry {
            at: t(at),
            date: t(at).date_naive(),
            kind: EntryKind::Visit,
            delta: Amount::Yuan(Money(-fen)),
            visit: Some(visit.into()),
            note: String::new(),
        };
        let path = Path::new("packages/k-00000001.toml.age");
        assert_eq!(kind_of(path), Some(Kind::Package));
        let mut base = Package::new(
            "k-00000001".into(),
            "c-00000001".into(),
            PackageKind::StoredValue,
            d("2026-10-01"),
            t("2026-10-01T10:00:00+08:00"),
        );
        base.face = Amount::Yuan(Money(100_000));
        base = base.append(entry("2026-10-05T18:00:00+08:00", 20_000, "v-00000001"));
        let ours = base.append(entry("2026-11-03T18:00:00+08:00", 28_000, "v-00000003"));
        let theirs = base.append(entry("2026-11-02T18:00:00+08:00", 30_000, "v-00000002"));
        let tbl = |p: &Package| -> Table { toml::from_str(&toml::to_string(p).unwrap()).unwrap() };
        let merged = merge::merge(
            Some(&tbl(&base)),
            &tbl(&ours),
            &tbl(&theirs),
            &rules(Kind::Package),
        );
        assert_eq!(merged.new_conflicts, 0);
        let got: Package = parse_record(&canonical(Kind::Package, &merged.table).unwrap()).unwrap();
        let visits: Vec<&str> = got
            .ledger
            .iter()
            .filter_map(|e| e.visit.as_deref())
            .collect();
        assert_eq!(visits, ["v-00000001", "v-00000002", "v-00000003"]);
        assert_eq!(got.balance(), Amount::Yuan(Money(22_000)));
    }
}
