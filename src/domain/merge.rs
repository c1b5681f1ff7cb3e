//! Merging two records of the same person (`hk client merge KEEP OTHER`): what the
//! kept client looks like afterwards, and what becomes of the staff do-not-send lists
//! that name a client merged away or deleted. Moving the other's visits, follow-ups
//! and surveys, and deleting it, are the store's part.

use super::client::{Client, Household};

/// The two clients cannot be one person as they stand.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeConflict {
    /// Both have a resident ID number and they differ (the values are never shown).
    #[error("{}", crate::t!("merge-client-id-numbers"))]
    IdNumbers,
    #[error("{}", crate::t!("merge-client-same"))]
    Same,
}

/// The kept client after a merge, and the fields where the other client held a
/// different value that was not kept (their names only: values are personal).
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub client: Client,
    pub dropped: Vec<&'static str>,
}

/// Merges `other` into `keep`:
/// - lists are unions, `keep`'s first (phones, categories, tags);
/// - a one-line field `keep` leaves empty is filled from `other`; when both are set
///   and differ, `keep`'s stays and the field is named in `dropped`;
/// - free text (needs, notes) that differs is joined, `keep`'s first, so no note is lost;
/// - do-not-contact holds if either says so; the consent histories are united (the
///   latest decision of either is in force);
///   `created` is the earlier one; a closed `keep` stays closed, an open one open;
/// - the points ledgers are joined (what either redeemed stays redeemed);
/// - two different ID numbers refuse the merge.
///
/// Normalise the result (phones in two spellings collapse there).
pub fn merge_clients(keep: &Client, other: &Client) -> Result<Merged, MergeConflict> {
    if keep.id == other.id {
        return Err(MergeConflict::Same);
    }
    if !keep.id_number.is_empty()
        && !other.id_number.is_empty()
        && keep.id_number != other.id_number
    {
        return Err(MergeConflict::IdNumbers);
    }
    let mut c = keep.clone();
    let mut dropped = Vec::new();
    union(&mut c.phones, &other.phones);
    union(&mut c.categories, &other.categories);
    union(&mut c.tags, &other.tags);
    for (field, mine, theirs) in [
        ("name", &mut c.name, &other.name),
        ("wechat", &mut c.wechat, &other.wechat),
        ("address", &mut c.address, &other.address),
        ("id_number", &mut c.id_number, &other.id_number),
        ("source", &mut c.source, &other.source),
        ("frequency", &mut c.frequency, &other.frequency),
    ] {
        fill(field, mine, theirs, &mut dropped);
    }
    join_text(&mut c.needs, &other.needs);
    join_text(&mut c.notes, &other.notes);
    merge_household(&mut c.household, &other.household, &mut dropped);
    c.do_not_contact |= other.do_not_contact;
    c.consent = super::consent::union(&keep.consent, &other.consent);
    c.created = c.created.min(other.created);
    // Points redeemed by either stay redeemed (an append-only ledger, in time order).
    c.points.extend(other.points.iter().cloned());
    c.points.sort_by_key(|e| e.at);
    Ok(Merged { client: c, dropped })
}

/// A staff member's do-not-send list (`avoided_by`) once client `gone` is merged into
/// `into` (`Some`: her wish carries over to the client who stays, listed once) or
/// deleted (`None`: the id is dropped). `None` when the list does not name `gone`.
pub fn carry_avoided(list: &[String], gone: &str, into: Option<&str>) -> Option<Vec<String>> {
    if !list.iter().any(|c| c == gone) {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    for c in list {
        let c = if c == gone {
            match into {
                Some(k) => k,
                None => continue,
            }
        } else {
            c.as_str()
        };
        if !out.iter().any(|o| o == c) {
            out.push(c.to_string());
        }
    }
    Some(out)
}

fn union(mine: &mut Vec<String>, theirs: &[String]) {
    for t in theirs {
        if !mine.contains(t) {
            mine.push(t.clone());
        }
    }
}

fn fill(field: &'static str, mine: &mut String, theirs: &str, dropped: &mut Vec<&'static str>) {
    if mine.trim().is_empty() {
        *mine = theirs.to_string();
    } else if !theirs.trim().is_empty() && mine.trim() != theirs.trim() {
        dropped.push(field);
    }
}

fn join_text(mine: &mut String, theirs: &str) {
    let t = theirs.trim();
    if t.is_empty() || mine.contains(t) {
        return;
    }
    if mine.trim().is_empty() {
        *mine = t.to_string();
    } else {
        *mine = format!("{}\n{t}", mine.trim_end());
    }
}

fn merge_household(mine: &mut Household, theirs: &Household, dropped: &mut Vec<&'static str>) {
    for (field, m, t) in [
        ("household.pets", &mut mine.pets, &theirs.pets),
        ("household.children", &mut mine.children, &theirs.children),
        ("household.elders", &mut mine.elders, &theirs.elders),
    ] {
        fill(field, m, t, dropped);
    }
    for (field, m, t) in [
        ("household.size", &mut mine.size, theirs.size),
        ("household.area_sqm", &mut mine.area_sqm, theirs.area_sqm),
    ] {
        match (*m, t) {
            (None, t) => *m = t,
            (Some(a), Some(b)) if a != b => dropped.push(field),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::due::tests::ts;

    fn client(id: &str, name: &str, phone: &str) -> Client {
        let mut c = Client::new(id.into(), ts());
        c.name = name.into();
        c.phones = vec![phone.into()];
        c
    }

    #[test]
    fn lists_are_united_and_empty_fields_filled() {
        let mut keep = client("c-1", "王芳", "13812345678");
        keep.tags = vec!["宠物/猫".into()];
        keep.categories = vec!["house-cleaning".into()];
        keep.address = "上海市浦东新区张江路88号".into();
        keep.notes = "每周二上午".into();
        let mut other = client("c-2", "王芳", "13900001111");
        other.tags = vec!["宠物/猫".into(), "老人".into()];
        other.categories = vec!["nanny".into()];
        other.address = "上海市浦东新区世纪大道1号".into();
        other.wechat = "wangfang88".into();
        other.id_number = "110101199003078515".into();
        other.notes = "钥匙在门卫".into();
        other.do_not_contact = true;
        other.household.size = Some(4);
        let m = merge_clients(&keep, &other).unwrap();
        let c = m.client;
        assert_eq!(c.id, "c-1");
        assert_eq!(c.phones, ["13812345678", "13900001111"]);
        assert_eq!(c.tags, ["宠物/猫", "老人"]);
        assert_eq!(c.categories, ["house-cleaning", "nanny"]);
        assert_eq!(c.address, "上海市浦东新区张江路88号");
        assert_eq!(c.wechat, "wangfang88");
        assert_eq!(c.id_number, "110101199003078515");
        assert_eq!(c.notes, "每周二上午\n钥匙在门卫");
        assert!(c.do_not_contact);
        assert_eq!(c.household.size, Some(4));
        assert_eq!(m.dropped, ["address"]);
    }

    #[test]
    fn a_do_not_send_list_follows_a_merge_and_forgets_a_deletion() {
        let list = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            carry_avoided(&list(&["c-3", "c-2"]), "c-2", Some("c-1")),
            Some(list(&["c-3", "c-1"]))
        );
        // Both were on it: the client who stays is listed once.
        assert_eq!(
            carry_avoided(&list(&["c-1", "c-2"]), "c-2", Some("c-1")),
            Some(list(&["c-1"]))
        );
        assert_eq!(
            carry_avoided(&list(&["c-2", "c-3"]), "c-2", None),
            Some(list(&["c-3"]))
        );
        assert_eq!(carry_avoided(&list(&["c-3"]), "c-2", Some("c-1")), None);
        assert_eq!(carry_avoided(&[], "c-2", None), None);
    }

    #[test]
    fn both_consent_histories_are_kept_and_the_latest_decision_holds() {
        use crate::domain::consent::ConsentEntry;
        let entry = |yes: bool, date: &str, channel: &str| ConsentEntry {
            marketing: yes,
            date: date.parse().ok(),
            channel: channel.into(),
            evidence: String::new(),
        };
        let mut keep = client("c-1", "王芳", "13812345678");
        keep.consent = vec![entry(true, "2026-03-01", "wechat")];
        let mut other = client("c-2", "王芳", "13900001111");
        other.consent = vec![entry(false, "2026-09-01", "phone")];
        let c = merge_clients(&keep, &other).unwrap().client;
        assert_eq!(c.consent.len(), 2);
        assert!(c.marketing_consent_on("2026-08-31".parse().unwrap()));
        assert!(!c.marketing_consent_on("2026-09-01".parse().unwrap()));
    }

    #[test]
    fn different_id_numbers_refuse_and_equal_ones_do_not() {
        let mut keep = client("c-1", "王芳", "13812345678");
        let mut other = client("c-2", "王芳", "13900001111");
        keep.id_number = "110101199003078515".into();
        other.id_number = "11010119900307651X".into();
        assert_eq!(
            merge_clients(&keep, &other).unwrap_err(),
            MergeConflict::IdNumbers
        );
        other.id_number = keep.id_number.clone();
        assert!(merge_clients(&keep, &other).is_ok());
        assert_eq!(
            merge_clients(&keep, &keep).unwrap_err(),
            MergeConflict::Same
        );
    }
}
