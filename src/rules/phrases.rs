//! `Phrases`: a small table of words and phrases from the rules, matched case-insensitively and
//! longest first at the start of a piece of text, ending on a word boundary.

/// A table of phrases, each with a value, bucketed by their first two bytes (lower-cased), longest
/// first within a bucket; one-byte phrases (`$`, `%`) by their byte alone. A lookup reads one bucket,
/// found by indexing a table of all two-byte openings (no hashing).
#[derive(Debug, Clone)]
pub struct Phrases<T> {
    /// For each two bytes as a text may open with them (in either case), 1 + the index of the
    /// bucket of phrases that open with them, or 0: the text's bytes index it as they are, with
    /// no lower-casing first.
    index: Box<[u16; 1 << 16]>,
    buckets: Vec<Bucket<T>>,
    singles: Vec<Option<T>>,
    /// The bytes (in either case) that are a one-byte phrase.
    single_at: [bool; 256],
    starts: [bool; 256],
}

/// The phrases that open with the same two bytes, longest first, and the pairs of a third and a
/// fourth byte (in either case) that may follow those two in a text one of them opens: most texts
/// that reach a bucket are turned away by them, before their head is read and the phrases
/// compared.
#[derive(Debug, Clone)]
struct Bucket<T> {
    entries: Vec<Entry<T>>,
    /// One bit for each pair of a third and a fourth byte, folded to their five low bits (which
    /// tell a letter in either case; a few bytes share them): a phrase's own; after a phrase of
    /// three bytes any fourth byte, after a phrase of two any pair.
    pairs: [u64; 16],
}

impl<T> Bucket<T> {
    /// Could a phrase of the bucket open `text` (which opens with the bucket's two bytes), by its
    /// third and fourth bytes (a space for a byte past its end, as `ends_well` reads it)?
    #[inline(always)]
    fn may_follow(&self, text: &[u8]) -> bool {
        let (c, d) = match *text {
            [_, _, c, d, ..] => (c, d),
            [_, _, c] => (c, b' '),
            _ => (b' ', b' '),
        };
        let pair = pair_bit(c, d);
        self.pairs[pair >> 6] >> (pair & 63) & 1 != 0
    }

    /// Lets through the texts a phrase `key` (lower case, two bytes or more) may open. A byte
    /// that may end a phrase (`ends_well`) has any five low bits: after a phrase of three bytes,
    /// any fourth byte may follow, after one of two any pair.
    fn admit(&mut self, key: &[u8]) {
        match *key {
            [_, _] => self.pairs = [u64::MAX; 16],
            [_, _, c] => {
                let row = pair_bit(c, 0);
                self.pairs[row >> 6] |= u64::from(u32::MAX) << (row & 63);
            }
            [_, _, c, d, ..] => {
                let pair = pair_bit(c, d);
                self.pairs[pair >> 6] |= 1 << (pair & 63);
            }
            _ => {}
        }
    }
}

/// The bit of a third and a fourth byte in `Bucket::pairs`: their five low bits each (a letter's
/// are the same in either case).
fn pair_bit(c: u8, d: u8) -> usize {
    usize::from(c & 31) << 5 | usize::from(d & 31)
}

/// May a phrase that ends with byte `last` be followed by byte `next` in a text? A phrase ending in
/// a letter may not run on into another letter ("moreover"), but a symbol may run into a digit
/// ("$US55", "Rs500"); a phrase ending in a digit, into neither.
fn ends_well(last: u8, next: u8) -> bool {
    !((last.is_ascii_alphabetic() || last >= 0x80) && (next.is_ascii_alphabetic() || next >= 0x80)
        || last.is_ascii_digit() && next.is_ascii_alphanumeric())
}

/// A phrase (lower case) with its value, and its first eight bytes packed into an integer with a
/// mask of the bytes it has, so that most phrases in a bucket are turned away by one comparison.
#[derive(Debug, Clone)]
struct Entry<T> {
    key: Box<[u8]>,
    head: u64,
    mask: u64,
    value: T,
}

/// The first eight bytes of `bytes` (lower-cased, ASCII), zeros past its end, as an integer.
fn head(bytes: &[u8]) -> u64 {
    let word = match bytes.first_chunk::<8>() {
        Some(word) => u64::from_le_bytes(*word),
        // (gathered as they are and lower-cased all at once: a zero stays a zero)
        None => bytes.iter().rev().fold(0, |w, &b| w << 8 | u64::from(b)),
    };
    crate::text::swar::ascii_lowercase(word)
}

/// The bytes that are `b` (ASCII, not upper case) once lower-cased: itself, and its capital.
fn either_case(b: u8) -> [u8; 2] {
    [b, b.to_ascii_uppercase()]
}

/// Are the bytes of a text past its head (`text`) those of a phrase's (`key`, lower case, as long)
/// in any case? (A loop of its own, where `eq_ignore_ascii_case` was a call, for the few bytes
/// of the few phrases longer than a head, which made `lookup` keep more in its registers.)
fn same_tail(text: &[u8], key: &[u8]) -> bool {
    text.iter()
        .zip(key)
        .all(|(t, k)| t.to_ascii_lowercase() == *k)
}

/// The mask of the first `n` bytes (up to eight) of a `head`.
fn head_mask(n: usize) -> u64 {
    match n {
        0 => 0,
        1..8 => (1u64 << (8 * n)) - 1,
        _ => u64::MAX,
    }
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            index: Box::new([0; 1 << 16]),
            buckets: Vec::new(),
            singles: (0..256).map(|_| None).collect(),
            single_at: [false; 256],
            starts: [false; 256],
        }
    }
}

/// Is `b` part of a word (so that a phrase may not end just before it)?
pub fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

impl<T> Phrases<T> {
    /// Adds a phrase; a phrase already present keeps its first value.
    pub fn insert(&mut self, phrase: &str, value: T) {
        let key: Box<[u8]> = phrase
            .trim()
            .to_ascii_lowercase()
            .into_bytes()
            .into_boxed_slice();
        match *key {
            [] => {}
            [b] => {
                self.starts[b as usize] = true;
                self.singles[b as usize].get_or_insert(value);
                for x in either_case(b) {
                    self.single_at[usize::from(x)] = true;
                }
            }
            [a, b, ..] => {
                self.starts[a as usize] = true;
                let slot = usize::from(a) << 8 | usize::from(b);
                if self.index[slot] == 0 {
                    self.buckets.push(Bucket {
                        entries: Vec::new(),
                        pairs: [0; 16],
                    });
                    let bucket = u16::try_from(self.buckets.len()).unwrap_or(u16::MAX);
                    for (x, y) in either_case(a)
                        .into_iter()
                        .flat_map(|x| either_case(b).map(|y| (x, y)))
                    {
                        self.index[usize::from(x) << 8 | usize::from(y)] = bucket;
                    }
                }
                let Some(bucket) = self.buckets.get_mut(usize::from(self.index[slot]) - 1) else {
                    return;
                };
                if bucket.entries.iter().any(|e| e.key == key) {
                    return;
                }
                bucket.admit(&key);
                let entries = &mut bucket.entries;
                entries.push(Entry {
                    head: head(&key),
                    mask: head_mask(key.len()),
                    key,
                    value,
                });
                entries.sort_by_key(|e| std::cmp::Reverse(e.key.len()));
            }
        }
    }

    /// The longest phrase at the start of `text`, with the number of bytes it covers.
    /// (Inlined where it is called: most texts open with two bytes no phrase opens with, and no
    /// one-byte phrase, or are turned away by their third and fourth bytes, and a look at the
    /// tables turns them away before the cost of a call: of some 31k texts per MB that open a
    /// bucket or may be a one-byte phrase, 16k were turned away by their third byte alone; of the
    /// 16.5k looked up then, 8.8k opened no phrase, 3.6k of them sharing three bytes with one, and
    /// 3.1k of those are turned away by the fourth.)
    #[inline]
    pub fn longest(&self, text: &str) -> Option<(usize, &T)> {
        self.longest_in(text.as_bytes())
    }

    /// `longest` of the text from byte `at` on (`None` past its end), for a caller that holds the
    /// text and an offset in it, as of a token. Its bytes are read from there as they are: a slice
    /// of the `str` would test first that `at` starts a character (a byte no phrase opens with
    /// does not, and is turned away as any other), which cost each of some 40k triggers asked per
    /// MB five instructions (measured, 0.15 M instructions per MB less synthetic, 0.16 M real).
    #[inline]
    pub fn longest_at(&self, text: &str, at: usize) -> Option<(usize, &T)> {
        self.longest_in(text.as_bytes().get(at..)?)
    }

    /// `longest` of the text's bytes.
    #[inline(always)]
    fn longest_in(&self, bytes: &[u8]) -> Option<(usize, &T)> {
        let &first = bytes.first()?;
        let bucket = bytes.get(1).map_or(0, |&second| {
            self.index[usize::from(first) << 8 | usize::from(second)]
        });
        let opened = usize::from(bucket).checked_sub(1);
        let bucket = match opened.and_then(|i| self.buckets.get(i)) {
            Some(b) if b.may_follow(bytes) => bucket,
            _ => 0,
        };
        if bucket == 0 && !self.single_at[usize::from(first)] {
            return None;
        }
        self.lookup(bytes, bucket)
    }

    /// `longest` of a text whose first bytes open the phrases of `bucket` (1 + its index, or 0 for
    /// none), its third and fourth bytes ones that may follow them (`Bucket::may_follow`), or whose
    /// first byte may be a phrase.
    /// (Never inlined: the test before it is the part worth inlining.)
    #[inline(never)]
    fn lookup(&self, bytes: &[u8], bucket: u16) -> Option<(usize, &T)> {
        let ends_well = |n: usize, last: u8| ends_well(last, bytes.get(n).copied().unwrap_or(b' '));
        if let Some(bucket) = usize::from(bucket)
            .checked_sub(1)
            .and_then(|i| self.buckets.get(i))
        {
            // a phrase matches where its head does, and then any bytes past the eighth
            let text_head = head(bytes);
            for e in &bucket.entries {
                let n = e.key.len();
                // (the head first: it turns most phrases away)
                if text_head & e.mask == e.head
                    && bytes.len() >= n
                    && (n <= 8 || same_tail(&bytes[8..n], &e.key[8..]))
                    && ends_well(n, e.key[n - 1])
                {
                    return Some((n, &e.value));
                }
            }
        }
        // (most tables have no phrase of one byte: their texts are turned away by one look)
        let &first = bytes.first()?;
        if !self.single_at[usize::from(first)] {
            return None;
        }
        let first = first.to_ascii_lowercase();
        self.singles[usize::from(first)]
            .as_ref()
            .filter(|_| ends_well(1, first))
            .map(|v| (1, v))
    }

    /// Does any phrase start with this byte? A cheap test before `longest`.
    pub fn may_start(&self, b: u8) -> bool {
        self.starts[b.to_ascii_lowercase() as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A phrase looked for at an offset is the one looked for in the text sliced there, at every
    /// character of the fixtures, in the tables the grammar reads at tokens; past the end, none.
    #[test]
    fn a_phrase_at_an_offset_is_the_one_in_the_text_from_there() {
        let rules = crate::rules::Rules::defaults();
        for text in crate::fixture_texts() {
            for at in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
                let rest = &text[at..];
                assert_eq!(
                    rules.predicates.longest_at(&text, at),
                    rules.predicates.longest(rest)
                );
                assert_eq!(rules.units.longest_at(&text, at), rules.units.longest(rest));
            }
            assert_eq!(rules.units.longest_at(&text, text.len() + 1), None);
        }
    }

    #[test]
    fn heads_are_lower_cased_byte_by_byte() {
        for b in 0..=255u8 {
            for at in 0..9 {
                let mut bytes = *b"xYz09AZ@[";
                bytes[at] = b;
                let want: Vec<u8> = bytes[..8].iter().map(u8::to_ascii_lowercase).collect();
                assert_eq!(
                    head(&bytes).to_le_bytes().as_slice(),
                    want,
                    "{b:#x} at {at}"
                );
                let short = &bytes[..at.min(7)];
                let mut want = [0u8; 8];
                for (w, b) in want.iter_mut().zip(short) {
                    *w = b.to_ascii_lowercase();
                }
                assert_eq!(head(short), u64::from_le_bytes(want));
            }
        }
    }

    #[test]
    fn longest_match_wins_and_respects_word_ends() {
        let mut p = Phrases::default();
        p.insert("more", 1);
        p.insert("more than", 2);
        p.insert("%", 3);
        assert_eq!(p.longest("More than 30"), Some((9, &2)));
        assert_eq!(p.longest("moreover"), None);
        assert_eq!(p.longest("%s"), Some((1, &3)));
        p.insert("$us", 4);
        assert_eq!(p.longest("$US55"), Some((3, &4)));
        // past the eighth byte, and a text that ends inside a phrase
        p.insert("more or less", 5);
        p.insert("moreau", 6);
        assert_eq!(p.longest("MORE OR LESS 5"), Some((12, &5)));
        assert_eq!(p.longest("more or lesser"), Some((4, &1)));
        assert_eq!(p.longest("more or le"), Some((4, &1)));
        assert_eq!(p.longest("Moreau"), Some((6, &6)));
        assert_eq!(p.longest("mor"), None);
        // a one-byte phrase that is a letter, in either case; a two-byte opening in any case
        p.insert("m", 7);
        assert_eq!(p.longest("M 5"), Some((1, &7)));
        assert_eq!(p.longest("m"), Some((1, &7)));
        assert_eq!(p.longest("mOREau"), Some((6, &6)));
        assert_eq!(p.longest("Mx"), None);
        // a phrase of two bytes lets any third and fourth byte through to its own test
        p.insert("us", 8);
        p.insert("usd", 9);
        assert_eq!(p.longest("US 5"), Some((2, &8)));
        assert_eq!(p.longest("Us"), Some((2, &8)));
        assert_eq!(p.longest("USD5"), Some((3, &9)));
        assert_eq!(p.longest("use"), None);
        assert_eq!(p.longest("mob"), None);
    }

    /// The longest phrase at the start of `text`, found by comparing every phrase: what `longest`
    /// finds through its tables.
    fn every_phrase<'p, T>(p: &'p Phrases<T>, text: &str) -> Option<(usize, &'p T)> {
        let bytes = text.as_bytes();
        let next = |n: usize| bytes.get(n).copied().unwrap_or(b' ');
        let found = (p.buckets.iter().flat_map(|b| &b.entries))
            .filter(|e| {
                bytes
                    .get(..e.key.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(&e.key))
            })
            .filter(|e| ends_well(e.key[e.key.len() - 1], next(e.key.len())))
            .max_by_key(|e| e.key.len())
            .map(|e| (e.key.len(), &e.value));
        let first = bytes.first()?.to_ascii_lowercase();
        found.or_else(|| {
            (p.singles[usize::from(first)].as_ref())
                .filter(|_| ends_well(first, next(1)))
                .map(|v| (1, v))
        })
    }

    /// The tables turn away no text a phrase opens: the rules' own phrases (units, predicates,
    /// hedges, …) at the start of texts made from them (in either case, cut short, run on, a byte
    /// changed) and of short texts of their bytes give the same answer as every phrase compared.
    #[test]
    fn the_tables_turn_away_no_phrase() {
        fn check<T: PartialEq + std::fmt::Debug>(p: &Phrases<T>, keys: &mut Vec<String>) {
            let mut texts: Vec<String> = Vec::new();
            for e in p.buckets.iter().flat_map(|b| &b.entries) {
                let key = String::from_utf8_lossy(&e.key).into_owned();
                for cut in 1..=key.len() {
                    for end in ["", " ", "s", "5", "-", ".", "x 2", "'s"] {
                        let Some(head) = key.get(..cut) else { continue };
                        texts.push(format!("{head}{end}"));
                        texts.push(format!("{}{end}", head.to_ascii_uppercase()));
                    }
                }
                for at in 2..key.len().min(5) {
                    for b in [b' ', b'a', b'e', b'z', b'0', b'-', b'@', b'`', b'A'] {
                        let mut changed = e.key.to_vec();
                        changed[at] = b;
                        texts.push(String::from_utf8_lossy(&changed).into_owned());
                    }
                }
                keys.push(key);
            }
            // every short text of a few bytes the phrases hold
            let alphabet = b"amsu$% 5-.";
            for n in 1..=4 {
                for i in 0..alphabet.len().pow(n) {
                    let text: Vec<u8> = (0..n)
                        .map(|k| alphabet[i / alphabet.len().pow(k) % alphabet.len()])
                        .collect();
                    texts.push(String::from_utf8_lossy(&text).into_owned());
                }
            }
            for t in &texts {
                assert_eq!(p.longest(t), every_phrase(p, t), "{t:?}");
            }
        }
        let rules = crate::rules::Rules::defaults();
        let mut keys = Vec::new();
        check(&rules.units, &mut keys);
        check(&rules.predicates, &mut keys);
        check(&rules.hedges, &mut keys);
        check(&rules.hedges_after, &mut keys);
        check(&rules.scales, &mut keys);
        check(&rules.changes, &mut keys);
        check(&rules.currency_names, &mut keys);
        check(&rules.currency_symbols, &mut keys);
        check(&rules.speech_phrases, &mut keys);
        check(&rules.according, &mut keys);
        assert!(keys.len() > 500);
        // phrases of two and three bytes, ending in a letter, a digit and a symbol
        let mut p = Phrases::default();
        for (i, k) in [
            "us", "usd", "mi", "m2", "$u", "rs", "a$", "km2", "no.", "5 %",
        ]
        .into_iter()
        .enumerate()
        {
            p.insert(k, i);
        }
        check(&p, &mut keys);
    }
}
