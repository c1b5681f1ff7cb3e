//! Keeping spreadsheet programs from running cell text as a formula (CSV injection).
//!
//! Excel, WPS and LibreOffice treat a CSV cell that starts with `=`, `+`, `-` or `@`
//! (or a tab or carriage return before one) as a formula: a client named
//! `=HYPERLINK("http://evil.example/","点我")` would become a live link in the office's
//! spreadsheet. As OWASP recommends, every CSV cell of text hk writes that starts with
//! one of those characters gets a single quote in front, which spreadsheets show as
//! text. Numbers hk computes (`Cell::Int`, `Cell::Fixed`) are never changed: `-5` is
//! data, not a formula.
//!
//! Every import strips that quote again, so `hk client export` then `hk client import`
//! gives back the text exactly. To keep that exact for text that itself starts with
//! quotes before such a character (`'=`), the rule counts them: a cell of n ≥ 0 quotes
//! followed by a trigger character is written with n + 1 quotes and read back with n.

use std::borrow::Cow;

/// The first characters that make a spreadsheet read a cell as a formula.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `cell` is some single quotes (maybe none) followed by a trigger character.
fn needs_quote(cell: &str) -> bool {
    cell.trim_start_matches('\'')
        .starts_with(|c: char| TRIGGERS.contains(&c))
}

/// The cell as hk writes it to CSV: with a leading `'` when a spreadsheet would
/// otherwise run it as a formula.
pub fn neutralize(cell: &str) -> Cow<'_, str> {
    if needs_quote(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The cell as it was before `neutralize`: one leading `'` removed when quotes and a
/// trigger character follow. Any other cell is returned as it is.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_quote(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formulas_get_a_quote_and_lose_it_on_the_way_back() {
        for (text, written) in [
            (
                "=HYPERLINK(\"http://evil.example/\",\"点我\")",
                "'=HYPERLINK(\"http://evil.example/\",\"点我\")",
            ),
            ("+86 138 0013 8001", "'+86 138 0013 8001"),
            ("-王", "'-王"),
            ("@李娜", "'@李娜"),
            ("\t=1+1", "'\t=1+1"),
            ("\r=1+1", "'\r=1+1"),
            ("'=1+1", "''=1+1"),
        ] {
            assert_eq!(neutralize(text), written);
            assert_eq!(restore(written), text);
        }
    }

    #[test]
    fn plain_text_is_left_alone() {
        for text in [
            "王秀英",
            "13800138001",
            "",
            "'",
            "'引号",
            "a=b",
            " =1",
            "2026-11-22",
        ] {
            assert!(matches!(neutralize(text), Cow::Borrowed(_)), "{text}");
            assert_eq!(restore(text), text);
        }
        // A quote someone typed before a formula character by hand is taken as the
        // spreadsheet convention, as every tool that writes such files means it.
        assert_eq!(restore("'=SUM(A1)"), "=SUM(A1)");
    }

    proptest! {
        #[test]
        fn restore_undoes_neutralize(s in "['=+@\\-\\t\\r a-z王]{0,8}") {
            let written = neutralize(&s);
            prop_assert_eq!(restore(&written), s.as_str());
            prop_assert!(!written.starts_with(TRIGGERS));
        }
    }
}
