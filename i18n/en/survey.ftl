# survey: see src/i18n/mod.rs for how the catalogue works.

## The survey response (src/domain/survey.rs)
survey-channel-expected = expected phone, online, paper or interview
survey-not-a-dimension = is not a survey dimension in the config
survey-score-range = must be from 1 to 5
survey-nps-range = must be from 0 to 10
survey-cannot-change = cannot be changed
survey-visit-not-done = visit { $id } is { $status }, not done; a survey is about a service that took place
survey-visit-after = visit { $id } starts on { $start }, after the survey's date { $date }
survey-out-of-range = { $n } is out of range; expected { $min } to { $max }
survey-not-whole-number = expected a whole number from { $min } to { $max }

## Questionnaire files (src/import/survey/): each follows `line N, column `…`:`
survey-preset-expected = expected auto, wjx, tencent, google, surveymonkey or generic
survey-import-date-empty = is empty; every response needs a date
survey-import-not-client-id = is not a client id (like c-7k2m9q4x); leave it empty and give a phone
survey-import-not-visit-id = is not a visit id (like v-7k2m9q4x); leave it empty to use the client's latest done visit
survey-import-no-answers = has no answers (every question is empty or skipped)
survey-import-bad-date = is not a date this import understands; expected a date or time like 2026/6/3 16:43:42, 2026-06-03 or 11/3/2026 2:05:09 PM
survey-import-date-problem = { $problem }; expected a date or time like 2026/6/3 16:43:42, 2026-06-03 or 11/3/2026 2:05:09 PM
survey-import-date-after-today = is after today ({ $today }); check the date, or whether day and month are swapped
survey-what-score = a score
survey-what-nps = an NPS answer
survey-answer-not-whole = is not a whole number
survey-answer-negative = is negative; { $what } must be { $range }
survey-answer-must-be = { $problem }; { $what } must be { $range }
survey-answer-out-of-range-n = { $n } is out of range; { $what } must be { $range }
survey-answer-out-of-range = is out of range; { $what } must be { $range }
survey-answer-not-a-score = is not a score; use a number { $range } or a label such as 非常满意, 满意, 一般, 不满意, 非常不满意 (Very satisfied … Very dissatisfied)
survey-answer-not-a-number = is not a number; { $what } must be { $range }

## Mapping a questionnaire's columns (src/import/survey/mapping.rs)
survey-map-not-surveymonkey = line 2 is not SurveyMonkey's second header row (`Response`, `Open-Ended Response` …); export again with both header rows, or use `--preset generic`
survey-map-unknown-target = `--map { $name }=…`: `{ $name }` is not a survey dimension; use one of { $dimensions }, nps, comment, phone, client, date, channel, visit, serial, or ignore
survey-map-no-column-given = `--map { $dim }=` names no column; give a header or a column number
survey-map-column-out-of-range = `--map { $dim }={ $wanted }`: the file has columns 1 to { $columns }
survey-map-no-such-column = `--map { $dim }={ $wanted }`: no column is headed like that; give the header text or the column number (1 to { $columns })
survey-map-several-columns = `--map { $dim }={ $wanted }` matches several columns: { $matches }; give the column number
survey-map-ignored-and-mapped = { $column } is given to `--map ignore` and another `--map`
survey-map-mapped-and-ignored = { $column } is given to `--map { $target }` and `--map ignore`
survey-map-mapped-twice = `--map { $target }` is given twice; give each dimension one column
survey-map-mapped-to-both = { $column } is given to both `--map { $first }` and `--map { $second }`
survey-map-ambiguous = line 1: two columns look like `{ $target }`: { $first } and { $second }; choose one with `--map { $target }=COLUMN` (a header or a column number)
survey-map-several-overall = line 1: { $first } and { $second } both ask about satisfaction without saying which dimension; choose the overall one with `--map overall=COLUMN`
survey-map-no-question = line 1: no column looks like a survey question (a 1–5 score or NPS); the headers are { $headers }; map one with `--map overall=COLUMN`
survey-map-column-described = `{ $header }` (column { $n })
survey-map-column-no-header = column { $n } (no header)
survey-map-column-unnamed = (column { $n })

## hk survey add (src/cli/survey/add.rs)
survey-add-visit-not-done-hint = once it has taken place, mark it with `hk visit done { $id }`
survey-add-visit-after-hint = check `--date` (the day of the answers) and `--visit`
survey-add-visit-leave-out-hint = or leave `--visit` out: the survey then counts for the client's latest done visit
survey-add-no-answers = no answers given: pass at least one score, `--nps` or `--comment`
survey-add-no-answers-hint = e.g. `hk survey add { $client } --overall 5 --nps 9`
survey-added = added survey { $id }
survey-add-score-shape = expected DIM=N, e.g. `--score overall=5`
survey-add-unknown-dimension = `{ $key }` is not a survey dimension of this store; known: { $known }
# Prompts on a terminal (the score labels 非常满意 5 … stay as they are).
survey-prompt-skip = 跳过 skip
survey-prompt-nps = 推荐意愿 NPS: would they recommend us? (0–10)
survey-prompt-comment = 意见建议 Comment (enter to skip)

## hk survey import (src/cli/survey/import.rs); row problems follow `line N, column `…`:`
survey-import-map-shape = expected DIM=COLUMN, e.g. `--map attitude=3`
survey-import-map-hint = correct the mapping with `--map DIM=COLUMN`; `--dry-run` shows it
survey-import-ignored = not imported (not needed): { $columns }
survey-import-purpose-clients = match rows to clients
survey-import-could-be-client = a row's client
survey-import-purpose-visits = match rows to visits
survey-import-could-be-visit = a row's visit
survey-import-purpose-duplicates = check for responses already imported
survey-import-could-be-duplicate = the duplicate
survey-import-no-client-id = no client has this id
survey-import-client-prefix-ambiguous = the id prefix fits several clients
survey-import-many-phone = { $count } clients have this phone; add a client id column
survey-import-no-phone = no client has this phone; add the client first
survey-import-no-client = names no client (no client id or phone); use `--anonymous` for anonymous responses
survey-import-no-visit-id = no visit has this id
survey-import-visit-prefix-ambiguous = the id prefix fits several visits; give more of the id
survey-import-visit-other-client = the visit belongs to another client
survey-import-unfit-visit = { $problem }; leave the cell empty to use the client's latest done visit
