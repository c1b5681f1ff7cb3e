# today: see src/i18n/mod.rs for how the catalogue works.
# The section titles are bilingual labels in src/cli/today.rs (like column labels);
# their heading lines are `output-digest-…` (report.ftl).

today-noon-missing = noon of { $date } does not exist in the store's time zone
