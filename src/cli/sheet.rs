//! What every spreadsheet import command shares at the CLI: the `--encoding` flag,
//! reading (at most `limits::FILE_BYTES`) and decoding the file, and refusing a file
//! whose rows have problems.

use std::io::Read;
use std::path::Path;

use super::error::CliError;
use crate::domain::limits;
use crate::domain::phone::is_spreadsheet_number;
use crate::import::{Encoding, Sheet, decode, read_sheet};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum EncodingArg {
    Auto,
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    Gbk,
}

impl From<EncodingArg> for Encoding {
    fn from(e: EncodingArg) -> Encoding {
        match e {
            EncodingArg::Auto => Encoding::Auto,
            EncodingArg::Utf8 => Encoding::Utf8,
            EncodingArg::Gbk => Encoding::Gbk,
        }
    }
}

/// The most row problems listed before the rest are counted.
const MAX_LISTED: usize = 20;

/// An error about the whole file, naming it.
pub fn file_error(file: &Path, msg: impl std::fmt::Display) -> CliError {
    CliError::failure(crate::t!(
        "import-file-error",
        file = file.display(),
        problem = msg.to_string()
    ))
}

/// Reads, decodes and parses a CSV file; returns it and the encoding used.
pub fn read(file: &Path, encoding: EncodingArg) -> Result<(Sheet, &'static str), CliError> {
    let bytes = read_bounded(file, limits::FILE_BYTES)?;
    let (text, used) = decode(&bytes, encoding.into()).map_err(|e| file_error(file, e))?;
    let sheet = read_sheet(&text).map_err(|e| {
        let err = file_error(file, &e);
        match e.hint() {
            Some(h) => err.hint(h),
            None => err,
        }
    })?;
    Ok((sheet, used))
}

/// The file's bytes, refused when there are more than `max`. A regular file is
/// judged by its size before anything is read; a pipe or a device (`/dev/zero`)
/// reports no size, so reading stops one byte past the limit.
fn read_bounded(file: &Path, max: u64) -> Result<Vec<u8>, CliError> {
    let cannot = |e: std::io::Error| file_error(file, crate::t!("import-cannot-read", error = &e));
    let too_big = || {
        file_error(file, crate::t!("import-too-big", mib = max / (1024 * 1024)))
            .hint(crate::t!("import-too-big-hint"))
    };
    let f = std::fs::File::open(file).map_err(cannot)?;
    let meta = f.metadata().map_err(cannot)?;
    if meta.is_file() && meta.len() > max {
        return Err(too_big());
    }
    let mut bytes = Vec::new();
    f.take(max + 1).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() as u64 > max {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Adds to a refused import the remedy for phones that a spreadsheet turned into
/// numbers (`1.38123E+10`), when a cell of the phone column (`column`) is one.
pub fn spreadsheet_phone_hint(err: CliError, sheet: &Sheet, column: Option<usize>) -> CliError {
    let turned = column.is_some_and(|i| {
        sheet.rows.iter().any(|r| {
            r.get(i)
                .split([';', '；', '、', ','])
                .any(is_spreadsheet_number)
        })
    });
    if turned {
        err.hint(crate::t!("import-phones-as-numbers-hint"))
    } else {
        err
    }
}

/// The error for a file with bad rows: the first rows' problems by line.
pub fn refuse_rows(file: &Path, problems: &[String]) -> CliError {
    let n = problems.len();
    let mut msg = crate::t!("import-rows-refused", file = file.display(), count = n);
    for p in problems.iter().take(MAX_LISTED) {
        msg.push_str("\n  ");
        msg.push_str(p);
    }
    if n > MAX_LISTED {
        msg.push_str("\n  ");
        msg.push_str(&crate::t!("import-rows-more", count = n - MAX_LISTED));
    }
    CliError::failure(msg).hint(crate::t!("import-rows-refused-hint"))
}
