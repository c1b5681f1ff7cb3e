//! A field that two offices changed differently (DESIGN §13): the merge kept our
//! value and wrote this entry into the record's `[[conflicts]]`, until someone settles
//! it with `hk resolve`.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The field's dotted path from the record's top (`address`, `household.pets`).
    pub field: String,
    /// The value before either change; absent when the field had none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<toml::Value>,
    /// This clone's value (the one the record holds until resolved).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<toml::Value>,
    /// The other side's value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<toml::Value>,
}
