//! What every record kind offers `hk … edit`: one field set from text (`--set
//! FIELD=VALUE`), and the check a whole record passes before it is saved, whether its
//! fields were set one by one or its TOML was rewritten in an editor.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::FieldError;
use super::config::Config;
use super::visit::Visit;

pub trait Editable: Clone + PartialEq {
    /// Sets one field from text. Links to other records (`client`, `visit`) take ids;
    /// whoever calls this resolves what the user typed first. Call `check` afterwards.
    fn set_field(&mut self, field: &str, value: &str, today: NaiveDate) -> Result<(), FieldError>;
    /// Validates the whole record and brings it to its canonical form.
    fn check(&mut self, config: &Config, today: NaiveDate) -> Result<(), FieldError>;
    /// The one domain check of a whole record that no `--set` produced: a merge of two
    /// offices' versions (the merge driver) or a settled conflict (`hk resolve`).
    /// `check`, plus the rules an edit keeps against the version it started from,
    /// `before` (a client stays reachable). `today` comes from the caller's clock.
    fn check_against(
        &mut self,
        _before: &Self,
        config: &Config,
        today: NaiveDate,
    ) -> Result<(), FieldError> {
        self.check(config, today)
    }
    fn created(&self) -> DateTime<FixedOffset>;
    fn touch(&mut self, now: DateTime<FixedOffset>);
    /// The append-only list an edit changed (`points`), if any: such lists change
    /// only through their own commands.
    fn changed_log(&self, _before: &Self) -> Option<&'static str> {
        None
    }
}

/// `Editable::created` and `touch` for a record with `created` and `updated` fields
/// (every kind has them).
macro_rules! stamped {
    () => {
        fn created(&self) -> chrono::DateTime<chrono::FixedOffset> {
            self.created
        }

        fn touch(&mut self, now: chrono::DateTime<chrono::FixedOffset>) {
            self.updated = now;
        }
    };
}
pub(crate) use stamped;

/// `Linked`'s accessors for a record with `client: String` and `visit:
/// Option<String>` fields.
macro_rules! linked_by_fields {
    () => {
        fn client_id(&self) -> &str {
            &self.client
        }

        fn visit_id(&self) -> Option<&str> {
            self.visit.as_deref()
        }

        fn drop_visit(&mut self) {
            self.visit = None;
        }
    };
}
pub(crate) use linked_by_fields;

/// A record that names its client and, optionally, one of the client's visits
/// (follow-ups and surveys): an edit may change both, and must keep them consistent.
pub trait Linked: Editable {
    fn client_id(&self) -> &str;
    fn visit_id(&self) -> Option<&str>;
    /// Forgets the visit (it is being deleted).
    fn drop_visit(&mut self);
    /// Whether `visit`, one of the client's, can be the one this record is about.
    fn fits(&self, _visit: &Visit) -> Result<(), String> {
        Ok(())
    }
}

/// Sets a field every `Linked` kind has (`client`, `date`, `visit`, from text), or
/// returns false when `field` is none of them.
pub fn set_linked_field(
    field: &str,
    value: &str,
    today: NaiveDate,
    (client, date, visit): (&mut String, &mut NaiveDate, &mut Option<String>),
) -> Result<bool, FieldError> {
    let v = value.trim();
    match field {
        "client" => *client = v.to_string(),
        "date" => {
            *date = super::date::parse_date(v, today)
                .map_err(|e| FieldError::new(field, e.to_string()))?
        }
        "visit" => *visit = optional(v, |v| Ok(v.to_string()), field)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// An optional whole number typed for `field` (`household.size=3`); empty is none.
pub fn optional_number<T: std::str::FromStr>(
    field: &str,
    v: &str,
) -> Result<Option<T>, FieldError> {
    if v.trim().is_empty() {
        return Ok(None);
    }
    v.trim()
        .parse::<T>()
        .map(Some)
        .map_err(|_| FieldError::new(field, crate::t!("records-expected-whole-number")))
}

/// A `;`-separated list typed in one value (`phones=138…;139…`); commas and the
/// Chinese separators count too where `commas` (not in free-text lists).
pub fn split_list(value: &str, commas: bool) -> Vec<String> {
    let seps: &[char] = if commas {
        &[';', '；', ',', '，', '、']
    } else {
        &[';', '；']
    };
    value
        .split(seps)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// An optional value: empty text clears it.
pub fn optional<T>(
    value: &str,
    parse: impl FnOnce(&str) -> Result<T, String>,
    field: &str,
) -> Result<Option<T>, FieldError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    parse(v).map(Some).map_err(|e| FieldError::new(field, e))
}

/// A record of something that happened is not dated after today.
pub fn not_after_today(date: NaiveDate, today: NaiveDate) -> Result<(), FieldError> {
    if date > today {
        return Err(FieldError::new(
            "date",
            crate::t!(
                "records-after-today",
                date = date.to_string(),
                today = today.to_string()
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_on_semicolons_and_commas_only_where_asked() {
        assert_eq!(split_list("a; b；c", false), ["a", "b", "c"]);
        assert_eq!(split_list("问下月，续约", false), ["问下月，续约"]);
        assert_eq!(split_list("宠物/猫, 老人、", true), ["宠物/猫", "老人"]);
        assert!(split_list(" ; ", true).is_empty());
    }
}
