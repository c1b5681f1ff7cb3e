#!/usr/bin/env bash
# Regenerates data-example/, the DEMO store that the README's first command reads.
#
#   bash scripts/make-demo-store.sh
#
# It deletes data-example/ and builds it again with the hk binary itself: a new demo
# key, `hk init`, a dozen `hk client add`, one `hk client import` of
# scripts/demo-clients.csv, and a few edits. The clock is fixed with HK_NOW, so the
# created/updated times are the same on every run; ids and keys are random, so the
# ids (and the README's pasted output) change each time it is run.
#
# Nothing touches your own ~/.config: HOME and XDG_CONFIG_HOME point to a temp folder,
# and HK_STORE/HK_IDENTITY from your shell are ignored.
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
CSV="scripts/demo-clients.csv"

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

# hk AT ARGS…: run hk with the clock set to AT. Stdout (new ids) is kept quiet; stderr
# is shown except the demo-key warning, which every command prints.
hk_at() {
  local at="$1"
  shift
  if ! HK_NOW="$at" "$HK" "$@" >"$TMP/out" 2>"$TMP/err"; then
    echo "error: hk $* failed:" >&2
    cat "$TMP/err" >&2
    exit 1
  fi
  grep -v 'is the DEMO key' "$TMP/err" >&2 || true
}

# hk_add AT ARGS…: `hk client add` on the demo store.
hk_add() {
  local at="$1"
  shift
  hk_at "$at" --store "$STORE" --identity "$KEY" client add "$@"
  echo "  $(cat "$TMP/out")  $2" >&2
}

echo "removing $STORE/ and creating it again" >&2
rm -rf "$STORE"

# 1. The demo key, marked as such on its first line. hk refuses a private key that
#    others can read, except a file carrying this marker (with a warning): git does
#    not keep file modes, so in a fresh clone the key is 0644. Make it 0644 here too,
#    so that what you see is what a clone sees.
hk_at 2026-10-01T09:00:00+08:00 key generate --out "$KEY"
{
  echo '# hk-demo-key: DEMO ONLY'
  echo '# This key is public (it is in git). It protects demo data only; never use it for real clients.'
  cat "$KEY"
} >"$TMP/key"
cat "$TMP/key" >"$KEY"
chmod 644 "$KEY"

# 2. The store, without --git: it lives inside the hk repository.
hk_at 2026-10-01T09:00:00+08:00 --identity "$KEY" init "$STORE"

# 3. Clients, one by one, through October 2026.
echo "adding clients:" >&2
hk_add 2026-10-02T10:15:00+08:00 \
  --name 王秀英 --phone "138 0013 8001" \
  --address "上海市浦东新区张江路88弄5号1201室" \
  --id-number 310115198503150027 \
  --category house-cleaning --category 月嫂服务 \
  --tag 宠物/猫 --tag 大户型 --source 美团 \
  --needs "每周日常保洁；女儿明年春天生产，想提前订月嫂" --frequency 每周一次 \
  --household-size 4 --pets "英短猫一只（怕生人）" --area 140 \
  --note "周六上午方便，进门需穿鞋套"

hk_add 2026-10-03T14:30:00+08:00 \
  --name 李建国 --phone 13900139002 --phone 010-64721234 \
  --address "北京市朝阳区望京西园三区312号楼2单元801" \
  --category nanny --tag 老人 --source 老客户推荐 \
  --needs "白天照护老人，做午饭" --frequency "每周一至周五" \
  --household-size 2 --elders "父亲82岁，行动不便，需搀扶" \
  --note "由张阿姨的老客户刘女士介绍"

hk_add 2026-10-05T09:40:00+08:00 \
  --name 陈静 --phone 13600136003 --wechat chenjing_hz \
  --address "杭州市西湖区文三路259号昌地火炬大厦旁小区7幢502" \
  --id-number 330106198802120044 \
  --category maternity-nurse --tag 婴儿 --tag VIP --source 微信 \
  --needs "26天月嫂，住家" --household-size 3 --children "预产期2026-12-10" \
  --marketing --consent-channel WeChat \
  --note "希望月嫂有催乳经验"

hk_add 2026-10-08T16:05:00+08:00 \
  --name 刘洋 --phone 18600186004 \
  --address "深圳市南山区科苑路15号科兴科学园附近小区3栋1702" \
  --category house-cleaning --tag 宠物/狗 --source 58同城 \
  --frequency 每两周一次 --household-size 2 --pets "金毛一只，掉毛多" --area 95

hk_add 2026-10-10T11:20:00+08:00 \
  --name 张丽华 --phone 13700137005 \
  --address "上海市徐汇区漕溪北路398号汇智大厦旁小区12号楼" \
  --category house-cleaning --category nanny --tag 老人 --tag 大户型 --source walk-in \
  --frequency 每周两次 --household-size 5 --elders "母亲75岁，糖尿病，饮食要清淡" --area 180

hk_add 2026-10-12T10:00:00+08:00 \
  --name 赵敏 --phone 15800158006 \
  --address "北京市海淀区中关村南大街5号院2号楼1103" \
  --id-number 110105199007080036 \
  --category maternity-nurse --category nanny --tag 婴儿 --source 美团 \
  --needs "双胞胎，月嫂26天后转育儿嫂" --household-size 4 --children "双胞胎，2026年11月出生" \
  --note "婆婆同住，沟通找赵女士本人"

hk_add 2026-10-15T15:45:00+08:00 \
  --name 孙志强 --phone 13500135007 \
  --address "杭州市滨江区江南大道3688号" \
  --category house-cleaning --tag 开荒保洁 --source 58同城 \
  --do-not-contact \
  --note "明确要求不要电话回访，有需要自己联系"

hk_add 2026-10-18T13:10:00+08:00 \
  --name 周婷 --phone 18800188008 --wechat zhouting_sz \
  --address "深圳市福田区福华三路88号财富大厦旁小区B座2305" \
  --category house-cleaning --tag 宠物/猫 --tag 宠物/狗 --source 微信 \
  --frequency 每周一次 --household-size 3 --pets "两只猫一只柯基" --area 110

hk_add 2026-10-20T10:30:00+08:00 \
  --name 吴桂兰 --phone 021-62881234 --phone 13900139009 \
  --address "上海市静安区南京西路1266号恒隆广场后弄堂8号" \
  --category nanny --tag 老人 --tag VIP --source 老客户推荐 \
  --needs "住家保姆，做饭、陪同就医" --household-size 1 --elders "本人78岁，独居" \
  --note "座机是家里电话；手机是女儿的，女儿做决定"

hk_add 2026-10-22T17:00:00+08:00 \
  --name 郑浩 --wechat zhenghao_bj \
  --address "北京市东城区东直门南大街11号" \
  --category house-cleaning --source walk-in \
  --note "只留了微信，不方便接电话"

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
  --frequency 每周三次 --household-size 6 --area 320 \
  --note "别墅三层，需两位阿姨同去"

# 4. A spreadsheet from the front desk, with Chinese headers (and one column, 登记人,
#    that is not a client field: hk warns and ignores it).
echo "importing $CSV:" >&2
hk_at 2026-10-31T17:30:00+08:00 --store "$STORE" --identity "$KEY" client import "$CSV"
sed 's/^/  /' "$TMP/out" >&2

# 5. A few later changes, so that some records have `updated` after `created`.
echo "later changes:" >&2
hk_at 2026-11-01T09:00:00+08:00 --store "$STORE" --identity "$KEY" \
  client tag 王秀英 VIP
hk_at 2026-11-01T09:05:00+08:00 --store "$STORE" --identity "$KEY" \
  client edit 13600136001 --set frequency=每周一次 --set household.area_sqm=89
hk_at 2026-11-01T09:10:00+08:00 --store "$STORE" --identity "$KEY" \
  client edit 郑浩 --set "closed=搬家到外地"

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

    cargo run --locked -q -- --store data-example --identity data-example/demo-key.txt client list

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
- `demo-key.txt` — the PUBLIC demo key
- `visits/`, `followups/`, `surveys/` — empty for now

Each file decrypts with the standard tool too:
`age -d -i data-example/demo-key.txt data-example/clients/c-….toml.age`.

## Regenerating it

    bash scripts/make-demo-store.sh

The script deletes this folder and builds it again with the hk binary (new key, `hk
init`, `hk client add` …) using a fixed clock (`HK_NOW`) and a temporary HOME. Keys
and ids are random, so the ids change on every run: update the output pasted in the
top-level README afterwards.
README

echo "done: $STORE/ holds $(find "$STORE/clients" -name '*.toml.age' | wc -l) clients" >&2
HK_NOW=2026-11-01T09:30:00+08:00 "$HK" --store "$STORE" --identity "$KEY" client list 2>/dev/null
