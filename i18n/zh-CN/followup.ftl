# followup: see src/i18n/mod.rs for how the catalogue works.

## 回访记录（src/domain/followup.rs）
followup-channel-expected = 应为 phone、wechat、sms、visit 或 questionnaire（电话、微信、短信、上门、问卷）
followup-outcome-expected = 应为 reached 或 no-answer（接通、未接通）
followup-field-not-settable = 不是可以修改的回访字段；可用：client、date、channel、outcome、visit、score、notes、actions
followup-client-empty = 为空；回访必须对应一位客户
followup-score-range = 必须是 1 到 5

## 待办（src/domain/action.rs）
action-empty = 为空
action-due-without-text = 有截止日期，但没有要做的事
action-bad-due = `@` 后面的截止日期不是日期（{ $problem }）；请写成 @2026-12-01 这样
action-id-shape = 待办编号由回访编号、一个点和序号组成，如 f-7k2m9q4x.1
action-bad-number = `{ $number }` 不是待办序号（1、2 …）

## hk followup（src/cli/followup/）
followup-within-too-large = 太大
followup-due-count = 截至 { $until } 有 { $count } 位客户待回访
followup-logged = 已为 { $client } { $name } 记录回访 { $id }（{ $channel }，{ $outcome }）

## hk action（src/cli/action/）
action-list-shows-ids = `hk action list` 会列出待办编号
action-no-such-item = 回访 { $followup } 有 { $count } 项待办；没有 { $id }
action-already-done = { $id } 已于 { $date } 完成
action-already-done-hint = `hk followup edit` 可以修改回访的待办
action-done = { $id } 已于 { $date } 完成
