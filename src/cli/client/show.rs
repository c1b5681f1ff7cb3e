//! `hk client show`: one client's profile.

use super::super::Ctx;
use super::super::audit;
use super::super::cells;
use super::super::error::CliResult;
use super::resolve;
use crate::domain::audit::Action;
use crate::domain::client::Client;
use crate::domain::consent::{ConsentEntry, in_force, yes_no};
use crate::domain::id_number::mask_id_number;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

use super::super::records::client_book;
use crate::output::{Cell, Column, Format, Rows, col};
use crate::query::{Book, History, Kinds};
use crate::store::Store;

/// Show a client's profile, lifecycle stage and next follow-up; in a table, also the
/// timeline of inquiries, visits, follow-ups, surveys, complaints and marketing
/// consent changes (in CSV and JSON the consent history is the field
/// `consent_history`). The ID number is masked unless `--reveal`, which adds an entry
/// to the audit log (and a commit) before anything is shown.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    /// Show the full resident ID number (written to the audit log: `hk audit list`)
    #[arg(long)]
    pub reveal: bool,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let c = resolve(ctx, &store, &args.client)?.record;
    if args.reveal {
        audit::record(ctx, &store, Action::Reveal, &c.id)?;
    }
    let today = ctx.today()?;
    let book = client_book(ctx, &store, Kinds::HISTORY.with_staff(), c.clone())?;
    let stage = book.stage(&c, today, &store.config);
    let history = book.history(&c.id);
    let referred = super::points::referred(ctx, &store, &c.id)?;
    let standing = book.standing(&c, referred, today, &store.config);
    // One field: the category by key for scripts, by label for people.
    let due = book
        .due(&c, &store.config, None)
        .map(|d| {
            let reason = d.reason.key();
            let text = |reason: &str, category: &str| format!("{} ({reason}, {category})", d.date);
            Cell::keyed(
                text(reason, &d.category),
                text(
                    &crate::i18n::term("reason", reason),
                    store.config.category_label(&d.category),
                ),
            )
        })
        .unwrap_or(Cell::Empty);
    let opt_num = |n: Option<u32>| n.map(|v| Cell::Int(i64::from(v))).unwrap_or(Cell::Empty);
    let id_number = if args.reveal || c.id_number.is_empty() {
        c.id_number.clone()
    } else {
        mask_id_number(&c.id_number)
    };
    // The value in force today, then every entry of the history (DESIGN §12).
    let consent = match in_force(&c.consent, today) {
        Some(e) => {
            let answer = yes_no(e.marketing);
            let mut s = match e.date {
                Some(d) => crate::t!(
                    "client-show-consent-since",
                    answer = answer,
                    date = d.to_string()
                ),
                None => crate::t!("client-show-consent-undated", answer = answer),
            };
            if !e.channel.is_empty() {
                s.push_str(&crate::t!(
                    "client-show-consent-channel",
                    channel = &e.channel
                ));
            }
            s
        }
        None => crate::t!("client-show-consent-none"),
    };
    let consent_history: Vec<String> = c.consent.iter().map(ConsentEntry::describe).collect();
    let closed = c
        .closed
        .as_ref()
        .map(|cl| format!("{} {}", cl.date, cl.reason).trim().to_string())
        .unwrap_or_default();
    let fields: Vec<(Column, Cell)> = vec![
        (col("id", "编号 ID"), Cell::text(&c.id)),
        (col("name", "姓名 Name"), Cell::text(&c.name)),
        (col("phones", "电话 Phones"), Cell::List(c.phones.clone())),
        (col("wechat", "微信 WeChat"), Cell::text(&c.wechat)),
        (col("address", "地址 Address"), Cell::text(&c.address)),
        (col("id_number", "身份证 ID number"), Cell::text(id_number)),
        (
            col("categories", "服务 Service"),
            cells::categories(&store.config, &c.categories),
        ),
        (col("tags", "标签 Tags"), Cell::List(c.tags.clone())),
        (col("source", "来源 Source"), Cell::text(&c.source)),
        (col("needs", "需求 Needs"), Cell::text(&c.needs)),
        (col("frequency", "频次 Frequency"), Cell::text(&c.frequency)),
        (
            col("household_size", "家庭人口 Household"),
            opt_num(c.household.size),
        ),
        (col("pets", "宠物 Pets"), Cell::text(&c.household.pets)),
        (
            col("children", "儿童 Children"),
            Cell::text(&c.household.children),
        ),
        (
            col("elders", "老人 Elders"),
            Cell::text(&c.household.elders),
        ),
        (
            col("area_sqm", "面积㎡ Area"),
            opt_num(c.household.area_sqm),
        ),
        (
            col("marketing", "营销同意 Marketing"),
            Cell::keyed(yes_no(c.marketing_consent_on(today)), consent),
        ),
        (
            col("do_not_contact", "勿扰 Do not contact"),
            Cell::Bool(c.do_not_contact),
        ),
        (col("closed", "已关闭 Closed"), Cell::text(closed)),
        (col("notes", "备注 Notes").free_text(), Cell::text(&c.notes)),
        (col("stage", "阶段 Stage"), Cell::term("stage", stage.key())),
        (col("next_followup", "下次回访 Next follow-up"), due),
        (
            col("points", "积分 Points"),
            Cell::Int(standing.points.balance()),
        ),
        (col("tier", "等级 Tier"), Cell::text(&standing.tier)),
        (
            col("created", "创建 Created"),
            cells::time(&store.config, c.created),
        ),
        (
            col("updated", "更新 Updated"),
            cells::time(&store.config, c.updated),
        ),
    ];
    let mut fields = fields;
    if ctx.out.format != Format::Table {
        // A table shows each entry as a line of the timeline below.
        let at = fields
            .iter()
            .position(|(c, _)| c.key == "marketing")
            .map_or(0, |i| i + 1);
        fields.insert(
            at,
            (
                col("consent_history", "同意记录 Consent history"),
                Cell::List(consent_history),
            ),
        );
    }
    ctx.out.fields(&fields)?;
    if ctx.out.format == Format::Table
        && !(history.visits.is_empty()
            && history.followups.is_empty()
            && history.surveys.is_empty()
            && history.complaints.is_empty()
            && history.inquiries.is_empty()
            && c.consent.is_empty())
    {
        ctx.out.rows(&timeline(&store, &book, &history, &c))?;
    }
    Ok(())
}

/// Where a line goes in the timeline: by date; on one date the inquiry first, then
/// visits, follow-ups, surveys and complaints, each in the order they were logged (see
/// `order_key`).
type Place<'a> = (
    NaiveDate,
    u8,
    Option<NaiveTime>,
    DateTime<FixedOffset>,
    &'a str,
);

/// Inquiries, visits, follow-ups, surveys, complaints and consent changes, oldest
/// first, one line each.
fn timeline(store: &Store, book: &Book, history: &History<'_>, client: &Client) -> Rows {
    let mut items: Vec<(Place<'_>, Vec<Cell>)> = Vec::new();
    for i in &history.inquiries {
        let inquiries = &store.config.inquiries;
        let mut what = inquiries.channel_label(&i.channel).to_string();
        let topics: Vec<&str> = i.topics.iter().map(|t| inquiries.topic_label(t)).collect();
        if !topics.is_empty() {
            what.push_str(&format!(" · {}", topics.join("、")));
        }
        if let Some(d) = i.converted {
            what.push_str(&crate::t!(
                "client-timeline-converted",
                date = d.to_string()
            ));
        }
        let (date, created, id) = i.order_key();
        items.push((
            (date, 0, None, created, id),
            vec![
                Cell::text(i.date.to_string()),
                Cell::text(crate::t!("client-timeline-inquiry")),
                Cell::text(&i.id),
                Cell::text(what),
                Cell::text(&i.needs),
            ],
        ));
    }
    for v in &history.visits {
        let mut what = format!(
            "{} · {}",
            store.config.category_label(&v.category),
            v.status.key()
        );
        if !v.staff.is_empty() {
            what.push_str(&format!(" · {}", book.staff_names(v).join("、")));
        }
        if let Some(end) = v.end {
            what.push_str(&crate::t!("client-timeline-until", date = end.to_string()));
        }
        let note = [v.issues.as_str(), v.notes.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" / ");
        let (date, time, created, id) = v.order_key();
        items.push((
            (date, 1, time, created, id),
            vec![
                Cell::text(v.date.to_string()),
                Cell::text(crate::t!("client-timeline-visit")),
                Cell::text(&v.id),
                Cell::text(what),
                Cell::text(note),
            ],
        ));
    }
    for f in &history.followups {
        let mut what = format!("{} · {}", f.channel.key(), f.outcome.key());
        if let Some(s) = f.score {
            what.push_str(&format!(" · {s}/5"));
        }
        let mut note = f.notes.clone();
        for a in &f.actions {
            let done = if a.done.is_some() { " ✓" } else { "" };
            note.push_str(&format!(" [→ {}{done}]", a.text));
        }
        let (date, created, id) = f.order_key();
        items.push((
            (date, 2, None, created, id),
            vec![
                Cell::text(f.date.to_string()),
                Cell::text(crate::t!("client-timeline-followup")),
                Cell::text(&f.id),
                Cell::text(what),
                Cell::text(note.trim()),
            ],
        ));
    }
    for s in &history.surveys {
        let mut what: Vec<String> = store
            .config
            .survey
            .dimensions
            .iter()
            .filter_map(|d| s.scores.get(&d.key).map(|v| format!("{} {v}", d.label)))
            .collect();
        if let Some(n) = s.nps {
            what.push(format!("NPS {n}"));
        }
        let (date, created, id) = s.order_key();
        items.push((
            (date, 3, None, created, id),
            vec![
                Cell::text(s.date.to_string()),
                Cell::text(crate::t!("client-timeline-survey")),
                Cell::text(&s.id),
                Cell::text(format!("{} · {}", s.channel.key(), what.join(" · "))),
                Cell::text(&s.comment),
            ],
        ));
    }
    for c in &history.complaints {
        let mut what = format!(
            "{} · {} · {}",
            store.config.complaints.label(&c.kind),
            c.priority.key(),
            c.status.key()
        );
        if let Some(m) = c.compensation {
            what.push_str(&format!(" · {}", m.kind.key()));
            if let Some(a) = m.amount {
                what.push_str(&format!(" {a}"));
            }
        }
        let note = [c.description.as_str(), c.resolution.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" → ");
        let date = store.config.timezone.local(c.opened).date_naive();
        items.push((
            (date, 4, None, c.opened, &c.id),
            vec![
                Cell::text(date.to_string()),
                Cell::text(crate::t!("client-timeline-complaint")),
                Cell::text(&c.id),
                Cell::text(what),
                Cell::text(note),
            ],
        ));
    }
    // The consent history (an undated entry, carried over from an older record, first).
    for e in &client.consent {
        let date = e.date.unwrap_or(NaiveDate::MIN);
        let what = [
            crate::t!("client-timeline-marketing", answer = yes_no(e.marketing)),
            e.channel.clone(),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
        items.push((
            (date, 4, None, client.created, ""),
            vec![
                Cell::text(e.date.map(|d| d.to_string()).unwrap_or_default()),
                Cell::text(crate::t!("client-timeline-consent")),
                Cell::Empty,
                Cell::text(what),
                Cell::text(&e.evidence),
            ],
        ));
    }
    items.sort_by(|a, b| a.0.cmp(&b.0));
    Rows {
        columns: vec![
            col("date", "日期 Date"),
            col("kind", "类型 Kind"),
            col("id", "编号 ID"),
            col("what", "内容 What").free_text(),
            col("notes", "备注 Notes").free_text(),
        ],
        rows: items.into_iter().map(|(_, r)| r).collect(),
    }
}
