# staff: see src/i18n/mod.rs for how the catalogue works.

## hk staff add
staff-added = added staff member { $id }
staff-add-name-missing = missing `--name`: every staff member needs a name
staff-add-name-missing-hint = e.g. `hk staff add --name 刘阿姨 --phone 13912345678 --category 月嫂服务`
staff-add-category-missing = missing `--category`: which services does she do?
staff-add-category-missing-hint = repeat it for several, e.g. `--category 家庭保洁 --category 保姆照顾`

## hk staff avoid
staff-avoid-no-changes = no changes
staff-avoid-done = will not send { $staff } for client { $client }
staff-avoid-undone = may send again { $staff } for client { $client }

## hk staff import (`purpose` and `could-be` complete the message about unreadable records)
staff-import-what = staff
staff-import-purpose = check phones for duplicates
staff-import-could-be = the duplicate
staff-import-bad-id = not a staff id (like w-7k2m9q4x); leave it empty for a new id
staff-import-level-expected = expected a level 1 to 4

## hk staff link
staff-link-purpose = link visits
staff-link-could-be-staff = the one named
staff-link-could-be-visit = one to link
staff-link-done = linked { $count } visit(s) to staff records
staff-link-nothing = no visits to link
staff-link-dry-run = dry run: would link { $count } visit(s); nothing was written

## hk staff list
staff-list-none = no staff match
staff-list-expiring-too-far = is too many days
staff-list-expiring-none = no certificates expire in that time

## hk staff show (the status cell of a table: `leave since 2026-12-01 until 2026-12-03 (回老家)`)
staff-show-status-since = {" "}since { $date }
staff-show-status-until = {" "}until { $date }
staff-show-status-reason = {" "}({ $reason })

## hk staff suggest (the reasons of a table's row, joined by the separator)
staff-suggest-served-before = served this client before
staff-suggest-covers = covers { $district }
staff-suggest-booked = { $count } visit(s) that day
staff-suggest-overall = overall { $score }
staff-suggest-no-surveys = no recent surveys
staff-suggest-separator = {"; "}
staff-suggest-nobody = nobody can be booked for that; try another day, or fewer skills

## A STAFF argument or flag (`what`) that names nobody, or several
staff-resolve-purpose = be sure which staff member is meant
staff-resolve-could-be = the one meant
staff-no-match = { $what }: no staff member has that name or id
staff-no-match-hint = `hk staff list` shows the roster; add her first with `hk staff add`
staff-many-match = { $what }: { $count } staff members match: { $ids }
staff-many-match-hint = use the id, e.g. `{ $id }`

## The staff record's fields (src/domain/staff.rs)
staff-who = staff member
staff-state-expected = expected active, leave or left
staff-gender-expected = expected 女 or 男
staff-birth-year-expected = expected a year like 1975
staff-level-expected = expected 1 to 4 (星级)
staff-single-line = must be a single line
staff-status-until-before-since = is before the status's since date
staff-status-until-not-leave = is only for leave (`--status leave`)
staff-cert-expected = expected KIND:NUMBER:ISSUED:EXPIRES, e.g. `健康证:HZ001:2026-01-05:2027-01-04`
staff-cert-issued-bad = the issue date: { $problem }
staff-cert-expires-bad = the expiry date: { $problem }
staff-cert-kind-missing = each certificate needs a kind
staff-cert-expires-before-issued = expires before it was issued
staff-set-unknown-field = is not a staff field you can set; use one of name, phones, id_number, gender, birth_year, native_place, languages, categories, skills, level, districts, notes, status, status.since, status.until, status.reason, certificates (KIND:NUMBER:ISSUED:EXPIRES;…)

## Why she cannot be booked on a day (after her id: `w-… has left (since 2026-11-01)`)
staff-unavailable-left = has left (since { $since })
staff-unavailable-on-leave = is on leave on { $day }
staff-unavailable-no-certificate = has no { $kind } valid on { $day }

## src/domain/limits.rs: the length limit of every record's text fields
staff-limits-too-long = is longer than { $max } characters; shorten it
