# visit: see src/i18n/mod.rs for how the catalogue works.

## 日期与期间（src/domain/date.rs）：跟在参数名或列名之后
date-empty = 为空；应为日期，如 2026-11-22
date-not-a-day = 应为日期，如 2026-11-22、2026/11/22、2026年11月22日、today（今天）、tomorrow（明天）或 yesterday（昨天）
date-span-not-day = 是月份、季度或年份，不是某一天；请写具体日期，如 2026-11-22
date-not-a-span = 应为日期（2026-11-22）、月份（2026-11）、季度（2026-Q4）、年份（2026），或 this-month、last-month、this-quarter、last-quarter、this-year、last-year（本月、上月、本季度、上季度、今年、去年）之一
date-no-such-day = { $date } 不是日历上存在的日期
date-no-such-month = 月份必须是 1 到 12
date-no-such-quarter = 季度必须是 Q1、Q2、Q3 或 Q4
date-year-out-of-range = 年份必须在 1900 到 2200 之间
date-bad-time = 日期后面的时间不是有效的时刻（如 16:43 或 2:05:09 PM）

## 服务记录（src/domain/visit.rs、booking.rs、stage.rs）
visit-status-expected = 应为 scheduled、done、cancelled 或 no-show（已预约、已完成、已取消、爽约）
visit-payment-expected = 应为 cash、wechat、alipay、card 或 transfer（现金、微信、支付宝、刷卡、转账）
visit-end-before-start = 早于开始日期
visit-staff-one-line = 每位服务人员的姓名必须是非空的一行
visit-field-not-settable = 不是可以修改的服务记录字段；可用：date、end、time、category、staff、status、price、payment、products、issues、notes
visit-done-in-future = 今天之后的服务不能标为已完成
visit-time-expected = 应为时间，如 09:30
visit-refusal-double-booked = { $staff } 已被派到服务 { $other }（{ $date }）
visit-refusal-unavailable = { $staff } { $why }
visit-refusal-avoided = 客户 { $client } 要求不再派 { $staff }
visit-repeat-expected = 应为 weekly、biweekly 或 monthly（每周、每两周、每月）
visit-series-too-long = 一个系列最多 { $max } 次服务；请预约短一些的系列
visit-stage-expected = 应为 lead、new、active、at-risk 或 churned（潜在、新客、活跃、风险、流失）

## 服务记录文件（src/import/visit.rs）：每条跟在“第 N 行，`…` 列：”之后
visit-import-date-empty = 为空；每条服务记录都需要日期
visit-import-no-client = 没有指明客户（客户编号和电话都为空）
visit-import-no-category = 没有服务类别，而该客户的服务类别不止一个或一个也没有

## hk visit add、done、cancel、no-show（src/cli/visit/）
visit-add-done-in-future = { $date } 的服务（今天 { $today } 之后）还不能标为已完成
visit-add-done-in-future-hint = 去掉 --status，即按已预约（scheduled）登记
visit-add-no-category = 缺少 `--category`：客户 { $client } 还没有服务类别
visit-add-no-category-hint = 请写明服务类别，如 `--category 家庭保洁`
visit-add-many-categories = 缺少 `--category`：客户 { $client } 有 { $count } 个服务类别（{ $categories }）
visit-add-many-categories-hint = 请选一个，如 `--category { $example }`
visit-added = 已添加服务记录 { $id }（{ $status }）
visit-paid-from-package = 已从套餐卡 { $package } 扣费；余额 { $balance }
visit-added-series = 已添加一个系列，共 { $count } 次服务，从 { $first } 到 { $last }（系列 { $series }）
visit-add-count-zero = 至少为 1
visit-add-count-zero-hint = `--count 4` 预约四次服务
visit-add-until-before-first = { $until } 早于第一次服务（{ $first }）
visit-add-repeat-no-end = `--repeat` 需要结束条件：`--count N` 或 `--until D`
visit-add-repeat-no-end-hint = 例如 `--repeat weekly --count 8` 或 `--repeat monthly --until 2027-06-30`
visit-staff-unlisted-hint = 或用 `--staff-unlisted NAME` 记下不在名册上的姓名
# { $problems }：每个问题一行（缩进），各以换行开头。
visit-cannot-book = 无法预约：有 { $count } 个问题；未写入任何内容{ $problems }
visit-cannot-book-hint = 换一位服务人员（`hk staff suggest`）或换个时间
visit-cannot-book-hint-anyway = 或用 `--allow-overlap` 强制预约
visit-status-in-future = 服务 { $id } 在 { $date }，晚于今天；还不能标为 { $status }
visit-status-unchanged = 服务 { $id } 已经是 { $status }
visit-status-changed = 服务 { $id } 现在是 { $status }
visit-purpose-cancel-series = 取消整个系列
visit-could-be-series-visit = 该系列中的一次服务
visit-series-not-found = 没有服务属于系列 `{ $series }`
visit-series-not-found-hint = `hk visit show V` 会显示一次服务所属的系列；请写完整编号
visit-series-nothing-to-cancel = 该系列没有可取消的已预约服务
visit-series-cancelled = 已取消系列 { $series } 中的 { $count } 次服务

## hk visit delete、edit、upcoming
visit-purpose-delete = 确认没有记录关联服务 { $id }
visit-could-be-linker = 关联它的记录
visit-delete-plan = 删除客户 { $client } 的服务记录 { $id }
# { $records }：某类记录的条数及编号（`2 follow-up(s): f-…`）。
visit-delete-plan-unlink = ，并解除 { $records } 与它的关联
visit-kind-followup = 回访
visit-kind-survey = 满意度调查
visit-kind-complaint = 投诉
visit-deleted = 已删除服务记录 { $id }
visit-deleted-unlinked = 已解除 { $ids } 与它的关联
visit-edit-client-fixed = 服务记录的 `client` 不能修改
visit-edit-client-fixed-hint = 请用 `hk visit delete` 删除，再添加到正确的客户名下
visit-edit-category-dropped = 客户 { $client } 不再有服务类别 { $category }（没有其他服务属于该类别）
visit-within-too-large = 太大
visit-upcoming-on = { $date } 有 { $count } 次已预约服务
visit-upcoming-between = { $first } 到 { $last } 有 { $count } 次已预约服务

## hk visit import（src/cli/visit/import.rs）；行的问题跟在“第 N 行，`…` 列：”之后
visit-import-what = 服务记录
visit-import-purpose-clients = 把各行对应到客户
visit-import-could-be-client = 某一行的客户
visit-import-purpose-duplicates = 检查已导入过的服务记录
visit-import-could-be-duplicate = 重复的那条
visit-import-no-staff = 没有服务人员叫这个名字或有这个编号；请先用 `hk staff add` 添加
visit-import-many-staff = 有 { $count } 位服务人员同名（{ $ids }）；请用编号
visit-import-cannot-book = { $problems }；如仍要导入，请加 `--allow-overlap`
visit-import-no-client-id = 没有编号为 `{ $id }` 的客户
visit-import-bad-phone = 电话无效：{ $problem }
visit-import-many-phone = 有 { $count } 位客户使用这个电话；请改用客户编号列
visit-import-no-phone = 没有客户使用这个电话；请先添加客户（`hk client add`）
