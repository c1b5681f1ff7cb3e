# Chinese --help for `hk admin` (admin: init, key, sync, git, cache, undo, resolve, conflicts, cat, completions, action, today). Ids: see src/cli/help.rs.

## hk init
cmd-hk-init = 创建数据目录：`.hk/config.toml`（设置、服务类别、回访规则）、`.hk/recipients`（加密记录所用的公钥）和各记录文件夹
    .long =
        创建数据目录：`.hk/config.toml`（设置、服务类别、回访规则）、`.hk/recipients`（加密记录所用的公钥）和各记录文件夹。

        如果您的私钥文件还不存在，会新建一个（权限 0600），它的公钥成为数据目录的第一个收件人公钥。请备份这个文件：没有它，任何人都无法读取数据目录。
arg-hk-init-dir = 新数据目录的文件夹 [默认：--store、HK_STORE 或当前文件夹]
arg-hk-init-git = 同时把该文件夹建成 git 仓库，并设置显示解密后记录的差异驱动
arg-hk-init-recipients = 另一个用于加密的公钥（age1… 或 ssh-ed25519 …）；可重复

## hk key
cmd-hk-key = 生成私钥，或显示您的公钥
cmd-hk-key-generate = 生成新的私钥。不加 --out 时输出到标准输出
arg-hk-key-generate-out = 改为写入这个文件（权限 0600）；已有的文件绝不会被替换
cmd-hk-key-public = 输出您私钥对应的公钥，用于加入数据目录的 `.hk/recipients`
cmd-hk-key-add = 添加同事的公钥，并重新加密所有记录，让这把公钥也能打开
    .long =
        添加同事的公钥，并重新加密所有记录，让这把公钥也能打开。

        KEY 是对方 `hk key public` 的输出（age1…）或 ssh 公钥（ssh-ed25519 …）。公钥和名称写入 `.hk/recipients`，与重新加密的记录一起作为一次提交。如果中途被打断，再运行一次同样的命令即可完成。
arg-hk-key-add-key = 公钥（age1… 或 ssh-ed25519 …）
arg-hk-key-add-name = 公钥的名称，作为注释保存在 `.hk/recipients` 中（例如同事的名字）
cmd-hk-key-remove = 从 `.hk/recipients` 移除一把公钥，并重新加密所有记录，不再加密给它
    .long =
        从 `.hk/recipients` 移除一把公钥，并重新加密所有记录，不再加密给它。

        NAME 是 `hk key add` 时给的名称（或公钥本身）。记录和 `.hk/recipients` 一起提交。这把公钥到目前为止能读取的内容，它仍然能读取：git 历史中的每个旧版本，以及已经复制或克隆出去的副本。
arg-hk-key-remove-name = 公钥的名称（见 `hk key list`），或公钥本身
cmd-hk-key-list = 列出 `.hk/recipients` 中的公钥及其名称
cmd-hk-key-rewrap = 把所有记录重新加密给 `.hk/recipients` 中现有的公钥
    .long =
        把所有记录重新加密给 `.hk/recipients` 中现有的公钥。

        `hk key add` 和 `hk key remove` 会自己完成这一步；手工编辑 `.hk/recipients` 之后请运行它。记录和 `.hk/recipients` 一起提交。已经加密给这些公钥的记录保持不变，所以中途被打断后再运行一次，会完成剩下的部分。只要有一条记录用您的私钥打不开，就不会重写任何记录。

## hk undo
cmd-hk-undo = 撤销 hk 的上一次修改：在用 git 保存的数据目录中，把 hk 最新一次提交改动的每个文件恢复原样，作为一次新提交（`undo <commit> (<its title>)`）
    .long =
        撤销 hk 的上一次修改：在用 git 保存的数据目录中，把 hk 最新一次提交改动的每个文件恢复原样，作为一次新提交（`undo <commit> (<its title>)`）。

        hk 的提交带有 `Hk-Version:` 尾注；手工做的提交，以及 hk 开始标注之前的提交，永远不会被撤销。如果之后的提交或尚未提交的修改动过这些文件，就拒绝撤销，什么也不改。再运行一次 `hk undo` 会撤销这次撤销。

## hk sync
cmd-hk-sync = 取回其他门店的修改，逐字段合并，再推送我方的修改
    .long =
        取回其他门店的修改，逐字段合并，再推送我方的修改。

        取回当前分支的上游并用 hk 的合并驱动合并（从不变基）。一方删除、另一方修改的记录会被删除。日期改到另一个月（因而移到那个月的文件夹）的记录，按编号与另一方的版本配对，合并为一个文件，按合并后的日期存放；两个文件共用的记录（普通 `git pull` 留下的）也这样合并。双方改得不同的字段保留我方的值，并由 `hk conflicts` 列出；合并照常提交，但在每个冲突都用 `hk resolve` 解决、再次运行 `hk sync` 之前，不会推送任何内容。

## hk conflicts, hk resolve
cmd-hk-conflicts = 列出两个门店改得不同的字段（DESIGN §13）
    .long =
        列出两个门店改得不同的字段（DESIGN §13）。

        合并（`hk sync`，或使用 hk 合并驱动的 `git pull`）时，这样的字段保留我方的值，并把双方的值记在记录的 `[[conflicts]]` 中。每个字段一行：记录、字段，以及原值、我方和对方的值。用 `hk resolve RECORD FIELD --ours|--theirs|--value V` 逐个解决。
cmd-hk-resolve = 解决合并留下的冲突：保留我方的值、采用对方的值，或填写另一个值
    .long =
        解决合并留下的冲突：保留我方的值、采用对方的值，或填写另一个值。

        RECORD 是编号或唯一的编号前缀（`c-7k2`）；FIELD 是 `hk conflicts` 给出的字段名（`address`、`household.pets`）。记录只写一次，去掉那条 `[[conflicts]]`，作为一次提交（`resolve <id> <field>`）。记录之后仍须符合编辑时的规则（身份证号有效、结束不早于开始……）：否则什么也不写，冲突保留。
arg-hk-resolve-record = 记录：编号或唯一的编号前缀
arg-hk-resolve-field = 有冲突的字段，用 `hk conflicts` 给出的名称
arg-hk-resolve-ours = 保留本副本的值（记录现在的值）
arg-hk-resolve-theirs = 采用另一个门店的值
arg-hk-resolve-value = 改为填写这个值

## hk cat
cmd-hk-cat = 把一个记录文件解密成 TOML 输出到标准输出
    .long =
        把一个记录文件解密成 TOML 输出到标准输出。

        它不需要数据目录，只需要您的私钥，这样 `git diff` 和 `git log -p` 可以对 git 交给差异驱动的临时文件调用它。
arg-hk-cat-file = `.toml.age` 文件

## hk git
cmd-hk-git = 多门店使用 git：在本副本中设置 hk 的合并与差异驱动
cmd-hk-git-setup = 为多个门店共用的数据目录设置 git
    .long =
        为多个门店共用的数据目录设置 git。

        把 hk 的合并驱动（逐字段合并记录）和差异驱动（显示解密后的历史）写入本副本的 `.git/config`，指向当前这个 hk 程序，并让 `.gitattributes` 把 `*.age` 文件交给它们（有改动时提交）。每个 hk 命令都会为缺少驱动的副本补上驱动；移动了 hk 程序之后，或在旧数据目录中为更新 `.gitattributes`，运行一次即可。

## hk cache
cmd-hk-cache = 解密记录的加密缓存：查看其中的内容，或删除它
cmd-hk-cache-status = 显示缓存的内容：按记录类型列出条目数、大小、写入时间和对应的公钥。不显示任何记录内容
    .long =
        显示缓存的内容：按记录类型列出条目数、大小、写入时间和对应的公钥。不显示任何记录内容。

        `state` 为 `ready`（本版 hk 和您的私钥会使用它）、`other-version` 或 `other-key`（会重建）、`unreadable`（为另一把私钥写入或已损坏：会重建）或 `none`。
cmd-hk-cache-clear = 删除缓存文件夹 `.hk/cache/`。不会丢失任何内容：下一个命令会重新解密记录并重建缓存

## hk completions
cmd-hk-completions = 输出某种 shell 的命令补全脚本。`completions/` 下的文件就是这个命令的输出（有测试保证两者一致）
arg-hk-completions-shell = shell 类型
