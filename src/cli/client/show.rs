//! `hk client show`: one client's profile.

use super::super::Ctx;
use super::super::error::CliResult;
use super::{category_labels, resolve};
use crate::domain::id_number::mask_id_number;
use crate::output::{Cell, Column, col};

/// Show a client's profile. The ID number is masked unless `--reveal`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    /// Show the full resident ID number
    #[arg(long)]
    pub reveal: bool,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let c = resolve(ctx, &store, &args.client)?.record;
    let opt_num = |n: Option<u32>| n.map(|v| Cell::Int(i64::from(v))).unwrap_or(Cell::Empty);
    let id_number = if args.reveal || c.id_number.is_empty() {
        c.id_number.clone()
    } else {
        mask_id_number(&c.id_number)
    };
    let consent = if c.consent.marketing {
        let mut s = String::from("yes");
        if let Some(d) = c.consent.date {
            s.push_str(&format!(" ({d}"));
            if !c.consent.channel.is_empty() {
                s.push_str(&format!(", {}", c.consent.channel));
            }
            s.push(')');
        }
        s
    } else {
        "no".into()
    };
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
            Cell::List(category_labels(&store, &c)),
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
        (col("marketing", "营销同意 Marketing"), Cell::text(consent)),
        (
            col("do_not_contact", "勿扰 Do not contact"),
            Cell::Bool(c.do_not_contact),
        ),
        (col("closed", "已关闭 Closed"), Cell::text(closed)),
        (col("notes", "备注 Notes"), Cell::text(&c.notes)),
        (
            col("created", "创建 Created"),
            Cell::text(c.created.to_rfc3339()),
        ),
        (
            col("updated", "更新 Updated"),
            Cell::text(c.updated.to_rfc3339()),
        ),
    ];
    ctx.out.fields(&fields)?;
    Ok(())
}
