# records: see src/i18n/mod.rs for how the catalogue works.

## Loading records (src/cli/records.rs)
records-unreadable-refused = cannot { $purpose }: { $count } record(s) in `{ $folder }/` cannot be read, and any of them could be { $could_be }; nothing was written{ $listed }
records-restore-hint = restore them from git (`git checkout -- FILE`) or a backup, then run the command again
records-restore-file-hint = restore the file from git or a backup (`git checkout -- FILE`)
records-not-an-id-a = `{ $query }` is not a { $kind } id; { $kind } ids look like { $prefix }7k2m9q4x
records-not-an-id-an = `{ $query }` is not an { $kind } id; { $kind } ids look like { $prefix }7k2m9q4x
records-list-hint = `hk { $command } list` shows every id
records-no-id-prefix = no { $kind } id starts with `{ $prefix }`
records-ambiguous-prefix = `{ $prefix }` is the start of { $count } { $kind } ids: { $ids }
records-type-more = type more characters of the id
records-visit-of-other-client = visit { $visit } belongs to client { $owner }, not { $client }

## The kinds of record, as messages name them
records-kind-client = client
records-kind-visit = visit
records-kind-followup = follow-up
records-kind-survey = survey
records-kind-complaint = complaint
records-kind-staff = staff member
records-kind-package = package
records-kind-audit = audit entry
records-kind-inquiry = inquiry

## Editing records: `--set` and $EDITOR (src/cli/edit.rs)
records-set-expected = expected FIELD=VALUE, e.g. `{ $example }`
records-no-changes = no changes
records-updated = updated { $kind } { $id }
records-no-editor = no `--set` given and no terminal for an editor
records-no-editor-hint = use `--set FIELD=VALUE`, or set EDITOR
records-scratch-failed = cannot create a private temp folder: { $error }
records-temp-write-failed = cannot write the temp file: { $error }
records-editor-failed = cannot start the editor `{ $editor }`: { $error }
records-editor-exited = the editor `{ $editor }` exited with { $status }; nothing was changed
records-read-back-failed = cannot read the edited file back: { $error }
records-edit-invalid = the edited record is not valid: { $problem }
records-reopen-editor = Re-open the editor? (no discards your changes)
records-not-saved = { $path }: not saved ({ $problem }); nothing was changed
records-nothing-changed = { $problem }; nothing was changed
records-field-fixed = the `{ $field }` field cannot be changed
records-ledger-append-only = the `{ $ledger }` ledger is append-only and cannot be edited
records-moved = moved { $kind } { $id } from client { $from } to client { $to }
records-no-client-id = no client has the id `{ $id }`
records-no-visit-id = no visit has the id `{ $id }`
records-drop-visit-hint = drop the link with `--set visit=` (or `visit` removed in the editor), or name one of the client's visits

## Deleting and confirming (src/cli/remove.rs)
records-confirm = { $plan }?
records-not-confirmed = not confirmed; nothing was changed
records-needs-yes = `--yes`: { $plan } needs a confirmation, and there is no terminal to ask on; nothing was changed
records-needs-yes-hint = pass `--yes` to confirm
records-delete = delete { $kind } { $id }
records-delete-of = delete { $kind } { $id } of client { $client }
records-deleted = deleted { $kind } { $id }
records-deleted-of = deleted { $kind } { $id } of client { $client }
records-listed = { $count } { $what }(s): { $ids }
records-listed-more = { $count } { $what }(s): { $ids } and { $more } more

## Shared flags: periods, days (src/cli/filters.rs)
records-from-after-to = `--from` { $from } is after `--to` { $to }
records-from-after-to-hint = swap them, or give one period with `--period`
records-from-after-today = `--from` { $from } is after `--to` { $to } (today, when `--to` is not given)
records-date-one-day-hint = `{ $flag }` takes one day (2026-11-22, today, tomorrow); months and quarters go in `--from`/`--to` or `--period`
records-date-day-of-month-hint = check the day of the month: 30 or 31 days, February 28 (29 in a leap year)
records-date-span-hint = `--from 2026-11` means 2026-11-01, `--to 2026-11` means 2026-11-30, `--period last-month` both
records-date-forms-hint = dates look like 2026-11-22, 2026/11/22, 2026年11月22日, today, tomorrow or yesterday
records-after-today = { $date } is after today ({ $today }); record it once it has happened
records-expected-whole-number = expected a whole number
