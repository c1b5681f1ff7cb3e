//! Satisfaction figures (DESIGN §6): per group, the number of responses, the mean of
//! each dimension over the responses that answered it, CSAT and NPS.
//!
//! A figure whose denominator is empty is `None` (printed `NA` or empty), never 0.

use std::collections::BTreeMap;

use super::survey::Survey;

/// The figures of one group.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Figures {
    pub responses: usize,
    /// Mean per dimension key, rounded to two decimals.
    pub means: BTreeMap<String, Option<f64>>,
    pub csat_pct: Option<f64>,
    pub nps: Option<f64>,
    pub promoters: usize,
    pub passives: usize,
    pub detractors: usize,
}

/// Figures over `responses` for the dimensions `dims` (keys, in output order).
pub fn figures(responses: &[&Survey], dims: &[String]) -> Figures {
    let mut f = Figures {
        responses: responses.len(),
        ..Figures::default()
    };
    for d in dims {
        let answers: Vec<u8> = responses
            .iter()
            .filter_map(|s| s.scores.get(d).copied())
            .collect();
        f.means.insert(d.clone(), mean(&answers));
    }
    let overall: Vec<u8> = responses.iter().filter_map(|s| s.overall()).collect();
    if !overall.is_empty() {
        let satisfied = overall.iter().filter(|o| **o >= 4).count();
        f.csat_pct = Some(round2(100.0 * satisfied as f64 / overall.len() as f64));
    }
    let nps: Vec<u8> = responses.iter().filter_map(|s| s.nps).collect();
    f.promoters = nps.iter().filter(|n| **n >= 9).count();
    f.passives = nps.iter().filter(|n| (7..=8).contains(*n)).count();
    f.detractors = nps.iter().filter(|n| **n <= 6).count();
    if !nps.is_empty() {
        f.nps = Some(round2(
            100.0 * (f.promoters as f64 - f.detractors as f64) / nps.len() as f64,
        ));
    }
    f
}

fn mean(v: &[u8]) -> Option<f64> {
    (!v.is_empty()).then(|| round2(v.iter().map(|x| f64::from(*x)).sum::<f64>() / v.len() as f64))
}

/// Rounds half away from zero to two decimals (4.125 → 4.13), on the decimal value
/// rather than its binary approximation.
pub fn round2(x: f64) -> f64 {
    let scaled = x * 100.0;
    let r = (scaled + if scaled >= 0.0 { 1e-9 } else { -1e-9 }).round();
    r / 100.0
}

/// Groups responses by key; one response may fall in several groups (a visit with two
/// staff members counts for each). Groups come out sorted by key.
pub fn group<'a, K: Ord, F>(responses: &[&'a Survey], keys_of: F) -> BTreeMap<K, Vec<&'a Survey>>
where
    F: Fn(&'a Survey) -> Vec<K>,
{
    let mut map: BTreeMap<K, Vec<&'a Survey>> = BTreeMap::new();
    for s in responses {
        for k in keys_of(s) {
            map.entry(k).or_default().push(s);
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::survey::{Channel, FORMAT};
    use chrono::{DateTime, NaiveDate};

    fn s(scores: &[(&str, u8)], nps: Option<u8>) -> Survey {
        let t = DateTime::parse_from_rfc3339("2026-11-22T09:00:00+08:00").unwrap();
        Survey {
            conflicts: Vec::new(),
            format: FORMAT,
            id: "s-1".into(),
            client: "c-1".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 3).unwrap(),
            channel: Channel::Online,
            visit: None,
            nps,
            comment: String::new(),
            source_file: String::new(),
            fingerprint: String::new(),
            created: t,
            updated: t,
            scores: scores.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        }
    }

    fn dims() -> Vec<String> {
        ["overall", "attitude"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn hand_computed_example() {
        // overall: 5, 4, 2, (none) → mean 11/3 = 3.67; CSAT 2 of 3 = 66.67
        // attitude: 5, (none), 3, 4 → mean 4.00
        // NPS: 10, 9, 6, 7 → promoters 2, passives 1, detractors 1 → (2-1)/4 = 25.00
        let r = [
            s(&[("overall", 5), ("attitude", 5)], Some(10)),
            s(&[("overall", 4)], Some(9)),
            s(&[("overall", 2), ("attitude", 3)], Some(6)),
            s(&[("attitude", 4)], Some(7)),
        ];
        let refs: Vec<&Survey> = r.iter().collect();
        let f = figures(&refs, &dims());
        assert_eq!(f.responses, 4);
        assert_eq!(f.means["overall"], Some(3.67));
        assert_eq!(f.means["attitude"], Some(4.0));
        assert_eq!(f.csat_pct, Some(66.67));
        assert_eq!((f.promoters, f.passives, f.detractors), (2, 1, 1));
        assert_eq!(f.nps, Some(25.0));
    }

    #[test]
    fn empty_denominators_are_none_not_zero() {
        let r = [s(&[("attitude", 4)], None)];
        let refs: Vec<&Survey> = r.iter().collect();
        let f = figures(&refs, &dims());
        assert_eq!(f.means["overall"], None);
        assert_eq!(f.csat_pct, None);
        assert_eq!(f.nps, None);
        assert_eq!(f.promoters + f.passives + f.detractors, 0);
        let none = figures(&[], &dims());
        assert_eq!((none.responses, none.csat_pct), (0, None));
    }

    #[test]
    fn all_detractors_give_minus_100() {
        let r = [s(&[], Some(0)), s(&[], Some(6))];
        let refs: Vec<&Survey> = r.iter().collect();
        assert_eq!(figures(&refs, &dims()).nps, Some(-100.0));
    }

    #[test]
    fn grouping_counts_a_response_in_each_of_its_groups() {
        let r = [s(&[("overall", 5)], None), s(&[("overall", 1)], None)];
        let refs: Vec<&Survey> = r.iter().collect();
        let g = group(&refs, |x| {
            if x.overall() == Some(5) {
                vec!["刘阿姨", "陈阿姨"]
            } else {
                vec!["(none)"]
            }
        });
        assert_eq!(
            g.keys().copied().collect::<Vec<_>>(),
            vec!["(none)", "刘阿姨", "陈阿姨"]
        );
        assert_eq!(g["刘阿姨"].len(), 1);
    }

    #[test]
    fn rounding_is_half_up_on_the_decimal_value() {
        assert_eq!(round2(4.125), 4.13);
        assert_eq!(round2(2.0 / 3.0 * 100.0), 66.67);
        assert_eq!(round2(-33.335), -33.34);
    }
}
