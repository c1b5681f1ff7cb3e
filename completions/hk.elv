
use builtin;
use str;

set edit:completion:arg-completer[hk] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'hk'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'hk'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a store: `.hk/config.toml` (settings, categories, follow-up policy), `.hk/recipients` (the public keys records are encrypted to) and the record folders'
            cand today 'The morning page: follow-ups due, tomorrow''s visits and who goes, overdue complaints, open action items, and staff certificates expiring within 30 days'
            cand key 'Make an identity (private key) or show your public key'
            cand client 'The client archive (客户档案): intake, lookup, tags, consent, import and export, erasure'
            cand visit 'Service visits (服务记录): add, list, import, status, tomorrow''s reminders'
            cand followup 'Follow-up calls (回访): log them, and who is due today'
            cand complaint 'Complaints (投诉): take them in, log each step, resolve, close, find similar ones'
            cand action 'Action items of follow-ups (待办): list them, mark them done'
            cand survey 'Satisfaction surveys (满意度调查): enter by hand, import exports, list'
            cand staff 'The staff roster (服务人员 / 阿姨): add, list, certificates, do-not-send lists'
            cand package 'Prepaid packages (次卡 / 储值卡): sell, list, show the ledger, refund'
            cand audit 'The audit log (审计): who revealed, exported or erased whose data, and when'
            cand inquiry 'Inquiries (咨询): prospects'' first contacts, what they asked, and converting them'
            cand message 'Messages to clients (预约提醒, 关怀问候, campaigns) with their text, for SMS or WeChat'
            cand report 'Reports for the owner: satisfaction, lifecycle, follow-ups, complaints, staff, inquiries, revenue, packages, loyalty, retention, the HTML dashboard'
            cand undo 'Undo hk''s last change: in a store kept in git, puts back every file that hk''s newest commit changed, as one new commit (`undo <commit> (<its title>)`)'
            cand sync 'Fetch the other offices'' changes, merge them field by field, and push ours'
            cand conflicts 'List the fields that two offices changed differently (DESIGN §13)'
            cand resolve 'Settle a conflict from a merge: keep our value, take theirs, or type another'
            cand cat 'Print one record file decrypted (TOML) to stdout'
            cand git 'Git for several offices: set up hk''s merge and diff drivers in this clone'
            cand cache 'The encrypted cache of decrypted records: what it holds, or delete it'
            cand completions 'Print the completion script for a shell. The files under `completions/` are this command''s output (a test keeps them equal)'
            cand merge-driver 'Merge two versions of a record, field by field (git runs this; see `hk git setup`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;init'= {
            cand --recipient 'Another public key to encrypt to (age1… or ssh-ed25519 …); repeatable'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --git 'Also make the folder a git repository, with a diff driver that shows decrypted records'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;today'= {
            cand --on 'The page of this day instead of today, as `HK_NOW=DATE` would show it'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;key'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand generate 'Make a new identity (private key). Without --out it is printed to stdout'
            cand public 'Print the public key of your identity, to add to a store''s `.hk/recipients`'
            cand add 'Add a colleague''s public key and re-encrypt every record so it opens with it'
            cand remove 'Remove a key from `.hk/recipients` and re-encrypt every record without it'
            cand list 'List the public keys in `.hk/recipients`, with their names'
            cand rewrap 'Re-encrypt every record to the keys now in `.hk/recipients`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;key;generate'= {
            cand --out 'Write it to this file (mode 0600) instead; an existing file is never replaced'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;key;public'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;key;add'= {
            cand --name 'A name for it, kept as a comment in `.hk/recipients` (e.g. the colleague''s)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;key;remove'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;key;list'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;key;rewrap'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;key;help'= {
            cand generate 'Make a new identity (private key). Without --out it is printed to stdout'
            cand public 'Print the public key of your identity, to add to a store''s `.hk/recipients`'
            cand add 'Add a colleague''s public key and re-encrypt every record so it opens with it'
            cand remove 'Remove a key from `.hk/recipients` and re-encrypt every record without it'
            cand list 'List the public keys in `.hk/recipients`, with their names'
            cand rewrap 'Re-encrypt every record to the keys now in `.hk/recipients`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;key;help;generate'= {
        }
        &'hk;key;help;public'= {
        }
        &'hk;key;help;add'= {
        }
        &'hk;key;help;remove'= {
        }
        &'hk;key;help;list'= {
        }
        &'hk;key;help;rewrap'= {
        }
        &'hk;key;help;help'= {
        }
        &'hk;client'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a client. Prints the new id on stdout'
            cand import 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …'
            cand list 'List clients, sorted by name. Filters combine (all must match)'
            cand show 'Show a client''s profile, lifecycle stage and next follow-up; in a table, also the timeline of inquiries, visits, follow-ups, surveys, complaints and marketing consent changes (in CSV and JSON the consent history is the field `consent_history`). The ID number is masked unless `--reveal`, which adds an entry to the audit log (and a commit) before anything is shown'
            cand edit 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid'
            cand tag 'Add tags (and with --category, service categories) to a client'
            cand untag 'Remove tags (and with --category, service categories) from a client'
            cand export 'Without CLIENT: export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged (marketing consent: the entry in force today)'
            cand delete 'Delete a client. Asks for confirmation on a terminal; without one, needs `--yes`'
            cand merge 'Merge client OTHER into client KEEP, as one commit. Asks for confirmation on a terminal; without one, needs `--yes`'
            cand points 'Show a client''s points (积分) by where they came from, what was redeemed, the balance, the spend over the last 12 months and the tier; or redeem points with `--redeem N --note TEXT` (an entry appended to the client''s points ledger, never more than the balance)'
            cand consent 'Record that a client agreed to marketing messages (`--marketing yes`) or refused or withdrew that consent (`--marketing no`). Every change is kept: `hk client show` lists the history, and from the entry''s date on, campaigns follow the latest entry'
            cand erase 'Erase a client at their request: the client record and every record of theirs (visits, follow-ups, complaints and every other kind that names them) are deleted, their survey answers become anonymous (the client, the visit and the comment removed; the scores kept, so the satisfaction figures still count them), and their id leaves the staff do-not-send lists — all in one commit, with an entry in the audit log (which names the client by id only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;client;add'= {
            cand --name 'Name (姓名)'
            cand --phone 'Phone (手机/电话); mobiles, landlines, +86 and spaces accepted; repeatable'
            cand --wechat 'WeChat id (微信)'
            cand --address 'Service address (地址)'
            cand --id-number 'Resident ID number (身份证号), checked; shown masked'
            cand --category 'Service category, by key or label (house-cleaning / 家庭保洁 …); repeatable'
            cand --tag 'Free tag, may be hierarchical (宠物/猫); repeatable'
            cand --source 'Lead source (referral, 美团, 58同城, walk-in, WeChat …)'
            cand --needs 'Service needs (服务需求)'
            cand --frequency 'Wanted frequency (每周一次 …)'
            cand --household-size 'Household size (家庭人口)'
            cand --pets 'Pets (宠物)'
            cand --children 'Children (儿童)'
            cand --elders 'Elders (老人)'
            cand --area 'Home area in m² (面积)'
            cand --consent-channel 'Channel the marketing consent was given on (WeChat, paper …)'
            cand --note 'Notes (备注)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --marketing 'The client agreed to marketing messages (dated today)'
            cand --do-not-contact 'Never call or message this client'
            cand --allow-duplicate 'Add even if a client with the same phone exists'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;client;import'= {
            cand --encoding 'The file''s text encoding'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --dry-run 'Check the file and show what would be imported, without writing'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;client;list'= {
            cand --category 'Only clients in this service category (key or label)'
            cand --tag 'Only clients with this tag or one below it (`宠物` finds `宠物/猫`)'
            cand --search 'Only clients whose name, phone, address, WeChat, tags or notes contain TEXT'
            cand --stage 'Only clients in this lifecycle stage: lead, new, active, at-risk, churned'
            cand --consent 'By marketing consent today: `marketing` (the latest consent entry says yes) or `none` (never given, refused or withdrawn)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;client;show'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --reveal 'Show the full resident ID number (written to the audit log: `hk audit list`)'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;client;edit'= {
            cand --set 'FIELD=VALUE; lists take `;`-separated values (phones=138…;139…)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --allow-duplicate 'Save even if another client has a phone this edit adds'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;client;tag'= {
            cand --category 'A service category (key or label); repeatable'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;client;untag'= {
            cand --category 'A service category (key or label); repeatable'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;client;export'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;client;delete'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --yes 'Go ahead without asking (needed when there is no terminal)'
            cand --with-records 'Also delete the client''s visits, follow-ups, survey responses, complaints and packages (refused while a package still holds a balance: refund it first)'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;client;merge'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --yes 'Go ahead without asking (needed when there is no terminal)'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;client;points'= {
            cand --redeem 'Points to redeem (a whole number above zero)'
            cand --note 'What the points were redeemed for (兑换内容)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;client;consent'= {
            cand --marketing 'yes: may receive marketing messages; no: may not (a refusal or a withdrawal)'
            cand --channel 'How the client said so: wechat, phone, sms, paper, in-person …'
            cand --evidence 'What proves it, e.g. "微信回复同意" or "签字同意书"'
            cand --date 'The day the client said so [default: today]'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;client;erase'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --yes 'Go ahead without asking (needed when there is no terminal)'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;client;help'= {
            cand add 'Add a client. Prints the new id on stdout'
            cand import 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …'
            cand list 'List clients, sorted by name. Filters combine (all must match)'
            cand show 'Show a client''s profile, lifecycle stage and next follow-up; in a table, also the timeline of inquiries, visits, follow-ups, surveys, complaints and marketing consent changes (in CSV and JSON the consent history is the field `consent_history`). The ID number is masked unless `--reveal`, which adds an entry to the audit log (and a commit) before anything is shown'
            cand edit 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid'
            cand tag 'Add tags (and with --category, service categories) to a client'
            cand untag 'Remove tags (and with --category, service categories) from a client'
            cand export 'Without CLIENT: export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged (marketing consent: the entry in force today)'
            cand delete 'Delete a client. Asks for confirmation on a terminal; without one, needs `--yes`'
            cand merge 'Merge client OTHER into client KEEP, as one commit. Asks for confirmation on a terminal; without one, needs `--yes`'
            cand points 'Show a client''s points (积分) by where they came from, what was redeemed, the balance, the spend over the last 12 months and the tier; or redeem points with `--redeem N --note TEXT` (an entry appended to the client''s points ledger, never more than the balance)'
            cand consent 'Record that a client agreed to marketing messages (`--marketing yes`) or refused or withdrew that consent (`--marketing no`). Every change is kept: `hk client show` lists the history, and from the entry''s date on, campaigns follow the latest entry'
            cand erase 'Erase a client at their request: the client record and every record of theirs (visits, follow-ups, complaints and every other kind that names them) are deleted, their survey answers become anonymous (the client, the visit and the comment removed; the scores kept, so the satisfaction figures still count them), and their id leaves the staff do-not-send lists — all in one commit, with an entry in the audit log (which names the client by id only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;client;help;add'= {
        }
        &'hk;client;help;import'= {
        }
        &'hk;client;help;list'= {
        }
        &'hk;client;help;show'= {
        }
        &'hk;client;help;edit'= {
        }
        &'hk;client;help;tag'= {
        }
        &'hk;client;help;untag'= {
        }
        &'hk;client;help;export'= {
        }
        &'hk;client;help;delete'= {
        }
        &'hk;client;help;merge'= {
        }
        &'hk;client;help;points'= {
        }
        &'hk;client;help;consent'= {
        }
        &'hk;client;help;erase'= {
        }
        &'hk;client;help;help'= {
        }
        &'hk;visit'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a visit for a client. Prints the new id'
            cand import 'Import visits from a CSV file with Chinese or English headers: 客户编号/client or 手机/phone, 日期/date, 结束日期/end, 时间/time, 服务类型/category, 服务人员/staff, 状态/status, 金额/price, 支付方式/payment, 备注/notes …'
            cand list 'List visits, oldest first. Filters combine'
            cand show 'Show one visit'
            cand edit 'Change a visit with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML. Fields: date, end, time, category, staff (`;`-separated), status, price, payment, products, issues, notes. A new date in another month moves the file to that month''s folder'
            cand done 'Mark a visit done (a visit dated after today cannot be done yet)'
            cand cancel 'Mark a visit cancelled; or, with `--series ID`, every scheduled visit of that series (from `--from D` on, inclusive), in one commit. Done and no-show visits of the series stay as they are'
            cand no-show 'Mark that the client was not there (no-show)'
            cand upcoming 'List the scheduled visits of one day, by time, with what you need to call or text the client: phone, address, staff. `--within N` lists today and the next N days, by date and time, with a date column'
            cand delete 'Delete a visit. Asks for confirmation on a terminal; without one, needs `--yes`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;visit;add'= {
            cand --date 'Start date (2026-11-22, 2026/11/22, 2026年11月22日, today, tomorrow)'
            cand --end 'Last day of a multi-day engagement (a 26-day maternity stay)'
            cand --time 'Start time, HH:MM'
            cand --category 'Service category (key or label) [default: the client''s only category]'
            cand --staff 'Staff member (服务人员): a staff id, id prefix or exact name once the store has a roster (`hk staff add`), else any name; repeatable'
            cand --staff-unlisted 'A staff member not on the roster, kept as a free-text name; repeatable'
            cand --repeat 'Book a series: weekly, biweekly or monthly (needs `--count` or `--until`)'
            cand --count 'How many visits the series has (with `--repeat`)'
            cand --until 'The last day the series may fall on, inclusive (with `--repeat`)'
            cand --price 'Price in yuan, exact to the fen (280 or 280.50)'
            cand --payment 'cash, wechat, alipay, card or transfer (现金/微信/支付宝 …)'
            cand --status 'scheduled, done, cancelled or no-show'
            cand --products 'Products used (用品)'
            cand --issues 'Issues found (问题)'
            cand --note 'Notes (备注)'
            cand --package 'Pay for the (done) visit from this prepaid package (k-…): one visit of a visits card, or the price from a stored-value card'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --allow-overlap 'Book even if a staff member is booked elsewhere at that time, on leave, has left, lacks a required certificate, or is on the client''s do-not-send list'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;visit;import'= {
            cand --encoding 'The file''s text encoding'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --dry-run 'Check the file and show what would be imported, without writing'
            cand --allow-overlap 'Import rows that break a booking rule (double bookings, leave, certificates, do-not-send lists) instead of refusing the file'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;visit;list'= {
            cand --client 'Only this client''s visits (id, phone or name)'
            cand --from 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day'
            cand --to 'On or before this day; a month, quarter, year or `last-month` means its last day'
            cand -p 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --period 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --staff 'Only visits by this staff member'
            cand --category 'Only this category (key or label)'
            cand --status 'Only this status (scheduled, done, cancelled, no-show)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;visit;show'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;visit;edit'= {
            cand --set 'FIELD=VALUE'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --allow-overlap 'Save even if the change breaks a booking rule (double booking, leave, certificates, the client''s do-not-send list)'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;visit;done'= {
            cand --package 'Pay for the visit from this prepaid package (k-…): one visit of a visits card, or the visit''s price from a stored-value card. A visit done earlier can be paid this way too'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;visit;cancel'= {
            cand --series 'The series (the id of its first visit, as `hk visit show` prints it)'
            cand --from 'With `--series`: only occurrences on or after this day'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;visit;no-show'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;visit;upcoming'= {
            cand --on 'Visits on this date'
            cand --within 'Visits from today through the next N days'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --today 'Today''s visits'
            cand --tomorrow 'Tomorrow''s visits'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;visit;delete'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --yes 'Go ahead without asking (needed when there is no terminal)'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;visit;help'= {
            cand add 'Add a visit for a client. Prints the new id'
            cand import 'Import visits from a CSV file with Chinese or English headers: 客户编号/client or 手机/phone, 日期/date, 结束日期/end, 时间/time, 服务类型/category, 服务人员/staff, 状态/status, 金额/price, 支付方式/payment, 备注/notes …'
            cand list 'List visits, oldest first. Filters combine'
            cand show 'Show one visit'
            cand edit 'Change a visit with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML. Fields: date, end, time, category, staff (`;`-separated), status, price, payment, products, issues, notes. A new date in another month moves the file to that month''s folder'
            cand done 'Mark a visit done (a visit dated after today cannot be done yet)'
            cand cancel 'Mark a visit cancelled; or, with `--series ID`, every scheduled visit of that series (from `--from D` on, inclusive), in one commit. Done and no-show visits of the series stay as they are'
            cand no-show 'Mark that the client was not there (no-show)'
            cand upcoming 'List the scheduled visits of one day, by time, with what you need to call or text the client: phone, address, staff. `--within N` lists today and the next N days, by date and time, with a date column'
            cand delete 'Delete a visit. Asks for confirmation on a terminal; without one, needs `--yes`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;visit;help;add'= {
        }
        &'hk;visit;help;import'= {
        }
        &'hk;visit;help;list'= {
        }
        &'hk;visit;help;show'= {
        }
        &'hk;visit;help;edit'= {
        }
        &'hk;visit;help;done'= {
        }
        &'hk;visit;help;cancel'= {
        }
        &'hk;visit;help;no-show'= {
        }
        &'hk;visit;help;upcoming'= {
        }
        &'hk;visit;help;delete'= {
        }
        &'hk;visit;help;help'= {
        }
        &'hk;followup'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand log 'Log a follow-up with a client (回访记录). Prints the new id'
            cand list 'List follow-ups, oldest first. Filters combine'
            cand due 'List the clients due for a follow-up call: most overdue first, then by name'
            cand edit 'Change a follow-up with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML'
            cand delete 'Delete a follow-up (the client''s due date is worked out again from the rest). Asks for confirmation on a terminal; without one, needs `--yes`. To move a call logged on the wrong client instead, use `hk followup edit ID --set client=…`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;followup;log'= {
            cand --date 'When it happened [default: today]; not after today'
            cand --channel 'phone, wechat, sms, visit or questionnaire'
            cand --outcome 'reached or no-answer'
            cand --visit 'The visit this follow-up is about (id or prefix)'
            cand --score 'Quick satisfaction score, 1–5'
            cand --note 'What the client said'
            cand --action 'Something to do about it, with an optional due date after `@` (`问下月是否续约@2026-12-01`); repeatable. `hk action list` tracks them'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;followup;list'= {
            cand --client 'Only this client''s follow-ups (id, phone or name)'
            cand --from 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day'
            cand --to 'On or before this day; a month, quarter, year or `last-month` means its last day'
            cand -p 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --period 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --outcome 'reached or no-answer'
            cand --channel 'phone, wechat, sms, visit or questionnaire'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;followup;due'= {
            cand --on 'Due on or before DATE instead of today'
            cand --within 'Also those due in the next N days'
            cand --category 'Only this service line (key or label)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --today 'Due today or earlier (the default)'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;followup;edit'= {
            cand --set 'FIELD=VALUE'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;followup;delete'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --yes 'Go ahead without asking (needed when there is no terminal)'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;followup;help'= {
            cand log 'Log a follow-up with a client (回访记录). Prints the new id'
            cand list 'List follow-ups, oldest first. Filters combine'
            cand due 'List the clients due for a follow-up call: most overdue first, then by name'
            cand edit 'Change a follow-up with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML'
            cand delete 'Delete a follow-up (the client''s due date is worked out again from the rest). Asks for confirmation on a terminal; without one, needs `--yes`. To move a call logged on the wrong client instead, use `hk followup edit ID --set client=…`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;followup;help;log'= {
        }
        &'hk;followup;help;list'= {
        }
        &'hk;followup;help;due'= {
        }
        &'hk;followup;help;edit'= {
        }
        &'hk;followup;help;delete'= {
        }
        &'hk;followup;help;help'= {
        }
        &'hk;complaint'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Take a complaint in (投诉登记). Prints the new id'
            cand log 'Log a step in handling a complaint, stamped with the current time'
            cand assign 'Assign a complaint to the person who handles it; puts an open one in progress'
            cand resolve 'Record the resolution of a complaint (处理结果), now. A resolved complaint puts a call-back in `hk followup due` a few days later (`complaint_callback_days`)'
            cand close 'Close a complaint. `--verdict` and `--score` are the client''s word on the resolution, so they need a resolved complaint; an open one may be closed without them (the client withdrew it). A verdict also settles the call-back'
            cand reopen 'Reopen a resolved or closed complaint. It keeps its original deadlines (so it is usually overdue at once), the earlier resolution stays in its log, and the report counts the reopen'
            cand list 'List complaints: overdue ones first, then by their next deadline (the first response while nobody has contacted the client, else the resolution), then the resolved and closed ones by when they came in. Filters combine'
            cand show 'Show a complaint: its fields and deadlines; in a table, also its log and the resolution script (话术) for its type, `playbook/<type>.md` in the store'
            cand similar 'Resolved complaints of the same type or sharing words with this one, with their resolutions (the knowledge base): most alike first'
            cand search 'Resolved complaints whose description, resolution, cause or log share words with TEXT, with their resolutions: most matching words first. Chinese is matched by pairs of characters, so `花瓶` finds `打碎了花瓶`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;complaint;add'= {
            cand --type 'The complaint type: a key or label from the config (late, quality, damage, attitude, safety, billing, other)'
            cand --visit 'The visit it is about (id or prefix); gives its service and staff'
            cand --priority 'urgent, high, normal or low [default: the type''s]'
            cand --channel 'How it came in (phone, wechat, 美团 …)'
            cand --note 'What the client said'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --safety 'A safety hazard (安全隐患): always urgent'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;complaint;log'= {
            cand --contact 'A contact with the client (call, visit, message)'
            cand --action 'Something done about it'
            cand --note 'A note'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;complaint;assign'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;complaint;resolve'= {
            cand --resolution 'What was done to resolve it'
            cand --cause 'The root cause (根本原因)'
            cand --compensation 'refund, redo, coupon or none, with an amount in yuan: `refund:300`, `coupon:50`'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;complaint;close'= {
            cand --verdict 'satisfied or unsatisfied'
            cand --score 'The client''s score of the handling, 1–5'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;complaint;reopen'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;complaint;list'= {
            cand --type 'Only this type (key or label)'
            cand --staff 'Only complaints whose visit this staff member worked (exact name, or staff id)'
            cand --priority 'urgent, high, normal or low'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --open 'Only open or in-progress complaints'
            cand --overdue 'Only complaints past a deadline now (HK_NOW)'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;complaint;show'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;complaint;similar'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;complaint;search'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;complaint;help'= {
            cand add 'Take a complaint in (投诉登记). Prints the new id'
            cand log 'Log a step in handling a complaint, stamped with the current time'
            cand assign 'Assign a complaint to the person who handles it; puts an open one in progress'
            cand resolve 'Record the resolution of a complaint (处理结果), now. A resolved complaint puts a call-back in `hk followup due` a few days later (`complaint_callback_days`)'
            cand close 'Close a complaint. `--verdict` and `--score` are the client''s word on the resolution, so they need a resolved complaint; an open one may be closed without them (the client withdrew it). A verdict also settles the call-back'
            cand reopen 'Reopen a resolved or closed complaint. It keeps its original deadlines (so it is usually overdue at once), the earlier resolution stays in its log, and the report counts the reopen'
            cand list 'List complaints: overdue ones first, then by their next deadline (the first response while nobody has contacted the client, else the resolution), then the resolved and closed ones by when they came in. Filters combine'
            cand show 'Show a complaint: its fields and deadlines; in a table, also its log and the resolution script (话术) for its type, `playbook/<type>.md` in the store'
            cand similar 'Resolved complaints of the same type or sharing words with this one, with their resolutions (the knowledge base): most alike first'
            cand search 'Resolved complaints whose description, resolution, cause or log share words with TEXT, with their resolutions: most matching words first. Chinese is matched by pairs of characters, so `花瓶` finds `打碎了花瓶`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;complaint;help;add'= {
        }
        &'hk;complaint;help;log'= {
        }
        &'hk;complaint;help;assign'= {
        }
        &'hk;complaint;help;resolve'= {
        }
        &'hk;complaint;help;close'= {
        }
        &'hk;complaint;help;reopen'= {
        }
        &'hk;complaint;help;list'= {
        }
        &'hk;complaint;help;show'= {
        }
        &'hk;complaint;help;similar'= {
        }
        &'hk;complaint;help;search'= {
        }
        &'hk;complaint;help;help'= {
        }
        &'hk;action'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List action items (the `--action` texts of follow-ups): overdue ones first, then by due date (those without one last), then by follow-up. An item is overdue from the day after its due date while not done'
            cand done 'Mark an action item done (today, or `--date`). ID is `f-….N`, as `hk action list` shows it; the follow-up part may be a unique prefix'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;action;list'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --open 'Only items not done yet'
            cand --overdue 'Only items past their due date and not done'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;action;done'= {
            cand --date 'When it was done [default: today]; not after today'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;action;help'= {
            cand list 'List action items (the `--action` texts of follow-ups): overdue ones first, then by due date (those without one last), then by follow-up. An item is overdue from the day after its due date while not done'
            cand done 'Mark an action item done (today, or `--date`). ID is `f-….N`, as `hk action list` shows it; the follow-up part may be a unique prefix'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;action;help;list'= {
        }
        &'hk;action;help;done'= {
        }
        &'hk;action;help;help'= {
        }
        &'hk;survey'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a survey response for a client. Prints the new id'
            cand import 'Import survey responses from a questionnaire export'
            cand list 'List survey responses, oldest first. `--low` keeps the unhappy ones to call back: detractors (NPS 0–6) and overall scores of 1–2'
            cand edit 'Change a survey response with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML'
            cand delete 'Delete a survey response. Asks for confirmation on a terminal; without one, needs `--yes`. An imported response deleted here comes back if its file is imported again (the import skips only rows it still holds)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;survey;add'= {
            cand --date 'Date of the answers [default: today]; not after today'
            cand --visit 'The visit it is about: a done one that started by `--date` [default: the client''s latest such visit]'
            cand --channel 'phone, online, paper or interview'
            cand --overall '总体满意度, 1–5'
            cand --attitude '服务态度, 1–5'
            cand --cleanliness '清洁效果, 1–5'
            cand --punctuality '准时守约, 1–5'
            cand --value '性价比, 1–5'
            cand --score 'Any configured dimension: DIM=N (repeatable)'
            cand --nps 'Would recommend us to a friend, 0–10'
            cand --comment 'What the client said'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;survey;import'= {
            cand --preset 'The tool that made the file: auto, wjx (问卷星), tencent (腾讯问卷), google, surveymonkey, generic'
            cand --encoding 'The file''s text encoding'
            cand --map 'Which column holds what: DIM=COLUMN, where DIM is a dimension key, nps, comment, phone, client, date, channel, visit or ignore, and COLUMN a header, a 1-based column number or a unique part of a header; repeatable'
            cand --rejects 'Where --skip-invalid writes the bad rows (CSV with line and reason)'
            cand --channel 'Channel of the responses [default: online for questionnaire tools, else paper]'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --dry-run 'Show the mapping and the rows that would be imported; write nothing'
            cand --skip-invalid 'Import the good rows and write the bad ones to --rejects'
            cand --anonymous 'Accept rows that name no client (anonymous responses)'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;survey;list'= {
            cand --client 'Only this client''s responses (id, phone or name)'
            cand --from 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day'
            cand --to 'On or before this day; a month, quarter, year or `last-month` means its last day'
            cand -p 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --period 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --channel 'phone, online, paper or interview'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --low 'Only detractors (NPS ≤ 6) and overall ≤ 2'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;survey;edit'= {
            cand --set 'FIELD=VALUE'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;survey;delete'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --yes 'Go ahead without asking (needed when there is no terminal)'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;survey;help'= {
            cand add 'Add a survey response for a client. Prints the new id'
            cand import 'Import survey responses from a questionnaire export'
            cand list 'List survey responses, oldest first. `--low` keeps the unhappy ones to call back: detractors (NPS 0–6) and overall scores of 1–2'
            cand edit 'Change a survey response with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML'
            cand delete 'Delete a survey response. Asks for confirmation on a terminal; without one, needs `--yes`. An imported response deleted here comes back if its file is imported again (the import skips only rows it still holds)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;survey;help;add'= {
        }
        &'hk;survey;help;import'= {
        }
        &'hk;survey;help;list'= {
        }
        &'hk;survey;help;edit'= {
        }
        &'hk;survey;help;delete'= {
        }
        &'hk;survey;help;help'= {
        }
        &'hk;staff'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a staff member (阿姨). Prints the new id on stdout'
            cand import 'Import staff from a CSV file with Chinese or English headers: 姓名/name, 手机/phone, 身份证号, 性别, 出生年, 籍贯, 语言, 服务类型/categories, 技能/skills, 星级/level, 区域/districts, 证书/certificates (`健康证:HZ001:2026-01-05:2027-01-04;…`), 状态/status, 备注 …  UTF-8 (with or without BOM) or GBK'
            cand list 'List staff, sorted by name. Filters combine (all must match)'
            cand show 'Show a staff member. The ID number is masked unless `--reveal`; the do-not-send list shows client ids'
            cand edit 'Edit a staff member. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML'
            cand avoid 'Record that a client asked not to have this staff member again (or, with `--undo`, take that back). Booking her for the client is then refused, and `hk staff suggest` leaves her out for that client'
            cand link 'Link visits written before the roster existed to staff records: every staff name on a visit that exactly one staff member has (the exact name) becomes her id. A name that several staff members share, or none, stays as it is (list them with `hk visit list --staff NAME`, then `hk visit edit V --set staff=ID`). One commit'
            cand suggest 'Suggest staff for a visit: active staff who can be booked then (no double booking, not on leave, required certificates valid), who do the category and have every skill asked, and whom the client has not asked to avoid. Ranked by: (1) served this client before with no survey of overall ≤ 2 from those visits; (2) covers the client''s district (one of hers appears in the client''s address); (3) fewer visits already booked that day; (4) higher mean overall score of the surveys of her visits in the 180 days before the day (none counts as 0); (5) name. Each row shows the reasons'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;staff;add'= {
            cand --name 'Name (姓名)'
            cand --phone 'Phone (手机); repeatable'
            cand --id-number 'Resident ID number (身份证号), checked; shown masked'
            cand --gender '女 or 男'
            cand --birth-year 'Year of birth (1975)'
            cand --native-place 'Native place (籍贯)'
            cand --language 'Language or dialect (普通话, 上海话 …); repeatable'
            cand --category 'Service category she does (key or label); repeatable'
            cand --skill 'Skill (保洁, 做饭, 育婴, 护老, 月子餐, 催乳, 收纳 …); repeatable'
            cand --level 'Level 1–4 (星级)'
            cand --district 'District she covers (浦东新区 …); repeatable'
            cand --cert 'Certificate KIND:NUMBER:ISSUED:EXPIRES; repeatable'
            cand --status 'active, leave or left [default: active]'
            cand --status-since 'Since when the status holds [default: today]'
            cand --status-until 'Last day of a leave'
            cand --status-reason 'Why (休产假, 回老家 …)'
            cand --note 'Notes (备注)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;staff;import'= {
            cand --encoding 'The file''s text encoding'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --dry-run 'Check the file and show what would be imported, without writing'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;staff;list'= {
            cand --status 'Only staff with this status: active, leave, left (as of today)'
            cand --category 'Only staff who do this category (key or label)'
            cand --skill 'Only staff with this skill'
            cand --district 'Only staff who cover this district (or one whose name contains it)'
            cand --expiring 'List certificates expiring within N days (expired ones included)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;staff;show'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --reveal 'Show the full resident ID number (written to the audit log: `hk audit list`)'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;staff;edit'= {
            cand --set 'FIELD=VALUE; lists take `;`-separated values'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;staff;avoid'= {
            cand --client 'The client (id or id prefix, phone, or exact name)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --undo 'Take the client off her do-not-send list'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;staff;link'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --dry-run 'Show how many visits would change, without writing'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;staff;suggest'= {
            cand --date 'The day of the visit'
            cand --end 'Last day of a multi-day engagement'
            cand --time 'Start time, HH:MM'
            cand --category 'Service category (key or label)'
            cand --client 'The client (id or id prefix, phone, or exact name)'
            cand --skill 'A skill she must have; repeatable'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;staff;help'= {
            cand add 'Add a staff member (阿姨). Prints the new id on stdout'
            cand import 'Import staff from a CSV file with Chinese or English headers: 姓名/name, 手机/phone, 身份证号, 性别, 出生年, 籍贯, 语言, 服务类型/categories, 技能/skills, 星级/level, 区域/districts, 证书/certificates (`健康证:HZ001:2026-01-05:2027-01-04;…`), 状态/status, 备注 …  UTF-8 (with or without BOM) or GBK'
            cand list 'List staff, sorted by name. Filters combine (all must match)'
            cand show 'Show a staff member. The ID number is masked unless `--reveal`; the do-not-send list shows client ids'
            cand edit 'Edit a staff member. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML'
            cand avoid 'Record that a client asked not to have this staff member again (or, with `--undo`, take that back). Booking her for the client is then refused, and `hk staff suggest` leaves her out for that client'
            cand link 'Link visits written before the roster existed to staff records: every staff name on a visit that exactly one staff member has (the exact name) becomes her id. A name that several staff members share, or none, stays as it is (list them with `hk visit list --staff NAME`, then `hk visit edit V --set staff=ID`). One commit'
            cand suggest 'Suggest staff for a visit: active staff who can be booked then (no double booking, not on leave, required certificates valid), who do the category and have every skill asked, and whom the client has not asked to avoid. Ranked by: (1) served this client before with no survey of overall ≤ 2 from those visits; (2) covers the client''s district (one of hers appears in the client''s address); (3) fewer visits already booked that day; (4) higher mean overall score of the surveys of her visits in the 180 days before the day (none counts as 0); (5) name. Each row shows the reasons'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;staff;help;add'= {
        }
        &'hk;staff;help;import'= {
        }
        &'hk;staff;help;list'= {
        }
        &'hk;staff;help;show'= {
        }
        &'hk;staff;help;edit'= {
        }
        &'hk;staff;help;avoid'= {
        }
        &'hk;staff;help;link'= {
        }
        &'hk;staff;help;suggest'= {
        }
        &'hk;staff;help;help'= {
        }
        &'hk;package'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Record a prepaid package a client bought (a named card). Prints the new id'
            cand list 'List prepaid packages: client, kind, service, bought, expiry, paid, face value, bonus and what is left (visits or yuan), oldest purchase first. `--client` shows one client''s; `--open` only those with something left'
            cand show 'Show a package: what it holds, what is left, and its ledger (every visit paid from it and every refund, oldest first; the ledger is only ever appended to)'
            cand refund 'Refund part or all of what is left on a package: a ledger entry that lowers the balance (the ledger is never rewritten). `--amount` is in the package''s unit: a number of visits for a visits card, yuan for a stored-value card. More than the balance is refused whole'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;package;add'= {
            cand --kind 'visits (次卡) or stored-value (储值卡)'
            cand --face 'What it holds: a number of visits, or yuan (2000 or 2000.50)'
            cand --bonus 'Given on top of the face value, in the same unit [default: 0]'
            cand --paid 'What the client paid, in yuan'
            cand --category 'The service a visits card is for (key or label) [default: the client''s only one]'
            cand --date 'The day it was bought [default: today]'
            cand --expires 'The last day it can pay for a visit [default: never expires]'
            cand --note 'Notes (备注)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;package;list'= {
            cand --client 'Only this client''s packages (id or id prefix, phone, or exact name)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --open 'Only packages with a balance above zero'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;package;show'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;package;refund'= {
            cand --amount 'Visits (visits card) or yuan (stored-value card) to give back'
            cand --date 'The day of the refund [default: today]'
            cand --note 'Why, or how the money went back (退款原因)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;package;help'= {
            cand add 'Record a prepaid package a client bought (a named card). Prints the new id'
            cand list 'List prepaid packages: client, kind, service, bought, expiry, paid, face value, bonus and what is left (visits or yuan), oldest purchase first. `--client` shows one client''s; `--open` only those with something left'
            cand show 'Show a package: what it holds, what is left, and its ledger (every visit paid from it and every refund, oldest first; the ledger is only ever appended to)'
            cand refund 'Refund part or all of what is left on a package: a ledger entry that lowers the balance (the ledger is never rewritten). `--amount` is in the package''s unit: a number of visits for a visits card, yuan for a stored-value card. More than the balance is refused whole'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;package;help;add'= {
        }
        &'hk;package;help;list'= {
        }
        &'hk;package;help;show'= {
        }
        &'hk;package;help;refund'= {
        }
        &'hk;package;help;help'= {
        }
        &'hk;audit'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the audit log, oldest first: each `--reveal` of an ID number, each `hk client export CLIENT` and each `hk client erase`, with when, what, whose data (an id: the log holds no name or phone) and who (the public key of the identity used; `hk key list` names the keys)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;audit;list'= {
            cand --from 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day'
            cand --to 'On or before this day; a month, quarter, year or `last-month` means its last day'
            cand -p 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --period 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --client 'Only entries about this client: an id or id prefix, as typed (an erased client''s id still works; a staff id `w-…` works too)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;audit;help'= {
            cand list 'List the audit log, oldest first: each `--reveal` of an ID number, each `hk client export CLIENT` and each `hk client erase`, with when, what, whose data (an id: the log holds no name or phone) and who (the public key of the identity used; `hk key list` names the keys)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;audit;help;list'= {
        }
        &'hk;audit;help;help'= {
        }
        &'hk;inquiry'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Take an inquiry in (咨询登记). Prints the new id'
            cand list 'List inquiries by date (the day they came in). Filters combine'
            cand show 'Show an inquiry: what was asked and needed, the outcome (booked once a visit of the converted client follows), and the client it became'
            cand convert 'Convert an inquiry into a client (转为客户). Prints the client''s id'
            cand edit 'Edit an inquiry. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;inquiry;add'= {
            cand --channel 'How they got in touch: phone, wechat, meituan (美团), 58tongcheng (58同城), walk-in, website, referral, other (or the config''s labels)'
            cand --date 'The day they got in touch [default: today]; not after today'
            cand --name 'The prospect''s name (姓名)'
            cand --phone 'The prospect''s phone'
            cand --category 'The service asked about (key or label)'
            cand --topic 'What they asked about: price, qualification, availability, content, safety, other (or 价格, 资质, 档期, 服务内容, 安全/保险, 其他); repeatable'
            cand --needs 'What they need (需求)'
            cand --budget 'Their budget, as they said it (`8000-10000/月`)'
            cand --start 'When they want the service to start; for maternity nursing the expected birth date (预产期)'
            cand --due-date 'When they want the service to start; for maternity nursing the expected birth date (预产期)'
            cand --outcome 'open (the default) or lost; `booked` follows from a visit once converted'
            cand --reason 'Why it was lost (with `--outcome lost`)'
            cand --note 'Notes (备注)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;inquiry;list'= {
            cand --from 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day'
            cand --to 'On or before this day; a month, quarter, year or `last-month` means its last day'
            cand -p 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --period 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --outcome 'open, booked or lost (the outcome as hk counts it: booked once a visit follows)'
            cand --channel 'Only this channel (key or label)'
            cand --due-within 'Only open leads whose wanted start date is within N days from today'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;inquiry;show'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;inquiry;convert'= {
            cand --client 'An existing client (id or id prefix, phone, or exact name) instead of a new one'
            cand --date 'The day it was converted [default: today]; not before the inquiry, not after today'
            cand --name 'The new client''s name, when the inquiry has none (or to correct it)'
            cand --phone 'The new client''s phone, when the inquiry has none (or to correct it)'
            cand --address 'The new client''s address'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --allow-duplicate 'Make the new client even if a client with the same phone exists'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;inquiry;edit'= {
            cand --set 'FIELD=VALUE; lists take `;`-separated values'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;inquiry;help'= {
            cand add 'Take an inquiry in (咨询登记). Prints the new id'
            cand list 'List inquiries by date (the day they came in). Filters combine'
            cand show 'Show an inquiry: what was asked and needed, the outcome (booked once a visit of the converted client follows), and the client it became'
            cand convert 'Convert an inquiry into a client (转为客户). Prints the client''s id'
            cand edit 'Edit an inquiry. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;inquiry;help;add'= {
        }
        &'hk;inquiry;help;list'= {
        }
        &'hk;inquiry;help;show'= {
        }
        &'hk;inquiry;help;convert'= {
        }
        &'hk;inquiry;help;edit'= {
        }
        &'hk;inquiry;help;help'= {
        }
        &'hk;message'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand reminders 'The reminder text for every visit scheduled on one day, by time, filled from the `reminder` template (`[templates]` in `.hk/config.toml`)'
            cand care 'The care text for every client whose next expected service falls within the next N days and who has nothing booked in them, filled from the `care` template'
            cand campaign 'A campaign text (营销短信) for every client whose marketing consent is yes today, filled from a campaign template: any key of `[templates]` in `.hk/config.toml` other than `reminder` and `care`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;message;reminders'= {
            cand --on 'Visits on this date'
            cand --channel 'How the messages are sent, for `--log`: sms or wechat'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --tomorrow 'Tomorrow''s visits'
            cand --log 'Record each message as a follow-up (outcome reached, dated today), in one commit; without it nothing is written'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;message;care'= {
            cand --within 'How many days ahead to look (today + N, inclusive)'
            cand --channel 'How the messages are sent, for `--log`: sms or wechat'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --log 'Record each message as a follow-up (outcome reached, dated today), in one commit; without it nothing is written'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;message;campaign'= {
            cand --template 'The template''s key under `[templates]`'
            cand --channel 'How the messages are sent, for `--log`: sms or wechat'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --log 'Record each message as a follow-up (outcome reached, dated today), in one commit; without it nothing is written'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;message;help'= {
            cand reminders 'The reminder text for every visit scheduled on one day, by time, filled from the `reminder` template (`[templates]` in `.hk/config.toml`)'
            cand care 'The care text for every client whose next expected service falls within the next N days and who has nothing booked in them, filled from the `care` template'
            cand campaign 'A campaign text (营销短信) for every client whose marketing consent is yes today, filled from a campaign template: any key of `[templates]` in `.hk/config.toml` other than `reminder` and `care`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;message;help;reminders'= {
        }
        &'hk;message;help;care'= {
        }
        &'hk;message;help;campaign'= {
        }
        &'hk;message;help;help'= {
        }
        &'hk;report'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand lifecycle 'Count clients per lifecycle stage (lead, new, active, at-risk, churned), in all and per service category (a client with two categories counts in both)'
            cand followups 'Follow-up figures for a period: clients due, follow-ups made, reached and the reached rate, and clients overdue at the end of the period (or today)'
            cand satisfaction 'Satisfaction figures over the survey responses of a period: responses, the mean of each dimension over the responses that answered it, csat_pct (share of overall 4–5), nps (promoters 9–10 minus detractors 0–6, per 100 answers), and the counts'
            cand complaints 'Complaint figures over the complaints opened in a period (all time without `--from`/`--to`): opened, still open, overdue now (HK_NOW), first response on time % (first contact at or before its deadline, over complaints with a first contact or whose deadline has passed), resolved on time % (likewise), median hours to resolve, reopened (every reopen), compensation total (yuan), and retained % (the client had a done visit after the resolved date, over resolved complaints)'
            cand staff 'Per staff member, over a period: done visits, distinct clients, repeat clients (served on two or more distinct visit start dates), survey responses, mean overall, CSAT % and NPS (as `hk report satisfaction`, over the surveys whose visit she worked), complaints about a visit she worked and complaints per 100 done visits. Visits count by start date, surveys by their date, complaints by the day they were opened. Roster members come first (by name), then free-text staff names of visits (`(unlisted)`)'
            cand dashboard 'Write the owner''s dashboard: one self-contained HTML file with charts of CSAT and NPS by month, dimension means, satisfaction by staff member, clients per lifecycle stage, follow-ups due and made per month, and complaints by type with the share handled on time'
            cand revenue 'Revenue over a period, by visit start date: done visits, those with a price, their total and mean price (exact yuan; the mean is rounded to the fen), and the part paid from prepaid packages (visits and yuan: the prices of the visits a package paid for)'
            cand packages 'Packages with something left (the company''s prepaid liability: visits and yuan still owed to clients), soonest expiry first, then those that never expire. Status `expiring` marks a package that expires within 30 days, `expired` one past its expiry (its balance is still owed until refunded). The last row, `total`, sums the visits and yuan left'
            cand loyalty 'Loyalty over a period, by visit start date (done visits only): the `all` row for the whole period, then one row per month'
            cand retention 'List clients that have been closed or churned for longer than DURATION (`3y`, `18m`, `2w`, `90d`; years and months are calendar months), oldest first: the candidates for `hk client erase` under a retention policy'
            cand inquiries 'Inquiry figures over the inquiries that came in during a period (all time without `--from`/`--to`): inquiries; converted (linked to a client by `hk inquiry convert`) and converted %; the median days from the inquiry to its conversion; booked, lost and still open (booked once a visit of the converted client follows); and the lost reasons, the most frequent first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;report;lifecycle'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;report;followups'= {
            cand --from 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day'
            cand --to 'On or before this day; a month, quarter, year or `last-month` means its last day'
            cand -p 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --period 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --by 'Group rows by month or by category'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;report;satisfaction'= {
            cand --from 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day'
            cand --to 'On or before this day; a month, quarter, year or `last-month` means its last day'
            cand -p 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --period 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --by 'One row per month, quarter, category, staff member or channel [default: one total row]'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;report;complaints'= {
            cand --from 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day'
            cand --to 'On or before this day; a month, quarter, year or `last-month` means its last day'
            cand -p 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --period 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --by 'One row per month (opened), type, category or staff member [default: one total row]'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;report;staff'= {
            cand --from 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day'
            cand --to 'On or before this day; a month, quarter, year or `last-month` means its last day'
            cand -p 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --period 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;report;dashboard'= {
            cand --out 'The HTML file to write (replaced if it exists)'
            cand --from 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day'
            cand --to 'On or before this day; a month, quarter, year or `last-month` means its last day'
            cand -p 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --period 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;report;revenue'= {
            cand --from 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day'
            cand --to 'On or before this day; a month, quarter, year or `last-month` means its last day'
            cand -p 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --period 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --by 'One row per month, category, staff member or payment method [default: one total row]'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;report;packages'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;report;loyalty'= {
            cand --from 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day'
            cand --to 'On or before this day; a month, quarter, year or `last-month` means its last day'
            cand -p 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --period 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;report;retention'= {
            cand --older-than 'How long: 3y, 18m, 2w or 90d'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;report;inquiries'= {
            cand --from 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day'
            cand --to 'On or before this day; a month, quarter, year or `last-month` means its last day'
            cand -p 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --period 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)'
            cand --by 'One row per month, channel, topic or service asked about [default: one total row]'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;report;help'= {
            cand lifecycle 'Count clients per lifecycle stage (lead, new, active, at-risk, churned), in all and per service category (a client with two categories counts in both)'
            cand followups 'Follow-up figures for a period: clients due, follow-ups made, reached and the reached rate, and clients overdue at the end of the period (or today)'
            cand satisfaction 'Satisfaction figures over the survey responses of a period: responses, the mean of each dimension over the responses that answered it, csat_pct (share of overall 4–5), nps (promoters 9–10 minus detractors 0–6, per 100 answers), and the counts'
            cand complaints 'Complaint figures over the complaints opened in a period (all time without `--from`/`--to`): opened, still open, overdue now (HK_NOW), first response on time % (first contact at or before its deadline, over complaints with a first contact or whose deadline has passed), resolved on time % (likewise), median hours to resolve, reopened (every reopen), compensation total (yuan), and retained % (the client had a done visit after the resolved date, over resolved complaints)'
            cand staff 'Per staff member, over a period: done visits, distinct clients, repeat clients (served on two or more distinct visit start dates), survey responses, mean overall, CSAT % and NPS (as `hk report satisfaction`, over the surveys whose visit she worked), complaints about a visit she worked and complaints per 100 done visits. Visits count by start date, surveys by their date, complaints by the day they were opened. Roster members come first (by name), then free-text staff names of visits (`(unlisted)`)'
            cand dashboard 'Write the owner''s dashboard: one self-contained HTML file with charts of CSAT and NPS by month, dimension means, satisfaction by staff member, clients per lifecycle stage, follow-ups due and made per month, and complaints by type with the share handled on time'
            cand revenue 'Revenue over a period, by visit start date: done visits, those with a price, their total and mean price (exact yuan; the mean is rounded to the fen), and the part paid from prepaid packages (visits and yuan: the prices of the visits a package paid for)'
            cand packages 'Packages with something left (the company''s prepaid liability: visits and yuan still owed to clients), soonest expiry first, then those that never expire. Status `expiring` marks a package that expires within 30 days, `expired` one past its expiry (its balance is still owed until refunded). The last row, `total`, sums the visits and yuan left'
            cand loyalty 'Loyalty over a period, by visit start date (done visits only): the `all` row for the whole period, then one row per month'
            cand retention 'List clients that have been closed or churned for longer than DURATION (`3y`, `18m`, `2w`, `90d`; years and months are calendar months), oldest first: the candidates for `hk client erase` under a retention policy'
            cand inquiries 'Inquiry figures over the inquiries that came in during a period (all time without `--from`/`--to`): inquiries; converted (linked to a client by `hk inquiry convert`) and converted %; the median days from the inquiry to its conversion; booked, lost and still open (booked once a visit of the converted client follows); and the lost reasons, the most frequent first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;report;help;lifecycle'= {
        }
        &'hk;report;help;followups'= {
        }
        &'hk;report;help;satisfaction'= {
        }
        &'hk;report;help;complaints'= {
        }
        &'hk;report;help;staff'= {
        }
        &'hk;report;help;dashboard'= {
        }
        &'hk;report;help;revenue'= {
        }
        &'hk;report;help;packages'= {
        }
        &'hk;report;help;loyalty'= {
        }
        &'hk;report;help;retention'= {
        }
        &'hk;report;help;inquiries'= {
        }
        &'hk;report;help;help'= {
        }
        &'hk;undo'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;sync'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;conflicts'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;resolve'= {
            cand --value 'Set this value instead'
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand --ours 'Keep this clone''s value (the one the record holds now)'
            cand --theirs 'Take the other office''s value'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;cat'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;git'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand setup 'Set up git for a store shared by several offices'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;git;setup'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;git;help'= {
            cand setup 'Set up git for a store shared by several offices'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;git;help;setup'= {
        }
        &'hk;git;help;help'= {
        }
        &'hk;cache'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand status 'Show what the cache holds: per record kind, its entries, size, when it was written and for which public key. No record content is shown'
            cand clear 'Delete the cache folder `.hk/cache/`. Nothing is lost: the next command decrypts the records again and rebuilds it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;cache;status'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;cache;clear'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;cache;help'= {
            cand status 'Show what the cache holds: per record kind, its entries, size, when it was written and for which public key. No record content is shown'
            cand clear 'Delete the cache folder `.hk/cache/`. Nothing is lost: the next command decrypts the records again and rebuilds it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;cache;help;status'= {
        }
        &'hk;cache;help;clear'= {
        }
        &'hk;cache;help;help'= {
        }
        &'hk;completions'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hk;merge-driver'= {
            cand --store 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]'
            cand --identity 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]'
            cand --format 'How to print listings and reports'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --lang 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store''s `language`, else the locale]'
            cand -q 'Print only data and errors, no progress messages'
            cand --quiet 'Print only data and errors, no progress messages'
            cand --wide 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
            cand --no-cache 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hk;help'= {
            cand init 'Create a store: `.hk/config.toml` (settings, categories, follow-up policy), `.hk/recipients` (the public keys records are encrypted to) and the record folders'
            cand today 'The morning page: follow-ups due, tomorrow''s visits and who goes, overdue complaints, open action items, and staff certificates expiring within 30 days'
            cand key 'Make an identity (private key) or show your public key'
            cand client 'The client archive (客户档案): intake, lookup, tags, consent, import and export, erasure'
            cand visit 'Service visits (服务记录): add, list, import, status, tomorrow''s reminders'
            cand followup 'Follow-up calls (回访): log them, and who is due today'
            cand complaint 'Complaints (投诉): take them in, log each step, resolve, close, find similar ones'
            cand action 'Action items of follow-ups (待办): list them, mark them done'
            cand survey 'Satisfaction surveys (满意度调查): enter by hand, import exports, list'
            cand staff 'The staff roster (服务人员 / 阿姨): add, list, certificates, do-not-send lists'
            cand package 'Prepaid packages (次卡 / 储值卡): sell, list, show the ledger, refund'
            cand audit 'The audit log (审计): who revealed, exported or erased whose data, and when'
            cand inquiry 'Inquiries (咨询): prospects'' first contacts, what they asked, and converting them'
            cand message 'Messages to clients (预约提醒, 关怀问候, campaigns) with their text, for SMS or WeChat'
            cand report 'Reports for the owner: satisfaction, lifecycle, follow-ups, complaints, staff, inquiries, revenue, packages, loyalty, retention, the HTML dashboard'
            cand undo 'Undo hk''s last change: in a store kept in git, puts back every file that hk''s newest commit changed, as one new commit (`undo <commit> (<its title>)`)'
            cand sync 'Fetch the other offices'' changes, merge them field by field, and push ours'
            cand conflicts 'List the fields that two offices changed differently (DESIGN §13)'
            cand resolve 'Settle a conflict from a merge: keep our value, take theirs, or type another'
            cand cat 'Print one record file decrypted (TOML) to stdout'
            cand git 'Git for several offices: set up hk''s merge and diff drivers in this clone'
            cand cache 'The encrypted cache of decrypted records: what it holds, or delete it'
            cand completions 'Print the completion script for a shell. The files under `completions/` are this command''s output (a test keeps them equal)'
            cand merge-driver 'Merge two versions of a record, field by field (git runs this; see `hk git setup`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hk;help;init'= {
        }
        &'hk;help;today'= {
        }
        &'hk;help;key'= {
            cand generate 'Make a new identity (private key). Without --out it is printed to stdout'
            cand public 'Print the public key of your identity, to add to a store''s `.hk/recipients`'
            cand add 'Add a colleague''s public key and re-encrypt every record so it opens with it'
            cand remove 'Remove a key from `.hk/recipients` and re-encrypt every record without it'
            cand list 'List the public keys in `.hk/recipients`, with their names'
            cand rewrap 'Re-encrypt every record to the keys now in `.hk/recipients`'
        }
        &'hk;help;key;generate'= {
        }
        &'hk;help;key;public'= {
        }
        &'hk;help;key;add'= {
        }
        &'hk;help;key;remove'= {
        }
        &'hk;help;key;list'= {
        }
        &'hk;help;key;rewrap'= {
        }
        &'hk;help;client'= {
            cand add 'Add a client. Prints the new id on stdout'
            cand import 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …'
            cand list 'List clients, sorted by name. Filters combine (all must match)'
            cand show 'Show a client''s profile, lifecycle stage and next follow-up; in a table, also the timeline of inquiries, visits, follow-ups, surveys, complaints and marketing consent changes (in CSV and JSON the consent history is the field `consent_history`). The ID number is masked unless `--reveal`, which adds an entry to the audit log (and a commit) before anything is shown'
            cand edit 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid'
            cand tag 'Add tags (and with --category, service categories) to a client'
            cand untag 'Remove tags (and with --category, service categories) from a client'
            cand export 'Without CLIENT: export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged (marketing consent: the entry in force today)'
            cand delete 'Delete a client. Asks for confirmation on a terminal; without one, needs `--yes`'
            cand merge 'Merge client OTHER into client KEEP, as one commit. Asks for confirmation on a terminal; without one, needs `--yes`'
            cand points 'Show a client''s points (积分) by where they came from, what was redeemed, the balance, the spend over the last 12 months and the tier; or redeem points with `--redeem N --note TEXT` (an entry appended to the client''s points ledger, never more than the balance)'
            cand consent 'Record that a client agreed to marketing messages (`--marketing yes`) or refused or withdrew that consent (`--marketing no`). Every change is kept: `hk client show` lists the history, and from the entry''s date on, campaigns follow the latest entry'
            cand erase 'Erase a client at their request: the client record and every record of theirs (visits, follow-ups, complaints and every other kind that names them) are deleted, their survey answers become anonymous (the client, the visit and the comment removed; the scores kept, so the satisfaction figures still count them), and their id leaves the staff do-not-send lists — all in one commit, with an entry in the audit log (which names the client by id only)'
        }
        &'hk;help;client;add'= {
        }
        &'hk;help;client;import'= {
        }
        &'hk;help;client;list'= {
        }
        &'hk;help;client;show'= {
        }
        &'hk;help;client;edit'= {
        }
        &'hk;help;client;tag'= {
        }
        &'hk;help;client;untag'= {
        }
        &'hk;help;client;export'= {
        }
        &'hk;help;client;delete'= {
        }
        &'hk;help;client;merge'= {
        }
        &'hk;help;client;points'= {
        }
        &'hk;help;client;consent'= {
        }
        &'hk;help;client;erase'= {
        }
        &'hk;help;visit'= {
            cand add 'Add a visit for a client. Prints the new id'
            cand import 'Import visits from a CSV file with Chinese or English headers: 客户编号/client or 手机/phone, 日期/date, 结束日期/end, 时间/time, 服务类型/category, 服务人员/staff, 状态/status, 金额/price, 支付方式/payment, 备注/notes …'
            cand list 'List visits, oldest first. Filters combine'
            cand show 'Show one visit'
            cand edit 'Change a visit with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML. Fields: date, end, time, category, staff (`;`-separated), status, price, payment, products, issues, notes. A new date in another month moves the file to that month''s folder'
            cand done 'Mark a visit done (a visit dated after today cannot be done yet)'
            cand cancel 'Mark a visit cancelled; or, with `--series ID`, every scheduled visit of that series (from `--from D` on, inclusive), in one commit. Done and no-show visits of the series stay as they are'
            cand no-show 'Mark that the client was not there (no-show)'
            cand upcoming 'List the scheduled visits of one day, by time, with what you need to call or text the client: phone, address, staff. `--within N` lists today and the next N days, by date and time, with a date column'
            cand delete 'Delete a visit. Asks for confirmation on a terminal; without one, needs `--yes`'
        }
        &'hk;help;visit;add'= {
        }
        &'hk;help;visit;import'= {
        }
        &'hk;help;visit;list'= {
        }
        &'hk;help;visit;show'= {
        }
        &'hk;help;visit;edit'= {
        }
        &'hk;help;visit;done'= {
        }
        &'hk;help;visit;cancel'= {
        }
        &'hk;help;visit;no-show'= {
        }
        &'hk;help;visit;upcoming'= {
        }
        &'hk;help;visit;delete'= {
        }
        &'hk;help;followup'= {
            cand log 'Log a follow-up with a client (回访记录). Prints the new id'
            cand list 'List follow-ups, oldest first. Filters combine'
            cand due 'List the clients due for a follow-up call: most overdue first, then by name'
            cand edit 'Change a follow-up with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML'
            cand delete 'Delete a follow-up (the client''s due date is worked out again from the rest). Asks for confirmation on a terminal; without one, needs `--yes`. To move a call logged on the wrong client instead, use `hk followup edit ID --set client=…`'
        }
        &'hk;help;followup;log'= {
        }
        &'hk;help;followup;list'= {
        }
        &'hk;help;followup;due'= {
        }
        &'hk;help;followup;edit'= {
        }
        &'hk;help;followup;delete'= {
        }
        &'hk;help;complaint'= {
            cand add 'Take a complaint in (投诉登记). Prints the new id'
            cand log 'Log a step in handling a complaint, stamped with the current time'
            cand assign 'Assign a complaint to the person who handles it; puts an open one in progress'
            cand resolve 'Record the resolution of a complaint (处理结果), now. A resolved complaint puts a call-back in `hk followup due` a few days later (`complaint_callback_days`)'
            cand close 'Close a complaint. `--verdict` and `--score` are the client''s word on the resolution, so they need a resolved complaint; an open one may be closed without them (the client withdrew it). A verdict also settles the call-back'
            cand reopen 'Reopen a resolved or closed complaint. It keeps its original deadlines (so it is usually overdue at once), the earlier resolution stays in its log, and the report counts the reopen'
            cand list 'List complaints: overdue ones first, then by their next deadline (the first response while nobody has contacted the client, else the resolution), then the resolved and closed ones by when they came in. Filters combine'
            cand show 'Show a complaint: its fields and deadlines; in a table, also its log and the resolution script (话术) for its type, `playbook/<type>.md` in the store'
            cand similar 'Resolved complaints of the same type or sharing words with this one, with their resolutions (the knowledge base): most alike first'
            cand search 'Resolved complaints whose description, resolution, cause or log share words with TEXT, with their resolutions: most matching words first. Chinese is matched by pairs of characters, so `花瓶` finds `打碎了花瓶`'
        }
        &'hk;help;complaint;add'= {
        }
        &'hk;help;complaint;log'= {
        }
        &'hk;help;complaint;assign'= {
        }
        &'hk;help;complaint;resolve'= {
        }
        &'hk;help;complaint;close'= {
        }
        &'hk;help;complaint;reopen'= {
        }
        &'hk;help;complaint;list'= {
        }
        &'hk;help;complaint;show'= {
        }
        &'hk;help;complaint;similar'= {
        }
        &'hk;help;complaint;search'= {
        }
        &'hk;help;action'= {
            cand list 'List action items (the `--action` texts of follow-ups): overdue ones first, then by due date (those without one last), then by follow-up. An item is overdue from the day after its due date while not done'
            cand done 'Mark an action item done (today, or `--date`). ID is `f-….N`, as `hk action list` shows it; the follow-up part may be a unique prefix'
        }
        &'hk;help;action;list'= {
        }
        &'hk;help;action;done'= {
        }
        &'hk;help;survey'= {
            cand add 'Add a survey response for a client. Prints the new id'
            cand import 'Import survey responses from a questionnaire export'
            cand list 'List survey responses, oldest first. `--low` keeps the unhappy ones to call back: detractors (NPS 0–6) and overall scores of 1–2'
            cand edit 'Change a survey response with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML'
            cand delete 'Delete a survey response. Asks for confirmation on a terminal; without one, needs `--yes`. An imported response deleted here comes back if its file is imported again (the import skips only rows it still holds)'
        }
        &'hk;help;survey;add'= {
        }
        &'hk;help;survey;import'= {
        }
        &'hk;help;survey;list'= {
        }
        &'hk;help;survey;edit'= {
        }
        &'hk;help;survey;delete'= {
        }
        &'hk;help;staff'= {
            cand add 'Add a staff member (阿姨). Prints the new id on stdout'
            cand import 'Import staff from a CSV file with Chinese or English headers: 姓名/name, 手机/phone, 身份证号, 性别, 出生年, 籍贯, 语言, 服务类型/categories, 技能/skills, 星级/level, 区域/districts, 证书/certificates (`健康证:HZ001:2026-01-05:2027-01-04;…`), 状态/status, 备注 …  UTF-8 (with or without BOM) or GBK'
            cand list 'List staff, sorted by name. Filters combine (all must match)'
            cand show 'Show a staff member. The ID number is masked unless `--reveal`; the do-not-send list shows client ids'
            cand edit 'Edit a staff member. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML'
            cand avoid 'Record that a client asked not to have this staff member again (or, with `--undo`, take that back). Booking her for the client is then refused, and `hk staff suggest` leaves her out for that client'
            cand link 'Link visits written before the roster existed to staff records: every staff name on a visit that exactly one staff member has (the exact name) becomes her id. A name that several staff members share, or none, stays as it is (list them with `hk visit list --staff NAME`, then `hk visit edit V --set staff=ID`). One commit'
            cand suggest 'Suggest staff for a visit: active staff who can be booked then (no double booking, not on leave, required certificates valid), who do the category and have every skill asked, and whom the client has not asked to avoid. Ranked by: (1) served this client before with no survey of overall ≤ 2 from those visits; (2) covers the client''s district (one of hers appears in the client''s address); (3) fewer visits already booked that day; (4) higher mean overall score of the surveys of her visits in the 180 days before the day (none counts as 0); (5) name. Each row shows the reasons'
        }
        &'hk;help;staff;add'= {
        }
        &'hk;help;staff;import'= {
        }
        &'hk;help;staff;list'= {
        }
        &'hk;help;staff;show'= {
        }
        &'hk;help;staff;edit'= {
        }
        &'hk;help;staff;avoid'= {
        }
        &'hk;help;staff;link'= {
        }
        &'hk;help;staff;suggest'= {
        }
        &'hk;help;package'= {
            cand add 'Record a prepaid package a client bought (a named card). Prints the new id'
            cand list 'List prepaid packages: client, kind, service, bought, expiry, paid, face value, bonus and what is left (visits or yuan), oldest purchase first. `--client` shows one client''s; `--open` only those with something left'
            cand show 'Show a package: what it holds, what is left, and its ledger (every visit paid from it and every refund, oldest first; the ledger is only ever appended to)'
            cand refund 'Refund part or all of what is left on a package: a ledger entry that lowers the balance (the ledger is never rewritten). `--amount` is in the package''s unit: a number of visits for a visits card, yuan for a stored-value card. More than the balance is refused whole'
        }
        &'hk;help;package;add'= {
        }
        &'hk;help;package;list'= {
        }
        &'hk;help;package;show'= {
        }
        &'hk;help;package;refund'= {
        }
        &'hk;help;audit'= {
            cand list 'List the audit log, oldest first: each `--reveal` of an ID number, each `hk client export CLIENT` and each `hk client erase`, with when, what, whose data (an id: the log holds no name or phone) and who (the public key of the identity used; `hk key list` names the keys)'
        }
        &'hk;help;audit;list'= {
        }
        &'hk;help;inquiry'= {
            cand add 'Take an inquiry in (咨询登记). Prints the new id'
            cand list 'List inquiries by date (the day they came in). Filters combine'
            cand show 'Show an inquiry: what was asked and needed, the outcome (booked once a visit of the converted client follows), and the client it became'
            cand convert 'Convert an inquiry into a client (转为客户). Prints the client''s id'
            cand edit 'Edit an inquiry. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML'
        }
        &'hk;help;inquiry;add'= {
        }
        &'hk;help;inquiry;list'= {
        }
        &'hk;help;inquiry;show'= {
        }
        &'hk;help;inquiry;convert'= {
        }
        &'hk;help;inquiry;edit'= {
        }
        &'hk;help;message'= {
            cand reminders 'The reminder text for every visit scheduled on one day, by time, filled from the `reminder` template (`[templates]` in `.hk/config.toml`)'
            cand care 'The care text for every client whose next expected service falls within the next N days and who has nothing booked in them, filled from the `care` template'
            cand campaign 'A campaign text (营销短信) for every client whose marketing consent is yes today, filled from a campaign template: any key of `[templates]` in `.hk/config.toml` other than `reminder` and `care`'
        }
        &'hk;help;message;reminders'= {
        }
        &'hk;help;message;care'= {
        }
        &'hk;help;message;campaign'= {
        }
        &'hk;help;report'= {
            cand lifecycle 'Count clients per lifecycle stage (lead, new, active, at-risk, churned), in all and per service category (a client with two categories counts in both)'
            cand followups 'Follow-up figures for a period: clients due, follow-ups made, reached and the reached rate, and clients overdue at the end of the period (or today)'
            cand satisfaction 'Satisfaction figures over the survey responses of a period: responses, the mean of each dimension over the responses that answered it, csat_pct (share of overall 4–5), nps (promoters 9–10 minus detractors 0–6, per 100 answers), and the counts'
            cand complaints 'Complaint figures over the complaints opened in a period (all time without `--from`/`--to`): opened, still open, overdue now (HK_NOW), first response on time % (first contact at or before its deadline, over complaints with a first contact or whose deadline has passed), resolved on time % (likewise), median hours to resolve, reopened (every reopen), compensation total (yuan), and retained % (the client had a done visit after the resolved date, over resolved complaints)'
            cand staff 'Per staff member, over a period: done visits, distinct clients, repeat clients (served on two or more distinct visit start dates), survey responses, mean overall, CSAT % and NPS (as `hk report satisfaction`, over the surveys whose visit she worked), complaints about a visit she worked and complaints per 100 done visits. Visits count by start date, surveys by their date, complaints by the day they were opened. Roster members come first (by name), then free-text staff names of visits (`(unlisted)`)'
            cand dashboard 'Write the owner''s dashboard: one self-contained HTML file with charts of CSAT and NPS by month, dimension means, satisfaction by staff member, clients per lifecycle stage, follow-ups due and made per month, and complaints by type with the share handled on time'
            cand revenue 'Revenue over a period, by visit start date: done visits, those with a price, their total and mean price (exact yuan; the mean is rounded to the fen), and the part paid from prepaid packages (visits and yuan: the prices of the visits a package paid for)'
            cand packages 'Packages with something left (the company''s prepaid liability: visits and yuan still owed to clients), soonest expiry first, then those that never expire. Status `expiring` marks a package that expires within 30 days, `expired` one past its expiry (its balance is still owed until refunded). The last row, `total`, sums the visits and yuan left'
            cand loyalty 'Loyalty over a period, by visit start date (done visits only): the `all` row for the whole period, then one row per month'
            cand retention 'List clients that have been closed or churned for longer than DURATION (`3y`, `18m`, `2w`, `90d`; years and months are calendar months), oldest first: the candidates for `hk client erase` under a retention policy'
            cand inquiries 'Inquiry figures over the inquiries that came in during a period (all time without `--from`/`--to`): inquiries; converted (linked to a client by `hk inquiry convert`) and converted %; the median days from the inquiry to its conversion; booked, lost and still open (booked once a visit of the converted client follows); and the lost reasons, the most frequent first'
        }
        &'hk;help;report;lifecycle'= {
        }
        &'hk;help;report;followups'= {
        }
        &'hk;help;report;satisfaction'= {
        }
        &'hk;help;report;complaints'= {
        }
        &'hk;help;report;staff'= {
        }
        &'hk;help;report;dashboard'= {
        }
        &'hk;help;report;revenue'= {
        }
        &'hk;help;report;packages'= {
        }
        &'hk;help;report;loyalty'= {
        }
        &'hk;help;report;retention'= {
        }
        &'hk;help;report;inquiries'= {
        }
        &'hk;help;undo'= {
        }
        &'hk;help;sync'= {
        }
        &'hk;help;conflicts'= {
        }
        &'hk;help;resolve'= {
        }
        &'hk;help;cat'= {
        }
        &'hk;help;git'= {
            cand setup 'Set up git for a store shared by several offices'
        }
        &'hk;help;git;setup'= {
        }
        &'hk;help;cache'= {
            cand status 'Show what the cache holds: per record kind, its entries, size, when it was written and for which public key. No record content is shown'
            cand clear 'Delete the cache folder `.hk/cache/`. Nothing is lost: the next command decrypts the records again and rebuilds it'
        }
        &'hk;help;cache;status'= {
        }
        &'hk;help;cache;clear'= {
        }
        &'hk;help;completions'= {
        }
        &'hk;help;merge-driver'= {
        }
        &'hk;help;help'= {
        }
    ]
    $completions[$command]
}
