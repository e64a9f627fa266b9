//! Text as crosscheck reads it: normalised for matching, cut into paragraphs and sentences, with
//! repeated paragraphs and boilerplate set aside, and every offset still pointing into the original.

mod normalize;
pub(crate) mod search;
mod segment;
pub(crate) mod swar;
mod wordlist;

use rustc_hash::{FxHashMap, FxHasher};
use std::cell::Cell;
use std::collections::hash_map::Entry;
use std::hash::Hasher;
use std::ops::Range;

pub use normalize::{Cursor, Normalized, OffsetMap, normalize, normalize_into};
pub use segment::{Segments, each_paragraph, paragraphs, push_sentences, sentences};
pub use wordlist::{WordList, WordMap};

use crate::claim::CompactString;
use crate::rules::Rules;

/// The original bytes of a span as a string, given the normalised text of it (`normalised`, a
/// copy of which may be at hand): that text where the two are the same bytes (most spans: no curly
/// quote or odd space in them), which is UTF-8 already and needs no check (nor a copy, if it is
/// owned); else the bytes read as UTF-8, lossily where they are not.
#[inline(always)]
pub(crate) fn as_written<S>(normalised: S, original: &[u8]) -> CompactString
where
    S: AsRef<str> + Into<CompactString>,
{
    if normalised.as_ref().as_bytes() == original {
        return normalised.into();
    }
    CompactString::from_utf8_lossy(original)
}

/// Is this byte white space of ASCII to `char::is_whitespace` (a tab, a line break, a vertical
/// tab, a form feed, a carriage return or a space)? Told without decoding a character.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

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
    // a paragraph's sentences are found with it, and dropped again where it is left out
    let mut segments = Segments::new(&norm.text);
    loop {
        let first = out.sentences.len();
        let Some(para) = segments.next_paragraph(&mut out.sentences) else {
            break;
        };
        let words = &norm.text[para.clone()];
        if rules.boilerplate_heads.may_match(words) && rules.boilerplate.is_match(words) {
            out.sentences.truncate(first);
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
            out.sentences.truncate(first);
            out.repeated += 1;
            continue;
        }
        out.paragraphs.push(first..out.sentences.len());
    }
    SEEN.set(seen);
}

/// What a paragraph must begin with for one of the boilerplate patterns to match it, read from the
/// patterns themselves, so that most paragraphs are passed over without running them (the regex
/// set cost about 180 instructions a paragraph, nearly all of which match none). It is a test
/// that never says no to a paragraph the patterns match: one it lets through is still tested by
/// them. It reads a pattern anchored at the start (`^`) whose first items are literal text; where
/// a pattern is not of that kind, every paragraph is let through.
#[derive(Debug, Clone)]
pub struct BoilerplateHeads {
    /// Every text a match may begin with (one pattern may give several: `^(click|tap) here`),
    /// as its bytes; `None` where some pattern was not read, so that every paragraph is tested.
    heads: Option<Vec<Box<[u8]>>>,
    /// The bytes a paragraph may begin with: the first of a head in either case, and every byte
    /// outside ASCII.
    first: [bool; 256],
    /// The first two bytes of every head, each with its case bit set (`| 0x20`, which makes a
    /// letter lower case and another byte one of at most two): a paragraph whose first two bytes
    /// are ASCII and, so set, none of these begins with no head. `None` where a head is shorter.
    pairs: Option<Vec<[u8; 2]>>,
    /// The longest head's length. A paragraph with a byte outside ASCII within it is tested, as a
    /// character outside ASCII may match a letter of a head in another case (`ſ` matches `s`).
    reach: usize,
}

impl BoilerplateHeads {
    /// The heads of these patterns (matched in any case, as `Rules` builds them).
    pub fn of(patterns: &[String]) -> BoilerplateHeads {
        let heads: Option<Vec<Box<[u8]>>> = patterns
            .iter()
            .map(|p| pattern_heads(p))
            .collect::<Option<Vec<_>>>()
            .map(|all| {
                all.into_iter()
                    .flatten()
                    .map(|h| h.into_bytes().into())
                    .collect()
            });
        let mut first = [true; 256];
        let mut reach = 0;
        if let Some(heads) = &heads {
            first[..0x80].fill(false);
            for h in heads {
                first[usize::from(h[0].to_ascii_lowercase())] = true;
                first[usize::from(h[0].to_ascii_uppercase())] = true;
                reach = reach.max(h.len());
            }
        }
        let pairs = heads.as_ref().and_then(|heads| {
            heads
                .iter()
                .map(|h| Some([h.first()? | 0x20, h.get(1)? | 0x20]))
                .collect()
        });
        BoilerplateHeads {
            heads,
            first,
            pairs,
            reach,
        }
    }

    /// May a pattern match `paragraph`? False only where none can.
    #[inline]
    pub fn may_match(&self, paragraph: &str) -> bool {
        let b = paragraph.as_bytes();
        match (b, &self.pairs) {
            // nearly every paragraph: its first byte begins no head, or its first two no head
            ([x, ..], _) if !self.first[usize::from(*x)] => false,
            ([x, y, ..], Some(pairs)) if (x | y) < 0x80 => {
                pairs.contains(&[x | 0x20, y | 0x20]) && self.may_match_slowly(b)
            }
            _ => self.may_match_slowly(b),
        }
    }

    /// `may_match` for a paragraph whose first bytes a head may have.
    fn may_match_slowly(&self, b: &[u8]) -> bool {
        let Some(heads) = &self.heads else {
            return true;
        };
        !b[..b.len().min(self.reach)].is_ascii()
            || heads
                .iter()
                .any(|h| b.get(..h.len()).is_some_and(|s| s.eq_ignore_ascii_case(h)))
    }
}

/// The texts a match of `pattern` must begin with (as the pattern spells them; matched in any
/// case), or `None` where the pattern is not of the kind read here: anchored at the start, with no
/// `|` outside a group and no flags (`(?`), beginning with literal characters or groups of
/// literal alternatives (`(click|tap)`), each not followed by a repetition (`?`, `*`, `+`, `{`).
/// What follows the first item of another kind is not looked at, beyond `|` and flags.
fn pattern_heads(pattern: &str) -> Option<Vec<String>> {
    let rest = pattern.strip_prefix('^')?;
    if !whole_at_top(rest) {
        return None;
    }
    let chars: Vec<char> = rest.chars().collect();
    let mut heads = vec![String::new()];
    let mut i = 0;
    while let Some((texts, next)) = literal_item(&chars, i) {
        if is_repetition(chars.get(next)) || heads.len() * texts.len() > 64 {
            break;
        }
        heads = heads
            .iter()
            .flat_map(|h| texts.iter().map(move |t| format!("{h}{t}")))
            .collect();
        i = next;
    }
    (!heads.iter().any(String::is_empty)).then_some(heads)
}

/// Is `pattern` one sequence (no `|` outside its groups and classes), without flags? `false`
/// where that cannot be told: a flag group (`(?`) or a class left open.
fn whole_at_top(pattern: &str) -> bool {
    let mut chars = pattern.chars().peekable();
    let (mut groups, mut classes) = (0usize, 0usize);
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '[' => {
                classes += 1;
                // `]` (after a `^`) first in a class stands for itself
                chars.next_if_eq(&'^');
                chars.next_if_eq(&']');
            }
            ']' if classes > 0 => classes -= 1,
            _ if classes > 0 => {}
            '(' if chars.peek() == Some(&'?') => return false,
            '(' => groups += 1,
            ')' => groups = groups.saturating_sub(1),
            '|' if groups == 0 => return false,
            _ => {}
        }
    }
    classes == 0
}

/// The texts the item at `chars[i]` may be, and where it ends, where it is a literal character or
/// a group of alternatives that are each literal characters (none repeated).
fn literal_item(chars: &[char], i: usize) -> Option<(Vec<String>, usize)> {
    if chars.get(i) != Some(&'(') {
        let (c, next) = literal(chars, i)?;
        return Some((vec![c.to_string()], next));
    }
    let mut alternatives = vec![String::new()];
    let mut j = i + 1;
    loop {
        match chars.get(j)? {
            '|' => {
                alternatives.push(String::new());
                j += 1;
            }
            ')' => return Some((alternatives, j + 1)),
            _ => {
                let (c, next) = literal(chars, j)?;
                if is_repetition(chars.get(next)) {
                    return None;
                }
                alternatives.last_mut()?.push(c);
                j = next;
            }
        }
    }
}

/// The literal character at `chars[i]`, and where it ends: a character that is not a mark of the
/// syntax, or such a mark escaped. Not one outside ASCII that matches an ASCII letter in another
/// case (`K`, the Kelvin sign, matches `k`), so that a head's bytes outside ASCII are matched only
/// by bytes outside ASCII.
fn literal(chars: &[char], i: usize) -> Option<(char, usize)> {
    // the marks of the syntax; those after `$` are marks only in a class
    const MARKS: &str = "\\.+*?()|[]{}^$#&-~";
    match *chars.get(i)? {
        '\\' => {
            let c = *chars.get(i + 1)?;
            MARKS.contains(c).then_some((c, i + 2))
        }
        c if MARKS[..MARKS.len() - 4].contains(c) => None,
        c if !c.is_ascii()
            && c.to_lowercase()
                .chain(c.to_uppercase())
                .any(|c| c.is_ascii()) =>
        {
            None
        }
        c => Some((c, i + 1)),
    }
}

/// Does this character repeat the item before it (or make it optional)?
fn is_repetition(c: Option<&char>) -> bool {
    matches!(c, Some('?' | '*' | '+' | '{'))
}

/// A hash of `s` in lower case (`str::to_lowercase`), without a lower-case copy where it is ASCII
/// (nearly always). Whether it is ASCII is found as the hash is made, not by `str::is_ascii`
/// first, whose bytes after the last run of 64 are tested one at a time: on 1 MB of articles that
/// pass cost 1.4 M instructions. Only the first and last `WINDOW` bytes are hashed (see
/// `window_hash`): a paragraph's hash only picks the one it is compared with.
fn lower_hash(s: &str) -> u64 {
    match window_hash(s.as_bytes()) {
        (h, true) => h,
        (_, false) => window_hash(s.to_lowercase().as_bytes()).0,
    }
}

/// How many bytes at each end of a paragraph `window_hash` reads.
const WINDOW: usize = 32;

/// A hash of the first and last `WINDOW` bytes of `bytes` (of all of them where they are fewer
/// than `WINDOW`), the same for any case of their ASCII letters, and whether those are ASCII. Two
/// paragraphs of one hash are told apart by comparing their words, so it need not read every byte
/// (which cost 0.56 M instructions more for 1 MB of articles, 0.61 M of news): two that are the
/// same in lower case have the same ends in lower case (where their ends are ASCII, whatever
/// their lengths), and those that are not and only share their ends are told apart as the others.
/// The length is left out, as a character outside ASCII may have a lower case of another length.
fn window_hash(bytes: &[u8]) -> (u64, bool) {
    let (Some(head), Some(tail)) = (bytes.first_chunk::<WINDOW>(), bytes.last_chunk::<WINDOW>())
    else {
        return folded_hash(bytes);
    };
    let mut h = FxHasher::default();
    let mut all = 0;
    for end in [head, tail] {
        let (words, _) = end.as_chunks::<8>();
        let (pairs, _) = words.as_chunks::<2>();
        all |= hash_pairs(&mut h, pairs);
    }
    (h.finish(), all & swar::HIGH == 0)
}

/// Hashes pairs of eight-byte words into `h` as `folded_hash` does (the second turned half round
/// and xored into the first, the case bits set), and returns their bytes or-ed together.
#[inline(always)]
fn hash_pairs(h: &mut FxHasher, pairs: &[[[u8; 8]; 2]]) -> u64 {
    const CASE: u64 = swar::ONES * 0x20;
    let mut all = 0;
    for [a, b] in pairs {
        let (a, b) = (u64::from_le_bytes(*a), u64::from_le_bytes(*b));
        all |= a | b;
        h.write_u64((a ^ b.rotate_left(32)) | CASE);
    }
    all
}

/// A hash of `bytes` that is the same for any case of their ASCII letters, read eight at a time,
/// and whether they are all ASCII. Every byte has its case bit (0x20) set, one `or` where
/// lower-casing took several: that also makes a few marks alike ("@" and "`"), which only lets two
/// paragraphs share a hash, and those are told apart by comparing their words. Two words at a
/// time are hashed as one, the second turned half round and xored into the first (the case bits
/// set after, as they stay in place): one step of the hasher for sixteen bytes, 0.09 M
/// instructions fewer per MB (0.07 M of news); two paragraphs that only this makes alike are told
/// apart as the others.
fn folded_hash(bytes: &[u8]) -> (u64, bool) {
    const CASE: u64 = swar::ONES * 0x20;
    let mut h = FxHasher::default();
    // every byte or-ed together: its top bit is set where some byte is not ASCII
    let mut all = 0;
    let (words, rest) = bytes.as_chunks::<8>();
    let (pairs, odd) = words.as_chunks::<2>();
    all |= hash_pairs(&mut h, pairs);
    for w in odd {
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

/// Are `a` and `b` the same in lower case (`str::to_lowercase`)? A paragraph repeated is nearly
/// always the same bytes, told by one comparison of them, where testing both for ASCII and then
/// comparing them byte by byte in any case cost some 700 instructions a paragraph.
fn same_in_lower_case(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
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

    /// The default patterns are all read, and their heads let through every paragraph they
    /// match: each head in every case, with what the patterns let follow, with characters outside
    /// ASCII that match its letters, and the paragraphs of the fixtures.
    #[test]
    fn the_boilerplate_heads_let_through_every_paragraph_the_patterns_match() {
        let rules = Rules::defaults();
        let heads = &rules.boilerplate_heads;
        let mut want: Vec<&[u8]> = heads
            .heads
            .as_deref()
            .unwrap()
            .iter()
            .map(|h| &h[..])
            .collect();
        want.sort();
        assert_eq!(
            want,
            [
                &b"(c) "[..],
                b"all rights reserved",
                b"click here to ",
                b"copyright ",
                b"follow ",
                b"read also:",
                b"read more:",
                b"see also:",
                b"see more:",
                b"sign up for ",
                b"tap here to ",
                b"track latest news live on ",
                "\u{a9} ".as_bytes(),
            ]
        );
        let mut paragraphs: Vec<String> = Vec::new();
        for h in heads.heads.as_deref().unwrap() {
            let h = std::str::from_utf8(h).unwrap();
            for tail in ["", "x", " the latest news on twitter", "s", " 2024 Reuters"] {
                for p in [format!("{h}{tail}"), format!("{}{tail}", h.to_uppercase())] {
                    paragraphs.push(p.replace('s', "\u{17f}").replace('k', "\u{212a}"));
                    paragraphs.push(p[..p.len() - 1].to_string());
                    paragraphs.push(format!(" {p}"));
                    paragraphs.push(p);
                }
            }
        }
        for text in crate::fixture_texts() {
            paragraphs.extend(text.lines().map(str::to_string));
        }
        let matched = paragraphs.iter().filter(|p| rules.boilerplate.is_match(p));
        assert!(matched.clone().count() > 100);
        for p in matched {
            assert!(heads.may_match(p), "{p:?}");
        }
        // and most others are passed over
        for p in ["The army said", "Tapping", "(a) ", "", "sign up", "\u{17f}"] {
            assert_eq!(heads.may_match(p), p.starts_with('\u{17f}'), "{p:?}");
        }
    }

    /// A pattern not read (not anchored, `|` outside a group, flags, a repetition or class first)
    /// lets every paragraph through; what follows the heads is not read.
    #[test]
    fn patterns_not_read_let_every_paragraph_through() {
        for p in [
            "sign up",
            "^sign|up",
            "^(?i)sign",
            "^a(?m)b",
            "^s?ign",
            "^(s|t)?ign",
            "^(sa?|t)ign",
            "^[st]ign",
            "^\\w",
            "^\u{212a}m",
            "^(a|)",
            "^a[|]b|c",
            "^",
        ] {
            assert_eq!(pattern_heads(p), None, "{p}");
            let heads = BoilerplateHeads::of(&[p.to_string()]);
            assert!(heads.may_match("zzz") && heads.may_match(""), "{p}");
        }
        let read = |p: &str| pattern_heads(p).unwrap();
        assert_eq!(read("^ab?c"), ["a"]);
        assert_eq!(read("^(a|b)(c|d)e+f"), ["ac", "ad", "bc", "bd"]);
        assert_eq!(read("^\\(c\\)\\.x[|]"), ["(c).x"]);
        assert_eq!(read("^a(b|c)?"), ["a"]);
        assert_eq!(read("^(a|)b"), ["ab", "b"]);
        assert_eq!(read("^a[]|]b"), ["a"]);
        // no patterns: nothing is boilerplate
        assert!(!BoilerplateHeads::of(&[]).may_match("\u{a9} 2024"));
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
            "Ibrahim Boubacar KEITA, the President of Mali, SAID",
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

    /// Paragraphs the same in lower case have one hash, whatever their lengths and the
    /// characters between their ends: long ones with wide characters inside and at their ends,
    /// and every paragraph of the fixtures in three cases.
    #[test]
    fn paragraphs_the_same_in_lower_case_have_one_hash() {
        let end = "x".repeat(WINDOW);
        let mut texts = vec![];
        for inner in ["", "K", "\u{212A}", "ẞ", "ß", "Été", "ΣΑΣ", "\u{130}"] {
            for (a, b) in [
                (&end[..], &end[..]),
                ("\u{212A}", ""),
                ("", "ẞ"),
                ("y", "Z"),
            ] {
                texts.push(format!("{a}{end}{inner}{end}{b}"));
                texts.push(format!("{a}{inner}{b}"));
            }
        }
        for text in crate::fixture_texts() {
            texts.extend(text.lines().map(str::to_owned));
        }
        for s in &texts {
            for other in [s.to_lowercase(), s.to_uppercase(), s.to_ascii_uppercase()] {
                if same_in_lower_case(s, &other) {
                    assert_eq!(lower_hash(s), lower_hash(&other), "{s:?} {other:?}");
                }
            }
        }
        assert!(same_in_lower_case(
            &format!("{end}\u{212A}{end}"),
            &format!("{end}k{end}")
        ));
    }
}
