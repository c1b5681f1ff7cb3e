# records: see src/i18n/mod.rs for how the catalogue works.

## Loading records (src/cli/records.rs)
records-unreadable-refused = 无法{ $purpose }：`{ $folder }/` 中有 { $count } 条记录无法读取，其中任何一条都可能是{ $could_be }；未写入任何内容{ $listed }
records-restore-hint = 先从 git（`git checkout -- FILE`）或备份恢复这些文件，再重新运行命令
records-restore-file-hint = 从 git 或备份恢复该文件（`git checkout -- FILE`）
records-not-an-id-a = `{ $query }` 不是{ $kind }编号；{ $kind }编号形如 { $prefix }7k2m9q4x
records-not-an-id-an = `{ $query }` 不是{ $kind }编号；{ $kind }编号形如 { $prefix }7k2m9q4x
records-list-hint = `hk { $command } list` 列出所有编号
records-no-id-prefix = 没有以 `{ $prefix }` 开头的{ $kind }编号
records-ambiguous-prefix = 以 `{ $prefix }` 开头的{ $kind }编号有 { $count } 个：{ $ids }
records-type-more = 请多输入几位编号
records-visit-of-other-client = 服务记录 { $visit } 属于客户 { $owner }，不是 { $client }

## The kinds of record, as messages name them
records-kind-client = 客户
records-kind-visit = 服务记录
records-kind-followup = 回访
records-kind-survey = 满意度调查
records-kind-complaint = 投诉
records-kind-staff = 服务人员
records-kind-package = 套餐卡
records-kind-audit = 审计日志条目
records-kind-inquiry = 咨询

## Editing records: `--set` and $EDITOR (src/cli/edit.rs)
records-set-expected = 应为 FIELD=VALUE（字段=值），例如 `{ $example }`
records-no-changes = 没有改动
records-updated = 已更新{ $kind } { $id }
records-no-editor = 没有给出 `--set`，也没有可以打开编辑器的终端
records-no-editor-hint = 请用 `--set FIELD=VALUE`，或设置 EDITOR
records-scratch-failed = 无法创建私有临时文件夹：{ $error }
records-temp-write-failed = 无法写入临时文件：{ $error }
records-editor-failed = 无法启动编辑器 `{ $editor }`：{ $error }
records-editor-exited = 编辑器 `{ $editor }` 退出（{ $status }）；未做任何改动
records-read-back-failed = 无法读回编辑后的文件：{ $error }
records-edit-invalid = 编辑后的记录无效：{ $problem }
records-reopen-editor = 重新打开编辑器？（选“否”将放弃这次修改）
records-not-saved = { $path }：未保存（{ $problem }）；未做任何改动
records-nothing-changed = { $problem }；未做任何改动
records-field-fixed = 字段 `{ $field }` 不能修改
records-ledger-append-only = `{ $ledger }` 流水只能追加，不能编辑
records-moved = 已将{ $kind } { $id } 从客户 { $from } 移到客户 { $to }
records-no-client-id = 没有编号为 `{ $id }` 的客户
records-no-visit-id = 没有编号为 `{ $id }` 的服务记录
records-drop-visit-hint = 用 `--set visit=` 去掉关联（在编辑器中则删去 `visit`），或指定该客户的一条服务记录

## Deleting and confirming (src/cli/remove.rs)
records-confirm = { $plan }？
records-not-confirmed = 未确认；未做任何改动
records-needs-yes = `--yes`：{ $plan } 需要确认，但没有可以询问的终端；未做任何改动
records-needs-yes-hint = 加上 `--yes` 表示确认
records-delete = 删除{ $kind } { $id }
records-delete-of = 删除客户 { $client } 的{ $kind } { $id }
records-deleted = 已删除{ $kind } { $id }
records-deleted-of = 已删除客户 { $client } 的{ $kind } { $id }
records-listed = { $count } 条{ $what }（{ $ids }）
records-listed-more = { $count } 条{ $what }（{ $ids } 等，另有 { $more } 条未列出）

## Shared flags: periods, days (src/cli/filters.rs)
records-from-after-to = `--from` { $from } 晚于 `--to` { $to }
records-from-after-to-hint = 请对调两者，或用 `--period` 给出一个时段
records-from-after-today = `--from` { $from } 晚于 `--to` { $to }（未给 `--to` 时为今天）
records-date-one-day-hint = `{ $flag }` 只接受一天（2026-11-22、today、tomorrow）；月份和季度请用 `--from`/`--to` 或 `--period`
records-date-day-of-month-hint = 请检查日期：每月 30 或 31 天，2 月 28 天（闰年 29 天）
records-date-span-hint = `--from 2026-11` 表示 2026-11-01，`--to 2026-11` 表示 2026-11-30，`--period last-month` 表示整月
records-date-forms-hint = 日期可写作 2026-11-22、2026/11/22、2026年11月22日、today、tomorrow 或 yesterday
records-after-today = { $date } 晚于今天（{ $today }）；请在事情发生后再记录
records-expected-whole-number = 应为整数
