#!/usr/bin/env bash
# Regenerates data-example/, the DEMO store that the README's first command reads.
#
#   bash scripts/make-demo-store.sh
#
# It deletes data-example/ and builds it again with the hk binary itself: a new demo
# key, `hk init`, 16 clients (`hk client add`, and `hk client import` of
# scripts/demo-clients.csv), then half a year of history, June to November 2026:
# visits (`hk visit add`, `hk visit import` of scripts/demo-visits.csv, `visit done`,
# `cancel`, `no-show`, `edit`), follow-up calls (`hk followup log`) and satisfaction
# surveys (`hk survey add`, and `hk survey import` of scripts/demo-survey-wjx.csv),
# and at last the staff roster (`hk staff import` of scripts/demo-staff.csv, then
# `hk staff link`, which turns the visits' staff names into staff ids).
# Every command runs with HK_NOW set to the moment it "happened", so created/updated
# times are sensible and the content is the same on every run; ids and keys are
# random, so the ids (and the output shown in README.md and docs/) change each time it
# is run: `HK_DOCS_UPDATE=1 cargo test --test it docs::` updates those pages.
#
# The story is written for the morning of Monday 2026-11-23, the date the README uses:
#
#   hk followup due --on 2026-11-23 lists 8 clients:
#     何美玲  periodic  due 11-01 (reached 08-01 + 3 months)          22 days overdue
#     吴桂兰  check-in  due 11-04 (day 3 of November's live-in stay; the 10-04
#                       check-in was reached, the 11-20 call was not)  19
#     张丽华  check-in  due 11-04 (day 3 of November's day-nanny stay)  19
#     林志明  check-in  due 11-04 (day 3 of November's night-nanny stay) 19
#     刘洋    first     due 11-17 (first visit 11-10 + 7 days)          6
#     马建华  retry     due 11-21 (no answer on 11-10 and 11-19)        2
#     李建国  periodic  due 11-22 (reached 08-22)                      1
#     高峰    periodic  due 11-23 (reached 08-23)                      0
#   (in-service check-ins, DESIGN §10: the office called each nanny family in early
#   October, but not yet in November).
#
#   stages on 2026-11-23:
#     lead     陈静 (booked for December), 徐芳, 黄晓燕
#     new      刘洋, 马建华                 (first done visit within 30 days)
#     active   王秀英, 张丽华, 赵敏, 吴桂兰, 林志明, 周婷, 何美玲
#     at-risk  李建国 (father in hospital since August), 孙志强 (do-not-contact),
#              高峰 (a survey after his last visit gave NPS 5)
#     churned  郑浩 (closed: moved away)
#
#   surveys: 14 responses. 3 taken on the phone with `hk survey add` (吴桂兰 and
#   高峰 in August, 赵敏 in October about her maternity nurse) and 11 online answers to
#   the office's 问卷星 questionnaire, downloaded as scripts/demo-survey-wjx.csv and
#   imported on 11-22. `hk survey list --low` shows 2 detractors: 周婷 (NPS 6 on 10-11,
#   served again since, so still active) and 高峰 (NPS 5 on 11-09, the day after his
#   last visit: at-risk). Surveys do not change the due list.
#
#   visit upcoming --on 2026-11-24: 何美玲 09:00, 刘洋 10:00, 王秀英 14:00.
#
#   complaints: 4. 周婷 (quality, 10-10: answered, reopened after her NPS 6, cleaned
#   again, closed satisfied); 王秀英 (the vase broken on 11-07: refund 380 yuan,
#   closed satisfied); 张丽华 (a safety hazard on 11-14, urgent, resolved 11-15, the
#   call-back on 11-18 comes after her check-in call); 高峰 (attitude, 11-22
#   evening, not answered yet: overdue on the 23rd; he is at-risk anyway). None of them
#   changes the due list or a stage above.
#   action items: 马建华's 改发微信约时间 was due 11-20 (overdue), 周婷's and 王秀英's
#   have no date, 赵敏's was done on 11-07.
#
# Nothing touches your own ~/.config: HOME and XDG_CONFIG_HOME point to a temp folder,
# and HK_STORE/HK_IDENTITY from your shell are ignored. Needs GNU date.
#
# The demo key is PUBLIC (it is committed). It protects demo data only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if ! grep -q '^name = "hk"$' Cargo.toml 2>/dev/null; then
  echo "error: $ROOT does not look like the hk repository; refusing to delete anything" >&2
  exit 1
fi

STORE="data-example"
KEY="$STORE/demo-key.txt"
CLIENTS_CSV="scripts/demo-clients.csv"
VISITS_CSV="scripts/demo-visits.csv"
SURVEY_CSV="scripts/demo-survey-wjx.csv"
STAFF_CSV="scripts/demo-staff.csv"

if [ -z "${HK:-}" ]; then
  echo "building hk (cargo build --locked -q) …" >&2
  cargo build --locked -q
  HK="$ROOT/target/debug/hk"
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/home"

# A clean, predictable environment for hk.
unset HK_STORE HK_IDENTITY HK_NOW VISUAL EDITOR
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config"
export TZ="Asia/Shanghai" NO_COLOR=1
# data-example/ lies inside hk's own git work tree, and hk commits every change when
# its store is in a git work tree. Stop git's search at the repository root so that
# building the demo never commits to the hk repository.
export GIT_CEILING_DIRECTORIES="$ROOT"

# hk_at AT ARGS…: run hk with the clock set to AT. Stdout (new ids) is kept in
# $TMP/out; stderr is shown except the demo-key warning and the one-line "added …"
# messages, which every command prints.
hk_at() {
  local at="$1"
  shift
  if ! HK_NOW="$at" "$HK" "$@" >"$TMP/out" 2>"$TMP/err"; then
    echo "error: hk $* failed:" >&2
    cat "$TMP/err" >&2
    exit 1
  fi
  grep -v -e 'is the DEMO key' -e '^added ' -e '^logged ' -e '^updated ' \
    -e '^marked ' -e '^visit ' -e '^complaint ' -e '^inquiry ' -e ' done on ' -e '^paid ' "$TMP/err" >&2 || true
}

# hk_on AT ARGS…: hk on the demo store at AT; a new record's id is left in $ID.
ID=""
hk_on() {
  local at="$1"
  shift
  hk_at "$at" --store "$STORE" --identity "$KEY" "$@"
  ID="$(cat "$TMP/out")"
}

# hk_add AT ARGS…: `hk client add` on the demo store.
hk_add() {
  local at="$1"
  shift
  hk_on "$at" client add "$@"
  echo "  $ID  $2" >&2
}

# visit DAY CLIENT ARGS…: a visit recorded on its own day, in the evening. Dated
# today, so it is `done` unless ARGS say otherwise.
visit() {
  local day="$1" client="$2"
  shift 2
  hk_on "${day}T18:00:00+08:00" visit add "$client" --date "$day" "$@"
}

# book AT DAY CLIENT ARGS…: a visit booked at AT for a later DAY (so `scheduled`).
book() {
  local at="$1" day="$2" client="$3"
  shift 3
  hk_on "$at" visit add "$client" --date "$day" "$@"
}

# series STEP FIRST LAST CLIENT ARGS…: a visit every STEP days from FIRST to LAST,
# except the days listed in $SKIP (those are added by hand with another outcome).
SKIP=""
series() {
  local step="$1" day="$2" last="$3" client="$4"
  shift 4
  while [[ "$day" < "$last" || "$day" == "$last" ]]; do
    if [[ " $SKIP " != *" $day "* ]]; then
      visit "$day" "$client" "$@"
    fi
    day="$(date -d "$day + $step days" +%F)"
  done
  SKIP=""
}

# call DAY CLIENT ARGS…: a follow-up logged on DAY, mid-morning.
call() {
  local day="$1" client="$2"
  shift 2
  hk_on "${day}T10:30:00+08:00" followup log "$client" "$@"
}

# survey DAY CLIENT ARGS…: a phone survey entered by hand on DAY, just after the call
# (`hk survey add`; its channel defaults to phone). Without a terminal, hk asks for
# nothing: the dimensions not given stay unanswered.
survey() {
  local day="$1" client="$2"
  shift 2
  hk_on "${day}T10:45:00+08:00" survey add "$client" "$@"
}

echo "removing $STORE/ and creating it again" >&2
rm -rf "$STORE"

# 1. The demo key, marked as such on its first line. hk refuses a private key that
#    others can read, except a file carrying this marker (with a warning): git does
#    not keep file modes, so in a fresh clone the key is 0644. Make it 0644 here too,
#    so that what you see is what a clone sees.
hk_at 2026-05-20T09:00:00+08:00 key generate --out "$KEY"
{
  echo '# hk-demo-key: DEMO ONLY'
  echo '# This key is public (it is in git). It protects demo data only; never use it for real clients.'
  cat "$KEY"
} >"$TMP/key"
cat "$TMP/key" >"$KEY"
chmod 644 "$KEY"

# 2. The store, without --git: it lives inside the hk repository.
hk_at 2026-05-20T09:00:00+08:00 --identity "$KEY" init "$STORE"

# 3. Clients: the old front-desk spreadsheet first, then one by one as they came.
echo "adding clients:" >&2
hk_add 2026-05-28T14:30:00+08:00 \
  --name 李建国 --phone 13900139002 --phone 010-64721234 \
  --address "北京市朝阳区望京西园三区312号楼2单元801" \
  --category nanny --tag 老人 --source 老客户推荐 \
  --needs "白天照护老人，做午饭" --frequency "每周一至周五" \
  --household-size 2 --elders "父亲82岁，行动不便，需搀扶" \
  --note "由张阿姨的老客户刘女士介绍"

# The spreadsheet has Chinese headers and one column, 登记人, that is not a client
# field: hk warns and ignores it.
echo "importing $CLIENTS_CSV:" >&2
hk_on 2026-05-30T17:30:00+08:00 client import "$CLIENTS_CSV"
sed 's/^/  /' "$TMP/out" >&2

hk_add 2026-06-02T10:15:00+08:00 \
  --name 王秀英 --phone "138 0013 8001" \
  --address "上海市浦东新区张江路88弄5号1201室" \
  --id-number 310115198503150027 \
  --category house-cleaning --category 月嫂服务 \
  --tag 宠物/猫 --tag 大户型 --source 美团 \
  --needs "每两周日常保洁；女儿明年春天生产，想提前订月嫂" --frequency 每两周一次 \
  --household-size 4 --pets "英短猫一只（怕生人）" --area 140 \
  --note "周六上午方便，进门需穿鞋套"

hk_add 2026-06-05T10:30:00+08:00 \
  --name 吴桂兰 --phone 021-62881234 --phone 13900139009 \
  --address "上海市静安区南京西路1266号恒隆广场后弄堂8号" \
  --category nanny --tag 老人 --tag VIP --source 老客户推荐 \
  --needs "住家保姆，做饭、陪同就医" --household-size 1 --elders "本人78岁，独居" \
  --note "座机是家里电话；手机是女儿的，女儿做决定"

hk_add 2026-06-10T11:20:00+08:00 \
  --name 张丽华 --phone 13700137005 \
  --address "上海市徐汇区漕溪北路398号汇智大厦旁小区12号楼" \
  --category house-cleaning --category nanny --tag 老人 --tag 大户型 --source walk-in \
  --frequency "保洁每两周一次；7月起白天保姆" --household-size 5 \
  --elders "母亲75岁，糖尿病，饮食要清淡" --area 180

hk_add 2026-06-12T17:00:00+08:00 \
  --name 郑浩 --wechat zhenghao_bj \
  --address "北京市东城区东直门南大街11号" \
  --category house-cleaning --source walk-in \
  --note "只留了微信，不方便接电话"

hk_add 2026-06-28T13:10:00+08:00 \
  --name 周婷 --phone 18800188008 --wechat zhouting_sz \
  --address "深圳市福田区福华三路88号财富大厦旁小区B座2305" \
  --category house-cleaning --tag 宠物/猫 --tag 宠物/狗 --source 微信 \
  --frequency 每周一次 --household-size 3 --pets "两只猫一只柯基" --area 110

hk_add 2026-07-10T15:45:00+08:00 \
  --name 孙志强 --phone 13500135007 \
  --address "杭州市滨江区江南大道3688号" \
  --category house-cleaning --tag 开荒保洁 --source 58同城 \
  --do-not-contact \
  --note "明确要求不要电话回访，有需要自己联系"

hk_add 2026-08-20T10:00:00+08:00 \
  --name 赵敏 --phone 15800158006 \
  --address "北京市海淀区中关村南大街5号院2号楼1103" \
  --id-number 110105199007080036 \
  --category maternity-nurse --category nanny --tag 婴儿 --source 美团 \
  --needs "双胞胎，月嫂26天后转育儿嫂" --household-size 4 --children "双胞胎，2026年9月出生" \
  --note "婆婆同住，沟通找赵女士本人"

hk_add 2026-10-05T09:40:00+08:00 \
  --name 陈静 --phone 13600136003 --wechat chenjing_hz \
  --address "杭州市西湖区文三路259号昌地火炬大厦旁小区7幢502" \
  --id-number 330106198802120044 \
  --category maternity-nurse --tag 婴儿 --tag VIP --source 微信 \
  --needs "26天月嫂，住家" --household-size 3 --children "预产期2026-12-10" \
  --marketing --consent-channel WeChat \
  --note "希望月嫂有催乳经验"

hk_add 2026-10-25T09:15:00+08:00 \
  --name 黄晓燕 --phone 15900159011 \
  --address "深圳市宝安区新安街道宝城38区海滨花园6栋" \
  --id-number 440305199201010055 \
  --category 月嫂服务 --tag 婴儿 --source 美团 \
  --needs "二胎，26天月嫂" --household-size 4 --children "大宝5岁，二宝预产期2027-02"

hk_add 2026-10-28T14:00:00+08:00 \
  --name 马建华 --phone 13800138012 \
  --address "杭州市拱墅区莫干山路100号耀江国际附近别墅" \
  --id-number 310104197811200061 \
  --category house-cleaning --tag 大户型 --tag VIP --source 老客户推荐 \
  --frequency "每周一、三、五" --household-size 6 --area 320 \
  --note "别墅三层，需两位阿姨同去"

hk_add 2026-11-06T16:05:00+08:00 \
  --name 刘洋 --phone 18600186004 \
  --address "深圳市南山区科苑路15号科兴科学园附近小区3栋1702" \
  --category house-cleaning --tag 宠物/狗 --source 58同城 \
  --frequency 每两周一次 --household-size 2 --pets "金毛一只，掉毛多" --area 95

# 4. Half a year of visits and follow-up calls, client by client (each in the order
#    it happened). Staff: 刘阿姨, 马阿姨 and 王师傅 clean; 陈阿姨, 吴阿姨, 孙阿姨 and
#    杨阿姨 are nannies; 周阿姨 is the maternity nurse.
echo "adding visits and follow-ups …" >&2

# 王秀英: cleaning every other Saturday; two service lines, so every visit names one.
series 14 2026-06-06 2026-09-26 王秀英 --category 家庭保洁 --time 09:00 --staff 刘阿姨 \
  --price 280 --payment 微信
book 2026-09-28T11:00:00+08:00 2026-10-10 王秀英 --category 家庭保洁 --time 09:00 \
  --staff 刘阿姨 --price 280 --payment 微信
HOLIDAY="$ID"
hk_on 2026-10-09T16:00:00+08:00 visit cancel "$HOLIDAY"
series 14 2026-10-24 2026-11-21 王秀英 --category 家庭保洁 --time 09:00 --staff 刘阿姨 \
  --price 280 --payment 微信
call 2026-06-14 王秀英 --channel phone --score 5 --note "第一次服务很满意，猫没有受惊"
call 2026-09-15 王秀英 --channel wechat --score 4 --note "猫掉毛多，沙发缝里没吸干净" \
  --action "下次带除毛滚刷"
book 2026-11-21T19:00:00+08:00 2026-11-24 王秀英 --category 家庭保洁 --time 14:00 \
  --staff 刘阿姨 --staff 周阿姨 --price 580 --payment 微信 --note "年底大扫除，含擦玻璃"

# 李建国: a monthly day-nanny engagement; in August his father went into hospital.
visit 2026-06-01 李建国 --end 2026-06-30 --time 08:00 --staff 陈阿姨 --price 5800 --payment 转账
call 2026-07-06 李建国 --channel phone --score 5 --note "陈阿姨很耐心，父亲愿意让她扶着散步"
visit 2026-07-01 李建国 --end 2026-07-31 --time 08:00 --staff 陈阿姨 --price 5800 --payment 转账
visit 2026-08-01 李建国 --end 2026-08-31 --time 08:00 --staff 陈阿姨 --price 5800 --payment 转账
AUGUST="$ID"
book 2026-08-15T10:00:00+08:00 2026-09-01 李建国 --end 2026-09-30 --time 08:00 --staff 陈阿姨 \
  --price 5800 --payment 转账
SEPTEMBER="$ID"
hk_on 2026-08-20T19:00:00+08:00 visit edit "$AUGUST" --set end=2026-08-20 --set price=3800 \
  --set "notes=父亲住院，服务提前结束，按天结算"
hk_on 2026-08-21T09:00:00+08:00 visit cancel "$SEPTEMBER"
call 2026-08-22 李建国 --channel phone --note "父亲住院，暂停服务，出院后再联系" \
  --action "9月底问出院情况"

# 吴桂兰: a live-in nanny, month by month.
visit 2026-06-08 吴桂兰 --end 2026-06-30 --staff 吴阿姨 --price 5400 --payment 转账
visit 2026-07-01 吴桂兰 --end 2026-07-31 --staff 吴阿姨 --price 7200 --payment 转账
call 2026-07-06 吴桂兰 --channel phone --score 5 --note "老人说吴阿姨做的菜合口味"
visit 2026-08-01 吴桂兰 --end 2026-08-31 --staff 吴阿姨 --price 7200 --payment 转账
call 2026-08-15 吴桂兰 --channel phone --score 4 --note "女儿接的电话，希望阿姨多陪老人散步" \
  --action "提醒吴阿姨每天下午陪散步"
visit 2026-09-01 吴桂兰 --end 2026-09-30 --staff 吴阿姨 --price 7200 --payment 转账
visit 2026-10-01 吴桂兰 --end 2026-10-31 --staff 吴阿姨 --price 7200 --payment 转账
visit 2026-11-01 吴桂兰 --end 2026-11-30 --staff 吴阿姨 --price 7200 --payment 转账
call 2026-10-04 吴桂兰 --channel phone --note "在岗回访：老人说阿姨照顾得好"
call 2026-11-20 吴桂兰 --channel phone --outcome no-answer --note "座机和女儿手机都没人接"

# 张丽华: cleaning every other Sunday (two cleaners for 180 m²), a day nanny from
# mid-July. She missed one cleaning.
SKIP="2026-10-25"
series 14 2026-06-21 2026-11-22 张丽华 --category 家庭保洁 --time 14:00 \
  --staff 刘阿姨 --staff 马阿姨 --price 450 --payment 微信
book 2026-10-18T19:00:00+08:00 2026-10-25 张丽华 --category 家庭保洁 --time 14:00 \
  --staff 刘阿姨 --staff 马阿姨 --price 450 --payment 微信
MISSED="$ID"
hk_on 2026-10-25T15:30:00+08:00 visit no-show "$MISSED"
hk_on 2026-10-25T15:31:00+08:00 visit edit "$MISSED" --set "notes=家里没人，电话未接，阿姨白跑一趟"
call 2026-06-28 张丽华 --channel phone --score 4 --note "打扫得干净，希望阿姨固定"
visit 2026-07-13 张丽华 --category 保姆照顾 --end 2026-08-09 --time 08:00 --staff 孙阿姨 \
  --price 6000 --payment 转账 --note "试用四周"
call 2026-08-12 张丽华 --channel phone --score 4 --note "孙阿姨做饭清淡，母亲满意，继续用"
visit 2026-08-10 张丽华 --category 保姆照顾 --end 2026-08-31 --time 08:00 --staff 孙阿姨 \
  --price 4700 --payment 转账
visit 2026-09-01 张丽华 --category 保姆照顾 --end 2026-09-30 --time 08:00 --staff 孙阿姨 \
  --price 6500 --payment 转账
visit 2026-10-01 张丽华 --category 保姆照顾 --end 2026-10-31 --time 08:00 --staff 孙阿姨 \
  --price 6500 --payment 转账
call 2026-10-04 张丽华 --channel phone --note "在岗回访：孙阿姨一切正常"
visit 2026-11-01 张丽华 --category 保姆照顾 --end 2026-11-30 --time 08:00 --staff 孙阿姨 \
  --price 6500 --payment 转账

# 郑浩: every other Sunday until he moved away in August (then closed: churned).
series 14 2026-06-14 2026-08-09 郑浩 --time 10:00 --staff 马阿姨 --price 200 --payment 现金
call 2026-06-21 郑浩 --channel wechat --score 4 --note "满意，希望周日上午固定来"
hk_on 2026-08-20T09:10:00+08:00 client edit 郑浩 --set "closed=搬家到外地"

# 周婷: every Saturday afternoon; a typhoon cancelled one.
SKIP="2026-08-15"
series 7 2026-07-04 2026-11-21 周婷 --time 15:00 --staff 刘阿姨 --price 260 --payment 微信
book 2026-08-10T10:00:00+08:00 2026-08-15 周婷 --time 15:00 --staff 刘阿姨 --price 260 \
  --payment 微信
TYPHOON="$ID"
hk_on 2026-08-14T20:00:00+08:00 visit cancel "$TYPHOON"
hk_on 2026-08-14T20:01:00+08:00 visit edit "$TYPHOON" --set "notes=台风天，客户取消"
call 2026-07-11 周婷 --channel phone --outcome no-answer
call 2026-07-13 周婷 --channel wechat --score 5 --note "猫狗都不怕刘阿姨，很满意"
call 2026-10-12 周婷 --channel wechat --score 3 --note "柯基的毛没吸干净" --action "下次带宠物吸头"

# 何美玲 (imported): new-home clean (it ran two hours over), then every Tuesday.
visit 2026-06-05 何美玲 --time 08:00 --staff 王师傅 --staff 刘阿姨 --price 1500 --payment 微信 \
  --products "除油剂、玻璃刮" --note "新房开荒"
NEW_HOME="$ID"
hk_on 2026-06-05T19:00:00+08:00 visit edit "$NEW_HOME" --set price=1680 \
  --set "issues=厨房油污重，加时两小时"
call 2026-06-12 何美玲 --channel phone --score 5 --note "开荒很彻底，转每周日常保洁"
series 7 2026-06-09 2026-07-28 何美玲 --time 09:00 --staff 马阿姨 --price 200 --payment 支付宝
call 2026-08-01 何美玲 --channel phone --score 3 --note "阿姨换了好几次，希望固定一位" \
  --action "排班固定刘阿姨"
series 7 2026-08-04 2026-11-17 何美玲 --time 09:00 --staff 刘阿姨 --price 200 --payment 支付宝
book 2026-11-17T18:30:00+08:00 2026-11-24 何美玲 --time 09:00 --staff 刘阿姨 --price 200 \
  --payment 支付宝

# 林志明 (imported): a night nanny for his father, and a monthly cleaning.
visit 2026-06-06 林志明 --category 家庭保洁 --time 09:00 --staff 马阿姨 --price 280 --payment 支付宝
call 2026-06-13 林志明 --channel phone --score 4 --note "打扫满意"
visit 2026-06-15 林志明 --category 保姆照顾 --end 2026-06-30 --time 20:00 --staff 杨阿姨 \
  --price 3000 --payment 转账 --note "夜间陪护"
visit 2026-07-01 林志明 --category 保姆照顾 --end 2026-07-31 --time 20:00 --staff 杨阿姨 \
  --price 6000 --payment 转账
visit 2026-07-04 林志明 --category 家庭保洁 --time 09:00 --staff 马阿姨 --price 280 --payment 支付宝
call 2026-07-07 林志明 --channel phone --score 5 --note "杨阿姨夜里很细心，会做潮汕菜"
visit 2026-08-01 林志明 --category 保姆照顾 --end 2026-08-31 --time 20:00 --staff 杨阿姨 \
  --price 6000 --payment 转账
visit 2026-08-01 林志明 --category 家庭保洁 --time 09:00 --staff 马阿姨 --price 280 --payment 支付宝
call 2026-08-25 林志明 --channel wechat --score 4 --note "一切正常"
visit 2026-09-01 林志明 --category 保姆照顾 --end 2026-09-30 --time 20:00 --staff 杨阿姨 \
  --price 6000 --payment 转账
visit 2026-09-05 林志明 --category 家庭保洁 --time 09:00 --staff 马阿姨 --price 280 --payment 支付宝
visit 2026-10-01 林志明 --category 保姆照顾 --end 2026-10-31 --time 20:00 --staff 杨阿姨 \
  --price 6000 --payment 转账
visit 2026-10-03 林志明 --category 家庭保洁 --time 09:00 --staff 马阿姨 --price 280 --payment 支付宝
call 2026-10-04 林志明 --channel wechat --note "在岗回访：杨阿姨夜里照看得好"
visit 2026-11-01 林志明 --category 保姆照顾 --end 2026-11-30 --time 20:00 --staff 杨阿姨 \
  --price 6000 --payment 转账
visit 2026-11-07 林志明 --category 家庭保洁 --time 09:00 --staff 马阿姨 --price 280 --payment 支付宝

# 赵敏: the 26-day maternity engagement (8 Sep – 3 Oct), then a nanny for the twins.
visit 2026-09-08 赵敏 --category 月嫂服务 --end 2026-10-03 --staff 周阿姨 --price 16800 \
  --payment 转账 --products "吸奶器、婴儿洗护用品" --note "双胞胎，住家"
MATERNITY="$ID"
visit 2026-10-04 赵敏 --category 保姆照顾 --end 2026-10-31 --time 08:00 --staff 陈阿姨 \
  --price 6800 --payment 转账 --note "育儿嫂，白天"
call 2026-10-09 赵敏 --channel phone --visit "$MATERNITY" --score 5 \
  --note "周阿姨很专业，两个宝宝作息调整好了"
visit 2026-11-01 赵敏 --category 保姆照顾 --end 2026-11-30 --time 08:00 --staff 陈阿姨 \
  --price 6800 --payment 转账
call 2026-11-06 赵敏 --channel wechat --score 4 --note "育儿嫂做饭偏咸" --action "转告陈阿姨少放盐"

# 陈静: a lead with a booking — the 26-day stay starts on her due date.
book 2026-11-01T15:00:00+08:00 2026-12-10 陈静 --end 2027-01-04 --staff 周阿姨 --price 16800 \
  --payment 转账 --note "预产期当天入户，如提前生产电话通知"

# 马建华: Monday, Wednesday and Friday mornings, two cleaners; nobody picks up.
series 2 2026-11-02 2026-11-06 马建华 --time 08:30 --staff 刘阿姨 --staff 马阿姨 --price 680 --payment 转账
series 2 2026-11-09 2026-11-13 马建华 --time 08:30 --staff 刘阿姨 --staff 马阿姨 --price 680 --payment 转账
call 2026-11-10 马建华 --channel phone --outcome no-answer --note "无人接听"
visit 2026-11-16 马建华 --time 08:30 --staff 刘阿姨 --staff 马阿姨 --price 680 --payment 转账
visit 2026-11-18 马建华 --time 08:30 --staff 刘阿姨 --staff 马阿姨 --price 680 --payment 转账
book 2026-11-16T18:00:00+08:00 2026-11-20 马建华 --time 08:30 --staff 刘阿姨 --staff 马阿姨 \
  --price 680 --payment 转账
FRIDAY="$ID"
hk_on 2026-11-20T12:00:00+08:00 visit done "$FRIDAY"
call 2026-11-19 马建华 --channel phone --outcome no-answer --note "又没接，可能在开会" \
  --action "改发微信约时间@2026-11-20"
for day in 2026-11-23 2026-11-25 2026-11-27; do
  book 2026-11-20T18:00:00+08:00 "$day" 马建华 --time 08:30 --staff 刘阿姨 --staff 马阿姨 \
    --price 680 --payment 转账
done

# 刘洋: new from 58同城; a deep clean, and the next one booked for the 24th.
visit 2026-11-10 刘洋 --time 10:00 --staff 王师傅 --price 350.50 --payment 支付宝 \
  --products "除螨仪" --issues "沙发底下狗毛很多" --note "首次深度清洁"
book 2026-11-10T19:00:00+08:00 2026-11-24 刘洋 --time 10:00 --staff 王师傅 --price 350.50 \
  --payment 支付宝

# 高峰 and 孙志强: visits from the paper log book, typed into a spreadsheet with
# Chinese headers and imported in one go (clients found by phone). 高峰's calls:
echo "importing $VISITS_CSV:" >&2
hk_on 2026-11-22T17:30:00+08:00 visit import "$VISITS_CSV"
echo "  $(wc -l <"$TMP/out") visits" >&2
call 2026-06-21 高峰 --channel phone --score 4 --note "玻璃擦得干净"
call 2026-08-23 高峰 --channel phone --score 5 --note "王师傅准时，继续每月一次"

# 5. Satisfaction surveys (满意度调查). Some calls ended with the survey questions,
#    typed in by hand; the related visit is found when a report needs it (the
#    client's latest done visit by the survey date), unless --visit names it.
echo "adding surveys:" >&2
survey 2026-08-15 吴桂兰 --overall 4 --attitude 4 --punctuality 5 --value 4 --nps 8 \
  --comment "女儿代答：希望阿姨多陪老人散步"
survey 2026-08-23 高峰 --overall 5 --attitude 5 --cleanliness 5 --punctuality 5 --value 4 \
  --nps 9 --comment "王师傅准时，玻璃擦得干净"
survey 2026-10-09 赵敏 --visit "$MATERNITY" --overall 5 --attitude 5 --punctuality 5 \
  --value 4 --nps 10 --comment "周阿姨很专业，两个宝宝作息调整好了"
echo "  3 by phone" >&2
# Since October the office sends a 问卷星 (wjx.cn) questionnaire by WeChat after a
# visit. On Sunday evening it downloaded the answers (by option text) and imported
# them: question 6 and the tool's own columns (IP, 来源 …) are not stored, and the
# channel of every row is `online`.
echo "importing $SURVEY_CSV:" >&2
hk_on 2026-11-22T17:45:00+08:00 survey import "$SURVEY_CSV"
echo "  $(wc -l <"$TMP/out") online responses" >&2

# 5b. Complaints (投诉) and action items (待办). See the header for the story.
# visit_on DAY CLIENT: the id of the client's visit on DAY, left in $ID.
visit_on() {
  hk_on 2026-11-23T08:00:00+08:00 --format csv visit list --client "$2" --from "$1" --to "$1"
  ID="$(sed -n 2p "$TMP/out" | cut -d, -f1)"
}
complaint() { hk_on "$@"; }
echo "adding complaints:" >&2
# 周婷: pet hair left after the visit of 10-10; the first answer did not satisfy her
# (NPS 6 the next day), so it was reopened and the cleaner went back.
visit_on 2026-10-10 周婷
complaint 2026-10-10T18:00:00+08:00 complaint add 周婷 --type quality --visit "$ID" \
  --channel wechat --note "柯基的毛没吸干净，沙发底下还有狗毛"
HAIR="$ID"
complaint 2026-10-10T18:30:00+08:00 complaint log "$HAIR" --contact "微信语音道歉，请客户拍照"
complaint 2026-10-11T10:00:00+08:00 complaint resolve "$HAIR" --resolution "道歉，下次带宠物吸头"
complaint 2026-10-12T11:00:00+08:00 complaint reopen "$HAIR"
complaint 2026-10-12T11:10:00+08:00 complaint log "$HAIR" --action "约好 10-13 下午返工"
complaint 2026-10-13T16:00:00+08:00 complaint resolve "$HAIR" \
  --resolution "刘阿姨带宠物吸头上门返工，客户当场检查" --cause "没有准备宠物毛发专用工具" \
  --compensation redo
complaint 2026-10-17T10:00:00+08:00 complaint close "$HAIR" --verdict satisfied --score 4
# 王秀英: the vase. 刘阿姨 knocked a vase off the cabinet on 11-07; the office called
# within the hour, the manager went to see it, and the company paid for it.
visit_on 2026-11-07 王秀英
complaint 2026-11-07T19:00:00+08:00 complaint add 王秀英 --type 物品损坏 --visit "$ID" \
  --channel phone --note "阿姨擦柜子时把客厅的青花瓷花瓶碰倒摔碎了"
VASE="$ID"
complaint 2026-11-07T19:20:00+08:00 complaint log "$VASE" --contact "致电道歉，耐心倾听，请客户保留碎片并拍照"
complaint 2026-11-07T19:25:00+08:00 complaint assign "$VASE" 李经理
complaint 2026-11-08T10:00:00+08:00 complaint log "$VASE" --action "李经理上门查看，确认购买价 380 元"
complaint 2026-11-08T15:00:00+08:00 complaint resolve "$VASE" --resolution "按购买价赔偿花瓶" \
  --cause "擦拭高处前没有挪开易碎品" --compensation refund:380
complaint 2026-11-10T10:00:00+08:00 complaint close "$VASE" --verdict satisfied --score 5
# 张丽华: a safety hazard found by the nanny: always urgent. Resolved the next day; the
# call-back (11-18) comes after her in-service check-in (11-04), which stays first.
visit_on 2026-11-01 张丽华
complaint 2026-11-14T20:00:00+08:00 complaint add 张丽华 --type other --safety --visit "$ID" \
  --channel phone --note "老人房间电暖器的插线板发烫，有焦味"
SAFETY="$ID"
complaint 2026-11-14T20:15:00+08:00 complaint log "$SAFETY" --contact "电话确认已拔掉插头，老人安全"
complaint 2026-11-15T12:00:00+08:00 complaint resolve "$SAFETY" \
  --resolution "更换插线板，检查全屋电器线路" --cause "插线板老化，电暖器功率过大" \
  --compensation none
# 高峰: a complaint about 王师傅's manner on 11-08, sent by WeChat on Sunday evening;
# nobody has answered yet, so on Monday morning it is overdue.
visit_on 2026-11-08 高峰
complaint 2026-11-22T18:30:00+08:00 complaint add 高峰 --type attitude --visit "$ID" \
  --channel wechat --note "王师傅擦纱窗时不耐烦，说话很冲"
# 赵敏's action item was passed on to 陈阿姨 the next day.
hk_on 2026-11-07T09:00:00+08:00 --format csv followup list --client 赵敏 --from 2026-11-06 --to 2026-11-06
hk_on 2026-11-07T09:00:00+08:00 action done "$(sed -n 2p "$TMP/out" | cut -d, -f1).1"

# 6. A few later changes to clients, so that some records have `updated` after `created`.
echo "later changes:" >&2
hk_on 2026-11-01T09:00:00+08:00 client tag 王秀英 VIP
hk_on 2026-11-01T09:05:00+08:00 client edit 13600136001 --set frequency=每周一次 \
  --set household.area_sqm=89

# 7. The roster (DESIGN §10). The office kept staff names as free text until Sunday
#    evening, when it imported its staff spreadsheet and linked the old visits to the
#    new staff records (`hk staff link`): visits now name staff by id. 周阿姨's health
#    certificate ends on 2026-12-10 (`hk staff list --expiring 30`).
echo "importing $STAFF_CSV and linking visits:" >&2
hk_on 2026-11-22T20:00:00+08:00 staff import "$STAFF_CSV"
echo "  $(wc -l <"$TMP/out") staff" >&2
hk_on 2026-11-22T20:05:00+08:00 staff link
echo "  $(wc -l <"$TMP/out") visits linked" >&2

# 8. Consent and client rights (DESIGN §12). Marketing consent is a history: 王秀英
#    agreed on WeChat at her first visit and withdrew by phone after the broken vase;
#    周婷 joined a members' day; 陈静 signed the consent form with her maternity
#    contract (her consent from intake, 10-05, stays the first entry). On 11-09 the
#    office looked up 王秀英's full ID number for the vase's insurance claim: one
#    entry in the audit log (`hk audit list`). On 11-23, `hk client list --consent
#    marketing` lists 周婷 and 陈静.
echo "consent history and the audit log:" >&2
hk_on 2026-06-06T15:00:00+08:00 client consent 王秀英 --marketing yes --channel wechat \
  --evidence "微信回复同意接收优惠活动" --date 2026-06-06
hk_on 2026-07-05T10:00:00+08:00 client consent 周婷 --marketing yes --channel wechat \
  --evidence "报名会员日活动，微信回复同意"
hk_on 2026-11-01T16:00:00+08:00 client consent 陈静 --marketing yes --channel paper \
  --evidence "签订月嫂合同时在同意书上签字"
hk_on 2026-11-08T10:30:00+08:00 client consent 王秀英 --marketing no --channel phone \
  --evidence "花瓶事件后来电，要求不再发送促销信息"
hk_on 2026-11-09T10:00:00+08:00 client show 王秀英 --reveal
# 9. Inquiries (咨询, DESIGN §12). 陈静 asked on WeChat before she became a client and
#    was linked to her client record when she booked; 徐芳, a lead since May, asked
#    again on 58同城 and was linked too (nothing booked yet). A 58同城 prospect was
#    lost on price; 孙悦 (twins, 预产期 12-28) and 钱丽 (her father) are open leads;
#    a walk-in asked about insurance and left no name.
echo "adding inquiries:" >&2
hk_on 2026-10-03T20:10:00+08:00 inquiry add --date 2026-10-03 --channel wechat --name 陈静 \
  --phone 13600136003 --category maternity-nurse --topic 价格 --topic 资质 --topic 档期 \
  --needs "住家月嫂，会做月子餐" --budget "15000-18000/26天" --due-date 2026-12-10
hk_on 2026-10-05T09:45:00+08:00 inquiry convert "$ID" --client 13600136003
hk_on 2026-11-05T15:00:00+08:00 inquiry add --date 2026-11-05 --channel 58同城 \
  --category house-cleaning --topic price --topic content --needs "120平米开荒保洁" \
  --budget "600元以内"
hk_on 2026-11-06T10:00:00+08:00 inquiry edit "$ID" --set outcome=lost --set "reason=价格太高，选了别家"
hk_on 2026-11-12T11:20:00+08:00 inquiry add --date 2026-11-12 --channel 58同城 --name 徐芳 \
  --phone 13500135003 --category maternity-nurse --topic availability --topic qualification \
  --start 2027-03-01
hk_on 2026-11-12T11:30:00+08:00 inquiry convert "$ID" --client 13500135003
hk_on 2026-11-18T16:40:00+08:00 inquiry add --date 2026-11-18 --channel 美团 --name 孙悦 \
  --phone 13900139021 --category 月嫂服务 --topic 资质 --topic 安全/保险 --topic 档期 \
  --needs "双胞胎，需要有经验的月嫂" --budget "12000-15000/26天" --due-date 2026-12-28
hk_on 2026-11-20T09:15:00+08:00 inquiry add --date 2026-11-20 --channel phone --name 钱丽 \
  --phone 13800138031 --category nanny --topic price --topic content \
  --needs "白天照顾85岁的父亲，做午饭" --budget "5000/月" --start 2026-12-01
hk_on 2026-11-21T14:00:00+08:00 inquiry add --date 2026-11-21 --channel walk-in \
  --category house-cleaning --topic safety --note "问阿姨有没有意外险"
echo "  6 inquiries" >&2

# The write lock is a local file; it is gitignored, and not needed in the repository.
rm -f "$STORE/.hk/lock"

cat >"$STORE/README.md" <<'README'
# data-example — DEMO store

**This is DEMO data with a PUBLIC key. Never use it for real clients.**
**这是演示数据，密钥是公开的，切勿用于真实客户。**

`demo-key.txt` is committed to git, so anyone can decrypt every file here. The people,
phone numbers and ID numbers are made up. Do not add real clients to this store, and
never use `demo-key.txt` (or copy it) as the key of a real store: run `hk init` in a
folder of your own, which creates a private key in `~/.config/hk/identity.txt`.

Try it from the repository root:

    cargo run --locked -q -- --store data-example --identity data-example/demo-key.txt followup due --on 2026-11-23

The story is written for the morning of Monday 2026-11-23: run other commands with
`HK_NOW=2026-11-23` so that "today" is that day.

hk normally refuses a private key that other users can read. It makes one exception,
with a warning on every command, for a key file that carries the line
`# hk-demo-key: DEMO ONLY` (this one has it first): git does not keep file modes, so
in a fresh clone this key is readable by everyone.

Commands that change records are best tried on a copy (`cp -r data-example
/tmp/hk-demo`, then `--store /tmp/hk-demo`): this folder lies inside hk's own git
repository, and hk commits every change it makes in a store that is inside a git work
tree.

## What is here

- `.hk/config.toml`, `.hk/recipients` — the store's settings and the demo public key
- `clients/c-*.toml.age` — 16 clients: 12 added with `hk client add`, 4 imported
  from `scripts/demo-clients.csv` with `hk client import`
- `visits/2026-MM/v-*.toml.age` — 132 visits from June to December 2026 (filed by
  start month): done, scheduled, cancelled and no-show, one 26-day maternity stay,
  monthly nanny engagements; 9 of them imported from `scripts/demo-visits.csv` with
  `hk visit import`
- `followups/2026-MM/f-*.toml.age` — 27 follow-up calls, reached and unanswered
- `staff/w-*.toml.age` — 8 staff members (阿姨), imported from `scripts/demo-staff.csv`
  with `hk staff import`; `hk staff link` then named every visit's staff by id
- `surveys/2026-MM/s-*.toml.age` — 14 satisfaction surveys: 3 taken on the phone with
  `hk survey add`, 11 answers to a 问卷星 questionnaire imported from
  `scripts/demo-survey-wjx.csv` with `hk survey import`
- `complaints/2026-MM/t-*.toml.age` — 4 complaints (filed by the month they came in):
  a reopened one, the broken vase with its compensation, an urgent safety hazard, and
  one still waiting for an answer
- `packages/k-*.toml.age` — 3 prepaid packages (`hk package add`, paid from with
  `hk visit done --package`): 何美玲's 次卡 (11 visits, 7 used), 王秀英's 储值卡 (3300
  yuan, 1400 used) and 周婷's half-year card, expiring on 2026-12-15
- `audit/2026-11/a-*.toml.age` — the audit log: one `--reveal` of 王秀英's ID number
- `inquiries/2026-MM/i-*.toml.age` — 6 inquiries (咨询, filed by the month they came
  in): 陈静's and 徐芳's, linked to their client records; one lost on price; two open
  leads (a maternity one with its 预产期) and a walk-in who left no name
- `playbook/*.md` — the resolution scripts (话术) `hk init` writes, one per complaint
  type
- `demo-key.txt` — the PUBLIC demo key

Each file decrypts with the standard tool too:
`age -d -i data-example/demo-key.txt data-example/clients/c-….toml.age`.

## Regenerating it

    bash scripts/make-demo-store.sh

The script deletes this folder and builds it again with the hk binary (new key, `hk
init`, `hk client add`, `hk visit add`, `hk followup log`, `hk survey add` …), each
command with the clock (`HK_NOW`) set to the moment it happened, and a temporary HOME.
Its header comment tells the story: who is due on 2026-11-23 and why, which stage each
client is in, and who answered the surveys. Keys and ids are random, so the ids change on
every run: the examples in the top-level README and in docs/ then fail their test
(`tests/it/docs.rs`); `HK_DOCS_UPDATE=1 cargo test --test it docs::` writes the new output
into them.
README

count() { find "$STORE/$1" -name '*.toml.age' | wc -l; }
echo "done: $STORE/ holds $(count clients) clients, $(count visits) visits, $(count followups) follow-ups, $(count surveys) surveys, $(count complaints) complaints, $(count staff) staff, $(count inquiries) inquiries" >&2
HK_NOW=2026-11-23 "$HK" --store "$STORE" --identity "$KEY" followup due --on 2026-11-23 2>/dev/null

# 10. Money (DESIGN §14): prepaid packages, paid for visits already done (only new
#    package files; no visit or client file changes). `hk report packages` on
#    2026-11-23: 何美玲's 次卡 has 4 of 11 visits left, 王秀英's 储值卡 1900.00 of
#    3300.00 yuan, and 周婷's half-year card 2 visits, expiring on 2026-12-15.
echo "packages:" >&2
# visit_of CLIENT DAY: the id of the client's visit started on DAY.
visit_of() {
  HK_NOW=2026-11-23 "$HK" --store "$STORE" --identity "$KEY" visit list --client "$1" \
    --format csv 2>/dev/null | awk -F, -v d="$2" '$2 == d { print $1; exit }'
}
# pay K CLIENT DAY…: each visit of CLIENT on DAY paid from package K that evening.
pay() {
  local k="$1" client="$2"
  shift 2
  for day in "$@"; do
    hk_on "${day}T18:30:00+08:00" visit done "$(visit_of "$client" "$day")" --package "$k"
  done
}
hk_on 2026-06-15T10:00:00+08:00 package add 周婷 --kind visits --face 5 --paid 1200 \
  --date 2026-06-15 --expires 2026-12-15 --note 半年卡
PK_ZHOU="$ID"
hk_on 2026-09-01T10:00:00+08:00 package add 王秀英 --kind stored-value --face 3000 \
  --bonus 300 --paid 3000 --date 2026-09-01 --note 充3000送300
PK_WANG="$ID"
hk_on 2026-10-01T10:00:00+08:00 package add 何美玲 --kind visits --face 10 --bonus 1 \
  --paid 1800 --date 2026-10-01 --category house-cleaning --note 买十送一
PK_HE="$ID"
pay "$PK_WANG" 王秀英 2026-09-12 2026-09-26 2026-10-24 2026-11-07 2026-11-21
pay "$PK_HE" 何美玲 2026-10-06 2026-10-13 2026-10-20 2026-10-27 2026-11-03 2026-11-10 2026-11-17
pay "$PK_ZHOU" 周婷 2026-11-07 2026-11-14 2026-11-21
echo "  $PK_HE 何美玲 次卡, $PK_WANG 王秀英 储值卡, $PK_ZHOU 周婷 (expires 2026-12-15)" >&2
rm -f "$STORE/.hk/lock"
