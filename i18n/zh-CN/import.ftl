# import: see src/i18n/mod.rs for how the catalogue works.

## The import driver (src/cli/import.rs, src/cli/sheet.rs)
import-column-ignored = { $file }：`{ $column }` 列不是{ $what }字段；已忽略
import-what-client = 客户
import-rejects-exists = `{ $path }` 已存在；hk 不会覆盖它
import-progress-checking = 正在检查各行
import-count-clients = { $count } 位客户
import-count-visits = { $count } 条服务记录
import-count-staff = { $count } 位服务人员
import-count-bare = { $count } 条
import-known-in-store = 已在数据目录中
import-known-on-roster = 已在服务人员名单中
import-known-duplicates = 重复
import-dry-run-rejected = ，拒绝 { $count } 行
import-dry-run-summary = 试运行（{ $origin }）：将导入 { $imported }，跳过 { $skipped } 条（{ $known }）{ $rejected }；没有写入任何内容
import-rejected = ，拒绝 { $count } 行
import-summary = 已导入 { $imported }，跳过 { $skipped } 条（{ $known }）{ $rejected }（{ $origin }）
import-no-lock = 内部错误：导入没有持有锁
import-rejects-written = 已把被拒绝的行写入 { $path }
import-skip-invalid-hint = 或用 `--skip-invalid --rejects FILE` 只导入没有问题的行
import-cannot-write = 无法写入 `{ $path }`：{ $error }
import-cannot-write-rejects = 无法写入 `{ $path }`：{ $error }；没有导入任何内容
import-file-error = { $file }：{ $problem }；没有导入任何内容
import-cannot-read = 无法读取：{ $error }
import-too-big = 超过 { $mib } MiB，这是导入能读取的上限
import-too-big-hint = 请拆分文件，或确认这是您要导入的表格
import-phones-as-numbers-hint = Excel 把电话变成了数字：把电话列设置为文本（设置单元格格式 → 文本），重新输入丢失的数字，再另存为 CSV
import-rows-refused = { $file }：有 { $count } 行有问题；没有导入任何内容
import-rows-more = … 另有 { $count } 行
import-rows-refused-hint = 请改正这些行后重新导入；`--dry-run` 只检查、不写入

## Encodings, headers and rows (src/import/mod.rs)
import-not-utf8 = 文件不是有效的 UTF-8（第 { $byte } 个字节）；请试试 `--encoding gbk`
import-not-text = 文件既不是 UTF-8 也不是 GBK 文本；请另存为“CSV UTF-8”后再试
import-marked-utf8 = 文件以 UTF-8 标记开头；请用 `--encoding utf-8`
import-same-field = 第 1 行：两列表示同一个字段（第二列是 `{ $header }`）；请删除其中一列
import-missing-column = 第 1 行：没有 { $field } 列；需要 { $expected }
import-expected-name = `姓名` 或 `name` 这样的表头
import-expected-client = `客户编号`/`client` 或 `手机`/`phone`
import-expected-date = `日期` 或 `date`
import-row = 第 { $line } 行：{ $problem }
import-row-column = 第 { $line } 行，`{ $column }` 列：{ $problem }
import-already-in-store = 第 { $line } 行：{ $id } 已在数据目录中；已跳过
import-already-on-roster = 第 { $line } 行：{ $id } 已在服务人员名单中；已跳过
import-phone-taken = 第 { $line } 行：这个电话已属于 { $owner }；已跳过
import-phone-twice = 第 { $first } 行已有同一个电话；请把这两行合并

## Reading CSV (src/import/sheet.rs)
import-sheet-empty = 文件是空的；第一行应是表头
import-sheet-empty-header = 第 { $line } 行：表头是空的
import-sheet-too-many-fields = 第 { $line } 行：有 { $fields } 个字段，但表头只有 { $header } 个；是不是有逗号没有加引号？
import-sheet-stray-quote = 第 { $line } 行，{ $place }：字段中间有引号，但字段不是以引号开头
import-sheet-text-after-quote = 第 { $line } 行，{ $place }：字段的结束引号后面还有文字
import-sheet-text-after-quote-opened = 第 { $line } 行，{ $place }：从第 { $opened } 行开始的字段，结束引号后面还有文字
import-sheet-unclosed = 第 { $opened } 行，{ $place }：第 { $opened } 行的引号一直没有闭合
import-sheet-swallows-row = 第 { $opened } 行，{ $place }：第 { $opened } 行的引号一直延续过第 { $row } 行，而那一行看起来是单独的一行数据
import-sheet-fields-after-quote = 第 { $opened } 行，{ $place }：第 { $opened } 行的引号一直延续到第 { $closed } 行，之后这一行有 { $fields } 个字段，而表头有 { $header } 个
import-sheet-cell-too-long = 第 { $line } 行，{ $place }：单元格超过 { $max } 个字符
import-sheet-column = `{ $header }` 列
import-sheet-field = 第 { $number } 个字段
import-sheet-double = 属于文字内容的引号要写两次（""）
import-sheet-stray-quote-hint = 含引号的字段必须整个用引号括起来，并且{ $double }；表格软件就是这样保存的（"a ""b"" c"）
import-sheet-text-after-quote-hint = 请检查从第 { $opened } 行开始的字段：{ $double }
import-sheet-unclosed-hint = 请检查第 { $opened } 行的那个字段：补上结束引号；{ $double }
import-sheet-runs-on-hint = 请检查第 { $opened } 行的那个字段：是不是少了结束引号？{ $double }
import-sheet-cell-too-long-hint = hk 每个单元格最多保存 { $max } 个字符；请缩短内容，或确认这是正确的文件
