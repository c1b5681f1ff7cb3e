//! Identities (private keys) and recipients (public keys): loading, checking and
//! turning them into age encryptors and decryptors.
//!
//! Identities are loaded once per command. A passphrase-protected identity file is
//! decrypted once, up front, so that the parallel decryption of records never asks
//! twice and never needs interior mutability.

use std::io::{self, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use age::secrecy::{ExposeSecret, SecretString};

/// A line that marks an identity file as the demo key shipped with `data-example/`.
/// Such a file is accepted with loose permissions (git does not keep file modes), and
/// a warning says so. Real keys never carry it.
pub const DEMO_MARKER: &str = "# hk-demo-key: DEMO ONLY";

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{}", crate::t!("key-missing", path = .0.display()))]
    Missing(PathBuf),
    #[error("{}", crate::t!("key-read", path = .0.display(), problem = .1.to_string()))]
    Read(PathBuf, io::Error),
    #[error("{}", crate::t!("key-loose-permissions", path = .path.display(), mode = format!("{:03o}", .mode)))]
    LoosePermissions { path: PathBuf, mode: u32 },
    #[error("{}", crate::t!("key-needs-terminal", path = .0.display()))]
    NeedsTerminal(PathBuf),
    #[error("{}", crate::t!("key-wrong-passphrase", path = .0.display()))]
    WrongPassphrase(PathBuf),
    #[error("{}", crate::t!("key-invalid", path = .0.display(), problem = .1))]
    Invalid(PathBuf, String),
    #[error("{}", crate::t!("key-bad-recipient", place = .0, problem = .1))]
    BadRecipient(String, String),
}

/// The private keys of this command, ready for (parallel) decryption.
pub struct Identities {
    pub path: PathBuf,
    keys: Vec<Box<dyn age::Identity + Send + Sync>>,
    /// Public keys of the native identities (for `hk key public` and `hk init`).
    pub public: Vec<String>,
    /// Whether this is the demo key with loose permissions (callers warn once).
    pub loose_demo_key: bool,
}

impl Identities {
    /// Decrypts one age file held in memory.
    pub fn decrypt(&self, ciphertext: &[u8]) -> Result<Vec<u8>, age::DecryptError> {
        self.decrypt_from(ciphertext, ciphertext.len())
    }

    /// Decrypts what `input` gives (armored or not); `size_hint` is the ciphertext's
    /// length, to size the output once.
    pub fn decrypt_from(
        &self,
        input: impl io::BufRead,
        size_hint: usize,
    ) -> Result<Vec<u8>, age::DecryptError> {
        let reader = age::armor::ArmoredReader::new(input);
        let decryptor = age::Decryptor::new_buffered(BufReader::new(reader))?;
        let mut out = Vec::with_capacity(size_hint);
        let mut stream =
            decryptor.decrypt(self.keys.iter().map(|k| k.as_ref() as &dyn age::Identity))?;
        stream
            .read_to_end(&mut out)
            .map_err(age::DecryptError::Io)?;
        Ok(out)
    }
}

/// Reads an identity file. `ask_passphrase` is called at most once, only if the file
/// is passphrase-protected; it returns `None` when there is no terminal.
pub fn load_identities(
    path: &Path,
    ask_passphrase: &mut dyn FnMut(&Path) -> Option<String>,
) -> Result<Identities, KeyError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(KeyError::Missing(path.to_path_buf()));
        }
        Err(e) => return Err(KeyError::Read(path.to_path_buf(), e)),
    };
    let text = String::from_utf8_lossy(&bytes);
    let is_demo = text.lines().any(|l| l.trim() == DEMO_MARKER);
    let mode = file_mode(path).map_err(|e| KeyError::Read(path.to_path_buf(), e))?;
    let loose = mode & 0o077 != 0;
    if loose && !is_demo {
        return Err(KeyError::LoosePermissions {
            path: path.to_path_buf(),
            mode: mode & 0o777,
        });
    }
    let invalid = |msg: String| KeyError::Invalid(path.to_path_buf(), msg);
    let trimmed = text.trim_start();
    let (keys, public) = if bytes.starts_with(b"age-encryption.org/v1")
        || trimmed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----")
    {
        let passphrase =
            ask_passphrase(path).ok_or_else(|| KeyError::NeedsTerminal(path.to_path_buf()))?;
        let file = decrypt_protected(&bytes, passphrase).map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::KeyDecryptionFailed => {
                KeyError::WrongPassphrase(path.to_path_buf())
            }
            other => invalid(other.to_string()),
        })?;
        native_keys(file).map_err(invalid)?
    } else if trimmed.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----")
        || trimmed.starts_with("-----BEGIN RSA PRIVATE KEY-----")
    {
        let id =
            age::ssh::Identity::from_buffer(bytes.as_slice(), Some(path.display().to_string()))
                .map_err(|e| invalid(e.to_string()))?;
        match id {
            age::ssh::Identity::Unencrypted(_) => {
                let public = age::ssh::Recipient::try_from(id.clone())
                    .map(|r| vec![r.to_string()])
                    .unwrap_or_default();
                (
                    vec![Box::new(id) as Box<dyn age::Identity + Send + Sync>],
                    public,
                )
            }
            age::ssh::Identity::Encrypted(_) => {
                return Err(invalid(crate::t!("key-ssh-passphrase")));
            }
            age::ssh::Identity::Unsupported(_) => {
                return Err(invalid(crate::t!("key-ssh-unsupported-type")));
            }
        }
    } else {
        let file =
            age::IdentityFile::from_buffer(bytes.as_slice()).map_err(|e| invalid(e.to_string()))?;
        native_keys(file).map_err(invalid)?
    };
    if keys.is_empty() {
        return Err(invalid(crate::t!("key-no-secret-key")));
    }
    Ok(Identities {
        path: path.to_path_buf(),
        keys,
        public,
        loose_demo_key: loose && is_demo,
    })
}

type NativeKeys = (Vec<Box<dyn age::Identity + Send + Sync>>, Vec<String>);

fn native_keys<C: age::Callbacks>(file: age::IdentityFile<C>) -> Result<NativeKeys, String> {
    let mut public = Vec::new();
    file.write_recipients_file(&mut public)
        .map_err(|e| e.to_string())?;
    let public = String::from_utf8_lossy(&public)
        .lines()
        .map(str::to_string)
        .collect();
    let keys = file.into_identities().map_err(|e| e.to_string())?;
    Ok((keys, public))
}

/// The scrypt work factor we accept for a passphrase-protected identity. age's own
/// default limit is calibrated to the local machine and refuses files that `age -p`
/// wrote on a faster one; the identity is decrypted once per command, so a few
/// seconds on a slow office PC are acceptable.
const MAX_WORK_FACTOR: u8 = 24;

#[derive(Clone)]
struct Passphrase(String);

impl age::Callbacks for Passphrase {
    fn display_message(&self, _message: &str) {}
    fn confirm(&self, _m: &str, _y: &str, _n: Option<&str>) -> Option<bool> {
        None
    }
    fn request_public_string(&self, _d: &str) -> Option<String> {
        None
    }
    fn request_passphrase(&self, _d: &str) -> Option<SecretString> {
        Some(SecretString::from(self.0.clone()))
    }
}

fn decrypt_protected(
    bytes: &[u8],
    passphrase: String,
) -> Result<age::IdentityFile<Passphrase>, age::DecryptError> {
    let reader = age::armor::ArmoredReader::new(bytes);
    let decryptor = age::Decryptor::new(reader)?;
    let encrypted = age::encrypted::EncryptedIdentity::new(
        decryptor,
        Passphrase(passphrase),
        Some(MAX_WORK_FACTOR),
    )
    .ok_or(age::DecryptError::NoMatchingKeys)?;
    encrypted.decrypt(None)
}

#[cfg(unix)]
fn file_mode(path: &Path) -> io::Result<u32> {
    use std::os::unix::fs::PermissionsExt;
    Ok(std::fs::metadata(path)?.permissions().mode())
}

#[cfg(not(unix))]
fn file_mode(_path: &Path) -> io::Result<u32> {
    Ok(0o600)
}

/// A fresh X25519 identity as the text of an identity file, and its public key.
pub fn generate_identity(now: &str) -> (String, String) {
    let id = age::x25519::Identity::generate();
    let public = id.to_public().to_string();
    let text = format!(
        "# created: {now}\n# public key: {public}\n{}\n",
        id.to_string().expose_secret()
    );
    (text, public)
}

/// Writes a new identity file with mode 0600, refusing to replace an existing one.
pub fn write_identity_file(path: &Path, text: &str) -> io::Result<()> {
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

/// The public keys a store encrypts to (`.hk/recipients`).
pub struct Recipients {
    keys: Vec<Box<dyn age::Recipient + Send + Sync>>,
    /// Names the set of keys (see [`SET_TAG`]).
    fingerprint: String,
}

/// The tag of the stanza by which a record's header names the set of keys it was
/// encrypted to: `-> hk-recipients <fingerprint>`, the fingerprint being a SHA-256 of
/// the sorted public keys. An X25519 stanza does not say whose key it is for, so
/// without it only decrypting with each identity could tell whether a record is
/// encrypted to the current set; with it, a rewrap reads the header and skips the
/// records already done, which makes an interrupted rewrap resumable at no cost.
///
/// age (the spec, `age` and rage) ignores stanzas it does not know, so files stay
/// standard. The stanza is covered by the header's MAC; it names public keys only, as
/// `.hk/recipients` (committed in the clear) does. A file without it (written by the
/// `age` tool, or by an older hk) counts as not current and is rewritten once.
pub const SET_TAG: &str = "hk-recipients";

/// The stanza that carries the set's fingerprint; it wraps no key.
struct SetMark(String);

impl age::Recipient for SetMark {
    fn wrap_file_key(
        &self,
        _file_key: &age_core::format::FileKey,
    ) -> Result<
        (
            Vec<age_core::format::Stanza>,
            std::collections::HashSet<String>,
        ),
        age::EncryptError,
    > {
        let stanza = age_core::format::Stanza {
            tag: SET_TAG.into(),
            args: vec![self.0.clone()],
            body: Vec::new(),
        };
        Ok((vec![stanza], std::collections::HashSet::new()))
    }
}

/// The fingerprint of a set of public keys (in `age1…` / `ssh-… AAAA…` form):
/// independent of order, comments and duplicates.
pub fn fingerprint(keys: &[String]) -> String {
    use sha2::{Digest, Sha256};
    let mut sorted: Vec<&str> = keys.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let digest = Sha256::digest(sorted.join("\n").as_bytes());
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether an age file's header names `fingerprint` as its set of keys. Reads the
/// header only; nothing is decrypted.
pub fn encrypted_to(ciphertext: &[u8], fingerprint: &str) -> bool {
    let Some(rest) = ciphertext.strip_prefix(b"age-encryption.org/v1\n") else {
        return false;
    };
    let wanted = format!("-> {SET_TAG} {fingerprint}");
    rest.split(|b| *b == b'\n')
        .take_while(|line| !line.starts_with(b"---"))
        .any(|line| line == wanted.as_bytes())
}

impl Recipients {
    /// Parses a recipients file: one key per line, blank lines ignored, `#` starting a
    /// comment, on a line of its own or after the key (`age1… # 小李`). Errors name the
    /// line number.
    pub fn parse(text: &str, file: &str) -> Result<Recipients, KeyError> {
        let mut keys = Vec::new();
        let mut public = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = without_comment(line);
            if line.is_empty() {
                continue;
            }
            let key = parse_recipient(line)
                .map_err(|e| KeyError::BadRecipient(format!("{file}:{}", i + 1), e))?;
            keys.push(key);
            public.push(
                line.split_whitespace()
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        if keys.is_empty() {
            return Err(KeyError::BadRecipient(
                file.to_string(),
                crate::t!("key-no-recipients"),
            ));
        }
        Ok(Recipients {
            keys,
            fingerprint: fingerprint(&public),
        })
    }

    /// Whether `ciphertext` is encrypted to exactly this set of keys (by its header).
    pub fn is_current(&self, ciphertext: &[u8]) -> bool {
        encrypted_to(ciphertext, &self.fingerprint)
    }

    /// Encrypts one record to every recipient (binary age format, as `age -e` writes).
    pub fn encrypt(&self, plaintext: &[u8]) -> Result<Vec<u8>, String> {
        let mark = SetMark(self.fingerprint.clone());
        let encryptor = age::Encryptor::with_recipients(
            self.keys
                .iter()
                .map(|k| k.as_ref() as &dyn age::Recipient)
                .chain(std::iter::once(&mark as &dyn age::Recipient)),
        )
        .map_err(|e| e.to_string())?;
        let mut out = Vec::with_capacity(plaintext.len() + 256);
        let mut w = encryptor.wrap_output(&mut out).map_err(|e| e.to_string())?;
        w.write_all(plaintext).map_err(|e| e.to_string())?;
        w.finish().map_err(|e| e.to_string())?;
        Ok(out)
    }
}

/// One key of `.hk/recipients` with its name: the comment after it on its line
/// (`age1… # 小李`), else empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub key: String,
    pub name: String,
}

/// The keys of a recipients file, in order.
pub fn listed(text: &str) -> Vec<Listed> {
    text.lines()
        .filter(|l| !without_comment(l).is_empty())
        .map(|l| Listed {
            key: key_of(l),
            name: l
                .split_once('#')
                .map(|(_, c)| c.trim().to_string())
                .unwrap_or_default(),
        })
        .collect()
}

/// A line's key in its short form: `age1…`, or `ssh-ed25519 AAAA…` without a comment.
fn key_of(line: &str) -> String {
    without_comment(line)
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why a recipients file cannot be changed as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecipientsEdit {
    #[error("{}", crate::t!("key-bad-name"))]
    BadName,
    #[error("{}", crate::t!("key-taken", name = .0))]
    KeyTaken(String),
    #[error("{}", crate::t!("key-name-taken", name = .0))]
    NameTaken(String),
    #[error("{}", crate::t!("key-no-such-name", name = .0))]
    NoSuchName(String),
    #[error("{}", crate::t!("key-last", name = .0))]
    LastKey(String),
}

/// The recipients file with `key # name` added. Adding a key that is there under the
/// same name changes nothing (so an interrupted `hk key add` can be run again).
pub fn with_key(text: &str, key: &str, name: &str) -> Result<String, RecipientsEdit> {
    if name.is_empty() || name.contains('#') || name.contains('\n') || name.contains('\r') {
        return Err(RecipientsEdit::BadName);
    }
    let key = key_of(key);
    for l in listed(text) {
        match (l.key == key, l.name == name) {
            (true, true) => return Ok(text.to_string()),
            (true, false) => return Err(RecipientsEdit::KeyTaken(l.name)),
            (false, true) => return Err(RecipientsEdit::NameTaken(l.name)),
            _ => {}
        }
    }
    let mut out = text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&format!("{key} # {name}\n"));
    Ok(out)
}

/// The recipients file without the key named `name` (its comment) or whose key is
/// `name`, and the key removed.
pub fn without_key(text: &str, name: &str) -> Result<(String, String), RecipientsEdit> {
    let name = name.trim();
    let all = listed(text);
    let gone = all
        .iter()
        .find(|l| l.name == name || l.key == key_of(name))
        .ok_or_else(|| RecipientsEdit::NoSuchName(name.to_string()))?
        .key
        .clone();
    if all.iter().all(|l| l.key == gone) {
        return Err(RecipientsEdit::LastKey(name.to_string()));
    }
    let out: String = text
        .lines()
        .filter(|l| without_comment(l).is_empty() || key_of(l) != gone)
        .map(|l| format!("{l}\n"))
        .collect();
    Ok((out, gone))
}

/// A line of `.hk/recipients` without its `#` comment and surrounding blanks. Neither
/// an age key nor an ssh key contains `#`, so the first one starts the comment.
pub fn without_comment(line: &str) -> &str {
    line.split('#').next().unwrap_or_default().trim()
}

/// Checks one public key: `age1…`, `ssh-ed25519 …` or `ssh-rsa …`.
pub fn parse_recipient(line: &str) -> Result<Box<dyn age::Recipient + Send + Sync>, String> {
    if line.starts_with("age1") {
        line.parse::<age::x25519::Recipient>()
            .map(|r| Box::new(r) as Box<dyn age::Recipient + Send + Sync>)
            .map_err(|e| crate::t!("key-bad-age-recipient", problem = e.to_string()))
    } else if line.starts_with("ssh-") {
        line.parse::<age::ssh::Recipient>()
            .map(|r| Box::new(r) as Box<dyn age::Recipient + Send + Sync>)
            .map_err(|_| crate::t!("key-bad-ssh-recipient"))
    } else {
        Err(crate::t!("key-not-a-recipient"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encrypt_then_decrypt_round_trips() {
        let (text, public) = generate_identity("2026-11-22");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key.txt");
        write_identity_file(&path, &text).unwrap();
        let ids = load_identities(&path, &mut |_| None).unwrap();
        assert_eq!(ids.public, vec![public.clone()]);
        let r = Recipients::parse(&format!("# office\n{public}\n"), "recipients").unwrap();
        let ct = r.encrypt("name = \"王秀英\"".as_bytes()).unwrap();
        assert!(!String::from_utf8_lossy(&ct).contains("王秀英"));
        assert_eq!(ids.decrypt(&ct).unwrap(), "name = \"王秀英\"".as_bytes());
    }

    #[cfg(unix)]
    #[test]
    fn loose_permissions_are_refused_unless_demo() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key.txt");
        let (text, _) = generate_identity("2026-11-22");
        std::fs::write(&path, &text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(matches!(
            load_identities(&path, &mut |_| None),
            Err(KeyError::LoosePermissions { mode: 0o644, .. })
        ));
        std::fs::write(&path, format!("{DEMO_MARKER}\n{text}")).unwrap();
        assert!(
            load_identities(&path, &mut |_| None)
                .unwrap()
                .loose_demo_key
        );
    }

    #[test]
    fn the_header_names_the_set_of_keys() {
        let (_, one) = generate_identity("2026-11-22");
        let (_, two) = generate_identity("2026-11-22");
        let r1 = Recipients::parse(&format!("{one} # 小李\n"), "r").unwrap();
        let r12 = Recipients::parse(&format!("{one}\n{two}\n"), "r").unwrap();
        let r21 = Recipients::parse(&format!("# 王芳\n{two}\n{one} # 小李\n"), "r").unwrap();
        let ct = r1.encrypt(b"x").unwrap();
        assert!(r1.is_current(&ct));
        assert!(!r12.is_current(&ct));
        let ct = r12.encrypt(b"x").unwrap();
        assert!(r21.is_current(&ct), "order and comments do not matter");
        assert!(!r1.is_current(&ct));
        assert!(!r1.is_current(b"not age"));
    }

    #[test]
    fn keys_are_added_and_removed_by_name() {
        let (_, one) = generate_identity("2026-11-22");
        let (_, two) = generate_identity("2026-11-22");
        let text = format!("# created by hk init on 2026-11-22\n{one}\n");
        let added = with_key(&text, &two, "小李").unwrap();
        assert_eq!(added, format!("{text}{two} # 小李\n"));
        assert_eq!(with_key(&added, &two, "小李").unwrap(), added);
        assert_eq!(
            with_key(&added, &two, "王芳"),
            Err(RecipientsEdit::KeyTaken("小李".into()))
        );
        assert_eq!(with_key(&added, &one, "#x"), Err(RecipientsEdit::BadName));
        let names: Vec<String> = listed(&added).into_iter().map(|l| l.name).collect();
        assert_eq!(names, ["", "小李"]);
        let (back, gone) = without_key(&added, "小李").unwrap();
        assert_eq!(
            (back.as_str(), gone.as_str()),
            (text.as_str(), two.as_str())
        );
        assert_eq!(
            without_key(&text, &one),
            Err(RecipientsEdit::LastKey(one.clone()))
        );
        assert_eq!(
            without_key(&added, "王芳"),
            Err(RecipientsEdit::NoSuchName("王芳".into()))
        );
    }

    #[test]
    fn bad_recipient_lines_are_named() {
        let err = Recipients::parse("age1xyz\n", ".hk/recipients")
            .err()
            .unwrap();
        assert!(err.to_string().starts_with("`.hk/recipients:1`"), "{err}");
        assert!(Recipients::parse("# only a comment\n", "r").is_err());
    }

    #[test]
    fn a_comment_after_the_key_is_ignored() {
        let (_, public) = generate_identity("2026-11-22");
        for text in [
            format!("{public} # 小李\n"),
            format!("{public}\t#小李 办公室\n"),
            format!("  {public}#小李\n# 王芳\n"),
        ] {
            assert!(Recipients::parse(&text, "r").is_ok(), "{text}");
        }
        let err = Recipients::parse("age1xyz # 小李\n", ".hk/recipients")
            .err()
            .unwrap();
        assert!(err.to_string().starts_with("`.hk/recipients:1`"), "{err}");
    }
}
