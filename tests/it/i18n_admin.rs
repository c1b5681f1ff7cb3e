//! The admin commands and the import driver in Chinese (`--lang zh`, `HK_LANG=zh`):
//! `init`, `key`, `sync`, `git setup`, `undo`, `conflicts`, `cache`, and the messages
//! every spreadsheet import shares. Errors keep naming ids, paths and lines, never a
//! person; exit codes and CSV output are the same in both languages.

use crate::common::TestEnv;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn init_speaks_chinese_and_refuses_a_second_time_with_the_same_code() {
    let env = TestEnv::bare();
    let out = env.run(&["--lang", "zh", "init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("创建您的私钥"), "{err}");
    assert!(err.contains("请把它备份到安全的地方"), "{err}");
    assert!(err.contains("创建 hk 数据目录"), "{err}");
    assert!(
        err.contains("下一步：`hk client add --name … --phone …`"),
        "{err}"
    );
    assert!(!err.contains("created"), "{err}");

    let (zh, en) = env.both(&["init"]);
    assert_eq!(zh.status.code(), Some(1));
    let err = stderr(&zh);
    assert!(err.starts_with("错误："), "{err}");
    assert!(err.contains("已经是 hk 数据目录"), "{err}");
    assert!(err.contains("提示：直接使用即可"), "{err}");
    assert!(stderr(&en).contains("is already an hk store"));
}

#[test]
fn a_bad_hk_now_is_explained_in_chinese() {
    let env = TestEnv::bare();
    let out = env
        .cmd()
        .env("HK_NOW", "下周二")
        .args(["--lang", "zh", "init"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("`HK_NOW`：既不是日期，也不是 RFC 3339 时间"),
        "{err}"
    );
    assert!(err.contains("提示：请写日期（2026-11-22）"), "{err}");
}

#[test]
fn an_import_dry_run_and_its_rejected_line_in_chinese() {
    let env = TestEnv::new();
    let good = env.write(
        "客户.csv",
        "姓名,手机,无关列\n王秀英,13812345678,x\n李娜,13800001111,y\n".as_bytes(),
    );
    let good = good.to_str().unwrap();
    let (zh, en) = env.both(&["client", "import", good, "--dry-run", "--format", "csv"]);
    assert!(zh.status.success(), "{}", stderr(&zh));
    assert_eq!(zh.stdout, en.stdout, "CSV is the same in both languages");
    let err = stderr(&zh);
    assert!(
        err.contains(
            "试运行（UTF-8）：将导入 2 位客户，跳过 0 条（已在数据目录中）；没有写入任何内容"
        ),
        "{err}"
    );
    assert!(err.contains("`无关列` 列不是客户字段；已忽略"), "{err}");
    assert!(
        stderr(&en).contains("would import 2 client(s), skip 0 already in the store;"),
        "{}",
        stderr(&en)
    );

    // A bad phone on line 3: the file is refused by line and column, naming no one.
    let bad = env.write(
        "坏.csv",
        "姓名,手机\n王秀英,13812345678\n李娜,12345\n".as_bytes(),
    );
    let bad = bad.to_str().unwrap();
    let before = env.snapshot();
    let (zh, _) = env.both(&["client", "import", bad]);
    assert_eq!(zh.status.code(), Some(1));
    let err = stderr(&zh);
    assert!(err.contains("有 1 行有问题；没有导入任何内容"), "{err}");
    assert!(err.contains("第 3 行，`手机` 列："), "{err}");
    assert!(!err.contains("李娜") && !err.contains("王秀英"), "{err}");
    assert!(before == env.snapshot());

    // A survey import with --skip-invalid: the good row goes in, the bad one (a date
    // that is no date) to the rejects file, its reason in Chinese.
    env.add_client("王秀英", "13800138001", &[]);
    env.add_client("李娜", "13900139002", &[]);
    let answers = env.write(
        "问卷.csv",
        "phone,date,overall,attitude,cleanliness,punctuality,value,nps,comment\n\
         13800138001,2026-11-02,5,5,4,5,4,9,阿姨手脚麻利\n\
         13900139002,上周三,4,4,4,3,4,8,\n"
            .as_bytes(),
    );
    let answers = answers.to_str().unwrap();
    let rejects = env.dir.path().join("拒绝.csv");
    let out = env.run(&[
        "--lang",
        "zh",
        "survey",
        "import",
        answers,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("已把被拒绝的行写入"), "{err}");
    assert!(
        err.contains("已导入 1 条，跳过 0 条（重复），拒绝 1 行（"),
        "{err}"
    );
    let written = std::fs::read_to_string(&rejects).unwrap();
    assert!(written.starts_with("line,reason,phone,date,"), "{written}");
    // Quoted or not, as the reason's own punctuation needs.
    let line3 = written
        .lines()
        .find(|l| l.starts_with("3,"))
        .unwrap_or_default();
    assert!(
        line3.contains("第 3 行，`date` 列：不是本导入能识别的日期"),
        "{written}"
    );
}

#[test]
fn a_quoting_mistake_is_shown_by_line_in_chinese() {
    let env = TestEnv::new();
    let file = env.write("引号.csv", "姓名,手机\n张\"三,13812345678\n".as_bytes());
    let (zh, _) = env.both(&["client", "import", file.to_str().unwrap()]);
    assert_eq!(zh.status.code(), Some(1));
    let err = stderr(&zh);
    assert!(
        err.contains("第 2 行，`姓名` 列：字段中间有引号，但字段不是以引号开头；没有导入任何内容"),
        "{err}"
    );
    assert!(
        err.contains("提示：含引号的字段必须整个用引号括起来"),
        "{err}"
    );
    assert!(!err.contains('张'), "{err}");
}

#[test]
fn sync_and_git_setup_outside_git_keep_their_exit_codes() {
    let env = TestEnv::new();
    let (zh, _) = env.both(&["sync"]);
    assert_eq!(zh.status.code(), Some(1));
    assert!(stderr(&zh).starts_with("错误："), "{}", stderr(&zh));
    let (zh, _) = env.both(&["git", "setup"]);
    assert_eq!(zh.status.code(), Some(1));
    let err = stderr(&zh);
    assert!(err.contains("不是 git 工作区的顶层文件夹"), "{err}");
    assert!(err.contains("提示：用 `git init`"), "{err}");
}

#[test]
fn undo_conflicts_and_cache_in_chinese() {
    let env = TestEnv::with_git();
    env.add_client("王秀英", "13812345678", &[]);
    let out = env.run(&["--lang", "zh", "conflicts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("没有记录有冲突"), "{}", stderr(&out));
    let out = env.run(&["--lang", "zh", "cache", "status"]);
    let table = stdout(&out);
    assert!(
        table.contains("状态") && table.contains("对应公钥"),
        "{table}"
    );
    assert!(!table.contains("State"), "{table}");
    let (zh, en) = env.both(&["cache", "status", "--format", "csv"]);
    assert_eq!(zh.stdout, en.stdout);
    let out = env.run(&["--lang", "zh", "cache", "clear"]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("个缓存文件"), "{}", stderr(&out));

    let out = env.run(&["--lang", "zh", "undo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.starts_with("已撤销 "), "{err}");
    assert!(err.contains("个文件恢复到它之前的样子"), "{err}");
}

#[test]
fn hk_lang_zh_with_the_key_commands() {
    let env = TestEnv::new();
    let zh = |args: &[&str]| env.cmd().env("HK_LANG", "zh").args(args).output().unwrap();
    let list = zh(&["key", "list"]);
    assert!(list.status.success());
    let table = stdout(&list);
    assert!(table.contains("名称") && table.contains("公钥"), "{table}");
    assert!(!table.contains("Public key"), "{table}");
    let csv = zh(&["key", "list", "--format", "csv"]);
    assert_eq!(
        csv.stdout,
        env.run(&["--lang", "en", "key", "list", "--format", "csv"])
            .stdout
    );

    let key = env.dir.path().join("新私钥.txt");
    let key = key.to_str().unwrap();
    let out = zh(&["key", "generate", "--out", key]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("已把新私钥写入"), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("age1"));
    let again = zh(&["key", "generate", "--out", key]);
    let en = env.run(&["--lang", "en", "key", "generate", "--out", key]);
    assert_eq!(again.status.code(), en.status.code());
    let err = stderr(&again);
    assert!(err.starts_with("错误：无法写入"), "{err}");
    assert!(
        err.contains("提示：hk 从不覆盖私钥；请换一个文件名"),
        "{err}"
    );

    let out = zh(&["key", "remove", "no-such-colleague"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("提示：`hk key list` 列出公钥及其名称"),
        "{}",
        stderr(&out)
    );
}
