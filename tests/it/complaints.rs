//! Complaints (投诉, DESIGN §11) at the binary level: the story of a damaged vase from
//! the complaint to the compensation and the client's verdict, the deadlines read
//! from `HK_NOW` as a moment, and bad input refused with nothing written.

use crate::common::TestEnv;

fn json(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&env.at(now, &all)).unwrap()
}

/// `hk complaint show` as JSON.
fn shown(env: &TestEnv, now: &str, id: &str) -> serde_json::Value {
    json(env, now, &["complaint", "show", id])
}

/// A client with a done cleaning by 张阿姨 on 2026-11-18, and her complaint about the
/// vase taken in on 2026-11-20 at 10:00.
fn vase(env: &TestEnv) -> (String, String, String) {
    let c = env.add_client("王秀英", "13812345678", &["--category", "house-cleaning"]);
    let v = env.at(
        "2026-11-18T16:00:00+08:00",
        &[
            "visit",
            "add",
            &c,
            "--date",
            "2026-11-18",
            "--staff",
            "张阿姨",
            "--price",
            "200",
        ],
    );
    let v = v.trim().to_string();
    let t = env.at(
        "2026-11-20T10:00:00+08:00",
        &[
            "complaint",
            "add",
            &c,
            "--type",
            "物品损坏",
            "--visit",
            &v,
            "--channel",
            "phone",
            "--note",
            "阿姨擦柜子时打碎了客厅的青花瓷花瓶",
        ],
    );
    (c, v, t.trim().to_string())
}

#[test]
fn the_vase_from_complaint_to_compensation_to_verdict() {
    let env = TestEnv::with_git();
    let (c, v, t) = vase(&env);
    assert!(t.starts_with("t-") && t.len() == 10, "{t}");
    let show = shown(&env, "2026-11-20T10:00:00+08:00", &t);
    assert_eq!(show["client"], c.as_str());
    assert_eq!(show["visit"], v.as_str());
    assert_eq!(
        show["type"], "damage",
        "the label was taken, the key is kept"
    );
    assert_eq!(show["priority"], "high", "damage is high by default");
    assert_eq!(show["status"], "open");
    assert_eq!(show["category"], "house-cleaning");
    assert_eq!(show["staff"][0], "张阿姨");
    assert_eq!(show["first_response_due"], "2026-11-20T14:00:00+08:00");
    assert_eq!(show["resolution_due"], "2026-11-22T10:00:00+08:00");

    // At 14:00 the first response is not late yet; one second later it is.
    let list = |now: &str, extra: &[&str]| {
        let mut args = vec!["complaint", "list"];
        args.extend_from_slice(extra);
        json(&env, now, &args)
    };
    assert_eq!(
        list("2026-11-20T14:00:00+08:00", &["--overdue"]),
        serde_json::json!([])
    );
    let late = list("2026-11-20T14:00:01+08:00", &["--overdue"]);
    assert_eq!(late[0]["id"], t.as_str());
    assert_eq!(late[0]["overdue"], true);

    env.at(
        "2026-11-20T15:30:00+08:00",
        &["complaint", "log", &t, "--contact", "致电道歉，耐心倾听"],
    );
    env.at(
        "2026-11-20T15:40:00+08:00",
        &["complaint", "assign", &t, "李经理"],
    );
    env.at(
        "2026-11-20T16:00:00+08:00",
        &["complaint", "log", &t, "--action", "上门查看，拍照留存"],
    );
    let show = shown(&env, "2026-11-20T16:00:00+08:00", &t);
    assert_eq!(show["status"], "in-progress");
    assert_eq!(show["assignee"], "李经理");
    assert_eq!(show["first_response"], "2026-11-20T15:30:00+08:00");
    assert_eq!(
        show["overdue"], false,
        "the contact came, late, but it came"
    );
    assert_eq!(show["log"].as_array().unwrap().len(), 2);
    assert!(
        list("2026-11-20T16:00:00+08:00", &["--overdue"])
            .as_array()
            .unwrap()
            .is_empty()
    );

    env.at(
        "2026-11-21T11:00:00+08:00",
        &[
            "complaint",
            "resolve",
            &t,
            "--resolution",
            "按原价赔偿花瓶，另赠一次保洁",
            "--cause",
            "擦拭高处前未挪开易碎品",
            "--compensation",
            "refund:380.50",
        ],
    );
    env.at(
        "2026-11-24T10:00:00+08:00",
        &[
            "complaint",
            "close",
            &t,
            "--verdict",
            "满意",
            "--score",
            "4",
        ],
    );
    let show = shown(&env, "2026-11-24T10:00:00+08:00", &t);
    assert_eq!(show["status"], "closed");
    assert_eq!(show["resolved"], "2026-11-21T11:00:00+08:00");
    assert_eq!(show["compensation_kind"], "refund");
    assert_eq!(
        show["compensation"], 380.5,
        "a JSON number, exact to the fen"
    );
    assert_eq!(show["verdict"], "satisfied");
    assert_eq!(show["score"], 4);

    // One commit per write, ids only in the messages.
    let log = env.git(&["log", "--format=%s"]);
    let subjects: Vec<&str> = log.lines().take(6).collect();
    assert_eq!(
        subjects,
        [
            format!("complaint close {t}"),
            format!("complaint resolve {t}"),
            format!("complaint log {t}"),
            format!("complaint assign {t}"),
            format!("complaint log {t}"),
            format!("complaint add {t} ({c})"),
        ]
    );
    assert!(!log.contains("王秀英") && !log.contains("花瓶"));
    // The file is under the month it was opened, named by its id alone.
    let month = env
        .store
        .join("complaints/2026-11")
        .join(format!("{t}.toml.age"));
    assert!(month.is_file());
    // The table shows labels and the log.
    let table = env.at("2026-11-24T10:00:00+08:00", &["complaint", "show", &t]);
    assert!(
        table.contains("物品损坏") && table.contains("上门查看"),
        "{table}"
    );
}

#[test]
fn bad_input_is_refused_by_flag_and_writes_nothing() {
    let env = TestEnv::with_git();
    let (c, _, t) = vase(&env);
    let err = env.refused(2, &["complaint", "add", &c, "--type", "花瓶"]);
    assert!(
        err.contains("`--type`") && err.contains("damage (物品损坏)"),
        "{err}"
    );
    let err = env.refused(
        2,
        &[
            "complaint",
            "resolve",
            &t,
            "--resolution",
            "赔偿",
            "--compensation",
            "refund:-50",
        ],
    );
    assert!(
        err.contains("`--compensation`") && err.contains("negative"),
        "{err}"
    );
    let err = env.refused(2, &["complaint", "close", &t, "--verdict", "satisfied"]);
    assert!(err.contains("`--verdict`") && err.contains("open"), "{err}");
    assert!(err.contains("hint: resolve it first"), "{err}");
    env.refused(
        2,
        &[
            "complaint",
            "add",
            &c,
            "--type",
            "late",
            "--priority",
            "asap",
        ],
    );
    env.refused(2, &["complaint", "log", &t]);
    env.refused(2, &["complaint", "log", &t, "--note", " "]);
    env.refused(1, &["complaint", "reopen", &t]);

    env.ok(&["complaint", "close", &t]);
    let err = env.refused(1, &["complaint", "resolve", &t, "--resolution", "赔偿"]);
    assert!(
        err.contains("closed") && err.contains("hint: reopen it first"),
        "{err}"
    );
    assert!(!err.contains("王秀英"));
    env.refused(1, &["complaint", "show", "t-zzzz"]);
    env.refused(2, &["complaint", "show", "c-zzzz"]);
}

#[test]
fn safety_is_urgent_and_a_reopen_keeps_the_deadlines() {
    let env = TestEnv::new();
    let c = env.add_client("李建国", "13900001111", &[]);
    let t = env.at(
        "2026-11-20T10:00:00+08:00",
        &[
            "complaint",
            "add",
            &c,
            "--type",
            "late",
            "--safety",
            "--priority",
            "low",
        ],
    );
    let t = t.trim();
    let show = shown(&env, "2026-11-20T10:00:00+08:00", t);
    assert_eq!(show["priority"], "urgent");
    assert_eq!(show["safety"], true);
    assert_eq!(show["first_response_due"], "2026-11-20T11:00:00+08:00");
    assert_eq!(show["resolution_due"], "2026-11-21T10:00:00+08:00");
    env.at(
        "2026-11-20T10:30:00+08:00",
        &["complaint", "log", t, "--contact", "已回电"],
    );
    env.at(
        "2026-11-20T18:00:00+08:00",
        &["complaint", "resolve", t, "--resolution", "更换插座"],
    );
    env.at("2026-11-22T09:00:00+08:00", &["complaint", "reopen", t]);
    let show = shown(&env, "2026-11-22T09:00:00+08:00", t);
    assert_eq!(show["status"], "open");
    assert_eq!(show["reopened"], 1);
    assert_eq!(
        show["resolution_due"], "2026-11-21T10:00:00+08:00",
        "original deadline"
    );
    assert_eq!(show["overdue"], true);
    let open = json(
        &env,
        "2026-11-22T09:00:00+08:00",
        &["complaint", "list", "--open", "--priority", "urgent"],
    );
    assert_eq!(open[0]["id"], t);
}

#[test]
fn similar_and_search_find_resolved_complaints_with_their_resolutions() {
    let env = TestEnv::new();
    let (c, _, vase) = vase(&env);
    env.at(
        "2026-11-21T11:00:00+08:00",
        &[
            "complaint",
            "resolve",
            &vase,
            "--resolution",
            "照价赔偿花瓶",
            "--compensation",
            "refund:380",
        ],
    );
    let late = env.at(
        "2026-11-21T12:00:00+08:00",
        &[
            "complaint",
            "add",
            &c,
            "--type",
            "late",
            "--note",
            "迟到半小时",
        ],
    );
    let late = late.trim();
    env.at(
        "2026-11-21T13:00:00+08:00",
        &[
            "complaint",
            "resolve",
            late,
            "--resolution",
            "道歉，下次九折",
        ],
    );
    let new = env.at(
        "2026-11-22T09:00:00+08:00",
        &[
            "complaint",
            "add",
            &c,
            "--type",
            "quality",
            "--note",
            "花瓶底下没擦干净",
        ],
    );
    let new = new.trim();

    let similar = json(
        &env,
        "2026-11-22T09:00:00+08:00",
        &["complaint", "similar", new],
    );
    let ids: Vec<&str> = similar
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [vase.as_str()],
        "shares 花瓶; the late one shares nothing and is of another type"
    );
    assert_eq!(similar[0]["resolution"], "照价赔偿花瓶");
    assert_eq!(similar[0]["compensation"], 380.0);

    let found = json(
        &env,
        "2026-11-22T09:00:00+08:00",
        &["complaint", "search", "迟到"],
    );
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_eq!(found[0]["id"], late);
    let none = json(
        &env,
        "2026-11-22T09:00:00+08:00",
        &["complaint", "search", "没擦干净"],
    );
    assert_eq!(
        none,
        serde_json::json!([]),
        "the open complaint is not in the knowledge base yet"
    );
}

#[test]
fn init_writes_playbooks_that_show_with_the_complaint_and_can_be_edited() {
    let env = TestEnv::with_git();
    for t in [
        "late", "quality", "damage", "attitude", "safety", "billing", "other",
    ] {
        let text = std::fs::read_to_string(env.store.join(format!("playbook/{t}.md"))).unwrap();
        for step in ["道歉", "倾听", "解决", "回访"] {
            assert!(text.contains(step), "{t}: {step}");
        }
    }
    assert!(
        env.git(&["ls-files", "playbook"])
            .contains("playbook/damage.md"),
        "committed in the clear"
    );
    let (_, _, t) = vase(&env);
    let table = env.at("2026-11-20T10:00:00+08:00", &["complaint", "show", &t]);
    assert!(
        table.contains("话术 Playbook · playbook/damage.md"),
        "{table}"
    );
    assert!(table.contains("# 物品损坏 处理话术"), "{table}");
    std::fs::write(
        env.store.join("playbook/damage.md"),
        "# 我们的做法\n先赔偿，再道歉。\n",
    )
    .unwrap();
    let show = shown(&env, "2026-11-20T10:00:00+08:00", &t);
    assert_eq!(show["playbook"], "# 我们的做法\n先赔偿，再道歉。\n");
    std::fs::remove_file(env.store.join("playbook/damage.md")).unwrap();
    let out = env.cmd().args(["complaint", "show", &t]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("write `playbook/damage.md`"));
}

#[test]
fn an_open_complaint_puts_the_client_at_risk_and_a_resolved_one_asks_for_a_call_back() {
    let env = TestEnv::new();
    let (c, _, t) = vase(&env);
    let stage = |now: &str| json(&env, now, &["client", "show", &c])["stage"].clone();
    assert_eq!(
        stage("2026-11-20T10:00:00+08:00"),
        "at-risk",
        "a new client who complains"
    );
    let at_risk = json(
        &env,
        "2026-11-20T10:00:00+08:00",
        &["client", "list", "--stage", "at-risk"],
    );
    assert_eq!(at_risk[0]["id"], c.as_str());

    // Before the resolution: the first follow-up, a week after the visit of 11-18.
    let due = |now: &str, on: &str| json(&env, now, &["followup", "due", "--on", on]);
    let first = due("2026-11-20T10:00:00+08:00", "2026-11-25");
    assert_eq!(first[0]["reason"], "first");
    assert_eq!(first[0]["due"], "2026-11-25");

    // Resolved on 11-21: the call-back on 11-24 comes before the first follow-up.
    env.at(
        "2026-11-21T11:00:00+08:00",
        &[
            "complaint",
            "resolve",
            &t,
            "--resolution",
            "赔偿",
            "--compensation",
            "refund:380",
        ],
    );
    assert_eq!(stage("2026-11-21T11:00:00+08:00"), "new");
    assert_eq!(
        due("2026-11-21T12:00:00+08:00", "2026-11-23"),
        serde_json::json!([])
    );
    let callback = due("2026-11-21T12:00:00+08:00", "2026-11-24");
    assert_eq!(callback[0]["client"], c.as_str());
    assert_eq!(callback[0]["reason"], "complaint");
    assert_eq!(callback[0]["due"], "2026-11-24");
    assert_eq!(
        callback[0]["category"], "house-cleaning",
        "the visit's service"
    );
    let show = json(&env, "2026-11-21T12:00:00+08:00", &["client", "show", &c]);
    assert_eq!(
        show["next_followup"],
        "2026-11-24 (complaint, house-cleaning)"
    );

    // The call is made: the complaint no longer asks; the periodic call follows.
    env.at(
        "2026-11-24T10:00:00+08:00",
        &[
            "followup",
            "log",
            &c,
            "--channel",
            "phone",
            "--note",
            "客户对赔偿满意",
        ],
    );
    let later = due("2026-11-24T10:00:00+08:00", "2027-03-01");
    assert_eq!(later[0]["reason"], "periodic");
    assert_eq!(later[0]["due"], "2027-02-24");

    // The timeline shows the complaint with its compensation.
    let table = env.at("2026-11-24T10:00:00+08:00", &["client", "show", &c]);
    assert!(
        table.contains(&t) && table.contains("complaint 投诉"),
        "{table}"
    );
    assert!(table.contains("refund 380.00"), "{table}");
}

#[test]
fn a_verdict_settles_the_call_back() {
    let env = TestEnv::new();
    let (c, _, t) = vase(&env);
    env.at(
        "2026-11-21T11:00:00+08:00",
        &["complaint", "resolve", &t, "--resolution", "赔偿"],
    );
    env.at(
        "2026-11-21T12:00:00+08:00",
        &["complaint", "close", &t, "--verdict", "satisfied"],
    );
    let due = json(
        &env,
        "2026-11-21T12:00:00+08:00",
        &["followup", "due", "--on", "2026-11-25"],
    );
    assert_eq!(due[0]["client"], c.as_str());
    assert_eq!(
        due[0]["reason"], "first",
        "the first follow-up, not a complaint call"
    );
}

#[test]
fn deleting_and_merging_clients_and_visits_take_complaints_along() {
    let env = TestEnv::with_git();
    let (c, v, t) = vase(&env);
    let err = env.refused(1, &["client", "delete", &c, "--yes"]);
    assert!(err.contains(&format!("1 complaint(s): {t}")), "{err}");
    env.ok(&["visit", "delete", &v, "--yes"]);
    let show = shown(&env, crate::common::NOW, &t);
    assert_eq!(
        show["visit"],
        serde_json::Value::Null,
        "the link is dropped, the complaint kept"
    );
    let keep = env.add_client("王秀英", "13912345678", &[]);
    env.ok(&["client", "merge", &keep, &c, "--yes"]);
    let show = shown(&env, crate::common::NOW, &t);
    assert_eq!(show["client"], keep.as_str());
}
