//! How much text hk takes in, in one place.
//!
//! Without limits, a 10 MB spreadsheet cell becomes a 10 MB record that every later
//! command decrypts, and a runaway pipe (`/dev/zero`) is read until memory runs out.
//! The limits are far above what an office types (a name of 100 characters, notes of
//! 10,000) and are counted in characters, not bytes, so Chinese text gets the same
//! room as English. Messages name the field and the limit, never the value.

use super::FieldError;

/// The largest file an import reads (64 MiB): a year of questionnaires from a large
/// company is a few megabytes.
pub const FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The most characters one spreadsheet cell may hold.
pub const CELL_CHARS: usize = 10_000;

/// A person's name (a client's, a staff member's).
pub const NAME: usize = 100;
/// A postal address.
pub const ADDRESS: usize = 300;
/// A short single-line value: WeChat id, lead source, frequency, consent channel, tag.
pub const SHORT: usize = 100;
/// A household note (pets, children, elders), a closing reason, an action item.
pub const LINE: usize = 1_000;
/// Free text: notes, service needs, products, issues, comments.
pub const NOTES: usize = 10_000;

/// Refuses `value` when it has more than `max` characters.
pub fn check_len(field: &str, value: &str, max: usize) -> Result<(), FieldError> {
    // A string of at most `max` bytes has at most `max` characters: skip the count.
    if value.len() <= max || value.chars().count() <= max {
        return Ok(());
    }
    Err(FieldError::new(
        field,
        crate::t!("staff-limits-too-long", max = max),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        let chinese = "王".repeat(NAME);
        assert!(
            check_len("name", &chinese, NAME).is_ok(),
            "300 bytes, 100 chars"
        );
        let e = check_len("name", &format!("{chinese}王"), NAME).unwrap_err();
        assert_eq!(e.field, "name");
        assert!(e.problem.contains("100"), "{e}");
        assert!(!e.problem.contains('王'), "the value is never repeated");
        assert!(check_len("notes", "", NOTES).is_ok());
    }
}
