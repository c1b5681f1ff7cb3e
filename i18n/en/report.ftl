# report: see src/i18n/mod.rs for how the catalogue works.

## hk report …
report-from-after-to = `--from` { $from } is after `--to` { $to }
report-from-after-to-today = `--from` { $from } is after `--to` { $to } (today, when `--to` is not given)
report-period = period { $from } to { $to }
report-retention-none = no client has been closed or churned for longer than { $duration }

## hk report dashboard: messages
dashboard-cannot-write = cannot write `{ $path }`: { $reason }
dashboard-cannot-write-hint = choose another `--out` file, in a folder you can write to
dashboard-wrote = wrote { $path } ({ $charts ->
        [one] { $charts } chart
       *[other] { $charts } charts
    }, as of { $today })
dashboard-out-is-folder = `{ $path }` is a folder; name a file in it
dashboard-out-is-folder-hint = for example `--out dashboard.html`
dashboard-out-parent-not-folder = the folder `{ $folder }` is not a folder
dashboard-out-parent-missing = the folder `{ $folder }` does not exist
dashboard-out-parent-hint = create it first (`mkdir -p FOLDER`), or write the file elsewhere

## hk report dashboard: the page (chart titles and column labels are bilingual labels in the code)
dashboard-period-all = all time (follow-ups: the last six months)
dashboard-period-range = { $from } to { $to }
dashboard-period-until = the first record to { $to }
dashboard-as-of = As of { $today }; period: { $period }.
dashboard-privacy = Aggregates and staff names only: no client's name, phone, address or id.
dashboard-footer = Made by { $command }. Aggregates and staff names only.
dashboard-no-data = No data in this period.
dashboard-note-csat-nps = CSAT: share of overall scores 4–5. NPS: promoters (9–10) minus detractors (0–6), per 100 answers.
dashboard-note-dimension-means = The mean score (1–5) of each dimension, over the responses that answered it.
dashboard-note-satisfaction-by-staff = A response counts for each staff member of its visit; (none): responses without a visit.
dashboard-note-stages = Stages as of { $today }, whatever the period.
dashboard-note-followups = Due: clients whose follow-up fell due by the month's end. Follow-ups: calls logged in the month.
dashboard-note-complaints = Opened in the period; on time: first contact and resolution by their deadlines.
dashboard-note-revenue = Done visits by start date, in yuan; the part paid from prepaid packages is included.
dashboard-note-repeat-rate = Of the clients with a done visit in the month, the share with two or more.

## The output layer
# A table's yes/no (CSV and JSON keep `yes`/`no`, `true`/`false`).
output-yes = yes
output-no = no
# The heading line of a section of `hk today`: its title, how many, the command that lists them all.
output-digest-title-day = { $title } ({ $day })
output-digest-none = { $title }: none — { $command }
output-digest-all = { $title }: { $count } — { $command }
output-digest-first = { $title }: { $count }, the first { $shown } — all: { $command }
