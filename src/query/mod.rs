//! The query layer: what commands read, loaded once and joined through maps.
//!
//! A command says which kinds of record it needs ([`Kinds`]); [`Book::load`] reads
//! them through the store (in parallel, and from the cache where one is fresh) and
//! indexes them by client once, so that every join afterwards — a visit's client
//! name, a client's history, the inputs of the due and stage rules — is a map
//! look-up, never a scan of all clients per row. A new record kind joins by adding a
//! field to `Kinds` and `Book` and one line in `Book::load`, not another loader.
//!
//! Nothing here prints or knows the command line: what could not be read comes back
//! in [`Problems`] for the caller to report.

pub mod money;

use std::collections::HashMap;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::domain::client::Client;
use crate::domain::complaint::Complaint;
use crate::domain::complaint::callback::callback_due;
use crate::domain::config::Config;
use crate::domain::due::{Due, client_due_in, earliest};
use crate::domain::followup::Followup;
use crate::domain::followup_report::ClientHistory;
use crate::domain::inquiry::Inquiry;
use crate::domain::package::Package;
use crate::domain::phone::phone_digits_key;
use crate::domain::staff::Staff;
use crate::domain::stage::{Stage, SurveySignal, stage, stage_with_complaints};
use crate::domain::survey::{Survey, related_visit};
use crate::domain::visit::Visit;
use crate::store::keys::Identities;
use crate::store::{Record, Records, Store, StoreError, Unreadable};

/// Which kinds of record a command needs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Kinds {
    pub clients: bool,
    pub visits: bool,
    pub followups: bool,
    pub surveys: bool,
    /// Complaints change stages (an open one puts its client at risk) and the due
    /// list (the call-back after a resolution), so the kinds that compute those read
    /// them.
    pub complaints: bool,
    /// The staff roster (DESIGN §10).
    pub staff: bool,
    /// Prepaid packages and their ledgers (DESIGN §14).
    pub packages: bool,
    /// Inquiries (DESIGN §12); a converted one is its client's.
    pub inquiries: bool,
}

impl Kinds {
    pub const ALL: Kinds = Kinds {
        clients: true,
        visits: true,
        followups: true,
        surveys: true,
        complaints: true,
        staff: false,
        packages: false,
        inquiries: true,
    };
    /// What the due list needs: clients, visits and follow-ups.
    pub const DUE: Kinds = Kinds {
        clients: true,
        visits: true,
        followups: true,
        surveys: false,
        complaints: true,
        staff: false,
        packages: false,
        inquiries: false,
    };
    /// What lifecycle stages need: clients, visits and surveys.
    pub const STAGE: Kinds = Kinds {
        clients: true,
        visits: true,
        followups: false,
        surveys: true,
        complaints: true,
        staff: false,
        packages: false,
        inquiries: false,
    };

    /// One client's history: visits, follow-ups, surveys, complaints and the inquiries
    /// converted into them, but not the clients.
    pub const HISTORY: Kinds = Kinds {
        clients: false,
        visits: true,
        followups: true,
        surveys: true,
        complaints: true,
        staff: false,
        packages: false,
        inquiries: true,
    };

    pub const fn clients() -> Kinds {
        Kinds {
            clients: true,
            visits: false,
            followups: false,
            surveys: false,
            complaints: false,
            staff: false,
            packages: false,
            inquiries: false,
        }
    }

    pub const fn with_visits(self) -> Kinds {
        Kinds {
            visits: true,
            ..self
        }
    }

    pub const fn with_followups(self) -> Kinds {
        Kinds {
            followups: true,
            ..self
        }
    }

    pub const fn with_surveys(self) -> Kinds {
        Kinds {
            surveys: true,
            ..self
        }
    }

    pub const fn with_complaints(self) -> Kinds {
        Kinds {
            complaints: true,
            ..self
        }
    }

    pub const fn with_staff(self) -> Kinds {
        Kinds {
            staff: true,
            ..self
        }
    }

    pub const fn with_packages(self) -> Kinds {
        Kinds {
            packages: true,
            ..self
        }
    }

    pub const fn with_inquiries(self) -> Kinds {
        Kinds {
            inquiries: true,
            ..self
        }
    }
}

/// Records that could not be read, and records written by a newer hk (read as far as
/// understood), for the caller to report.
#[derive(Debug, Default)]
pub struct Problems {
    pub unreadable: Vec<Unreadable>,
    pub newer: Vec<PathBuf>,
}

impl Problems {
    fn take<T: Record>(&mut self, all: Option<Records<T>>) -> Vec<T> {
        let Some(all) = all else {
            return Vec::new();
        };
        self.newer.extend(all.newer);
        self.unreadable.extend(all.unreadable);
        all.records
    }
}

/// A client's records, borrowed from a [`Book`].
#[derive(Debug, Default, Clone)]
pub struct History<'a> {
    pub visits: Vec<&'a Visit>,
    pub followups: Vec<&'a Followup>,
    pub surveys: Vec<&'a Survey>,
    pub complaints: Vec<&'a Complaint>,
    pub inquiries: Vec<&'a Inquiry>,
}

/// Positions of one client's records in the book's vectors.
#[derive(Debug, Default)]
struct Related {
    visits: Vec<usize>,
    followups: Vec<usize>,
    surveys: Vec<usize>,
    complaints: Vec<usize>,
    inquiries: Vec<usize>,
}

/// The records a command reads, indexed by client.
#[derive(Debug, Default)]
pub struct Book {
    pub clients: Vec<Client>,
    pub visits: Vec<Visit>,
    pub followups: Vec<Followup>,
    pub surveys: Vec<Survey>,
    pub complaints: Vec<Complaint>,
    /// The roster, when `Kinds::staff` was asked for (see `with_staff`).
    pub staff: Vec<Staff>,
    /// Inquiries, when `Kinds::inquiries` was asked for (see `with_inquiries`).
    pub inquiries: Vec<Inquiry>,
    /// Prepaid packages, when `Kinds::packages` was asked for (see `with_packages`).
    pub packages: Vec<Package>,
    // The id maps hash with FxHash: ids are short and not chosen by an attacker, and
    // a warm due list builds these maps over every record it read.
    staff_at: FxHashMap<String, usize>,
    client_at: FxHashMap<String, usize>,
    /// Made on first use: most commands never look a visit up by id.
    visit_at: OnceLock<FxHashMap<String, usize>>,
    /// Each client's records: made on first use, from every kind in the book (a report
    /// that only counts, like `report satisfaction --by month`, never asks).
    related: OnceLock<FxHashMap<String, Related>>,
}

impl Book {
    /// Reads the kinds asked for and indexes them.
    pub fn load(
        store: &Store,
        ids: &Identities,
        kinds: Kinds,
    ) -> Result<(Book, Problems), StoreError> {
        Book::load_where(store, ids, kinds, None)
    }

    /// One client and the records of the kinds asked for that belong to them (the
    /// `clients` kind is not read: the book holds `client` alone). Every file is
    /// checked for freshness, but only this client's records are decoded.
    pub fn load_client(
        store: &Store,
        ids: &Identities,
        kinds: Kinds,
        client: Client,
    ) -> Result<(Book, Problems), StoreError> {
        let kinds = Kinds {
            clients: false,
            ..kinds
        };
        let (mut book, problems) = Book::load_where(store, ids, kinds, Some(&client.id))?;
        book.client_at.insert(client.id.clone(), book.clients.len());
        book.clients.push(client);
        Ok((book, problems))
    }

    fn load_where(
        store: &Store,
        ids: &Identities,
        kinds: Kinds,
        owner: Option<&str>,
    ) -> Result<(Book, Problems), StoreError> {
        // The kinds load side by side: each one's serial parts (reading its cache
        // file) overlap the others' parallel ones.
        fn kind<T: Record>(
            on: bool,
            store: &Store,
            ids: &Identities,
            owner: Option<&str>,
        ) -> Result<Option<Records<T>>, StoreError> {
            if !on {
                return Ok(None);
            }
            store.load_records(ids, owner).map(Some)
        }
        let ((clients, visits), ((followups, surveys), complaints)) = rayon::join(
            || {
                rayon::join(
                    || kind::<Client>(kinds.clients, store, ids, owner),
                    || kind::<Visit>(kinds.visits, store, ids, owner),
                )
            },
            || {
                rayon::join(
                    || {
                        rayon::join(
                            || kind::<Followup>(kinds.followups, store, ids, owner),
                            || kind::<Survey>(kinds.surveys, store, ids, owner),
                        )
                    },
                    || kind::<Complaint>(kinds.complaints, store, ids, owner),
                )
            },
        );
        let mut problems = Problems::default();
        let clients = problems.take(clients?);
        let visits = problems.take(visits?);
        let followups = problems.take(followups?);
        let surveys = problems.take(surveys?);
        let complaints = problems.take(complaints?);
        // The roster is small and belongs to no client: read whole, after the rest.
        let staff = problems.take(kind::<Staff>(kinds.staff, store, ids, None)?);
        let packages = problems.take(kind::<Package>(kinds.packages, store, ids, owner)?);
        let inquiries = problems.take(kind::<Inquiry>(kinds.inquiries, store, ids, owner)?);
        let book = Book::new(clients, visits, followups, surveys)
            .with_complaints(complaints)
            .with_staff(staff)
            .with_packages(packages)
            .with_inquiries(inquiries);
        Ok((book, problems))
    }

    /// Indexes records already in memory (tests, and commands that hold them).
    pub fn new(
        clients: Vec<Client>,
        visits: Vec<Visit>,
        followups: Vec<Followup>,
        surveys: Vec<Survey>,
    ) -> Book {
        let client_at = clients
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        Book {
            clients,
            visits,
            followups,
            surveys,
            complaints: Vec::new(),
            staff: Vec::new(),
            packages: Vec::new(),
            inquiries: Vec::new(),
            staff_at: FxHashMap::default(),
            client_at,
            visit_at: OnceLock::new(),
            related: OnceLock::new(),
        }
    }

    /// Each client's records by position, made once: the records only look their
    /// client up.
    fn related(&self) -> &FxHashMap<String, Related> {
        self.related.get_or_init(|| {
            let mut related: FxHashMap<String, Related> =
                FxHashMap::with_capacity_and_hasher(self.clients.len(), Default::default());
            fn of<'m>(
                related: &'m mut FxHashMap<String, Related>,
                client: &str,
            ) -> &'m mut Related {
                if !related.contains_key(client) {
                    related.insert(client.to_string(), Related::default());
                }
                related.get_mut(client).expect("inserted above")
            }
            for (i, v) in self.visits.iter().enumerate() {
                of(&mut related, &v.client).visits.push(i);
            }
            for (i, f) in self.followups.iter().enumerate() {
                of(&mut related, &f.client).followups.push(i);
            }
            for (i, s) in self.surveys.iter().enumerate() {
                of(&mut related, &s.client).surveys.push(i);
            }
            for (i, c) in self.complaints.iter().enumerate() {
                of(&mut related, &c.client).complaints.push(i);
            }
            for (i, q) in self.inquiries.iter().enumerate() {
                if let Some(client) = &q.client {
                    of(&mut related, client).inquiries.push(i);
                }
            }
            related
        })
    }

    /// Adds complaints to a book (and to its clients' histories).
    pub fn with_complaints(mut self, complaints: Vec<Complaint>) -> Book {
        self.complaints = complaints;
        self.related = OnceLock::new();
        self
    }

    /// Adds inquiries to a book; a converted one joins its client's history.
    pub fn with_inquiries(mut self, inquiries: Vec<Inquiry>) -> Book {
        self.inquiries = inquiries;
        self.related = OnceLock::new();
        self
    }

    /// The book with the roster in it.
    pub fn with_staff(mut self, staff: Vec<Staff>) -> Book {
        self.staff_at = staff
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        self.staff = staff;
        self
    }

    /// The staff member with this id, if the roster was read and has her.
    pub fn staff_member(&self, id: &str) -> Option<&Staff> {
        self.staff_at.get(id).map(|&i| &self.staff[i])
    }

    /// What a visit's staff entry shows: a staff id as her name (when the roster was
    /// read and has her), a free-text name as it is.
    pub fn staff_name<'a>(&'a self, entry: &'a str) -> &'a str {
        self.staff_member(entry).map_or(entry, |s| s.name.as_str())
    }

    /// A visit's staff as names (see `staff_name`).
    pub fn staff_names(&self, visit: &Visit) -> Vec<String> {
        visit
            .staff
            .iter()
            .map(|e| self.staff_name(e).to_string())
            .collect()
    }

    /// The client with this id, if it was read.
    pub fn client(&self, id: &str) -> Option<&Client> {
        self.client_at.get(id).map(|&i| &self.clients[i])
    }

    /// The client's name, or empty when the client is unknown (or unreadable).
    pub fn name(&self, id: &str) -> &str {
        self.client(id).map(|c| c.name.as_str()).unwrap_or("")
    }

    /// The visit with this id, if visits were read.
    pub fn visit(&self, id: &str) -> Option<&Visit> {
        let at = self.visit_at.get_or_init(|| {
            let visits = self.visits.iter().enumerate();
            visits.map(|(i, v)| (v.id.clone(), i)).collect()
        });
        at.get(id).map(|&i| &self.visits[i])
    }

    /// The visit a survey is about (§3): the one it names, when it is the client's,
    /// else the client's latest done visit on or before the survey date.
    pub fn survey_visit(&self, s: &Survey) -> Option<&Visit> {
        match &s.visit {
            Some(id) => self.visit(id).filter(|v| v.client == s.client),
            None => related_visit(s.date, &self.history(&s.client).visits),
        }
    }

    /// One client's visits, follow-ups and surveys (of the kinds that were read).
    pub fn history(&self, client: &str) -> History<'_> {
        match self.related().get(client) {
            None => History::default(),
            Some(r) => History {
                visits: r.visits.iter().map(|&i| &self.visits[i]).collect(),
                followups: r.followups.iter().map(|&i| &self.followups[i]).collect(),
                surveys: r.surveys.iter().map(|&i| &self.surveys[i]).collect(),
                complaints: r.complaints.iter().map(|&i| &self.complaints[i]).collect(),
                inquiries: r.inquiries.iter().map(|&i| &self.inquiries[i]).collect(),
            },
        }
    }

    /// A client's lifecycle stage on `today` (needs visits and surveys read).
    pub fn stage(&self, client: &Client, today: NaiveDate, config: &Config) -> Stage {
        let h = self.history(&client.id);
        let signals: Vec<SurveySignal> = h
            .surveys
            .iter()
            .map(|s| SurveySignal {
                date: s.date,
                created: s.created,
                overall: s.overall(),
                nps: s.nps,
            })
            .collect();
        let open_complaint = h.complaints.iter().any(|c| c.status.is_open());
        stage_with_complaints(
            stage(client, &h.visits, &signals, today, &config.lifecycle),
            open_complaint,
        )
    }

    /// A client's next follow-up, optionally in one service line only (needs visits
    /// and follow-ups read).
    pub fn due(&self, client: &Client, config: &Config, only: Option<&str>) -> Option<Due> {
        let h = self.history(&client.id);
        let callback = callback_due(
            client,
            &h.complaints,
            &h.followups,
            config,
            |c| {
                let v = c.visit.as_deref()?;
                self.visit(v).map(|v| v.category.clone())
            },
            only,
        );
        earliest(
            client_due_in(client, &h.visits, &h.followups, config, only),
            callback,
        )
    }

    /// Every client with its visits and follow-ups, for the follow-up figures.
    pub fn client_histories(&self) -> Vec<ClientHistory<'_>> {
        self.clients
            .iter()
            .map(|c| {
                let h = self.history(&c.id);
                ClientHistory {
                    client: c,
                    visits: h.visits,
                    followups: h.followups,
                }
            })
            .collect()
    }

    /// Clients by phone (in its digits-only form), for matching imported rows.
    pub fn clients_by_phone(&self) -> HashMap<String, Vec<&Client>> {
        let mut map: HashMap<String, Vec<&Client>> = HashMap::new();
        for c in &self.clients {
            for p in &c.phones {
                map.entry(phone_digits_key(p)).or_default().push(c);
            }
        }
        map
    }
}

/// Ids sorted for prefix look-ups (`c-7k2` finds every id that starts with it) in
/// O(log n): users type unique prefixes of ids, as of git hashes.
#[derive(Debug, Default)]
pub struct Prefixes(Vec<String>);

impl Prefixes {
    pub fn new(ids: impl IntoIterator<Item = String>) -> Prefixes {
        let mut v: Vec<String> = ids.into_iter().collect();
        v.sort();
        v.dedup();
        Prefixes(v)
    }

    /// Every id that starts with `prefix`, in order.
    pub fn matching(&self, prefix: &str) -> &[String] {
        let start = self.0.partition_point(|id| id.as_str() < prefix);
        let len = self.0[start..].partition_point(|id| id.starts_with(prefix));
        &self.0[start..start + len]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::due::tests::{ts, visit as done_visit};
    use crate::domain::visit::Status;

    fn client(id: &str, phone: &str) -> Client {
        let mut c = Client::new(id.into(), ts());
        c.name = format!("客户{id}");
        c.phones = vec![phone.into()];
        c
    }

    fn visit(id: &str, client: &str) -> Visit {
        let mut v = done_visit("house-cleaning", "2026-11-01", None, Status::Done);
        v.id = id.into();
        v.client = client.into();
        v
    }

    #[test]
    fn joins_go_through_the_index() {
        let book = Book::new(
            vec![client("c-1", "13812345678"), client("c-2", "13900001111")],
            vec![
                visit("v-1", "c-2"),
                visit("v-2", "c-2"),
                visit("v-3", "c-9"),
            ],
            vec![],
            vec![],
        );
        assert_eq!(book.name("c-2"), "客户c-2");
        assert_eq!(book.name("c-9"), "", "a visit of an unknown client");
        assert_eq!(book.history("c-2").visits.len(), 2);
        assert!(book.history("c-1").visits.is_empty());
        assert_eq!(book.visit("v-3").unwrap().client, "c-9");
        assert_eq!(book.clients_by_phone()["13900001111"][0].id, "c-2");
        assert_eq!(book.client_histories().len(), 2);
    }

    #[test]
    fn prefixes_find_every_id_that_starts_so() {
        let p = Prefixes::new(["c-7k2m9q4x", "c-7k2a0000", "c-8abc1234", "c-7k"].map(String::from));
        assert_eq!(p.matching("c-7k2"), ["c-7k2a0000", "c-7k2m9q4x"]);
        assert_eq!(p.matching("c-7k2m9q4x"), ["c-7k2m9q4x"]);
        assert!(p.matching("c-9").is_empty());
        assert_eq!(p.matching("c-").len(), 4);
    }
}
