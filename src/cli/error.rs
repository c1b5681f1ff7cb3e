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
        CliError::usage(format!("`{flag}`: {problem}"))
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
                .hint("create one with `hk init` (new store) or `hk key generate --out FILE`")
                .hint("or point to yours with `--identity FILE` or `HK_IDENTITY`"),
            KeyError::LoosePermissions { path, .. } => err.hint(format!(
                "a private key must be readable by you alone: run `chmod 600 {}`",
                path.display()
            )),
            KeyError::NeedsTerminal(_) => err.hint(
                "run the command on a terminal, or use an identity without a passphrase for cron",
            ),
            KeyError::WrongPassphrase(_) => err.hint("try again; the passphrase is case-sensitive"),
            _ => err,
        }
    }
}

impl From<ResolveError> for CliError {
    fn from(e: ResolveError) -> Self {
        let err = CliError::failure(e.to_string());
        match e {
            ResolveError::Store(s) => s.into(),
            ResolveError::NoRecord(_) => {
                err.hint("`hk conflicts` lists the records with conflicts and their ids")
            }
            ResolveError::Ambiguous { .. } => err.hint("type more of the id"),
            ResolveError::NoConflict { id, fields, .. } if fields.is_empty() => err.hint(format!(
                "{id} has no conflicts at all; `hk conflicts` lists those that do"
            )),
            ResolveError::NoConflict { fields, .. } => err.hint(format!(
                "its conflicts are on {}",
                fields
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            ResolveError::Invalid { id, field, .. } => err.hint(format!(
                "the conflict stays; settle it with `hk resolve {id} {field} --ours`, or a `--value` that keeps the rule (or first fix the other field the rule names with `hk … edit`)"
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
            SyncError::NotGit(_) => err.hint("share a store through git: see docs/two-offices.md"),
            SyncError::NoUpstream => err.hint(
                "push it once with `git push -u origin HEAD` (or clone the shared repository)",
            ),
            SyncError::MergeInProgress => err.hint(
                "finish it (`git commit`) or give it up (`git merge --abort`), then `hk sync` again",
            ),
            SyncError::NotARecord(_) => err.hint(
                "merge by hand: `git pull --no-rebase`, fix the file, `git commit`; then `hk sync`",
            ),
            SyncError::DriverFailed(_) => err
                .hint("check that your key opens the record in both versions (`hk cat FILE`)")
                .hint("then `hk git setup` and `hk sync` again"),
            SyncError::Moved(_) => err
                .hint("nothing was lost: this clone is as it was before `hk sync`")
                .hint("the merge needs a key that opens every version of the record (`HK_IDENTITY`) and an hk that knows its format; fix that, then `hk sync` again"),
            SyncError::FiledTwice(_) => err
                .hint("both files are kept as they are; the merge needs a key that opens both (`HK_IDENTITY`) and an hk that knows their format")
                .hint("or keep one by hand: `git rm FILE`, `git commit`, then `hk sync`"),
        }
    }
}

impl From<MergeError> for CliError {
    fn from(e: MergeError) -> Self {
        let err = CliError::failure(e.to_string());
        match e {
            MergeError::NotARecord(_) => {
                err.hint("only `*.age` records take `merge=hk` in `.gitattributes`")
            }
            MergeError::Side { .. } => err
                .hint("the merge needs a key that opens all three versions (`HK_IDENTITY`)")
                .hint("git keeps our version; fix or choose it, then `git add` the file"),
            MergeError::Unparsable { .. } => err.hint(
                "git keeps our version; pick one with `git checkout --ours FILE` or `--theirs FILE`, then `git add` it",
            ),
            MergeError::Newer { .. } => {
                err.hint("upgrade hk on this machine, then merge again")
            }
            MergeError::Encrypt { .. } => err.hint("check the keys in `.hk/recipients`"),
            MergeError::Io { .. } => err.hint("fix the disk problem, then merge again"),
        }
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Key(k) => k.into(),
            StoreError::NotFound(_) => CliError::failure(e.to_string())
                .hint("create one with `hk init DIR`, or name it with `--store DIR` or `HK_STORE`"),
            StoreError::NotAStore(_) => CliError::failure(e.to_string())
                .hint("check `--store`/`HK_STORE`, or create a store with `hk init DIR`"),
            StoreError::Locked(_) => CliError::failure(e.to_string())
                .hint("wait for the other command to finish and run this one again"),
            StoreError::Conflict(_) => CliError::failure(e.to_string())
                .hint("another command changed the record first; run yours again"),
            StoreError::Git(ref g) => git_hints(CliError::failure(e.to_string()), g),
            StoreError::Journal(ref j) => {
                let err = CliError::failure(e.to_string());
                match j {
                    JournalError::RolledBack(g) => {
                        git_hints(err, g).hint("running the command again is safe")
                    }
                    JournalError::CommitPending { source, .. } => git_hints(err, source)
                        .hint("the records are in place; the next hk command commits them"),
                    JournalError::UndoPending(source) => git_hints(err, source)
                        .hint("the next hk command finishes undoing it; then run yours again"),
                    JournalError::Damaged(_) => err.hint(
                        "move `.hk/journal` out of the store to give up that write (its new files are in `.hk/journal/new`), then run hk again",
                    ),
                    JournalError::Io { .. } => {
                        err.hint("fix the disk problem; the next hk command finishes or undoes the write")
                    }
                }
            }
            StoreError::NotARecipient { .. } => CliError::failure(e.to_string())
                .hint("point to the store's key with `--identity FILE` or `HK_IDENTITY`")
                .hint("or ask a colleague who can read the store to add yours (`hk key public` prints it) to `.hk/recipients` and run `hk key rewrap`"),
            StoreError::KeyOpensNothing { .. } => CliError::failure(e.to_string()).hint(
                "the records were written before your key was added: a colleague whose key opens them runs `hk key rewrap`",
            ),
            StoreError::NewerFormat { .. } => CliError::failure(e.to_string())
                .hint("upgrade hk on this machine before changing this record"),
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
                .hint("change the record back instead: `hk client edit`, `hk visit edit`, `hk followup edit`, `hk survey edit`, or the `delete` of its kind")
                .hint("to keep history from now on, make the store a git work tree (`git init`, then commit it)"),
            UndoError::NothingToUndo => err.hint(
                "hk undoes only its own commits (they end with a `Hk-Version:` line); revert others with `git revert COMMIT`",
            ),
            UndoError::ChangedLater { .. } => err
                .hint("`git log -- FILE` shows the later commits; undo those first, or revert by hand with `git revert`"),
            UndoError::AfterMerge { merge, .. } => err
                .hint(format!("hk undo never takes back a merge; to take back what it brought in, for every office: `git revert -m 1 {merge}`, then `hk sync`"))
                .hint("to change one record back, edit it (`hk client edit`, `hk visit edit` …)"),
            UndoError::NotMadeHere { commit, .. } => err
                .hint(format!("hk undo takes back only a change made in this clone; to take that one back for every office: `git revert {commit}`, then `hk sync`"))
                .hint("or edit the record back (`hk client edit`, `hk visit edit` …)"),
            UndoError::Uncommitted { .. } => {
                err.hint("commit or discard those changes first (`git status` lists them)")
            }
        }
    }
}

impl From<StepError> for CliError {
    fn from(e: StepError) -> Self {
        let hint = match &e {
            StepError::Closed { id, .. } => format!("reopen it first: `hk complaint reopen {id}`"),
            StepError::AlreadyResolved { id } => format!(
                "close it with `hk complaint close {id} --verdict satisfied|unsatisfied`, or reopen it to resolve it again"
            ),
            StepError::VerdictBeforeResolution { id, .. } => format!(
                "resolve it first: `hk complaint resolve {id} --resolution TEXT`; or close it without `--verdict`/`--score`"
            ),
            StepError::NotReopenable { id, .. } => format!(
                "it is still being handled: `hk complaint log {id}` or `hk complaint resolve {id}`"
            ),
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
        GitError::Busy(lock) => err.hint(format!(
            "wait for the other git command to finish; if none is running, a crashed git left its lock: remove `{}`",
            lock.display()
        )),
        GitError::NotRunnable(_) => err.hint("install git, or keep the store outside git"),
        GitError::Failed { .. } => err.hint("fix what git says, then run the command again"),
    }
}
