//! Record ids: a kind prefix and random lowercase base32 (`c-7k2m9q4x`).
//!
//! Ids are random rather than sequential so that two offices working offline never
//! hand out the same one. The alphabet is Crockford's base32 in lower case (no `i`,
//! `l`, `o`, `u`), so ids read aloud over the phone are unambiguous.

use std::fmt;

/// Lower-case Crockford base32.
pub const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
/// Random characters after the prefix: 40 bits, plenty for one company's records.
pub const RANDOM_LEN: usize = 8;

/// What a record is; the id prefix and the store folder follow from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Client,
    Visit,
    Followup,
    Survey,
    Complaint,
    Staff,
    Package,
    Audit,
    Inquiry,
}

impl Kind {
    /// Every kind, in the order listings and rewraps visit them.
    pub const ALL: [Kind; 9] = [
        Kind::Client,
        Kind::Visit,
        Kind::Followup,
        Kind::Survey,
        Kind::Complaint,
        Kind::Staff,
        Kind::Package,
        Kind::Audit,
        Kind::Inquiry,
    ];

    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Client => "c-",
            Kind::Visit => "v-",
            Kind::Followup => "f-",
            Kind::Survey => "s-",
            Kind::Complaint => "t-",
            Kind::Staff => "w-",
            Kind::Package => "k-",
            Kind::Audit => "a-",
            Kind::Inquiry => "i-",
        }
    }

    /// The hk command that lists records of this kind (`hk followup list`).
    pub fn command(self) -> &'static str {
        match self {
            Kind::Client => "client",
            Kind::Visit => "visit",
            Kind::Followup => "followup",
            Kind::Survey => "survey",
            Kind::Complaint => "complaint",
            Kind::Staff => "staff",
            Kind::Package => "package",
            Kind::Audit => "audit",
            Kind::Inquiry => "inquiry",
        }
    }

    pub fn folder(self) -> &'static str {
        match self {
            Kind::Client => "clients",
            Kind::Visit => "visits",
            Kind::Followup => "followups",
            Kind::Survey => "surveys",
            Kind::Complaint => "complaints",
            Kind::Staff => "staff",
            Kind::Package => "packages",
            Kind::Audit => "audit",
            Kind::Inquiry => "inquiries",
        }
    }
}

/// Builds an id from random bytes (the caller supplies the randomness, keeping this pure).
pub fn from_random(kind: Kind, random: [u8; RANDOM_LEN]) -> String {
    let mut id = String::with_capacity(2 + RANDOM_LEN);
    id.push_str(kind.prefix());
    for b in random {
        id.push(ALPHABET[(b & 31) as usize] as char);
    }
    id
}

/// Whether `s` is a well-formed id of `kind`.
pub fn is_valid(kind: Kind, s: &str) -> bool {
    match s.strip_prefix(kind.prefix()) {
        Some(rest) => rest.len() == RANDOM_LEN && rest.bytes().all(|b| ALPHABET.contains(&b)),
        None => false,
    }
}

/// Whether `s` looks like the start of an id of `kind` (`c-7k2`), as users type them.
pub fn is_prefix_of_kind(kind: Kind, s: &str) -> bool {
    match s.strip_prefix(kind.prefix()) {
        Some(rest) => {
            !rest.is_empty()
                && rest.len() <= RANDOM_LEN
                && rest
                    .bytes()
                    .all(|b| ALPHABET.contains(&b.to_ascii_lowercase()))
        }
        None => false,
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The kind as messages name it, in the process's language.
        f.write_str(&match self {
            Kind::Client => crate::t!("store-kind-client"),
            Kind::Visit => crate::t!("store-kind-visit"),
            Kind::Followup => crate::t!("store-kind-followup"),
            Kind::Survey => crate::t!("store-kind-survey"),
            Kind::Complaint => crate::t!("store-kind-complaint"),
            Kind::Staff => crate::t!("store-kind-staff"),
            Kind::Package => crate::t!("store-kind-package"),
            Kind::Audit => crate::t!("store-kind-audit"),
            Kind::Inquiry => crate::t!("store-kind-inquiry"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_use_prefix_and_alphabet() {
        let id = from_random(Kind::Client, [0, 1, 31, 32, 255, 7, 8, 9]);
        assert_eq!(id, "c-01z0z789");
        assert!(is_valid(Kind::Client, &id));
        assert!(!is_valid(Kind::Visit, &id));
    }

    #[test]
    fn validity_and_prefixes() {
        assert!(is_valid(Kind::Client, "c-7k2m9q4x"));
        assert!(!is_valid(Kind::Client, "c-7k2m9q4"));
        assert!(
            !is_valid(Kind::Client, "c-7k2m9q4i"),
            "i is not in the alphabet"
        );
        assert!(is_prefix_of_kind(Kind::Client, "c-7k2"));
        assert!(is_prefix_of_kind(
            Kind::Client,
            "C-7K2".to_lowercase().as_str()
        ));
        assert!(!is_prefix_of_kind(Kind::Client, "c-"));
        assert!(!is_prefix_of_kind(Kind::Client, "王"));
        assert!(!is_prefix_of_kind(Kind::Client, "c-7k2m9q4xx"));
    }
}
