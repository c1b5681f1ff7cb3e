//! What hk says when input is wrong or surprising, through the real binary: a comment
//! after a key in `.hk/recipients`, negative scores, `--set` errors, an empty name,
//! phones a spreadsheet turned into numbers, a name that matches no one exactly, hints
//! with the client's own id and the identity actually used, and the client a
//! follow-up went to. (Prompts are in tests/it/terminal.rs.)

use crate::common::TestEnv;

#[test]
fn a_comment_after_a_recipient_key_is_accepted() {
    let env = TestEnv::new();
    let path = env.store.join(".hk/recipients");
    let text = std::fs::read_to_string(&path).unwrap();
    let commented: String = text
        .lines()
        .map(|l| {
            if l.starts_with("age1") {
                format!("{l} # 小李\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    assert!(commented.contains("# 小李"), "{commented}");
    std::fs::write(&path, commented).unwrap();
    let id = env.add_client("王芳", "13812345678", &[]);
    let list = env.ok(&["client", "list", "--format", "csv"]);
    assert!(list.contains(&id) && list.contains("王芳"), "{list}");
}

#[test]
fn negative_and_too_large_scores_get_a_range_error() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &[]);
    let err = env.refused(2, &["survey", "add", &c, "--nps", "-1"]);
    assert!(
        err.contains("`--nps`") && err.contains("-1 is out of range"),
        "{err}"
    );
    assert!(err.contains("0 to 10") && !err.contains("-- -1"), "{err}");
    let err = env.refused(2, &["survey", "add", &c, "--nps", "11"]);
    assert!(err.contains("11 is out of range"), "{err}");
    let err = env.refused(2, &["survey", "add", &c, "--overall", "-3"]);
    assert!(
        err.contains("`--overall`") && err.contains("1 to 5"),
        "{err}"
    );
    let err = env.refused(2, &["survey", "add", &c, "--score", "value=-2"]);
    assert!(
        err.contains("`--score`") && err.contains("-2 is out of range"),
        "{err}"
    );
    let err = env.refused(
        2,
        &["followup", "log", &c, "--channel", "phone", "--score", "-1"],
    );
    assert!(err.contains("`--score`") && err.contains("1 to 5"), "{err}");
    assert!(!err.contains("-- -1"), "{err}");
    let err = env.refused(2, &["survey", "add", &c, "--nps", "很好"]);
    assert!(
        err.contains("expected a whole number from 0 to 10"),
        "{err}"
    );
}

#[test]
fn set_errors_name_the_flag_and_the_field() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &["--category", "家庭保洁"]);
    let v = env.ok(&["visit", "add", &c, "--date", "2026-11-20"]);
    let err = env.refused(2, &["visit", "edit", v.trim(), "--set", "price=-5"]);
    assert!(
        err.contains("`--set`: `price`: a price cannot be negative"),
        "{err}"
    );
    let err = env.refused(2, &["client", "edit", &c, "--set", "phones=1234"]);
    assert!(err.contains("`--set`: `phone`: "), "{err}");
}

#[test]
fn an_empty_name_is_called_empty_not_missing() {
    let env = TestEnv::new();
    let err = env.refused(
        2,
        &["client", "add", "--name", "", "--phone", "13812345678"],
    );
    assert!(err.contains("`--name`: is empty"), "{err}");
    assert!(!err.contains("missing"), "{err}");
    let err = env.refused(
        2,
        &["client", "add", "--name", "  ", "--phone", "13812345678"],
    );
    assert!(err.contains("`--name`: is empty"), "{err}");
}

#[test]
fn phones_excel_turned_into_numbers_get_a_hint() {
    let env = TestEnv::new();
    let file = env.write(
        "clients.csv",
        "姓名,手机\n王芳,13812345678\n李娜,1.39001E+10\n".as_bytes(),
    );
    let err = env.refused(1, &["client", "import", file.to_str().unwrap()]);
    assert!(err.contains("line 3, column `手机`"), "{err}");
    assert!(err.contains("scientific notation"), "{err}");
    assert!(err.contains("format the phone column as text"), "{err}");
    assert!(!err.contains("1.39001"), "the cell is not repeated\n{err}");

    env.add_client("王芳", "13812345678", &["--category", "家庭保洁"]);
    let visits = env.write(
        "visits.csv",
        "手机,日期,服务类型\n1.38123E+10,2026-11-03,家庭保洁\n".as_bytes(),
    );
    let err = env.refused(1, &["visit", "import", visits.to_str().unwrap()]);
    assert!(err.contains("format the phone column as text"), "{err}");

    // A file without such cells gets no such hint.
    let fine = env.write("short.csv", "姓名,手机\n李娜,1390000\n".as_bytes());
    let err = env.refused(1, &["client", "import", fine.to_str().unwrap()]);
    assert!(!err.contains("Excel"), "{err}");
}

#[test]
fn a_part_of_a_name_lists_the_clients_whose_name_contains_it() {
    let env = TestEnv::new();
    let wang = env.add_client("王芳", "13812345678", &["--category", "家庭保洁"]);
    let wang2 = env.add_client("王秀英", "13900001111", &["--category", "家庭保洁"]);
    let li = env.add_client("李娜", "13700001111", &["--category", "家庭保洁"]);
    let err = env.refused(1, &["visit", "add", "王", "--date", "today"]);
    for s in [&wang, &wang2, "王芳", "王秀英", "2 client(s)"] {
        assert!(err.contains(s), "{s}\n{err}");
    }
    assert!(!err.contains(&li) && !err.contains("李娜"), "{err}");
    for phone in ["13812345678", "138****5678", "5678", "1111"] {
        assert!(!err.contains(phone), "no phones: {phone}\n{err}");
    }
    // The error line itself names ids only; names are status lines, gone with -q.
    let error_line = err.lines().find(|l| l.starts_with("error:")).unwrap();
    assert!(!error_line.contains("王芳"), "{error_line}");
    let quiet = env.refused(1, &["-q", "visit", "add", "王", "--date", "today"]);
    assert!(quiet.contains(&wang) && !quiet.contains("王芳"), "{quiet}");
    // No name contains it: the old message.
    let err = env.refused(1, &["visit", "add", "赵", "--date", "today"]);
    assert!(err.contains("no client has that name"), "{err}");
}

#[test]
fn the_no_answers_hint_shows_the_clients_own_id() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &[]);
    let err = env.refused(2, &["survey", "add", "王芳"]);
    assert!(
        err.contains(&format!("hk survey add {c} --overall 5")),
        "{err}"
    );
    assert!(!err.contains("c-7k2m"), "{err}");
}

#[test]
fn the_decrypt_hint_names_the_identity_that_was_used() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &[]);
    // A second key joins the store after the record was written, so it cannot open it.
    let other = env.late_key();

    let err = env.refused(
        1,
        &["--identity", other.to_str().unwrap(), "client", "show", &c],
    );
    assert!(err.contains("hint: is `--identity "), "{err}");
    assert!(!err.contains("HK_IDENTITY"), "{err}");

    let out = env
        .cmd()
        .env("HK_IDENTITY", &other)
        .args(["client", "show", &c])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("hint: is HK_IDENTITY (`"), "{err}");
}

#[test]
fn a_logged_follow_up_says_which_client_it_went_to() {
    let env = TestEnv::new();
    let c = env.add_client("王芳", "13812345678", &[]);
    let out = env.run(&["followup", "log", &c[..5], "--channel", "phone"]);
    assert!(out.status.success(), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("for {c} 王芳")), "{err}");
    // stdout stays the new id alone.
    let id = String::from_utf8_lossy(&out.stdout);
    assert!(id.trim().starts_with("f-") && !id.contains("王芳"), "{id}");
}
