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
