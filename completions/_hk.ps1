
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a store: `.hk/config.toml` (settings, categories, follow-up policy), `.hk/recipients` (the public keys records are encrypted to) and the record folders')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Make an identity (private key) or show your public key')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'The client archive (客户档案): intake, lookup, tags, import and export')
            [CompletionResult]::new('cat', 'cat', [CompletionResultType]::ParameterValue, 'Print one record file decrypted (TOML) to stdout')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell. The files under `completions/` are this command''s output (a test keeps them equal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;init' {
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'Another public key to encrypt to (age1… or ssh-ed25519 …); repeatable')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--git', '--git', [CompletionResultType]::ParameterName, 'Also make the folder a git repository, with a diff driver that shows decrypted records')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;key' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new identity (private key). Without --out it is printed to stdout')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the public key of your identity, to add to a store''s `.hk/recipients`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;key;generate' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write it to this file (mode 0600) instead; an existing file is never replaced')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;key;public' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;key;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new identity (private key). Without --out it is printed to stdout')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the public key of your identity, to add to a store''s `.hk/recipients`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;key;help;generate' {
            break
        }
        'hk;key;help;public' {
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a client. Prints the new id on stdout')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients, sorted by name. Filters combine (all must match)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a client''s profile. The ID number is masked unless `--reveal`')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add tags (and with --category, service categories) to a client')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags (and with --category, service categories) from a client')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged')
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
            [CompletionResult]::new('--marketing', '--marketing', [CompletionResultType]::ParameterName, 'The client agreed to marketing messages (dated today)')
            [CompletionResult]::new('--do-not-contact', '--do-not-contact', [CompletionResultType]::ParameterName, 'Never call or message this client')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Add even if a client with the same phone exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and show what would be imported, without writing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;client;list' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only clients in this service category (key or label)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only clients with this tag or one below it (`宠物` finds `宠物/猫`)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only clients whose name, phone, address, WeChat, tags or notes contain TEXT')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;client;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the full resident ID number')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;client;export' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;client;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a client. Prints the new id on stdout')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients, sorted by name. Filters combine (all must match)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a client''s profile. The ID number is masked unless `--reveal`')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add tags (and with --category, service categories) to a client')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags (and with --category, service categories) from a client')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged')
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
        'hk;client;help;help' {
            break
        }
        'hk;cat' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hk;completions' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print listings and reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hk;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a store: `.hk/config.toml` (settings, categories, follow-up policy), `.hk/recipients` (the public keys records are encrypted to) and the record folders')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Make an identity (private key) or show your public key')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'The client archive (客户档案): intake, lookup, tags, import and export')
            [CompletionResult]::new('cat', 'cat', [CompletionResultType]::ParameterValue, 'Print one record file decrypted (TOML) to stdout')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell. The files under `completions/` are this command''s output (a test keeps them equal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hk;help;init' {
            break
        }
        'hk;help;key' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new identity (private key). Without --out it is printed to stdout')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the public key of your identity, to add to a store''s `.hk/recipients`')
            break
        }
        'hk;help;key;generate' {
            break
        }
        'hk;help;key;public' {
            break
        }
        'hk;help;client' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a client. Prints the new id on stdout')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients, sorted by name. Filters combine (all must match)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a client''s profile. The ID number is masked unless `--reveal`')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add tags (and with --category, service categories) to a client')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags (and with --category, service categories) from a client')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged')
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
        'hk;help;cat' {
            break
        }
        'hk;help;completions' {
            break
        }
        'hk;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
