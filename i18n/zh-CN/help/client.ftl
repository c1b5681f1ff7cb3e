# Chinese --help for `hk client` (admin: init, key, sync, git, cache, undo, resolve, conflicts, cat, completions, action, today). Ids: see src/cli/help.rs.

## hk client
cmd-hk-client = 客户档案：登记、查找、标签、同意、导入导出、抹除

## hk client add
cmd-hk-client-add = 添加一位客户，在标准输出打印新客户的编号
    .long =
        添加一位客户，在标准输出打印新客户的编号。

        在终端上，hk 会询问缺少的姓名、电话和服务类别；没有终端时（cron、脚本），缺少的值是一个错误，并指出对应的参数。
arg-hk-client-add-name = 姓名
arg-hk-client-add-phones = 电话（手机/座机）；可以写手机号、座机、+86 和空格；可重复
arg-hk-client-add-wechat = 微信号
arg-hk-client-add-address = 服务地址
arg-hk-client-add-id_number = 居民身份证号，会校验；显示时打码
arg-hk-client-add-categories = 服务类别，写键或名称（house-cleaning / 家庭保洁 …）；可重复
arg-hk-client-add-tags = 自由标签，可以分层（宠物/猫）；可重复
arg-hk-client-add-source = 客户来源（referral、美团、58同城、walk-in、微信 …）
arg-hk-client-add-needs = 服务需求
arg-hk-client-add-frequency = 希望的服务频次（每周一次 …）
arg-hk-client-add-household_size = 家庭人口
arg-hk-client-add-pets = 宠物
arg-hk-client-add-children = 儿童
arg-hk-client-add-elders = 老人
arg-hk-client-add-area = 住房面积（㎡）
arg-hk-client-add-marketing = 客户同意接收营销消息（日期记为今天）
arg-hk-client-add-consent_channel = 客户表示营销同意的渠道（微信、纸质 …）
arg-hk-client-add-do_not_contact = 不要给这位客户打电话或发消息
arg-hk-client-add-note = 备注
arg-hk-client-add-allow_duplicate = 即使已有客户登记了同一电话，也照样添加

## hk client import
cmd-hk-client-import = 从 CSV 文件导入客户（Excel 的“CSV”、WPS、问卷星 …），表头可以是中文或英文：姓名/name、手机/phone、地址/address、服务类型/category、标签/tags、微信、身份证号、来源、备注 …
    .long =
        从 CSV 文件导入客户（Excel 的“CSV”、WPS、问卷星 …），表头可以是中文或英文：姓名/name、手机/phone、地址/address、服务类型/category、标签/tags、微信、身份证号、来源、备注 …

        写入之前先检查每一行；只要有一行有误，导入就会停止，并指出它的行号。电话（或编号）已在数据目录中的行会被跳过，所以同一个文件导入两次不会重复添加。打印新客户的编号。
arg-hk-client-import-file = CSV 文件
arg-hk-client-import-dry_run = 检查文件并显示将要导入的内容，不写入（试运行）
arg-hk-client-import-encoding = 文件的文本编码

## hk client list
cmd-hk-client-list = 列出客户，按姓名排序。多个筛选条件同时生效（须全部符合）
arg-hk-client-list-category = 只列这个服务类别的客户（写键或名称）
arg-hk-client-list-tag = 只列有这个标签或其下级标签的客户（`宠物` 能找到 `宠物/猫`）
arg-hk-client-list-search = 只列姓名、电话、地址、微信、标签或备注中包含 TEXT 的客户
arg-hk-client-list-stage = 只列处于这个生命周期阶段的客户：lead、new、active、at-risk、churned
arg-hk-client-list-consent = 按今天的营销同意筛选：`marketing`（最新的同意记录为同意）或 `none`（从未同意、拒绝或已撤回）

## hk client show
cmd-hk-client-show = 显示客户档案、生命周期阶段和下次回访；在表格中还显示咨询、服务记录、回访、满意度调查、投诉和营销同意变更的时间线（在 CSV 和 JSON 中，同意历史是字段 `consent_history`）。身份证号默认打码，加 `--reveal` 显示完整号码，此前会先写入一条审计日志（并提交）
arg-hk-client-show-client = 编号或编号前缀、电话，或完整姓名
arg-hk-client-show-reveal = 显示完整的居民身份证号（记入审计日志：`hk audit list`）

## hk client edit
cmd-hk-client-edit = 编辑客户。用 `--set FIELD=VALUE`（可重复）修改这些字段；不加时，在 $EDITOR 中打开解密后的 TOML，保存的内容无效时会再次打开
    .long =
        编辑客户。用 `--set FIELD=VALUE`（可重复）修改这些字段；不加时，在 $EDITOR 中打开解密后的 TOML，保存的内容无效时会再次打开。

        字段：name、phones、wechat、address、id_number、categories、tags、source、needs、frequency、notes、household.size、household.pets、household.children、household.elders、household.area_sqm、do_not_contact、consent.marketing、consent.channel、closed（填写原因即关闭客户；留空则重新启用）。

        两种方式都遵守 `hk client add` 的规则：客户要保留一个电话或微信号；本次编辑新增的电话如果已被其他客户登记，会被拒绝，除非加 `--allow-duplicate`。在编辑器中被拒绝的记录可以重新打开修改。
arg-hk-client-edit-client = 编号或编号前缀、电话，或完整姓名
arg-hk-client-edit-sets = FIELD=VALUE（字段=值）；列表用 `;` 分隔多个值（phones=138…;139…）
arg-hk-client-edit-allow_duplicate = 即使本次新增的电话已被其他客户登记，也照样保存

## hk client tag, hk client untag
cmd-hk-client-tag = 给客户添加标签（加 --category 则添加服务类别）
arg-hk-client-tag-client = 编号或编号前缀、电话，或完整姓名
arg-hk-client-tag-tags = 标签，可以分层（宠物/猫）
arg-hk-client-tag-categories = 服务类别（写键或名称）；可重复
cmd-hk-client-untag = 去掉客户的标签（加 --category 则去掉服务类别）
arg-hk-client-untag-client = 编号或编号前缀、电话，或完整姓名
arg-hk-client-untag-tags = 要去掉的标签（与保存的完全一致）
arg-hk-client-untag-categories = 服务类别（写键或名称）；可重复

## hk client export
cmd-hk-client-export = 不给 CLIENT 时：导出所有客户的全部字段（包括完整身份证号）为 CSV，加 `--format json` 则为 JSON。CSV 的列就是 `hk client import` 读取的列，所以导出的文件可以原样导入回来（营销同意：取今天生效的那条记录）
    .long =
        不给 CLIENT 时：导出所有客户的全部字段（包括完整身份证号）为 CSV，加 `--format json` 则为 JSON。CSV 的列就是 `hk client import` 读取的列，所以导出的文件可以原样导入回来（营销同意：取今天生效的那条记录）。

        给出 CLIENT 时：以 JSON 输出保存的关于这位客户的一切——档案及其同意历史，以及该客户的每条服务记录、回访、满意度调查、投诉和其他记录，均按保存的原样——用于客户要求查看本人信息时（《个人信息保护法》第四十五条）。导出前会先写入审计日志（`hk audit list`）。
arg-hk-client-export-client = 单个客户：编号或编号前缀、电话，或完整姓名

## hk client delete
cmd-hk-client-delete = 删除客户。在终端上会请求确认；没有终端时需要加 `--yes`
    .long =
        删除客户。在终端上会请求确认；没有终端时需要加 `--yes`。

        有服务记录、回访或满意度答卷的客户会被拒绝删除，并按编号列出这些记录，除非加 `--with-records`：那样它们会和客户在同一次提交中一起删除。不再派名单中有这位客户的服务人员，会在同一次提交中去掉这一项（按编号列出）。重复客户的记录最好保留：`hk client merge KEEP OTHER` 会把它们移给保留的客户。
arg-hk-client-delete-client = 编号或编号前缀、电话，或完整姓名
arg-hk-client-delete-yes = 不询问，直接进行（没有终端时必须加）
arg-hk-client-delete-with_records = 同时删除该客户的服务记录、回访、满意度答卷、投诉和套餐卡（套餐卡仍有余额时拒绝：请先退款）

## hk client merge
cmd-hk-client-merge = 把客户 OTHER 合并到客户 KEEP，作为一次提交。在终端上会请求确认；没有终端时需要加 `--yes`
    .long =
        把客户 OTHER 合并到客户 KEEP，作为一次提交。在终端上会请求确认；没有终端时需要加 `--yes`。

        OTHER 的服务记录、回访和满意度答卷移到 KEEP；电话、服务类别和标签取并集；KEEP 的空字段用 OTHER 的值填上（两边都有且不同时，保留 KEEP 的值，并列出该字段）；需求和备注合并在一起；任一方勿扰，合并后即勿扰。不再派名单中有 OTHER 的服务人员改为 KEEP。然后删除 OTHER。两个不同的身份证号会拒绝合并：请先清除错误的那个。
arg-hk-client-merge-keep = 保留的客户：编号或编号前缀、电话，或完整姓名
arg-hk-client-merge-other = 重复的客户，合并到 KEEP 后删除
arg-hk-client-merge-yes = 不询问，直接进行（没有终端时必须加）

## hk client points
cmd-hk-client-points = 显示客户的积分：来源明细、已兑换、余额、近 12 个月消费和会员等级；或用 `--redeem N --note TEXT` 兑换积分（在客户的积分流水中追加一条，不能超过余额）
    .long =
        显示客户的积分：来源明细、已兑换、余额、近 12 个月消费和会员等级；或用 `--redeem N --note TEXT` 兑换积分（在客户的积分流水中追加一条，不能超过余额）。

        积分来自每次有价格的已完成服务（floor(价格 × points_per_yuan)）、每份答卷，以及每位推荐来的客户（来源中写了这位客户的编号或完整姓名的客户）；见 `.hk/config.toml` 中的 `[loyalty]`。
arg-hk-client-points-client = 编号或编号前缀、电话，或完整姓名
arg-hk-client-points-redeem = 要兑换的积分（大于零的整数）
arg-hk-client-points-note = 积分兑换的内容

## hk client consent
cmd-hk-client-consent = 记录客户同意接收营销消息（`--marketing yes`），或拒绝、撤回这一同意（`--marketing no`）。每次变更都会保留：`hk client show` 列出历史；从该记录的日期起，营销活动按最新的记录执行
    .long =
        记录客户同意接收营销消息（`--marketing yes`），或拒绝、撤回这一同意（`--marketing no`）。每次变更都会保留：`hk client show` 列出历史；从该记录的日期起，营销活动按最新的记录执行。

        日期默认为今天，可用 `--date` 指定（不能晚于今天：同意之后再记录）。
arg-hk-client-consent-client = 编号或编号前缀、电话，或完整姓名
arg-hk-client-consent-marketing = yes：可以接收营销消息；no：不可以（拒绝或撤回）
arg-hk-client-consent-channel = 客户表示的方式：wechat、phone、sms、paper、in-person …
arg-hk-client-consent-evidence = 凭证，例如“微信回复同意”或“签字同意书”
arg-hk-client-consent-date = 客户表示的日期 [默认：今天]

## hk client erase
cmd-hk-client-erase = 应客户要求抹除客户：删除客户记录及其所有记录（服务记录、回访、投诉以及其他所有指向该客户的记录），其满意度答卷改为匿名（去掉客户、服务记录和评语；保留评分，满意度统计仍计入），其编号从服务人员的不再派名单中去掉——全部在一次提交中完成，并写入一条审计日志（只用编号指称客户）
    .long =
        应客户要求抹除客户：删除客户记录及其所有记录（服务记录、回访、投诉以及其他所有指向该客户的记录），其满意度答卷改为匿名（去掉客户、服务记录和评语；保留评分，满意度统计仍计入），其编号从服务人员的不再派名单中去掉——全部在一次提交中完成，并写入一条审计日志（只用编号指称客户）。

        在终端上会请求确认；没有终端时需要加 `--yes`。完成后会说明 git 历史中还保留着什么，以及把它从历史中删除的命令。重复或误录的客户最好用 `hk client delete` 删除，或用 `hk client merge` 合并。
arg-hk-client-erase-client = 编号或编号前缀、电话，或完整姓名
arg-hk-client-erase-yes = 不询问，直接进行（没有终端时必须加）
