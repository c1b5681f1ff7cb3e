//! `hk client add`: take in one client.

use super::super::Ctx;
use super::super::error::{CliError, CliResult};
use super::{check_contact, contact_hints, load_clients};
use crate::domain::client::{Client, ContactProblem};
use crate::domain::config::Config;
use crate::domain::consent::ConsentEntry;
use crate::domain::id::Kind;
use crate::domain::phone::normalize_phone;
use crate::prompt::Prompter;

/// Add a client. Prints the new id on stdout.
///
/// On a terminal, hk asks for a missing name, phone and service category; without one
/// (cron, scripts) a missing value is an error naming its flag.
#[derive(Debug, Default, Clone, clap::Args)]
pub struct Args {
    /// Name (姓名)
    #[arg(long)]
    pub name: Option<String>,
    /// Phone (手机/电话); mobiles, landlines, +86 and spaces accepted; repeatable
    #[arg(long = "phone")]
    pub phones: Vec<String>,
    /// WeChat id (微信)
    #[arg(long)]
    pub wechat: Option<String>,
    /// Service address (地址)
    #[arg(long)]
    pub address: Option<String>,
    /// Resident ID number (身份证号), checked; shown masked
    #[arg(long)]
    pub id_number: Option<String>,
    /// Service category, by key or label (house-cleaning / 家庭保洁 …); repeatable
    #[arg(long = "category")]
    pub categories: Vec<String>,
    /// Free tag, may be hierarchical (宠物/猫); repeatable
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// Lead source (referral, 美团, 58同城, walk-in, WeChat …)
    #[arg(long)]
    pub source: Option<String>,
    /// Service needs (服务需求)
    #[arg(long)]
    pub needs: Option<String>,
    /// Wanted frequency (每周一次 …)
    #[arg(long)]
    pub frequency: Option<String>,
    /// Household size (家庭人口)
    #[arg(long)]
    pub household_size: Option<u32>,
    /// Pets (宠物)
    #[arg(long)]
    pub pets: Option<String>,
    /// Children (儿童)
    #[arg(long)]
    pub children: Option<String>,
    /// Elders (老人)
    #[arg(long)]
    pub elders: Option<String>,
    /// Home area in m² (面积)
    #[arg(long)]
    pub area: Option<u32>,
    /// The client agreed to marketing messages (dated today)
    #[arg(long)]
    pub marketing: bool,
    /// Channel the marketing consent was given on (WeChat, paper …)
    #[arg(long, requires = "marketing")]
    pub consent_channel: Option<String>,
    /// Never call or message this client
    #[arg(long)]
    pub do_not_contact: bool,
    /// Notes (备注)
    #[arg(long)]
    pub note: Option<String>,
    /// Add even if a client with the same phone exists
    #[arg(long)]
    pub allow_duplicate: bool,
}

pub fn run(args: Args, ctx: &mut Ctx) -> CliResult {
    let store = ctx.store()?;
    let now = ctx.now()?;
    if args.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(CliError::bad_flag("--name", crate::t!("client-name-empty"))
            .hint(crate::t!("client-name-quotes-hint")));
    }
    let mut client = Client::new(String::new(), now);
    fill(&mut client, args.clone(), now.date_naive());
    // On a terminal, phones are checked for duplicates before anything is asked and
    // as they are typed, so no answers are typed in vain. (The check under the lock
    // below stays: another clerk may add the phone meanwhile.)
    let others: Vec<Client> = if ctx.prompter().is_some() && !args.allow_duplicate {
        load_clients(ctx, &store)?
            .into_iter()
            .map(|c| c.record)
            .collect()
    } else {
        Vec::new()
    };
    let owner_of = |phone: &str| {
        others
            .iter()
            .find(|o| o.has_phone(phone))
            .map(|o| o.id.clone())
    };
    if let Some(owner) = client.phones.iter().find_map(|p| owner_of(p)) {
        return Err(refuse(ContactProblem::PhoneTaken { owner }));
    }
    ask_missing(&mut client, &store.config, ctx.prompter(), &owner_of)?;
    client.normalize(&store.config)?;
    // The lock is taken before the duplicate check, so two clerks adding the same
    // phone at once cannot both pass it.
    let mut txn = store.begin()?;
    if let Some(problem) = check_contact(ctx, &store, None, &client, args.allow_duplicate)? {
        return Err(refuse(problem));
    }
    client.id = store.new_id(Kind::Client)?;
    txn.create(&client)?;
    txn.commit(&format!("client add {}", client.id))?;
    ctx.forgive_unreadable();
    ctx.out.data(&client.id)?;
    ctx.out.status(&crate::t!("client-added", id = &client.id));
    Ok(())
}

fn refuse(problem: ContactProblem) -> CliError {
    let mut err = CliError::failure(crate::t!(
        "client-nothing-added",
        problem = problem.to_string()
    ));
    err.hints = contact_hints(&problem, "add");
    err
}

/// Copies the flags into the record.
fn fill(c: &mut Client, a: Args, today: chrono::NaiveDate) {
    c.name = a.name.unwrap_or_default();
    c.phones = a.phones;
    c.wechat = a.wechat.unwrap_or_default();
    c.address = a.address.unwrap_or_default();
    c.id_number = a.id_number.unwrap_or_default();
    c.categories = a.categories;
    c.tags = a.tags;
    c.source = a.source.unwrap_or_default();
    c.needs = a.needs.unwrap_or_default();
    c.frequency = a.frequency.unwrap_or_default();
    c.household.size = a.household_size;
    c.household.pets = a.pets.unwrap_or_default();
    c.household.children = a.children.unwrap_or_default();
    c.household.elders = a.elders.unwrap_or_default();
    c.household.area_sqm = a.area;
    if a.marketing {
        c.consent.push(ConsentEntry {
            marketing: true,
            date: Some(today),
            channel: a.consent_channel.unwrap_or_default(),
            evidence: String::new(),
        });
    }
    c.do_not_contact = a.do_not_contact;
    c.notes = a.note.unwrap_or_default();
}

/// Asks for what is missing on a terminal; without one, names the missing flag.
/// Asked: the name, a phone (unless a WeChat id was given) or else a WeChat id, and
/// the categories. `owner_of` tells which client has a phone already, if any.
pub fn ask_missing(
    c: &mut Client,
    config: &Config,
    prompter: Option<&mut (dyn Prompter + 'static)>,
    owner_of: &dyn Fn(&str) -> Option<String>,
) -> CliResult {
    let need_name = c.name.trim().is_empty();
    let need_phone = !c.is_reachable();
    let Some(p) = prompter else {
        if need_name {
            return Err(CliError::usage(crate::t!("client-missing-name"))
                .hint(crate::t!("client-no-terminal-hint")));
        }
        if need_phone {
            return Err(CliError::usage(crate::t!("client-missing-phone"))
                .hint(crate::t!("client-no-terminal-hint")));
        }
        return Ok(());
    };
    if need_name {
        c.name = p.text(&crate::t!("client-prompt-name"), &|s: &str| {
            if s.trim().is_empty() {
                Err(crate::t!("client-prompt-name-needed"))
            } else {
                Ok(())
            }
        })?;
    }
    if need_phone {
        let phone = p.text(&crate::t!("client-prompt-phone"), &|s: &str| {
            if s.trim().is_empty() {
                return Ok(());
            }
            normalize_phone(s).map_err(|e| e.to_string())?;
            match owner_of(s) {
                Some(owner) => Err(crate::t!("client-prompt-phone-taken", owner = owner)),
                None => Ok(()),
            }
        })?;
        if phone.trim().is_empty() {
            let wechat = p.text(&crate::t!("client-prompt-wechat"), &|s: &str| {
                if s.trim().is_empty() {
                    Err(crate::t!("client-unreachable"))
                } else {
                    Ok(())
                }
            })?;
            c.wechat = wechat.trim().to_string();
        } else {
            c.phones.push(phone);
        }
    }
    if c.categories.is_empty() {
        let items: Vec<String> = config
            .categories
            .iter()
            .map(|k| format!("{} ({})", k.label, k.key))
            .collect();
        let picked = p.multi_select(&crate::t!("client-prompt-categories"), &items)?;
        c.categories = picked
            .into_iter()
            .map(|i| config.categories[i].key.clone())
            .collect();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Scripted;

    fn blank() -> Client {
        Client::new(
            String::new(),
            chrono::DateTime::parse_from_rfc3339("2026-11-22T09:00:00+08:00").unwrap(),
        )
    }

    #[test]
    fn asks_for_name_phone_and_categories_on_a_terminal() {
        let mut c = blank();
        let mut p = Scripted::new(["王秀英", "12345", "138 1234 5678", "0,2"]);
        ask_missing(&mut c, &Config::default(), Some(&mut p), &|_| None).unwrap();
        assert_eq!(c.name, "王秀英");
        assert_eq!(
            c.phones,
            vec!["138 1234 5678"],
            "the bad phone was asked again"
        );
        assert_eq!(c.categories, vec!["house-cleaning", "maternity-nurse"]);
        assert_eq!(p.asked.len(), 4);
    }

    #[test]
    fn an_empty_phone_asks_for_a_wechat_id_instead() {
        let mut c = blank();
        // Name, Enter at the phone, an empty WeChat id (asked again), an id, a category.
        let mut p = Scripted::new(["王芳", "", " ", "wangfang88", "1"]);
        ask_missing(&mut c, &Config::default(), Some(&mut p), &|_| None).unwrap();
        assert!(c.phones.is_empty());
        assert_eq!(c.wechat, "wangfang88");
        assert_eq!(c.categories, vec!["nanny"]);
        assert_eq!(p.asked.len(), 5, "{:?}", p.asked);
        assert!(p.asked[2].contains("WeChat"), "{:?}", p.asked);
    }

    #[test]
    fn a_phone_of_another_client_is_refused_as_it_is_typed() {
        let mut c = blank();
        let owner_of = |p: &str| (p.trim() == "13812345678").then(|| "c-7k2m9q4x".to_string());
        let mut p = Scripted::new(["李娜", "13812345678", "13900001111", "0"]);
        ask_missing(&mut c, &Config::default(), Some(&mut p), &owner_of).unwrap();
        assert_eq!(c.phones, vec!["13900001111"]);
        assert_eq!(p.asked.len(), 4, "the taken phone was asked again");
    }

    #[test]
    fn asks_nothing_when_flags_cover_it() {
        let mut c = blank();
        c.name = "李娜".into();
        c.phones = vec!["13900001111".into()];
        c.categories = vec!["nanny".into()];
        let mut p = Scripted::new(Vec::<String>::new());
        ask_missing(&mut c, &Config::default(), Some(&mut p), &|_| None).unwrap();
        assert!(p.asked.is_empty());
    }

    #[test]
    fn without_a_terminal_names_the_missing_flag() {
        let mut c = blank();
        let e = ask_missing(&mut c, &Config::default(), None, &|_| None).unwrap_err();
        assert!(e.message.contains("`--name`"), "{}", e.message);
        c.name = "李娜".into();
        let e = ask_missing(&mut c, &Config::default(), None, &|_| None).unwrap_err();
        assert!(e.message.contains("`--phone`"), "{}", e.message);
        c.wechat = "lina88".into();
        assert!(ask_missing(&mut c, &Config::default(), None, &|_| None).is_ok());
    }
}
