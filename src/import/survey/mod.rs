//! Questionnaire exports (问卷星, 腾讯问卷, Google Forms, SurveyMonkey, plain CSV) turned
//! into survey rows: which column answers which dimension, and one [`Row`] per response.
//!
//! Online tools number and phrase their questions freely (`3、您对阿姨的服务态度是否满意？`,
//! `Q1:总体满意度`, `How friendly was your housekeeper?`), and almost every question
//! contains 满意度. So columns are matched by keywords, most specific first (态度 before
//! 总体), and two columns that land on the same dimension are refused rather than
//! guessed: the user settles it with `--map DIM=COLUMN`. Metadata the tools add (IP,
//! 来源, 所用时间, 地理位置, e-mail, names) is recognised and dropped, so it is never
//! stored.
//!
//! Re-importing a file must add nothing, so each row gets a [`fingerprint`] of what
//! identifies the response (serial, submission time, client, answers) and nothing that
//! a re-export might change (IP, source, time taken). Everything here is pure: the CLI
//! reads the file, resolves clients and writes records.

mod answers;
mod keywords;
mod mapping;
mod presets;
mod rows;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::header_key;

pub use answers::{parse_nps, parse_score, parse_when};
pub use mapping::{MapError, map_sheet};
pub use rows::{fingerprint, parse_row};

/// The questionnaire tool a file came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    Auto,
    Wjx,
    Tencent,
    Google,
    SurveyMonkey,
    Generic,
}

impl Preset {
    /// Reads `--preset` values: `auto`, `wjx` (问卷星), `tencent` (腾讯问卷), `google`,
    /// `surveymonkey`, `generic`.
    pub fn parse(s: &str) -> Result<Preset, String> {
        match header_key(s).as_str() {
            "auto" => Ok(Preset::Auto),
            "wjx" | "问卷星" => Ok(Preset::Wjx),
            "tencent" | "腾讯问卷" | "腾讯" => Ok(Preset::Tencent),
            "google" | "googleforms" => Ok(Preset::Google),
            "surveymonkey" | "monkey" => Ok(Preset::SurveyMonkey),
            "generic" | "plain" => Ok(Preset::Generic),
            _ => Err(crate::t!("survey-preset-expected")),
        }
    }

    /// The name `--preset` accepts.
    pub fn name(self) -> &'static str {
        match self {
            Preset::Auto => "auto",
            Preset::Wjx => "wjx",
            Preset::Tencent => "tencent",
            Preset::Google => "google",
            Preset::SurveyMonkey => "surveymonkey",
            Preset::Generic => "generic",
        }
    }

    /// Whether files of this kind come from an online questionnaire (so the caller
    /// may default the channel to `online`); a generic file could be anything.
    pub fn is_online(self) -> bool {
        matches!(
            self,
            Preset::Wjx | Preset::Tencent | Preset::Google | Preset::SurveyMonkey
        )
    }
}

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    ClientId,
    Phone,
    Date,
    Channel,
    Visit,
    /// A 1–5 score for the dimension with this key.
    Dimension(String),
    Nps,
    Comment,
    /// The tool's respondent or serial number; used only for the fingerprint.
    Serial,
}

impl Target {
    /// The name `--map` uses for this target (a dimension's key for dimensions).
    pub fn name(&self) -> &str {
        match self {
            Target::ClientId => "client",
            Target::Phone => "phone",
            Target::Date => "date",
            Target::Channel => "channel",
            Target::Visit => "visit",
            Target::Dimension(key) => key,
            Target::Nps => "nps",
            Target::Comment => "comment",
            Target::Serial => "serial",
        }
    }

    pub(super) fn is_answer(&self) -> bool {
        matches!(self, Target::Dimension(_) | Target::Nps | Target::Comment)
    }
}

/// Which column holds what, as decided by [`map_sheet`].
#[derive(Debug, Clone)]
pub struct Mapping {
    /// The detected (or given) preset; never `Auto`.
    pub preset: Preset,
    /// Column index (0-based) and target, in column order. Only `Comment` may occur
    /// more than once (the answers are joined).
    pub columns: Vec<(usize, Target)>,
    /// Headers not used, in column order (IP, 来源, 所用时间, unmatched questions …).
    pub ignored: Vec<String>,
    /// Header rows in the file: 2 for a SurveyMonkey export (its sub-label row has been
    /// dropped from the data; row line numbers still count it), else 1.
    pub header_rows: u64,
}

impl Mapping {
    /// The first column mapped to `target`.
    pub fn column_of(&self, target: &Target) -> Option<usize> {
        self.columns
            .iter()
            .find(|(_, t)| t == target)
            .map(|(i, _)| *i)
    }
}

/// One response, ready for the CLI to resolve its client and visit.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The line of the file where the row starts.
    pub line: u64,
    /// Lower-cased client id (or id prefix) as written.
    pub client_id: Option<String>,
    /// Normalised phone number.
    pub phone: Option<String>,
    pub date: Option<NaiveDate>,
    /// A channel key (`phone`, `online`, `paper`, `interview`) when the file has one.
    pub channel: Option<String>,
    /// Lower-cased visit id (or prefix) when the file names one.
    pub visit: Option<String>,
    /// 1–5 per dimension key; unanswered dimensions are absent.
    pub scores: BTreeMap<String, u8>,
    pub nps: Option<u8>,
    /// The comment answers, joined by newlines when several columns hold comments.
    pub comment: String,
    /// Identifies the response across re-exports; see [`fingerprint`].
    pub fingerprint: String,
}
