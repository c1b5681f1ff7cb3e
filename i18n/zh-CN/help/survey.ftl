# Chinese --help for `hk survey` (admin: init, key, sync, git, cache, undo, resolve, conflicts, cat, completions, action, today). Ids: see src/cli/help.rs.

cmd-hk-survey = 满意度调查：手工录入、导入问卷导出文件、列出

## hk survey add
cmd-hk-survey-add = 为客户添加一份满意度答卷，在标准输出打印新编号
    .long =
        为客户添加一份满意度答卷，在标准输出打印新编号。

        评分按配置中的每个维度打 1–5 分（默认为 overall 总体满意度、attitude 服务态度、cleanliness 清洁效果、punctuality 准时守约、value 性价比），NPS（净推荐值）为 0–10。在终端上，hk 会逐项询问没有给出的评分（每项都可以跳过）；没有终端时，只按参数录入。
arg-hk-survey-add-client = 编号或编号前缀、电话，或完整姓名
arg-hk-survey-add-date = 答卷日期［默认：今天］；不能晚于今天
arg-hk-survey-add-visit = 答卷针对的服务：一次在 `--date` 当天或之前开始、已完成的服务［默认：该客户最近一次这样的服务］
arg-hk-survey-add-channel = 方式：phone、online、paper 或 interview（电话、线上、纸质、面谈）
arg-hk-survey-add-overall = 总体满意度，1–5
arg-hk-survey-add-attitude = 服务态度，1–5
arg-hk-survey-add-cleanliness = 清洁效果，1–5
arg-hk-survey-add-punctuality = 准时守约，1–5
arg-hk-survey-add-value = 性价比，1–5
arg-hk-survey-add-scores = 配置中的任一维度：DIM=N（可重复）
arg-hk-survey-add-nps = 向朋友推荐我们的意愿（净推荐值 NPS），0–10
arg-hk-survey-add-comment = 客户的意见建议

## hk survey import
cmd-hk-survey-import = 从问卷导出文件导入满意度答卷
    .long =
        从问卷导出文件导入满意度答卷。

        各列按关键词对应到数据目录的满意度维度（态度、清洁/卫生、准时、性价比/价格、推荐、总体/整体、建议/意见 …）；`--dry-run` 会显示选定的对应关系和预览，`--map DIM=COLUMN` 可以更正。回答可以是数字（5、5分）或选项（非常满意 … 非常不满意）。各行按客户编号或电话对应到客户；服务列必须是该客户在答卷日期当天或之前开始、已完成的服务。同样的行再导入一次不会多出记录。只要有一行有问题就停止导入（不写入任何内容），除非加 `--skip-invalid`：导入正确的行，并把有问题的行连同原因写到 `--rejects`。IP 地址等不需要的列不会保存。
arg-hk-survey-import-file = 问卷导出的 CSV 文件
arg-hk-survey-import-preset = 生成文件的工具：auto、wjx（问卷星）、tencent（腾讯问卷）、google、surveymonkey、generic
arg-hk-survey-import-encoding = 文件的文字编码
arg-hk-survey-import-maps = 哪一列对应什么：DIM=COLUMN，DIM 是维度键、nps、comment、phone、client、date、channel、visit 或 ignore，COLUMN 是表头、从 1 开始的列号或表头中唯一的一段文字；可重复
arg-hk-survey-import-dry_run = 显示列的对应关系和将导入的行；不写入
arg-hk-survey-import-skip_invalid = 导入正确的行，把有问题的行写到 --rejects
arg-hk-survey-import-rejects = --skip-invalid 写入问题行的文件（CSV，含行号和原因）
arg-hk-survey-import-channel = 答卷的方式［默认：问卷工具导出的为 online，其他为 paper］
arg-hk-survey-import-anonymous = 接受没有指明客户的行（匿名答卷）

## hk survey list
cmd-hk-survey-list = 列出满意度答卷，最早的在前。`--low` 只留下需要回访挽回的不满意答卷：贬损者（NPS 0–6）和总体满意度 1–2 分的。
arg-hk-survey-list-client = 只看这位客户的答卷（编号、电话或姓名）
arg-hk-survey-list-from = 从这一天起（含）；写月份（2026-11）、季度（2026-Q4）、年份（2026）或 `last-month` 表示其第一天
arg-hk-survey-list-to = 到这一天止（含）；写月份、季度、年份或 `last-month` 表示其最后一天
arg-hk-survey-list-period = 整个期间，代替 `--from`/`--to`：this-month、last-month、this-quarter、last-quarter、this-year、last-year、某个月（2026-11）或某个季度（2026-Q4）
arg-hk-survey-list-channel = 方式：phone、online、paper 或 interview（电话、线上、纸质、面谈）
arg-hk-survey-list-low = 只看贬损者（NPS ≤ 6）和总体满意度 ≤ 2 的答卷

## hk survey edit
cmd-hk-survey-edit = 用 `--set FIELD=VALUE`（可重复）修改满意度答卷；不带 `--set` 时用 $EDITOR 打开解密后的 TOML
    .long =
        用 `--set FIELD=VALUE`（可重复）修改满意度答卷；不带 `--set` 时用 $EDITOR 打开解密后的 TOML。

        字段：client（编号、电话或完整姓名：把答卷移到该客户名下）、date、channel、visit（该客户在答卷日期当天或之前开始、已完成的服务的编号或前缀；留空则解除关联，答卷随后计入该客户最近一次已完成的服务）、nps（0–10）、配置中的每个维度（`overall=4`，也可写 `scores.overall=4`；留空则清除）、comment。导入答卷的 `source_file` 和 `fingerprint` 不能修改。
arg-hk-survey-edit-survey = 答卷编号或编号前缀
arg-hk-survey-edit-sets = FIELD=VALUE（字段=值）

## hk survey delete
cmd-hk-survey-delete = 删除一份满意度答卷。在终端上会请求确认；没有终端时需要 `--yes`。这里删除的导入答卷，如果再次导入其文件，会重新出现（导入只跳过数据目录中仍保存着的行）。
arg-hk-survey-delete-survey = 答卷编号或编号前缀
arg-hk-survey-delete-yes = 不询问直接执行（没有终端时必须加）
