//! `hk cache clear`: delete the cache.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use crate::store::cache;

/// Delete the cache folder `.hk/cache/`. Nothing is lost: the next command decrypts
/// the records again and rebuilds it.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let removed = cache::clear(&store.root).map_err(|e| {
        CliError::failure(crate::t!(
            "cache-cmd-cannot-delete",
            path = cache::CACHE_DIR,
            error = &e
        ))
    })?;
    ctx.out.status(&crate::t!(
        "cache-cmd-deleted",
        count = removed,
        path = cache::CACHE_DIR
    ));
    Ok(())
}
