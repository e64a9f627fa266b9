//! Words and spaces of a source or a quotation read a byte, or eight bytes, at a time: the same
//! answers as `split_whitespace` and `char::is_whitespace` give, without decoding plain ASCII.

use crate::claim::CompactString;
use crate::text::is_ascii_space;
use crate::text::swar::{HIGH, bytes_below, bytes_equal};
use std::ops::Range;

/// The words of a quotation's pieces with one space between them, built in one string, without
/// the commas and quotation marks at its ends. A quotation in one piece of single-spaced words
/// (most) is that piece, copied once.
pub(super) fn quoted_words(text: &str, pieces: &[Range<usize>]) -> CompactString {
    let mark = |c: char| c == ',' || c == '"';
    if let [one] = pieces
        && single_spaced(&text[one.clone()])
    {
        return CompactString::from(text[one.clone()].trim_matches(mark));
    }
    let mut joined = String::with_capacity(pieces.iter().map(|r| r.len()).sum());
    for r in pieces {
        push_words(&mut joined, &text[r.clone()]);
    }
    let end = joined.trim_end_matches(mark).len();
    joined.truncate(end);
    let start = joined.len() - joined.trim_start_matches(mark).len();
    joined.drain(..start);
    CompactString::from(joined)
}

/// Appends the words of `s` (as `split_whitespace` gives them) to `out`, each after one space
/// when `out` already holds a word. Bytes are read one by one; only a character outside ASCII is
/// decoded, to ask whether it is a space.
fn push_words(out: &mut String, s: &str) {
    if single_spaced(s) {
        // its words with one space between them are the piece itself
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(s);
        return;
    }
    let len = s.len();
    let mut i = 0;
    loop {
        while i < len && space_len(s, i) > 0 {
            i += space_len(s, i);
        }
        if i == len {
            return;
        }
        let start = i;
        while i < len && space_len(s, i) == 0 {
            i += 1;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&s[start..i]);
    }
}

/// Is `s` words of ASCII with one space between them and no other whitespace (most pieces of a
/// quotation)? A control byte (tabs and line breaks among them), a space after a space or at an
/// end, or a byte outside ASCII (which may be whitespace) sends the piece the slow way. Every
/// byte is tested with the one after it, with no early exit, so that the compiler tests 32 at a
/// time in vector registers (a control byte and a byte outside ASCII are below a space as signed
/// bytes): 0.26 M instructions fewer per MB of the synthetic corpus (0.23 M of news) than eight
/// bytes at a time in a `u64`.
fn single_spaced(s: &str) -> bool {
    let b = s.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    if first == b' ' || last == b' ' || (last as i8) < 0x20 {
        return false;
    }
    let odd = b.iter().zip(&b[1..]).fold(false, |odd, (&x, &next)| {
        odd | ((x as i8) < 0x20) | (x == b' ') & (next == b' ')
    });
    !odd
}

/// The length of the whitespace character (`char::is_whitespace`) at byte `i` of `s`, or 0 when
/// the byte there starts no such character (a byte inside a character never does).
#[inline]
fn space_len(s: &str, i: usize) -> usize {
    match s.as_bytes()[i] {
        b'\t'..=b'\r' | b' ' => 1,
        0..0xc0 => 0,
        _ => s
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
    }
}

/// How many words `src` holds (split at whitespace), and how many of them open with a capital.
pub(super) fn words_and_capitals(src: &str) -> (usize, usize) {
    let (mut words, mut capitals) = (0, 0);
    if src.is_ascii() {
        // one byte a character: a word starts at a byte that is no space, after a space or at 0;
        // eight bytes at a time, then the rest one by one
        let mut chunks = src.as_bytes().chunks_exact(8);
        let mut after_space = true;
        for chunk in &mut chunks {
            let w = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0; 8]));
            let starts;
            (starts, after_space) = word_starts(w, after_space);
            let upper = bytes_below(w, b'Z' + 1) & !bytes_below(w, b'A');
            words += starts.count_ones() as usize;
            capitals += (starts & upper).count_ones() as usize;
        }
        for &b in chunks.remainder() {
            let space = is_ascii_space(b);
            if after_space && !space {
                words += 1;
                capitals += usize::from(b.is_ascii_uppercase());
            }
            after_space = space;
        }
        return (words, capitals);
    }
    for w in src.split_whitespace() {
        words += 1;
        capitals += usize::from(w.starts_with(|c: char| c.is_uppercase()));
    }
    (words, capitals)
}

/// Is `src` one word (split at whitespace) that opens with a capital ("Keita", not "Ibrahim Keita"
/// or "he")? The same answer as `words_and_capitals(src) == (1, 1)`, read no further than the end
/// of its first word when it is ASCII: most sources open with a small letter or hold more words.
pub(super) fn one_capitalised_word(src: &str) -> bool {
    let b = src.as_bytes();
    match b.first() {
        Some(first) if first.is_ascii_uppercase() => {
            let end = first_space_or_wide(b);
            match b.get(end) {
                None => true,
                // only whitespace may follow the first word
                Some(&x) if x.is_ascii() => src[end..].chars().all(char::is_whitespace),
                Some(_) => words_and_capitals(src) == (1, 1),
            }
        }
        // an ASCII first byte that is no space opens the first word, with no capital
        Some(first) if first.is_ascii() && !is_ascii_space(*first) => false,
        _ => words_and_capitals(src) == (1, 1),
    }
}

/// Where the first byte of `b` that is ASCII whitespace or outside ASCII is (`b.len()` when none
/// is), found eight bytes at a time: the same as a search byte by byte.
fn first_space_or_wide(b: &[u8]) -> usize {
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0; 8]));
        let found = ascii_spaces(w) | w & HIGH;
        if found != 0 {
            // (the lowest byte of a little-endian word is the first)
            return at + found.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    let rest = chunks.remainder();
    at + rest
        .iter()
        .position(|&x| is_ascii_space(x) || !x.is_ascii())
        .unwrap_or(rest.len())
}

/// The first bytes of words among eight ASCII bytes `w`, as the top bit of each (a byte that is no
/// space after one, or after the bytes before `w` when they end with one: `after_space`), and
/// whether the last of them is a space.
fn word_starts(w: u64, after_space: bool) -> (u64, bool) {
    let spaces = ascii_spaces(w);
    // the bytes that follow a space: each space's bit moved to the next byte
    let follow = spaces << 8 | u64::from(after_space) << 7;
    (follow & !spaces & HIGH, spaces >> 63 != 0)
}

/// How many words `s` holds (split at whitespace), counted no further than `limit`: the same as
/// `s.split_whitespace().take(limit).count()`, read eight bytes at a time, then byte by byte,
/// while the bytes are ASCII. (The words between a quotation and the cue of the one before it are
/// counted at every quotation, often some forty bytes of them: read byte by byte, they cost some
/// 0.95 M instructions per MB of real news.)
pub(super) fn words_up_to(s: &str, limit: usize) -> usize {
    let mut words = 0;
    let mut after_space = true;
    let mut chunks = s.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        if words >= limit {
            return limit;
        }
        let w = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0; 8]));
        if w & HIGH != 0 {
            // a character outside ASCII may be whitespace: count by characters
            return s.split_whitespace().take(limit).count();
        }
        let starts;
        (starts, after_space) = word_starts(w, after_space);
        words += starts.count_ones() as usize;
    }
    for &b in chunks.remainder() {
        if words >= limit {
            break;
        }
        if !b.is_ascii() {
            // a character outside ASCII may be whitespace: count by characters
            return s.split_whitespace().take(limit).count();
        }
        let space = is_ascii_space(b);
        words += usize::from(after_space && !space);
        after_space = space;
    }
    words.min(limit)
}

/// The top bit of each byte of `w` that is ASCII whitespace (`is_ascii_space`), exactly.
fn ascii_spaces(w: u64) -> u64 {
    let space = bytes_equal(w, b' ');
    let control = bytes_below(w, b'\r' + 1) & !bytes_below(w, b'\t');
    space | control
}

/// The last word of `src` (split at whitespace), without the marks at its ends ("MNLA" of "the
/// (MNLA)").
pub(super) fn last_word(src: &str) -> &str {
    match ascii_last_word(src) {
        Some(word) => trim_ascii_marks(word),
        None => src
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .trim_matches(|c: char| !c.is_alphanumeric()),
    }
}

/// An ASCII word without the bytes at its ends that are no letter or digit, found byte by byte.
fn trim_ascii_marks(word: &str) -> &str {
    let b = word.as_bytes();
    let Some(start) = b.iter().position(u8::is_ascii_alphanumeric) else {
        return "";
    };
    let end = b
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(start, |e| e + 1);
    word.get(start..end).unwrap_or("")
}

/// The last word of `src` (split at whitespace) when it and the space before it are ASCII, read
/// backward from the end without a look at the rest; `None` when a byte outside ASCII is met.
fn ascii_last_word(src: &str) -> Option<&str> {
    let (start, end) = ascii_word_ending(src.as_bytes(), src.len())?;
    src.get(start..end)
}

/// The last word of `b[..end]` (split at ASCII whitespace) as its start and end, read backward
/// while the bytes are ASCII; `None` when a byte outside ASCII is met. (The ends of an ASCII word
/// between ASCII spaces are characters' ends.)
fn ascii_word_ending(b: &[u8], mut end: usize) -> Option<(usize, usize)> {
    while end > 0 && is_ascii_space(b[end - 1]) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && !is_ascii_space(b[start - 1]) {
        if !b[start - 1].is_ascii() {
            return None;
        }
        start -= 1;
    }
    Some((start, end))
}

/// Does no word of `src` (split at whitespace) open with a capital? The same answer as
/// `words_and_capitals(src).1 == 0`, by a look at the bytes after spaces, eight at a time, while
/// they are ASCII (a capital found before a wider character is a word's first letter in either
/// reading).
pub(super) fn no_capitalised_word(src: &str) -> bool {
    let mut chunks = src.as_bytes().chunks_exact(8);
    let mut after_space = true;
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0; 8]));
        if w & HIGH != 0 {
            return words_and_capitals(src).1 == 0;
        }
        let spaces = ascii_spaces(w);
        // the bytes that follow a space, as in `words_and_capitals`
        let follow = spaces << 8 | u64::from(after_space) << 7;
        let upper = bytes_below(w, b'Z' + 1) & !bytes_below(w, b'A');
        if follow & upper != 0 {
            return false;
        }
        after_space = spaces >> 63 != 0;
    }
    for &b in chunks.remainder() {
        if !b.is_ascii() {
            return words_and_capitals(src).1 == 0;
        }
        if after_space && b.is_ascii_uppercase() {
            return false;
        }
        after_space = is_ascii_space(b);
    }
    true
}

/// `s` without the quotation marks, commas and whitespace at its ends, as `trim_matches` with
/// them gives: found byte by byte, unless a byte outside ASCII (which may be whitespace) is where
/// either end stops, when `trim_matches` reads it by characters. (Asked of the words between a
/// quotation and the cue of the one before it, at every quotation.)
pub(super) fn trim_quote_marks(s: &str) -> &str {
    let mark = |b: &u8| matches!(b, b'"' | b',') || is_ascii_space(*b);
    let b = s.as_bytes();
    let start = b.iter().position(|x| !mark(x)).unwrap_or(b.len());
    let end = b.iter().rposition(|x| !mark(x)).map_or(start, |e| e + 1);
    if !b[start..end].first().is_none_or(u8::is_ascii)
        || !b[start..end].last().is_none_or(u8::is_ascii)
    {
        return s.trim_matches(|c: char| c == '"' || c == ',' || c.is_whitespace());
    }
    // (its ends are ASCII bytes, characters of their own)
    &s[start..end]
}

/// Is `w` (a word between whitespace) a word of a name: does it open with a capital and end with
/// no comma, full stop, colon or quotation mark, or is it an initial ("C.")?
pub(super) fn is_name_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
        && (!w.ends_with([',', '.', ':', '"']) || w.len() == 2 && w.ends_with('.'))
}

/// The words that end `head` (split at whitespace), nearest first, while each is a word of a name
/// (`is_name_word`), up to as many as `words` holds: how many were put in `words`, the same as
/// `head.split_whitespace().rev()` with that test gives. Read byte by byte back from the end,
/// while the bytes are ASCII: `None` at a byte that is not (a wider character may be whitespace
/// or a capital), for the caller to read by characters.
/// (Those words are read before every mention of a surname, and decoding them character by
/// character cost some 0.5 M instructions per MB of real news.)
pub(super) fn name_words_before<'h>(head: &'h str, words: &mut [&'h str]) -> Option<usize> {
    let b = head.as_bytes();
    let mut end = b.len();
    let mut n = 0;
    while n < words.len() {
        let (start, word_end) = ascii_word_ending(b, end)?;
        end = word_end;
        let word = &b[start..end];
        match (word.first(), word.last()) {
            (Some(first), Some(last))
                if first.is_ascii_uppercase()
                    && (!matches!(last, b',' | b'.' | b':' | b'"')
                        || word.len() == 2 && *last == b'.') =>
            {
                words[n] = &head[start..end];
                n += 1;
                end = start;
            }
            _ => break,
        }
    }
    Some(n)
}

/// Where the last byte of `bytes` is that is a capital of ASCII or a part of a wider character
/// (a word with neither opens with no capital): read backward eight bytes at a time.
pub(super) fn last_capital_or_wide(bytes: &[u8]) -> Option<usize> {
    let mut end = bytes.len();
    while end >= 8 {
        let w = u64::from_le_bytes(<[u8; 8]>::try_from(&bytes[end - 8..end]).unwrap_or([0; 8]));
        let found = bytes_below(w, b'Z' + 1) & !bytes_below(w, b'A') | w & HIGH;
        if found != 0 {
            // the last byte is the highest
            return Some(end - 8 + (63 - found.leading_zeros() as usize) / 8);
        }
        end -= 8;
    }
    bytes[..end]
        .iter()
        .rposition(|&b| b.is_ascii_uppercase() || !b.is_ascii())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Strings with every kind of whitespace and mark the byte-wise readers must treat as the
    /// character-wise ones do.
    const SAMPLES: &[&str] = &[
        "",
        " ",
        "a",
        "Keita",
        "the prime minister",
        "  two  spaces  ",
        "tab\tand\nline\x0bvertical\x0cfeed\rreturn",
        "no\u{a0}break and\u{2003}em\u{3000}wide",
        "caf\u{e9} \u{c9}lys\u{e9}e Palace",
        "\"quoted,\" he said,",
        "the (MNLA)",
        "UN",
        "Rep. Gwen Moore (D-Wis.)",
        "a foreign military source close to the minister's office in Bamako today",
        "EIGHT BYTES LONG AND THEN SOME MORE OF THEM",
        // words across eight-byte chunks, and a wide space after the fifth word or before it
        "a b c d e f g h i j k l m n o p",
        "one two three four five six seven\u{a0}eight",
        "one two\u{2003}three four five six seven eight",
        "supercalifragilistic expialidocious\tword  after\n\nword",
        "x\u{85}y",
        "ends with a space ",
        "Keita",
        "Keita ",
        "Keita \u{a0}",
        "Keita\u{a0}Mara",
        "Ke\u{ef}ta",
        "K",
        " Keita",
        "\u{c9}lys\u{e9}e",
        "Keita,",
        "(MNLA)",
        "\u{e9}lys\u{e9}e",
        "the (MNLA)",
        "a ((x))",
        "the ...",
        "the un.",
        "A.B.C.",
        "x (\u{e9})",
        "the minister's",
    ];

    #[test]
    fn the_last_capital_or_wide_byte_is_found_as_one_by_one() {
        let text = "a Keita met é and b QUIET words here, then x; Zz.";
        let b = text.as_bytes();
        for end in 0..=b.len() {
            assert_eq!(
                last_capital_or_wide(&b[..end]),
                b[..end]
                    .iter()
                    .rposition(|&x| x.is_ascii_uppercase() || !x.is_ascii()),
                "{end}"
            );
        }
    }

    /// The first space or wide byte found eight bytes at a time is the one found byte by byte,
    /// at every start in the samples and the fixtures' texts (their first hundred bytes from each).
    #[test]
    fn the_first_space_or_wide_byte_is_found_as_one_by_one() {
        let texts = crate::fixture_texts();
        let all = SAMPLES
            .iter()
            .copied()
            .chain(texts.iter().map(String::as_str));
        for s in all {
            let b = s.as_bytes();
            for start in 0..b.len() {
                let b = &b[start..b.len().min(start + 100)];
                let want = b
                    .iter()
                    .position(|&x| is_ascii_space(x) || !x.is_ascii())
                    .unwrap_or(b.len());
                assert_eq!(first_space_or_wide(b), want, "{s:?} {start}");
            }
        }
    }

    #[test]
    fn quote_marks_are_trimmed_as_by_characters() {
        let more = [
            ", \"",
            "\" ,he said, \"",
            "\u{a0}, x ,\u{a0}",
            "\u{e9},\"",
            "\",\u{e9}",
            ",,",
        ];
        for s in SAMPLES.iter().chain(&more) {
            let want = s.trim_matches(|c: char| c == '"' || c == ',' || c.is_whitespace());
            assert_eq!(trim_quote_marks(s), want, "{s:?}");
        }
    }

    #[test]
    fn name_words_before_are_those_split_whitespace_gives() {
        let more = [
            "met Ibrahim Boubacar Keita",
            "Later, Ibrahim Boubacar ",
            "A B C D E F G H",
            "said Mr \"Big\" Mc",
            "the Rep.",
            "and \u{c9}ric",
        ];
        for s in SAMPLES.iter().chain(&more) {
            for most in [0, 1, 2, 6] {
                let want: Vec<&str> = s
                    .split_whitespace()
                    .rev()
                    .take_while(|w| is_name_word(w))
                    .take(most)
                    .collect();
                let mut words = [""; 6];
                let words = &mut words[..most];
                match name_words_before(s, words) {
                    Some(n) => assert_eq!(&words[..n], want.as_slice(), "{s:?}"),
                    // only a text with a wider character is left to be read by characters
                    None => assert!(!s.is_ascii(), "{s:?}"),
                }
            }
        }
    }

    #[test]
    fn quoted_words_join_what_split_whitespace_splits() {
        for s in SAMPLES {
            let mut want = s.split_whitespace().collect::<Vec<_>>().join(" ");
            let mark = |c: char| c == ',' || c == '"';
            want = want.trim_matches(mark).to_string();
            let whole = 0..s.len();
            assert_eq!(quoted_words(s, std::slice::from_ref(&whole)), want, "{s:?}");
        }
        // pieces are joined with a space between their words
        let text = "one two\"three  four";
        assert_eq!(
            quoted_words(text, &[0..7, 8..text.len()]),
            "one two three four"
        );
    }

    #[test]
    fn words_capitals_and_last_word_as_characters_give_them() {
        for s in SAMPLES {
            let words = s.split_whitespace().count();
            let capitals = s
                .split_whitespace()
                .filter(|w| w.starts_with(char::is_uppercase))
                .count();
            assert_eq!(words_and_capitals(s), (words, capitals), "{s:?}");
            assert_eq!(no_capitalised_word(s), capitals == 0, "{s:?}");
            for limit in 0..6 {
                let want = s.split_whitespace().take(limit).count();
                assert_eq!(words_up_to(s, limit), want, "{s:?} {limit}");
            }
            assert_eq!(
                one_capitalised_word(s),
                (words, capitals) == (1, 1),
                "{s:?}"
            );
            let last = s
                .split_whitespace()
                .next_back()
                .unwrap_or("")
                .trim_matches(|c: char| !c.is_alphanumeric());
            assert_eq!(last_word(s), last, "{s:?}");
        }
    }

    #[test]
    fn single_spaced_only_when_the_words_are_the_piece() {
        // as it was read eight bytes at a time: no byte outside ASCII or below a space, no space
        // at an end or after a space
        let spelt = |s: &str| {
            !s.is_empty()
                && !s.starts_with(' ')
                && !s.ends_with(' ')
                && s.bytes().all(|b| (b' '..0x80).contains(&b))
                && !s.contains("  ")
        };
        let texts = crate::fixture_texts();
        let lines = texts.iter().flat_map(|t| t.lines());
        for s in SAMPLES.iter().copied().chain(lines) {
            let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
            if single_spaced(s) {
                assert_eq!(&joined, s);
            }
            // (every piece from each byte that starts a character, up to 80 bytes)
            for (start, _) in s.char_indices() {
                let mut end = (start + 80).min(s.len());
                while !s.is_char_boundary(end) {
                    end -= 1;
                }
                let piece = &s[start..end];
                assert_eq!(single_spaced(piece), spelt(piece), "{piece:?}");
            }
        }
        // every byte of ASCII and a wide character at every place of a piece of 40, after a
        // space and not
        for c in (0..0x80u8).map(char::from).chain(['\u{a0}', '\u{e9}']) {
            for at in 0..40 {
                for before in ["a", " "] {
                    let mut s: String = "wordy ".repeat(7)[..at].to_string();
                    s.push_str(before);
                    s.push(c);
                    s.push_str(" end.");
                    assert_eq!(single_spaced(&s), spelt(&s), "{s:?}");
                }
            }
        }
        assert!(single_spaced("the prime minister said so"));
        assert!(!single_spaced("two  spaces here and more"));
        assert!(!single_spaced("sixteen bytes...  then two"));
        // two spaces that straddle two eight-byte words
        assert!(!single_spaced("seven b  and on"));
        assert!(single_spaced("seven b and on"));
    }
}
