# Chinese --help for `hk complaint` (admin: init, key, sync, git, cache, undo, resolve, conflicts, cat, completions, action, today). Ids: see src/cli/help.rs.

cmd-hk-complaint = 投诉：登记、记录每一步、处理、关闭、查找类似投诉

cmd-hk-complaint-add = 登记一条投诉（投诉登记），打印新编号
    .long =
        登记一条投诉（投诉登记），打印新编号。

        类型为 `safety` 或加了 `--safety` 时优先级一律是 `urgent`，不论其他参数；否则用 `--priority`，再否则用 `.hk/config.toml` 中该类型的默认优先级。首次响应和解决的时限从现在开始计算。
arg-hk-complaint-add-client = 编号或编号前缀、电话或完整姓名
arg-hk-complaint-add-kind = 投诉类型：配置中的 key 或名称（late, quality, damage, attitude, safety, billing, other）
arg-hk-complaint-add-visit = 投诉所涉及的服务记录（编号或前缀）；据此得到服务类别和服务人员
arg-hk-complaint-add-safety = 安全隐患：一律紧急
arg-hk-complaint-add-priority = urgent（紧急）、high（高）、normal（普通）或 low（低）[默认：该类型的]
arg-hk-complaint-add-channel = 投诉渠道（电话、微信、美团 …）
arg-hk-complaint-add-note = 客户说了什么

cmd-hk-complaint-log = 记录处理投诉的一步，标上当前时间
    .long =
        记录处理投诉的一步，标上当前时间。

        第一次 `--contact` 是首次响应，时限按它计算。第一条记录会把待处理的投诉变为处理中。
arg-hk-complaint-log-complaint = 投诉编号或编号前缀
arg-hk-complaint-log-contact = 与客户的一次联系（电话、上门、消息）
arg-hk-complaint-log-action = 采取的一项措施
arg-hk-complaint-log-note = 一条备注

cmd-hk-complaint-assign = 把投诉指派给负责处理的人；待处理的投诉变为处理中
arg-hk-complaint-assign-complaint = 投诉编号或编号前缀
arg-hk-complaint-assign-name = 负责处理的人

cmd-hk-complaint-resolve = 记下投诉的处理结果，时间为现在。处理完毕的投诉会在几天后（`complaint_callback_days`）出现在 `hk followup due` 的回访中
arg-hk-complaint-resolve-complaint = 投诉编号或编号前缀
arg-hk-complaint-resolve-resolution = 怎样处理的
arg-hk-complaint-resolve-cause = 根本原因
arg-hk-complaint-resolve-compensation = refund（退款）、redo（返工）、coupon（优惠券）或 none（无），可带金额（元）：`refund:300`、`coupon:50`

cmd-hk-complaint-close = 关闭投诉。`--verdict` 和 `--score` 是客户对处理结果的评价，所以要求投诉已处理完毕；未处理的投诉可以不带它们关闭（客户撤回了投诉）。有了评价，回访也就结束了
arg-hk-complaint-close-complaint = 投诉编号或编号前缀
arg-hk-complaint-close-verdict = satisfied（满意）或 unsatisfied（不满意）
arg-hk-complaint-close-score = 客户对处理的评分，1–5

cmd-hk-complaint-reopen = 重新打开已处理或已关闭的投诉。它保留原来的时限（所以通常立即逾期），原来的处理结果留在记录中，报表会统计重开次数
arg-hk-complaint-reopen-complaint = 投诉编号或编号前缀

cmd-hk-complaint-list = 列出投诉：逾期的在前，然后按下一个时限（还没联系客户时是首次响应，否则是解决），然后是已处理和已关闭的，按受理时间。筛选条件同时生效
arg-hk-complaint-list-open = 只列出待处理或处理中的投诉
arg-hk-complaint-list-overdue = 只列出现在（HK_NOW）已超过时限的投诉
arg-hk-complaint-list-kind = 只列出这种类型（key 或名称）
arg-hk-complaint-list-staff = 只列出这位服务人员做过的服务引起的投诉（完整姓名或服务人员编号）
arg-hk-complaint-list-priority = urgent（紧急）、high（高）、normal（普通）或 low（低）

cmd-hk-complaint-show = 显示一条投诉：字段和时限；表格中还显示处理记录和该类型的处理话术（数据目录中的 `playbook/<type>.md`）
arg-hk-complaint-show-complaint = 投诉编号或编号前缀

cmd-hk-complaint-similar = 与这条投诉类型相同或有相同词语的已处理投诉，以及它们的处理结果（知识库）：最相似的在前
arg-hk-complaint-similar-complaint = 投诉编号或编号前缀

cmd-hk-complaint-search = 内容、处理结果、原因或处理记录中有 TEXT 里的词语的已处理投诉，以及它们的处理结果：相同词语最多的在前。中文按相邻两个字匹配，所以 `花瓶` 能找到 `打碎了花瓶`
arg-hk-complaint-search-text = 要查找的词语
