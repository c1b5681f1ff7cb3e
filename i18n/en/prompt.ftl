# prompt: see src/i18n/mod.rs for how the catalogue works.

## The terminal's prompts (src/prompt.rs); the keys stay `y` and `n`
prompt-keys-yes-no = {"[y/n]"}
prompt-keys-yes-default = {"[Y/n]"}
prompt-keys-no-default = {"[y/N]"}
prompt-yes = yes
prompt-no = no
prompt-hidden = {"[hidden]"}
prompt-multi-select = { $prompt } (space to pick, enter to confirm)
