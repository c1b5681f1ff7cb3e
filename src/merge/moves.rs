//! Records that moved (DESIGN §13): a dated record is filed by month
//! (`visits/<YYYY-MM>/<id>.toml.age`), so re-dating it moves its file, and git, which
//! pairs files by path (its rename detection cannot pair two ciphertexts), sees a
//! deletion and an addition. Merges pair a record's versions by its id instead; this
//! module decides, from where the record lies in each of a merge's three trees, what
//! becomes of it. Pure: paths in, a decision out.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Where one record (one id) lies in a merge's common ancestor, our tree and theirs
/// (`None`: not there).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Places<P> {
    pub base: Option<P>,
    pub ours: Option<P>,
    pub theirs: Option<P>,
}

/// What a merge does with one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pairing {
    /// It lies at one path wherever it is: git pairs its versions itself (and the
    /// merge driver merges them).
    Unmoved,
    /// Deleted on one side, moved on the other: deleted, wherever it lies (an erasure
    /// wins, as over an edit).
    Deleted,
    /// Kept on both sides and moved on at least one: its three versions merge field
    /// by field, and the result lies at the path its merged date gives, only there.
    Merge,
}

/// Decides what a merge does with a record that lies at `places`.
pub fn pair<P: PartialEq>(places: &Places<P>) -> Pairing {
    let present = [&places.base, &places.ours, &places.theirs];
    let mut paths = present.iter().filter_map(|p| p.as_ref());
    let first = paths.next();
    if paths.all(|p| Some(p) == first) {
        return Pairing::Unmoved;
    }
    match (&places.ours, &places.theirs) {
        (Some(_), Some(_)) => Pairing::Merge,
        _ => Pairing::Deleted,
    }
}

/// The records filed at more than one path: id → its paths, sorted. `id_of` reads a
/// record's id from its path (`None`: not a record).
pub fn filed_twice<'p>(
    paths: impl IntoIterator<Item = &'p Path>,
    id_of: impl Fn(&Path) -> Option<String>,
) -> BTreeMap<String, Vec<PathBuf>> {
    let mut by_id: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for p in paths {
        if let Some(id) = id_of(p) {
            by_id.entry(id).or_default().push(p.to_path_buf());
        }
    }
    by_id.retain(|_, v| v.len() > 1);
    for v in by_id.values_mut() {
        v.sort();
    }
    by_id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(base: Option<&str>, ours: Option<&str>, theirs: Option<&str>) -> Pairing {
        pair(&Places { base, ours, theirs })
    }

    #[test]
    fn a_record_at_one_path_everywhere_is_left_to_git() {
        let p = Some("visits/2026-11/v-1");
        assert_eq!(at(p, p, p), Pairing::Unmoved);
        // Deleted on one side, edited in place on the other: git reports it.
        assert_eq!(at(p, p, None), Pairing::Unmoved);
        assert_eq!(at(p, None, None), Pairing::Unmoved);
        // Added on one side only.
        assert_eq!(at(None, None, p), Pairing::Unmoved);
    }

    #[test]
    fn a_record_moved_on_either_side_and_kept_on_both_is_merged() {
        let (nov, dec, jan) = (
            Some("visits/2026-11/v-1"),
            Some("visits/2026-12/v-1"),
            Some("visits/2027-01/v-1"),
        );
        assert_eq!(at(nov, nov, dec), Pairing::Merge, "edit vs move");
        assert_eq!(at(nov, dec, nov), Pairing::Merge, "move vs edit");
        assert_eq!(at(nov, dec, jan), Pairing::Merge, "moved apart");
        // Both moved to one month: git would merge them as two additions, without
        // their common version.
        assert_eq!(at(nov, dec, dec), Pairing::Merge, "moved alike");
        assert_eq!(at(None, dec, jan), Pairing::Merge, "no common version");
    }

    #[test]
    fn a_record_moved_on_one_side_and_deleted_on_the_other_is_deleted() {
        let (nov, dec) = (Some("visits/2026-11/v-1"), Some("visits/2026-12/v-1"));
        assert_eq!(at(nov, None, dec), Pairing::Deleted);
        assert_eq!(at(nov, dec, None), Pairing::Deleted);
    }

    #[test]
    fn ids_filed_twice_are_found_with_their_paths() {
        let paths = [
            Path::new("visits/2026-12/v-1.age"),
            Path::new("visits/2026-11/v-1.age"),
            Path::new("visits/2026-11/v-2.age"),
            Path::new("README"),
        ];
        let id = |p: &Path| {
            let n = p.file_name()?.to_str()?;
            n.strip_suffix(".age").map(str::to_string)
        };
        let twice = filed_twice(paths, id);
        assert_eq!(twice.len(), 1);
        assert_eq!(
            twice["v-1"],
            [
                PathBuf::from("visits/2026-11/v-1.age"),
                PathBuf::from("visits/2026-12/v-1.age")
            ]
        );
    }
}
