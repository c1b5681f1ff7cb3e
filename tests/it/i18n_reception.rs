//! The reception area in Chinese (`--lang zh`): inquiries, prepaid packages, messages
//! to clients and the audit log. Errors, hints and status lines come out in Chinese,
//! still naming records by id (never a person's name or phone), with the same exit
//! codes as in English; CSV and JSON are byte for byte the same in both languages.

use crate::common::TestEnv;

#[test]
fn inquiries_in_chinese() {
    let env = TestEnv::with_git();
    // A channel the config does not know: a usage error naming the flag and the list.
    let (zh, en) = env.refused_in_both(
        2,
        &["inquiry", "add", "--channel", "飞鸽", "--name", "陈静"],
    );
    assert!(zh.contains("`--channel`"), "{zh}");
    assert!(zh.contains("不是已知的渠道"), "{zh}");
    assert!(zh.contains("提示：这些列表在 `.hk/config.toml`"), "{zh}");
    assert!(!zh.contains("陈静"), "no name in an error: {zh}");
    assert!(en.contains("is not a channel"), "{en}");
    // Lost without a reason.
    let (zh, _) = env.refused_in_both(
        2,
        &["inquiry", "add", "--channel", "美团", "--outcome", "lost"],
    );
    assert!(zh.contains("缺少流失原因"), "{zh}");
    assert!(zh.contains("`--outcome lost --reason 原因`"), "{zh}");

    let (id, err) = env.zh_ok(&[
        "inquiry",
        "add",
        "--channel",
        "美团",
        "--name",
        "陈静",
        "--phone",
        "13912345678",
        "--category",
        "月嫂服务",
        "--date",
        "2026-11-10",
    ]);
    let id = id.trim().to_string();
    assert!(id.starts_with("i-"), "{id}");
    assert_eq!(err.trim(), format!("咨询 {id}（meituan，跟进中）"));

    // Converted before it came in.
    let (zh, _) = env.refused_in_both(2, &["inquiry", "convert", &id, "--date", "2026-11-01"]);
    assert!(
        zh.contains("`--date`：2026-11-01 早于咨询进来的日期（2026-11-10）"),
        "{zh}"
    );
    let (client, err) = env.zh_ok(&["inquiry", "convert", &id, "--date", "2026-11-12"]);
    let client = client.trim().to_string();
    assert_eq!(err.trim(), format!("咨询 {id} 已转为新客户 {client}"));
    let (zh, _) = env.refused_in_both(1, &["inquiry", "convert", &id]);
    assert!(
        zh.contains(&format!(
            "咨询 {id} 已于 2026-11-12 转为客户 {client}；未做任何更改"
        )),
        "{zh}"
    );
    assert!(
        zh.contains(&format!("提示：用 `hk client show {client}` 查看该客户")),
        "{zh}"
    );
    assert!(!zh.contains("陈静") && !zh.contains("13912345678"), "{zh}");

    // --set of the link is refused.
    let (zh, _) = env.refused_in_both(2, &["inquiry", "edit", &id, "--set", "client=c-1"]);
    assert!(zh.contains("`hk inquiry convert ID [--client C]`"), "{zh}");

    let (_, err) = env.zh_ok(&["inquiry", "list", "--due-within", "30"]);
    assert!(
        err.contains("0 条跟进中的咨询希望在 30 天内开始服务"),
        "{err}"
    );
    for format in ["csv", "json"] {
        env.same_in_both(&["--format", format, "inquiry", "list"]);
        env.same_in_both(&["--format", format, "inquiry", "show", &id]);
    }
}

#[test]
fn packages_in_chinese() {
    let env = TestEnv::new();
    let c = env.add_client("王秀英", "13812345678", &["--category", "house-cleaning"]);
    // A bad amount, and a visits card without a service for a client with none.
    let (zh, _) = env.refused_in_both(
        2,
        &[
            "package", "add", &c, "--kind", "visits", "--face", "十", "--paid", "500",
        ],
    );
    assert!(zh.contains("`--face`：`十` 不是次数"), "{zh}");
    let (zh, _) = env.refused_in_both(
        2,
        &[
            "package",
            "add",
            &c,
            "--kind",
            "储值卡",
            "--face",
            "1.234",
            "--paid",
            "1",
        ],
    );
    assert!(zh.contains("最多两位小数（分）"), "{zh}");

    let (k, err) = env.zh_ok(&[
        "package",
        "add",
        &c,
        "--kind",
        "次卡",
        "--face",
        "1",
        "--paid",
        "280",
        "--date",
        "2026-10-01",
    ]);
    let k = k.trim().to_string();
    assert_eq!(err.trim(), format!("已添加套餐卡 {k}（visits，余额 1 次）"));
    env.zh_ok(&["visit", "add", &c, "--date", "2026-10-10", "--package", &k]);
    // The card is empty now: refused whole, in Chinese, with the same exit code.
    let (zh, en) = env.refused_in_both(
        1,
        &["visit", "add", &c, "--date", "2026-10-20", "--package", &k],
    );
    assert!(
        zh.contains(&format!("套餐卡 {k} 余额 0 次，不够 1 次（未扣除）")),
        "{zh}"
    );
    assert!(
        zh.contains(&format!("提示：未写入任何内容；`hk package show {k}`")),
        "{zh}"
    );
    assert!(en.contains("holds 0 visits; 1 visits is more"), "{en}");
    assert!(!zh.contains("王秀英"), "{zh}");
    // More than the balance cannot be refunded either.
    let (zh, _) = env.refused_in_both(1, &["package", "refund", &k, "--amount", "2"]);
    assert!(zh.contains("余额 0 次，不够 2 次"), "{zh}");

    let (s, err) = env.zh_ok(&[
        "package",
        "add",
        &c,
        "--kind",
        "储值卡",
        "--face",
        "2000",
        "--bonus",
        "200",
        "--paid",
        "2000",
    ]);
    let s = s.trim().to_string();
    assert_eq!(
        err.trim(),
        format!("已添加套餐卡 {s}（stored-value，余额 2200.00 元）")
    );
    let (_, err) = env.zh_ok(&[
        "package",
        "refund",
        &s,
        "--amount",
        "200",
        "--note",
        "客户退款",
    ]);
    assert_eq!(
        err.trim(),
        format!("已从套餐卡 {s} 退款 200.00 元；余额 2000.00 元")
    );
    for format in ["csv", "json"] {
        env.same_in_both(&["--format", format, "package", "list"]);
        env.same_in_both(&["--format", format, "package", "show", &s]);
    }
}

#[test]
fn messages_and_the_audit_log_in_chinese() {
    let env = TestEnv::new();
    let wang = env.add_client("王秀英", "13812345678", &["--category", "house-cleaning"]);
    let li = env
        .ok(&[
            "client",
            "add",
            "--name",
            "李娜",
            "--wechat",
            "lina88",
            "--category",
            "house-cleaning",
        ])
        .trim()
        .to_string();
    for c in [&wang, &li] {
        env.ok(&["visit", "add", c, "--date", "2026-11-23", "--time", "09:30"]);
    }
    let (out, err) = env.zh_ok(&["message", "reminders", "--tomorrow"]);
    assert!(out.contains("王秀英您好"), "{out}");
    assert!(err.contains("共 1 条消息"), "{err}");
    assert!(err.contains("1 位客户未列入：1 位没有电话"), "{err}");
    let csv = env.same_in_both(&["--format", "csv", "message", "reminders", "--tomorrow"]);
    assert!(csv.starts_with("phone,text\n13812345678,"), "{csv}");
    env.same_in_both(&["--format", "json", "message", "reminders", "--tomorrow"]);
    // The status line names the channel and outcome in Chinese too.
    let (_, err) = env.zh_ok(&["message", "reminders", "--tomorrow", "--log"]);
    assert!(err.contains("已记录 1 条回访（短信，已接通）"), "{err}");

    let (zh, _) = env.refused_in_both(2, &["message", "campaign", "--template", "care"]);
    assert!(
        zh.contains("`care` 不是营销活动模板；它由 `hk message care` 发送"),
        "{zh}"
    );
    let (zh, _) = env.refused_in_both(1, &["message", "campaign", "--template", "spring"]);
    assert!(
        zh.contains("`.hk/config.toml` 里没有模板 `spring`；营销活动模板：暂无"),
        "{zh}"
    );
    let (zh, _) = env.refused_in_both(
        2,
        &[
            "message",
            "reminders",
            "--tomorrow",
            "--log",
            "--channel",
            "phone",
        ],
    );
    assert!(
        zh.contains("只能通过 sms（短信）或 wechat（微信）发送"),
        "{zh}"
    );

    // The audit log names clients by id only.
    let (zh, _) = env.refused_in_both(2, &["audit", "list", "--client", "王秀英"]);
    assert!(zh.contains("`--client`：不是客户编号"), "{zh}");
    assert!(
        zh.contains("提示：用 `hk client list --search 关键词`"),
        "{zh}"
    );
    let (out, err) = env.zh_ok(&["audit", "list"]);
    assert!(err.contains("没有符合条件的审计记录"), "{out}{err}");
    env.same_in_both(&["--format", "csv", "audit", "list"]);
}

#[test]
fn the_help_of_the_reception_commands_is_in_chinese() {
    let env = TestEnv::bare();
    for (args, want) in [
        (&["inquiry", "--help"][..], "咨询：潜在客户的首次联系"),
        (&["inquiry", "add", "--help"][..], "姓名和电话可以不填"),
        (&["package", "refund", "--help"][..], "退还的次数（次卡）"),
        (&["message", "care", "--help"][..], "下次预计服务"),
        (&["audit", "list", "--help"][..], "列出审计日志"),
    ] {
        let (code, out, _) = env.run_in("zh", args);
        assert_eq!(code, 0, "{args:?}");
        assert!(out.contains(want), "{args:?}:\n{out}");
        assert!(out.contains("用法："), "{out}");
    }
}
