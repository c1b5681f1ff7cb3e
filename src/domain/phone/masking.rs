//! Masking for display: a number in one of the normalised shapes keeps its shape,
//! anything else is masked character by character.

/// Masks a string that is already in one of the normalised shapes.
pub(super) fn mask_structured(s: &str) -> Option<String> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == '-') {
        return None;
    }
    let parts: Vec<&str> = s.split('-').collect();
    if parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    match parts.as_slice() {
        [mobile] if mobile.len() == 11 && mobile.starts_with('1') => {
            Some(format!("{}****{}", mobile.get(..3)?, mobile.get(7..)?))
        }
        [area, local, extension @ ..]
            if area.starts_with('0')
                && (3..=4).contains(&area.len())
                && (7..=8).contains(&local.len())
                && extension.len() <= 1 =>
        {
            let hidden = local.len().saturating_sub(4);
            let mut out = format!("{area}-{}{}", "*".repeat(hidden), local.get(hidden..)?);
            for ext in extension {
                out.push('-');
                out.push_str(ext);
            }
            Some(out)
        }
        [prefix, middle, tail, extension @ ..]
            if (*prefix == "400" || *prefix == "800")
                && middle.len() == 3
                && tail.len() == 4
                && extension.len() <= 1 =>
        {
            let mut out = format!("{prefix}-***-{tail}");
            for ext in extension {
                out.push('-');
                out.push_str(ext);
            }
            Some(out)
        }
        _ => None,
    }
}

/// Masks any string character by character (see [`mask_phone`](super::mask_phone)).
pub(super) fn mask_generic(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    let keep_tail = match n {
        0..=2 => 0,
        3..=7 => 2,
        _ => 4,
    };
    let keep_head = if n >= 11 { 3 } else { 0 };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if i < keep_head || i + keep_tail >= n {
                c
            } else {
                '*'
            }
        })
        .collect()
}
