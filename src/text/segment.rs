//! Cutting normalised text into paragraphs (one a line) and sentences, as byte ranges.

use super::search::{BANG, LINE_OR_STOP, NEWLINE, STOPS};
use super::{WordList, is_ascii_space};
use std::ops::Range;

/// Words that end with a full stop without ending the sentence. (Single letters joined by full
/// stops, "U.S", "a.m", "e.g", are read by `initialism`, not looked up here.)
static ABBREVIATIONS: WordList = WordList::new(&[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpl", "gov", "sen", "rep",
    "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "approx", "fig", "rev",
    "maj", "adm", "brig", "pres", "dept", "est", "mt", "ft", "vol",
]);

/// The non-blank lines of `text`, trimmed, as byte ranges.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    each_paragraph(text).collect()
}

/// The non-blank lines of `text`, trimmed, as byte ranges, one after another. The white space
/// before a line's first word is skipped with the blank lines before it (a newline is white
/// space too), so that a blank line costs no search for its newline; each line's newline is found
/// a vector at a time.
pub fn each_paragraph(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        let lead = text.len() - trim_start(&text[start..]).len();
        let end = match NEWLINE.find(&text.as_bytes()[lead..]) {
            Some(i) => lead + i + 1,
            None if lead < text.len() => text.len(),
            None => return None,
        };
        start = end;
        Some(lead..lead + trim_end(&text[lead..end]).len())
    })
}

/// `s.trim_start()`, with the white space of ASCII passed a byte at a time, without decoding
/// characters: `str::trim_start` cost some 36 instructions for a paragraph that starts at once.
/// White space outside ASCII (rare: normalising makes most of it a plain space) is left to std.
fn trim_start(s: &str) -> &str {
    let b = s.as_bytes();
    let i = b
        .iter()
        .position(|&b| !is_ascii_space(b))
        .unwrap_or(b.len());
    match b.get(i) {
        Some(&c) if c >= 0x80 => s[i..].trim_start(),
        _ => &s[i..],
    }
}

/// `s.trim_end()`, as `trim_start` is `str::trim_start`.
fn trim_end(s: &str) -> &str {
    let b = s.as_bytes();
    let i = b
        .iter()
        .rposition(|&b| !is_ascii_space(b))
        .map_or(0, |i| i + 1);
    match i.checked_sub(1).map(|k| b[k]) {
        Some(c) if c >= 0x80 => s[..i].trim_end(),
        _ => &s[..i],
    }
}

/// Is the word that ends at `dot` (the byte offset of a full stop) an abbreviation or an initial?
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word = &before[word_start(before)..];
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        return true; // an initial: "J. Smith"
    }
    if initialism(word) {
        // "the L.A. Times", "U.S. officials"; but "… in Washington, D.C. The mayor said": a word
        // that opens sentences ends the one before
        let next = text[dot + 1..]
            .trim_start()
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        return !OPENERS.contains(&next);
    }
    // ("No. 10", "fig. 3"; but "voters said no. The …" ends there)
    if matches!(
        word,
        "no" | "No" | "nos" | "Nos" | "fig" | "Fig" | "vol" | "Vol"
    ) {
        return text[dot + 1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
    }
    ABBREVIATIONS.contains_any_case(word)
}

/// Where the word that ends `before` starts: after its last whitespace, opening bracket or
/// quotation mark (at 0 when it has none). Read a byte at a time back while the bytes are ASCII;
/// from a byte outside ASCII (which may be whitespace) on, by characters. (Decoding every
/// character back cost some 0.1 M instructions per MB, at every full stop that may end a
/// sentence.)
fn word_start(before: &str) -> usize {
    let mut i = before.len();
    for b in before.bytes().rev().take_while(u8::is_ascii) {
        if is_ascii_space(b) || b == b'(' || b == b'"' {
            return i;
        }
        i -= 1;
    }
    before[..i]
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |(k, c)| k + c.len_utf8())
}

/// Words that open sentences far more often than they follow an initialism inside one.
const OPENERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "In",
    "On", "At", "But", "And", "His", "Her", "Its", "Their", "Our", "There", "When", "While",
    "After", "Before", "If", "As", "Some", "Many", "Most",
];

/// Single letters joined by full stops: "U.S", "L.A", "D.C", "U.S.A", "a.m", "e.g".
fn initialism(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3
        && b.len() % 2 == 1
        && b.iter().enumerate().all(|(i, &c)| {
            if i % 2 == 0 {
                c.is_ascii_alphabetic()
            } else {
                c == b'.'
            }
        })
}

/// The sentences of one paragraph (`range` in `text`), as byte ranges.
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    push_sentences(text, range, &mut out);
    out
}

/// Appends the sentences of one paragraph (`range` in `text`) to `out`, as byte ranges.
pub fn push_sentences(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        // the next full stop, question or exclamation mark
        let Some(at) = STOPS.find(&bytes[i..range.end]) else {
            break;
        };
        i += at;
        let stop = stop_at(text, i, range.end);
        if stop.ends_sentence {
            capped(text, start..stop.end, out);
            start = stop.next;
            i = stop.next;
            continue;
        }
        i += 1;
    }
    if start < range.end {
        capped(text, start..range.end, out);
    }
}

/// What follows a full stop, question or exclamation mark.
struct Stop {
    /// Where its sentence would end: after the quotes and brackets that close with it.
    end: usize,
    /// Where the next sentence would start: after the spaces that follow.
    next: usize,
    /// Does it end its sentence?
    ends_sentence: bool,
}

/// Reads the mark at `i` (a full stop, question or exclamation mark) of a paragraph that ends at
/// `end` in `text`. The paragraph's end may be given as the text's: the bytes after a paragraph are
/// white space up to its line's end, where no sentence starts.
#[inline(always)]
fn stop_at(text: &str, i: usize, end: usize) -> Stop {
    let bytes = text.as_bytes();
    let b = bytes[i];
    // close over quotes and brackets that end with the sentence
    let mut j = i + 1;
    while j < end && matches!(bytes[j], b'"' | b'\'' | b')') {
        j += 1;
    }
    let mut k = j;
    while k < end && bytes[k] == b' ' {
        k += 1;
    }
    let next = bytes.get(k).copied().unwrap_or(b' ');
    let spaced = k > j;
    let starts_sentence =
        next.is_ascii_uppercase() || next == b'"' || (spaced && next.is_ascii_digit());
    // "by telephone.The" (a missing space after a full stop) still ends a sentence
    let glued = !spaced
        && b == b'.'
        && next.is_ascii_uppercase()
        && bytes.get(k + 1).is_some_and(|c| c.is_ascii_lowercase())
        && i >= 2
        && bytes[i - 1].is_ascii_lowercase()
        && bytes[i - 2].is_ascii_lowercase();
    let boundary = k < end && ((spaced && starts_sentence) || glued);
    Stop {
        end: j,
        next: k,
        ends_sentence: boundary && !(b == b'.' && is_abbreviation(text, i)),
    }
}

/// The paragraphs of a text and their sentences, as `each_paragraph` and `push_sentences` find
/// them, in one pass over its bytes: one search finds the next newline, full stop or question
/// mark, where finding a paragraph's newline and then its stops searched its bytes twice, with a
/// call more for each paragraph. A paragraph that ends with a stop has its newline read after the
/// stop, with no search at all. Exclamation marks (rare, and a search finds three bytes at most)
/// are searched for apart, ahead over the rest of the text.
pub struct Segments<'a> {
    text: &'a str,
    /// Where the white space before the next paragraph starts.
    at: usize,
    /// The first newline, full stop or question mark at or after where it was last searched for
    /// (the text's length where there is none).
    mark: usize,
    /// The first exclamation mark likewise.
    bang: usize,
}

impl<'a> Segments<'a> {
    pub fn new(text: &'a str) -> Segments<'a> {
        let b = text.as_bytes();
        Segments {
            text,
            at: 0,
            mark: LINE_OR_STOP.find(b).unwrap_or(b.len()),
            bang: BANG.find(b).unwrap_or(b.len()),
        }
    }

    /// The first newline or mark that may end a sentence at or after `i` (the text's length where
    /// there is none). `i` only grows from one call to the next.
    #[inline(always)]
    fn mark_from(&mut self, i: usize) -> usize {
        let b = self.text.as_bytes();
        if self.mark < i {
            self.mark = LINE_OR_STOP.find(&b[i..]).map_or(b.len(), |k| i + k);
        }
        if self.bang < i {
            self.bang = BANG.find(&b[i..]).map_or(b.len(), |k| i + k);
        }
        self.mark.min(self.bang)
    }

    /// The next paragraph (a non-blank line, trimmed), its sentences appended to `out`.
    pub fn next_paragraph(&mut self, out: &mut Vec<Range<usize>>) -> Option<Range<usize>> {
        let text = self.text;
        let bytes = text.as_bytes();
        let lead = text.len() - trim_start(&text[self.at..]).len();
        if lead == text.len() {
            return None;
        }
        let mut start = lead;
        let mut i = lead;
        let line_end = loop {
            let at = self.mark_from(i);
            match bytes.get(at) {
                None => break text.len(),
                Some(b'\n') => break at,
                Some(_) => {}
            }
            let stop = stop_at(text, at, text.len());
            if stop.ends_sentence {
                capped(text, start..stop.end, out);
                start = stop.next;
                i = stop.next;
            } else if bytes.get(stop.next) == Some(&b'\n') {
                break stop.next;
            } else {
                i = at + 1;
            }
        };
        self.at = (line_end + 1).min(text.len());
        let end = lead + trim_end(&text[lead..line_end]).len();
        if start < end {
            capped(text, start..end, out);
        }
        Some(lead..end)
    }
}

/// The longest sentence read as one, in bytes: real sentences are far shorter, and text without
/// full stops (a scraped table, a run-on dump) is cut into pieces this long so that reading it
/// stays linear in its length.
pub const MAX_SENTENCE: usize = 2_000;

/// Appends `range` to `out`, cut at spaces into pieces of at most `MAX_SENTENCE` bytes (or at a
/// character boundary where a piece has no space). (Inlined: called once a sentence, where the
/// call cost more than the sentence's push; with the trims above, 0.35 M instructions less per MB.)
#[inline(always)]
fn capped(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut start = range.start;
    while range.end - start > MAX_SENTENCE {
        let mut cut = start + MAX_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let piece = &text[start..cut];
        let end = match piece.rfind(' ') {
            Some(space) if space > 0 => start + space,
            _ => cut,
        };
        out.push(start..end);
        start = end;
        while start < range.end && text.as_bytes()[start] == b' ' {
            start += 1;
        }
    }
    if start < range.end {
        out.push(start..range.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word's start found byte by byte is where reading the characters back finds it, at every
    /// character boundary of the fixtures' texts and of samples with wider characters.
    #[test]
    fn word_starts_are_found_as_by_characters() {
        let by_chars = |before: &str| {
            before
                .char_indices()
                .rfind(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
                .map_or(0, |(i, c)| i + c.len_utf8())
        };
        let samples = [
            "Gen. \u{e9}t\u{e9}s U.S",
            "a\u{a0}Mr",
            "(St",
            "\u{3000}Dr\u{e9}",
            "\"No",
            "\u{2003}x y\tz\u{85}ab",
            "",
        ];
        let texts = crate::fixture_texts();
        for t in texts.iter().map(String::as_str).chain(samples) {
            for (i, _) in t.char_indices().chain([(t.len(), ' ')]) {
                assert_eq!(word_start(&t[..i]), by_chars(&t[..i]), "{:?}", &t[..i]);
            }
        }
    }

    fn split(t: &str) -> Vec<&str> {
        sentences(t, 0..t.len())
            .into_iter()
            .map(|r| &t[r])
            .collect()
    }

    #[test]
    fn initialisms_are_abbreviations() {
        assert_eq!(
            split("He wrote for the L.A. Times for years. Then he left."),
            ["He wrote for the L.A. Times for years.", "Then he left."]
        );
        assert!(
            initialism("D.C") && initialism("U.S.A") && !initialism("Dr") && !initialism("A.B.")
        );
        // a word that opens sentences ends the one before
        assert_eq!(
            split("She moved to Washington, D.C. The rents are high."),
            ["She moved to Washington, D.C.", "The rents are high."]
        );
    }

    #[test]
    fn splits_on_full_stops_but_not_abbreviations() {
        assert_eq!(
            split("Mr. Keita spoke. He left."),
            vec!["Mr. Keita spoke.", "He left."]
        );
        assert_eq!(
            split("by telephone.The Malian army"),
            vec!["by telephone.", "The Malian army"]
        );
        assert_eq!(split("a 1.5 m wall. Next"), vec!["a 1.5 m wall.", "Next"]);
        assert_eq!(
            split("\"It is over.\" He said"),
            vec!["\"It is over.\"", "He said"]
        );
        // "No." before a number, not "no." at a sentence's end
        assert_eq!(
            split("He lives at No. 10 now. Voters said no. The rest agreed."),
            vec![
                "He lives at No. 10 now.",
                "Voters said no.",
                "The rest agreed."
            ]
        );
    }

    #[test]
    fn wide_spaces_before_a_full_stop_do_not_split_characters() {
        assert_eq!(split("a\u{0085}b. C"), vec!["a\u{0085}b.", "C"]);
        assert_eq!(split("a\u{2028}b. C"), vec!["a\u{2028}b.", "C"]);
    }

    #[test]
    fn a_sentence_without_an_end_is_cut_at_spaces() {
        let t = "word ".repeat(1000) + "é".repeat(1500).as_str();
        let pieces = sentences(&t, 0..t.len());
        assert!(pieces.iter().all(|r| r.len() <= MAX_SENTENCE), "{pieces:?}");
        assert_eq!(pieces.first().map(|r| r.start), Some(0));
        assert_eq!(pieces.last().map(|r| r.end), Some(t.len()));
        assert!(pieces.windows(2).all(|w| w[0].end <= w[1].start));
        assert!(pieces.iter().all(|r| !t[r.clone()].starts_with(' ')));
    }

    #[test]
    fn the_trims_trim_as_std_does() {
        let spaces = [
            " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{1c}", "\u{85}", "\u{a0}", "\u{3000}",
        ];
        let words = ["", "a", "é", "\u{2028}x"];
        for a in spaces {
            for b in spaces {
                for w in words {
                    let s = format!("{a}{b}{w}{b}{a}");
                    assert_eq!(trim_start(&s), s.trim_start(), "{s:?}");
                    assert_eq!(trim_end(&s), s.trim_end(), "{s:?}");
                }
            }
        }
        for text in crate::fixture_texts() {
            for line in text.split_inclusive('\n') {
                assert_eq!(trim_start(line), line.trim_start());
                assert_eq!(trim_end(line), line.trim_end());
            }
        }
    }

    /// The paragraphs and sentences of one pass, each paragraph's sentences apart.
    fn segments(t: &str) -> Vec<(Range<usize>, Vec<Range<usize>>)> {
        let mut segments = Segments::new(t);
        let mut out = Vec::new();
        loop {
            let mut sentences = Vec::new();
            let Some(para) = segments.next_paragraph(&mut sentences) else {
                return out;
            };
            out.push((para, sentences));
        }
    }

    /// One pass finds the paragraphs `each_paragraph` finds and the sentences `push_sentences`
    /// finds in them: in the fixtures' texts, and in texts made of pieces that end lines and
    /// sentences every way (a stop at the very end, none at all, blank lines, `\r\n`, spaces
    /// after a stop, closing quotes, abbreviations, wide characters).
    #[test]
    fn one_pass_finds_the_paragraphs_and_sentences_of_two() {
        let by_two = |t: &str| {
            each_paragraph(t)
                .map(|p| (p.clone(), sentences(t, p)))
                .collect::<Vec<_>>()
        };
        let pieces = [
            "A", "b", "word", ".", "?", "!", " ", "  ", "\n", "\r\n", "\n\n", "\"", "'", ")", "Mr",
            "U.S", "D.C", "The", "1", "é", "\u{a0}", "\t", "\u{3000}", "...", "x.Yz",
        ];
        let mut texts = crate::fixture_texts();
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for n in 0..20_000 {
            let mut t = String::new();
            for _ in 0..n % 24 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                t.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            texts.push(t);
        }
        texts.push(format!("{}. Next.\n", "long ".repeat(900)));
        for t in &texts {
            assert_eq!(segments(t), by_two(t), "{t:?}");
        }
    }

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let t = "  one \n\n two\n";
        let p: Vec<&str> = paragraphs(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(p, vec!["one", "two"]);
    }

    /// Paragraphs are each line trimmed, the blank ones left out, whatever white space (Unicode's
    /// too) the lines and the blank lines between them hold.
    #[test]
    fn paragraphs_are_every_non_blank_line() {
        let lines = |t: &str| {
            let mut out = Vec::new();
            let mut start = 0;
            for line in t.split_inclusive('\n') {
                let rest = line.trim_start();
                let lead = start + line.len() - rest.len();
                if !rest.is_empty() {
                    out.push(lead..lead + rest.trim_end().len());
                }
                start += line.len();
            }
            out
        };
        for t in [
            "",
            "\n",
            "a",
            "a\n",
            "\n\na",
            "  \n\n a \n",
            "x\n \n\t\r\ny  \n\n",
            "\u{3000}x\u{2028}\n\u{85}\n y\u{a0}",
            "one\ntwo\n\n\nthree",
        ] {
            assert_eq!(paragraphs(t), lines(t), "{t:?}");
        }
    }
}
