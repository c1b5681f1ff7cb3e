//! Small figures the reports share: a percentage with an empty denominator as `None`
//! (never 0), and a median.

/// 100 × `yes` / `of`, or `None` when `of` is 0.
pub fn pct(yes: usize, of: usize) -> Option<f64> {
    (of > 0).then(|| 100.0 * yes as f64 / of as f64)
}

/// The middle value (the mean of the two middle ones for an even count), or `None`
/// for no values.
pub fn median(mut xs: Vec<f64>) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    Some(if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_denominators_are_none_and_medians_take_the_middle() {
        assert_eq!(pct(1, 0), None);
        assert_eq!(pct(1, 4), Some(25.0));
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![9.0, 1.0, 5.0]), Some(5.0));
        assert_eq!(median(vec![4.0, 1.0, 2.0, 10.0]), Some(3.0));
    }
}
