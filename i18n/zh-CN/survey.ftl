# survey: see src/i18n/mod.rs for how the catalogue works.

## 满意度调查答卷（src/domain/survey.rs）
survey-channel-expected = 应为 phone、online、paper 或 interview（电话、线上、纸质、面谈）
survey-not-a-dimension = 不是配置中的满意度维度
survey-score-range = 必须是 1 到 5
survey-nps-range = 必须是 0 到 10
survey-cannot-change = 不能修改
survey-visit-not-done = 服务 { $id } 的状态是 { $status }，尚未完成；满意度调查针对已经完成的服务
survey-visit-after = 服务 { $id } 开始于 { $start }，晚于答卷日期 { $date }
survey-out-of-range = { $n } 超出范围；应为 { $min } 到 { $max }
survey-not-whole-number = 应为 { $min } 到 { $max } 之间的整数

## 问卷文件（src/import/survey/）：每条跟在“第 N 行，`…` 列：”之后
survey-preset-expected = 应为 auto、wjx、tencent、google、surveymonkey 或 generic（自动、问卷星、腾讯问卷、Google 表单、SurveyMonkey、通用）
survey-import-date-empty = 为空；每份答卷都需要日期
survey-import-not-client-id = 不是客户编号（如 c-7k2m9q4x）；请留空并填写电话
survey-import-not-visit-id = 不是服务编号（如 v-7k2m9q4x）；留空则使用该客户最近一次已完成的服务
survey-import-no-answers = 没有任何回答（每道题都为空或跳过）
survey-import-bad-date = 不是本导入能识别的日期；应为日期或时间，如 2026/6/3 16:43:42、2026-06-03 或 11/3/2026 2:05:09 PM
survey-import-date-problem = { $problem }；应为日期或时间，如 2026/6/3 16:43:42、2026-06-03 或 11/3/2026 2:05:09 PM
survey-import-date-after-today = 晚于今天（{ $today }）；请检查日期，或日和月是否写反
survey-what-score = 评分
survey-what-nps = 净推荐值（NPS）
survey-answer-not-whole = 不是整数
survey-answer-negative = 是负数；{ $what }必须是 { $range }
survey-answer-must-be = { $problem }；{ $what }必须是 { $range }
survey-answer-out-of-range-n = { $n } 超出范围；{ $what }必须是 { $range }
survey-answer-out-of-range = 超出范围；{ $what }必须是 { $range }
survey-answer-not-a-score = 不是评分；请填写数字 { $range }，或非常满意、满意、一般、不满意、非常不满意这样的选项（英文 Very satisfied … Very dissatisfied 也可以）
survey-answer-not-a-number = 不是数字；{ $what }必须是 { $range }

## 问卷列的对应（src/import/survey/mapping.rs）
survey-map-not-surveymonkey = 第 2 行不是 SurveyMonkey 的第二行表头（`Response`、`Open-Ended Response` …）；请带两行表头重新导出，或使用 `--preset generic`
survey-map-unknown-target = `--map { $name }=…`：`{ $name }` 不是满意度维度；可用：{ $dimensions }、nps、comment、phone、client、date、channel、visit、serial 或 ignore
survey-map-no-column-given = `--map { $dim }=` 没有指定列；请写表头或列号
survey-map-column-out-of-range = `--map { $dim }={ $wanted }`：文件只有第 1 到第 { $columns } 列
survey-map-no-such-column = `--map { $dim }={ $wanted }`：没有这样的表头；请写表头文字或列号（1 到 { $columns }）
survey-map-several-columns = `--map { $dim }={ $wanted }` 对应了多列：{ $matches }；请写列号
survey-map-ignored-and-mapped = { $column } 同时给了 `--map ignore` 和另一个 `--map`
survey-map-mapped-and-ignored = { $column } 同时给了 `--map { $target }` 和 `--map ignore`
survey-map-mapped-twice = `--map { $target }` 给了两次；每个维度只对应一列
survey-map-mapped-to-both = { $column } 同时给了 `--map { $first }` 和 `--map { $second }`
survey-map-ambiguous = 第 1 行：有两列都像 `{ $target }`：{ $first } 和 { $second }；请用 `--map { $target }=COLUMN`（表头或列号）选定一列
survey-map-several-overall = 第 1 行：{ $first } 和 { $second } 都在问满意度，但没有说明是哪个维度；请用 `--map overall=COLUMN` 指定总体满意度那一列
survey-map-no-question = 第 1 行：没有一列像是问卷题目（1–5 分评分或 NPS）；表头是 { $headers }；请用 `--map overall=COLUMN` 指定一列
survey-map-column-described = `{ $header }`（第 { $n } 列）
survey-map-column-no-header = 第 { $n } 列（无表头）
survey-map-column-unnamed = （第 { $n } 列）

## hk survey add（src/cli/survey/add.rs）
survey-add-visit-not-done-hint = 服务完成后，请用 `hk visit done { $id }` 标记
survey-add-visit-after-hint = 请检查 `--date`（答卷日期）和 `--visit`
survey-add-visit-leave-out-hint = 或去掉 `--visit`：答卷将计入该客户最近一次已完成的服务
survey-add-no-answers = 没有任何回答：请至少给出一项评分、`--nps` 或 `--comment`
survey-add-no-answers-hint = 例如 `hk survey add { $client } --overall 5 --nps 9`
survey-added = 已添加满意度答卷 { $id }
survey-add-score-shape = 应为 DIM=N，如 `--score overall=5`
survey-add-unknown-dimension = `{ $key }` 不是本数据目录的满意度维度；可用：{ $known }
# 终端上的提问（评分选项“非常满意 5”等保持不变）。
survey-prompt-skip = 跳过
survey-prompt-nps = 推荐意愿（NPS）：客户愿意把我们推荐给朋友吗？（0–10）
survey-prompt-comment = 意见建议（直接回车跳过）

## hk survey import（src/cli/survey/import.rs）；行的问题跟在“第 N 行，`…` 列：”之后
survey-import-map-shape = 应为 DIM=COLUMN，如 `--map attitude=3`
survey-import-map-hint = 用 `--map DIM=COLUMN` 更正列的对应；`--dry-run` 会显示当前对应
survey-import-ignored = 未导入（不需要的列）：{ $columns }
survey-import-purpose-clients = 把各行对应到客户
survey-import-could-be-client = 某一行的客户
survey-import-purpose-visits = 把各行对应到服务记录
survey-import-could-be-visit = 某一行的服务记录
survey-import-purpose-duplicates = 检查已导入过的答卷
survey-import-could-be-duplicate = 重复的那份
survey-import-no-client-id = 没有客户使用这个编号
survey-import-client-prefix-ambiguous = 这个编号前缀对应多位客户
survey-import-many-phone = 有 { $count } 位客户使用这个电话；请加一列客户编号
survey-import-no-phone = 没有客户使用这个电话；请先添加客户
survey-import-no-client = 没有指明客户（没有客户编号或电话）；匿名答卷请加 `--anonymous`
survey-import-no-visit-id = 没有服务使用这个编号
survey-import-visit-prefix-ambiguous = 这个编号前缀对应多次服务；请多写几位编号
survey-import-visit-other-client = 这次服务属于另一位客户
survey-import-unfit-visit = { $problem }；留空则使用该客户最近一次已完成的服务
