//! Generates a synthetic store for benchmarks (DESIGN §8's reference store R by
//! default: 10,000 clients, 100,000 visits, 20,000 follow-ups, 20,000 surveys).
//!
//! ```sh
//! cargo run --release --example gen_store -- /tmp/hk-bench [SCALE]
//! ```
//! SCALE divides the counts (10 gives a tenth). The store's identity is written to
//! `DIR/bench-key.txt`. Made-up data only; deterministic content from a fixed seed.

use std::path::PathBuf;

use chrono::{DateTime, Days, NaiveDate};
use hk::domain::client::Client;
use hk::domain::followup::{Channel, Followup, Outcome};
use hk::domain::survey::{self, Survey};
use hk::domain::visit::{Status, Visit};
use hk::store::Store;
use hk::store::keys::{generate_identity, write_identity_file};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: gen_store DIR [SCALE]"));
    let scale: usize = args
        .next()
        .map(|s| s.parse().expect("SCALE is a number"))
        .unwrap_or(1);
    let (n_clients, n_visits, n_followups, n_surveys) = (
        10_000 / scale,
        100_000 / scale,
        20_000 / scale,
        20_000 / scale,
    );
    let now = DateTime::parse_from_rfc3339("2026-11-22T09:00:00+08:00").unwrap();
    let key = dir.join("bench-key.txt");
    std::fs::create_dir_all(&dir).unwrap();
    let (text, public) = generate_identity(&now.to_rfc3339());
    write_identity_file(&key, &text).expect("a fresh DIR");
    let store = Store::create(&dir, &format!("{public}\n"), false).unwrap();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    let given = ["秀英", "娜", "伟", "敏", "静", "丽", "强", "磊", "洋", "艳"];
    let cats = ["house-cleaning", "nanny", "maternity-nurse"];
    let staff = ["刘阿姨", "陈阿姨", "王师傅", "周阿姨", "赵阿姨", "孙师傅"];
    let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    let day = |rng: &mut Rng| start.checked_add_days(Days::new(rng.below(690))).unwrap();
    let id = |prefix: &str, i: usize| format!("{prefix}{i:08}");

    let mut txn = store.begin().unwrap();
    let mut clients = Vec::with_capacity(n_clients);
    for i in 0..n_clients {
        let mut c = Client::new(id("c-", i), now);
        c.name = format!("{}{}", surnames[i % 10], given[(i / 10) % 10]);
        c.phones = vec![format!("138{:08}", i)];
        c.address = format!("上海市浦东新区张江路{}号", i % 999 + 1);
        c.categories = vec![cats[i % 3].to_string()];
        txn.create(&c).unwrap();
        clients.push(c);
    }
    for i in 0..n_visits {
        let c = &clients[rng.below(n_clients as u64) as usize];
        let date = day(&mut rng);
        let v = Visit {
            conflicts: Vec::new(),
            format: 1,
            id: id("v-", i),
            client: c.id.clone(),
            category: c.categories[0].clone(),
            date,
            end: None,
            time: None,
            staff: vec![staff[rng.below(6) as usize].to_string()],
            status: if date > now.date_naive() {
                Status::Scheduled
            } else {
                Status::Done
            },
            price: None,
            payment: None,
            products: String::new(),
            issues: String::new(),
            notes: String::new(),
            series: None,
            created: now,
            updated: now,
        };
        txn.create(&v).unwrap();
    }
    for i in 0..n_followups {
        let c = &clients[rng.below(n_clients as u64) as usize];
        let f = Followup {
            conflicts: Vec::new(),
            format: 1,
            id: id("f-", i),
            client: c.id.clone(),
            date: day(&mut rng).min(now.date_naive()),
            channel: Channel::Phone,
            outcome: if rng.below(4) == 0 {
                Outcome::NoAnswer
            } else {
                Outcome::Reached
            },
            visit: None,
            score: None,
            notes: "客户满意".into(),
            actions: vec![],
            created: now,
            updated: now,
        };
        txn.create(&f).unwrap();
    }
    for i in 0..n_surveys {
        let c = &clients[rng.below(n_clients as u64) as usize];
        let s = Survey {
            conflicts: Vec::new(),
            format: survey::FORMAT,
            id: id("s-", i),
            client: c.id.clone(),
            date: day(&mut rng).min(now.date_naive()),
            channel: survey::Channel::Online,
            visit: None,
            nps: Some(rng.below(11) as u8),
            comment: String::new(),
            source_file: String::new(),
            fingerprint: String::new(),
            created: now,
            updated: now,
            scores: [("overall".to_string(), 1 + rng.below(5) as u8)].into(),
        };
        txn.create(&s).unwrap();
    }
    txn.commit("bench data").unwrap();
    eprintln!(
        "wrote {n_clients} clients, {n_visits} visits, {n_followups} follow-ups, {n_surveys} surveys to {}\nidentity: {}",
        dir.display(),
        key.display()
    );
}
