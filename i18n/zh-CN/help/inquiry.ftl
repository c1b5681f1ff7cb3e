# Chinese --help for `hk inquiry`. Ids: see src/cli/help.rs.

cmd-hk-inquiry = 咨询：潜在客户的首次联系、咨询的内容，以及转为客户

cmd-hk-inquiry-add = 登记一条咨询，在标准输出打印新编号
    .long =
        登记一条咨询，在标准输出打印新编号。

        姓名和电话可以不填：只问了价格的潜在客户也算一条咨询。渠道和咨询内容可以写 `.hk/config.toml` 的 `[inquiries]` 里的 key 或 label。
arg-hk-inquiry-add-channel = 对方怎么联系进来的：phone（电话）、wechat（微信）、meituan（美团）、58tongcheng（58同城）、walk-in（到店）、website（网站）、referral（转介绍）、other（其他），或配置里的名称
arg-hk-inquiry-add-date = 联系进来的日期［默认：今天］；不能晚于今天
arg-hk-inquiry-add-name = 潜在客户的姓名
arg-hk-inquiry-add-phone = 潜在客户的电话
arg-hk-inquiry-add-category = 咨询的服务类别（key 或名称）
arg-hk-inquiry-add-topics = 咨询内容：price、qualification、availability、content、safety、other（或 价格、资质、档期、服务内容、安全/保险、其他）；可重复
arg-hk-inquiry-add-needs = 需求
arg-hk-inquiry-add-budget = 预算，按对方的原话（`8000-10000/月`）
arg-hk-inquiry-add-start = 希望何时开始服务；月嫂服务写预产期
arg-hk-inquiry-add-outcome = open（默认，跟进中）或 lost（流失）；转为客户后有了服务记录即为 `booked`
arg-hk-inquiry-add-reason = 流失原因（与 `--outcome lost` 一起用）
arg-hk-inquiry-add-note = 备注

cmd-hk-inquiry-list = 按日期（咨询进来的那天）列出咨询；筛选条件可以组合
    .long =
        按日期（咨询进来的那天）列出咨询；筛选条件可以组合。

        `--due-within N` 列出希望开始日期（月嫂服务为预产期）在今天到今天 + N 天之间的跟进中咨询，最近的在前：这些是要趁别家还没约走之前赶紧联系的。
arg-hk-inquiry-list-from = 从这一天起（含）；写月份（2026-11）、季度（2026-Q4）、年份（2026）或 `last-month` 表示其第一天
arg-hk-inquiry-list-to = 到这一天止（含）；写月份、季度、年份或 `last-month` 表示其最后一天
arg-hk-inquiry-list-period = 一整段时间，代替 `--from`/`--to`：this-month、last-month、this-quarter、last-quarter、this-year、last-year、某月（2026-11）或某季度（2026-Q4）
arg-hk-inquiry-list-outcome = open、booked 或 lost（按 hk 统计的结果：有了服务记录即为 booked）
arg-hk-inquiry-list-channel = 只看这个渠道（key 或名称）
arg-hk-inquiry-list-due_within = 只看希望开始日期在今天起 N 天内的跟进中咨询

cmd-hk-inquiry-show = 查看一条咨询：问了什么、需要什么、结果（转为客户后有了服务记录即为已成交），以及转成的客户
arg-hk-inquiry-show-inquiry = 咨询编号或编号前缀

cmd-hk-inquiry-convert = 把咨询转为客户，打印客户编号
    .long =
        把咨询转为客户，打印客户编号。

        用 `--client C` 时，咨询关联到这位现有客户（不修改该客户的记录）。不用时，按咨询新建一位客户：姓名和电话（或 `--name`/`--phone`）、咨询的服务类别、需求，渠道作为客户来源。两种情况下，咨询都会记下客户和转化日期（`--date`，默认今天），在一次提交中完成。

        只要客户有一条从咨询日期当天或之后开始的服务记录（已预约、已完成或爽约，不含已取消），结果就变为 `booked`：hk 每次列出或统计咨询时都会重新计算，所以之后才预约的服务也算。
arg-hk-inquiry-convert-inquiry = 咨询编号或编号前缀
arg-hk-inquiry-convert-client = 关联一位现有客户（编号或编号前缀、电话或完整姓名），而不是新建
arg-hk-inquiry-convert-date = 转化日期［默认：今天］；不能早于咨询日期，也不能晚于今天
arg-hk-inquiry-convert-name = 新客户的姓名，咨询里没有姓名时使用（或用来更正）
arg-hk-inquiry-convert-phone = 新客户的电话，咨询里没有电话时使用（或用来更正）
arg-hk-inquiry-convert-address = 新客户的地址
arg-hk-inquiry-convert-allow_duplicate = 即使已有同一电话的客户，也新建客户

cmd-hk-inquiry-edit = 修改一条咨询。用 `--set 字段=值`（可重复）修改这些字段；不用时在 $EDITOR 中打开解密后的 TOML
    .long =
        修改一条咨询。用 `--set 字段=值`（可重复）修改这些字段；不用时在 $EDITOR 中打开解密后的 TOML。

        字段：date、channel、name、phone、category、topics（用 `;` 分隔，替换整个列表）、needs、budget、start、outcome（open、booked、lost）、reason（与 lost 一起）、notes。标记为流失：`--set outcome=lost --set reason=价格太高`。客户由 `hk inquiry convert` 关联。
arg-hk-inquiry-edit-inquiry = 咨询编号或编号前缀
arg-hk-inquiry-edit-sets = 字段=值；列表用 `;` 分隔多个值
