//! `hk report satisfaction` through the real binary, against figures worked out by hand
//! (DESIGN §6), for surveys added by hand and imported ones, grouped by their related
//! visits. The helpers are in `surveys`.

use crate::common::{TestEnv, fixture};
use crate::surveys::{PHONES, csv, fixture_clients, import, refused, survey_files, table_rows};

const REPORT_COLUMNS: &str = "responses,overall,attitude,cleanliness,punctuality,value,csat_pct,nps,promoters,passives,detractors";

/// A small store whose figures are worked out by hand.
///
/// Clients: 王秀英 A (家庭保洁, 保姆照顾), 李娜 B (月嫂服务), 张丽 C (no visit).
/// Visits (all done unless said):
///   v1 A 2026-08-10 家庭保洁 刘阿姨
///   v2 A 2026-10-05 保姆照顾 刘阿姨 + 陈阿姨
///   v3 A 2026-11-01 家庭保洁 陈阿姨, cancelled (never a related visit)
///   v4 A 2026-12-01 家庭保洁 陈阿姨, scheduled
///   v5 B 2026-09-01 … 2026-09-26 月嫂服务 王阿姨
/// Surveys (dimension order overall, attitude, cleanliness, punctuality, value):
///   s1 A 2026-10-20 phone     --visit v1 (not the later v2) 5,5,-,-,-  nps 10
///   s2 A 2026-10-10 online    → v2                           4,3,4,-,-  nps 8
///   s3 A 2026-11-05 paper     → v2 (v3 is cancelled)         2,-,-,-,-  nps 6
///   s4 B 2026-09-20 phone     → v5 (started by then)         3,-,-,-,2  no nps
///   s5 C 2026-10-20 interview → none                         -,-,-,-,-  nps 9, a comment
///   s6 B 2026-08-20 phone     → none (before v5)             5,-,-,-,-  nps 10
struct Figures {
    env: TestEnv,
}

impl Figures {
    fn new() -> Figures {
        let env = TestEnv::new();
        let a = env.add_client(
            "王秀英",
            "13800138001",
            &["--category", "家庭保洁", "--category", "保姆照顾"],
        );
        let b = env.add_client("李娜", "13900139002", &["--category", "月嫂服务"]);
        let c = env.add_client("张丽", "13500135003", &[]);
        let visit = |client: &str, extra: &[&str]| {
            let mut args = vec!["visit", "add", client];
            args.extend_from_slice(extra);
            env.ok(&args).trim().to_string()
        };
        let v1 = visit(
            &a,
            &[
                "--date",
                "2026-08-10",
                "--category",
                "家庭保洁",
                "--staff",
                "刘阿姨",
            ],
        );
        visit(
            &a,
            &[
                "--date",
                "2026-10-05",
                "--category",
                "保姆照顾",
                "--staff",
                "刘阿姨",
                "--staff",
                "陈阿姨",
            ],
        );
        visit(
            &a,
            &[
                "--date",
                "2026-11-01",
                "--category",
                "家庭保洁",
                "--staff",
                "陈阿姨",
                "--status",
                "cancelled",
            ],
        );
        visit(
            &a,
            &[
                "--date",
                "2026-12-01",
                "--category",
                "家庭保洁",
                "--staff",
                "陈阿姨",
            ],
        );
        visit(
            &b,
            &[
                "--date",
                "2026-09-01",
                "--end",
                "2026-09-26",
                "--staff",
                "王阿姨",
            ],
        );
        let add = |client: &str, extra: &[&str]| {
            let mut args = vec!["survey", "add", client];
            args.extend_from_slice(extra);
            env.ok(&args);
        };
        add(
            &a,
            &[
                "--date",
                "2026-10-20",
                "--channel",
                "phone",
                "--visit",
                v1.as_str(),
                "--overall",
                "5",
                "--attitude",
                "5",
                "--nps",
                "10",
            ],
        );
        add(
            &a,
            &[
                "--date",
                "2026-10-10",
                "--channel",
                "online",
                "--overall",
                "4",
                "--attitude",
                "3",
                "--cleanliness",
                "4",
                "--nps",
                "8",
            ],
        );
        add(
            &a,
            &[
                "--date",
                "2026-11-05",
                "--channel",
                "paper",
                "--overall",
                "2",
                "--nps",
                "6",
            ],
        );
        add(
            &b,
            &[
                "--date",
                "2026-09-20",
                "--channel",
                "phone",
                "--overall",
                "3",
                "--value",
                "2",
            ],
        );
        add(
            &c,
            &[
                "--date",
                "2026-10-20",
                "--channel",
                "interview",
                "--nps",
                "9",
                "--comment",
                "想了解月嫂",
            ],
        );
        add(
            &b,
            &[
                "--date",
                "2026-08-20",
                "--channel",
                "phone",
                "--overall",
                "5",
                "--nps",
                "10",
            ],
        );
        assert_eq!(survey_files(&env).len(), 6);
        Figures { env }
    }

    /// `hk report satisfaction extra… --format csv`, checked against `first` (the
    /// group column's name) and `rows`.
    fn check(&self, extra: &[&str], first: &str, rows: &[&str]) {
        let mut args = vec!["report", "satisfaction"];
        args.extend_from_slice(extra);
        let got = csv(&self.env, &args);
        let mut want = format!("{first},{REPORT_COLUMNS}\n");
        for r in rows {
            want.push_str(r);
            want.push('\n');
        }
        assert_eq!(got, want, "hk {args:?}");
    }
}

#[test]
fn the_satisfaction_report_matches_figures_worked_out_by_hand() {
    let f = Figures::new();

    // All six. overall 5,4,2,3,5 → 19/5 = 3.80; CSAT 3 of 5 (5,4,5) = 60.00;
    // attitude 5,3 → 4.00; cleanliness 4 → 4.00; punctuality never answered → empty;
    // value 2 → 2.00. NPS answers 10,8,6,9,10: promoters 3, passives 1, detractors 1
    // → 100 × (3 − 1) / 5 = 40.00.
    f.check(
        &[],
        "group",
        &["all,6,3.80,4.00,4.00,,2.00,60.00,40.00,3,1,1"],
    );

    // By staff: s1 → v1 (刘), s2 and s3 → v2 (刘 and 陈, each), s4 → v5 (王),
    // s5 and s6 → (none).
    // (none) s5,s6: overall 5 → 5.00, CSAT 1/1; NPS 9,10 → 2 promoters → 100.00.
    // 刘阿姨 s1,s2,s3: overall 5,4,2 → 11/3 = 3.67, CSAT 2/3 = 66.67; attitude 5,3 →
    //   4.00; cleanliness 4.00; NPS 10,8,6 → 1,1,1 → 0.00.
    // 王阿姨 s4: overall 3.00, value 2.00, CSAT 0/1 = 0.00, no NPS answer → empty.
    // 陈阿姨 s2,s3: overall 4,2 → 3.00, CSAT 1/2 = 50.00; attitude 3.00; cleanliness
    //   4.00; NPS 8,6 → 0,1,1 → −50.00.
    f.check(
        &["--by", "staff"],
        "staff",
        &[
            "(none),2,5.00,,,,,100.00,100.00,2,0,0",
            "刘阿姨,3,3.67,4.00,4.00,,,66.67,0.00,1,1,1",
            "王阿姨,1,3.00,,,,2.00,0.00,,0,0,0",
            "陈阿姨,2,3.00,3.00,4.00,,,50.00,-50.00,0,1,1",
        ],
    );

    // By category: s1 家庭保洁 (its given visit), s2,s3 保姆照顾, s4 月嫂服务.
    f.check(
        &["--by", "category"],
        "category",
        &[
            "(none),2,5.00,,,,,100.00,100.00,2,0,0",
            "house-cleaning,1,5.00,5.00,,,,100.00,100.00,1,0,0",
            "maternity-nurse,1,3.00,,,,2.00,0.00,,0,0,0",
            "nanny,2,3.00,3.00,4.00,,,50.00,-50.00,0,1,1",
        ],
    );

    // By month: 08 s6; 09 s4; 10 s1,s2,s5 (overall 5,4 → 4.50, CSAT 2/2; NPS 10,8,9
    // → 2,1,0 → 66.67); 11 s3 (NPS 6 → −100.00).
    f.check(
        &["--by", "month"],
        "month",
        &[
            "2026-08,1,5.00,,,,,100.00,100.00,1,0,0",
            "2026-09,1,3.00,,,,2.00,0.00,,0,0,0",
            "2026-10,3,4.50,4.00,4.00,,,100.00,66.67,2,1,0",
            "2026-11,1,2.00,,,,,0.00,-100.00,0,0,1",
        ],
    );

    // By quarter: Q3 s6,s4 (overall 5,3 → 4.00, CSAT 1/2; NPS 10 → 100.00);
    // Q4 s1,s2,s3,s5 (overall 5,4,2 → 3.67, CSAT 2/3; NPS 10,8,6,9 → 2,1,1 → 25.00).
    f.check(
        &["--by", "quarter"],
        "quarter",
        &[
            "2026-Q3,2,4.00,,,,2.00,50.00,100.00,1,0,0",
            "2026-Q4,4,3.67,4.00,4.00,,,66.67,25.00,2,1,1",
        ],
    );

    // By channel: interview s5 (no overall → CSAT empty); online s2 (NPS 8 → 0.00);
    // paper s3; phone s1,s4,s6 (overall 5,3,5 → 4.33, CSAT 2/3; NPS 10,10).
    f.check(
        &["--by", "channel"],
        "channel",
        &[
            "interview,1,,,,,,,100.00,1,0,0",
            "online,1,4.00,3.00,4.00,,,100.00,0.00,0,1,0",
            "paper,1,2.00,,,,,0.00,-100.00,0,0,1",
            "phone,3,4.33,5.00,,,2.00,66.67,100.00,2,0,0",
        ],
    );

    // Periods. October: s1,s2,s5.
    f.check(
        &["--from", "2026-10-01", "--to", "2026-10-31"],
        "group",
        &["all,3,4.50,4.00,4.00,,,100.00,66.67,2,1,0"],
    );
    // From 15 October to today: s1,s5,s3 → overall 5,2 → 3.50, CSAT 1/2; attitude
    // 5.00; NPS 10,9,6 → 2,0,1 → 33.33.
    f.check(
        &["--from", "2026-10-15"],
        "group",
        &["all,3,3.50,5.00,,,,50.00,33.33,2,0,1"],
    );
    // Up to September, as Q3.
    f.check(
        &["--to", "2026/09/30"],
        "group",
        &["all,2,4.00,,,,2.00,50.00,100.00,1,0,0"],
    );
    // November by staff: s3 alone, for each of v2's two staff members.
    f.check(
        &["--by", "staff", "--from", "2026-11-01"],
        "staff",
        &[
            "刘阿姨,1,2.00,,,,,0.00,-100.00,0,0,1",
            "陈阿姨,1,2.00,,,,,0.00,-100.00,0,0,1",
        ],
    );
    // Nothing in July: no figure is 0, every one is empty.
    f.check(&["--to", "2026-07-31"], "group", &["all,0,,,,,,,,0,0,0"]);

    // The table says NA where CSV leaves the cell empty.
    let table = f.env.ok(&["report", "satisfaction", "--by", "category"]);
    let rows = table_rows(&table);
    let row = |key: &str| {
        rows.iter()
            .find(|r| r[0] == key)
            .unwrap_or_else(|| panic!("no row {key}\n{table}"))
            .clone()
    };
    assert_eq!(
        row("月嫂服务"),
        [
            "月嫂服务",
            "1",
            "3.00",
            "NA",
            "NA",
            "NA",
            "2.00",
            "0.00",
            "NA",
            "0",
            "0",
            "0"
        ],
        "{table}"
    );
    assert_eq!(
        row("(none)"),
        [
            "(none)", "2", "5.00", "NA", "NA", "NA", "NA", "100.00", "100.00", "2", "0", "0"
        ],
        "{table}"
    );
    let table = f.env.ok(&["report", "satisfaction", "--to", "2026-07-31"]);
    assert_eq!(
        table_rows(&table),
        [[
            "all", "0", "NA", "NA", "NA", "NA", "NA", "NA", "NA", "0", "0", "0"
        ]],
        "{table}"
    );

    // Bad command lines.
    refused(
        &f.env,
        Some(2),
        &[
            "report",
            "satisfaction",
            "--from",
            "2026-11-10",
            "--to",
            "2026-11-01",
        ],
        &["--from"],
    );
    refused(
        &f.env,
        Some(2),
        &["report", "satisfaction", "--by", "week"],
        &["week"],
    );
    refused(
        &f.env,
        Some(2),
        &["report", "satisfaction", "--from", "abc"],
        &["`--from`"],
    );
}

/// Imported responses find their visits too: the same day counts, a later visit does
/// not, and a response of a client without visits falls in `(none)`.
#[test]
fn imported_responses_are_grouped_by_their_related_visits() {
    let env = TestEnv::new();
    let c = fixture_clients(&env);
    let visit = |phone: &str, extra: &[&str]| {
        let mut args = vec!["visit", "add", c[phone].as_str()];
        args.extend_from_slice(extra);
        env.ok(&args);
    };
    visit(
        PHONES[0],
        &[
            "--date",
            "2026-11-01",
            "--category",
            "家庭保洁",
            "--staff",
            "刘阿姨",
        ],
    );
    visit(
        PHONES[1],
        &[
            "--date",
            "2026-10-20",
            "--category",
            "保姆照顾",
            "--staff",
            "陈阿姨",
        ],
    );
    visit(
        PHONES[2],
        &[
            "--date",
            "2026-11-04",
            "--category",
            "月嫂服务",
            "--staff",
            "王阿姨",
        ],
    );
    // After that client's answer of 11-05: not its related visit.
    visit(
        PHONES[3],
        &[
            "--date",
            "2026-11-06",
            "--category",
            "家庭保洁",
            "--staff",
            "刘阿姨",
        ],
    );
    visit(
        PHONES[4],
        &[
            "--date",
            "2026-11-06",
            "--category",
            "家庭保洁",
            "--staff",
            "刘阿姨",
            "--staff",
            "陈阿姨",
        ],
    );
    let (ids, _) = import(&env, &fixture("surveys/google-forms.csv"), &[]);
    assert_eq!(ids.len(), 6);
    // Google Forms rows (overall, attitude, cleanliness, punctuality, value; NPS):
    //   138… 11-03 5,5,5,4,4; 10   → 家庭保洁 刘
    //   139… 11-03 4,5,4,5,3; 8    → 保姆照顾 陈
    //   135… 11-04 3,4,3,3,2; 6    → 月嫂服务 王 (same day)
    //   186… 11-05 5,5,5,5,5; 9    → (none): its visit is later
    //   137… 11-06 2,3,2,1,3; 4    → 家庭保洁 刘 + 陈 (same day)
    //   158… 11-07 4,4,4,4,4; 7    → (none): no visit
    // (none): means 4.50 each, CSAT 2/2, NPS 9,7 → 1,1,0 → 50.00.
    // 保姆照顾: CSAT 1/1, NPS 8 → 0.00.
    // 家庭保洁: overall 5,2 → 3.50, attitude 5,3 → 4.00, cleanliness 5,2 → 3.50,
    //   punctuality 4,1 → 2.50, value 4,3 → 3.50, CSAT 1/2, NPS 10,4 → 1,0,1 → 0.00.
    // 月嫂服务: CSAT 0/1, NPS 6 → −100.00.
    let got = csv(&env, &["report", "satisfaction", "--by", "category"]);
    assert_eq!(
        got,
        format!(
            "category,{REPORT_COLUMNS}\n\
             (none),2,4.50,4.50,4.50,4.50,4.50,100.00,50.00,1,1,0\n\
             house-cleaning,2,3.50,4.00,3.50,2.50,3.50,50.00,0.00,1,0,1\n\
             maternity-nurse,1,3.00,4.00,3.00,3.00,2.00,0.00,-100.00,0,0,1\n\
             nanny,1,4.00,5.00,4.00,5.00,3.00,100.00,0.00,0,1,0\n"
        )
    );
    // 陈阿姨: 139… and 137… → overall 4,2 → 3.00; attitude 5,3 → 4.00; cleanliness
    // 4,2 → 3.00; punctuality 5,1 → 3.00; value 3,3 → 3.00; CSAT 1/2; NPS 8,4 → 0,1,1
    // → −50.00. 刘阿姨 is 家庭保洁's pair, 王阿姨 月嫂服务's.
    let got = csv(&env, &["report", "satisfaction", "--by", "staff"]);
    assert_eq!(
        got,
        format!(
            "staff,{REPORT_COLUMNS}\n\
             (none),2,4.50,4.50,4.50,4.50,4.50,100.00,50.00,1,1,0\n\
             刘阿姨,2,3.50,4.00,3.50,2.50,3.50,50.00,0.00,1,0,1\n\
             王阿姨,1,3.00,4.00,3.00,3.00,2.00,0.00,-100.00,0,0,1\n\
             陈阿姨,2,3.00,4.00,3.00,3.00,3.00,50.00,-50.00,0,1,1\n"
        )
    );
}
