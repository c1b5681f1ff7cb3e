# complaint: see src/i18n/mod.rs for how the catalogue works.

## hk complaint add 和处理步骤
complaint-added = 已登记投诉 { $id }，客户 { $client } { $name }（{ $kind }，{ $priority }）
complaint-add-type-hint = 投诉类型列在 `.hk/config.toml` 的 [complaints] 下
complaint-step-done = 投诉 { $id } 现在是 { $status }
complaint-assign-name-empty = `NAME` 是空的
complaint-assign-name-empty-hint = 请写负责处理的人的姓名
complaint-flag-empty = 是空的
complaint-search-text-empty = `TEXT` 是空的
complaint-search-text-empty-hint = 写一两个词，例如 `花瓶`
complaint-show-no-playbook = `{ $kind }` 类型没有处理话术：请在数据目录中写 `{ $file }`（纯 Markdown，不写个人信息）

## 当前状态不允许的步骤（src/domain/complaint/rules.rs）
complaint-closed-cannot-log = 投诉 { $id } 已关闭，不能再记录
complaint-closed-cannot-assign = 投诉 { $id } 已关闭，不能再指派
complaint-closed-cannot-resolve = 投诉 { $id } 已关闭，不能再处理
complaint-closed-cannot-close = 投诉 { $id } 已关闭，不能再次关闭
complaint-already-resolved = 投诉 { $id } 已经处理完毕
complaint-verdict-before-resolution = `{ $flag }`：投诉 { $id } 的状态是 { $status }；客户评价要在处理完毕之后
complaint-not-reopenable = 投诉 { $id } 的状态是 { $status }；只有已处理或已关闭的投诉才能重新打开

## 投诉记录的字段
complaint-priority-expected = 应为 urgent（紧急）、high（高）、normal（普通）或 low（低）
complaint-verdict-expected = 应为 satisfied（满意）或 unsatisfied（不满意）
complaint-compensation-expected = 应为 refund（退款）、redo（返工）、coupon（优惠券）或 none（无），后接 `:金额`（refund:200）
complaint-compensation-negative = 金额不能是负数
complaint-compensation-none-amount = `none` 不带金额
complaint-set-unknown-field = 不是可以修改的投诉字段；可用：client, visit, channel, description, cause, resolution
complaint-client-empty = 是空的；投诉必须属于一位客户

## .hk/config.toml 中的 [complaints]
complaint-config-no-types = [complaints] 至少要有一种投诉类型
complaint-config-type-incomplete = 第 { $number } 种投诉类型需要 key 和 label
complaint-config-bad-key = 投诉类型 `{ $key }`：key 是话术文件名；只能用字母、数字和 `-`
complaint-config-duplicate = 有投诉类型与 `{ $key }` 的 key 或 label 相同
complaint-type-unknown = `{ $value }` 不是投诉类型；已有：{ $known }
