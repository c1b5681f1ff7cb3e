# admin: see src/i18n/mod.rs for how the catalogue works.

## The command context (src/cli/context.rs): settings, the store, the identity
context-columns-ignored = ignoring `COLUMNS={ $value }`: not a number of terminal columns
context-hk-now-bad = `HK_NOW`: { $problem }
context-hk-now-hint = use a date (2026-11-22) or an RFC 3339 time (2026-11-22T09:00:00+08:00)
context-hk-now-not-a-time = not a date or an RFC 3339 time
context-hk-now-no-noon = noon of that day does not exist in the store's time zone
context-conflicts-seen = { $ids } from a merge still { $count ->
        [one] has
       *[other] have
    } conflicts: see `hk conflicts`, settle with `hk resolve`
context-filed-twice = { $id } is filed at { $count } paths ({ $paths }): a merge made without hk (`git pull`) did not pair a re-dated record; run `hk sync` to merge them into one (first `git merge --abort` or `git rebase --abort` if git stopped in the middle)
context-git-drivers-added = set up hk's merge and diff drivers in this clone's git config (`.git/config`): git now merges records field by field
context-git-drivers-failed = cannot set up hk's git drivers in this clone: { $error }; run `hk git setup`
context-gitattributes-no-merge = `.gitattributes` does not send records to hk's merge driver: run `hk git setup` once and share its commit
context-no-home = cannot find your config folder: HOME is not set
context-no-home-hint = pass `--identity FILE` or set HK_IDENTITY
context-identity-flag = `--identity { $path }`
context-identity-env = HK_IDENTITY (`{ $path }`)
context-identity-default = your default identity `{ $path }`
context-identity-yours = your identity
context-which-identity = is { $identity } the key that was added with `hk init`?
context-passphrase = Passphrase for { $path }
context-demo-key = `{ $path }` is the DEMO key (readable by anyone); never use it for real clients
context-newer-records = { $count } record(s) were written by a newer hk (first: { $first }); they are shown as far as this hk understands them and will not be changed by it
context-skipped-unreadable = skipped { $path }: { $problem }
context-unreadable-count = { $count } record(s) could not be read; the output leaves them out

## hk init
init-already-store = `{ $path }` is already an hk store
init-already-store-hint = use it as it is; `hk client list` shows what it holds
init-cannot-create-identity = cannot create identity file `{ $path }`: { $error }
init-identity-created = created your identity (private key) at { $path }
init-identity-back-up = back it up somewhere safe: without it nobody can read the store
init-no-public-key = your identity has no public key hk can derive (an ssh key?)
init-no-public-key-hint = pass its public key with `--recipient "$(cat ~/.ssh/id_ed25519.pub)"`
init-cannot-create = cannot create `{ $path }`: { $error }
init-created = created an hk store in { $path }
init-created-git = created an hk store in { $path } (git repository)
init-next = next: `hk client add --name … --phone …`

## hk key
key-cmd-cannot-write = cannot write `{ $path }`: { $error }
key-cmd-never-overwrites = hk never overwrites a key; choose another file name
key-cmd-wrote-identity = wrote a new identity to { $path }
key-cmd-public-key = public key: { $key }
key-cmd-no-age-key = this identity has no age public key (an ssh key?)
key-cmd-no-age-key-hint = use the matching `.pub` file instead
key-cmd-rewrapped = re-encrypted { $rewritten } record(s) to the keys in .hk/recipients ({ $current } already were)
key-cmd-unreadable-record = { $path }: { $problem }
key-cmd-cannot-decrypt = { $count } record(s) cannot be decrypted with your key; nothing was rewritten
key-cmd-cannot-decrypt-hint = run it as someone whose key opens every record
key-cmd-cannot-read = cannot read `{ $path }`: { $error }
key-cmd-bad-key = KEY: { $problem }
key-cmd-list-hint = `hk key list` shows the keys and their names
key-cmd-added = `{ $name }` can now read every record (after `hk sync` on their side)
key-cmd-finish-removal-hint = if a removal was interrupted, `hk key rewrap` finishes it
key-cmd-own-key = that is your own key: you could no longer read the store
key-cmd-own-key-hint = ask a colleague whose key stays to remove yours
key-cmd-removed = the removed key can still read every version of the records up to now in git history, and any copy already made; new versions are closed to it. Change what matters (door codes, passwords), and see docs/two-offices.md

## hk sync
sync-cmd-merged = merged { $count } commit(s) from { $upstream }
sync-cmd-filed-twice = { $id }: filed at two paths by an earlier merge; { $outcome }
sync-cmd-moved = { $id }: re-dated into another month; { $outcome }
sync-cmd-deleted = { $path }: deleted on one side and changed on the other; deleted
sync-cmd-conflicts = { $fields } field(s) of { $records } record(s) have conflicts ({ $ids }); nothing was pushed
sync-cmd-conflicts-hint = `hk conflicts` shows them; settle each with `hk resolve RECORD FIELD --ours|--theirs|--value V`, then `hk sync` again
sync-cmd-pushed = pushed { $count } commit(s)
sync-cmd-moved-deleted = deleted on the side that did not move it: deleted
sync-cmd-moved-merged = merged by its id, now `{ $path }`
sync-cmd-moved-merged-conflicts = merged by its id, now `{ $path }`, with conflicts on { $fields }

## hk undo
undo-cmd-done = undid { $commit } (`{ $title }`): { $count } file(s) put back as they were before it

## hk resolve, hk conflicts
resolve-cmd-choose = give one of `--ours`, `--theirs`, `--value V`
resolve-cmd-done = resolved `{ $field }` of { $id }
conflicts-none = no record has conflicts

## hk cat
cat-cannot-read = cannot read `{ $path }`: { $error }
cat-cannot-decrypt = cannot decrypt `{ $path }`: { $error }

## hk git setup, hk merge-driver
git-cmd-not-a-work-tree = `{ $path }` is not the top of a git work tree
git-cmd-not-a-work-tree-hint = make it one with `git init` and a first commit, or create stores with `hk init --git`
git-cmd-set-up-committed = set up hk's git drivers in this clone and committed `.gitattributes` (`git setup`); share it with `hk sync`
git-cmd-set-up = set up hk's git drivers in this clone; `.gitattributes` already uses them
# `hk sync` looks for this text (in either language) in the merge driver's warnings.
git-cmd-broke-a-rule = merged field by field, the record would break a rule
git-cmd-driver-broke-a-rule = { $path }: { $broke } ({ $rule }); { $fields } kept ours and listed as a conflict
git-cmd-driver-conflict = conflict in { $path }: { $fields } changed on both sides; ours kept (see `hk conflicts`, settle with `hk resolve { $id } FIELD --ours|--theirs`)
git-cmd-driver-no-store = the merge driver runs in no hk store
git-cmd-driver-no-store-hint = git runs `hk merge-driver` in the work tree of an hk store; run `hk git setup` there

## hk cache
cache-cmd-cannot-delete = cannot delete `{ $path }`: { $error }
cache-cmd-deleted = deleted { $count } cache file(s) in { $path }
