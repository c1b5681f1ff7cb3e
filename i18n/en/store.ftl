# store: see src/i18n/mod.rs for how the catalogue works.

## Identities and recipients (src/store/keys.rs)
key-missing = no identity file at `{ $path }`
key-read = cannot read identity file `{ $path }`: { $problem }
key-loose-permissions = identity file `{ $path }` is readable by others (mode { $mode })
key-needs-terminal = identity file `{ $path }` is passphrase-protected, and there is no terminal to ask for the passphrase
key-wrong-passphrase = wrong passphrase for identity file `{ $path }`
key-invalid = identity file `{ $path }` holds no usable key: { $problem }
key-bad-recipient = `{ $place }`: { $problem }
key-ssh-passphrase = passphrase-protected ssh keys are not supported; use an age identity (`hk key generate`)
key-ssh-unsupported-type = this ssh key type is not supported by age
key-no-secret-key = the file has no AGE-SECRET-KEY line
key-no-recipients = no public keys; add one with `hk key public >> .hk/recipients`
key-bad-name = a key's name must be one line without `#`
key-taken = that key is already in `.hk/recipients` as `{ $name }`
key-name-taken = the name `{ $name }` is already used by another key
key-no-such-name = no key in `.hk/recipients` is named `{ $name }`
key-last = `{ $name }` is the last key in `.hk/recipients`; nobody could read the store
key-bad-age-recipient = not a valid age public key ({ $problem })
key-bad-ssh-recipient = not a supported ssh public key (ssh-ed25519 or ssh-rsa)
key-not-a-recipient = expected an age public key (age1…) or an ssh public key (ssh-ed25519 …)

## The store (src/store/mod.rs)
store-not-found = no hk store here or in any parent folder of `{ $path }`
store-not-a-store = `{ $path }` is not an hk store (no `.hk/config.toml`)
store-already-exists = `{ $path }` is already an hk store
store-bad-file = cannot read `{ $path }`: { $problem }
store-record = { $path }: { $problem }
store-wrong-key = { $path }: cannot decrypt: no key of your identity opens it
store-locked = another hk process is writing to this store (`{ $path }` stayed locked for { $seconds } s)
store-conflict = `{ $path }` changed on disk while this command ran; nothing was written
store-io = I/O error on `{ $path }`: { $problem }
store-not-a-recipient = your key `{ $key }` is not among `.hk/recipients`: it cannot read this store
store-key-opens-nothing = your key opens none of the { $count } records in `{ $folder }/`
store-newer-format = { $path } was written by a newer hk (record format { $format }); this hk does not change it
store-not-age = cannot decrypt: not an age file (damaged or replaced?)
store-not-utf8 = the decrypted text is not UTF-8
store-id-mismatch = the record's id `{ $id }` does not match its file name
store-decrypt-no-identity = cannot decrypt: no identity matches
store-damaged = cannot decrypt: the file is damaged (truncated or altered)
store-decrypt-failed = cannot decrypt: { $problem }
store-invalid-record-at = invalid record at line { $line }: { $problem }
store-invalid-record = invalid record: { $problem }

## git (src/store/git.rs)
git-not-runnable = cannot run git: { $problem }
git-busy = git is busy: `{ $path }` exists (another git command is running, or one crashed)
git-failed = `git { $command }` failed: { $stderr }
git-unexpected-output = unexpected output

## The write journal (src/store/journal.rs)
store-journal-rolled-back = git could not commit, so nothing was written: { $problem }
store-journal-commit-pending = an interrupted `{ $title }` from an earlier run is in place but not yet committed to git: { $problem }
store-journal-undo-pending = git could not commit, and undoing the write is not finished: { $problem }
store-journal-damaged = `{ $file }` is damaged ({ $problem }); the interrupted write it describes cannot be finished
store-journal-version = journal version { $found } is not { $expected }; finish it with the hk that wrote it
store-recovered-discarded = an earlier hk command was interrupted before it wrote anything; its temporary files were removed
store-recovered-finished = finished `{ $title }`, which an earlier run left interrupted ({ $files } file(s) now in place)
store-recovered-rolled-back = undid `{ $title }`, which an earlier run left half-done; nothing of it remains

## hk resolve (src/store/conflicts.rs)
resolve-no-record = no record has an id starting with `{ $prefix }`
resolve-ambiguous = `{ $prefix }` matches { $count } records
resolve-no-conflict = { $id } has no conflict on `{ $field }`
resolve-invalid = { $id }: `{ $field }` cannot take that value: { $problem }; nothing was written

## The merge driver (src/store/driver.rs)
merge-not-a-record = `{ $path }` is not a record file hk knows (expected `clients/…`, `visits/…` …)
merge-side = { $path } ({ $side }): { $problem }
merge-unparsable = { $path }: the merged record would not parse ({ $problem }); nothing was written
merge-newer = { $path } was written by a newer hk (record format { $format }); this hk does not merge it
merge-encrypt = cannot encrypt the merged { $path }: { $problem }
merge-not-utf8 = not UTF-8
merge-id-mismatch = its id does not match its file name
merge-too-big = over hk's limit of { $limit } bytes

## hk sync (src/store/sync.rs)
sync-not-git = `{ $path }` is not the top of a git work tree
sync-no-upstream = this branch has no upstream to sync with
sync-merge-in-progress = a merge is already in progress in this clone
sync-not-a-record = `{ $path }` changed on both sides and is not a record hk can merge; the merge was undone
sync-driver-failed = { $path }: the merge driver could not merge it; the merge was undone
sync-moved = cannot pair the versions of a re-dated record: { $problem }; the merge was undone
sync-filed-twice = cannot settle a record filed at two paths: { $problem }; nothing was changed

## Re-dated records in a merge (src/store/moves.rs)
merge-move-failed = { $id } ({ $paths }): { $problem }
merge-too-many-paths = { $id } is filed at { $count } paths ({ $paths }); hk pairs two
merge-rev-lacks = { $rev } has no `{ $path }`
merge-cannot-write = cannot write `{ $path }`: { $problem }
merge-cannot-remove = cannot remove `{ $path }`: { $problem }
store-record-too-big = the record would be { $size } bytes, over hk's limit of { $limit }

## hk undo (src/store/undo.rs)
undo-not-git = this store is not kept in git, so there is no history to undo from
undo-nothing = no commit made by hk is in this store's history; nothing was changed
undo-changed-later = cannot undo { $commit } (`{ $title }`): { $count } of its file(s) changed in later commits, first `{ $first }`; nothing was changed
undo-uncommitted = cannot undo { $commit } (`{ $title }`): { $count } of its file(s) have uncommitted changes, first `{ $first }`; nothing was changed
undo-after-merge = cannot undo { $commit } (`{ $title }`): a merge of another office's changes ({ $merge }) came after it; nothing was changed
undo-not-made-here = cannot undo { $commit } (`{ $title }`): it came from another office through `hk sync` or `git pull`, it was not made in this clone; nothing was changed

## The cache (src/store/cache/)
cache-damaged = damaged cache file
cache-cannot-encrypt = cannot encrypt the cache

## Kinds of record, as messages name them (src/domain/id.rs)
store-kind-client = client
store-kind-visit = visit
store-kind-followup = follow-up
store-kind-survey = survey
store-kind-complaint = complaint
store-kind-staff = staff member
store-kind-package = package
store-kind-audit = audit entry
store-kind-inquiry = inquiry

## Merging two clients (src/domain/merge.rs)
merge-client-id-numbers = both clients have an ID number (`id_number`) and they differ
merge-client-same = a client cannot be merged into itself

## The store's settings, `.hk/config.toml` (src/domain/config.rs)
store-config-bad-timezone = `{ $name }` is not a time zone; use an IANA name such as `Asia/Shanghai`, `Asia/Hong_Kong` or `UTC`
store-config-field = `{ $field }`: { $problem }
store-config-newer = config format { $format } is newer than this hk understands ({ $known }); upgrade hk
store-config-no-categories = at least one {"[[categories]]"} entry is needed
store-config-category-unnamed = category #{ $number } needs a key and a label
store-config-category-every = category `{ $key }`: followup_every_months must be at least 1
store-config-categories-clash = categories `{ $first }` and `{ $second }` share a key or label
store-config-no-such-category = `{ $input }` is not a category; known: { $known }
