# visit: see src/i18n/mod.rs for how the catalogue works.

## Dates and periods as typed (src/domain/date.rs): they follow a flag or a column
date-empty = is empty; expected a date like 2026-11-22
date-not-a-day = expected a date like 2026-11-22, 2026/11/22, 2026年11月22日, today, tomorrow or yesterday
date-span-not-day = is a month, quarter or year, not a day; give a day like 2026-11-22
date-not-a-span = expected a date (2026-11-22), a month (2026-11), a quarter (2026-Q4), a year (2026) or one of this-month, last-month, this-quarter, last-quarter, this-year, last-year
date-no-such-day = { $date } is not a calendar date
date-no-such-month = the month must be 1 to 12
date-no-such-quarter = the quarter must be Q1, Q2, Q3 or Q4
date-year-out-of-range = the year must be between 1900 and 2200
date-bad-time = the time after the date is not a time of day (like 16:43 or 2:05:09 PM)

## The visit record (src/domain/visit.rs, booking.rs, stage.rs)
visit-status-expected = expected scheduled, done, cancelled or no-show
visit-payment-expected = expected cash, wechat, alipay, card or transfer
visit-end-before-start = is before the start date
visit-staff-one-line = each staff name must be one non-empty line
visit-field-not-settable = is not a visit field you can set; use one of date, end, time, category, staff, status, price, payment, products, issues, notes
visit-done-in-future = a visit after today cannot be done yet
visit-time-expected = expected a time like 09:30
visit-refusal-double-booked = { $staff } is already booked on visit { $other } ({ $date })
visit-refusal-unavailable = { $staff } { $why }
visit-refusal-avoided = client { $client } asked not to have { $staff } again
visit-repeat-expected = expected weekly, biweekly or monthly
visit-series-too-long = a series has at most { $max } visits; book a shorter one
visit-stage-expected = expected lead, new, active, at-risk or churned

## Visit files (src/import/visit.rs): each follows `line N, column `…`:`
visit-import-date-empty = is empty; every visit needs a date
visit-import-no-client = names no client (the client id and phone are both empty)
visit-import-no-category = no category, and the client does not have exactly one

## hk visit add, done, cancel, no-show (src/cli/visit/)
visit-add-done-in-future = a visit on { $date } (after today, { $today }) cannot be done yet
visit-add-done-in-future-hint = leave --status out to book it as scheduled
visit-add-no-category = missing `--category`: client { $client } has no category yet
visit-add-no-category-hint = name the service, e.g. `--category 家庭保洁`
visit-add-many-categories = missing `--category`: client { $client } has { $count } categories ({ $categories })
visit-add-many-categories-hint = choose one, e.g. `--category { $example }`
visit-added = added visit { $id } ({ $status })
visit-paid-from-package = paid from package { $package }; balance { $balance }
visit-added-series = added a series of { $count } visits from { $first } to { $last } (series { $series })
visit-add-count-zero = must be at least 1
visit-add-count-zero-hint = `--count 4` books four visits
visit-add-until-before-first = { $until } is before the first visit ({ $first })
visit-add-repeat-no-end = `--repeat` needs an end: `--count N` or `--until D`
visit-add-repeat-no-end-hint = e.g. `--repeat weekly --count 8` or `--repeat monthly --until 2027-06-30`
visit-staff-unlisted-hint = or keep a free-text name with `--staff-unlisted NAME`
# { $problems } is one indented line per problem, each starting with a line break.
visit-cannot-book = cannot book: { $count } problem(s); nothing was written{ $problems }
visit-cannot-book-hint = choose another staff member (`hk staff suggest`) or another time
visit-cannot-book-hint-anyway = or book anyway with `--allow-overlap`
visit-status-in-future = visit { $id } is on { $date }, after today; it cannot be { $status } yet
visit-status-unchanged = visit { $id } is already { $status }
visit-status-changed = visit { $id } is now { $status }
visit-purpose-cancel-series = cancel a series
visit-could-be-series-visit = one of its visits
visit-series-not-found = no visit belongs to series `{ $series }`
visit-series-not-found-hint = `hk visit show V` prints a visit's series; give its full id
visit-series-nothing-to-cancel = no scheduled visits of that series to cancel
visit-series-cancelled = cancelled { $count } visit(s) of series { $series }

## hk visit delete, edit, upcoming
visit-purpose-delete = be sure no record links to visit { $id }
visit-could-be-linker = one that links to it
visit-delete-plan = delete visit { $id } of client { $client }
# { $records }: how many records of a kind and their ids (`2 follow-up(s): f-…`).
visit-delete-plan-unlink = , dropping its link from { $records }
visit-kind-followup = follow-up
visit-kind-survey = survey
visit-kind-complaint = complaint
visit-deleted = deleted visit { $id }
visit-deleted-unlinked = dropped the link to it from { $ids }
visit-edit-client-fixed = a visit's `client` cannot be changed
visit-edit-client-fixed-hint = delete it with `hk visit delete` and add it to the right client
visit-edit-category-dropped = client { $client } no longer has the category { $category } (no other visit is in it)
visit-within-too-large = is too large
visit-upcoming-on = { $count } scheduled visit(s) on { $date }
visit-upcoming-between = { $count } scheduled visit(s) from { $first } to { $last }

## hk visit import (src/cli/visit/import.rs); row problems follow `line N, column `…`:`
visit-import-what = visit
visit-import-purpose-clients = match rows to clients
visit-import-could-be-client = a row's client
visit-import-purpose-duplicates = check for visits already imported
visit-import-could-be-duplicate = the duplicate
visit-import-no-staff = no staff member has that name or id; add her first with `hk staff add`
visit-import-many-staff = { $count } staff members have that name ({ $ids }); use the id
visit-import-cannot-book = { $problems }; import anyway with `--allow-overlap`
visit-import-no-client-id = no client has the id `{ $id }`
visit-import-bad-phone = the phone is not valid: { $problem }
visit-import-many-phone = { $count } clients have this phone; use the client id column instead
visit-import-no-phone = no client has this phone; add the client first (`hk client add`)
