//! `hk staff show`: one staff member's record and certificates.

use super::super::Ctx;
use super::super::cells;
use super::super::error::CliResult;
use super::resolve;
use crate::domain::audit::Action;
use crate::domain::id_number::mask_id_number;
use crate::i18n::{self, IntoArg, Lang};
use crate::output::{Cell, Column, Format, Rows, col};

/// Show a staff member. The ID number is masked unless `--reveal`; the do-not-send
/// list shows client ids.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Staff id or id prefix, or exact name
    pub staff: String,
    /// Show the full resident ID number (written to the audit log: `hk audit list`)
    #[arg(long)]
    pub reveal: bool,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let today = ctx.today()?;
    let s = resolve(ctx, &store, &args.staff)?.record;
    if args.reveal {
        super::super::audit::record(ctx, &store, Action::Reveal, &s.id)?;
    }
    let id_number = if args.reveal || s.id_number.is_empty() {
        s.id_number.clone()
    } else {
        mask_id_number(&s.id_number)
    };
    let opt = |n: Option<i64>| n.map_or(Cell::Empty, Cell::Int);
    // A table reads in the chosen language; CSV and JSON stay the same in both.
    let lang = if ctx.out.format == Format::Table {
        i18n::lang()
    } else {
        Lang::En
    };
    let status = {
        let st = &s.status;
        // The state word follows the table's language, like the texts after it.
        let mut text = if lang == Lang::Zh {
            i18n::word("staff-state", st.state.key())
        } else {
            st.state.key().to_string()
        };
        if let Some(since) = st.since {
            text.push_str(&i18n::text_in(
                lang,
                "staff-show-status-since",
                &[("date", since.to_string().into_arg())],
            ));
        }
        if let Some(until) = st.until {
            text.push_str(&i18n::text_in(
                lang,
                "staff-show-status-until",
                &[("date", until.to_string().into_arg())],
            ));
        }
        if !st.reason.is_empty() {
            text.push_str(&i18n::text_in(
                lang,
                "staff-show-status-reason",
                &[("reason", st.reason.as_str().into_arg())],
            ));
        }
        text
    };
    let fields: Vec<(Column, Cell)> = vec![
        (col("id", "编号 ID"), Cell::text(&s.id)),
        (col("name", "姓名 Name"), Cell::text(&s.name)),
        (col("phones", "电话 Phones"), Cell::List(s.phones.clone())),
        (col("id_number", "身份证 ID number"), Cell::text(id_number)),
        (col("gender", "性别 Gender"), Cell::text(&s.gender)),
        (
            col("birth_year", "出生年 Birth year"),
            opt(s.birth_year.map(i64::from)),
        ),
        (
            col("native_place", "籍贯 Native place"),
            Cell::text(&s.native_place),
        ),
        (
            col("languages", "语言 Languages"),
            Cell::List(s.languages.clone()),
        ),
        (
            col("categories", "服务 Service"),
            cells::categories(&store.config, &s.categories),
        ),
        (col("skills", "技能 Skills"), Cell::List(s.skills.clone())),
        (col("level", "星级 Level"), opt(s.level.map(i64::from))),
        (
            col("districts", "区域 Districts"),
            Cell::List(s.districts.clone()),
        ),
        (col("status", "状态 Status"), Cell::text(status)),
        (
            col("status_today", "今日 Today"),
            Cell::term("staff-state", s.state_on(today).key()),
        ),
        (
            col("avoided_by", "勿派客户 Do not send to"),
            Cell::List(s.avoided_by.clone()),
        ),
        (col("notes", "备注 Notes").free_text(), Cell::text(&s.notes)),
        (
            col("created", "创建 Created"),
            cells::time(&store.config, s.created),
        ),
        (
            col("updated", "更新 Updated"),
            cells::time(&store.config, s.updated),
        ),
    ];
    ctx.out.fields(&fields)?;
    if ctx.out.format == Format::Table && !s.certificates.is_empty() {
        let rows = Rows {
            columns: vec![
                col("certificate", "证书 Certificate").free_text(),
                col("number", "证号 Number"),
                col("issued", "发证 Issued"),
                col("expires", "到期 Expires"),
                col("valid_today", "今日有效 Valid today"),
            ],
            rows: s
                .certificates
                .iter()
                .map(|c| {
                    let date = |d: Option<chrono::NaiveDate>| {
                        Cell::text(d.map(|d| d.to_string()).unwrap_or_default())
                    };
                    vec![
                        Cell::text(&c.kind),
                        Cell::text(&c.number),
                        date(c.issued),
                        date(c.expires),
                        Cell::Bool(c.valid_on(today)),
                    ]
                })
                .collect(),
        };
        ctx.out.rows(&rows)?;
    }
    Ok(())
}
