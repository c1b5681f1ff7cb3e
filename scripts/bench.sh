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
