//! `hk cache status`: what the cache holds, per record kind.

use chrono::DateTime;

use super::super::Ctx;
use super::super::error::CliResult;
use crate::domain::id::Kind;
use crate::output::{Cell, Rows, col};
use crate::store::cache::{self, State};

/// Show what the cache holds: per record kind, its entries, size, when it was
/// written and for which public key. No record content is shown.
///
/// `state` is `ready` (this hk and your identity will use it), `other-version` or
/// `other-key` (it will be rebuilt), `unreadable` (written for another identity, or
/// damaged: it will be rebuilt) or `none`.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let key = ctx
        .identities()?
        .public
        .first()
        .cloned()
        .unwrap_or_default();
    let ids = ctx.identities()?;
    let mut rows = Vec::new();
    for kind in Kind::ALL {
        let path = cache::cache_file(&store.root, kind);
        let bytes = std::fs::metadata(&path).map(|m| m.len()).ok();
        let (state, entries, written, public, version) = match cache::read_file(&path, ids) {
            State::Missing => ("none", Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty),
            State::Unusable => (
                "unreadable",
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
            ),
            State::Usable(s) => {
                let state = if s.version != env!("CARGO_PKG_VERSION") {
                    "other-version"
                } else if s.public_key != key {
                    "other-key"
                } else {
                    "ready"
                };
                let written = store
                    .config
                    .timezone
                    .local(DateTime::from_timestamp_nanos(s.taken_ns).fixed_offset())
                    .format("%Y-%m-%dT%H:%M:%S%:z")
                    .to_string();
                (
                    state,
                    Cell::Int(s.entries.len() as i64),
                    Cell::text(written),
                    Cell::text(s.public_key),
                    Cell::text(s.version),
                )
            }
        };
        rows.push(vec![
            Cell::text(kind.folder()),
            Cell::text(state),
            entries,
            bytes.map_or(Cell::Empty, |b| Cell::Int(b as i64)),
            written,
            version,
            public,
        ]);
    }
    ctx.out.rows(&Rows {
        columns: vec![
            col("kind", "类型 Kind"),
            col("state", "状态 State"),
            col("entries", "条目 Entries"),
            col("bytes", "字节 Bytes"),
            col("written", "写入时间 Written"),
            col("hk_version", "版本 hk version"),
            col("public_key", "对应公钥 For public key"),
        ],
        rows,
    })?;
    Ok(())
}
