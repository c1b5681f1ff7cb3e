# import: see src/i18n/mod.rs for how the catalogue works.

## The import driver (src/cli/import.rs, src/cli/sheet.rs)
import-column-ignored = { $file }: column `{ $column }` is not a { $what } field; it is ignored
import-what-client = client
import-rejects-exists = `{ $path }` exists; hk does not overwrite it
import-progress-checking = checking rows
import-count-clients = { $count } client(s)
import-count-visits = { $count } visit(s)
import-count-staff = { $count } staff
import-count-bare = { $count }
import-known-in-store = already in the store
import-known-on-roster = already on the roster
import-known-duplicates = duplicate(s)
import-dry-run-rejected = , reject { $count }
import-dry-run-summary = dry run ({ $origin }): would import { $imported }, skip { $skipped } { $known }{ $rejected }; nothing was written
import-rejected = , rejected { $count }
import-summary = imported { $imported }, skipped { $skipped } { $known }{ $rejected } ({ $origin })
import-no-lock = internal error: the import holds no lock
import-rejects-written = wrote the rejected rows to { $path }
import-skip-invalid-hint = or import the good rows with `--skip-invalid --rejects FILE`
import-cannot-write = cannot write `{ $path }`: { $error }
import-cannot-write-rejects = cannot write `{ $path }`: { $error }; nothing was imported
import-file-error = { $file }: { $problem }; nothing was imported
import-cannot-read = cannot read: { $error }
import-too-big = larger than { $mib } MiB, the most an import reads
import-too-big-hint = split the file, or check that it is the spreadsheet you meant
import-phones-as-numbers-hint = Excel turned the phones into numbers: format the phone column as text (设置单元格格式 → 文本), type the lost digits again, then save as CSV
import-rows-refused = { $file }: { $count } row(s) have problems; nothing was imported
import-rows-more = … and { $count } more
import-rows-refused-hint = fix those rows and run the import again; `--dry-run` checks without writing

## Encodings, headers and rows (src/import/mod.rs)
import-not-utf8 = the file is not valid UTF-8 (byte { $byte }); try `--encoding gbk`
import-not-text = the file is neither UTF-8 nor GBK text; save it as CSV UTF-8 and try again
import-marked-utf8 = the file starts with a UTF-8 mark; use `--encoding utf-8`
import-same-field = line 1: two columns mean the same field (`{ $header }` is the second); remove one
import-missing-column = line 1: no { $field } column; expected { $expected }
import-expected-name = a header such as `姓名` or `name`
import-expected-client = `客户编号`/`client` or `手机`/`phone`
import-expected-date = `日期` or `date`
import-row = line { $line }: { $problem }
import-row-column = line { $line }, column `{ $column }`: { $problem }
import-already-in-store = line { $line }: { $id } is already in the store; skipped
import-already-on-roster = line { $line }: { $id } is already on the roster; skipped
import-phone-taken = line { $line }: the phone belongs to { $owner } already; skipped
import-phone-twice = the same phone is already on line { $first }; merge the two rows

## Reading CSV (src/import/sheet.rs)
import-sheet-empty = the file is empty; expected a header row
import-sheet-empty-header = line { $line }: the header row is empty
import-sheet-too-many-fields = line { $line }: { $fields } fields, but the header has { $header }; is a comma missing its quotes?
import-sheet-stray-quote = line { $line }, { $place }: a quote inside a field that does not start with one
import-sheet-text-after-quote = line { $line }, { $place }: text after the closing quote of a field
import-sheet-text-after-quote-opened = line { $line }, { $place }: text after the closing quote of a field that opened on line { $opened }
import-sheet-unclosed = line { $opened }, { $place }: a quote opened on line { $opened } is never closed
import-sheet-swallows-row = line { $opened }, { $place }: a quote opened on line { $opened } runs on over line { $row }, which looks like a row of its own
import-sheet-fields-after-quote = line { $opened }, { $place }: a quote opened on line { $opened } runs on to line { $closed }, and the row then has { $fields } fields where the header has { $header }
import-sheet-cell-too-long = line { $line }, { $place }: the cell is longer than { $max } characters
import-sheet-column = column `{ $header }`
import-sheet-field = field { $number }
import-sheet-double = a quote that is part of the text must be doubled ("")
import-sheet-stray-quote-hint = a field with a quote in it must be in quotes as a whole, and { $double }; spreadsheet programs save it that way ("a ""b"" c")
import-sheet-text-after-quote-hint = check the field that starts on line { $opened }: { $double }
import-sheet-unclosed-hint = check that field on line { $opened }: close its quote; { $double }
import-sheet-runs-on-hint = check that field on line { $opened }: is its closing quote missing? { $double }
import-sheet-cell-too-long-hint = hk keeps at most { $max } characters in a cell; shorten it, or check that this is the right file
