# errors: see src/i18n/mod.rs for how the catalogue works.

## clap 自己的错误
clap-value-missing = `{ $arg }` 需要一个值
clap-invalid-value = `{ $arg }` 不接受 `{ $value }`；可以用：{ $valid }
clap-unknown-argument = 不认识的参数 `{ $arg }`
clap-unknown-command = 没有 `{ $command }` 这个命令
clap-missing-argument = 缺少必需的参数：{ $arg }
clap-missing-command = 请给出一个子命令
clap-bad-value = `{ $arg }` 的值 `{ $value }` 不对：{ $problem }
clap-conflict = `{ $arg }` 不能和 `{ $other }` 一起用
clap-no-equals = `{ $arg }` 的值要写在 `=` 后面
clap-other = 命令行有误：{ $problem }
clap-did-you-mean = 是不是要用 `{ $suggestion }`？
clap-more-help = 更多说明请加 `--help`。
