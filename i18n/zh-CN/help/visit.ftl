# Chinese --help for `hk visit` (admin: init, key, sync, git, cache, undo, resolve, conflicts, cat, completions, action, today). Ids: see src/cli/help.rs.

cmd-hk-visit = 服务记录：添加、列出、导入、改状态、明天的上门提醒

## hk visit add
cmd-hk-visit-add = 为客户添加一条服务记录，在标准输出打印新编号
    .long =
        为客户添加一条服务记录，在标准输出打印新编号。

        日期在今天或之前的服务，除非 --status 另有指定，状态为 `done`（已完成）；之后的为 `scheduled`（已预约）。客户只有一个服务类别时，服务记录就用这个类别。

        `--repeat weekly|biweekly|monthly` 加 `--count N` 或 `--until D`（含当天）预约一个系列：每次一条服务记录，共用一个 `series` 编号（第一条的编号）；monthly 按每月同一天，遇到月末则取当月最后一天。预约规则对每一次都适用：只要有一次冲突，整个系列都不预约，并列出所有日期。打印每个新编号。
arg-hk-visit-add-client = 编号或编号前缀、电话，或完整姓名
arg-hk-visit-add-date = 开始日期（2026-11-22、2026/11/22、2026年11月22日、today、tomorrow）
arg-hk-visit-add-end = 多日服务的最后一天（如 26 天的月嫂服务）
arg-hk-visit-add-time = 开始时间，HH:MM
arg-hk-visit-add-category = 服务类别（键或名称）［默认：客户唯一的服务类别］
arg-hk-visit-add-staff = 服务人员：数据目录有名册后（`hk staff add`），写服务人员编号、编号前缀或完整姓名，否则任意姓名；可重复
arg-hk-visit-add-staff_unlisted = 不在名册上的服务人员，按姓名原样记录；可重复
arg-hk-visit-add-allow_overlap = 即使服务人员在该时段已有其他服务、休假、已离职、缺少所需证书或在客户的不再派名单上，也照样预约
arg-hk-visit-add-repeat = 预约一个系列：weekly（每周）、biweekly（每两周）或 monthly（每月）（需要 `--count` 或 `--until`）
arg-hk-visit-add-count = 系列共有几次服务（与 `--repeat` 一起用）
arg-hk-visit-add-until = 系列最晚可到哪一天，含当天（与 `--repeat` 一起用）
arg-hk-visit-add-price = 金额（元），精确到分（280 或 280.50）
arg-hk-visit-add-payment = 支付方式：cash、wechat、alipay、card 或 transfer（现金/微信/支付宝 …）
arg-hk-visit-add-status = 状态：scheduled、done、cancelled 或 no-show（已预约、已完成、已取消、爽约）
arg-hk-visit-add-products = 使用的用品
arg-hk-visit-add-issues = 发现的问题
arg-hk-visit-add-note = 备注
arg-hk-visit-add-package = 用这张套餐卡（k-…）支付这次（已完成的）服务：次卡扣一次，储值卡扣服务金额

## hk visit import
cmd-hk-visit-import = 从 CSV 文件导入服务记录，表头可用中文或英文：客户编号/client 或 手机/phone、日期/date、结束日期/end、时间/time、服务类型/category、服务人员/staff、状态/status、金额/price、支付方式/payment、备注/notes …
    .long =
        从 CSV 文件导入服务记录，表头可用中文或英文：客户编号/client 或 手机/phone、日期/date、结束日期/end、时间/time、服务类型/category、服务人员/staff、状态/status、金额/price、支付方式/payment、备注/notes …

        先检查每一行；只要有一行有问题，就停止导入并给出行号。与数据目录中已有服务记录相同（同一客户、日期、时间、服务类别和服务人员）的行会跳过，所以同一个文件导入两次不会多出记录。
arg-hk-visit-import-file = CSV 文件
arg-hk-visit-import-dry_run = 试运行：检查文件并显示将导入的内容，不写入
arg-hk-visit-import-encoding = 文件的文字编码
arg-hk-visit-import-allow_overlap = 违反预约规则的行（重复派单、休假、证书、不再派名单）也导入，而不是拒绝整个文件

## hk visit list
cmd-hk-visit-list = 列出服务记录，最早的在前；筛选条件可以组合
arg-hk-visit-list-client = 只看这位客户的服务记录（编号、电话或姓名）
arg-hk-visit-list-from = 从这一天起（含）；写月份（2026-11）、季度（2026-Q4）、年份（2026）或 `last-month` 表示其第一天
arg-hk-visit-list-to = 到这一天止（含）；写月份、季度、年份或 `last-month` 表示其最后一天
arg-hk-visit-list-period = 整个期间，代替 `--from`/`--to`：this-month、last-month、this-quarter、last-quarter、this-year、last-year、某个月（2026-11）或某个季度（2026-Q4）
arg-hk-visit-list-staff = 只看这位服务人员的服务
arg-hk-visit-list-category = 只看这个服务类别（键或名称）
arg-hk-visit-list-status = 只看这个状态（scheduled、done、cancelled、no-show）

## hk visit show
cmd-hk-visit-show = 显示一条服务记录
arg-hk-visit-show-visit = 服务编号或编号前缀

## hk visit edit
cmd-hk-visit-edit = 用 `--set FIELD=VALUE`（可重复）修改服务记录；不带 `--set` 时用 $EDITOR 打开解密后的 TOML
    .long =
        用 `--set FIELD=VALUE`（可重复）修改服务记录；不带 `--set` 时用 $EDITOR 打开解密后的 TOML。字段：date、end、time、category、staff（用 `;` 分隔）、status、price、payment、products、issues、notes。日期改到另一个月时，文件会移到那个月的文件夹。

        改了服务类别，客户也随之改变：客户增加新类别，并去掉旧类别，除非该客户还有其他服务记录（任何状态）属于旧类别。即使旧类别是建档时手工填写的也是如此，因为 hk 无法分辨它的来历；可用 `hk client tag CLIENT --category …` 加回。
arg-hk-visit-edit-visit = 服务编号或编号前缀
arg-hk-visit-edit-sets = FIELD=VALUE（字段=值）
arg-hk-visit-edit-allow_overlap = 即使修改后违反预约规则（重复派单、休假、证书、客户的不再派名单）也保存

## hk visit done, cancel, no-show
cmd-hk-visit-done = 把服务标为已完成（日期在今天之后的服务还不能标为已完成）
arg-hk-visit-done-visit = 服务编号或编号前缀
arg-hk-visit-done-package = 用这张套餐卡（k-…）支付这次服务：次卡扣一次，储值卡扣服务金额。之前已完成的服务也可以这样支付。
cmd-hk-visit-cancel = 把服务标为已取消；或用 `--series ID` 取消该系列中所有已预约的服务（从 `--from D` 起，含当天），一次提交。系列中已完成和爽约的服务保持不变。
arg-hk-visit-cancel-visit = 服务编号或编号前缀
arg-hk-visit-cancel-series = 系列（其第一条服务的编号，即 `hk visit show` 显示的）
arg-hk-visit-cancel-from = 与 `--series` 一起用：只取消这一天及以后的服务
cmd-hk-visit-no-show = 标记客户不在家（爽约）
arg-hk-visit-no-show-visit = 服务编号或编号前缀

## hk visit upcoming
cmd-hk-visit-upcoming = 列出某一天已预约的服务（按时间），附上打电话或发短信给客户所需的信息：电话、地址、服务人员。`--within N` 列出今天及之后 N 天的服务（按日期和时间），并加一列日期。
arg-hk-visit-upcoming-today = 今天的服务
arg-hk-visit-upcoming-tomorrow = 明天的服务
arg-hk-visit-upcoming-on = 这一天的服务
arg-hk-visit-upcoming-within = 从今天起到之后 N 天的服务

## hk visit delete
cmd-hk-visit-delete = 删除一条服务记录。在终端上会请求确认；没有终端时需要 `--yes`
    .long =
        删除一条服务记录。在终端上会请求确认；没有终端时需要 `--yes`。

        关联这次服务的回访、满意度答卷和投诉会保留客户说过的内容：它们与这次服务的关联在同一次提交中解除（满意度答卷随后计入客户最近一次已完成的服务，和不带 `--visit` 录入的一样）。确认前会列出这些记录。客户的服务类别保持不变；可用 `hk client untag CLIENT --category C` 修改。
arg-hk-visit-delete-visit = 服务编号或编号前缀
arg-hk-visit-delete-yes = 不询问直接执行（没有终端时必须加）
