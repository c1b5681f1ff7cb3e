//! hk on a pseudo-terminal made by `script` (util-linux), driven without guessing at
//! time: a key is typed only once the screen shows the text it answers *and* hk is
//! waiting for it, which is when its terminal has echo off (dialoguer reads keys in
//! raw mode, and a passphrase with echo off). Typed any earlier, a key would meet the
//! terminal's line editing (Ctrl-U clears the line there, not in the prompt) or be
//! flushed when the passphrase prompt starts.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::common::TestEnv;

/// How long a prompt may take to appear: a hung hk fails the test, it does not hang it.
const PATIENCE: Duration = Duration::from_secs(30);

pub struct Terminal {
    child: Child,
    stdin: Option<ChildStdin>,
    screen: Arc<Mutex<Vec<u8>>>,
    reader: Option<JoinHandle<()>>,
    /// How much of the screen earlier answers have matched.
    seen: usize,
    /// hk's terminal (`/dev/pts/N`), once found.
    tty: Option<PathBuf>,
}

impl Terminal {
    /// Starts `hk ARGS` on a terminal with the test's environment and `vars`; `None`
    /// (after saying so) when `script` is not installed.
    pub fn start(env: &TestEnv, args: &str, vars: &[(&str, &str)]) -> Option<Terminal> {
        if Command::new("script").arg("--version").output().is_err() {
            assert!(
                std::env::var_os("CI").is_none(),
                "`script` (util-linux) is missing on CI"
            );
            eprintln!("skipping: `script` is not installed");
            return None;
        }
        let base = env.std_cmd();
        let mut c = Command::new("timeout");
        c.env_clear();
        for (k, v) in base.get_envs() {
            if let Some(v) = v {
                c.env(k, v);
            }
        }
        c.envs(vars.iter().copied());
        c.env("TERM", "xterm").current_dir(env.dir.path()).args([
            "60",
            "script",
            "-qec",
            &format!("{} {args}", env!("CARGO_BIN_EXE_hk")),
            "/dev/null",
        ]);
        let mut child = c
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take();
        let mut stdout = child.stdout.take().unwrap();
        let screen = Arc::new(Mutex::new(Vec::new()));
        let shared = Arc::clone(&screen);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                shared.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Some(Terminal {
            child,
            stdin,
            screen,
            reader: Some(reader),
            seen: 0,
            tty: None,
        })
    }

    /// Waits until the screen shows `expect` (after what earlier answers matched) and
    /// hk waits for a key, then types `keys`.
    pub fn answer(&mut self, expect: &str, keys: &str) {
        self.wait_for_text(expect);
        self.wait_for_reader(expect);
        let stdin = self.stdin.as_mut().unwrap();
        stdin.write_all(keys.as_bytes()).unwrap();
        stdin.flush().unwrap();
    }

    /// Waits for hk to end; returns everything the terminal showed.
    pub fn finish(mut self) -> String {
        self.child.wait().unwrap();
        drop(self.stdin.take());
        self.reader.take().unwrap().join().unwrap();
        self.text()
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.screen.lock().unwrap()).into_owned()
    }

    fn wait_for_text(&mut self, expect: &str) {
        let start = Instant::now();
        loop {
            let found = {
                let screen = self.screen.lock().unwrap();
                screen[self.seen..]
                    .windows(expect.len())
                    .position(|w| w == expect.as_bytes())
            };
            if let Some(at) = found {
                self.seen += at + expect.len();
                return;
            }
            self.check_patience(start, &format!("`{expect}` on the screen"));
        }
    }

    /// Waits until hk's terminal has echo off: hk is reading a key or a passphrase.
    /// (The text of a prompt is written before the terminal is switched.)
    fn wait_for_reader(&mut self, expect: &str) {
        let start = Instant::now();
        loop {
            if self.tty.is_none() {
                self.tty = hk_tty(self.child.id());
            }
            if let Some(tty) = &self.tty {
                let out = Command::new("stty")
                    .arg("-F")
                    .arg(tty)
                    .arg("-a")
                    .output()
                    .unwrap();
                let settings = String::from_utf8_lossy(&out.stdout);
                if settings.split_whitespace().any(|s| s == "-echo") {
                    return;
                }
            }
            self.check_patience(start, &format!("hk to wait for the answer to `{expect}`"));
        }
    }

    fn check_patience(&mut self, start: Instant, what: &str) {
        if start.elapsed() > PATIENCE || self.child.try_wait().unwrap().is_some() {
            panic!("gave up waiting for {what}; the screen:\n{}", self.text());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The terminal of the `hk` process that runs under `root` (through `timeout`,
/// `script` and a shell).
fn hk_tty(root: u32) -> Option<PathBuf> {
    let mut parent_of = Vec::new();
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // `pid (comm) state ppid …`; comm may hold spaces and brackets.
        let Some((head, rest)) = stat.rsplit_once(')') else {
            continue;
        };
        let comm = head.split_once('(').map(|(_, c)| c.to_string());
        let ppid = rest.split_whitespace().nth(1).and_then(|p| p.parse().ok());
        if let (Some(comm), Some(ppid)) = (comm, ppid) {
            parent_of.push((pid, ppid, comm));
        }
    }
    let descends = |mut pid: u32| {
        for _ in 0..16 {
            if pid == root {
                return true;
            }
            match parent_of.iter().find(|(p, _, _)| *p == pid) {
                Some((_, ppid, _)) => pid = *ppid,
                None => return false,
            }
        }
        false
    };
    parent_of
        .iter()
        .filter(|(pid, _, comm)| comm == "hk" && descends(*pid))
        .find_map(|(pid, _, _)| {
            let tty = std::fs::read_link(format!("/proc/{pid}/fd/0")).ok()?;
            tty.starts_with("/dev/pts").then_some(tty)
        })
}
