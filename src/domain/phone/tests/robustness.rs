//! Randomised unit tests: arbitrary strings never make the phone functions panic, and
//! valid numbers written in many ways all normalise to the same.

use super::has_long_digit_run;
use crate::domain::phone::{mask_phone, normalize_phone, phone_digits_key};

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
            out.push(char::from_u32(u32::from(c) - u32::from('0') + u32::from('０')).unwrap_or(c));
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
