# common: see src/i18n/mod.rs for how the catalogue works.

## --help and clap's own messages (used in Chinese; English keeps clap's own)
help-usage = Usage:
help-commands = Commands
help-command = COMMAND
help-options = Options
help-arguments = Arguments
help-flag-help = Print help (see more with '--help')
help-flag-version = Print version
help-default = default: { $values }
help-possible = possible values: { $values }
help-subcommand = Print this message or the help of the given subcommand(s)

## The labels of stderr lines
label-error = error:
label-hint = hint:
label-warning = warning:

## I/O errors (English shows the system's own words; these are the catalogue's)
io-not-found = No such file or directory
io-permission-denied = Permission denied
io-already-exists = File exists
io-is-a-directory = Is a directory
io-not-a-directory = Not a directory
io-storage-full = No space left on device
io-read-only = Read-only file system
