//! hk (家政客户管家): an encrypted, git-friendly CRM for housekeeping companies.
//!
//! The crate is split so that the architecture reads from the folder names:
//! `domain` holds the records and rules (pure, no I/O), `store` owns everything on
//! disk (files, age, locking, git), `import` turns outside spreadsheets into rows, `query` loads
//! what a command reads and joins it through maps,
//! `output` renders rows for people and scripts, `scratch` keeps the one plaintext copy
//! (an `$EDITOR` session) private and short-lived, and `cli` wires arguments to all of it.
#![forbid(unsafe_code)]

pub mod cli;
pub mod domain;
pub mod i18n;
pub mod import;
pub mod merge;
pub mod output;
pub mod prompt;
pub mod query;
pub mod scratch;
pub mod store;
