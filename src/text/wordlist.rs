//! Word tables the grammar asks about nearly every word of a sentence ("is it a number word? a verb
//! of speech? a stop word?"). A word is looked up in any case, without allocating: most words are
//! turned away by one bit of a sketch of the table, a word of one or two letters is found at its
//! place in a list of them all, and a word of up to 15 bytes is packed into one integer key, so a
//! lookup hashes two machine words and compares no strings.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A table from words (matched case-insensitively in ASCII) to values.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    /// Words of one or two ASCII letters, at their `short_slot`.
    short: Box<[Option<V>]>,
    /// Other words of up to 15 bytes, packed.
    packed: FxHashMap<u128, V>,
    /// Words longer than 15 bytes, lower case.
    long: FxHashMap<Box<str>, V>,
    /// One bit for each key's `sketch`: a word whose bit is clear is not in the table.
    sketch: [u64; SKETCH_WORDS],
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            short: (0..SHORT_SLOTS).map(|_| None).collect(),
            packed: FxHashMap::default(),
            long: FxHashMap::default(),
            sketch: [0; SKETCH_WORDS],
        }
    }
}

/// The sketch has 16,384 bits (2 KB, in cache): with a few hundred words most bits are clear, and
/// a word that is not in the table is turned away by one multiply. Twice the 8,192 bits it had
/// lets fewer words pass it wrongly in the tokenizer's table (`Rules::word_marks`, some 600
/// words): measured, 0.5 M of 208 M instructions less for extracting 1 MB. (Twice again, with
/// the sketch of a word's first and last four bytes, took off 0.01 M of 108 M: not worth 2 KB.)
const SKETCH_BITS: u32 = 14;
const SKETCH_WORDS: usize = (1 << SKETCH_BITS) / 64;

/// Where a word's bit is in the sketch: a hash of its length and of its first and last four bytes
/// (two where it has fewer, or its one) with the case bit of each set (so "The" and "the" share
/// a bit): cheaper than packing the word. Two loads that may overlap cost less than three of a
/// byte (first, middle and last, as it was), and the sketch turns away more words with more
/// bytes in it: measured, 1.2 M of 109.2 M instructions less for extracting 1 MB (0.26 M of
/// them in `find`) with four bytes, and 0.4 M more with two for the short words.
#[inline(always)]
fn sketch_bit(word: &[u8]) -> usize {
    let n = word.len();
    let shape = match (word.first_chunk::<4>(), word.last_chunk::<4>()) {
        (Some(first), Some(last)) => {
            u64::from(u32::from_le_bytes(*first)) << 32 | u64::from(u32::from_le_bytes(*last))
        }
        _ => match (word.first_chunk::<2>(), word.last_chunk::<2>()) {
            (Some(first), Some(last)) => {
                u64::from(u16::from_le_bytes(*first)) << 16 | u64::from(u16::from_le_bytes(*last))
            }
            _ => match word.first() {
                Some(&first) => u64::from(first),
                None => return 0,
            },
        },
    };
    // the case bit of every byte set by one OR
    const CASE: u64 = super::swar::ONES * 0x20;
    let shape = (shape | CASE).wrapping_add(n as u64);
    (shape.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SKETCH_BITS)) as usize
}

/// How many words of one or two ASCII letters there are, in lower case.
const SHORT_SLOTS: usize = 26 + 26 * 26;

/// The place of a word of one or two ASCII letters, in any case, among them all: looked up by
/// its place, where a packed word is hashed. Many of the words the tokenizer finds in its table
/// are of two letters or one ("a", "in", "at", "s"): measured, 0.32 M of 107.6 M instructions
/// less for extracting 1 MB (0.49 M of 102.6 M on real news).
#[inline(always)]
fn short_slot(word: &[u8]) -> Option<usize> {
    // (a byte with its case bit set is from `a` to `z` only where it is a letter)
    let letter = |b: u8| {
        let i = (b | 0x20).wrapping_sub(b'a');
        (i < 26).then_some(usize::from(i))
    };
    match *word {
        [a] => letter(a),
        [a, b] => Some(26 + letter(a)? * 26 + letter(b)?),
        _ => None,
    }
}

/// The word's bytes, lower-cased (ASCII), and its length, packed into an integer; `None` when
/// empty or over 15 bytes. The length byte keeps "mr" apart from "mr" followed by a NUL, and no
/// key from 0. The bytes are gathered in two 64-bit halves, the second only for a word that
/// reaches it: shifts of a 128-bit integer by a variable count cost several instructions each.
#[inline]
fn pack(word: &[u8]) -> Option<u128> {
    let n = word.len();
    let (low, high) = match n {
        1..=3 => {
            // the first, middle and last bytes cover all of one, two or three
            let bytes = u64::from(word[0])
                | u64::from(word[n / 2]) << (8 * (n / 2))
                | u64::from(word[n - 1]) << (8 * (n - 1));
            (bytes, 0)
        }
        4..=7 => {
            // two four-byte loads that overlap: the first four bytes and the last four
            let first = u32::from_le_bytes([word[0], word[1], word[2], word[3]]);
            let last = u32::from_le_bytes([word[n - 4], word[n - 3], word[n - 2], word[n - 1]]);
            (u64::from(first) | u64::from(last) << (8 * (n - 4)), 0)
        }
        8..=15 => {
            // the first eight bytes, and the last eight, whose top `n - 8` are bytes 8 and on
            let (head, _) = word.split_first_chunk::<8>()?;
            let (_, tail) = word.split_last_chunk::<8>()?;
            let tail = u64::from_le_bytes(*tail);
            let high = tail.checked_shr(8 * (16 - n as u32)).unwrap_or(0);
            (u64::from_le_bytes(*head), fold(high))
        }
        _ => return None,
    };
    Some(u128::from(fold(low)) | u128::from(high) << 64 | (n as u128) << 120)
}

/// Every byte from `A` to `Z` of `half` made lower case, eight at once.
#[inline]
fn fold(half: u64) -> u64 {
    super::swar::ascii_lowercase(half)
}

impl<V> WordMap<V> {
    /// The value of a word, added with `V::default()` if it is new.
    pub fn entry(&mut self, word: &str) -> &mut V
    where
        V: Default,
    {
        self.note(word);
        if let Some(i) = short_slot(word.as_bytes()) {
            // (a short word's place is one of `SHORT_SLOTS`)
            return self.short[i].get_or_insert_with(V::default);
        }
        match pack(word.as_bytes()) {
            Some(key) => self.packed.entry(key).or_default(),
            None => self
                .long
                .entry(word.to_ascii_lowercase().into_boxed_str())
                .or_default(),
        }
    }

    /// Adds a word; a word already present keeps its first value.
    pub fn insert(&mut self, word: &str, value: V) {
        self.note(word);
        if let Some(i) = short_slot(word.as_bytes()) {
            self.short[i].get_or_insert(value);
            return;
        }
        match pack(word.as_bytes()) {
            Some(key) => {
                self.packed.entry(key).or_insert(value);
            }
            None => {
                self.long
                    .entry(word.to_ascii_lowercase().into_boxed_str())
                    .or_insert(value);
            }
        }
    }

    /// Marks a new word's sketch bit.
    fn note(&mut self, word: &str) {
        let bit = sketch_bit(word.as_bytes());
        self.sketch[bit / 64] |= 1 << (bit % 64);
    }

    /// Could this word (in any case) be in the table? False for most words, by one multiply and
    /// one bit, without packing the word or probing the table.
    ///
    /// This and `get` are inlined at every call (about 200): measured, that takes 8 M of 320 M
    /// instructions off extracting 1 MB, as most calls end here. (The word's length is in its bit:
    /// a test of it against the table's longest word turned away next to nothing more.)
    #[inline(always)]
    fn may_hold(&self, word: &str) -> bool {
        let bit = sketch_bit(word.as_bytes());
        self.sketch[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The value of this word, in any case. The sketch's test is made where the word is asked
    /// for; only a word that passes it pays for a call.
    #[inline(always)]
    pub fn get(&self, word: &str) -> Option<&V> {
        if !self.may_hold(word) {
            return None;
        }
        self.find(word)
    }

    /// The lookup proper, for a word the sketch lets through; kept out of line so that the
    /// inlined test stays small.
    #[inline(never)]
    fn find(&self, word: &str) -> Option<&V> {
        if let Some(i) = short_slot(word.as_bytes()) {
            return self.short.get(i)?.as_ref();
        }
        match pack(word.as_bytes()) {
            Some(key) => self.packed.get(&key),
            None => self.find_long(word),
        }
    }

    /// The lookup of a word longer than 15 bytes (or empty), which few are: out of line, so that
    /// `find` saves no registers for its call.
    #[inline(never)]
    fn find_long(&self, word: &str) -> Option<&V> {
        self.long.get(word.to_ascii_lowercase().as_str())
    }

    /// Is this word (in any case) in the table?
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

/// A set of words, matched in any case.
impl<'w> FromIterator<&'w str> for WordMap<()> {
    fn from_iter<I: IntoIterator<Item = &'w str>>(words: I) -> Self {
        let mut map = WordMap::default();
        for w in words {
            map.insert(w, ());
        }
        map
    }
}

/// A fixed list of lower-case words, built into a `WordMap` the first time it is asked.
pub struct WordList {
    words: &'static [&'static str],
    map: OnceLock<WordMap<()>>,
}

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> WordList {
        WordList {
            words,
            map: OnceLock::new(),
        }
    }

    fn map(&self) -> &WordMap<()> {
        self.map.get_or_init(|| {
            for w in self.words {
                debug_assert!(
                    !w.bytes().any(|b| b.is_ascii_uppercase()),
                    "{w}: not lower case"
                );
            }
            self.words.iter().copied().collect()
        })
    }

    /// Is this word on the list as written (the lists are lower case: "Said" is not "said")?
    pub fn contains(&self, word: &str) -> bool {
        self.map().contains(word) && !word.bytes().any(|b| b.is_ascii_uppercase())
    }

    /// Is this word on the list, in any case?
    pub fn contains_any_case(&self, word: &str) -> bool {
        self.map().contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_as_written_or_in_any_case_and_only_whole() {
        static L: WordList = WordList::new(&["said", "told", "a"]);
        assert!(L.contains("said"));
        assert!(!L.contains("Told"));
        assert!(L.contains_any_case("Told"));
        assert!(L.contains_any_case("A"));
        assert!(!L.contains("sai"));
        assert!(!L.contains("saids"));
        assert!(!L.contains("an"));
        assert!(!L.contains(""));
    }

    #[test]
    fn long_words_and_first_values() {
        let mut m = WordMap::default();
        m.insert("internationalisation", 1);
        m.insert("eight", 2);
        m.insert("Eight", 3);
        *m.entry("week") += 10;
        assert_eq!(m.get("INTERNATIONALISATION"), Some(&1));
        assert_eq!(m.get("eight"), Some(&2));
        assert_eq!(m.get("week"), Some(&10));
        assert_eq!(m.get("weeks"), None);
        assert_eq!(m.get("eighth"), None);
        assert_eq!(m.get("éight"), None);
        // a NUL is a byte like any other: "eight" and "eight\0" differ
        assert_eq!(m.get("eight\0"), None);
        m.insert("fifteen-letters", 4);
        assert_eq!(m.get("fifteen-letters"), Some(&4));
        assert_eq!(m.get("fifteen-letter"), None);
    }

    /// A word in the table passes the sketch in any case: the table finds what a `HashMap` of
    /// the words in lower case finds, for the fixtures' words put in (every third, so that many
    /// are missed) and all asked for as written, in capitals and in small letters.
    #[test]
    fn words_are_found_as_in_a_hash_map() {
        let mut map = WordMap::default();
        let mut want = std::collections::HashMap::new();
        let texts = crate::fixture_texts();
        let words: Vec<&str> = texts
            .iter()
            .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
            .collect();
        for (n, w) in words.iter().enumerate().step_by(3) {
            map.insert(w, n);
            want.entry(w.to_ascii_lowercase()).or_insert(n);
        }
        assert!(want.len() > 1000);
        for w in &words {
            let lower = w.to_ascii_lowercase();
            assert_eq!(map.get(w), want.get(&lower), "{w}");
            assert_eq!(map.get(&w.to_ascii_uppercase()), want.get(&lower), "{w}");
            assert_eq!(map.get(&lower), want.get(&lower), "{w}");
        }
    }

    /// Every word of one or two bytes has a place of its own by its letters in lower case, if
    /// all its bytes are ASCII letters, and none otherwise.
    #[test]
    fn short_words_have_a_place_each() {
        let mut seen = std::collections::HashMap::new();
        let words = (0..=255u8)
            .map(|a| vec![a])
            .chain((0..=255u8).flat_map(|a| (0..=255u8).map(move |b| vec![a, b])));
        for w in words {
            let place = short_slot(&w);
            assert_eq!(
                place.is_some(),
                w.iter().all(u8::is_ascii_alphabetic),
                "{w:?}"
            );
            if let Some(i) = place {
                assert!(i < SHORT_SLOTS);
                let lower = w.to_ascii_lowercase();
                assert_eq!(*seen.entry(i).or_insert_with(|| lower.clone()), lower);
            }
        }
        assert_eq!(seen.len(), SHORT_SLOTS);
    }

    #[test]
    fn packed_words_are_lower_case_ascii_of_every_length() {
        let all: Vec<u8> = (0..=255).collect();
        for len in 0..=16 {
            for start in 0..=all.len() - len {
                let word = &all[start..start + len];
                let want = (1..=15).contains(&len).then(|| {
                    let mut key = [0u8; 16];
                    for (k, b) in key.iter_mut().zip(word) {
                        *k = b.to_ascii_lowercase();
                    }
                    key[15] = len as u8;
                    u128::from_le_bytes(key)
                });
                assert_eq!(pack(word), want, "{word:?}");
            }
        }
    }
}
