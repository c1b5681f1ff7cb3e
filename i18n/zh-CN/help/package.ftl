# Chinese --help for `hk package`. Ids: see src/cli/help.rs.

cmd-hk-package = 套餐卡（次卡 / 储值卡）：售卡、列表、查看流水、退款

cmd-hk-package-add = 记录客户购买的一张套餐卡（记名卡），打印新编号
    .long =
        记录客户购买的一张套餐卡（记名卡），打印新编号。

        次卡含 `--face` 次某一项服务（`--category`，默认为客户唯一的服务类别）；储值卡含 `--face` 元，可支付任何服务。`--bonus` 是额外赠送的部分（买十送一：`--bonus 1`；充2000送200：`--bonus 200`）。余额 = 面值 + 赠送，减去每次用卡支付的服务和每笔退款（`hk package show`）。
arg-hk-package-add-client = 客户编号或编号前缀、电话或完整姓名
arg-hk-package-add-kind = visits（次卡）或 stored-value（储值卡）
arg-hk-package-add-face = 卡内含多少：次数，或金额（元，2000 或 2000.50）
arg-hk-package-add-bonus = 在面值之外赠送的部分，单位与面值相同［默认：0］
arg-hk-package-add-paid = 客户实付金额（元）
arg-hk-package-add-category = 次卡用于哪项服务（key 或名称）［默认：客户唯一的服务类别］
arg-hk-package-add-date = 购买日期［默认：今天］
arg-hk-package-add-expires = 最后一天可用于支付服务的日期［默认：永不过期］
arg-hk-package-add-note = 备注

cmd-hk-package-list = 列出套餐卡：客户、类型、服务、购买日期、到期日、实付、面值、赠送和剩余（次数或金额），最早购买的在前。`--client` 只看一位客户的；`--open` 只看还有余额的
arg-hk-package-list-client = 只看这位客户的套餐卡（编号或编号前缀、电话或完整姓名）
arg-hk-package-list-open = 只看余额大于零的套餐卡

cmd-hk-package-show = 查看一张套餐卡：卡内含多少、剩余多少，以及流水（每次用卡支付的服务和每笔退款，最早的在前；流水只追加不修改）
arg-hk-package-show-package = 套餐卡编号或编号前缀（k-…）

cmd-hk-package-refund = 退还套餐卡的部分或全部余额：记一条降低余额的流水（流水从不改写）。`--amount` 按卡的单位计：次卡为次数，储值卡为元。超过余额的退款整笔拒绝
arg-hk-package-refund-package = 套餐卡编号或编号前缀（k-…）
arg-hk-package-refund-amount = 退还的次数（次卡）或金额（储值卡，元）
arg-hk-package-refund-date = 退款日期［默认：今天］
arg-hk-package-refund-note = 退款原因，或钱是怎么退回的
