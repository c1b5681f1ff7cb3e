use super::*;
use crate::domain::client::Client;
use crate::store::EXT;
use crate::store::keys::{Recipients, generate_identity, load_identities, write_identity_file};

const ID_A: &str = "c-7k2m9q4x";
const ID_B: &str = "c-8k2m9q4x";

struct World {
    _dir: tempfile::TempDir,
    store: Store,
    ids: Identities,
    public: String,
}

fn identity(dir: &Path, name: &str) -> (Identities, String) {
    let (text, public) = generate_identity("2026-11-22");
    let path = dir.join(name);
    write_identity_file(&path, &text).unwrap();
    (load_identities(&path, &mut |_| None).unwrap(), public)
}

fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let (ids, public) = identity(dir.path(), "key.txt");
    let store = Store::create(&dir.path().join("s"), &format!("{public}\n"), false).unwrap();
    World {
        _dir: dir,
        store,
        ids,
        public,
    }
}

/// A client as hk writes it.
fn client_toml(id: &str, name: &str) -> String {
    let text = format!(
        "format = 1\nid = \"{id}\"\nname = \"{name}\"\ncreated = \"2026-11-01T09:00:00+08:00\"\nupdated = \"2026-11-01T09:00:00+08:00\"\n"
    );
    toml::to_string(&parse_record::<Client>(&text).unwrap()).unwrap()
}

impl World {
    fn put(&self, id: &str, text: &str) {
        let r = Recipients::parse(&self.public, "recipients").unwrap();
        let path = self.store.root.join(format!("clients/{id}{EXT}"));
        std::fs::write(path, r.encrypt(text.as_bytes()).unwrap()).unwrap();
    }
    fn names(&self) -> Vec<String> {
        let (records, unreadable) =
            load_all(&self.store, &self.ids, now_ns(), None, &|l: Loaded<
                Client,
            >| {
                l.record.name
            })
            .unwrap();
        records
            .into_iter()
            .chain(unreadable.into_iter().map(|u| u.problem))
            .collect()
    }
    fn snapshot(&self) -> Snapshot {
        match read_file(&cache_file(&self.store.root, Kind::Client), &self.ids) {
            State::Usable(s) => s,
            other => panic!("no usable cache: {other:?}"),
        }
    }
    fn save(&self, s: &Snapshot) {
        write(&self.store.root, Kind::Client, s).unwrap();
    }
    /// A cache whose entries carry the files' current stamps but the records of
    /// `other`: what a stale cache would serve.
    fn forge(&self, taken_ns: i64, version: &str, key: &str) {
        let mut s = self.snapshot();
        for e in &mut s.entries {
            e.stamp = Stamp::of(&std::fs::metadata(self.store.root.join(&e.rel)).unwrap());
            let mut c: Client = rmp_serde::from_slice(&e.body).unwrap();
            c.name = "STALE".into();
            e.body = rmp_serde::to_vec_named(&c).unwrap();
        }
        s.taken_ns = taken_ns;
        s.version = version.into();
        s.public_key = key.into();
        self.save(&s);
    }
}

fn stamp(mtime_ns: i64, ctime_ns: i64) -> Stamp {
    Stamp {
        size: 1,
        mtime_ns,
        ctime_ns,
        ino: 1,
    }
}

#[test]
fn an_entry_is_racy_when_its_times_are_near_the_snapshot() {
    let t = 1_800_000_000_000_000_000;
    assert!(!stamp(t - 3_000_000_000, t - 3_000_000_000).is_racy(t));
    assert!(stamp(t - 1_000_000_000, t - 3_000_000_000).is_racy(t));
    // mtime set back (touch -d) but ctime recent: still racy.
    assert!(stamp(t - 9_000_000_000, t - 500).is_racy(t));
    assert!(stamp(t + 5, t + 5).is_racy(t));
}

#[test]
fn stamps_see_an_in_place_rewrite_and_a_replacement() {
    let w = world();
    w.put(ID_A, &client_toml(ID_A, "甲"));
    let path = w.store.root.join(format!("clients/{ID_A}{EXT}"));
    let before = Stamp::of(&std::fs::metadata(&path).unwrap());
    assert_eq!(before, Stamp::of(&std::fs::metadata(&path).unwrap()));
    std::thread::sleep(Duration::from_millis(20));
    w.put(ID_A, &client_toml(ID_A, "乙"));
    assert_ne!(before, Stamp::of(&std::fs::metadata(&path).unwrap()));
    let tmp = path.with_extension("new");
    std::fs::copy(&path, &tmp).unwrap();
    let mid = Stamp::of(&std::fs::metadata(&path).unwrap());
    std::fs::rename(&tmp, &path).unwrap();
    assert_ne!(mid.ino, Stamp::of(&std::fs::metadata(&path).unwrap()).ino);
}

#[test]
fn a_snapshot_round_trips_and_damage_is_refused() {
    let w = world();
    w.put(ID_A, &client_toml(ID_A, "甲"));
    w.put(ID_B, "format = 1\nid = \"c-8k2m9q4x\"  # hand-edited\nname = \"乙\"\ncreated = \"2026-11-01T09:00:00+08:00\"\nupdated = \"2026-11-01T09:00:00+08:00\"\n");
    assert_eq!(w.names(), ["甲", "乙"]);
    let s = w.snapshot();
    assert_eq!(s.entries.len(), 2);
    // What hk writes is rebuilt from the record; a hand-edited text is kept.
    assert!(s.entries[0].plaintext.is_none());
    assert!(s.entries[1].plaintext.is_some());
    let bytes = encode(&s);
    assert_eq!(decode(&bytes).as_ref(), Some(&s));
    for cut in [0, 7, 20, bytes.len() / 2, bytes.len() - 1] {
        assert!(decode(&bytes[..cut]).is_none(), "cut at {cut}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(decode(&longer).is_none());
    let mut other_format = bytes.clone();
    other_format[8] ^= 0xff;
    assert!(decode(&other_format).is_none());
}

#[test]
fn a_current_stamp_outside_the_racy_window_is_trusted() {
    // The control for the tests below: a forged cache with matching stamps and a
    // snapshot well after the files' times IS served, so the tests that expect
    // it ignored would fail if their check were missing.
    let w = world();
    w.put(ID_A, &client_toml(ID_A, "甲"));
    w.names();
    w.forge(
        now_ns() + 60_000_000_000,
        env!("CARGO_PKG_VERSION"),
        &w.public,
    );
    assert_eq!(w.names(), ["STALE"]);
}

#[test]
fn a_racy_entry_is_checked_against_the_file() {
    let w = world();
    w.put(ID_A, &client_toml(ID_A, "甲"));
    w.names();
    // Snapshot taken right after the file was written: racy. The forged record's
    // ciphertext hash still matches the file, so it is served...
    w.forge(now_ns(), env!("CARGO_PKG_VERSION"), &w.public);
    assert_eq!(w.names(), ["STALE"]);
    // ...but once the file changes and the stamp happens to stay the same (forged
    // here), the hash no longer matches and the file is decrypted.
    w.put(ID_A, &client_toml(ID_A, "乙"));
    w.forge(now_ns(), env!("CARGO_PKG_VERSION"), &w.public);
    assert_eq!(w.names(), ["乙"]);
}

#[test]
fn a_racy_entry_with_a_changed_file_is_never_served() {
    let w = world();
    w.put(ID_A, &client_toml(ID_A, "甲"));
    w.names();
    let mut s = w.snapshot();
    w.put(ID_A, &client_toml(ID_A, "乙"));
    // Same stamp as the new file (a rewrite within the timestamp granularity),
    // old hash, snapshot taken just now.
    s.entries[0].stamp =
        Stamp::of(&std::fs::metadata(w.store.root.join(&s.entries[0].rel)).unwrap());
    s.taken_ns = now_ns();
    w.save(&s);
    assert_eq!(w.names(), ["乙"]);
}

#[test]
fn another_version_or_key_is_ignored_and_rebuilt() {
    let w = world();
    w.put(ID_A, &client_toml(ID_A, "甲"));
    w.names();
    let later = now_ns() + 60_000_000_000;
    w.forge(later, "0.0.0-other", &w.public);
    assert_eq!(w.names(), ["甲"]);
    assert_eq!(w.snapshot().version, env!("CARGO_PKG_VERSION"));
    // A snapshot that says it is for another key, though we can open it.
    let (_, other) = identity(w._dir.path(), "other.txt");
    let mut s = w.snapshot();
    s.public_key = other.clone();
    let mut c: Client = rmp_serde::from_slice(&s.entries[0].body).unwrap();
    c.name = "STALE".into();
    s.entries[0].body = rmp_serde::to_vec_named(&c).unwrap();
    s.taken_ns = later;
    // Encrypted to us, but labelled for the other key.
    let plain = encode(&s);
    let r = Recipients::parse(&w.public, "r").unwrap();
    std::fs::write(
        cache_file(&w.store.root, Kind::Client),
        r.encrypt(&plain).unwrap(),
    )
    .unwrap();
    assert_eq!(w.names(), ["甲"]);
    // Encrypted to the other key: we cannot open it; rebuilt, not an error.
    s.public_key = other;
    w.save(&s);
    assert!(matches!(
        read_file(&cache_file(&w.store.root, Kind::Client), &w.ids),
        State::Unusable
    ));
    assert_eq!(w.names(), ["甲"]);
    assert_eq!(w.snapshot().public_key, w.public);
}

#[test]
fn a_damaged_cache_is_ignored_and_rebuilt() {
    let w = world();
    w.put(ID_A, &client_toml(ID_A, "甲"));
    w.names();
    let path = cache_file(&w.store.root, Kind::Client);
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() - 10]).unwrap();
    assert_eq!(w.names(), ["甲"]);
    std::fs::write(&path, b"garbage").unwrap();
    assert_eq!(w.names(), ["甲"]);
    assert_eq!(w.snapshot().entries.len(), 1);
}

#[test]
fn new_files_are_added_gone_ones_dropped_and_bad_ones_never_cached() {
    let w = world();
    w.put(ID_A, &client_toml(ID_A, "甲"));
    w.names();
    w.put(ID_B, &client_toml(ID_B, "乙"));
    assert_eq!(w.names(), ["甲", "乙"]);
    std::fs::remove_file(w.store.root.join(format!("clients/{ID_A}{EXT}"))).unwrap();
    assert_eq!(w.names(), ["乙"]);
    assert_eq!(w.snapshot().entries.len(), 1);
    std::fs::write(w.store.root.join(format!("clients/{ID_A}{EXT}")), b"junk").unwrap();
    // The records come first, then the files that could not be read.
    let names = w.names();
    assert_eq!(names[0], "乙");
    assert!(names[1].contains("not an age file"), "{names:?}");
    assert!(w.names()[1].contains("not an age file"));
    assert_eq!(w.snapshot().entries.len(), 1);
}

#[test]
fn the_cache_is_private_and_ignored_by_git() {
    let w = world();
    w.put(ID_A, &client_toml(ID_A, "王秀英"));
    w.names();
    let dir = w.store.root.join(CACHE_DIR);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&cache_file(&w.store.root, Kind::Client)), 0o600);
    assert_eq!(
        std::fs::read_to_string(dir.join(".gitignore")).unwrap(),
        "*\n"
    );
    let bytes = std::fs::read(cache_file(&w.store.root, Kind::Client)).unwrap();
    assert!(bytes.starts_with(SEALED_MAGIC));
    assert!(bytes[12..].starts_with(b"age-encryption.org/v1"));
    assert!(!bytes.windows(3).any(|x| x == "王".as_bytes()));
    assert_eq!(clear(&w.store.root).unwrap(), 1);
    assert!(!dir.exists());
}

#[test]
fn sealed_chunks_open_only_whole_in_order_and_for_the_identity() {
    let dir = tempfile::tempdir().unwrap();
    let (ids, public) = identity(dir.path(), "key.txt");
    let (other, _) = identity(dir.path(), "other.txt");
    let recipient = parse_recipient(&public).unwrap();
    let sealed = |plain: &[u8]| seal_to_vec(plain, recipient.as_ref()).unwrap();
    let open = |file: &[u8], ids: &Identities| open_sealed(file.to_vec(), ids).map(|o| o.to_vec());
    // Three chunks, the last one short.
    let plain: Vec<u8> = (0..(2 * CHUNK + 1000)).map(|i| (i % 251) as u8).collect();
    let file = sealed(&plain);
    assert!(
        !file.windows(64).any(|w| w == &plain[5000..5064]),
        "encrypted"
    );
    assert_eq!(open(&file, &ids), Some(plain.clone()));
    assert!(open(&file, &other).is_none(), "another identity");
    assert_eq!(open(&sealed(b""), &ids), Some(Vec::new()));

    let mut flipped = file.clone();
    let at = flipped.len() - 500;
    flipped[at] ^= 1;
    assert!(open(&flipped, &ids).is_none(), "a changed byte");
    for cut in [1, 1016, CHUNK + 20] {
        assert!(
            open(&file[..file.len() - cut], &ids).is_none(),
            "cut by {cut}"
        );
    }
    // Cut to two whole chunks, the count and length fixed up, the last tag
    // dropped: still refused (the last-chunk flag, the count and the length are
    // bound into every chunk).
    let wrapped = u32::from_le_bytes(file[8..12].try_into().unwrap()) as usize;
    let count_at = 12 + wrapped;
    let tags_at = count_at + 16;
    let mut shorter = file[..tags_at].to_vec();
    shorter[count_at..count_at + 8].copy_from_slice(&2u64.to_le_bytes());
    shorter[count_at + 8..tags_at].copy_from_slice(&((2 * CHUNK) as u64).to_le_bytes());
    shorter.extend_from_slice(&file[tags_at..tags_at + 2 * TAG]);
    shorter.extend_from_slice(&file[tags_at + 3 * TAG..tags_at + 3 * TAG + 2 * CHUNK]);
    assert!(open(&shorter, &ids).is_none(), "a chunk dropped");
}

#[test]
fn a_sealer_takes_its_contents_in_any_pieces_and_exactly_the_length_announced() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let (ids, public) = identity(dir.path(), "key.txt");
    let recipient = parse_recipient(&public).unwrap();
    for len in [0, 1, CHUNK - 1, CHUNK, 2 * CHUNK, 2 * CHUNK + 7] {
        let plain: Vec<u8> = (0..len).map(|i| (i % 253) as u8).collect();
        let mut s = Sealer::new(
            std::io::Cursor::new(Vec::new()),
            recipient.as_ref(),
            len as u64,
        )
        .unwrap();
        for piece in plain.chunks(4093) {
            s.write_all(piece).unwrap();
        }
        let file = s.finish().unwrap().into_inner();
        let opened = open_sealed(file, &ids).map(|o| o.to_vec());
        assert_eq!(opened, Some(plain), "{len} bytes");
    }
    let short = Sealer::new(std::io::Cursor::new(Vec::new()), recipient.as_ref(), 10).unwrap();
    assert!(short.finish().is_err(), "fewer bytes than announced");
    let mut long = Sealer::new(std::io::Cursor::new(Vec::new()), recipient.as_ref(), 2).unwrap();
    assert!(long.write_all(b"abc").is_err(), "more bytes than announced");
}

#[test]
fn old_and_new_entries_merge_in_path_byte_order() {
    let entry = |rel: &str| Entry {
        rel: PathBuf::from(rel),
        owner: String::new(),
        stamp: stamp(1, 1),
        cipher_hash: [0; 32],
        plain_hash: [0; 32],
        body: vec![1],
        plaintext: None,
    };
    // Byte order, where `Path`'s component order would differ ('-' sorts before '/').
    let old = [entry("visits/2027-01-x/a"), entry("visits/2027-01/c")];
    let new = [entry("visits/2027-01-x/b"), entry("visits/2027-01/d")];
    let merged: Vec<String> = merge_sorted(
        old.iter().map(Entry::borrowed),
        new.iter().map(Entry::borrowed),
    )
    .map(|e| String::from_utf8(e.rel.to_vec()).unwrap())
    .collect();
    assert_eq!(
        merged,
        [
            "visits/2027-01-x/a",
            "visits/2027-01-x/b",
            "visits/2027-01/c",
            "visits/2027-01/d"
        ]
    );
}

#[test]
fn an_identity_without_a_public_key_reads_every_file_and_writes_no_cache() {
    let mut w = world();
    w.put(ID_A, &client_toml(ID_A, "甲"));
    std::fs::write(w.store.root.join(format!("clients/{ID_B}{EXT}")), b"junk").unwrap();
    w.ids.public.clear();
    let (records, unreadable) = load_all(&w.store, &w.ids, now_ns(), None, &|l: Loaded<Client>| {
        l.record.name
    })
    .unwrap();
    assert_eq!(records, ["甲"]);
    assert_eq!(unreadable.len(), 1);
    assert!(unreadable[0].path.ends_with(format!("{ID_B}{EXT}")));
    // Another client's records are left out, the unreadable file is still reported.
    let (records, unreadable) = load_all(
        &w.store,
        &w.ids,
        now_ns(),
        Some("c-00000000"),
        &|l: Loaded<Client>| l.record.name,
    )
    .unwrap();
    assert!(records.is_empty());
    assert_eq!(unreadable.len(), 1);
    assert!(!cache_file(&w.store.root, Kind::Client).exists());
}
