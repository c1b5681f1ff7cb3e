# message: see src/i18n/mod.rs for how the catalogue works.

## Who was left out of a message list (stderr)
message-left-out = { $count } client(s) left out: { $reasons }
message-left-out-separator = {", "}
message-left-out-do-not-contact = { $count } do-not-contact
message-left-out-closed = { $count } closed
message-left-out-no-marketing-consent = { $count } without marketing consent
message-left-out-no-phone = { $count } without a phone

## Templates ([templates] in .hk/config.toml)
message-template-error = template `{ $template }` { $problem }
message-template-unclosed = has a `{"{"}` that is not closed; write `{"{{"}` for a brace
message-template-unknown-placeholder = has an unknown placeholder `{ $placeholder }`; the placeholders are { $placeholders }
# $list: reminder, care or campaign
message-template-no-value = uses `{ $placeholder }`, which { $list } messages have no value for; they fill { $supplied }
message-template-no-company = uses `{"{"}company{"}"}`, but `.hk/config.toml` has no `company_name`
message-template-not-found = no template `{ $name }` in `.hk/config.toml`; campaign templates: { $campaigns }
message-template-none-yet = none yet
message-hint-add-template = add one under `[templates]`, e.g. `{ $name } = "{"{"}name{"}"}您好，……"`
message-hint-edit-templates = edit `[templates]` in `.hk/config.toml`

## hk message reminders / care / campaign
message-channel-sms-or-wechat = messages are sent by sms or wechat
message-within-too-large = is too large
# $command: care or reminders
message-not-campaign-template = `{ $name }` is not a campaign template; it is sent by `hk message { $command }`
message-count = { $count } message(s)
message-nothing-to-log = nothing to log
message-logged = logged { $count } follow-up(s) ({ $channel }, reached)
