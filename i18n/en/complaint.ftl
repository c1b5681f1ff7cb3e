# complaint: see src/i18n/mod.rs for how the catalogue works.

## hk complaint add and the steps
complaint-added = complaint { $id } for { $client } { $name } ({ $kind }, { $priority })
complaint-add-type-hint = the types are listed in `.hk/config.toml` under [complaints]
complaint-step-done = complaint { $id } is { $status }
complaint-assign-name-empty = `NAME` is empty
complaint-assign-name-empty-hint = give the name of who handles it
complaint-flag-empty = is empty
complaint-search-text-empty = `TEXT` is empty
complaint-search-text-empty-hint = give a word or two, e.g. `花瓶`
complaint-show-no-playbook = no playbook for `{ $kind }`: write `{ $file }` in the store (plain Markdown, no personal data)

## Steps the status does not allow (src/domain/complaint/rules.rs)
complaint-closed-cannot-log = complaint { $id } is closed; it cannot be logged
complaint-closed-cannot-assign = complaint { $id } is closed; it cannot be assigned
complaint-closed-cannot-resolve = complaint { $id } is closed; it cannot be resolved
complaint-closed-cannot-close = complaint { $id } is closed; it cannot be closed again
complaint-already-resolved = complaint { $id } is already resolved
complaint-verdict-before-resolution = `{ $flag }`: complaint { $id } is { $status }; the client's verdict comes after the resolution
complaint-not-reopenable = complaint { $id } is { $status }; only a resolved or closed complaint can be reopened

## The complaint record's fields
complaint-priority-expected = expected urgent, high, normal or low
complaint-verdict-expected = expected satisfied or unsatisfied
complaint-compensation-expected = expected refund, redo, coupon or none, then `:YUAN` (refund:200)
complaint-compensation-negative = the amount cannot be negative
complaint-compensation-none-amount = `none` takes no amount
complaint-set-unknown-field = is not a complaint field you can set; use one of client, visit, channel, description, cause, resolution
complaint-client-empty = is empty; a complaint is a client's

## [complaints] in .hk/config.toml
complaint-config-no-types = [complaints] needs at least one type
complaint-config-type-incomplete = complaint type #{ $number } needs a key and a label
complaint-config-bad-key = complaint type `{ $key }`: a key names a playbook file; use letters, digits and `-`
complaint-config-duplicate = complaint types share the key or label of `{ $key }`
complaint-type-unknown = `{ $value }` is not a complaint type; known: { $known }
