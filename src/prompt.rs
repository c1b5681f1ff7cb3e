//! The one prompt seam. Commands ask through `Prompter`; on a terminal that is
//! dialoguer, under cron there is no prompter at all (a missing value is an error
//! naming its flag), and tests use `Scripted` answers.

use std::collections::VecDeque;
use std::io;

pub trait Prompter {
    /// A line of text; re-asked, with `validate`'s message, until it passes. An empty
    /// line goes to `validate` too: a prompt that may be skipped accepts it there.
    fn text(
        &mut self,
        prompt: &str,
        validate: &dyn Fn(&str) -> Result<(), String>,
    ) -> io::Result<String>;
    /// Picks any number of items; returns their indices.
    fn multi_select(&mut self, prompt: &str, items: &[String]) -> io::Result<Vec<usize>>;
    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool>;
    /// Picks one item; returns its index.
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<usize>;
    fn password(&mut self, prompt: &str) -> io::Result<String>;
}

/// Prompts on the terminal with dialoguer (all prompts go to stderr).
pub struct Terminal;

/// dialoguer's plain theme with its own words (`[y/n]`, `yes`, `error:` …) from the
/// catalogue, so that a prompt reads in the language of the rest of hk. The keys
/// stay `y` and `n`: they are what dialoguer reads.
struct Catalogued;

impl dialoguer::theme::Theme for Catalogued {
    fn format_error(&self, f: &mut dyn std::fmt::Write, err: &str) -> std::fmt::Result {
        f.write_str(&crate::i18n::labelled(&crate::t!("label-error"), err))
    }

    fn format_confirm_prompt(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        default: Option<bool>,
    ) -> std::fmt::Result {
        if !prompt.is_empty() {
            write!(f, "{prompt} ")?;
        }
        let keys = match default {
            None => crate::t!("prompt-keys-yes-no"),
            Some(true) => crate::t!("prompt-keys-yes-default"),
            Some(false) => crate::t!("prompt-keys-no-default"),
        };
        write!(f, "{keys} ")
    }

    fn format_confirm_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        selection: Option<bool>,
    ) -> std::fmt::Result {
        let selection = selection.map(|b| {
            if b {
                crate::t!("prompt-yes")
            } else {
                crate::t!("prompt-no")
            }
        });
        match selection {
            Some(selection) if prompt.is_empty() => f.write_str(&selection),
            Some(selection) => write!(f, "{prompt} {selection}"),
            None => f.write_str(prompt),
        }
    }

    fn format_password_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
    ) -> std::fmt::Result {
        self.format_input_prompt_selection(f, prompt, &crate::t!("prompt-hidden"))
    }
}

fn dialoguer_io(e: dialoguer::Error) -> io::Error {
    match e {
        dialoguer::Error::IO(e) => e,
    }
}

impl Prompter for Terminal {
    fn text(
        &mut self,
        prompt: &str,
        validate: &dyn Fn(&str) -> Result<(), String>,
    ) -> io::Result<String> {
        dialoguer::Input::<String>::with_theme(&Catalogued)
            .with_prompt(prompt)
            // Without this, dialoguer re-asks an empty line silently, before `validate`
            // can say what is missing (or accept it, for a prompt that can be skipped).
            .allow_empty(true)
            .validate_with(|s: &String| validate(s))
            .interact_text()
            .map_err(dialoguer_io)
    }

    fn multi_select(&mut self, prompt: &str, items: &[String]) -> io::Result<Vec<usize>> {
        dialoguer::MultiSelect::with_theme(&Catalogued)
            .with_prompt(crate::t!("prompt-multi-select", prompt = prompt))
            .items(items)
            .interact()
            .map_err(dialoguer_io)
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
        dialoguer::Confirm::with_theme(&Catalogued)
            .with_prompt(prompt)
            .default(default)
            .interact()
            .map_err(dialoguer_io)
    }

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<usize> {
        dialoguer::Select::with_theme(&Catalogued)
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact()
            .map_err(dialoguer_io)
    }

    fn password(&mut self, prompt: &str) -> io::Result<String> {
        dialoguer::Password::with_theme(&Catalogued)
            .with_prompt(prompt)
            .interact()
            .map_err(dialoguer_io)
    }
}

/// Answers from a list, for tests. Records every prompt it was shown.
#[derive(Default)]
pub struct Scripted {
    answers: VecDeque<String>,
    pub asked: Vec<String>,
}

impl Scripted {
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(answers: I) -> Scripted {
        Scripted {
            answers: answers.into_iter().map(Into::into).collect(),
            asked: Vec::new(),
        }
    }

    fn next(&mut self, prompt: &str) -> io::Result<String> {
        self.asked.push(prompt.to_string());
        self.answers.pop_front().ok_or_else(|| {
            io::Error::new(io::ErrorKind::UnexpectedEof, "script ran out of answers")
        })
    }
}

impl Prompter for Scripted {
    fn text(
        &mut self,
        prompt: &str,
        validate: &dyn Fn(&str) -> Result<(), String>,
    ) -> io::Result<String> {
        loop {
            let a = self.next(prompt)?;
            if validate(&a).is_ok() {
                return Ok(a);
            }
        }
    }

    fn multi_select(&mut self, prompt: &str, items: &[String]) -> io::Result<Vec<usize>> {
        let a = self.next(prompt)?;
        Ok(a.split(',')
            .filter_map(|s| s.trim().parse::<usize>().ok())
            .filter(|i| *i < items.len())
            .collect())
    }

    fn confirm(&mut self, prompt: &str, _default: bool) -> io::Result<bool> {
        Ok(matches!(self.next(prompt)?.as_str(), "y" | "yes"))
    }

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<usize> {
        let a = self.next(prompt)?;
        Ok(a.trim()
            .parse::<usize>()
            .ok()
            .filter(|i| *i < items.len())
            .unwrap_or(default))
    }

    fn password(&mut self, prompt: &str) -> io::Result<String> {
        self.next(prompt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dialoguer::theme::{SimpleTheme, Theme};

    /// In English (the unit tests' language) the catalogued theme writes what
    /// dialoguer's own plain theme writes.
    #[test]
    fn the_english_prompts_read_as_dialoguer_s() {
        let both = |f: &dyn Fn(&dyn Theme, &mut String) -> std::fmt::Result| {
            let (mut ours, mut theirs) = (String::new(), String::new());
            f(&Catalogued, &mut ours).unwrap();
            f(&SimpleTheme, &mut theirs).unwrap();
            assert_eq!(ours, theirs);
        };
        both(&|t, s| t.format_error(s, "a name is needed"));
        for default in [None, Some(true), Some(false)] {
            both(&|t, s| t.format_confirm_prompt(s, "Delete?", default));
            both(&|t, s| t.format_confirm_prompt(s, "", default));
        }
        for sel in [None, Some(true), Some(false)] {
            both(&|t, s| t.format_confirm_prompt_selection(s, "Delete?", sel));
            both(&|t, s| t.format_confirm_prompt_selection(s, "", sel));
        }
        both(&|t, s| t.format_password_prompt_selection(s, "Passphrase"));
    }
}
