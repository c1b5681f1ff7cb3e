#!/usr/bin/env bash
# Times hk's everyday commands on a synthetic store (DESIGN §8's reference size by
# default). Usage: scripts/bench.sh [SCALE]   (SCALE 10 = a tenth of the size)
# The store is generated once into /tmp/hk-bench-SCALE and reused.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scale="${1:-1}"
dir="/tmp/hk-bench-$scale"
cargo build --release --locked -q --example gen_store --bin hk
if [ ! -d "$dir/.hk" ]; then
  rm -rf "$dir"
  /usr/bin/time -f "generate: %e s, %M KiB max RSS" ./target/release/examples/gen_store "$dir" "$scale"
fi
export HK_STORE="$dir" HK_IDENTITY="$dir/bench-key.txt" HK_NOW=2026-11-22
hk=./target/release/hk
for cmd in "followup due --today --format csv" "client list --format csv" "report satisfaction --by month --format csv" "client show c-00000042"; do
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e s, %M KiB max RSS: hk $cmd" $hk $cmd >/dev/null
done

# Writes: a 2,000-row client import into a fresh store, plain and in git, and a rewrap
# of the whole benchmark store (every record re-encrypted, one journal, one commit).
# HK_BENCH_BIN=path/to/other/hk times another build the same way, for a comparison.
hk="${HK_BENCH_BIN:-$hk}"
sheet="/tmp/hk-bench-import.csv"
if [ ! -f "$sheet" ]; then
  {
    echo "姓名,手机,地址,服务类型"
    for i in $(seq 0 1999); do
      printf '客户%d,139%08d,上海市浦东新区张江路%d号,家庭保洁\n' "$i" "$i" "$((i + 1))"
    done
  } >"$sheet"
fi
for git in "" "--git"; do
  fresh="$(mktemp -d /tmp/hk-bench-write.XXXXXX)"
  HOME="$fresh/home" HK_IDENTITY="$fresh/key.txt" $hk -q init $git "$fresh/store" >/dev/null
  HOME="$fresh/home" HK_IDENTITY="$fresh/key.txt" HK_STORE="$fresh/store" \
    /usr/bin/time -f "%e s, %M KiB max RSS: hk client import (2000 rows${git:+, git})" \
    $hk -q client import "$sheet" >/dev/null
  rm -rf "$fresh"
done
cp -a "$dir" "$dir-rewrap"
HK_STORE="$dir-rewrap" /usr/bin/time -f "%e s, %M KiB max RSS: hk key rewrap (whole store)" $hk -q key rewrap
rm -rf "$dir-rewrap"
