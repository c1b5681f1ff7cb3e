//! The checked-in files under `completions/` are exactly `hk completions SHELL`.
//! After a CLI change, regenerate them with
//! `HK_UPDATE_COMPLETIONS=1 cargo test --test it completions::`.

use std::path::Path;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "hk.bash"),
    ("zsh", "_hk"),
    ("fish", "hk.fish"),
    ("elvish", "hk.elv"),
    ("powershell", "_hk.ps1"),
];

#[test]
fn checked_in_completions_match_the_cli() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("HK_UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_hk"))
            .args(["completions", shell])
            .env_clear()
            .output()
            .unwrap();
        assert!(out.status.success(), "hk completions {shell}");
        assert!(!out.stdout.is_empty());
        let path = dir.join(file);
        if update {
            std::fs::write(&path, &out.stdout).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(out.stdout.as_slice()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale completions: {stale:?}; run `HK_UPDATE_COMPLETIONS=1 cargo test --test it completions::`"
    );
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hk"))
        .args(["completions", "cmd.exe"])
        .env_clear()
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
