# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_hk_global_optspecs
    string join \n store= identity= format= color= q/quiet wide no-cache lang= h/help V/version
end

function __fish_hk_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_hk_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_hk_using_subcommand
    set -l cmd (__fish_hk_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c hk -n "__fish_hk_needs_command" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_needs_command" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_needs_command" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_needs_command" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_needs_command" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_needs_command" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_needs_command" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_needs_command" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_needs_command" -s V -l version -d 'Print version'
complete -c hk -n "__fish_hk_needs_command" -f -a "init" -d 'Create a store: `.hk/config.toml` (settings, categories, follow-up policy), `.hk/recipients` (the public keys records are encrypted to) and the record folders'
complete -c hk -n "__fish_hk_needs_command" -f -a "today" -d 'The morning page: follow-ups due, tomorrow\'s visits and who goes, overdue complaints, open action items, and staff certificates expiring within 30 days'
complete -c hk -n "__fish_hk_needs_command" -f -a "key" -d 'Make an identity (private key) or show your public key'
complete -c hk -n "__fish_hk_needs_command" -f -a "client" -d 'The client archive (客户档案): intake, lookup, tags, consent, import and export, erasure'
complete -c hk -n "__fish_hk_needs_command" -f -a "visit" -d 'Service visits (服务记录): add, list, import, status, tomorrow\'s reminders'
complete -c hk -n "__fish_hk_needs_command" -f -a "followup" -d 'Follow-up calls (回访): log them, and who is due today'
complete -c hk -n "__fish_hk_needs_command" -f -a "complaint" -d 'Complaints (投诉): take them in, log each step, resolve, close, find similar ones'
complete -c hk -n "__fish_hk_needs_command" -f -a "action" -d 'Action items of follow-ups (待办): list them, mark them done'
complete -c hk -n "__fish_hk_needs_command" -f -a "survey" -d 'Satisfaction surveys (满意度调查): enter by hand, import exports, list'
complete -c hk -n "__fish_hk_needs_command" -f -a "staff" -d 'The staff roster (服务人员 / 阿姨): add, list, certificates, do-not-send lists'
complete -c hk -n "__fish_hk_needs_command" -f -a "package" -d 'Prepaid packages (次卡 / 储值卡): sell, list, show the ledger, refund'
complete -c hk -n "__fish_hk_needs_command" -f -a "audit" -d 'The audit log (审计): who revealed, exported or erased whose data, and when'
complete -c hk -n "__fish_hk_needs_command" -f -a "inquiry" -d 'Inquiries (咨询): prospects\' first contacts, what they asked, and converting them'
complete -c hk -n "__fish_hk_needs_command" -f -a "message" -d 'Messages to clients (预约提醒, 关怀问候, campaigns) with their text, for SMS or WeChat'
complete -c hk -n "__fish_hk_needs_command" -f -a "report" -d 'Reports for the owner: satisfaction, lifecycle, follow-ups, complaints, staff, inquiries, revenue, packages, loyalty, retention, the HTML dashboard'
complete -c hk -n "__fish_hk_needs_command" -f -a "undo" -d 'Undo hk\'s last change: in a store kept in git, puts back every file that hk\'s newest commit changed, as one new commit (`undo <commit> (<its title>)`)'
complete -c hk -n "__fish_hk_needs_command" -f -a "sync" -d 'Fetch the other offices\' changes, merge them field by field, and push ours'
complete -c hk -n "__fish_hk_needs_command" -f -a "conflicts" -d 'List the fields that two offices changed differently (DESIGN §13)'
complete -c hk -n "__fish_hk_needs_command" -f -a "resolve" -d 'Settle a conflict from a merge: keep our value, take theirs, or type another'
complete -c hk -n "__fish_hk_needs_command" -f -a "cat" -d 'Print one record file decrypted (TOML) to stdout'
complete -c hk -n "__fish_hk_needs_command" -f -a "git" -d 'Git for several offices: set up hk\'s merge and diff drivers in this clone'
complete -c hk -n "__fish_hk_needs_command" -f -a "cache" -d 'The encrypted cache of decrypted records: what it holds, or delete it'
complete -c hk -n "__fish_hk_needs_command" -f -a "completions" -d 'Print the completion script for a shell. The files under `completions/` are this command\'s output (a test keeps them equal)'
complete -c hk -n "__fish_hk_needs_command" -f -a "merge-driver" -d 'Merge two versions of a record, field by field (git runs this; see `hk git setup`)'
complete -c hk -n "__fish_hk_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand init" -l recipient -d 'Another public key to encrypt to (age1… or ssh-ed25519 …); repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand init" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand init" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand init" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand init" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand init" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand init" -l git -d 'Also make the folder a git repository, with a diff driver that shows decrypted records'
complete -c hk -n "__fish_hk_using_subcommand init" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand init" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand init" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand today" -l on -d 'The page of this day instead of today, as `HK_NOW=DATE` would show it' -r
complete -c hk -n "__fish_hk_using_subcommand today" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand today" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand today" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand today" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand today" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand today" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand today" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand today" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand today" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -f -a "generate" -d 'Make a new identity (private key). Without --out it is printed to stdout'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -f -a "public" -d 'Print the public key of your identity, to add to a store\'s `.hk/recipients`'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -f -a "add" -d 'Add a colleague\'s public key and re-encrypt every record so it opens with it'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -f -a "remove" -d 'Remove a key from `.hk/recipients` and re-encrypt every record without it'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -f -a "list" -d 'List the public keys in `.hk/recipients`, with their names'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -f -a "rewrap" -d 'Re-encrypt every record to the keys now in `.hk/recipients`'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public add remove list rewrap help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -l out -d 'Write it to this file (mode 0600) instead; an existing file is never replaced' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from add" -l name -d 'A name for it, kept as a comment in `.hk/recipients` (e.g. the colleague\'s)' -r
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from add" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from add" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from add" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from add" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from add" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from add" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from remove" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from remove" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from remove" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from remove" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from remove" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from remove" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from list" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from list" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from list" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from list" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from rewrap" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from rewrap" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from rewrap" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from rewrap" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from rewrap" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from rewrap" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from rewrap" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from rewrap" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from rewrap" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Make a new identity (private key). Without --out it is printed to stdout'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "public" -d 'Print the public key of your identity, to add to a store\'s `.hk/recipients`'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a colleague\'s public key and re-encrypt every record so it opens with it'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a key from `.hk/recipients` and re-encrypt every record without it'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the public keys in `.hk/recipients`, with their names'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "rewrap" -d 'Re-encrypt every record to the keys now in `.hk/recipients`'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "add" -d 'Add a client. Prints the new id on stdout'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "import" -d 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "list" -d 'List clients, sorted by name. Filters combine (all must match)'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "show" -d 'Show a client\'s profile, lifecycle stage and next follow-up; in a table, also the timeline of inquiries, visits, follow-ups, surveys, complaints and marketing consent changes (in CSV and JSON the consent history is the field `consent_history`). The ID number is masked unless `--reveal`, which adds an entry to the audit log (and a commit) before anything is shown'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "edit" -d 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "tag" -d 'Add tags (and with --category, service categories) to a client'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "untag" -d 'Remove tags (and with --category, service categories) from a client'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "export" -d 'Without CLIENT: export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged (marketing consent: the entry in force today)'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "delete" -d 'Delete a client. Asks for confirmation on a terminal; without one, needs `--yes`'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "merge" -d 'Merge client OTHER into client KEEP, as one commit. Asks for confirmation on a terminal; without one, needs `--yes`'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "points" -d 'Show a client\'s points (积分) by where they came from, what was redeemed, the balance, the spend over the last 12 months and the tier; or redeem points with `--redeem N --note TEXT` (an entry appended to the client\'s points ledger, never more than the balance)'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "consent" -d 'Record that a client agreed to marketing messages (`--marketing yes`) or refused or withdrew that consent (`--marketing no`). Every change is kept: `hk client show` lists the history, and from the entry\'s date on, campaigns follow the latest entry'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "erase" -d 'Erase a client at their request: the client record and every record of theirs (visits, follow-ups, complaints and every other kind that names them) are deleted, their survey answers become anonymous (the client, the visit and the comment removed; the scores kept, so the satisfaction figures still count them), and their id leaves the staff do-not-send lists — all in one commit, with an entry in the audit log (which names the client by id only)'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export delete merge points consent erase help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l name -d 'Name (姓名)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l phone -d 'Phone (手机/电话); mobiles, landlines, +86 and spaces accepted; repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l wechat -d 'WeChat id (微信)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l address -d 'Service address (地址)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l id-number -d 'Resident ID number (身份证号), checked; shown masked' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l category -d 'Service category, by key or label (house-cleaning / 家庭保洁 …); repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l tag -d 'Free tag, may be hierarchical (宠物/猫); repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l source -d 'Lead source (referral, 美团, 58同城, walk-in, WeChat …)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l needs -d 'Service needs (服务需求)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l frequency -d 'Wanted frequency (每周一次 …)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l household-size -d 'Household size (家庭人口)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l pets -d 'Pets (宠物)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l children -d 'Children (儿童)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l elders -d 'Elders (老人)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l area -d 'Home area in m² (面积)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l consent-channel -d 'Channel the marketing consent was given on (WeChat, paper …)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l note -d 'Notes (备注)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l marketing -d 'The client agreed to marketing messages (dated today)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l do-not-contact -d 'Never call or message this client'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l allow-duplicate -d 'Add even if a client with the same phone exists'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s text encoding' -r -f -a "auto\t''
utf-8\t''
gbk\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and show what would be imported, without writing'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l category -d 'Only clients in this service category (key or label)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l tag -d 'Only clients with this tag or one below it (`宠物` finds `宠物/猫`)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l search -d 'Only clients whose name, phone, address, WeChat, tags or notes contain TEXT' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l stage -d 'Only clients in this lifecycle stage: lead, new, active, at-risk, churned' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l consent -d 'By marketing consent today: `marketing` (the latest consent entry says yes) or `none` (never given, refused or withdrawn)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -l reveal -d 'Show the full resident ID number (written to the audit log: `hk audit list`)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from edit" -l set -d 'FIELD=VALUE; lists take `;`-separated values (phones=138…;139…)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from edit" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from edit" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from edit" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from edit" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from edit" -l allow-duplicate -d 'Save even if another client has a phone this edit adds'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from edit" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from edit" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from tag" -l category -d 'A service category (key or label); repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from tag" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from tag" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from tag" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from tag" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from tag" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from tag" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from tag" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from tag" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from untag" -l category -d 'A service category (key or label); repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from untag" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from untag" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from untag" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from untag" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from untag" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from untag" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from untag" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from untag" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from delete" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from delete" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from delete" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from delete" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from delete" -l yes -d 'Go ahead without asking (needed when there is no terminal)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from delete" -l with-records -d 'Also delete the client\'s visits, follow-ups, survey responses, complaints and packages (refused while a package still holds a balance: refund it first)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from delete" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from delete" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from merge" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from merge" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from merge" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from merge" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from merge" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from merge" -l yes -d 'Go ahead without asking (needed when there is no terminal)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from merge" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from merge" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from points" -l redeem -d 'Points to redeem (a whole number above zero)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from points" -l note -d 'What the points were redeemed for (兑换内容)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from points" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from points" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from points" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from points" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from points" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from points" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from points" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from points" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from points" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from consent" -l marketing -d 'yes: may receive marketing messages; no: may not (a refusal or a withdrawal)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from consent" -l channel -d 'How the client said so: wechat, phone, sms, paper, in-person …' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from consent" -l evidence -d 'What proves it, e.g. "微信回复同意" or "签字同意书"' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from consent" -l date -d 'The day the client said so [default: today]' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from consent" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from consent" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from consent" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from consent" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from consent" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from consent" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from consent" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from consent" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from consent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from erase" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from erase" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from erase" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from erase" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from erase" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from erase" -l yes -d 'Go ahead without asking (needed when there is no terminal)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from erase" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from erase" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from erase" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from erase" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a client. Prints the new id on stdout'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "list" -d 'List clients, sorted by name. Filters combine (all must match)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a client\'s profile, lifecycle stage and next follow-up; in a table, also the timeline of inquiries, visits, follow-ups, surveys, complaints and marketing consent changes (in CSV and JSON the consent history is the field `consent_history`). The ID number is masked unless `--reveal`, which adds an entry to the audit log (and a commit) before anything is shown'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Add tags (and with --category, service categories) to a client'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "untag" -d 'Remove tags (and with --category, service categories) from a client'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "export" -d 'Without CLIENT: export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged (marketing consent: the entry in force today)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a client. Asks for confirmation on a terminal; without one, needs `--yes`'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Merge client OTHER into client KEEP, as one commit. Asks for confirmation on a terminal; without one, needs `--yes`'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "points" -d 'Show a client\'s points (积分) by where they came from, what was redeemed, the balance, the spend over the last 12 months and the tier; or redeem points with `--redeem N --note TEXT` (an entry appended to the client\'s points ledger, never more than the balance)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "consent" -d 'Record that a client agreed to marketing messages (`--marketing yes`) or refused or withdrew that consent (`--marketing no`). Every change is kept: `hk client show` lists the history, and from the entry\'s date on, campaigns follow the latest entry'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "erase" -d 'Erase a client at their request: the client record and every record of theirs (visits, follow-ups, complaints and every other kind that names them) are deleted, their survey answers become anonymous (the client, the visit and the comment removed; the scores kept, so the satisfaction figures still count them), and their id leaves the staff do-not-send lists — all in one commit, with an entry in the audit log (which names the client by id only)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -f -a "add" -d 'Add a visit for a client. Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -f -a "import" -d 'Import visits from a CSV file with Chinese or English headers: 客户编号/client or 手机/phone, 日期/date, 结束日期/end, 时间/time, 服务类型/category, 服务人员/staff, 状态/status, 金额/price, 支付方式/payment, 备注/notes …'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -f -a "list" -d 'List visits, oldest first. Filters combine'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -f -a "show" -d 'Show one visit'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -f -a "edit" -d 'Change a visit with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML. Fields: date, end, time, category, staff (`;`-separated), status, price, payment, products, issues, notes. A new date in another month moves the file to that month\'s folder'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -f -a "done" -d 'Mark a visit done (a visit dated after today cannot be done yet)'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -f -a "cancel" -d 'Mark a visit cancelled; or, with `--series ID`, every scheduled visit of that series (from `--from D` on, inclusive), in one commit. Done and no-show visits of the series stay as they are'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -f -a "no-show" -d 'Mark that the client was not there (no-show)'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -f -a "upcoming" -d 'List the scheduled visits of one day, by time, with what you need to call or text the client: phone, address, staff. `--within N` lists today and the next N days, by date and time, with a date column'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -f -a "delete" -d 'Delete a visit. Asks for confirmation on a terminal; without one, needs `--yes`'
complete -c hk -n "__fish_hk_using_subcommand visit; and not __fish_seen_subcommand_from add import list show edit done cancel no-show upcoming delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l date -d 'Start date (2026-11-22, 2026/11/22, 2026年11月22日, today, tomorrow)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l end -d 'Last day of a multi-day engagement (a 26-day maternity stay)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l time -d 'Start time, HH:MM' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l category -d 'Service category (key or label) [default: the client\'s only category]' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l staff -d 'Staff member (服务人员): a staff id, id prefix or exact name once the store has a roster (`hk staff add`), else any name; repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l staff-unlisted -d 'A staff member not on the roster, kept as a free-text name; repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l repeat -d 'Book a series: weekly, biweekly or monthly (needs `--count` or `--until`)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l count -d 'How many visits the series has (with `--repeat`)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l until -d 'The last day the series may fall on, inclusive (with `--repeat`)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l price -d 'Price in yuan, exact to the fen (280 or 280.50)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l payment -d 'cash, wechat, alipay, card or transfer (现金/微信/支付宝 …)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l status -d 'scheduled, done, cancelled or no-show' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l products -d 'Products used (用品)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l issues -d 'Issues found (问题)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l note -d 'Notes (备注)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l package -d 'Pay for the (done) visit from this prepaid package (k-…): one visit of a visits card, or the price from a stored-value card' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l allow-overlap -d 'Book even if a staff member is booked elsewhere at that time, on leave, has left, lacks a required certificate, or is on the client\'s do-not-send list'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s text encoding' -r -f -a "auto\t''
utf-8\t''
gbk\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from import" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from import" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from import" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from import" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and show what would be imported, without writing'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from import" -l allow-overlap -d 'Import rows that break a booking rule (double bookings, leave, certificates, do-not-send lists) instead of refusing the file'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from import" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from import" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -l client -d 'Only this client\'s visits (id, phone or name)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -l from -d 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -l to -d 'On or before this day; a month, quarter, year or `last-month` means its last day' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -s p -l period -d 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -l staff -d 'Only visits by this staff member' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -l category -d 'Only this category (key or label)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -l status -d 'Only this status (scheduled, done, cancelled, no-show)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from show" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from show" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from show" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from show" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from show" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from show" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from edit" -l set -d 'FIELD=VALUE' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from edit" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from edit" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from edit" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from edit" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from edit" -l allow-overlap -d 'Save even if the change breaks a booking rule (double booking, leave, certificates, the client\'s do-not-send list)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from edit" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from edit" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from done" -l package -d 'Pay for the visit from this prepaid package (k-…): one visit of a visits card, or the visit\'s price from a stored-value card. A visit done earlier can be paid this way too' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from done" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from done" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from done" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from done" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from done" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from done" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from done" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from cancel" -l series -d 'The series (the id of its first visit, as `hk visit show` prints it)' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from cancel" -l from -d 'With `--series`: only occurrences on or after this day' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from cancel" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from cancel" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from cancel" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from cancel" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from cancel" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from cancel" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from no-show" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from no-show" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from no-show" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from no-show" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from no-show" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from no-show" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from no-show" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from no-show" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from no-show" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from upcoming" -l on -d 'Visits on this date' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from upcoming" -l within -d 'Visits from today through the next N days' -r
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from upcoming" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from upcoming" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from upcoming" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from upcoming" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from upcoming" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from upcoming" -l today -d 'Today\'s visits'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from upcoming" -l tomorrow -d 'Tomorrow\'s visits'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from upcoming" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from upcoming" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from upcoming" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from upcoming" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from delete" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from delete" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from delete" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from delete" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from delete" -l yes -d 'Go ahead without asking (needed when there is no terminal)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from delete" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from delete" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a visit for a client. Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import visits from a CSV file with Chinese or English headers: 客户编号/client or 手机/phone, 日期/date, 结束日期/end, 时间/time, 服务类型/category, 服务人员/staff, 状态/status, 金额/price, 支付方式/payment, 备注/notes …'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List visits, oldest first. Filters combine'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one visit'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a visit with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML. Fields: date, end, time, category, staff (`;`-separated), status, price, payment, products, issues, notes. A new date in another month moves the file to that month\'s folder'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark a visit done (a visit dated after today cannot be done yet)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Mark a visit cancelled; or, with `--series ID`, every scheduled visit of that series (from `--from D` on, inclusive), in one commit. Done and no-show visits of the series stay as they are'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from help" -f -a "no-show" -d 'Mark that the client was not there (no-show)'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from help" -f -a "upcoming" -d 'List the scheduled visits of one day, by time, with what you need to call or text the client: phone, address, staff. `--within N` lists today and the next N days, by date and time, with a date column'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a visit. Asks for confirmation on a terminal; without one, needs `--yes`'
complete -c hk -n "__fish_hk_using_subcommand visit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -f -a "log" -d 'Log a follow-up with a client (回访记录). Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -f -a "list" -d 'List follow-ups, oldest first. Filters combine'
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -f -a "due" -d 'List the clients due for a follow-up call: most overdue first, then by name'
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -f -a "edit" -d 'Change a follow-up with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML'
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -f -a "delete" -d 'Delete a follow-up (the client\'s due date is worked out again from the rest). Asks for confirmation on a terminal; without one, needs `--yes`. To move a call logged on the wrong client instead, use `hk followup edit ID --set client=…`'
complete -c hk -n "__fish_hk_using_subcommand followup; and not __fish_seen_subcommand_from log list due edit delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l date -d 'When it happened [default: today]; not after today' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l channel -d 'phone, wechat, sms, visit or questionnaire' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l outcome -d 'reached or no-answer' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l visit -d 'The visit this follow-up is about (id or prefix)' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l score -d 'Quick satisfaction score, 1–5' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l note -d 'What the client said' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l action -d 'Something to do about it, with an optional due date after `@` (`问下月是否续约@2026-12-01`); repeatable. `hk action list` tracks them' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -l client -d 'Only this client\'s follow-ups (id, phone or name)' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -l from -d 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -l to -d 'On or before this day; a month, quarter, year or `last-month` means its last day' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -s p -l period -d 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -l outcome -d 'reached or no-answer' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -l channel -d 'phone, wechat, sms, visit or questionnaire' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from due" -l on -d 'Due on or before DATE instead of today' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from due" -l within -d 'Also those due in the next N days' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from due" -l category -d 'Only this service line (key or label)' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from due" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from due" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from due" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from due" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from due" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from due" -l today -d 'Due today or earlier (the default)'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from due" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from due" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from due" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from due" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from edit" -l set -d 'FIELD=VALUE' -r
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from edit" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from edit" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from edit" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from edit" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from edit" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from edit" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from delete" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from delete" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from delete" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from delete" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from delete" -l yes -d 'Go ahead without asking (needed when there is no terminal)'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from delete" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from delete" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from help" -f -a "log" -d 'Log a follow-up with a client (回访记录). Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from help" -f -a "list" -d 'List follow-ups, oldest first. Filters combine'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from help" -f -a "due" -d 'List the clients due for a follow-up call: most overdue first, then by name'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a follow-up with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a follow-up (the client\'s due date is worked out again from the rest). Asks for confirmation on a terminal; without one, needs `--yes`. To move a call logged on the wrong client instead, use `hk followup edit ID --set client=…`'
complete -c hk -n "__fish_hk_using_subcommand followup; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -f -a "add" -d 'Take a complaint in (投诉登记). Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -f -a "log" -d 'Log a step in handling a complaint, stamped with the current time'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -f -a "assign" -d 'Assign a complaint to the person who handles it; puts an open one in progress'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -f -a "resolve" -d 'Record the resolution of a complaint (处理结果), now. A resolved complaint puts a call-back in `hk followup due` a few days later (`complaint_callback_days`)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -f -a "close" -d 'Close a complaint. `--verdict` and `--score` are the client\'s word on the resolution, so they need a resolved complaint; an open one may be closed without them (the client withdrew it). A verdict also settles the call-back'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -f -a "reopen" -d 'Reopen a resolved or closed complaint. It keeps its original deadlines (so it is usually overdue at once), the earlier resolution stays in its log, and the report counts the reopen'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -f -a "list" -d 'List complaints: overdue ones first, then by their next deadline (the first response while nobody has contacted the client, else the resolution), then the resolved and closed ones by when they came in. Filters combine'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -f -a "show" -d 'Show a complaint: its fields and deadlines; in a table, also its log and the resolution script (话术) for its type, `playbook/<type>.md` in the store'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -f -a "similar" -d 'Resolved complaints of the same type or sharing words with this one, with their resolutions (the knowledge base): most alike first'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -f -a "search" -d 'Resolved complaints whose description, resolution, cause or log share words with TEXT, with their resolutions: most matching words first. Chinese is matched by pairs of characters, so `花瓶` finds `打碎了花瓶`'
complete -c hk -n "__fish_hk_using_subcommand complaint; and not __fish_seen_subcommand_from add log assign resolve close reopen list show similar search help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -l type -d 'The complaint type: a key or label from the config (late, quality, damage, attitude, safety, billing, other)' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -l visit -d 'The visit it is about (id or prefix); gives its service and staff' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -l priority -d 'urgent, high, normal or low [default: the type\'s]' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -l channel -d 'How it came in (phone, wechat, 美团 …)' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -l note -d 'What the client said' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -l safety -d 'A safety hazard (安全隐患): always urgent'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from log" -l contact -d 'A contact with the client (call, visit, message)' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from log" -l action -d 'Something done about it' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from log" -l note -d 'A note' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from log" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from log" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from log" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from log" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from log" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from log" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from log" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from assign" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from assign" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from assign" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from assign" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from assign" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from assign" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from assign" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l resolution -d 'What was done to resolve it' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l cause -d 'The root cause (根本原因)' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l compensation -d 'refund, redo, coupon or none, with an amount in yuan: `refund:300`, `coupon:50`' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from close" -l verdict -d 'satisfied or unsatisfied' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from close" -l score -d 'The client\'s score of the handling, 1–5' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from close" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from close" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from close" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from close" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from close" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from close" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from close" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -l type -d 'Only this type (key or label)' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -l staff -d 'Only complaints whose visit this staff member worked (exact name, or staff id)' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -l priority -d 'urgent, high, normal or low' -r
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -l open -d 'Only open or in-progress complaints'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -l overdue -d 'Only complaints past a deadline now (HK_NOW)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from show" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from show" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from show" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from show" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from show" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from show" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from similar" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from similar" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from similar" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from similar" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from similar" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from similar" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from similar" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from similar" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from similar" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from search" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from search" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from search" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from search" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from search" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from search" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from search" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "add" -d 'Take a complaint in (投诉登记). Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "log" -d 'Log a step in handling a complaint, stamped with the current time'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Assign a complaint to the person who handles it; puts an open one in progress'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Record the resolution of a complaint (处理结果), now. A resolved complaint puts a call-back in `hk followup due` a few days later (`complaint_callback_days`)'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a complaint. `--verdict` and `--score` are the client\'s word on the resolution, so they need a resolved complaint; an open one may be closed without them (the client withdrew it). A verdict also settles the call-back'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "reopen" -d 'Reopen a resolved or closed complaint. It keeps its original deadlines (so it is usually overdue at once), the earlier resolution stays in its log, and the report counts the reopen'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "list" -d 'List complaints: overdue ones first, then by their next deadline (the first response while nobody has contacted the client, else the resolution), then the resolved and closed ones by when they came in. Filters combine'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a complaint: its fields and deadlines; in a table, also its log and the resolution script (话术) for its type, `playbook/<type>.md` in the store'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "similar" -d 'Resolved complaints of the same type or sharing words with this one, with their resolutions (the knowledge base): most alike first'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "search" -d 'Resolved complaints whose description, resolution, cause or log share words with TEXT, with their resolutions: most matching words first. Chinese is matched by pairs of characters, so `花瓶` finds `打碎了花瓶`'
complete -c hk -n "__fish_hk_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand action; and not __fish_seen_subcommand_from list done help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand action; and not __fish_seen_subcommand_from list done help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand action; and not __fish_seen_subcommand_from list done help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand action; and not __fish_seen_subcommand_from list done help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand action; and not __fish_seen_subcommand_from list done help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand action; and not __fish_seen_subcommand_from list done help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand action; and not __fish_seen_subcommand_from list done help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand action; and not __fish_seen_subcommand_from list done help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand action; and not __fish_seen_subcommand_from list done help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand action; and not __fish_seen_subcommand_from list done help" -f -a "list" -d 'List action items (the `--action` texts of follow-ups): overdue ones first, then by due date (those without one last), then by follow-up. An item is overdue from the day after its due date while not done'
complete -c hk -n "__fish_hk_using_subcommand action; and not __fish_seen_subcommand_from list done help" -f -a "done" -d 'Mark an action item done (today, or `--date`). ID is `f-….N`, as `hk action list` shows it; the follow-up part may be a unique prefix'
complete -c hk -n "__fish_hk_using_subcommand action; and not __fish_seen_subcommand_from list done help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from list" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from list" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from list" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from list" -l open -d 'Only items not done yet'
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from list" -l overdue -d 'Only items past their due date and not done'
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from list" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from done" -l date -d 'When it was done [default: today]; not after today' -r
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from done" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from done" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from done" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from done" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from done" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from done" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from done" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "list" -d 'List action items (the `--action` texts of follow-ups): overdue ones first, then by due date (those without one last), then by follow-up. An item is overdue from the day after its due date while not done'
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark an action item done (today, or `--date`). ID is `f-….N`, as `hk action list` shows it; the follow-up part may be a unique prefix'
complete -c hk -n "__fish_hk_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -f -a "add" -d 'Add a survey response for a client. Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -f -a "import" -d 'Import survey responses from a questionnaire export'
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -f -a "list" -d 'List survey responses, oldest first. `--low` keeps the unhappy ones to call back: detractors (NPS 0–6) and overall scores of 1–2'
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -f -a "edit" -d 'Change a survey response with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML'
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -f -a "delete" -d 'Delete a survey response. Asks for confirmation on a terminal; without one, needs `--yes`. An imported response deleted here comes back if its file is imported again (the import skips only rows it still holds)'
complete -c hk -n "__fish_hk_using_subcommand survey; and not __fish_seen_subcommand_from add import list edit delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l date -d 'Date of the answers [default: today]; not after today' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l visit -d 'The visit it is about: a done one that started by `--date` [default: the client\'s latest such visit]' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l channel -d 'phone, online, paper or interview' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l overall -d '总体满意度, 1–5' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l attitude -d '服务态度, 1–5' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l cleanliness -d '清洁效果, 1–5' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l punctuality -d '准时守约, 1–5' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l value -d '性价比, 1–5' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l score -d 'Any configured dimension: DIM=N (repeatable)' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l nps -d 'Would recommend us to a friend, 0–10' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l comment -d 'What the client said' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l preset -d 'The tool that made the file: auto, wjx (问卷星), tencent (腾讯问卷), google, surveymonkey, generic' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s text encoding' -r -f -a "auto\t''
utf-8\t''
gbk\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l map -d 'Which column holds what: DIM=COLUMN, where DIM is a dimension key, nps, comment, phone, client, date, channel, visit or ignore, and COLUMN a header, a 1-based column number or a unique part of a header; repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l rejects -d 'Where --skip-invalid writes the bad rows (CSV with line and reason)' -r -F
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l channel -d 'Channel of the responses [default: online for questionnaire tools, else paper]' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l dry-run -d 'Show the mapping and the rows that would be imported; write nothing'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Import the good rows and write the bad ones to --rejects'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l anonymous -d 'Accept rows that name no client (anonymous responses)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -l client -d 'Only this client\'s responses (id, phone or name)' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -l from -d 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -l to -d 'On or before this day; a month, quarter, year or `last-month` means its last day' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -s p -l period -d 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -l channel -d 'phone, online, paper or interview' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -l low -d 'Only detractors (NPS ≤ 6) and overall ≤ 2'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from edit" -l set -d 'FIELD=VALUE' -r
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from edit" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from edit" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from edit" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from edit" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from edit" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from edit" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from delete" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from delete" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from delete" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from delete" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from delete" -l yes -d 'Go ahead without asking (needed when there is no terminal)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from delete" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from delete" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a survey response for a client. Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import survey responses from a questionnaire export'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from help" -f -a "list" -d 'List survey responses, oldest first. `--low` keeps the unhappy ones to call back: detractors (NPS 0–6) and overall scores of 1–2'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a survey response with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a survey response. Asks for confirmation on a terminal; without one, needs `--yes`. An imported response deleted here comes back if its file is imported again (the import skips only rows it still holds)'
complete -c hk -n "__fish_hk_using_subcommand survey; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -f -a "add" -d 'Add a staff member (阿姨). Prints the new id on stdout'
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -f -a "import" -d 'Import staff from a CSV file with Chinese or English headers: 姓名/name, 手机/phone, 身份证号, 性别, 出生年, 籍贯, 语言, 服务类型/categories, 技能/skills, 星级/level, 区域/districts, 证书/certificates (`健康证:HZ001:2026-01-05:2027-01-04;…`), 状态/status, 备注 …  UTF-8 (with or without BOM) or GBK'
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -f -a "list" -d 'List staff, sorted by name. Filters combine (all must match)'
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -f -a "show" -d 'Show a staff member. The ID number is masked unless `--reveal`; the do-not-send list shows client ids'
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -f -a "edit" -d 'Edit a staff member. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML'
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -f -a "avoid" -d 'Record that a client asked not to have this staff member again (or, with `--undo`, take that back). Booking her for the client is then refused, and `hk staff suggest` leaves her out for that client'
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -f -a "link" -d 'Link visits written before the roster existed to staff records: every staff name on a visit that exactly one staff member has (the exact name) becomes her id. A name that several staff members share, or none, stays as it is (list them with `hk visit list --staff NAME`, then `hk visit edit V --set staff=ID`). One commit'
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -f -a "suggest" -d 'Suggest staff for a visit: active staff who can be booked then (no double booking, not on leave, required certificates valid), who do the category and have every skill asked, and whom the client has not asked to avoid. Ranked by: (1) served this client before with no survey of overall ≤ 2 from those visits; (2) covers the client\'s district (one of hers appears in the client\'s address); (3) fewer visits already booked that day; (4) higher mean overall score of the surveys of her visits in the 180 days before the day (none counts as 0); (5) name. Each row shows the reasons'
complete -c hk -n "__fish_hk_using_subcommand staff; and not __fish_seen_subcommand_from add import list show edit avoid link suggest help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l name -d 'Name (姓名)' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l phone -d 'Phone (手机); repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l id-number -d 'Resident ID number (身份证号), checked; shown masked' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l gender -d '女 or 男' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l birth-year -d 'Year of birth (1975)' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l native-place -d 'Native place (籍贯)' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l language -d 'Language or dialect (普通话, 上海话 …); repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l category -d 'Service category she does (key or label); repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l skill -d 'Skill (保洁, 做饭, 育婴, 护老, 月子餐, 催乳, 收纳 …); repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l level -d 'Level 1–4 (星级)' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l district -d 'District she covers (浦东新区 …); repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l cert -d 'Certificate KIND:NUMBER:ISSUED:EXPIRES; repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l status -d 'active, leave or left [default: active]' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l status-since -d 'Since when the status holds [default: today]' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l status-until -d 'Last day of a leave' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l status-reason -d 'Why (休产假, 回老家 …)' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l note -d 'Notes (备注)' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s text encoding' -r -f -a "auto\t''
utf-8\t''
gbk\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from import" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from import" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from import" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from import" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and show what would be imported, without writing'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from import" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from import" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -l status -d 'Only staff with this status: active, leave, left (as of today)' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -l category -d 'Only staff who do this category (key or label)' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -l skill -d 'Only staff with this skill' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -l district -d 'Only staff who cover this district (or one whose name contains it)' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -l expiring -d 'List certificates expiring within N days (expired ones included)' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from show" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from show" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from show" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from show" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from show" -l reveal -d 'Show the full resident ID number (written to the audit log: `hk audit list`)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from show" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from show" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from edit" -l set -d 'FIELD=VALUE; lists take `;`-separated values' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from edit" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from edit" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from edit" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from edit" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from edit" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from edit" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from avoid" -l client -d 'The client (id or id prefix, phone, or exact name)' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from avoid" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from avoid" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from avoid" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from avoid" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from avoid" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from avoid" -l undo -d 'Take the client off her do-not-send list'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from avoid" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from avoid" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from avoid" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from avoid" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from link" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from link" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from link" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from link" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from link" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from link" -l dry-run -d 'Show how many visits would change, without writing'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from link" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from link" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -l date -d 'The day of the visit' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -l end -d 'Last day of a multi-day engagement' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -l time -d 'Start time, HH:MM' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -l category -d 'Service category (key or label)' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -l client -d 'The client (id or id prefix, phone, or exact name)' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -l skill -d 'A skill she must have; repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from suggest" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a staff member (阿姨). Prints the new id on stdout'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import staff from a CSV file with Chinese or English headers: 姓名/name, 手机/phone, 身份证号, 性别, 出生年, 籍贯, 语言, 服务类型/categories, 技能/skills, 星级/level, 区域/districts, 证书/certificates (`健康证:HZ001:2026-01-05:2027-01-04;…`), 状态/status, 备注 …  UTF-8 (with or without BOM) or GBK'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "list" -d 'List staff, sorted by name. Filters combine (all must match)'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a staff member. The ID number is masked unless `--reveal`; the do-not-send list shows client ids'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Edit a staff member. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "avoid" -d 'Record that a client asked not to have this staff member again (or, with `--undo`, take that back). Booking her for the client is then refused, and `hk staff suggest` leaves her out for that client'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "link" -d 'Link visits written before the roster existed to staff records: every staff name on a visit that exactly one staff member has (the exact name) becomes her id. A name that several staff members share, or none, stays as it is (list them with `hk visit list --staff NAME`, then `hk visit edit V --set staff=ID`). One commit'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "suggest" -d 'Suggest staff for a visit: active staff who can be booked then (no double booking, not on leave, required certificates valid), who do the category and have every skill asked, and whom the client has not asked to avoid. Ranked by: (1) served this client before with no survey of overall ≤ 2 from those visits; (2) covers the client\'s district (one of hers appears in the client\'s address); (3) fewer visits already booked that day; (4) higher mean overall score of the surveys of her visits in the 180 days before the day (none counts as 0); (5) name. Each row shows the reasons'
complete -c hk -n "__fish_hk_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -f -a "add" -d 'Record a prepaid package a client bought (a named card). Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -f -a "list" -d 'List prepaid packages: client, kind, service, bought, expiry, paid, face value, bonus and what is left (visits or yuan), oldest purchase first. `--client` shows one client\'s; `--open` only those with something left'
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -f -a "show" -d 'Show a package: what it holds, what is left, and its ledger (every visit paid from it and every refund, oldest first; the ledger is only ever appended to)'
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -f -a "refund" -d 'Refund part or all of what is left on a package: a ledger entry that lowers the balance (the ledger is never rewritten). `--amount` is in the package\'s unit: a number of visits for a visits card, yuan for a stored-value card. More than the balance is refused whole'
complete -c hk -n "__fish_hk_using_subcommand package; and not __fish_seen_subcommand_from add list show refund help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l kind -d 'visits (次卡) or stored-value (储值卡)' -r
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l face -d 'What it holds: a number of visits, or yuan (2000 or 2000.50)' -r
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l bonus -d 'Given on top of the face value, in the same unit [default: 0]' -r
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l paid -d 'What the client paid, in yuan' -r
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l category -d 'The service a visits card is for (key or label) [default: the client\'s only one]' -r
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l date -d 'The day it was bought [default: today]' -r
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l expires -d 'The last day it can pay for a visit [default: never expires]' -r
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l note -d 'Notes (备注)' -r
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from list" -l client -d 'Only this client\'s packages (id or id prefix, phone, or exact name)' -r
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from list" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from list" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from list" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from list" -l open -d 'Only packages with a balance above zero'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from list" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from show" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from show" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from show" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from show" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from show" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from show" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from refund" -l amount -d 'Visits (visits card) or yuan (stored-value card) to give back' -r
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from refund" -l date -d 'The day of the refund [default: today]' -r
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from refund" -l note -d 'Why, or how the money went back (退款原因)' -r
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from refund" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from refund" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from refund" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from refund" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from refund" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from refund" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from refund" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from refund" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from refund" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a prepaid package a client bought (a named card). Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from help" -f -a "list" -d 'List prepaid packages: client, kind, service, bought, expiry, paid, face value, bonus and what is left (visits or yuan), oldest purchase first. `--client` shows one client\'s; `--open` only those with something left'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a package: what it holds, what is left, and its ledger (every visit paid from it and every refund, oldest first; the ledger is only ever appended to)'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from help" -f -a "refund" -d 'Refund part or all of what is left on a package: a ledger entry that lowers the balance (the ledger is never rewritten). `--amount` is in the package\'s unit: a number of visits for a visits card, yuan for a stored-value card. More than the balance is refused whole'
complete -c hk -n "__fish_hk_using_subcommand package; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the audit log, oldest first: each `--reveal` of an ID number, each `hk client export CLIENT` and each `hk client erase`, with when, what, whose data (an id: the log holds no name or phone) and who (the public key of the identity used; `hk key list` names the keys)'
complete -c hk -n "__fish_hk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from list" -l from -d 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day' -r
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from list" -l to -d 'On or before this day; a month, quarter, year or `last-month` means its last day' -r
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from list" -s p -l period -d 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)' -r
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from list" -l client -d 'Only entries about this client: an id or id prefix, as typed (an erased client\'s id still works; a staff id `w-…` works too)' -r
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from list" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from list" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the audit log, oldest first: each `--reveal` of an ID number, each `hk client export CLIENT` and each `hk client erase`, with when, what, whose data (an id: the log holds no name or phone) and who (the public key of the identity used; `hk key list` names the keys)'
complete -c hk -n "__fish_hk_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -f -a "add" -d 'Take an inquiry in (咨询登记). Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -f -a "list" -d 'List inquiries by date (the day they came in). Filters combine'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -f -a "show" -d 'Show an inquiry: what was asked and needed, the outcome (booked once a visit of the converted client follows), and the client it became'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -f -a "convert" -d 'Convert an inquiry into a client (转为客户). Prints the client\'s id'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -f -a "edit" -d 'Edit an inquiry. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and not __fish_seen_subcommand_from add list show convert edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l channel -d 'How they got in touch: phone, wechat, meituan (美团), 58tongcheng (58同城), walk-in, website, referral, other (or the config\'s labels)' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l date -d 'The day they got in touch [default: today]; not after today' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l name -d 'The prospect\'s name (姓名)' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l phone -d 'The prospect\'s phone' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l category -d 'The service asked about (key or label)' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l topic -d 'What they asked about: price, qualification, availability, content, safety, other (or 价格, 资质, 档期, 服务内容, 安全/保险, 其他); repeatable' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l needs -d 'What they need (需求)' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l budget -d 'Their budget, as they said it (`8000-10000/月`)' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l start -l due-date -d 'When they want the service to start; for maternity nursing the expected birth date (预产期)' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l outcome -d 'open (the default) or lost; `booked` follows from a visit once converted' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l reason -d 'Why it was lost (with `--outcome lost`)' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l note -d 'Notes (备注)' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -l from -d 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -l to -d 'On or before this day; a month, quarter, year or `last-month` means its last day' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -s p -l period -d 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -l outcome -d 'open, booked or lost (the outcome as hk counts it: booked once a visit follows)' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -l channel -d 'Only this channel (key or label)' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -l due-within -d 'Only open leads whose wanted start date is within N days from today' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from show" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from show" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from show" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from show" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from show" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from show" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -l client -d 'An existing client (id or id prefix, phone, or exact name) instead of a new one' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -l date -d 'The day it was converted [default: today]; not before the inquiry, not after today' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -l name -d 'The new client\'s name, when the inquiry has none (or to correct it)' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -l phone -d 'The new client\'s phone, when the inquiry has none (or to correct it)' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -l address -d 'The new client\'s address' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -l allow-duplicate -d 'Make the new client even if a client with the same phone exists'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from convert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from edit" -l set -d 'FIELD=VALUE; lists take `;`-separated values' -r
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from edit" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from edit" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from edit" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from edit" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from edit" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from edit" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from help" -f -a "add" -d 'Take an inquiry in (咨询登记). Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from help" -f -a "list" -d 'List inquiries by date (the day they came in). Filters combine'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an inquiry: what was asked and needed, the outcome (booked once a visit of the converted client follows), and the client it became'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from help" -f -a "convert" -d 'Convert an inquiry into a client (转为客户). Prints the client\'s id'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Edit an inquiry. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML'
complete -c hk -n "__fish_hk_using_subcommand inquiry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand message; and not __fish_seen_subcommand_from reminders care campaign help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand message; and not __fish_seen_subcommand_from reminders care campaign help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand message; and not __fish_seen_subcommand_from reminders care campaign help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand message; and not __fish_seen_subcommand_from reminders care campaign help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand message; and not __fish_seen_subcommand_from reminders care campaign help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand message; and not __fish_seen_subcommand_from reminders care campaign help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand message; and not __fish_seen_subcommand_from reminders care campaign help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand message; and not __fish_seen_subcommand_from reminders care campaign help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand message; and not __fish_seen_subcommand_from reminders care campaign help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand message; and not __fish_seen_subcommand_from reminders care campaign help" -f -a "reminders" -d 'The reminder text for every visit scheduled on one day, by time, filled from the `reminder` template (`[templates]` in `.hk/config.toml`)'
complete -c hk -n "__fish_hk_using_subcommand message; and not __fish_seen_subcommand_from reminders care campaign help" -f -a "care" -d 'The care text for every client whose next expected service falls within the next N days and who has nothing booked in them, filled from the `care` template'
complete -c hk -n "__fish_hk_using_subcommand message; and not __fish_seen_subcommand_from reminders care campaign help" -f -a "campaign" -d 'A campaign text (营销短信) for every client whose marketing consent is yes today, filled from a campaign template: any key of `[templates]` in `.hk/config.toml` other than `reminder` and `care`'
complete -c hk -n "__fish_hk_using_subcommand message; and not __fish_seen_subcommand_from reminders care campaign help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from reminders" -l on -d 'Visits on this date' -r
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from reminders" -l channel -d 'How the messages are sent, for `--log`: sms or wechat' -r
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from reminders" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from reminders" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from reminders" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from reminders" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from reminders" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from reminders" -l tomorrow -d 'Tomorrow\'s visits'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from reminders" -l log -d 'Record each message as a follow-up (outcome reached, dated today), in one commit; without it nothing is written'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from reminders" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from reminders" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from reminders" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from reminders" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from care" -l within -d 'How many days ahead to look (today + N, inclusive)' -r
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from care" -l channel -d 'How the messages are sent, for `--log`: sms or wechat' -r
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from care" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from care" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from care" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from care" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from care" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from care" -l log -d 'Record each message as a follow-up (outcome reached, dated today), in one commit; without it nothing is written'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from care" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from care" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from care" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from care" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from campaign" -l template -d 'The template\'s key under `[templates]`' -r
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from campaign" -l channel -d 'How the messages are sent, for `--log`: sms or wechat' -r
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from campaign" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from campaign" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from campaign" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from campaign" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from campaign" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from campaign" -l log -d 'Record each message as a follow-up (outcome reached, dated today), in one commit; without it nothing is written'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from campaign" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from campaign" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from campaign" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from campaign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "reminders" -d 'The reminder text for every visit scheduled on one day, by time, filled from the `reminder` template (`[templates]` in `.hk/config.toml`)'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "care" -d 'The care text for every client whose next expected service falls within the next N days and who has nothing booked in them, filled from the `care` template'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "campaign" -d 'A campaign text (营销短信) for every client whose marketing consent is yes today, filled from a campaign template: any key of `[templates]` in `.hk/config.toml` other than `reminder` and `care`'
complete -c hk -n "__fish_hk_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -f -a "lifecycle" -d 'Count clients per lifecycle stage (lead, new, active, at-risk, churned), in all and per service category (a client with two categories counts in both)'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -f -a "followups" -d 'Follow-up figures for a period: clients due, follow-ups made, reached and the reached rate, and clients overdue at the end of the period (or today)'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -f -a "satisfaction" -d 'Satisfaction figures over the survey responses of a period: responses, the mean of each dimension over the responses that answered it, csat_pct (share of overall 4–5), nps (promoters 9–10 minus detractors 0–6, per 100 answers), and the counts'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -f -a "complaints" -d 'Complaint figures over the complaints opened in a period (all time without `--from`/`--to`): opened, still open, overdue now (HK_NOW), first response on time % (first contact at or before its deadline, over complaints with a first contact or whose deadline has passed), resolved on time % (likewise), median hours to resolve, reopened (every reopen), compensation total (yuan), and retained % (the client had a done visit after the resolved date, over resolved complaints)'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -f -a "staff" -d 'Per staff member, over a period: done visits, distinct clients, repeat clients (served on two or more distinct visit start dates), survey responses, mean overall, CSAT % and NPS (as `hk report satisfaction`, over the surveys whose visit she worked), complaints about a visit she worked and complaints per 100 done visits. Visits count by start date, surveys by their date, complaints by the day they were opened. Roster members come first (by name), then free-text staff names of visits (`(unlisted)`)'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -f -a "dashboard" -d 'Write the owner\'s dashboard: one self-contained HTML file with charts of CSAT and NPS by month, dimension means, satisfaction by staff member, clients per lifecycle stage, follow-ups due and made per month, and complaints by type with the share handled on time'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -f -a "revenue" -d 'Revenue over a period, by visit start date: done visits, those with a price, their total and mean price (exact yuan; the mean is rounded to the fen), and the part paid from prepaid packages (visits and yuan: the prices of the visits a package paid for)'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -f -a "packages" -d 'Packages with something left (the company\'s prepaid liability: visits and yuan still owed to clients), soonest expiry first, then those that never expire. Status `expiring` marks a package that expires within 30 days, `expired` one past its expiry (its balance is still owed until refunded). The last row, `total`, sums the visits and yuan left'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -f -a "loyalty" -d 'Loyalty over a period, by visit start date (done visits only): the `all` row for the whole period, then one row per month'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -f -a "retention" -d 'List clients that have been closed or churned for longer than DURATION (`3y`, `18m`, `2w`, `90d`; years and months are calendar months), oldest first: the candidates for `hk client erase` under a retention policy'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -f -a "inquiries" -d 'Inquiry figures over the inquiries that came in during a period (all time without `--from`/`--to`): inquiries; converted (linked to a client by `hk inquiry convert`) and converted %; the median days from the inquiry to its conversion; booked, lost and still open (booked once a visit of the converted client follows); and the lost reasons, the most frequent first'
complete -c hk -n "__fish_hk_using_subcommand report; and not __fish_seen_subcommand_from lifecycle followups satisfaction complaints staff dashboard revenue packages loyalty retention inquiries help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from followups" -l from -d 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from followups" -l to -d 'On or before this day; a month, quarter, year or `last-month` means its last day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from followups" -s p -l period -d 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from followups" -l by -d 'Group rows by month or by category' -r -f -a "month\t''
category\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from followups" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from followups" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from followups" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from followups" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from followups" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from followups" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from followups" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from followups" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from followups" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l from -d 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l to -d 'On or before this day; a month, quarter, year or `last-month` means its last day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -s p -l period -d 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l by -d 'One row per month, quarter, category, staff member or channel [default: one total row]' -r -f -a "month\t''
quarter\t''
category\t''
staff\t''
channel\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from complaints" -l from -d 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from complaints" -l to -d 'On or before this day; a month, quarter, year or `last-month` means its last day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from complaints" -s p -l period -d 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from complaints" -l by -d 'One row per month (opened), type, category or staff member [default: one total row]' -r -f -a "month\t''
type\t''
category\t''
staff\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from complaints" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from complaints" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from complaints" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from complaints" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from complaints" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from complaints" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from complaints" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from complaints" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from complaints" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from staff" -l from -d 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from staff" -l to -d 'On or before this day; a month, quarter, year or `last-month` means its last day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from staff" -s p -l period -d 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from staff" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from staff" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from staff" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from staff" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from staff" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from staff" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from staff" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from staff" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from staff" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l out -d 'The HTML file to write (replaced if it exists)' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l from -d 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l to -d 'On or before this day; a month, quarter, year or `last-month` means its last day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from dashboard" -s p -l period -d 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from dashboard" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from dashboard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from revenue" -l from -d 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from revenue" -l to -d 'On or before this day; a month, quarter, year or `last-month` means its last day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from revenue" -s p -l period -d 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from revenue" -l by -d 'One row per month, category, staff member or payment method [default: one total row]' -r -f -a "month\t''
category\t''
staff\t''
payment\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from revenue" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from revenue" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from revenue" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from revenue" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from revenue" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from revenue" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from revenue" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from revenue" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from revenue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from packages" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from packages" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from packages" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from packages" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from packages" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from packages" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from packages" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from packages" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from packages" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l from -d 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l to -d 'On or before this day; a month, quarter, year or `last-month` means its last day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from loyalty" -s p -l period -d 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from loyalty" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from loyalty" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from retention" -l older-than -d 'How long: 3y, 18m, 2w or 90d' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from retention" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from retention" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from retention" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from retention" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from retention" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from retention" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from retention" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from retention" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from retention" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from inquiries" -l from -d 'On or after this day; a month (2026-11), quarter (2026-Q4), year (2026) or `last-month` means its first day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from inquiries" -l to -d 'On or before this day; a month, quarter, year or `last-month` means its last day' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from inquiries" -s p -l period -d 'A whole period instead of `--from`/`--to`: this-month, last-month, this-quarter, last-quarter, this-year, last-year, a month (2026-11) or a quarter (2026-Q4)' -r
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from inquiries" -l by -d 'One row per month, channel, topic or service asked about [default: one total row]' -r -f -a "month\t''
channel\t''
topic\t''
category\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from inquiries" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from inquiries" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from inquiries" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from inquiries" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from inquiries" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from inquiries" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from inquiries" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from inquiries" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from inquiries" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "lifecycle" -d 'Count clients per lifecycle stage (lead, new, active, at-risk, churned), in all and per service category (a client with two categories counts in both)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "followups" -d 'Follow-up figures for a period: clients due, follow-ups made, reached and the reached rate, and clients overdue at the end of the period (or today)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "satisfaction" -d 'Satisfaction figures over the survey responses of a period: responses, the mean of each dimension over the responses that answered it, csat_pct (share of overall 4–5), nps (promoters 9–10 minus detractors 0–6, per 100 answers), and the counts'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "complaints" -d 'Complaint figures over the complaints opened in a period (all time without `--from`/`--to`): opened, still open, overdue now (HK_NOW), first response on time % (first contact at or before its deadline, over complaints with a first contact or whose deadline has passed), resolved on time % (likewise), median hours to resolve, reopened (every reopen), compensation total (yuan), and retained % (the client had a done visit after the resolved date, over resolved complaints)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "staff" -d 'Per staff member, over a period: done visits, distinct clients, repeat clients (served on two or more distinct visit start dates), survey responses, mean overall, CSAT % and NPS (as `hk report satisfaction`, over the surveys whose visit she worked), complaints about a visit she worked and complaints per 100 done visits. Visits count by start date, surveys by their date, complaints by the day they were opened. Roster members come first (by name), then free-text staff names of visits (`(unlisted)`)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "dashboard" -d 'Write the owner\'s dashboard: one self-contained HTML file with charts of CSAT and NPS by month, dimension means, satisfaction by staff member, clients per lifecycle stage, follow-ups due and made per month, and complaints by type with the share handled on time'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "revenue" -d 'Revenue over a period, by visit start date: done visits, those with a price, their total and mean price (exact yuan; the mean is rounded to the fen), and the part paid from prepaid packages (visits and yuan: the prices of the visits a package paid for)'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "packages" -d 'Packages with something left (the company\'s prepaid liability: visits and yuan still owed to clients), soonest expiry first, then those that never expire. Status `expiring` marks a package that expires within 30 days, `expired` one past its expiry (its balance is still owed until refunded). The last row, `total`, sums the visits and yuan left'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "loyalty" -d 'Loyalty over a period, by visit start date (done visits only): the `all` row for the whole period, then one row per month'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "retention" -d 'List clients that have been closed or churned for longer than DURATION (`3y`, `18m`, `2w`, `90d`; years and months are calendar months), oldest first: the candidates for `hk client erase` under a retention policy'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "inquiries" -d 'Inquiry figures over the inquiries that came in during a period (all time without `--from`/`--to`): inquiries; converted (linked to a client by `hk inquiry convert`) and converted %; the median days from the inquiry to its conversion; booked, lost and still open (booked once a visit of the converted client follows); and the lost reasons, the most frequent first'
complete -c hk -n "__fish_hk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand undo" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand undo" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand undo" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand undo" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand undo" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand undo" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand undo" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand undo" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand sync" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand sync" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand sync" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand sync" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand sync" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand sync" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand sync" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand sync" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand conflicts" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand conflicts" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand conflicts" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand conflicts" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand conflicts" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand conflicts" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand conflicts" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand conflicts" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand conflicts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand resolve" -l value -d 'Set this value instead' -r
complete -c hk -n "__fish_hk_using_subcommand resolve" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand resolve" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand resolve" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand resolve" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand resolve" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand resolve" -l ours -d 'Keep this clone\'s value (the one the record holds now)'
complete -c hk -n "__fish_hk_using_subcommand resolve" -l theirs -d 'Take the other office\'s value'
complete -c hk -n "__fish_hk_using_subcommand resolve" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand resolve" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand resolve" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand cat" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand cat" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand cat" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand cat" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand cat" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand cat" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand cat" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand cat" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand cat" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand git; and not __fish_seen_subcommand_from setup help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand git; and not __fish_seen_subcommand_from setup help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand git; and not __fish_seen_subcommand_from setup help" -f -a "setup" -d 'Set up git for a store shared by several offices'
complete -c hk -n "__fish_hk_using_subcommand git; and not __fish_seen_subcommand_from setup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand git; and __fish_seen_subcommand_from setup" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand git; and __fish_seen_subcommand_from setup" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand git; and __fish_seen_subcommand_from setup" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand git; and __fish_seen_subcommand_from setup" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand git; and __fish_seen_subcommand_from setup" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand git; and __fish_seen_subcommand_from setup" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand git; and __fish_seen_subcommand_from setup" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand git; and __fish_seen_subcommand_from setup" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand git; and __fish_seen_subcommand_from setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand git; and __fish_seen_subcommand_from help" -f -a "setup" -d 'Set up git for a store shared by several offices'
complete -c hk -n "__fish_hk_using_subcommand git; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand cache; and not __fish_seen_subcommand_from status clear help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand cache; and not __fish_seen_subcommand_from status clear help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand cache; and not __fish_seen_subcommand_from status clear help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand cache; and not __fish_seen_subcommand_from status clear help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand cache; and not __fish_seen_subcommand_from status clear help" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand cache; and not __fish_seen_subcommand_from status clear help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand cache; and not __fish_seen_subcommand_from status clear help" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand cache; and not __fish_seen_subcommand_from status clear help" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand cache; and not __fish_seen_subcommand_from status clear help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand cache; and not __fish_seen_subcommand_from status clear help" -f -a "status" -d 'Show what the cache holds: per record kind, its entries, size, when it was written and for which public key. No record content is shown'
complete -c hk -n "__fish_hk_using_subcommand cache; and not __fish_seen_subcommand_from status clear help" -f -a "clear" -d 'Delete the cache folder `.hk/cache/`. Nothing is lost: the next command decrypts the records again and rebuilds it'
complete -c hk -n "__fish_hk_using_subcommand cache; and not __fish_seen_subcommand_from status clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from status" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from status" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from status" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from status" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from status" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from status" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from clear" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from clear" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from clear" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from clear" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from clear" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from clear" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from clear" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show what the cache holds: per record kind, its entries, size, when it was written and for which public key. No record content is shown'
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Delete the cache folder `.hk/cache/`. Nothing is lost: the next command decrypts the records again and rebuilds it'
complete -c hk -n "__fish_hk_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand completions" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand completions" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand completions" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand completions" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand completions" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand completions" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand completions" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand completions" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand merge-driver" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand merge-driver" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand merge-driver" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand merge-driver" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand merge-driver" -l lang -d 'The language of messages, help and table headers: `zh` (中文), `en`, or `both` (bilingual table headers) [default: $HK_LANG, else the store\'s `language`, else the locale]' -r -f -a "zh\t''
en\t''
both\t''"
complete -c hk -n "__fish_hk_using_subcommand merge-driver" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand merge-driver" -l wide -d 'Print tables at full width: never shorten addresses, notes or other free text to fit the terminal (ids, phones, dates and money are never shortened anyway)'
complete -c hk -n "__fish_hk_using_subcommand merge-driver" -l no-cache -d 'Neither read nor write the cache in `.hk/cache/` (also: HK_NO_CACHE=1)'
complete -c hk -n "__fish_hk_using_subcommand merge-driver" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "init" -d 'Create a store: `.hk/config.toml` (settings, categories, follow-up policy), `.hk/recipients` (the public keys records are encrypted to) and the record folders'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "today" -d 'The morning page: follow-ups due, tomorrow\'s visits and who goes, overdue complaints, open action items, and staff certificates expiring within 30 days'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "key" -d 'Make an identity (private key) or show your public key'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "client" -d 'The client archive (客户档案): intake, lookup, tags, consent, import and export, erasure'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "visit" -d 'Service visits (服务记录): add, list, import, status, tomorrow\'s reminders'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "followup" -d 'Follow-up calls (回访): log them, and who is due today'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "complaint" -d 'Complaints (投诉): take them in, log each step, resolve, close, find similar ones'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "action" -d 'Action items of follow-ups (待办): list them, mark them done'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "survey" -d 'Satisfaction surveys (满意度调查): enter by hand, import exports, list'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "staff" -d 'The staff roster (服务人员 / 阿姨): add, list, certificates, do-not-send lists'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "package" -d 'Prepaid packages (次卡 / 储值卡): sell, list, show the ledger, refund'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "audit" -d 'The audit log (审计): who revealed, exported or erased whose data, and when'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "inquiry" -d 'Inquiries (咨询): prospects\' first contacts, what they asked, and converting them'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "message" -d 'Messages to clients (预约提醒, 关怀问候, campaigns) with their text, for SMS or WeChat'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "report" -d 'Reports for the owner: satisfaction, lifecycle, follow-ups, complaints, staff, inquiries, revenue, packages, loyalty, retention, the HTML dashboard'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "undo" -d 'Undo hk\'s last change: in a store kept in git, puts back every file that hk\'s newest commit changed, as one new commit (`undo <commit> (<its title>)`)'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "sync" -d 'Fetch the other offices\' changes, merge them field by field, and push ours'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "conflicts" -d 'List the fields that two offices changed differently (DESIGN §13)'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "resolve" -d 'Settle a conflict from a merge: keep our value, take theirs, or type another'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "cat" -d 'Print one record file decrypted (TOML) to stdout'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "git" -d 'Git for several offices: set up hk\'s merge and diff drivers in this clone'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "cache" -d 'The encrypted cache of decrypted records: what it holds, or delete it'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "completions" -d 'Print the completion script for a shell. The files under `completions/` are this command\'s output (a test keeps them equal)'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "merge-driver" -d 'Merge two versions of a record, field by field (git runs this; see `hk git setup`)'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init today key client visit followup complaint action survey staff package audit inquiry message report undo sync conflicts resolve cat git cache completions merge-driver help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "generate" -d 'Make a new identity (private key). Without --out it is printed to stdout'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "public" -d 'Print the public key of your identity, to add to a store\'s `.hk/recipients`'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "add" -d 'Add a colleague\'s public key and re-encrypt every record so it opens with it'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "remove" -d 'Remove a key from `.hk/recipients` and re-encrypt every record without it'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "list" -d 'List the public keys in `.hk/recipients`, with their names'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "rewrap" -d 'Re-encrypt every record to the keys now in `.hk/recipients`'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "add" -d 'Add a client. Prints the new id on stdout'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "import" -d 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "list" -d 'List clients, sorted by name. Filters combine (all must match)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "show" -d 'Show a client\'s profile, lifecycle stage and next follow-up; in a table, also the timeline of inquiries, visits, follow-ups, surveys, complaints and marketing consent changes (in CSV and JSON the consent history is the field `consent_history`). The ID number is masked unless `--reveal`, which adds an entry to the audit log (and a commit) before anything is shown'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "edit" -d 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "tag" -d 'Add tags (and with --category, service categories) to a client'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "untag" -d 'Remove tags (and with --category, service categories) from a client'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "export" -d 'Without CLIENT: export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged (marketing consent: the entry in force today)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "delete" -d 'Delete a client. Asks for confirmation on a terminal; without one, needs `--yes`'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "merge" -d 'Merge client OTHER into client KEEP, as one commit. Asks for confirmation on a terminal; without one, needs `--yes`'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "points" -d 'Show a client\'s points (积分) by where they came from, what was redeemed, the balance, the spend over the last 12 months and the tier; or redeem points with `--redeem N --note TEXT` (an entry appended to the client\'s points ledger, never more than the balance)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "consent" -d 'Record that a client agreed to marketing messages (`--marketing yes`) or refused or withdrew that consent (`--marketing no`). Every change is kept: `hk client show` lists the history, and from the entry\'s date on, campaigns follow the latest entry'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "erase" -d 'Erase a client at their request: the client record and every record of theirs (visits, follow-ups, complaints and every other kind that names them) are deleted, their survey answers become anonymous (the client, the visit and the comment removed; the scores kept, so the satisfaction figures still count them), and their id leaves the staff do-not-send lists — all in one commit, with an entry in the audit log (which names the client by id only)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from visit" -f -a "add" -d 'Add a visit for a client. Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from visit" -f -a "import" -d 'Import visits from a CSV file with Chinese or English headers: 客户编号/client or 手机/phone, 日期/date, 结束日期/end, 时间/time, 服务类型/category, 服务人员/staff, 状态/status, 金额/price, 支付方式/payment, 备注/notes …'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from visit" -f -a "list" -d 'List visits, oldest first. Filters combine'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from visit" -f -a "show" -d 'Show one visit'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from visit" -f -a "edit" -d 'Change a visit with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML. Fields: date, end, time, category, staff (`;`-separated), status, price, payment, products, issues, notes. A new date in another month moves the file to that month\'s folder'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from visit" -f -a "done" -d 'Mark a visit done (a visit dated after today cannot be done yet)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from visit" -f -a "cancel" -d 'Mark a visit cancelled; or, with `--series ID`, every scheduled visit of that series (from `--from D` on, inclusive), in one commit. Done and no-show visits of the series stay as they are'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from visit" -f -a "no-show" -d 'Mark that the client was not there (no-show)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from visit" -f -a "upcoming" -d 'List the scheduled visits of one day, by time, with what you need to call or text the client: phone, address, staff. `--within N` lists today and the next N days, by date and time, with a date column'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from visit" -f -a "delete" -d 'Delete a visit. Asks for confirmation on a terminal; without one, needs `--yes`'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from followup" -f -a "log" -d 'Log a follow-up with a client (回访记录). Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from followup" -f -a "list" -d 'List follow-ups, oldest first. Filters combine'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from followup" -f -a "due" -d 'List the clients due for a follow-up call: most overdue first, then by name'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from followup" -f -a "edit" -d 'Change a follow-up with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from followup" -f -a "delete" -d 'Delete a follow-up (the client\'s due date is worked out again from the rest). Asks for confirmation on a terminal; without one, needs `--yes`. To move a call logged on the wrong client instead, use `hk followup edit ID --set client=…`'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "add" -d 'Take a complaint in (投诉登记). Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "log" -d 'Log a step in handling a complaint, stamped with the current time'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "assign" -d 'Assign a complaint to the person who handles it; puts an open one in progress'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "resolve" -d 'Record the resolution of a complaint (处理结果), now. A resolved complaint puts a call-back in `hk followup due` a few days later (`complaint_callback_days`)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "close" -d 'Close a complaint. `--verdict` and `--score` are the client\'s word on the resolution, so they need a resolved complaint; an open one may be closed without them (the client withdrew it). A verdict also settles the call-back'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "reopen" -d 'Reopen a resolved or closed complaint. It keeps its original deadlines (so it is usually overdue at once), the earlier resolution stays in its log, and the report counts the reopen'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "list" -d 'List complaints: overdue ones first, then by their next deadline (the first response while nobody has contacted the client, else the resolution), then the resolved and closed ones by when they came in. Filters combine'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "show" -d 'Show a complaint: its fields and deadlines; in a table, also its log and the resolution script (话术) for its type, `playbook/<type>.md` in the store'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "similar" -d 'Resolved complaints of the same type or sharing words with this one, with their resolutions (the knowledge base): most alike first'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "search" -d 'Resolved complaints whose description, resolution, cause or log share words with TEXT, with their resolutions: most matching words first. Chinese is matched by pairs of characters, so `花瓶` finds `打碎了花瓶`'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from action" -f -a "list" -d 'List action items (the `--action` texts of follow-ups): overdue ones first, then by due date (those without one last), then by follow-up. An item is overdue from the day after its due date while not done'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from action" -f -a "done" -d 'Mark an action item done (today, or `--date`). ID is `f-….N`, as `hk action list` shows it; the follow-up part may be a unique prefix'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from survey" -f -a "add" -d 'Add a survey response for a client. Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from survey" -f -a "import" -d 'Import survey responses from a questionnaire export'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from survey" -f -a "list" -d 'List survey responses, oldest first. `--low` keeps the unhappy ones to call back: detractors (NPS 0–6) and overall scores of 1–2'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from survey" -f -a "edit" -d 'Change a survey response with `--set FIELD=VALUE` (repeatable); without `--set`, opens $EDITOR on the decrypted TOML'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from survey" -f -a "delete" -d 'Delete a survey response. Asks for confirmation on a terminal; without one, needs `--yes`. An imported response deleted here comes back if its file is imported again (the import skips only rows it still holds)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "add" -d 'Add a staff member (阿姨). Prints the new id on stdout'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "import" -d 'Import staff from a CSV file with Chinese or English headers: 姓名/name, 手机/phone, 身份证号, 性别, 出生年, 籍贯, 语言, 服务类型/categories, 技能/skills, 星级/level, 区域/districts, 证书/certificates (`健康证:HZ001:2026-01-05:2027-01-04;…`), 状态/status, 备注 …  UTF-8 (with or without BOM) or GBK'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "list" -d 'List staff, sorted by name. Filters combine (all must match)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "show" -d 'Show a staff member. The ID number is masked unless `--reveal`; the do-not-send list shows client ids'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "edit" -d 'Edit a staff member. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "avoid" -d 'Record that a client asked not to have this staff member again (or, with `--undo`, take that back). Booking her for the client is then refused, and `hk staff suggest` leaves her out for that client'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "link" -d 'Link visits written before the roster existed to staff records: every staff name on a visit that exactly one staff member has (the exact name) becomes her id. A name that several staff members share, or none, stays as it is (list them with `hk visit list --staff NAME`, then `hk visit edit V --set staff=ID`). One commit'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "suggest" -d 'Suggest staff for a visit: active staff who can be booked then (no double booking, not on leave, required certificates valid), who do the category and have every skill asked, and whom the client has not asked to avoid. Ranked by: (1) served this client before with no survey of overall ≤ 2 from those visits; (2) covers the client\'s district (one of hers appears in the client\'s address); (3) fewer visits already booked that day; (4) higher mean overall score of the surveys of her visits in the 180 days before the day (none counts as 0); (5) name. Each row shows the reasons'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from package" -f -a "add" -d 'Record a prepaid package a client bought (a named card). Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from package" -f -a "list" -d 'List prepaid packages: client, kind, service, bought, expiry, paid, face value, bonus and what is left (visits or yuan), oldest purchase first. `--client` shows one client\'s; `--open` only those with something left'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from package" -f -a "show" -d 'Show a package: what it holds, what is left, and its ledger (every visit paid from it and every refund, oldest first; the ledger is only ever appended to)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from package" -f -a "refund" -d 'Refund part or all of what is left on a package: a ledger entry that lowers the balance (the ledger is never rewritten). `--amount` is in the package\'s unit: a number of visits for a visits card, yuan for a stored-value card. More than the balance is refused whole'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List the audit log, oldest first: each `--reveal` of an ID number, each `hk client export CLIENT` and each `hk client erase`, with when, what, whose data (an id: the log holds no name or phone) and who (the public key of the identity used; `hk key list` names the keys)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from inquiry" -f -a "add" -d 'Take an inquiry in (咨询登记). Prints the new id'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from inquiry" -f -a "list" -d 'List inquiries by date (the day they came in). Filters combine'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from inquiry" -f -a "show" -d 'Show an inquiry: what was asked and needed, the outcome (booked once a visit of the converted client follows), and the client it became'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from inquiry" -f -a "convert" -d 'Convert an inquiry into a client (转为客户). Prints the client\'s id'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from inquiry" -f -a "edit" -d 'Edit an inquiry. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from message" -f -a "reminders" -d 'The reminder text for every visit scheduled on one day, by time, filled from the `reminder` template (`[templates]` in `.hk/config.toml`)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from message" -f -a "care" -d 'The care text for every client whose next expected service falls within the next N days and who has nothing booked in them, filled from the `care` template'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from message" -f -a "campaign" -d 'A campaign text (营销短信) for every client whose marketing consent is yes today, filled from a campaign template: any key of `[templates]` in `.hk/config.toml` other than `reminder` and `care`'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "lifecycle" -d 'Count clients per lifecycle stage (lead, new, active, at-risk, churned), in all and per service category (a client with two categories counts in both)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "followups" -d 'Follow-up figures for a period: clients due, follow-ups made, reached and the reached rate, and clients overdue at the end of the period (or today)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "satisfaction" -d 'Satisfaction figures over the survey responses of a period: responses, the mean of each dimension over the responses that answered it, csat_pct (share of overall 4–5), nps (promoters 9–10 minus detractors 0–6, per 100 answers), and the counts'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "complaints" -d 'Complaint figures over the complaints opened in a period (all time without `--from`/`--to`): opened, still open, overdue now (HK_NOW), first response on time % (first contact at or before its deadline, over complaints with a first contact or whose deadline has passed), resolved on time % (likewise), median hours to resolve, reopened (every reopen), compensation total (yuan), and retained % (the client had a done visit after the resolved date, over resolved complaints)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "staff" -d 'Per staff member, over a period: done visits, distinct clients, repeat clients (served on two or more distinct visit start dates), survey responses, mean overall, CSAT % and NPS (as `hk report satisfaction`, over the surveys whose visit she worked), complaints about a visit she worked and complaints per 100 done visits. Visits count by start date, surveys by their date, complaints by the day they were opened. Roster members come first (by name), then free-text staff names of visits (`(unlisted)`)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "dashboard" -d 'Write the owner\'s dashboard: one self-contained HTML file with charts of CSAT and NPS by month, dimension means, satisfaction by staff member, clients per lifecycle stage, follow-ups due and made per month, and complaints by type with the share handled on time'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "revenue" -d 'Revenue over a period, by visit start date: done visits, those with a price, their total and mean price (exact yuan; the mean is rounded to the fen), and the part paid from prepaid packages (visits and yuan: the prices of the visits a package paid for)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "packages" -d 'Packages with something left (the company\'s prepaid liability: visits and yuan still owed to clients), soonest expiry first, then those that never expire. Status `expiring` marks a package that expires within 30 days, `expired` one past its expiry (its balance is still owed until refunded). The last row, `total`, sums the visits and yuan left'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "loyalty" -d 'Loyalty over a period, by visit start date (done visits only): the `all` row for the whole period, then one row per month'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "retention" -d 'List clients that have been closed or churned for longer than DURATION (`3y`, `18m`, `2w`, `90d`; years and months are calendar months), oldest first: the candidates for `hk client erase` under a retention policy'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "inquiries" -d 'Inquiry figures over the inquiries that came in during a period (all time without `--from`/`--to`): inquiries; converted (linked to a client by `hk inquiry convert`) and converted %; the median days from the inquiry to its conversion; booked, lost and still open (booked once a visit of the converted client follows); and the lost reasons, the most frequent first'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from git" -f -a "setup" -d 'Set up git for a store shared by several offices'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "status" -d 'Show what the cache holds: per record kind, its entries, size, when it was written and for which public key. No record content is shown'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "clear" -d 'Delete the cache folder `.hk/cache/`. Nothing is lost: the next command decrypts the records again and rebuilds it'
