//! Fitting a table into the terminal's width. A phone number or a date split over two
//! lines is worse than no list at all (`1370444555` / `5` gets dialled), so only free
//! text gives way: its cells are shortened with `…`, and headers wrap at their spaces
//! (`逾期天数` over `Overdue`). Ids, phones, dates, money and figures are always shown
//! whole. A table that cannot fit even so is printed wider than the terminal rather
//! than cut. `--wide` skips all of this.
//!
//! Widths are display columns (a Chinese character takes two), as the terminal and
//! comfy-table count them.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What a column costs besides its text: a space on either side and one border;
/// in a tight table, one space.
const PER_COLUMN: usize = 3;
const PER_COLUMN_TIGHT: usize = 2;
/// Free text is shortened to no less than this (five Chinese characters), or its
/// header's longest word when that is wider.
const FREE_MIN: usize = 10;

/// A table's text, fitted: headers (perhaps on several lines) and cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fitted {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The table only fits with one space of padding per cell instead of two.
    pub tight: bool,
}

/// Fits `headers` and `rows` into `width` terminal columns; `free[i]` says whether
/// column `i` is free text that may be shortened.
///
/// In order, until the table fits: headers wrap at their spaces; free text is
/// shortened, the widest first, down to `FREE_MIN`; the padding shrinks to one space
/// per cell (and free text gets what that saves). What still does not fit overflows.
pub fn fit(headers: &[String], free: &[bool], rows: &[Vec<String>], width: usize) -> Fitted {
    let m = Measures::new(headers, free, rows);
    let (mut widths, fits) = m.widths(width, PER_COLUMN);
    let tight = !fits;
    if tight {
        widths = m.widths(width, PER_COLUMN_TIGHT).0;
    }
    let n = headers.len();
    Fitted {
        headers: (0..n).map(|i| wrap_words(&headers[i], widths[i])).collect(),
        rows: rows
            .iter()
            .map(|r| {
                r.iter()
                    .enumerate()
                    .map(|(i, s)| {
                        if m.free(i) && text_width(s) > widths[i] {
                            ellipsize(s, widths[i])
                        } else {
                            s.clone()
                        }
                    })
                    .collect()
            })
            .collect(),
        tight,
    }
}

/// The widths a table's columns want.
struct Measures<'a> {
    free: &'a [bool],
    /// The widest cell of each column.
    cells: Vec<usize>,
    /// Each header on one line, and its longest word.
    head_full: Vec<usize>,
    head_word: Vec<usize>,
}

impl Measures<'_> {
    fn new<'a>(headers: &[String], free: &'a [bool], rows: &[Vec<String>]) -> Measures<'a> {
        Measures {
            free,
            cells: (0..headers.len())
                .map(|i| {
                    rows.iter()
                        .filter_map(|r| r.get(i))
                        .map(|s| text_width(s))
                        .max()
                        .unwrap_or(0)
                })
                .collect(),
            head_full: headers.iter().map(|h| text_width(h)).collect(),
            head_word: headers
                .iter()
                .map(|h| h.split(' ').map(UnicodeWidthStr::width).max().unwrap_or(0))
                .collect(),
        }
    }

    fn free(&self, i: usize) -> bool {
        self.free.get(i).copied().unwrap_or(false)
    }

    /// Each column's width with `per_column` spent on padding and borders, and
    /// whether the table then fits in `width`.
    fn widths(&self, width: usize, per_column: usize) -> (Vec<usize>, bool) {
        let n = self.cells.len();
        let avail = width.saturating_sub(per_column * n + 1);
        let natural: Vec<usize> = (0..n)
            .map(|i| self.cells[i].max(self.head_full[i]))
            .collect();
        if natural.iter().sum::<usize>() <= avail {
            return (natural, true);
        }
        // Headers wrap first: that loses nothing.
        let compact: Vec<usize> = (0..n)
            .map(|i| self.cells[i].max(self.head_word[i]))
            .collect();
        let total: usize = compact.iter().sum();
        if total <= avail {
            // Room to spare unwraps headers again, those that need least first.
            let mut widths = compact;
            let mut spare = avail - total;
            let mut wrapped: Vec<usize> = (0..n).filter(|&i| natural[i] > widths[i]).collect();
            wrapped.sort_by_key(|&i| natural[i] - widths[i]);
            for i in wrapped {
                let extra = natural[i] - widths[i];
                if extra <= spare {
                    widths[i] = natural[i];
                    spare -= extra;
                }
            }
            return (widths, true);
        }
        // Then free text gives up what the other columns need, the widest first: each
        // free column gets an equal share of what is left, or less if it needs less.
        let mut widths = compact.clone();
        let fixed: usize = (0..n).filter(|&i| !self.free(i)).map(|i| compact[i]).sum();
        let mut left = avail.saturating_sub(fixed);
        let mut order: Vec<usize> = (0..n).filter(|&i| self.free(i)).collect();
        order.sort_by_key(|&i| compact[i]);
        let mut count = order.len();
        for i in order {
            let floor = self.head_word[i].max(self.cells[i].min(FREE_MIN));
            let w = compact[i].min((left / count).max(floor));
            widths[i] = w;
            left = left.saturating_sub(w);
            count -= 1;
        }
        let fits = widths.iter().sum::<usize>() <= avail;
        (widths, fits)
    }
}

/// The width of the widest line.
fn text_width(s: &str) -> usize {
    s.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

/// `s` on one line, cut to `width` columns with a closing `…`.
pub fn ellipsize(s: &str, width: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.width() <= width {
        return flat;
    }
    let mut out = String::new();
    let mut used = 0;
    for c in flat.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// A header over as many lines as it needs, broken at its spaces only.
fn wrap_words(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.width() + 1 + word.width() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn ellipsis_counts_chinese_characters_as_two_columns() {
        assert_eq!(ellipsize("上海市浦东新区张江路88号", 10), "上海市浦…");
        assert_eq!(ellipsize("上海市浦东新区张江路88号", 11), "上海市浦东…");
        assert_eq!(ellipsize("短", 10), "短");
        assert_eq!(ellipsize("第一行\n第二行", 40), "第一行 第二行");
        assert_eq!(ellipsize("abcdef", 4), "abc…");
    }

    #[test]
    fn a_table_that_fits_is_left_alone() {
        let headers = strings(&["电话 Phone", "地址 Address"]);
        let rows = vec![strings(&["13812345678", "上海市浦东新区张江路88号"])];
        let f = fit(&headers, &[false, true], &rows, 80);
        assert_eq!(f.headers, headers);
        assert_eq!(f.rows, rows);
    }

    #[test]
    fn free_text_gives_way_and_the_rest_stays_whole() {
        let headers = strings(&["编号 ID", "电话 Phone", "日期 Date", "地址 Address"]);
        let rows = vec![strings(&[
            "c-7k2m9q4x",
            "13704445555",
            "2026-12-02",
            "上海市浦东新区张江高科技园区碧波路690号3号楼1201室",
        ])];
        let width = 60;
        let f = fit(&headers, &[false, false, false, true], &rows, width);
        assert_eq!(f.rows[0][..3], rows[0][..3], "ids, phones, dates whole");
        assert!(f.rows[0][3].ends_with('…'), "{:?}", f.rows[0][3]);
        let used: usize = (0..4)
            .map(|i| text_width(&f.rows[0][i]).max(text_width(&f.headers[i])))
            .sum::<usize>()
            + PER_COLUMN * 4
            + 1;
        // A two-column character may leave one column unused.
        assert!(used == width || used == width - 1, "{used}: {f:?}");
    }

    #[test]
    fn headers_wrap_at_spaces_before_anything_is_shortened() {
        let headers = strings(&["应回访 Due", "逾期天数 Overdue", "备注 Notes"]);
        let rows = vec![strings(&["2026-11-01", "22", "上门前电话"])];
        // Natural: 10 + 16 + 10 + 10 = 46 > 40; with wrapped headers 10 + 8 + 10 + 10 = 38.
        let f = fit(&headers, &[false, false, true], &rows, 40);
        assert_eq!(f.headers[1], "逾期天数\nOverdue");
        assert_eq!(f.rows, rows);
    }

    #[test]
    fn a_table_too_wide_for_its_whole_columns_overflows_instead_of_cutting() {
        let headers = strings(&["电话 Phone", "备注 Notes"]);
        let rows = vec![strings(&[
            "13704445555",
            "客户要求每次上门前一天电话确认时间",
        ])];
        let f = fit(&headers, &[false, true], &rows, 20);
        assert_eq!(f.rows[0][0], "13704445555");
        assert!(text_width(&f.rows[0][1]) <= FREE_MIN, "{:?}", f.rows[0][1]);
        assert!(f.rows[0][1].starts_with("客户要求"), "{:?}", f.rows[0][1]);
    }
}
