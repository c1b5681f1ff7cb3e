#!/usr/bin/env bash
# Times two builds of hk side by side: runs A and B alternately N times each with the
# same arguments and prints the median wall time of each. Alternating spreads the
# machine's drift (other jobs, the CPU clock) over both, which a run of A then a run of
# B does not; use it to see whether a change to a read path pays, next to
# scripts/bench.sh for the figures themselves.
#
# Usage: scripts/ab.sh N OLD_HK NEW_HK ARGS...
#   e.g. (with HK_STORE and HK_IDENTITY set to the benchmark store, HK_NOW=2026-11-22)
#   git worktree add /tmp/hk-old HEAD~1
#   CARGO_TARGET_DIR=/tmp/hk-old-target cargo build --release --manifest-path /tmp/hk-old/Cargo.toml
#   scripts/ab.sh 15 /tmp/hk-old-target/release/hk target/release/hk client list --format csv
set -euo pipefail
if [ $# -lt 4 ]; then
  echo "usage: scripts/ab.sh N OLD_HK NEW_HK ARGS..." >&2
  exit 2
fi
n="$1" a="$2" b="$3"
shift 3
# One untimed run of each: it must succeed (a wrong store would time an error), and it
# leaves the cache warm for both.
for hk in "$a" "$b"; do
  "$hk" "$@" >/dev/null 2>&1 || { echo "scripts/ab.sh: \`$hk $*\` failed; run it by hand to see why" >&2; exit 1; }
done
ta=() tb=()
for _ in $(seq "$n"); do
  s=${EPOCHREALTIME/./}; "$a" "$@" >/dev/null 2>&1; e=${EPOCHREALTIME/./}; ta+=($((e - s)))
  s=${EPOCHREALTIME/./}; "$b" "$@" >/dev/null 2>&1; e=${EPOCHREALTIME/./}; tb+=($((e - s)))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {printf "%.1f ms", a[int((NR + 1) / 2)] / 1000}'; }
echo "old $(median "${ta[@]}")   new $(median "${tb[@]}")   ($n runs each: $*)"
