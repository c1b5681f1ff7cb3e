//! Free tags, optionally hierarchical with `/` (`宠物/猫`).

/// Cleans a tag as typed: trims each level, refuses empty levels.
pub fn normalize_tag(input: &str) -> Result<String, String> {
    let levels: Vec<&str> = input.split('/').map(str::trim).collect();
    if levels.iter().any(|l| l.is_empty()) {
        return Err(crate::t!("client-tag-empty-level"));
    }
    if input.chars().any(char::is_control) {
        return Err(crate::t!("client-tag-control"));
    }
    Ok(levels.join("/"))
}

/// Whether `tag` is `filter` or lies below it: `宠物` matches `宠物` and `宠物/猫`,
/// but not `宠物店`.
pub fn tag_matches(tag: &str, filter: &str) -> bool {
    tag == filter
        || tag
            .strip_prefix(filter)
            .is_some_and(|rest| rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchical_matching() {
        assert!(tag_matches("宠物/猫", "宠物"));
        assert!(tag_matches("宠物", "宠物"));
        assert!(tag_matches("宠物/猫/布偶", "宠物/猫"));
        assert!(!tag_matches("宠物店", "宠物"));
        assert!(!tag_matches("宠物", "宠物/猫"));
    }

    #[test]
    fn normalization() {
        assert_eq!(normalize_tag(" 宠物 / 猫 ").unwrap(), "宠物/猫");
        assert!(normalize_tag("宠物//猫").is_err());
        assert!(normalize_tag("").is_err());
        assert!(normalize_tag("/猫").is_err());
        assert!(normalize_tag("a\nb").is_err());
    }
}
