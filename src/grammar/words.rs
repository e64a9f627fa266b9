//! Tokens for the parts of the grammar that look around a figure rather than at it: words and
//! punctuation with their byte ranges in the sentence.

use crate::rules::WordMarks;
use crate::text::{WordList, WordMap};
use std::ops::Range;

/// A word (letters, digits, inner apostrophes and hyphens) or one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub word: bool,
    /// It holds an ASCII digit.
    pub digit: bool,
    /// The length of a word up to its first hyphen ("twenty" of "twenty-eight"; the whole word
    /// when it has none). A `u32` keeps a token at 40 bytes; a head longer than that saturates.
    pub head: u32,
    /// What the word is (`Rules::word_marks`, in any case), looked up once when it is read; none
    /// for punctuation.
    pub marks: WordMarks,
    /// What it holds that a figure, a date or a time anchor turns on (`holds`), as bits made with
    /// the token: the grammar's first look at a sentence reads them, without a lookup of its own.
    pub holds: u8,
}

impl Token<'_> {
    /// Is it a word that opens with a capital ("Kidal", "AFP"; not "1,500", "said" or a mark)?
    pub fn capitalised(&self) -> bool {
        self.word && self.text.starts_with(char::is_uppercase)
    }

    /// Is it a number: digits, or a number word ("eight", "dozens")?
    pub fn is_number(&self) -> bool {
        self.digit || self.marks.has(WordMarks::NUMBER)
    }
}

/// What a token holds, as the bits of `Token::holds`.
///
/// A number, a month or weekday and a word of time have the bits of `WordMarks` for them, so that
/// most words' are their marks' by one AND.
pub mod holds {
    /// It holds a number: digits, a number word (`eight`, `dozens`, "twenty" of "twenty-eight"),
    /// or it is a mark outside ASCII.
    pub const NUMBER: u8 = 1;
    /// A month or weekday name.
    pub const CALENDAR: u8 = 2;
    /// A word of time (`week`, `yesterday`).
    pub const TIME: u8 = 4;
    /// It opens with a digit.
    pub const DIGITS: u8 = 8;
    /// The apostrophe of `'90s`.
    pub const APOSTROPHE: u8 = 16;
    /// A word of ASCII letters alone ("Monday", not "Monday's", "x-ray" or "Été"): it is its own
    /// letters (`time::letters`), and the tokenizer knows it at no cost where the grammar would
    /// read its bytes again.
    pub const LETTERS: u8 = 32;
}

/// What each byte is to the tokenizer, as bits (`char::is_whitespace` and `is_alphanumeric` for
/// ASCII): one table lookup tells a word's byte from a space, a mark or a wide character.
mod class {
    /// An ASCII digit. (The lowest bit: a token's `digit` is its word's classes' low bit, one AND.)
    pub const DIGIT: u8 = 1;
    /// An ASCII letter.
    pub const LETTER: u8 = 2;
    /// A space, a tab or a line break: between tokens.
    pub const SPACE: u8 = 4;
    /// The first or a later byte of a character outside ASCII: decoded to be read.
    pub const WIDE: u8 = 8;
    /// An apostrophe, a hyphen or a full stop: a mark, or inside a word ("governor's", "1.5").
    pub const JOIN: u8 = 16;
    /// As what a word has seen (no byte's class): a wide letter or an inner apostrophe, hyphen or
    /// point. It is the bit of `holds::LETTERS`, which a word has where this is clear: one XOR,
    /// where a test of two bits set it. (With the digit the lowest bit, measured together: 0.23 M
    /// of 102.65 M instructions fewer for extracting 1 MB, 0.27 M of 98.38 M on real news.)
    pub const INNER: u8 = super::holds::LETTERS;
    /// As what a word has seen (no byte's class in `CLASS`): it opens with a digit. It is the bit
    /// of `holds::DIGITS`, and a digit's class in `FIRST`.
    pub const OPENS: u8 = super::holds::DIGITS;
    /// Any other ASCII character is a mark: a token of its own.
    pub const MARK: u8 = 0;
    /// A byte that goes on a word without a second look.
    pub const WORD: u8 = LETTER | DIGIT;
}

/// `CLASS`, for the byte that opens a token: a digit has `class::OPENS` too, so that what a word
/// has seen tells whether it opens with a digit, and its first byte's class need not be kept.
static FIRST: [u8; 256] = {
    let mut t = CLASS;
    let mut b = b'0';
    while b <= b'9' {
        t[b as usize] |= class::OPENS;
        b += 1;
    }
    t
};

static CLASS: [u8; 256] = {
    let mut t = [class::WIDE; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'\t'..=b'\r' | b' ' => class::SPACE,
            b'0'..=b'9' => class::DIGIT,
            b'a'..=b'z' | b'A'..=b'Z' => class::LETTER,
            b'\'' | b'-' | b'.' => class::JOIN,
            _ => class::MARK,
        };
        b += 1;
    }
    t
};

/// The tokens of `text[range]`, with offsets into `text`, each word with its `marks` (from
/// `Rules::word_marks`). Bytes below 0x80 are read by a table, without decoding a character.
pub fn tokens<'a>(
    text: &'a str,
    range: Range<usize>,
    marks: &WordMap<WordMarks>,
) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    tokens_into(text, range, marks, &mut out);
    out
}

/// As `tokens`, appended to `out`: a list that kept its room from an earlier sentence (see
/// `recycle`) is filled without an allocation. Returns what the tokens hold, all together (their
/// `holds` ORed): the grammar passes over a sentence that holds no figure by that alone.
pub fn tokens_into<'a>(
    text: &'a str,
    range: Range<usize>,
    marks: &WordMap<WordMarks>,
    out: &mut Vec<Token<'a>>,
) -> u8 {
    // the text up to the range's end, read from its start: a byte's offset is then its token's,
    // with nothing to add
    let s = &text[..range.end];
    // (a text under 4 GB, as all are, has every head fit a `u32`: told once, not at every word)
    if u32::try_from(s.len()).is_ok() {
        tokens_of::<true>(s, range.start, marks, out)
    } else {
        tokens_of::<false>(s, range.start, marks, out)
    }
}

/// The loop of `tokens_into`, over the tokens of `s` from byte `i` on. `FITS`: `s` is short
/// enough that any length in it fits a `u32` (`short`).
#[inline(always)]
fn tokens_of<'a, const FITS: bool>(
    s: &'a str,
    mut i: usize,
    marks: &WordMap<WordMarks>,
    out: &mut Vec<Token<'a>>,
) -> u8 {
    let b = s.as_bytes();
    // (no room reserved for the sentence's tokens: the list an earlier sentence left has it
    // nearly always, and the test cost more than the lists it spared growing: 0.03 M of 102.04 M
    // instructions for extracting 1 MB, 0.08 M of 97.81 M on real news)
    let mut held = 0;
    while let Some(&c) = b.get(i) {
        let first = FIRST[usize::from(c)];
        if c >= 0x80 {
            // a character outside ASCII (`class::WIDE`), decoded to be read
            let (c, n) = wide_char(s, i);
            if c.is_whitespace() {
                i += n;
            } else if c.is_alphanumeric() {
                // (what the word has seen so far: a wide letter)
                i = push_word::<FITS>(s, i, i + n, class::INNER, marks, out, &mut held);
            } else {
                out.push(mark::<FITS>(i, &s[i..i + n], holds::NUMBER));
                held |= holds::NUMBER;
                i = after(b, i + n);
            }
        } else if first & class::WORD != 0 {
            // an ASCII letter or digit, which opens most tokens (below 0x80, as the compiler
            // knows here: the word starts at a character's start)
            i = push_word::<FITS>(s, i, i + 1, first, marks, out, &mut held);
        } else if first == class::SPACE {
            i += 1;
        } else {
            let apostrophe = if c == b'\'' { holds::APOSTROPHE } else { 0 };
            out.push(mark::<FITS>(i, &s[i..i + 1], apostrophe));
            held |= apostrophe;
            i = after(b, i + 1);
        }
    }
    held
}

/// Pushes the token of the word that starts at byte `start` of `s` (it holds `start..end` so far,
/// whose first byte's class is `first`), adds what it holds to `held`, and returns where the token
/// after it may start.
#[inline(always)]
fn push_word<'a, const FITS: bool>(
    s: &'a str,
    start: usize,
    end: usize,
    first: u8,
    marks: &WordMap<WordMarks>,
    out: &mut Vec<Token<'a>>,
    held: &mut u8,
) -> usize {
    let (text, seen, head, next) = word_end(s, start, end, first);
    let end = start + text.len();
    let what = marks.get(text).copied().unwrap_or_default();
    let holds = word_holds(text, seen, head, what, marks);
    *held |= holds;
    out.push(Token {
        start,
        end,
        text,
        word: true,
        digit: seen & class::DIGIT != 0,
        head: short::<FITS>(head),
        marks: what,
        holds,
    });
    next
}

/// The token of a mark, `text`, which starts at byte `start` and holds `holds`.
#[inline(always)]
fn mark<const FITS: bool>(start: usize, text: &str, holds: u8) -> Token<'_> {
    Token {
        start,
        end: start + text.len(),
        text,
        word: false,
        digit: false,
        head: short::<FITS>(text.len()),
        marks: WordMarks::default(),
        holds,
    }
}

/// What a word holds (`Token::holds`): digits, and whether the first is its first byte (`first`
/// and `seen` are the classes of its first byte and of all its bytes, `class::INNER` for a wide
/// one), or else whether it is
/// letters alone and what its marks (`whole`) say, but for a word with a hyphen, whose number is
/// its head's ("twenty-eight"; `head` is its length up to the hyphen, the whole word's for none).
#[inline(always)]
fn word_holds(
    text: &str,
    seen: u8,
    head: usize,
    whole: WordMarks,
    marks: &WordMap<WordMarks>,
) -> u8 {
    let bit = |on: bool, bit: u8| if on { bit } else { 0 };
    if seen & class::DIGIT != 0 {
        return holds::NUMBER | seen & class::OPENS;
    }
    // (a word with no digit has seen letters, and a wide character or an inner mark or neither)
    let own = bit(whole.has(WordMarks::NUMBER), holds::NUMBER)
        | bit(whole.has(WordMarks::CALENDAR), holds::CALENDAR)
        | bit(whole.has(WordMarks::TIME), holds::TIME)
        | (seen & class::INNER) ^ holds::LETTERS;
    if head == text.len() {
        return own;
    }
    own & !holds::NUMBER | bit(number_head(&text[..head], marks), holds::NUMBER)
}

/// Is the head of a word with a hyphen a number word ("twenty" of "twenty-eight")? Out of line:
/// few words have a hyphen.
#[inline(never)]
fn number_head(head: &str, marks: &WordMap<WordMarks>) -> bool {
    marks.get(head).is_some_and(|m| m.has(WordMarks::NUMBER))
}

/// A length as a token's `head`, saturated; a length in a text that `FITS` a `u32` is one as it
/// is, without the test.
#[inline(always)]
fn short<const FITS: bool>(len: usize) -> u32 {
    if FITS {
        len as u32
    } else {
        u32::try_from(len).unwrap_or(u32::MAX)
    }
}

/// Where the token after one that ends at `end` may start: the space after a token is passed
/// over here rather than by a turn of the loop.
#[inline(always)]
fn after(b: &[u8], end: usize) -> usize {
    end + usize::from(b.get(end) == Some(&b' '))
}

/// The word that starts at byte `start` of `s` (it holds `start..end` so far, whose first byte's
/// class is `first`), the classes its bytes have had, its head's length (`Token::head`: up to its
/// first hyphen, or the whole word), and where the token after it may start (`after`; for most
/// words, from the byte that ends them, which is read here: 0.04 M of 102.01 M instructions fewer
/// for extracting 1 MB, 0.01 M more of 97.73 M on real news).
#[inline(always)]
fn word_end(s: &str, start: usize, end: usize, first: u8) -> (&str, u8, usize, usize) {
    let (end, seen) = alphanumeric_run(s.as_bytes(), end, first);
    match s.as_bytes().get(end) {
        // a space or a mark other than an apostrophe, a hyphen or a point ends most words here,
        // at an ASCII byte (told by its class alone, as no byte outside ASCII has these: one test
        // where telling the byte below 0x80 too took two more than the slice's test it spares)
        Some(&d) if CLASS[usize::from(d)] & (class::WIDE | class::JOIN) == 0 => (
            &s[start..end],
            seen,
            end - start,
            end + usize::from(d == b' '),
        ),
        _ => {
            let (text, seen, head) = word_end_past(s, start, end, seen);
            let end = start + text.len();
            (text, seen, head, after(s.as_bytes(), end))
        }
    }
}

/// As `word_end`, for a word whose letters and digits run to `end` (with the classes `seen`) and
/// may go on past it: through a wide letter, or an inner apostrophe, hyphen or point ("Été",
/// "governor's", "twenty-eight", "1.5"). Few words do: the rest leave `word_end` before this, with
/// no hyphen to keep. (Kept out of line, the call cost more than the registers it saved.)
#[inline(always)]
fn word_end_past(s: &str, start: usize, mut end: usize, mut seen: u8) -> (&str, u8, usize) {
    let b = s.as_bytes();
    let mut head = 0;
    while let Some(&d) = b.get(end) {
        let next = CLASS[usize::from(d)];
        if next & (class::WIDE | class::JOIN) == 0 {
            break;
        }
        if next == class::WIDE {
            let (d, m) = wide_char(s, end);
            if !d.is_alphanumeric() {
                break;
            }
            seen |= class::INNER;
            end += m;
        } else {
            // an inner apostrophe, hyphen or (between digits) point, before a letter or a digit
            if d == b'.' && seen & !(class::DIGIT | class::OPENS) != 0
                || !alphanumeric_at(s, end + 1)
            {
                break;
            }
            if d == b'-' && head == 0 {
                head = end - start;
            }
            // the word now holds more than digits: a point after this is not a decimal's
            seen |= class::LETTER | class::INNER;
            end += 1;
        }
        (end, seen) = alphanumeric_run(b, end, seen);
    }
    (
        &s[start..end],
        seen,
        if head == 0 { end - start } else { head },
    )
}

/// Where the run of ASCII letters and digits from byte `end` of `b` on ends, and `seen` with
/// their classes added: the most of a word, in a loop of its own.
#[inline(always)]
fn alphanumeric_run(b: &[u8], mut end: usize, mut seen: u8) -> (usize, u8) {
    while let Some(&d) = b.get(end)
        && CLASS[usize::from(d)] & class::WORD != 0
    {
        seen |= CLASS[usize::from(d)];
        end += 1;
    }
    (end, seen)
}

/// The character that starts at byte `i` of `s` (not ASCII) and its length; a space where `i` is
/// not a character's start. Kept out of line: the tokenizer's loop stays small without it.
#[inline(never)]
fn wide_char(s: &str, i: usize) -> (char, usize) {
    let c = s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
    (c, c.len_utf8())
}

/// Does a letter or a digit, in any script, start at byte `i` of `s`?
fn alphanumeric_at(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        Some(&d) if d < 0x80 => CLASS[usize::from(d)] & class::WORD != 0,
        Some(_) => wide_char(s, i).0.is_alphanumeric(),
        None => false,
    }
}

/// An emptied list of tokens that keeps its room, for tokens of another text: a sentence's list
/// is some 1 KB, which the allocator serves by its slow path, and an article has dozens. The
/// emptied list is collected in place (same size and alignment), so no allocation is made.
pub fn recycle<'b>(mut list: Vec<Token<'_>>) -> Vec<Token<'b>> {
    list.clear();
    list.into_iter().map(|t| Token { text: "", ..t }).collect()
}

/// Is token `i` the word `w`, in any case (false past the end)?
pub(super) fn word_is(toks: &[Token], i: usize, w: &str) -> bool {
    toks.get(i).is_some_and(|t| t.text.eq_ignore_ascii_case(w))
}

/// The token `n` places before token `k`, in lower case.
pub(super) fn word_before(toks: &[Token], k: usize, n: usize) -> Option<String> {
    k.checked_sub(n).map(|i| toks[i].text.to_ascii_lowercase())
}

/// Is the token `n` places before token `k` the word `w` (in lower case), in any case?
pub(super) fn word_before_is(toks: &[Token], k: usize, n: usize, w: &str) -> bool {
    k.checked_sub(n).is_some_and(|i| word_is(toks, i, w))
}

/// Calls `f` with `w` in lower case, without an allocation when it is short ASCII (the common case
/// for the per-word tests the grammar makes before any parser runs).
pub fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    if !has_ascii_upper(w.as_bytes()) {
        return f(w);
    }
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() {
        let buf = &mut buf[..w.len()];
        buf.copy_from_slice(w.as_bytes());
        buf.make_ascii_lowercase();
        // lower-casing ASCII letters keeps the bytes valid UTF-8
        if let Ok(lower) = std::str::from_utf8(buf) {
            return f(lower);
        }
    }
    f(&w.to_ascii_lowercase())
}

/// Does `w` hold an ASCII capital? Eight bytes at a time (`swar::ascii_lowercase` changes a run
/// of them only where one is), a short word by loads that overlap as `WordMap`'s keys are made,
/// where a byte at a time cost a word of six some 30 instructions. (Inlined: called, it saved
/// little of that.)
#[inline(always)]
fn has_ascii_upper(w: &[u8]) -> bool {
    use crate::text::swar::ascii_lowercase;
    let changed = |x: u64| ascii_lowercase(x) != x;
    let n = w.len();
    match w {
        [] => false,
        [a, .., z] if n <= 3 => changed(u64::from_le_bytes([*a, w[n / 2], *z, 0, 0, 0, 0, 0])),
        [a] => a.is_ascii_uppercase(),
        _ if n < 8 => {
            let (Some(head), Some(tail)) = (w.first_chunk::<4>(), w.last_chunk::<4>()) else {
                return false;
            };
            changed(
                u64::from(u32::from_le_bytes(*head)) | u64::from(u32::from_le_bytes(*tail)) << 32,
            )
        }
        _ => {
            let mut chunks = w.chunks_exact(8);
            let last = w.last_chunk::<8>().map_or(0, |c| u64::from_le_bytes(*c));
            chunks.any(|c| c.try_into().is_ok_and(|c| changed(u64::from_le_bytes(c))))
                || changed(last)
        }
    }
}

/// `f` of the word in lower case (`str::to_lowercase`): an ASCII word is lower-cased on the stack
/// (`with_lower`), as most are, and only another allocates.
pub fn with_any_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    if w.is_ascii() {
        with_lower(w, f)
    } else {
        f(&w.to_lowercase())
    }
}

/// The singular of a word in any case, in lower case (`singular` of `str::to_lowercase`).
pub fn singular_any_case(w: &str) -> String {
    with_any_lower(w, singular)
}

/// Does a word end in a possessive ("world's", "bank’s")?
pub fn is_possessive(w: &str) -> bool {
    without_possessive(w).is_some()
}

/// A word without its possessive "'s" ("McDermott's" → "McDermott"); `None` where it has none.
pub fn without_possessive(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// The English singular of a lower-case word, by simple rules.
pub fn singular(w: &str) -> String {
    let (keep, ending) = singular_parts(w);
    let mut s = String::with_capacity(keep + ending.len());
    s.push_str(&w[..keep]);
    s.push_str(ending);
    s
}

/// The singular of a lower-case word (`singular`) as the length of the word's start it keeps and
/// the ending put after it ("soldiers": 7 and ""; "casualties": 7 and "y"; "children": 0 and
/// "child"): most singulars are the word's start, which a caller may borrow without a copy.
pub fn singular_parts(w: &str) -> (usize, &'static str) {
    static KEEP: WordList = WordList::new(&[
        "series",
        "species",
        "news",
        "people",
        "police",
        "staff",
        "data",
        "media",
        "status",
        "bus",
        "gas",
        "virus",
        "census",
        "campus",
        "bonus",
        "goods",
        "earnings",
        "proceeds",
        "savings",
        "surplus",
        "stimulus",
        "consensus",
        "prospectus",
        "apparatus",
        "chorus",
        "circus",
        "focus",
        "fetus",
        "chaos",
        "lens",
        "physics",
        "economics",
        "politics",
        "analysis",
        "crisis",
        "basis",
        "aircraft",
        "sheep",
        "fish",
        "personnel",
        "livestock",
        "cattle",
        "headquarters",
    ]);
    const IRREGULAR: &[(&str, &str)] = &[
        ("children", "child"),
        ("men", "man"),
        ("women", "woman"),
        ("feet", "foot"),
        ("teeth", "tooth"),
        ("mice", "mouse"),
        ("lives", "life"),
        ("wives", "wife"),
        ("knives", "knife"),
        ("leaves", "leaf"),
        ("halves", "half"),
        ("thieves", "thief"),
        ("persons", "person"),
    ];
    if let Some((_, s)) = IRREGULAR.iter().find(|(p, _)| *p == w) {
        return (0, *s);
    }
    // ("the world's": a possessive is no plural)
    if KEEP.contains(w) || w.len() <= 3 || is_possessive(w) {
        return (w.len(), "");
    }
    if let Some(stem) = w.strip_suffix("es")
        && KEEP.contains(stem)
    {
        return (stem.len(), "");
    }
    if let Some(stem) = w.strip_suffix("men") {
        return (stem.len(), "man");
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return (stem.len(), "y");
    }
    for end in ["sses", "xes", "zes", "ches", "shes"] {
        if w.ends_with(end) {
            return (w.len() - 2, "");
        }
    }
    if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return (w.len() - 1, "");
    }
    (w.len(), "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_inner_marks() {
        let t = "the governor's 1.5 twenty-eight, (x)";
        let words: Vec<&str> = tokens(t, 0..t.len(), &WordMap::default())
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            words,
            vec![
                "the",
                "governor's",
                "1.5",
                "twenty-eight",
                ",",
                "(",
                "x",
                ")"
            ]
        );
    }

    #[test]
    fn tokens_know_their_digits_and_first_hyphen() {
        let t = "twenty-eight COVID-19 soldiers' 1.5 well-to-do";
        let marks: Vec<(&str, bool, u32)> = tokens(t, 0..t.len(), &WordMap::default())
            .iter()
            .map(|t| (t.text, t.digit, t.head))
            .collect();
        assert_eq!(
            marks,
            vec![
                ("twenty-eight", false, 6),
                ("COVID-19", true, 5),
                ("soldiers", false, 8),
                ("'", false, 1),
                ("1.5", true, 3),
                ("well-to-do", false, 4),
            ]
        );
    }

    #[test]
    fn tokens_of_a_range_have_offsets_in_the_whole_text() {
        let t = "x. Été: 1.5-fold «rise» 12. y";
        let toks = tokens(t, 3..t.len() - 2, &WordMap::default());
        for tok in &toks {
            assert_eq!(&t[tok.start..tok.end], tok.text);
        }
        let words: Vec<(&str, bool, bool, u32)> = toks
            .iter()
            .map(|t| (t.text, t.word, t.digit, t.head))
            .collect();
        assert_eq!(
            words,
            vec![
                ("Été", true, false, 5),
                (":", false, false, 1),
                ("1.5-fold", true, true, 3),
                ("«", false, false, 2),
                ("rise", true, false, 4),
                ("»", false, false, 2),
                ("12", true, true, 2),
                (".", false, false, 1),
            ]
        );
    }

    #[test]
    fn tokens_know_what_they_hold() {
        let t = "Twenty-eight March 5 '90s weeks x-ray COVID-19 « Été Monday's";
        let marks = &crate::rules::Rules::defaults().word_marks;
        let held: Vec<(&str, u8)> = tokens(t, 0..t.len(), marks)
            .iter()
            .map(|t| (t.text, t.holds))
            .collect();
        assert_eq!(
            held,
            vec![
                ("Twenty-eight", holds::NUMBER),
                ("March", holds::CALENDAR | holds::LETTERS),
                ("5", holds::DIGITS | holds::NUMBER),
                ("'", holds::APOSTROPHE),
                ("90s", holds::DIGITS | holds::NUMBER),
                ("weeks", holds::TIME | holds::LETTERS),
                ("x-ray", 0),
                ("COVID-19", holds::NUMBER),
                ("«", holds::NUMBER),
                ("Été", 0),
                ("Monday's", 0),
            ]
        );
    }

    /// `has_ascii_upper` is whether any byte is an ASCII capital, for words of every length up to
    /// 20 with a capital (or another byte) at each place, and for every word of the fixtures.
    #[test]
    fn capitals_are_found_at_every_place() {
        for len in 0..=20 {
            for at in 0..len.max(1) {
                for b in [b'A', b'Z', b'a', b'@', b'[', 0xc1, 0xda, b'0'] {
                    let mut w = vec![b'x'; len];
                    if let Some(c) = w.get_mut(at) {
                        *c = b;
                    }
                    let want = w.iter().any(u8::is_ascii_uppercase);
                    assert_eq!(has_ascii_upper(&w), want, "{w:?}");
                }
            }
        }
        for text in crate::fixture_texts() {
            for w in text.split_whitespace() {
                let want = w.bytes().any(|b| b.is_ascii_uppercase());
                assert_eq!(has_ascii_upper(w.as_bytes()), want, "{w:?}");
            }
        }
    }

    #[test]
    fn tokens_into_returns_what_its_tokens_hold_together() {
        let marks = &crate::rules::Rules::defaults().word_marks;
        for t in [
            "no figure here.",
            "in March",
            "'90s «x»",
            "Twenty-eight weeks",
            "x 5 y",
        ] {
            let mut toks = Vec::new();
            let held = tokens_into(t, 0..t.len(), marks, &mut toks);
            assert_eq!(held, toks.iter().fold(0, |h, t| h | t.holds), "{t}");
        }
    }

    #[test]
    fn a_recycled_list_keeps_its_room() {
        let t = String::from("one two three");
        let list = tokens(&t, 0..t.len(), &WordMap::default());
        let room = list.capacity();
        let list: Vec<Token<'static>> = recycle(list);
        assert!(list.is_empty());
        assert_eq!(list.capacity(), room);
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("soldiers"), "soldier");
        assert_eq!(singular("people"), "people");
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("servicemen"), "serviceman");
        assert_eq!(singular("buses"), "bus");
        assert_eq!(singular("world's"), "world's");
        assert_eq!(singular("bank\u{2019}s"), "bank\u{2019}s");
        assert_eq!(singular("bonuses"), "bonus");
        assert_eq!(singular("surplus"), "surplus");
        assert_eq!(singular("troops"), "troop");
    }
}
