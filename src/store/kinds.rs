//! The record kinds: each kind is declared once here — its `Record` impl (folder,
//! path, merge rules, owner) and its line in `with_record_type!`. The cache, the
//! merge driver, conflicts and loads cover a kind from that alone.

use std::path::PathBuf;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::EXT;
use crate::domain::audit::Audit;
use crate::domain::client::Client;
use crate::domain::complaint::Complaint;
use crate::domain::conflict::Conflict;
use crate::domain::edit::Editable;
use crate::domain::followup::Followup;
use crate::domain::id::Kind;
use crate::domain::inquiry::Inquiry;
use crate::domain::package::Package;
use crate::domain::staff::Staff;
use crate::domain::survey::Survey;
use crate::domain::visit::Visit;
use crate::merge::Rules;

/// A record kind that lives in the store as one encrypted file. Its domain rules are
/// its `Editable` ones: `Editable::check_against` is the check a merged or resolved
/// record passes before it is written.
pub trait Record: Serialize + DeserializeOwned + Send + Sync + Editable {
    const KIND: Kind;
    /// The record format this hk reads and writes.
    const FORMAT: u32;
    fn id(&self) -> &str;
    /// The format the record says it has.
    fn format(&self) -> u32;
    /// The file's path relative to the store root.
    fn rel_path(&self) -> PathBuf;
    /// The client the record belongs to, for kinds that belong to one: the key by
    /// which the cache finds one client's records without decoding the others.
    fn owner(&self) -> Option<&str> {
        None
    }
    /// How two offices' edits of one record merge (DESIGN §13): which lists are sets
    /// and which are append-only logs. Every other field is a scalar.
    const MERGE: Rules;
    /// What a merge could not settle, until `hk resolve` does.
    fn conflicts(&self) -> &[Conflict];
}

/// Runs `$body` with `$T` standing for the record type of `$kind`: the one place that
/// maps a [`Kind`] to its type, so that code over "any kind" (the merge driver,
/// conflicts) gains a new kind by this line and the kind's `Record` impl alone.
macro_rules! with_record_type {
    ($kind:expr, |$T:ident| $body:expr) => {
        match $kind {
            $crate::domain::id::Kind::Client => {
                type $T = $crate::domain::client::Client;
                $body
            }
            $crate::domain::id::Kind::Visit => {
                type $T = $crate::domain::visit::Visit;
                $body
            }
            $crate::domain::id::Kind::Followup => {
                type $T = $crate::domain::followup::Followup;
                $body
            }
            $crate::domain::id::Kind::Survey => {
                type $T = $crate::domain::survey::Survey;
                $body
            }
            $crate::domain::id::Kind::Complaint => {
                type $T = $crate::domain::complaint::Complaint;
                $body
            }
            $crate::domain::id::Kind::Staff => {
                type $T = $crate::domain::staff::Staff;
                $body
            }
            $crate::domain::id::Kind::Package => {
                type $T = $crate::domain::package::Package;
                $body
            }
            $crate::domain::id::Kind::Audit => {
                type $T = $crate::domain::audit::Audit;
                $body
            }
            $crate::domain::id::Kind::Inquiry => {
                type $T = $crate::domain::inquiry::Inquiry;
                $body
            }
        }
    };
}
pub(crate) use with_record_type;

impl Record for Client {
    const KIND: Kind = Kind::Client;
    /// The consent history is append-only: both offices' entries are kept, by date.
    const MERGE: Rules = Rules {
        sets: &["phones", "categories", "tags"],
        // The points ledger (DESIGN §14) is append-only, and so is the consent history.
        logs: &[
            crate::merge::Log {
                field: "points",
                time_key: "at",
            },
            crate::merge::Log {
                field: "consent",
                time_key: "date",
            },
        ],
    };
    fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }
    const FORMAT: u32 = crate::domain::client::FORMAT;
    fn id(&self) -> &str {
        &self.id
    }
    fn format(&self) -> u32 {
        self.format
    }
    fn rel_path(&self) -> PathBuf {
        PathBuf::from(Kind::Client.folder()).join(format!("{}{EXT}", self.id))
    }
}

/// `<folder>/<YYYY-MM>/<id>.toml.age`: dated records are filed by month.
fn monthly_path(kind: Kind, date: chrono::NaiveDate, id: &str) -> PathBuf {
    PathBuf::from(kind.folder())
        .join(crate::domain::date::month_key(date))
        .join(format!("{id}{EXT}"))
}

impl Record for Visit {
    const KIND: Kind = Kind::Visit;
    const MERGE: Rules = Rules {
        sets: &["staff"],
        logs: &[],
    };
    fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }
    const FORMAT: u32 = crate::domain::visit::FORMAT;
    fn id(&self) -> &str {
        &self.id
    }
    fn format(&self) -> u32 {
        self.format
    }
    fn rel_path(&self) -> PathBuf {
        monthly_path(Kind::Visit, self.date, &self.id)
    }
    fn owner(&self) -> Option<&str> {
        Some(&self.client)
    }
}

impl Record for Followup {
    const KIND: Kind = Kind::Followup;
    const MERGE: Rules = Rules {
        sets: &["actions"],
        logs: &[],
    };
    fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }
    const FORMAT: u32 = crate::domain::followup::FORMAT;
    fn id(&self) -> &str {
        &self.id
    }
    fn format(&self) -> u32 {
        self.format
    }
    fn rel_path(&self) -> PathBuf {
        monthly_path(Kind::Followup, self.date, &self.id)
    }
    fn owner(&self) -> Option<&str> {
        Some(&self.client)
    }
}

impl Record for Survey {
    const KIND: Kind = Kind::Survey;
    const MERGE: Rules = Rules::NONE;
    fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }
    const FORMAT: u32 = crate::domain::survey::FORMAT;
    fn id(&self) -> &str {
        &self.id
    }
    fn format(&self) -> u32 {
        self.format
    }
    fn rel_path(&self) -> PathBuf {
        monthly_path(Kind::Survey, self.date, &self.id)
    }
    fn owner(&self) -> Option<&str> {
        Some(&self.client)
    }
}

impl Record for Complaint {
    const KIND: Kind = Kind::Complaint;
    /// The log is append-only: both offices' entries are kept, in time order.
    const MERGE: Rules = Rules {
        sets: &[],
        logs: &[crate::merge::Log {
            field: "log",
            time_key: "at",
        }],
    };
    fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }
    const FORMAT: u32 = crate::domain::complaint::FORMAT;
    fn id(&self) -> &str {
        &self.id
    }
    fn format(&self) -> u32 {
        self.format
    }
    /// Filed by the month it was opened, in the office's time as written.
    fn rel_path(&self) -> PathBuf {
        monthly_path(Kind::Complaint, self.opened.date_naive(), &self.id)
    }
    fn owner(&self) -> Option<&str> {
        Some(&self.client)
    }
}

impl Record for Staff {
    const KIND: Kind = Kind::Staff;
    /// Her lists are sets: a phone, district or do-not-send client added in one office
    /// and another added in the other are both kept. Certificates are tables and merge
    /// as a set of whole certificates (one edited on one side is removed and re-added).
    const MERGE: Rules = Rules {
        sets: &[
            "phones",
            "languages",
            "categories",
            "skills",
            "districts",
            "avoided_by",
            "certificates",
        ],
        logs: &[],
    };
    fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }
    const FORMAT: u32 = crate::domain::staff::FORMAT;
    fn id(&self) -> &str {
        &self.id
    }
    fn format(&self) -> u32 {
        self.format
    }
    fn rel_path(&self) -> PathBuf {
        PathBuf::from(Kind::Staff.folder()).join(format!("{}{EXT}", self.id))
    }
}

impl Record for Package {
    const KIND: Kind = Kind::Package;
    /// The ledger is append-only: both offices' entries are kept, in time order, so a
    /// visit paid in one office and a refund in the other both count.
    const MERGE: Rules = Rules {
        sets: &[],
        logs: &[crate::merge::Log {
            field: "ledger",
            time_key: "at",
        }],
    };
    fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }
    const FORMAT: u32 = crate::domain::package::FORMAT;
    fn id(&self) -> &str {
        &self.id
    }
    fn format(&self) -> u32 {
        self.format
    }
    /// Packages are few and last for years: one folder, not one per month.
    fn rel_path(&self) -> PathBuf {
        PathBuf::from(Kind::Package.folder()).join(format!("{}{EXT}", self.id))
    }
    fn owner(&self) -> Option<&str> {
        Some(&self.client)
    }
}

impl Record for Audit {
    const KIND: Kind = Kind::Audit;
    const MERGE: Rules = Rules::NONE;
    fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }
    const FORMAT: u32 = crate::domain::audit::FORMAT;
    fn id(&self) -> &str {
        &self.id
    }
    fn format(&self) -> u32 {
        self.format
    }
    /// Filed by the month it happened, in the office's time as written. No owner: an
    /// entry outlives the client it is about (it is the proof of an erasure).
    fn rel_path(&self) -> PathBuf {
        monthly_path(Kind::Audit, self.at.date_naive(), &self.id)
    }
}

impl Record for Inquiry {
    const KIND: Kind = Kind::Inquiry;
    /// Topics are a set: one asked about in either office is kept.
    const MERGE: Rules = Rules {
        sets: &["topics"],
        logs: &[],
    };
    fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }
    const FORMAT: u32 = crate::domain::inquiry::FORMAT;
    fn id(&self) -> &str {
        &self.id
    }
    fn format(&self) -> u32 {
        self.format
    }
    fn rel_path(&self) -> PathBuf {
        monthly_path(Kind::Inquiry, self.date, &self.id)
    }
    /// The client it became, once converted: per-client views and exports find it.
    fn owner(&self) -> Option<&str> {
        self.client.as_deref()
    }
}
