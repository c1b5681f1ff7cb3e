//! Field-level three-way merge of two versions of one record (DESIGN §13), over the
//! records' TOML as `toml::Table`s. Pure: no files, no keys, no git. The store's
//! merge driver decrypts, calls [`merge`], checks that the result still parses as its
//! kind, and encrypts it.
//!
//! Which fields are sets and which are append-only logs is declared once per record
//! kind, next to its `Record` impl (`Record::MERGE`), as a [`Rules`].

use toml::{Table, Value};

pub mod moves;

/// The field that holds the conflicts a merge could not settle.
pub const CONFLICTS: &str = "conflicts";

/// How a kind's list fields merge. Field names are dotted paths from the record's
/// top (`household.pets`); a field named in neither list is a scalar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Lists merged as sets: an element added on either side is added, one removed
    /// on either side is removed (phones, categories, tags, staff).
    pub sets: &'static [&'static str],
    /// Append-only lists of entries (a complaint log, a package ledger): the union of
    /// both sides' entries, ordered by their `time_key` field.
    pub logs: &'static [Log],
}

/// An append-only list and the field of its entries that orders them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Log {
    pub field: &'static str,
    pub time_key: &'static str,
}

impl Rules {
    /// A kind with no sets and no logs: every list is a scalar.
    pub const NONE: Rules = Rules {
        sets: &[],
        logs: &[],
    };
}

/// The result of a merge: the merged record, and how many new conflicts it holds
/// (each one is also an entry of its `[[conflicts]]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub table: Table,
    pub new_conflicts: usize,
}

/// Merges `ours` and `theirs`, two edits of `base` (`None` when the record has no
/// common ancestor), field by field:
/// - a field changed on one side only takes that side; changed alike on both, that value;
/// - tables merge field by field;
/// - sets and logs merge as [`Rules`] says;
/// - `updated` is the later of the two; `id` and `created` keep ours;
/// - a scalar changed differently on both sides keeps our value and gets a
///   `[[conflicts]]` entry (field, base, ours, theirs).
///
/// `[[conflicts]]` itself merges as a set, so a conflict resolved on one side stays
/// resolved.
pub fn merge(base: Option<&Table>, ours: &Table, theirs: &Table, rules: &Rules) -> Merged {
    let empty = Table::new();
    let mut conflicts = Vec::new();
    let mut table = merge_table(
        "",
        base.unwrap_or(&empty),
        ours,
        theirs,
        rules,
        &mut conflicts,
    );
    let new_conflicts = conflicts.len();
    add_conflicts(&mut table, conflicts);
    Merged {
        table,
        new_conflicts,
    }
}

fn add_conflicts(table: &mut Table, conflicts: Vec<Value>) {
    if conflicts.is_empty() {
        return;
    }
    let list = table
        .entry(CONFLICTS)
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(list) = list {
        for c in conflicts {
            if !list.contains(&c) {
                list.push(c);
            }
        }
    }
}

/// Two versions that each keep their kind's rules can break one once merged field
/// by field: a visit's end taken from one side and its start from the other, a
/// `done` status from one and a later date from the other. `broken` names the field
/// of the rule a table breaks (`None`: it keeps them all).
///
/// When the merge breaks one, the fields that came from theirs are put back to our
/// value, and each such field becomes a conflict (field, base, ours, theirs), as if
/// both sides had changed it: first the field the rule names, else the one field
/// that alone mends it, else all of them (which gives ours again, and ours keeps the
/// rules). Returns the fields put in conflict, none when nothing was broken.
pub fn keep_rules(
    merged: &mut Table,
    base: Option<&Table>,
    ours: &Table,
    theirs: &Table,
    broken: impl Fn(&Table) -> Option<String>,
) -> Vec<String> {
    let Some(named) = broken(merged) else {
        return Vec::new();
    };
    let mut taken = Vec::new();
    from_theirs("", merged, ours, &mut taken);
    // The field the rule names first, then the others in record order.
    taken.sort_by_key(|f| *f != named);
    let put_back = |table: &mut Table, fields: &[String]| {
        for f in fields {
            set(table, f, get(ours, f).cloned());
        }
    };
    let one = taken.iter().find(|f| {
        let mut trial = merged.clone();
        put_back(&mut trial, std::slice::from_ref(*f));
        broken(&trial).is_none()
    });
    let fields: Vec<String> = match one {
        Some(f) => vec![f.clone()],
        None => taken,
    };
    put_back(merged, &fields);
    let empty = Table::new();
    let base = base.unwrap_or(&empty);
    let entries = fields
        .iter()
        .map(|f| conflict(f, get(base, f), get(ours, f), get(theirs, f)))
        .collect();
    add_conflicts(merged, entries);
    fields
}

/// The dotted paths of the fields where `merged` differs from `ours` (so came from
/// theirs), tables walked into; never `id`, `created`, `updated` or the conflicts.
fn from_theirs(prefix: &str, merged: &Table, ours: &Table, out: &mut Vec<String>) {
    let mut keys: Vec<&String> = merged.keys().collect();
    keys.extend(ours.keys().filter(|k| !merged.contains_key(*k)));
    for key in keys {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        if matches!(path.as_str(), "id" | "created" | "updated" | CONFLICTS) {
            continue;
        }
        match (merged.get(key), ours.get(key)) {
            (Some(Value::Table(m)), Some(Value::Table(o))) => from_theirs(&path, m, o, out),
            (m, o) if m != o => out.push(path),
            _ => {}
        }
    }
}

fn merge_table(
    prefix: &str,
    base: &Table,
    ours: &Table,
    theirs: &Table,
    rules: &Rules,
    conflicts: &mut Vec<Value>,
) -> Table {
    // Our fields in our order, then the fields only theirs has.
    let mut keys: Vec<&String> = ours.keys().collect();
    keys.extend(theirs.keys().filter(|k| !ours.contains_key(*k)));
    keys.extend(
        base.keys()
            .filter(|k| !ours.contains_key(*k) && !theirs.contains_key(*k)),
    );
    let mut out = Table::new();
    for key in keys {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        let (b, o, t) = (base.get(key), ours.get(key), theirs.get(key));
        if let Some(v) = merge_field(&path, b, o, t, rules, conflicts) {
            out.insert(key.clone(), v);
        }
    }
    out
}

/// One field's merged value; `None` leaves it out.
fn merge_field(
    path: &str,
    b: Option<&Value>,
    o: Option<&Value>,
    t: Option<&Value>,
    rules: &Rules,
    conflicts: &mut Vec<Value>,
) -> Option<Value> {
    if path == CONFLICTS {
        return Some(Value::Array(merge_set(arr(b), arr(o), arr(t)))).filter(non_empty);
    }
    if o == t || t == b {
        return o.cloned();
    }
    if o == b {
        return t.cloned();
    }
    // Changed differently on both sides.
    match path {
        "id" | "created" => return o.cloned(),
        "updated" => return later(o, t).cloned(),
        _ => {}
    }
    if rules.sets.contains(&path) {
        return Some(Value::Array(merge_set(arr(b), arr(o), arr(t)))).filter(non_empty);
    }
    if let Some(log) = rules.logs.iter().find(|l| l.field == path) {
        return Some(Value::Array(merge_log(arr(o), arr(t), log.time_key))).filter(non_empty);
    }
    if let (Some(bt), Some(Some(ot)), Some(Some(tt))) = (as_table(b), as_table(o), as_table(t)) {
        let empty = Table::new();
        let merged = merge_table(path, bt.unwrap_or(&empty), ot, tt, rules, conflicts);
        return Some(Value::Table(merged));
    }
    conflicts.push(conflict(path, b, o, t));
    o.cloned()
}

/// `Some(None)` for an absent field, `Some(Some(table))` for a table, `None` for
/// anything else.
fn as_table(v: Option<&Value>) -> Option<Option<&Table>> {
    match v {
        None => Some(None),
        Some(Value::Table(t)) => Some(Some(t)),
        Some(_) => None,
    }
}

fn non_empty(v: &Value) -> bool {
    !matches!(v, Value::Array(a) if a.is_empty())
}

fn arr(v: Option<&Value>) -> &[Value] {
    match v {
        Some(Value::Array(a)) => a,
        _ => &[],
    }
}

/// Ours, less what theirs removed, plus what theirs added (in their order).
fn merge_set(base: &[Value], ours: &[Value], theirs: &[Value]) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for v in ours {
        let removed_by_them = base.contains(v) && !theirs.contains(v);
        if !removed_by_them && !out.contains(v) {
            out.push(v.clone());
        }
    }
    for v in theirs {
        if !base.contains(v) && !out.contains(v) {
            out.push(v.clone());
        }
    }
    out
}

/// Every entry of either side once, ordered by `time_key` (a stable sort: entries
/// without one, or with equal times, keep ours-then-theirs order).
fn merge_log(ours: &[Value], theirs: &[Value], time_key: &str) -> Vec<Value> {
    let mut out: Vec<Value> = ours.to_vec();
    for v in theirs {
        if !out.contains(v) {
            out.push(v.clone());
        }
    }
    let key = |v: &Value| v.get(time_key).map(time_text).unwrap_or_default();
    out.sort_by_key(key);
    out
}

fn time_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The later of two `updated` timestamps (RFC 3339 with offsets, compared as
/// instants); a missing or unreadable one loses.
fn later<'a>(o: Option<&'a Value>, t: Option<&'a Value>) -> Option<&'a Value> {
    let instant = |v: Option<&Value>| {
        v.and_then(Value::as_str)
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
    };
    match (instant(o), instant(t)) {
        (Some(a), Some(b)) if b > a => t,
        (None, Some(_)) => t,
        _ => o,
    }
}

fn conflict(path: &str, b: Option<&Value>, o: Option<&Value>, t: Option<&Value>) -> Value {
    let mut c = Table::new();
    c.insert("field".into(), Value::String(path.into()));
    for (name, v) in [("base", b), ("ours", o), ("theirs", t)] {
        if let Some(v) = v {
            c.insert(name.into(), v.clone());
        }
    }
    Value::Table(c)
}

/// The value of the dotted `field` in `table`, if present.
pub fn get<'a>(table: &'a Table, field: &str) -> Option<&'a Value> {
    let mut parts = field.split('.');
    let mut v = table.get(parts.next()?)?;
    for p in parts {
        v = v.get(p)?;
    }
    Some(v)
}

/// Sets (or with `None` removes) the dotted `field` of `table`, making the tables on
/// the way. Returns false when a part of the path is not a table.
pub fn set(table: &mut Table, field: &str, value: Option<Value>) -> bool {
    let mut parts: Vec<&str> = field.split('.').collect();
    let Some(last) = parts.pop() else {
        return false;
    };
    let mut t = table;
    for p in parts {
        let next = t
            .entry(p.to_string())
            .or_insert_with(|| Value::Table(Table::new()));
        match next {
            Value::Table(inner) => t = inner,
            _ => return false,
        }
    }
    match value {
        Some(v) => {
            t.insert(last.to_string(), v);
        }
        None => {
            t.remove(last);
        }
    }
    true
}

/// Settles the conflict on `field`: sets the field to `value` (`None`: absent) and
/// drops its `[[conflicts]]` entries. Returns false when there is no such conflict.
pub fn resolve(table: &mut Table, field: &str, value: Option<Value>) -> bool {
    let Some(Value::Array(list)) = table.get_mut(CONFLICTS) else {
        return false;
    };
    let before = list.len();
    list.retain(|c| c.get("field").and_then(Value::as_str) != Some(field));
    if list.len() == before {
        return false;
    }
    if list.is_empty() {
        table.remove(CONFLICTS);
    }
    set(table, field, value)
}

/// One side's value of the conflict on `field` (`"base"`, `"ours"`, `"theirs"`):
/// `None` when there is no such conflict, `Some(None)` when that side had no value.
pub fn conflict_side(table: &Table, field: &str, side: &str) -> Option<Option<Value>> {
    let list = table.get(CONFLICTS)?.as_array()?;
    let c = list
        .iter()
        .find(|c| c.get("field").and_then(Value::as_str) == Some(field))?;
    Some(c.get(side).cloned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIENT: Rules = Rules {
        sets: &["phones", "categories", "tags"],
        logs: &[Log {
            field: "ledger",
            time_key: "at",
        }],
    };

    fn t(text: &str) -> Table {
        toml::from_str(text).unwrap()
    }

    const BASE: &str = r#"
format = 1
id = "c-7k2m9q4x"
name = "王秀英"
phones = ["13812345678"]
address = "北京市朝阳区望京街道"
tags = ["老客户"]
created = "2026-11-01T09:00:00+08:00"
updated = "2026-11-01T09:00:00+08:00"
[household]
pets = "一只猫"
"#;

    fn edit(from: &str, pairs: &[(&str, &str)]) -> Table {
        let mut s = from.to_string();
        for (a, b) in pairs {
            assert!(s.contains(a), "{a}");
            s = s.replace(a, b);
        }
        t(&s)
    }

    #[test]
    fn different_fields_each_keep_their_change() {
        let ours = edit(
            BASE,
            &[
                ("望京街道", "三里屯"),
                (
                    "updated = \"2026-11-01T09:00:00",
                    "updated = \"2026-11-03T10:00:00",
                ),
            ],
        );
        let theirs = edit(
            BASE,
            &[
                ("一只猫", "两只猫"),
                (
                    "updated = \"2026-11-01T09:00:00",
                    "updated = \"2026-11-05T08:00:00",
                ),
            ],
        );
        let m = merge(Some(&t(BASE)), &ours, &theirs, &CLIENT);
        assert_eq!(m.new_conflicts, 0);
        assert_eq!(m.table["address"].as_str(), Some("北京市朝阳区三里屯"));
        assert_eq!(
            get(&m.table, "household.pets").unwrap().as_str(),
            Some("两只猫")
        );
        assert_eq!(
            m.table["updated"].as_str(),
            Some("2026-11-05T08:00:00+08:00")
        );
        assert!(!m.table.contains_key(CONFLICTS));
    }

    #[test]
    fn the_same_change_on_both_sides_is_no_conflict() {
        let ours = edit(BASE, &[("望京街道", "三里屯")]);
        let m = merge(Some(&t(BASE)), &ours, &ours.clone(), &CLIENT);
        assert_eq!(m.new_conflicts, 0);
        assert_eq!(m.table, ours);
    }

    #[test]
    fn one_scalar_changed_differently_keeps_ours_and_records_a_conflict() {
        let ours = edit(BASE, &[("望京街道", "三里屯")]);
        let theirs = edit(BASE, &[("望京街道", "国贸")]);
        let m = merge(Some(&t(BASE)), &ours, &theirs, &CLIENT);
        assert_eq!(m.new_conflicts, 1);
        assert_eq!(m.table["address"].as_str(), Some("北京市朝阳区三里屯"));
        let c = &m.table[CONFLICTS].as_array().unwrap()[0];
        assert_eq!(c["field"].as_str(), Some("address"));
        assert_eq!(c["base"].as_str(), Some("北京市朝阳区望京街道"));
        assert_eq!(c["ours"].as_str(), Some("北京市朝阳区三里屯"));
        assert_eq!(c["theirs"].as_str(), Some("北京市朝阳区国贸"));
        // The result still reads as TOML.
        let text = toml::to_string(&m.table).unwrap();
        assert_eq!(t(&text), m.table);
    }

    #[test]
    fn a_nested_field_in_conflict_is_named_by_its_path() {
        let ours = edit(BASE, &[("一只猫", "两只猫")]);
        let theirs = edit(BASE, &[("一只猫", "没有宠物")]);
        let m = merge(Some(&t(BASE)), &ours, &theirs, &CLIENT);
        assert_eq!(m.new_conflicts, 1);
        assert_eq!(
            conflict_side(&m.table, "household.pets", "theirs"),
            Some(Some(Value::String("没有宠物".into())))
        );
    }

    #[test]
    fn sets_take_additions_and_removals_from_both_sides() {
        let ours = edit(BASE, &[("[\"老客户\"]", "[\"老客户\", \"宠物/猫\"]")]);
        let theirs = edit(
            BASE,
            &[
                ("[\"老客户\"]", "[\"VIP\"]"),
                ("[\"13812345678\"]", "[\"13812345678\", \"13900001111\"]"),
            ],
        );
        let m = merge(Some(&t(BASE)), &ours, &theirs, &CLIENT);
        assert_eq!(m.new_conflicts, 0);
        assert_eq!(m.table["tags"], t("v = [\"宠物/猫\", \"VIP\"]")["v"]);
        assert_eq!(
            m.table["phones"],
            t("v = [\"13812345678\", \"13900001111\"]")["v"]
        );
    }

    #[test]
    fn a_set_emptied_on_one_side_is_left_out() {
        let ours = edit(BASE, &[("tags = [\"老客户\"]\n", "")]);
        let theirs = edit(BASE, &[("望京街道", "国贸")]);
        let m = merge(Some(&t(BASE)), &ours, &theirs, &CLIENT);
        assert!(!m.table.contains_key("tags"));
        assert_eq!(m.table["address"].as_str(), Some("北京市朝阳区国贸"));
    }

    #[test]
    fn a_list_that_is_not_a_set_conflicts_as_a_whole() {
        let rules = Rules::NONE;
        let ours = edit(BASE, &[("[\"老客户\"]", "[\"老客户\", \"A\"]")]);
        let theirs = edit(BASE, &[("[\"老客户\"]", "[\"老客户\", \"B\"]")]);
        let m = merge(Some(&t(BASE)), &ours, &theirs, &rules);
        assert_eq!(m.new_conflicts, 1);
        assert_eq!(m.table["tags"], ours["tags"]);
    }

    #[test]
    fn logs_are_the_union_ordered_by_time() {
        let base = format!("{BASE}\n[[ledger]]\nat = \"2026-11-01\"\nyuan = \"100\"\n");
        let ours = t(&format!(
            "{base}\n[[ledger]]\nat = \"2026-11-09\"\nyuan = \"-30\"\n"
        ));
        let theirs = t(&format!(
            "{base}\n[[ledger]]\nat = \"2026-11-05\"\nyuan = \"-50\"\n"
        ));
        let m = merge(Some(&t(&base)), &ours, &theirs, &CLIENT);
        assert_eq!(m.new_conflicts, 0);
        let at: Vec<&str> = m.table["ledger"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["at"].as_str().unwrap())
            .collect();
        assert_eq!(at, ["2026-11-01", "2026-11-05", "2026-11-09"]);
    }

    #[test]
    fn id_and_created_never_change_and_updated_is_the_later() {
        let ours = edit(
            BASE,
            &[
                ("c-7k2m9q4x", "c-xxxxxxxx"),
                ("created = \"2026-11-01T09", "created = \"2026-11-02T09"),
                (
                    "updated = \"2026-11-01T09:00:00+08:00",
                    "updated = \"2026-11-04T09:00:00+08:00",
                ),
            ],
        );
        let theirs = edit(
            BASE,
            &[
                ("c-7k2m9q4x", "c-yyyyyyyy"),
                ("created = \"2026-11-01T09", "created = \"2026-11-03T09"),
                // Later as an instant, though earlier as text.
                (
                    "updated = \"2026-11-01T09:00:00+08:00",
                    "updated = \"2026-11-04T08:30:00+07:00",
                ),
            ],
        );
        let m = merge(Some(&t(BASE)), &ours, &theirs, &CLIENT);
        assert_eq!(m.new_conflicts, 0);
        assert_eq!(m.table["id"].as_str(), Some("c-xxxxxxxx"));
        assert_eq!(m.table["created"], ours["created"]);
        assert_eq!(m.table["updated"], theirs["updated"]);
    }

    #[test]
    fn a_field_added_on_one_side_and_removed_on_the_other() {
        let ours = edit(
            BASE,
            &[("[household]", "wechat = \"wx_wang\"\n[household]")],
        );
        let theirs = edit(BASE, &[("[household]\npets = \"一只猫\"\n", "")]);
        let m = merge(Some(&t(BASE)), &ours, &theirs, &CLIENT);
        assert_eq!(m.new_conflicts, 0);
        assert_eq!(m.table["wechat"].as_str(), Some("wx_wang"));
        assert!(!m.table.contains_key("household"));
    }

    #[test]
    fn a_conflict_resolved_on_one_side_stays_resolved() {
        let ours = edit(BASE, &[("望京街道", "三里屯")]);
        let theirs = edit(BASE, &[("望京街道", "国贸")]);
        let conflicted = merge(Some(&t(BASE)), &ours, &theirs, &CLIENT).table;
        let mut resolved = conflicted.clone();
        assert!(resolve(
            &mut resolved,
            "address",
            Some(Value::String("北京市朝阳区国贸".into()))
        ));
        assert!(!resolved.contains_key(CONFLICTS));
        // The other side edits another field of the still-conflicted record.
        let mut other = conflicted.clone();
        other.insert("wechat".into(), Value::String("wx".into()));
        let m = merge(Some(&conflicted), &resolved, &other, &CLIENT);
        assert_eq!(m.new_conflicts, 0);
        assert!(!m.table.contains_key(CONFLICTS));
        assert_eq!(m.table["address"].as_str(), Some("北京市朝阳区国贸"));
        assert_eq!(m.table["wechat"].as_str(), Some("wx"));
    }

    #[test]
    fn resolving_a_field_without_a_conflict_is_refused() {
        let mut table = t(BASE);
        assert!(!resolve(&mut table, "address", None));
        assert_eq!(table, t(BASE));
    }

    #[test]
    fn no_base_means_both_sides_added_what_they_have() {
        let ours = t(BASE);
        let theirs = edit(BASE, &[("望京街道", "国贸")]);
        let m = merge(None, &ours, &theirs, &CLIENT);
        assert_eq!(m.new_conflicts, 1);
    }

    /// A rule across two fields (`end` not before `date`) as the domain checks it.
    fn end_after_start(t: &Table) -> Option<String> {
        let day = |f: &str| t.get(f).and_then(Value::as_str).map(str::to_string);
        match (day("date"), day("end")) {
            (Some(d), Some(e)) if e < d => Some("end".into()),
            _ => None,
        }
    }

    #[test]
    fn a_broken_rule_puts_back_the_field_that_came_from_theirs() {
        let base = t("id = \"v-1\"\ndate = \"2026-11-10\"\nend = \"2026-11-14\"\nnotes = \"a\"");
        let ours = t("id = \"v-1\"\ndate = \"2026-11-10\"\nend = \"2026-11-11\"\nnotes = \"a\"");
        let theirs = t("id = \"v-1\"\ndate = \"2026-11-12\"\nend = \"2026-11-14\"\nnotes = \"b\"");
        let mut m = merge(Some(&base), &ours, &theirs, &Rules::NONE).table;
        assert_eq!(end_after_start(&m), Some("end".into()));
        let fields = keep_rules(&mut m, Some(&base), &ours, &theirs, end_after_start);
        // `end` is ours already: `date` alone mends it; theirs' notes stay merged.
        assert_eq!(fields, ["date"]);
        assert_eq!(m["date"].as_str(), Some("2026-11-10"));
        assert_eq!(m["notes"].as_str(), Some("b"));
        assert_eq!(
            conflict_side(&m, "date", "theirs"),
            Some(Some(Value::String("2026-11-12".into())))
        );
        assert_eq!(end_after_start(&m), None);
        // Nothing broken: nothing changes.
        let mut clean = ours.clone();
        assert!(keep_rules(&mut clean, Some(&base), &ours, &theirs, end_after_start).is_empty());
        assert_eq!(clean, ours);
    }

    #[test]
    fn when_no_one_field_mends_it_every_field_from_theirs_is_put_back() {
        let never = |t: &Table| {
            (t.get("notes").and_then(Value::as_str) != Some("a")).then(|| "x".to_string())
        };
        let base = t("id = \"v-1\"\nnotes = \"a\"\nissues = \"a\"");
        let ours = base.clone();
        let theirs = t("id = \"v-1\"\nnotes = \"b\"\nissues = \"b\"\n[household]\npets = \"猫\"");
        let mut m = merge(Some(&base), &ours, &theirs, &Rules::NONE).table;
        let mut fields = keep_rules(&mut m, Some(&base), &ours, &theirs, never);
        fields.sort();
        assert_eq!(fields, ["notes"], "notes alone mends it");
        let always = |_: &Table| Some("x".to_string());
        let mut m = merge(Some(&base), &ours, &theirs, &Rules::NONE).table;
        let mut fields = keep_rules(&mut m, Some(&base), &ours, &theirs, always);
        fields.sort();
        assert_eq!(fields, ["household", "issues", "notes"]);
        m.remove(CONFLICTS);
        assert_eq!(m, ours, "all put back: ours again");
    }
}
