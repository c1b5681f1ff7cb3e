# client: see src/i18n/mod.rs for how the catalogue works.

## Client fields (src/domain/client.rs, consent.rs, tag.rs, rights.rs)
client-name-empty = 为空；每位客户都需要姓名
client-name-empty-staff = 为空；每位服务人员都需要姓名
client-name-empty-who = 为空；每个{ $who }都需要姓名
client-single-line = 只能是一行
client-expected-yes-no = 应为 yes 或 no（是/否）
client-consent-none-today = 描述的是一次同意变更，但今天没有这样的记录：请先设置 consent.marketing，或使用 `hk client consent`
client-not-a-field = 不是可以设置的字段；可用：name、phones、wechat、address、id_number、categories、tags、source、needs、frequency、notes、household.size、household.pets、household.children、household.elders、household.area_sqm、do_not_contact、consent.marketing、consent.channel、consent.evidence、closed（填写关闭原因；留空表示重新启用）
client-unreachable = 客户至少需要一个电话或微信号
client-phone-taken = 客户 { $owner } 已经登记了这个电话
client-consent-after-today = { $date } 晚于今天（{ $today }）；请在客户表示同意后再记录
client-tag-empty-level = 标签的 `/` 分隔符之间需要有文字（如 宠物/猫）
client-tag-control = 标签不能包含控制字符
client-age-not-duration = `{ $value }` 不是时长；请写数字加单位：3y（年）、18m（月）、2w（周）或 90d（天）
client-age-zero = `{ $value }` 等于没有时间；请给一个大于 0 的数

## Phone numbers (src/domain/phone/): never the number itself
client-phone-empty = 电话号码为空
client-phone-no-digits = 电话号码中没有数字
client-phone-bad-character = 电话号码第 { $position } 个字符不允许；请用数字、空格、短横线、括号、开头的 + 以及分机标记（如 转 或 ext）
client-phone-foreign = 电话号码的国家代码不是 +86；只支持中国大陆号码
client-phone-bad-mobile = 手机号无效：{ $reason }
client-phone-bad-landline = 座机号无效：{ $reason }
client-phone-bad-service = 400/800 号码无效：{ $reason }
client-phone-bad-extension = 分机号无效：{ $reason }
client-phone-spreadsheet = 电话号码是科学计数法（如 1.38123E+10）：表格软件把它当成了数字，末尾几位已经丢失
client-phone-bad-length = 电话号码有 { $count } 位数字，既不是手机号（11 位），也不是座机（区号加 7–8 位），也不是 400/800 号码（10 位）
client-phone-extension-empty = 分机标记后面没有数字
client-phone-extension-digits = 分机号只能包含数字
client-phone-extension-length = 有 { $count } 位，分机号最多 { $max } 位
client-phone-mobile-extension = 手机号没有分机
client-phone-mobile-length = 有 { $count } 位，大陆手机号是 11 位
client-phone-mobile-start = 手机号以 13–19 开头
client-phone-area-00 = 区号不以 00 开头
client-phone-local-length = { $area } 位区号后的本地号码有 { $count } 位，座机号是 7 或 8 位
client-phone-service-length = 有 { $count } 位，400/800 号码是 10 位
client-phone-area-missing = 缺少区号；座机号需要以 0 开头的区号

## Resident ID numbers (src/domain/id_number.rs): never the number itself
client-id-number-empty = 身份证号为空
client-id-number-bad-character = 身份证号第 { $position } 个字符不允许；只能是数字和末位的 X
client-id-number-bad-length = 身份证号有 { $count } 位，居民身份证号是 18 位（旧的一代证为 15 位）
client-id-number-misplaced-x = 身份证号中的 X 不在最后一位；X 只能是第 18 位
client-id-number-bad-birth-date = 身份证号中的出生日期不是真实的日期
client-id-number-birth-date-range = 身份证号中的出生日期不在 { $min }-01-01 至 { $max }-12-31 之间
client-id-number-check-char = 身份证号的校验位（最后一位）与前 17 位不符；是否输错了？

## Client import rows (src/import/client.rs)
client-import-bad-id = 不是客户编号（如 c-7k2m9q4x）；新客户请留空，会分配新编号
client-import-bad-time = 应为时间，如 2026-11-22T09:00:00+08:00
client-import-yes-no = 应为 yes 或 no（是/否）

## Finding a client (src/cli/client/mod.rs): ids and masked phones, never names
client-purpose-check-phone = 检查电话是否重复
client-purpose-check-phones = 检查电话是否重复
client-could-be-duplicate = 重复的那位客户
client-skip-check-hint = 或用 `--allow-duplicate` 跳过检查
client-keep-reachable-hint = 至少保留一个电话，或填写微信号（`wechat`）
client-see-owner-hint = 用 `hk client show { $owner }` 查看
client-add-anyway-hint = 或用 `--allow-duplicate` 仍然添加
client-save-anyway-hint = 或用 `--allow-duplicate` 仍然保存
client-bare-prefix = 只有 `c-` 不是编号；请再多输入几位
client-purpose-which = 确定 `{ $query }` 指的是哪位客户
client-could-be-meant = 要找的那位客户
client-by-id-hint = 或用编号指定客户（`hk client list` 列出编号）
client-no-phone-match = 没有客户登记这个电话
client-no-name-match = 没有客户叫这个名字
client-search-hint = 用 `hk client list --search TEXT` 搜索，再用编号
client-many-phone = 有 { $count } 位客户登记了这个电话：{ $ids }
client-many-name = 有 { $count } 位客户叫这个名字：{ $ids }
client-use-id-hint = 请用编号，例如 `hk client show { $id }`
client-near-more = { "  " }…… 另有 { $count } 位
client-near-names = 没有客户的姓名与此完全相同；有 { $count } 位客户的姓名包含它：{ $ids }
client-near-names-hint = 请用所指客户的编号代替姓名，例如 `{ $id }`

## hk client add (src/cli/client/add.rs)
client-name-quotes-hint = 把姓名放在引号里，例如 `--name 王芳`
client-added = 已添加客户 { $id }
client-nothing-added = { $problem }；未添加任何客户
client-missing-name = 缺少 `--name`：每位客户都需要姓名
client-missing-phone = 缺少 `--phone`（或 `--wechat`）：客户必须能联系上
client-no-terminal-hint = 没有可以询问的终端，请用参数给出所有值
client-prompt-name = 姓名
client-prompt-name-needed = 需要填写姓名
client-prompt-phone = 手机（直接回车则改填微信号）
client-prompt-phone-taken = 客户 { $owner } 已经登记了这个电话（`hk client show { $owner }`）；请换一个，或用 `--allow-duplicate` 添加
client-prompt-wechat = 微信号
client-prompt-categories = 服务类别

## hk client consent (src/cli/client/consent.rs); `yes`/`no` stay as they are
client-consent-withdraw-hint = `--marketing no` 也用于记录撤回之前的同意
client-consent-channel-empty = 为空
client-consent-channel-hint = 说明客户是通过什么方式表示的：`--channel wechat`、`phone`、`paper` ……
client-consent-recorded-already = 客户 { $id }：这条同意记录已经存在；未做任何改动
client-consent-recorded = 客户 { $id }：自 { $date } 起{ $answer ->
        [yes] 同意
       *[other] 不同意
    }接收营销消息；今天生效的是：{ $today ->
        [yes] 同意
       *[other] 不同意
    }

## hk client delete (src/cli/client/delete.rs)
client-purpose-delete = 删除客户 { $id }
client-has-records = 客户 { $id } 还有 { $records }；未删除任何内容
client-delete-with-records-hint = 连同客户一起删除：`hk client delete { $id } --with-records`
client-delete-merge-hint = 如果是重复客户，可把记录移给保留的客户：`hk client merge KEEP { $id }`
client-delete-plan = 删除客户 { $id }
client-delete-plan-records = 删除客户 { $id } 及其 { $records }
client-delete-plan-avoided = ，并把 { $id } 从 { $staff } 的不再派名单中去掉
client-deleted = 已删除客户 { $id }
client-deleted-records = 已删除客户 { $id } 及其 { $count } 条记录
client-avoided-dropped = 已把 { $id } 从 { $staff } 的不再派名单中去掉

## A client's own records (src/cli/client/owned.rs)
client-could-be-avoiding = 不再派名单中有该客户的人
client-staff-record = 服务人员记录
client-prepaid-balance = 无法{ $purpose }：套餐卡 { $package } 里还有该客户的 { $balance }；未写入任何内容
client-refund-first-hint = 先退还余额（`hk package refund { $package } --amount …`），再重新运行命令

## hk client erase (src/cli/client/erase.rs)
client-purpose-erase = 抹除客户 { $id }
client-erase-unreadable = 无法{ $purpose }：有 { $count } 条记录无法读取，其中任何一条都可能属于该客户；未写入任何内容（第一条：{ $path }：{ $problem }）
client-erase-plan = 抹除客户 { $id }
client-erase-plan-records = ，删除其 { $records }
client-erase-plan-surveys = ，将 { $count } 份满意度答卷匿名化
client-erase-plan-avoided = ，并把 { $id } 从 { $staff } 的不再派名单中去掉
client-erase-plan-final = { $plan }（此操作无法撤销）
client-erased = 已抹除客户 { $id }：删除 { $deleted } 条记录，{ $anonymous } 份满意度答卷匿名保留
client-erased-anonymous = 已抹除客户 { $id }：删除 { $deleted } 条记录，{ $anonymous } 份满意度答卷匿名保留（新编号 { $ids }）
client-erase-backups-note = 文件已从本文件夹删除；备份（以及数据目录的其他副本）中仍有加密的副本
client-erase-history-note =
    git 历史中仍保留被抹除的记录：这 { $count } 个文件的早期版本（已加密，加密时所用的每把公钥对应的私钥都能读取；每个克隆和备份中也有）。要从历史中删除它们，请在数据目录中运行（git-filter-repo 是单独的工具）：

    { $command }

    然后用 `--force` 推送，并让每个门店重新克隆数据目录。审计日志和服务人员不再派名单的历史只保留客户编号，已无法据此找到任何人。

## hk client export CLIENT (src/cli/client/export_one.rs)
client-export-one-csv = `--format csv`：单个客户的导出是 JSON（包含多种记录）
client-export-one-csv-hint = 去掉 `--format`，或用 `hk client export` 把所有客户导出为 CSV
client-json-failed = 无法生成 JSON：{ $error }
client-exported = 已导出客户 { $id }；本次导出已记入审计日志（`hk audit list --client { $id }`）

## hk client merge (src/cli/client/merge.rs)
client-merge-refused = 无法把 { $other } 合并到 { $keep }：{ $problem }；未做任何改动
client-merge-compare-hint = 用 `hk client show { $keep } --reveal` 和 `hk client show { $other } --reveal` 比较两者
client-merge-clear-hint = 先用 `hk client edit ID --set id_number=` 清除错误的那个，再合并
client-merge-same-hint = 请指定两位不同的客户
client-merge-breaks-rule = 无法把 { $other } 合并到 { $keep }：合并后的记录不符合规则（{ $problem }）；未做任何改动
client-purpose-merge = 合并客户 { $other }
client-merge-plan = 把客户 { $other } 合并到 { $keep }
client-merge-plan-moving = ，移动 { $records }
client-merge-plan-avoided = ，在 { $staff } 的不再派名单中用 { $keep } 替换 { $other }
client-merge-plan-delete = ，然后删除 { $other }
client-merge-plan-and-delete = ，然后删除 { $other }
client-merged = 已把客户 { $other } 合并到 { $keep }：移动 { $count } 条记录，已删除 { $other }
client-merged-avoided = 已在 { $staff } 的不再派名单中用 { $keep } 替换 { $other }
client-merge-kept = { $other } 的 { $fields } 与 { $keep } 不同，保留了 { $keep } 的值

## hk client points (src/cli/client/points.rs)
client-points-hint = `hk client points { $id }` 显示积分余额及其构成
client-points-redeemed = 已兑换客户 { $id } 的 { $count } 积分；余额 { $balance }
client-points-negative = 不能是负数
client-points-zero = 必须大于零
client-points-not-number = `{ $value }` 不是积分数；请给一个整数，如 100
client-points-skipped = 已跳过 { $path }：{ $problem }；推荐积分可能偏低

## hk client tag / untag / list
client-tag-nothing = 请至少给出一个标签（TAG）或 `--category` 来添加
client-untag-nothing = 请至少给出一个标签（TAG）或 `--category` 来去掉
client-list-consent-expected = 应为 marketing 或 none
client-list-none = 没有符合条件的客户

## hk client show (src/cli/client/show.rs): the marketing line of the table, and the
## timeline (values such as `done`, `reached`, `yes` stay as they are)
client-show-consent-since = { $answer ->
        [yes] 同意
       *[other] 不同意
    }，自 { $date } 起
client-show-consent-undated = { $answer ->
        [yes] 同意
       *[other] 不同意
    }，自记录之前起
client-show-consent-channel = （{ $channel }）
client-show-consent-none = 不同意
client-timeline-converted = { " " }· { $date } 已转化
client-timeline-until = { " " }· 至 { $date }
client-timeline-marketing = 营销{ $answer ->
        [yes] 同意
       *[other] 不同意
    }
client-timeline-inquiry = 咨询
client-timeline-visit = 服务
client-timeline-followup = 回访
client-timeline-survey = 调查
client-timeline-complaint = 投诉
client-timeline-consent = 同意
