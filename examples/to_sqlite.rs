//! Decrypts a store into plain SQL, for the SQLite baseline of `scripts/bench.sh`:
//! how fast the same questions are answered by one indexed, unencrypted database file.
//!
//! ```sh
//! cargo run --release --example to_sqlite -- STORE OUTDIR [IDENTITY]
//! ```
//! Writes one dump per table into OUTDIR — `clients.sql`, `visits.sql`,
//! `visit_staff.sql`, `followups.sql`, `surveys.sql` (one column per survey dimension
//! of the store's config) — each a `CREATE TABLE` and its `INSERT`s. The script loads
//! them with the `sqlite3` tool and adds the indexes. The identity is
//! `STORE/bench-key.txt` (written by `gen_store`) unless a third argument names one.
//!
//! The output is plaintext: benchmark data only, never a real store.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use hk::domain::client::Client;
use hk::domain::followup::Followup;
use hk::domain::survey::Survey;
use hk::domain::visit::Visit;
use hk::store::keys::{Identities, load_identities};
use hk::store::{Record, Store};

fn main() {
    let mut args = std::env::args().skip(1);
    let usage = "usage: to_sqlite STORE OUTDIR [IDENTITY]";
    let root = PathBuf::from(args.next().expect(usage));
    let out = PathBuf::from(args.next().expect(usage));
    let key = args
        .next()
        .map_or_else(|| root.join("bench-key.txt"), PathBuf::from);
    let store = Store::open(&root).expect("an hk store");
    let ids = load_identities(&key, &mut |_| None).expect("an unprotected identity file");
    std::fs::create_dir_all(&out).expect("a writable OUTDIR");

    let clients = load::<Client>(&store, &ids);
    let mut sql = table(
        "clients",
        "id TEXT PRIMARY KEY, name TEXT NOT NULL, phone TEXT, address TEXT, \
         categories TEXT, do_not_contact INTEGER NOT NULL, closed_date TEXT",
    );
    for c in &clients {
        let row = [
            text(&c.id),
            text(&c.name),
            c.phones.first().map_or_else(null, text),
            text(&c.address),
            text(c.categories.join(",")),
            int(u8::from(c.do_not_contact)),
            c.closed.as_ref().map_or_else(null, |x| text(x.date)),
        ];
        insert(&mut sql, "clients", &row);
    }
    write(&out, "clients", sql);

    let visits = load::<Visit>(&store, &ids);
    let mut sql = table(
        "visits",
        "id TEXT PRIMARY KEY, client TEXT NOT NULL, category TEXT NOT NULL, \
         date TEXT NOT NULL, end_date TEXT, time TEXT, status TEXT NOT NULL, price TEXT, \
         payment TEXT",
    );
    let mut staff = table("visit_staff", "visit TEXT NOT NULL, staff TEXT NOT NULL");
    for v in &visits {
        let row = [
            text(&v.id),
            text(&v.client),
            text(&v.category),
            text(v.date),
            v.end.map_or_else(null, text),
            v.time.map_or_else(null, text),
            text(v.status.key()),
            v.price.map_or_else(null, text),
            v.payment.map_or_else(null, |p| text(p.key())),
        ];
        insert(&mut sql, "visits", &row);
        for s in &v.staff {
            insert(&mut staff, "visit_staff", &[text(&v.id), text(s)]);
        }
    }
    write(&out, "visits", sql);
    write(&out, "visit_staff", staff);

    let followups = load::<Followup>(&store, &ids);
    let mut sql = table(
        "followups",
        "id TEXT PRIMARY KEY, client TEXT NOT NULL, date TEXT NOT NULL, \
         channel TEXT NOT NULL, outcome TEXT NOT NULL, visit TEXT, score INTEGER",
    );
    for f in &followups {
        let row = [
            text(&f.id),
            text(&f.client),
            text(f.date),
            text(f.channel.key()),
            text(f.outcome.key()),
            f.visit.as_ref().map_or_else(null, text),
            f.score.map_or_else(null, int),
        ];
        insert(&mut sql, "followups", &row);
    }
    write(&out, "followups", sql);

    let dims: Vec<&str> = store
        .config
        .survey
        .dimensions
        .iter()
        .map(|d| d.key.as_str())
        .collect();
    let dim_columns: String = dims.iter().map(|d| format!(", \"{d}\" INTEGER")).collect();
    let surveys = load::<Survey>(&store, &ids);
    let mut sql = table(
        "surveys",
        &format!(
            "id TEXT PRIMARY KEY, client TEXT, date TEXT NOT NULL, channel TEXT NOT NULL, \
             visit TEXT, nps INTEGER{dim_columns}"
        ),
    );
    for s in &surveys {
        let mut row = vec![
            text(&s.id),
            if s.client.is_empty() {
                null()
            } else {
                text(&s.client)
            },
            text(s.date),
            text(s.channel.key()),
            s.visit.as_ref().map_or_else(null, text),
            s.nps.map_or_else(null, int),
        ];
        row.extend(
            dims.iter()
                .map(|d| s.scores.get(*d).map_or_else(null, |x| int(*x))),
        );
        insert(&mut sql, "surveys", &row);
    }
    write(&out, "surveys", sql);

    eprintln!(
        "wrote {} clients, {} visits, {} follow-ups, {} surveys as SQL to {}",
        clients.len(),
        visits.len(),
        followups.len(),
        surveys.len(),
        out.display()
    );
}

/// Every record of a kind; an unreadable one stops the export (a baseline over part
/// of the data would flatter SQLite).
fn load<T: Record>(store: &Store, ids: &Identities) -> Vec<T> {
    let all = store.load_all::<T>(ids).expect("a readable store");
    if let Some(bad) = all.unreadable.first() {
        panic!(
            "{} unreadable records, e.g. {}: {}",
            all.unreadable.len(),
            bad.path.display(),
            bad.problem
        );
    }
    all.records.into_iter().map(|l| l.record).collect()
}

fn table(name: &str, columns: &str) -> String {
    format!("DROP TABLE IF EXISTS {name};\nCREATE TABLE {name} ({columns});\n")
}

fn insert(sql: &mut String, name: &str, values: &[String]) {
    writeln!(sql, "INSERT INTO {name} VALUES ({});", values.join(",")).unwrap();
}

fn write(dir: &Path, name: &str, sql: String) {
    let path = dir.join(format!("{name}.sql"));
    std::fs::write(&path, sql).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// A SQL string literal.
fn text(value: impl std::fmt::Display) -> String {
    format!("'{}'", value.to_string().replace('\'', "''"))
}

fn int(value: impl Into<i64>) -> String {
    value.into().to_string()
}

fn null() -> String {
    "NULL".into()
}
