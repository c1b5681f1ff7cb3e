//! Reading a phone number: folding full-width characters, finding an extension,
//! splitting the digits into groups, removing a country code and classifying what is
//! left as a mobile, landline or 400/800 number.

use super::PhoneError;

/// The most digits an extension may have.
const MAX_EXTENSION_DIGITS: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Mobile,
    Landline,
    Service,
}

/// A parsed number: its kind, the normalised main part and any extension.
#[derive(Debug)]
pub(super) struct Parsed {
    main: String,
    extension: Option<String>,
}

impl Parsed {
    pub(super) fn normalized(&self) -> String {
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
pub(super) fn fold_char(c: char) -> char {
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

pub(super) fn parse(input: &str) -> Result<Parsed, PhoneError> {
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
