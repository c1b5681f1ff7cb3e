//! hk's integration tests, in one test binary (`cargo test --test it`): each module is
//! one area, and `common` and `pty` are the helpers they share, compiled once. One
//! binary links once, where a file per binary linked ~20 times against the same
//! dependencies.
//!
//! The tests of every module run in parallel threads of this one process, so none may
//! change process-wide state (`std::env::set_var`, the current directory, signal
//! handlers): a test passes what it needs to the `hk` it runs (`TestEnv::cmd`, whose
//! environment is cleared and set per command) and kills only its own children.
//!
//! Run one area with a filter on the module path, e.g. `cargo test --test it crash::`.
//! A new file here is compiled only once it is listed below.

mod actions;
mod booking;
mod cache;
mod client_edit;
mod client_import;
mod client_story;
mod company_month;
mod company_month_driver;
mod complaint_report;
mod complaints;
mod completions;
mod consent;
mod crash;
mod csv_safety;
mod dashboard;
mod dispatch;
mod docs;
mod docs_fixes;
mod due_rules;
mod due_rules_stages;
mod due_rules_timing;
mod due_rules_what_counts;
mod fixing_mistakes;
mod i18n;
mod i18n_admin;
mod i18n_client;
mod i18n_reception;
mod i18n_reports;
mod i18n_staffcomp;
mod i18n_visits;
mod integrity_fixes;
mod integrity_fixes_client_edit;
mod integrity_fixes_plaintext;
mod integrity_fixes_visits;
mod loyalty;
mod man;
mod messages;
mod money;
mod no_panic;
mod offices;
mod offices_moves;
mod offices_rules;
mod output;
mod periods;
mod reception;
mod reception_messages;
mod rights;
mod series;
mod staff;
mod store_safety;
mod surveys;
mod surveys_hand_entry;
mod surveys_import;
mod surveys_import_rows;
mod surveys_report;
mod surveys_stages;
mod terminal;
mod today;
mod visit_followup_errors;
mod write_path;
// The Chinese interface of the store, keys, git and the errors (tests/it/i18n_store.rs).
mod i18n_store;

mod common;
mod pty;
