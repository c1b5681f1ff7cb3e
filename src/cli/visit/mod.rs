//! `hk visit …`: service records (服务记录).

mod add;
pub mod booking;
mod cancel;
mod delete;
mod edit;
mod import;
mod list;
mod show;
mod status;
pub mod upcoming;

use super::Ctx;
use super::cells;
use super::error::CliResult;
use crate::domain::visit::Visit;
use crate::output::{Cell, Column, col};
use crate::store::Store;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Add(Box<add::Args>),
    Import(import::Args),
    List(list::Args),
    Show(show::Args),
    Edit(edit::Args),
    /// Mark a visit done (a visit dated after today cannot be done yet)
    Done(status::DoneArgs),
    Cancel(cancel::Args),
    /// Mark that the client was not there (no-show)
    NoShow(status::Args),
    Upcoming(upcoming::Args),
    Delete(delete::Args),
}

pub fn run(cmd: Command, ctx: &mut Ctx) -> CliResult {
    use crate::domain::visit::Status;
    match cmd {
        Command::Add(a) => add::run(*a, ctx),
        Command::Import(a) => import::run(a, ctx),
        Command::List(a) => list::run(a, ctx),
        Command::Show(a) => show::run(a, ctx),
        Command::Edit(a) => edit::run(a, ctx),
        Command::Done(a) => status::done(a, ctx),
        Command::Cancel(a) => cancel::run(a, ctx),
        Command::NoShow(a) => status::run(a, ctx, Status::NoShow),
        Command::Upcoming(a) => upcoming::run(a, ctx),
        Command::Delete(a) => delete::run(a, ctx),
    }
}

/// The visit's fields for `visit show`.
pub fn fields(store: &Store, v: &Visit, client_name: &str) -> Vec<(Column, Cell)> {
    vec![
        (col("id", "编号 ID"), Cell::text(&v.id)),
        (col("client", "客户 Client"), Cell::text(&v.client)),
        (col("name", "姓名 Name"), Cell::text(client_name)),
        (
            col("category", "服务 Service"),
            cells::category(&store.config, &v.category),
        ),
        (col("date", "日期 Date"), Cell::text(v.date.to_string())),
        (
            col("end", "结束 End"),
            Cell::text(v.end.map(|d| d.to_string()).unwrap_or_default()),
        ),
        (col("time", "时间 Time"), Cell::text(time_text(v))),
        (col("staff", "服务人员 Staff"), Cell::List(v.staff.clone())),
        (
            col("status", "状态 Status"),
            Cell::term("visit-status", v.status.key()),
        ),
        (col("price", "金额 Price"), cells::money(v.price)),
        (
            col("payment", "支付 Payment"),
            Cell::text(v.payment.map(|p| p.key()).unwrap_or_default()),
        ),
        (col("products", "用品 Products"), Cell::text(&v.products)),
        (col("issues", "问题 Issues"), Cell::text(&v.issues)),
        (col("notes", "备注 Notes"), Cell::text(&v.notes)),
        (
            col("series", "系列 Series"),
            Cell::text(v.series.clone().unwrap_or_default()),
        ),
        (
            col("created", "创建 Created"),
            cells::time(&store.config, v.created),
        ),
        (
            col("updated", "更新 Updated"),
            cells::time(&store.config, v.updated),
        ),
    ]
}

pub fn time_text(v: &Visit) -> String {
    v.time
        .map(|t| t.format("%H:%M").to_string())
        .unwrap_or_default()
}
