# followup: see src/i18n/mod.rs for how the catalogue works.

## The follow-up record (src/domain/followup.rs)
followup-channel-expected = expected phone, wechat, sms, visit or questionnaire
followup-outcome-expected = expected reached or no-answer
followup-field-not-settable = is not a follow-up field you can set; use one of client, date, channel, outcome, visit, score, notes, actions
followup-client-empty = is empty; a follow-up is with a client
followup-score-range = must be from 1 to 5

## Action items (src/domain/action.rs)
action-empty = is empty
action-due-without-text = has a due date but nothing to do
action-bad-due = the due date after `@` is not a date ({ $problem }); write it like @2026-12-01
action-id-shape = an action id is a follow-up id, a dot and a number, like f-7k2m9q4x.1
action-bad-number = `{ $number }` is not an action number (1, 2, …)

## hk followup (src/cli/followup/)
followup-within-too-large = is too large
followup-due-count = { $count } client(s) due for a follow-up by { $until }
followup-logged = logged follow-up { $id } for { $client } { $name } ({ $channel }, { $outcome })

## hk action (src/cli/action/)
action-list-shows-ids = `hk action list` shows the ids
action-no-such-item = follow-up { $followup } has { $count } action item(s); there is no { $id }
action-already-done = { $id } was done on { $date } already
action-already-done-hint = `hk followup edit` changes a follow-up's items
action-done = { $id } done on { $date }
