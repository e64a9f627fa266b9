//! Tokens for the parts of the grammar that look around a figure rather than at it: words and
//! punctuation with their byte ranges in the sentence.

use crate::text::WordList;
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
}

/// What an ASCII byte is to the tokenizer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A space, a tab or a line break: between tokens.
    Space,
    /// A letter: part of a word.
    Letter,
    /// A digit: part of a word.
    Digit,
    /// Any other ASCII character: a token of its own.
    Mark,
    /// The first or a later byte of a character outside ASCII: decoded to be read.
    Wide,
}

/// The class of every byte, in one table (`char::is_whitespace` and `is_alphanumeric` for ASCII).
static CLASS: [Class; 256] = {
    let mut t = [Class::Wide; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'\t'..=b'\r' | b' ' => Class::Space,
            b'0'..=b'9' => Class::Digit,
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            _ => Class::Mark,
        };
        b += 1;
    }
    t
};

/// The tokens of `text[range]`, with offsets into `text`. Bytes below 0x80 are read by a table,
/// without decoding a character.
pub fn tokens(text: &str, range: Range<usize>) -> Vec<Token<'_>> {
    let s = &text[range.clone()];
    let b = s.as_bytes();
    let char_at = |i: usize| -> (char, usize) {
        let c = s[i..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    };
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut i = 0;
    while i < b.len() {
        let (word, n) = match CLASS[usize::from(b[i])] {
            Class::Space => {
                i += 1;
                continue;
            }
            Class::Letter | Class::Digit => (true, 1),
            Class::Mark => (false, 1),
            Class::Wide => {
                let (c, n) = char_at(i);
                if c.is_whitespace() {
                    i += n;
                    continue;
                }
                (c.is_alphanumeric(), n)
            }
        };
        let mut end = i + n;
        let mut digit = CLASS[usize::from(b[i])] == Class::Digit;
        let mut head = None;
        if word {
            while end < b.len() {
                // letters, the most of a word, in a loop of their own
                end += b[end..]
                    .iter()
                    .take_while(|&&d| CLASS[usize::from(d)] == Class::Letter)
                    .count();
                let Some(&d) = b.get(end) else {
                    break;
                };
                match CLASS[usize::from(d)] {
                    Class::Letter => end += 1,
                    Class::Digit => {
                        digit = true;
                        end += 1;
                    }
                    Class::Space => break,
                    Class::Mark => {
                        // an inner apostrophe, hyphen or (between digits) point, before a letter or
                        // a digit: "governor's", "twenty-eight", "1.5"
                        let inner = (d == b'\'' || d == b'-' || d == b'.')
                            && s[end + 1..].starts_with(|n: char| n.is_alphanumeric())
                            && (d != b'.' || b[i..end].iter().all(u8::is_ascii_digit));
                        if !inner {
                            break;
                        }
                        if d == b'-' && head.is_none() {
                            head = Some(end - i);
                        }
                        end += 1;
                    }
                    Class::Wide => {
                        let (d, m) = char_at(end);
                        if !d.is_alphanumeric() {
                            break;
                        }
                        end += m;
                    }
                }
            }
        }
        out.push(Token {
            start: range.start + i,
            end: range.start + end,
            text: &s[i..end],
            word,
            digit,
            head: u32::try_from(head.unwrap_or(end - i)).unwrap_or(u32::MAX),
        });
        i = end;
    }
    out
}

/// Calls `f` with `w` in lower case, without an allocation when it is short ASCII (the common case
/// for the per-word tests the grammar makes before any parser runs).
pub fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
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

/// The English singular of a lower-case word, by simple rules.
pub fn singular(w: &str) -> String {
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
        return s.to_string();
    }
    if KEEP.contains(w) || w.len() <= 3 {
        return w.to_string();
    }
    if let Some(stem) = w.strip_suffix("es")
        && KEEP.contains(stem)
    {
        return stem.to_string();
    }
    if let Some(stem) = w.strip_suffix("men") {
        return format!("{stem}man");
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for end in ["sses", "xes", "zes", "ches", "shes"] {
        if w.ends_with(end) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_inner_marks() {
        let t = "the governor's 1.5 twenty-eight, (x)";
        let words: Vec<&str> = tokens(t, 0..t.len()).iter().map(|t| t.text).collect();
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
        let marks: Vec<(&str, bool, u32)> = tokens(t, 0..t.len())
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
    fn singulars() {
        assert_eq!(singular("soldiers"), "soldier");
        assert_eq!(singular("people"), "people");
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("servicemen"), "serviceman");
        assert_eq!(singular("buses"), "bus");
        assert_eq!(singular("bonuses"), "bonus");
        assert_eq!(singular("surplus"), "surplus");
        assert_eq!(singular("troops"), "troop");
    }
}
