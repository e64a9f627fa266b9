//! The tokens of a stretch of an article read from its sentences' tokens, which the grammar has
//! read once already, instead of being read again.

use super::super::words::Token;
use std::borrow::Cow;
use std::ops::Range;

/// The tokens `words::tokens(text, range)` gives, taken from the tokens of the sentences that
/// hold `range` (`sentences` in order, each with its tokens), or `None` where they might differ.
///
/// The tokenizer looks at no byte before the one it starts at, and a token ends where the range
/// does or where the bytes after it say: so the tokens of a sentence that lie between the range's
/// ends are the range's own, when no token of the sentence runs over either end. A range over
/// several sentences takes each one's, when only whitespace (a byte of it at least) lies between
/// them and around them in the range: no token of the whole could join two.
pub(super) fn tokens_within<'t>(
    text: &str,
    (sentences, sentence_tokens): (&[Range<usize>], &'t [Vec<Token<'t>>]),
    range: Range<usize>,
) -> Option<Cow<'t, [Token<'t>]>> {
    if sentences.len() != sentence_tokens.len() {
        return None;
    }
    let blank = |r: Range<usize>| {
        text.get(r)
            .is_some_and(|s| s.chars().all(char::is_whitespace))
    };
    // the first sentence's part, and all of them once there are two
    let mut part: Option<&'t [Token<'t>]> = None;
    let mut parts: Vec<Token<'t>> = Vec::new();
    let mut at = range.start;
    let mut i = sentences.partition_point(|s| s.end <= at);
    while at < range.end {
        let Some(s) = sentences.get(i).filter(|s| s.start < range.end) else {
            // the rest of the range lies after the last sentence in it
            blank(at..range.end).then_some(())?;
            break;
        };
        if at < s.start {
            blank(at..s.start).then_some(())?;
        } else if part.is_some() {
            // two sentences with nothing between them
            return None;
        }
        let from = at.max(s.start);
        let to = range.end.min(s.end);
        let toks = &sentence_tokens[i][..];
        let lo = toks.partition_point(|t| t.start < from);
        let hi = toks.partition_point(|t| t.start < to);
        let cut = |k: usize, edge: usize| k > 0 && toks[k - 1].end > edge;
        if cut(lo, from) || cut(hi, to) {
            return None;
        }
        if let Some(earlier) = part.replace(&toks[lo..hi])
            && parts.is_empty()
        {
            parts.extend_from_slice(earlier);
        }
        if !parts.is_empty() {
            parts.extend_from_slice(&toks[lo..hi]);
        }
        at = to;
        i += 1;
    }
    Some(match part {
        _ if !parts.is_empty() => Cow::Owned(parts),
        Some(one) => Cow::Borrowed(one),
        None => Cow::Borrowed(&[]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::words::tokens;

    /// Every range of a text cut into sentences (in several ways) gets the tokens `tokens` gives
    /// it, or `None`.
    #[test]
    fn the_sentences_tokens_are_the_ranges_own() {
        let text = "He said: \"It works.\" Then, 3.5 km away -- U.S. forces' own \u{a0}words \
                    \u{e9}t\u{e9} ended.  \"Yes,\" she said.Next one-two";
        let whole = 0..text.len();
        let cuts: &[&[Range<usize>]] = &[
            &[0..20, 21..text.len()],
            &[0..19, 19..42, 43..text.len()],
            &[2..30, 31..text.len() - 3],
            std::slice::from_ref(&whole),
        ];
        let mut used = 0;
        let marks = &crate::rules::Rules::defaults().word_marks;
        for sentences in cuts {
            let toks: Vec<Vec<Token>> = sentences
                .iter()
                .map(|s| tokens(text, s.clone(), marks))
                .collect();
            for a in (0..=text.len()).filter(|&a| text.is_char_boundary(a)) {
                for b in (a..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                    if let Some(got) = tokens_within(text, (sentences, &toks), a..b) {
                        assert_eq!(
                            got.to_vec(),
                            tokens(text, a..b, marks),
                            "{a}..{b} of {sentences:?}"
                        );
                        used += 1;
                    }
                }
            }
        }
        assert!(used > 1000);
    }
}
