#!/usr/bin/env bash
# The long crash loop (tests/it/crash.rs runs a short one in CI): imports 2,000 clients
# into a git store again and again, kills hk with SIGKILL at a random moment, runs
# the next command, and checks that the store holds all rows or none, no temp file,
# no journal, a clean `git status`, and one commit per import that landed.
#
# Usage: scripts/crash-loop.sh [ROUNDS] [ROWS]     (defaults: 50 rounds, 2000 rows)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-50}"
rows="${2:-2000}"
cargo build --release --locked -q --bin hk
hk="$PWD/target/release/hk"
work="$(mktemp -d /tmp/hk-crash-loop.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" HK_STORE="$work/store" HK_NOW=2026-11-22 GIT_CONFIG_NOSYSTEM=1
export GIT_CONFIG_GLOBAL="$work/no-gitconfig"
mkdir -p "$HOME"
"$hk" -q init --git "$HK_STORE" >/dev/null

sheet="$work/clients.csv"
{
  echo "姓名,手机,地址,服务类型"
  for i in $(seq 0 $((rows - 1))); do
    printf '王秀英%d,139%08d,上海市浦东新区张江路%d号,家庭保洁\n' "$i" "$i" "$((i + 1))"
  done
} >"$sheet"

# How long one import takes here, timed once in a scratch store: the kills fall at a
# random moment within that (and a fifth more), so that some rounds land whole and
# some are cut anywhere in the import, whatever the machine's speed.
probe="$work/probe"
HK_STORE="$probe" "$hk" -q init --git "$probe" >/dev/null
start="${EPOCHREALTIME/[.,]/}"
HK_STORE="$probe" "$hk" -q client import "$sheet" >/dev/null
end="${EPOCHREALTIME/[.,]/}"
window=$(awk -v us="$((10#$end - 10#$start))" 'BEGIN { w = us / 1e6 * 1.2; printf "%.3f", (w < 0.2 ? 0.2 : w) }')
rm -rf "$probe"

count() { find "$HK_STORE/clients" -name '*.toml.age' | wc -l; }
commits() { git -C "$HK_STORE" rev-list --count HEAD; }

landed=0 rolled=0
for round in $(seq 1 "$rounds"); do
  before=$(count)
  commits_before=$(commits)
  "$hk" -q client import "$sheet" >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v r="$RANDOM" -v w="$window" 'BEGIN { printf "%.3f", r / 32768 * w }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  "$hk" -q client list --format csv >/dev/null 2>"$work/notice" || true
  after=$(count)
  if [ "$after" -ne "$before" ] && [ "$after" -ne $((before + rows)) ]; then
    echo "round $round: $after clients, expected $before or $((before + rows))" >&2
    exit 1
  fi
  # .git is left out: git's background gc removes object folders under a walk.
  if find "$HK_STORE" -path "$HK_STORE/.git" -prune -o -name '.hk-tmp-*' -print | grep -q . || [ -e "$HK_STORE/.hk/journal" ] || [ -e "$HK_STORE/.hk/journal.tmp" ]; then
    echo "round $round: temp files or a journal were left behind" >&2
    exit 1
  fi
  if [ -n "$(git -C "$HK_STORE" status --porcelain --untracked-files=all)" ]; then
    echo "round $round: git status is not clean" >&2
    git -C "$HK_STORE" status --short >&2
    exit 1
  fi
  expected=$commits_before
  if [ "$after" -ne "$before" ]; then expected=$((commits_before + 1)); fi
  if [ "$(commits)" -ne "$expected" ]; then
    echo "round $round: $(commits) commits, expected $expected" >&2
    exit 1
  fi
  if [ "$after" -ne "$before" ]; then
    landed=$((landed + 1))
    # Back to no clients, for the next round.
    git -C "$HK_STORE" rm -q -r clients >/dev/null
    mkdir -p "$HK_STORE/clients"
    git -C "$HK_STORE" -c user.name=loop -c user.email=loop@localhost commit -qm "reset"
  else
    rolled=$((rolled + 1))
  fi
done
echo "crash loop: $rounds rounds of $rows rows (killed within ${window} s), $landed landed whole, $rolled left nothing; no partial import, no temp file, git clean"
