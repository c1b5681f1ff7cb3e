//! Several offices (DESIGN §13), the rules a record keeps: two versions that each keep
//! them can break one once merged field by field, and a resolved conflict must keep
//! them too; and `hk undo` after `hk sync` brought another office's changes in. Real
//! git, two clones of one bare repository (see `offices::Offices`).

use crate::common::{TestEnv, have_age};
use crate::offices::{Offices, age_decrypt, assert_no_conflicts, base_of, driver, git_ok, version};

/// The store as a snapshot and its number of commits: what a refused command keeps.
fn state(
    env: &TestEnv,
) -> (
    usize,
    std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>,
) {
    (env.commits(), env.snapshot())
}

/// Office A edits with `a_edit` and syncs; office B edits with `b_edit` and syncs: the
/// merge keeps B's value where the two broke a rule, commits, and pushes nothing.
/// Returns B's stderr.
fn both_edit(o: &Offices, a_edit: &[&str], b_edit: &[&str]) -> String {
    let (a, b) = (&o.a, &o.b);
    a.ok(&["sync"]);
    b.ok(&["sync"]);
    a.ok(a_edit);
    a.ok(&["sync"]);
    b.ok(b_edit);
    let origin_head = git_ok(b, &o.origin, &["rev-parse", "HEAD"]);
    let err = b.fails(1, &["sync"]);
    assert!(err.contains("nothing was pushed"), "{err}");
    assert_eq!(git_ok(b, &o.origin, &["rev-parse", "HEAD"]), origin_head);
    assert_eq!(
        b.git(&["status", "--porcelain"]),
        "",
        "the merge is committed"
    );
    err
}

/// Adds a visit for `client` and returns its id.
fn add_visit(env: &TestEnv, client: &str, args: &[&str]) -> String {
    let mut all = vec!["visit", "add", client];
    all.extend_from_slice(args);
    env.ok(&all).trim().to_string()
}

#[test]
fn a_visit_whose_end_and_start_each_moved_keeps_ours_and_lists_a_conflict() {
    let o = Offices::new();
    let (a, b) = (&o.a, &o.b);
    let client = a.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let visit = add_visit(a, &client, &["--date", "2026-11-10", "--end", "2026-11-14"]);
    // A moves the start to the 12th (end the 14th: fine); B moves the end to the 11th
    // (start the 10th: fine). Merged, the end would be before the start.
    let err = both_edit(
        &o,
        &["visit", "edit", &visit, "--set", "date=2026-11-12"],
        &["visit", "edit", &visit, "--set", "end=2026-11-11"],
    );
    assert!(
        err.contains("would break a rule") && err.contains("`end` is before the start date"),
        "{err}"
    );
    assert!(err.contains("`date` kept ours"), "{err}");
    assert!(!err.contains("王秀英"), "{err}");
    let listed = b.ok(&["conflicts", "--format", "csv"]);
    assert_eq!(
        listed,
        format!("record,field,base,ours,theirs\n{visit},date,2026-11-10,2026-11-10,2026-11-12\n")
    );
    let shown = b.ok(&["visit", "show", &visit, "--format", "json"]);
    assert!(
        shown.contains("2026-11-10") && shown.contains("2026-11-11"),
        "{shown}"
    );

    // Taking theirs, or a start after the end, breaks the rule again: refused, the
    // conflict stays, nothing written.
    let before = state(b);
    let err = b.refused(1, &["resolve", &visit, "date", "--theirs"]);
    assert!(
        err.contains("`date` cannot take that value: `end` is before the start date"),
        "{err}"
    );
    assert!(err.contains("the conflict stays"), "{err}");
    let err = b.refused(1, &["resolve", &visit, "date", "--value", "2026-11-13"]);
    assert!(err.contains("`end` is before the start date"), "{err}");
    assert_eq!(state(b), before);
    assert!(b.ok(&["conflicts", "--format", "csv"]).contains(&visit));

    // A start the end allows settles it, and the sync goes through.
    b.ok(&["resolve", &visit, "date", "--value", "2026-11-11"]);
    b.ok(&["sync"]);
    a.ok(&["sync"]);
    let shown = a.ok(&["visit", "show", &visit, "--format", "json"]);
    assert!(shown.contains("2026-11-11"), "{shown}");
    assert_no_conflicts(a);
}

#[test]
fn a_done_visit_moved_after_today_is_a_conflict_on_the_status() {
    let o = Offices::new();
    let (a, b) = (&o.a, &o.b);
    let client = a.add_client("李娜", "13912345678", &["--category", "家庭保洁"]);
    let visit = add_visit(
        a,
        &client,
        &["--date", "2026-11-20", "--status", "scheduled"],
    );
    // A marks it done (it was on the 20th); B moves it to the 25th, still scheduled.
    let err = both_edit(
        &o,
        &["visit", "edit", &visit, "--set", "status=done"],
        &["visit", "edit", &visit, "--set", "date=2026-11-25"],
    );
    assert!(
        err.contains("(`status`: a visit after today cannot be done yet); `status` kept ours"),
        "{err}"
    );
    let listed = b.ok(&["conflicts", "--format", "csv"]);
    assert!(
        listed.contains(&format!("{visit},status,scheduled,scheduled,done")),
        "{listed}"
    );
    let before = state(b);
    let err = b.refused(1, &["resolve", &visit, "status", "--theirs"]);
    assert!(err.contains("after today cannot be done yet"), "{err}");
    assert_eq!(state(b), before);
    b.ok(&["resolve", &visit, "status", "--ours"]);
    b.ok(&["sync"]);
}

#[test]
fn a_client_left_with_no_phone_and_no_wechat_is_a_conflict() {
    let o = Offices::new();
    let (a, b) = (&o.a, &o.b);
    let id = a.add_client("张伟", "13712345678", &["--wechat", "wx_zhang"]);
    // A drops the phone (the WeChat id is left); B drops the WeChat id (the phone is
    // left). Merged, nobody could reach the client.
    let err = both_edit(
        &o,
        &["client", "edit", &id, "--set", "phones="],
        &["client", "edit", &id, "--set", "wechat="],
    );
    assert!(
        err.contains("a client needs a phone or a WeChat id"),
        "{err}"
    );
    assert!(
        !err.contains("13712345678") && !err.contains("wx_zhang"),
        "{err}"
    );
    let listed = b.ok(&["conflicts", "--format", "csv"]);
    assert!(listed.contains(&format!("{id},phones,")), "{listed}");
    let shown = b.ok(&["client", "show", &id, "--format", "json"]);
    assert!(shown.contains("13712345678"), "ours kept: {shown}");
    let before = state(b);
    let err = b.refused(1, &["resolve", &id, "phones", "--theirs"]);
    assert!(
        err.contains("a client needs a phone or a WeChat id"),
        "{err}"
    );
    // A bad phone is refused as `client edit` refuses it.
    let err = b.refused(1, &["resolve", &id, "phones", "--value", "[\"12345\"]"]);
    assert!(err.contains("`phones` cannot take that value"), "{err}");
    b.refused(1, &["resolve", &id, "phones", "--value", "12345"]);
    assert_eq!(state(b), before);
    b.ok(&["resolve", &id, "phones", "--ours"]);
    b.ok(&["sync"]);
}

#[test]
fn a_staff_set_grown_into_a_double_booking_merges_cleanly() {
    // Booking rules look at other records (a warning when a visit is booked); a merge
    // of one record does not refuse for them.
    let o = Offices::new();
    let (a, b) = (&o.a, &o.b);
    let c1 = a.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let c2 = a.add_client("李娜", "13912345678", &["--category", "家庭保洁"]);
    let v1 = add_visit(a, &c1, &["--date", "2026-11-28", "--time", "09:00"]);
    let v2 = add_visit(a, &c2, &["--date", "2026-11-28", "--time", "09:00"]);
    a.ok(&["sync"]);
    b.ok(&["sync"]);
    a.ok(&["visit", "edit", &v1, "--set", "staff=刘阿姨"]);
    a.ok(&["visit", "edit", &v2, "--set", "staff=刘阿姨"]);
    a.ok(&["sync"]);
    b.ok(&["visit", "edit", &v1, "--set", "notes=带吸尘器"]);
    let out = b.run(&["sync"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_no_conflicts(b);
}

#[test]
fn resolve_with_a_value_that_breaks_a_rule_writes_nothing() {
    let o = Offices::new();
    let (a, b) = (&o.a, &o.b);
    let id = a.add_client("赵敏", "13612345678", &[]);
    both_edit(
        &o,
        &[
            "client",
            "edit",
            &id,
            "--set",
            "id_number=310104198001011239",
        ],
        &[
            "client",
            "edit",
            &id,
            "--set",
            "id_number=310104198001014560",
        ],
    );
    let before = state(b);
    let err = b.refused(1, &["resolve", &id, "id_number", "--value", "12345"]);
    assert!(
        err.contains(&format!("{id}: `id_number` cannot take that value")),
        "{err}"
    );
    assert!(err.contains("nothing was written"), "{err}");
    assert!(
        err.contains(&format!("hk resolve {id} id_number --ours")),
        "{err}"
    );
    let err = b.refused(1, &["resolve", &id, "id_number", "--value", "王\u{7}"]);
    assert!(err.contains("`id_number`"), "{err}");
    assert_eq!(state(b), before);
    let listed = b.ok(&["conflicts", "--format", "csv"]);
    assert!(listed.contains(&format!("{id},id_number,")), "{listed}");
    // A valid value is brought to its canonical form, as an edit would.
    b.ok(&["resolve", &id, "id_number", "--value", "310104198001014560"]);
    let shown = b.ok(&["client", "show", &id, "--format", "json"]);
    assert!(shown.contains("3101**********4560"), "{shown}");
}

#[test]
fn undo_after_a_sync_merge_refuses_and_never_takes_back_the_other_office() {
    let o = Offices::new();
    let (a, b) = (&o.a, &o.b);
    let c1 = a.add_client("王秀英", "13812345678", &[]);
    let c2 = a.add_client("李娜", "13912345678", &[]);
    a.ok(&["sync"]);
    b.ok(&["sync"]);
    a.ok(&["client", "edit", &c1, "--set", "address=北京市朝阳区国贸"]);
    a.ok(&["sync"]);
    b.ok(&["client", "edit", &c2, "--set", "address=上海市徐汇区"]);
    b.ok(&["sync"]);
    // B's last commit is the merge of A's change: undo refuses, says what to do.
    let parents = b.git(&["log", "-1", "--format=%P"]);
    assert_eq!(parents.split_whitespace().count(), 2, "{parents}");
    let merge = b.git(&["rev-parse", "--short", "HEAD"]);
    let before = state(b);
    let err = b.refused(1, &["undo"]);
    assert!(err.contains("a merge of another office's changes"), "{err}");
    assert!(
        err.contains(&format!("git revert -m 1 {}", merge.trim())),
        "{err}"
    );
    assert_eq!(state(b), before);
    let shown = b.ok(&["client", "show", &c1, "--format", "json"]);
    assert!(shown.contains("国贸"), "A's change is still there: {shown}");

    // A change made after the merge is undone as usual, and only it.
    b.ok(&["client", "edit", &c2, "--set", "wechat=wx_li"]);
    b.ok(&["undo"]);
    let shown = b.ok(&["client", "show", &c2, "--format", "json"]);
    assert!(
        !shown.contains("wx_li") && shown.contains("徐汇区"),
        "{shown}"
    );
    let shown = b.ok(&["client", "show", &c1, "--format", "json"]);
    assert!(shown.contains("国贸"), "{shown}");
    b.ok(&["sync"]);

    // A fast-forwards to B's commits: the newest hk commit is B's, not A's to undo.
    a.ok(&["sync"]);
    let head = a.git(&["log", "-1", "--format=%s"]);
    assert!(head.starts_with("undo "), "A is at B's undo: {head}");
    let before = state(a);
    let err = a.refused(1, &["undo"]);
    assert!(err.contains("it came from another office"), "{err}");
    assert!(err.contains("git revert"), "{err}");
    assert_eq!(state(a), before);
    // Its own next change is undone as usual.
    a.ok(&["client", "edit", &c1, "--set", "wechat=wx_wang"]);
    a.ok(&["undo"]);
    let shown = a.ok(&["client", "show", &c1, "--format", "json"]);
    assert!(
        !shown.contains("wx_wang") && shown.contains("国贸"),
        "{shown}"
    );
}

#[test]
fn a_side_that_breaks_a_rule_by_itself_is_not_the_merges_doing() {
    // A record from before a rule (here: a category the config no longer has) still
    // merges; only a rule the merge itself broke becomes a conflict.
    if !have_age() {
        return;
    }
    let env = TestEnv::new();
    let id = env.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let (rel, base_text, base) = base_of(&env, &id);
    let ours = version(
        &env,
        &base_text,
        &[("\"house-cleaning\"", "\"moon-cleaning\"")],
        "ours.age",
    );
    let theirs = version(
        &env,
        &base_text,
        &[("phones = [", "wechat = \"wx_wang\"\nphones = [")],
        "theirs.age",
    );
    let out = driver(&env, [&base, &ours, &theirs], &rel);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let merged = age_decrypt(&env.key, &ours);
    assert!(
        merged.contains("moon-cleaning") && merged.contains("wx_wang"),
        "{merged}"
    );
}
