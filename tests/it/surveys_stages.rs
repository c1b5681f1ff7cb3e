//! The at-risk stage a poor survey answer brings (DESIGN §5), through the real binary.
//! The helpers are in `surveys`.

use crate::common::TestEnv;
use crate::surveys::{csv, csv_column, import};
use std::collections::BTreeSet;

/// The ids in the first column of a CSV listing.
fn id_set(list: &str) -> BTreeSet<String> {
    csv_column(list, "id").into_iter().collect()
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

/// A poor answer (NPS ≤ 6 or overall ≤ 2) since the last done visit makes a client
/// at-risk and shows in `hk survey list --low`; a later good answer, or a later
/// visit, clears it. A poor answer before the last visit is forgotten, and a new
/// client stays new (DESIGN §5: first match wins).
#[test]
fn a_poor_answer_after_the_last_visit_makes_the_client_at_risk() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13800138001", &["--category", "家庭保洁"]);
    let li = env.add_client("李娜", "13900139002", &["--category", "家庭保洁"]);
    let zhang = env.add_client("张丽", "13500135003", &["--category", "家庭保洁"]);
    let zhao = env.add_client("赵敏", "13600003333", &["--category", "家庭保洁"]);
    for (c, dates) in [
        (&wang, &["2026-09-01", "2026-11-01"][..]),
        (&li, &["2026-09-05", "2026-11-02"][..]),
        (&zhang, &["2026-11-10"][..]),
        (&zhao, &["2026-09-03", "2026-11-03"][..]),
    ] {
        for d in dates {
            env.ok(&["visit", "add", c, "--date", d, "--staff", "刘阿姨"]);
        }
    }
    let stage = |s: &str| id_set(&csv(&env, &["client", "list", "--stage", s]));
    assert_eq!(stage("active"), set(&[&wang, &li, &zhao]));
    assert_eq!(stage("new"), set(&[&zhang]));
    assert!(stage("at-risk").is_empty());

    // 王: NPS 6 with overall 4 (a detractor); 李: overall 2 with NPS 9; 张: both
    // poor, but new; 赵: a poor answer before the last visit, then a passive one
    // (overall 3, NPS 7) after it.
    let file = env.write(
        "answers.csv",
        "phone,date,overall,nps,comment\n\
         13800138001,2026-11-10,4,6,阿姨迟到\n\
         13900139002,2026-11-12,2,9,\n\
         13500135003,2026-11-13,1,0,很差\n\
         13600003333,2026-10-01,1,0,\n\
         13600003333,2026-11-05,3,7,\n"
            .as_bytes(),
    );
    let (new, _) = import(&env, &file, &[]);
    assert_eq!(new.len(), 5);
    assert_eq!(stage("at-risk"), set(&[&wang, &li]));
    assert_eq!(stage("new"), set(&[&zhang]));
    assert_eq!(stage("active"), set(&[&zhao]));

    // The service-recovery list: every poor answer, not the passive one.
    let low = csv(&env, &["survey", "list", "--low"]);
    assert_eq!(
        csv_column(&low, "client"),
        vec![zhao.clone(), wang.clone(), li.clone(), zhang.clone()],
        "{low}"
    );
    assert_eq!(
        csv_column(&low, "date"),
        vec!["2026-10-01", "2026-11-10", "2026-11-12", "2026-11-13"]
    );
    let all = csv(&env, &["survey", "list"]);
    assert_eq!(csv_column(&all, "id").len(), 5);

    // 王 answers again, happily: active. 李 has another visit: active.
    env.ok(&[
        "survey",
        "add",
        &wang,
        "--date",
        "2026-11-20",
        "--overall",
        "5",
        "--nps",
        "9",
    ]);
    assert_eq!(stage("at-risk"), set(&[&li]));
    env.ok(&[
        "visit",
        "add",
        &li,
        "--date",
        "2026-11-21",
        "--staff",
        "陈阿姨",
    ]);
    assert!(stage("at-risk").is_empty());
    assert_eq!(stage("active"), set(&[&wang, &li, &zhao]));
    let low_after = csv(&env, &["survey", "list", "--low"]);
    assert!(
        !csv_column(&low_after, "date").contains(&"2026-11-20".to_string()),
        "a happy answer is listed as low\n{low_after}"
    );

    // A detractor typed by hand on the day of the last visit counts too.
    env.ok(&["survey", "add", &li, "--date", "2026-11-21", "--nps", "3"]);
    assert_eq!(stage("at-risk"), set(&[&li]));
}
