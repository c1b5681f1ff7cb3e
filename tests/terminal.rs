//! Prompts on a real terminal, driven through a pseudo-terminal made by `script`
//! (util-linux): the passphrase of a protected identity is asked once per command,
//! and `client add` asks for what is missing.

mod common;
use common::TestEnv;
use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `hk ARGS` on a pseudo-terminal, typing `keys` (one entry per prompt, with a
/// pause before each). Returns everything the terminal showed.
fn on_terminal(env: &TestEnv, args: &str, keys: &[&str]) -> Option<String> {
    if Command::new("script").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "`script` (util-linux) is missing on CI"
        );
        eprintln!("skipping: `script` is not installed");
        return None;
    }
    let base = env.std_cmd();
    let mut c = Command::new("timeout");
    c.env_clear();
    for (k, v) in base.get_envs() {
        if let Some(v) = v {
            c.env(k, v);
        }
    }
    c.env("TERM", "xterm").current_dir(env.dir.path()).args([
        "60",
        "script",
        "-qec",
        &format!("{} {args}", env!("CARGO_BIN_EXE_hk")),
        "/dev/null",
    ]);
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for k in keys {
        std::thread::sleep(std::time::Duration::from_millis(700));
        stdin.write_all(k.as_bytes()).unwrap();
        stdin.flush().unwrap();
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn a_protected_identity_asks_its_passphrase_once() {
    let env = TestEnv::new();
    env.add_client("王秀英", "13812345678", &[]);
    env.add_client("李娜", "13900001111", &[]);
    let plain = std::fs::read(&env.key).unwrap();
    let enc = age::Encryptor::with_user_passphrase(age::secrecy::SecretString::from(
        "秘密 passphrase".to_string(),
    ));
    let mut protected = Vec::new();
    let mut w = enc.wrap_output(&mut protected).unwrap();
    w.write_all(&plain).unwrap();
    w.finish().unwrap();
    std::fs::write(&env.key, protected).unwrap();

    let Some(screen) = on_terminal(&env, "client list --format csv", &["秘密 passphrase\r"])
    else {
        return;
    };
    assert_eq!(screen.matches("[hidden]").count(), 1, "{screen}");
    assert!(
        screen.contains("王秀英") && screen.contains("李娜"),
        "{screen}"
    );

    let screen = on_terminal(&env, "client list --format csv", &["wrong\r"]).unwrap();
    assert!(screen.contains("wrong passphrase"), "{screen}");
    assert!(!screen.contains("王秀英"), "{screen}");
}

#[test]
fn client_add_asks_for_what_is_missing() {
    let env = TestEnv::new();
    // Name, a bad phone (asked again), a good phone, then pick the second category.
    let Some(screen) = on_terminal(
        &env,
        "client add --address 杭州市西湖区文三路1号",
        &["王秀英\r", "1234\r", "\x15138 1234 5678\r", "\x1b[B \r"],
    ) else {
        return;
    };
    assert!(screen.contains("姓名 Name"), "{screen}");
    assert!(screen.contains("has 4 digits"), "{screen}");
    let list = env.ok(&["client", "list", "--format", "csv"]);
    let row = list.lines().nth(1).unwrap_or_default().to_string();
    assert!(
        row.contains(",王秀英,13812345678,nanny,"),
        "{list}\n{screen}"
    );
}

#[test]
fn client_add_says_what_is_missing_and_offers_wechat() {
    let env = TestEnv::new();
    // Enter at the name (told it is needed), a name, Enter at the phone (asked for a
    // WeChat id instead), a WeChat id, then pick the first category.
    let Some(screen) = on_terminal(
        &env,
        "client add",
        &["\r", "王芳\r", "\r", "wangfang88\r", " \r"],
    ) else {
        return;
    };
    assert!(screen.contains("a name is needed"), "{screen}");
    assert!(screen.contains("微信 WeChat id"), "{screen}");
    let shown = env.ok(&["client", "show", "王芳", "--format", "json"]);
    assert!(shown.contains("wangfang88"), "{shown}\n{screen}");
}

#[test]
fn client_add_reports_a_taken_phone_at_once() {
    let env = TestEnv::new();
    let wang = env.add_client("王芳", "13812345678", &[]);
    // The taken phone is refused as it is typed; another one is then accepted.
    let Some(screen) = on_terminal(
        &env,
        "client add --name 李娜 --category 家庭保洁",
        &["138 1234 5678\r", "\x1513900001111\r"],
    ) else {
        return;
    };
    assert!(
        screen.contains(&format!("client {wang} already has this phone")),
        "{screen}"
    );
    let list = env.ok(&["client", "list", "--format", "csv"]);
    assert!(list.contains("李娜,13900001111"), "{list}\n{screen}");

    // A taken phone given as a flag fails before anything is asked.
    let screen = on_terminal(&env, "client add --phone 13812345678", &[]).unwrap();
    assert!(screen.contains("already has this phone"), "{screen}");
    assert!(!screen.contains("姓名 Name"), "{screen}");
}

#[test]
fn the_survey_comment_can_be_skipped_with_enter() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &[]);
    let Some(screen) = on_terminal(
        &env,
        &format!(
            "survey add {c} --overall 5 --attitude 5 --cleanliness 4 --punctuality 5 \
             --value 4 --nps 9"
        ),
        &["\r"],
    ) else {
        return;
    };
    assert!(screen.contains("Comment"), "{screen}");
    let list = env.ok(&["survey", "list", "--format", "csv"]);
    assert_eq!(list.lines().count(), 2, "{list}\n{screen}");
}

#[test]
fn a_delete_asks_on_a_terminal_and_no_keeps_the_record() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &[]);
    let f = env.ok(&["followup", "log", &c, "--channel", "phone"]);
    let f = f.trim();
    let before = env.snapshot();
    let Some(screen) = on_terminal(&env, &format!("followup delete {f}"), &["n"]) else {
        return;
    };
    assert!(
        screen.contains(&format!("delete follow-up {f} of client {c}?")),
        "{screen}"
    );
    assert!(screen.contains("not confirmed"), "{screen}");
    assert_eq!(env.snapshot(), before);
    let screen = on_terminal(&env, &format!("followup delete {f}"), &["y"]).unwrap();
    assert!(
        screen.contains(&format!("deleted follow-up {f}")),
        "{screen}"
    );
    let list = env.ok(&["followup", "list", "--format", "csv"]);
    assert_eq!(list.lines().count(), 1, "{list}\n{screen}");
}
