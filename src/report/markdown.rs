//! Markdown tables for a newsroom wiki. Text is escaped: table pipes, HTML and Markdown marks in
//! article text and rule messages are shown as written, never interpreted.

use super::{Findings, claims_of, figure_line, outlets, reason_text, verdict_label, what};
use crate::Document;
use crate::judge::figure;

/// Text safe inside a Markdown table cell: no pipe, no HTML, no emphasis or link syntax.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push_str("<br>"),
            '*' | '_' | '`' | '[' | ']' | '#' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

/// `check` as Markdown: one row a group, a column a source.
pub fn check(docs: &[Document], f: Findings) -> String {
    let sources = outlets(docs, f.groups);
    let articles = crate::Articles::new(docs);
    let mut header = vec!["what".to_string()];
    header.extend(sources.iter().map(|s| escape(s)));
    header.extend(["verdict".to_string(), "reason".to_string()]);
    let mut s = row(&header);
    s.push_str(&row(&vec!["---".to_string(); header.len()]));
    for g in f.groups {
        let mut cells = vec![escape(&what(&g.key))];
        for src in &sources {
            let figs: Vec<String> = claims_of(&articles, g, src)
                .map(|c| escape(&figure_line(c)))
                .collect();
            cells.push(figs.join("<br>"));
        }
        let verdict = verdict_label(g);
        cells.push(if g.verdict == crate::judge::Verdict::Conflict {
            format!("**{}**", escape(&verdict))
        } else {
            escape(&verdict)
        });
        cells.push(escape(&reason_text(g)));
        s.push_str(&row(&cells));
    }
    if !f.quotes.is_empty() {
        s.push_str("\n| quotation | as printed | reason |\n| --- | --- | --- |\n");
        for q in f.quotes {
            let places: Vec<String> = q
                .quotes
                .iter()
                .map(|p| escape(&format!("{}: \"{}\"", p.doc, p.text)))
                .collect();
            s.push_str(&row(&[
                escape(&format!("{} {}", q.kind, q.check)),
                places.join("<br>"),
                escape(&q.reason),
            ]));
        }
    }
    s
}

/// `extract` as Markdown: one row a claim.
pub fn extract(docs: &[Document]) -> String {
    let mut s = row(&[
        "source",
        "figure",
        "interval",
        "unit",
        "counts",
        "predicate",
        "time",
        "said by",
    ]
    .map(String::from));
    s.push_str(&row(&vec!["---".to_string(); 8]));
    for d in docs {
        for c in &d.claims {
            let cells = [
                d.source.clone(),
                figure(c),
                if c.kind.is_figure() {
                    crate::judge::allows(c)
                } else {
                    String::new()
                },
                c.unit.as_deref().unwrap_or_default().to_string(),
                c.entity.as_deref().unwrap_or_default().to_string(),
                c.predicate.as_deref().unwrap_or_default().to_string(),
                c.time.as_deref().unwrap_or_default().to_string(),
                c.attribution
                    .as_ref()
                    .map(|a| a.source.to_string())
                    .unwrap_or_default(),
            ];
            s.push_str(&row(&cells.map(|x| escape(&x))));
        }
    }
    s
}
