# message: see src/i18n/mod.rs for how the catalogue works.

## 没有收到消息的客户（标准错误输出）
message-left-out = { $count } 位客户未列入：{ $reasons }
message-left-out-separator = ，
message-left-out-do-not-contact = { $count } 位勿扰
message-left-out-closed = { $count } 位已结束服务
message-left-out-no-marketing-consent = { $count } 位未同意接收营销信息
message-left-out-no-phone = { $count } 位没有电话

## 模板（.hk/config.toml 的 [templates]）
message-template-error = 模板 `{ $template }` { $problem }
message-template-unclosed = 有一个没有闭合的 `{"{"}`；字面的大括号请写 `{"{{"}`
message-template-unknown-placeholder = 含有未知的占位符 `{ $placeholder }`；可用的占位符：{ $placeholders }
message-template-no-value = 用了 `{ $placeholder }`，但{ $list ->
    [reminder] 预约提醒
    [care] 关怀问候
   *[other] 营销活动
}消息没有这个值；可用：{ $supplied }
message-template-no-company = 用了 `{"{"}company{"}"}`，但 `.hk/config.toml` 里没有 `company_name`
message-template-not-found = `.hk/config.toml` 里没有模板 `{ $name }`；营销活动模板：{ $campaigns }
message-template-none-yet = 暂无
message-hint-add-template = 在 `[templates]` 下添加一个，例如 `{ $name } = "{"{"}name{"}"}您好，……"`
message-hint-edit-templates = 请修改 `.hk/config.toml` 的 `[templates]`

## hk message reminders / care / campaign
message-channel-sms-or-wechat = 消息只能通过 sms（短信）或 wechat（微信）发送
message-within-too-large = 太大了
message-not-campaign-template = `{ $name }` 不是营销活动模板；它由 `hk message { $command }` 发送
message-count = 共 { $count } 条消息
message-nothing-to-log = 没有需要记录的消息
message-logged = 已记录 { $count } 条回访（{ $channel }，已接通）
