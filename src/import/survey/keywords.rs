//! Keyword matching: which target a column's header (or SurveyMonkey sub-label) is
//! about, most specific first, and which metadata columns are never imported.

use super::Target;
use crate::domain::config::Dimension;
use crate::domain::text::fold_width;
use crate::import::header_key;

/// A header as matched by keywords: without its question number (`3、`, `Q1:`,
/// `第2题`), lower case, full-width folded, runs of white space as one space.
pub(super) fn match_form(header: &str) -> String {
    let folded = fold_width(header);
    let stripped = strip_question_number(folded.trim().trim_start_matches('\u{feff}'));
    stripped
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `3、题干`, `3. 题干`, `Q3:题干`, `第3题 题干`, `(3)题干` → `题干`. Text without a
/// number and a separator is returned as it is.
pub(super) fn strip_question_number(s: &str) -> &str {
    let mut rest = s.trim_start();
    let original = rest;
    let mut bracketed = false;
    if let Some(r) = rest.strip_prefix('(') {
        rest = r;
        bracketed = true;
    } else if let Some(r) = rest.strip_prefix(['Q', 'q']) {
        rest = r;
    } else if let Some(r) = rest.strip_prefix('第') {
        rest = r;
    }
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return original;
    }
    rest = rest.get(digits..).unwrap_or("");
    if let Some(r) = rest.strip_prefix('题') {
        rest = r;
    }
    let closers: &[char] = if bracketed {
        &[')']
    } else {
        &['、', '.', '．', ':', '：', ')', ' ', '-', '_']
    };
    match rest.strip_prefix(closers) {
        Some(r) => r.trim_start(),
        None if rest.starts_with(char::is_whitespace) || rest.is_empty() => rest.trim_start(),
        None => original,
    }
}

/// Whether `text` contains `kw`: as a substring for Chinese keywords, as whole words
/// for ASCII ones (so `fee` does not match `feedback` nor `clean` `cleaner`).
pub(super) fn has_keyword(text: &str, kw: &str) -> bool {
    if !kw.is_ascii() {
        return text.contains(kw);
    }
    let bytes = text.as_bytes();
    let word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
    text.match_indices(kw).any(|(at, _)| {
        !word(at.checked_sub(1).and_then(|p| bytes.get(p))) && !word(bytes.get(at + kw.len()))
    })
}

fn has_any(text: &str, kws: &[&str]) -> bool {
    kws.iter().any(|kw| has_keyword(text, kw))
}

/// Free-text questions, recognised before the dimensions so that
/// `对服务态度有什么建议？` is a comment, not an attitude score.
const COMMENT_STRONG: &[&str] = &[
    "建议",
    "意见",
    "其他想说",
    "想说的",
    "想对我们说",
    "留言",
    "改进",
    "comment",
    "comments",
    "suggest",
    "suggestion",
    "suggestions",
    "feedback",
    "improve",
    "anything else",
];
const ATTITUDE: &[&str] = &[
    "态度",
    "礼貌",
    "热情",
    "attitude",
    "friendly",
    "friendliness",
    "courteous",
    "courtesy",
    "polite",
    "politeness",
    "respectful",
];
const PUNCTUALITY: &[&str] = &[
    "准时",
    "守时",
    "守约",
    "按时",
    "迟到",
    "punctual",
    "punctuality",
    "on time",
];
const VALUE: &[&str] = &[
    "性价比",
    "价格",
    "收费",
    "费用",
    "价钱",
    "价位",
    "划算",
    "value",
    "price",
    "prices",
    "pricing",
    "cost",
    "costs",
    "fee",
    "fees",
    "worth",
];
const CLEAN_STRONG: &[&str] = &[
    "清洁效果",
    "清洁质量",
    "清洁程度",
    "清洁度",
    "卫生",
    "干净",
    "整洁",
    "打扫效果",
    "clean",
    "cleanliness",
    "cleaned",
    "tidy",
    "spotless",
];
const NPS: &[&str] = &["推荐", "recommend", "recommending", "nps"];
const OVERALL: &[&str] = &["总体", "整体", "综合", "总的来说", "总评", "overall"];
/// `清洁` alone is often just the service's name (`您对清洁服务的总体满意度`), so it
/// only counts when nothing more specific matched.
const CLEAN_WEAK: &[&str] = &["清洁", "打扫", "cleaning"];
const NPS_WEAK: &[&str] = &["likely", "可能性"];
const COMMENT_WEAK: &[&str] = &["评价", "备注", "note", "notes", "remarks"];
/// Words of a rating question; such a header is never a client, phone or date column,
/// and one that matched nothing else may be the overall question.
const SATISFACTION: &[&str] = &[
    "满意",
    "评分",
    "打分",
    "星级",
    "satisfied",
    "satisfaction",
    "satisfy",
    "rate",
    "rating",
];

/// Metadata the tools add that is never imported (compared by `header_key`).
fn is_ignored_key(key: &str) -> bool {
    const EXACT: &[&str] = &[
        "所用时间",
        "答题时长",
        "来源",
        "来源详情",
        "来自ip",
        "ipaddress",
        "自定义字段",
        "collectorid",
        "总分",
        "score",
        "用户名",
        "name",
        "timetaken",
        "duration",
    ];
    EXACT.contains(&key)
        || key.starts_with("地理位置")
        || key.starts_with("来源")
        || key
            .strip_prefix("ip")
            .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphabetic()))
        || key.starts_with("customdata")
        || key.contains("姓名")
        || key.contains("昵称")
        || key.contains("email")
        || key.contains("邮箱")
        || key.contains("邮件")
        || key.ends_with("firstname")
        || key.ends_with("lastname")
        || key.ends_with("fullname")
        || key.ends_with("yourname")
}

/// What one column looks like.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Class {
    Ignore,
    /// A target and, for dates, a preference (submission time beats start time).
    Target(Target, u8),
    /// A rating question that names no dimension (`您对本次服务满意吗？`).
    Lone,
    Unknown,
}

/// Classifies one text of a column. `dims` are the configured dimensions.
fn classify_text(text: &str, dims: &[Dimension]) -> Class {
    let form = match_form(text);
    let key = header_key(strip_question_number(&fold_width(text)));
    let configured = |k: &str| dims.iter().any(|d| d.key == k);
    let dim = |k: &str| Class::Target(Target::Dimension(k.to_string()), 0);

    // A header that is exactly a dimension's key or label (generic files).
    for d in dims {
        if key == header_key(&d.key) || (!d.label.is_empty() && key == header_key(&d.label)) {
            return dim(&d.key);
        }
    }
    if key == "nps" {
        return Class::Target(Target::Nps, 0);
    }
    if has_any(&form, COMMENT_STRONG) {
        return Class::Target(Target::Comment, 0);
    }
    // A configured label inside a question (`您对阿姨的服务态度是否满意`); the overall
    // label waits until the specific dimensions have had their turn.
    for d in dims.iter().filter(|d| d.key != "overall") {
        let label = match_form(&d.label);
        if !label.is_empty() && form.contains(&label) {
            return dim(&d.key);
        }
    }
    let rules: [(&str, &[&str]); 4] = [
        ("attitude", ATTITUDE),
        ("punctuality", PUNCTUALITY),
        ("value", VALUE),
        ("cleanliness", CLEAN_STRONG),
    ];
    for (k, kws) in rules {
        if configured(k) && has_any(&form, kws) {
            return dim(k);
        }
    }
    if has_any(&form, NPS) {
        return Class::Target(Target::Nps, 0);
    }
    if configured("overall") {
        let label = dims
            .iter()
            .find(|d| d.key == "overall")
            .map(|d| match_form(&d.label))
            .unwrap_or_default();
        if (!label.is_empty() && form.contains(&label)) || has_any(&form, OVERALL) {
            return dim("overall");
        }
    }
    if configured("cleanliness") && has_any(&form, CLEAN_WEAK) {
        return dim("cleanliness");
    }
    if has_any(&form, NPS_WEAK) {
        return Class::Target(Target::Nps, 0);
    }
    if has_any(&form, COMMENT_WEAK) {
        return Class::Target(Target::Comment, 0);
    }
    if has_any(&form, SATISFACTION) {
        return Class::Lone;
    }
    match identity(&key) {
        Some((t, preference)) => Class::Target(t, preference),
        None => Class::Unknown,
    }
}

/// Client, phone, date and the other non-answer columns, by the header without its
/// bracketed hints (so `您的建议（请留下电话）` is not a phone column).
fn identity(key: &str) -> Option<(Target, u8)> {
    let is = |names: &[&str]| names.contains(&key);
    let has = |parts: &[&str]| parts.iter().any(|p| key.contains(p));
    // `您是否愿意接受电话回访？` asks about the phone; it does not hold one.
    if has(&["是否", "愿意", "wouldyou", "willing", "maywe", "canwe"]) {
        return None;
    }
    if is(&["client", "clientid", "客户id", "客户号", "客户代码"]) || has(&["客户编号"])
    {
        return Some((Target::ClientId, 0));
    }
    if is(&[
        "visit",
        "visitid",
        "服务单",
        "服务单号",
        "服务记录",
        "服务记录编号",
    ]) {
        return Some((Target::Visit, 0));
    }
    if is(&[
        "序号",
        "编号",
        "答卷编号",
        "答卷序号",
        "respondentid",
        "responseid",
        "serial",
    ]) {
        return Some((Target::Serial, 0));
    }
    if has(&["手机", "电话", "联系方式", "phone", "mobile"]) || is(&["tel", "telephone"]) {
        return Some((Target::Phone, 0));
    }
    if is(&["channel", "调查方式", "回访方式", "调查渠道"]) || has(&["渠道"]) {
        return Some((Target::Channel, 0));
    }
    // When several columns hold times, the submission (end) time wins over the start.
    if is(&[
        "提交答卷时间",
        "结束答题时间",
        "提交时间",
        "完成时间",
        "enddate",
        "timestamp",
        "时间戳记",
        "時間戳記",
        "date",
        "日期",
        "调查日期",
        "回访日期",
        "填写日期",
        "提交日期",
        "submittedat",
        "completed",
    ]) {
        return Some((Target::Date, 3));
    }
    if is(&["开始答题时间", "开始时间", "startdate", "starttime"]) {
        return Some((Target::Date, 1));
    }
    if has(&["日期", "时间", "date", "timestamp"]) {
        return Some((Target::Date, 2));
    }
    None
}

/// Classifies a column from its header (and, for SurveyMonkey, its sub-label).
pub(super) fn classify(header: &str, texts: &[String], dims: &[Dimension]) -> Class {
    if is_ignored_key(&header_key(header)) {
        return Class::Ignore;
    }
    let classes: Vec<Class> = texts.iter().map(|t| classify_text(t, dims)).collect();
    if let Some(c) = classes.iter().find(|c| matches!(c, Class::Target(..))) {
        return c.clone();
    }
    if classes.contains(&Class::Lone) {
        return Class::Lone;
    }
    Class::Unknown
}
