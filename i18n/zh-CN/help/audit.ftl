# Chinese --help for `hk audit`. Ids: see src/cli/help.rs.

cmd-hk-audit = 审计日志：谁在何时查看、导出或抹除了谁的数据

cmd-hk-audit-list = 列出审计日志，最早的在前：每次用 `--reveal` 查看证件号、每次 `hk client export 客户` 和每次 `hk client erase`，包括时间、操作、涉及谁的数据（编号：日志里没有姓名和电话）和操作人（所用私钥对应的公钥；`hk key list` 列出各公钥的名称）
arg-hk-audit-list-from = 从这一天起（含）；写月份（2026-11）、季度（2026-Q4）、年份（2026）或 `last-month` 表示其第一天
arg-hk-audit-list-to = 到这一天止（含）；写月份、季度、年份或 `last-month` 表示其最后一天
arg-hk-audit-list-period = 一整段时间，代替 `--from`/`--to`：this-month、last-month、this-quarter、last-quarter、this-year、last-year、某月（2026-11）或某季度（2026-Q4）
arg-hk-audit-list-client = 只看关于这位客户的记录：编号或编号前缀，原样输入（已抹除客户的编号仍可用；服务人员编号 `w-…` 也可以）
