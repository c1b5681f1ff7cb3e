//! Mainland China phone numbers: parsing, normalisation, masking and comparison keys.
//!
//! Records store phone numbers in one canonical ("normalised") form, so that they
//! can be shown, masked and compared the same way everywhere:
//!
//! | kind            | normalised form                   | example          |
//! |-----------------|-----------------------------------|------------------|
//! | mobile          | 11 plain digits                   | `13812345678`    |
//! | landline        | `0AA-NNNNNNNN` or `0AAA-NNNNNNN`  | `010-12345678`   |
//! | 400/800 service | `400-XXX-XXXX` / `800-XXX-XXXX`   | `400-123-4567`   |
//!
//! Landline and 400/800 numbers may have an extension, appended as `-EXT`
//! (`010-12345678-123`). Mobile numbers never have one.
//!
//! Input is forgiving: a `+86`, `0086` (or, before a mobile, a bare `86`) prefix,
//! spaces, dashes, parentheses, full-width digits (`０`–`９`), full-width `＋`/`－`
//! and extension markers (`转`, `分机`, `ext`, or a final `-123` after a complete
//! landline) are all accepted.
//!
//! Error messages never contain the input, because phone numbers are personal
//! data; they only describe what is wrong (for example "has 10 digits, a
//! mainland mobile has 11").
//!
//! The parsing is in `parsing`, the masking of what is not a normalised number in
//! `masking`; this file holds the error type and the public functions.

mod masking;
mod parsing;
#[cfg(test)]
mod tests;

use std::fmt;

use masking::{mask_generic, mask_structured};
use parsing::{fold_char, parse};

/// Why a phone number was rejected. The messages describe the problem only and
/// never repeat the number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneError {
    /// The input is empty or only whitespace.
    Empty,
    /// The input contains no digits at all (for example only dashes).
    NoDigits,
    /// A character that cannot be part of a phone number (a letter, a `+` that
    /// is not at the start, …). `position` is the 1-based character position
    /// in the input as given.
    BadCharacter { position: usize },
    /// A country code other than +86 (or an international `00` prefix other
    /// than `0086`): only mainland China numbers are supported.
    ForeignNumber,
    /// It looks like a mobile number (starts with 1) but is not a valid one;
    /// the text says why.
    BadMobile(String),
    /// It looks like a landline (starts with 0, or is 7–8 digits without an
    /// area code) but is not a valid one; the text says why.
    BadLandline(String),
    /// It starts with 400 or 800 but is not a valid service number; the text
    /// says why.
    BadServiceNumber(String),
    /// The extension is empty, not digits, or too long; the text says why.
    BadExtension(String),
    /// The count of digits (after any country code) fits no kind of number.
    BadLength(usize),
    /// A number in scientific notation (`1.38123E+10`): a spreadsheet took the phone
    /// for a number and dropped its last digits.
    SpreadsheetNumber,
}

impl fmt::Display for PhoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            PhoneError::Empty => crate::t!("client-phone-empty"),
            PhoneError::NoDigits => crate::t!("client-phone-no-digits"),
            PhoneError::BadCharacter { position } => {
                crate::t!("client-phone-bad-character", position = position)
            }
            PhoneError::ForeignNumber => crate::t!("client-phone-foreign"),
            PhoneError::BadMobile(reason) => crate::t!("client-phone-bad-mobile", reason = reason),
            PhoneError::BadLandline(reason) => {
                crate::t!("client-phone-bad-landline", reason = reason)
            }
            PhoneError::BadServiceNumber(reason) => {
                crate::t!("client-phone-bad-service", reason = reason)
            }
            PhoneError::BadExtension(reason) => {
                crate::t!("client-phone-bad-extension", reason = reason)
            }
            PhoneError::SpreadsheetNumber => crate::t!("client-phone-spreadsheet"),
            PhoneError::BadLength(n) => crate::t!("client-phone-bad-length", count = n),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for PhoneError {}

/// Checks and normalises a phone number typed by a user or read from a file.
///
/// Returns the canonical form described in the module docs: `13812345678`,
/// `010-12345678`, `0755-1234567`, `400-123-4567`, optionally followed by
/// `-EXT` for landline and 400/800 numbers. Normalising an already normalised
/// number returns it unchanged.
///
/// # Errors
///
/// A [`PhoneError`] saying what is wrong (without repeating the input) when
/// the input is not a mainland mobile, landline or 400/800 number.
pub fn normalize_phone(input: &str) -> Result<String, PhoneError> {
    if is_spreadsheet_number(input) {
        return Err(PhoneError::SpreadsheetNumber);
    }
    parse(input).map(|p| p.normalized())
}

/// Whether a cell holds a number in the scientific notation Excel and WPS write for a
/// long number in a column not formatted as text: `1.38123E+10`, `1.3812E10`.
pub fn is_spreadsheet_number(input: &str) -> bool {
    let s = input.trim();
    let Some((mantissa, exponent)) = s.split_once(['e', 'E']) else {
        return false;
    };
    let exponent = exponent.strip_prefix('+').unwrap_or(exponent);
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    !whole.is_empty()
        && digits(whole)
        && digits(fraction)
        && !exponent.is_empty()
        && digits(exponent)
}

/// Masks a phone number for display: `13812345678` → `138****5678`,
/// `010-12345678` → `010-****5678`, `0755-1234567` → `0755-***4567`,
/// `400-123-4567` → `400-***-4567`; an extension stays visible.
///
/// Input that is not in normalised form is normalised first when possible.
/// Anything else is masked character by character: strings of 1–2 characters
/// become all stars, 3–7 characters keep the last 2, 8–10 keep the last 4,
/// and 11 or more keep the first 3 and the last 4. Never panics.
#[must_use]
pub fn mask_phone(normalized: &str) -> String {
    if let Some(masked) = mask_structured(normalized) {
        return masked;
    }
    if let Ok(parsed) = parse(normalized)
        && let Some(masked) = mask_structured(&parsed.normalized())
    {
        return masked;
    }
    mask_generic(normalized)
}

/// The digits of a phone number, used to compare phones for equality and to
/// search by digits: `010-12345678` → `01012345678`, `400-123-4567-8` →
/// `40012345678`.
///
/// The input is normalised first when possible, so `+86 138 1234 5678` and
/// `13812345678` give the same key; otherwise the digits (full-width digits
/// included, as ASCII) of the input are returned as they are.
///
/// Because an extension's digits are simply appended, `010-1234567-8` and
/// `010-12345678` share a key; real numbers almost never collide like that.
#[must_use]
pub fn phone_digits_key(normalized: &str) -> String {
    match parse(normalized) {
        Ok(parsed) => parsed
            .normalized()
            .chars()
            .filter(char::is_ascii_digit)
            .collect(),
        Err(_) => normalized
            .chars()
            .map(fold_char)
            .filter(char::is_ascii_digit)
            .collect(),
    }
}
