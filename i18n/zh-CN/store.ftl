# store: see src/i18n/mod.rs for how the catalogue works.

## 私钥与收件人公钥（src/store/keys.rs）
key-missing = 没有私钥文件 `{ $path }`
key-read = 无法读取私钥文件 `{ $path }`：{ $problem }
key-loose-permissions = 私钥文件 `{ $path }` 别人也能读取（权限 { $mode }）
key-needs-terminal = 私钥文件 `{ $path }` 有口令保护，但没有终端可以询问口令
key-wrong-passphrase = 私钥文件 `{ $path }` 的口令不对
key-invalid = 私钥文件 `{ $path }` 里没有可用的私钥：{ $problem }
key-bad-recipient = `{ $place }`：{ $problem }
key-ssh-passphrase = 不支持有口令保护的 ssh 私钥；请用 age 私钥（`hk key generate`）
key-ssh-unsupported-type = age 不支持这种 ssh 密钥
key-no-secret-key = 文件里没有 AGE-SECRET-KEY 行
key-no-recipients = 没有公钥；用 `hk key public >> .hk/recipients` 添加一个
key-bad-name = 密钥的名称必须是一行，且不含 `#`
key-taken = 这个公钥已经在 `.hk/recipients` 里，名称是 `{ $name }`
key-name-taken = 名称 `{ $name }` 已被另一个公钥使用
key-no-such-name = `.hk/recipients` 里没有名为 `{ $name }` 的公钥
key-last = `{ $name }` 是 `.hk/recipients` 里最后一个公钥；删掉后谁也读不了数据目录
key-bad-age-recipient = 不是有效的 age 公钥（{ $problem }）
key-bad-ssh-recipient = 不是支持的 ssh 公钥（只支持 ssh-ed25519 和 ssh-rsa）
key-not-a-recipient = 应当是 age 公钥（age1…）或 ssh 公钥（ssh-ed25519 …）

## 数据目录（src/store/mod.rs）
store-not-found = `{ $path }` 及其上级文件夹里都没有 hk 数据目录
store-not-a-store = `{ $path }` 不是 hk 数据目录（没有 `.hk/config.toml`）
store-already-exists = `{ $path }` 已经是 hk 数据目录
store-bad-file = 无法读取 `{ $path }`：{ $problem }
store-record = { $path }：{ $problem }
store-wrong-key = { $path }：无法解密：你的私钥打不开这条记录
store-locked = 另一个 hk 进程正在写入这个数据目录（`{ $path }` 锁定了 { $seconds } 秒）
store-conflict = 本命令运行期间 `{ $path }` 在磁盘上被改动了；没有写入任何内容
store-io = 读写 `{ $path }` 出错：{ $problem }
store-not-a-recipient = 你的公钥 `{ $key }` 不在 `.hk/recipients` 里：它读不了这个数据目录
store-key-opens-nothing = `{ $folder }/` 里的 { $count } 条记录，你的私钥一条也打不开
store-newer-format = { $path } 由更新版本的 hk 写入（记录格式 { $format }）；这个 hk 不修改它
store-not-age = 无法解密：不是 age 文件（已损坏或被替换？）
store-not-utf8 = 解密后的文本不是 UTF-8
store-id-mismatch = 记录编号 `{ $id }` 与文件名不符
store-decrypt-no-identity = 无法解密：没有匹配的私钥
store-damaged = 无法解密：文件已损坏（被截断或改动）
store-decrypt-failed = 无法解密：{ $problem }
store-invalid-record-at = 记录第 { $line } 行有误：{ $problem }
store-invalid-record = 记录有误：{ $problem }

## git（src/store/git.rs）
git-not-runnable = 无法运行 git：{ $problem }
git-busy = git 正忙：`{ $path }` 存在（另一个 git 命令正在运行，或者有一个崩溃了）
git-failed = `git { $command }` 失败：{ $stderr }
git-unexpected-output = 输出不符合预期

## 写入日志（src/store/journal.rs）
store-journal-rolled-back = git 无法提交，所以什么也没有写入：{ $problem }
store-journal-commit-pending = 上次运行中断的 `{ $title }` 已经写好，但还没有提交到 git：{ $problem }
store-journal-undo-pending = git 无法提交，而且撤回这次写入还没有完成：{ $problem }
store-journal-damaged = `{ $file }` 已损坏（{ $problem }）；它记录的那次中断的写入无法完成
store-journal-version = 日志版本 { $found } 不是 { $expected }；请用写下它的那个 hk 完成它
store-recovered-discarded = 之前有一个 hk 命令在写入任何内容之前被中断；它的临时文件已删除
store-recovered-finished = 已完成上次运行中断的 `{ $title }`（{ $files } 个文件已就位）
store-recovered-rolled-back = 已撤回上次运行做了一半的 `{ $title }`；它没有留下任何改动

## hk resolve（src/store/conflicts.rs）
resolve-no-record = 没有编号以 `{ $prefix }` 开头的记录
resolve-ambiguous = `{ $prefix }` 对应 { $count } 条记录
resolve-no-conflict = { $id } 的 `{ $field }` 没有冲突
resolve-invalid = { $id }：`{ $field }` 不能取这个值：{ $problem }；没有写入任何内容

## 合并驱动（src/store/driver.rs）
merge-not-a-record = `{ $path }` 不是 hk 认识的记录文件（应在 `clients/…`、`visits/…` 等文件夹里）
merge-side =
    { $path }（{ $side ->
        [base] 共同的旧版本
        [ours] 我方版本
       *[theirs] 对方版本
    }）：{ $problem }
merge-unparsable = { $path }：合并后的记录无法解析（{ $problem }）；没有写入任何内容
merge-newer = { $path } 由更新版本的 hk 写入（记录格式 { $format }）；这个 hk 不合并它
merge-encrypt = 无法加密合并后的 { $path }：{ $problem }
merge-not-utf8 = 不是 UTF-8 文本
merge-id-mismatch = 它的编号与文件名不符
merge-too-big = 超过了 hk 的上限 { $limit } 字节

## hk sync（src/store/sync.rs）
sync-not-git = `{ $path }` 不是 git 工作区的顶层文件夹
sync-no-upstream = 这个分支没有可以同步的上游
sync-merge-in-progress = 这个副本里已经有一次合并正在进行
sync-not-a-record = `{ $path }` 在两边都被改动了，而且不是 hk 能合并的记录；合并已撤回
sync-driver-failed = { $path }：合并驱动无法合并它；合并已撤回
sync-moved = 无法配对一条改过日期的记录的各个版本：{ $problem }；合并已撤回
sync-filed-twice = 无法处理存放在两个路径下的记录：{ $problem }；没有做任何改动

## 合并中改过日期的记录（src/store/moves.rs）
merge-move-failed = { $id }（{ $paths }）：{ $problem }
merge-too-many-paths = { $id } 存放在 { $count } 个路径下（{ $paths }）；hk 只能配对两个
merge-rev-lacks = { $rev } 里没有 `{ $path }`
merge-cannot-write = 无法写入 `{ $path }`：{ $problem }
merge-cannot-remove = 无法删除 `{ $path }`：{ $problem }
store-record-too-big = 这条记录会有 { $size } 字节，超过了 hk 的上限 { $limit }

## hk undo（src/store/undo.rs）
undo-not-git = 这个数据目录不在 git 里，没有可以撤销的历史
undo-nothing = 这个数据目录的历史里没有 hk 做的提交；没有做任何改动
undo-changed-later = 无法撤销 { $commit }（`{ $title }`）：它的 { $count } 个文件在之后的提交里又改过，第一个是 `{ $first }`；没有做任何改动
undo-uncommitted = 无法撤销 { $commit }（`{ $title }`）：它的 { $count } 个文件有未提交的改动，第一个是 `{ $first }`；没有做任何改动
undo-after-merge = 无法撤销 { $commit }（`{ $title }`）：它之后合并了另一家门店的改动（{ $merge }）；没有做任何改动
undo-not-made-here = 无法撤销 { $commit }（`{ $title }`）：它是通过 `hk sync` 或 `git pull` 从另一家门店来的，不是在这个副本里做的；没有做任何改动

## 缓存（src/store/cache/）
cache-damaged = 缓存文件已损坏
cache-cannot-encrypt = 无法加密缓存

## 记录的种类（src/domain/id.rs）
store-kind-client = 客户
store-kind-visit = 服务记录
store-kind-followup = 回访
store-kind-survey = 满意度调查
store-kind-complaint = 投诉
store-kind-staff = 服务人员
store-kind-package = 套餐卡
store-kind-audit = 审计日志条目
store-kind-inquiry = 咨询

## 合并两位客户（src/domain/merge.rs）
merge-client-id-numbers = 两位客户都有身份证号（`id_number`），而且不一样
merge-client-same = 不能把一位客户合并到他自己

## 数据目录的设置 `.hk/config.toml`（src/domain/config.rs）
store-config-bad-timezone = `{ $name }` 不是时区；请用 IANA 名称，例如 `Asia/Shanghai`、`Asia/Hong_Kong` 或 `UTC`
store-config-field = `{ $field }`：{ $problem }
store-config-newer = 设置格式 { $format } 比这个 hk 能理解的（{ $known }）更新；请升级 hk
store-config-no-categories = 至少需要一个 {"[[categories]]"} 服务类别
store-config-category-unnamed = 第 { $number } 个服务类别需要 key 和 label
store-config-category-every = 服务类别 `{ $key }`：followup_every_months 至少为 1
store-config-categories-clash = 服务类别 `{ $first }` 和 `{ $second }` 的 key 或 label 重复
store-config-no-such-category = `{ $input }` 不是服务类别；现有的：{ $known }
