#!/usr/bin/env bash
# Times hk's everyday commands on a synthetic store (DESIGN §8's reference size by
# default) and sets each figure beside what it could be:
#
#   hk warm / hk cold  every read command, several runs each, the median printed. "Cold"
#                      deletes hk's derived cache (`.hk/cache/`, DESIGN §9) before each
#                      run; "warm" runs once untimed first. Until the cache exists both
#                      measure the same thing. The OS page cache stays warm in both.
#   decrypt floor      examples/decrypt_floor.rs: read and decrypt every record file in
#                      parallel in one process, no parsing — the least a command that
#                      reads every record without a cache can cost (applies to "cold").
#   stat floor         `find -printf '%s %T@'` over every record file — the least a
#                      never-stale cache must do to notice changed files (applies to
#                      "warm").
#   stat floor,        examples/stat_floor.rs over the surveys folder: a statx of each
#   surveys            survey file on every core, the fewest fields — the least a
#                      never-stale `report satisfaction` must do.
#   sqlite3            the same question asked of the same data, decrypted into one
#                      indexed, unencrypted SQLite file (examples/to_sqlite.rs) and run
#                      with the sqlite3 tool: a speed reference, not a second
#                      implementation.
#
# Then the writes: a 2,000-row import, a whole-store rewrap and a visit import of
# 100,000/SCALE rows beside the encrypt floor (examples/encrypt_floor.rs), one run each.
#
# Usage: scripts/bench.sh [SCALE]     SCALE 10 = a tenth of the reference size
#   BENCH_PART=read|write|all         (default all)
#   BENCH_RUNS=N                      timed runs per figure (default 5; 3 at scale 1)
#   HK_BENCH_BIN=path/to/hk           time another build of hk the same way
#   BENCH_WRITE_DIR=/dev/shm          where the writes' copies and the encrypt floor go
#                                     (default /tmp). On a disk, creating files soon
#                                     after deleting many is slowed by the filesystem
#                                     (ext4 without a journal skips inodes freed in the
#                                     last 30 s), so the copies made here swing the write
#                                     figures; a tmpfs measures hk and the floor alike.
# The store is generated once into /tmp/hk-bench-SCALE and reused, and so is its
# SQLite copy /tmp/hk-bench-SCALE.sqlite (rebuilt when missing or older than the store).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scale="${1:-1}"
part="${BENCH_PART:-all}"
case "$part" in read | write | all) ;; *)
  echo "BENCH_PART must be read, write or all, not \`$part\`" >&2
  exit 2
  ;;
esac
if [ "$scale" = 1 ]; then runs="${BENCH_RUNS:-3}"; else runs="${BENCH_RUNS:-5}"; fi
dir="/tmp/hk-bench-$scale"
db="/tmp/hk-bench-$scale.sqlite"
today=2026-11-22
cargo build --release --locked -q --bin hk \
  --example gen_store --example decrypt_floor --example to_sqlite --example encrypt_floor \
  --example stat_floor
if [ ! -d "$dir/.hk" ]; then
  rm -rf "$dir"
  /usr/bin/time -f "generate: %e s, %M KiB max RSS" ./target/release/examples/gen_store "$dir" "$scale"
fi
export HK_STORE="$dir" HK_IDENTITY="$dir/bench-key.txt" HK_NOW="$today"
hk="${HK_BENCH_BIN:-./target/release/hk}"
tmp="$(mktemp -d /tmp/hk-bench-run.XXXXXX)"
logged=() # follow-ups the benchmark adds to the store; removed again on exit
cleanup() {
  for id in "${logged[@]}"; do
    find "$dir/followups" -name "$id.toml.age" -delete
  done
  rm -rf "$tmp"
}
trap cleanup EXIT

# ---- measuring -----------------------------------------------------------------------

# Microseconds since the epoch (EPOCHREALTIME's separator follows the locale).
now_us() { local t="${EPOCHREALTIME/[.,]/}"; echo "$((10#$t))"; }

# time_once CMD...: runs CMD once, output to /dev/null; sets t_us (wall), cpu_us (user
# + system, steadier than wall time on a shared machine) and rss_kb.
time_once() {
  local start end
  start="$(now_us)"
  if ! /usr/bin/time -f '%M %U %S' -o "$tmp/rss" "$@" >/dev/null 2>"$tmp/err"; then
    cat "$tmp/err" >&2
    echo "failed: $*" >&2
    exit 1
  fi
  end="$(now_us)"
  t_us=$((end - start))
  read -r rss_kb cpu_us < <(tail -n 1 "$tmp/rss" | awk '{ printf "%d %d\n", $1, ($2 + $3) * 1e6 }')
}

# The middle value (the lower middle of an even count).
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# median_of VAR CMD...: runs CMD $runs times and stores the median microseconds in VAR,
# the median CPU time in cpu_med and the largest RSS in max_rss_kb.
median_of() {
  local var="$1" i ts=() cs=()
  shift
  max_rss_kb=0
  for ((i = 0; i < runs; i++)); do
    time_once "$@"
    ts+=("$t_us")
    cs+=("$cpu_us")
    if ((rss_kb > max_rss_kb)); then max_rss_kb="$rss_kb"; fi
  done
  printf -v "$var" '%s' "$(median "${ts[@]}")"
  cpu_med="$(median "${cs[@]}")"
}

# Results, in the order measured.
ops=()
declare -A warm cold warm_cpu cold_cpu rss base rows_hk rows_sql

# hk_case NAME BEFORE -- HK-ARGS...: times hk HK-ARGS cold and warm. BEFORE is a shell
# function run (untimed) before each timed run, or `:`. One untimed run first fills the
# cache; then cold and warm runs alternate (so that a change in the machine's load
# hits both alike): each cold run deletes the cache first, and the warm run after it
# finds the cache that run left.
hk_case() {
  local name="$1" before="$2" i wt=() ct=() wc=() cc=() peak=0
  shift 3
  "$before"
  "$hk" "$@" >"$tmp/out" 2>/dev/null # its output is counted below
  case " $* " in *" csv "*) rows_hk[$name]="$(($(wc -l <"$tmp/out") - 1))" ;; esac
  for ((i = 0; i < runs; i++)); do
    "$before"
    rm -rf "$dir/.hk/cache"
    time_once "$hk" "$@"
    ct+=("$t_us")
    cc+=("$cpu_us")
    if ((rss_kb > peak)); then peak="$rss_kb"; fi
    "$before"
    time_once "$hk" "$@"
    wt+=("$t_us")
    wc+=("$cpu_us")
    if ((rss_kb > peak)); then peak="$rss_kb"; fi
  done
  cold[$name]="$(median "${ct[@]}")"
  warm[$name]="$(median "${wt[@]}")"
  cold_cpu[$name]="$(median "${cc[@]}")"
  warm_cpu[$name]="$(median "${wc[@]}")"
  rss[$name]="$peak"
  ops+=("$name")
  echo "measured: hk $*" >&2
}

# sql_case NAME SQL: times the baseline query (csv output, like hk's).
sql_case() {
  [ -n "$have_sqlite" ] || return 0
  sqlite3 -csv -header "$db" "$2" >"$tmp/out"
  if [ -n "${rows_hk[$1]:-}" ]; then rows_sql[$1]="$(($(wc -l <"$tmp/out") - 1))"; fi
  median_of "base[$1]" sqlite3 -csv -header "$db" "$2"
}

log_followup() {
  local id
  id="$("$hk" -q followup log c-00000042 --channel phone --outcome reached --note bench)"
  logged+=("$id")
}

# ---- the SQLite copy -----------------------------------------------------------------

have_sqlite=1
if ! command -v sqlite3 >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y sqlite3 >/dev/null || { apt-get update >/dev/null && apt-get install -y sqlite3 >/dev/null; }
  else
    echo "sqlite3 is not installed (and this is not root, so not installing it): no SQLite baseline" >&2
    have_sqlite=
  fi
fi
if [ "$part" != write ] && [ -n "$have_sqlite" ] &&
  { [ ! -f "$db" ] || [ "$dir/.hk/config.toml" -nt "$db" ]; }; then
  echo "building $db" >&2
  ./target/release/examples/to_sqlite "$dir" "$tmp/sql"
  rm -f "$db.new"
  {
    echo "PRAGMA journal_mode = OFF; BEGIN;"
    for t in clients visits visit_staff followups surveys; do echo ".read $tmp/sql/$t.sql"; done
    cat <<'SQL'
COMMIT;
CREATE INDEX clients_name ON clients(name);
CREATE INDEX visits_client ON visits(client, status, category);
CREATE INDEX visits_date ON visits(date);
CREATE INDEX visits_status ON visits(status, client);
CREATE INDEX visit_staff_visit ON visit_staff(visit);
CREATE INDEX followups_client ON followups(client, outcome, date);
CREATE INDEX followups_date ON followups(date);
CREATE INDEX surveys_client ON surveys(client, date);
CREATE INDEX surveys_date ON surveys(date);
ANALYZE;
SQL
  } | sqlite3 "$db.new" >/dev/null
  mv "$db.new" "$db"
  rm -rf "$tmp/sql"
fi

# DESIGN §4 as one query. The categories' policy is the default config's (gen_store
# writes it). Month arithmetic: SQLite's date(x, '+3 months') overflows (30 Nov + 3
# months = 2 Mar); DESIGN clamps to the month's end (28 Feb), so the query takes the
# smaller of that and the last day of the target month.
due_sql="
WITH policy(key, first_days, every, ord) AS (
  VALUES ('house-cleaning', 7, 3, 0), ('nanny', 7, 3, 1), ('maternity-nurse', 7, 6, 2)),
firsts AS (
  SELECT client, category, min(coalesce(end_date, date)) AS first
  FROM visits WHERE status = 'done' GROUP BY client, category),
reached AS (
  SELECT client, max(date) AS r FROM followups WHERE outcome = 'reached' GROUP BY client),
unanswered AS (
  SELECT client, max(date) AS a FROM followups WHERE outcome = 'no-answer' GROUP BY client),
base AS (
  SELECT c.id, c.name, c.phone, f.category, coalesce(p.ord, 1000) AS ord,
    CASE WHEN r.r IS NULL OR r.r < f.first
      THEN date(f.first, '+' || coalesce(p.first_days, 7) || ' days')
      ELSE min(date(r.r, '+' || coalesce(p.every, 3) || ' months'),
               date(r.r, 'start of month', '+' || (coalesce(p.every, 3) + 1) || ' months', '-1 day'))
    END AS due,
    CASE WHEN r.r IS NULL OR r.r < f.first THEN 'first' ELSE 'periodic' END AS reason,
    CASE WHEN a.a IS NOT NULL AND (r.r IS NULL OR a.a > r.r) THEN date(a.a, '+2 days') END AS retry
  FROM clients c
  JOIN firsts f ON f.client = c.id
  LEFT JOIN policy p ON p.key = f.category
  LEFT JOIN reached r ON r.client = c.id
  LEFT JOIN unanswered a ON a.client = c.id
  WHERE c.do_not_contact = 0 AND c.closed_date IS NULL),
moved AS (
  SELECT id, name, phone, category, ord,
    CASE WHEN retry > due THEN retry ELSE due END AS due,
    CASE WHEN retry > due THEN 'retry' ELSE reason END AS reason
  FROM base),
best AS (
  SELECT *, row_number() OVER (PARTITION BY id ORDER BY due, ord, category) AS n FROM moved)
SELECT id AS client, name, phone, category, reason, due,
  CAST(julianday('$today') - julianday(due) AS INTEGER) AS days_overdue
FROM best WHERE n = 1 AND due <= '$today'
ORDER BY due, name, id;"

show_sql="
SELECT * FROM clients WHERE id = 'c-00000042';
SELECT v.*, (SELECT group_concat(staff, ';') FROM visit_staff WHERE visit = v.id) AS staff
  FROM visits v WHERE client = 'c-00000042' ORDER BY date, time, id;
SELECT * FROM followups WHERE client = 'c-00000042' ORDER BY date, id;
SELECT * FROM surveys WHERE client = 'c-00000042' ORDER BY date, id;"

# DESIGN §5's stage inputs per client (first and last done visit, the latest survey
# since the last one) and the stage, with the default thresholds.
stage_cte="
WITH done AS (
  SELECT client, min(coalesce(end_date, date)) AS first, max(coalesce(end_date, date)) AS last
  FROM visits WHERE status = 'done' GROUP BY client),
staged AS (
  SELECT c.*, d.first, d.last,
    CASE
      WHEN c.closed_date IS NOT NULL OR julianday('$today') - julianday(d.last) > 180 THEN 'churned'
      WHEN d.last IS NULL THEN 'lead'
      WHEN julianday('$today') - julianday(d.first) <= 30 THEN 'new'
      WHEN julianday('$today') - julianday(d.last) > 90
        OR coalesce((SELECT coalesce(s.overall <= 2, 0) OR coalesce(s.nps <= 6, 0)
                     FROM surveys s WHERE s.client = c.id AND s.date >= d.last
                     ORDER BY s.date DESC LIMIT 1), 0) THEN 'at-risk'
      ELSE 'active'
    END AS stage
  FROM clients c LEFT JOIN done d ON d.client = c.id)"

client_list_sql="$stage_cte
SELECT id, name, phone, categories, first, last, stage FROM staged ORDER BY name, id;"

# Like hk's: every stage (empty ones too) and a total row, per category.
lifecycle_sql="$stage_cte,
stages(stage, ord) AS (
  VALUES ('lead', 0), ('new', 1), ('active', 2), ('at-risk', 3), ('churned', 4), ('total', 5)),
counted AS (
  SELECT s.stage, s.ord, count(c.id) AS total,
    count(CASE WHEN ',' || c.categories || ',' LIKE '%,house-cleaning,%' THEN 1 END) AS \"house-cleaning\",
    count(CASE WHEN ',' || c.categories || ',' LIKE '%,nanny,%' THEN 1 END) AS nanny,
    count(CASE WHEN ',' || c.categories || ',' LIKE '%,maternity-nurse,%' THEN 1 END) AS \"maternity-nurse\"
  FROM stages s LEFT JOIN staged c ON c.stage = s.stage OR s.stage = 'total'
  GROUP BY s.stage, s.ord)
SELECT stage, total, \"house-cleaning\", nanny, \"maternity-nurse\" FROM counted ORDER BY ord;"

visit_list_sql="
SELECT v.id, v.date, v.end_date, v.time, v.client, c.name, v.category,
  (SELECT group_concat(staff, ';') FROM visit_staff WHERE visit = v.id) AS staff,
  v.status, v.price
FROM visits v LEFT JOIN clients c ON c.id = v.client
ORDER BY v.date, v.time, v.id;"

satisfaction_sql="
SELECT substr(date, 1, 7) AS month, count(*) AS responses,
  round(avg(overall), 2) AS overall, round(avg(attitude), 2) AS attitude,
  round(avg(cleanliness), 2) AS cleanliness, round(avg(punctuality), 2) AS punctuality,
  round(avg(value), 2) AS value,
  round(100.0 * sum(overall >= 4) / count(overall), 2) AS csat_pct,
  round(100.0 * (sum(nps >= 9) - sum(nps <= 6)) / count(nps), 2) AS nps,
  sum(nps >= 9) AS promoters, sum(nps BETWEEN 7 AND 8) AS passives, sum(nps <= 6) AS detractors
FROM surveys GROUP BY month ORDER BY month;"

# ---- reads ---------------------------------------------------------------------------

fmt_time() { awk -v us="$1" 'BEGIN { if (us == "") print "-"; else if (us < 1e6) printf "%.1f ms", us / 1e3; else printf "%.2f s", us / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.1fx", a / b }'; }

if [ "$part" != write ]; then
  echo "reads: $runs timed runs each, the median shown; hk = $hk" >&2
  median_of floor_decrypt ./target/release/examples/decrypt_floor "$dir"
  floor_decrypt_rss="$max_rss_kb" floor_decrypt_cpu="$cpu_med"
  median_of floor_stat find "$dir" -name '*.age' -printf '%s %T@\n'
  floor_stat_cpu="$cpu_med"
  median_of floor_surveys ./target/release/examples/stat_floor "$dir/surveys"
  floor_surveys_cpu="$cpu_med"
  files="$(find "$dir" -name '*.age' | wc -l)"

  hk_case "followup due --today" : -- followup due --today --format csv
  sql_case "followup due --today" "$due_sql"
  hk_case "client show" : -- client show c-00000042
  sql_case "client show" "$show_sql"
  hk_case "client list" : -- client list --format csv
  sql_case "client list" "$client_list_sql"
  hk_case "visit list" : -- visit list --format csv
  sql_case "visit list" "$visit_list_sql"
  hk_case "report satisfaction --by month" : -- report satisfaction --by month --format csv
  sql_case "report satisfaction --by month" "$satisfaction_sql"
  hk_case "report lifecycle" : -- report lifecycle --format csv
  sql_case "report lifecycle" "$lifecycle_sql"
  # No SQLite side: here to catch a report that joins by scanning (it once took 7 s at R).
  hk_case "report staff" : -- report staff --format csv
  # After a write: each timed run follows one `hk followup log` (untimed); the logged
  # follow-ups are deleted again when the script ends. The SQLite side gets one INSERT.
  hk_case "followup due after a log" log_followup -- followup due --today --format csv
  if [ -n "$have_sqlite" ]; then
    sqlite3 "$db" "INSERT INTO followups VALUES ('f-bench', 'c-00000042', '$today', 'phone', 'reached', NULL, NULL);"
    sql_case "followup due after a log" "$due_sql"
    sqlite3 "$db" "DELETE FROM followups WHERE id = 'f-bench';"
  fi

  echo
  echo "hk read benchmark: scale $scale ($files record files), median of $runs runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  line='%-31s %9s %9s %9s %19s %8s %9s %9s %10s %10s %12s\n'
  # shellcheck disable=SC2059
  printf "$line" operation "hk warm" "hk cold" cold/warm "CPU warm/cold" "max RSS" \
    sqlite3 warm/sql "warm/stat" "cold/decr" "rows hk/sql"
  for op in "${ops[@]}"; do
    # shellcheck disable=SC2059
    printf "$line" "$op" \
      "$(fmt_time "${warm[$op]}")" "$(fmt_time "${cold[$op]}")" "$(ratio "${cold[$op]}" "${warm[$op]}")" \
      "$(fmt_time "${warm_cpu[$op]}") / $(fmt_time "${cold_cpu[$op]}")" \
      "$((rss[$op] / 1024)) MB" "$(fmt_time "${base[$op]:-}")" "$(ratio "${warm[$op]}" "${base[$op]:-}")" \
      "$(ratio "${warm[$op]}" "$floor_stat")" "$(ratio "${cold[$op]}" "$floor_decrypt")" \
      "${rows_hk[$op]:--}/${rows_sql[$op]:--}"
  done
  printf '%-31s %9s   (CPU %s, %s MB; decrypt every record in-process, in parallel)\n' "decrypt floor" \
    "$(fmt_time "$floor_decrypt")" "$(fmt_time "$floor_decrypt_cpu")" "$((floor_decrypt_rss / 1024))"
  printf '%-31s %9s   (CPU %s; find -printf size and mtime of every record)\n' "stat floor" \
    "$(fmt_time "$floor_stat")" "$(fmt_time "$floor_stat_cpu")"
  # shellcheck disable=SC2059
  printf '%-31s %9s   (CPU %s; statx of each survey file on every core: the floor of report satisfaction)\n' \
    "stat floor, surveys" "$(fmt_time "$floor_surveys")" "$(fmt_time "$floor_surveys_cpu")"
  sat="report satisfaction --by month"
  echo "  report satisfaction: warm $(ratio "${warm[$sat]}" "$floor_surveys") its stat floor, which is $(ratio "$floor_surveys" "${base[$sat]:-}") sqlite3's whole query"
  echo "warm/sql = hk warm / sqlite3; warm/stat = hk warm / stat floor; cold/decr = hk cold / decrypt floor"
  echo "rows hk/sql: CSV rows (no header) each printed, a check that both answered the same question"
  echo
fi

# ---- writes --------------------------------------------------------------------------

# A 2,000-row client import into a fresh store, plain and in git, and a rewrap of the
# whole benchmark store (every record re-encrypted, one journal, one commit). One run each.
if [ "$part" != read ]; then
  wdir="${BENCH_WRITE_DIR:-/tmp}"
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
    fresh="$(mktemp -d "$wdir/hk-bench-write.XXXXXX")"
    HOME="$fresh/home" HK_IDENTITY="$fresh/key.txt" $hk -q init $git "$fresh/store" >/dev/null
    HOME="$fresh/home" HK_IDENTITY="$fresh/key.txt" HK_STORE="$fresh/store" \
      /usr/bin/time -f "%e s, %M KiB max RSS: hk client import (2000 rows${git:+, git})" \
      $hk -q client import "$sheet" >/dev/null
    rm -rf "$fresh"
  done
  copy="$wdir/hk-bench-$scale-copy"
  rm -rf "$copy"
  cp -a "$dir" "$copy"
  rm -rf "$copy/.hk/cache"
  sync
  HK_STORE="$copy" /usr/bin/time -f "%e s, %M KiB max RSS: hk key rewrap (whole store)" $hk -q key rewrap
  rm -rf "$copy"

  # A visit import of 100,000/SCALE rows (one per client in turn, all in 2027, so none is
  # a duplicate) into a copy of the store, beside the encrypt floor: encrypting and
  # writing as many small files in parallel with nothing else (examples/encrypt_floor.rs).
  visits=$((100000 / scale))
  clients=$((10000 / scale))
  vsheet="/tmp/hk-bench-visits-$scale.csv"
  if [ ! -f "$vsheet" ]; then
    {
      echo "手机,日期,服务类型,服务人员,价格"
      for i in $(seq 0 $((visits - 1))); do
        printf '138%08d,2027-%02d-%02d,家庭保洁,张阿姨,200\n' "$((i % clients))" "$((i % 12 + 1))" "$((i / clients % 28 + 1))"
      done
    } >"$vsheet"
  fi
  rm -rf "$copy"
  cp -a "$dir" "$copy"
  # A copy has new inodes, so its cache is cold: warm it as an office's store is warm
  # (the import checks its rows against the store's clients and visits).
  HK_STORE="$copy" $hk -q visit list --format csv >/dev/null
  HK_STORE="$copy" $hk -q client list --format csv >/dev/null
  sync # the copy's own writes are not the import's to flush
  HK_STORE="$copy" /usr/bin/time -f "%e s, %M KiB max RSS: hk visit import ($visits rows)" \
    $hk -q visit import "$vsheet" >/dev/null
  floor="$wdir/hk-bench-encrypt-floor"
  rm -rf "$copy" "$floor"
  sync
  /usr/bin/time -f "%e s, %M KiB max RSS: encrypt floor ($visits files)" \
    ./target/release/examples/encrypt_floor "$floor" "$visits" >/dev/null
  rm -rf "$floor"
fi
