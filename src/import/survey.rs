//! Questionnaire exports (问卷星, 腾讯问卷, Google Forms, SurveyMonkey, plain CSV) turned
//! into survey rows: which column answers which dimension, and one [`Row`] per response.
//!
//! Online tools number and phrase their questions freely (`3、您对阿姨的服务态度是否满意？`,
//! `Q1:总体满意度`, `How friendly was your housekeeper?`), and almost every question
//! contains 满意度. So columns are matched by keywords, most specific first (态度 before
//! 总体), and two columns that land on the same dimension are refused rather than
//! guessed: the user settles it with `--map DIM=COLUMN`. Metadata the tools add (IP,
//! 来源, 所用时间, 地理位置, e-mail, names) is recognised and dropped, so it is never
//! stored.
//!
//! Re-importing a file must add nothing, so each row gets a [`fingerprint`] of what
//! identifies the response (serial, submission time, client, answers) and nothing that
//! a re-export might change (IP, source, time taken). Everything here is pure: the CLI
//! reads the file, resolves clients and writes records.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::client::RowError;
use super::{Sheet, SheetRow, header_key};
use crate::domain::config::Dimension;
use crate::domain::date::{DateError, parse_date};
use crate::domain::id::{self, Kind};
use crate::domain::phone::normalize_phone;
use crate::domain::survey::Channel;
use crate::domain::text::fold_width;

/// The questionnaire tool a file came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    Auto,
    Wjx,
    Tencent,
    Google,
    SurveyMonkey,
    Generic,
}

impl Preset {
    /// Reads `--preset` values: `auto`, `wjx` (问卷星), `tencent` (腾讯问卷), `google`,
    /// `surveymonkey`, `generic`.
    pub fn parse(s: &str) -> Result<Preset, String> {
        match header_key(s).as_str() {
            "auto" => Ok(Preset::Auto),
            "wjx" | "问卷星" => Ok(Preset::Wjx),
            "tencent" | "腾讯问卷" | "腾讯" => Ok(Preset::Tencent),
            "google" | "googleforms" => Ok(Preset::Google),
            "surveymonkey" | "monkey" => Ok(Preset::SurveyMonkey),
            "generic" | "plain" => Ok(Preset::Generic),
            _ => Err("expected auto, wjx, tencent, google, surveymonkey or generic".into()),
        }
    }

    /// The name `--preset` accepts.
    pub fn name(self) -> &'static str {
        match self {
            Preset::Auto => "auto",
            Preset::Wjx => "wjx",
            Preset::Tencent => "tencent",
            Preset::Google => "google",
            Preset::SurveyMonkey => "surveymonkey",
            Preset::Generic => "generic",
        }
    }

    /// Whether files of this kind come from an online questionnaire (so the caller
    /// may default the channel to `online`); a generic file could be anything.
    pub fn is_online(self) -> bool {
        matches!(
            self,
            Preset::Wjx | Preset::Tencent | Preset::Google | Preset::SurveyMonkey
        )
    }
}

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    ClientId,
    Phone,
    Date,
    Channel,
    Visit,
    /// A 1–5 score for the dimension with this key.
    Dimension(String),
    Nps,
    Comment,
    /// The tool's respondent or serial number; used only for the fingerprint.
    Serial,
}

impl Target {
    /// The name `--map` uses for this target (a dimension's key for dimensions).
    pub fn name(&self) -> &str {
        match self {
            Target::ClientId => "client",
            Target::Phone => "phone",
            Target::Date => "date",
            Target::Channel => "channel",
            Target::Visit => "visit",
            Target::Dimension(key) => key,
            Target::Nps => "nps",
            Target::Comment => "comment",
            Target::Serial => "serial",
        }
    }

    fn is_answer(&self) -> bool {
        matches!(self, Target::Dimension(_) | Target::Nps | Target::Comment)
    }
}

/// Which column holds what, as decided by [`map_sheet`].
#[derive(Debug, Clone)]
pub struct Mapping {
    /// The detected (or given) preset; never `Auto`.
    pub preset: Preset,
    /// Column index (0-based) and target, in column order. Only `Comment` may occur
    /// more than once (the answers are joined).
    pub columns: Vec<(usize, Target)>,
    /// Headers not used, in column order (IP, 来源, 所用时间, unmatched questions …).
    pub ignored: Vec<String>,
    /// Header rows in the file: 2 for a SurveyMonkey export (its sub-label row has been
    /// dropped from the data; row line numbers still count it), else 1.
    pub header_rows: u64,
}

impl Mapping {
    /// The first column mapped to `target`.
    pub fn column_of(&self, target: &Target) -> Option<usize> {
        self.columns
            .iter()
            .find(|(_, t)| t == target)
            .map(|(i, _)| *i)
    }
}

/// One response, ready for the CLI to resolve its client and visit.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The line of the file where the row starts.
    pub line: u64,
    /// Lower-cased client id (or id prefix) as written.
    pub client_id: Option<String>,
    /// Normalised phone number.
    pub phone: Option<String>,
    pub date: Option<NaiveDate>,
    /// A channel key (`phone`, `online`, `paper`, `interview`) when the file has one.
    pub channel: Option<String>,
    /// Lower-cased visit id (or prefix) when the file names one.
    pub visit: Option<String>,
    /// 1–5 per dimension key; unanswered dimensions are absent.
    pub scores: BTreeMap<String, u8>,
    pub nps: Option<u8>,
    /// The comment answers, joined by newlines when several columns hold comments.
    pub comment: String,
    /// Identifies the response across re-exports; see [`fingerprint`].
    pub fingerprint: String,
}

// ---------------------------------------------------------------------------
// Presets and header fix-ups

/// Guesses the tool from the metadata columns it always writes.
fn detect(headers: &[String]) -> Preset {
    let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
    let has = |names: &[&str]| keys.iter().any(|k| names.contains(&k.as_str()));
    if has(&["respondentid", "collectorid"]) {
        Preset::SurveyMonkey
    } else if has(&["提交答卷时间", "所用时间", "来源详情", "来自ip"]) {
        Preset::Wjx
    } else if has(&["开始答题时间", "结束答题时间", "答题时长"])
        || keys.iter().any(|k| k.starts_with("地理位置"))
    {
        Preset::Tencent
    } else if has(&["timestamp", "时间戳记", "時間戳記"]) {
        Preset::Google
    } else {
        Preset::Generic
    }
}

/// SurveyMonkey's sub-labels that add nothing to the question text.
fn is_plain_sub_label(s: &str) -> bool {
    matches!(
        header_key(s).as_str(),
        "response" | "openendedresponse" | "回复" | "开放式回复" | "回答"
    )
}

/// Whether the first data row is SurveyMonkey's second header row: it has `Response`
/// labels, or it is blank under `Respondent ID` where every answer has a number.
fn is_sub_label_row(row: &SheetRow, headers: &[String]) -> bool {
    if row.fields.iter().any(|f| is_plain_sub_label(f)) {
        return true;
    }
    headers
        .iter()
        .position(|h| header_key(h) == "respondentid")
        .is_some_and(|i| row.get(i).is_empty() && row.fields.iter().any(|f| !f.trim().is_empty()))
}

/// Texts to match each column by, most telling first.
type MatchTexts = Vec<Vec<String>>;

/// Merges SurveyMonkey's two header rows into one and drops the second from the data.
/// A question spanning several columns (a matrix, several choices) has its text only
/// over the first one; it is carried across into the combined headers
/// (`请评价以下方面 - 服务态度`). A column with a plain `Response` label is matched by
/// its question, one with its own label (`服务态度`) by that label.
fn fix_surveymonkey(sheet: &mut Sheet, explicit: bool) -> Result<(MatchTexts, u64), String> {
    let looks_like = sheet
        .rows
        .first()
        .is_some_and(|r| is_sub_label_row(r, &sheet.headers));
    if !looks_like {
        if explicit && !sheet.rows.is_empty() {
            return Err(
                "line 2 is not SurveyMonkey's second header row (`Response`, \
                 `Open-Ended Response` …); export again with both header rows, or use \
                 `--preset generic`"
                    .into(),
            );
        }
        let texts = sheet.headers.iter().map(|h| vec![h.clone()]).collect();
        return Ok((texts, 1));
    }
    let sub = sheet.rows.remove(0);
    let mut carried = String::new();
    let mut texts = Vec::with_capacity(sheet.headers.len());
    for (i, header) in sheet.headers.iter_mut().enumerate() {
        if !header.is_empty() {
            carried = header.clone();
        }
        let label = sub.get(i).to_string();
        if label.is_empty() || is_plain_sub_label(&label) {
            *header = carried.clone();
            texts.push(vec![carried.clone()]);
        } else {
            *header = if carried.is_empty() {
                label.clone()
            } else {
                format!("{carried} - {label}")
            };
            // A matrix row or an extra choice is matched by its own label only, so
            // that the question over the group does not claim every column.
            texts.push(vec![label]);
        }
    }
    Ok((texts, 2))
}

// ---------------------------------------------------------------------------
// Keyword matching

/// A header as matched by keywords: without its question number (`3、`, `Q1:`,
/// `第2题`), lower case, full-width folded, runs of white space as one space.
fn match_form(header: &str) -> String {
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
fn strip_question_number(s: &str) -> &str {
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
fn has_keyword(text: &str, kw: &str) -> bool {
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
enum Class {
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
fn classify(header: &str, texts: &[String], dims: &[Dimension]) -> Class {
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

/// A header as messages show it: `` `3、服务态度` (column 9) ``.
fn describe(headers: &[String], i: usize) -> String {
    match headers.get(i).map(|h| h.trim()).filter(|h| !h.is_empty()) {
        Some(h) => format!("`{h}` (column {})", i + 1),
        None => format!("column {} (no header)", i + 1),
    }
}

fn ignored_name(headers: &[String], i: usize) -> String {
    match headers.get(i).map(|h| h.trim()).filter(|h| !h.is_empty()) {
        Some(h) => h.to_string(),
        None => format!("(column {})", i + 1),
    }
}

/// The target a `--map` name stands for: a dimension key or label, or one of
/// `nps`, `comment`, `phone`, `client`, `date`, `channel`, `visit`, `serial`.
/// (`--map ignore=COLUMN`, which drops a column, is handled by `map_sheet`.)
fn parse_target_name(name: &str, dims: &[Dimension]) -> Result<Target, String> {
    let key = header_key(name);
    if let Some(d) = dims
        .iter()
        .find(|d| !key.is_empty() && (header_key(&d.key) == key || header_key(&d.label) == key))
    {
        return Ok(Target::Dimension(d.key.clone()));
    }
    match key.as_str() {
        "nps" => Ok(Target::Nps),
        "comment" => Ok(Target::Comment),
        "phone" => Ok(Target::Phone),
        "client" | "clientid" => Ok(Target::ClientId),
        "date" => Ok(Target::Date),
        "channel" => Ok(Target::Channel),
        "visit" => Ok(Target::Visit),
        "serial" => Ok(Target::Serial),
        _ => {
            let keys: Vec<&str> = dims.iter().map(|d| d.key.as_str()).collect();
            Err(format!(
                "`--map {name}=…`: `{name}` is not a survey dimension; use one of {}, nps, \
                 comment, phone, client, date, channel, visit, serial, or ignore",
                keys.join(", ")
            ))
        }
    }
}

/// The column a `--map` value names: the header text, a 1-based column number, the
/// header without decoration, or a unique part of one header.
fn find_column(headers: &[String], name: &str, dim: &str) -> Result<usize, String> {
    let wanted = name.trim();
    if wanted.is_empty() {
        return Err(format!(
            "`--map {dim}=` names no column; give a header or a column number"
        ));
    }
    if let Some(i) = headers.iter().position(|h| h.trim() == wanted) {
        return Ok(i);
    }
    if wanted.bytes().all(|b| b.is_ascii_digit()) {
        return match wanted.parse::<usize>() {
            Ok(n) if (1..=headers.len()).contains(&n) => Ok(n - 1),
            _ => Err(format!(
                "`--map {dim}={wanted}`: the file has columns 1 to {}",
                headers.len()
            )),
        };
    }
    let key = header_key(wanted);
    if !key.is_empty()
        && let Some(i) = headers.iter().position(|h| header_key(h) == key)
    {
        return Ok(i);
    }
    let hits: Vec<usize> = headers
        .iter()
        .enumerate()
        .filter(|(_, h)| h.contains(wanted))
        .map(|(i, _)| i)
        .collect();
    match hits.as_slice() {
        [i] => Ok(*i),
        [] => Err(format!(
            "`--map {dim}={wanted}`: no column is headed like that; give the header text \
             or the column number (1 to {})",
            headers.len()
        )),
        many => Err(format!(
            "`--map {dim}={wanted}` matches several columns: {}; give the column number",
            many.iter()
                .map(|i| describe(headers, *i))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// Detects the preset (when `Auto`), fixes up SurveyMonkey's second header row
/// (returning the adjusted sheet) and maps columns to targets. `overrides` are
/// `--map DIM=COLUMN` pairs and win over keyword matching: DIM is a dimension key or
/// label, `nps`, `comment`, `phone`, `client`, `date`, `channel`, `visit`, `serial`, or
/// `ignore` to drop a column; COLUMN is a header, a 1-based column number or a unique
/// part of a header. Error messages name the headers concerned and what to do.
pub fn map_sheet(
    mut sheet: Sheet,
    preset: Preset,
    dimensions: &[Dimension],
    overrides: &[(String, String)],
) -> Result<(Sheet, Mapping), String> {
    let detected = match preset {
        Preset::Auto => detect(&sheet.headers),
        p => p,
    };
    let (texts, header_rows) = if detected == Preset::SurveyMonkey {
        fix_surveymonkey(&mut sheet, preset == Preset::SurveyMonkey)?
    } else {
        let texts = sheet.headers.iter().map(|h| vec![h.clone()]).collect();
        (texts, 1)
    };
    let headers = &sheet.headers;

    let mut assigned: Vec<Option<Target>> = vec![None; headers.len()];
    let mut forced: Vec<Target> = Vec::new();
    let mut skipped: Vec<usize> = Vec::new();
    for (dim, column) in overrides {
        let i = find_column(headers, column, dim)?;
        if skipped.contains(&i) {
            return Err(format!(
                "{} is given to `--map ignore` and another `--map`",
                describe(headers, i)
            ));
        }
        if matches!(header_key(dim).as_str(), "ignore" | "skip" | "none") {
            if let Some(Some(other)) = assigned.get(i) {
                return Err(format!(
                    "{} is given to `--map {}` and `--map ignore`",
                    describe(headers, i),
                    other.name()
                ));
            }
            skipped.push(i);
            continue;
        }
        let target = parse_target_name(dim, dimensions)?;
        if forced.contains(&target) {
            return Err(format!(
                "`--map {}` is given twice; give each dimension one column",
                target.name()
            ));
        }
        match assigned.get_mut(i) {
            Some(Some(other)) => {
                return Err(format!(
                    "{} is given to both `--map {}` and `--map {}`",
                    describe(headers, i),
                    other.name(),
                    target.name()
                ));
            }
            Some(slot) => *slot = Some(target.clone()),
            None => {}
        }
        forced.push(target);
    }

    let mut ignored: Vec<usize> = Vec::new();
    let mut found: Vec<(usize, Target, u8)> = Vec::new();
    let mut lone: Vec<usize> = Vec::new();
    for (i, header) in headers.iter().enumerate() {
        if assigned.get(i).is_some_and(Option::is_some) {
            continue;
        }
        if skipped.contains(&i) {
            ignored.push(i);
            continue;
        }
        let own = [header.clone()];
        let texts = texts.get(i).map(Vec::as_slice).unwrap_or(&own);
        match classify(header, texts, dimensions) {
            Class::Target(t, _) if forced.contains(&t) => ignored.push(i),
            Class::Target(t, preference) => found.push((i, t, preference)),
            Class::Lone => lone.push(i),
            Class::Ignore | Class::Unknown => ignored.push(i),
        }
    }

    // One column per target: the preferred one wins (dates), a tie is for the user
    // to settle. Several comment columns are all kept.
    let mut targets: Vec<Target> = Vec::new();
    for (_, t, _) in &found {
        if !targets.contains(t) {
            targets.push(t.clone());
        }
    }
    for t in &targets {
        if *t == Target::Comment {
            continue;
        }
        let best = found
            .iter()
            .filter(|(_, u, _)| u == t)
            .map(|(_, _, p)| *p)
            .max()
            .unwrap_or(0);
        let top: Vec<usize> = found
            .iter()
            .filter(|(_, u, p)| u == t && *p == best)
            .map(|(i, _, _)| *i)
            .collect();
        if let [first, second, ..] = top.as_slice() {
            return Err(format!(
                "line 1: two columns look like `{}`: {} and {}; choose one with \
                 `--map {}=COLUMN` (a header or a column number)",
                t.name(),
                describe(headers, *first),
                describe(headers, *second),
                t.name()
            ));
        }
        for (i, u, p) in &found {
            if u == t && *p < best {
                ignored.push(*i);
            }
        }
        found.retain(|(_, u, p)| u != t || *p == best);
    }

    let overall = Target::Dimension("overall".into());
    let overall_known = dimensions.iter().any(|d| d.key == "overall")
        && !forced.contains(&overall)
        && !found.iter().any(|(_, t, _)| *t == overall);
    match lone.as_slice() {
        [i] if overall_known => found.push((*i, overall, 0)),
        [first, second, ..] if overall_known => {
            return Err(format!(
                "line 1: {} and {} both ask about satisfaction without saying which \
                 dimension; choose the overall one with `--map overall=COLUMN`",
                describe(headers, *first),
                describe(headers, *second)
            ));
        }
        _ => ignored.extend(lone.iter().copied()),
    }

    let mut columns: Vec<(usize, Target)> = assigned
        .into_iter()
        .enumerate()
        .filter_map(|(i, t)| t.map(|t| (i, t)))
        .chain(found.into_iter().map(|(i, t, _)| (i, t)))
        .collect();
    columns.sort_by_key(|(i, _)| *i);
    ignored.sort_unstable();
    ignored.dedup();

    if !columns
        .iter()
        .any(|(_, t)| matches!(t, Target::Dimension(_) | Target::Nps))
    {
        let shown: Vec<String> = headers
            .iter()
            .take(12)
            .map(|h| format!("`{}`", h.trim()))
            .collect();
        return Err(format!(
            "line 1: no column looks like a survey question (a 1–5 score or NPS); the \
             headers are {}{}; map one with `--map overall=COLUMN`",
            shown.join(", "),
            if headers.len() > 12 { " …" } else { "" }
        ));
    }

    let mapping = Mapping {
        preset: detected,
        columns,
        ignored: ignored.iter().map(|i| ignored_name(headers, *i)).collect(),
        header_rows,
    };
    Ok((sheet, mapping))
}

// ---------------------------------------------------------------------------
// Answers

/// Answers that mean "not answered": 问卷星's `(空)` and `(跳过)`, `N/A`, a dash.
fn is_no_answer(s: &str) -> bool {
    let v = fold_width(s).trim().to_lowercase();
    matches!(
        v.as_str(),
        "" | "(空)"
            | "(跳过)"
            | "跳过"
            | "空"
            | "n/a"
            | "na"
            | "-"
            | "--"
            | "—"
            | "(skipped)"
            | "skipped"
            | "不适用"
    )
}

/// Answer labels of the usual five-point scales, compared in lower case.
const SCORE_LABELS: &[(&str, u8)] = &[
    ("非常满意", 5),
    ("很满意", 5),
    ("十分满意", 5),
    ("特别满意", 5),
    ("满意", 4),
    ("比较满意", 4),
    ("较满意", 4),
    ("一般", 3),
    ("不满意", 2),
    ("不太满意", 2),
    ("比较不满意", 2),
    ("较不满意", 2),
    ("非常不满意", 1),
    ("很不满意", 1),
    ("十分不满意", 1),
    ("极不满意", 1),
    ("非常好", 5),
    ("很好", 5),
    ("好", 4),
    ("比较好", 4),
    ("较好", 4),
    ("差", 2),
    ("较差", 2),
    ("比较差", 2),
    ("很差", 1),
    ("非常差", 1),
    ("very satisfied", 5),
    ("extremely satisfied", 5),
    ("completely satisfied", 5),
    ("satisfied", 4),
    ("somewhat satisfied", 4),
    ("neutral", 3),
    ("neither satisfied nor dissatisfied", 3),
    ("somewhat dissatisfied", 2),
    ("dissatisfied", 2),
    ("unsatisfied", 2),
    ("very dissatisfied", 1),
    ("extremely dissatisfied", 1),
    ("very unsatisfied", 1),
    ("excellent", 5),
    ("very good", 4),
    ("good", 3),
    ("fair", 2),
    ("poor", 1),
];

fn label_score(s: &str) -> Option<u8> {
    let v = s
        .trim()
        .trim_end_matches(['。', '.', '!', '！'])
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if !v.is_empty() && v.chars().all(|c| c == '★') {
        return u8::try_from(v.chars().count()).ok();
    }
    SCORE_LABELS
        .iter()
        .find(|(label, _)| *label == v)
        .map(|(_, n)| *n)
}

/// A leading whole number: `5`, `5分`, `5.0`, `9 - 极有可能`, `10（极有可能）`.
/// `Ok(None)` when the text does not start with a number; `Err` for `4.5`.
fn leading_number(s: &str) -> Result<Option<(u64, usize)>, String> {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return Ok(None);
    }
    let number = s.get(..digits).unwrap_or("");
    let mut rest = s.get(digits..).unwrap_or("");
    if let Some(after) = rest.strip_prefix('.') {
        let decimals = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if decimals > 0 {
            if !after
                .get(..decimals)
                .unwrap_or("")
                .bytes()
                .all(|b| b == b'0')
            {
                return Err("is not a whole number".into());
            }
            rest = after.get(decimals..).unwrap_or("");
        }
    }
    let starts_with_separator = |t: &str| {
        t.starts_with(char::is_whitespace)
            || t.starts_with([
                '-', '–', '—', '、', ':', '：', '(', '（', '=', ',', '，', '.',
            ])
    };
    let after_space = rest.trim_start();
    let unit = ["分", "星", "points", "point", "pts", "stars", "star"]
        .iter()
        .find_map(|u| after_space.strip_prefix(u));
    let separated = match unit {
        Some(tail) => tail.is_empty() || starts_with_separator(tail),
        None => after_space.is_empty() || starts_with_separator(rest),
    };
    if !separated {
        return Ok(None);
    }
    // Twenty digits overflow; they are out of range all the same.
    let value = number.parse::<u64>().unwrap_or(u64::MAX);
    Ok(Some((value, digits)))
}

/// Parses an answer on a numeric scale `lo..=hi`, with labels when `labels`.
fn parse_scale(s: &str, lo: u8, hi: u8, labels: bool, what: &str) -> Result<Option<u8>, String> {
    if is_no_answer(s) {
        return Ok(None);
    }
    let v = fold_width(s);
    let v = v.trim();
    if matches!(v, "无" | "none") {
        return Ok(None);
    }
    if labels && let Some(n) = label_score(v) {
        return Ok(Some(n));
    }
    let range = format!("{lo}–{hi}");
    if let Some(rest) = v.strip_prefix('-')
        && rest.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(format!("is negative; {what} must be {range}"));
    }
    let number = match leading_number(v) {
        Err(e) => return Err(format!("{e}; {what} must be {range}")),
        Ok(n) => n,
    };
    // `非常满意（5分）`: the label before the bracket.
    let number = match number {
        Some(n) => Some(n),
        None if labels => {
            let before = v.split(['(', '（']).next().unwrap_or("");
            if let Some(n) = label_score(before).filter(|_| before.len() < v.len()) {
                return Ok(Some(n));
            }
            None
        }
        None => None,
    };
    match number {
        Some((n, _)) if n >= u64::from(lo) && n <= u64::from(hi) => {
            Ok(Some(u8::try_from(n).unwrap_or(hi)))
        }
        Some((n, digits)) if digits <= 3 => {
            Err(format!("{n} is out of range; {what} must be {range}"))
        }
        Some(_) => Err(format!("is out of range; {what} must be {range}")),
        None if labels => Err(format!(
            "is not a score; use a number {range} or a label such as 非常满意, 满意, 一般, \
             不满意, 非常不满意 (Very satisfied … Very dissatisfied)"
        )),
        None => Err(format!("is not a number; {what} must be {range}")),
    }
}

/// A 1–5 score: `5`, `5分`, `５`, `5.0`, `5 - 非常满意`, or a label (非常满意 5,
/// 满意/比较满意 4, 一般 3, 不满意 2, 非常不满意 1, and the English equivalents).
/// `(空)`, `(跳过)`, `N/A` and an empty cell are no answer. Errors never repeat text.
pub fn parse_score(s: &str) -> Result<Option<u8>, String> {
    parse_scale(s, 1, 5, true, "a score")
}

/// An NPS answer 0–10: `9`, `10分`, `9 - 极有可能`.
pub fn parse_nps(s: &str) -> Result<Option<u8>, String> {
    parse_scale(s, 0, 10, false, "an NPS answer")
}

// ---------------------------------------------------------------------------
// Dates and times

const DATE_FORMS: &str =
    "expected a date or time like 2026/6/3 16:43:42, 2026-06-03 or 11/3/2026 2:05:09 PM";

fn bad_date() -> String {
    format!("is not a date this import understands; {DATE_FORMS}")
}

/// The date of a submission time as the tools write it: `2026/6/3 16:43:42` (问卷星),
/// `2026-06-03 16:43:42` (腾讯问卷), `2026/11/03 2:05:09 PM GMT+8` and `11/3/2026 14:05:09`
/// (Google Forms), `11/03/2026 02:05:09 PM` (SurveyMonkey), `2026-06-03T16:43:42+08:00`,
/// `2026年6月3日`: everything `domain::date::parse_date` takes, the one date parser of
/// every flag and import. Dates after `today` are refused.
pub fn parse_when(s: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let date = parse_date(s, today).map_err(|e| match e {
        DateError::Empty => "is empty; every response needs a date".to_string(),
        DateError::NoSuchDay(_) | DateError::YearOutOfRange => format!("{e}; {DATE_FORMS}"),
        _ => bad_date(),
    })?;
    if date > today {
        return Err(format!(
            "is after today ({today}); check the date, or whether day and month are swapped"
        ));
    }
    Ok(date)
}

// ---------------------------------------------------------------------------
// Rows

/// A comment's text: no-answer markers dropped, line ends as `\n` (a GBK export from
/// Windows and a UTF-8 one must give the same comment and fingerprint).
fn comment_text(s: &str) -> String {
    if is_no_answer(s) {
        return String::new();
    }
    s.trim().replace("\r\n", "\n").replace('\r', "\n")
}

/// Turns one data row into a survey row. Errors name the line and column and never
/// repeat the cell (it may be a phone number or a name).
pub fn parse_row(
    row: &SheetRow,
    sheet: &Sheet,
    mapping: &Mapping,
    today: NaiveDate,
) -> Result<Row, RowError> {
    let header_of = |i: usize| {
        sheet
            .headers
            .get(i)
            .map(|h| h.trim().to_string())
            .unwrap_or_default()
    };
    let mut out = Row {
        line: row.line,
        client_id: None,
        phone: None,
        date: None,
        channel: None,
        visit: None,
        scores: BTreeMap::new(),
        nps: None,
        comment: String::new(),
        fingerprint: String::new(),
    };
    let mut serial = String::new();
    let mut raw_date = String::new();
    let mut answers: Vec<String> = Vec::new();
    let mut comments: Vec<String> = Vec::new();
    let mut answered = false;
    for (i, target) in &mapping.columns {
        let v = row.get(*i);
        let err = |problem: String| RowError {
            line: row.line,
            column: header_of(*i),
            problem,
        };
        let empty = is_no_answer(v);
        match target {
            Target::Serial => serial = v.to_string(),
            Target::Date => {
                raw_date = v.to_string();
                if empty {
                    return Err(err("is empty; every response needs a date".into()));
                }
                out.date = Some(parse_when(v, today).map_err(err)?);
            }
            Target::ClientId if !empty => {
                let id = v.to_lowercase();
                if !id::is_prefix_of_kind(Kind::Client, &id) {
                    return Err(err(
                        "is not a client id (like c-7k2m9q4x); leave it empty and give a phone"
                            .into(),
                    ));
                }
                out.client_id = Some(id);
            }
            Target::Phone if !empty => {
                let phone = normalize_phone(v).map_err(|e| err(e.to_string()))?;
                out.phone = Some(phone);
            }
            Target::Channel if !empty => {
                let channel = Channel::parse(v).map_err(err)?;
                out.channel = Some(channel.key().to_string());
            }
            Target::Visit if !empty => {
                let visit = v.to_lowercase();
                if !id::is_prefix_of_kind(Kind::Visit, &visit) {
                    return Err(err(
                        "is not a visit id (like v-7k2m9q4x); leave it empty to use the \
                         client's latest done visit"
                            .into(),
                    ));
                }
                out.visit = Some(visit);
            }
            Target::ClientId | Target::Phone | Target::Channel | Target::Visit => {}
            Target::Dimension(key) => {
                let score = parse_score(v).map_err(err)?;
                if let Some(n) = score {
                    out.scores.insert(key.clone(), n);
                    answered = true;
                }
                answers.push(score.map(|n| n.to_string()).unwrap_or_default());
            }
            Target::Nps => {
                out.nps = parse_nps(v).map_err(err)?;
                answered |= out.nps.is_some();
                answers.push(out.nps.map(|n| n.to_string()).unwrap_or_default());
            }
            Target::Comment => {
                let text = comment_text(v);
                if !text.is_empty() {
                    comments.push(text.clone());
                    answered = true;
                }
                answers.push(text);
            }
        }
    }
    // A row naming no client is the caller's to judge: an error, unless the user asked
    // for an anonymous import.
    if !answered && mapping.columns.iter().any(|(_, t)| t.is_answer()) {
        return Err(RowError {
            line: row.line,
            column: String::new(),
            problem: "has no answers (every question is empty or skipped)".into(),
        });
    }
    out.comment = comments.join("\n");
    let mut parts: Vec<&str> = vec![
        &serial,
        &raw_date,
        out.client_id.as_deref().unwrap_or(""),
        out.phone.as_deref().unwrap_or(""),
    ];
    parts.extend(answers.iter().map(String::as_str));
    out.fingerprint = fingerprint(&parts);
    Ok(out)
}

/// FNV-1a 64 over the parts, each followed by a unit separator (so `["ab"]` and
/// `["a", "b"]` differ), as 16 lowercase hex digits. Written out by hand so that it
/// never changes with the Rust version, unlike `std`'s hasher.
pub fn fingerprint(parts: &[&str]) -> String {
    let mut hash = FNV_OFFSET;
    for part in parts {
        hash = fnv1a(hash, part.as_bytes());
        hash = fnv1a(hash, &[0x1f]);
    }
    format!("{hash:016x}")
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv1a(mut hash: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Encoding, decode, read_sheet};

    fn dims() -> Vec<Dimension> {
        [
            ("overall", "总体满意度"),
            ("attitude", "服务态度"),
            ("cleanliness", "清洁效果"),
            ("punctuality", "准时守约"),
            ("value", "性价比"),
        ]
        .into_iter()
        .map(|(key, label)| Dimension {
            key: key.into(),
            label: label.into(),
        })
        .collect()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn sheet(text: &str) -> Sheet {
        read_sheet(text).unwrap()
    }

    fn map(text: &str) -> Result<(Sheet, Mapping), String> {
        map_sheet(sheet(text), Preset::Auto, &dims(), &[])
    }

    fn fixture(name: &str) -> (Sheet, Mapping) {
        let path = format!(
            "{}/tests/fixtures/surveys/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        let bytes = std::fs::read(&path).unwrap();
        let (text, _) = decode(&bytes, Encoding::Auto).unwrap();
        map_sheet(read_sheet(&text).unwrap(), Preset::Auto, &dims(), &[]).unwrap()
    }

    fn rows(sheet: &Sheet, mapping: &Mapping) -> Vec<Row> {
        sheet
            .rows
            .iter()
            .map(|r| parse_row(r, sheet, mapping, today()).unwrap())
            .collect()
    }

    /// Which header became which target, by target name.
    fn targets(sheet: &Sheet, mapping: &Mapping) -> Vec<(String, String)> {
        mapping
            .columns
            .iter()
            .map(|(i, t)| (t.name().to_string(), sheet.headers[*i].clone()))
            .collect()
    }

    fn header_for(sheet: &Sheet, mapping: &Mapping, target: &str) -> String {
        targets(sheet, mapping)
            .into_iter()
            .find(|(t, _)| t == target)
            .map(|(_, h)| h)
            .unwrap_or_else(|| panic!("no column for {target}"))
    }

    fn scores(row: &Row) -> Vec<(&str, u8)> {
        row.scores.iter().map(|(k, v)| (k.as_str(), *v)).collect()
    }

    // ---- answers ---------------------------------------------------------

    #[test]
    fn scores_accept_numbers_in_many_spellings() {
        for s in [
            "5",
            "5分",
            "５",
            "5.0",
            " 5 ",
            "5.00",
            "5 分",
            "5 - 非常满意",
            "5（非常满意）",
            "5 stars",
            "★★★★★",
        ] {
            assert_eq!(parse_score(s), Ok(Some(5)), "{s}");
        }
        assert_eq!(parse_score("1"), Ok(Some(1)));
        assert_eq!(parse_score("３分"), Ok(Some(3)));
    }

    #[test]
    fn scores_accept_chinese_and_english_labels() {
        let cases = [
            ("非常满意", 5),
            ("满意", 4),
            ("比较满意", 4),
            ("一般", 3),
            ("不满意", 2),
            ("非常不满意", 1),
            ("Very satisfied", 5),
            ("very SATISFIED", 5),
            ("Satisfied", 4),
            (" Neutral ", 3),
            ("Dissatisfied", 2),
            ("Very dissatisfied", 1),
            ("Very  dissatisfied", 1),
            ("非常满意（5分）", 5),
            ("Excellent", 5),
            ("Poor", 1),
        ];
        for (s, n) in cases {
            assert_eq!(parse_score(s), Ok(Some(n)), "{s}");
        }
    }

    #[test]
    fn unanswered_scores_are_none() {
        for s in [
            "",
            "   ",
            "(空)",
            "（空）",
            "(跳过)",
            "N/A",
            "n/a",
            "-",
            "无",
        ] {
            assert_eq!(parse_score(s), Ok(None), "{s}");
            assert_eq!(parse_nps(s).ok().flatten(), None, "{s}");
        }
    }

    #[test]
    fn scores_out_of_range_say_the_range() {
        for s in ["6", "0", "7分", "-1", "１０"] {
            let e = parse_score(s).unwrap_err();
            assert!(e.contains("1–5"), "{s}: {e}");
        }
        assert_eq!(
            parse_score("7").unwrap_err(),
            "7 is out of range; a score must be 1–5"
        );
        let e = parse_score("4.5").unwrap_err();
        assert!(e.contains("whole number"), "{e}");
        let e = parse_score("还行吧").unwrap_err();
        assert!(e.contains("非常满意"), "{e}");
        assert!(!e.contains("还行吧"), "{e}");
    }

    #[test]
    fn a_phone_in_a_score_column_is_not_repeated() {
        let e = parse_score("13800138001").unwrap_err();
        assert!(!e.contains("13800138001"), "{e}");
        assert!(e.contains("1–5"), "{e}");
        let e = parse_nps("13800138001").unwrap_err();
        assert!(!e.contains("138"), "{e}");
    }

    #[test]
    fn nps_takes_zero_to_ten_with_leading_numbers() {
        for (s, n) in [
            ("0", 0),
            ("10", 10),
            ("10分", 10),
            ("9 - 极有可能", 9),
            ("0 - 完全不可能", 0),
            ("10（极有可能）", 10),
            ("８", 8),
        ] {
            assert_eq!(parse_nps(s), Ok(Some(n)), "{s}");
        }
        let e = parse_nps("11").unwrap_err();
        assert!(e.contains("0–10"), "{e}");
        assert!(parse_nps("非常满意").is_err());
        assert!(parse_nps("9abc").is_err());
    }

    // ---- dates -----------------------------------------------------------

    #[test]
    fn dates_in_the_tools_formats() {
        let cases = [
            ("2026/6/3 16:43:42", ymd(2026, 6, 3)),
            ("2026-06-03 16:43:42", ymd(2026, 6, 3)),
            ("2026/11/03 2:05:09 PM GMT+8", ymd(2026, 11, 3)),
            ("2026/11/03 2:05:09 下午 GMT+08:00", ymd(2026, 11, 3)),
            ("11/3/2026 14:05:09", ymd(2026, 11, 3)),
            ("11/03/2026 02:05:09 PM", ymd(2026, 11, 3)),
            ("25/10/2026 9:00", ymd(2026, 10, 25)),
            ("2026-06-03T16:43:42+08:00", ymd(2026, 6, 3)),
            ("2026-06-03T16:43:42.123Z", ymd(2026, 6, 3)),
            ("2026年6月3日 16:43", ymd(2026, 6, 3)),
            ("2026/6/3 下午4:43:42", ymd(2026, 6, 3)),
            ("2026-06-03", ymd(2026, 6, 3)),
            ("2026.6.3", ymd(2026, 6, 3)),
            ("today", today()),
            ("昨天", ymd(2026, 11, 21)),
        ];
        for (s, d) in cases {
            assert_eq!(parse_when(s, today()), Ok(d), "{s}");
        }
    }

    #[test]
    fn bad_dates_are_refused_with_the_expected_forms() {
        for s in [
            "",
            "上周三",
            "2026/13/3",
            "2026/2/30 10:00",
            "2026/6/3 25:00",
            "2026/6/3 abc",
            "6/3/26",
            "2026/6",
            "2026/6/3 16:43 +",
        ] {
            assert!(parse_when(s, today()).is_err(), "{s}");
        }
        let e = parse_when("2026/6/3 abc", today()).unwrap_err();
        assert!(e.contains("2026/6/3 16:43:42"), "{e}");
        let e = parse_when("2026/12/1", today()).unwrap_err();
        assert!(e.contains("after today"), "{e}");
    }

    // ---- fingerprints ----------------------------------------------------

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(fnv1a(FNV_OFFSET, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(FNV_OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(FNV_OFFSET, b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn fingerprints_are_stable_and_separate_parts() {
        let f = fingerprint(&["1", "2026/6/3 16:43:42", "13800138001", "5"]);
        assert_eq!(f.len(), 16);
        assert!(
            f.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
        assert_eq!(
            f,
            fingerprint(&["1", "2026/6/3 16:43:42", "13800138001", "5"])
        );
        assert_ne!(fingerprint(&["ab"]), fingerprint(&["a", "b"]));
        assert_ne!(fingerprint(&["a"]), fingerprint(&["a", ""]));
        // Pinned: a change here breaks duplicate detection for every store.
        assert_eq!(fingerprint(&[]), "cbf29ce484222325");
        assert_eq!(
            fingerprint(&["a"]),
            format!("{:016x}", fnv1a(fnv1a(FNV_OFFSET, b"a"), &[0x1f]))
        );
    }

    // ---- mapping ---------------------------------------------------------

    #[test]
    fn detects_presets_from_their_metadata_columns() {
        let cases = [
            (
                "序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、总体满意度\n",
                Preset::Wjx,
            ),
            (
                "编号,开始答题时间,结束答题时间,答题时长,Q1:总体满意度\n",
                Preset::Tencent,
            ),
            ("Timestamp,Overall satisfaction\n", Preset::Google),
            ("时间戳记,总体满意度\n", Preset::Google),
            ("phone,date,overall\n", Preset::Generic),
        ];
        for (text, preset) in cases {
            assert_eq!(map(text).unwrap().1.preset, preset, "{text}");
        }
    }

    #[test]
    fn questions_that_all_say_satisfaction_go_to_their_own_dimension() {
        let (s, m) = map("序号,提交答卷时间,所用时间,来源,来源详情,来自IP,\
             1、您对本次服务的总体满意度,2、您对阿姨的服务态度是否满意？,\
             3、您对清洁效果的满意度,4、阿姨是否准时上门？,5、您对收费的满意度,\
             6、您有多大可能向朋友推荐我们？,7、您还有什么建议或意见？,8、您的手机号码\n")
        .unwrap();
        assert_eq!(
            targets(&s, &m),
            vec![
                ("serial".into(), "序号".into()),
                ("date".into(), "提交答卷时间".into()),
                ("overall".into(), "1、您对本次服务的总体满意度".into()),
                ("attitude".into(), "2、您对阿姨的服务态度是否满意？".into()),
                ("cleanliness".into(), "3、您对清洁效果的满意度".into()),
                ("punctuality".into(), "4、阿姨是否准时上门？".into()),
                ("value".into(), "5、您对收费的满意度".into()),
                ("nps".into(), "6、您有多大可能向朋友推荐我们？".into()),
                ("comment".into(), "7、您还有什么建议或意见？".into()),
                ("phone".into(), "8、您的手机号码".into()),
            ]
        );
        assert_eq!(m.ignored, vec!["所用时间", "来源", "来源详情", "来自IP"]);
    }

    #[test]
    fn a_lone_satisfaction_question_is_the_overall_one() {
        let (s, m) = map("手机,日期,1、您对本次服务满意吗？,2、阿姨态度好吗\n").unwrap();
        assert_eq!(header_for(&s, &m, "overall"), "1、您对本次服务满意吗？");
        assert_eq!(header_for(&s, &m, "attitude"), "2、阿姨态度好吗");
        let e = map("手机,1、您对本次服务满意吗？,2、您对阿姨满意吗？\n").unwrap_err();
        assert!(
            e.contains("1、您对本次服务满意吗？") && e.contains("2、您对阿姨满意吗？"),
            "{e}"
        );
        assert!(e.contains("--map overall="), "{e}");
        // Once there is an overall question, other vague ones are left out.
        let (_, m) = map("手机,总体满意度,您对阿姨满意吗？\n").unwrap();
        assert_eq!(m.ignored, vec!["您对阿姨满意吗？"]);
    }

    #[test]
    fn the_service_name_does_not_make_a_cleanliness_question() {
        let (s, m) =
            map("手机,您对清洁服务的总体满意度,您对打扫的满意度,您对保洁阿姨的态度评价\n").unwrap();
        assert_eq!(header_for(&s, &m, "overall"), "您对清洁服务的总体满意度");
        assert_eq!(header_for(&s, &m, "cleanliness"), "您对打扫的满意度");
        assert_eq!(header_for(&s, &m, "attitude"), "您对保洁阿姨的态度评价");
    }

    #[test]
    fn a_comment_about_a_dimension_is_a_comment() {
        let (s, m) = map("手机,服务态度,对阿姨的服务态度还有什么建议？,其他想说的\n").unwrap();
        assert_eq!(header_for(&s, &m, "attitude"), "服务态度");
        let comments: Vec<_> = m
            .columns
            .iter()
            .filter(|(_, t)| *t == Target::Comment)
            .collect();
        assert_eq!(comments.len(), 2);
    }

    #[test]
    fn english_keywords_match_whole_words() {
        let (s, m) = map(
            "Timestamp,How friendly was your cleaner?,Did the cleaner arrive on time?,\
             How clean was your home?,Was the price fair?,\
             Overall how satisfied were you?,How likely are you to recommend us?,\
             Any feedback?,Phone number\n",
        )
        .unwrap();
        assert_eq!(
            header_for(&s, &m, "attitude"),
            "How friendly was your cleaner?"
        );
        assert_eq!(
            header_for(&s, &m, "punctuality"),
            "Did the cleaner arrive on time?"
        );
        assert_eq!(
            header_for(&s, &m, "cleanliness"),
            "How clean was your home?"
        );
        assert_eq!(header_for(&s, &m, "value"), "Was the price fair?");
        assert_eq!(
            header_for(&s, &m, "overall"),
            "Overall how satisfied were you?"
        );
        assert_eq!(
            header_for(&s, &m, "nps"),
            "How likely are you to recommend us?"
        );
        assert_eq!(header_for(&s, &m, "comment"), "Any feedback?");
        assert_eq!(header_for(&s, &m, "phone"), "Phone number");
        assert!(!has_keyword("feedback", "fee"));
        assert!(!has_keyword("cleaner", "clean"));
        assert!(has_keyword("on time!", "on time"));
    }

    #[test]
    fn question_numbers_are_stripped() {
        assert_eq!(strip_question_number("3、服务态度"), "服务态度");
        assert_eq!(strip_question_number("Q1:服务态度"), "服务态度");
        assert_eq!(strip_question_number("q12. Overall"), "Overall");
        assert_eq!(strip_question_number("第2题 服务态度"), "服务态度");
        assert_eq!(strip_question_number("(4)服务态度"), "服务态度");
        assert_eq!(strip_question_number("2026年"), "2026年");
        assert_eq!(strip_question_number("Quality"), "Quality");
        assert_eq!(strip_question_number(""), "");
        assert_eq!(
            match_form("３、 Overall   Satisfaction"),
            "overall satisfaction"
        );
    }

    #[test]
    fn configured_dimensions_match_by_key_and_label() {
        let mut d = dims();
        d.push(Dimension {
            key: "communication".into(),
            label: "沟通能力".into(),
        });
        let (s, m) = map_sheet(
            sheet("手机,5、阿姨的沟通能力如何？,communication2,总体满意度\n"),
            Preset::Auto,
            &d,
            &[],
        )
        .unwrap();
        assert_eq!(
            header_for(&s, &m, "communication"),
            "5、阿姨的沟通能力如何？"
        );
        assert_eq!(m.ignored, vec!["communication2"]);
        // A dimension removed from the config is not filled in from keywords.
        let without_value: Vec<Dimension> =
            dims().into_iter().filter(|d| d.key != "value").collect();
        let (_, m) = map_sheet(
            sheet("手机,价格,总体满意度\n"),
            Preset::Auto,
            &without_value,
            &[],
        )
        .unwrap();
        assert_eq!(m.ignored, vec!["价格"]);
    }

    #[test]
    fn submission_time_beats_start_time() {
        let (s, m) = map("编号,开始答题时间,结束答题时间,Q1:总体满意度\n").unwrap();
        assert_eq!(header_for(&s, &m, "date"), "结束答题时间");
        assert_eq!(m.ignored, vec!["开始答题时间"]);
        let e = map("手机,date,日期,总体满意度\n").unwrap_err();
        assert!(
            e.contains("`date`") && e.contains("`日期`") && e.contains("--map date="),
            "{e}"
        );
    }

    #[test]
    fn personal_and_tool_metadata_is_ignored() {
        let (_, m) = map(
            "手机,总体满意度,IP,IP属地,来源,来源渠道,所用时间,地理位置省,Email Address,电子邮件地址,\
             First Name,您的姓名,微信昵称,Custom Data 1\n",
        )
        .unwrap();
        assert_eq!(
            m.ignored,
            vec![
                "IP",
                "IP属地",
                "来源",
                "来源渠道",
                "所用时间",
                "地理位置省",
                "Email Address",
                "电子邮件地址",
                "First Name",
                "您的姓名",
                "微信昵称",
                "Custom Data 1"
            ]
        );
        // A metadata column can still be mapped on purpose (a client id passed in the
        // questionnaire link lands in 腾讯问卷's 自定义字段).
        let (s, m) = map_sheet(
            sheet(
                "编号,结束答题时间,自定义字段,Q1:总体满意度\n1,2026-09-12 10:03:10,c-7k2m9q4x,5\n",
            ),
            Preset::Auto,
            &dims(),
            &[("client".into(), "自定义字段".into())],
        )
        .unwrap();
        let r = parse_row(&s.rows[0], &s, &m, today()).unwrap();
        assert_eq!(r.client_id.as_deref(), Some("c-7k2m9q4x"));
    }

    #[test]
    fn google_grid_rows_match_by_their_bracketed_label() {
        let (s, m) = map(
            "时间戳记,请为以下方面打分 [总体],请为以下方面打分 [服务态度],请为以下方面打分 [准时守约],\
             Rate the following [Cleanliness]\n",
        )
        .unwrap();
        assert_eq!(header_for(&s, &m, "overall"), "请为以下方面打分 [总体]");
        assert_eq!(
            header_for(&s, &m, "attitude"),
            "请为以下方面打分 [服务态度]"
        );
        assert_eq!(
            header_for(&s, &m, "punctuality"),
            "请为以下方面打分 [准时守约]"
        );
        assert_eq!(
            header_for(&s, &m, "cleanliness"),
            "Rate the following [Cleanliness]"
        );
    }

    #[test]
    fn no_question_column_is_an_error_listing_the_headers() {
        let e = map("手机,日期,备用\n").unwrap_err();
        assert!(e.contains("`备用`") && e.contains("--map overall="), "{e}");
    }

    #[test]
    fn overrides_win_and_settle_ambiguity() {
        let text = "phone,date,服务态度,阿姨态度,nps\n";
        assert!(map(text).is_err());
        for column in ["4", "阿姨态度"] {
            let (s, m) = map_sheet(
                sheet(text),
                Preset::Auto,
                &dims(),
                &[("attitude".into(), column.into())],
            )
            .unwrap();
            assert_eq!(header_for(&s, &m, "attitude"), "阿姨态度");
            assert_eq!(m.ignored, vec!["服务态度"]);
        }
        // Map an unmatched column, by label, by decorated header.
        let (s, m) = map_sheet(
            sheet("电话,Q1:打几颗星,备用列\n"),
            Preset::Auto,
            &dims(),
            &[
                ("总体满意度".into(), "打几颗星".into()),
                ("comment".into(), "3".into()),
            ],
        )
        .unwrap();
        assert_eq!(header_for(&s, &m, "overall"), "Q1:打几颗星");
        assert_eq!(header_for(&s, &m, "comment"), "备用列");
    }

    #[test]
    fn a_wrongly_matched_column_can_be_ignored() {
        let text = "手机,总体满意度,联系方式\n13800138001,5,微信 wang_li\n";
        let e = map(text).unwrap_err();
        assert!(
            e.contains("`phone`") && e.contains("`联系方式` (column 3)"),
            "{e}"
        );
        let (s, m) = map_sheet(
            sheet(text),
            Preset::Auto,
            &dims(),
            &[("ignore".into(), "联系方式".into())],
        )
        .unwrap();
        assert_eq!(m.ignored, vec!["联系方式"]);
        assert!(parse_row(&s.rows[0], &s, &m, today()).is_ok());
        // A yes/no question about calls is not a phone column.
        let (_, m) = map("手机,总体满意度,您是否愿意接受电话回访？\n").unwrap();
        assert_eq!(m.ignored, vec!["您是否愿意接受电话回访？"]);
        let e = map_sheet(
            sheet(text),
            Preset::Auto,
            &dims(),
            &[("ignore".into(), "3".into()), ("phone".into(), "3".into())],
        )
        .unwrap_err();
        assert!(e.contains("column 3"), "{e}");
    }

    #[test]
    fn bad_overrides_say_what_to_do() {
        let text = "phone,服务态度,阿姨态度,nps\n";
        let run = |o: &[(&str, &str)]| {
            let o: Vec<(String, String)> = o
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            map_sheet(sheet(text), Preset::Auto, &dims(), &o).unwrap_err()
        };
        let e = run(&[("speed", "2")]);
        assert!(e.contains("`speed`") && e.contains("attitude"), "{e}");
        let e = run(&[("attitude", "9")]);
        assert!(e.contains("columns 1 to 4"), "{e}");
        let e = run(&[("attitude", "态度")]);
        assert!(
            e.contains("several columns") && e.contains("column 2") && e.contains("column 3"),
            "{e}"
        );
        let e = run(&[("attitude", "满意")]);
        assert!(e.contains("no column"), "{e}");
        let e = run(&[("attitude", "2"), ("attitude", "3")]);
        assert!(e.contains("twice"), "{e}");
        let e = run(&[("attitude", "2"), ("overall", "2")]);
        assert!(e.contains("column 2") && e.contains("both"), "{e}");
    }

    #[test]
    fn surveymonkey_header_rows_are_combined() {
        let text = "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,\
                    First Name,Last Name,Custom Data 1,请评价以下方面,,,您有多大可能推荐我们？,\
                    其他意见\n\
                    ,,,,,,,,,服务态度,清洁效果,准时守约,Response,Open-Ended Response\n\
                    118000001,4001,11/03/2026 01:58:02 PM,11/03/2026 02:05:09 PM,1.2.3.4,,,,,\
                    Very satisfied,Satisfied,Neutral,9,好\n";
        let (s, m) = map(text).unwrap();
        assert_eq!(m.preset, Preset::SurveyMonkey);
        assert_eq!(m.header_rows, 2);
        assert_eq!(s.rows.len(), 1);
        assert_eq!(s.rows[0].line, 3);
        assert_eq!(header_for(&s, &m, "attitude"), "请评价以下方面 - 服务态度");
        assert_eq!(
            header_for(&s, &m, "cleanliness"),
            "请评价以下方面 - 清洁效果"
        );
        assert_eq!(header_for(&s, &m, "nps"), "您有多大可能推荐我们？");
        assert_eq!(header_for(&s, &m, "date"), "End Date");
        assert_eq!(header_for(&s, &m, "serial"), "Respondent ID");
        let r = parse_row(&s.rows[0], &s, &m, today()).unwrap();
        assert_eq!(
            scores(&r),
            vec![("attitude", 5), ("cleanliness", 4), ("punctuality", 3)]
        );
        // Told it is SurveyMonkey, a file without the second row is refused.
        let flat = "Respondent ID,总体满意度\n118000001,5\n";
        let e = map_sheet(sheet(flat), Preset::SurveyMonkey, &dims(), &[]).unwrap_err();
        assert!(e.contains("--preset generic"), "{e}");
        let (s, m) = map(flat).unwrap();
        assert_eq!((m.header_rows, s.rows.len()), (1, 1));
    }

    #[test]
    fn presets_parse_and_name() {
        for p in [
            Preset::Auto,
            Preset::Wjx,
            Preset::Tencent,
            Preset::Google,
            Preset::SurveyMonkey,
            Preset::Generic,
        ] {
            assert_eq!(Preset::parse(p.name()), Ok(p));
        }
        assert_eq!(Preset::parse("问卷星"), Ok(Preset::Wjx));
        assert!(Preset::parse("typeform").is_err());
        assert!(Preset::Wjx.is_online() && !Preset::Generic.is_online());
    }

    // ---- rows ------------------------------------------------------------

    #[test]
    fn rows_parse_client_date_scores_and_comment() {
        let (s, m) = map(
            "client,phone,date,channel,visit,overall,attitude,nps,comment\n\
             C-7K2M9Q4X,,2026-11-20,电话,v-3abc,非常满意,4分,9,阿姨很细心\n\
             ,+86 139 0013 9002,2026/11/21,online,,(空),,,\n",
        )
        .unwrap();
        let r = parse_row(&s.rows[0], &s, &m, today()).unwrap();
        assert_eq!(r.line, 2);
        assert_eq!(r.client_id.as_deref(), Some("c-7k2m9q4x"));
        assert_eq!(r.phone, None);
        assert_eq!(r.date, Some(ymd(2026, 11, 20)));
        assert_eq!(r.channel.as_deref(), Some("phone"));
        assert_eq!(r.visit.as_deref(), Some("v-3abc"));
        assert_eq!(scores(&r), vec![("attitude", 4), ("overall", 5)]);
        assert_eq!(r.nps, Some(9));
        assert_eq!(r.comment, "阿姨很细心");
        let e = parse_row(&s.rows[1], &s, &m, today()).unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.problem.contains("no answers"), "{e}");
    }

    #[test]
    fn row_errors_name_line_and_column_but_not_the_value() {
        let (s, m) = map("phone,date,overall\n\
             1380013800,2026-11-20,5\n\
             ,2026-11-20,5\n\
             13800138001,,5\n\
             13800138001,2026-11-20,6\n")
        .unwrap();
        let results: Vec<Result<Row, RowError>> = s
            .rows
            .iter()
            .map(|r| parse_row(r, &s, &m, today()))
            .collect();
        // An empty phone is no error here: the CLI refuses it unless `--anonymous`.
        let blank = results[1].as_ref().unwrap();
        assert_eq!(
            (blank.client_id.as_deref(), blank.phone.as_deref()),
            (None, None)
        );
        let errs: Vec<&RowError> = results.iter().filter_map(|r| r.as_ref().err()).collect();
        assert_eq!((errs[0].line, errs[0].column.as_str()), (2, "phone"));
        assert!(!errs[0].to_string().contains("1380013800"), "{}", errs[0]);
        assert_eq!((errs[1].line, errs[1].column.as_str()), (4, "date"));
        assert_eq!(
            errs[2].to_string(),
            "line 5, column `overall`: 6 is out of range; a score must be 1–5"
        );
        let (s, m) = map("client,overall\nwang,5\n").unwrap();
        let e = parse_row(&s.rows[0], &s, &m, today()).unwrap_err();
        assert!(
            e.problem.contains("client id") && !e.problem.contains("wang"),
            "{e}"
        );
    }

    #[test]
    fn without_client_columns_rows_are_left_anonymous() {
        let (s, m) = map("date,overall\n2026-11-20,5\n").unwrap();
        let r = parse_row(&s.rows[0], &s, &m, today()).unwrap();
        assert_eq!((r.client_id, r.phone), (None, None));
    }

    #[test]
    fn fingerprints_ignore_ip_and_follow_the_answers() {
        let text = "序号,提交答卷时间,所用时间,来自IP,1、总体满意度,2、手机\n\
                    1,2026/6/3 16:43:42,95秒,1.2.3.4,5,13800138001\n\
                    1,2026/6/3 16:43:42,120秒,5.6.7.8,5,+86 138 0013 8001\n\
                    1,2026/6/3 16:43:42,95秒,1.2.3.4,4,13800138001\n\
                    2,2026/6/3 16:43:42,95秒,1.2.3.4,5,13800138001\n";
        let (s, m) = map(text).unwrap();
        let r = rows(&s, &m);
        assert_eq!(r[0].fingerprint, r[1].fingerprint);
        assert_ne!(r[0].fingerprint, r[2].fingerprint);
        assert_ne!(r[0].fingerprint, r[3].fingerprint);
        // Labels and numbers for the same answer agree.
        let (s, m) = map(
            "手机,日期,总体满意度\n13800138001,2026-06-03,非常满意\n13800138001,2026-06-03,5\n",
        )
        .unwrap();
        let r = rows(&s, &m);
        assert_eq!(r[0].fingerprint, r[1].fingerprint);
    }

    #[test]
    fn arbitrary_cells_never_panic() {
        let (s, m) =
            map("序号,提交答卷时间,1、总体满意度,2、推荐,3、建议,4、手机,client,visit,channel\n")
                .unwrap();
        let pieces = [
            "",
            "5",
            "５分",
            "(空)",
            "１０",
            "-",
            "—",
            "9 - 极",
            "2026/6/3",
            "下午",
            "T",
            ":",
            "+",
            "c-",
            "v-",
            "13800138001",
            "非常",
            "满意",
            "é",
            "😀",
            "\u{feff}",
            "(",
            "（",
            "99999999999999999999999",
            ".",
            "5.",
            "5.5",
            "年",
            "月",
            "日",
            "/",
            "2026",
            "12:00",
            "PM",
            "gmt",
            "\r\n",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            let mut fields = Vec::new();
            for _ in 0..9 {
                let mut cell = String::new();
                for _ in 0..(seed % 4) {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    cell.push_str(pieces[(seed % pieces.len() as u64) as usize]);
                }
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                fields.push(cell);
            }
            let row = SheetRow { line: 2, fields };
            let _ = parse_row(&row, &s, &m, today());
            for f in &row.fields {
                let _ = parse_when(f, today());
                let _ = parse_score(f);
                let _ = parse_nps(f);
            }
        }
        // A row shorter than the header is read as empty cells.
        let short = SheetRow {
            line: 9,
            fields: vec!["1".into()],
        };
        assert!(parse_row(&short, &s, &m, today()).is_err());
    }

    // ---- fixtures --------------------------------------------------------

    #[test]
    fn fixture_wjx_gbk() {
        let (s, m) = fixture("wjx-gbk.csv");
        assert_eq!(m.preset, Preset::Wjx);
        assert_eq!(header_for(&s, &m, "overall"), "1、您对本次服务的总体满意度");
        assert_eq!(
            header_for(&s, &m, "attitude"),
            "2、您对阿姨的服务态度是否满意？"
        );
        assert_eq!(
            header_for(&s, &m, "cleanliness"),
            "3、您对家里打扫的干净程度是否满意？"
        );
        assert_eq!(header_for(&s, &m, "punctuality"), "4、阿姨是否准时上门？");
        assert_eq!(header_for(&s, &m, "value"), "5、您觉得我们的收费是否合理？");
        assert_eq!(
            header_for(&s, &m, "nps"),
            "6、您有多大可能把我们推荐给亲友？"
        );
        assert_eq!(
            header_for(&s, &m, "comment"),
            "7、您对我们还有什么意见或建议？"
        );
        assert_eq!(header_for(&s, &m, "phone"), "8、您的手机号码");
        assert_eq!(header_for(&s, &m, "date"), "提交答卷时间");
        assert_eq!(m.ignored, vec!["所用时间", "来源", "来源详情", "来自IP"]);
        let r = rows(&s, &m);
        assert_eq!(r.len(), 6);
        assert_eq!(r[0].phone.as_deref(), Some("13800138001"));
        assert_eq!(r[0].date, Some(ymd(2026, 6, 3)));
        assert_eq!(
            scores(&r[0]),
            vec![
                ("attitude", 5),
                ("cleanliness", 5),
                ("overall", 5),
                ("punctuality", 4),
                ("value", 4)
            ]
        );
        assert_eq!(r[0].nps, Some(10));
        // `(跳过)` leaves the dimension out.
        assert_eq!(r[1].scores.get("punctuality"), None);
        assert_eq!(r[1].scores.get("overall"), Some(&4));
        // The comment with a comma and a line break inside quotes, CRLF read as LF.
        assert_eq!(r[2].comment, "阿姨来晚了半小时,不过活干得细\n下次希望准时");
        assert_eq!(r[2].line, 4);
        assert_eq!(r[3].line, 6, "the multi-line comment takes two lines");
        assert_eq!(r[3].scores.get("overall"), Some(&2));
        let all: std::collections::BTreeSet<_> = r.iter().map(|r| r.fingerprint.clone()).collect();
        assert_eq!(all.len(), r.len(), "fingerprints differ between rows");
    }

    #[test]
    fn fixture_wjx_utf8_bom_matches_the_gbk_export() {
        let bytes = std::fs::read(format!(
            "{}/tests/fixtures/surveys/wjx-utf8-bom.csv",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let (s, m) = fixture("wjx-utf8-bom.csv");
        let (g, gm) = fixture("wjx-gbk.csv");
        assert_eq!(m.preset, Preset::Wjx);
        assert_eq!(targets(&s, &m), targets(&g, &gm));
        let (utf8, gbk) = (rows(&s, &m), rows(&g, &gm));
        assert_eq!(utf8.len(), gbk.len());
        for (a, b) in utf8.iter().zip(&gbk) {
            assert_eq!(a.fingerprint, b.fingerprint, "line {}", a.line);
            assert_eq!(
                (&a.scores, a.nps, &a.comment, a.date),
                (&b.scores, b.nps, &b.comment, b.date)
            );
        }
    }

    #[test]
    fn fixture_tencent() {
        let (s, m) = fixture("tencent.csv");
        assert_eq!(m.preset, Preset::Tencent);
        assert_eq!(header_for(&s, &m, "serial"), "编号");
        assert_eq!(header_for(&s, &m, "date"), "结束答题时间");
        assert_eq!(
            header_for(&s, &m, "overall"),
            "Q1:您对本次家政服务的总体满意度"
        );
        assert_eq!(header_for(&s, &m, "attitude"), "Q2:服务人员的态度和礼貌");
        assert_eq!(header_for(&s, &m, "cleanliness"), "Q3:清洁效果");
        assert_eq!(header_for(&s, &m, "punctuality"), "Q4:是否按时到达");
        assert_eq!(header_for(&s, &m, "value"), "Q5:价格是否合理");
        assert_eq!(
            header_for(&s, &m, "nps"),
            "Q6:您向亲友推荐我们的可能性有多大？"
        );
        assert_eq!(header_for(&s, &m, "phone"), "Q8:联系电话");
        assert!(m.ignored.contains(&"开始答题时间".to_string()));
        assert!(m.ignored.contains(&"地理位置省".to_string()));
        assert!(m.ignored.contains(&"IP".to_string()));
        let r = rows(&s, &m);
        assert_eq!(r.len(), 5);
        assert_eq!(r[0].date, Some(ymd(2026, 9, 12)));
        assert_eq!(r[0].phone.as_deref(), Some("13900139002"));
        assert_eq!(r[0].nps, Some(9));
        assert_eq!(
            scores(&r[4]),
            vec![
                ("attitude", 1),
                ("cleanliness", 2),
                ("overall", 1),
                ("punctuality", 1),
                ("value", 2)
            ]
        );
        assert_eq!(r[4].nps, Some(0));
    }

    #[test]
    fn fixture_google_forms() {
        let (s, m) = fixture("google-forms.csv");
        assert_eq!(m.preset, Preset::Google);
        assert_eq!(header_for(&s, &m, "date"), "Timestamp");
        assert_eq!(
            header_for(&s, &m, "overall"),
            "Overall, how satisfied were you with the service?"
        );
        assert_eq!(
            header_for(&s, &m, "attitude"),
            "Was the housekeeper friendly and courteous?"
        );
        assert_eq!(
            header_for(&s, &m, "punctuality"),
            "Did the housekeeper arrive on time?"
        );
        assert_eq!(
            header_for(&s, &m, "cleanliness"),
            "How clean was your home afterwards?"
        );
        assert_eq!(header_for(&s, &m, "value"), "Was the price good value?");
        assert_eq!(
            header_for(&s, &m, "nps"),
            "How likely are you to recommend us to a friend? (0-10)"
        );
        assert_eq!(
            header_for(&s, &m, "comment"),
            "Any other comments or suggestions?"
        );
        assert_eq!(header_for(&s, &m, "phone"), "手机号 Mobile");
        assert_eq!(m.ignored, vec!["Email Address"]);
        let r = rows(&s, &m);
        assert_eq!(r.len(), 6);
        assert_eq!(r[0].date, Some(ymd(2026, 11, 3)));
        assert_eq!(r[1].date, Some(ymd(2026, 11, 3)), "M/D/Y form");
        assert_eq!(r[0].nps, Some(10));
        assert_eq!(r[2].nps, Some(6));
        assert_eq!(r[2].scores.get("value"), Some(&2));
        assert_eq!(r[3].phone.as_deref(), Some("18600186004"));
    }

    #[test]
    fn fixture_surveymonkey() {
        let (s, m) = fixture("surveymonkey.csv");
        assert_eq!(m.preset, Preset::SurveyMonkey);
        assert_eq!(m.header_rows, 2);
        assert_eq!(header_for(&s, &m, "serial"), "Respondent ID");
        assert_eq!(header_for(&s, &m, "date"), "End Date");
        assert_eq!(
            header_for(&s, &m, "overall"),
            "总体来说，您对本次服务满意吗？"
        );
        assert_eq!(header_for(&s, &m, "attitude"), "请评价以下方面 - 服务态度");
        assert_eq!(
            header_for(&s, &m, "cleanliness"),
            "请评价以下方面 - 清洁效果"
        );
        assert_eq!(
            header_for(&s, &m, "punctuality"),
            "请评价以下方面 - 准时守约"
        );
        assert_eq!(header_for(&s, &m, "value"), "请评价以下方面 - 性价比");
        assert_eq!(header_for(&s, &m, "phone"), "您的手机号码");
        assert!(m.ignored.contains(&"IP Address".to_string()));
        assert!(m.ignored.contains(&"Custom Data 1".to_string()));
        let r = rows(&s, &m);
        assert_eq!(r.len(), 5);
        assert_eq!(r[0].line, 3);
        assert_eq!(r[0].date, Some(ymd(2026, 11, 3)));
        assert_eq!(r[0].scores.get("overall"), Some(&5));
        assert_eq!(r[0].scores.get("value"), Some(&4));
        assert_eq!(r[1].nps, Some(7));
        assert_eq!(r[2].phone.as_deref(), Some("13500135003"));
    }

    #[test]
    fn fixture_generic() {
        let (s, m) = fixture("generic.csv");
        assert_eq!(m.preset, Preset::Generic);
        assert_eq!(
            targets(&s, &m)
                .iter()
                .map(|(t, _)| t.as_str())
                .collect::<Vec<_>>(),
            vec![
                "phone",
                "date",
                "overall",
                "attitude",
                "cleanliness",
                "punctuality",
                "value",
                "nps",
                "comment"
            ]
        );
        assert!(m.ignored.is_empty());
        let r = rows(&s, &m);
        assert_eq!(r.len(), 6);
        assert_eq!(r[0].date, Some(ymd(2026, 11, 2)));
        assert_eq!(
            scores(&r[0]),
            vec![
                ("attitude", 5),
                ("cleanliness", 4),
                ("overall", 5),
                ("punctuality", 5),
                ("value", 4)
            ]
        );
        assert_eq!(r[0].nps, Some(9));
        assert_eq!(r[5].phone.as_deref(), Some("18600186004"));
    }

    #[test]
    fn fixture_generic_bad() {
        let (s, m) = fixture("generic-bad.csv");
        let results: Vec<Result<Row, RowError>> = s
            .rows
            .iter()
            .map(|r| parse_row(r, &s, &m, today()))
            .collect();
        let errors: Vec<String> = results
            .iter()
            .filter_map(|r| r.as_ref().err().map(ToString::to_string))
            .collect();
        assert_eq!(
            errors,
            vec![
                "line 4, column `attitude`: 7 is out of range; a score must be 1–5".to_string(),
                format!(
                    "line 6, column `date`: is not a date this import understands; {DATE_FORMS}"
                ),
            ]
        );
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 4);
    }

    #[test]
    fn fixture_ambiguous() {
        let bytes = std::fs::read(format!(
            "{}/tests/fixtures/surveys/ambiguous.csv",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let (text, _) = decode(&bytes, Encoding::Auto).unwrap();
        let e = map_sheet(read_sheet(&text).unwrap(), Preset::Auto, &dims(), &[]).unwrap_err();
        assert!(e.contains("`attitude`"), "{e}");
        assert!(
            e.contains("`3、您对阿姨的服务态度是否满意？` (column 3)"),
            "{e}"
        );
        assert!(e.contains("`4、客服人员的态度如何？` (column 4)"), "{e}");
        assert!(e.contains("--map attitude=COLUMN"), "{e}");
        let (s, m) = map_sheet(
            read_sheet(&text).unwrap(),
            Preset::Auto,
            &dims(),
            &[("attitude".into(), "3".into())],
        )
        .unwrap();
        assert_eq!(
            header_for(&s, &m, "attitude"),
            "3、您对阿姨的服务态度是否满意？"
        );
        assert_eq!(m.ignored, vec!["4、客服人员的态度如何？"]);
        assert_eq!(rows(&s, &m).len(), 5);
    }
}
