//! JSON-LD: each claim as a schema.org `Claim`, with its claimant, where it appeared and when.

use serde_json::{Value, json};

use crate::Document;
use crate::claim::Claim;

/// A `Claim` for every claim given, in a `@graph`.
pub fn claims<'c>(docs: &[Document], claims: impl Iterator<Item = &'c Claim>) -> String {
    let articles = crate::Articles::new(docs);
    let graph: Vec<Value> = claims
        .filter(|c| c.kind.is_figure())
        .map(|c| {
            let doc = articles.get(&c.doc);
            let sentence = doc
                .map(|d| d.slice(c.sentence.start, c.sentence.end))
                .unwrap_or_default();
            let mut claim = json!({
                "@type": "Claim",
                "@id": format!("#claim-{}", c.id.replace('#', "-")),
                "text": sentence.split_whitespace().collect::<Vec<_>>().join(" "),
                "appearance": {
                    "@type": "NewsArticle",
                    "identifier": c.doc,
                    "publisher": { "@type": "Organization", "name": doc.map(|d| d.source.clone()) },
                    "url": doc.and_then(|d| d.url.clone()),
                    "datePublished": doc.and_then(|d| d.published.clone()),
                    "headline": doc.and_then(|d| d.title.clone()),
                },
                "about": {
                    "@type": "QuantitativeValue",
                    "value": c.value,
                    "minValue": c.low,
                    "maxValue": c.high,
                    "unitText": c.unit,
                    "name": c.text,
                },
            });
            if let Some(a) = &c.attribution {
                claim["claimant"] = json!({ "@type": "Thing", "name": a.source });
            }
            if let Some(d) = doc.and_then(|d| d.published.clone()) {
                claim["datePublished"] = json!(d);
            }
            claim
        })
        .collect();
    let doc = json!({ "@context": "https://schema.org", "@graph": graph });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
