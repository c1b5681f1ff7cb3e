# package: see src/i18n/mod.rs for how the catalogue works.

## 套餐卡记录（src/domain/package.rs）
package-kind-expected = 应为 visits（次卡）或 stored-value（储值卡）
package-amount-negative = 不能为负数
package-amount-not-visits = `{ $input }` 不是次数；请写整数，例如 10
package-amount-not-number = 不是数字
package-amount-zero = 必须大于零
# 套餐卡上的数量：次数，或金额（元）
package-amount-visits = { $count } 次
package-amount-yuan = { $yuan } 元
package-pay-other-client = 套餐卡 { $package } 属于客户 { $owner }，不属于服务记录 { $visit } 的客户 { $client }
package-pay-expired = 套餐卡 { $package } 已于 { $expires } 到期；服务记录 { $visit } 的日期是 { $date }
package-pay-before-bought = 服务记录 { $visit } 的日期 { $date } 早于套餐卡 { $package } 的购买日期（{ $bought }）
package-pay-wrong-category = 套餐卡 { $package } 是 `{ $card }` 的次卡；服务记录 { $visit } 的服务类别是 `{ $category }`
package-pay-no-price = 服务记录 { $visit } 没有价格，储值卡 { $package } 无法支付
package-pay-not-done = 服务记录 { $visit } 的状态是 `{ $status }`；只有已完成的服务才能用套餐卡支付
package-pay-already-paid = 服务记录 { $visit } 已经用套餐卡 { $package } 支付过
package-pay-overdraw = 套餐卡 { $package } 余额 { $balance }，不够 { $wanted }（未扣除）
package-pay-wrong-unit = 套餐卡 { $package } 按{ $unit ->
    [visits] 次数
   *[other] 金额（元）
}计，{ $given } 的单位不对
package-field-wrong-unit = 与 { $kind } 套餐卡的单位不符
package-category-needed = 次卡必须写明服务类别（这张卡用于哪项服务）
package-category-stored-value = 储值卡不能设服务类别（储值卡可支付任何服务）
package-expires-before-bought = { $expires } 早于购买日期（{ $bought }）
package-ledger-wrong-unit = 有一条流水与 { $kind } 套餐卡的单位不符
package-set-refused = 套餐卡不能直接修改；请用 `hk package refund` 或 `hk visit done --package`
package-ledger-below-zero = 会使余额低于零（{ $balance }）

## hk package add
package-add-category-missing = 缺少 `--category`：客户 { $client } 的这张次卡用于哪项服务？
package-hint-category-example = 例如 `--category 家庭保洁`
package-added = 已添加套餐卡 { $id }（{ $kind }，余额 { $balance }）

## 用套餐卡付款（hk visit add/done --package）
package-hint-overdraw = 未写入任何内容；`hk package show { $package }` 可查看余额和流水
package-hint-other-client = 套餐卡只能支付本人客户的服务；`hk package list --client { $owner }` 列出该客户的套餐卡
package-hint-expired = 请改用其他方式收款，或退还剩余部分（`hk package refund`）
package-hint-no-price = 请先给服务记录定价：`hk visit edit { $visit } --set price=280`
package-hint-not-done = 服务完成后再支付：`hk visit done { $visit } --package K`
package-hint-wrong-category = 次卡只能支付同一服务类别的服务
package-purpose-pay = 用套餐卡付款
package-hint-show-ledger = `hk package show { $package }` 可查看其流水

## hk package refund
package-refunded = 已从套餐卡 { $id } 退款 { $amount }；余额 { $balance }

## 金额（src/domain/money.rs）
money-negative = 价格不能为负数
money-expected = 应为以元计的金额，例如 280 或 280.50
money-too-many-decimals = 最多两位小数（分）
money-too-large = 金额太大
money-not-number = 不是数字

## 积分与会员等级（src/domain/loyalty.rs）
loyalty-no-tier = [loyalty] 至少需要一个会员等级
loyalty-first-tier-not-zero = [loyalty] 第一个会员等级（`{ $tier }`）必须从 0 开始
loyalty-tiers-must-rise = [loyalty] 会员等级的门槛必须递增：`{ $tier }` 从 { $from } 开始，没有高于 `{ $previous }`
loyalty-tier-without-name = [loyalty] 每个会员等级都需要名称
loyalty-rate-invalid = `{ $input }` 不是有效的比例；请写数字，例如 0.1（最多六位小数）
loyalty-redeem-more-than-held = 客户 { $client } 有 { $balance } 积分，不够 { $wanted }（未兑换）
