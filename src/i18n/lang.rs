//! Which language: the setting (`--lang zh|en|both`, `HK_LANG`, the store's
//! `language`) and how it is chosen when several sources say something.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use unic_langid::LanguageIdentifier;

/// The language of messages, prompts and `--help`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Lang {
    Zh = 0,
    En = 1,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    pub(crate) fn from_u8(v: u8) -> Lang {
        if v == Lang::Zh as u8 {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// The catalogue's folder under `i18n/` (and the man pages' under `docs/man/`).
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        let tag = match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        };
        tag.parse().unwrap_or_default()
    }
}

/// The language of table headers: one of the two, or both side by side (`客户 Client`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Headers {
    Zh = 0,
    En = 1,
    Both = 2,
}

impl Headers {
    pub(crate) fn from_u8(v: u8) -> Headers {
        match v {
            0 => Headers::Zh,
            1 => Headers::En,
            _ => Headers::Both,
        }
    }
}

/// A language as a user names it: `zh`, `en` or `both`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    Zh,
    En,
    Both,
}

impl Setting {
    pub const NAMES: [&'static str; 3] = ["zh", "en", "both"];

    /// `zh`, `zh-CN`, `zh_CN.UTF-8`, `Chinese`… → Chinese; `en`, `en_US`… → English;
    /// `both`. Case does not matter.
    pub fn parse(s: &str) -> Option<Setting> {
        let s = s.trim().to_ascii_lowercase();
        if s == "both" {
            Some(Setting::Both)
        } else if s == "zh"
            || s.starts_with("zh-")
            || s.starts_with("zh_")
            || s == "chinese"
            || s == "中文"
        {
            Some(Setting::Zh)
        } else if s == "en" || s.starts_with("en-") || s.starts_with("en_") || s == "english" {
            Some(Setting::En)
        } else {
            None
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Setting::Zh => "zh",
            Setting::En => "en",
            Setting::Both => "both",
        }
    }
}

impl fmt::Display for Setting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Setting {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Setting {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Setting::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("`{s}` is not a language: use `zh`, `en` or `both`"))
        })
    }
}

/// Where the language may come from, strongest first.
#[derive(Debug, Clone, Default)]
pub struct Sources<'a> {
    /// `--lang`.
    pub flag: Option<Setting>,
    /// `HK_LANG`.
    pub env: Option<&'a str>,
    /// The store's `language` in `.hk/config.toml`.
    pub config: Option<Setting>,
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`, in that order (the first one set counts).
    pub locale: Option<&'a str>,
}

/// The chosen languages: of messages, and of table headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chosen {
    pub messages: Lang,
    pub headers: Headers,
}

/// The first of `--lang`, `HK_LANG`, the config's `language` that names a language
/// decides both messages and headers (`both`: bilingual headers, messages in the
/// locale's language). Without one, headers stay bilingual and messages follow the
/// locale: `zh_*` is Chinese, anything else (or nothing) English. An `HK_LANG` that
/// names no language is passed over, as an unknown locale is.
pub fn choose(sources: &Sources<'_>) -> Chosen {
    let explicit = sources
        .flag
        .or_else(|| sources.env.and_then(Setting::parse))
        .or(sources.config);
    let from_locale = match sources.locale.and_then(Setting::parse) {
        Some(Setting::Zh) => Lang::Zh,
        _ => Lang::En,
    };
    match explicit {
        Some(Setting::Zh) => Chosen {
            messages: Lang::Zh,
            headers: Headers::Zh,
        },
        Some(Setting::En) => Chosen {
            messages: Lang::En,
            headers: Headers::En,
        },
        Some(Setting::Both) | None => Chosen {
            messages: from_locale,
            headers: Headers::Both,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chosen(
        flag: Option<&str>,
        env: Option<&str>,
        config: Option<&str>,
        locale: Option<&str>,
    ) -> Chosen {
        choose(&Sources {
            flag: flag.and_then(Setting::parse),
            env,
            config: config.and_then(Setting::parse),
            locale,
        })
    }

    #[test]
    fn the_strongest_source_wins() {
        let zh = Chosen {
            messages: Lang::Zh,
            headers: Headers::Zh,
        };
        let en = Chosen {
            messages: Lang::En,
            headers: Headers::En,
        };
        assert_eq!(
            chosen(Some("zh"), Some("en"), Some("en"), Some("en_US.UTF-8")),
            zh
        );
        assert_eq!(
            chosen(None, Some("en"), Some("zh"), Some("zh_CN.UTF-8")),
            en
        );
        assert_eq!(chosen(None, None, Some("zh"), Some("C")), zh);
        assert_eq!(chosen(None, Some("klingon"), Some("zh"), None), zh);
    }

    #[test]
    fn the_locale_picks_messages_and_headers_stay_bilingual() {
        let c = chosen(None, None, None, Some("zh_CN.UTF-8"));
        assert_eq!(
            c,
            Chosen {
                messages: Lang::Zh,
                headers: Headers::Both
            }
        );
        let c = chosen(None, None, None, Some("C.UTF-8"));
        assert_eq!(
            c,
            Chosen {
                messages: Lang::En,
                headers: Headers::Both
            }
        );
        let c = chosen(None, None, None, None);
        assert_eq!(
            c,
            Chosen {
                messages: Lang::En,
                headers: Headers::Both
            }
        );
        let c = chosen(Some("both"), None, None, Some("zh_TW.UTF-8"));
        assert_eq!(
            c,
            Chosen {
                messages: Lang::Zh,
                headers: Headers::Both
            }
        );
    }

    #[test]
    fn settings_parse_the_usual_spellings() {
        for s in ["zh", "ZH", "zh-CN", "zh_CN.UTF-8", "中文"] {
            assert_eq!(Setting::parse(s), Some(Setting::Zh), "{s}");
        }
        for s in ["en", "en_US.UTF-8", "English"] {
            assert_eq!(Setting::parse(s), Some(Setting::En), "{s}");
        }
        assert_eq!(Setting::parse("both"), Some(Setting::Both));
        assert_eq!(Setting::parse("C"), None);
        assert_eq!(Setting::parse(""), None);
    }
}
