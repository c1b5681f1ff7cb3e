//! The charts, drawn by hand as inline SVG: an axis with round ticks, a legend, and a
//! mark per figure (a bar or a point) with a `<title>` that names it. Sizes are in
//! the SVG's own units; the page scales the drawing to its card.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use super::{COLORS, Chart, Scale, Shape, esc, label, number, shown_label, value};

/// Width of every chart; the height follows from the rows.
const W: f64 = 520.0;
/// Room for the legend above the plot.
const LEGEND: f64 = 24.0;
/// Vertical charts: the plot's height, and room for the axis labels.
const PLOT_H: f64 = 180.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 12.0;
const BOTTOM: f64 = 30.0;
/// Horizontal bars: one bar's thickness, the gap between rows, room for values.
const BAR: f64 = 12.0;
const GAP: f64 = 8.0;
const VALUE_ROOM: f64 = 44.0;
/// About how wide one column of text (half a Chinese character) is at 11px.
const CHAR_W: f64 = 6.2;

/// One chart's SVG element.
pub fn chart(c: &Chart) -> String {
    let axis = Axis::new(c);
    let mut s = String::new();
    match c.shape {
        Shape::Columns | Shape::Lines => vertical(&mut s, c, &axis),
        Shape::Bars => horizontal(&mut s, c, &axis),
    }
    s
}

/// The value axis: its range and ticks.
struct Axis {
    lo: f64,
    hi: f64,
    step: f64,
}

impl Axis {
    fn new(c: &Chart) -> Axis {
        let (lo, hi) = match c.scale {
            Scale::Range(lo, hi) => (lo, hi),
            Scale::Count => {
                let max = c
                    .rows
                    .rows
                    .iter()
                    .flat_map(|r| c.series.iter().filter_map(|&i| r.get(i).and_then(value)))
                    .fold(0.0_f64, f64::max);
                let step = nice_step(max.max(1.0) / 5.0).max(1.0);
                (0.0, (max / step).ceil().max(1.0) * step)
            }
        };
        Axis {
            lo,
            hi,
            step: nice_step((hi - lo) / 5.0),
        }
    }

    /// Where `v` lies between the ends, from 0 to 1 (clamped).
    fn at(&self, v: f64) -> f64 {
        ((v - self.lo) / (self.hi - self.lo)).clamp(0.0, 1.0)
    }

    fn ticks(&self) -> Vec<f64> {
        let mut t = Vec::new();
        let mut v = (self.lo / self.step).ceil() * self.step;
        while v <= self.hi + self.step / 1000.0 && t.len() < 12 {
            t.push(v);
            v += self.step;
        }
        t
    }

    fn tick_text(&self, v: f64) -> String {
        if self.step.fract() == 0.0 {
            format!("{v:.0}")
        } else {
            format!("{v:.1}")
        }
    }

    /// The zero line's position when zero lies inside the range, else the low end.
    fn base(&self) -> f64 {
        if self.lo <= 0.0 && 0.0 <= self.hi {
            0.0
        } else {
            self.lo
        }
    }
}

/// A round step (1, 2 or 5 times a power of ten) no smaller than `raw`.
fn nice_step(raw: f64) -> f64 {
    if raw <= 0.0 || !raw.is_finite() {
        return 1.0;
    }
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw - 1e-9)
        .unwrap_or(10.0 * mag)
}

fn text_w(s: &str) -> f64 {
    s.width() as f64 * CHAR_W
}

/// What a mark's `<title>` says: `2026-11: 满意率% CSAT 87.50`.
fn title(c: &Chart, row: usize, series: usize) -> String {
    let r = &c.rows.rows[row];
    let col = c.series[series];
    format!(
        "<title>{}: {} {}</title>",
        esc(&label(&r[0])),
        esc(&shown_label(&c.rows.columns[col].label)),
        esc(&number(&r[col]))
    )
}

fn legend(s: &mut String, c: &Chart) {
    let mut x = LEFT;
    for (k, &col) in c.series.iter().enumerate() {
        let color = COLORS[k % COLORS.len()];
        match c.shape {
            Shape::Lines => {
                markup!(
                    s,
                    "<line x1=\"{x:.1}\" y1=\"10\" x2=\"{:.1}\" y2=\"10\" stroke=\"{color}\" stroke-width=\"2\"{}/>",
                    x + 18.0,
                    dash(k)
                );
                marker(s, k, x + 9.0, 10.0, "");
            }
            _ => {
                markup!(
                    s,
                    "<rect x=\"{x:.1}\" y=\"5\" width=\"12\" height=\"10\" fill=\"{color}\"/>"
                );
            }
        }
        let text = &shown_label(&c.rows.columns[col].label);
        markup!(
            s,
            "<text x=\"{:.1}\" y=\"14\">{}</text>",
            x + 22.0,
            esc(text)
        );
        x += 22.0 + text_w(text) + 16.0;
    }
}

fn dash(series: usize) -> &'static str {
    if series % 2 == 1 {
        " stroke-dasharray=\"5 3\""
    } else {
        ""
    }
}

/// A point of a line: a circle, square, diamond or triangle by series.
fn marker(s: &mut String, series: usize, x: f64, y: f64, title: &str) {
    let color = COLORS[series % COLORS.len()];
    match series % 4 {
        0 => markup!(
            s,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\" fill=\"{color}\">{title}</circle>"
        ),
        1 => markup!(
            s,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"8\" height=\"8\" fill=\"{color}\">{title}</rect>",
            x - 4.0,
            y - 4.0
        ),
        2 => markup!(
            s,
            "<polygon points=\"{x:.1},{:.1} {:.1},{y:.1} {x:.1},{:.1} {:.1},{y:.1}\" fill=\"{color}\">{title}</polygon>",
            y - 5.0,
            x + 5.0,
            y + 5.0,
            x - 5.0
        ),
        _ => markup!(
            s,
            "<polygon points=\"{x:.1},{:.1} {:.1},{:.1} {:.1},{:.1}\" fill=\"{color}\">{title}</polygon>",
            y - 5.0,
            x + 5.0,
            y + 4.0,
            x - 5.0,
            y + 4.0
        ),
    };
}

fn open(s: &mut String, c: &Chart, h: f64) {
    markup!(
        s,
        "<svg viewBox=\"0 0 {W:.0} {h:.0}\" role=\"img\" aria-label=\"{}\"><title>{}</title>",
        esc(&shown_label(&c.title)),
        esc(&shown_label(&c.title))
    );
}

/// Columns and lines: rows along the bottom, values up the side.
fn vertical(s: &mut String, c: &Chart, axis: &Axis) {
    let n = c.rows.rows.len();
    let h = LEGEND + PLOT_H + BOTTOM;
    let pw = W - LEFT - RIGHT;
    let y = |v: f64| LEGEND + PLOT_H * (1.0 - axis.at(v));
    open(s, c, h);
    legend(s, c);
    for t in axis.ticks() {
        markup!(
            s,
            "<line x1=\"{LEFT}\" y1=\"{0:.1}\" x2=\"{1:.1}\" y2=\"{0:.1}\" stroke=\"{2}\"/><text x=\"{3:.1}\" y=\"{4:.1}\" text-anchor=\"end\">{5}</text>",
            y(t),
            W - RIGHT,
            if t == 0.0 { "#718096" } else { "#e2e8f0" },
            LEFT - 4.0,
            y(t) + 4.0,
            axis.tick_text(t)
        );
    }
    let gw = pw / n as f64;
    // Every row is labelled when the labels fit side by side, else every k-th.
    let widest = c
        .rows
        .rows
        .iter()
        .map(|r| text_w(&label(&r[0])))
        .fold(0.0, f64::max);
    let every = ((widest + 6.0) / gw).ceil().max(1.0) as usize;
    for (i, r) in c.rows.rows.iter().enumerate() {
        let cx = LEFT + gw * (i as f64 + 0.5);
        if i % every == 0 {
            markup!(
                s,
                "<text x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                LEGEND + PLOT_H + 16.0,
                esc(&label(&r[0]))
            );
        }
    }
    match c.shape {
        Shape::Lines => lines(s, c, &y, gw),
        _ => columns(s, c, axis, &y, gw),
    }
    s.push_str("</svg>");
}

fn columns(s: &mut String, c: &Chart, axis: &Axis, y: &dyn Fn(f64) -> f64, gw: f64) {
    let k = c.series.len() as f64;
    let bw = (gw * 0.8 / k).min(40.0);
    let base = y(axis.base());
    for (i, r) in c.rows.rows.iter().enumerate() {
        let x0 = LEFT + gw * (i as f64 + 0.5) - bw * k / 2.0;
        for (j, &col) in c.series.iter().enumerate() {
            let x = x0 + bw * j as f64;
            let t = title(c, i, j);
            match value(&r[col]) {
                Some(v) => {
                    let (top, bottom) = (y(v).min(base), y(v).max(base));
                    markup!(
                        s,
                        "<rect x=\"{x:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\">{t}</rect>",
                        (bw - 1.0).max(1.0),
                        (bottom - top).max(0.5),
                        COLORS[j % COLORS.len()]
                    );
                }
                None => {
                    markup!(
                        s,
                        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#718096\">NA{t}</text>",
                        x + bw / 2.0,
                        base - 3.0
                    );
                }
            }
        }
    }
}

fn lines(s: &mut String, c: &Chart, y: &dyn Fn(f64) -> f64, gw: f64) {
    for (j, &col) in c.series.iter().enumerate() {
        let color = COLORS[j % COLORS.len()];
        // A line joins neighbouring figures; an NA breaks it.
        let mut run: Vec<(f64, f64)> = Vec::new();
        let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
        for (i, r) in c.rows.rows.iter().enumerate() {
            match value(&r[col]) {
                Some(v) => run.push((LEFT + gw * (i as f64 + 0.5), y(v))),
                None => runs.push(std::mem::take(&mut run)),
            }
        }
        runs.push(run);
        for run in runs.iter().filter(|r| r.len() > 1) {
            let points: Vec<String> = run.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
            markup!(
                s,
                "<polyline points=\"{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"{}/>",
                points.join(" "),
                dash(j)
            );
        }
        for (i, r) in c.rows.rows.iter().enumerate() {
            let x = LEFT + gw * (i as f64 + 0.5);
            let t = title(c, i, j);
            match value(&r[col]) {
                Some(v) => marker(s, j, x, y(v), &t),
                // An invisible mark still names the missing figure.
                None => {
                    markup!(
                        s,
                        "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#718096\">NA{t}</text>",
                        LEGEND + PLOT_H - 4.0 - 12.0 * j as f64
                    );
                }
            }
        }
    }
}

/// Horizontal bars: rows down the side (long labels such as names), values across.
fn horizontal(s: &mut String, c: &Chart, axis: &Axis) {
    let k = c.series.len() as f64;
    let row_h = BAR * k + GAP;
    let n = c.rows.rows.len() as f64;
    let left = c
        .rows
        .rows
        .iter()
        .map(|r| text_w(&label(&r[0])))
        .fold(40.0, f64::max)
        .min(180.0)
        + 8.0;
    let pw = W - left - VALUE_ROOM;
    let x = |v: f64| left + pw * axis.at(v);
    let top = LEGEND;
    let h = top + row_h * n + 20.0;
    open(s, c, h);
    legend(s, c);
    for t in axis.ticks() {
        markup!(
            s,
            "<line x1=\"{0:.1}\" y1=\"{top:.1}\" x2=\"{0:.1}\" y2=\"{1:.1}\" stroke=\"{2}\"/><text x=\"{0:.1}\" y=\"{3:.1}\" text-anchor=\"middle\">{4}</text>",
            x(t),
            top + row_h * n,
            if t == 0.0 { "#718096" } else { "#e2e8f0" },
            top + row_h * n + 14.0,
            axis.tick_text(t)
        );
    }
    let base = x(axis.base());
    for (i, r) in c.rows.rows.iter().enumerate() {
        let y0 = top + row_h * i as f64 + GAP / 2.0;
        markup!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            left - 6.0,
            y0 + BAR * k / 2.0 + 4.0,
            esc(&label(&r[0]))
        );
        for (j, &col) in c.series.iter().enumerate() {
            let y = y0 + BAR * j as f64;
            let t = title(c, i, j);
            let shown = esc(&number(&r[col]));
            match value(&r[col]) {
                Some(v) => {
                    let (a, b) = (x(v).min(base), x(v).max(base));
                    markup!(
                        s,
                        "<rect x=\"{a:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\">{t}</rect><text x=\"{:.1}\" y=\"{:.1}\">{shown}</text>",
                        (b - a).max(0.5),
                        BAR - 2.0,
                        COLORS[j % COLORS.len()],
                        b.max(base) + 3.0,
                        y + BAR - 3.0
                    );
                }
                None => {
                    markup!(
                        s,
                        "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"#718096\">NA{t}</text>",
                        base + 3.0,
                        y + BAR - 3.0
                    );
                }
            }
        }
    }
    s.push_str("</svg>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(20.0), 20.0);
        assert_eq!(nice_step(40.0), 50.0);
        assert_eq!(nice_step(1.0), 1.0);
        assert_eq!(nice_step(1.4), 2.0);
        assert_eq!(nice_step(0.6), 1.0);
        assert_eq!(nice_step(0.0), 1.0);
        assert_eq!(nice_step(f64::NAN), 1.0);
    }

    #[test]
    fn axes_have_round_ends_and_ticks() {
        let a = Axis {
            lo: -100.0,
            hi: 100.0,
            step: nice_step(40.0),
        };
        assert_eq!(a.ticks(), [-100.0, -50.0, 0.0, 50.0, 100.0]);
        assert_eq!(a.at(0.0), 0.5);
        assert_eq!(a.at(250.0), 1.0, "clamped");
        let b = Axis {
            lo: 0.0,
            hi: 5.0,
            step: nice_step(1.0),
        };
        assert_eq!(b.ticks().len(), 6);
        assert_eq!(b.tick_text(5.0), "5");
    }
}
