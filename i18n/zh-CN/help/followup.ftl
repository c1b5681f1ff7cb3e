# Chinese --help for `hk followup` (admin: init, key, sync, git, cache, undo, resolve, conflicts, cat, completions, action, today). Ids: see src/cli/help.rs.

cmd-hk-followup = 回访：记录回访，以及今天该给谁回访

## hk followup log
cmd-hk-followup-log = 记录一次客户回访，在标准输出打印新编号
    .long =
        记录一次客户回访，在标准输出打印新编号。

        `reached`（接通，默认）会让该客户的回访周期重新计算；`no-answer`（未接通）会让客户在重拨间隔后再次进入待回访名单。
arg-hk-followup-log-client = 编号或编号前缀、电话，或完整姓名
arg-hk-followup-log-date = 回访日期［默认：今天］；不能晚于今天
arg-hk-followup-log-channel = 方式：phone、wechat、sms、visit 或 questionnaire（电话、微信、短信、上门、问卷）
arg-hk-followup-log-outcome = 结果：reached 或 no-answer（接通、未接通）
arg-hk-followup-log-visit = 这次回访针对的服务（编号或前缀）
arg-hk-followup-log-score = 简单满意度评分，1–5
arg-hk-followup-log-note = 客户说了什么
arg-hk-followup-log-actions = 需要跟进的事，可在 `@` 后写截止日期（`问下月是否续约@2026-12-01`）；可重复。`hk action list` 跟踪这些待办

## hk followup list
cmd-hk-followup-list = 列出回访记录，最早的在前；筛选条件可以组合
arg-hk-followup-list-client = 只看这位客户的回访（编号、电话或姓名）
arg-hk-followup-list-from = 从这一天起（含）；写月份（2026-11）、季度（2026-Q4）、年份（2026）或 `last-month` 表示其第一天
arg-hk-followup-list-to = 到这一天止（含）；写月份、季度、年份或 `last-month` 表示其最后一天
arg-hk-followup-list-period = 整个期间，代替 `--from`/`--to`：this-month、last-month、this-quarter、last-quarter、this-year、last-year、某个月（2026-11）或某个季度（2026-Q4）
arg-hk-followup-list-outcome = 结果：reached 或 no-answer（接通、未接通）
arg-hk-followup-list-channel = 方式：phone、wechat、sms、visit 或 questionnaire（电话、微信、短信、上门、问卷）

## hk followup due
cmd-hk-followup-due = 列出该回访的客户（待回访名单）：逾期最久的在前，其次按姓名
    .long =
        列出该回访的客户（待回访名单）：逾期最久的在前，其次按姓名。

        回访日期按数据目录的规则（.hk/config.toml）计算：客户第一次服务完成后若干天做首次回访，之后在最近一次接通的回访后每隔几个月回访一次，未接通的在几天后重拨。多日服务（保姆、月嫂）期间，第三天（`checkin_days`）安排一次在岗回访（`check-in`），除非服务开始后已经接通过客户。潜在客户、勿扰客户和已结案客户从不进入待回访名单（已预约服务的在岗回访除外）。
arg-hk-followup-due-today = 今天及以前到期的（默认）
arg-hk-followup-due-on = 改为截至 DATE 当天或之前到期的
arg-hk-followup-due-within = 另外列出之后 N 天内到期的
arg-hk-followup-due-category = 只看这个服务类别（键或名称）

## hk followup edit
cmd-hk-followup-edit = 用 `--set FIELD=VALUE`（可重复）修改回访记录；不带 `--set` 时用 $EDITOR 打开解密后的 TOML
    .long =
        用 `--set FIELD=VALUE`（可重复）修改回访记录；不带 `--set` 时用 $EDITOR 打开解密后的 TOML。

        字段：client（编号、电话或完整姓名：把回访移到该客户名下）、date、channel、outcome、visit（该客户某次服务的编号或前缀；留空则解除关联）、score（1–5；留空则清除）、notes、actions（用 `;` 分隔；替换原有的待办）。移到另一位客户名下的回访不能保留原客户的服务：请加 `--set visit=`。
arg-hk-followup-edit-followup = 回访编号或编号前缀
arg-hk-followup-edit-sets = FIELD=VALUE（字段=值）

## hk followup delete
cmd-hk-followup-delete = 删除一条回访记录（客户的回访日期按其余记录重新计算）。在终端上会请求确认；没有终端时需要 `--yes`。如果是把回访记到了错误的客户名下，请改用 `hk followup edit ID --set client=…`。
arg-hk-followup-delete-followup = 回访编号或编号前缀
arg-hk-followup-delete-yes = 不询问直接执行（没有终端时必须加）

## hk action
cmd-hk-action = 回访的待办：列出待办，标记完成
cmd-hk-action-list = 列出待办（回访的 `--action` 内容）：逾期的在前，其次按截止日期（没有截止日期的在最后），再按回访排序。未完成的待办从截止日期的第二天起算逾期。
arg-hk-action-list-open = 只看未完成的待办
arg-hk-action-list-overdue = 只看已过截止日期且未完成的待办
cmd-hk-action-done = 把一项待办标为完成（今天，或 `--date`）。ID 写作 `f-….N`，即 `hk action list` 显示的编号；回访部分可以是唯一的前缀。
arg-hk-action-done-id = 待办编号：回访编号（或前缀）、一个点和序号
arg-hk-action-done-date = 完成日期［默认：今天］；不能晚于今天
