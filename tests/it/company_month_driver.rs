//! The driver of the company month in `company_month`: runs `hk` with the clock set to
//! each day, checks that a read-only command makes no commit and a changing one exactly
//! one, naming ids only and none of the month's personal data.

use crate::common::TestEnv;

pub(crate) const HEADER_DUE: &str = "client,name,phone,category,reason,due,days_overdue\n";
pub(crate) const HEADER_UPCOMING: &str = "time,visit,client,name,phone,address,staff,category\n";

/// Personal data that must never reach a commit message or a file name.
pub(crate) const SECRETS: &[&str] = &[
    "王秀英",
    "李娜",
    "张丽",
    "赵敏",
    "陈静",
    "13812345678",
    "13900001111",
    "13700002222",
    "13600003333",
    "15800004444",
    "张江路",
    "建国路",
    "漕溪北路",
];

pub(crate) struct Month {
    pub(crate) env: TestEnv,
    /// Commits expected so far (init included).
    pub(crate) commits: usize,
}

impl Month {
    pub(crate) fn new() -> Month {
        let env = TestEnv::with_git();
        let m = Month { env, commits: 1 };
        assert_eq!(m.subjects(), vec!["init".to_string()]);
        m
    }

    /// `hk` with the clock set to `date` (a plain local date, as DESIGN §2 allows).
    fn at(&self, date: &str) -> assert_cmd::Command {
        let mut c = self.env.cmd();
        c.env("HK_NOW", date);
        c
    }

    fn run_ok(&self, date: &str, args: &[&str]) -> String {
        let out = self.at(date).args(args).output().unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            out.status.success(),
            "{date}: hk {args:?} failed ({:?})\nstdout: {stdout}\nstderr: {stderr}",
            out.status.code()
        );
        // Not a terminal: no colour, in data or in messages.
        assert!(
            !stdout.contains('\x1b') && !stderr.contains('\x1b'),
            "{date}: hk {args:?} printed an escape code\n{stdout}\n{stderr}"
        );
        stdout
    }

    /// A read-only command: succeeds and makes no commit.
    pub(crate) fn read(&self, date: &str, args: &[&str]) -> String {
        let out = self.run_ok(date, args);
        assert_eq!(
            self.subjects().len(),
            self.commits,
            "{date}: hk {args:?} should not commit"
        );
        out
    }

    /// A read-only command with `--format csv`.
    pub(crate) fn csv(&self, date: &str, args: &[&str]) -> String {
        let mut a = args.to_vec();
        a.extend(["--format", "csv"]);
        self.read(date, &a)
    }

    /// A changing command: succeeds and makes exactly one commit whose subject starts
    /// with `command` and names `ids` (and whatever id the command printed).
    pub(crate) fn change(
        &mut self,
        date: &str,
        args: &[&str],
        command: &str,
        ids: &[&str],
    ) -> String {
        let out = self.run_ok(date, args);
        self.commits += 1;
        let subjects = self.subjects();
        assert_eq!(
            subjects.len(),
            self.commits,
            "{date}: hk {args:?} should make exactly one commit: {subjects:#?}"
        );
        let subject = &subjects[0];
        assert!(
            subject.starts_with(command),
            "{date}: hk {args:?} committed `{subject}`, expected `{command} …`"
        );
        let printed = out.trim();
        for id in ids
            .iter()
            .copied()
            .chain([printed])
            .filter(|s| !s.is_empty())
        {
            assert!(
                subject.contains(id),
                "{date}: commit `{subject}` does not name {id}"
            );
        }
        assert_ids_only(subject);
        out
    }

    /// A command that creates one record: prints its id alone; returns it.
    pub(crate) fn create(
        &mut self,
        date: &str,
        args: &[&str],
        command: &str,
        ids: &[&str],
    ) -> String {
        let out = self.change(date, args, command, ids);
        let id = out.trim().to_string();
        assert_eq!(
            out,
            format!("{id}\n"),
            "hk {args:?} should print the id alone"
        );
        assert!(id.len() == 10 && id.as_bytes()[1] == b'-', "{id}");
        id
    }

    pub(crate) fn client(&mut self, name: &str, phone: &str, extra: &[&str]) -> String {
        let mut args = vec!["client", "add", "--name", name, "--phone", phone];
        args.extend_from_slice(extra);
        let id = self.create("2026-11-01", &args, "client add", &[]);
        assert!(id.starts_with("c-"), "{id}");
        id
    }

    pub(crate) fn git(&self, args: &[&str]) -> String {
        self.env.git(args)
    }

    /// Commit subjects, newest first.
    pub(crate) fn subjects(&self) -> Vec<String> {
        self.git(&["log", "--format=%s"])
            .lines()
            .map(str::to_string)
            .collect()
    }
}

/// A commit message holds command words and record ids, nothing else.
pub(crate) fn assert_ids_only(message: &str) {
    for s in SECRETS {
        assert!(
            !message.contains(s),
            "commit message `{message}` holds `{s}`"
        );
    }
    for word in message.split_whitespace() {
        let w = word.trim_matches(|c| c == '(' || c == ')' || c == ',');
        let is_id = w.len() == 10
            && ["c-", "v-", "f-", "s-"].iter().any(|p| w.starts_with(p))
            && w[2..]
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        let is_word = !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        assert!(
            is_id || is_word,
            "commit message `{message}` holds `{word}`, neither a command word nor an id"
        );
    }
}

pub(crate) fn due_rows(rows: &[String]) -> String {
    let mut s = HEADER_DUE.to_string();
    for r in rows {
        s.push_str(r);
        s.push('\n');
    }
    s
}
