//! `WordList`: a fixed list of words, looked up by hash. The grammar asks such lists about nearly
//! every word of a sentence ("is it a stop word? a verb? a title?"), so a scan of a slice would cost
//! a comparison per entry each time.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A fixed list of words (as written in the list: the lists are lower case), built into a hash set
/// the first time it is asked.
pub struct WordList {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> WordList {
        WordList {
            words,
            set: OnceLock::new(),
        }
    }

    /// Is this word on the list (exactly as written)?
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_its_words_exactly() {
        static L: WordList = WordList::new(&["said", "told"]);
        assert!(L.contains("said"));
        assert!(L.contains("told"));
        assert!(!L.contains("Said"));
        assert!(!L.contains("sai"));
        assert!(!L.contains(""));
    }
}
