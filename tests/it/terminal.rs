//! Prompts on a real terminal, driven through a pseudo-terminal made by `script`
//! (util-linux): the passphrase of a protected identity is asked once per command,
//! and `client add` asks for what is missing.

use crate::common::TestEnv;
use crate::pty::Terminal;
use std::io::Write;

/// Runs `hk ARGS` on a pseudo-terminal; each step waits for its text on the screen
/// and for hk to wait for a key, then types its keys. Returns everything the
/// terminal showed.
fn on_terminal(env: &TestEnv, args: &str, steps: &[(&str, &str)]) -> Option<String> {
    let mut t = Terminal::start(env, args, &[])?;
    for (expect, keys) in steps {
        t.answer(expect, keys);
    }
    Some(t.finish())
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

    let Some(screen) = on_terminal(
        &env,
        "client list --format csv",
        &[("Passphrase for", "秘密 passphrase\r")],
    ) else {
        return;
    };
    assert_eq!(screen.matches("[hidden]").count(), 1, "{screen}");
    assert!(
        screen.contains("王秀英") && screen.contains("李娜"),
        "{screen}"
    );

    let screen = on_terminal(
        &env,
        "client list --format csv",
        &[("Passphrase for", "wrong\r")],
    )
    .unwrap();
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
        &[
            ("姓名 Name", "王秀英\r"),
            ("手机 Phone", "1234\r"),
            ("has 4 digits", "\x15138 1234 5678\r"),
            ("服务类别 Categories", "\x1b[B \r"),
        ],
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
        &[
            ("姓名 Name", "\r"),
            ("a name is needed", "王芳\r"),
            ("手机 Phone", "\r"),
            ("微信 WeChat id", "wangfang88\r"),
            ("服务类别 Categories", " \r"),
        ],
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
        &[
            ("手机 Phone", "138 1234 5678\r"),
            ("already has this phone", "\x1513900001111\r"),
        ],
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
        &[("Comment", "\r")],
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
    let Some(screen) = on_terminal(
        &env,
        &format!("followup delete {f}"),
        &[("delete follow-up", "n")],
    ) else {
        return;
    };
    assert!(
        screen.contains(&format!("delete follow-up {f} of client {c}?")),
        "{screen}"
    );
    assert!(screen.contains("not confirmed"), "{screen}");
    assert_eq!(env.snapshot(), before);
    let screen = on_terminal(
        &env,
        &format!("followup delete {f}"),
        &[("delete follow-up", "y")],
    )
    .unwrap();
    assert!(
        screen.contains(&format!("deleted follow-up {f}")),
        "{screen}"
    );
    let list = env.ok(&["followup", "list", "--format", "csv"]);
    assert_eq!(list.lines().count(), 1, "{list}\n{screen}");
}
