# staff: see src/i18n/mod.rs for how the catalogue works.

## hk staff add
staff-added = 已添加服务人员 { $id }
staff-add-name-missing = 缺少 `--name`：每位服务人员都要有姓名
staff-add-name-missing-hint = 例如 `hk staff add --name 刘阿姨 --phone 13912345678 --category 月嫂服务`
staff-add-category-missing = 缺少 `--category`：她做哪些服务？
staff-add-category-missing-hint = 可以重复写，例如 `--category 家庭保洁 --category 保姆照顾`

## hk staff avoid
staff-avoid-no-changes = 没有变化
staff-avoid-done = 不再派 { $staff } 给客户 { $client }
staff-avoid-undone = 可以再派 { $staff } 给客户 { $client }

## hk staff import（`purpose` 和 `could-be` 用在“记录无法读取”的消息里）
staff-import-what = 服务人员
staff-import-purpose = 检查重复的电话
staff-import-could-be = 重复的那位
staff-import-bad-id = 不是服务人员编号（形如 w-7k2m9q4x）；新人员请留空
staff-import-level-expected = 星级应为 1 到 4

## hk staff link
staff-link-purpose = 关联服务记录
staff-link-could-be-staff = 被提到的那位
staff-link-could-be-visit = 要关联的记录
staff-link-done = 已把 { $count } 条服务记录关联到服务人员档案
staff-link-nothing = 没有要关联的服务记录
staff-link-dry-run = 试运行：将关联 { $count } 条服务记录；没有写入任何内容

## hk staff list
staff-list-none = 没有符合条件的服务人员
staff-list-expiring-too-far = 天数太大
staff-list-expiring-none = 这段时间内没有到期的证书

## hk staff show（表格中的状态：`leave 自 2026-12-01 起 至 2026-12-03（回老家）`）
staff-show-status-since = {" "}自 { $date } 起
staff-show-status-until = {" "}至 { $date }
staff-show-status-reason = （{ $reason }）

## hk staff suggest（表格中每行的理由，用分隔符连接）
staff-suggest-served-before = 服务过这位客户
staff-suggest-covers = 负责 { $district }
staff-suggest-booked = 当天已约 { $count } 次
staff-suggest-overall = 评分 { $score }
staff-suggest-no-surveys = 近期没有满意度调查
staff-suggest-separator = ；
staff-suggest-nobody = 没有人可以派：换一天试试，或减少技能要求

## STAFF 参数或选项（`what`）找不到人，或找到多人
staff-resolve-purpose = 确认指的是哪位服务人员
staff-resolve-could-be = 所指的那位
staff-no-match = { $what }：没有服务人员叫这个名字或用这个编号
staff-no-match-hint = `hk staff list` 列出服务人员名单；新人员先用 `hk staff add` 添加
staff-many-match = { $what }：有 { $count } 位服务人员符合：{ $ids }
staff-many-match-hint = 请用编号，例如 `{ $id }`

## 服务人员记录的字段（src/domain/staff.rs）
staff-who = 服务人员
staff-state-expected = 应为 active（在职）、leave（休假）或 left（离职）
staff-gender-expected = 应为 女 或 男
staff-birth-year-expected = 应为年份，例如 1975
staff-level-expected = 星级应为 1 到 4
staff-single-line = 只能写一行
staff-status-until-before-since = 早于状态的起始日期
staff-status-until-not-leave = 只用于休假（`--status leave`）
staff-cert-expected = 格式应为 种类:证号:发证日期:到期日期，例如 `健康证:HZ001:2026-01-05:2027-01-04`
staff-cert-issued-bad = 发证日期：{ $problem }
staff-cert-expires-bad = 到期日期：{ $problem }
staff-cert-kind-missing = 每个证书都要写种类
staff-cert-expires-before-issued = 到期日期早于发证日期
staff-set-unknown-field = 不是可以修改的服务人员字段；可用：name, phones, id_number, gender, birth_year, native_place, languages, categories, skills, level, districts, notes, status, status.since, status.until, status.reason, certificates（种类:证号:发证日期:到期日期;…）

## 某天不能派她的原因（跟在编号后：`w-… 已离职（自 2026-11-01 起）`）
staff-unavailable-left = 已离职（自 { $since } 起）
staff-unavailable-on-leave = { $day } 休假
staff-unavailable-no-certificate = 在 { $day } 没有有效的{ $kind }

## src/domain/limits.rs：各种记录文字字段的长度上限
staff-limits-too-long = 超过 { $max } 个字，请缩短
