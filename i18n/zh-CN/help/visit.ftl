# Chinese --help for `hk visit` (admin: init, key, sync, git, cache, undo, resolve, conflicts, cat, completions, action, today). Ids: see src/cli/help.rs.
