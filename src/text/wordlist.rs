//! Word tables the grammar asks about nearly every word of a sentence ("is it a number word? a verb
//! of speech? a stop word?"). A word is looked up in any case, without allocating: most words are
//! turned away by one bit of a sketch of the table, a word of one or two letters is found at its
//! place in a list of them all, a word of up to eight bytes at the place its sketch's hash gives in
//! a table of its own, and a word of up to 15 bytes is packed into one integer key, so a lookup
//! compares no strings.

use rustc_hash::FxHashMap;
use std::num::NonZeroU8;
use std::sync::OnceLock;

/// A table from words (matched case-insensitively in ASCII) to values.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    /// Words of one or two ASCII letters, at their `short_slot`.
    short: Box<[Option<V>]>,
    /// Other words of up to eight bytes, at their hash's place or the first free one after it.
    near: Box<[Option<Near<V>>]>,
    /// How many words `near` holds.
    near_count: usize,
    /// What `hash` is shifted right by for a place in `near` (its top bits).
    near_shift: u32,
    /// Words of nine to 15 bytes, packed.
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
            near: (0..1 << NEAR_MIN_BITS).map(|_| None).collect(),
            near_count: 0,
            near_shift: 64 - NEAR_MIN_BITS,
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

/// A word's bytes in one `u64`, as its sketch and `near` know it: its first and last four bytes
/// (two where it has fewer, or its one). With its length this is the whole word where it has up
/// to eight bytes (the two parts overlap or meet).
#[inline(always)]
fn shape(word: &[u8]) -> u64 {
    match (word.first_chunk::<4>(), word.last_chunk::<4>()) {
        (Some(first), Some(last)) => {
            u64::from(u32::from_le_bytes(*first)) << 32 | u64::from(u32::from_le_bytes(*last))
        }
        _ => match (word.first_chunk::<2>(), word.last_chunk::<2>()) {
            (Some(first), Some(last)) => {
                u64::from(u16::from_le_bytes(*first)) << 16 | u64::from(u16::from_le_bytes(*last))
            }
            _ => word.first().map_or(0, |&first| u64::from(first)),
        },
    }
}

/// The hash of a word with this `shape`, in any case: its top bits are the word's bit in the
/// sketch and its place in `near`. The case bit of every byte is set (so "The" and "the" hash
/// alike) by one OR.
///
/// The sketch's bit of a word's first and last four bytes: two loads that may overlap cost less
/// than three of a byte (first, middle and last, as it was), and the sketch turns away more words
/// with more bytes in it: measured, 1.2 M of 109.2 M instructions less for extracting 1 MB (0.26 M
/// of them in `find`) with four bytes, and 0.4 M more with two for the short words.
///
/// The word's length is not in the hash (it was added to the shape): words of one shape and
/// another length are few, `near` tells them apart by their length, and the sketch is a first
/// test only. Without it, an instruction less at each lookup: 0.23 M of 102.28 M instructions
/// fewer for extracting 1 MB, 0.17 M of 97.98 M on real news.
#[inline(always)]
fn hash(shape: u64) -> u64 {
    const CASE: u64 = super::swar::ONES * 0x20;
    (shape | CASE).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Where a word's bit is in the sketch.
#[inline(always)]
fn sketch_bit(word: &[u8]) -> usize {
    (hash(shape(word)) >> (64 - SKETCH_BITS)) as usize
}

/// A word of up to eight bytes in `near`: its `shape` in lower case, the bits of its shape a word
/// must have to be it (all but the case bit of each byte that is a letter), and its length (not
/// zero: a free place is `None`).
#[derive(Debug, Clone)]
struct Near<V> {
    shape: u64,
    fixed: u64,
    len: NonZeroU8,
    value: V,
}

impl<V> Near<V> {
    /// Is this the word of `n` bytes with this `shape`, in any case? A byte that differs from the
    /// key's only by the case bit of a letter is that letter in the other case. (The bits to
    /// compare are kept, not the letters' case bits, which took a NOT at each probe.)
    #[inline(always)]
    fn is(&self, shape: u64, n: usize) -> bool {
        (shape ^ self.shape) & self.fixed == 0 && usize::from(self.len.get()) == n
    }
}

/// `near` starts with 2^3 places, and has at least twice as many places as words: a word that is
/// in it is at its hash's place or soon after, and one that is not reaches a free place soon.
const NEAR_MIN_BITS: u32 = 3;

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

/// The bytes of a word of nine to 15 bytes, lower-cased (ASCII), and its length, packed into an
/// integer; `None` for another length. The length byte keeps "governors" apart from "governors"
/// followed by a NUL. The bytes are gathered in two 64-bit halves: shifts of a 128-bit integer by
/// a variable count cost several instructions each.
#[inline]
fn pack(word: &[u8]) -> Option<u128> {
    let n = word.len();
    if !(9..=15).contains(&n) {
        return None;
    }
    // the first eight bytes, and the last eight, whose top `n - 8` are bytes 8 and on
    let (head, _) = word.split_first_chunk::<8>()?;
    let (_, tail) = word.split_last_chunk::<8>()?;
    let high = u64::from_le_bytes(*tail) >> (8 * (16 - n));
    let low = u64::from_le_bytes(*head);
    Some(u128::from(fold(low)) | u128::from(fold(high)) << 64 | (n as u128) << 120)
}

/// Every byte from `A` to `Z` of `half` made lower case, eight at once.
#[inline]
fn fold(half: u64) -> u64 {
    super::swar::ascii_lowercase(half)
}

/// The case bit of each byte of `shape` that is a small letter.
fn letters(shape: u64) -> u64 {
    u64::from_le_bytes(
        shape
            .to_le_bytes()
            .map(|b| if b.is_ascii_lowercase() { 0x20 } else { 0 }),
    )
}

impl<V> WordMap<V> {
    /// The value of a word, added with `V::default()` if it is new.
    pub fn entry(&mut self, word: &str) -> &mut V
    where
        V: Default,
    {
        self.value_or(word, V::default)
    }

    /// Adds a word; a word already present keeps its first value.
    pub fn insert(&mut self, word: &str, value: V) {
        self.value_or(word, || value);
    }

    /// The value of a word, added as `make` makes it if it is new.
    fn value_or(&mut self, word: &str, make: impl FnOnce() -> V) -> &mut V {
        self.note(word);
        let w = word.as_bytes();
        if let Some(i) = short_slot(w) {
            // (a short word's place is one of `SHORT_SLOTS`)
            return self.short[i].get_or_insert_with(make);
        }
        if let Some(len) = u8::try_from(w.len())
            .ok()
            .filter(|&n| n <= 8)
            .and_then(NonZeroU8::new)
        {
            return self.near_value_or(w, len, make);
        }
        match pack(w) {
            Some(key) => self.packed.entry(key).or_insert_with(make),
            None => self
                .long
                .entry(word.to_ascii_lowercase().into_boxed_str())
                .or_insert_with(make),
        }
    }

    /// `value_or` for a word of up to eight bytes (`len`), in `near`, which grows to twice its
    /// places when it would be over half full.
    fn near_value_or(&mut self, w: &[u8], len: NonZeroU8, make: impl FnOnce() -> V) -> &mut V {
        let shape = fold(shape(w));
        let n = w.len();
        if (self.near_count + 1) * 2 > self.near.len() {
            self.grow_near();
        }
        let i = match self.near_place(shape, n) {
            Ok(i) => i,
            Err(i) => {
                self.near_count += 1;
                i
            }
        };
        let place = &mut self.near[i];
        &mut place
            .get_or_insert_with(|| Near {
                shape,
                fixed: !letters(shape),
                len,
                value: make(),
            })
            .value
    }

    /// `near` with twice its places, its words put where they go in them.
    fn grow_near(&mut self) {
        let old = std::mem::take(&mut self.near);
        self.near = (0..old.len() * 2).map(|_| None).collect();
        self.near_shift -= 1;
        for near in old.into_vec().into_iter().flatten() {
            let n = usize::from(near.len.get());
            if let Err(i) = self.near_place(near.shape, n) {
                self.near[i] = Some(near);
            }
        }
    }

    /// Where the word of `n` bytes with this `shape` is in `near`, or else the
    /// free place where it would go: the first from its hash's place on that holds it or none.
    #[inline(always)]
    fn near_place(&self, shape: u64, n: usize) -> Result<usize, usize> {
        let mask = self.near.len().wrapping_sub(1);
        let mut i = (hash(shape) >> self.near_shift) as usize;
        loop {
            match self.near.get(i) {
                Some(Some(near)) if near.is(shape, n) => return Ok(i),
                Some(Some(_)) => i = (i + 1) & mask,
                _ => return Err(i),
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
    /// instructions off extracting 1 MB, as most calls end here. (A test of the word's length
    /// against the table's longest word turned away next to nothing more.)
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
    /// inlined test stays small. The word's shape and hash are made again here: passed from `get`,
    /// they cost its callers more than they save (measured, the tokenizer 0.5 M more of 103 M
    /// instructions for extracting 1 MB, where this makes them for 0.4 M).
    ///
    /// A word of three to eight bytes is found in `near` by its shape, in place of being packed
    /// into 128 bits, folded to lower case and hashed again for an `FxHashMap` (`packed`, as all
    /// up to 15 bytes were): `find` 3.07 -> 1.90 M, 104.2 -> 103.1 M instructions for
    /// extracting 1 MB (99.6 -> 98.6 M on real news).
    #[inline(never)]
    fn find(&self, word: &str) -> Option<&V> {
        let w = word.as_bytes();
        let (n, shape) = (w.len(), shape(w));
        if let Some(i) = short_slot(w) {
            return self.short.get(i)?.as_ref();
        }
        match n {
            1..=8 => {
                let i = self.near_place(shape, n).ok()?;
                Some(&self.near.get(i)?.as_ref()?.value)
            }
            _ => self.find_long(word),
        }
    }

    /// The lookup of a word longer than eight bytes (or empty), which few are: out of line, so
    /// that `find` saves no registers for the hash table's lookup or for a call. (With `Near`'s
    /// bits to compare kept: 0.14 M of 102.42 M instructions fewer for extracting 1 MB, as many of
    /// 98.11 M on real news.)
    #[inline(never)]
    fn find_long(&self, word: &str) -> Option<&V> {
        match pack(word.as_bytes()) {
            Some(key) => self.packed.get(&key),
            None => self.long.get(word.to_ascii_lowercase().as_str()),
        }
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

    /// Words that differ only by a case bit that is no letter's ("@" and "`", "É" and "é"), or by
    /// their length where their shapes are one ("aaaa" and "aaaaa"), are told apart as a `HashMap`
    /// of the words in lower case tells them: every word of up to five of these characters (up to
    /// ten bytes, in `near` and past it), every third put in.
    #[test]
    fn words_alike_but_for_a_case_bit_are_told_apart() {
        let chars = ['a', 'A', '@', '`', 'é', 'É', '-'];
        let mut words = vec![String::new()];
        for len in 1..=5 {
            let last: Vec<String> = words
                .iter()
                .filter(|w| w.chars().count() == len - 1)
                .cloned()
                .collect();
            words.extend(last.iter().flat_map(|w| chars.map(|c| format!("{w}{c}"))));
        }
        let mut map = WordMap::default();
        let mut want = std::collections::HashMap::new();
        for (n, w) in words.iter().enumerate().step_by(3) {
            map.insert(w, n);
            want.entry(w.to_ascii_lowercase()).or_insert(n);
        }
        for w in &words {
            assert_eq!(map.get(w), want.get(&w.to_ascii_lowercase()), "{w}");
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
                let want = (9..=15).contains(&len).then(|| {
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
