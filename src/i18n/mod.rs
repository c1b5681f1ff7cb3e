//! The user-facing language: one message catalogue in Chinese (zh-CN) and English,
//! kept as [Fluent](https://projectfluent.org) files under `i18n/`, and the setting that
//! picks one.
//!
//! Every message, hint, prompt and status line is looked up by id with [`t!`]:
//!
//! ```text
//! t!("client-not-found", id = id)      // i18n/{en,zh-CN}/*.ftl: client-not-found = …
//! ```
//!
//! The catalogue is compiled into the binary (`include_str!`), so hk needs no files at
//! run time. The language is chosen once at start-up (`cli::main`, from `--lang`,
//! `HK_LANG`, the store's `language`, the locale) and kept here for the process; the
//! domain and store layers format their errors through it without knowing where it
//! came from. Tests in `tests/it/i18n.rs` fail when an id has no text in one of the
//! two languages, or the two texts take different variables.
//!
//! Column headers are not in the catalogue: each column carries its short bilingual
//! label (`客户 Client`) beside its machine key, and [`header`] picks the half the
//! setting asks for.

pub mod catalogue;
pub mod lang;

use std::borrow::Cow;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use lang::{Headers, Lang, Setting};

/// The language of messages and of column headers for this process.
static MESSAGES: AtomicU8 = AtomicU8::new(Lang::En as u8);
static HEADERS: AtomicU8 = AtomicU8::new(Headers::Both as u8);

/// Sets the language for the rest of the process (called once by `cli::main`).
pub fn set(messages: Lang, headers: Headers) {
    MESSAGES.store(messages as u8, Ordering::Relaxed);
    HEADERS.store(headers as u8, Ordering::Relaxed);
}

/// The language messages are written in.
pub fn lang() -> Lang {
    Lang::from_u8(MESSAGES.load(Ordering::Relaxed))
}

/// The language(s) table headers are written in.
pub fn headers() -> Headers {
    Headers::from_u8(HEADERS.load(Ordering::Relaxed))
}

/// One variable of a message: text, or a number (which English plural rules select on:
/// `{ $count -> [one] … *[other] … }`).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

/// What [`t!`] accepts as a variable's value.
pub trait IntoArg {
    fn into_arg(self) -> Arg;
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> Arg {
                Arg::Number(self as f64)
            }
        }
        impl IntoArg for &$t {
            fn into_arg(self) -> Arg {
                Arg::Number(*self as f64)
            }
        }
    )*};
}
number_args!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize, f64);

impl IntoArg for &str {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}
impl IntoArg for String {
    fn into_arg(self) -> Arg {
        Arg::Text(self)
    }
}
impl IntoArg for &String {
    fn into_arg(self) -> Arg {
        Arg::Text(self.clone())
    }
}
impl IntoArg for Cow<'_, str> {
    fn into_arg(self) -> Arg {
        Arg::Text(self.into_owned())
    }
}
impl IntoArg for &Cow<'_, str> {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}
impl IntoArg for char {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}
impl IntoArg for std::path::Display<'_> {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}
impl IntoArg for &std::path::Path {
    fn into_arg(self) -> Arg {
        Arg::Text(self.display().to_string())
    }
}
impl IntoArg for &std::path::PathBuf {
    fn into_arg(self) -> Arg {
        Arg::Text(self.display().to_string())
    }
}
impl IntoArg for std::fmt::Arguments<'_> {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}

impl IntoArg for &std::io::Error {
    fn into_arg(self) -> Arg {
        Arg::Text(io_text(self))
    }
}

/// An I/O error as the user reads it: the system's own words in English, the common
/// kinds (a missing file, no permission …) in Chinese, else the system's words.
pub fn io_text(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if lang() == Lang::En {
        return e.to_string();
    }
    match e.kind() {
        K::NotFound => crate::t!("io-not-found"),
        K::PermissionDenied => crate::t!("io-permission-denied"),
        K::AlreadyExists => crate::t!("io-already-exists"),
        K::IsADirectory => crate::t!("io-is-a-directory"),
        K::NotADirectory => crate::t!("io-not-a-directory"),
        K::StorageFull => crate::t!("io-storage-full"),
        K::ReadOnlyFilesystem => crate::t!("io-read-only"),
        _ => e.to_string(),
    }
}

/// A message of the catalogue in the process's language: `t!("id")` or
/// `t!("id", name = value, count = n)`.
#[macro_export]
macro_rules! t {
    ($id:literal $(,)?) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text(
            $id,
            &[$((stringify!($name), $crate::i18n::IntoArg::into_arg($value))),+],
        )
    };
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![lang.langid()]);
    // Fluent wraps each variable in Unicode isolation marks by default, for right-to-left
    // scripts; in a terminal they are invisible bytes that break `grep` and copy-paste.
    bundle.set_use_isolating(false);
    for (name, text) in catalogue::files(lang) {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, errors)| {
            // A syntax error is caught by the catalogue tests; keep what did parse.
            debug_assert!(errors.is_empty(), "i18n/{}/{name}: {errors:?}", lang.dir());
            r
        });
        // Duplicate ids are caught by the catalogue tests too.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

// Each language is parsed the first time one of its messages is needed, so an English
// run never parses the Chinese catalogue (and a Chinese one parses the English only
// for a message the Chinese lacks, which the tests rule out).
static ZH: LazyLock<Bundle> = LazyLock::new(|| bundle(Lang::Zh));
static EN: LazyLock<Bundle> = LazyLock::new(|| bundle(Lang::En));

fn bundle_of(lang: Lang) -> &'static Bundle {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// The message `id` with its variables, in the process's language.
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    text_in(lang(), id, args)
}

/// The message `id` in `lang`; falls back to English, then to the id itself (which
/// the catalogue tests make sure never reaches a user).
pub fn text_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    message_in(lang, id, None, args)
        .or_else(|| message_in(Lang::En, id, None, args))
        .unwrap_or_else(|| id.to_string())
}

/// The message `id` (or its attribute `attr`) in exactly `lang`, if the catalogue has it.
pub fn message_in(
    lang: Lang,
    id: &str,
    attr: Option<&str>,
    args: &[(&str, Arg)],
) -> Option<String> {
    let bundle = bundle_of(lang);
    let message = bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fargs.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => fargs.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    Some(out.into_owned())
}

/// `label` (`error:`, `错误：`) and `text` as one line: a Chinese full-width colon
/// takes no space after it.
pub fn labelled(label: &str, text: &str) -> String {
    if label.contains('：') {
        format!("{label}{text}")
    } else {
        format!("{label} {text}")
    }
}

/// A vocabulary word (`term-GROUP-KEY` in the catalogue) as a Chinese table shows
/// it; the key itself in English and bilingual tables, and for a word the catalogue
/// lacks.
pub fn term(group: &str, key: &str) -> String {
    if headers() != Headers::Zh {
        return key.to_string();
    }
    message_in(Lang::Zh, &format!("term-{group}-{key}"), None, &[])
        .unwrap_or_else(|| key.to_string())
}

/// A vocabulary word (`term-GROUP-KEY`) inside a message: in Chinese when messages
/// are (`已记录回访 …（电话，已接通）`), else the key, as the user types it.
pub fn word(group: &str, key: &str) -> String {
    if lang() != Lang::Zh {
        return key.to_string();
    }
    message_in(Lang::Zh, &format!("term-{group}-{key}"), None, &[])
        .unwrap_or_else(|| key.to_string())
}

/// The column header for a bilingual label (`客户 Client`): its Chinese half, its
/// English half, or both, as the setting asks. A label with one language only is
/// shown as it is.
pub fn header(label: &str) -> Cow<'_, str> {
    header_in(headers(), label)
}

/// [`header`] for a given setting.
pub fn header_in(headers: Headers, label: &str) -> Cow<'_, str> {
    if headers == Headers::Both {
        return Cow::Borrowed(label);
    }
    let Some((zh, en)) = split_label(label) else {
        return Cow::Borrowed(label);
    };
    Cow::Borrowed(if headers == Headers::Zh { zh } else { en })
}

/// Splits `客户 Client` into `("客户", "Client")`: the Chinese half is the leading run
/// of words that hold a CJK character. `None` when one half is missing.
pub fn split_label(label: &str) -> Option<(&str, &str)> {
    let mut end = 0;
    for word in label.split(' ') {
        if word.chars().any(is_cjk) {
            end += word.len() + 1;
        } else {
            break;
        }
    }
    if end == 0 || end >= label.len() {
        return None;
    }
    let (zh, en) = label.split_at(end);
    Some((zh.trim_end(), en.trim()))
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{ff00}'..='\u{ffef}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_split_into_their_halves() {
        assert_eq!(split_label("客户 Client"), Some(("客户", "Client")));
        assert_eq!(split_label("满意率% CSAT"), Some(("满意率%", "CSAT")));
        assert_eq!(
            split_label("逾期天数 Overdue days"),
            Some(("逾期天数", "Overdue days"))
        );
        assert_eq!(split_label("Name"), None);
        assert_eq!(split_label("客户"), None);
        assert_eq!(header_in(Headers::Zh, "服务 Service"), "服务");
        assert_eq!(header_in(Headers::En, "服务 Service"), "Service");
        assert_eq!(header_in(Headers::Both, "服务 Service"), "服务 Service");
    }

    #[test]
    fn messages_are_looked_up_in_either_language() {
        assert_eq!(
            message_in(Lang::En, "label-error", None, &[]).as_deref(),
            Some("error:")
        );
        assert_eq!(
            message_in(Lang::Zh, "label-error", None, &[]).as_deref(),
            Some("错误：")
        );
        let missing = ["no", "such", "id"].join("-");
        assert_eq!(text_in(Lang::Zh, &missing, &[]), missing);
    }
}
