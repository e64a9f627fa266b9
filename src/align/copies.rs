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
        // ASCII, nearly every character of an English article, without Unicode tables
        if c.is_ascii() {
            let b = c as u8;
            if b.is_ascii_alphanumeric() {
                h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3);
                in_word = true;
            } else if matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') && in_word {
                words.push(h);
                h = 0xcbf2_9ce4_8422_2325;
                in_word = false;
            }
            continue;
        }
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
        .map(|w| {
            w.iter()
                .fold(0u64, |acc, &x| acc.rotate_left(13) ^ x)
                .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        })
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
    // only pairs that share a shingle are compared: an index from shingle to articles finds them
    // without looking at every pair; a shingle in very many articles (a stock phrase) is skipped
    use rayon::prelude::*;
    let prints: Vec<Vec<u64>> = docs
        .par_iter()
        .map(|d| fingerprint(&d.slice(d.body_start, d.bytes.len())))
        .collect();
    let mut index: std::collections::HashMap<u64, Vec<u32>> = std::collections::HashMap::new();
    for (i, print) in prints.iter().enumerate() {
        for &h in print {
            index.entry(h).or_default().push(i as u32);
        }
    }
    let common = 32.max(docs.len() / 20);
    let usable = |h: &u64| index.get(h).filter(|l| l.len() > 1 && l.len() <= common);
    // for each article, the shingles it shares with each later one, counted in a list by article
    // (a count for each pair in a map of pairs cost a hash and the map's growth at each shared
    // shingle: on 10,000 articles of 28 MB, half of a check's time)
    let mut pairs: Vec<(u32, u32)> = (0..prints.len())
        .into_par_iter()
        .map_init(
            || (vec![0u32; prints.len()], Vec::new()),
            |(count, touched), a| {
                for list in prints[a].iter().filter_map(usable) {
                    // (each list is in the articles' order: the later ones follow `a`)
                    let later = list.partition_point(|&b| b as usize <= a);
                    for &b in &list[later..] {
                        if count[b as usize] == 0 {
                            touched.push(b);
                        }
                        count[b as usize] += 1;
                    }
                }
                let mut found = Vec::new();
                for b in touched.drain(..) {
                    let n = std::mem::take(&mut count[b as usize]);
                    // enough shingles in common to reach the threshold at all
                    let (la, lb) = (prints[a].len(), prints[b as usize].len());
                    if n as f64 >= COPY_THRESHOLD * la.min(lb) as f64 * 0.5 {
                        found.push((a as u32, b));
                    }
                }
                found
            },
        )
        .flatten()
        .collect();
    pairs.sort_unstable();
    let mut out = Vec::new();
    for (a, b) in pairs {
        let similarity = jaccard(&prints[a as usize], &prints[b as usize]);
        let (a, b) = (&docs[a as usize], &docs[b as usize]);
        if similarity >= COPY_THRESHOLD {
            out.push(Copy {
                a: a.id.clone(),
                b: b.id.clone(),
                similarity: (similarity * 100.0).round() / 100.0,
            });
        }
    }
    out
}
