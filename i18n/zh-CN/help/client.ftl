# Chinese --help for `hk client` (admin: init, key, sync, git, cache, undo, resolve, conflicts, cat, completions, action, today). Ids: see src/cli/help.rs.
