# common: see src/i18n/mod.rs for how the catalogue works.

## --help and clap's own messages
help-usage = 用法：
help-commands = 命令
help-command = 命令
help-options = 选项
help-arguments = 参数
help-flag-help = 显示帮助（`--help` 显示详细说明）
help-flag-version = 显示版本
help-default = 默认：{ $values }
help-possible = 可选：{ $values }
help-subcommand = 显示本帮助，或某个子命令的帮助

## stderr 行的标签
label-error = 错误：
label-hint = 提示：
label-warning = 警告：

## I/O 错误
io-not-found = 文件或文件夹不存在
io-permission-denied = 没有权限
io-already-exists = 已经存在
io-is-a-directory = 这是一个文件夹，不是文件
io-not-a-directory = 不是文件夹
io-storage-full = 磁盘空间已满
io-read-only = 文件系统是只读的
