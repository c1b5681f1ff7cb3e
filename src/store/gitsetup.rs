//! The git drivers every clone needs (DESIGN §13). `.gitattributes` (committed) sends
//! `*.age` files to the drivers named `hk`; what those drivers run lives in
//! `.git/config`, which git never clones. Without `merge.hk.driver` git silently falls
//! back to its own merge, which cannot merge ciphertext, so every hk command checks this
//! clone's config and adds what is missing.
//!
//! The check runs on every command, so it reads `.git/config` as text and spawns git
//! only when something is missing.

use std::path::Path;

use super::git::{self, GitError};

/// What `.gitattributes` says in a store hk creates.
pub const GITATTRIBUTES: &str = "*.age merge=hk diff=hk\n";

/// A driver setting this clone lacked and now has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    MergeDriver,
    DiffTextconv,
}

/// This binary, quoted for the shell that git runs drivers through. The full path, so
/// that it works when `hk` is not on PATH (`cargo run`, a copy in the office folder).
fn exe() -> String {
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "hk".into());
    format!("'{}'", exe.replace('\'', "'\\''"))
}

/// Sets both drivers in this clone's config, replacing what was there.
pub fn configure(root: &Path) -> Result<(), GitError> {
    set(root, Added::MergeDriver)?;
    set(root, Added::DiffTextconv)
}

/// Sets one driver in this clone's config.
fn set(root: &Path, which: Added) -> Result<(), GitError> {
    let exe = exe();
    let pairs = match which {
        Added::MergeDriver => [
            (
                "merge.hk.name",
                "hk: field-level merge of encrypted records".to_string(),
            ),
            ("merge.hk.driver", format!("{exe} merge-driver %O %A %B %P")),
        ],
        Added::DiffTextconv => [
            ("diff.hk.textconv", format!("{exe} cat")),
            ("diff.hk.binary", "true".to_string()),
        ],
    };
    for (key, value) in pairs {
        git::run(root, &["config", key, &value])?;
    }
    Ok(())
}

/// Adds the drivers this clone's config lacks (when `root` is the top of a git work
/// tree) and says which it added. Reads `.git/config` as text; runs git only to add.
pub fn ensure(root: &Path) -> Result<Vec<Added>, GitError> {
    let dot_git = root.join(".git");
    let missing = if dot_git.is_dir() {
        match std::fs::read_to_string(dot_git.join("config")) {
            Ok(text) => missing(&text),
            Err(_) => return Ok(Vec::new()),
        }
    } else if dot_git.is_file() {
        // A linked work tree or a submodule: ask git where its config is.
        let has = |key: &str| git::run(root, &["config", "--get", key]).is_ok();
        let mut m = Vec::new();
        if !has("merge.hk.driver") {
            m.push(Added::MergeDriver);
        }
        if !has("diff.hk.textconv") {
            m.push(Added::DiffTextconv);
        }
        m
    } else {
        return Ok(Vec::new());
    };
    for m in &missing {
        set(root, *m)?;
    }
    Ok(missing)
}

/// Which drivers a `.git/config` text lacks. Section and key names are matched as
/// git does: section and key case-insensitively, the subsection (`"hk"`) exactly.
pub fn missing(config: &str) -> Vec<Added> {
    let mut section = String::new();
    let (mut merge, mut diff) = (false, false);
    for line in config.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix('[') {
            let head = rest.split(']').next().unwrap_or_default().trim();
            section = match head.split_once(char::is_whitespace) {
                Some((name, sub)) => format!("{} {}", name.to_lowercase(), sub.trim()),
                // The old `[merge.hk]` spelling.
                None => match head.split_once('.') {
                    Some((name, sub)) => format!("{} \"{sub}\"", name.to_lowercase()),
                    None => head.to_lowercase(),
                },
            };
            continue;
        }
        let key = line
            .split('=')
            .next()
            .unwrap_or_default()
            .trim()
            .to_lowercase();
        match (section.as_str(), key.as_str()) {
            ("merge \"hk\"", "driver") => merge = true,
            ("diff \"hk\"", "textconv") => diff = true,
            _ => {}
        }
    }
    let mut out = Vec::new();
    if !merge {
        out.push(Added::MergeDriver);
    }
    if !diff {
        out.push(Added::DiffTextconv);
    }
    out
}

/// Whether a `.gitattributes` text sends `*.age` files to hk's merge driver.
pub fn attributes_merge(text: &str) -> bool {
    text.lines().any(|l| {
        let mut words = l.split_whitespace();
        words.next() == Some("*.age") && words.any(|w| w == "merge=hk")
    })
}

/// `.gitattributes` with `merge=hk` on its `*.age` line (added when missing).
pub fn with_merge(text: &str) -> String {
    if attributes_merge(text) {
        return text.to_string();
    }
    let mut found = false;
    let mut out = String::new();
    for line in text.lines() {
        if !found && line.split_whitespace().next() == Some("*.age") {
            found = true;
            out.push_str(line.trim_end());
            out.push_str(" merge=hk\n");
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    if !found {
        out.push_str(GITATTRIBUTES);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_config_with_both_drivers_lacks_nothing() {
        let text = "[core]\n\tbare = false\n[diff \"hk\"]\n\ttextconv = 'hk' cat\n\tbinary = true\n[merge \"hk\"]\n\tname = x\n\tdriver = 'hk' merge-driver %O %A %B %P\n";
        assert!(missing(text).is_empty());
        let old_spelling = "[Merge.hk]\nDriver = hk\n[diff \"hk\"]\ntextconv=hk cat\n";
        assert!(missing(old_spelling).is_empty());
    }

    #[test]
    fn a_fresh_clone_lacks_both() {
        let text = "[core]\n\trepositoryformatversion = 0\n[remote \"origin\"]\n\turl = ../o.git\n[merge \"other\"]\n\tdriver = x\n";
        assert_eq!(missing(text), [Added::MergeDriver, Added::DiffTextconv]);
        let diff_only = "[diff \"hk\"]\n\ttextconv = hk cat\n[merge \"hk\"]\n\tname = x\n";
        assert_eq!(missing(diff_only), [Added::MergeDriver]);
    }

    #[test]
    fn attributes_gain_merge_once() {
        assert_eq!(with_merge("*.age diff=hk\n"), "*.age diff=hk merge=hk\n");
        assert_eq!(with_merge(GITATTRIBUTES), GITATTRIBUTES);
        assert_eq!(
            with_merge("*.csv text\n"),
            format!("*.csv text\n{GITATTRIBUTES}")
        );
        assert!(attributes_merge(&with_merge("")));
    }
}
