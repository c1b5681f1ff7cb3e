//! The inquiry settings in `.hk/config.toml` (`[inquiries]`): the channels an inquiry
//! comes in by and the topics a prospect asks about, each a key for files and scripts
//! and a label for people. Input accepts either; every list has defaults, so a config
//! written before inquiries existed keeps working.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InquirySettings {
    #[serde(default = "default_channels")]
    pub channels: Vec<Choice>,
    #[serde(default = "default_topics")]
    pub topics: Vec<Choice>,
}

/// One entry of a configured list: `wechat` / 微信.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub key: String,
    pub label: String,
}

fn choices(list: &[(&str, &str)]) -> Vec<Choice> {
    list.iter()
        .map(|(key, label)| Choice {
            key: (*key).into(),
            label: (*label).into(),
        })
        .collect()
}

fn default_channels() -> Vec<Choice> {
    choices(&[
        ("phone", "电话"),
        ("wechat", "微信"),
        ("meituan", "美团"),
        ("58tongcheng", "58同城"),
        ("walk-in", "到店"),
        ("website", "网站"),
        ("referral", "转介绍"),
        ("other", "其他"),
    ])
}

fn default_topics() -> Vec<Choice> {
    choices(&[
        ("price", "价格"),
        ("qualification", "资质"),
        ("availability", "档期"),
        ("content", "服务内容"),
        ("safety", "安全/保险"),
        ("other", "其他"),
    ])
}

impl Default for InquirySettings {
    fn default() -> Self {
        InquirySettings {
            channels: default_channels(),
            topics: default_topics(),
        }
    }
}

/// What a list is called in messages: `channel`, `topic`.
fn check_list(list: &[Choice], what: &str) -> Result<(), String> {
    if list.is_empty() {
        return Err(crate::t!("inquiry-settings-list-empty", what = what));
    }
    for (i, c) in list.iter().enumerate() {
        if c.key.trim().is_empty() || c.label.trim().is_empty() {
            return Err(crate::t!(
                "inquiry-settings-entry-incomplete",
                what = what,
                number = i + 1
            ));
        }
        if list[..i]
            .iter()
            .any(|o| o.key.eq_ignore_ascii_case(&c.key) || o.label == c.label)
        {
            return Err(crate::t!(
                "inquiry-settings-entries-share",
                what = what,
                key = &c.key
            ));
        }
    }
    Ok(())
}

/// An entry by key (case-insensitively) or label.
fn find<'a>(list: &'a [Choice], input: &str, what: &str) -> Result<&'a Choice, String> {
    let s = input.trim();
    list.iter()
        .find(|c| c.key.eq_ignore_ascii_case(s) || c.label == s)
        .ok_or_else(|| {
            let known: Vec<String> = list
                .iter()
                .map(|c| format!("{} ({})", c.key, c.label))
                .collect();
            crate::t!(
                "inquiry-settings-unknown",
                input = s,
                what = what,
                known = known.join(", ")
            )
        })
}

/// The label of a key, or the key when the config no longer has it.
fn label<'a>(list: &'a [Choice], key: &'a str) -> &'a str {
    list.iter()
        .find(|c| c.key == key)
        .map_or(key, |c| c.label.as_str())
}

impl InquirySettings {
    pub fn check(&self) -> Result<(), String> {
        check_list(&self.channels, "channel")?;
        check_list(&self.topics, "topic")
    }

    pub fn channel(&self, input: &str) -> Result<&Choice, String> {
        find(&self.channels, input, "channel")
    }

    pub fn topic(&self, input: &str) -> Result<&Choice, String> {
        find(&self.topics, input, "topic")
    }

    pub fn channel_label<'a>(&'a self, key: &'a str) -> &'a str {
        label(&self.channels, key)
    }

    pub fn topic_label<'a>(&'a self, key: &'a str) -> &'a str {
        label(&self.topics, key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channels_and_topics_by_key_or_label() {
        let s = InquirySettings::default();
        assert_eq!(s.channel("美团").unwrap().key, "meituan");
        assert_eq!(s.channel("WeChat").unwrap().key, "wechat");
        assert_eq!(s.topic("资质").unwrap().key, "qualification");
        assert_eq!(s.topic("安全/保险").unwrap().key, "safety");
        let e = s.topic("颜色").unwrap_err();
        assert!(e.contains("price (价格)"), "{e}");
        assert_eq!(s.topic_label("availability"), "档期");
        assert_eq!(s.topic_label("gone"), "gone");
    }

    #[test]
    fn lists_need_entries_with_distinct_keys() {
        let mut s = InquirySettings::default();
        s.topics.clear();
        assert!(s.check().unwrap_err().contains("topic"));
        let mut s = InquirySettings::default();
        s.channels.push(Choice {
            key: "PHONE".into(),
            label: "座机".into(),
        });
        assert!(s.check().unwrap_err().contains("share"));
    }
}
