//! The CLI's one error type: a kind (which decides the exit code), a message and
//! recovery hints. Library errors are turned into it at the boundary, here.

use crate::domain::FieldError;
use crate::domain::complaint::rules::StepError;
use crate::store::conflicts::ResolveError;
use crate::store::driver::MergeError;
use crate::store::git::GitError;
use crate::store::journal::JournalError;
use crate::store::keys::KeyError;
use crate::store::sync::SyncError;
use crate::store::{StoreError, UndoError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Exit 1: the command could not do its job.
    Failure,
    /// Exit 2: the command line was wrong (a missing or bad flag).
    Usage,
    /// A closed stdout (`| head`): exit quietly.
    BrokenPipe,
}

#[derive(Debug)]
pub struct CliError {
    pub kind: ErrorKind,
    pub message: String,
    pub hints: Vec<String>,
    /// Hints that name what only the command's context knows; `main` writes them
    /// after `hints`.
    pub context_hints: Vec<ContextHint>,
}

/// A hint that depends on how the command was started, filled in by `main` from the
/// context (library errors are converted without one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextHint {
    /// A record no key of the identity opens: name the identity that was used
    /// (`--identity`, `HK_IDENTITY` or the default file).
    WhichIdentity,
}

pub type CliResult<T = ()> = Result<T, CliError>;

impl CliError {
    pub fn failure(message: impl Into<String>) -> Self {
        CliError {
            kind: ErrorKind::Failure,
            message: message.into(),
            hints: Vec::new(),
            context_hints: Vec::new(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        CliError {
            kind: ErrorKind::Usage,
            message: message.into(),
            hints: Vec::new(),
            context_hints: Vec::new(),
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Adds a hint that names the identity the command used (see `ContextHint`).
    pub fn hint_identity(mut self) -> Self {
        self.context_hints.push(ContextHint::WhichIdentity);
        self
    }

    /// A `--set FIELD=VALUE` that broke a rule: names the flag and the field.
    pub fn bad_set(e: FieldError) -> Self {
        CliError::bad_flag("--set", e.after(&format!("`{}`", e.field)))
    }

    /// A value given on the command line broke a rule; names the flag.
    pub fn bad_flag(flag: &str, problem: impl std::fmt::Display) -> Self {
        CliError::usage(crate::t!(
            "error-bad-flag",
            flag = flag,
            problem = problem.to_string()
        ))
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            CliError {
                kind: ErrorKind::BrokenPipe,
                message: String::new(),
                hints: Vec::new(),
                context_hints: Vec::new(),
            }
        } else {
            CliError::failure(e.to_string())
        }
    }
}

/// A record field as the flag that sets it, for messages about command-line input.
pub fn flag_of(field: &str) -> String {
    match field {
        "id_number" => "--id-number".into(),
        "category" => "--category".into(),
        "tag" => "--tag".into(),
        // The record keeps `notes`; every command takes one `--note`.
        "notes" => "--note".into(),
        other => format!("--{}", other.replace('_', "-")),
    }
}

impl From<FieldError> for CliError {
    fn from(e: FieldError) -> Self {
        CliError::bad_flag(&flag_of(&e.field), e.problem)
    }
}

impl From<KeyError> for CliError {
    fn from(e: KeyError) -> Self {
        let err = CliError::failure(e.to_string());
        match e {
            KeyError::Missing(_) => err
                .hint(crate::t!("error-hint-key-create"))
                .hint(crate::t!("error-hint-key-point")),
            KeyError::LoosePermissions { path, .. } => {
                err.hint(crate::t!("error-hint-key-chmod", path = path.display()))
            }
            KeyError::NeedsTerminal(_) => err.hint(crate::t!("error-hint-key-terminal")),
            KeyError::WrongPassphrase(_) => err.hint(crate::t!("error-hint-key-passphrase")),
            _ => err,
        }
    }
}

impl From<ResolveError> for CliError {
    fn from(e: ResolveError) -> Self {
        let err = CliError::failure(e.to_string());
        match e {
            ResolveError::Store(s) => s.into(),
            ResolveError::NoRecord(_) => err.hint(crate::t!("error-hint-resolve-list")),
            ResolveError::Ambiguous { .. } => err.hint(crate::t!("error-hint-resolve-more")),
            ResolveError::NoConflict { id, fields, .. } if fields.is_empty() => {
                err.hint(crate::t!("error-hint-resolve-none", id = id))
            }
            ResolveError::NoConflict { fields, .. } => err.hint(crate::t!(
                "error-hint-resolve-fields",
                fields = fields
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(&crate::t!("error-list-separator"))
            )),
            ResolveError::Invalid { id, field, .. } => err.hint(crate::t!(
                "error-hint-resolve-invalid",
                id = id,
                field = field
            )),
        }
    }
}

impl From<SyncError> for CliError {
    fn from(e: SyncError) -> Self {
        let err = CliError::failure(e.to_string());
        match e {
            SyncError::Store(s) => s.into(),
            SyncError::Git(ref g) => git_hints(err, g),
            SyncError::NotGit(_) => err.hint(crate::t!("error-hint-sync-not-git")),
            SyncError::NoUpstream => err.hint(crate::t!("error-hint-sync-no-upstream")),
            SyncError::MergeInProgress => err.hint(crate::t!("error-hint-sync-merge-in-progress")),
            SyncError::NotARecord(_) => err.hint(crate::t!("error-hint-sync-by-hand")),
            SyncError::DriverFailed(_) => err
                .hint(crate::t!("error-hint-sync-driver-key"))
                .hint(crate::t!("error-hint-sync-driver-again")),
            SyncError::Moved(_) => err
                .hint(crate::t!("error-hint-sync-moved-nothing-lost"))
                .hint(crate::t!("error-hint-sync-moved-key")),
            SyncError::FiledTwice(_) => err
                .hint(crate::t!("error-hint-sync-filed-twice-kept"))
                .hint(crate::t!("error-hint-sync-filed-twice-by-hand")),
        }
    }
}

impl From<MergeError> for CliError {
    fn from(e: MergeError) -> Self {
        let err = CliError::failure(e.to_string());
        match e {
            MergeError::NotARecord(_) => err.hint(crate::t!("error-hint-merge-not-a-record")),
            MergeError::Side { .. } => err
                .hint(crate::t!("error-hint-merge-side-key"))
                .hint(crate::t!("error-hint-merge-side-ours")),
            MergeError::Unparsable { .. } => err.hint(crate::t!("error-hint-merge-unparsable")),
            MergeError::Newer { .. } => err.hint(crate::t!("error-hint-merge-newer")),
            MergeError::Encrypt { .. } => err.hint(crate::t!("error-hint-merge-encrypt")),
            MergeError::Io { .. } => err.hint(crate::t!("error-hint-merge-io")),
        }
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Key(k) => k.into(),
            StoreError::NotFound(_) => {
                CliError::failure(e.to_string()).hint(crate::t!("error-hint-store-not-found"))
            }
            StoreError::NotAStore(_) => {
                CliError::failure(e.to_string()).hint(crate::t!("error-hint-store-not-a-store"))
            }
            StoreError::Locked(_) => {
                CliError::failure(e.to_string()).hint(crate::t!("error-hint-store-locked"))
            }
            StoreError::Conflict(_) => {
                CliError::failure(e.to_string()).hint(crate::t!("error-hint-store-conflict"))
            }
            StoreError::Git(ref g) => git_hints(CliError::failure(e.to_string()), g),
            StoreError::Journal(ref j) => {
                let err = CliError::failure(e.to_string());
                match j {
                    JournalError::RolledBack(g) => {
                        git_hints(err, g).hint(crate::t!("error-hint-journal-rolled-back"))
                    }
                    JournalError::CommitPending { source, .. } => {
                        git_hints(err, source).hint(crate::t!("error-hint-journal-commit-pending"))
                    }
                    JournalError::UndoPending(source) => {
                        git_hints(err, source).hint(crate::t!("error-hint-journal-undo-pending"))
                    }
                    JournalError::Damaged(_) => err.hint(crate::t!("error-hint-journal-damaged")),
                    JournalError::Io { .. } => err.hint(crate::t!("error-hint-journal-io")),
                }
            }
            StoreError::NotARecipient { .. } => CliError::failure(e.to_string())
                .hint(crate::t!("error-hint-not-a-recipient-point"))
                .hint(crate::t!("error-hint-not-a-recipient-ask")),
            StoreError::KeyOpensNothing { .. } => {
                CliError::failure(e.to_string()).hint(crate::t!("error-hint-key-opens-nothing"))
            }
            StoreError::NewerFormat { .. } => {
                CliError::failure(e.to_string()).hint(crate::t!("error-hint-newer-format"))
            }
            StoreError::WrongKey(_) => CliError::failure(e.to_string()).hint_identity(),
            _ => CliError::failure(e.to_string()),
        }
    }
}

impl From<UndoError> for CliError {
    fn from(e: UndoError) -> Self {
        let err = CliError::failure(e.to_string());
        match e {
            UndoError::Store(s) => s.into(),
            UndoError::NotGit => err
                .hint(crate::t!("error-hint-undo-not-git-edit"))
                .hint(crate::t!("error-hint-undo-not-git-init")),
            UndoError::NothingToUndo => err.hint(crate::t!("error-hint-undo-nothing")),
            UndoError::ChangedLater { .. } => err.hint(crate::t!("error-hint-undo-changed-later")),
            UndoError::AfterMerge { merge, .. } => err
                .hint(crate::t!("error-hint-undo-after-merge", merge = merge))
                .hint(crate::t!("error-hint-undo-after-merge-edit")),
            UndoError::NotMadeHere { commit, .. } => err
                .hint(crate::t!("error-hint-undo-not-made-here", commit = commit))
                .hint(crate::t!("error-hint-undo-not-made-here-edit")),
            UndoError::Uncommitted { .. } => err.hint(crate::t!("error-hint-undo-uncommitted")),
        }
    }
}

impl From<StepError> for CliError {
    fn from(e: StepError) -> Self {
        let hint = match &e {
            StepError::Closed { id, .. } => crate::t!("error-hint-complaint-closed", id = id),
            StepError::AlreadyResolved { id } => {
                crate::t!("error-hint-complaint-already-resolved", id = id)
            }
            StepError::VerdictBeforeResolution { id, .. } => {
                crate::t!("error-hint-complaint-verdict-first", id = id)
            }
            StepError::NotReopenable { id, .. } => {
                crate::t!("error-hint-complaint-not-reopenable", id = id)
            }
        };
        let err = match e {
            StepError::VerdictBeforeResolution { .. } => CliError::usage(e.to_string()),
            _ => CliError::failure(e.to_string()),
        };
        err.hint(hint)
    }
}

/// Recovery hints for a git failure.
fn git_hints(err: CliError, e: &GitError) -> CliError {
    match e {
        GitError::Busy(lock) => err.hint(crate::t!("error-hint-git-busy", lock = lock.display())),
        GitError::NotRunnable(_) => err.hint(crate::t!("error-hint-git-not-runnable")),
        GitError::Failed { .. } => err.hint(crate::t!("error-hint-git-failed")),
    }
}
