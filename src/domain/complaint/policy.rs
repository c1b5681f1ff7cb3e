//! The complaint settings in `.hk/config.toml` (`[complaints]`): the complaint types
//! with their labels and default priorities, and the deadlines per priority. Every
//! key has a default, so a config written before complaints existed keeps working.

use serde::{Deserialize, Serialize};

use super::Priority;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComplaintPolicy {
    #[serde(default = "default_types")]
    pub types: Vec<ComplaintType>,
    #[serde(default)]
    pub deadlines: Deadlines,
}

/// A kind of complaint (物品损坏 …) and the priority it gets unless told otherwise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComplaintType {
    pub key: String,
    pub label: String,
    #[serde(default = "normal")]
    pub priority: Priority,
}

/// Calendar hours from opening until the first response and until the resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    pub first_response_hours: u32,
    pub resolution_hours: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadlines {
    #[serde(default = "urgent")]
    pub urgent: Hours,
    #[serde(default = "high")]
    pub high: Hours,
    #[serde(default = "normal_hours")]
    pub normal: Hours,
    #[serde(default = "low")]
    pub low: Hours,
}

fn normal() -> Priority {
    Priority::Normal
}
const fn hours(first_response_hours: u32, resolution_hours: u32) -> Hours {
    Hours {
        first_response_hours,
        resolution_hours,
    }
}
fn urgent() -> Hours {
    hours(1, 24)
}
fn high() -> Hours {
    hours(4, 48)
}
fn normal_hours() -> Hours {
    hours(24, 72)
}
fn low() -> Hours {
    hours(48, 168)
}

fn default_types() -> Vec<ComplaintType> {
    [
        ("late", "迟到", Priority::Normal),
        ("quality", "清洁不到位", Priority::Normal),
        ("damage", "物品损坏", Priority::High),
        ("attitude", "服务态度", Priority::High),
        ("safety", "安全隐患", Priority::Urgent),
        ("billing", "价格收费", Priority::Normal),
        ("other", "其他", Priority::Normal),
    ]
    .into_iter()
    .map(|(key, label, priority)| ComplaintType {
        key: key.into(),
        label: label.into(),
        priority,
    })
    .collect()
}

impl Default for Deadlines {
    fn default() -> Self {
        Deadlines {
            urgent: urgent(),
            high: high(),
            normal: normal_hours(),
            low: low(),
        }
    }
}

impl Default for ComplaintPolicy {
    fn default() -> Self {
        ComplaintPolicy {
            types: default_types(),
            deadlines: Deadlines::default(),
        }
    }
}

impl ComplaintPolicy {
    pub fn check(&self) -> Result<(), String> {
        if self.types.is_empty() {
            return Err(crate::t!("complaint-config-no-types"));
        }
        for (i, t) in self.types.iter().enumerate() {
            if t.key.trim().is_empty() || t.label.trim().is_empty() {
                return Err(crate::t!(
                    "complaint-config-type-incomplete",
                    number = i + 1
                ));
            }
            if t.key.contains(['/', '\\', '.']) {
                return Err(crate::t!("complaint-config-bad-key", key = &t.key));
            }
            if self.types[..i]
                .iter()
                .any(|o| o.key.eq_ignore_ascii_case(&t.key) || o.label == t.label)
            {
                return Err(crate::t!("complaint-config-duplicate", key = &t.key));
            }
        }
        Ok(())
    }

    /// A type by key (case-insensitively) or label.
    pub fn find(&self, input: &str) -> Result<&ComplaintType, String> {
        let s = input.trim();
        self.types
            .iter()
            .find(|t| t.key.eq_ignore_ascii_case(s) || t.label == s)
            .ok_or_else(|| {
                let known: Vec<String> = self
                    .types
                    .iter()
                    .map(|t| format!("{} ({})", t.key, t.label))
                    .collect();
                crate::t!(
                    "complaint-type-unknown",
                    value = s,
                    known = known.join(", ")
                )
            })
    }

    /// The label of a type key, or the key when the config no longer has it.
    pub fn label<'a>(&'a self, key: &'a str) -> &'a str {
        self.types
            .iter()
            .find(|t| t.key == key)
            .map_or(key, |t| t.label.as_str())
    }

    pub fn hours(&self, p: Priority) -> Hours {
        match p {
            Priority::Urgent => self.deadlines.urgent,
            Priority::High => self.deadlines.high,
            Priority::Normal => self.deadlines.normal,
            Priority::Low => self.deadlines.low,
        }
    }
}
