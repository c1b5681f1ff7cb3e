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

## 字段的问题（src/domain/mod.rs）
error-record-format = 不支持记录格式 { $found }（应为 { $expected }）
# 以这些词开头的问题是以字段为主语的谓语（“不是可以设置的字段”），用 `|` 分隔：
# 这样的问题直接跟在字段后面（error-field-predicate），其余的跟在冒号后面（error-field-statement）。
error-field-predicates = 不|没有|没|必须|只能|只可|已|是|为|须|需要|应|要|太|早于|晚于|至少|最多|超过|超出|缺少|无法|不能|可以|能|还|仍|尚|会|含有|包含|属于|重复
error-field-predicate = { $subject } { $problem }
error-field-statement = { $subject }：{ $problem }

## 命令行的错误及提示（src/cli/error.rs）
error-bad-flag = `{ $flag }`：{ $problem }
# 消息里列举多项时的分隔符。
error-list-separator = 、
error-hint-key-create = 用 `hk init`（新建数据目录）或 `hk key generate --out FILE` 创建一个私钥
error-hint-key-point = 或者用 `--identity FILE` 或 `HK_IDENTITY` 指明你的私钥
error-hint-key-chmod = 私钥只能让你自己读取：请运行 `chmod 600 { $path }`
error-hint-key-terminal = 请在终端上运行这个命令；定时任务（cron）请用没有口令的私钥
error-hint-key-passphrase = 请再试一次；口令区分大小写
error-hint-resolve-list = `hk conflicts` 列出有冲突的记录及其编号
error-hint-resolve-more = 请多输入几位编号
error-hint-resolve-none = { $id } 没有任何冲突；`hk conflicts` 列出有冲突的记录
error-hint-resolve-fields = 它的冲突在 { $fields }
error-hint-resolve-invalid = 冲突仍然保留；用 `hk resolve { $id } { $field } --ours` 解决，或者给一个符合规则的 `--value`（也可以先用 `hk … edit` 改好规则提到的另一个字段）
error-hint-sync-not-git = 通过 git 共享数据目录：见 docs/two-offices.md
error-hint-sync-no-upstream = 先用 `git push -u origin HEAD` 推送一次（或者克隆共享的仓库）
error-hint-sync-merge-in-progress = 完成它（`git commit`）或放弃它（`git merge --abort`），然后再运行 `hk sync`
error-hint-sync-by-hand = 手动合并：`git pull --no-rebase`，改好文件，`git commit`；然后 `hk sync`
error-hint-sync-driver-key = 检查你的私钥能否打开这条记录的两个版本（`hk cat FILE`）
error-hint-sync-driver-again = 然后运行 `hk git setup`，再运行 `hk sync`
error-hint-sync-moved-nothing-lost = 没有丢失任何内容：这个副本和 `hk sync` 之前一样
error-hint-sync-moved-key = 合并需要能打开这条记录每个版本的私钥（`HK_IDENTITY`），以及认识它格式的 hk；解决之后再运行 `hk sync`
error-hint-sync-filed-twice-kept = 两个文件都原样保留；合并需要能打开这两个文件的私钥（`HK_IDENTITY`），以及认识它们格式的 hk
error-hint-sync-filed-twice-by-hand = 或者手动保留一个：`git rm FILE`，`git commit`，然后 `hk sync`
error-hint-merge-not-a-record = `.gitattributes` 里只有 `*.age` 记录使用 `merge=hk`
error-hint-merge-side-key = 合并需要能打开全部三个版本的私钥（`HK_IDENTITY`）
error-hint-merge-side-ours = git 保留了我方版本；改好或选定一个版本，然后 `git add` 这个文件
error-hint-merge-unparsable = git 保留了我方版本；用 `git checkout --ours FILE` 或 `--theirs FILE` 选一个，然后 `git add` 它
error-hint-merge-newer = 请在这台电脑上升级 hk，然后重新合并
error-hint-merge-encrypt = 请检查 `.hk/recipients` 里的公钥
error-hint-merge-io = 请解决磁盘问题，然后重新合并
error-hint-store-not-found = 用 `hk init DIR` 创建一个，或者用 `--store DIR` 或 `HK_STORE` 指明它
error-hint-store-not-a-store = 请检查 `--store`/`HK_STORE`，或者用 `hk init DIR` 创建数据目录
error-hint-store-locked = 请等另一个命令结束，再运行这个命令
error-hint-store-conflict = 另一个命令先改动了这条记录；请重新运行你的命令
error-hint-journal-rolled-back = 可以放心地重新运行这个命令
error-hint-journal-commit-pending = 记录已经就位；下一个 hk 命令会提交它们
error-hint-journal-undo-pending = 下一个 hk 命令会完成撤回；然后再运行你的命令
error-hint-journal-damaged = 把 `.hk/journal` 移出数据目录即可放弃那次写入（它的新文件在 `.hk/journal/new` 里），然后再运行 hk
error-hint-journal-io = 请解决磁盘问题；下一个 hk 命令会完成或撤回那次写入
error-hint-not-a-recipient-point = 用 `--identity FILE` 或 `HK_IDENTITY` 指明数据目录的私钥
error-hint-not-a-recipient-ask = 或者请一位能读取数据目录的同事把你的公钥（`hk key public` 会打印它）加到 `.hk/recipients`，再运行 `hk key rewrap`
error-hint-key-opens-nothing = 这些记录是在加入你的公钥之前写的：请一位私钥能打开它们的同事运行 `hk key rewrap`
error-hint-newer-format = 修改这条记录之前，请在这台电脑上升级 hk
error-hint-undo-not-git-edit = 请直接把记录改回去：`hk client edit`、`hk visit edit`、`hk followup edit`、`hk survey edit`，或者对应种类的 `delete`
error-hint-undo-not-git-init = 要从现在开始保留历史，请把数据目录变成 git 工作区（`git init`，然后提交）
error-hint-undo-nothing = hk 只撤销它自己的提交（结尾有 `Hk-Version:` 一行）；其他提交请用 `git revert COMMIT` 撤回
error-hint-undo-changed-later = `git log -- FILE` 列出之后的提交；先撤销它们，或者用 `git revert` 手动撤回
error-hint-undo-after-merge = hk undo 从不撤销合并；要为所有门店撤回合并带来的改动：`git revert -m 1 { $merge }`，然后 `hk sync`
error-hint-undo-after-merge-edit = 要把某一条记录改回去，请编辑它（`hk client edit`、`hk visit edit` …）
error-hint-undo-not-made-here = hk undo 只撤销在这个副本里做的改动；要为所有门店撤回那次改动：`git revert { $commit }`，然后 `hk sync`
error-hint-undo-not-made-here-edit = 或者把记录编辑回去（`hk client edit`、`hk visit edit` …）
error-hint-undo-uncommitted = 请先提交或放弃这些改动（`git status` 会列出它们）
error-hint-complaint-closed = 请先重新打开它：`hk complaint reopen { $id }`
error-hint-complaint-already-resolved = 用 `hk complaint close { $id } --verdict satisfied|unsatisfied` 关闭它，或者重新打开后再处理一次
error-hint-complaint-verdict-first = 请先处理它：`hk complaint resolve { $id } --resolution TEXT`；或者不带 `--verdict`/`--score` 关闭它
error-hint-complaint-not-reopenable = 它还在处理中：`hk complaint log { $id }` 或 `hk complaint resolve { $id }`
error-hint-git-busy = 请等另一个 git 命令结束；如果没有 git 在运行，那是崩溃的 git 留下的锁：删除 `{ $lock }`
error-hint-git-not-runnable = 请安装 git，或者不要把数据目录放在 git 里
error-hint-git-failed = 请按 git 的提示解决问题，然后重新运行命令

## `edit` 命令的临时文件夹（src/scratch.rs）
error-scratch-signals = 无法监听信号：{ $problem }
error-scratch-no-free-name = { $path } 里找不到可用的文件夹名
