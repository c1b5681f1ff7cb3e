# Chinese --help for `hk report` and `hk today`. Ids: see src/cli/help.rs.

## hk report
cmd-hk-report = 给老板看的报表：满意度、生命周期、回访、投诉、服务人员、咨询、收入、套餐卡、复购、数据保留，以及 HTML 看板

## hk report lifecycle
cmd-hk-report-lifecycle = 按生命周期阶段（lead、new、active、at-risk、churned）统计客户数，包括总数和各服务类别（有两个类别的客户两边都计）

## hk report followups
cmd-hk-report-followups = 一段期间的回访数字：应回访客户、已回访次数、接通次数和接通率，以及期末（或今天）逾期的客户
    .long =
        一段期间的回访数字：应回访客户、已回访次数、接通次数和接通率，以及期末（或今天）逾期的客户。

        `--by month`（默认）每个自然月一行；`--by category` 每条服务线一行，统计整个期间。期间默认是最近六个月（含本月）：`--to` 默认今天，`--from` 默认 `--to` 往前五个月的那个月的 1 日。
arg-hk-report-followups-from = 从这一天起（含）；写月份（2026-11）、季度（2026-Q4）、年份（2026）或 `last-month` 时取其第一天
arg-hk-report-followups-to = 到这一天止（含）；写月份、季度、年份或 `last-month` 时取其最后一天
arg-hk-report-followups-period = 用一整段期间代替 `--from`/`--to`：this-month、last-month、this-quarter、last-quarter、this-year、last-year、某个月（2026-11）或某个季度（2026-Q4）
arg-hk-report-followups-by = 按月份或按服务类别分行

## hk report satisfaction
cmd-hk-report-satisfaction = 一段期间内满意度调查答卷的数字：答卷数、各维度平均分（只计回答了该项的答卷）、满意率 csat_pct（总体评分 4–5 分的占比）、净推荐值 nps（推荐者 9–10 分减去贬损者 0–6 分，按每 100 份答卷计）及各类人数
    .long =
        一段期间内满意度调查答卷的数字：答卷数、各维度平均分（只计回答了该项的答卷）、满意率 csat_pct（总体评分 4–5 分的占比）、净推荐值 nps（推荐者 9–10 分减去贬损者 0–6 分，按每 100 份答卷计）及各类人数。

        答卷的服务类别和服务人员取自它的服务记录（答卷指定的，或该客户在调查日期之前开始的最近一次已完成服务）；有两位服务人员的服务记录两人各计一次；没有服务记录的答卷归入 `(none)`。分母为空时显示 NA（表格）或留空（CSV），不显示 0。不给 `--from` 时期间从第一份答卷开始；不给 `--to` 时到今天为止。
arg-hk-report-satisfaction-from = 从这一天起（含）；写月份（2026-11）、季度（2026-Q4）、年份（2026）或 `last-month` 时取其第一天
arg-hk-report-satisfaction-to = 到这一天止（含）；写月份、季度、年份或 `last-month` 时取其最后一天
arg-hk-report-satisfaction-period = 用一整段期间代替 `--from`/`--to`：this-month、last-month、this-quarter、last-quarter、this-year、last-year、某个月（2026-11）或某个季度（2026-Q4）
arg-hk-report-satisfaction-by = 每个月份、季度、服务类别、服务人员或渠道一行［默认：只有一行合计］

## hk report complaints
cmd-hk-report-complaints = 一段期间内受理的投诉的处理数字（不给 `--from`/`--to` 时为全部时间）：受理数、未结数、当前（HK_NOW）逾期数、及时响应率%（首次联系在时限内，分母为已首次联系或时限已过的投诉）、及时解决率%（同理）、解决时长中位数（小时）、重开次数、赔偿合计（元）以及留存率%（解决日期之后该客户还有已完成的服务，分母为已解决的投诉）
    .long =
        一段期间内受理的投诉的处理数字（不给 `--from`/`--to` 时为全部时间）：受理数、未结数、当前（HK_NOW）逾期数、及时响应率%（首次联系在时限内，分母为已首次联系或时限已过的投诉）、及时解决率%（同理）、解决时长中位数（小时）、重开次数（每次重开都计）、赔偿合计（元）以及留存率%（解决日期之后该客户还有已完成的服务，分母为已解决的投诉）。

        投诉的服务类别和服务人员取自它关联的服务记录（有两位服务人员的各计一次）；没有关联服务记录的归入 `(none)`。分母为空时显示 NA（表格）或留空（CSV），不显示 0。
arg-hk-report-complaints-from = 从这一天起（含）；写月份（2026-11）、季度（2026-Q4）、年份（2026）或 `last-month` 时取其第一天
arg-hk-report-complaints-to = 到这一天止（含）；写月份、季度、年份或 `last-month` 时取其最后一天
arg-hk-report-complaints-period = 用一整段期间代替 `--from`/`--to`：this-month、last-month、this-quarter、last-quarter、this-year、last-year、某个月（2026-11）或某个季度（2026-Q4）
arg-hk-report-complaints-by = 每个月份（按受理日期）、投诉类型、服务类别或服务人员一行［默认：只有一行合计］

## hk report staff
cmd-hk-report-staff = 每位服务人员在一段期间内的数字：已完成服务、客户数、回头客（在两个及以上不同日期服务过）、答卷数、总体平均分、满意率% 和净推荐值（同 `hk report satisfaction`，只计她参与的服务记录的答卷）、涉及她参与的服务记录的投诉数，以及每百单投诉数。服务记录按开始日期计，答卷按调查日期，投诉按受理当天。名册里的服务人员在前（按姓名），然后是服务记录里自由填写的服务人员姓名（`(unlisted)`）
arg-hk-report-staff-from = 从这一天起（含）；写月份（2026-11）、季度（2026-Q4）、年份（2026）或 `last-month` 时取其第一天
arg-hk-report-staff-to = 到这一天止（含）；写月份、季度、年份或 `last-month` 时取其最后一天
arg-hk-report-staff-period = 用一整段期间代替 `--from`/`--to`：this-month、last-month、this-quarter、last-quarter、this-year、last-year、某个月（2026-11）或某个季度（2026-Q4）

## hk report dashboard
cmd-hk-report-dashboard = 生成老板看板：一个独立的 HTML 文件，包含按月的满意率和净推荐值、各维度平均分、各服务人员满意度、各生命周期阶段的客户数、每月应回访和已回访、按类型的投诉及及时处理占比等图表
    .long =
        生成老板看板：一个独立的 HTML 文件，包含按月的满意率和净推荐值、各维度平均分、各服务人员满意度、各生命周期阶段的客户数、每月应回访和已回访、按类型的投诉及及时处理占比等图表。

        每张图表都写明数字来自哪条报表命令的 CSV，并附一张数字表。期间的含义与这些报表相同：不给 `--from` 时，满意度和投诉数字为全部时间，回访数字为最近六个月；阶段总是今天的。页面只含汇总数字和服务人员姓名（不含任何客户的姓名、电话、地址或编号），也不从网络加载任何内容：可以用任何浏览器打开，或通过邮件发送。
arg-hk-report-dashboard-out = 要写入的 HTML 文件（已存在时会被替换）
arg-hk-report-dashboard-from = 从这一天起（含）；写月份（2026-11）、季度（2026-Q4）、年份（2026）或 `last-month` 时取其第一天
arg-hk-report-dashboard-to = 到这一天止（含）；写月份、季度、年份或 `last-month` 时取其最后一天
arg-hk-report-dashboard-period = 用一整段期间代替 `--from`/`--to`：this-month、last-month、this-quarter、last-quarter、this-year、last-year、某个月（2026-11）或某个季度（2026-Q4）

## hk report revenue
cmd-hk-report-revenue = 一段期间的收入，按服务开始日期统计：已完成服务数、其中有价格的数量、价格合计和平均单价（精确到元；平均值四舍五入到分），以及由套餐卡支付的部分（次数和金额：套餐卡所付服务的价格）
    .long =
        一段期间的收入，按服务开始日期统计：已完成服务数、其中有价格的数量、价格合计和平均单价（精确到元；平均值四舍五入到分），以及由套餐卡支付的部分（次数和金额：套餐卡所付服务的价格）。

        加 `--by` 时，每个月份（期间内的每个月）、服务类别、服务人员或支付方式（套餐卡支付的服务为 `package`）一行，最后一行为 `total`。有两位服务人员的服务两人各计全额，所以 `--by staff` 各行之和大于合计。不给 `--from` 时期间从第一条服务记录开始；不给 `--to` 时到今天为止。
arg-hk-report-revenue-from = 从这一天起（含）；写月份（2026-11）、季度（2026-Q4）、年份（2026）或 `last-month` 时取其第一天
arg-hk-report-revenue-to = 到这一天止（含）；写月份、季度、年份或 `last-month` 时取其最后一天
arg-hk-report-revenue-period = 用一整段期间代替 `--from`/`--to`：this-month、last-month、this-quarter、last-quarter、this-year、last-year、某个月（2026-11）或某个季度（2026-Q4）
arg-hk-report-revenue-by = 每个月份、服务类别、服务人员或支付方式一行［默认：只有一行合计］

## hk report packages
cmd-hk-report-packages = 还有余额的套餐卡（公司的预收负债：还欠客户的次数和金额），最早到期的在前，然后是不过期的。状态 `expiring` 表示 30 天内到期，`expired` 表示已过期（余额在退款前仍然欠着）。最后一行 `total` 合计剩余次数和金额

## hk report loyalty
cmd-hk-report-loyalty = 一段期间的复购情况，按服务开始日期统计（只计已完成的服务）：`all` 一行为整个期间，然后每月一行
    .long =
        一段期间的复购情况，按服务开始日期统计（只计已完成的服务）：`all` 一行为整个期间，然后每月一行。

        `active`：该行时间段内有已完成服务的客户；`repeat`：其中有两次及以上的客户，`repeat_pct` 为其占比。`new_clients` 是当期新客：第一次已完成服务落在该时间段内的客户。`retained_3m` / `retained_6m`：某月的新客中，在其后第三（第六）个月或更晚、直到期末仍有已完成服务的客户数，以及占比。没有可除的数（没有新客）、新客到期末还不满 3（6）个月，以及 `all` 行（留存按当期新客计算）显示 NA。不给 `--from` 时期间从第一次已完成服务开始；不给 `--to` 时到今天为止。
arg-hk-report-loyalty-from = 从这一天起（含）；写月份（2026-11）、季度（2026-Q4）、年份（2026）或 `last-month` 时取其第一天
arg-hk-report-loyalty-to = 到这一天止（含）；写月份、季度、年份或 `last-month` 时取其最后一天
arg-hk-report-loyalty-period = 用一整段期间代替 `--from`/`--to`：this-month、last-month、this-quarter、last-quarter、this-year、last-year、某个月（2026-11）或某个季度（2026-Q4）

## hk report retention
cmd-hk-report-retention = 列出已关闭或已流失超过 DURATION（`3y`、`18m`、`2w`、`90d`；年和月按自然月计）的客户，最久的在前：按数据保留规定可以 `hk client erase` 的候选客户
    .long =
        列出已关闭或已流失超过 DURATION（`3y`、`18m`、`2w`、`90d`；年和月按自然月计）的客户，最久的在前：按数据保留规定可以 `hk client erase` 的候选客户。

        是否流失按生命周期规则判断（`hk report lifecycle`）：已关闭，或最近一次已完成服务在 `churn_days` 天之前。流失开始于关闭日期，或最近一次已完成服务加 `churn_days` 的次日，取较早者。从没有已完成服务的潜在客户（lead）不算流失，所以不会列出：要统计它们，请先关闭（`hk client edit ID --set closed=REASON`）。只列编号，不列姓名。
arg-hk-report-retention-older_than = 多久：3y、18m、2w 或 90d

## hk report inquiries
cmd-hk-report-inquiries = 一段期间内收到的咨询的数字（不给 `--from`/`--to` 时为全部时间）：咨询数；已转化（用 `hk inquiry convert` 关联到客户）数和转化率；从咨询到转化的天数中位数；成交、流失和跟进中的数量（转化后的客户有了服务记录即为成交）；以及流失原因，最常见的在前
    .long =
        一段期间内收到的咨询的数字（不给 `--from`/`--to` 时为全部时间）：咨询数；已转化（用 `hk inquiry convert` 关联到客户）数和转化率；从咨询到转化的天数中位数；成交、流失和跟进中的数量（转化后的客户有了服务记录即为成交）；以及流失原因，最常见的在前。

        `--by topic` 时，一条咨询在它问到的每个咨询内容下各计一次（所以各行之和大于合计）；没有咨询内容或没有服务类别的咨询归入 `(none)`。分母为空时显示 NA（表格）或留空（CSV）。
arg-hk-report-inquiries-from = 从这一天起（含）；写月份（2026-11）、季度（2026-Q4）、年份（2026）或 `last-month` 时取其第一天
arg-hk-report-inquiries-to = 到这一天止（含）；写月份、季度、年份或 `last-month` 时取其最后一天
arg-hk-report-inquiries-period = 用一整段期间代替 `--from`/`--to`：this-month、last-month、this-quarter、last-quarter、this-year、last-year、某个月（2026-11）或某个季度（2026-Q4）
arg-hk-report-inquiries-by = 每个月份、渠道、咨询内容或所问服务类别一行［默认：只有一行合计］

## hk today
cmd-hk-today = 门店的早间页面：待回访、明日服务及上门人员、逾期投诉、未完成的待办、30 天内到期的服务人员证书
    .long =
        门店的早间页面：待回访、明日服务及上门人员、逾期投诉、未完成的待办、30 天内到期的服务人员证书。

        每一部分显示总数、前十条，以及列出全部的命令。`--format json` 输出整个页面供脚本使用；`--format csv` 每部分一行，只含数量（供 cron 使用）。
arg-hk-today-on = 显示这一天的页面而不是今天的，与 `HK_NOW=DATE` 看到的相同
