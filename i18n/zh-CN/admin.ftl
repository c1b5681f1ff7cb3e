# admin: see src/i18n/mod.rs for how the catalogue works.

## The command context (src/cli/context.rs): settings, the store, the identity
context-columns-ignored = 忽略 `COLUMNS={ $value }`：它不是终端列数
context-hk-now-bad = `HK_NOW`：{ $problem }
context-hk-now-hint = 请写日期（2026-11-22）或 RFC 3339 时间（2026-11-22T09:00:00+08:00）
context-hk-now-not-a-time = 既不是日期，也不是 RFC 3339 时间
context-hk-now-no-noon = 在数据目录的时区里，那一天没有中午 12 点
context-conflicts-seen = { $ids } 合并后仍有冲突（共 { $count } 条记录）：用 `hk conflicts` 查看，用 `hk resolve` 解决
context-filed-twice = { $id } 存放在 { $count } 个路径（{ $paths }）：一次不经过 hk 的合并（`git pull`）没有把改过日期的记录配成一对；运行 `hk sync` 把它们合并为一条（如果 git 停在中途，先运行 `git merge --abort` 或 `git rebase --abort`）
context-git-drivers-added = 已在本副本的 git 配置（`.git/config`）中设置 hk 的合并与差异驱动：git 现在逐字段合并记录
context-git-drivers-failed = 无法在本副本中设置 hk 的 git 驱动：{ $error }；请运行 `hk git setup`
context-gitattributes-no-merge = `.gitattributes` 没有把记录交给 hk 的合并驱动：运行一次 `hk git setup`，并把它的提交同步给其他门店
context-no-home = 找不到您的配置文件夹：没有设置 HOME
context-no-home-hint = 请用 `--identity FILE` 指定，或设置 HK_IDENTITY
context-identity-flag = `--identity { $path }`
context-identity-env = HK_IDENTITY（`{ $path }`）
context-identity-default = 您的默认私钥 `{ $path }`
context-identity-yours = 您的私钥
context-which-identity = { $identity } 是用 `hk init` 添加的那把私钥吗？
context-passphrase = { $path } 的口令
context-demo-key = `{ $path }` 是演示私钥（任何人都能读取）；切勿用于真实客户
context-newer-records = { $count } 条记录由更新版本的 hk 写入（第一条：{ $first }）；只按本版 hk 能理解的部分显示，本版 hk 不会修改它们
context-skipped-unreadable = 已跳过 { $path }：{ $problem }
context-unreadable-count = { $count } 条记录无法读取；输出中不包含它们

## hk init
init-already-store = `{ $path }` 已经是 hk 数据目录
init-already-store-hint = 直接使用即可；`hk client list` 可查看其中的内容
init-cannot-create-identity = 无法创建私钥文件 `{ $path }`：{ $error }
init-identity-created = 已在 { $path } 创建您的私钥
init-identity-back-up = 请把它备份到安全的地方：没有它，任何人都无法读取数据目录
init-no-public-key = hk 无法从您的私钥推导出公钥（是 ssh 私钥吗？）
init-no-public-key-hint = 请用 `--recipient "$(cat ~/.ssh/id_ed25519.pub)"` 给出它的公钥
init-cannot-create = 无法创建 `{ $path }`：{ $error }
init-created = 已在 { $path } 创建 hk 数据目录
init-created-git = 已在 { $path } 创建 hk 数据目录（git 仓库）
init-next = 下一步：`hk client add --name … --phone …`

## hk key
key-cmd-cannot-write = 无法写入 `{ $path }`：{ $error }
key-cmd-never-overwrites = hk 从不覆盖私钥；请换一个文件名
key-cmd-wrote-identity = 已把新私钥写入 { $path }
key-cmd-public-key = 公钥：{ $key }
key-cmd-no-age-key = 这把私钥没有 age 公钥（是 ssh 私钥吗？）
key-cmd-no-age-key-hint = 请改用对应的 `.pub` 文件
key-cmd-rewrapped = 已把 { $rewritten } 条记录重新加密给 .hk/recipients 中的公钥（{ $current } 条原本就是）
key-cmd-unreadable-record = { $path }：{ $problem }
key-cmd-cannot-decrypt = 有 { $count } 条记录无法用您的私钥解密；没有重写任何记录
key-cmd-cannot-decrypt-hint = 请由私钥能打开所有记录的同事来运行
key-cmd-cannot-read = 无法读取 `{ $path }`：{ $error }
key-cmd-bad-key = KEY：{ $problem }
key-cmd-list-hint = `hk key list` 列出公钥及其名称
key-cmd-added = `{ $name }` 现在可以读取所有记录（在对方运行 `hk sync` 之后）
key-cmd-finish-removal-hint = 如果上次移除中途被打断，`hk key rewrap` 会把它完成
key-cmd-own-key = 这是您自己的公钥：移除后您将无法再读取数据目录
key-cmd-own-key-hint = 请让公钥保留的同事来移除您的公钥
key-cmd-removed = 被移除的公钥仍能读取 git 历史中到目前为止每个版本的记录，以及已经复制出去的副本；新版本它读不了。请更换要紧的信息（门锁密码、各类密码），并参阅 docs/two-offices.md

## hk sync
sync-cmd-merged = 已从 { $upstream } 合并 { $count } 个提交
sync-cmd-filed-twice = { $id }：之前的一次合并把它存放在两个路径；{ $outcome }
sync-cmd-moved = { $id }：日期改到了另一个月；{ $outcome }
sync-cmd-deleted = { $path }：一方删除、另一方修改；已删除
sync-cmd-conflicts = { $records } 条记录的 { $fields } 个字段有冲突（{ $ids }）；没有推送任何内容
sync-cmd-conflicts-hint = `hk conflicts` 列出冲突；用 `hk resolve RECORD FIELD --ours|--theirs|--value V` 逐个解决，然后再运行 `hk sync`
sync-cmd-pushed = 已推送 { $count } 个提交
sync-cmd-moved-deleted = 没有移动它的一方删除了它：已删除
sync-cmd-moved-merged = 已按编号合并，现在是 `{ $path }`
sync-cmd-moved-merged-conflicts = 已按编号合并，现在是 `{ $path }`，{ $fields } 有冲突

## hk undo
undo-cmd-done = 已撤销 { $commit }（`{ $title }`）：{ $count } 个文件恢复到它之前的样子

## hk resolve, hk conflicts
resolve-cmd-choose = 请给出 `--ours`、`--theirs`、`--value V` 之一
resolve-cmd-done = 已解决 { $id } 的 `{ $field }`
conflicts-none = 没有记录有冲突

## hk cat
cat-cannot-read = 无法读取 `{ $path }`：{ $error }
cat-cannot-decrypt = 无法解密 `{ $path }`：{ $error }

## hk git setup, hk merge-driver
git-cmd-not-a-work-tree = `{ $path }` 不是 git 工作区的顶层文件夹
git-cmd-not-a-work-tree-hint = 用 `git init` 并做第一次提交把它变成 git 工作区，或用 `hk init --git` 创建数据目录
git-cmd-set-up-committed = 已在本副本中设置 hk 的 git 驱动，并提交了 `.gitattributes`（`git setup`）；用 `hk sync` 同步给其他门店
git-cmd-set-up = 已在本副本中设置 hk 的 git 驱动；`.gitattributes` 已经在使用它们
# `hk sync` looks for this text (in either language) in the merge driver's warnings.
git-cmd-broke-a-rule = 逐字段合并后，这条记录会违反一条规则
git-cmd-driver-broke-a-rule = { $path }：{ $broke }（{ $rule }）；{ $fields } 保留我方的值，并记为冲突
git-cmd-driver-conflict = { $path } 有冲突：{ $fields } 在双方都被修改；已保留我方的值（用 `hk conflicts` 查看，用 `hk resolve { $id } FIELD --ours|--theirs` 解决）
git-cmd-driver-no-store = 合并驱动不在任何 hk 数据目录中运行
git-cmd-driver-no-store-hint = git 在 hk 数据目录的工作区中运行 `hk merge-driver`；请在那里运行 `hk git setup`

## hk cache
cache-cmd-cannot-delete = 无法删除 `{ $path }`：{ $error }
cache-cmd-deleted = 已删除 { $path } 中的 { $count } 个缓存文件
