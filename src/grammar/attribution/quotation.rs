//! Quotations and their speakers: the speaker after the closing mark (`," the force said`), before
//! the opening one, or between the parts of a quotation in parts; labelled paragraphs of a
//! transcript ("KELLY: …"); quotations signed as an epigraph or a reader's comment.

use std::ops::Range;

use super::super::words::{Token, tokens};
use super::bytewise::words_up_to;
use super::cue::{Class, class, is_cue, lower, passive_after, title_case, used_as_verb};
use super::source::{is_dash, source_after, source_before};
use super::{Found, Pieces, made, reuse};
use crate::rules::Rules;
use crate::text::WordList;
use crate::text::search::SPACE;

/// "Marta Ruiz: Farmers are losing patience", `"KELLY: Let us begin …`: a name and a colon that open
/// a paragraph (a headline, or a speaker's turn in a transcript) give who says the rest of it. The
/// name is one to four capitalised words, none of them a label of the page ("Update:", "Photo:") or
/// a date; a single word in capitals opening the article is a dateline ("WASHINGTON: …"), not a
/// speaker. A turn of a transcript (in capitals, or in quotation marks) is direct speech.
pub(super) fn labelled(
    text: &str,
    toks: &[Token],
    para_end: usize,
    first_para: bool,
) -> Option<Found> {
    #[rustfmt::skip]
    static LABELS: WordList = WordList::new(&[
        "note", "notes", "update", "updated", "updates", "correction", "clarification", "photo",
        "photos", "picture", "video", "watch", "read", "related", "source", "sources", "credit",
        "warning", "breaking", "live", "opinion", "analysis", "exclusive", "editorial", "question",
        "questions", "answer", "q", "a", "re", "subject", "tags", "topics", "posted", "by", "from",
        "to", "date", "time", "where", "when", "what", "why", "how", "who", "example", "step",
        "chapter", "part", "figure", "table", "image", "caption", "follow", "contact", "email",
        "phone", "tel", "fax", "web", "website", "summary", "background", "context", "timeline",
        "also", "see", "ps", "nb", "disclosure", "disclaimer", "advertisement", "verdict",
        "conclusion", "result", "results", "score", "scores", "total", "the", "this", "that",
        "here", "there", "it", "and", "but", "or", "so", "if", "then", "now", "today", "yesterday",
        "tonight", "day", "week", "episode", "season", "round", "stage", "final", "fact", "facts",
        "key", "more", "agenda", "schedule", "location", "venue", "address", "price", "cost",
        "tickets", "hours", "details", "method", "methodology", "sample", "transcript",
        // a headline's phrase, not a name ("Stealth Over Health: …", "Rates Are Up: …")
        "over", "of", "for", "in", "on", "with", "at", "after", "before", "into", "about",
        "against", "under", "than", "as", "vs", "versus", "is", "are", "was", "were", "will", "not",
        "no", "new", "your", "my", "our", "their", "his", "her", "its", "up", "down", "out",
    ]);
    let quoted = toks.first().is_some_and(|t| t.text == "\"");
    let start = usize::from(quoted);
    // the colon comes after one to four words, the first token after them that is no word: most
    // paragraphs have another there, or none, and are turned away by the tokens' kinds before a
    // word's letters are read
    let after_name = toks.get(start + 1..).unwrap_or_default();
    let colon = after_name.iter().take(4).find(|t| !t.word);
    if colon.is_none_or(|t| t.text != ":") {
        return None;
    }
    let mut i = start;
    while i < toks.len()
        && i < start + 4
        && toks[i].word
        && toks[i].text.starts_with(|c: char| c.is_uppercase())
    {
        i += 1;
    }
    let name = &toks[start..i];
    let first = toks.get(i + 1)?;
    if name.is_empty() || toks[i].text != ":" || !(first.word || first.text == "\"") {
        return None;
    }
    let capitals = name
        .iter()
        .all(|t| t.text.len() > 1 && !t.text.bytes().any(|b| b.is_ascii_lowercase()));
    let label =
        |t: &&Token| LABELS.contains_any_case(t.text) || super::super::time::is_calendar(t.text);
    if name.iter().any(|t| label(&t)) || capitals && name.len() == 1 && first_para && !quoted {
        return None;
    }
    let trimmed = text[first.start..para_end].trim_end_matches([' ', '"']);
    let content = first.start..first.start + trimmed.len();
    let source = name[0].start..name[name.len() - 1].end;
    let kind = if quoted || capitals {
        "direct"
    } else {
        "indirect"
    };
    Some(made(
        text,
        Some(source),
        toks[i].start..toks[i].end,
        content.into(),
        kind,
    ))
}

/// The labelled paragraphs that are statements: the turns of a transcript (two or more, where a
/// speaker takes a turn twice or a turn opens with a quotation mark: one name in capitals is a
/// dateline, "WASHINGTON: …", and a roundup's are "LONDON: … PARIS: …"), and a headline whose name
/// speaks elsewhere in the article ("Pat Caddell: …" and later "Caddell said"; not "Brexit: …" or
/// "Ingredients: …").
pub(super) fn labels_with_evidence(text: &str, labels: Vec<Found>, others: &[Found]) -> Vec<Found> {
    let turns: Vec<&Range<usize>> = labels
        .iter()
        .filter(|f| f.kind == "direct")
        .filter_map(|f| f.source.as_ref())
        .collect();
    let name = |r: &Range<usize>| &text[r.clone()];
    let repeated = turns
        .iter()
        .enumerate()
        .any(|(i, a)| turns[i + 1..].iter().any(|b| name(a) == name(b)));
    let quoted = turns.iter().any(|r| text[..r.start].ends_with('"'));
    let transcript = turns.len() >= 2 && (repeated || quoted);
    let speaks_elsewhere = |f: &Found| {
        let name = f.source.clone().map_or("", |r| &text[r]);
        let last = name.rsplit(' ').next().unwrap_or(name);
        others
            .iter()
            .filter_map(|o| o.source.clone())
            .any(|r| text[r].split(' ').any(|w| w == last))
    };
    labels
        .into_iter()
        .filter(|f| {
            if f.kind == "direct" {
                transcript
            } else {
                speaks_elsewhere(f)
            }
        })
        .collect()
}

/// The speaker of a quotation: after its closing mark (`," the force said`, `," said Mara`) or
/// before its opening one (`He added: "`, `told AFP that "`). `close` is the range of the
/// sentences (indices into `sentences`) of the paragraph it closes in, `marks` where every
/// quotation mark of `text` is from that paragraph's start on, in order.
/// (The paragraph's sentences and marks are searched, not all of the article's: most of what is
/// read lies in it.)
pub(super) fn quote(
    rules: &Rules,
    (text, marks): (&str, &[usize]),
    low: &str,
    close: Range<usize>,
    (sentences, sentence_tokens): (&[Range<usize>], &[Vec<Token>]),
    pieces: &[Range<usize>],
    after: usize,
) -> Option<Found> {
    let close_para = &sentences[close.clone()];
    let first = pieces.first()?.clone();
    // does the quotation hold fewer than four words? (counted no further than that)
    let short = || {
        // (a piece's words are its own: each is counted to four, and four in all is enough)
        let mut words = 0;
        for p in pieces {
            words += words_up_to(&text[p.clone()], 4);
            if words >= 4 {
                return false;
            }
        }
        true
    };
    // the sentence around the closing mark and around the opening one
    let close_sentence = close_para[close_para.partition_point(|s| s.end + 1 < after)..]
        .first()
        .filter(|s| s.start <= after)
        .cloned()
        .unwrap_or(after..after);
    let para_end = close_para.last().map_or(after, |s| s.end).max(after);
    let reach = if after >= close_sentence.end {
        para_end
    } else {
        close_sentence.end.max(after)
    };
    // the speaker is named within a few words: no need to read on to the paragraph's end
    let mut reach = reach.min(after + 400);
    while !text.is_char_boundary(reach) {
        reach -= 1;
    }
    // (up to the next quotation mark: the first of the text's marks from `after` on, counted on
    // from the paragraph's first, of which few come before `after`)
    let reach = marks
        .iter()
        .find(|&&m| m >= after)
        .filter(|&&m| m < reach)
        .map_or(reach, |&m| m);
    // (the sentences' tokens, read once already, where they are the range's own: the range lies
    // in the paragraph, and its sentences are all that need be searched)
    let aligned = sentence_tokens.len() == sentences.len();
    let (para_sentences, para_tokens) = match sentence_tokens.get(close.clone()) {
        Some(toks) if aligned => (close_para, toks),
        _ => (sentences, sentence_tokens),
    };
    let toks = reuse::tokens_within(text, (para_sentences, para_tokens), after..reach)
        .unwrap_or_else(|| leading_tokens(rules, text, after..reach).into());
    let mut i = 0;
    while i < toks.len() && (toks[i].text == "," || toks[i].text == ".") {
        i += 1;
    }
    let trailing = &toks[i..];
    // `…." ― Sonya Herridge`, `…" — Pamela Padilla, a teacher`: a dash and a name sign the quotation
    if let Some(signed) = signed_by(text, trailing, pieces) {
        return Some(signed);
    }
    // `," the force said` / `," Mara told AFP`
    // past the sentence's end, only a closing "Clinton said." names the speaker; "a source told
    // AFP that" opens the next statement
    let next_sentence = after >= close_sentence.end;
    let closes = |v: usize| {
        trailing[v + 1..]
            .iter()
            .take(CLOSE_WITHIN)
            .any(|t| t.text == "." || t.text == ",")
            && !trailing[v + 1..]
                .iter()
                .take(CLOSE_WITHIN)
                .any(|t| matches!(t.text, "that" | ":"))
    };
    // a headline's capitalised verb that ends it: '"We Will Win," Mayor Says'
    let ends_headline = |v: usize| v + 1 == trailing.len() && trailing[v].capitalised();
    // (a capital makes a name of a cue word after the closing mark, "…," Felt wrote, but in a
    // headline: one in title case, or at its end)
    let cue_after = |v: usize| {
        is_cue(&trailing[v])
            && (!trailing[v].capitalised() || ends_headline(v) || title_case(trailing))
    };
    if let Some(v) = (0..trailing.len().min(CUE_WITHIN)).find(|&v| cue_after(v))
        && trailing[..v].iter().all(|t| t.word || t.text == "'")
        && (v == 0 || !class(lower(low, &trailing[0])).has(Class::NP_BREAK))
        // (no phrase joined to the cue: '"Town Hall" meeting in Ohio and said' is the sentence
        // subject's)
        && (v == 0 || !matches!(lower(low, &trailing[v - 1]), b"and" | b"but" | b"or"))
        // (a participle names no speaker after it: '"…," adding that …' goes on with the one
        // before)
        && (v > 0 || !trailing[0].text.ends_with("ing"))
        // (a verb after the words that name the speaker: not the noun of '"…" television show';
        // or a headline's last word)
        && (v == 0 || used_as_verb(low, trailing, v) || ends_headline(v))
        && (!next_sentence || closes(v))
    {
        let cue = trailing[v];
        let source = if v > 0 {
            Some(trailing[0].start..trailing[v - 1].end)
        } else {
            source_after(low, trailing, 1).map(|(a, b)| trailing[a].start..trailing[b - 1].end)
        };
        return Some(made(
            text,
            source,
            cue.start..cue.end,
            Pieces::of(pieces),
            "direct",
        ));
    }
    // `He added: "…"`, `a source told AFP that "…"`
    // (not a few words quoted inside a sentence that goes on: 'told MSNBC's "Morning Joe" that
    // …' names the addressee, 'he said "budget reforms" and the collection of taxes would pay
    // for them' says all of it)
    let fragment = pieces.len() == 1
        && !text[pieces[0].clone()]
            .trim_end()
            .ends_with([',', '.', '!', '?'])
        && words_up_to(&text[pieces[0].clone()], 9) <= 8
        && i == 0
        && !next_sentence
        && trailing.first().is_some_and(|t| t.word);
    if fragment {
        return None;
    }
    // (in the paragraph it closes in, most often: else in one before)
    let open = match sentence_holding(close_para, first.start) {
        Some(i) => close.start + i,
        None => sentence_holding(sentences, first.start)?,
    };
    // the sentence's words before the opening mark: a word ends at a quotation mark, so they are
    // the sentence's first tokens
    let mark = first.start.saturating_sub(1);
    let read;
    let before: &[Token] = match sentence_tokens.get(open) {
        Some(toks) if sentence_tokens.len() == sentences.len() => {
            &toks[..toks.partition_point(|t| t.start < mark)]
        }
        _ => {
            read = tokens(text, sentences[open].start..mark, &rules.word_marks);
            &read
        }
    };
    let v = before.iter().rposition(is_cue)?;
    if before.len() - v > 6
        || !used_as_verb(low, before, v)
        || passive_after(lower(low, &before[v]), low, before, v).is_some()
    {
        return None;
    }
    if before.len() - v > 2 && short() {
        return None;
    }
    let (a, b) = source_before(low, before, v)?;
    let source = before[a].start..before[b - 1].end;
    // the words between the cue and the opening mark belong to the statement too
    let content = match before.get(v + 1) {
        Some(t) => {
            let mut all = Pieces::from(t.start..t.start);
            all.extend(pieces);
            all
        }
        None => Pieces::of(pieces),
    };
    Some(made(
        text,
        Some(source),
        before[v].start..before[v].end,
        content,
        "direct",
    ))
}

/// The statement of a quotation (its `pieces`) signed as an epigraph or a reader's comment is, in
/// the tokens after its closing mark: a dash, then a name of one to five capitalised words
/// (initials with their full stops) that ends the text read or is followed by a comma or a full
/// stop. The dash is the cue, the name the source.
fn signed_by(text: &str, trailing: &[Token], pieces: &[Range<usize>]) -> Option<Found> {
    let dash = trailing.first().filter(|t| is_dash(t))?;
    let mut end = 1;
    while end < trailing.len().min(12) {
        let t = &trailing[end];
        let initial = t.text == "." && trailing[end - 1].text.chars().count() == 1;
        if !(t.capitalised() || initial) {
            break;
        }
        end += 1;
    }
    let words = trailing[1..end].iter().filter(|t| t.word).count();
    let ends = trailing
        .get(end)
        .is_none_or(|t| matches!(t.text, "." | ","));
    if !(1..=5).contains(&words) || !ends {
        return None;
    }
    Some(made(
        text,
        Some(trailing[1].start..trailing[end - 1].end),
        dash.start..dash.end,
        Pieces::of(pieces),
        "direct",
    ))
}

/// How far after a closing quotation mark (and its commas and full stops) `quote` looks for the
/// cue of its speaker ("," the force said"), in tokens.
const CUE_WITHIN: usize = 9;

/// How far after that cue `quote` looks for the end of its clause, in tokens.
const CLOSE_WITHIN: usize = 5;

/// The first tokens of `text[range]`, as many as `quote` reads after a closing mark, or all of
/// them: a first part of the range is read, and the whole only when it holds too few.
fn leading_tokens<'a>(rules: &Rules, text: &'a str, range: Range<usize>) -> Vec<Token<'a>> {
    /// Bytes read first: room for some twenty words.
    const PART: usize = 128;
    /// Tokens `quote` may read after the commas and full stops that follow the mark: a cue within
    /// `CUE_WITHIN` and its clause's end within `CLOSE_WITHIN` after it (a source after the cue,
    /// `source_after`, reads no further).
    const READ: usize = CUE_WITHIN + CLOSE_WITHIN;
    if range.end - range.start > PART
        && let Some(space) = SPACE.find(&text.as_bytes()[range.start + PART..range.end])
    {
        // no token runs over a space: the part's tokens are the first tokens of the whole
        let part = tokens(
            text,
            range.start..range.start + PART + space,
            &rules.word_marks,
        );
        let marks = part
            .iter()
            .take_while(|t| t.text == "," || t.text == ".")
            .count();
        if part.len() >= marks + READ {
            return part;
        }
    }
    tokens(text, range, &rules.word_marks)
}

/// The sentence (the index of it in all, in order) that holds the opening quote mark before
/// `start`: the one with `s.start < start <= s.end`.
fn sentence_holding(sentences: &[Range<usize>], start: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.end < start);
    sentences.get(i).filter(|s| s.start < start).map(|_| i)
}
