# terms: 表格里显示的固定词汇（`Cell::term`）；CSV/JSON 仍然输出英文键。

## stage
term-stage-lead = 潜在客户
term-stage-new = 新客户
term-stage-active = 活跃
term-stage-at-risk = 有流失风险
term-stage-churned = 已流失
term-stage-total = 合计

## reason
term-reason-first = 首次回访
term-reason-periodic = 定期回访
term-reason-retry = 重拨
term-reason-complaint = 投诉回访
term-reason-check-in = 上户回访

## outcome
term-outcome-reached = 已接通
term-outcome-no-answer = 未接通

## channel
term-channel-phone = 电话
term-channel-wechat = 微信
term-channel-sms = 短信
term-channel-visit = 上门
term-channel-questionnaire = 问卷

## survey-channel
term-survey-channel-phone = 电话
term-survey-channel-online = 线上
term-survey-channel-paper = 纸质
term-survey-channel-interview = 面访

## visit-status
term-visit-status-scheduled = 已预约
term-visit-status-done = 已完成
term-visit-status-cancelled = 已取消
term-visit-status-no-show = 爽约

## priority
term-priority-urgent = 紧急
term-priority-high = 高
term-priority-normal = 普通
term-priority-low = 低

## complaint-status
term-complaint-status-open = 待处理
term-complaint-status-in-progress = 处理中
term-complaint-status-resolved = 已解决
term-complaint-status-closed = 已结案

## complaint-entry
term-complaint-entry-note = 备注
term-complaint-entry-contact = 联系客户
term-complaint-entry-action = 处理措施

## inquiry-outcome
term-inquiry-outcome-open = 跟进中
term-inquiry-outcome-booked = 已下单
term-inquiry-outcome-lost = 已流失

## package-kind
term-package-kind-visits = 次卡
term-package-kind-stored-value = 储值卡

## ledger
term-ledger-visit = 消费
term-ledger-refund = 退款

## audit-action
term-audit-action-reveal = 查看明文
term-audit-action-export = 导出
term-audit-action-erase = 抹除

## ended
term-ended-closed = 已结案
term-ended-inactive = 长期未服务

## staff-state
term-staff-state-active = 在职
term-staff-state-leave = 休假
term-staff-state-left = 离职
