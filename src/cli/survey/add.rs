//! `hk survey add`: enter one response by hand (a phone survey, a paper form).

use std::collections::BTreeMap;

use super::super::Ctx;
use super::super::client::resolve;
use super::super::error::{CliError, CliResult};
use super::super::filters::past_date;
use super::super::records::client_visit;
use crate::domain::config::Config;
use crate::domain::id::Kind;
use crate::domain::survey::{
    Channel, FORMAT, Survey, UnfitVisit, check_survey_visit, parse_nps, parse_score,
};
use crate::prompt::Prompter;

/// Add a survey response for a client. Prints the new id.
///
/// Scores are 1–5 per dimension of the config (overall 总体满意度, attitude 服务态度,
/// cleanliness 清洁效果, punctuality 准时守约, value 性价比 by default) and NPS 0–10.
/// On a terminal, hk asks for the scores you did not give (each can be skipped);
/// without one, only the flags count.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Id or id prefix, phone, or exact name
    pub client: String,
    /// Date of the answers [default: today]; not after today
    #[arg(long)]
    pub date: Option<String>,
    /// The visit it is about: a done one that started by `--date` [default: the
    /// client's latest such visit]
    #[arg(long)]
    pub visit: Option<String>,
    /// phone, online, paper or interview
    #[arg(long, default_value = "phone")]
    pub channel: String,
    /// 总体满意度, 1–5
    #[arg(long, allow_hyphen_values = true)]
    pub overall: Option<String>,
    /// 服务态度, 1–5
    #[arg(long, allow_hyphen_values = true)]
    pub attitude: Option<String>,
    /// 清洁效果, 1–5
    #[arg(long, allow_hyphen_values = true)]
    pub cleanliness: Option<String>,
    /// 准时守约, 1–5
    #[arg(long, allow_hyphen_values = true)]
    pub punctuality: Option<String>,
    /// 性价比, 1–5
    #[arg(long, allow_hyphen_values = true)]
    pub value: Option<String>,
    /// Any configured dimension: DIM=N (repeatable)
    #[arg(long = "score", value_name = "DIM=N", allow_hyphen_values = true)]
    pub scores: Vec<String>,
    /// Would recommend us to a friend, 0–10
    #[arg(long, allow_hyphen_values = true)]
    pub nps: Option<String>,
    /// What the client said
    #[arg(long)]
    pub comment: Option<String>,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    let today = now.date_naive();
    let date = past_date(args.date.as_deref(), today)?;
    let channel = Channel::parse(&args.channel).map_err(|e| CliError::bad_flag("--channel", e))?;
    let mut scores = flag_scores(&args, &store.config)?;
    let mut nps = args
        .nps
        .as_deref()
        .map(parse_nps)
        .transpose()
        .map_err(|e| CliError::bad_flag("--nps", e))?;
    let mut comment = args.comment.clone().unwrap_or_default();
    // The client (and visit) are checked before any prompt, so a mistyped name does
    // not throw away answers typed in.
    let client = resolve(ctx, &store, &args.client)?.record;
    let visit = match client_visit(ctx, &store, args.visit.as_deref(), &client.id)? {
        Some(v) => {
            check_survey_visit(&v, date).map_err(|e| {
                let hint = match e {
                    UnfitVisit::NotDone { .. } => {
                        crate::t!("survey-add-visit-not-done-hint", id = &v.id)
                    }
                    UnfitVisit::AfterSurvey { .. } => crate::t!("survey-add-visit-after-hint"),
                };
                CliError::bad_flag("--visit", e)
                    .hint(hint)
                    .hint(crate::t!("survey-add-visit-leave-out-hint"))
            })?;
            Some(v.id)
        }
        None => None,
    };
    if let Some(p) = ctx.prompter() {
        ask_missing(
            p,
            &store.config,
            &mut scores,
            &mut nps,
            &mut comment,
            args.comment.is_some(),
        )?;
    }
    if scores.is_empty() && nps.is_none() && comment.trim().is_empty() {
        return Err(CliError::usage(crate::t!("survey-add-no-answers"))
            .hint(crate::t!("survey-add-no-answers-hint", client = &client.id)));
    }
    let mut txn = store.begin()?;
    let survey = Survey {
        conflicts: Vec::new(),
        format: FORMAT,
        id: store.new_id(Kind::Survey)?,
        client: client.id.clone(),
        date,
        channel,
        visit,
        nps,
        comment: comment.trim().to_string(),
        source_file: String::new(),
        fingerprint: String::new(),
        created: now,
        updated: now,
        scores,
    };
    survey.validate(&store.config)?;
    txn.create(&survey)?;
    txn.commit(&format!("survey add {} ({})", survey.id, survey.client))?;
    ctx.forgive_unreadable();
    ctx.out.data(&survey.id)?;
    ctx.out.status(&crate::t!("survey-added", id = &survey.id));
    Ok(())
}

/// Scores from the named flags and `--score DIM=N`, checked against the config.
fn flag_scores(args: &Args, config: &Config) -> CliResult<BTreeMap<String, u8>> {
    let mut pairs: Vec<(String, String, String)> = [
        ("overall", &args.overall),
        ("attitude", &args.attitude),
        ("cleanliness", &args.cleanliness),
        ("punctuality", &args.punctuality),
        ("value", &args.value),
    ]
    .into_iter()
    .filter_map(|(k, v)| {
        v.as_ref()
            .map(|v| (k.to_string(), v.clone(), format!("--{k}")))
    })
    .collect();
    for s in &args.scores {
        let (k, v) = s
            .split_once('=')
            .ok_or_else(|| CliError::bad_flag("--score", crate::t!("survey-add-score-shape")))?;
        pairs.push((k.trim().to_string(), v.to_string(), "--score".into()));
    }
    let mut scores = BTreeMap::new();
    for (key, value, flag) in pairs {
        if !config.survey.dimensions.iter().any(|d| d.key == key) {
            let known: Vec<&str> = config
                .survey
                .dimensions
                .iter()
                .map(|d| d.key.as_str())
                .collect();
            return Err(CliError::bad_flag(
                &flag,
                crate::t!(
                    "survey-add-unknown-dimension",
                    key = &key,
                    known = known.join(", ")
                ),
            ));
        }
        let n = parse_score(&value).map_err(|e| CliError::bad_flag(&flag, e))?;
        scores.insert(key, n);
    }
    Ok(scores)
}

/// The cursor starts on "skip", so pressing Enter through the prompts records
/// nothing rather than top scores.
const SKIP_SCORE: usize = 5;
const SKIP_NPS: usize = 11;

const LABELS: [&str; 5] = ["非常不满意 1", "不满意 2", "一般 3", "满意 4", "非常满意 5"];

/// Asks, on a terminal, for each dimension not given, NPS and the comment.
pub fn ask_missing(
    p: &mut (dyn Prompter + 'static),
    config: &Config,
    scores: &mut BTreeMap<String, u8>,
    nps: &mut Option<u8>,
    comment: &mut String,
    comment_given: bool,
) -> CliResult {
    let mut items: Vec<String> = LABELS.iter().rev().map(|s| s.to_string()).collect();
    items.push(crate::t!("survey-prompt-skip"));
    for d in &config.survey.dimensions {
        if scores.contains_key(&d.key) {
            continue;
        }
        let picked = p.select(&format!("{} ({})", d.label, d.key), &items, SKIP_SCORE)?;
        if picked < 5 {
            scores.insert(d.key.clone(), 5 - picked as u8);
        }
    }
    if nps.is_none() {
        let mut items: Vec<String> = (0..=10).rev().map(|n| n.to_string()).collect();
        items.push(crate::t!("survey-prompt-skip"));
        let picked = p.select(&crate::t!("survey-prompt-nps"), &items, SKIP_NPS)?;
        if picked <= 10 {
            *nps = Some(10 - picked as u8);
        }
    }
    if !comment_given {
        *comment = p.text(&crate::t!("survey-prompt-comment"), &|_| Ok(()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Scripted;

    #[test]
    fn asks_each_missing_dimension_nps_and_comment() {
        let config = Config::default();
        let mut scores = BTreeMap::from([("overall".to_string(), 5u8)]);
        let (mut nps, mut comment) = (None, String::new());
        // attitude 4 (index 1), cleanliness skipped (5), punctuality 5 (0), value 1 (4),
        // NPS 9 (index 1), a comment.
        let mut p = Scripted::new(["1", "5", "0", "4", "1", "阿姨很细心"]);
        ask_missing(&mut p, &config, &mut scores, &mut nps, &mut comment, false).unwrap();
        assert_eq!(p.asked.len(), 6, "overall was given, so not asked");
        assert_eq!(scores.get("attitude"), Some(&4));
        assert_eq!(scores.get("cleanliness"), None);
        assert_eq!(scores.get("punctuality"), Some(&5));
        assert_eq!(scores.get("value"), Some(&1));
        assert_eq!(nps, Some(9));
        assert_eq!(comment, "阿姨很细心");
    }
}
