# errors: see src/i18n/mod.rs for how the catalogue works.

## clap's own errors (English runs show clap's wording; these are the fallback)
clap-value-missing = `{ $arg }` needs a value
clap-invalid-value = `{ $arg }` does not take `{ $value }`; it takes: { $valid }
clap-unknown-argument = unexpected argument `{ $arg }`
clap-unknown-command = no command `{ $command }`
clap-missing-argument = missing: { $arg }
clap-missing-command = name a command
clap-bad-value = `{ $arg }`: `{ $value }`: { $problem }
clap-conflict = `{ $arg }` cannot be used with `{ $other }`
clap-no-equals = `{ $arg }` needs its value after `=`
clap-other = { $problem }
clap-did-you-mean = did you mean `{ $suggestion }`?
clap-more-help = For more information, try '--help'.

## A problem with a field (src/domain/mod.rs)
error-record-format = record format { $found } is not supported (expected { $expected })
# The words a field's problem starts with when it is a predicate with the field as its
# subject (`is not a field you can set`), separated by `|`: such a problem follows the
# field directly (error-field-predicate), any other after a colon (error-field-statement).
error-field-predicates = is|cannot|must|has
error-field-predicate = { $subject } { $problem }
error-field-statement = { $subject }: { $problem }

## The CLI's errors and their hints (src/cli/error.rs)
error-bad-flag = `{ $flag }`: { $problem }
# Between the items of a list inside a message.
error-list-separator = {", "}
error-hint-key-create = create one with `hk init` (new store) or `hk key generate --out FILE`
error-hint-key-point = or point to yours with `--identity FILE` or `HK_IDENTITY`
error-hint-key-chmod = a private key must be readable by you alone: run `chmod 600 { $path }`
error-hint-key-terminal = run the command on a terminal, or use an identity without a passphrase for cron
error-hint-key-passphrase = try again; the passphrase is case-sensitive
error-hint-resolve-list = `hk conflicts` lists the records with conflicts and their ids
error-hint-resolve-more = type more of the id
error-hint-resolve-none = { $id } has no conflicts at all; `hk conflicts` lists those that do
error-hint-resolve-fields = its conflicts are on { $fields }
error-hint-resolve-invalid = the conflict stays; settle it with `hk resolve { $id } { $field } --ours`, or a `--value` that keeps the rule (or first fix the other field the rule names with `hk … edit`)
error-hint-sync-not-git = share a store through git: see docs/two-offices.md
error-hint-sync-no-upstream = push it once with `git push -u origin HEAD` (or clone the shared repository)
error-hint-sync-merge-in-progress = finish it (`git commit`) or give it up (`git merge --abort`), then `hk sync` again
error-hint-sync-by-hand = merge by hand: `git pull --no-rebase`, fix the file, `git commit`; then `hk sync`
error-hint-sync-driver-key = check that your key opens the record in both versions (`hk cat FILE`)
error-hint-sync-driver-again = then `hk git setup` and `hk sync` again
error-hint-sync-moved-nothing-lost = nothing was lost: this clone is as it was before `hk sync`
error-hint-sync-moved-key = the merge needs a key that opens every version of the record (`HK_IDENTITY`) and an hk that knows its format; fix that, then `hk sync` again
error-hint-sync-filed-twice-kept = both files are kept as they are; the merge needs a key that opens both (`HK_IDENTITY`) and an hk that knows their format
error-hint-sync-filed-twice-by-hand = or keep one by hand: `git rm FILE`, `git commit`, then `hk sync`
error-hint-merge-not-a-record = only `*.age` records take `merge=hk` in `.gitattributes`
error-hint-merge-side-key = the merge needs a key that opens all three versions (`HK_IDENTITY`)
error-hint-merge-side-ours = git keeps our version; fix or choose it, then `git add` the file
error-hint-merge-unparsable = git keeps our version; pick one with `git checkout --ours FILE` or `--theirs FILE`, then `git add` it
error-hint-merge-newer = upgrade hk on this machine, then merge again
error-hint-merge-encrypt = check the keys in `.hk/recipients`
error-hint-merge-io = fix the disk problem, then merge again
error-hint-store-not-found = create one with `hk init DIR`, or name it with `--store DIR` or `HK_STORE`
error-hint-store-not-a-store = check `--store`/`HK_STORE`, or create a store with `hk init DIR`
error-hint-store-locked = wait for the other command to finish and run this one again
error-hint-store-conflict = another command changed the record first; run yours again
error-hint-journal-rolled-back = running the command again is safe
error-hint-journal-commit-pending = the records are in place; the next hk command commits them
error-hint-journal-undo-pending = the next hk command finishes undoing it; then run yours again
error-hint-journal-damaged = move `.hk/journal` out of the store to give up that write (its new files are in `.hk/journal/new`), then run hk again
error-hint-journal-io = fix the disk problem; the next hk command finishes or undoes the write
error-hint-not-a-recipient-point = point to the store's key with `--identity FILE` or `HK_IDENTITY`
error-hint-not-a-recipient-ask = or ask a colleague who can read the store to add yours (`hk key public` prints it) to `.hk/recipients` and run `hk key rewrap`
error-hint-key-opens-nothing = the records were written before your key was added: a colleague whose key opens them runs `hk key rewrap`
error-hint-newer-format = upgrade hk on this machine before changing this record
error-hint-undo-not-git-edit = change the record back instead: `hk client edit`, `hk visit edit`, `hk followup edit`, `hk survey edit`, or the `delete` of its kind
error-hint-undo-not-git-init = to keep history from now on, make the store a git work tree (`git init`, then commit it)
error-hint-undo-nothing = hk undoes only its own commits (they end with a `Hk-Version:` line); revert others with `git revert COMMIT`
error-hint-undo-changed-later = `git log -- FILE` shows the later commits; undo those first, or revert by hand with `git revert`
error-hint-undo-after-merge = hk undo never takes back a merge; to take back what it brought in, for every office: `git revert -m 1 { $merge }`, then `hk sync`
error-hint-undo-after-merge-edit = to change one record back, edit it (`hk client edit`, `hk visit edit` …)
error-hint-undo-not-made-here = hk undo takes back only a change made in this clone; to take that one back for every office: `git revert { $commit }`, then `hk sync`
error-hint-undo-not-made-here-edit = or edit the record back (`hk client edit`, `hk visit edit` …)
error-hint-undo-uncommitted = commit or discard those changes first (`git status` lists them)
error-hint-complaint-closed = reopen it first: `hk complaint reopen { $id }`
error-hint-complaint-already-resolved = close it with `hk complaint close { $id } --verdict satisfied|unsatisfied`, or reopen it to resolve it again
error-hint-complaint-verdict-first = resolve it first: `hk complaint resolve { $id } --resolution TEXT`; or close it without `--verdict`/`--score`
error-hint-complaint-not-reopenable = it is still being handled: `hk complaint log { $id }` or `hk complaint resolve { $id }`
error-hint-git-busy = wait for the other git command to finish; if none is running, a crashed git left its lock: remove `{ $lock }`
error-hint-git-not-runnable = install git, or keep the store outside git
error-hint-git-failed = fix what git says, then run the command again

## The scratch folder of `edit` commands (src/scratch.rs)
error-scratch-signals = cannot watch for signals: { $problem }
error-scratch-no-free-name = no free folder name in { $path }
