# Chinese --help for `hk staff` (admin: init, key, sync, git, cache, undo, resolve, conflicts, cat, completions, action, today). Ids: see src/cli/help.rs.

cmd-hk-staff = 服务人员名单（服务人员 / 阿姨）：添加、列出、证书、不再派名单

cmd-hk-staff-add = 添加一位服务人员（阿姨），在标准输出打印新编号
    .long =
        添加一位服务人员（阿姨），在标准输出打印新编号。

        身份证号会被检查，显示时打码；电话和客户的一样规范化。证书写作 `种类:证号:发证日期:到期日期`（`健康证:HZ001:2026-01-05:2027-01-04`）；默认每个服务类别都要求有效的健康证（配置项 `required_certificates`）。
arg-hk-staff-add-name = 姓名
arg-hk-staff-add-phones = 电话（手机）；可重复
arg-hk-staff-add-id_number = 身份证号，会被检查；显示时打码
arg-hk-staff-add-gender = 女 或 男
arg-hk-staff-add-birth_year = 出生年份（1975）
arg-hk-staff-add-native_place = 籍贯
arg-hk-staff-add-languages = 语言或方言（普通话、上海话 …）；可重复
arg-hk-staff-add-categories = 她做的服务类别（key 或名称）；可重复
arg-hk-staff-add-skills = 技能（保洁、做饭、育婴、护老、月子餐、催乳、收纳 …）；可重复
arg-hk-staff-add-level = 星级 1–4
arg-hk-staff-add-districts = 她负责的区域（浦东新区 …）；可重复
arg-hk-staff-add-certs = 证书 种类:证号:发证日期:到期日期；可重复
arg-hk-staff-add-status = active（在职）、leave（休假）或 left（离职）[默认：active]
arg-hk-staff-add-status_since = 状态从哪天开始 [默认：今天]
arg-hk-staff-add-status_until = 休假的最后一天
arg-hk-staff-add-status_reason = 原因（休产假、回老家 …）
arg-hk-staff-add-note = 备注

cmd-hk-staff-import = 从 CSV 文件导入服务人员，表头可以是中文或英文：姓名/name、手机/phone、身份证号、性别、出生年、籍贯、语言、服务类型/categories、技能/skills、星级/level、区域/districts、证书/certificates（`健康证:HZ001:2026-01-05:2027-01-04;…`）、状态/status、备注 … 编码为 UTF-8（有无 BOM 均可）或 GBK
    .long =
        从 CSV 文件导入服务人员，表头可以是中文或英文：姓名/name、手机/phone、身份证号、性别、出生年、籍贯、语言、服务类型/categories、技能/skills、星级/level、区域/districts、证书/certificates（`健康证:HZ001:2026-01-05:2027-01-04;…`）、状态/status、备注 … 编码为 UTF-8（有无 BOM 均可）或 GBK。

        写入之前先检查每一行；有一行出错就停止导入，并指出它的行号。电话（或编号）已在名单中的行会跳过。打印新编号。
arg-hk-staff-import-file = CSV 文件
arg-hk-staff-import-dry_run = 检查文件并显示将导入的内容，不写入
arg-hk-staff-import-encoding = 文件的文字编码

cmd-hk-staff-list = 列出服务人员，按姓名排序。筛选条件同时生效（都要符合）
    .long =
        列出服务人员，按姓名排序。筛选条件同时生效（都要符合）。

        加 `--expiring N`：列出未离职人员在今天 + N 天之内（含已过期）到期的证书，每个证书一行，最早到期的在前。
arg-hk-staff-list-status = 只列出这种状态的人员：active（在职）、leave（休假）、left（离职）（以今天为准）
arg-hk-staff-list-category = 只列出做这个服务类别的人员（key 或名称）
arg-hk-staff-list-skill = 只列出有这项技能的人员
arg-hk-staff-list-district = 只列出负责这个区域（或区域名包含它）的人员
arg-hk-staff-list-expiring = 列出 N 天内到期的证书（含已过期）

cmd-hk-staff-show = 显示一位服务人员。身份证号打码，除非加 `--reveal`；不再派名单显示客户编号
arg-hk-staff-show-staff = 服务人员编号或编号前缀，或完整姓名
arg-hk-staff-show-reveal = 显示完整身份证号（记入审计日志：`hk audit list`）

cmd-hk-staff-edit = 修改一位服务人员。用 `--set 字段=值`（可重复）修改这些字段；不加时用 $EDITOR 打开解密后的 TOML
    .long =
        修改一位服务人员。用 `--set 字段=值`（可重复）修改这些字段；不加时用 $EDITOR 打开解密后的 TOML。

        字段：name, phones, id_number, gender, birth_year, native_place, languages, categories, skills, level, districts, notes, status（active/leave/left）, status.since, status.until, status.reason, certificates（`种类:证号:发证日期:到期日期;…`，替换整个列表）。
arg-hk-staff-edit-staff = 服务人员编号或编号前缀，或完整姓名
arg-hk-staff-edit-sets = 字段=值；列表用 `;` 分隔多个值

cmd-hk-staff-avoid = 记下客户要求不再派这位服务人员（加 `--undo` 则撤销）。之后为这位客户预约她会被拒绝，`hk staff suggest` 也不会为这位客户推荐她
arg-hk-staff-avoid-staff = 服务人员编号或编号前缀，或完整姓名
arg-hk-staff-avoid-client = 客户（编号或编号前缀、电话或完整姓名）
arg-hk-staff-avoid-undo = 把这位客户从她的不再派名单中去掉

cmd-hk-staff-link = 把建立名单之前的服务记录关联到服务人员档案：服务记录上的服务人员姓名，如果名单中恰好一人同名（完全相同），就换成她的编号。多人同名或无人同名的保持不变（用 `hk visit list --staff 姓名` 列出，再用 `hk visit edit V --set staff=编号` 修改）。一次提交
arg-hk-staff-link-dry_run = 显示会修改多少条服务记录，不写入

cmd-hk-staff-suggest = 为一次上门服务推荐服务人员（派单）：当时可以预约的在职人员（不重复预约、不在休假、要求的证书有效），做这个服务类别、有所要求的每项技能，且客户没有要求不再派。排序依据：（1）服务过这位客户，且那些服务的满意度调查中没有总体评分 ≤ 2 的；（2）负责客户所在区域（她的某个区域出现在客户地址中）；（3）当天已约的服务较少；（4）这一天之前 180 天内她的服务的满意度调查总体评分均值较高（没有调查按 0 计）；（5）姓名。每行显示理由
arg-hk-staff-suggest-date = 上门服务的日期
arg-hk-staff-suggest-end = 多日服务的最后一天
arg-hk-staff-suggest-time = 开始时间，HH:MM
arg-hk-staff-suggest-category = 服务类别（key 或名称）
arg-hk-staff-suggest-client = 客户（编号或编号前缀、电话或完整姓名）
arg-hk-staff-suggest-skills = 她必须具备的技能；可重复
