//! A client's own records (visits, follow-ups, survey responses, complaints, prepaid
//! packages, the inquiries converted into them), every one of them
//! read: what `client delete` and `client merge` delete or move, never leaving one
//! behind pointing at a client that is gone; and the staff whose do-not-send lists
//! name the client, which follow a merge and forget a deletion.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::records::kind_name;
use super::super::records::{load_complete, load_owned_complete};
use super::super::remove::{ids_of, listed, listed_in};
use crate::domain::complaint::Complaint;
use crate::domain::edit::Editable;
use crate::domain::followup::Followup;
use crate::domain::id::Kind;
use crate::domain::inquiry::Inquiry;
use crate::domain::merge::carry_avoided;
use crate::domain::package::Package;
use crate::domain::staff::Staff;
use crate::domain::survey::Survey;
use crate::domain::visit::Visit;
use crate::i18n::Lang;
use crate::store::{Loaded, Record, Store, Txn};

pub struct Owned {
    pub visits: Vec<Loaded<Visit>>,
    pub followups: Vec<Loaded<Followup>>,
    pub surveys: Vec<Loaded<Survey>>,
    pub complaints: Vec<Loaded<Complaint>>,
    pub packages: Vec<Loaded<Package>>,
    pub inquiries: Vec<Loaded<Inquiry>>,
}

impl Owned {
    /// Refuses (naming the files) when a record of one of the kinds cannot be read:
    /// it could be the client's. `purpose` says what they are read for.
    pub fn load(ctx: &mut Ctx, store: &Store, client: &str, purpose: &str) -> CliResult<Owned> {
        Ok(Owned {
            visits: load_owned_complete(ctx, store, client, purpose)?,
            followups: load_owned_complete(ctx, store, client, purpose)?,
            surveys: load_owned_complete(ctx, store, client, purpose)?,
            complaints: load_owned_complete(ctx, store, client, purpose)?,
            packages: load_owned_complete(ctx, store, client, purpose)?,
            inquiries: load_owned_complete(ctx, store, client, purpose)?,
        })
    }

    pub fn ids(&self) -> Vec<String> {
        let mut ids = ids_of(&self.visits);
        ids.extend(ids_of(&self.followups));
        ids.extend(ids_of(&self.surveys));
        ids.extend(ids_of(&self.complaints));
        ids.extend(ids_of(&self.packages));
        ids.extend(ids_of(&self.inquiries));
        ids
    }

    /// `2 visit(s): v-…, v-…; 1 follow-up(s): f-…`, the kinds the client has.
    pub fn summary(&self) -> String {
        [
            (Kind::Visit, ids_of(&self.visits)),
            (Kind::Followup, ids_of(&self.followups)),
            (Kind::Survey, ids_of(&self.surveys)),
            (Kind::Complaint, ids_of(&self.complaints)),
            (Kind::Package, ids_of(&self.packages)),
            (Kind::Inquiry, ids_of(&self.inquiries)),
        ]
        .iter()
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(kind, ids)| listed(&kind_name(*kind), ids))
        .collect::<Vec<_>>()
        .join("; ")
    }

    pub fn remove_all(&self, txn: &mut Txn<'_>) {
        self.visits.iter().for_each(|l| txn.remove(l));
        self.followups.iter().for_each(|l| txn.remove(l));
        self.surveys.iter().for_each(|l| txn.remove(l));
        self.complaints.iter().for_each(|l| txn.remove(l));
        self.packages.iter().for_each(|l| txn.remove(l));
        self.inquiries.iter().for_each(|l| txn.remove(l));
    }

    /// Gives every record to client `to`.
    pub fn move_all(
        &self,
        txn: &mut Txn<'_>,
        to: &str,
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> CliResult {
        move_each(txn, &self.visits, now, |v| v.client = to.to_string())?;
        move_each(txn, &self.followups, now, |f| f.client = to.to_string())?;
        move_each(txn, &self.surveys, now, |s| s.client = to.to_string())?;
        move_each(txn, &self.complaints, now, |c| c.client = to.to_string())?;
        // A package's ledger is never rewritten; only its owner changes.
        for l in &self.packages {
            let mut p = l.record.clone();
            p.client = to.to_string();
            p.updated = now;
            txn.update(l, &p)?;
        }
        move_each(txn, &self.inquiries, now, |i| {
            i.client = Some(to.to_string())
        })
    }
}

fn move_each<T: Record + Editable>(
    txn: &mut Txn<'_>,
    records: &[Loaded<T>],
    now: chrono::DateTime<chrono::FixedOffset>,
    set: impl Fn(&mut T),
) -> CliResult {
    for l in records {
        let mut r = l.record.clone();
        set(&mut r);
        r.touch(now);
        txn.update(l, &r)?;
    }
    Ok(())
}

/// The staff whose do-not-send list (`avoided_by`) names a client, each with her list
/// as it becomes when the client is merged away or deleted.
pub struct Avoiding {
    changed: Vec<(Loaded<Staff>, Staff)>,
}

impl Avoiding {
    /// Every staff record is read: one that cannot be refuses the write (it could
    /// name the client, and would be left pointing at nothing). `into` is the client
    /// who stays after a merge, `None` for a deletion.
    pub fn load(
        ctx: &mut Ctx,
        store: &Store,
        client: &str,
        into: Option<&str>,
        purpose: &str,
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> CliResult<Avoiding> {
        let staff =
            load_complete::<Staff>(ctx, store, purpose, &crate::t!("client-could-be-avoiding"))?;
        let changed = staff
            .into_iter()
            .filter_map(|l| {
                let list = carry_avoided(&l.record.avoided_by, client, into)?;
                let mut s = l.record.clone();
                s.avoided_by = list;
                s.updated = now;
                Some((l, s))
            })
            .collect();
        Ok(Avoiding { changed })
    }

    pub fn ids(&self) -> Vec<String> {
        self.changed.iter().map(|(_, s)| s.id.clone()).collect()
    }

    /// `1 staff record(s): w-…`, or `None` when no list names the client.
    pub fn summary(&self) -> Option<String> {
        let ids = self.ids();
        (!ids.is_empty()).then(|| listed(&crate::t!("client-staff-record"), &ids))
    }

    pub fn update_all(&self, txn: &mut Txn<'_>) -> CliResult {
        for (l, s) in &self.changed {
            txn.update(l, s)?;
        }
        Ok(())
    }

    /// The commit message with a last paragraph naming the staff records changed.
    pub fn message(&self, message: String) -> String {
        let ids = self.ids();
        if ids.is_empty() {
            return message;
        }
        // Commit messages are in English, whatever the user's language.
        let s = listed_in(Lang::En, "staff record", &ids);
        format!(
            "{}\n\ndo-not-send list changed on {s}\n",
            message.trim_end()
        )
    }
}

/// Refuses to `purpose` (delete or erase a client) while one of their prepaid packages
/// still holds visits or yuan: that is money the company owes them, refunded first (a
/// ledger entry), so that no balance disappears with the client.
pub fn refuse_prepaid_balance(packages: &[Loaded<Package>], purpose: &str) -> CliResult {
    let Some(p) = packages.iter().find(|p| p.record.balance().units() > 0) else {
        return Ok(());
    };
    Err(CliError::usage(crate::t!(
        "client-prepaid-balance",
        purpose = purpose,
        package = &p.record.id,
        balance = p.record.balance().to_string()
    ))
    .hint(crate::t!(
        "client-refund-first-hint",
        package = &p.record.id
    )))
}
