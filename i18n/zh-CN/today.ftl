# today: see src/i18n/mod.rs for how the catalogue works.
# 各部分的标题是 src/cli/today.rs 里的双语标签（同列名）；标题行见 report.ftl 的 `output-digest-…`。

today-noon-missing = { $date } 的中午 12 点在数据目录设定的时区中不存在
