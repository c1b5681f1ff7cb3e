//! The store's errors and their hints in Chinese (`--lang zh`): the same exit codes
//! and the same hint commands as in English, records named by id, never by a
//! person's name; with `--lang en` the English of before.

use crate::common::TestEnv;

/// Runs `hk --lang LANG ARGS` and expects exit `code`; returns stderr.
fn fails_in(env: &TestEnv, lang: &str, code: i32, args: &[&str]) -> String {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    env.fails(code, &all)
}

#[test]
fn a_missing_identity_in_chinese_names_the_file_and_how_to_make_one() {
    let env = TestEnv::new();
    env.add_client("王秀英", "13812345678", &[]);
    std::fs::remove_file(&env.key).unwrap();
    let zh = fails_in(&env, "zh", 1, &["client", "list"]);
    assert!(zh.starts_with("错误：没有私钥文件 `"), "{zh}");
    assert!(zh.contains("identity.txt`"), "{zh}");
    assert!(
        zh.contains("`hk init`（新建数据目录）或 `hk key generate --out FILE`"),
        "{zh}"
    );
    assert!(zh.contains("`--identity FILE` 或 `HK_IDENTITY`"), "{zh}");
    assert!(!zh.contains("error:") && !zh.contains("hint:"), "{zh}");

    let en = fails_in(&env, "en", 1, &["client", "list"]);
    assert!(en.starts_with("error: no identity file at `"), "{en}");
    assert!(
        en.contains("hint: create one with `hk init` (new store) or `hk key generate --out FILE`"),
        "{en}"
    );
    assert!(
        en.contains("hint: or point to yours with `--identity FILE` or `HK_IDENTITY`"),
        "{en}"
    );
}

#[test]
fn a_folder_that_is_no_store_says_so_in_chinese() {
    let env = TestEnv::new();
    let empty = env.dir.path().join("空文件夹");
    std::fs::create_dir_all(&empty).unwrap();
    let store = empty.to_str().unwrap();
    let zh = fails_in(&env, "zh", 1, &["--store", store, "client", "list"]);
    assert!(
        zh.contains("不是 hk 数据目录（没有 `.hk/config.toml`）"),
        "{zh}"
    );
    assert!(zh.contains("`hk init DIR`"), "{zh}");
    let en = fails_in(&env, "en", 1, &["--store", store, "client", "list"]);
    assert!(
        en.contains("is not an hk store (no `.hk/config.toml`)"),
        "{en}"
    );
    assert!(
        en.contains("hint: check `--store`/`HK_STORE`, or create a store with `hk init DIR`"),
        "{en}"
    );
}

#[test]
fn a_record_no_key_opens_is_named_by_its_file_in_chinese() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &[]);
    // A second key joins the store after the record was written: it cannot open it.
    let other = env.late_key();

    let args = ["--identity", other.to_str().unwrap(), "client", "show", &c];
    let zh = fails_in(&env, "zh", 1, &args);
    assert!(zh.starts_with("错误："), "{zh}");
    assert!(zh.contains(&format!("{c}.toml.age")), "{zh}");
    assert!(zh.contains("无法解密：没有匹配的私钥"), "{zh}");
    assert!(!zh.contains("王芳"), "{zh}");
    let en = fails_in(&env, "en", 1, &args);
    assert!(
        en.contains(&format!(
            "{c}.toml.age: cannot decrypt: no identity matches"
        )),
        "{en}"
    );
}

#[test]
fn an_unknown_record_id_and_a_field_without_conflict_in_chinese() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &[]);
    let zh = fails_in(&env, "zh", 1, &["resolve", "c-zzzz", "phones", "--ours"]);
    assert!(
        zh.starts_with("错误：没有编号以 `c-zzzz` 开头的记录"),
        "{zh}"
    );
    assert!(
        zh.contains("提示：`hk conflicts` 列出有冲突的记录及其编号"),
        "{zh}"
    );
    let en = fails_in(&env, "en", 1, &["resolve", "c-zzzz", "phones", "--ours"]);
    assert!(
        en.starts_with("error: no record has an id starting with `c-zzzz`"),
        "{en}"
    );
    assert!(
        en.contains("hint: `hk conflicts` lists the records with conflicts and their ids"),
        "{en}"
    );

    let zh = fails_in(&env, "zh", 1, &["resolve", &c, "address", "--ours"]);
    assert!(zh.contains(&format!("{c} 的 `address` 没有冲突")), "{zh}");
    assert!(zh.contains(&format!("{c} 没有任何冲突")), "{zh}");
    assert!(!zh.contains("王芳"), "{zh}");
    let en = fails_in(&env, "en", 1, &["resolve", &c, "address", "--ours"]);
    assert!(
        en.contains(&format!("{c} has no conflict on `address`")),
        "{en}"
    );
}

#[test]
fn a_bad_setting_in_the_config_is_explained_in_chinese() {
    let env = TestEnv::new();
    let config = env.store.join(".hk/config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace(
            "timezone = \"Asia/Shanghai\"",
            "timezone = \"Asia/Shangai\"",
        ),
    )
    .unwrap();
    let zh = fails_in(&env, "zh", 1, &["client", "list"]);
    assert!(zh.contains("`Asia/Shangai` 不是时区"), "{zh}");
    let en = fails_in(&env, "en", 1, &["client", "list"]);
    assert!(en.contains("`Asia/Shangai` is not a time zone"), "{en}");
}

#[test]
fn undo_without_git_says_why_in_chinese_with_the_same_exit_code() {
    let env = TestEnv::new();
    env.add_client("王芳", "13812345678", &[]);
    let zh = fails_in(&env, "zh", 1, &["undo"]);
    assert!(zh.starts_with("错误：这个数据目录不在 git 里"), "{zh}");
    assert!(zh.contains("`git init`"), "{zh}");
    let en = fails_in(&env, "en", 1, &["undo"]);
    assert!(
        en.starts_with("error: this store is not kept in git, so there is no history to undo from"),
        "{en}"
    );
}

#[test]
fn machine_output_is_the_same_in_both_languages() {
    let env = TestEnv::new();
    env.add_client("王芳", "13812345678", &[]);
    env.add_client("李娜", "13900001111", &[]);
    let csv = |lang: &str| env.ok(&["--lang", lang, "client", "list", "--format", "csv"]);
    assert_eq!(csv("zh"), csv("en"));
    let json = |lang: &str| env.ok(&["--lang", lang, "client", "list", "--format", "json"]);
    assert_eq!(json("zh"), json("en"));
}

#[test]
fn a_question_on_a_terminal_offers_its_keys_in_chinese() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &[]);
    let f = env.ok(&["followup", "log", &c, "--channel", "phone"]);
    let before = env.snapshot();
    let args = format!("--lang zh followup delete {}", f.trim());
    let Some(mut t) = crate::pty::Terminal::start(&env, &args, &[]) else {
        return;
    };
    // The keys stay `y` and `n`, which is what dialoguer reads.
    t.answer("（y 是 / N 否，默认否）", "n");
    let screen = t.finish();
    assert!(screen.contains(" 否"), "{screen}");
    assert!(!screen.contains("[y/N]"), "{screen}");
    assert_eq!(env.snapshot(), before);
}
