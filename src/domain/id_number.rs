//! Chinese resident identity card numbers (居民身份证号码, GB 11643-1999):
//! validation, normalisation and masking.
//!
//! A normalised ID number has 18 characters: a 6-digit region code, an 8-digit
//! birth date `YYYYMMDD`, a 3-digit sequence number and a check character
//! (`0`–`9` or an upper-case `X`) computed from the first 17 digits (ISO 7064
//! MOD 11-2).
//!
//! Input may contain spaces, full-width digits and a lower-case or full-width
//! `x`. Old 15-digit numbers (first-generation cards, birth date `YYMMDD` in the
//! 20th century) are converted to the 18-digit form.
//!
//! Error messages never contain the input, because ID numbers are personal
//! data; they only describe what is wrong.

use std::fmt;

/// Weights of the first 17 digits in the check-character sum.
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/// The check character for each value of `sum % 11`.
const CHECK_CHARS: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/// The earliest and latest birth years accepted.
const MIN_YEAR: u32 = 1900;
const MAX_YEAR: u32 = 2100;

/// Why an ID number was rejected. The messages describe the problem only and
/// never repeat the number or any part of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdNumberError {
    /// The input is empty or only whitespace.
    Empty,
    /// A character other than a digit, `X` or whitespace; `position` is the
    /// 1-based character position in the input as given.
    BadCharacter { position: usize },
    /// Neither 18 nor 15 characters (whitespace not counted).
    BadLength(usize),
    /// An `X` somewhere other than as the 18th (last) character.
    MisplacedX,
    /// The birth date inside the number is not a real calendar date.
    InvalidBirthDate,
    /// The birth date inside the number is before 1900-01-01 or after 2100-12-31.
    BirthDateOutOfRange,
    /// The check character does not match the first 17 digits.
    CheckCharMismatch,
}

impl fmt::Display for IdNumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            IdNumberError::Empty => crate::t!("client-id-number-empty"),
            IdNumberError::BadCharacter { position } => {
                crate::t!("client-id-number-bad-character", position = position)
            }
            IdNumberError::BadLength(n) => crate::t!("client-id-number-bad-length", count = n),
            IdNumberError::MisplacedX => crate::t!("client-id-number-misplaced-x"),
            IdNumberError::InvalidBirthDate => crate::t!("client-id-number-bad-birth-date"),
            IdNumberError::BirthDateOutOfRange => crate::t!(
                "client-id-number-birth-date-range",
                min = MIN_YEAR.to_string(),
                max = MAX_YEAR.to_string()
            ),
            IdNumberError::CheckCharMismatch => crate::t!("client-id-number-check-char"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for IdNumberError {}

/// Checks and normalises a resident ID number.
///
/// Surrounding and inner whitespace is removed, full-width digits and `Ｘ`
/// become ASCII, a lower-case `x` becomes `X`. An 18-character number must
/// have a real birth date between 1900-01-01 and 2100-12-31 and a matching
/// check character. A 15-digit number is converted to 18 digits by inserting
/// `19` before its birth date and appending the check character. Normalising
/// a normalised number returns it unchanged.
///
/// # Errors
///
/// An [`IdNumberError`] saying what is wrong, without repeating the input.
pub fn normalize_id_number(input: &str) -> Result<String, IdNumberError> {
    let mut chars: Vec<char> = Vec::with_capacity(18);
    for (i, c) in input.chars().enumerate() {
        if c.is_whitespace() {
            continue;
        }
        let c = fold_char(c);
        if c.is_ascii_digit() || c == 'X' {
            chars.push(c);
        } else {
            return Err(IdNumberError::BadCharacter { position: i + 1 });
        }
    }
    let n = chars.len();
    if n == 0 {
        return Err(IdNumberError::Empty);
    }
    if n != 15 && n != 18 {
        return Err(IdNumberError::BadLength(n));
    }
    if let Some(p) = chars.iter().position(|&c| c == 'X')
        && (n != 18 || p != 17)
    {
        return Err(IdNumberError::MisplacedX);
    }

    if n == 15 {
        let region = chars.get(..6).unwrap_or_default();
        let rest = chars.get(6..).unwrap_or_default();
        let yy = number(chars.get(6..8)).ok_or(IdNumberError::InvalidBirthDate)?;
        let month = number(chars.get(8..10)).ok_or(IdNumberError::InvalidBirthDate)?;
        let day = number(chars.get(10..12)).ok_or(IdNumberError::InvalidBirthDate)?;
        check_date(1900 + yy, month, day)?;
        let mut first17: String = region.iter().collect();
        first17.push_str("19");
        first17.extend(rest.iter());
        let check = check_char(&first17).ok_or(IdNumberError::BadLength(n))?;
        first17.push(check);
        return Ok(first17);
    }

    let year = number(chars.get(6..10)).ok_or(IdNumberError::InvalidBirthDate)?;
    let month = number(chars.get(10..12)).ok_or(IdNumberError::InvalidBirthDate)?;
    let day = number(chars.get(12..14)).ok_or(IdNumberError::InvalidBirthDate)?;
    check_date(year, month, day)?;
    let first17: String = chars.get(..17).unwrap_or_default().iter().collect();
    let expected = check_char(&first17).ok_or(IdNumberError::BadLength(n))?;
    if chars.get(17) != Some(&expected) {
        return Err(IdNumberError::CheckCharMismatch);
    }
    Ok(chars.iter().collect())
}

/// Masks an ID number for display, keeping the first 4 and the last 4
/// characters: `11010519491231002X` → `1101**********002X`.
///
/// Input that is not normalised is normalised first when possible (so a
/// 15-digit number is shown in its 18-digit form). Anything else is masked
/// character by character: 9 or more characters keep the first and last 4,
/// 3–8 keep only the last 2, and 1–2 become all stars. Never panics.
#[must_use]
pub fn mask_id_number(normalized: &str) -> String {
    let owned;
    let text = match normalize_id_number(normalized) {
        Ok(n) => {
            owned = n;
            owned.as_str()
        }
        Err(_) => normalized,
    };
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let (keep_head, keep_tail) = match n {
        0..=2 => (0, 0),
        3..=8 => (0, 2),
        _ => (4, 4),
    };
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

/// The check character (`0`–`9` or `X`) for the first 17 digits of an ID
/// number, or `None` unless `first17` is exactly 17 ASCII digits.
#[must_use]
pub fn check_char(first17: &str) -> Option<char> {
    let mut sum: u32 = 0;
    let mut count = 0;
    for c in first17.chars() {
        let digit = if c.is_ascii_digit() {
            c.to_digit(10)?
        } else {
            return None;
        };
        let weight = WEIGHTS.get(count)?;
        sum += digit * weight;
        count += 1;
    }
    if count != WEIGHTS.len() {
        return None;
    }
    CHECK_CHARS.get((sum % 11) as usize).copied()
}

/// Full-width digits and `Ｘ`/`ｘ`/`x` to ASCII digits and `X`.
fn fold_char(c: char) -> char {
    match c {
        '０'..='９' => {
            let offset = u32::from(c) - u32::from('０');
            char::from_digit(offset, 10).unwrap_or(c)
        }
        'x' | 'Ｘ' | 'ｘ' => 'X',
        _ => c,
    }
}

/// The value of a run of ASCII digits; `None` if any is not a digit.
fn number(digits: Option<&[char]>) -> Option<u32> {
    let digits = digits?;
    let mut value: u32 = 0;
    for c in digits {
        let d = if c.is_ascii_digit() {
            c.to_digit(10)?
        } else {
            return None;
        };
        value = value.checked_mul(10)?.checked_add(d)?;
    }
    Some(value)
}

fn is_leap_year(year: u32) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u32, month: u32) -> Option<u32> {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if is_leap_year(year) => Some(29),
        2 => Some(28),
        _ => None,
    }
}

/// A real date between 1900-01-01 and 2100-12-31.
fn check_date(year: u32, month: u32, day: u32) -> Result<(), IdNumberError> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(IdNumberError::BirthDateOutOfRange);
    }
    match days_in_month(year, month) {
        Some(last) if (1..=last).contains(&day) => Ok(()),
        _ => Err(IdNumberError::InvalidBirthDate),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a valid 18-character number from its first 17 digits.
    fn with_check(first17: &str) -> String {
        match check_char(first17) {
            Some(c) => format!("{first17}{c}"),
            None => panic!("not 17 digits: {first17}"),
        }
    }

    /// A wrong check character for the first 17 digits.
    fn wrong_check(first17: &str) -> String {
        let right = check_char(first17);
        let wrong = if right == Some('1') { '2' } else { '1' };
        format!("{first17}{wrong}")
    }

    fn ok(input: &str) -> String {
        match normalize_id_number(input) {
            Ok(s) => s,
            Err(e) => panic!("expected {input:?} to be valid, got error: {e}"),
        }
    }

    fn err(input: &str) -> IdNumberError {
        match normalize_id_number(input) {
            Ok(s) => panic!("expected {input:?} to be rejected, got {s:?}"),
            Err(e) => e,
        }
    }

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

    // ---- check character --------------------------------------------------

    #[test]
    fn well_known_example_is_valid() {
        // The example number from GB 11643-1999.
        assert_eq!(check_char("11010519491231002"), Some('X'));
        assert_eq!(ok("11010519491231002X"), "11010519491231002X");
    }

    #[test]
    fn standard_example_born_1880_is_out_of_range() {
        // The other example of GB 11643-1999: its check character is right,
        // but the birth year 1880 is before the supported range.
        assert_eq!(check_char("44052418800101001"), Some('4'));
        assert_eq!(
            err("440524188001010014"),
            IdNumberError::BirthDateOutOfRange
        );
    }

    #[test]
    fn check_char_covers_every_remainder() {
        // Vary the sequence digits until all 11 check characters occurred.
        let mut seen = std::collections::BTreeSet::new();
        for seq in 0..200 {
            let first17 = format!("11010519900101{seq:03}");
            let c = check_char(&first17);
            assert!(c.is_some());
            seen.extend(c);
            let full = with_check(&first17);
            assert_eq!(ok(&full), full);
        }
        assert_eq!(seen.len(), 11, "{seen:?}");
    }

    #[test]
    fn check_char_rejects_bad_input() {
        assert_eq!(check_char(""), None);
        assert_eq!(check_char("1101051949123100"), None); // 16
        assert_eq!(check_char("110105194912310021"), None); // 18
        assert_eq!(check_char("1101051949123100X"), None);
        assert_eq!(check_char("１１０１０５１９４９１２３１００２"), None);
        assert_eq!(check_char("11010519491231😀02"), None);
        assert_eq!(check_char(" 11010519491231002"), None);
    }

    #[test]
    fn wrong_check_character_is_rejected() {
        assert_eq!(err("110105194912310021"), IdNumberError::CheckCharMismatch);
        assert_eq!(err("110105194912310020"), IdNumberError::CheckCharMismatch);
        assert_eq!(
            err(&wrong_check("44052419800101001")),
            IdNumberError::CheckCharMismatch
        );
        // One typo in the body.
        assert_eq!(err("11010519491231003X"), IdNumberError::CheckCharMismatch);
        // Swapped neighbours.
        assert_eq!(err("11010519491231020X"), IdNumberError::CheckCharMismatch);
        let message = IdNumberError::CheckCharMismatch.to_string();
        assert!(message.contains("does not match"), "{message}");
        assert!(message.contains("typo"), "{message}");
    }

    // ---- spelling ---------------------------------------------------------

    #[test]
    fn lowercase_and_full_width_x() {
        assert_eq!(ok("11010519491231002x"), "11010519491231002X");
        assert_eq!(ok("11010519491231002Ｘ"), "11010519491231002X");
        assert_eq!(ok("11010519491231002ｘ"), "11010519491231002X");
    }

    #[test]
    fn full_width_digits() {
        assert_eq!(
            ok("１１０１０５１９４９１２３１００２Ｘ"),
            "11010519491231002X"
        );
        assert_eq!(ok("１１０１０５19491231002x"), "11010519491231002X");
    }

    #[test]
    fn whitespace_is_removed() {
        assert_eq!(ok("  11010519491231002X  "), "11010519491231002X");
        assert_eq!(ok("110105 19491231 002X"), "11010519491231002X");
        assert_eq!(
            ok("110105\u{3000}19491231\u{3000}002x"),
            "11010519491231002X"
        );
        assert_eq!(ok("1101 0519 4912 3100 2X\n"), "11010519491231002X");
    }

    #[test]
    fn normalizing_is_idempotent() {
        for input in [
            "11010519491231002x",
            "110105491231002",
            "110105 19491231 002 x",
        ] {
            let once = ok(input);
            assert_eq!(ok(&once), once);
        }
    }

    // ---- bad shapes -------------------------------------------------------

    #[test]
    fn empty_input() {
        assert_eq!(err(""), IdNumberError::Empty);
        assert_eq!(err("   "), IdNumberError::Empty);
        assert_eq!(err("\u{3000}\t"), IdNumberError::Empty);
    }

    #[test]
    fn wrong_lengths() {
        assert_eq!(err("11010519491231002"), IdNumberError::BadLength(17));
        assert_eq!(err("11010519491231002X1"), IdNumberError::BadLength(19));
        assert_eq!(
            err("110105194912310021"[..16].trim()),
            IdNumberError::BadLength(16)
        );
        assert_eq!(err("1"), IdNumberError::BadLength(1));
        assert_eq!(err("X"), IdNumberError::BadLength(1));
        assert_eq!(err("11010549123100"), IdNumberError::BadLength(14));
        assert_eq!(err("1101054912310021"), IdNumberError::BadLength(16));
        assert!(
            IdNumberError::BadLength(1)
                .to_string()
                .contains("1 character,")
        );
        assert!(
            IdNumberError::BadLength(17)
                .to_string()
                .contains("17 characters")
        );
    }

    #[test]
    fn bad_characters() {
        assert_eq!(
            err("A1010519491231002X"),
            IdNumberError::BadCharacter { position: 1 }
        );
        assert_eq!(
            err("1101051949123100-2"),
            IdNumberError::BadCharacter { position: 17 }
        );
        assert_eq!(
            err(" 11010519491231002Y"),
            IdNumberError::BadCharacter { position: 19 }
        );
        assert_eq!(
            err("身份证11010519491231002X"),
            IdNumberError::BadCharacter { position: 1 }
        );
        assert_eq!(
            err("110105194912310😀2X"),
            IdNumberError::BadCharacter { position: 16 }
        );
        assert_eq!(
            err("110105.19491231002X"),
            IdNumberError::BadCharacter { position: 7 }
        );
    }

    #[test]
    fn x_only_as_the_last_of_18() {
        assert_eq!(err("1101051949123100X2"), IdNumberError::MisplacedX);
        assert_eq!(err("X10105194912310022"), IdNumberError::MisplacedX);
        assert_eq!(err("11010549123100X"), IdNumberError::MisplacedX);
        assert_eq!(err("1101051949123100XX"), IdNumberError::MisplacedX);
    }

    // ---- birth dates ------------------------------------------------------

    #[test]
    fn february_29_in_leap_years() {
        for year in [1904, 1996, 2000, 2024, 2096] {
            let id = with_check(&format!("110105{year}0229001"));
            assert_eq!(ok(&id), id, "{year}");
        }
    }

    #[test]
    fn february_29_in_common_years() {
        for year in [1900, 1999, 2023, 2100] {
            let id = with_check(&format!("110105{year}0229001"));
            assert_eq!(err(&id), IdNumberError::InvalidBirthDate, "{year}");
        }
        // 1900 is not a leap year (divisible by 100, not by 400).
        assert!(!is_leap_year(1900));
        assert!(is_leap_year(2000));
        assert!(!is_leap_year(2100));
    }

    #[test]
    fn impossible_dates() {
        for date in [
            "19900230", "19900431", "19900631", "19900931", "19901131", "19901301", "19900001",
            "19900100", "19900132", "19909999",
        ] {
            let id = with_check(&format!("110105{date}001"));
            assert_eq!(err(&id), IdNumberError::InvalidBirthDate, "{date}");
        }
    }

    #[test]
    fn month_ends() {
        for date in ["19900131", "19900228", "19900331", "19900430", "19901231"] {
            let id = with_check(&format!("110105{date}001"));
            assert_eq!(ok(&id), id, "{date}");
        }
    }

    #[test]
    fn birth_date_range() {
        let first = with_check("11010519000101001");
        assert_eq!(ok(&first), first);
        let last = with_check("11010521001231001");
        assert_eq!(ok(&last), last);
        for date in ["18991231", "21010101", "00000101", "99991231"] {
            let id = with_check(&format!("110105{date}001"));
            assert_eq!(err(&id), IdNumberError::BirthDateOutOfRange, "{date}");
        }
    }

    // ---- 15 -> 18 ---------------------------------------------------------

    #[test]
    fn fifteen_digits_are_converted() {
        // 110105 491231 002 -> 110105 19491231 002 + X
        assert_eq!(ok("110105491231002"), "11010519491231002X");
        assert_eq!(ok("440524800101001"), with_check("44052419800101001"));
        assert_eq!(ok("１１０１０５ ４９１２３１ ００２"), "11010519491231002X");
    }

    #[test]
    fn converted_numbers_validate_as_18() {
        for yy in 0..100 {
            let legacy = format!("320102{yy:02}0615123");
            let full = ok(&legacy);
            assert_eq!(full.len(), 18);
            assert_eq!(full.get(..6), Some("320102"));
            assert_eq!(full.get(6..14), Some(format!("19{yy:02}0615").as_str()));
            assert_eq!(full.get(14..17), Some("123"));
            assert_eq!(ok(&full), full);
        }
    }

    #[test]
    fn fifteen_digits_with_bad_dates() {
        assert_eq!(err("110105000229001"), IdNumberError::InvalidBirthDate); // 1900
        assert_eq!(ok("110105960229001").get(6..14), Some("19960229"));
        assert_eq!(err("110105971301001"), IdNumberError::InvalidBirthDate);
        assert_eq!(err("110105970100001"), IdNumberError::InvalidBirthDate);
    }

    // ---- messages ---------------------------------------------------------

    #[test]
    fn messages_never_contain_the_number() {
        for input in [
            "110105194912310021",
            "11010519491231002",
            "11010519491231002X1",
            "1101051949123100X2",
            "110105199002300011",
            "110105189912310011",
            "110105197113010011",
            "A1010519491231002X",
        ] {
            let message = err(input).to_string();
            assert!(!message.contains(input), "{message}");
            assert!(!has_long_digit_run(&message), "{message}");
            // Not even the birth year / month / day.
            let date = input.get(6..14).unwrap_or("");
            assert!(!message.contains(date), "{message}");
        }
    }

    #[test]
    fn every_variant_displays() {
        for e in [
            IdNumberError::Empty,
            IdNumberError::BadCharacter { position: 2 },
            IdNumberError::BadLength(0),
            IdNumberError::BadLength(17),
            IdNumberError::MisplacedX,
            IdNumberError::InvalidBirthDate,
            IdNumberError::BirthDateOutOfRange,
            IdNumberError::CheckCharMismatch,
        ] {
            assert!(!e.to_string().is_empty());
            let as_error: &dyn std::error::Error = &e;
            assert!(as_error.source().is_none());
        }
    }

    // ---- masking ----------------------------------------------------------

    #[test]
    fn masks_normalised_numbers() {
        assert_eq!(mask_id_number("11010519491231002X"), "1101**********002X");
        let other = with_check("44052419800101001");
        let tail = other.get(14..).unwrap_or_default();
        assert_eq!(mask_id_number(&other), format!("4405**********{tail}"));
        // Out of range but well formed: masked as given.
        assert_eq!(mask_id_number("440524188001010014"), "4405**********0014");
    }

    #[test]
    fn masks_unnormalised_input() {
        assert_eq!(mask_id_number("11010519491231002x"), "1101**********002X");
        assert_eq!(mask_id_number("110105491231002"), "1101**********002X");
        assert_eq!(
            mask_id_number(" 110105 19491231 002X "),
            "1101**********002X"
        );
    }

    #[test]
    fn masks_short_and_odd_input() {
        assert_eq!(mask_id_number(""), "");
        assert_eq!(mask_id_number("1"), "*");
        assert_eq!(mask_id_number("12"), "**");
        assert_eq!(mask_id_number("123"), "*23");
        assert_eq!(mask_id_number("12345678"), "******78");
        assert_eq!(mask_id_number("123456789"), "1234*6789");
        assert_eq!(mask_id_number("身份证号码"), "***号码");
        assert_eq!(mask_id_number("😀"), "*");
        assert_eq!(mask_id_number("😀😀😀😀😀😀😀😀😀😀"), "😀😀😀😀**😀😀😀😀");
        // Invalid 18-character numbers are still masked.
        assert_eq!(mask_id_number("110105194912310021"), "1101**********0021");
        assert_eq!(mask_id_number("abcdefghijklmnopqr"), "abcd**********opqr");
    }

    #[test]
    fn masked_numbers_hide_the_birth_date() {
        let masked = mask_id_number("11010519491231002X");
        assert!(!masked.contains("1949"));
        assert!(!masked.contains("1231"));
        assert_eq!(masked.chars().count(), 18);
    }

    // ---- robustness -------------------------------------------------------

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

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }

        fn digit(&mut self) -> char {
            char::from_digit((self.next() % 10) as u32, 10).unwrap_or('0')
        }
    }

    const PIECES: &[&str] = &[
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "０",
        "９",
        "x",
        "X",
        "Ｘ",
        "ｘ",
        " ",
        "\u{3000}",
        "\t",
        "-",
        "身",
        "份",
        "证",
        "é",
        "😀",
        "\u{301}",
        "\u{0}",
        "\u{200b}",
        "11010519491231002",
        "19",
        "0229",
        "ß",
    ];

    #[test]
    fn arbitrary_strings_never_panic() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..5000 {
            let len = rng.below(26);
            let mut input = String::new();
            for _ in 0..len {
                if rng.below(5) == 0 {
                    let raw = (rng.next() % 0x11_0000) as u32;
                    input.push(char::from_u32(raw).unwrap_or('\u{fffd}'));
                } else {
                    let i = rng.below(PIECES.len() as u64) as usize;
                    input.push_str(PIECES.get(i).copied().unwrap_or("0"));
                }
            }
            let _ = mask_id_number(&input);
            let _ = check_char(&input);
            match normalize_id_number(&input) {
                Ok(n) => {
                    assert_eq!(normalize_id_number(&n), Ok(n.clone()));
                    assert_eq!(n.chars().count(), 18);
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

    #[test]
    fn random_digit_strings_are_consistent() {
        let mut rng = Rng(42);
        let mut accepted = 0;
        for _ in 0..5000 {
            // Plausible numbers: random region, a year in range, random month
            // and day (sometimes invalid), random sequence, check or typo.
            let region: String = (0..6).map(|_| rng.digit()).collect();
            let year = 1890 + rng.below(220);
            let month = rng.below(14);
            let day = rng.below(33);
            let sequence: String = (0..3).map(|_| rng.digit()).collect();
            let first17 = format!("{region}{year:04}{month:02}{day:02}{sequence}");
            let last = if rng.below(4) == 0 {
                rng.digit()
            } else {
                check_char(&first17).unwrap_or('0')
            };
            let id = format!("{first17}{last}");
            let date_ok = (1900..=2100).contains(&year)
                && days_in_month(year as u32, month as u32)
                    .is_some_and(|d| day >= 1 && day <= u64::from(d));
            let check_ok = check_char(&first17) == Some(last);
            match normalize_id_number(&id) {
                Ok(n) => {
                    accepted += 1;
                    assert!(date_ok && check_ok, "{id}");
                    assert_eq!(n, id);
                    assert_eq!(mask_id_number(&n).chars().filter(|&c| c == '*').count(), 10);
                }
                Err(IdNumberError::CheckCharMismatch) => assert!(date_ok && !check_ok, "{id}"),
                Err(IdNumberError::InvalidBirthDate | IdNumberError::BirthDateOutOfRange) => {
                    assert!(!date_ok, "{id}");
                }
                Err(other) => panic!("{id}: unexpected {other:?}"),
            }
        }
        assert!(accepted > 1000, "{accepted}");
    }
}
