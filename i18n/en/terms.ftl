# terms: the fixed vocabulary a table shows (`Cell::term`); English tables show the key itself,
# so these English texts are the keys, kept for the catalogue's parity check.

## stage
term-stage-lead = lead
term-stage-new = new
term-stage-active = active
term-stage-at-risk = at-risk
term-stage-churned = churned
term-stage-total = total

## reason
term-reason-first = first
term-reason-periodic = periodic
term-reason-retry = retry
term-reason-complaint = complaint
term-reason-check-in = check-in

## outcome
term-outcome-reached = reached
term-outcome-no-answer = no-answer

## channel
term-channel-phone = phone
term-channel-wechat = wechat
term-channel-sms = sms
term-channel-visit = visit
term-channel-questionnaire = questionnaire

## survey-channel
term-survey-channel-phone = phone
term-survey-channel-online = online
term-survey-channel-paper = paper
term-survey-channel-interview = interview

## visit-status
term-visit-status-scheduled = scheduled
term-visit-status-done = done
term-visit-status-cancelled = cancelled
term-visit-status-no-show = no-show

## priority
term-priority-urgent = urgent
term-priority-high = high
term-priority-normal = normal
term-priority-low = low

## complaint-status
term-complaint-status-open = open
term-complaint-status-in-progress = in-progress
term-complaint-status-resolved = resolved
term-complaint-status-closed = closed

## complaint-entry
term-complaint-entry-note = note
term-complaint-entry-contact = contact
term-complaint-entry-action = action

## inquiry-outcome
term-inquiry-outcome-open = open
term-inquiry-outcome-booked = booked
term-inquiry-outcome-lost = lost

## package-kind
term-package-kind-visits = visits
term-package-kind-stored-value = stored-value

## ledger
term-ledger-visit = visit
term-ledger-refund = refund

## audit-action
term-audit-action-reveal = reveal
term-audit-action-export = export
term-audit-action-erase = erase

## ended
term-ended-closed = closed
term-ended-inactive = inactive

## staff-state
term-staff-state-active = active
term-staff-state-leave = leave
term-staff-state-left = left
