# client: see src/i18n/mod.rs for how the catalogue works.

## Client fields (src/domain/client.rs, consent.rs, tag.rs, rights.rs)
client-name-empty = is empty; every client needs a name
client-name-empty-staff = is empty; every staff member needs a name
client-name-empty-who = is empty; every { $who } needs a name
client-single-line = must be a single line
client-expected-yes-no = expected yes or no
client-consent-none-today = describes a consent change, and none is dated today: set consent.marketing first, or use `hk client consent`
client-not-a-field = is not a field you can set; use one of name, phones, wechat, address, id_number, categories, tags, source, needs, frequency, notes, household.size, household.pets, household.children, household.elders, household.area_sqm, do_not_contact, consent.marketing, consent.channel, consent.evidence, closed (a reason; empty reopens)
client-unreachable = a client needs a phone or a WeChat id
client-phone-taken = client { $owner } already has this phone
client-consent-after-today = { $date } is after today ({ $today }); record consent once it is given
client-tag-empty-level = a tag needs text between its `/` separators (like 宠物/猫)
client-tag-control = a tag cannot contain control characters
client-age-not-duration = `{ $value }` is not a duration; use a number and a unit: 3y (years), 18m (months), 2w (weeks) or 90d (days)
client-age-zero = `{ $value }` is no time at all; give a number above 0

## Phone numbers (src/domain/phone/): never the number itself
client-phone-empty = phone number is empty
client-phone-no-digits = phone number contains no digits
client-phone-bad-character = phone number has a character that is not allowed at position { $position }; use digits, spaces, dashes, parentheses, a leading + and an extension marker such as 转 or ext
client-phone-foreign = phone number has a country code other than +86; only mainland China numbers are supported
client-phone-bad-mobile = mobile number is invalid: { $reason }
client-phone-bad-landline = landline number is invalid: { $reason }
client-phone-bad-service = 400/800 number is invalid: { $reason }
client-phone-bad-extension = phone extension is invalid: { $reason }
client-phone-spreadsheet = phone number is in scientific notation (like 1.38123E+10): a spreadsheet took it for a number and its last digits are lost
client-phone-bad-length = phone number has { $count ->
        [one] 1 digit
       *[other] { $count } digits
    }, which fits neither a mobile (11 digits), a landline (area code plus 7–8 digits) nor a 400/800 number (10 digits)
client-phone-extension-empty = no digits follow the extension marker
client-phone-extension-digits = an extension may only contain digits
client-phone-extension-length = has { $count ->
        [one] 1 digit
       *[other] { $count } digits
    }, an extension has at most { $max }
client-phone-mobile-extension = mobile numbers have no extension
client-phone-mobile-length = has { $count ->
        [one] 1 digit
       *[other] { $count } digits
    }, a mainland mobile has 11
client-phone-mobile-start = mobile numbers start with 13–19
client-phone-area-00 = area codes do not start with 00
client-phone-local-length = the local number after the { $area }-digit area code has { $count ->
        [one] 1 digit
       *[other] { $count } digits
    }, a landline has 7 or 8
client-phone-service-length = has { $count ->
        [one] 1 digit
       *[other] { $count } digits
    }, a 400/800 number has 10
client-phone-area-missing = the area code is missing; landline numbers need an area code starting with 0

## Resident ID numbers (src/domain/id_number.rs): never the number itself
client-id-number-empty = ID number is empty
client-id-number-bad-character = ID number has a character that is not allowed at position { $position }; only digits and a final X are allowed
client-id-number-bad-length = ID number has { $count } { $count ->
        [one] character
       *[other] characters
    }, a resident ID number has 18 (or 15 for an old first-generation card)
client-id-number-misplaced-x = ID number has an X that is not the last character; X may only be the 18th character
client-id-number-bad-birth-date = the birth date inside the ID number is not a real calendar date
client-id-number-birth-date-range = the birth date inside the ID number is outside { $min }-01-01 to { $max }-12-31
client-id-number-check-char = the check character (the last one) of the ID number does not match the other 17 digits; a typo in the number?

## Client import rows (src/import/client.rs)
client-import-bad-id = not a client id (like c-7k2m9q4x); leave it empty for a new id
client-import-bad-time = expected a time like 2026-11-22T09:00:00+08:00
client-import-yes-no = expected yes or no (是/否)

## Finding a client (src/cli/client/mod.rs): ids and masked phones, never names
client-purpose-check-phone = check the phone for duplicates
client-purpose-check-phones = check phones for duplicates
client-could-be-duplicate = the duplicate
client-skip-check-hint = or skip the check with `--allow-duplicate`
client-keep-reachable-hint = keep at least one phone, or give a WeChat id (`wechat`)
client-see-owner-hint = see it with `hk client show { $owner }`
client-add-anyway-hint = or add anyway with `--allow-duplicate`
client-save-anyway-hint = or save anyway with `--allow-duplicate`
client-bare-prefix = `c-` alone is not an id; type a few characters more
client-purpose-which = be sure which client `{ $query }` means
client-could-be-meant = the client meant
client-by-id-hint = or name the client by id (`hk client list` shows ids)
client-no-phone-match = no client has that phone
client-no-name-match = no client has that name
client-search-hint = search with `hk client list --search TEXT`, then use the id
client-many-phone = { $count } clients have that phone: { $ids }
client-many-name = { $count } clients have that name: { $ids }
client-use-id-hint = use the id, e.g. `hk client show { $id }`
client-near-more = { "  " }… and { $count } more
client-near-names = no client is named exactly that; { $count } client(s) have it in their name: { $ids }
client-near-names-hint = use the id of the one you mean in place of the name, e.g. `{ $id }`

## hk client add (src/cli/client/add.rs)
client-name-quotes-hint = give the name in quotes, e.g. `--name 王芳`
client-added = added client { $id }
client-nothing-added = { $problem }; nothing was added
client-missing-name = missing `--name`: every client needs a name
client-missing-phone = missing `--phone` (or `--wechat`): a client must be reachable
client-no-terminal-hint = there is no terminal to ask on, so pass every value as a flag
client-prompt-name = 姓名 Name
client-prompt-name-needed = a name is needed
client-prompt-phone = 手机 Phone (Enter to give a WeChat id instead)
client-prompt-phone-taken = client { $owner } already has this phone (`hk client show { $owner }`); type another, or add with `--allow-duplicate`
client-prompt-wechat = 微信 WeChat id
client-prompt-categories = 服务类别 Categories

## hk client consent (src/cli/client/consent.rs); `yes`/`no` stay as they are
client-consent-withdraw-hint = `--marketing no` also records a withdrawal of an earlier yes
client-consent-channel-empty = is empty
client-consent-channel-hint = say how the client told you: `--channel wechat`, `phone`, `paper` …
client-consent-recorded-already = client { $id }: this consent entry is recorded already; nothing was changed
client-consent-recorded = client { $id }: marketing { $answer } from { $date }; in force today: { $today }

## hk client delete (src/cli/client/delete.rs)
client-purpose-delete = delete client { $id }
client-has-records = client { $id } has { $records }; nothing was deleted
client-delete-with-records-hint = delete them with the client: `hk client delete { $id } --with-records`
client-delete-merge-hint = or, for a duplicate, move them to the client who stays: `hk client merge KEEP { $id }`
client-delete-plan = delete client { $id }
client-delete-plan-records = delete client { $id } and its { $records }
client-delete-plan-avoided = , and take { $id } off the do-not-send list of { $staff }
client-deleted = deleted client { $id }
client-deleted-records = deleted client { $id } and { $count } record(s) of theirs
client-avoided-dropped = took { $id } off the do-not-send list of { $staff }

## A client's own records (src/cli/client/owned.rs)
client-could-be-avoiding = one whose do-not-send list names the client
client-staff-record = staff record
client-prepaid-balance = cannot { $purpose }: package { $package } still holds { $balance } for them; nothing was written
client-refund-first-hint = refund what is left first (`hk package refund { $package } --amount …`), then run the command again

## hk client erase (src/cli/client/erase.rs)
client-purpose-erase = erase client { $id }
client-erase-unreadable = cannot { $purpose }: { $count } record(s) cannot be read, and any of them could be theirs; nothing was written (first: { $path }: { $problem })
client-erase-plan = erase client { $id }
client-erase-plan-records = , deleting its { $records }
client-erase-plan-surveys = , making { $count } survey answer(s) anonymous
client-erase-plan-avoided = , taking { $id } off the do-not-send list of { $staff }
client-erase-plan-final = { $plan } (this cannot be undone)
client-erased = erased client { $id }: { $deleted } record(s) deleted, { $anonymous } survey answer(s) kept anonymous
client-erased-anonymous = erased client { $id }: { $deleted } record(s) deleted, { $anonymous } survey answer(s) kept anonymous (now { $ids })
client-erase-backups-note = the files are deleted from this folder; copies in backups (and in any other copy of the store) still hold them, encrypted
client-erase-history-note =
    git history still holds the erased records: the earlier versions of these { $count } file(s), encrypted, readable by every key they were encrypted to (and in every clone and backup of the store). To remove them from history, in the store (git-filter-repo is a separate tool):

    { $command }

    then push with `--force` and have every office clone the store again. The audit log and the staff do-not-send lists' history keep the client's id only, which no longer leads to anyone.

## hk client export CLIENT (src/cli/client/export_one.rs)
client-export-one-csv = `--format csv`: the export of one client is JSON (records of several kinds)
client-export-one-csv-hint = leave out `--format`, or export every client as CSV with `hk client export`
client-json-failed = cannot write the JSON: { $error }
client-exported = exported client { $id }; the export is in the audit log (`hk audit list --client { $id }`)

## hk client merge (src/cli/client/merge.rs)
client-merge-refused = cannot merge { $other } into { $keep }: { $problem }; nothing was changed
client-merge-compare-hint = compare them with `hk client show { $keep } --reveal` and `hk client show { $other } --reveal`
client-merge-clear-hint = clear the wrong one with `hk client edit ID --set id_number=`, then merge
client-merge-same-hint = name two different clients
client-merge-breaks-rule = cannot merge { $other } into { $keep }: the merged record breaks a rule ({ $problem }); nothing was changed
client-purpose-merge = merge client { $other }
client-merge-plan = merge client { $other } into { $keep }
client-merge-plan-moving = , moving { $records }
client-merge-plan-avoided = , put { $keep } in place of { $other } on the do-not-send list of { $staff }
client-merge-plan-delete = { " " }and delete { $other }
client-merge-plan-and-delete = , and delete { $other }
client-merged = merged client { $other } into { $keep }: { $count } record(s) moved, { $other } deleted
client-merged-avoided = put { $keep } in place of { $other } on the do-not-send list of { $staff }
client-merge-kept = kept { $keep }'s { $fields } where { $other } had a different value

## hk client points (src/cli/client/points.rs)
client-points-hint = `hk client points { $id }` shows the balance and its parts
client-points-redeemed = redeemed { $count } points of client { $id }; balance { $balance }
client-points-negative = cannot be negative
client-points-zero = must be more than zero
client-points-not-number = `{ $value }` is not a number of points; give a whole number such as 100
client-points-skipped = skipped { $path }: { $problem }; points from referrals may be too low

## hk client tag / untag / list
client-tag-nothing = give at least one TAG or `--category` to tag
client-untag-nothing = give at least one TAG or `--category` to untag
client-list-consent-expected = expected marketing or none
client-list-none = no clients match

## hk client show (src/cli/client/show.rs): the marketing line of the table, and the
## timeline (values such as `done`, `reached`, `yes` stay as they are)
client-show-consent-since = { $answer }, since { $date }
client-show-consent-undated = { $answer }, since before it was recorded
client-show-consent-channel = { " " }({ $channel })
client-show-consent-none = no
client-timeline-converted = { " " }· converted { $date }
client-timeline-until = { " " }· until { $date }
client-timeline-marketing = marketing { $answer }
client-timeline-inquiry = inquiry 咨询
client-timeline-visit = visit 服务
client-timeline-followup = follow-up 回访
client-timeline-survey = survey 调查
client-timeline-complaint = complaint 投诉
client-timeline-consent = consent 同意
