# prompt: see src/i18n/mod.rs for how the catalogue works.

## 终端上的提问（src/prompt.rs）；按键仍是 `y` 和 `n`
prompt-keys-yes-no = （y 是 / n 否）
prompt-keys-yes-default = （Y 是 / n 否，默认是）
prompt-keys-no-default = （y 是 / N 否，默认否）
prompt-yes = 是
prompt-no = 否
prompt-hidden = ［已隐藏］
prompt-multi-select = { $prompt }（空格键选择，回车键确认）
