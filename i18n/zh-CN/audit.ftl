# audit: see src/i18n/mod.rs for how the catalogue works.

## 审计日志记录（src/domain/audit.rs）
audit-action-expected = 应为 reveal（查看证件号）、export（导出）或 erase（抹除）
audit-set-refused = 不能修改：审计日志只能追加

## hk audit list
audit-client-not-id = 不是客户编号（形如 c-7k2m9q4x）；审计日志只按编号记录客户
audit-hint-find-id = 用 `hk client list --search 关键词` 查找编号
audit-none-match = 没有符合条件的审计记录
