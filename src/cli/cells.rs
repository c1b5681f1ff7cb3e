//! Record values as output cells, where several commands show the same kind of
//! value: a category is its key for scripts and its label for people (DESIGN,
//! "Machine-readable output"), money is an amount (a JSON number), a moment is shown
//! in the store's time zone.

use chrono::{DateTime, FixedOffset};

use crate::domain::config::Config;
use crate::domain::money::Money;
use crate::output::{Cell, Keyed};

/// One category: its key in CSV and JSON, its label in a table.
pub fn category(config: &Config, key: &str) -> Cell {
    Cell::Keyed(keyed(config, key))
}

/// A client's categories, the same way.
pub fn categories(config: &Config, keys: &[String]) -> Cell {
    Cell::KeyedList(keys.iter().map(|k| keyed(config, k)).collect())
}

fn keyed(config: &Config, key: &str) -> Keyed {
    Keyed {
        key: key.to_string(),
        label: config.category_label(key).to_string(),
    }
}

/// A price, or empty when none was recorded.
pub fn money(m: Option<Money>) -> Cell {
    m.map(Cell::Money).unwrap_or(Cell::Empty)
}

/// A moment (`created`, `updated`) as the office's clock shows it, whatever offset it
/// was written with: `2026-11-22T09:00:00+08:00`.
pub fn time(config: &Config, t: DateTime<FixedOffset>) -> Cell {
    Cell::text(config.timezone.local(t).to_rfc3339())
}
