//! Text as crosscheck reads it: normalised for matching, cut into paragraphs and sentences, with
//! repeated paragraphs and boilerplate set aside, and every offset still pointing into the original.

mod normalize;
mod segment;
pub(crate) mod swar;
mod wordlist;

use rustc_hash::{FxHashMap, FxHasher};
use std::cell::Cell;
use std::collections::hash_map::Entry;
use std::hash::Hasher;
use std::ops::Range;

pub use normalize::{Cursor, Normalized, OffsetMap, normalize, normalize_into};
pub use segment::{each_paragraph, paragraphs, push_sentences, sentences};
pub use wordlist::{WordList, WordMap};

use crate::rules::Rules;

/// An article's text ready for the grammar.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    pub norm: Normalized,
    /// Sentences to read, as ranges in the normalised text, in order.
    pub sentences: Vec<Range<usize>>,
    /// The paragraphs read, each as the range of its sentences' indices in `sentences` (one list
    /// for the article, where a list for each paragraph allocated each).
    pub paragraphs: Vec<Range<usize>>,
    /// Paragraphs left out because an earlier one had the same words.
    pub repeated: usize,
    /// Paragraphs left out as boilerplate.
    pub boilerplate: usize,
}

/// Normalises and segments `bytes` (which start at byte `base` of the original file).
pub fn prepare(bytes: &[u8], base: usize, rules: &Rules) -> Prepared {
    let mut out = Prepared::default();
    prepare_into(bytes, base, rules, &mut out);
    out
}

thread_local! {
    /// The table of paragraphs `prepare_into` has read, kept on the thread from one article to
    /// the next so that it is grown to fit once.
    static SEEN: Cell<FxHashMap<u64, Range<usize>>> = Cell::default();
}

/// As `prepare`, into `out`, whose lists are emptied and keep their room (an article after
/// another reuses them).
pub fn prepare_into(bytes: &[u8], base: usize, rules: &Rules, out: &mut Prepared) {
    normalize_into(bytes, base, &mut out.norm);
    let norm = &out.norm;
    out.sentences.clear();
    out.paragraphs.clear();
    (out.repeated, out.boilerplate) = (0, 0);
    // the paragraphs read so far, by the hash of their words in lower case (two paragraphs with
    // different words and the same hash, which may never happen, keep the second in `clashes`)
    let mut seen = SEEN.take();
    seen.clear();
    let mut clashes: Vec<Range<usize>> = Vec::new();
    for para in each_paragraph(&norm.text) {
        let words = &norm.text[para.clone()];
        if rules.boilerplate.is_match(words) {
            out.boilerplate += 1;
            continue;
        }
        let same = |e: &Range<usize>| same_in_lower_case(&norm.text[e.clone()], words);
        let repeated = match seen.entry(lower_hash(words)) {
            Entry::Vacant(v) => {
                v.insert(para.clone());
                false
            }
            Entry::Occupied(o) if same(o.get()) => true,
            Entry::Occupied(_) if clashes.iter().any(same) => true,
            Entry::Occupied(_) => {
                clashes.push(para.clone());
                false
            }
        };
        if repeated {
            out.repeated += 1;
            continue;
        }
        let first = out.sentences.len();
        push_sentences(&norm.text, para, &mut out.sentences);
        out.paragraphs.push(first..out.sentences.len());
    }
    SEEN.set(seen);
}

/// A hash of `s` in lower case (`str::to_lowercase`), without a lower-case copy where it is ASCII
/// (nearly always). Whether it is ASCII is found as the hash is made, not by `str::is_ascii`
/// first, whose bytes after the last run of 64 are tested one at a time: on 1 MB of articles that
/// pass cost 1.4 M instructions.
fn lower_hash(s: &str) -> u64 {
    match folded_hash(s.as_bytes()) {
        (h, true) => h,
        (_, false) => folded_hash(s.to_lowercase().as_bytes()).0,
    }
}

/// A hash of `bytes` that is the same for any case of their ASCII letters, read eight at a time,
/// and whether they are all ASCII. Every byte has its case bit (0x20) set, one `or` where
/// lower-casing took several: that also makes a few marks alike ("@" and "`"), which only lets two
/// paragraphs share a hash, and those are told apart by comparing their words.
fn folded_hash(bytes: &[u8]) -> (u64, bool) {
    const CASE: u64 = swar::ONES * 0x20;
    let mut h = FxHasher::default();
    // every byte or-ed together: its top bit is set where some byte is not ASCII
    let mut all = 0;
    let (words, rest) = bytes.as_chunks::<8>();
    for w in words {
        let w = u64::from_le_bytes(*w);
        all |= w;
        h.write_u64(w | CASE);
    }
    // the bytes after the last whole word, as the low bytes of a word whose others are zero
    let tail = match bytes.last_chunk::<8>() {
        Some(_) if rest.is_empty() => 0,
        Some(last) => u64::from_le_bytes(*last) >> (8 * (8 - rest.len())),
        None => {
            let mut tail = [0u8; 8];
            tail[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(tail)
        }
    };
    all |= tail;
    h.write_u64(tail | CASE);
    h.write_usize(bytes.len());
    (h.finish(), all & swar::HIGH == 0)
}

/// Are `a` and `b` the same in lower case (`str::to_lowercase`)?
fn same_in_lower_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.to_lowercase() == b.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_repeated_in_other_case_is_read_once() {
        let rules = Rules::defaults();
        let text = "Eight soldiers died.\n\nEIGHT SOLDIERS DIED.\n\nÉté: 20 killed.\n\nété: 20 KILLED.\n\nThe \u{212A}M mark.\n\nThe km mark.";
        let p = prepare(text.as_bytes(), 0, &rules);
        assert_eq!((p.paragraphs.len(), p.repeated), (3, 3));
    }

    #[test]
    fn the_lower_case_hash_is_the_hash_of_the_lower_case() {
        for s in [
            "Kidal, MALI",
            "\u{212A}m",
            "Été",
            "ΣΑΣ",
            "a",
            "",
            "exactly8",
        ] {
            assert_eq!(lower_hash(s), lower_hash(&s.to_lowercase()), "{s}");
        }
        assert!(same_in_lower_case("\u{212A}M", "km"));
        // the bytes after the last whole word count, and whether they are ASCII
        for n in 0..20 {
            let s = "x".repeat(n);
            assert!(folded_hash(s.as_bytes()).1);
            assert_ne!(
                folded_hash(s.as_bytes()).0,
                folded_hash(format!("{s}y").as_bytes()).0
            );
            assert!(!folded_hash(format!("{s}é").as_bytes()).1);
        }
        assert!(!same_in_lower_case("Kidal", "Kidel"));
    }
}
