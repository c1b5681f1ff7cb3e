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
        dialoguer::Input::<String>::new()
            .with_prompt(prompt)
            // Without this, dialoguer re-asks an empty line silently, before `validate`
            // can say what is missing (or accept it, for a prompt that can be skipped).
            .allow_empty(true)
            .validate_with(|s: &String| validate(s))
            .interact_text()
            .map_err(dialoguer_io)
    }

    fn multi_select(&mut self, prompt: &str, items: &[String]) -> io::Result<Vec<usize>> {
        dialoguer::MultiSelect::new()
            .with_prompt(format!("{prompt} (space to pick, enter to confirm)"))
            .items(items)
            .interact()
            .map_err(dialoguer_io)
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
        dialoguer::Confirm::new()
            .with_prompt(prompt)
            .default(default)
            .interact()
            .map_err(dialoguer_io)
    }

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<usize> {
        dialoguer::Select::new()
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact()
            .map_err(dialoguer_io)
    }

    fn password(&mut self, prompt: &str) -> io::Result<String> {
        dialoguer::Password::new()
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
