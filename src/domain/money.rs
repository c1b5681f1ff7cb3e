//! Money in yuan, exact to the fen: never a float. Stored in records as a string
//! (`"280.50"`), so TOML shows it as written and no reader rounds it.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An amount of money in fen (0.01 yuan). Never negative as parsed from input; a
/// ledger's change (a package debit) may be, and prints with its sign (`-280.00`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Money(pub i64);

impl Money {
    /// Parses `280`, `280.5`, `280.50`, `¥280`, `280元`, `1,280.00`.
    pub fn parse(input: &str) -> Result<Money, String> {
        let s = input
            .trim()
            .trim_start_matches(['¥', '￥'])
            .trim_end_matches('元')
            .trim()
            .replace(',', "");
        if s.starts_with('-') {
            return Err(crate::t!("money-negative"));
        }
        let (yuan, fen) = match s.split_once('.') {
            Some((y, f)) => (y, f),
            None => (s.as_str(), ""),
        };
        let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if yuan.is_empty() || !digits(yuan) || !digits(fen) {
            return Err(crate::t!("money-expected"));
        }
        if fen.len() > 2 {
            return Err(crate::t!("money-too-many-decimals"));
        }
        if yuan.len() > 12 {
            return Err(crate::t!("money-too-large"));
        }
        let y: i64 = yuan.parse().map_err(|_| crate::t!("money-not-number"))?;
        let f: i64 = format!("{fen:0<2}").parse().unwrap_or(0);
        Ok(Money(y * 100 + f))
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let fen = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", fen / 100, fen % 100)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
        let s = String::deserialize(d)?;
        Money::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exactly() {
        assert_eq!(Money::parse("280").unwrap(), Money(28000));
        assert_eq!(Money::parse("280.5").unwrap(), Money(28050));
        assert_eq!(Money::parse("¥1,280.05").unwrap(), Money(128005));
        assert_eq!(Money::parse("99元").unwrap(), Money(9900));
        assert_eq!(Money::parse("0.1").unwrap().to_string(), "0.10");
        assert_eq!(Money(28050).to_string(), "280.50");
        assert_eq!(Money(-28050).to_string(), "-280.50");
        assert_eq!(Money(-5).to_string(), "-0.05");
    }

    #[test]
    fn refuses_what_is_not_money() {
        for bad in ["-5", "1.234", "", "abc", "1.2.3", ".5", "1e3", "９９"] {
            assert!(Money::parse(bad).is_err(), "{bad}");
        }
        assert!(Money::parse("-5").unwrap_err().contains("negative"));
    }
}
