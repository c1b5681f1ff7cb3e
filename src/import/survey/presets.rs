//! Presets: telling the questionnaire tool from its metadata columns, and merging
//! SurveyMonkey's two header rows into one.

use super::Preset;
use super::mapping::MapError;
use crate::import::{Sheet, SheetRow, header_key};

/// Guesses the tool from the metadata columns it always writes.
pub(super) fn detect(headers: &[String]) -> Preset {
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
pub(super) type MatchTexts = Vec<Vec<String>>;

/// Merges SurveyMonkey's two header rows into one and drops the second from the data.
/// A question spanning several columns (a matrix, several choices) has its text only
/// over the first one; it is carried across into the combined headers
/// (`请评价以下方面 - 服务态度`). A column with a plain `Response` label is matched by
/// its question, one with its own label (`服务态度`) by that label.
pub(super) fn fix_surveymonkey(
    sheet: &mut Sheet,
    explicit: bool,
) -> Result<(MatchTexts, u64), MapError> {
    let looks_like = sheet
        .rows
        .first()
        .is_some_and(|r| is_sub_label_row(r, &sheet.headers));
    if !looks_like {
        if explicit && !sheet.rows.is_empty() {
            return Err(MapError::NotSurveyMonkey);
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
