//! The terminal tables (the only user of tabled).

use tabled::builder::Builder;
use tabled::settings::peaker::Priority;
use tabled::settings::{Style, Width};

use crate::Document;
use crate::claim::Claim;
use crate::judge::{Judged, figure, source_of};

/// What a group counts, in words: `soldier killed`, `length`, `occupation (duration)`.
fn what(key: &str) -> String {
    let mut parts = key.splitn(3, '|');
    let (dim, pred, entity) = (parts.next().unwrap_or(""), parts.next().unwrap_or("-"), parts.next().unwrap_or("-"));
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

fn render(builder: Builder, width: usize) -> String {
    let mut table = builder.build();
    table.with(Style::rounded());
    table.with(Width::wrap(width).priority(Priority::max(true)).keep_words(true));
    let mut s = table.to_string();
    s.push('\n');
    s
}

/// One row per group: what, the figure each source gives, the verdict, the reason.
pub fn check_table(docs: &[Document], groups: &[Judged], width: usize) -> String {
    let mut b = Builder::default();
    b.push_record(["what", "figures", "verdict", "reason"]);
    for g in groups {
        let figures: Vec<String> = g.claims.iter().map(|c| cell(docs, c)).collect();
        b.push_record([what(&g.key), figures.join("\n"), g.verdict.as_str().to_string(), g.reason.clone()]);
    }
    render(b, width)
}

/// One row per claim with the facts the grammar read.
pub fn extract_table(docs: &[Document], width: usize) -> String {
    let mut b = Builder::default();
    b.push_record(["source", "figure", "kind", "interval", "unit", "counts", "predicate", "time", "said by"]);
    for d in docs {
        for c in &d.claims {
            b.push_record([
                d.source.clone(),
                figure(c),
                format!("{:?}", c.kind).to_lowercase(),
                crate::judge::allows(c),
                c.unit.clone().unwrap_or_default(),
                c.entity.clone().unwrap_or_default(),
                c.predicate.clone().unwrap_or_default(),
                c.time.clone().unwrap_or_default(),
                c.attribution.as_ref().map(|a| a.source.clone()).unwrap_or_default(),
            ]);
        }
    }
    render(b, width)
}
