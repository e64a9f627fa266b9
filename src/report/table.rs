//! The terminal tables (the only user of tabled).

use tabled::builder::Builder;
use tabled::settings::Style;

use crate::Document;
use crate::align::QuoteFinding;
use crate::claim::Claim;
use crate::judge::{Judged, figure, source_of};

/// What a group counts, in words: `soldier killed`, `length`, `occupation (duration)`.
fn what(key: &str) -> String {
    let mut parts = key.split('|');
    let (dim, pred, entity, year) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or("-"),
        parts.next().unwrap_or("-"),
        parts.next(),
    );
    if dim == "conversion" {
        return format!("conversion {pred} → {entity}");
    }
    let mut words = Vec::new();
    if entity != "-" {
        words.push(entity.to_string());
    }
    if pred != "-" {
        words.push(pred.to_string());
    }
    if dim != "count" {
        words.push(format!("({dim})"));
    }
    if let Some(y) = year {
        words.push(format!("in {y}"));
    }
    words.join(" ")
}

fn cell(docs: &[Document], c: &Claim) -> String {
    let mut s = format!("{}: {}", source_of(docs, c), figure(c));
    if let Some(t) = &c.time {
        s.push_str(&format!(" [{t}]"));
    }
    if let Some(a) = &c.attribution {
        s.push_str(&format!(" (per {})", a.source));
    }
    s
}

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

/// Renders rows within `width` columns: each column gets what its longest line needs, and while
/// the table is too wide the widest column gives way, its cells wrapped at word boundaries.
fn render(header: &[&str], rows: Vec<Vec<String>>, width: usize) -> String {
    let n = header.len();
    let longest = |c: usize| {
        rows.iter()
            .flat_map(|r| r[c].lines())
            .chain(std::iter::once(header[c]))
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(1)
    };
    let mut widths: Vec<usize> = (0..n).map(longest).collect();
    let frame = 3 * n + 1;
    while widths.iter().sum::<usize>() + frame > width {
        let (i, &w) = widths
            .iter()
            .enumerate()
            .max_by_key(|&(i, w)| (*w, std::cmp::Reverse(i)))
            .unwrap_or((0, &0));
        if w <= 12 {
            break;
        }
        widths[i] = w - 1;
    }
    let mut b = Builder::default();
    b.push_record(header.iter().map(|h| h.to_string()));
    for r in rows {
        b.push_record(r.iter().enumerate().map(|(i, c)| wrap(c, widths[i])));
    }
    let mut table = b.build();
    table.with(Style::rounded());
    let mut s = table.to_string();
    s.push('\n');
    s
}

/// The verdict, with the check behind a finding and whether it is waived: `conflict CC001`.
fn verdict_cell(g: &Judged) -> String {
    let mut s = g.verdict.as_str().to_string();
    if let Some(code) = &g.check {
        s.push_str(&format!("\n{code}"));
    }
    if g.waived.is_some() {
        s.push_str("\nwaived");
    }
    s
}

/// One row per group: what, the figure each source gives, the verdict, the reason.
pub fn check_table(docs: &[Document], groups: &[Judged], width: usize) -> String {
    let rows = groups
        .iter()
        .map(|g| {
            let figures: Vec<String> = g.claims.iter().map(|c| cell(docs, c)).collect();
            vec![
                what(&g.key),
                figures.join("\n"),
                verdict_cell(g),
                match &g.waived {
                    Some(w) => format!("{} (waived: {w})", g.reason),
                    None => g.reason.clone(),
                },
            ]
        })
        .collect();
    render(&["what", "figures", "verdict", "reason"], rows, width)
}

/// One row per quotation that two articles render differently.
pub fn quotes_table(docs: &[Document], quotes: &[QuoteFinding], width: usize) -> String {
    let outlet = |id: &str| {
        docs.iter()
            .find(|d| d.id == id)
            .map_or(id.to_string(), |d| d.source.clone())
    };
    let rows = quotes
        .iter()
        .map(|q| {
            let places: Vec<String> = q
                .quotes
                .iter()
                .map(|p| format!("{}: \"{}\"", outlet(&p.doc), p.text))
                .collect();
            vec![q.kind.clone(), places.join("\n"), q.reason.clone()]
        })
        .collect();
    render(&["quotation", "as printed", "reason"], rows, width)
}

/// One row per claim with the facts the grammar read.
pub fn extract_table(docs: &[Document], width: usize) -> String {
    let mut rows = Vec::new();
    for d in docs {
        for c in &d.claims {
            rows.push(vec![
                d.source.clone(),
                figure(c),
                format!("{:?}", c.kind).to_lowercase(),
                if c.kind.is_figure() {
                    crate::judge::allows(c)
                } else {
                    String::new()
                },
                c.unit.clone().unwrap_or_default(),
                c.entity.clone().unwrap_or_default(),
                c.predicate.clone().unwrap_or_default(),
                c.time.clone().unwrap_or_default(),
                c.attribution
                    .as_ref()
                    .map(|a| a.source.clone())
                    .unwrap_or_default(),
            ]);
        }
    }
    render(
        &[
            "source",
            "figure",
            "kind",
            "interval",
            "unit",
            "counts",
            "predicate",
            "time",
            "said by",
        ],
        rows,
        width,
    )
}
