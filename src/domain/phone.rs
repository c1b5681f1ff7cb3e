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

use std::fmt;

/// The most digits an extension may have.
const MAX_EXTENSION_DIGITS: usize = 6;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Mobile,
    Landline,
    Service,
}

/// A parsed number: its kind, the normalised main part and any extension.
#[derive(Debug)]
struct Parsed {
    main: String,
    extension: Option<String>,
}

impl Parsed {
    fn normalized(&self) -> String {
        match &self.extension {
            Some(ext) => format!("{}-{}", self.main, ext),
            None => self.main.clone(),
        }
    }
}

/// A run of digits in the input and whether a dash came before it.
#[derive(Debug)]
struct Group {
    digits: String,
    after_dash: bool,
}

/// Maps full-width digits, signs and brackets and the various dashes to ASCII.
/// Every input character maps to exactly one character, so positions survive.
fn fold_char(c: char) -> char {
    match c {
        '０'..='９' => {
            let offset = u32::from(c) - u32::from('０');
            char::from_digit(offset, 10).unwrap_or(c)
        }
        '＋' => '+',
        '－' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '﹣' => '-',
        '（' => '(',
        '）' => ')',
        _ => c,
    }
}

fn is_separator(c: char) -> bool {
    c == '-' || c == '(' || c == ')' || c.is_whitespace()
}

/// Whether `chars[at..]` starts with the ASCII `word`, ignoring ASCII case.
fn starts_with_ignore_case(chars: &[char], at: usize, word: &str) -> bool {
    word.chars().enumerate().all(|(k, w)| {
        chars
            .get(at + k)
            .is_some_and(|c| c.eq_ignore_ascii_case(&w))
    })
}

/// Finds an explicit extension marker (`转`, `轉`, `分机`, `分機`, `ext`,
/// `extension`); returns its start index and length in characters.
fn find_extension_marker(chars: &[char]) -> Option<(usize, usize)> {
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '转' | '轉' => return Some((i, 1)),
            '分' if matches!(chars.get(i + 1), Some('机' | '機')) => return Some((i, 2)),
            'e' | 'E' => {
                if starts_with_ignore_case(chars, i, "extension") {
                    return Some((i, 9));
                }
                if starts_with_ignore_case(chars, i, "ext") {
                    return Some((i, 3));
                }
            }
            _ => {}
        }
    }
    None
}

/// Reads the extension after an explicit marker: optional punctuation
/// (`.`, `:`, `#`, `号`, dashes, spaces), then 1–6 digits.
fn parse_extension(rest: &[char]) -> Result<String, PhoneError> {
    let start = rest
        .iter()
        .position(|&c| {
            !(c.is_whitespace() || matches!(c, '-' | '.' | ':' | '：' | '#' | '号' | '號'))
        })
        .unwrap_or(rest.len());
    let end = rest
        .iter()
        .rposition(|c| !c.is_whitespace())
        .map_or(0, |p| p + 1);
    let body = rest.get(start..end).unwrap_or(&[]);
    if body.is_empty() {
        return Err(PhoneError::BadExtension(crate::t!(
            "client-phone-extension-empty"
        )));
    }
    if !body.iter().all(char::is_ascii_digit) {
        return Err(PhoneError::BadExtension(crate::t!(
            "client-phone-extension-digits"
        )));
    }
    check_extension_length(body.len())?;
    Ok(body.iter().collect())
}

fn check_extension_length(len: usize) -> Result<(), PhoneError> {
    if len > MAX_EXTENSION_DIGITS {
        return Err(PhoneError::BadExtension(crate::t!(
            "client-phone-extension-length",
            count = len,
            max = MAX_EXTENSION_DIGITS
        )));
    }
    Ok(())
}

/// Splits the main part (without an explicit extension) into digit groups.
/// Returns whether a leading `+` was present. `offset` is the number of
/// characters before `chars` in the original input, for error positions.
fn tokenize(chars: &[char], offset: usize) -> Result<(bool, Vec<Group>), PhoneError> {
    let mut plus = false;
    let mut groups: Vec<Group> = Vec::new();
    let mut current = String::new();
    let mut current_after_dash = false;
    let mut dash_since_group = false;
    for (i, &c) in chars.iter().enumerate() {
        let position = offset + i + 1;
        if c.is_ascii_digit() {
            if current.is_empty() {
                current_after_dash = dash_since_group;
            }
            current.push(c);
        } else if c == '+' {
            if plus || !current.is_empty() || !groups.is_empty() {
                return Err(PhoneError::BadCharacter { position });
            }
            plus = true;
        } else if is_separator(c) {
            if !current.is_empty() {
                groups.push(Group {
                    digits: std::mem::take(&mut current),
                    after_dash: current_after_dash,
                });
                dash_since_group = false;
            }
            if c == '-' {
                dash_since_group = true;
            }
        } else {
            return Err(PhoneError::BadCharacter { position });
        }
    }
    if !current.is_empty() {
        groups.push(Group {
            digits: current,
            after_dash: current_after_dash,
        });
    }
    Ok((plus, groups))
}

fn parse(input: &str) -> Result<Parsed, PhoneError> {
    let leading = input.chars().take_while(|c| c.is_whitespace()).count();
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(PhoneError::Empty);
    }
    let chars: Vec<char> = trimmed.chars().map(fold_char).collect();
    let (main, explicit_extension) = match find_extension_marker(&chars) {
        Some((start, len)) => (
            chars.get(..start).unwrap_or(&[]),
            Some(chars.get(start + len..).unwrap_or(&[])),
        ),
        None => (chars.as_slice(), None),
    };
    let (plus, groups) = tokenize(main, leading)?;
    let all: String = groups.iter().map(|g| g.digits.as_str()).collect();
    if all.is_empty() {
        return Err(PhoneError::NoDigits);
    }

    if let Some(rest) = explicit_extension {
        let (kind, main) = parse_main(plus, &all)?;
        if kind == Kind::Mobile {
            return Err(PhoneError::BadMobile(crate::t!(
                "client-phone-mobile-extension"
            )));
        }
        let extension = parse_extension(rest)?;
        return Ok(Parsed {
            main,
            extension: Some(extension),
        });
    }

    // A final dash-separated group after a complete landline or 400/800
    // number is an extension: `010-12345678-123`, `400-123-4567-8`. The group
    // before it must have at least 4 digits, so oddly grouped numbers such as
    // `0755-1234-567-8` are read as one number.
    if let [init @ .., previous, last] = groups.as_slice()
        && last.after_dash
        && previous.digits.len() >= 4
    {
        let before: String = init
            .iter()
            .chain(std::iter::once(previous))
            .map(|g| g.digits.as_str())
            .collect();
        if let Ok((kind, main)) = parse_main(plus, &before)
            && kind != Kind::Mobile
        {
            check_extension_length(last.digits.len())?;
            return Ok(Parsed {
                main,
                extension: Some(last.digits.clone()),
            });
        }
    }

    let (_, main) = parse_main(plus, &all)?;
    Ok(Parsed {
        main,
        extension: None,
    })
}

/// Removes a country code from the digits (all ASCII) and classifies the rest.
fn parse_main(plus: bool, digits: &str) -> Result<(Kind, String), PhoneError> {
    let national = if plus {
        match digits.strip_prefix("86") {
            Some(rest) => after_country_code(rest),
            None => return Err(PhoneError::ForeignNumber),
        }
    } else if let Some(rest) = digits.strip_prefix("0086") {
        after_country_code(rest)
    } else if digits.starts_with("00") {
        return Err(PhoneError::ForeignNumber);
    } else if digits.len() == 13 && digits.starts_with("861") {
        digits.get(2..).unwrap_or_default().to_string()
    } else {
        digits.to_string()
    };
    classify(&national)
}

/// The national number after +86 / 0086. Landlines are written without
/// their leading 0 after a country code (`+86 10 1234 5678`), so it is put
/// back; a 0 that is written anyway (`+86 (0)10 …`) is kept as it is.
fn after_country_code(rest: &str) -> String {
    let needs_zero = if rest.starts_with('0') || rest.starts_with("400") || rest.starts_with("800")
    {
        false
    } else if rest.starts_with('1') {
        // 10 is Beijing's area code; any other 1… (or an 11-digit 10…) is a mobile.
        rest.starts_with("10") && rest.len() != 11
    } else {
        !rest.is_empty()
    };
    if needs_zero {
        format!("0{rest}")
    } else {
        rest.to_string()
    }
}

/// Classifies a national number (ASCII digits only, no country code).
fn classify(d: &str) -> Result<(Kind, String), PhoneError> {
    let bytes = d.as_bytes();
    let n = bytes.len();
    match bytes.first() {
        None => Err(PhoneError::BadLength(0)),
        Some(b'1') => {
            if n != 11 {
                return Err(PhoneError::BadMobile(crate::t!(
                    "client-phone-mobile-length",
                    count = n
                )));
            }
            if matches!(bytes.get(1), Some(b'0'..=b'2')) {
                return Err(PhoneError::BadMobile(crate::t!(
                    "client-phone-mobile-start"
                )));
            }
            Ok((Kind::Mobile, d.to_string()))
        }
        Some(b'0') => {
            if bytes.get(1) == Some(&b'0') {
                return Err(PhoneError::BadLandline(crate::t!("client-phone-area-00")));
            }
            let area_len = match (bytes.get(1), bytes.get(2)) {
                (Some(b'1'), Some(b'0')) | (Some(b'2'), _) => 3,
                _ => 4,
            };
            let local = n.saturating_sub(area_len);
            if !(7..=8).contains(&local) {
                return Err(PhoneError::BadLandline(crate::t!(
                    "client-phone-local-length",
                    area = area_len,
                    count = local
                )));
            }
            match d.split_at_checked(area_len) {
                Some((area, number)) => Ok((Kind::Landline, format!("{area}-{number}"))),
                None => Err(PhoneError::BadLength(n)),
            }
        }
        Some(_) if d.starts_with("400") || d.starts_with("800") => {
            if n != 10 {
                return Err(PhoneError::BadServiceNumber(crate::t!(
                    "client-phone-service-length",
                    count = n
                )));
            }
            match (d.get(..3), d.get(3..6), d.get(6..)) {
                (Some(a), Some(b), Some(c)) => Ok((Kind::Service, format!("{a}-{b}-{c}"))),
                _ => Err(PhoneError::BadLength(n)),
            }
        }
        Some(_) => {
            if n == 7 || n == 8 {
                Err(PhoneError::BadLandline(crate::t!(
                    "client-phone-area-missing"
                )))
            } else {
                Err(PhoneError::BadLength(n))
            }
        }
    }
}

/// Masks a string that is already in one of the normalised shapes.
fn mask_structured(s: &str) -> Option<String> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == '-') {
        return None;
    }
    let parts: Vec<&str> = s.split('-').collect();
    if parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    match parts.as_slice() {
        [mobile] if mobile.len() == 11 && mobile.starts_with('1') => {
            Some(format!("{}****{}", mobile.get(..3)?, mobile.get(7..)?))
        }
        [area, local, extension @ ..]
            if area.starts_with('0')
                && (3..=4).contains(&area.len())
                && (7..=8).contains(&local.len())
                && extension.len() <= 1 =>
        {
            let hidden = local.len().saturating_sub(4);
            let mut out = format!("{area}-{}{}", "*".repeat(hidden), local.get(hidden..)?);
            for ext in extension {
                out.push('-');
                out.push_str(ext);
            }
            Some(out)
        }
        [prefix, middle, tail, extension @ ..]
            if (*prefix == "400" || *prefix == "800")
                && middle.len() == 3
                && tail.len() == 4
                && extension.len() <= 1 =>
        {
            let mut out = format!("{prefix}-***-{tail}");
            for ext in extension {
                out.push('-');
                out.push_str(ext);
            }
            Some(out)
        }
        _ => None,
    }
}

/// Masks any string character by character (see [`mask_phone`]).
fn mask_generic(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    let keep_tail = match n {
        0..=2 => 0,
        3..=7 => 2,
        _ => 4,
    };
    let keep_head = if n >= 11 { 3 } else { 0 };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if i < keep_head || i + keep_tail >= n {
                c
            } else {
                '*'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> String {
        match normalize_phone(input) {
            Ok(s) => s,
            Err(e) => panic!("expected {input:?} to be valid, got error: {e}"),
        }
    }

    fn err(input: &str) -> PhoneError {
        match normalize_phone(input) {
            Ok(s) => panic!("expected {input:?} to be rejected, got {s:?}"),
            Err(e) => e,
        }
    }

    /// Whether there is a run of 5 or more consecutive ASCII digits: a message
    /// with one could be repeating the number.
    fn has_long_digit_run(message: &str) -> bool {
        let mut run = 0;
        for c in message.chars() {
            if c.is_ascii_digit() {
                run += 1;
                if run >= 5 {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        false
    }

    // ---- mobiles -------------------------------------------------------

    #[test]
    fn plain_mobile() {
        assert_eq!(ok("13812345678"), "13812345678");
    }

    #[test]
    fn every_valid_mobile_prefix() {
        for second in '3'..='9' {
            let number = format!("1{second}912345678");
            assert_eq!(ok(&number), number);
        }
    }

    #[test]
    fn mobile_with_country_codes() {
        assert_eq!(ok("+8613812345678"), "13812345678");
        assert_eq!(ok("+86 138 1234 5678"), "13812345678");
        assert_eq!(ok("+86-138-1234-5678"), "13812345678");
        assert_eq!(ok("008613812345678"), "13812345678");
        assert_eq!(ok("0086 138 1234 5678"), "13812345678");
        assert_eq!(ok("8613812345678"), "13812345678");
        assert_eq!(ok("86 138 1234 5678"), "13812345678");
        assert_eq!(ok("(+86) 138 1234 5678"), "13812345678");
        assert_eq!(ok("+86(138)12345678"), "13812345678");
    }

    #[test]
    fn mobile_with_spaces_and_dashes() {
        assert_eq!(ok("138 1234 5678"), "13812345678");
        assert_eq!(ok("138-1234-5678"), "13812345678");
        assert_eq!(ok("138 - 1234 - 5678"), "13812345678");
        assert_eq!(ok("  13812345678\t"), "13812345678");
        assert_eq!(ok("1 3 8 1 2 3 4 5 6 7 8"), "13812345678");
        assert_eq!(ok("138\u{3000}1234\u{3000}5678"), "13812345678");
    }

    #[test]
    fn mobile_full_width() {
        assert_eq!(ok("１３８１２３４５６７８"), "13812345678");
        assert_eq!(ok("＋８６　１３８－１２３４－５６７８"), "13812345678");
        assert_eq!(ok("（＋８６）１３８ １２３４ ５６７８"), "13812345678");
        assert_eq!(ok("138—1234—5678"), "13812345678");
    }

    #[test]
    fn mobile_bad_second_digit() {
        for bad in [
            "10012345678",
            "11012345678",
            "12012345678",
            "+86 120 1234 5678",
        ] {
            match err(bad) {
                PhoneError::BadMobile(reason) => {
                    assert!(reason.contains("13–19"), "{reason}");
                }
                other => panic!("{bad}: unexpected {other:?}"),
            }
        }
        // 86 + an 11-digit number starting with 1 is still read as a mobile.
        assert!(matches!(err("8612012345678"), PhoneError::BadMobile(_)));
    }

    #[test]
    fn mobile_wrong_length() {
        assert_eq!(
            err("138123456789"),
            PhoneError::BadMobile("has 12 digits, a mainland mobile has 11".into())
        );
        assert_eq!(
            err("1381234567"),
            PhoneError::BadMobile("has 10 digits, a mainland mobile has 11".into())
        );
        assert_eq!(
            err("1"),
            PhoneError::BadMobile("has 1 digit, a mainland mobile has 11".into())
        );
        assert!(matches!(
            err("+86 138 1234 56789"),
            PhoneError::BadMobile(_)
        ));
        assert!(matches!(err("0086 138 1234 567"), PhoneError::BadMobile(_)));
        assert_eq!(
            err("138123456789").to_string(),
            "mobile number is invalid: has 12 digits, a mainland mobile has 11"
        );
    }

    #[test]
    fn bare_86_only_before_a_mobile() {
        // 86 + landline without the 0: not accepted without a +.
        assert!(normalize_phone("861012345678").is_err());
        // 86 followed by too few digits is not stripped.
        assert!(normalize_phone("86138123456").is_err());
    }

    #[test]
    fn foreign_numbers() {
        assert_eq!(err("+1 415 555 0100"), PhoneError::ForeignNumber);
        assert_eq!(err("+44 20 7946 0958"), PhoneError::ForeignNumber);
        assert_eq!(err("001 415 555 0100"), PhoneError::ForeignNumber);
        assert_eq!(err("+852 9123 4567"), PhoneError::ForeignNumber);
    }

    // ---- landlines -----------------------------------------------------

    #[test]
    fn beijing_landlines() {
        for input in [
            "010-12345678",
            "(010)12345678",
            "（０１０）１２３４５６７８",
            "01012345678",
            "010 1234 5678",
            "010-1234-5678",
            "+86 10 1234 5678",
            "+861012345678",
            "0086 10 12345678",
            "+86 (0)10 1234 5678",
            "+86 010 12345678",
        ] {
            assert_eq!(ok(input), "010-12345678", "{input}");
        }
    }

    #[test]
    fn three_digit_02x_landlines() {
        assert_eq!(ok("021-12345678"), "021-12345678");
        assert_eq!(ok("02112345678"), "021-12345678");
        assert_eq!(ok("+86 21 1234 5678"), "021-12345678");
        assert_eq!(ok("020 8888 8888"), "020-88888888");
        assert_eq!(ok("0291234567"), "029-1234567");
    }

    #[test]
    fn four_digit_area_codes() {
        assert_eq!(ok("0755 1234 5678"), "0755-12345678");
        assert_eq!(ok("075512345678"), "0755-12345678");
        assert_eq!(ok("(0755)1234567"), "0755-1234567");
        assert_eq!(ok("07551234567"), "0755-1234567");
        assert_eq!(ok("+86 755 1234 5678"), "0755-12345678");
        assert_eq!(ok("0571-88888888"), "0571-88888888");
        assert_eq!(ok("+86 871 6543210"), "0871-6543210");
        // 01X other than 010 is a 4-digit area code.
        assert_eq!(ok("01311234567"), "0131-1234567");
    }

    #[test]
    fn landline_wrong_local_length() {
        match err("010-123456") {
            PhoneError::BadLandline(reason) => {
                assert_eq!(
                    reason,
                    "the local number after the 3-digit area code has 6 digits, a landline has 7 or 8"
                );
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(matches!(err("0755-123456789"), PhoneError::BadLandline(_)));
        assert!(matches!(err("0"), PhoneError::BadLandline(_)));
        assert!(matches!(err("0755"), PhoneError::BadLandline(_)));
    }

    #[test]
    fn landline_without_area_code() {
        // Starting with 1 it reads as a (too short) mobile.
        assert!(matches!(err("12345678"), PhoneError::BadMobile(_)));
        match err("8765 4321") {
            PhoneError::BadLandline(reason) => assert!(reason.contains("area code")),
            other => panic!("unexpected {other:?}"),
        }
        assert!(matches!(err("6543210"), PhoneError::BadLandline(_)));
    }

    #[test]
    fn area_code_with_00_after_country_code() {
        assert!(matches!(
            err("+86 0010 1234567"),
            PhoneError::BadLandline(_)
        ));
    }

    // ---- extensions ----------------------------------------------------

    #[test]
    fn landline_extensions() {
        assert_eq!(ok("010-12345678-123"), "010-12345678-123");
        assert_eq!(ok("010-12345678转123"), "010-12345678-123");
        assert_eq!(ok("010-12345678 转 123"), "010-12345678-123");
        assert_eq!(ok("010-12345678轉123"), "010-12345678-123");
        assert_eq!(ok("010-12345678 ext 123"), "010-12345678-123");
        assert_eq!(ok("010-12345678 EXT. 123"), "010-12345678-123");
        assert_eq!(ok("010-12345678 Ext:123"), "010-12345678-123");
        assert_eq!(ok("010-12345678 extension 123"), "010-12345678-123");
        assert_eq!(ok("010 12345678 分机 8001"), "010-12345678-8001");
        assert_eq!(ok("010 12345678 分机号 8001"), "010-12345678-8001");
        assert_eq!(ok("(0755)12345678转８"), "0755-12345678-8");
        assert_eq!(ok("0755-1234567-8"), "0755-1234567-8");
        assert_eq!(ok("01012345678-123"), "010-12345678-123");
        assert_eq!(ok("+86 10 1234 5678-123"), "010-12345678-123");
        assert_eq!(ok("010 1234 5678-123"), "010-12345678-123");
    }

    #[test]
    fn dash_groups_that_are_not_extensions() {
        // Short groups before the last one: one number written in pieces.
        assert_eq!(ok("0755-1234-567-8"), "0755-12345678");
        assert_eq!(ok("010-1234-5678"), "010-12345678");
        assert_eq!(ok("0755-123-4567"), "0755-1234567");
        // A mobile never takes an extension.
        assert!(matches!(err("13812345678-12"), PhoneError::BadMobile(_)));
    }

    #[test]
    fn bad_extensions() {
        assert!(matches!(err("010-12345678转"), PhoneError::BadExtension(_)));
        assert!(matches!(
            err("010-12345678 ext"),
            PhoneError::BadExtension(_)
        ));
        assert!(matches!(
            err("010-12345678 ext abc"),
            PhoneError::BadExtension(_)
        ));
        assert!(matches!(
            err("010-12345678 ext 12 34"),
            PhoneError::BadExtension(_)
        ));
        assert!(matches!(
            err("010-12345678转1转2"),
            PhoneError::BadExtension(_)
        ));
        assert_eq!(
            err("010-12345678-1234567"),
            PhoneError::BadExtension("has 7 digits, an extension has at most 6".into())
        );
        assert!(matches!(
            err("010-12345678转1234567"),
            PhoneError::BadExtension(_)
        ));
        assert_eq!(
            err("13812345678转123"),
            PhoneError::BadMobile("mobile numbers have no extension".into())
        );
        // A bad main number is reported before the extension.
        assert!(matches!(err("010-123转abc"), PhoneError::BadLandline(_)));
        assert_eq!(err("转123"), PhoneError::NoDigits);
    }

    // ---- 400 / 800 -----------------------------------------------------

    #[test]
    fn service_numbers() {
        assert_eq!(ok("400-123-4567"), "400-123-4567");
        assert_eq!(ok("4001234567"), "400-123-4567");
        assert_eq!(ok("400 123 4567"), "400-123-4567");
        assert_eq!(ok("400-1234-567"), "400-123-4567");
        assert_eq!(ok("４００－１２３－４５６７"), "400-123-4567");
        assert_eq!(ok("800-123-4567"), "800-123-4567");
        assert_eq!(ok("+86 400 123 4567"), "400-123-4567");
        assert_eq!(ok("400-123-4567转8"), "400-123-4567-8");
        assert_eq!(ok("400-123-4567-8"), "400-123-4567-8");
    }

    #[test]
    fn bad_service_numbers() {
        assert_eq!(
            err("400-123-456"),
            PhoneError::BadServiceNumber("has 9 digits, a 400/800 number has 10".into())
        );
        assert!(matches!(
            err("800-123-45678"),
            PhoneError::BadServiceNumber(_)
        ));
        assert_eq!(err("4101234567"), PhoneError::BadLength(10));
        assert_eq!(err("912345678901"), PhoneError::BadLength(12));
    }

    // ---- characters and empties -----------------------------------------

    #[test]
    fn empty_inputs() {
        assert_eq!(err(""), PhoneError::Empty);
        assert_eq!(err("   "), PhoneError::Empty);
        assert_eq!(err("\u{3000}\t\n"), PhoneError::Empty);
        assert_eq!(err("---"), PhoneError::NoDigits);
        assert_eq!(err("( )"), PhoneError::NoDigits);
        assert_eq!(err("+"), PhoneError::NoDigits);
        assert_eq!(err("+86"), PhoneError::BadLength(0));
    }

    #[test]
    fn bad_characters_report_positions() {
        assert_eq!(err("abc"), PhoneError::BadCharacter { position: 1 });
        assert_eq!(err("138a1234567"), PhoneError::BadCharacter { position: 4 });
        assert_eq!(
            err("  138a1234567"),
            PhoneError::BadCharacter { position: 6 }
        );
        assert_eq!(
            err("138+12345678"),
            PhoneError::BadCharacter { position: 4 }
        );
        assert_eq!(
            err("++8613812345678"),
            PhoneError::BadCharacter { position: 2 }
        );
        assert_eq!(err("中138"), PhoneError::BadCharacter { position: 1 });
        assert_eq!(
            err("138.1234.5678"),
            PhoneError::BadCharacter { position: 4 }
        );
        assert_eq!(
            err("13812345678😀"),
            PhoneError::BadCharacter { position: 12 }
        );
        assert_eq!(err("138/139"), PhoneError::BadCharacter { position: 4 });
    }

    #[test]
    fn normalizing_is_idempotent() {
        for input in [
            "13812345678",
            "+86 138 1234 5678",
            "010-12345678",
            "0755-1234567",
            "010-12345678-123",
            "0755-1234567-8",
            "400-123-4567",
            "400-123-4567-8",
            "800-123-4567",
            "(010)12345678转88",
        ] {
            let once = ok(input);
            assert_eq!(ok(&once), once, "{input}");
        }
    }

    #[test]
    fn error_messages_never_contain_the_number() {
        for input in [
            "138123456789",
            "1381234567",
            "12012345678",
            "010-123456",
            "0755-123456789",
            "87654321",
            "400-123-456",
            "4101234567",
            "+1 415 555 0100",
            "010-12345678-1234567",
            "13812345678转123",
            "13812345678x",
            "98765432109876",
            "+86 0010 1234567",
        ] {
            let message = err(input).to_string();
            assert!(!message.contains(input), "{input}: {message}");
            assert!(!has_long_digit_run(&message), "{input}: {message}");
        }
    }

    #[test]
    fn spreadsheet_numbers_are_named_as_such() {
        for s in ["1.38123E+10", "1.38123e+10", " 1.3812E10 ", "1E+10"] {
            assert!(is_spreadsheet_number(s), "{s}");
            assert_eq!(
                normalize_phone(s),
                Err(PhoneError::SpreadsheetNumber),
                "{s}"
            );
        }
        for s in [
            "13812345678",
            "138-1234-5678",
            "E+10",
            "1.38E",
            "010-12345678 ext 12",
        ] {
            assert!(!is_spreadsheet_number(s), "{s}");
        }
        assert!(
            PhoneError::SpreadsheetNumber
                .to_string()
                .contains("spreadsheet")
        );
    }

    #[test]
    fn all_error_variants_display_without_panicking() {
        let variants = [
            PhoneError::Empty,
            PhoneError::NoDigits,
            PhoneError::BadCharacter { position: 3 },
            PhoneError::ForeignNumber,
            PhoneError::BadMobile("x".into()),
            PhoneError::BadLandline("x".into()),
            PhoneError::BadServiceNumber("x".into()),
            PhoneError::BadExtension("x".into()),
            PhoneError::BadLength(1),
            PhoneError::BadLength(0),
            PhoneError::SpreadsheetNumber,
        ];
        for v in variants {
            let message = v.to_string();
            assert!(!message.is_empty());
            let as_error: &dyn std::error::Error = &v;
            assert!(as_error.source().is_none());
        }
        assert!(
            PhoneError::BadLength(1)
                .to_string()
                .contains("has 1 digit,")
        );
    }

    // ---- masking -------------------------------------------------------

    #[test]
    fn mask_normalised_numbers() {
        assert_eq!(mask_phone("13812345678"), "138****5678");
        assert_eq!(mask_phone("010-12345678"), "010-****5678");
        assert_eq!(mask_phone("021-1234567"), "021-***4567");
        assert_eq!(mask_phone("0755-12345678"), "0755-****5678");
        assert_eq!(mask_phone("0755-1234567"), "0755-***4567");
        assert_eq!(mask_phone("010-12345678-123"), "010-****5678-123");
        assert_eq!(mask_phone("400-123-4567"), "400-***-4567");
        assert_eq!(mask_phone("800-123-4567-8"), "800-***-4567-8");
    }

    #[test]
    fn mask_unnormalised_but_valid_input() {
        assert_eq!(mask_phone("+86 138 1234 5678"), "138****5678");
        assert_eq!(mask_phone("(010)12345678"), "010-****5678");
        assert_eq!(mask_phone("１３８１２３４５６７８"), "138****5678");
    }

    #[test]
    fn mask_short_and_odd_inputs() {
        assert_eq!(mask_phone(""), "");
        assert_eq!(mask_phone("1"), "*");
        assert_eq!(mask_phone("12"), "**");
        assert_eq!(mask_phone("123"), "*23");
        assert_eq!(mask_phone("12345"), "***45");
        assert_eq!(mask_phone("1234567"), "*****67");
        assert_eq!(mask_phone("12345678"), "****5678");
        assert_eq!(mask_phone("中文电话"), "**电话");
        assert_eq!(mask_phone("😀😀😀"), "*😀😀");
        assert_eq!(mask_phone("é"), "*");
        assert_eq!(mask_phone("abcdefghijklmnop"), "abc*********mnop");
        assert_eq!(mask_phone("12012345678"), "120****5678");
        assert_eq!(mask_phone("--"), "**");
        // Not normalised, but normalisable.
        assert_eq!(mask_phone("010--12345678"), "010-****5678");
        assert_eq!(mask_phone("abc-defg-hijk"), "abc******hijk");
    }

    #[test]
    fn masks_keep_the_length_and_hide_the_middle() {
        for input in [
            "13812345678",
            "010-12345678",
            "0755-1234567",
            "400-123-4567",
        ] {
            let masked = mask_phone(input);
            assert_eq!(masked.chars().count(), input.chars().count(), "{input}");
            assert!(masked.contains('*'));
        }
    }

    // ---- digits key ----------------------------------------------------

    #[test]
    fn digits_keys() {
        assert_eq!(phone_digits_key("13812345678"), "13812345678");
        assert_eq!(phone_digits_key("010-12345678"), "01012345678");
        assert_eq!(phone_digits_key("400-123-4567-8"), "40012345678");
        assert_eq!(phone_digits_key("010-12345678-123"), "01012345678123");
        assert_eq!(phone_digits_key(""), "");
        assert_eq!(phone_digits_key("abc"), "");
        // Not normalisable: the digits as they are.
        assert_eq!(phone_digits_key("12-34"), "1234");
        assert_eq!(phone_digits_key("１２３"), "123");
    }

    #[test]
    fn digits_keys_match_across_spellings() {
        let key = phone_digits_key("13812345678");
        for spelling in [
            "+86 138 1234 5678",
            "0086-138-1234-5678",
            "８６１３８１２３４５６７８",
        ] {
            assert_eq!(phone_digits_key(spelling), key, "{spelling}");
        }
        let key = phone_digits_key("010-12345678");
        for spelling in ["+86 10 1234 5678", "(010) 1234 5678", "01012345678"] {
            assert_eq!(phone_digits_key(spelling), key, "{spelling}");
        }
        assert_ne!(
            phone_digits_key("13812345678"),
            phone_digits_key("13812345679")
        );
    }

    // ---- robustness ----------------------------------------------------

    /// A small deterministic xorshift generator, so the test needs no crates.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            self.0 = x;
            x
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    const PIECES: &[&str] = &[
        "0",
        "1",
        "3",
        "4",
        "8",
        "6",
        "9",
        "5",
        "2",
        "7",
        "０",
        "１",
        "８",
        "６",
        "９",
        "+",
        "＋",
        "-",
        "－",
        "—",
        " ",
        "\u{3000}",
        "\t",
        "(",
        ")",
        "（",
        "）",
        "86",
        "0086",
        "+86",
        "010",
        "0755",
        "400",
        "800",
        "138",
        "转",
        "轉",
        "分机",
        "ext",
        "EXT.",
        "extension",
        "x",
        "X",
        "a",
        "中",
        "文",
        "号",
        "é",
        "😀",
        "\u{301}",
        "\u{0}",
        "\u{200b}",
        ".",
        ":",
        "#",
        "/",
        "\n",
        "ß",
        "Ω",
    ];

    fn random_input(rng: &mut Rng) -> String {
        let len = rng.below(24);
        let mut s = String::new();
        for _ in 0..len {
            if rng.below(5) == 0 {
                // Any scalar value, including multi-byte ones.
                let raw = (rng.next() % 0x11_0000) as u32;
                s.push(char::from_u32(raw).unwrap_or('\u{fffd}'));
            } else {
                s.push_str(PIECES[rng.below(PIECES.len())]);
            }
        }
        s
    }

    #[test]
    fn arbitrary_strings_never_panic() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..5000 {
            let input = random_input(&mut rng);
            let _ = mask_phone(&input);
            let _ = phone_digits_key(&input);
            match normalize_phone(&input) {
                Ok(normalized) => {
                    assert_eq!(normalize_phone(&normalized), Ok(normalized.clone()));
                    let masked = mask_phone(&normalized);
                    assert!(masked.contains('*'), "{masked}");
                    assert!(normalized.chars().all(|c| c.is_ascii_digit() || c == '-'));
                }
                Err(e) => {
                    let message = e.to_string();
                    assert!(!has_long_digit_run(&message), "{message}");
                    let trimmed = input.trim();
                    if trimmed.chars().count() >= 6 {
                        assert!(!message.contains(trimmed), "{message}");
                    }
                }
            }
        }
    }

    /// Writes `digits` with random separators and, sometimes, full-width digits.
    /// Without `dashes`, only spaces separate groups (a dash before a short
    /// final group would read as an extension).
    fn decorate(rng: &mut Rng, digits: &str, dashes: bool) -> String {
        let mut out = String::new();
        for c in digits.chars() {
            if !out.is_empty() {
                match rng.below(8) {
                    0 => out.push(' '),
                    1 if dashes => out.push('-'),
                    2 => out.push('\u{3000}'),
                    3 if dashes => out.push('－'),
                    _ => {}
                }
            }
            if rng.below(4) == 0 {
                out.push(
                    char::from_u32(u32::from(c) - u32::from('0') + u32::from('０')).unwrap_or(c),
                );
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn decorated_valid_mobiles_all_normalise_to_the_same() {
        let mut rng = Rng(0xDEAD_BEEF);
        for _ in 0..2000 {
            let mut mobile = String::from("1");
            mobile.push(char::from_digit(3 + rng.below(7) as u32, 10).unwrap_or('3'));
            for _ in 0..9 {
                mobile.push(char::from_digit(rng.below(10) as u32, 10).unwrap_or('0'));
            }
            let prefix = ["", "+86", "+86 ", "0086", "86", "＋８６ ", "(+86)"][rng.below(7)];
            let input = format!("{prefix}{}", decorate(&mut rng, &mobile, true));
            assert_eq!(normalize_phone(&input), Ok(mobile.clone()), "{input}");
            assert_eq!(phone_digits_key(&input), mobile);
            let masked = mask_phone(&input);
            assert_eq!(masked.get(3..7), Some("****"), "{masked}");
        }
    }

    #[test]
    fn decorated_valid_landlines_all_normalise_to_the_same() {
        let mut rng = Rng(0x1234_5678_9ABC);
        let areas = ["010", "020", "021", "029", "0755", "0571", "0871", "0311"];
        for _ in 0..2000 {
            let area = areas[rng.below(areas.len())];
            let local_len = 7 + rng.below(2);
            let mut local = String::new();
            local.push(char::from_digit(2 + rng.below(8) as u32, 10).unwrap_or('2'));
            for _ in 1..local_len {
                local.push(char::from_digit(rng.below(10) as u32, 10).unwrap_or('0'));
            }
            let expected = format!("{area}-{local}");
            let national = format!("{area}{local}");
            let input = match rng.below(4) {
                0 => decorate(&mut rng, &national, false),
                1 => format!("({area}){}", decorate(&mut rng, &local, false)),
                2 => format!(
                    "+86 {}",
                    decorate(&mut rng, national.get(1..).unwrap_or(""), false)
                ),
                _ => format!("{area}-{local}"),
            };
            assert_eq!(normalize_phone(&input), Ok(expected.clone()), "{input}");
            let with_ext = format!("{expected}转{}", rng.below(10_000));
            assert!(normalize_phone(&with_ext).is_ok(), "{with_ext}");
        }
    }

    #[test]
    fn random_digit_strings_never_panic_and_stay_consistent() {
        let mut rng = Rng(12345);
        let mut accepted = 0;
        for _ in 0..3000 {
            let len = rng.below(20);
            let s: String = (0..len)
                .map(|_| char::from_digit(rng.below(10) as u32, 10).unwrap_or('0'))
                .collect();
            let tail = rng.below(1000);
            for candidate in [s.clone(), format!("+{s}"), format!("{s}-{tail}")] {
                if let Ok(n) = normalize_phone(&candidate) {
                    accepted += 1;
                    assert_eq!(normalize_phone(&n), Ok(n.clone()), "{candidate}");
                    assert_eq!(phone_digits_key(&n), phone_digits_key(&candidate));
                }
                let _ = mask_phone(&candidate);
            }
        }
        assert!(accepted > 0);
    }
}
