# inquiry: see src/i18n/mod.rs for how the catalogue works.

## 咨询记录（src/domain/inquiry）
inquiry-outcome-expected = 应为 open（跟进中）、booked（已成交）或 lost（流失）
inquiry-format-unsupported = 不支持记录格式 { $format }
inquiry-name-one-line = 只能写一行
inquiry-reason-missing = 缺少流失原因：流失的咨询要写明原因（价格、档期……）
inquiry-reason-only-lost = 只有流失的咨询才记录原因；请把结果设为 lost，或清空原因
inquiry-client-and-converted = 和 `converted` 必须同时有或同时没有：`hk inquiry convert` 会同时设置两者
inquiry-converted-before-date = { $converted } 早于咨询日期（{ $date }）；咨询进来之后才能转为客户
inquiry-set-client-by-hand = 不能手动设置；请用 `hk inquiry convert ID [--client C]` 关联客户
inquiry-set-unknown-field = 不是可以设置的字段；可用的字段：date、channel、name、phone、category、topics、needs、budget、start、outcome、reason、notes

## .hk/config.toml 的 [inquiries]；$what 是 `channel`（渠道）或 `topic`（咨询内容）
inquiry-settings-list-empty = [inquiries] 至少需要一个{ $what ->
    [channel] 渠道
   *[other] 咨询内容
}
inquiry-settings-entry-incomplete = 第 { $number } 个咨询{ $what ->
    [channel] 渠道
   *[other] 咨询内容
}需要 key 和 label
inquiry-settings-entries-share = 咨询{ $what ->
    [channel] 渠道
   *[other] 咨询内容
}之间的 key 或 label 与 `{ $key }` 重复
inquiry-settings-unknown = `{ $input }` 不是已知的{ $what ->
    [channel] 渠道
   *[other] 咨询内容
}；可用：{ $known }

## hk inquiry add
inquiry-hint-lists-in-config = 这些列表在 `.hk/config.toml` 的 [inquiries] 下
inquiry-hint-reason-with-lost = 请同时给出 `--outcome lost --reason 原因`
inquiry-added = 咨询 { $id }（{ $channel }，{ $outcome }）

## hk inquiry convert
inquiry-already-converted = 咨询 { $id } 已于 { $date } 转为客户 { $client }；未做任何更改
inquiry-hint-show-client = 用 `hk client show { $client }` 查看该客户
inquiry-convert-date-before = { $date } 早于咨询进来的日期（{ $inquiry_date }）
inquiry-converted-new = 咨询 { $id } 已转为新客户 { $client }
inquiry-converted-existing = 咨询 { $id } 已关联到现有客户 { $client }
inquiry-convert-no-name = 咨询 { $id } 没有姓名，而客户必须有姓名；未做任何更改
inquiry-hint-convert-name = 用 `--name` 给出姓名，或用 `--client C` 关联一位现有客户
inquiry-convert-refused = { $problem }；未做任何更改
inquiry-hint-convert-phone = 用 `--phone` 给出新客户的电话
inquiry-hint-convert-link = 如果是同一个人，请关联：`hk inquiry convert { $inquiry } --client { $owner }`
inquiry-hint-convert-allow-duplicate = 或者加 `--allow-duplicate` 仍然新建客户

## hk inquiry edit
inquiry-edit-link-fixed = 这里不能修改 `client` 和 `converted`
inquiry-hint-convert-links = 关联客户请用 `hk inquiry convert`

## hk inquiry list
inquiry-due-within = { $count } 条跟进中的咨询希望在 { $days } 天内开始服务
