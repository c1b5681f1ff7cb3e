//! One office's first day, through the real binary: init, intake, lookup, tagging.

use crate::common::TestEnv;

#[test]
fn intake_lookup_and_tagging() {
    let env = TestEnv::new();
    let wang = env.add_client(
        "王秀英",
        "+86 138-1234-5678",
        &[
            "--category",
            "家庭保洁",
            "--tag",
            "宠物/猫",
            "--address",
            "上海市浦东新区张江路88号",
        ],
    );
    assert!(wang.starts_with("c-") && wang.len() == 10, "{wang}");
    let li = env.add_client("李娜", "139 0000 1111", &["--category", "nanny"]);

    let list = env.ok(&["client", "list", "--format", "csv"]);
    assert_eq!(
        list,
        format!(
            "id,name,phone,categories,tags,source,stage\n{li},李娜,13900001111,nanny,,,lead\n{wang},王秀英,13812345678,house-cleaning,宠物/猫,,lead\n"
        )
    );
    // Hierarchical tags: 宠物 finds 宠物/猫.
    let pets = env.ok(&["client", "list", "--tag", "宠物", "--format", "csv"]);
    assert!(pets.contains(&wang) && !pets.contains(&li));
    // Lookup by id prefix, phone in another spelling, and name.
    for q in [&wang[..5], "138 1234 5678", "王秀英"] {
        let shown = env.ok(&["client", "show", q, "--format", "json"]);
        assert!(shown.contains(&wang), "{q}: {shown}");
    }
    env.ok(&["client", "tag", &li, "老人", "--category", "月嫂服务"]);
    let json = env.ok(&["client", "show", &li, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["tags"], serde_json::json!(["老人"]));
    assert_eq!(
        v["categories"],
        serde_json::json!(["nanny", "maternity-nurse"])
    );
    env.ok(&["client", "untag", &li, "老人", "--category", "nanny"]);
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["client", "show", &li, "--format", "json"])).unwrap();
    assert_eq!(v["tags"], serde_json::json!([]));
    assert_eq!(v["categories"], serde_json::json!(["maternity-nurse"]));
}
