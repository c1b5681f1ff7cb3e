//! Unit tests of normalising: mobiles, landlines, extensions, 400/800 numbers, odd
//! characters and error messages. The tests of masking and of the digits key are in
//! `masking`, the randomised ones in `robustness`.

mod masking;
mod robustness;

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
