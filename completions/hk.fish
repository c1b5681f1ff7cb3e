# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_hk_global_optspecs
    string join \n store= identity= format= color= q/quiet h/help V/version
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
complete -c hk -n "__fish_hk_needs_command" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_needs_command" -s V -l version -d 'Print version'
complete -c hk -n "__fish_hk_needs_command" -f -a "init" -d 'Create a store: `.hk/config.toml` (settings, categories, follow-up policy), `.hk/recipients` (the public keys records are encrypted to) and the record folders'
complete -c hk -n "__fish_hk_needs_command" -f -a "key" -d 'Make an identity (private key) or show your public key'
complete -c hk -n "__fish_hk_needs_command" -f -a "client" -d 'The client archive (客户档案): intake, lookup, tags, import and export'
complete -c hk -n "__fish_hk_needs_command" -f -a "cat" -d 'Print one record file decrypted (TOML) to stdout'
complete -c hk -n "__fish_hk_needs_command" -f -a "completions" -d 'Print the completion script for a shell. The files under `completions/` are this command\'s output (a test keeps them equal)'
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
complete -c hk -n "__fish_hk_using_subcommand init" -l git -d 'Also make the folder a git repository, with a diff driver that shows decrypted records'
complete -c hk -n "__fish_hk_using_subcommand init" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public help" -f -a "generate" -d 'Make a new identity (private key). Without --out it is printed to stdout'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public help" -f -a "public" -d 'Print the public key of your identity, to add to a store\'s `.hk/recipients`'
complete -c hk -n "__fish_hk_using_subcommand key; and not __fish_seen_subcommand_from generate public help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -l out -d 'Write it to this file (mode 0600) instead; an existing file is never replaced' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from public" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Make a new identity (private key). Without --out it is printed to stdout'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "public" -d 'Print the public key of your identity, to add to a store\'s `.hk/recipients`'
complete -c hk -n "__fish_hk_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -f -a "add" -d 'Add a client. Prints the new id on stdout'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -f -a "import" -d 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -f -a "list" -d 'List clients, sorted by name. Filters combine (all must match)'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -f -a "show" -d 'Show a client\'s profile. The ID number is masked unless `--reveal`'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -f -a "edit" -d 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -f -a "tag" -d 'Add tags (and with --category, service categories) to a client'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -f -a "untag" -d 'Remove tags (and with --category, service categories) from a client'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -f -a "export" -d 'Export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged'
complete -c hk -n "__fish_hk_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit tag untag export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l marketing -d 'The client agreed to marketing messages (dated today)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l do-not-contact -d 'Never call or message this client'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -l allow-duplicate -d 'Add even if a client with the same phone exists'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors, no progress messages'
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
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and show what would be imported, without writing'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l category -d 'Only clients in this service category (key or label)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l tag -d 'Only clients with this tag or one below it (`宠物` finds `宠物/猫`)' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l search -d 'Only clients whose name, phone, address, WeChat, tags or notes contain TEXT' -r
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -l reveal -d 'Show the full resident ID number'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress messages'
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
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data and errors, no progress messages'
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
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from tag" -s q -l quiet -d 'Print only data and errors, no progress messages'
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
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from untag" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a client. Prints the new id on stdout'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "list" -d 'List clients, sorted by name. Filters combine (all must match)'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a client\'s profile. The ID number is masked unless `--reveal`'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Add tags (and with --category, service categories) to a client'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "untag" -d 'Remove tags (and with --category, service categories) from a client'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged'
complete -c hk -n "__fish_hk_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand cat" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand cat" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand cat" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand cat" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand cat" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand cat" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hk -n "__fish_hk_using_subcommand completions" -l store -d 'The store folder [default: $HK_STORE, else the nearest parent folder with `.hk/`]' -r -F
complete -c hk -n "__fish_hk_using_subcommand completions" -l identity -d 'Your age identity (private key) [default: $HK_IDENTITY, else ~/.config/hk/identity.txt]' -r -F
complete -c hk -n "__fish_hk_using_subcommand completions" -l format -d 'How to print listings and reports' -r -f -a "table\t''
csv\t''
json\t''"
complete -c hk -n "__fish_hk_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hk -n "__fish_hk_using_subcommand completions" -s q -l quiet -d 'Print only data and errors, no progress messages'
complete -c hk -n "__fish_hk_using_subcommand completions" -s h -l help -d 'Print help'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init key client cat completions help" -f -a "init" -d 'Create a store: `.hk/config.toml` (settings, categories, follow-up policy), `.hk/recipients` (the public keys records are encrypted to) and the record folders'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init key client cat completions help" -f -a "key" -d 'Make an identity (private key) or show your public key'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init key client cat completions help" -f -a "client" -d 'The client archive (客户档案): intake, lookup, tags, import and export'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init key client cat completions help" -f -a "cat" -d 'Print one record file decrypted (TOML) to stdout'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init key client cat completions help" -f -a "completions" -d 'Print the completion script for a shell. The files under `completions/` are this command\'s output (a test keeps them equal)'
complete -c hk -n "__fish_hk_using_subcommand help; and not __fish_seen_subcommand_from init key client cat completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "generate" -d 'Make a new identity (private key). Without --out it is printed to stdout'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "public" -d 'Print the public key of your identity, to add to a store\'s `.hk/recipients`'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "add" -d 'Add a client. Prints the new id on stdout'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "import" -d 'Import clients from a CSV file (Excel "CSV", WPS, 问卷星 …) with Chinese or English headers: 姓名/name, 手机/phone, 地址/address, 服务类型/category, 标签/tags, 微信, 身份证号, 来源, 备注 …'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "list" -d 'List clients, sorted by name. Filters combine (all must match)'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "show" -d 'Show a client\'s profile. The ID number is masked unless `--reveal`'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "edit" -d 'Edit a client. With `--set FIELD=VALUE` (repeatable) changes those fields; without, opens $EDITOR on the decrypted TOML and re-opens it if what you saved is invalid'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "tag" -d 'Add tags (and with --category, service categories) to a client'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "untag" -d 'Remove tags (and with --category, service categories) from a client'
complete -c hk -n "__fish_hk_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "export" -d 'Export all clients with all fields (full ID numbers included) as CSV, or JSON with `--format json`. The CSV columns are the ones `hk client import` reads, so an export imports back unchanged'
