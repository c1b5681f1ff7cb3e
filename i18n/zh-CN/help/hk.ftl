# Chinese --help for `hk hk` (admin: init, key, sync, git, cache, undo, resolve, conflicts, cat, completions, action, today). Ids: see src/cli/help.rs.

cmd-hk = 家政客户管家 —— 加密、适合用 git 保存的家政公司客户管理工具
    .long =
        家政客户管家 —— 加密、适合用 git 保存的家政公司客户管理工具。

        每条记录（客户、服务记录、回访、满意度调查）都是一个用 age 加密的 TOML 文件，存放在普通文件夹里，可以用 git 保存。先运行 `hk init`，再运行 `hk client add`。

## Global flags
arg-hk-store = 数据目录 [默认：$HK_STORE，否则向上找到的第一个含 `.hk/` 的文件夹]
arg-hk-identity = 您的 age 私钥 [默认：$HK_IDENTITY，否则 ~/.config/hk/identity.txt]
arg-hk-format = 列表和报表的输出格式
arg-hk-color = 何时使用颜色（环境变量 NO_COLOR 表示从不）
arg-hk-quiet = 只输出数据和错误，不输出进度信息
arg-hk-wide = 表格按完整宽度输出：地址、备注等文字不为适应终端而截短（编号、电话、日期和金额从不截短）
arg-hk-no_cache = 不读也不写 `.hk/cache/` 中的缓存（也可设置 HK_NO_CACHE=1）
arg-hk-lang = 消息、帮助和表头的语言：`zh`（中文）、`en` 或 `both`（表头中英双语）[默认：$HK_LANG，否则数据目录的 `language`，否则系统语言环境]
