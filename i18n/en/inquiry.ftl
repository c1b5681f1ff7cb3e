# inquiry: see src/i18n/mod.rs for how the catalogue works.

## The inquiry record (src/domain/inquiry)
inquiry-outcome-expected = expected open, booked or lost
inquiry-format-unsupported = record format { $format } is not supported
inquiry-name-one-line = must be a single line
inquiry-reason-missing = is missing: a lost inquiry needs the reason it was lost (价格, 档期 …)
inquiry-reason-only-lost = is only kept for a lost inquiry; set the outcome to lost, or clear the reason
inquiry-client-and-converted = and `converted` go together: `hk inquiry convert` sets both
inquiry-converted-before-date = { $converted } is before the inquiry's date ({ $date }); an inquiry is converted after it came in
inquiry-set-client-by-hand = cannot be set by hand; `hk inquiry convert ID [--client C]` links the client
inquiry-set-unknown-field = is not a field you can set; use one of date, channel, name, phone, category, topics, needs, budget, start, outcome, reason, notes

## [inquiries] in .hk/config.toml; $what is `channel` or `topic`
inquiry-settings-list-empty = [inquiries] needs at least one { $what }
inquiry-settings-entry-incomplete = inquiry { $what } #{ $number } needs a key and a label
inquiry-settings-entries-share = inquiry { $what }s share the key or label of `{ $key }`
inquiry-settings-unknown = `{ $input }` is not a { $what }; known: { $known }

## hk inquiry add
inquiry-hint-lists-in-config = the lists are in `.hk/config.toml` under [inquiries]
inquiry-hint-reason-with-lost = give `--outcome lost --reason TEXT` together
inquiry-added = inquiry { $id } ({ $channel }, { $outcome })

## hk inquiry convert
inquiry-already-converted = inquiry { $id } was converted to client { $client } on { $date }; nothing was changed
inquiry-hint-show-client = see the client with `hk client show { $client }`
inquiry-convert-date-before = { $date } is before the inquiry came in ({ $inquiry_date })
inquiry-converted-new = inquiry { $id } converted to new client { $client }
inquiry-converted-existing = inquiry { $id } converted to existing client { $client }
inquiry-convert-no-name = inquiry { $id } has no name, and a client needs one; nothing was changed
inquiry-hint-convert-name = give it with `--name`, or link an existing client with `--client C`
inquiry-convert-refused = { $problem }; nothing was changed
inquiry-hint-convert-phone = give the new client's phone with `--phone`
inquiry-hint-convert-link = if it is the same person, link it: `hk inquiry convert { $inquiry } --client { $owner }`
inquiry-hint-convert-allow-duplicate = or make a new client anyway with `--allow-duplicate`

## hk inquiry edit
inquiry-edit-link-fixed = `client` and `converted` cannot be changed here
inquiry-hint-convert-links = `hk inquiry convert` links a client

## hk inquiry list
inquiry-due-within = { $count } open lead(s) want to start within { $days } day(s)
