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
