//! Rows: one data row into a survey [`Row`], with the [`fingerprint`] that makes a
//! re-import add nothing.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::answers::{is_no_answer, parse_nps, parse_score, parse_when};
use super::{Mapping, Row, Target};
use crate::domain::id::{self, Kind};
use crate::domain::phone::normalize_phone;
use crate::domain::survey::Channel;
use crate::import::RowError;
use crate::import::{Sheet, SheetRow};

/// A comment's text: no-answer markers dropped, line ends as `\n` (a GBK export from
/// Windows and a UTF-8 one must give the same comment and fingerprint).
fn comment_text(s: &str) -> String {
    if is_no_answer(s) {
        return String::new();
    }
    s.trim().replace("\r\n", "\n").replace('\r', "\n")
}

/// Turns one data row into a survey row. Errors name the line and column and never
/// repeat the cell (it may be a phone number or a name).
pub fn parse_row(
    row: &SheetRow,
    sheet: &Sheet,
    mapping: &Mapping,
    today: NaiveDate,
) -> Result<Row, RowError> {
    let header_of = |i: usize| {
        sheet
            .headers
            .get(i)
            .map(|h| h.trim().to_string())
            .unwrap_or_default()
    };
    let mut out = Row {
        line: row.line,
        client_id: None,
        phone: None,
        date: None,
        channel: None,
        visit: None,
        scores: BTreeMap::new(),
        nps: None,
        comment: String::new(),
        fingerprint: String::new(),
    };
    let mut serial = String::new();
    let mut raw_date = String::new();
    let mut answers: Vec<String> = Vec::new();
    let mut comments: Vec<String> = Vec::new();
    let mut answered = false;
    for (i, target) in &mapping.columns {
        let v = row.get(*i);
        let err = |problem: String| RowError {
            line: row.line,
            column: header_of(*i),
            problem,
        };
        let empty = is_no_answer(v);
        match target {
            Target::Serial => serial = v.to_string(),
            Target::Date => {
                raw_date = v.to_string();
                if empty {
                    return Err(err(crate::t!("survey-import-date-empty")));
                }
                out.date = Some(parse_when(v, today).map_err(err)?);
            }
            Target::ClientId if !empty => {
                let id = v.to_lowercase();
                if !id::is_prefix_of_kind(Kind::Client, &id) {
                    return Err(err(crate::t!("survey-import-not-client-id")));
                }
                out.client_id = Some(id);
            }
            Target::Phone if !empty => {
                let phone = normalize_phone(v).map_err(|e| err(e.to_string()))?;
                out.phone = Some(phone);
            }
            Target::Channel if !empty => {
                let channel = Channel::parse(v).map_err(err)?;
                out.channel = Some(channel.key().to_string());
            }
            Target::Visit if !empty => {
                let visit = v.to_lowercase();
                if !id::is_prefix_of_kind(Kind::Visit, &visit) {
                    return Err(err(crate::t!("survey-import-not-visit-id")));
                }
                out.visit = Some(visit);
            }
            Target::ClientId | Target::Phone | Target::Channel | Target::Visit => {}
            Target::Dimension(key) => {
                let score = parse_score(v).map_err(err)?;
                if let Some(n) = score {
                    out.scores.insert(key.clone(), n);
                    answered = true;
                }
                answers.push(score.map(|n| n.to_string()).unwrap_or_default());
            }
            Target::Nps => {
                out.nps = parse_nps(v).map_err(err)?;
                answered |= out.nps.is_some();
                answers.push(out.nps.map(|n| n.to_string()).unwrap_or_default());
            }
            Target::Comment => {
                let text = comment_text(v);
                if !text.is_empty() {
                    comments.push(text.clone());
                    answered = true;
                }
                answers.push(text);
            }
        }
    }
    // A row naming no client is the caller's to judge: an error, unless the user asked
    // for an anonymous import.
    if !answered && mapping.columns.iter().any(|(_, t)| t.is_answer()) {
        return Err(RowError {
            line: row.line,
            column: String::new(),
            problem: crate::t!("survey-import-no-answers"),
        });
    }
    out.comment = comments.join("\n");
    let mut parts: Vec<&str> = vec![
        &serial,
        &raw_date,
        out.client_id.as_deref().unwrap_or(""),
        out.phone.as_deref().unwrap_or(""),
    ];
    parts.extend(answers.iter().map(String::as_str));
    out.fingerprint = fingerprint(&parts);
    Ok(out)
}

/// FNV-1a 64 over the parts, each followed by a unit separator (so `["ab"]` and
/// `["a", "b"]` differ), as 16 lowercase hex digits. Written out by hand so that it
/// never changes with the Rust version, unlike `std`'s hasher.
pub fn fingerprint(parts: &[&str]) -> String {
    let mut hash = FNV_OFFSET;
    for part in parts {
        hash = fnv1a(hash, part.as_bytes());
        hash = fnv1a(hash, &[0x1f]);
    }
    format!("{hash:016x}")
}

pub(super) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

pub(super) fn fnv1a(mut hash: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(fnv1a(FNV_OFFSET, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(FNV_OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(FNV_OFFSET, b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn fingerprints_are_stable_and_separate_parts() {
        let f = fingerprint(&["1", "2026/6/3 16:43:42", "13800138001", "5"]);
        assert_eq!(f.len(), 16);
        assert!(
            f.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
        assert_eq!(
            f,
            fingerprint(&["1", "2026/6/3 16:43:42", "13800138001", "5"])
        );
        assert_ne!(fingerprint(&["ab"]), fingerprint(&["a", "b"]));
        assert_ne!(fingerprint(&["a"]), fingerprint(&["a", ""]));
        // Pinned: a change here breaks duplicate detection for every store.
        assert_eq!(fingerprint(&[]), "cbf29ce484222325");
        assert_eq!(
            fingerprint(&["a"]),
            format!("{:016x}", fnv1a(fnv1a(FNV_OFFSET, b"a"), &[0x1f]))
        );
    }
}
