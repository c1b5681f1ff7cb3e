//! The rules of a complaint's life (DESIGN §11), pure: its priority, its two
//! deadlines, whether it is overdue or was handled on time, and the steps that move it
//! from `open` to `closed` (and back, on a reopen).
//!
//! Deadlines run in calendar hours from `opened`: the first response is due
//! `first_response_hours` after it until a `contact` entry exists, the resolution
//! `resolution_hours` after it until the complaint is resolved. A reopened complaint
//! keeps its original deadlines. Only an `open` or `in-progress` complaint is overdue
//! (one that was resolved, or closed without a resolution, is not waiting on anyone);
//! the report still counts a late contact or resolution as late.

use chrono::{DateTime, Duration, FixedOffset};

use super::policy::ComplaintPolicy;
use super::{Compensation, Complaint, Entry, EntryKind, Priority, Status, Verdict};

/// A step that the complaint's status does not allow. The messages carry the id and
/// status only.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StepError {
    #[error("{}", .step.refused(.id))]
    Closed { id: String, step: Step },
    #[error("{}", crate::t!("complaint-already-resolved", id = .id))]
    AlreadyResolved { id: String },
    #[error("{}", crate::t!("complaint-verdict-before-resolution", flag = *.flag, id = .id, status = *.status))]
    VerdictBeforeResolution {
        id: String,
        status: &'static str,
        flag: &'static str,
    },
    #[error("{}", crate::t!("complaint-not-reopenable", id = .id, status = *.status))]
    NotReopenable { id: String, status: &'static str },
}

/// A step refused on a closed complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Log,
    Assign,
    Resolve,
    Close,
}

impl Step {
    /// Why complaint `id`, closed, cannot take this step.
    fn refused(self, id: &str) -> String {
        match self {
            Step::Log => crate::t!("complaint-closed-cannot-log", id = id),
            Step::Assign => crate::t!("complaint-closed-cannot-assign", id = id),
            Step::Resolve => crate::t!("complaint-closed-cannot-resolve", id = id),
            Step::Close => crate::t!("complaint-closed-cannot-close", id = id),
        }
    }
}

/// The priority of a new complaint: `safety` (the type, or `--safety` on any type) is
/// urgent whatever else is given; otherwise the given one, else the type's default.
pub fn priority(
    kind: &str,
    safety: bool,
    given: Option<Priority>,
    policy: &ComplaintPolicy,
) -> Priority {
    if safety || kind == "safety" {
        return Priority::Urgent;
    }
    given.unwrap_or_else(|| {
        policy
            .types
            .iter()
            .find(|t| t.key == kind)
            .map_or(Priority::Normal, |t| t.priority)
    })
}

/// When the first response and the resolution are due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadlines {
    pub first_response: DateTime<FixedOffset>,
    pub resolution: DateTime<FixedOffset>,
}

pub fn deadlines(c: &Complaint, policy: &ComplaintPolicy) -> Deadlines {
    let h = policy.hours(c.priority);
    let after = |hours: u32| c.opened + Duration::hours(i64::from(hours));
    Deadlines {
        first_response: after(h.first_response_hours),
        resolution: after(h.resolution_hours),
    }
}

/// Which deadlines an open complaint has missed at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Overdue {
    pub first_response: bool,
    pub resolution: bool,
}

impl Overdue {
    pub fn any(self) -> bool {
        self.first_response || self.resolution
    }
}

pub fn overdue(c: &Complaint, now: DateTime<FixedOffset>, policy: &ComplaintPolicy) -> Overdue {
    if !c.status.is_open() {
        return Overdue::default();
    }
    let d = deadlines(c, policy);
    Overdue {
        first_response: c.first_response().is_none() && now > d.first_response,
        resolution: c.resolved.is_none() && now > d.resolution,
    }
}

/// Whether an event came by its deadline: `Some(true)` at or before it, `Some(false)`
/// after it, or not at all while the deadline has passed; `None` while it may still
/// come in time.
pub fn on_time(
    event: Option<DateTime<FixedOffset>>,
    due: DateTime<FixedOffset>,
    now: DateTime<FixedOffset>,
) -> Option<bool> {
    match event {
        Some(at) => Some(at <= due),
        None if now > due => Some(false),
        None => None,
    }
}

/// The next deadline still waiting (for sorting a list): the first response while
/// there is no contact, else the resolution while unresolved.
pub fn next_deadline(c: &Complaint, policy: &ComplaintPolicy) -> Option<DateTime<FixedOffset>> {
    if !c.status.is_open() {
        return None;
    }
    let d = deadlines(c, policy);
    if c.first_response().is_none() {
        Some(d.first_response.min(d.resolution))
    } else {
        Some(d.resolution)
    }
}

/// The first log entry or an assignment puts an open complaint in progress.
fn start(c: &mut Complaint) {
    if c.status == Status::Open {
        c.status = Status::InProgress;
    }
}

/// Adds a log entry. A closed complaint takes no more entries (reopen it first).
pub fn log(
    c: &mut Complaint,
    kind: EntryKind,
    text: &str,
    now: DateTime<FixedOffset>,
) -> Result<(), StepError> {
    if c.status == Status::Closed {
        return Err(StepError::Closed {
            id: c.id.clone(),
            step: Step::Log,
        });
    }
    c.log.push(Entry {
        at: now,
        kind,
        text: text.trim().to_string(),
    });
    start(c);
    Ok(())
}

pub fn assign(c: &mut Complaint, name: &str) -> Result<(), StepError> {
    if c.status == Status::Closed {
        return Err(StepError::Closed {
            id: c.id.clone(),
            step: Step::Assign,
        });
    }
    c.assignee = name.trim().to_string();
    start(c);
    Ok(())
}

pub fn resolve(
    c: &mut Complaint,
    resolution: &str,
    cause: Option<&str>,
    compensation: Option<Compensation>,
    now: DateTime<FixedOffset>,
) -> Result<(), StepError> {
    match c.status {
        Status::Closed => {
            return Err(StepError::Closed {
                id: c.id.clone(),
                step: Step::Resolve,
            });
        }
        Status::Resolved => return Err(StepError::AlreadyResolved { id: c.id.clone() }),
        Status::Open | Status::InProgress => {}
    }
    c.status = Status::Resolved;
    c.resolved = Some(now);
    c.resolution = resolution.trim().to_string();
    if let Some(cause) = cause {
        c.cause = cause.trim().to_string();
    }
    if compensation.is_some() {
        c.compensation = compensation;
    }
    Ok(())
}

/// Closes a complaint. The verdict and score are the client's word on a resolution,
/// so they need a resolved complaint; an open one may be closed without them (the
/// client withdrew it).
pub fn close(
    c: &mut Complaint,
    verdict: Option<Verdict>,
    score: Option<u8>,
    now: DateTime<FixedOffset>,
) -> Result<(), StepError> {
    if c.status == Status::Closed {
        return Err(StepError::Closed {
            id: c.id.clone(),
            step: Step::Close,
        });
    }
    if c.status != Status::Resolved && (verdict.is_some() || score.is_some()) {
        return Err(StepError::VerdictBeforeResolution {
            id: c.id.clone(),
            status: c.status.key(),
            flag: if verdict.is_some() {
                "--verdict"
            } else {
                "--score"
            },
        });
    }
    c.status = Status::Closed;
    c.closed = Some(now);
    c.verdict = verdict;
    c.score = score;
    Ok(())
}

/// Reopens a resolved or closed complaint: it is open again with its original
/// deadlines, the earlier resolution stays in the log, and the reopen is counted.
pub fn reopen(c: &mut Complaint, now: DateTime<FixedOffset>) -> Result<(), StepError> {
    if c.status.is_open() {
        return Err(StepError::NotReopenable {
            id: c.id.clone(),
            status: c.status.key(),
        });
    }
    let mut text = String::from("reopened 重新打开");
    if !c.resolution.is_empty() {
        text.push_str(&format!("; earlier resolution 原处理: {}", c.resolution));
    }
    c.log.push(Entry {
        at: now,
        kind: EntryKind::Note,
        text,
    });
    c.status = Status::Open;
    c.reopened += 1;
    c.resolved = None;
    c.resolution.clear();
    c.closed = None;
    c.verdict = None;
    c.score = None;
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    pub fn complaint(kind: &str, priority: Priority, opened: &str) -> Complaint {
        Complaint::new(
            "t-00000001".into(),
            "c-00000001".into(),
            kind.into(),
            priority,
            t(opened),
        )
    }

    #[test]
    fn safety_is_urgent_whatever_else_is_given() {
        let p = ComplaintPolicy::default();
        assert_eq!(
            priority("safety", false, Some(Priority::Low), &p),
            Priority::Urgent
        );
        assert_eq!(
            priority("late", true, Some(Priority::Low), &p),
            Priority::Urgent
        );
        assert_eq!(
            priority("late", false, Some(Priority::Low), &p),
            Priority::Low
        );
        assert_eq!(priority("damage", false, None, &p), Priority::High);
        assert_eq!(priority("attitude", false, None, &p), Priority::High);
        assert_eq!(priority("quality", false, None, &p), Priority::Normal);
        assert_eq!(
            priority("gone-from-config", false, None, &p),
            Priority::Normal
        );
    }

    /// Opened 2026-11-20 10:00 +08:00; the deadlines worked out by hand.
    #[test]
    fn deadlines_per_priority() {
        let p = ComplaintPolicy::default();
        let table = [
            (
                Priority::Urgent,
                "2026-11-20T11:00:00+08:00",
                "2026-11-21T10:00:00+08:00",
            ),
            (
                Priority::High,
                "2026-11-20T14:00:00+08:00",
                "2026-11-22T10:00:00+08:00",
            ),
            (
                Priority::Normal,
                "2026-11-21T10:00:00+08:00",
                "2026-11-23T10:00:00+08:00",
            ),
            (
                Priority::Low,
                "2026-11-22T10:00:00+08:00",
                "2026-11-27T10:00:00+08:00",
            ),
        ];
        for (pr, first, resolution) in table {
            let c = complaint("late", pr, "2026-11-20T10:00:00+08:00");
            let d = deadlines(&c, &p);
            assert_eq!(d.first_response, t(first), "{pr:?}");
            assert_eq!(d.resolution, t(resolution), "{pr:?}");
        }
    }

    /// A high complaint opened 2026-11-20 10:00: first response due 14:00 that day,
    /// resolution due 2026-11-22 10:00. `now` is a moment, not a day.
    #[test]
    fn overdue_is_computed_from_a_moment() {
        let p = ComplaintPolicy::default();
        let c = complaint("damage", Priority::High, "2026-11-20T10:00:00+08:00");
        let at = |s: &str| overdue(&c, t(s), &p);
        assert_eq!(
            at("2026-11-20T14:00:00+08:00"),
            Overdue::default(),
            "on the deadline is in time"
        );
        assert!(at("2026-11-20T14:00:01+08:00").first_response);
        assert!(!at("2026-11-20T14:00:01+08:00").resolution);
        // The same moment written in UTC.
        assert!(at("2026-11-20T06:00:01Z").first_response);
        let late = at("2026-11-22T10:00:01+08:00");
        assert!(late.first_response && late.resolution);
    }

    #[test]
    fn a_contact_after_the_deadline_ends_overdue_but_counts_late() {
        let p = ComplaintPolicy::default();
        let mut c = complaint("damage", Priority::High, "2026-11-20T10:00:00+08:00");
        log(
            &mut c,
            EntryKind::Contact,
            "已致电道歉",
            t("2026-11-20T15:30:00+08:00"),
        )
        .unwrap();
        let now = t("2026-11-21T09:00:00+08:00");
        assert!(!overdue(&c, now, &p).first_response, "no longer overdue");
        let d = deadlines(&c, &p);
        assert_eq!(
            on_time(c.first_response(), d.first_response, now),
            Some(false),
            "late, not met"
        );
        // One in time, one still to come, one missed without any contact.
        assert_eq!(
            on_time(Some(t("2026-11-20T14:00:00+08:00")), d.first_response, now),
            Some(true)
        );
        assert_eq!(on_time(None, d.resolution, now), None);
        assert_eq!(on_time(None, d.first_response, now), Some(false));
    }

    #[test]
    fn a_reopened_complaint_keeps_its_original_deadlines() {
        let p = ComplaintPolicy::default();
        let mut c = complaint("late", Priority::Normal, "2026-11-20T10:00:00+08:00");
        log(
            &mut c,
            EntryKind::Contact,
            "致电",
            t("2026-11-20T12:00:00+08:00"),
        )
        .unwrap();
        resolve(
            &mut c,
            "道歉并补偿",
            None,
            None,
            t("2026-11-21T10:00:00+08:00"),
        )
        .unwrap();
        let d = deadlines(&c, &p);
        assert_eq!(
            on_time(c.resolved, d.resolution, t("2026-11-21T10:00:00+08:00")),
            Some(true)
        );
        reopen(&mut c, t("2026-11-24T09:00:00+08:00")).unwrap();
        assert_eq!(c.status, Status::Open);
        assert_eq!(c.reopened, 1);
        assert_eq!(deadlines(&c, &p), d, "deadlines unchanged");
        // Resolution was due 2026-11-23 10:00: the reopened complaint is overdue now.
        let o = overdue(&c, t("2026-11-24T09:00:00+08:00"), &p);
        assert!(o.resolution && !o.first_response);
        assert!(c.log.last().unwrap().text.contains("道歉并补偿"));
        resolve(
            &mut c,
            "重新上门",
            None,
            None,
            t("2026-11-24T15:00:00+08:00"),
        )
        .unwrap();
        assert_eq!(
            on_time(c.resolved, d.resolution, t("2026-11-25T00:00:00+08:00")),
            Some(false)
        );
    }

    #[test]
    fn steps_follow_the_status() {
        let now = t("2026-11-20T10:00:00+08:00");
        let mut c = complaint("damage", Priority::High, "2026-11-20T09:00:00+08:00");
        assert!(matches!(
            close(&mut c.clone(), Some(Verdict::Satisfied), None, now),
            Err(StepError::VerdictBeforeResolution {
                flag: "--verdict",
                ..
            })
        ));
        assert!(matches!(
            reopen(&mut c.clone(), now),
            Err(StepError::NotReopenable { .. })
        ));
        assign(&mut c, "李经理").unwrap();
        assert_eq!(c.status, Status::InProgress);
        resolve(&mut c, "赔偿", None, None, now).unwrap();
        assert!(matches!(
            resolve(&mut c.clone(), "again", None, None, now),
            Err(StepError::AlreadyResolved { .. })
        ));
        close(&mut c, Some(Verdict::Satisfied), Some(5), now).unwrap();
        assert_eq!(c.status, Status::Closed);
        assert!(matches!(
            resolve(&mut c.clone(), "x", None, None, now),
            Err(StepError::Closed { .. })
        ));
        assert!(log(&mut c.clone(), EntryKind::Note, "x", now).is_err());
        // An open complaint may be closed without a verdict (withdrawn).
        let mut w = complaint("late", Priority::Normal, "2026-11-20T09:00:00+08:00");
        close(&mut w, None, None, now).unwrap();
        assert_eq!(w.status, Status::Closed);
    }
}
