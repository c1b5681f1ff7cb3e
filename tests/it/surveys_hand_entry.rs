//! Surveys entered by hand with `hk survey add`, through the real binary: each answer
//! given by flag is recorded. The helpers are in `surveys`.

use crate::common::TestEnv;
use crate::surveys::{date_of, refused, scores, scores_of, str_of, survey, survey_files};

#[test]
fn survey_add_records_each_answer_given_by_flag() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13800138001", &["--category", "家庭保洁"]);
    let li = env.add_client("李娜", "13900139002", &["--category", "保姆照顾"]);
    let v_wang = env.ok(&[
        "visit",
        "add",
        &wang,
        "--date",
        "2026-11-01",
        "--staff",
        "刘阿姨",
    ]);
    let v_wang = v_wang.trim();
    let v_li = env.ok(&["visit", "add", &li, "--date", "2026-11-02"]);
    let v_li = v_li.trim();

    // Every flag, by name.
    let out = env.ok(&[
        "survey",
        "add",
        "王秀英",
        "--date",
        "2026/11/20",
        "--visit",
        v_wang,
        "--channel",
        "interview",
        "--overall",
        "5",
        "--attitude",
        "4",
        "--cleanliness",
        "3",
        "--punctuality",
        "2",
        "--value",
        "1",
        "--nps",
        "9",
        "--comment",
        "阿姨很细心",
    ]);
    let id = out.trim();
    assert_eq!(out, format!("{id}\n"), "the new id alone");
    assert!(id.starts_with("s-") && id.len() == 10, "{id}");
    let t = survey(&env, id);
    assert!(survey_files(&env)[id].ends_with(format!("surveys/2026-11/{id}.toml.age")));
    assert_eq!(str_of(&t, "client"), Some(wang.as_str()));
    assert_eq!(date_of(&t), "2026-11-20");
    assert_eq!(str_of(&t, "channel"), Some("interview"));
    assert_eq!(str_of(&t, "visit"), Some(v_wang));
    assert_eq!(
        scores_of(&t),
        scores(&[
            ("overall", 5),
            ("attitude", 4),
            ("cleanliness", 3),
            ("punctuality", 2),
            ("value", 1)
        ])
    );
    assert_eq!(t["nps"].as_integer(), Some(9));
    assert_eq!(str_of(&t, "comment"), Some("阿姨很细心"));
    assert_eq!(str_of(&t, "source_file"), None, "typed by hand");

    // By phone, `--score DIM=N`, NPS 0, no date (today), default channel.
    let id2 = env.ok(&[
        "survey",
        "add",
        "139 0013 9002",
        "--score",
        "value=4",
        "--score",
        "punctuality=5",
        "--nps",
        "0",
    ]);
    let t = survey(&env, id2.trim());
    assert_eq!(str_of(&t, "client"), Some(li.as_str()));
    assert_eq!(date_of(&t), "2026-11-22");
    assert_eq!(str_of(&t, "channel"), Some("phone"));
    assert_eq!(scores_of(&t), scores(&[("value", 4), ("punctuality", 5)]));
    assert_eq!(t["nps"].as_integer(), Some(0));

    // A comment alone is an answer.
    let id3 = env.ok(&[
        "survey",
        "add",
        &wang,
        "--date",
        "today",
        "--comment",
        "想换个时间",
    ]);
    let t = survey(&env, id3.trim());
    assert!(scores_of(&t).is_empty() && t.get("nps").is_none(), "{t:?}");
    assert_eq!(str_of(&t, "comment"), Some("想换个时间"));
    assert_eq!(survey_files(&env).len(), 3);

    // Bad values: a usage error naming the flag, nothing written.
    let base = ["survey", "add", wang.as_str()];
    let cases: &[(&[&str], &[&str])] = &[
        (&["--overall", "6"], &["`--overall`"]),
        (&["--overall", "0"], &["`--overall`"]),
        (&["--attitude", "abc"], &["`--attitude`"]),
        (&["--value", "4.5"], &["`--value`"]),
        (&["--nps", "11"], &["`--nps`"]),
        (&["--nps", "ten"], &["`--nps`"]),
        (&["--score", "foo=3"], &["`--score`", "foo"]),
        (&["--score", "overall"], &["`--score`"]),
        (&["--score", "cleanliness=9"], &["`--score`"]),
        (&["--overall", "4", "--date", "2026-11-23"], &["`--date`"]),
        (&["--overall", "4", "--date", "tomorrow"], &["`--date`"]),
        (&["--overall", "4", "--date", "2026-02-30"], &["`--date`"]),
        (&["--overall", "4", "--channel", "fax"], &["`--channel`"]),
        (&["--overall", "4", "--visit", v_li], &["`--visit`", v_li]),
        (&[], &["--nps", "--comment"]),
        (&["--comment", "  "], &["--comment"]),
        (&["--date", "2026-11-01"], &["--nps"]),
    ];
    for (extra, expect) in cases {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        refused(&env, Some(2), &args, expect);
    }
    // A visit or client that does not exist is a failure, not a usage error.
    refused(
        &env,
        Some(1),
        &[
            "survey",
            "add",
            &wang,
            "--overall",
            "4",
            "--visit",
            "v-zzzzzzzz",
        ],
        &["v-zzzzzzzz"],
    );
    refused(
        &env,
        Some(1),
        &["survey", "add", "13311112222", "--overall", "4"],
        &[],
    );
    assert_eq!(survey_files(&env).len(), 3);
}
