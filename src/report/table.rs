//! The terminal tables (the only user of tabled): one row a group with a column a source, or one
//! row a claim with its sentence.

use tabled::builder::Builder;
use tabled::settings::Style;

use super::{Findings, Layout, claims_of, figure_line, outlets, reason_text, verdict_label, what};
use crate::Document;
use crate::align::QuoteFinding;
use crate::judge::{Verdict, figure};

/// Wraps every line of `text` at word boundaries to at most `width` characters (a longer word
/// stands alone on its line).
fn wrap(text: &str, width: usize) -> String {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut cur = String::new();
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
                out.push(std::mem::take(&mut cur));
            }
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
        }
        out.push(cur);
    }
    out.join("\n")
}

/// The narrowest a column of these cells can be made by wrapping: its longest word (a word is
/// never broken), or its longest line where that is shorter than the 10 columns `render` keeps.
fn narrowest<'c>(cells: impl Iterator<Item = &'c str>) -> usize {
    let (mut word, mut line) = (1, 1);
    for l in cells.flat_map(str::lines) {
        line = line.max(l.chars().count());
        word = word.max(l.split(' ').map(|w| w.chars().count()).max().unwrap_or(0));
    }
    word.max(line.min(10))
}

/// Can rows of these cells be wrapped to fit in `width` columns?
fn fits(header: &[String], rows: &[Vec<String>], width: usize) -> bool {
    let frame = 3 * header.len() + 1;
    let least: usize = (0..header.len())
        .map(|c| {
            narrowest(
                rows.iter()
                    .map(|r| r[c].as_str())
                    .chain([header[c].as_str()]),
            )
        })
        .sum();
    least + frame <= width
}

/// Renders rows within `width` columns: each column gets what its longest line needs, and while
/// the table is too wide the widest column gives way, its cells wrapped at word boundaries.
/// `paint` may colour a cell after it is wrapped (column, text) → text.
fn render(
    header: &[String],
    rows: Vec<Vec<String>>,
    width: usize,
    paint: &dyn Fn(usize, &str) -> String,
) -> String {
    let n = header.len();
    let longest = |c: usize| {
        rows.iter()
            .flat_map(|r| r[c].lines())
            .chain(header[c].lines())
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(1)
    };
    let mut widths: Vec<usize> = (0..n).map(longest).collect();
    let frame = 3 * n + 1;
    while widths.iter().sum::<usize>() + frame > width {
        let Some((i, &w)) = widths
            .iter()
            .enumerate()
            .max_by_key(|&(i, w)| (*w, std::cmp::Reverse(i)))
        else {
            break;
        };
        if w <= 10 {
            break;
        }
        widths[i] = w - 1;
    }
    let mut b = Builder::default();
    b.push_record(header.iter().enumerate().map(|(i, h)| wrap(h, widths[i])));
    for r in rows {
        b.push_record(
            r.iter()
                .enumerate()
                .map(|(i, c)| paint(i, &wrap(c, widths[i]))),
        );
    }
    let mut table = b.build();
    table.with(Style::rounded());
    let mut s = table.to_string();
    s.push('\n');
    s
}

/// The check table's rows (`what`, a cell for each of `sources`, verdict, reason) with each
/// group's figures in one column instead, each line the source and what it gives
/// ("www.wcvb.com: 121 RBIs [last season]").
fn by_source_in_one_column(
    sources: &[&str],
    rows: Vec<Vec<String>>,
) -> (Vec<String>, Vec<Vec<String>>) {
    let header = ["what", "figures", "verdict", "reason"]
        .map(String::from)
        .to_vec();
    let rows = rows
        .into_iter()
        .map(|mut row| {
            let lines: Vec<String> = sources
                .iter()
                .zip(&row[1..=sources.len()])
                .flat_map(|(s, cell)| cell.lines().map(move |l| format!("{s}: {l}")))
                .collect();
            let tail = row.split_off(1 + sources.len());
            row.truncate(1);
            row.push(lines.join("\n"));
            row.extend(tail);
            row
        })
        .collect();
    (header, rows)
}

/// The colour of a verdict on a terminal (ANSI).
fn paint_verdict(text: &str, color: bool) -> String {
    if !color {
        return text.to_string();
    }
    let code = match text.split_whitespace().next() {
        Some("conflict") => "1;31",
        Some("compatible") => "33",
        Some("agree") => "32",
        _ => "2",
    };
    text.lines()
        .map(|l| format!("\u{1b}[{code}m{l}\u{1b}[0m"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One row per group: what, a column for each source with its figures, the verdict, the reason;
/// then the quotations, copies and near misses.
pub fn check(docs: &[Document], f: Findings, layout: &Layout) -> String {
    let sources = outlets(docs, f.groups);
    let articles = crate::Articles::new(docs);
    let mut header = vec!["what".to_string()];
    header.extend(sources.iter().map(|s| s.to_string()));
    header.extend(["verdict".to_string(), "reason".to_string()]);
    let rows: Vec<Vec<String>> = f
        .groups
        .iter()
        .map(|g| {
            let mut row = vec![what(&g.key)];
            for s in &sources {
                let cells: Vec<String> = claims_of(&articles, g, s).map(figure_line).collect();
                row.push(cells.join("\n"));
            }
            row.push(verdict_label(g).replace(' ', "\n"));
            row.push(reason_text(g));
            row
        })
        .collect();
    // a column a source is read across while the sources fit side by side; with more of them
    // (a dozen outlets), each group's figures are listed in one column, a line each, with their
    // source: a table wider than the terminal, its cells wrapped a word a line, reads as nothing
    let (header, rows) = if fits(&header, &rows, layout.width) {
        (header, rows)
    } else {
        by_source_in_one_column(&sources, rows)
    };
    let verdict_col = header.len() - 2;
    let mut s = render(&header, rows, layout.width, &|i, t| {
        if i == verdict_col {
            paint_verdict(t, layout.color)
        } else {
            t.to_string()
        }
    });
    if !f.quotes.is_empty() {
        s.push_str(&quotes_table(docs, f.quotes, layout.width));
    }
    let outlet = |id: &str| crate::judge::outlet(&articles, id).to_string();
    for c in f.copies {
        s.push_str(&format!(
            "copies: {} and {} share {:.0}% of their wording: one voice\n",
            outlet(&c.a),
            outlet(&c.b),
            c.similarity * 100.0
        ));
    }
    for m in f.near_misses.unwrap_or_default() {
        s.push_str(&format!("kept apart: {} and {}: {}\n", m.a, m.b, m.why));
    }
    s
}

/// One row per quotation that two articles render differently.
pub fn quotes_table(docs: &[Document], quotes: &[QuoteFinding], width: usize) -> String {
    let articles = crate::Articles::new(docs);
    let outlet = |id: &str| crate::judge::outlet(&articles, id).to_string();
    let rows = quotes
        .iter()
        .map(|q| {
            let places: Vec<String> = q
                .quotes
                .iter()
                .map(|p| format!("{}: \"{}\"", outlet(&p.doc), p.text))
                .collect();
            vec![
                format!("{} {}", q.kind, q.check),
                places.join("\n"),
                q.reason.clone(),
            ]
        })
        .collect();
    let header = ["quotation", "as printed", "reason"].map(String::from);
    render(&header, rows, width, &|_, t| t.to_string())
}

/// One row per claim: the figure, what the grammar read of it, and its sentence.
pub fn extract_table(docs: &[Document], layout: &Layout) -> String {
    let mut rows = Vec::new();
    for d in docs {
        for c in &d.claims {
            let interval = if c.kind.is_figure() {
                crate::judge::allows(c)
            } else {
                String::new()
            };
            let read = [
                format!("{:?}", c.kind).to_lowercase(),
                interval,
                c.unit.as_deref().unwrap_or_default().to_string(),
                c.entity.as_deref().unwrap_or_default().to_string(),
                c.predicate.as_deref().unwrap_or_default().to_string(),
                c.time.as_deref().unwrap_or_default().to_string(),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
            let said_by = c
                .attribution
                .as_ref()
                .map(|a| a.source.to_string())
                .unwrap_or_default();
            let sentence = d
                .slice(c.sentence.start, c.sentence.end)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            rows.push(vec![d.source.clone(), figure(c), read, said_by, sentence]);
        }
    }
    let header = ["source", "figure", "read as", "said by", "sentence"].map(String::from);
    render(&header, rows, layout.width, &|_, t| t.to_string())
}

/// Parses `--only conflict,compatible`.
pub fn parse_verdicts(s: &str) -> Result<Vec<Verdict>, String> {
    s.split(',')
        .map(|v| match v.trim() {
            "conflict" => Ok(Verdict::Conflict),
            "compatible" => Ok(Verdict::Compatible),
            "agree" => Ok(Verdict::Agree),
            "single" => Ok(Verdict::Single),
            other => Err(format!(
                "{other:?} is no verdict (conflict, compatible, agree, single)"
            )),
        })
        .collect()
}
