//! Text as crosscheck reads it: normalised for matching, cut into paragraphs and sentences, with
//! repeated paragraphs and boilerplate set aside, and every offset still pointing into the original.

mod normalize;
mod segment;
pub(crate) mod swar;
mod wordlist;

use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

pub use normalize::{Normalized, OffsetMap, normalize};
pub use segment::{paragraphs, sentences};
pub use wordlist::{WordList, WordMap};

use crate::rules::Rules;

/// An article's text ready for the grammar.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    pub norm: Normalized,
    /// Sentences to read, as ranges in the normalised text, grouped by paragraph.
    pub paragraphs: Vec<Vec<Range<usize>>>,
    /// Paragraphs left out because an earlier one had the same words.
    pub repeated: usize,
    /// Paragraphs left out as boilerplate.
    pub boilerplate: usize,
}

/// Normalises and segments `bytes` (which start at byte `base` of the original file).
pub fn prepare(bytes: &[u8], base: usize, rules: &Rules) -> Prepared {
    let norm = normalize(bytes, base);
    let mut seen = HashSet::default();
    let mut out = Prepared::default();
    for para in paragraphs(&norm.text) {
        let words = &norm.text[para.clone()];
        if rules.boilerplate.is_match(words) {
            out.boilerplate += 1;
            continue;
        }
        if !seen.insert(words.to_lowercase()) {
            out.repeated += 1;
            continue;
        }
        out.paragraphs.push(sentences(&norm.text, para));
    }
    out.norm = norm;
    out
}
