# package: see src/i18n/mod.rs for how the catalogue works.

## The package record (src/domain/package.rs)
package-kind-expected = expected visits (次卡) or stored-value (储值卡)
package-amount-negative = cannot be negative
package-amount-not-visits = `{ $input }` is not a number of visits; give a whole number such as 10
package-amount-not-number = not a number
package-amount-zero = must be more than zero
# An amount on a package: a number of visits, or yuan (`280.00`)
package-amount-visits = { $count } visits
package-amount-yuan = { $yuan } yuan
package-pay-other-client = package { $package } belongs to client { $owner }, not to client { $client } of visit { $visit }
package-pay-expired = package { $package } expired on { $expires }; visit { $visit } is on { $date }
package-pay-before-bought = visit { $visit } on { $date } is before package { $package } was bought ({ $bought })
package-pay-wrong-category = package { $package } is a visits card for `{ $card }`; visit { $visit } is `{ $category }`
package-pay-no-price = visit { $visit } has no price, so stored-value package { $package } cannot pay for it
# $status: the visit's status key (scheduled, cancelled, no-show)
package-pay-not-done = visit { $visit } is { $status }; only a done visit is paid from a package
package-pay-already-paid = visit { $visit } is already paid from package { $package }
package-pay-overdraw = package { $package } holds { $balance }; { $wanted } is more (nothing was taken)
# $unit: `visits` or `yuan`
package-pay-wrong-unit = package { $package } counts { $unit }; { $given } is in another unit
# $kind: `visits` or `stored-value`
package-field-wrong-unit = is not in the unit of a { $kind } package
package-category-needed = is needed for a visits card (which service it is for)
package-category-stored-value = cannot be set on a stored-value card (it pays for any service)
package-expires-before-bought = { $expires } is before the day it was bought ({ $bought })
package-ledger-wrong-unit = has an entry not in the unit of a { $kind } package
package-set-refused = cannot be set on a package; use `hk package refund` or `hk visit done --package`
package-ledger-below-zero = takes the balance below zero ({ $balance })

## hk package add
package-add-category-missing = missing `--category`: which service is the visits card of client { $client } for?
package-hint-category-example = e.g. `--category 家庭保洁`
package-added = added package { $id } ({ $kind }, balance { $balance })

## Paying from a package (hk visit add/done --package)
package-hint-overdraw = nothing was written; `hk package show { $package }` shows the balance and its ledger
package-hint-other-client = a package pays only for its own client's visits; `hk package list --client { $owner }` lists that client's
package-hint-expired = take payment another way, or refund what is left (`hk package refund`)
package-hint-no-price = give the visit a price first: `hk visit edit { $visit } --set price=280`
package-hint-not-done = pay it when it is done: `hk visit done { $visit } --package K`
package-hint-wrong-category = a visits card pays only for visits of its own service
# What could not be done when a package record cannot be read ("cannot …")
package-purpose-pay = pay from a package
package-hint-show-ledger = `hk package show { $package }` shows its ledger

## hk package refund
package-refunded = refunded { $amount } from package { $id }; balance { $balance }

## Money (src/domain/money.rs)
money-negative = a price cannot be negative
money-expected = expected an amount in yuan like 280 or 280.50
money-too-many-decimals = at most two decimals (fen)
money-too-large = the amount is too large
money-not-number = not a number

## Loyalty (src/domain/loyalty.rs)
loyalty-no-tier = [loyalty] needs at least one tier
loyalty-first-tier-not-zero = [loyalty] the first tier (`{ $tier }`) must start at 0
loyalty-tiers-must-rise = [loyalty] tiers must rise: `{ $tier }` starts at { $from }, not above `{ $previous }`
loyalty-tier-without-name = [loyalty] every tier needs a name
loyalty-rate-invalid = `{ $input }` is not a rate; use a number such as 0.1 (at most six decimals)
loyalty-redeem-more-than-held = client { $client } holds { $balance } points; { $wanted } is more (nothing was redeemed)
