//! `hk merge-driver`: what git runs to merge two versions of an encrypted record.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Ctx;
use super::error::CliError;
use crate::store::driver::{self, Checks, Outcome, Sides};

/// Merge two versions of a record, field by field (git runs this; see `hk git setup`).
///
/// git calls it as `hk merge-driver %O %A %B %P` for every `*.age` file that both
/// sides changed. It decrypts the three versions, merges them field by field, and
/// writes the result, encrypted to the keys in `.hk/recipients`, into the second file.
/// The merged record must keep its kind's rules, as an edit must: a field from theirs
/// that breaks one once merged with ours (a visit's end before its new start) keeps
/// our value and is listed as a conflict. Exit status: 0 merged, 1 merged with
/// conflicts (our value kept, each one listed in the record's `[[conflicts]]`), 129
/// failed (nothing written).
///
/// The store is the work tree git runs it in (the current folder or a parent of it),
/// or `--store`; `HK_STORE` is not used, because git decides which clone is merging.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The common ancestor's version (%O; empty when there is none)
    pub base: PathBuf,
    /// Our version (%A); the result is written here
    pub ours: PathBuf,
    /// Their version (%B)
    pub theirs: PathBuf,
    /// The record's path in the work tree (%P)
    pub path: PathBuf,
}

/// The exit status git reads as "the driver failed" (above 128).
pub const FAILED: u8 = 129;

/// Runs the driver and turns its outcome into the exit status git expects.
pub fn main(args: Args, ctx: &mut Ctx) -> ExitCode {
    match run(&args, ctx) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Conflicts { fields, broken }) => {
            let id = crate::store::id_of(&args.path).unwrap_or_default();
            if let Some(b) = &broken {
                ctx.out.warn(&crate::t!(
                    "git-cmd-driver-broke-a-rule",
                    path = args.path.display(),
                    broke = crate::t!("git-cmd-broke-a-rule"),
                    rule = &b.rule,
                    fields = quoted(&b.fields),
                ));
            }
            let fields: Vec<String> = fields
                .into_iter()
                .filter(|f| broken.as_ref().is_none_or(|b| !b.fields.contains(f)))
                .collect();
            if fields.is_empty() {
                return ExitCode::from(1);
            }
            ctx.out.warn(&crate::t!(
                "git-cmd-driver-conflict",
                path = args.path.display(),
                fields = quoted(&fields),
                id = &id
            ));
            ExitCode::from(1)
        }
        Err(e) => {
            super::report(ctx, e);
            ExitCode::from(FAILED)
        }
    }
}

fn run(args: &Args, ctx: &mut Ctx) -> Result<Outcome, CliError> {
    let root = match ctx.store_flag() {
        Some(dir) => dir.to_path_buf(),
        None => find_root(&ctx.env.cwd).ok_or_else(|| {
            CliError::failure(crate::t!("git-cmd-driver-no-store"))
                .hint(crate::t!("git-cmd-driver-no-store-hint"))
        })?,
    };
    let config = crate::store::read_config(&root)?;
    let checks = Checks {
        config: &config,
        today: ctx.today_in(&config)?,
    };
    let ids = ctx.identities()?;
    let sides = Sides {
        base: &args.base,
        ours: &args.ours,
        theirs: &args.theirs,
        rel: &args.path,
    };
    Ok(driver::merge_files(&root, ids, &sides, &checks)?)
}

fn quoted(fields: &[String]) -> String {
    fields
        .iter()
        .map(|f| format!("`{f}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The nearest folder at or above `cwd` with `.hk/`.
fn find_root(cwd: &std::path::Path) -> Option<PathBuf> {
    cwd.ancestors()
        .find(|d| d.join(".hk").is_dir())
        .map(PathBuf::from)
}
