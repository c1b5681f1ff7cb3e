# Chinese --help for `hk message`. Ids: see src/cli/help.rs.

cmd-hk-message = 发给客户的消息（预约提醒、关怀问候、营销活动）及其内容，用于短信或微信

cmd-hk-message-reminders = 某一天所有已预约服务的提醒消息，按时间排列，用 `reminder` 模板填写（`.hk/config.toml` 的 `[templates]`）
    .long =
        某一天所有已预约服务的提醒消息，按时间排列，用 `reminder` 模板填写（`.hk/config.toml` 的 `[templates]`）。

        预约提醒是针对客户已预约服务的服务消息：勿扰客户也会收到。没有电话的客户不列入，并在标准错误输出中计数。没有时间的服务写作 `时间待定`，没有服务人员的写作 `待定`。
arg-hk-message-reminders-tomorrow = 明天的服务
arg-hk-message-reminders-on = 这一天的服务
arg-hk-message-reminders-log = 把每条消息记为一条回访（结果 reached，日期为今天），在一次提交中完成；不加时不写入任何内容
arg-hk-message-reminders-channel = 消息的发送方式，用于 `--log`：sms（短信）或 wechat（微信）

cmd-hk-message-care = 下次预计服务在 N 天内、且这段时间没有预约的客户，用 `care` 模板生成关怀问候
    .long =
        下次预计服务在 N 天内、且这段时间没有预约的客户，用 `care` 模板生成关怀问候。

        下次预计服务 = 客户最近一次已完成的服务（住家服务按结束日期）加上其 `frequency` 所写的间隔：每周 7 天，每两周 14 天，每月 一个自然月，每季度 三个月。`frequency` 没写间隔的客户不列出；从今天到今天 + N 天之间已有预约的不列出；下次预计服务日期已过的也不列出。勿扰客户和已结束服务的客户从不收到关怀问候，没有电话的客户不列入；两者都在标准错误输出中计数。`{"{"}date{"}"}` 是下次预计服务日期，`{"{"}service{"}"}` 和 `{"{"}staff{"}"}` 取自最近一次服务。
arg-hk-message-care-within = 向后看几天（今天 + N 天，含当天）
arg-hk-message-care-log = 把每条消息记为一条回访（结果 reached，日期为今天），在一次提交中完成；不加时不写入任何内容
arg-hk-message-care-channel = 消息的发送方式，用于 `--log`：sms（短信）或 wechat（微信）

cmd-hk-message-campaign = 给今天营销同意为 yes 的每位客户一条营销短信，用营销活动模板填写：`.hk/config.toml` 的 `[templates]` 中除 `reminder` 和 `care` 以外的任何 key
    .long =
        给今天营销同意为 yes 的每位客户一条营销短信，用营销活动模板填写：`.hk/config.toml` 的 `[templates]` 中除 `reminder` 和 `care` 以外的任何 key。

        不列入并在标准错误输出中计数的：没有同意营销的客户、勿扰和已结束服务的客户、没有电话的客户。`{"{"}service{"}"}` 是客户的服务类别，`{"{"}date{"}"}` 是今天；`{"{"}time{"}"}` 和 `{"{"}staff{"}"}` 在营销活动中没有值。
arg-hk-message-campaign-template = 模板在 `[templates]` 下的 key
arg-hk-message-campaign-log = 把每条消息记为一条回访（结果 reached，日期为今天），在一次提交中完成；不加时不写入任何内容
arg-hk-message-campaign-channel = 消息的发送方式，用于 `--log`：sms（短信）或 wechat（微信）
