//! Several offices (DESIGN §13), records that moved: re-dating a visit (a follow-up …)
//! into another month moves its file, and git pairs files by path, so it sees a
//! deletion and an addition. `hk sync` pairs the versions by id: an edit in one
//! office and a move in the other are both kept, two moves give one file, a move
//! against a deletion is deleted. Real git, two clones of one bare repository.

use std::path::PathBuf;

use crate::common::{TestEnv, have_age};
use crate::offices::{Offices, age_decrypt, assert_no_conflicts, git_ok};

/// Every file of the record `id` in the store, relative to it.
fn files_of(env: &TestEnv, id: &str) -> Vec<PathBuf> {
    let name = format!("{id}.toml.age");
    env.snapshot()
        .into_keys()
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy() == name))
        .collect()
}

/// The one file of `id`, which must be `expected`.
fn one_file(env: &TestEnv, id: &str, expected: &str) -> PathBuf {
    assert_eq!(files_of(env, id), [PathBuf::from(expected)], "{id}");
    env.store.join(expected)
}

/// Two offices that share a client and `n` visits of it on 2026-10-15, synced.
fn shared_visits(n: usize) -> (Offices, Vec<String>) {
    let o = Offices::new();
    let client =
        o.a.add_client("王秀英", "13812345678", &["--category", "家庭保洁"]);
    let visits = (0..n)
        .map(|_| {
            o.a.ok(&["visit", "add", &client, "--date", "2026-10-15"])
                .trim()
                .to_string()
        })
        .collect();
    o.a.ok(&["sync"]);
    o.b.ok(&["sync"]);
    (o, visits)
}

/// `hk KIND edit ID --set …` for each of `sets`.
fn edit(env: &TestEnv, kind: &str, id: &str, sets: &[&str]) {
    let mut args = vec![kind, "edit", id];
    for set in sets {
        args.extend(["--set", set]);
    }
    env.ok(&args);
}

/// B syncs, then A: both end at one commit.
fn exchange(o: &Offices) {
    sync_ok(&o.b);
    sync_ok(&o.a);
    assert_same(o);
}

/// `hk sync` in `env`, which must succeed; returns its stderr.
fn sync_ok(env: &TestEnv) -> String {
    let out = env.run(&["sync"]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{err}");
    err
}

/// Both clones at one commit, clean, with nothing more to exchange.
fn assert_same(o: &Offices) {
    assert_eq!(o.a.git(&["status", "--porcelain"]), "");
    assert_eq!(o.b.git(&["status", "--porcelain"]), "");
    assert_eq!(
        git_ok(&o.a, &o.a.store, &["rev-parse", "HEAD"]),
        git_ok(&o.b, &o.b.store, &["rev-parse", "HEAD"])
    );
}

fn shown(env: &TestEnv, id: &str) -> String {
    env.ok(&["visit", "show", id, "--format", "json"])
}

#[test]
fn an_edit_and_a_move_in_two_offices_keep_both_changes_in_one_file() {
    let (o, v) = shared_visits(2);
    let (a, b) = (&o.a, &o.b);
    // The first visit: A re-dates it into September, B edits its notes and price.
    // The second: A edits it, B re-dates it (so git's deletion is on our side).
    edit(a, "visit", &v[0], &["date=2026-09-20"]);
    edit(a, "visit", &v[1], &["notes=客户要求带鞋套"]);
    sync_ok(a);
    edit(b, "visit", &v[0], &["notes=阿姨提前到", "price=260"]);
    edit(b, "visit", &v[1], &["date=2026-11-03"]);
    let err = sync_ok(b);
    assert!(!err.contains("deleted on one side"), "{err}");
    assert!(
        err.contains(&format!(
            "{}: re-dated into another month; merged by its id, now `visits/2026-09/{}.toml.age`",
            v[0], v[0]
        )),
        "{err}"
    );
    assert!(err.contains("pushed"), "{err}");
    assert!(!err.contains("王秀英"), "{err}");
    let parents = b.git(&["log", "-1", "--format=%P"]);
    assert_eq!(parents.split_whitespace().count(), 2, "a merge commit");

    let first = one_file(b, &v[0], &format!("visits/2026-09/{}.toml.age", v[0]));
    let second = one_file(b, &v[1], &format!("visits/2026-11/{}.toml.age", v[1]));
    if have_age() {
        let text = age_decrypt(&b.key, &first);
        assert!(
            text.contains("2026-09-20") && text.contains("阿姨提前到"),
            "{text}"
        );
        assert!(text.contains("260"), "{text}");
        let text = age_decrypt(&b.key, &second);
        assert!(
            text.contains("2026-11-03") && text.contains("客户要求带鞋套"),
            "{text}"
        );
    }
    sync_ok(a);
    assert_same(&o);
    for env in [a, b] {
        let s = shown(env, &v[0]);
        assert!(s.contains("2026-09-20") && s.contains("阿姨提前到"), "{s}");
        let s = shown(env, &v[1]);
        assert!(
            s.contains("2026-11-03") && s.contains("客户要求带鞋套"),
            "{s}"
        );
        assert_no_conflicts(env);
        one_file(env, &v[1], &format!("visits/2026-11/{}.toml.age", v[1]));
    }
}

#[test]
fn two_moves_to_different_months_give_one_file_at_ours_with_the_date_in_conflict() {
    let (o, v) = shared_visits(2);
    let (a, b) = (&o.a, &o.b);
    // The first visit: moved apart. The second: both move it to one month, and each
    // changes another field (git would merge them as two additions, without their
    // common version, and find conflicts that are none).
    edit(a, "visit", &v[0], &["date=2026-09-20"]);
    edit(a, "visit", &v[1], &["date=2026-09-21", "notes=改期"]);
    sync_ok(a);
    edit(b, "visit", &v[0], &["date=2026-11-03", "price=300"]);
    edit(b, "visit", &v[1], &["date=2026-09-21", "price=180"]);
    let err = b.fails(1, &["sync"]);
    assert!(
        err.contains("with conflicts on `date`") && err.contains("nothing was pushed"),
        "{err}"
    );
    assert_eq!(b.git(&["status", "--porcelain"]), "");
    one_file(b, &v[0], &format!("visits/2026-11/{}.toml.age", v[0]));
    let s = shown(b, &v[1]);
    assert!(s.contains("改期") && s.contains("180"), "{s}");
    one_file(b, &v[1], &format!("visits/2026-09/{}.toml.age", v[1]));
    assert_eq!(
        b.ok(&["conflicts", "--format", "csv"]),
        format!(
            "record,field,base,ours,theirs\n{},date,2026-10-15,2026-11-03,2026-09-20\n",
            v[0]
        )
    );
    let s = shown(b, &v[0]);
    assert!(s.contains("300"), "B's price kept: {s}");

    // Taking theirs files it in September, once.
    b.ok(&["resolve", &v[0], "date", "--theirs"]);
    one_file(b, &v[0], &format!("visits/2026-09/{}.toml.age", v[0]));
    exchange(&o);
    one_file(a, &v[0], &format!("visits/2026-09/{}.toml.age", v[0]));
    let s = shown(a, &v[0]);
    assert!(s.contains("2026-09-20") && s.contains("300"), "{s}");
    assert_no_conflicts(a);
}

#[test]
fn the_same_field_changed_while_one_office_moved_is_a_conflict_resolved_as_usual() {
    let (o, v) = shared_visits(1);
    let (a, b) = (&o.a, &o.b);
    edit(a, "visit", &v[0], &["date=2026-09-20", "notes=上午到"]);
    sync_ok(a);
    edit(b, "visit", &v[0], &["notes=下午到"]);
    let err = b.fails(1, &["sync"]);
    assert!(
        err.contains(&v[0]) && err.contains("with conflicts on `notes`"),
        "{err}"
    );
    assert!(!err.contains("上午到"), "{err}");
    one_file(b, &v[0], &format!("visits/2026-09/{}.toml.age", v[0]));
    assert_eq!(
        b.ok(&["conflicts", "--format", "csv"]),
        format!(
            "record,field,base,ours,theirs\n{},notes,,下午到,上午到\n",
            v[0]
        )
    );
    // Reading it warns, as for any conflict.
    let out = b.run(&["visit", "show", &v[0]]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("conflicts"));
    b.ok(&["resolve", &v[0], "notes", "--value", "下午两点到"]);
    exchange(&o);
    let s = shown(a, &v[0]);
    assert!(s.contains("2026-09-20") && s.contains("下午两点到"), "{s}");
    one_file(a, &v[0], &format!("visits/2026-09/{}.toml.age", v[0]));
}

#[test]
fn a_move_against_a_deletion_is_deleted_either_way() {
    let (o, v) = shared_visits(2);
    let (a, b) = (&o.a, &o.b);
    edit(a, "visit", &v[0], &["date=2026-09-20"]);
    a.ok(&["visit", "delete", &v[1], "--yes"]);
    sync_ok(a);
    b.ok(&["visit", "delete", &v[0], "--yes"]);
    edit(b, "visit", &v[1], &["date=2026-11-03"]);
    let err = sync_ok(b);
    for id in &v {
        assert!(
            err.contains(&format!(
                "{id}: re-dated into another month; deleted on the side that did not move it: deleted"
            )),
            "{err}"
        );
    }
    sync_ok(a);
    assert_same(&o);
    for env in [a, b] {
        for id in &v {
            assert_eq!(files_of(env, id), Vec::<PathBuf>::new(), "{id}");
        }
        let list = env.ok(&["visit", "list", "--format", "csv"]);
        assert_eq!(list.lines().count(), 1, "{list}");
    }
}

#[test]
fn a_follow_up_re_dated_across_months_keeps_the_other_office_s_edit() {
    let o = Offices::new();
    let (a, b) = (&o.a, &o.b);
    let client = a.add_client("李娜", "13912345678", &["--category", "家庭保洁"]);
    let f = a
        .ok(&["followup", "log", &client, "--channel", "phone"])
        .trim()
        .to_string();
    assert!(f.starts_with("f-"), "{f}");
    sync_ok(a);
    sync_ok(b);
    one_file(a, &f, &format!("followups/2026-11/{f}.toml.age"));
    edit(a, "followup", &f, &["notes=客户说很满意"]);
    sync_ok(a);
    edit(b, "followup", &f, &["date=2026-10-30"]);
    let err = sync_ok(b);
    assert!(err.contains(&format!("{f}: re-dated")), "{err}");
    let file = one_file(b, &f, &format!("followups/2026-10/{f}.toml.age"));
    if have_age() {
        let text = age_decrypt(&b.key, &file);
        assert!(
            text.contains("2026-10-30") && text.contains("客户说很满意"),
            "{text}"
        );
    }
    sync_ok(a);
    assert_same(&o);
    one_file(a, &f, &format!("followups/2026-10/{f}.toml.age"));
}

#[test]
fn a_store_a_plain_git_pull_left_with_one_id_twice_warns_and_sync_settles_it() {
    let (o, v) = shared_visits(2);
    let (a, b) = (&o.a, &o.b);
    edit(a, "visit", &v[0], &["date=2026-09-20", "notes=改期"]);
    edit(a, "visit", &v[1], &["notes=带吸尘器"]);
    sync_ok(a);
    edit(b, "visit", &v[0], &["date=2026-11-03", "price=300"]);
    edit(b, "visit", &v[1], &["date=2026-11-04"]);
    // The second visit stops git (modify/delete): the merge is under way, and the
    // record lies at two paths in the work tree.
    let pulled = crate::offices::git(b, &b.store, &["pull", "--no-rebase", "-q"]);
    assert!(!pulled.status.success());
    let out = b.run(&["visit", "list"]);
    let err = String::from_utf8_lossy(&out.stderr);
    let warning = format!("{} is filed at 2 paths", v[1]);
    assert!(err.contains(&warning), "{err}");
    assert_eq!(err.matches(&warning).count(), 1, "once: {err}");
    assert!(
        err.contains("run `hk sync`") && err.contains("`git merge --abort`"),
        "{err}"
    );
    let err = b.fails(1, &["sync"]);
    assert!(err.contains("a merge is already in progress"), "{err}");
    assert!(err.contains("`git merge --abort`"), "{err}");
    git_ok(b, &b.store, &["merge", "--abort"]);

    // A plain `git pull` now makes only the first visit's clash, which git merges
    // "cleanly": two files with one id, committed.
    edit(b, "visit", &v[1], &["date=2026-10-15"]);
    let pulled = crate::offices::git(b, &b.store, &["pull", "--no-rebase", "-q", "--no-edit"]);
    assert!(
        pulled.status.success(),
        "{}",
        String::from_utf8_lossy(&pulled.stderr)
    );
    assert_eq!(files_of(b, &v[0]).len(), 2);
    let out = b.run(&["visit", "list", "--format", "csv"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{} is filed at 2 paths", v[0])) && err.contains("run `hk sync`"),
        "{err}"
    );
    let err = b.fails(1, &["sync"]);
    assert!(
        err.contains(&format!(
            "{}: filed at two paths by an earlier merge; merged",
            v[0]
        )),
        "{err}"
    );
    one_file(b, &v[0], &format!("visits/2026-11/{}.toml.age", v[0]));
    let s = shown(b, &v[0]);
    assert!(s.contains("改期") && s.contains("300"), "{s}");
    let out = b.run(&["visit", "list"]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("filed at"));
    assert_eq!(b.git(&["status", "--porcelain"]), "");
    b.ok(&["resolve", &v[0], "date", "--ours"]);
    exchange(&o);
    one_file(a, &v[0], &format!("visits/2026-11/{}.toml.age", v[0]));
}

#[test]
fn a_moved_record_that_cannot_be_merged_undoes_the_merge_and_names_it() {
    let (o, v) = shared_visits(1);
    let (a, b) = (&o.a, &o.b);
    edit(a, "visit", &v[0], &["date=2026-09-20"]);
    // A's new version is damaged (a bad copy from another tool, say).
    let moved = format!("visits/2026-09/{}.toml.age", v[0]);
    std::fs::write(a.store.join(&moved), b"not an age file").unwrap();
    git_ok(a, &a.store, &["commit", "-q", "-am", "damaged"]);
    git_ok(a, &a.store, &["push", "-q"]);
    edit(b, "visit", &v[0], &["notes=阿姨提前到"]);
    let head = b.git(&["rev-parse", "HEAD"]);
    let before = b.snapshot();
    let err = b.fails(1, &["sync"]);
    assert!(
        err.contains("cannot pair the versions of a re-dated record")
            && err.contains(&v[0])
            && err.contains("the merge was undone"),
        "{err}"
    );
    assert!(err.contains("nothing was lost"), "{err}");
    assert_eq!(b.git(&["rev-parse", "HEAD"]), head);
    assert!(!b.store.join(".git/MERGE_HEAD").exists());
    assert_eq!(b.git(&["status", "--porcelain"]), "");
    assert_eq!(b.snapshot(), before, "B's edit is still there");
    assert!(shown(b, &v[0]).contains("阿姨提前到"));
}

#[test]
fn a_record_a_plain_git_pull_rebase_left_twice_is_settled_by_sync() {
    let (o, v) = shared_visits(1);
    let (a, b) = (&o.a, &o.b);
    edit(a, "visit", &v[0], &["date=2026-09-20", "notes=改期"]);
    sync_ok(a);
    edit(b, "visit", &v[0], &["date=2026-11-03", "price=300"]);
    let pulled = crate::offices::git(b, &b.store, &["pull", "--rebase", "-q"]);
    assert!(
        pulled.status.success(),
        "{}",
        String::from_utf8_lossy(&pulled.stderr)
    );
    assert_eq!(
        b.git(&["log", "-1", "--format=%P"])
            .split_whitespace()
            .count(),
        1
    );
    assert_eq!(files_of(b, &v[0]).len(), 2);
    let err = b.fails(1, &["sync"]);
    assert!(
        err.contains(&format!(
            "{}: filed at two paths by an earlier merge; merged by its id, now `visits/2026-11/",
            v[0]
        )) && err.contains("with conflicts on `date`"),
        "{err}"
    );
    // Both offices' other changes are kept: the common version is the one before
    // either move, not one of the moved ones.
    let s = shown(b, &v[0]);
    assert!(s.contains("改期") && s.contains("300"), "{s}");
    assert_eq!(
        b.ok(&["conflicts", "--format", "csv"]),
        format!(
            "record,field,base,ours,theirs\n{},date,2026-10-15,2026-11-03,2026-09-20\n",
            v[0]
        )
    );
    b.ok(&["resolve", &v[0], "date", "--theirs"]);
    exchange(&o);
    one_file(a, &v[0], &format!("visits/2026-09/{}.toml.age", v[0]));
}

#[test]
fn a_record_filed_twice_that_cannot_be_merged_is_named_and_left_as_it_is() {
    let (o, v) = shared_visits(1);
    let (a, b) = (&o.a, &o.b);
    edit(a, "visit", &v[0], &["date=2026-09-20"]);
    sync_ok(a);
    edit(b, "visit", &v[0], &["date=2026-11-03"]);
    git_ok(b, &b.store, &["pull", "--no-rebase", "-q", "--no-edit"]);
    // One of the two files is damaged (a bad copy from another tool, say).
    let damaged = format!("visits/2026-09/{}.toml.age", v[0]);
    std::fs::write(b.store.join(&damaged), b"not an age file").unwrap();
    git_ok(b, &b.store, &["commit", "-q", "-am", "damaged"]);
    let head = b.git(&["rev-parse", "HEAD"]);
    let before = b.snapshot();
    let err = b.fails(1, &["sync"]);
    assert!(
        err.contains("cannot settle a record filed at two paths")
            && err.contains(&v[0])
            && err.contains(&damaged)
            && err.contains("nothing was changed"),
        "{err}"
    );
    assert!(err.contains("`git rm FILE`"), "{err}");
    assert_eq!(b.git(&["rev-parse", "HEAD"]), head);
    assert_eq!(b.snapshot(), before);
    assert_eq!(b.git(&["status", "--porcelain"]), "");
}
