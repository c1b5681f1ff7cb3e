//! `hk client import` and `hk client export` through the real binary: spreadsheets as
//! Excel and WPS save them on a Chinese Windows (UTF-8, UTF-8 with BOM, GBK with CRLF),
//! bad rows that stop the whole import with nothing written, and export → import
//! round trips into a second store.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::common::{TestEnv, fixture};
use proptest::prelude::*;
use serde_json::{Value, json};

/// A client fixture's path as a string argument.
fn clients_fixture(name: &str) -> String {
    fixture(&format!("clients/{name}")).display().to_string()
}

/// Runs `hk client import ARGS…`, expects success, and returns the new ids (stdout,
/// one per line) and the stderr message.
fn import(env: &TestEnv, args: &[&str]) -> (Vec<String>, String) {
    let mut all = vec!["client", "import"];
    all.extend_from_slice(args);
    let out = env.run(&all);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        out.status.success(),
        "hk {all:?} failed ({:?})\nstderr: {stderr}",
        out.status.code()
    );
    let ids = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    (ids, stderr)
}

fn is_client_id(id: &str) -> bool {
    id.len() == 10
        && id.starts_with("c-")
        && id[2..]
            .bytes()
            .all(|b| b"0123456789abcdefghjkmnpqrstvwxyz".contains(&b))
}

fn show(env: &TestEnv, id: &str) -> Value {
    serde_json::from_str(&env.ok(&["client", "show", id, "--format", "json", "--reveal"])).unwrap()
}

/// Every client as `hk client export --format json` gives it, without the random id,
/// sorted by name: what two imports of the same people must agree on.
fn people(env: &TestEnv) -> Vec<Value> {
    let all: Vec<Value> =
        serde_json::from_str(&env.ok(&["client", "export", "--format", "json"])).unwrap();
    let mut out: Vec<Value> = all
        .into_iter()
        .map(|mut v| {
            v.as_object_mut().unwrap().remove("id");
            v
        })
        .collect();
    out.sort_by_key(|v| v["name"].as_str().unwrap().to_string());
    out
}

/// Fails with the paths that differ, rather than with pages of ciphertext bytes.
fn assert_unchanged(before: &BTreeMap<PathBuf, Vec<u8>>, after: &BTreeMap<PathBuf, Vec<u8>>) {
    let changed: Vec<&PathBuf> = before
        .keys()
        .chain(after.keys())
        .filter(|p| before.get(*p) != after.get(*p))
        .collect();
    assert!(changed.is_empty(), "the store changed: {changed:?}");
}

/// One person in clients-utf8.csv (and its BOM and GBK copies), as `hk client list`
/// shows them: normalised phones, category labels, tags, source.
struct Person {
    name: &'static str,
    phones: &'static [&'static str],
    categories: &'static str,
    tags: &'static str,
    source: &'static str,
}

/// The six people of the fixture, in file order.
const FIXTURE_PEOPLE: &[Person] = &[
    Person {
        name: "王秀英",
        phones: &["13812345678"],
        categories: "house-cleaning",
        tags: "宠物/猫",
        source: "美团",
    },
    Person {
        name: "李娜",
        phones: &["13800001111", "13900002222"],
        categories: "house-cleaning; maternity-nurse",
        tags: "孕妇",
        source: "老客户转介绍",
    },
    Person {
        name: "张伟",
        phones: &["18600213344"],
        categories: "nanny",
        tags: "老人",
        source: "58同城",
    },
    Person {
        name: "刘芳",
        phones: &["15912345678"],
        categories: "house-cleaning",
        tags: "宠物/狗; 大户型",
        source: "大众点评",
    },
    Person {
        name: "陈静",
        phones: &["17701234567"],
        categories: "maternity-nurse",
        tags: "",
        source: "微信朋友圈",
    },
    Person {
        name: "杨军",
        phones: &["13712345678"],
        categories: "nanny",
        tags: "老人/失能",
        source: "上门咨询",
    },
];

#[test]
fn utf8_spreadsheet_becomes_one_client_per_row() {
    let env = TestEnv::new();
    let (ids, stderr) = import(&env, &[&clients_fixture("clients-utf8.csv")]);
    assert_eq!(ids.len(), 6, "one new id per row on stdout: {ids:?}");
    assert!(ids.iter().all(|id| is_client_id(id)), "{ids:?}");
    assert!(stderr.contains("imported 6 client(s)"), "{stderr}");
    // The files carry the ids and nothing else.
    let mut files: Vec<String> = env
        .client_files()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut expected_files: Vec<String> = ids.iter().map(|i| format!("{i}.toml.age")).collect();
    expected_files.sort();
    assert_eq!(files, expected_files);

    // The list shows decoded Chinese, normalised phones and (in CSV) category keys.
    let mut rows: Vec<(&str, String)> = FIXTURE_PEOPLE
        .iter()
        .zip(&ids)
        .map(|(p, id)| {
            let line = format!(
                "{id},{},{},{},{},{},lead",
                p.name, p.phones[0], p.categories, p.tags, p.source
            );
            (p.name, line)
        })
        .collect();
    rows.sort();
    let mut expected = String::from("id,name,phone,categories,tags,source,stage\n");
    for (_, line) in rows {
        expected.push_str(&line);
        expected.push('\n');
    }
    assert_eq!(env.ok(&["client", "list", "--format", "csv"]), expected);

    // The row with two phones keeps both; `家庭保洁、月嫂服务` is two categories.
    let li = show(&env, &ids[1]);
    assert_eq!(li["name"], "李娜");
    assert_eq!(li["phones"], json!(FIXTURE_PEOPLE[1].phones));
    assert_eq!(
        li["categories"],
        json!(["house-cleaning", "maternity-nurse"])
    );
    // Either phone finds her.
    let by_second_phone = show(&env, "139 0000 2222");
    assert_eq!(by_second_phone["id"], ids[1].as_str());
    // A quoted note with a comma and a line break inside, `+86 186-…` normalised.
    let zhang = show(&env, &ids[2]);
    assert_eq!(zhang["phones"], json!(["18600213344"]));
    assert_eq!(zhang["notes"], "钥匙放在物业, 到了先打电话\n进门请换鞋套");
    assert_eq!(zhang["address"], "广州市天河区体育西路191号中石化大厦B座");
    // A quoted address with a comma; tags split on the full-width `；`.
    let liu = show(&env, &ids[3]);
    assert_eq!(liu["address"], "杭州市西湖区文三路259号, 昌地火炬大厦1号楼");
    assert_eq!(liu["tags"], json!(["宠物/狗", "大户型"]));
    assert_eq!(liu["source"], "大众点评");
    let chen = show(&env, &ids[4]);
    assert_eq!(chen["phones"], json!(["17701234567"]));
    assert_eq!(chen["notes"], "二胎，老大3岁");
    // Hierarchical tags from the file work in filters.
    let pets = env.ok(&["client", "list", "--tag", "宠物", "--format", "csv"]);
    assert_eq!(pets.lines().count(), 3, "{pets}");
    assert!(pets.contains(&ids[0]) && pets.contains(&ids[3]), "{pets}");
}

#[test]
fn bom_and_gbk_files_import_the_same_people_as_utf8() {
    let reference = TestEnv::new();
    import(&reference, &[&clients_fixture("clients-utf8.csv")]);
    let expected = people(&reference);
    assert_eq!(expected.len(), 6);
    for (file, encoding, label) in [
        ("clients-bom.csv", None, "UTF-8 (BOM)"),
        ("clients-bom.csv", Some("utf-8"), "UTF-8 (BOM)"),
        ("clients-gbk.csv", None, "GBK"),
        ("clients-gbk.csv", Some("auto"), "GBK"),
        ("clients-gbk.csv", Some("gbk"), "GBK"),
    ] {
        let env = TestEnv::new();
        let path = clients_fixture(file);
        let mut args = vec![path.as_str()];
        if let Some(e) = encoding {
            args.extend(["--encoding", e]);
        }
        let (ids, stderr) = import(&env, &args);
        assert_eq!(ids.len(), 6, "{file} {encoding:?}: {stderr}");
        assert!(stderr.contains(label), "{file} {encoding:?}: {stderr}");
        assert_eq!(people(&env), expected, "{file} {encoding:?}");
    }
}

#[test]
fn the_wrong_encoding_fails_with_a_hint_and_writes_nothing() {
    let env = TestEnv::new();
    let before = env.snapshot();
    let gbk = clients_fixture("clients-gbk.csv");
    let err = env.fails(1, &["client", "import", &gbk, "--encoding", "utf-8"]);
    assert!(err.contains("clients-gbk.csv"), "{err}");
    assert!(err.contains("UTF-8"), "{err}");
    assert!(err.contains("--encoding gbk"), "{err}");
    let bom = clients_fixture("clients-bom.csv");
    let err = env.fails(1, &["client", "import", &bom, "--encoding", "gbk"]);
    assert!(err.contains("clients-bom.csv"), "{err}");
    assert!(err.contains("--encoding utf-8"), "{err}");
    assert_unchanged(&before, &env.snapshot());
}

#[test]
fn english_headers_and_id_numbers_are_checked_and_normalised() {
    let env = TestEnv::new();
    let (ids, _) = import(&env, &[&clients_fixture("clients-english.csv")]);
    assert_eq!(ids.len(), 3);
    let zhao = show(&env, &ids[0]);
    assert_eq!(zhao["name"], "赵丽");
    assert_eq!(zhao["id_number"], "11010519491231002X");
    assert_eq!(zhao["categories"], json!(["house-cleaning"]));
    assert_eq!(zhao["tags"], json!(["宠物/猫"]));
    // A lower-case check `x` is upper-cased.
    let sun = show(&env, &ids[1]);
    assert_eq!(sun["id_number"], "31011519800315120X");
    assert_eq!(sun["categories"], json!(["nanny"]));
    // Masked unless --reveal.
    let masked: Value =
        serde_json::from_str(&env.ok(&["client", "show", &ids[1], "--format", "json"])).unwrap();
    assert_eq!(masked["id_number"], "3101**********120X");
    let zhou = show(&env, &ids[2]);
    assert_eq!(zhou["categories"], json!(["maternity-nurse"]));
    assert!(zhou["id_number"].is_null(), "{zhou}");
}

#[test]
fn dry_run_previews_the_rows_and_writes_nothing() {
    let env = TestEnv::new();
    let before = env.snapshot();
    let file = clients_fixture("clients-utf8.csv");
    let out = env.run(&["client", "import", &file, "--dry-run", "--format", "csv"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    // Lines are the file's: 张伟's note spans lines 4–5, so 刘芳 starts on line 6.
    assert_eq!(
        stdout,
        "line,name,phone,categories,tags\n\
         2,王秀英,13812345678,house-cleaning,宠物/猫\n\
         3,李娜,13800001111,house-cleaning; maternity-nurse,孕妇\n\
         4,张伟,18600213344,nanny,老人\n\
         6,刘芳,15912345678,house-cleaning,宠物/狗; 大户型\n\
         7,陈静,17701234567,maternity-nurse,\n\
         8,杨军,13712345678,nanny,老人/失能\n"
    );
    assert!(stderr.contains("would import 6 client(s)"), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert_unchanged(&before, &env.snapshot());
    assert!(!env.store.join("clients").exists() || env.client_files().is_empty());
    // The default format is a table for people, still on stdout.
    let table = env.ok(&["client", "import", &file, "--dry-run"]);
    assert!(
        table.contains("王秀英") && table.contains("杨军"),
        "{table}"
    );
    assert_unchanged(&before, &env.snapshot());
}

#[test]
fn importing_the_same_people_again_adds_nothing() {
    let env = TestEnv::new();
    let utf8 = clients_fixture("clients-utf8.csv");
    let (ids, _) = import(&env, &[&utf8]);
    assert_eq!(ids.len(), 6);
    let before = env.snapshot();
    // The same file again, then the same people saved as GBK: all rows are skipped
    // because their phones are already in the store.
    for file in [utf8, clients_fixture("clients-gbk.csv")] {
        let (again, stderr) = import(&env, &[&file]);
        assert!(again.is_empty(), "{file}: no new ids: {again:?}");
        assert!(stderr.contains("imported 0 client(s)"), "{stderr}");
        assert!(stderr.contains("skipped 6"), "{stderr}");
        assert_unchanged(&before, &env.snapshot());
    }
    let dry = env.run(&[
        "client",
        "import",
        &clients_fixture("clients-utf8.csv"),
        "--dry-run",
    ]);
    let stderr = String::from_utf8(dry.stderr).unwrap();
    assert!(
        stderr.contains("would import 0 client(s), skip 6"),
        "{stderr}"
    );
    assert_eq!(env.client_files().len(), 6);
}

/// A bad file is refused whole: exit 1, the file, the line and the column named,
/// "nothing was imported", no personal data echoed, the store byte-for-byte the same
/// (a store that already holds a client, so that "unchanged" means something).
fn assert_refused(file: &str, must_say: &[&str], must_not_say: &[&str]) {
    let env = TestEnv::new();
    env.add_client("周老师", "13511112222", &["--category", "家庭保洁"]);
    let before = env.snapshot();
    let path = clients_fixture(file);
    for dry_run in [false, true] {
        let mut args = vec!["client", "import", path.as_str()];
        if dry_run {
            args.push("--dry-run");
        }
        let out = env.run(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}\nstderr: {err}");
        assert!(out.stdout.is_empty(), "no ids on stdout: {:?}", out.stdout);
        assert!(err.contains(file), "names the file: {err}");
        assert!(
            err.contains("nothing was imported"),
            "says nothing was imported: {err}"
        );
        for s in must_say {
            assert!(err.contains(s), "should say {s:?}: {err}");
        }
        for s in must_not_say {
            assert!(!err.contains(s), "must not echo {s:?}: {err}");
        }
        assert_unchanged(&before, &env.snapshot());
    }
    assert_eq!(env.client_files().len(), 1);
}

#[test]
fn a_bad_phone_stops_the_import() {
    assert_refused(
        "clients-bad-phone.csv",
        &["line 4", "`手机`", "11"],
        &["1381234", "张伟"],
    );
}

#[test]
fn an_unknown_category_stops_the_import() {
    assert_refused(
        "clients-bad-category.csv",
        &["line 3", "`服务类型`", "擦玻璃", "家庭保洁"],
        &["李娜"],
    );
}

#[test]
fn a_wrong_id_check_character_stops_the_import() {
    assert_refused(
        "clients-bad-id.csv",
        &["line 3", "`身份证号`", "check character"],
        &["11010519491231002", "王秀英"],
    );
}

#[test]
fn the_same_phone_on_two_rows_stops_the_import() {
    assert_refused(
        "clients-dup-phone.csv",
        &["line 4", "line 2", "`手机`"],
        &["13812345678", "138-1234-5678", "王秀英"],
    );
}

#[test]
fn a_file_without_a_name_column_is_refused() {
    assert_refused("clients-no-name.csv", &["line 1", "姓名"], &["13812345678"]);
}

#[test]
fn a_row_with_too_many_fields_is_refused() {
    assert_refused(
        "clients-broken.csv",
        &["line 3", "5 fields", "4"],
        &["李娜", "412号楼"],
    );
}

#[test]
fn a_file_that_is_not_text_is_refused() {
    assert_refused("clients-not-text.bin", &["UTF-8"], &[]);
}

/// `hk client add` with `HK_NOW` set to `now`; returns the id.
fn add_at(env: &TestEnv, now: &str, args: &[&str]) -> String {
    let mut all = vec!["client", "add"];
    all.extend_from_slice(args);
    let out = env.cmd().env("HK_NOW", now).args(&all).output().unwrap();
    assert!(
        out.status.success(),
        "hk {all:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// Clients with every field a clerk can fill in, added to `env`.
fn add_rich_clients(env: &TestEnv) -> Vec<String> {
    vec![
        env.add_client(
            "王秀英",
            "+86 138-1234-5678",
            &[
                "--phone",
                "010-6543 2100",
                "--wechat",
                "wxy_1962",
                "--address",
                "上海市浦东新区张江路88号3栋1201室, 靠电梯",
                "--id-number",
                "11010519491231002x",
                "--category",
                "家庭保洁",
                "--category",
                "nanny",
                "--tag",
                "宠物/猫",
                "--tag",
                "老人",
                "--source",
                "美团",
                "--needs",
                "深度保洁, 擦窗; 厨房重油污",
                "--frequency",
                "每周二上午",
                "--household-size",
                "4",
                "--pets",
                "一只布偶猫",
                "--children",
                "无",
                "--elders",
                "母亲82岁, 行动不便",
                "--area",
                "120",
                "--marketing",
                "--consent-channel",
                "WeChat",
                "--do-not-contact",
                "--note",
                "钥匙在门口\"地垫\"下,\n进门换鞋套\n周末勿扰",
            ],
        ),
        env.add_client(
            "李娜",
            "139 0000 2222",
            &[
                "--id-number",
                "440106900808456",
                "--category",
                "月嫂服务",
                "--source",
                "老客户转介绍",
                "--note",
                "预产期12月中旬",
            ],
        ),
        env.ok(&[
            "client",
            "add",
            "--name",
            "张伟",
            "--wechat",
            "zhangwei_gz",
            "--category",
            "保姆照顾",
        ])
        .trim()
        .to_string(),
    ]
}

#[test]
fn export_then_import_into_a_new_store_gives_the_same_export() {
    let first = TestEnv::new();
    let ids = add_rich_clients(&first);
    let export = first.ok(&["client", "export"]);
    assert!(export.starts_with("id,name,phones,"), "{export}");
    // The full ID number is in the export (it is a backup), converted to 18 digits.
    assert!(export.contains("11010519491231002X"), "{export}");
    assert!(export.contains("440106199008084568"), "{export}");

    let second = TestEnv::new();
    let file = second.write("export.csv", export.as_bytes());
    let (imported, stderr) = import(&second, &[file.to_str().unwrap()]);
    let sorted = |v: &[String]| {
        let mut v = v.to_vec();
        v.sort();
        v
    };
    assert_eq!(
        sorted(&imported),
        sorted(&ids),
        "import keeps the exported ids: {stderr}"
    );
    assert_eq!(second.ok(&["client", "export"]), export);
    for id in &ids {
        assert_eq!(show(&second, id), show(&first, id), "{id}");
    }
    let wang = show(&second, &ids[0]);
    assert_eq!(wang["phones"], json!(["13812345678", "010-65432100"]));
    assert_eq!(wang["notes"], "钥匙在门口\"地垫\"下,\n进门换鞋套\n周末勿扰");
    assert_eq!(wang["marketing"], "yes");
    assert_eq!(wang["consent_history"], json!(["2026-11-22 yes · WeChat"]));
    assert_eq!(wang["do_not_contact"], true);
    assert_eq!(wang["household_size"], 4);
    assert_eq!(wang["area_sqm"], 120);

    // Importing the export again adds nothing: the ids are already there.
    let before = second.snapshot();
    let (again, _) = import(&second, &[file.to_str().unwrap()]);
    assert!(again.is_empty(), "{again:?}");
    assert_unchanged(&before, &second.snapshot());
}

#[test]
fn export_then_import_keeps_when_each_client_was_taken_in() {
    let first = TestEnv::new();
    let spring = add_at(
        &first,
        "2026-03-01T10:00:00+08:00",
        &["--name", "王秀英", "--phone", "13812345678"],
    );
    let summer = add_at(
        &first,
        "2026-07-15T16:30:00+08:00",
        &["--name", "李娜", "--phone", "13900002222"],
    );
    let export = first.ok(&["client", "export"]);
    let second = TestEnv::new();
    let file = second.write("export.csv", export.as_bytes());
    import(&second, &[file.to_str().unwrap()]);
    assert_eq!(
        show(&second, &spring)["created"],
        "2026-03-01T10:00:00+08:00"
    );
    assert_eq!(
        show(&second, &summer)["created"],
        "2026-07-15T16:30:00+08:00"
    );
    assert_eq!(second.ok(&["client", "export"]), export);
}

#[test]
fn export_then_import_keeps_a_closed_client_closed() {
    let first = TestEnv::new();
    let id = first.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    first.ok(&["client", "edit", &id, "--set", "closed=搬家到外地"]);
    let closed = show(&first, &id)["closed"].clone();
    assert_eq!(closed, "2026-11-22 搬家到外地");
    let second = TestEnv::new();
    let file = second.write("export.csv", first.ok(&["client", "export"]).as_bytes());
    import(&second, &[file.to_str().unwrap()]);
    assert_eq!(show(&second, &id)["closed"], closed);
}

/// One line of Chinese-ish text with the characters that break naive CSV.
fn one_line() -> impl Strategy<Value = String> {
    "[王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐秀英娜伟芳静军丽强敏路号楼室区市,，\"'·;；、 0-9a-z]{1,16}"
        .prop_map(|s| s.trim().to_string())
        .prop_filter("not blank", |s| !s.is_empty())
}

/// A note: several such lines, so it has line breaks inside.
fn note() -> impl Strategy<Value = String> {
    prop::collection::vec(one_line(), 1..4).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn export_import_export_is_stable_for_awkward_text(
        clients in prop::collection::vec((one_line(), one_line(), note()), 1..4)
    ) {
        let first = TestEnv::new();
        let mut ids = Vec::new();
        for (i, (name, address, note)) in clients.iter().enumerate() {
            let phone = format!("1380000{i:04}");
            let id = first.ok(&[
                "client", "add",
                &format!("--name={name}"),
                &format!("--phone={phone}"),
                &format!("--address={address}"),
                &format!("--note={note}"),
                &format!("--needs={note}"),
                "--category=家庭保洁",
            ]);
            ids.push(id.trim().to_string());
        }
        let export = first.ok(&["client", "export"]);
        let second = TestEnv::new();
        let file = second.write("export.csv", export.as_bytes());
        let (imported, _) = import(&second, &[file.to_str().unwrap()]);
        prop_assert_eq!(imported.len(), clients.len());
        prop_assert_eq!(second.ok(&["client", "export"]), export);
        for (id, (name, address, note)) in ids.iter().zip(&clients) {
            let v = show(&second, id);
            prop_assert_eq!(v["name"].as_str(), Some(name.as_str()));
            prop_assert_eq!(v["address"].as_str(), Some(address.as_str()));
            prop_assert_eq!(v["notes"].as_str(), Some(note.as_str()));
        }
    }
}
