//! The catalogue's files, compiled in. A file is listed once here and must exist in
//! both `i18n/en/` and `i18n/zh-CN/` (the build fails otherwise); a test fails when a
//! file under `i18n/` is not listed.

use super::Lang;

macro_rules! catalogue {
    ($($name:literal),* $(,)?) => {
        /// Every message file: (name, English text, Chinese text).
        pub const MESSAGES: &[(&str, &str, &str)] = &[$((
            $name,
            include_str!(concat!("../../i18n/en/", $name, ".ftl")),
            include_str!(concat!("../../i18n/zh-CN/", $name, ".ftl")),
        )),*];
    };
}

catalogue!(
    "common",
    "errors",
    "store",
    "client",
    "records",
    "visit",
    "followup",
    "survey",
    "staff",
    "complaint",
    "inquiry",
    "package",
    "message",
    "audit",
    "report",
    "today",
    "admin",
    "import",
    "prompt",
    "terms",
);

macro_rules! help {
    ($($name:literal),* $(,)?) => {
        /// The Chinese `--help` texts, by command group. The English ones are the clap
        /// definitions' doc comments (see `cli::help`).
        pub const HELP_ZH: &[(&str, &str)] = &[$((
            $name,
            include_str!(concat!("../../i18n/zh-CN/help/", $name, ".ftl")),
        )),*];
    };
}

help!(
    "hk",
    "client",
    "visit",
    "followup",
    "survey",
    "staff",
    "complaint",
    "inquiry",
    "package",
    "message",
    "audit",
    "report",
    "admin",
);

/// The files of one language, as (name, text).
pub fn files(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut files: Vec<(&str, &str)> = MESSAGES
        .iter()
        .map(|(name, en, zh)| (*name, if lang == Lang::Zh { *zh } else { *en }))
        .collect();
    if lang == Lang::Zh {
        files.extend(HELP_ZH.iter().copied());
    }
    files
}
