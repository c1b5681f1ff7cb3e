//! The knowledge base (seed 003): resolved complaints like a given one or matching
//! some words, with their resolutions, for whoever handles the next one.
//!
//! Chinese is not written with spaces, so "sharing words" is measured on pairs of
//! adjacent Chinese characters (花瓶 in 打碎了花瓶 and 花瓶有裂纹), and on words of
//! two or more letters or digits otherwise, case-insensitively. A lone Chinese
//! character (a one-character query such as 瓶) counts as itself.

use std::collections::BTreeSet;

use super::{Complaint, Status};

/// The words of a text, as described above.
pub fn words(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut run: Vec<char> = Vec::new();
    let mut latin = String::new();
    let flush_run = |run: &mut Vec<char>, out: &mut BTreeSet<String>| {
        if run.len() == 1 {
            out.insert(run[0].to_string());
        }
        for pair in run.windows(2) {
            out.insert(pair.iter().collect());
        }
        run.clear();
    };
    let flush_latin = |latin: &mut String, out: &mut BTreeSet<String>| {
        if latin.chars().count() >= 2 {
            out.insert(latin.to_lowercase());
        }
        latin.clear();
    };
    for ch in text.chars() {
        if is_cjk(ch) {
            flush_latin(&mut latin, &mut out);
            run.push(ch);
        } else if ch.is_alphanumeric() {
            flush_run(&mut run, &mut out);
            latin.push(ch);
        } else {
            flush_run(&mut run, &mut out);
            flush_latin(&mut latin, &mut out);
        }
    }
    flush_run(&mut run, &mut out);
    flush_latin(&mut latin, &mut out);
    out
}

fn is_cjk(ch: char) -> bool {
    matches!(ch, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

fn complaint_words(c: &Complaint) -> BTreeSet<String> {
    c.texts().flat_map(words).collect()
}

/// A complaint of the knowledge base: resolved (or closed after a resolution).
fn in_knowledge_base(c: &Complaint) -> bool {
    matches!(c.status, Status::Resolved | Status::Closed) && c.resolved.is_some()
}

/// A match and how many words it shares.
#[derive(Debug, Clone, Copy)]
pub struct Match<'a> {
    pub complaint: &'a Complaint,
    pub shared: usize,
    pub same_type: bool,
}

/// Resolved complaints of the same type as `target`, or sharing words with it: most
/// shared words first (the same type counting as two more), then the most recently
/// resolved.
pub fn similar<'a>(target: &Complaint, all: &'a [Complaint]) -> Vec<Match<'a>> {
    let mine = complaint_words(target);
    let mut out: Vec<Match<'a>> = all
        .iter()
        .filter(|c| c.id != target.id && in_knowledge_base(c))
        .map(|c| Match {
            complaint: c,
            shared: complaint_words(c).intersection(&mine).count(),
            same_type: c.kind == target.kind,
        })
        .filter(|m| m.same_type || m.shared > 0)
        .collect();
    sort(&mut out);
    out
}

/// Resolved complaints sharing words with `query` (or containing it as written).
pub fn search<'a>(query: &str, all: &'a [Complaint]) -> Vec<Match<'a>> {
    let wanted = words(query);
    let needle = query.trim().to_lowercase();
    let mut out: Vec<Match<'a>> = all
        .iter()
        .filter(|c| in_knowledge_base(c))
        .filter_map(|c| {
            let shared = complaint_words(c).intersection(&wanted).count();
            let contains =
                !needle.is_empty() && c.texts().any(|t| t.to_lowercase().contains(&needle));
            (shared > 0 || contains).then_some(Match {
                complaint: c,
                shared: shared.max(usize::from(contains)),
                same_type: false,
            })
        })
        .collect();
    sort(&mut out);
    out
}

fn sort(matches: &mut [Match<'_>]) {
    let rank = |m: &Match<'_>| m.shared + if m.same_type { 2 } else { 0 };
    matches.sort_by(|a, b| {
        rank(b)
            .cmp(&rank(a))
            .then_with(|| b.complaint.resolved.cmp(&a.complaint.resolved))
            .then_with(|| a.complaint.id.cmp(&b.complaint.id))
    });
}

#[cfg(test)]
mod tests {
    use super::super::rules::tests::{complaint, t};
    use super::super::{Priority, rules};
    use super::*;

    #[test]
    fn words_are_chinese_pairs_and_latin_words() {
        let w = words("打碎花瓶, Vase broken!");
        for x in ["打碎", "碎花", "花瓶", "vase", "broken"] {
            assert!(w.contains(x), "{x}: {w:?}");
        }
        assert!(words("瓶").contains("瓶"));
        assert!(words("a 1").is_empty());
    }

    fn resolved(id: &str, kind: &str, description: &str, resolution: &str) -> Complaint {
        let mut c = complaint(kind, Priority::Normal, "2026-11-01T10:00:00+08:00");
        c.id = id.into();
        c.description = description.into();
        rules::resolve(
            &mut c,
            resolution,
            None,
            None,
            t("2026-11-02T10:00:00+08:00"),
        )
        .unwrap();
        c
    }

    #[test]
    fn similar_finds_the_same_type_or_shared_words_resolved_only() {
        let all = vec![
            resolved("t-1", "damage", "擦窗时碰倒花瓶", "照价赔偿"),
            resolved("t-2", "quality", "花瓶旁边没擦干净", "返工"),
            resolved("t-3", "late", "迟到一小时", "道歉"),
            complaint("damage", Priority::High, "2026-11-03T10:00:00+08:00"),
        ];
        let mut target = complaint("damage", Priority::High, "2026-11-20T10:00:00+08:00");
        target.id = "t-9".into();
        target.description = "打碎了客厅的花瓶".into();
        let ids: Vec<&str> = similar(&target, &all)
            .iter()
            .map(|m| m.complaint.id.as_str())
            .collect();
        assert_eq!(
            ids,
            ["t-1", "t-2"],
            "same type and 花瓶 first; t-3 shares nothing; open ones are not knowledge"
        );
        let found: Vec<&str> = search("花瓶", &all)
            .iter()
            .map(|m| m.complaint.id.as_str())
            .collect();
        assert_eq!(found, ["t-1", "t-2"]);
        assert_eq!(
            search("赔偿", &all)[0].complaint.id,
            "t-1",
            "resolutions are searched too"
        );
        assert!(search("冰箱", &all).is_empty());
    }
}
