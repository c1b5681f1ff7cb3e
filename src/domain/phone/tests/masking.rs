//! Unit tests of masking a phone number for display and of the digits key.

use crate::domain::phone::{mask_phone, phone_digits_key};

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
