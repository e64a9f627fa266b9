//! Copies: two articles that are near-identical (the same wire story run by two outlets) are one
//! voice, not two confirmations. Found by the overlap of their five-word shingles.

use serde::Serialize;

use crate::Document;

/// How much of two articles' wording they share before they count as copies.
pub const COPY_THRESHOLD: f64 = 0.5;

/// Two articles that are copies of one story.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Copy {
    pub a: String,
    pub b: String,
    /// The share of five-word shingles the two have in common (Jaccard).
    pub similarity: f64,
}

/// The sorted, distinct hashes of a text's five-word shingles (case and punctuation ignored).
/// Words are hashed as they are read (FNV-1a over their lower-cased letters and digits), with no
/// string built, and five word hashes make a shingle.
pub fn fingerprint(text: &str) -> Vec<u64> {
    let mut words: Vec<u64> = Vec::with_capacity(text.len() / 6);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut in_word = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                h = (h ^ l as u64).wrapping_mul(0x0100_0000_01b3);
            }
            in_word = true;
        } else if c.is_whitespace() && in_word {
            words.push(h);
            h = 0xcbf2_9ce4_8422_2325;
            in_word = false;
        }
    }
    if in_word {
        words.push(h);
    }
    let mut out: Vec<u64> = words
        .windows(5)
        .map(|w| w.iter().fold(0u64, |acc, &x| acc.rotate_left(13) ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

/// Every pair of articles whose wording is near-identical.
pub fn find(docs: &[Document]) -> Vec<Copy> {
    let mut out = Vec::new();
    for (i, a) in docs.iter().enumerate() {
        for b in &docs[i + 1..] {
            let similarity = jaccard(&a.fingerprint, &b.fingerprint);
            if similarity >= COPY_THRESHOLD {
                out.push(Copy {
                    a: a.id.clone(),
                    b: b.id.clone(),
                    similarity: (similarity * 100.0).round() / 100.0,
                });
            }
        }
    }
    out
}
