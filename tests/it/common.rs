//! A temporary world for running the real `hk` binary: a home folder, a store, an
//! identity, a fixed clock and a cleared environment (so the developer's own
//! HK_*, NO_COLOR, EDITOR or git settings never leak into a test).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

pub const NOW: &str = "2026-11-22T09:00:00+08:00";

pub struct TestEnv {
    pub dir: tempfile::TempDir,
    pub home: PathBuf,
    pub store: PathBuf,
    pub key: PathBuf,
}

impl TestEnv {
    /// A world with no store yet.
    pub fn bare() -> TestEnv {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().join("home");
        std::fs::create_dir_all(&home).unwrap();
        TestEnv {
            store: dir.path().join("store"),
            key: home.join(".config/hk/identity.txt"),
            home,
            dir,
        }
    }

    /// A world with an initialised store (no git) and an identity.
    pub fn new() -> TestEnv {
        let env = TestEnv::bare();
        env.ok(&["init"]);
        env
    }

    /// A world with an initialised git store.
    pub fn with_git() -> TestEnv {
        let env = TestEnv::bare();
        env.ok(&["init", "--git"]);
        env
    }

    /// `hk` with a cleared environment: HOME, PATH, HK_STORE, HK_NOW and nothing else.
    pub fn cmd(&self) -> assert_cmd::Command {
        assert_cmd::Command::from_std(self.std_cmd())
    }

    /// The same, as a plain `std::process::Command` (for pipes and children).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_hk"));
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &self.home)
            .env("HK_STORE", &self.store)
            .env("HK_NOW", NOW)
            .env("TZ", "Asia/Shanghai")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", self.dir.path().join("no-gitconfig"))
            .current_dir(self.dir.path());
        c
    }

    /// A new identity (`li.txt` in the test folder) added to `.hk/recipients` now, so it
    /// opens no record written before; returns its path.
    pub fn late_key(&self) -> std::path::PathBuf {
        let key = self.dir.path().join("li.txt");
        self.ok(&["key", "generate", "--out", key.to_str().unwrap()]);
        let public = self.ok(&["--identity", key.to_str().unwrap(), "key", "public"]);
        let recipients = self.store.join(".hk/recipients");
        let mut text = std::fs::read_to_string(&recipients).unwrap();
        text.push_str(&format!("{} # 小李\n", public.trim()));
        std::fs::write(&recipients, text).unwrap();
        key
    }

    /// `hk --lang LANG ARGS`: exit code (-1 when killed), stdout, stderr.
    pub fn run_in(&self, lang: &str, args: &[&str]) -> (i32, String, String) {
        let out = self
            .cmd()
            .args(["--lang", lang])
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    /// Runs in Chinese and expects success; returns (stdout, stderr).
    pub fn zh_ok(&self, args: &[&str]) -> (String, String) {
        let (code, out, err) = self.run_in("zh", args);
        assert_eq!(code, 0, "hk --lang zh {args:?}\n{err}");
        (out, err)
    }

    /// Runs in Chinese and in English: both refused with exit `code`, each with its
    /// `错误：`/`error:` line, and the store unchanged. Returns (Chinese, English) stderr.
    pub fn refused_in_both(&self, code: i32, args: &[&str]) -> (String, String) {
        let before = self.snapshot();
        let (zh_code, _, zh) = self.run_in("zh", args);
        let (en_code, _, en) = self.run_in("en", args);
        assert_eq!(zh_code, code, "zh {args:?}: {zh}");
        assert_eq!(en_code, code, "en {args:?}: {en}");
        assert!(zh.starts_with("错误："), "{zh}");
        assert!(en.starts_with("error:"), "{en}");
        assert!(before == self.snapshot(), "{args:?} changed the store");
        (zh, en)
    }

    /// The same stdout in both languages (CSV and JSON are machine output).
    pub fn same_in_both(&self, args: &[&str]) -> String {
        let (zh_code, zh, zh_err) = self.run_in("zh", args);
        let (en_code, en, _) = self.run_in("en", args);
        assert_eq!((zh_code, en_code), (0, 0), "{args:?}: {zh_err}");
        assert_eq!(zh, en, "{args:?} differs between --lang zh and --lang en");
        zh
    }

    /// Runs `args` with `--lang zh` and `--lang en`: the same exit code both times.
    pub fn both(&self, args: &[&str]) -> (Output, Output) {
        let run = |lang: &str| {
            self.cmd()
                .args(["--lang", lang])
                .args(args)
                .output()
                .unwrap()
        };
        let (zh, en) = (run("zh"), run("en"));
        assert_eq!(
            zh.status.code(),
            en.status.code(),
            "hk {args:?}\nzh: {}\nen: {}",
            String::from_utf8_lossy(&zh.stderr),
            String::from_utf8_lossy(&en.stderr)
        );
        (zh, en)
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
    }

    /// Runs and expects success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "hk {args:?} failed ({:?})\nstdout: {}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs at the moment `now` (`HK_NOW`) and expects success; returns stdout without
    /// its final line break.
    pub fn at(&self, now: &str, args: &[&str]) -> String {
        let out = self.cmd().env("HK_NOW", now).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "hk {args:?} at {now}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .trim_end()
            .to_string()
    }

    /// Runs and expects failure with `code`, an `error:` line and an unchanged store;
    /// returns stderr.
    pub fn refused(&self, code: i32, args: &[&str]) -> String {
        let before = self.snapshot();
        let err = self.fails(code, args);
        assert!(err.lines().any(|l| l.starts_with("error:")), "{err}");
        assert!(
            before == self.snapshot(),
            "hk {args:?} changed the store\n{err}"
        );
        err
    }

    /// Runs and expects failure with `code`; returns stderr.
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(code),
            "hk {args:?}\nstdout: {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).unwrap()
    }

    /// Adds a client and returns its id.
    pub fn add_client(&self, name: &str, phone: &str, extra: &[&str]) -> String {
        let mut args = vec!["client", "add", "--name", name, "--phone", phone];
        args.extend_from_slice(extra);
        self.ok(&args).trim().to_string()
    }

    /// Every file under the store (except the lock) with its bytes, to prove that a
    /// refused command changed nothing.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        walk(&self.store, &self.store, &mut out);
        out
    }

    /// Writes a file in the test folder and returns its path.
    pub fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// Runs git in the store (with the test's empty git configuration) and expects
    /// success; returns stdout.
    pub fn git(&self, args: &[&str]) -> String {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(&self.store)
            .env("GIT_CONFIG_GLOBAL", self.dir.path().join("no-gitconfig"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// How many commits the store's history has.
    pub fn commits(&self) -> usize {
        self.git(&["rev-list", "--count", "HEAD"])
            .trim()
            .parse()
            .unwrap()
    }

    pub fn client_files(&self) -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(self.store.join("clients"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().ends_with(".toml.age"))
            .collect();
        v.sort();
        v
    }
}

fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        let rel = p.strip_prefix(root).unwrap().to_path_buf();
        // The lock and the cache (derived, rebuilt at will) are not the store's data.
        if rel == Path::new(".hk/lock") || rel.starts_with(".hk/cache") || rel.starts_with(".git") {
            continue;
        }
        if e.file_type().unwrap().is_dir() {
            walk(root, &p, out);
        } else {
            out.insert(rel, std::fs::read(&p).unwrap());
        }
    }
}

/// Path to a fixture file under tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Whether the standard `age` tool is here. CI installs it, so there a missing tool
/// is a failure, not a skip.
pub fn have_age() -> bool {
    let found = std::process::Command::new("age")
        .arg("--version")
        .output()
        .is_ok();
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "the `age` tool is missing on CI; .ci/run should install it"
        );
        eprintln!("skipping: the `age` tool is not installed (apt-get install age)");
    }
    found
}
