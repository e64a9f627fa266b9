//! Quotations compared across articles: the same quotation from one speaker worded differently in
//! two articles, and the same words given to different speakers.

use serde::Serialize;

use crate::Document;
use crate::judge::same_originator;

/// A quotation that two articles render differently.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteFinding {
    /// `quote differs` or `different speakers`.
    pub kind: String,
    /// The check that reports it: `CC004` (quote-differs) or `CC005` (quote-speakers).
    pub check: String,
    pub reason: String,
    /// `doc` and the quotation's byte span in each article.
    pub quotes: Vec<QuotePlace>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuotePlace {
    pub doc: String,
    pub source: String,
    pub speaker: Option<String>,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

fn words(q: &str) -> Vec<String> {
    // "1,500" and "1 500" are one number written two ways
    let b = q.as_bytes();
    let joined: String = q
        .char_indices()
        .filter(|&(i, c)| {
            !((c == ',' || c == ' ')
                && i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        })
        .map(|(_, c)| c)
        .collect();
    joined
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The words one quotation has and the other has not, each way.
fn differing(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let only = |x: &[String], y: &[String]| {
        x.iter()
            .filter(|w| !y.contains(w))
            .cloned()
            .collect::<Vec<_>>()
    };
    (only(a, b), only(b, a))
}

/// Compares every direct quotation of one article with those of the others.
pub fn compare(docs: &[Document]) -> Vec<QuoteFinding> {
    let mut places = Vec::new();
    for d in docs {
        for a in &d.attributions {
            let Some(q) = &a.quote else { continue };
            let w = words(q);
            if w.len() < 6 {
                continue;
            }
            let source = a
                .source
                .as_ref()
                .map(|s| s.text.to_string())
                .unwrap_or_default();
            let place = QuotePlace {
                doc: d.id.clone(),
                source,
                speaker: a.speaker.as_deref().map(str::to_string),
                start: a.content.start,
                end: a.content.end,
                text: q.to_string(),
            };
            places.push((d.source.clone(), w, place));
        }
    }
    // a quotation reworded keeps its opening or its close: compare only quotations that share
    // their first or their last three words, never every pair
    let mut blocks: std::collections::HashMap<(bool, String), Vec<usize>> =
        std::collections::HashMap::new();
    for (i, (_, w, _)) in places.iter().enumerate() {
        blocks.entry((true, w[..3].join(" "))).or_default().push(i);
        blocks
            .entry((false, w[w.len() - 3..].join(" ")))
            .or_default()
            .push(i);
    }
    let mut pairs: Vec<(usize, usize)> = blocks
        .values()
        .filter(|b| b.len() <= 200)
        .flat_map(|b| {
            b.iter()
                .enumerate()
                .flat_map(move |(x, &i)| b[x + 1..].iter().map(move |&j| (i.min(j), i.max(j))))
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut out = Vec::new();
    let mut alike: std::collections::HashMap<(&[String], &[String]), bool> = Default::default();
    for (i, j) in pairs {
        {
            let (oa, wa, pa) = &places[i];
            let (ob, wb, pb) = &places[j];
            if pa.doc == pb.doc {
                continue;
            }
            let (sa, sb) = (
                pa.speaker.as_deref().unwrap_or(&pa.source),
                pb.speaker.as_deref().unwrap_or(&pb.source),
            );
            let same_speaker = same_originator(sa, sb);
            let named = pa.speaker.is_some() && pb.speaker.is_some();
            // (the edit distance, quadratic in the quotations' length, only where it decides, and
            // once for each two wordings: copies of a story repeat the same pairs)
            let mut similar = || {
                *alike.entry((wa, wb)).or_insert_with(|| {
                    let (ja, jb) = (wa.join(" "), wb.join(" "));
                    ja.len().abs_diff(jb.len()) * 3 <= ja.len().max(jb.len())
                        && strsim::normalized_levenshtein(&ja, &jb) >= 0.75
                })
            };
            if wa == wb && !same_speaker && named {
                out.push(QuoteFinding {
                    kind: "different speakers".into(),
                    check: "CC005".into(),
                    reason: format!("the same words are given to {sa} by {oa} and to {sb} by {ob}"),
                    quotes: vec![pa.clone(), pb.clone()],
                });
            } else if wa != wb && same_speaker && similar() {
                let (only_a, only_b) = differing(wa, wb);
                let mut diff = Vec::new();
                if !only_a.is_empty() {
                    diff.push(format!("{oa} has \"{}\"", only_a.join(" ")));
                }
                if !only_b.is_empty() {
                    diff.push(format!("{ob} has \"{}\"", only_b.join(" ")));
                }
                if diff.is_empty() {
                    diff.push("the same words in another order".into());
                }
                out.push(QuoteFinding {
                    kind: "quote differs".into(),
                    check: "CC004".into(),
                    reason: format!(
                        "quote differs: {sa} is quoted differently: {}",
                        diff.join("; ")
                    ),
                    quotes: vec![pa.clone(), pb.clone()],
                });
            }
        }
    }
    out
}
