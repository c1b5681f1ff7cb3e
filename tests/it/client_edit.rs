//! `hk client edit` through the real binary: `--set FIELD=VALUE`, and the `$EDITOR`
//! session on a private temp copy, driven by small shell scripts instead of a person.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::TestEnv;
use serde_json::{Value, json};

const LATER: &str = "2026-11-23T14:30:00+08:00";

fn show(env: &TestEnv, id: &str) -> Value {
    serde_json::from_str(&env.ok(&["client", "show", id, "--format", "json"])).unwrap()
}

/// Fails with the paths that differ, rather than with pages of ciphertext bytes.
fn changed(
    before: &BTreeMap<PathBuf, Vec<u8>>,
    after: &BTreeMap<PathBuf, Vec<u8>>,
) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = before
        .keys()
        .chain(after.keys())
        .filter(|p| before.get(*p) != after.get(*p))
        .cloned()
        .collect();
    v.dedup();
    v
}

fn assert_unchanged(env: &TestEnv, before: &BTreeMap<PathBuf, Vec<u8>>) {
    let c = changed(before, &env.snapshot());
    assert!(c.is_empty(), "the store changed: {c:?}");
}

/// A store with two clients; returns it, 王秀英's id and 李娜's id.
fn two_clients() -> (TestEnv, String, String) {
    let env = TestEnv::new();
    let wang = env.add_client(
        "王秀英",
        "13812345678",
        &[
            "--address",
            "上海市浦东新区张江路88号",
            "--category",
            "家庭保洁",
            "--tag",
            "宠物/猫",
            "--note",
            "每周二上午",
        ],
    );
    let li = env.add_client("李娜", "13900001111", &["--category", "月嫂服务"]);
    (env, wang, li)
}

/// `hk client edit ID` with `EDITOR` set to run `script` (a shell script body; `$1`
/// is the file to edit), at the clock `LATER`.
fn edit_with(env: &TestEnv, id: &str, script: &str) -> std::process::Output {
    let path = env.write("editor.sh", script.as_bytes());
    // Run through `sh` rather than exec'ing a file just written: no exec bit needed,
    // and no "text file busy" when tests run in parallel.
    env.cmd()
        .env("EDITOR", format!("sh {}", path.display()))
        .env("HK_NOW", LATER)
        .args(["client", "edit", id])
        .output()
        .unwrap()
}

/// A script line that records the file the editor was given, its folder's and its own
/// permission bits, into `LOG` in the test folder.
fn record_temp_file(env: &TestEnv) -> (String, PathBuf) {
    let log = env.dir.path().join("editor.log");
    let line = format!(
        "{{ echo \"$1\"; stat -c %a \"$(dirname \"$1\")\"; stat -c %a \"$1\"; }} > {}\n",
        log.display()
    );
    (line, log)
}

/// What `record_temp_file` saw: the path, the folder mode, the file mode.
fn temp_file_seen(log: &Path) -> (PathBuf, String, String) {
    let text = std::fs::read_to_string(log).expect("the editor ran");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    (
        PathBuf::from(lines[0]),
        lines[1].to_string(),
        lines[2].to_string(),
    )
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn set_changes_those_fields_and_only_that_file() {
    let (env, wang, li) = two_clients();
    let before = env.snapshot();
    let out = env
        .cmd()
        .env("HK_NOW", LATER)
        .args([
            "client",
            "edit",
            &wang,
            "--set",
            "address=北京市海淀区中关村大街27号",
            "--set",
            "tags=老人;宠物/狗",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert!(
        stderr(&out).contains(&format!("updated client {wang}")),
        "{}",
        stderr(&out)
    );
    let v = show(&env, &wang);
    assert_eq!(v["address"], "北京市海淀区中关村大街27号");
    assert_eq!(v["tags"], json!(["老人", "宠物/狗"]));
    // Everything else is as it was.
    assert_eq!(v["name"], "王秀英");
    assert_eq!(v["phones"], json!(["13812345678"]));
    assert_eq!(v["categories"], json!(["house-cleaning"]));
    assert_eq!(v["notes"], "每周二上午");
    assert_eq!(v["created"], crate::common::NOW);
    assert_eq!(v["updated"], LATER);
    // Only 王秀英's file was rewritten.
    assert_eq!(
        changed(&before, &env.snapshot()),
        vec![PathBuf::from(format!("clients/{wang}.toml.age"))]
    );
    assert_eq!(show(&env, &li)["updated"], crate::common::NOW);
    // The new tags work in filters.
    let dogs = env.ok(&["client", "list", "--tag", "宠物/狗", "--format", "csv"]);
    assert!(dogs.contains(&wang) && !dogs.contains(&li), "{dogs}");
}

#[test]
fn set_refuses_bad_values_and_writes_nothing() {
    let (env, wang, _) = two_clients();
    let before = env.snapshot();
    let err = env.fails(2, &["client", "edit", &wang, "--set", "phone=1381234"]);
    assert!(err.contains("`--set`"), "{err}");
    assert!(err.contains("phone"), "{err}");
    assert!(
        !err.contains("1381234"),
        "no personal data in errors: {err}"
    );
    let err = env.fails(2, &["client", "edit", &wang, "--set", "phone=123"]);
    assert!(err.contains("`--set`"), "{err}");

    let err = env.fails(2, &["client", "edit", &wang, "--set", "nosuchfield=1"]);
    assert!(err.contains("`--set`"), "{err}");
    assert!(err.contains("nosuchfield"), "{err}");
    assert!(
        err.contains("address"),
        "lists the fields one can set: {err}"
    );

    let err = env.fails(2, &["client", "edit", &wang, "--set", "address"]);
    assert!(err.contains("`--set`"), "{err}");
    assert!(err.contains("FIELD=VALUE"), "{err}");

    let err = env.fails(2, &["client", "edit", &wang, "--set", "category=擦玻璃"]);
    assert!(err.contains("`--set`") && err.contains("擦玻璃"), "{err}");
    let err = env.fails(
        2,
        &["client", "edit", &wang, "--set", "household.size=三口"],
    );
    assert!(err.contains("`--set`"), "{err}");

    // One bad --set among good ones: nothing at all is applied.
    let err = env.fails(
        2,
        &[
            "client",
            "edit",
            &wang,
            "--set",
            "address=北京市海淀区中关村大街27号",
            "--set",
            "id_number=110105194912310021",
        ],
    );
    assert!(err.contains("`--set`"), "{err}");
    assert!(!err.contains("11010519491231002"), "{err}");
    assert_unchanged(&env, &before);
    assert_eq!(show(&env, &wang)["address"], "上海市浦东新区张江路88号");
}

#[test]
fn set_to_what_is_already_there_says_no_changes_and_rewrites_nothing() {
    let (env, wang, _) = two_clients();
    let before = env.snapshot();
    for set in [
        "address=上海市浦东新区张江路88号",
        // Other spellings of the same values normalise to what is stored.
        "phones=+86 138-1234-5678",
        "tags=宠物 / 猫",
        "categories=house-cleaning",
    ] {
        let out = env
            .cmd()
            .env("HK_NOW", LATER)
            .args(["client", "edit", &wang, "--set", set])
            .output()
            .unwrap();
        assert!(out.status.success(), "{set}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("no changes"),
            "{set}: {}",
            stderr(&out)
        );
        assert_unchanged(&env, &before);
    }
    assert_eq!(show(&env, &wang)["updated"], crate::common::NOW);
}

#[test]
fn editor_saves_a_changed_address() {
    let (env, wang, li) = two_clients();
    let before = env.snapshot();
    let out = edit_with(
        &env,
        &wang,
        "sed -i 's/^address = .*/address = \"北京市海淀区中关村大街27号\"/' \"$1\"\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains(&format!("updated client {wang}")));
    let v = show(&env, &wang);
    assert_eq!(v["address"], "北京市海淀区中关村大街27号");
    assert_eq!(v["name"], "王秀英");
    assert_eq!(v["tags"], json!(["宠物/猫"]));
    assert_eq!(v["updated"], LATER);
    assert_eq!(
        changed(&before, &env.snapshot()),
        vec![PathBuf::from(format!("clients/{wang}.toml.age"))]
    );
    assert_eq!(show(&env, &li)["updated"], crate::common::NOW);
}

#[test]
fn editor_works_on_a_private_temp_copy_named_after_the_id() {
    let (env, wang, _) = two_clients();
    let (record, log) = record_temp_file(&env);
    let copy = env.dir.path().join("seen.toml");
    let script = format!(
        "{record}cp \"$1\" {}\nsed -i 's/^address = .*/address = \"北京市海淀区中关村大街27号\"/' \"$1\"\n",
        copy.display()
    );
    let out = edit_with(&env, &wang, &script);
    assert!(out.status.success(), "{}", stderr(&out));
    let (file, dir_mode, file_mode) = temp_file_seen(&log);
    let dir = file.parent().unwrap();
    if Path::new("/dev/shm").is_dir() {
        assert!(
            file.starts_with("/dev/shm"),
            "the plaintext stays in memory: {file:?}"
        );
    }
    assert!(
        dir.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("hk-edit-"),
        "{dir:?}"
    );
    assert_eq!(
        file.file_name().unwrap().to_string_lossy(),
        format!("{wang}.toml"),
        "named after the id only"
    );
    assert_eq!(file_mode, "600", "a private file");
    assert!(
        !dir.exists(),
        "the temp folder is removed afterwards: {dir:?}"
    );
    // The editor saw the decrypted record.
    let seen = std::fs::read_to_string(&copy).unwrap();
    assert!(seen.starts_with("format = 1\n"), "{seen}");
    assert!(seen.contains(&format!("id = \"{wang}\"")), "{seen}");
    assert!(
        seen.contains("address = \"上海市浦东新区张江路88号\""),
        "{seen}"
    );
    assert_eq!(dir_mode, "700", "a private folder");
}

/// The editor saves something hk must refuse: exit 1, the record as it was, the temp
/// folder gone. Returns stderr and the client's id.
fn assert_editor_refused(script_body: &str) -> (String, String) {
    let (env, wang, _) = two_clients();
    let before = env.snapshot();
    let (record, log) = record_temp_file(&env);
    let out = edit_with(&env, &wang, &format!("{record}{script_body}"));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("nothing was changed"), "{err}");
    assert!(!err.contains("王秀英"), "no personal data in errors: {err}");
    assert_unchanged(&env, &before);
    assert_eq!(show(&env, &wang)["address"], "上海市浦东新区张江路88号");
    let (file, _, _) = temp_file_seen(&log);
    let dir = file.parent().unwrap();
    assert!(
        !dir.exists(),
        "the temp folder is removed on error: {dir:?}"
    );
    (err, wang)
}

/// The message names the record by its path (an id, never a name).
fn assert_names_record(err: &str, id: &str) {
    assert!(
        err.contains(&format!("clients/{id}.toml.age")),
        "names the record: {err}"
    );
}

#[test]
fn editor_saving_invalid_toml_changes_nothing() {
    let (err, id) =
        assert_editor_refused("printf 'name = \"王秀英\\naddress = \"北京\n' > \"$1\"\n");
    assert_names_record(&err, &id);
    assert!(err.contains("not saved"), "{err}");
}

#[test]
fn editor_saving_an_invalid_phone_changes_nothing() {
    let (err, id) = assert_editor_refused(
        "sed -i -e 's/^phones = .*/phones = [\"1381234\"]/' \
         -e 's/^address = .*/address = \"北京市海淀区中关村大街27号\"/' \"$1\"\n",
    );
    assert_names_record(&err, &id);
    assert!(err.contains("phone"), "{err}");
    assert!(
        !err.contains("1381234"),
        "no personal data in errors: {err}"
    );
}

#[test]
fn editor_cannot_change_the_id() {
    let (err, id) = assert_editor_refused("sed -i 's/^id = .*/id = \"c-aaaaaaaa\"/' \"$1\"\n");
    assert_names_record(&err, &id);
    assert!(err.contains("`id`"), "{err}");
}

#[test]
fn editor_that_fails_changes_nothing() {
    let (err, _) = assert_editor_refused(
        "sed -i 's/^address = .*/address = \"北京市海淀区中关村大街27号\"/' \"$1\"\nexit 3\n",
    );
    assert!(err.contains("editor") && err.contains('3'), "{err}");
}

#[test]
fn editor_that_changes_no_value_rewrites_nothing() {
    let (env, wang, _) = two_clients();
    let before = env.snapshot();
    // Saving without a change, then adding only a comment and blank lines: the record
    // is the same, so the file (and its ciphertext) stays as it was.
    for script in ["true\n", "printf '\\n# 已核对，无变化\\n\\n' >> \"$1\"\n"] {
        let out = edit_with(&env, &wang, script);
        assert!(out.status.success(), "{script}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("no changes"),
            "{script}: {}",
            stderr(&out)
        );
        assert_unchanged(&env, &before);
    }
}

#[test]
fn without_editor_or_terminal_edit_asks_for_set() {
    let (env, wang, _) = two_clients();
    let before = env.snapshot();
    let err = env.fails(2, &["client", "edit", &wang]);
    assert!(err.contains("`--set"), "{err}");
    assert_unchanged(&env, &before);
}
