//! CSV, one row a claim, for spreadsheets. A cell that a spreadsheet would run as a formula
//! (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is neutralised with a quote mark.

use crate::Document;
use crate::judge::{Judged, figure, source_of};

/// A cell a spreadsheet shows as text.
fn cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn num(v: Option<f64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

const HEADER: [&str; 20] = [
    "group",
    "verdict",
    "source",
    "article",
    "figure",
    "value",
    "low",
    "high",
    "bound",
    "unit",
    "entity",
    "predicate",
    "time",
    "date",
    "attribution",
    "cue",
    "sentence",
    "start",
    "end",
    "check",
];

/// Every claim of the groups (or, with no groups, of the documents), one row each.
pub fn claims(docs: &[Document], groups: &[Judged]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(HEADER);
    let mut rows: Vec<(Option<&Judged>, &crate::claim::Claim)> = Vec::new();
    if groups.is_empty() {
        rows.extend(docs.iter().flat_map(|d| d.claims.iter().map(|c| (None, c))));
    } else {
        rows.extend(
            groups
                .iter()
                .flat_map(|g| g.claims.iter().map(move |c| (Some(g), c))),
        );
    }
    let articles = crate::Articles::new(docs);
    for (g, c) in rows {
        let sentence = articles
            .get(&c.doc)
            .map(|d| d.slice(c.sentence.start, c.sentence.end))
            .unwrap_or_default();
        let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
        let record = [
            g.map(|g| g.id.clone()).unwrap_or_default(),
            g.map(|g| g.verdict.as_str().to_string())
                .unwrap_or_default(),
            source_of(&articles, c).to_string(),
            c.doc.to_string(),
            figure(c),
            num(c.value),
            num(c.low),
            num(c.high),
            serde_json::to_value(c.bound)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default(),
            c.unit.as_deref().unwrap_or_default().to_string(),
            c.entity.as_deref().unwrap_or_default().to_string(),
            c.predicate.as_deref().unwrap_or_default().to_string(),
            c.time.as_deref().unwrap_or_default().to_string(),
            c.date.as_deref().unwrap_or_default().to_string(),
            c.attribution
                .as_ref()
                .map(|a| a.source.to_string())
                .unwrap_or_default(),
            c.attribution
                .as_ref()
                .map(|a| a.cue.to_string())
                .unwrap_or_default(),
            sentence,
            c.start.to_string(),
            c.end.to_string(),
            g.and_then(|g| g.check.clone()).unwrap_or_default(),
        ];
        let _ = w.write_record(record.iter().map(|s| cell(s)));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("-5 degrees"), "'-5 degrees");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("8 soldiers"), "8 soldiers");
    }
}
