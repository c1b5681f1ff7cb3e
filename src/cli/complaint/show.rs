//! `hk complaint show`: one complaint, its log, and the playbook for its type.

use super::super::Ctx;
use super::super::cells;
use super::super::error::CliResult;
use super::super::records::resolve_id;
use super::{time_cell, type_cell};
use crate::domain::booking::is_staff_id;
use crate::domain::client::Client;
use crate::domain::complaint::rules::{deadlines, overdue};
use crate::domain::complaint::{Complaint, playbook};
use crate::domain::staff::Staff;
use crate::domain::visit::Visit;
use crate::output::{Cell, Column, Format, Rows, col};

/// Show a complaint: its fields and deadlines; in a table, also its log and the
/// resolution script (话术) for its type, `playbook/<type>.md` in the store.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Complaint id or id prefix
    pub complaint: String,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let c = resolve_id::<Complaint>(ctx, &store, &args.complaint)?.record;
    let ids = ctx.identities_for(&store)?;
    let name = store
        .load_id::<Client>(&c.client, ids)
        .ok()
        .flatten()
        .map(|l| l.record.name)
        .unwrap_or_default();
    let visit = match &c.visit {
        Some(v) => store
            .load_id::<Visit>(v, ids)
            .ok()
            .flatten()
            .map(|l| l.record),
        None => None,
    };
    // The visit's staff by name: a staff id (the roster) shows as her name.
    let staff: Vec<String> = visit
        .iter()
        .flat_map(|v| &v.staff)
        .map(|entry| {
            if is_staff_id(entry)
                && let Ok(Some(s)) = store.load_id::<Staff>(entry, ids)
            {
                s.record.name
            } else {
                entry.clone()
            }
        })
        .collect();
    let config = &store.config;
    let policy = &config.complaints;
    let d = deadlines(&c, policy);
    let late = overdue(&c, now, policy);
    let log: Vec<String> = c
        .log
        .iter()
        .map(|e| {
            format!(
                "{} {} {}",
                config.timezone.local(e.at).to_rfc3339(),
                e.kind.key(),
                e.text
            )
        })
        .collect();
    let mut fields: Vec<(Column, Cell)> = vec![
        (col("id", "编号 ID"), Cell::text(&c.id)),
        (col("client", "客户 Client"), Cell::text(&c.client)),
        (col("name", "姓名 Name"), Cell::text(name)),
        (col("opened", "受理 Opened"), cells::time(config, c.opened)),
        (col("type", "类型 Type"), type_cell(config, &c.kind)),
        (
            col("priority", "优先级 Priority"),
            Cell::term("priority", c.priority.key()),
        ),
        (col("safety", "安全隐患 Safety"), Cell::Bool(c.safety)),
        (
            col("status", "状态 Status"),
            Cell::term("complaint-status", c.status.key()),
        ),
        (col("channel", "渠道 Channel"), Cell::text(&c.channel)),
        (
            col("visit", "服务 Visit"),
            Cell::text(c.visit.clone().unwrap_or_default()),
        ),
        (
            col("category", "服务类别 Service"),
            visit
                .as_ref()
                .map(|v| cells::category(config, &v.category))
                .unwrap_or(Cell::Empty),
        ),
        (col("staff", "服务人员 Staff"), Cell::List(staff)),
        (
            col("description", "内容 Description").free_text(),
            Cell::text(&c.description),
        ),
        (col("assignee", "负责人 Assignee"), Cell::text(&c.assignee)),
        (
            col("first_response_due", "首次响应期限 First response due"),
            cells::time(config, d.first_response),
        ),
        (
            col("first_response", "首次响应 First response"),
            time_cell(config, c.first_response()),
        ),
        (
            col("resolution_due", "解决期限 Resolution due"),
            cells::time(config, d.resolution),
        ),
        (
            col("resolved", "解决 Resolved"),
            time_cell(config, c.resolved),
        ),
        (col("overdue", "逾期 Overdue"), Cell::Bool(late.any())),
        (
            col("resolution", "处理结果 Resolution").free_text(),
            Cell::text(&c.resolution),
        ),
        (col("cause", "原因 Cause").free_text(), Cell::text(&c.cause)),
        (
            col("compensation_kind", "补偿方式 Compensation"),
            Cell::text(c.compensation.map(|m| m.kind.key()).unwrap_or_default()),
        ),
        (
            col("compensation", "补偿金额 Amount"),
            cells::money(c.compensation.and_then(|m| m.amount)),
        ),
        (
            col("verdict", "客户评价 Verdict"),
            Cell::text(c.verdict.map(|v| v.key()).unwrap_or_default()),
        ),
        (
            col("score", "评分 Score"),
            c.score.map_or(Cell::Empty, |s| Cell::Int(i64::from(s))),
        ),
        (
            col("reopened", "重开 Reopened"),
            Cell::Int(i64::from(c.reopened)),
        ),
        (col("closed", "关闭 Closed"), time_cell(config, c.closed)),
        (
            col("created", "创建 Created"),
            cells::time(config, c.created),
        ),
        (
            col("updated", "更新 Updated"),
            cells::time(config, c.updated),
        ),
    ];
    let playbook = store.playbook(&c.kind)?;
    let table = ctx.out.format == Format::Table;
    if !table {
        fields.push((col("log", "记录 Log"), Cell::List(log)));
        fields.push((
            col("playbook", "话术 Playbook"),
            Cell::text(playbook.clone().unwrap_or_default()),
        ));
    }
    ctx.out.fields(&fields)?;
    if table && !c.log.is_empty() {
        ctx.out.rows(&Rows {
            columns: vec![
                col("at", "时间 At"),
                col("kind", "类型 Kind"),
                col("text", "内容 Text").free_text(),
            ],
            rows: c
                .log
                .iter()
                .map(|e| {
                    vec![
                        cells::time(config, e.at),
                        Cell::term("complaint-entry", e.kind.key()),
                        Cell::text(&e.text),
                    ]
                })
                .collect(),
        })?;
    }
    if table {
        let file = playbook::file_name(&c.kind);
        match playbook {
            Some(text) => ctx.out.data(&format!(
                "\n{} · {file}\n\n{text}",
                crate::i18n::header("话术 Playbook")
            ))?,
            None => ctx.out.status(&crate::t!(
                "complaint-show-no-playbook",
                kind = &c.kind,
                file = &file
            )),
        }
    }
    Ok(())
}
