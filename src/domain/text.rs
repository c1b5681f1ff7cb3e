//! Text as Chinese input methods type it: full-width forms (`２０２６／１１`, `Ｑ４`) are
//! folded to ASCII before anything is parsed, so a date or a header reads the same
//! whichever width the keyboard was in.

/// Maps the full-width ASCII block (`！`–`～`) to ASCII and the ideographic space to a
/// space; every other character is kept.
pub fn fold_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(u32::from(c) - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_full_width_forms() {
        assert_eq!(fold_width("２０２６－Ｑ４"), "2026-Q4");
        assert_eq!(fold_width("２０２６年１１月"), "2026年11月");
        assert_eq!(fold_width("a\u{3000}b"), "a b");
    }
}
