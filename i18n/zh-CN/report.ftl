# report: see src/i18n/mod.rs for how the catalogue works.

## hk report …
report-from-after-to = `--from` { $from } 晚于 `--to` { $to }
report-from-after-to-today = `--from` { $from } 晚于 `--to` { $to }（未给 `--to` 时为今天）
report-period = 期间：{ $from } 至 { $to }
report-retention-none = 没有已关闭或已流失超过 { $duration } 的客户

## hk report dashboard：消息
dashboard-cannot-write = 无法写入 `{ $path }`：{ $reason }
dashboard-cannot-write-hint = 请换一个 `--out` 文件，放在你有写权限的文件夹里
dashboard-wrote = 已写入 { $path }（{ $charts } 张图表，截至 { $today }）
dashboard-out-is-folder = `{ $path }` 是一个文件夹；请写出其中的文件名
dashboard-out-is-folder-hint = 例如 `--out dashboard.html`
dashboard-out-parent-not-folder = `{ $folder }` 不是文件夹
dashboard-out-parent-missing = 文件夹 `{ $folder }` 不存在
dashboard-out-parent-hint = 请先创建它（`mkdir -p FOLDER`），或把文件写到别处

## hk report dashboard：页面（图表标题和列名是代码里的双语标签）
dashboard-period-all = 全部时间（回访：最近六个月）
dashboard-period-range = { $from } 至 { $to }
dashboard-period-until = 最早的记录至 { $to }
dashboard-as-of = 截至 { $today }；期间：{ $period }。
dashboard-privacy = 仅含汇总数字和服务人员姓名：不含任何客户的姓名、电话、地址或编号。
dashboard-footer = 由 { $command } 生成。仅含汇总数字和服务人员姓名。
dashboard-no-data = 本期间没有数据。
dashboard-note-csat-nps = 满意率（CSAT）：总体评分为 4–5 分的答卷占比。净推荐值（NPS）：推荐者（9–10 分）减去贬损者（0–6 分），按每 100 份答卷计。
dashboard-note-dimension-means = 各评价维度的平均分（1–5 分），只计回答了该项的答卷。
dashboard-note-satisfaction-by-staff = 一份答卷计入其服务记录的每位服务人员；(none)：没有关联服务记录的答卷。
dashboard-note-stages = 按 { $today } 当天的阶段统计，不受所选期间影响。
dashboard-note-followups = 应回访：到月底已到回访日期的客户。已回访：当月登记的回访电话。
dashboard-note-complaints = 期间内受理的投诉；及时：在时限内首次联系、在时限内解决。
dashboard-note-revenue = 按开始日期统计已完成的服务，单位为元；含套餐卡支付的部分。
dashboard-note-repeat-rate = 当月有已完成服务的客户中，服务两次及以上的占比。

## 输出层
# 表格里的是/否（CSV 和 JSON 仍为 `yes`/`no`、`true`/`false`）。
output-yes = 是
output-no = 否
# `hk today` 各部分的标题行：标题、数量、列出全部的命令。
output-digest-title-day = { $title }（{ $day }）
output-digest-none = { $title }：无 — { $command }
output-digest-all = { $title }：{ $count } — { $command }
output-digest-first = { $title }：{ $count }，显示前 { $shown } 条 — 全部：{ $command }
