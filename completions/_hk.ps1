
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'hk' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'hk'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'hk' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a store: `.hk/config.toml` (settings, categories, follow-up policy), `.hk/recipients` (the public keys records are encrypted to) and the record folders')
            [CompletionResult]::new('today', 'today', [CompletionResultType]::ParameterValue, 'The morning page: follow-ups due, tomorrow''s visits and who goes, overdue complaints, open action items, and staff certificates expiring within 30 days')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Make an identity (private key) or show your public key')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'The client archive (客户档案): intake, lookup, tags, consent, import and export, erasure')
            [CompletionResult]::new('visit', 'visit', [CompletionResultType]::ParameterValue, 'Service visits (服务记录): add, list, import, status, tomorrow''s reminders')
            [CompletionResult]::new('followup', 'followup', [CompletionResultType]::ParameterValue, 'Follow-up calls (回访): log them, and who is due today')
            [CompletionResult]::new('complaint', 'complaint', [CompletionResultType]::ParameterValue, 'Complaints (投诉): take them in, log each step, resolve, close, find similar ones')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Action items of follow-ups (待办): list them, mark them done')
            [CompletionResult]::new('survey', 'survey', [CompletionResultType]::ParameterValue, 'Satisfaction surveys (满意度调查): enter by hand, import exports, list')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'The staff roster (服务人员 / 阿姨): add, list, certificates, do-not-send lists')
            [CompletionResult]::new('package', 'package', [CompletionResultType]::ParameterValue, 'Prepaid packages (次卡 / 储值卡): sell, list, show the ledger, refund')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log (审计): who revealed, exported or erased whose data, and when')
            [CompletionResult]::new('inquiry', 'inquiry', [CompletionResultType]::ParameterValue, 'Inquiries (咨询): prospects'' first contacts, what they asked, and converting them')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Messages to clients (预约提醒, 关怀问候, campaigns) with their text, for SMS or WeChat')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports for the owner: satisfaction, lifecycle, follow-ups, complaints, staff, inquiries, revenue, packages, loyalty, retention, the HTML dashboard')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Undo hk''s last change: in a store kept in git, puts back every file that hk''s newest commit changed, as one new commit (`undo <commit> (<its title>)`)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Fetch the other offices'' changes, merge them field by field, and push ours')
            [CompletionResult]::new('conflicts', 'conflicts', [CompletionResultType]::ParameterValue, 'List the fields that two offices changed differently (DESIGN §13)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle a conflict from a merge: keep our value, take theirs, or type another')
            [CompletionResult]::new('cat', 'cat', [CompletionResultType]::ParameterValue, 'Print one record file decrypted (TOML) to stdout')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Git for several offices: set up hk''s merge and diff drivers in this clone')
            [CompletionResult]::new('cache', 'cache', [CompletionResultType]::ParameterValue, 'The encrypted cache of decrypted records: what it holds, or delete it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell. The files under `completions/` are this command''s output (a test keeps them equal)')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'Merge two versions of a record, field by field (git runs this; see `hk git setup`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;init' {
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'Another public key to encrypt to (age1… or ssh-ed25519 …); repeatable')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--git', '--git', [CompletionResultType]::ParameterName, 'Also make the folder a git repository, with a diff driver that shows decrypted records')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;today' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The page of this day instead of today, as `HK_NOW=DATE` would show it')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;key' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new identity (private key). Without --out it is printed to stdout')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the public key of your identity, to add to a store''s `.hk/recipients`')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a colleague''s public key and re-encrypt every record so it opens with it')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a key from `.hk/recipients` and re-encrypt every record without it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the public keys in `.hk/recipients`, with their names')
            [CompletionResult]::new('rewrap', 'rewrap', [CompletionResultType]::ParameterValue, 'Re-encrypt every record to the keys now in `.hk/recipients`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;key;generate' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write it to this file (mode 0600) instead; an existing file is never replaced')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;key;public' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;key;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for it, kept as a comment in `.hk/recipients` (e.g. the colleague''s)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;key;remove' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;key;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;key;rewrap' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;key;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new identity (private key). Without --out it is printed to stdout')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the public key of your identity, to add to a store''s `.hk/recipients`')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a colleague''s public key and re-encrypt every record so it opens with it')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a key from `.hk/recipients` and re-encrypt every record without it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the public keys in `.hk/recipients`, with their names')
            [CompletionResult]::new('rewrap', 'rewrap', [CompletionResultType]::ParameterValue, 'Re-encrypt every record to the keys now in `.hk/recipients`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;key;help;generate' {
            break
        }
        'hk;key;help;public' {
            break
        }
        'hk;key;help;add' {
            break
        }
        'hk;key;help;remove' {
            break
        }
        'hk;key;help;list' {
            break
        }
        'hk;key;help;rewrap' {
            break
        }
        'hk;key;help;help' {
            break
        }
        'hk;client' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a client. Prints the new id on stdout')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients, sorted by name. Filters combine (all must match)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a client''s profile, lifecycle stage and next follow-up; in a table, also the timeline of inquiries, visits, follow-ups, surveys, complaints and marketing consent changes (in CSV and JSON the consent history is the field `consent_history`). The ID number is masked unless `--reveal`, which adds an entry to the audit log (and a commit) before anything is shown')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add tags (and with --category, service categories) to a client')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags (and with --category, service categories) from a client')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Without CLIENT: export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged (marketing consent: the entry in force today)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client. Asks for confirmation on a terminal; without one, needs `--yes`')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge client OTHER into client KEEP, as one commit. Asks for confirmation on a terminal; without one, needs `--yes`')
            [CompletionResult]::new('points', 'points', [CompletionResultType]::ParameterValue, 'Show a client''s points (积分) by where they came from, what was redeemed, the balance, the spend over the last 12 months and the tier; or redeem points with `--redeem N --note TEXT` (an entry appended to the client''s points ledger, never more than the balance)')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Record that a client agreed to marketing messages (`--marketing yes`) or refused or withdrew that consent (`--marketing no`). Every change is kept: `hk client show` lists the history, and from the entry''s date on, campaigns follow the latest entry')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase a client at their request: the client record and every record of theirs (visits, follow-ups, complaints and every other kind that names them) are deleted, their survey answers become anonymous (the client, the visit and the comment removed; the scores kept, so the satisfaction figures still count them), and their id leaves the staff do-not-send lists — all in one commit, with an entry in the audit log (which names the client by id only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;client;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name (姓名)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone (手机/电话); mobiles, landlines, +86 and spaces accepted; repeatable')
            [CompletionResult]::new('--wechat', '--wechat', [CompletionResultType]::ParameterName, 'WeChat id (微信)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Service address (地址)')
            [CompletionResult]::new('--id-number', '--id-number', [CompletionResultType]::ParameterName, 'Resident ID number (身份证号), checked; shown masked')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Service category, by key or label (house-cleaning / 家庭保洁 …); repeatable')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Free tag, may be hierarchical (宠物/猫); repeatable')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Lead source (referral, 美团, 58同城, walk-in, WeChat …)')
            [CompletionResult]::new('--needs', '--needs', [CompletionResultType]::ParameterName, 'Service needs (服务需求)')
            [CompletionResult]::new('--frequency', '--frequency', [CompletionResultType]::ParameterName, 'Wanted frequency (每周一次 …)')
            [CompletionResult]::new('--household-size', '--household-size', [CompletionResultType]::ParameterName, 'Household size (家庭人口)')
            [CompletionResult]::new('--pets', '--pets', [CompletionResultType]::ParameterName, 'Pets (宠物)')
            [CompletionResult]::new('--children', '--children', [CompletionResultType]::ParameterName, 'Children (儿童)')
            [CompletionResult]::new('--elders', '--elders', [CompletionResultType]::ParameterName, 'Elders (老人)')
            [CompletionResult]::new('--area', '--area', [CompletionResultType]::ParameterName, 'Home area in m² (面积)')
            [CompletionResult]::new('--consent-channel', '--consent-channel', [CompletionResultType]::ParameterName, 'Channel the marketing consent was given on (WeChat, paper …)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Notes (备注)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--marketing', '--marketing', [CompletionResultType]::ParameterName, 'The client agreed to marketing messages (dated today)')
            [CompletionResult]::new('--do-not-contact', '--do-not-contact', [CompletionResultType]::ParameterName, 'Never call or message this client')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Add even if a client with the same phone exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;client;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s text encoding')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and show what would be imported, without writing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;client;list' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only clients in this service category (key or label)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only clients with this tag or one below it (`宠物` finds `宠物/猫`)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only clients whose name, phone, address, WeChat, tags or notes contain TEXT')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Only clients in this lifecycle stage: lead, new, active, at-risk, churned')
            [CompletionResult]::new('--consent', '--consent', [CompletionResultType]::ParameterName, 'By marketing consent today: `marketing` (the latest consent entry says yes) or `none` (never given, refused or withdrawn)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;client;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the full resident ID number (written to the audit log: `hk audit list`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;client;edit' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'FIELD=VALUE; lists take `;`-separated values (phones=138…;139…)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Save even if another client has a phone this edit adds')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;client;tag' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A service category (key or label); repeatable')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;client;untag' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A service category (key or label); repeatable')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;client;export' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;client;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking (needed when there is no terminal)')
            [CompletionResult]::new('--with-records', '--with-records', [CompletionResultType]::ParameterName, 'Also delete the client''s visits, follow-ups, survey responses, complaints and packages (refused while a package still holds a balance: refund it first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;client;merge' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking (needed when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;client;points' {
            [CompletionResult]::new('--redeem', '--redeem', [CompletionResultType]::ParameterName, 'Points to redeem (a whole number above zero)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What the points were redeemed for (兑换内容)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;client;consent' {
            [CompletionResult]::new('--marketing', '--marketing', [CompletionResultType]::ParameterName, 'yes: may receive marketing messages; no: may not (a refusal or a withdrawal)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How the client said so: wechat, phone, sms, paper, in-person …')
            [CompletionResult]::new('--evidence', '--evidence', [CompletionResultType]::ParameterName, 'What proves it, e.g. "微信回复同意" or "签字同意书"')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day the client said so [default: today]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;client;erase' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking (needed when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;client;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a client. Prints the new id on stdout')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients, sorted by name. Filters combine (all must match)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a client''s profile, lifecycle stage and next follow-up; in a table, also the timeline of inquiries, visits, follow-ups, surveys, complaints and marketing consent changes (in CSV and JSON the consent history is the field `consent_history`). The ID number is masked unless `--reveal`, which adds an entry to the audit log (and a commit) before anything is shown')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add tags (and with --category, service categories) to a client')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags (and with --category, service categories) from a client')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Without CLIENT: export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged (marketing consent: the entry in force today)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client. Asks for confirmation on a terminal; without one, needs `--yes`')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge client OTHER into client KEEP, as one commit. Asks for confirmation on a terminal; without one, needs `--yes`')
            [CompletionResult]::new('points', 'points', [CompletionResultType]::ParameterValue, 'Show a client''s points (积分) by where they came from, what was redeemed, the balance, the spend over the last 12 months and the tier; or redeem points with `--redeem N --note TEXT` (an entry appended to the client''s points ledger, never more than the balance)')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Record that a client agreed to marketing messages (`--marketing yes`) or refused or withdrew that consent (`--marketing no`). Every change is kept: `hk client show` lists the history, and from the entry''s date on, campaigns follow the latest entry')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase a client at their request: the client record and every record of theirs (visits, follow-ups, complaints and every other kind that names them) are deleted, their survey answers become anonymous (the client, the visit and the comment removed; the scores kept, so the satisfaction figures still count them), and their id leaves the staff do-not-send lists — all in one commit, with an entry in the audit log (which names the client by id only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;client;help;add' {
            break
        }
        'hk;client;help;import' {
            break
        }
        'hk;client;help;list' {
            break
        }
        'hk;client;help;show' {
            break
        }
        'hk;client;help;edit' {
            break
        }
        'hk;client;help;tag' {
            break
        }
        'hk;client;help;untag' {
            break
        }
        'hk;client;help;export' {
            break
        }
        'hk;client;help;delete' {
            break
        }
        'hk;client;help;merge' {
            break
        }
        'hk;client;help;points' {
            break
        }
        'hk;client;help;consent' {
            break
        }
        'hk;client;help;erase' {
            break
        }
        'hk;client;help;help' {
            break
        }
        'hk;visit' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a visit for a client. Prints the new id')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import visits from a CSV file with Chinese or English headers: 客户编号/client or 手机/phone, 日期/date, 结束日期/end, 时间/time, 服务类型/category, 服务人员/staff, 状态/status, 金额/price, 支付方式/payment, 备注/notes …')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List visits, oldest first. Filters combine')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one visit')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a visit with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML. Fields: date, end, time, category, staff (`;`-separated), status, price, payment, products, issues, notes. A new date in another month moves the file to that month''s folder')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a visit done (a visit dated after today cannot be done yet)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Mark a visit cancelled; or, with `--series ID`, every scheduled visit of that series (from `--from D` on, inclusive), in one commit. Done and no-show visits of the series stay as they are')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Mark that the client was not there (no-show)')
            [CompletionResult]::new('upcoming', 'upcoming', [CompletionResultType]::ParameterValue, 'List the scheduled visits of one day, by time, with what you need to call or text the client: phone, address, staff. `--within N` lists today and the next N days, by date and time, with a date column')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a visit. Asks for confirmation on a terminal; without one, needs `--yes`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;visit;add' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Start date (2026-11-22, 2026/11/22, 2026年11月22日, today, tomorrow)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last day of a multi-day engagement (a 26-day maternity stay)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'Start time, HH:MM')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Service category (key or label) [default: the client''s only category]')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'Staff member (服务人员): a staff id, id prefix or exact name once the store has a roster (`hk staff add`), else any name; repeatable')
            [CompletionResult]::new('--staff-unlisted', '--staff-unlisted', [CompletionResultType]::ParameterName, 'A staff member not on the roster, kept as a free-text name; repeatable')
            [CompletionResult]::new('--repeat', '--repeat', [CompletionResultType]::ParameterName, 'Book a series: weekly, biweekly or monthly (needs `--count` or `--until`)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many visits the series has (with `--repeat`)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The last day the series may fall on, inclusive (with `--repeat`)')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Price in yuan, exact to the fen (280 or 280.50)')
            [CompletionResult]::new('--payment', '--payment', [CompletionResultType]::ParameterName, 'cash, wechat, alipay, card or transfer (现金/微信/支付宝 …)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'scheduled, done, cancelled or no-show')
            [CompletionResult]::new('--products', '--products', [CompletionResultType]::ParameterName, 'Products used (用品)')
            [CompletionResult]::new('--issues', '--issues', [CompletionResultType]::ParameterName, 'Issues found (问题)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Notes (备注)')
            [CompletionResult]::new('--package', '--package', [CompletionResultType]::ParameterName, 'Pay for the (done) visit from this prepaid package (k-…): one visit of a visits card, or the price from a stored-value card')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--allow-overlap', '--allow-overlap', [CompletionResultType]::ParameterName, 'Book even if a staff member is booked elsewhere at that time, on leave, has left, lacks a required certificate, or is on the client''s do-not-send list')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;visit;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s text encoding')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and show what would be imported, without writing')
            [CompletionResult]::new('--allow-overlap', '--allow-overlap', [CompletionResultType]::ParameterName, 'Import rows that break a booking rule (double bookings, leave, certificates, do-not-send lists) instead of refusing the file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;visit;list' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client''s visits (id, phone or name)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day; a month, quarter, year or `last-month` means its last day')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'Only visits by this staff member')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category (key or label)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status (scheduled, done, cancelled, no-show)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;visit;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;visit;edit' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'FIELD=VALUE')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--allow-overlap', '--allow-overlap', [CompletionResultType]::ParameterName, 'Save even if the change breaks a booking rule (double booking, leave, certificates, the client''s do-not-send list)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;visit;done' {
            [CompletionResult]::new('--package', '--package', [CompletionResultType]::ParameterName, 'Pay for the visit from this prepaid package (k-…): one visit of a visits card, or the visit''s price from a stored-value card. A visit done earlier can be paid this way too')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;visit;cancel' {
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'The series (the id of its first visit, as `hk visit show` prints it)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'With `--series`: only occurrences on or after this day')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;visit;no-show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;visit;upcoming' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Visits on this date')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Visits from today through the next N days')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Today''s visits')
            [CompletionResult]::new('--tomorrow', '--tomorrow', [CompletionResultType]::ParameterName, 'Tomorrow''s visits')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;visit;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking (needed when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;visit;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a visit for a client. Prints the new id')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import visits from a CSV file with Chinese or English headers: 客户编号/client or 手机/phone, 日期/date, 结束日期/end, 时间/time, 服务类型/category, 服务人员/staff, 状态/status, 金额/price, 支付方式/payment, 备注/notes …')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List visits, oldest first. Filters combine')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one visit')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a visit with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML. Fields: date, end, time, category, staff (`;`-separated), status, price, payment, products, issues, notes. A new date in another month moves the file to that month''s folder')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a visit done (a visit dated after today cannot be done yet)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Mark a visit cancelled; or, with `--series ID`, every scheduled visit of that series (from `--from D` on, inclusive), in one commit. Done and no-show visits of the series stay as they are')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Mark that the client was not there (no-show)')
            [CompletionResult]::new('upcoming', 'upcoming', [CompletionResultType]::ParameterValue, 'List the scheduled visits of one day, by time, with what you need to call or text the client: phone, address, staff. `--within N` lists today and the next N days, by date and time, with a date column')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a visit. Asks for confirmation on a terminal; without one, needs `--yes`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;visit;help;add' {
            break
        }
        'hk;visit;help;import' {
            break
        }
        'hk;visit;help;list' {
            break
        }
        'hk;visit;help;show' {
            break
        }
        'hk;visit;help;edit' {
            break
        }
        'hk;visit;help;done' {
            break
        }
        'hk;visit;help;cancel' {
            break
        }
        'hk;visit;help;no-show' {
            break
        }
        'hk;visit;help;upcoming' {
            break
        }
        'hk;visit;help;delete' {
            break
        }
        'hk;visit;help;help' {
            break
        }
        'hk;followup' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log a follow-up with a client (回访记录). Prints the new id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List follow-ups, oldest first. Filters combine')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'List the clients due for a follow-up call: most overdue first, then by name')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a follow-up with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a follow-up (the client''s due date is worked out again from the rest). Asks for confirmation on a terminal; without one, needs `--yes`. To move a call logged on the wrong client instead, use `hk followup edit ID --set client=…`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;followup;log' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened [default: today]; not after today')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'phone, wechat, sms, visit or questionnaire')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, 'reached or no-answer')
            [CompletionResult]::new('--visit', '--visit', [CompletionResultType]::ParameterName, 'The visit this follow-up is about (id or prefix)')
            [CompletionResult]::new('--score', '--score', [CompletionResultType]::ParameterName, 'Quick satisfaction score, 1–5')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What the client said')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Something to do about it, with an optional due date after `@` (`问下月是否续约@2026-12-01`); repeatable. `hk action list` tracks them')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;followup;list' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client''s follow-ups (id, phone or name)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day; a month, quarter, year or `last-month` means its last day')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, 'reached or no-answer')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'phone, wechat, sms, visit or questionnaire')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;followup;due' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Due on or before DATE instead of today')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Also those due in the next N days')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this service line (key or label)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Due today or earlier (the default)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;followup;edit' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'FIELD=VALUE')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;followup;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking (needed when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;followup;help' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log a follow-up with a client (回访记录). Prints the new id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List follow-ups, oldest first. Filters combine')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'List the clients due for a follow-up call: most overdue first, then by name')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a follow-up with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a follow-up (the client''s due date is worked out again from the rest). Asks for confirmation on a terminal; without one, needs `--yes`. To move a call logged on the wrong client instead, use `hk followup edit ID --set client=…`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;followup;help;log' {
            break
        }
        'hk;followup;help;list' {
            break
        }
        'hk;followup;help;due' {
            break
        }
        'hk;followup;help;edit' {
            break
        }
        'hk;followup;help;delete' {
            break
        }
        'hk;followup;help;help' {
            break
        }
        'hk;complaint' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Take a complaint in (投诉登记). Prints the new id')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log a step in handling a complaint, stamped with the current time')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a complaint to the person who handles it; puts an open one in progress')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Record the resolution of a complaint (处理结果), now. A resolved complaint puts a call-back in `hk followup due` a few days later (`complaint_callback_days`)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a complaint. `--verdict` and `--score` are the client''s word on the resolution, so they need a resolved complaint; an open one may be closed without them (the client withdrew it). A verdict also settles the call-back')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or closed complaint. It keeps its original deadlines (so it is usually overdue at once), the earlier resolution stays in its log, and the report counts the reopen')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List complaints: overdue ones first, then by their next deadline (the first response while nobody has contacted the client, else the resolution), then the resolved and closed ones by when they came in. Filters combine')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a complaint: its fields and deadlines; in a table, also its log and the resolution script (话术) for its type, `playbook/<type>.md` in the store')
            [CompletionResult]::new('similar', 'similar', [CompletionResultType]::ParameterValue, 'Resolved complaints of the same type or sharing words with this one, with their resolutions (the knowledge base): most alike first')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Resolved complaints whose description, resolution, cause or log share words with TEXT, with their resolutions: most matching words first. Chinese is matched by pairs of characters, so `花瓶` finds `打碎了花瓶`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;complaint;add' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The complaint type: a key or label from the config (late, quality, damage, attitude, safety, billing, other)')
            [CompletionResult]::new('--visit', '--visit', [CompletionResultType]::ParameterName, 'The visit it is about (id or prefix); gives its service and staff')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'urgent, high, normal or low [default: the type''s]')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How it came in (phone, wechat, 美团 …)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What the client said')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--safety', '--safety', [CompletionResultType]::ParameterName, 'A safety hazard (安全隐患): always urgent')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;complaint;log' {
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'A contact with the client (call, visit, message)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Something done about it')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;complaint;assign' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;complaint;resolve' {
            [CompletionResult]::new('--resolution', '--resolution', [CompletionResultType]::ParameterName, 'What was done to resolve it')
            [CompletionResult]::new('--cause', '--cause', [CompletionResultType]::ParameterName, 'The root cause (根本原因)')
            [CompletionResult]::new('--compensation', '--compensation', [CompletionResultType]::ParameterName, 'refund, redo, coupon or none, with an amount in yuan: `refund:300`, `coupon:50`')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;complaint;close' {
            [CompletionResult]::new('--verdict', '--verdict', [CompletionResultType]::ParameterName, 'satisfied or unsatisfied')
            [CompletionResult]::new('--score', '--score', [CompletionResultType]::ParameterName, 'The client''s score of the handling, 1–5')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;complaint;reopen' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;complaint;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this type (key or label)')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'Only complaints whose visit this staff member worked (exact name, or staff id)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'urgent, high, normal or low')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only open or in-progress complaints')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only complaints past a deadline now (HK_NOW)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;complaint;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;complaint;similar' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;complaint;search' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;complaint;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Take a complaint in (投诉登记). Prints the new id')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log a step in handling a complaint, stamped with the current time')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a complaint to the person who handles it; puts an open one in progress')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Record the resolution of a complaint (处理结果), now. A resolved complaint puts a call-back in `hk followup due` a few days later (`complaint_callback_days`)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a complaint. `--verdict` and `--score` are the client''s word on the resolution, so they need a resolved complaint; an open one may be closed without them (the client withdrew it). A verdict also settles the call-back')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or closed complaint. It keeps its original deadlines (so it is usually overdue at once), the earlier resolution stays in its log, and the report counts the reopen')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List complaints: overdue ones first, then by their next deadline (the first response while nobody has contacted the client, else the resolution), then the resolved and closed ones by when they came in. Filters combine')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a complaint: its fields and deadlines; in a table, also its log and the resolution script (话术) for its type, `playbook/<type>.md` in the store')
            [CompletionResult]::new('similar', 'similar', [CompletionResultType]::ParameterValue, 'Resolved complaints of the same type or sharing words with this one, with their resolutions (the knowledge base): most alike first')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Resolved complaints whose description, resolution, cause or log share words with TEXT, with their resolutions: most matching words first. Chinese is matched by pairs of characters, so `花瓶` finds `打碎了花瓶`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;complaint;help;add' {
            break
        }
        'hk;complaint;help;log' {
            break
        }
        'hk;complaint;help;assign' {
            break
        }
        'hk;complaint;help;resolve' {
            break
        }
        'hk;complaint;help;close' {
            break
        }
        'hk;complaint;help;reopen' {
            break
        }
        'hk;complaint;help;list' {
            break
        }
        'hk;complaint;help;show' {
            break
        }
        'hk;complaint;help;similar' {
            break
        }
        'hk;complaint;help;search' {
            break
        }
        'hk;complaint;help;help' {
            break
        }
        'hk;action' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List action items (the `--action` texts of follow-ups): overdue ones first, then by due date (those without one last), then by follow-up. An item is overdue from the day after its due date while not done')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an action item done (today, or `--date`). ID is `f-….N`, as `hk action list` shows it; the follow-up part may be a unique prefix')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;action;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only items not done yet')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only items past their due date and not done')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;action;done' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it was done [default: today]; not after today')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;action;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List action items (the `--action` texts of follow-ups): overdue ones first, then by due date (those without one last), then by follow-up. An item is overdue from the day after its due date while not done')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an action item done (today, or `--date`). ID is `f-….N`, as `hk action list` shows it; the follow-up part may be a unique prefix')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;action;help;list' {
            break
        }
        'hk;action;help;done' {
            break
        }
        'hk;action;help;help' {
            break
        }
        'hk;survey' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a survey response for a client. Prints the new id')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import survey responses from a questionnaire export')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List survey responses, oldest first. `--low` keeps the unhappy ones to call back: detractors (NPS 0–6) and overall scores of 1–2')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a survey response with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a survey response. Asks for confirmation on a terminal; without one, needs `--yes`. An imported response deleted here comes back if its file is imported again (the import skips only rows it still holds)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;survey;add' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date of the answers [default: today]; not after today')
            [CompletionResult]::new('--visit', '--visit', [CompletionResultType]::ParameterName, 'The visit it is about: a done one that started by `--date` [default: the client''s latest such visit]')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'phone, online, paper or interview')
            [CompletionResult]::new('--overall', '--overall', [CompletionResultType]::ParameterName, '总体满意度, 1–5')
            [CompletionResult]::new('--attitude', '--attitude', [CompletionResultType]::ParameterName, '服务态度, 1–5')
            [CompletionResult]::new('--cleanliness', '--cleanliness', [CompletionResultType]::ParameterName, '清洁效果, 1–5')
            [CompletionResult]::new('--punctuality', '--punctuality', [CompletionResultType]::ParameterName, '准时守约, 1–5')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, '性价比, 1–5')
            [CompletionResult]::new('--score', '--score', [CompletionResultType]::ParameterName, 'Any configured dimension: DIM=N (repeatable)')
            [CompletionResult]::new('--nps', '--nps', [CompletionResultType]::ParameterName, 'Would recommend us to a friend, 0–10')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'What the client said')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;survey;import' {
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'The tool that made the file: auto, wjx (问卷星), tencent (腾讯问卷), google, surveymonkey, generic')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s text encoding')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Which column holds what: DIM=COLUMN, where DIM is a dimension key, nps, comment, phone, client, date, channel, visit or ignore, and COLUMN a header, a 1-based column number or a unique part of a header; repeatable')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Where --skip-invalid writes the bad rows (CSV with line and reason)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel of the responses [default: online for questionnaire tools, else paper]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the mapping and the rows that would be imported; write nothing')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the good rows and write the bad ones to --rejects')
            [CompletionResult]::new('--anonymous', '--anonymous', [CompletionResultType]::ParameterName, 'Accept rows that name no client (anonymous responses)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;survey;list' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client''s responses (id, phone or name)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day; a month, quarter, year or `last-month` means its last day')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'phone, online, paper or interview')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--low', '--low', [CompletionResultType]::ParameterName, 'Only detractors (NPS ≤ 6) and overall ≤ 2')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;survey;edit' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'FIELD=VALUE')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;survey;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking (needed when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;survey;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a survey response for a client. Prints the new id')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import survey responses from a questionnaire export')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List survey responses, oldest first. `--low` keeps the unhappy ones to call back: detractors (NPS 0–6) and overall scores of 1–2')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a survey response with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a survey response. Asks for confirmation on a terminal; without one, needs `--yes`. An imported response deleted here comes back if its file is imported again (the import skips only rows it still holds)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;survey;help;add' {
            break
        }
        'hk;survey;help;import' {
            break
        }
        'hk;survey;help;list' {
            break
        }
        'hk;survey;help;edit' {
            break
        }
        'hk;survey;help;delete' {
            break
        }
        'hk;survey;help;help' {
            break
        }
        'hk;staff' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a staff member (阿姨). Prints the new id on stdout')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import staff from a CSV file with Chinese or English headers: 姓名/name, 手机/phone, 身份证号, 性别, 出生年, 籍贯, 语言, 服务类型/categories, 技能/skills, 星级/level, 区域/districts, 证书/certificates (`健康证:HZ001:2026-01-05:2027-01-04;…`), 状态/status, 备注 …  UTF-8 (with or without BOM) or GBK')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff, sorted by name. Filters combine (all must match)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a staff member. The ID number is masked unless `--reveal`; the do-not-send list shows client ids')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a staff member. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML')
            [CompletionResult]::new('avoid', 'avoid', [CompletionResultType]::ParameterValue, 'Record that a client asked not to have this staff member again (or, with `--undo`, take that back). Booking her for the client is then refused, and `hk staff suggest` leaves her out for that client')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link visits written before the roster existed to staff records: every staff name on a visit that exactly one staff member has (the exact name) becomes her id. A name that several staff members share, or none, stays as it is (list them with `hk visit list --staff NAME`, then `hk visit edit V --set staff=ID`). One commit')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Suggest staff for a visit: active staff who can be booked then (no double booking, not on leave, required certificates valid), who do the category and have every skill asked, and whom the client has not asked to avoid. Ranked by: (1) served this client before with no survey of overall ≤ 2 from those visits; (2) covers the client''s district (one of hers appears in the client''s address); (3) fewer visits already booked that day; (4) higher mean overall score of the surveys of her visits in the 180 days before the day (none counts as 0); (5) name. Each row shows the reasons')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;staff;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name (姓名)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone (手机); repeatable')
            [CompletionResult]::new('--id-number', '--id-number', [CompletionResultType]::ParameterName, 'Resident ID number (身份证号), checked; shown masked')
            [CompletionResult]::new('--gender', '--gender', [CompletionResultType]::ParameterName, '女 or 男')
            [CompletionResult]::new('--birth-year', '--birth-year', [CompletionResultType]::ParameterName, 'Year of birth (1975)')
            [CompletionResult]::new('--native-place', '--native-place', [CompletionResultType]::ParameterName, 'Native place (籍贯)')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language or dialect (普通话, 上海话 …); repeatable')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Service category she does (key or label); repeatable')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'Skill (保洁, 做饭, 育婴, 护老, 月子餐, 催乳, 收纳 …); repeatable')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Level 1–4 (星级)')
            [CompletionResult]::new('--district', '--district', [CompletionResultType]::ParameterName, 'District she covers (浦东新区 …); repeatable')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Certificate KIND:NUMBER:ISSUED:EXPIRES; repeatable')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'active, leave or left [default: active]')
            [CompletionResult]::new('--status-since', '--status-since', [CompletionResultType]::ParameterName, 'Since when the status holds [default: today]')
            [CompletionResult]::new('--status-until', '--status-until', [CompletionResultType]::ParameterName, 'Last day of a leave')
            [CompletionResult]::new('--status-reason', '--status-reason', [CompletionResultType]::ParameterName, 'Why (休产假, 回老家 …)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Notes (备注)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;staff;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s text encoding')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and show what would be imported, without writing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;staff;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only staff with this status: active, leave, left (as of today)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only staff who do this category (key or label)')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'Only staff with this skill')
            [CompletionResult]::new('--district', '--district', [CompletionResultType]::ParameterName, 'Only staff who cover this district (or one whose name contains it)')
            [CompletionResult]::new('--expiring', '--expiring', [CompletionResultType]::ParameterName, 'List certificates expiring within N days (expired ones included)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;staff;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the full resident ID number (written to the audit log: `hk audit list`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;staff;edit' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'FIELD=VALUE; lists take `;`-separated values')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;staff;avoid' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'The client (id or id prefix, phone, or exact name)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--undo', '--undo', [CompletionResultType]::ParameterName, 'Take the client off her do-not-send list')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;staff;link' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show how many visits would change, without writing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;staff;suggest' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day of the visit')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last day of a multi-day engagement')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'Start time, HH:MM')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Service category (key or label)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'The client (id or id prefix, phone, or exact name)')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'A skill she must have; repeatable')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;staff;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a staff member (阿姨). Prints the new id on stdout')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import staff from a CSV file with Chinese or English headers: 姓名/name, 手机/phone, 身份证号, 性别, 出生年, 籍贯, 语言, 服务类型/categories, 技能/skills, 星级/level, 区域/districts, 证书/certificates (`健康证:HZ001:2026-01-05:2027-01-04;…`), 状态/status, 备注 …  UTF-8 (with or without BOM) or GBK')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff, sorted by name. Filters combine (all must match)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a staff member. The ID number is masked unless `--reveal`; the do-not-send list shows client ids')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a staff member. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML')
            [CompletionResult]::new('avoid', 'avoid', [CompletionResultType]::ParameterValue, 'Record that a client asked not to have this staff member again (or, with `--undo`, take that back). Booking her for the client is then refused, and `hk staff suggest` leaves her out for that client')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link visits written before the roster existed to staff records: every staff name on a visit that exactly one staff member has (the exact name) becomes her id. A name that several staff members share, or none, stays as it is (list them with `hk visit list --staff NAME`, then `hk visit edit V --set staff=ID`). One commit')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Suggest staff for a visit: active staff who can be booked then (no double booking, not on leave, required certificates valid), who do the category and have every skill asked, and whom the client has not asked to avoid. Ranked by: (1) served this client before with no survey of overall ≤ 2 from those visits; (2) covers the client''s district (one of hers appears in the client''s address); (3) fewer visits already booked that day; (4) higher mean overall score of the surveys of her visits in the 180 days before the day (none counts as 0); (5) name. Each row shows the reasons')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;staff;help;add' {
            break
        }
        'hk;staff;help;import' {
            break
        }
        'hk;staff;help;list' {
            break
        }
        'hk;staff;help;show' {
            break
        }
        'hk;staff;help;edit' {
            break
        }
        'hk;staff;help;avoid' {
            break
        }
        'hk;staff;help;link' {
            break
        }
        'hk;staff;help;suggest' {
            break
        }
        'hk;staff;help;help' {
            break
        }
        'hk;package' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a prepaid package a client bought (a named card). Prints the new id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List prepaid packages: client, kind, service, bought, expiry, paid, face value, bonus and what is left (visits or yuan), oldest purchase first. `--client` shows one client''s; `--open` only those with something left')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a package: what it holds, what is left, and its ledger (every visit paid from it and every refund, oldest first; the ledger is only ever appended to)')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Refund part or all of what is left on a package: a ledger entry that lowers the balance (the ledger is never rewritten). `--amount` is in the package''s unit: a number of visits for a visits card, yuan for a stored-value card. More than the balance is refused whole')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;package;add' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'visits (次卡) or stored-value (储值卡)')
            [CompletionResult]::new('--face', '--face', [CompletionResultType]::ParameterName, 'What it holds: a number of visits, or yuan (2000 or 2000.50)')
            [CompletionResult]::new('--bonus', '--bonus', [CompletionResultType]::ParameterName, 'Given on top of the face value, in the same unit [default: 0]')
            [CompletionResult]::new('--paid', '--paid', [CompletionResultType]::ParameterName, 'What the client paid, in yuan')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'The service a visits card is for (key or label) [default: the client''s only one]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day it was bought [default: today]')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'The last day it can pay for a visit [default: never expires]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Notes (备注)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;package;list' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client''s packages (id or id prefix, phone, or exact name)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only packages with a balance above zero')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;package;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;package;refund' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Visits (visits card) or yuan (stored-value card) to give back')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day of the refund [default: today]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why, or how the money went back (退款原因)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;package;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a prepaid package a client bought (a named card). Prints the new id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List prepaid packages: client, kind, service, bought, expiry, paid, face value, bonus and what is left (visits or yuan), oldest purchase first. `--client` shows one client''s; `--open` only those with something left')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a package: what it holds, what is left, and its ledger (every visit paid from it and every refund, oldest first; the ledger is only ever appended to)')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Refund part or all of what is left on a package: a ledger entry that lowers the balance (the ledger is never rewritten). `--amount` is in the package''s unit: a number of visits for a visits card, yuan for a stored-value card. More than the balance is refused whole')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;package;help;add' {
            break
        }
        'hk;package;help;list' {
            break
        }
        'hk;package;help;show' {
            break
        }
        'hk;package;help;refund' {
            break
        }
        'hk;package;help;help' {
            break
        }
        'hk;audit' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the audit log, oldest first: each `--reveal` of an ID number, each `hk client export CLIENT` and each `hk client erase`, with when, what, whose data (an id: the log holds no name or phone) and who (the public key of the identity used; `hk key list` names the keys)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;audit;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day; a month, quarter, year or `last-month` means its last day')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only entries about this client: an id or id prefix, as typed (an erased client''s id still works; a staff id `w-…` works too)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the audit log, oldest first: each `--reveal` of an ID number, each `hk client export CLIENT` and each `hk client erase`, with when, what, whose data (an id: the log holds no name or phone) and who (the public key of the identity used; `hk key list` names the keys)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;audit;help;list' {
            break
        }
        'hk;audit;help;help' {
            break
        }
        'hk;inquiry' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Take an inquiry in (咨询登记). Prints the new id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List inquiries by date (the day they came in). Filters combine')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an inquiry: what was asked and needed, the outcome (booked once a visit of the converted client follows), and the client it became')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert an inquiry into a client (转为客户). Prints the client''s id')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit an inquiry. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;inquiry;add' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How they got in touch: phone, wechat, meituan (美团), 58tongcheng (58同城), walk-in, website, referral, other (or the config''s labels)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day they got in touch [default: today]; not after today')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The prospect''s name (姓名)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The prospect''s phone')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'The service asked about (key or label)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'What they asked about: price, qualification, availability, content, safety, other (or 价格, 资质, 档期, 服务内容, 安全/保险, 其他); repeatable')
            [CompletionResult]::new('--needs', '--needs', [CompletionResultType]::ParameterName, 'What they need (需求)')
            [CompletionResult]::new('--budget', '--budget', [CompletionResultType]::ParameterName, 'Their budget, as they said it (`8000-10000/月`)')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'When they want the service to start; for maternity nursing the expected birth date (预产期)')
            [CompletionResult]::new('--due-date', '--due-date', [CompletionResultType]::ParameterName, 'When they want the service to start; for maternity nursing the expected birth date (预产期)')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, 'open (the default) or lost; `booked` follows from a visit once converted')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it was lost (with `--outcome lost`)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Notes (备注)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;inquiry;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day; a month, quarter, year or `last-month` means its last day')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, 'open, booked or lost (the outcome as hk counts it: booked once a visit follows)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Only this channel (key or label)')
            [CompletionResult]::new('--due-within', '--due-within', [CompletionResultType]::ParameterName, 'Only open leads whose wanted start date is within N days from today')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;inquiry;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;inquiry;convert' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'An existing client (id or id prefix, phone, or exact name) instead of a new one')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day it was converted [default: today]; not before the inquiry, not after today')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new client''s name, when the inquiry has none (or to correct it)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The new client''s phone, when the inquiry has none (or to correct it)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'The new client''s address')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Make the new client even if a client with the same phone exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;inquiry;edit' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'FIELD=VALUE; lists take `;`-separated values')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;inquiry;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Take an inquiry in (咨询登记). Prints the new id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List inquiries by date (the day they came in). Filters combine')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an inquiry: what was asked and needed, the outcome (booked once a visit of the converted client follows), and the client it became')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert an inquiry into a client (转为客户). Prints the client''s id')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit an inquiry. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;inquiry;help;add' {
            break
        }
        'hk;inquiry;help;list' {
            break
        }
        'hk;inquiry;help;show' {
            break
        }
        'hk;inquiry;help;convert' {
            break
        }
        'hk;inquiry;help;edit' {
            break
        }
        'hk;inquiry;help;help' {
            break
        }
        'hk;message' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('reminders', 'reminders', [CompletionResultType]::ParameterValue, 'The reminder text for every visit scheduled on one day, by time, filled from the `reminder` template (`[templates]` in `.hk/config.toml`)')
            [CompletionResult]::new('care', 'care', [CompletionResultType]::ParameterValue, 'The care text for every client whose next expected service falls within the next N days and who has nothing booked in them, filled from the `care` template')
            [CompletionResult]::new('campaign', 'campaign', [CompletionResultType]::ParameterValue, 'A campaign text (营销短信) for every client whose marketing consent is yes today, filled from a campaign template: any key of `[templates]` in `.hk/config.toml` other than `reminder` and `care`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;message;reminders' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Visits on this date')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How the messages are sent, for `--log`: sms or wechat')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--tomorrow', '--tomorrow', [CompletionResultType]::ParameterName, 'Tomorrow''s visits')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Record each message as a follow-up (outcome reached, dated today), in one commit; without it nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;message;care' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'How many days ahead to look (today + N, inclusive)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How the messages are sent, for `--log`: sms or wechat')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Record each message as a follow-up (outcome reached, dated today), in one commit; without it nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;message;campaign' {
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The template''s key under `[templates]`')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How the messages are sent, for `--log`: sms or wechat')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Record each message as a follow-up (outcome reached, dated today), in one commit; without it nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;message;help' {
            [CompletionResult]::new('reminders', 'reminders', [CompletionResultType]::ParameterValue, 'The reminder text for every visit scheduled on one day, by time, filled from the `reminder` template (`[templates]` in `.hk/config.toml`)')
            [CompletionResult]::new('care', 'care', [CompletionResultType]::ParameterValue, 'The care text for every client whose next expected service falls within the next N days and who has nothing booked in them, filled from the `care` template')
            [CompletionResult]::new('campaign', 'campaign', [CompletionResultType]::ParameterValue, 'A campaign text (营销短信) for every client whose marketing consent is yes today, filled from a campaign template: any key of `[templates]` in `.hk/config.toml` other than `reminder` and `care`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;message;help;reminders' {
            break
        }
        'hk;message;help;care' {
            break
        }
        'hk;message;help;campaign' {
            break
        }
        'hk;message;help;help' {
            break
        }
        'hk;report' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('lifecycle', 'lifecycle', [CompletionResultType]::ParameterValue, 'Count clients per lifecycle stage (lead, new, active, at-risk, churned), in all and per service category (a client with two categories counts in both)')
            [CompletionResult]::new('followups', 'followups', [CompletionResultType]::ParameterValue, 'Follow-up figures for a period: clients due, follow-ups made, reached and the reached rate, and clients overdue at the end of the period (or today)')
            [CompletionResult]::new('satisfaction', 'satisfaction', [CompletionResultType]::ParameterValue, 'Satisfaction figures over the survey responses of a period: responses, the mean of each dimension over the responses that answered it, csat_pct (share of overall 4–5), nps (promoters 9–10 minus detractors 0–6, per 100 answers), and the counts')
            [CompletionResult]::new('complaints', 'complaints', [CompletionResultType]::ParameterValue, 'Complaint figures over the complaints opened in a period (all time without `--from`/`--to`): opened, still open, overdue now (HK_NOW), first response on time % (first contact at or before its deadline, over complaints with a first contact or whose deadline has passed), resolved on time % (likewise), median hours to resolve, reopened (every reopen), compensation total (yuan), and retained % (the client had a done visit after the resolved date, over resolved complaints)')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Per staff member, over a period: done visits, distinct clients, repeat clients (served on two or more distinct visit start dates), survey responses, mean overall, CSAT % and NPS (as `hk report satisfaction`, over the surveys whose visit she worked), complaints about a visit she worked and complaints per 100 done visits. Visits count by start date, surveys by their date, complaints by the day they were opened. Roster members come first (by name), then free-text staff names of visits (`(unlisted)`)')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Write the owner''s dashboard: one self-contained HTML file with charts of CSAT and NPS by month, dimension means, satisfaction by staff member, clients per lifecycle stage, follow-ups due and made per month, and complaints by type with the share handled on time')
            [CompletionResult]::new('revenue', 'revenue', [CompletionResultType]::ParameterValue, 'Revenue over a period, by visit start date: done visits, those with a price, their total and mean price (exact yuan; the mean is rounded to the fen), and the part paid from prepaid packages (visits and yuan: the prices of the visits a package paid for)')
            [CompletionResult]::new('packages', 'packages', [CompletionResultType]::ParameterValue, 'Packages with something left (the company''s prepaid liability: visits and yuan still owed to clients), soonest expiry first, then those that never expire. Status `expiring` marks a package that expires within 30 days, `expired` one past its expiry (its balance is still owed until refunded). The last row, `total`, sums the visits and yuan left')
            [CompletionResult]::new('loyalty', 'loyalty', [CompletionResultType]::ParameterValue, 'Loyalty over a period, by visit start date (done visits only): the `all` row for the whole period, then one row per month')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'List clients that have been closed or churned for longer than DURATION (`3y`, `18m`, `2w`, `90d`; years and months are calendar months), oldest first: the candidates for `hk client erase` under a retention policy')
            [CompletionResult]::new('inquiries', 'inquiries', [CompletionResultType]::ParameterValue, 'Inquiry figures over the inquiries that came in during a period (all time without `--from`/`--to`): inquiries; converted (linked to a client by `hk inquiry convert`) and converted %; the median days from the inquiry to its conversion; booked, lost and still open (booked once a visit of the converted client follows); and the lost reasons, the most frequent first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;report;lifecycle' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;report;followups' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day; a month, quarter, year or `last-month` means its last day')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group rows by month or by category')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;report;satisfaction' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day; a month, quarter, year or `last-month` means its last day')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One row per month, quarter, category, staff member or channel [default: one total row]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;report;complaints' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day; a month, quarter, year or `last-month` means its last day')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One row per month (opened), type, category or staff member [default: one total row]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;report;staff' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day; a month, quarter, year or `last-month` means its last day')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;report;dashboard' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The HTML file to write (replaced if it exists)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day; a month, quarter, year or `last-month` means its last day')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;report;revenue' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day; a month, quarter, year or `last-month` means its last day')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One row per month, category, staff member or payment method [default: one total row]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;report;packages' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;report;loyalty' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day; a month, quarter, year or `last-month` means its last day')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;report;retention' {
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'How long: 3y, 18m, 2w or 90d')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;report;inquiries' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'On or before this day; a month, quarter, year or `last-month` means its last day')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One row per month, channel, topic or service asked about [default: one total row]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;report;help' {
            [CompletionResult]::new('lifecycle', 'lifecycle', [CompletionResultType]::ParameterValue, 'Count clients per lifecycle stage (lead, new, active, at-risk, churned), in all and per service category (a client with two categories counts in both)')
            [CompletionResult]::new('followups', 'followups', [CompletionResultType]::ParameterValue, 'Follow-up figures for a period: clients due, follow-ups made, reached and the reached rate, and clients overdue at the end of the period (or today)')
            [CompletionResult]::new('satisfaction', 'satisfaction', [CompletionResultType]::ParameterValue, 'Satisfaction figures over the survey responses of a period: responses, the mean of each dimension over the responses that answered it, csat_pct (share of overall 4–5), nps (promoters 9–10 minus detractors 0–6, per 100 answers), and the counts')
            [CompletionResult]::new('complaints', 'complaints', [CompletionResultType]::ParameterValue, 'Complaint figures over the complaints opened in a period (all time without `--from`/`--to`): opened, still open, overdue now (HK_NOW), first response on time % (first contact at or before its deadline, over complaints with a first contact or whose deadline has passed), resolved on time % (likewise), median hours to resolve, reopened (every reopen), compensation total (yuan), and retained % (the client had a done visit after the resolved date, over resolved complaints)')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Per staff member, over a period: done visits, distinct clients, repeat clients (served on two or more distinct visit start dates), survey responses, mean overall, CSAT % and NPS (as `hk report satisfaction`, over the surveys whose visit she worked), complaints about a visit she worked and complaints per 100 done visits. Visits count by start date, surveys by their date, complaints by the day they were opened. Roster members come first (by name), then free-text staff names of visits (`(unlisted)`)')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Write the owner''s dashboard: one self-contained HTML file with charts of CSAT and NPS by month, dimension means, satisfaction by staff member, clients per lifecycle stage, follow-ups due and made per month, and complaints by type with the share handled on time')
            [CompletionResult]::new('revenue', 'revenue', [CompletionResultType]::ParameterValue, 'Revenue over a period, by visit start date: done visits, those with a price, their total and mean price (exact yuan; the mean is rounded to the fen), and the part paid from prepaid packages (visits and yuan: the prices of the visits a package paid for)')
            [CompletionResult]::new('packages', 'packages', [CompletionResultType]::ParameterValue, 'Packages with something left (the company''s prepaid liability: visits and yuan still owed to clients), soonest expiry first, then those that never expire. Status `expiring` marks a package that expires within 30 days, `expired` one past its expiry (its balance is still owed until refunded). The last row, `total`, sums the visits and yuan left')
            [CompletionResult]::new('loyalty', 'loyalty', [CompletionResultType]::ParameterValue, 'Loyalty over a period, by visit start date (done visits only): the `all` row for the whole period, then one row per month')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'List clients that have been closed or churned for longer than DURATION (`3y`, `18m`, `2w`, `90d`; years and months are calendar months), oldest first: the candidates for `hk client erase` under a retention policy')
            [CompletionResult]::new('inquiries', 'inquiries', [CompletionResultType]::ParameterValue, 'Inquiry figures over the inquiries that came in during a period (all time without `--from`/`--to`): inquiries; converted (linked to a client by `hk inquiry convert`) and converted %; the median days from the inquiry to its conversion; booked, lost and still open (booked once a visit of the converted client follows); and the lost reasons, the most frequent first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;report;help;lifecycle' {
            break
        }
        'hk;report;help;followups' {
            break
        }
        'hk;report;help;satisfaction' {
            break
        }
        'hk;report;help;complaints' {
            break
        }
        'hk;report;help;staff' {
            break
        }
        'hk;report;help;dashboard' {
            break
        }
        'hk;report;help;revenue' {
            break
        }
        'hk;report;help;packages' {
            break
        }
        'hk;report;help;loyalty' {
            break
        }
        'hk;report;help;retention' {
            break
        }
        'hk;report;help;inquiries' {
            break
        }
        'hk;report;help;help' {
            break
        }
        'hk;undo' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;sync' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;conflicts' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;resolve' {
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'Set this value instead')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('--ours', '--ours', [CompletionResultType]::ParameterName, 'Keep this clone''s value (the one the record holds now)')
            [CompletionResult]::new('--theirs', '--theirs', [CompletionResultType]::ParameterName, 'Take the other office''s value')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;cat' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;git' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Set up git for a store shared by several offices')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;git;setup' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;git;help' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Set up git for a store shared by several offices')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;git;help;setup' {
            break
        }
        'hk;git;help;help' {
            break
        }
        'hk;cache' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what the cache holds: per record kind, its entries, size, when it was written and for which public key. No record content is shown')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete the cache folder `.hk/cache/`. Nothing is lost: the next command decrypts the records again and rebuilds it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;cache;status' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;cache;clear' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;cache;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what the cache holds: per record kind, its entries, size, when it was written and for which public key. No record content is shown')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete the cache folder `.hk/cache/`. Nothing is lost: the next command decrypts the records again and rebuilds it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;cache;help;status' {
            break
        }
        'hk;cache;help;clear' {
            break
        }
        'hk;cache;help;help' {
            break
        }
        'hk;completions' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;merge-driver' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a store: `.hk/config.toml` (settings, categories, follow-up policy), `.hk/recipients` (the public keys records are encrypted to) and the record folders')
            [CompletionResult]::new('today', 'today', [CompletionResultType]::ParameterValue, 'The morning page: follow-ups due, tomorrow''s visits and who goes, overdue complaints, open action items, and staff certificates expiring within 30 days')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Make an identity (private key) or show your public key')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'The client archive (客户档案): intake, lookup, tags, consent, import and export, erasure')
            [CompletionResult]::new('visit', 'visit', [CompletionResultType]::ParameterValue, 'Service visits (服务记录): add, list, import, status, tomorrow''s reminders')
            [CompletionResult]::new('followup', 'followup', [CompletionResultType]::ParameterValue, 'Follow-up calls (回访): log them, and who is due today')
            [CompletionResult]::new('complaint', 'complaint', [CompletionResultType]::ParameterValue, 'Complaints (投诉): take them in, log each step, resolve, close, find similar ones')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Action items of follow-ups (待办): list them, mark them done')
            [CompletionResult]::new('survey', 'survey', [CompletionResultType]::ParameterValue, 'Satisfaction surveys (满意度调查): enter by hand, import exports, list')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'The staff roster (服务人员 / 阿姨): add, list, certificates, do-not-send lists')
            [CompletionResult]::new('package', 'package', [CompletionResultType]::ParameterValue, 'Prepaid packages (次卡 / 储值卡): sell, list, show the ledger, refund')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log (审计): who revealed, exported or erased whose data, and when')
            [CompletionResult]::new('inquiry', 'inquiry', [CompletionResultType]::ParameterValue, 'Inquiries (咨询): prospects'' first contacts, what they asked, and converting them')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Messages to clients (预约提醒, 关怀问候, campaigns) with their text, for SMS or WeChat')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports for the owner: satisfaction, lifecycle, follow-ups, complaints, staff, inquiries, revenue, packages, loyalty, retention, the HTML dashboard')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Undo hk''s last change: in a store kept in git, puts back every file that hk''s newest commit changed, as one new commit (`undo <commit> (<its title>)`)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Fetch the other offices'' changes, merge them field by field, and push ours')
            [CompletionResult]::new('conflicts', 'conflicts', [CompletionResultType]::ParameterValue, 'List the fields that two offices changed differently (DESIGN §13)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle a conflict from a merge: keep our value, take theirs, or type another')
            [CompletionResult]::new('cat', 'cat', [CompletionResultType]::ParameterValue, 'Print one record file decrypted (TOML) to stdout')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Git for several offices: set up hk''s merge and diff drivers in this clone')
            [CompletionResult]::new('cache', 'cache', [CompletionResultType]::ParameterValue, 'The encrypted cache of decrypted records: what it holds, or delete it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell. The files under `completions/` are this command''s output (a test keeps them equal)')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'Merge two versions of a record, field by field (git runs this; see `hk git setup`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;help;init' {
            break
        }
        'hk;help;today' {
            break
        }
        'hk;help;key' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new identity (private key). Without --out it is printed to stdout')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the public key of your identity, to add to a store''s `.hk/recipients`')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a colleague''s public key and re-encrypt every record so it opens with it')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a key from `.hk/recipients` and re-encrypt every record without it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the public keys in `.hk/recipients`, with their names')
            [CompletionResult]::new('rewrap', 'rewrap', [CompletionResultType]::ParameterValue, 'Re-encrypt every record to the keys now in `.hk/recipients`')
            break
        }
        'hk;help;key;generate' {
            break
        }
        'hk;help;key;public' {
            break
        }
        'hk;help;key;add' {
            break
        }
        'hk;help;key;remove' {
            break
        }
        'hk;help;key;list' {
            break
        }
        'hk;help;key;rewrap' {
            break
        }
        'hk;help;client' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a client. Prints the new id on stdout')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients, sorted by name. Filters combine (all must match)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a client''s profile, lifecycle stage and next follow-up; in a table, also the timeline of inquiries, visits, follow-ups, surveys, complaints and marketing consent changes (in CSV and JSON the consent history is the field `consent_history`). The ID number is masked unless `--reveal`, which adds an entry to the audit log (and a commit) before anything is shown')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add tags (and with --category, service categories) to a client')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags (and with --category, service categories) from a client')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Without CLIENT: export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged (marketing consent: the entry in force today)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client. Asks for confirmation on a terminal; without one, needs `--yes`')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge client OTHER into client KEEP, as one commit. Asks for confirmation on a terminal; without one, needs `--yes`')
            [CompletionResult]::new('points', 'points', [CompletionResultType]::ParameterValue, 'Show a client''s points (积分) by where they came from, what was redeemed, the balance, the spend over the last 12 months and the tier; or redeem points with `--redeem N --note TEXT` (an entry appended to the client''s points ledger, never more than the balance)')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Record that a client agreed to marketing messages (`--marketing yes`) or refused or withdrew that consent (`--marketing no`). Every change is kept: `hk client show` lists the history, and from the entry''s date on, campaigns follow the latest entry')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase a client at their request: the client record and every record of theirs (visits, follow-ups, complaints and every other kind that names them) are deleted, their survey answers become anonymous (the client, the visit and the comment removed; the scores kept, so the satisfaction figures still count them), and their id leaves the staff do-not-send lists — all in one commit, with an entry in the audit log (which names the client by id only)')
            break
        }
        'hk;help;client;add' {
            break
        }
        'hk;help;client;import' {
            break
        }
        'hk;help;client;list' {
            break
        }
        'hk;help;client;show' {
            break
        }
        'hk;help;client;edit' {
            break
        }
        'hk;help;client;tag' {
            break
        }
        'hk;help;client;untag' {
            break
        }
        'hk;help;client;export' {
            break
        }
        'hk;help;client;delete' {
            break
        }
        'hk;help;client;merge' {
            break
        }
        'hk;help;client;points' {
            break
        }
        'hk;help;client;consent' {
            break
        }
        'hk;help;client;erase' {
            break
        }
        'hk;help;visit' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a visit for a client. Prints the new id')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import visits from a CSV file with Chinese or English headers: 客户编号/client or 手机/phone, 日期/date, 结束日期/end, 时间/time, 服务类型/category, 服务人员/staff, 状态/status, 金额/price, 支付方式/payment, 备注/notes …')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List visits, oldest first. Filters combine')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one visit')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a visit with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML. Fields: date, end, time, category, staff (`;`-separated), status, price, payment, products, issues, notes. A new date in another month moves the file to that month''s folder')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a visit done (a visit dated after today cannot be done yet)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Mark a visit cancelled; or, with `--series ID`, every scheduled visit of that series (from `--from D` on, inclusive), in one commit. Done and no-show visits of the series stay as they are')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Mark that the client was not there (no-show)')
            [CompletionResult]::new('upcoming', 'upcoming', [CompletionResultType]::ParameterValue, 'List the scheduled visits of one day, by time, with what you need to call or text the client: phone, address, staff. `--within N` lists today and the next N days, by date and time, with a date column')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a visit. Asks for confirmation on a terminal; without one, needs `--yes`')
            break
        }
        'hk;help;visit;add' {
            break
        }
        'hk;help;visit;import' {
            break
        }
        'hk;help;visit;list' {
            break
        }
        'hk;help;visit;show' {
            break
        }
        'hk;help;visit;edit' {
            break
        }
        'hk;help;visit;done' {
            break
        }
        'hk;help;visit;cancel' {
            break
        }
        'hk;help;visit;no-show' {
            break
        }
        'hk;help;visit;upcoming' {
            break
        }
        'hk;help;visit;delete' {
            break
        }
        'hk;help;followup' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log a follow-up with a client (回访记录). Prints the new id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List follow-ups, oldest first. Filters combine')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'List the clients due for a follow-up call: most overdue first, then by name')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a follow-up with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a follow-up (the client''s due date is worked out again from the rest). Asks for confirmation on a terminal; without one, needs `--yes`. To move a call logged on the wrong client instead, use `hk followup edit ID --set client=…`')
            break
        }
        'hk;help;followup;log' {
            break
        }
        'hk;help;followup;list' {
            break
        }
        'hk;help;followup;due' {
            break
        }
        'hk;help;followup;edit' {
            break
        }
        'hk;help;followup;delete' {
            break
        }
        'hk;help;complaint' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Take a complaint in (投诉登记). Prints the new id')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log a step in handling a complaint, stamped with the current time')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a complaint to the person who handles it; puts an open one in progress')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Record the resolution of a complaint (处理结果), now. A resolved complaint puts a call-back in `hk followup due` a few days later (`complaint_callback_days`)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a complaint. `--verdict` and `--score` are the client''s word on the resolution, so they need a resolved complaint; an open one may be closed without them (the client withdrew it). A verdict also settles the call-back')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or closed complaint. It keeps its original deadlines (so it is usually overdue at once), the earlier resolution stays in its log, and the report counts the reopen')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List complaints: overdue ones first, then by their next deadline (the first response while nobody has contacted the client, else the resolution), then the resolved and closed ones by when they came in. Filters combine')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a complaint: its fields and deadlines; in a table, also its log and the resolution script (话术) for its type, `playbook/<type>.md` in the store')
            [CompletionResult]::new('similar', 'similar', [CompletionResultType]::ParameterValue, 'Resolved complaints of the same type or sharing words with this one, with their resolutions (the knowledge base): most alike first')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Resolved complaints whose description, resolution, cause or log share words with TEXT, with their resolutions: most matching words first. Chinese is matched by pairs of characters, so `花瓶` finds `打碎了花瓶`')
            break
        }
        'hk;help;complaint;add' {
            break
        }
        'hk;help;complaint;log' {
            break
        }
        'hk;help;complaint;assign' {
            break
        }
        'hk;help;complaint;resolve' {
            break
        }
        'hk;help;complaint;close' {
            break
        }
        'hk;help;complaint;reopen' {
            break
        }
        'hk;help;complaint;list' {
            break
        }
        'hk;help;complaint;show' {
            break
        }
        'hk;help;complaint;similar' {
            break
        }
        'hk;help;complaint;search' {
            break
        }
        'hk;help;action' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List action items (the `--action` texts of follow-ups): overdue ones first, then by due date (those without one last), then by follow-up. An item is overdue from the day after its due date while not done')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an action item done (today, or `--date`). ID is `f-….N`, as `hk action list` shows it; the follow-up part may be a unique prefix')
            break
        }
        'hk;help;action;list' {
            break
        }
        'hk;help;action;done' {
            break
        }
        'hk;help;survey' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a survey response for a client. Prints the new id')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import survey responses from a questionnaire export')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List survey responses, oldest first. `--low` keeps the unhappy ones to call back: detractors (NPS 0–6) and overall scores of 1–2')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a survey response with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a survey response. Asks for confirmation on a terminal; without one, needs `--yes`. An imported response deleted here comes back if its file is imported again (the import skips only rows it still holds)')
            break
        }
        'hk;help;survey;add' {
            break
        }
        'hk;help;survey;import' {
            break
        }
        'hk;help;survey;list' {
            break
        }
        'hk;help;survey;edit' {
            break
        }
        'hk;help;survey;delete' {
            break
        }
        'hk;help;staff' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a staff member (阿姨). Prints the new id on stdout')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import staff from a CSV file with Chinese or English headers: 姓名/name, 手机/phone, 身份证号, 性别, 出生年, 籍贯, 语言, 服务类型/categories, 技能/skills, 星级/level, 区域/districts, 证书/certificates (`健康证:HZ001:2026-01-05:2027-01-04;…`), 状态/status, 备注 …  UTF-8 (with or without BOM) or GBK')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff, sorted by name. Filters combine (all must match)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a staff member. The ID number is masked unless `--reveal`; the do-not-send list shows client ids')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a staff member. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML')
            [CompletionResult]::new('avoid', 'avoid', [CompletionResultType]::ParameterValue, 'Record that a client asked not to have this staff member again (or, with `--undo`, take that back). Booking her for the client is then refused, and `hk staff suggest` leaves her out for that client')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link visits written before the roster existed to staff records: every staff name on a visit that exactly one staff member has (the exact name) becomes her id. A name that several staff members share, or none, stays as it is (list them with `hk visit list --staff NAME`, then `hk visit edit V --set staff=ID`). One commit')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Suggest staff for a visit: active staff who can be booked then (no double booking, not on leave, required certificates valid), who do the category and have every skill asked, and whom the client has not asked to avoid. Ranked by: (1) served this client before with no survey of overall ≤ 2 from those visits; (2) covers the client''s district (one of hers appears in the client''s address); (3) fewer visits already booked that day; (4) higher mean overall score of the surveys of her visits in the 180 days before the day (none counts as 0); (5) name. Each row shows the reasons')
            break
        }
        'hk;help;staff;add' {
            break
        }
        'hk;help;staff;import' {
            break
        }
        'hk;help;staff;list' {
            break
        }
        'hk;help;staff;show' {
            break
        }
        'hk;help;staff;edit' {
            break
        }
        'hk;help;staff;avoid' {
            break
        }
        'hk;help;staff;link' {
            break
        }
        'hk;help;staff;suggest' {
            break
        }
        'hk;help;package' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a prepaid package a client bought (a named card). Prints the new id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List prepaid packages: client, kind, service, bought, expiry, paid, face value, bonus and what is left (visits or yuan), oldest purchase first. `--client` shows one client''s; `--open` only those with something left')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a package: what it holds, what is left, and its ledger (every visit paid from it and every refund, oldest first; the ledger is only ever appended to)')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Refund part or all of what is left on a package: a ledger entry that lowers the balance (the ledger is never rewritten). `--amount` is in the package''s unit: a number of visits for a visits card, yuan for a stored-value card. More than the balance is refused whole')
            break
        }
        'hk;help;package;add' {
            break
        }
        'hk;help;package;list' {
            break
        }
        'hk;help;package;show' {
            break
        }
        'hk;help;package;refund' {
            break
        }
        'hk;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the audit log, oldest first: each `--reveal` of an ID number, each `hk client export CLIENT` and each `hk client erase`, with when, what, whose data (an id: the log holds no name or phone) and who (the public key of the identity used; `hk key list` names the keys)')
            break
        }
        'hk;help;audit;list' {
            break
        }
        'hk;help;inquiry' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Take an inquiry in (咨询登记). Prints the new id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List inquiries by date (the day they came in). Filters combine')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an inquiry: what was asked and needed, the outcome (booked once a visit of the converted client follows), and the client it became')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert an inquiry into a client (转为客户). Prints the client''s id')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit an inquiry. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML')
            break
        }
        'hk;help;inquiry;add' {
            break
        }
        'hk;help;inquiry;list' {
            break
        }
        'hk;help;inquiry;show' {
            break
        }
        'hk;help;inquiry;convert' {
            break
        }
        'hk;help;inquiry;edit' {
            break
        }
        'hk;help;message' {
            [CompletionResult]::new('reminders', 'reminders', [CompletionResultType]::ParameterValue, 'The reminder text for every visit scheduled on one day, by time, filled from the `reminder` template (`[templates]` in `.hk/config.toml`)')
            [CompletionResult]::new('care', 'care', [CompletionResultType]::ParameterValue, 'The care text for every client whose next expected service falls within the next N days and who has nothing booked in them, filled from the `care` template')
            [CompletionResult]::new('campaign', 'campaign', [CompletionResultType]::ParameterValue, 'A campaign text (营销短信) for every client whose marketing consent is yes today, filled from a campaign template: any key of `[templates]` in `.hk/config.toml` other than `reminder` and `care`')
            break
        }
        'hk;help;message;reminders' {
            break
        }
        'hk;help;message;care' {
            break
        }
        'hk;help;message;campaign' {
            break
        }
        'hk;help;report' {
            [CompletionResult]::new('lifecycle', 'lifecycle', [CompletionResultType]::ParameterValue, 'Count clients per lifecycle stage (lead, new, active, at-risk, churned), in all and per service category (a client with two categories counts in both)')
            [CompletionResult]::new('followups', 'followups', [CompletionResultType]::ParameterValue, 'Follow-up figures for a period: clients due, follow-ups made, reached and the reached rate, and clients overdue at the end of the period (or today)')
            [CompletionResult]::new('satisfaction', 'satisfaction', [CompletionResultType]::ParameterValue, 'Satisfaction figures over the survey responses of a period: responses, the mean of each dimension over the responses that answered it, csat_pct (share of overall 4–5), nps (promoters 9–10 minus detractors 0–6, per 100 answers), and the counts')
            [CompletionResult]::new('complaints', 'complaints', [CompletionResultType]::ParameterValue, 'Complaint figures over the complaints opened in a period (all time without `--from`/`--to`): opened, still open, overdue now (HK_NOW), first response on time % (first contact at or before its deadline, over complaints with a first contact or whose deadline has passed), resolved on time % (likewise), median hours to resolve, reopened (every reopen), compensation total (yuan), and retained % (the client had a done visit after the resolved date, over resolved complaints)')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Per staff member, over a period: done visits, distinct clients, repeat clients (served on two or more distinct visit start dates), survey responses, mean overall, CSAT % and NPS (as `hk report satisfaction`, over the surveys whose visit she worked), complaints about a visit she worked and complaints per 100 done visits. Visits count by start date, surveys by their date, complaints by the day they were opened. Roster members come first (by name), then free-text staff names of visits (`(unlisted)`)')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Write the owner''s dashboard: one self-contained HTML file with charts of CSAT and NPS by month, dimension means, satisfaction by staff member, clients per lifecycle stage, follow-ups due and made per month, and complaints by type with the share handled on time')
            [CompletionResult]::new('revenue', 'revenue', [CompletionResultType]::ParameterValue, 'Revenue over a period, by visit start date: done visits, those with a price, their total and mean price (exact yuan; the mean is rounded to the fen), and the part paid from prepaid packages (visits and yuan: the prices of the visits a package paid for)')
            [CompletionResult]::new('packages', 'packages', [CompletionResultType]::ParameterValue, 'Packages with something left (the company''s prepaid liability: visits and yuan still owed to clients), soonest expiry first, then those that never expire. Status `expiring` marks a package that expires within 30 days, `expired` one past its expiry (its balance is still owed until refunded). The last row, `total`, sums the visits and yuan left')
            [CompletionResult]::new('loyalty', 'loyalty', [CompletionResultType]::ParameterValue, 'Loyalty over a period, by visit start date (done visits only): the `all` row for the whole period, then one row per month')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'List clients that have been closed or churned for longer than DURATION (`3y`, `18m`, `2w`, `90d`; years and months are calendar months), oldest first: the candidates for `hk client erase` under a retention policy')
            [CompletionResult]::new('inquiries', 'inquiries', [CompletionResultType]::ParameterValue, 'Inquiry figures over the inquiries that came in during a period (all time without `--from`/`--to`): inquiries; converted (linked to a client by `hk inquiry convert`) and converted %; the median days from the inquiry to its conversion; booked, lost and still open (booked once a visit of the converted client follows); and the lost reasons, the most frequent first')
            break
        }
        'hk;help;report;lifecycle' {
            break
        }
        'hk;help;report;followups' {
            break
        }
        'hk;help;report;satisfaction' {
            break
        }
        'hk;help;report;complaints' {
            break
        }
        'hk;help;report;staff' {
            break
        }
        'hk;help;report;dashboard' {
            break
        }
        'hk;help;report;revenue' {
            break
        }
        'hk;help;report;packages' {
            break
        }
        'hk;help;report;loyalty' {
            break
        }
        'hk;help;report;retention' {
            break
        }
        'hk;help;report;inquiries' {
            break
        }
        'hk;help;undo' {
            break
        }
        'hk;help;sync' {
            break
        }
        'hk;help;conflicts' {
            break
        }
        'hk;help;resolve' {
            break
        }
        'hk;help;cat' {
            break
        }
        'hk;help;git' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Set up git for a store shared by several offices')
            break
        }
        'hk;help;git;setup' {
            break
        }
        'hk;help;cache' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what the cache holds: per record kind, its entries, size, when it was written and for which public key. No record content is shown')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete the cache folder `.hk/cache/`. Nothing is lost: the next command decrypts the records again and rebuilds it')
            break
        }
        'hk;help;cache;status' {
            break
        }
        'hk;help;cache;clear' {
            break
        }
        'hk;help;completions' {
            break
        }
        'hk;help;merge-driver' {
            break
        }
        'hk;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
