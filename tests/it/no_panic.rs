//! Outside input never panics hk's parsers: arbitrary bytes and strings through CSV
//! decoding, sheet reading, client/visit/survey row mapping, record TOML, dates,
//! phones, ID numbers and money. (cargo-fuzz needs a nightly toolchain this project
//! does not have; these property tests stand in for it and run on every CI.)

use hk::domain::client::Client;
use hk::domain::config::Config;
use hk::domain::date::parse_date;
use hk::domain::id_number::normalize_id_number;
use hk::domain::money::Money;
use hk::domain::phone::normalize_phone;
use hk::domain::survey::Survey;
use hk::domain::visit::Visit;
use hk::import::survey::{Preset, map_sheet, parse_row};
use hk::import::{Encoding, decode, read_sheet};
use proptest::prelude::*;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2026-11-22T09:00:00+08:00").unwrap()
}

/// CSV-ish text: headers hk knows, Chinese cells, quotes, commas and line breaks.
fn csvish() -> impl Strategy<Value = String> {
    let cell = prop_oneof![
        Just("姓名".to_string()),
        Just("手机".to_string()),
        Just("日期".to_string()),
        Just("服务类型".to_string()),
        Just("1、您对本次服务的总体满意度".to_string()),
        Just("推荐".to_string()),
        Just("非常满意".to_string()),
        Just("(跳过)".to_string()),
        Just("13800138001".to_string()),
        Just("2026/6/3 16:43:42".to_string()),
        Just("\"a,b\"".to_string()),
        Just("\"多\n行\"".to_string()),
        "[0-9]{0,12}",
        "\\PC{0,8}",
    ];
    proptest::collection::vec(
        proptest::collection::vec(cell, 0..6).prop_map(|cells| cells.join(",")),
        0..6,
    )
    .prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn decoding_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        for enc in [Encoding::Auto, Encoding::Utf8, Encoding::Gbk] {
            if let Ok((text, _)) = decode(&bytes, enc) {
                let _ = read_sheet(&text);
            }
        }
    }

    #[test]
    fn client_rows_never_panic(text in csvish()) {
        let config = Config::default();
        if let Ok(sheet) = read_sheet(&text)
            && let Ok(mapping) = hk::import::client::map_headers(&sheet.headers)
        {
            for row in &sheet.rows {
                let _ = hk::import::client::row_to_client(row, &sheet, &mapping, &config, now());
            }
        }
    }

    #[test]
    fn visit_rows_never_panic(text in csvish()) {
        if let Ok(sheet) = read_sheet(&text)
            && let Ok(mapping) = hk::import::visit::map_headers(&sheet.headers)
        {
            for row in &sheet.rows {
                let _ = hk::import::visit::row_to_draft(row, &sheet, &mapping, now());
            }
        }
    }

    #[test]
    fn survey_rows_never_panic(text in csvish(), map in "\\PC{0,6}=\\PC{0,6}") {
        let config = Config::default();
        let Ok(sheet) = read_sheet(&text) else { return Ok(()) };
        let overrides: Vec<(String, String)> = map
            .split_once('=')
            .map(|(a, b)| vec![(a.to_string(), b.to_string())])
            .unwrap_or_default();
        for preset in [Preset::Auto, Preset::Wjx, Preset::SurveyMonkey, Preset::Generic] {
            for o in [&overrides[..], &[]] {
                if let Ok((sheet, mapping)) = map_sheet(sheet.clone(), preset, &config.survey.dimensions, o) {
                    for row in &sheet.rows {
                        let _ = parse_row(row, &sheet, &mapping, today());
                    }
                }
            }
        }
    }

    #[test]
    fn record_toml_never_panics(text in "\\PC{0,200}") {
        let _ = hk::store::parse_record::<Client>(&text);
        let _ = hk::store::parse_record::<Visit>(&text);
        let _ = hk::store::parse_record::<Survey>(&text);
        let _ = Config::parse(&text);
    }

    #[test]
    fn field_parsers_never_panic(s in "\\PC{0,30}") {
        let _ = parse_date(&s, today());
        let _ = normalize_phone(&s);
        let _ = normalize_id_number(&s);
        let _ = Money::parse(&s);
        let _ = hk::domain::visit::parse_time(&s);
        let _ = hk::import::survey::parse_when(&s, today());
        let _ = hk::import::survey::parse_score(&s);
        let _ = hk::import::survey::parse_nps(&s);
    }
}
