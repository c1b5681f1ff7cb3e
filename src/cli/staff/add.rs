//! `hk staff add`: put one staff member on the roster.

use chrono::NaiveDate;

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::super::filters::day_flag;
use crate::domain::id::Kind;
use crate::domain::staff::{Certificate, Staff, State};

/// Add a staff member (阿姨). Prints the new id on stdout.
///
/// The ID number is checked and shown masked; phones are normalised, as for clients.
/// Certificates are `KIND:NUMBER:ISSUED:EXPIRES` (`健康证:HZ001:2026-01-05:2027-01-04`);
/// every category requires a valid 健康证 by default (config `required_certificates`).
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Name (姓名)
    #[arg(long)]
    pub name: Option<String>,
    /// Phone (手机); repeatable
    #[arg(long = "phone")]
    pub phones: Vec<String>,
    /// Resident ID number (身份证号), checked; shown masked
    #[arg(long)]
    pub id_number: Option<String>,
    /// 女 or 男
    #[arg(long)]
    pub gender: Option<String>,
    /// Year of birth (1975)
    #[arg(long)]
    pub birth_year: Option<u16>,
    /// Native place (籍贯)
    #[arg(long)]
    pub native_place: Option<String>,
    /// Language or dialect (普通话, 上海话 …); repeatable
    #[arg(long = "language")]
    pub languages: Vec<String>,
    /// Service category she does (key or label); repeatable
    #[arg(long = "category")]
    pub categories: Vec<String>,
    /// Skill (保洁, 做饭, 育婴, 护老, 月子餐, 催乳, 收纳 …); repeatable
    #[arg(long = "skill")]
    pub skills: Vec<String>,
    /// Level 1–4 (星级)
    #[arg(long)]
    pub level: Option<u8>,
    /// District she covers (浦东新区 …); repeatable
    #[arg(long = "district")]
    pub districts: Vec<String>,
    /// Certificate KIND:NUMBER:ISSUED:EXPIRES; repeatable
    #[arg(long = "cert", value_name = "KIND:NUMBER:ISSUED:EXPIRES")]
    pub certs: Vec<String>,
    /// active, leave or left [default: active]
    #[arg(long)]
    pub status: Option<String>,
    /// Since when the status holds [default: today]
    #[arg(long, requires = "status")]
    pub status_since: Option<String>,
    /// Last day of a leave
    #[arg(long, requires = "status")]
    pub status_until: Option<String>,
    /// Why (休产假, 回老家 …)
    #[arg(long, requires = "status")]
    pub status_reason: Option<String>,
    /// Notes (备注)
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let today = now.date_naive();
    let mut staff = Staff::new(String::new(), now);
    fill(&mut staff, args, today)?;
    staff.normalize(&store.config)?;
    let mut txn = store.begin()?;
    staff.id = store.new_id(Kind::Staff)?;
    txn.create(&staff)?;
    txn.commit(&format!("staff add {}", staff.id))?;
    ctx.forgive_unreadable();
    ctx.out.data(&staff.id)?;
    ctx.out.status(&crate::t!("staff-added", id = &staff.id));
    Ok(())
}

/// Copies the flags into the record; a missing name or category names its flag.
fn fill(s: &mut Staff, a: Args, today: NaiveDate) -> CliResult {
    let Some(name) = a.name.filter(|n| !n.trim().is_empty()) else {
        return Err(CliError::usage(crate::t!("staff-add-name-missing"))
            .hint(crate::t!("staff-add-name-missing-hint")));
    };
    if a.categories.is_empty() {
        return Err(CliError::usage(crate::t!("staff-add-category-missing"))
            .hint(crate::t!("staff-add-category-missing-hint")));
    }
    s.name = name;
    s.phones = a.phones;
    s.id_number = a.id_number.unwrap_or_default();
    s.gender = a.gender.unwrap_or_default();
    s.birth_year = a.birth_year;
    s.native_place = a.native_place.unwrap_or_default();
    s.languages = a.languages;
    s.categories = a.categories;
    s.skills = a.skills;
    s.level = a.level;
    s.districts = a.districts;
    s.notes = a.note.unwrap_or_default();
    s.certificates = a
        .certs
        .iter()
        .map(|c| Certificate::parse(c, today).map_err(|e| CliError::bad_flag("--cert", e)))
        .collect::<CliResult<_>>()?;
    if let Some(st) = a.status {
        s.status.state = State::parse(&st).map_err(|e| CliError::bad_flag("--status", e))?;
        s.status.since =
            Some(day_flag("--status-since", a.status_since.as_deref(), today)?.unwrap_or(today));
        s.status.until = day_flag("--status-until", a.status_until.as_deref(), today)?;
        s.status.reason = a.status_reason.unwrap_or_default();
    }
    Ok(())
}
