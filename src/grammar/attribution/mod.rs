//! Who said it: quotations with their speaker before, after or between their parts, reported speech
//! (`X said (that) …`, `X told AFP …`, `…, X said.`), and `according to X`. Pronoun sources resolve
//! to the last named person who may be of their sex (by the rules' words for a man and a woman); a
//! surname to the full name given earlier; aliases come from the rules.
//!
//! `find` reads each sentence once: `cue` tells whether a word is a verb of speech where it
//! stands, `source` finds the phrase that speaks, `quotation` and `speech` make the statements
//! of quotations and of reported speech, and `speaker` (with the names `persons` keeps) resolves
//! who each speaker is.

mod bytewise;
mod cue;
mod mentions;
mod persons;
mod quotation;
mod reuse;
mod source;
mod speaker;
mod speech;

use std::ops::Range;

use super::words::Token;
use crate::claim::{Attribution, CompactString, Span, Spanned};
use crate::rules::{Rules, WordMarks};
use crate::text::search::QUOTE;
use crate::text::{Cursor, Prepared, as_written};
use bytewise::{quoted_words, trim_quote_marks, words_up_to};
use cue::{Class, class};
use persons::Earlier;
use quotation::{labelled, labels_with_evidence, quote};
use speaker::{Step, resolve_speakers};
use speech::reported;

/// A statement found in the normalised text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub source: Option<Range<usize>>,
    pub source_norm: Option<CompactString>,
    pub cue: Range<usize>,
    pub cue_text: CompactString,
    pub content: Pieces,
    pub speaker: Option<CompactString>,
    pub kind: &'static str,
}

/// The pieces of a statement's content, in order, read as a slice. Most statements have one,
/// held in place: a list of one was allocated (and freed) for each statement. A quotation in
/// parts, or with the words before its opening mark, has a list.
#[derive(Debug, Clone)]
pub struct Pieces(Held);

/// How `Pieces` holds them. (A range fits beside the list's niche: no larger than the list.)
#[derive(Debug, Clone)]
enum Held {
    One(Range<usize>),
    Many(Vec<Range<usize>>),
}

impl Pieces {
    /// The pieces of `pieces`, copied (in place when there is one).
    fn of(pieces: &[Range<usize>]) -> Pieces {
        match pieces {
            [one] => Pieces(Held::One(one.clone())),
            _ => Pieces(Held::Many(pieces.to_vec())),
        }
    }

    /// Adds `more` after the pieces held.
    fn extend(&mut self, more: &[Range<usize>]) {
        match &mut self.0 {
            Held::One(one) => {
                let mut all = Vec::with_capacity(1 + more.len());
                all.push(one.clone());
                all.extend_from_slice(more);
                self.0 = Held::Many(all);
            }
            Held::Many(all) => all.extend_from_slice(more),
        }
    }

    /// Where the first piece starts and the last one ends (none when there is no piece), read
    /// with one look at how they are held.
    fn bounds(&self) -> Option<(usize, usize)> {
        match &self.0 {
            Held::One(one) => Some((one.start, one.end)),
            Held::Many(all) => Some((all.first()?.start, all.last()?.end)),
        }
    }
}

impl From<Range<usize>> for Pieces {
    fn from(one: Range<usize>) -> Pieces {
        Pieces(Held::One(one))
    }
}

impl std::ops::Deref for Pieces {
    type Target = [Range<usize>];

    fn deref(&self) -> &[Range<usize>] {
        match &self.0 {
            Held::One(one) => std::slice::from_ref(one),
            Held::Many(all) => all,
        }
    }
}

/// (The same pieces are equal however they are held.)
impl PartialEq for Pieces {
    fn eq(&self, other: &Pieces) -> bool {
        **self == **other
    }
}

impl Found {
    /// The source for a claim: the resolved speaker, else the words as written, else "unnamed".
    pub fn source_text(&self) -> CompactString {
        self.speaker
            .as_ref()
            .or(self.source_norm.as_ref())
            .cloned()
            .unwrap_or(UNNAMED)
    }

    /// The same statement with byte offsets into the original file. Its words are moved into it,
    /// not copied (measured, 0.2 M instructions per MB).
    pub fn to_original(self, prepared: &Prepared, bytes: &[u8]) -> Attribution {
        // (the ends of the spans lie close together: each is looked up from the one before)
        let mut map = prepared.norm.map.cursor();
        // (the original bytes, where they may not be the normalised ones)
        let bytes = (!prepared.norm.verbatim).then_some(bytes);
        let source = (self.source.as_ref())
            .zip(self.source_norm)
            .map(|(r, n)| spanned(&mut map, bytes, r, n));
        let cue = spanned(&mut map, bytes, &self.cue, self.cue_text);
        let content = match self.content.bounds() {
            Some((a, b)) => Span::new(map.to_orig(a), map.to_orig(b)),
            None => Span::default(),
        };
        let text = &prepared.norm.text;
        let quote = (self.kind == "direct").then(|| quoted_words(text, &self.content));
        Attribution {
            source,
            cue,
            content,
            speaker: self.speaker,
            kind: kind_text(self.kind),
            quote: quote.filter(|q| !q.is_empty()),
        }
    }
}

/// The source of a claim that names none.
const UNNAMED: CompactString = CompactString::const_new("unnamed source");

/// A statement's kind as a string for its attribution: one of the kinds' strings, made once by the
/// compiler. (`const_new` at each statement copied the kind a byte at a time: some 30
/// instructions a statement, 0.2 M per MB of the synthetic corpus.)
fn kind_text(kind: &str) -> CompactString {
    const DIRECT: CompactString = CompactString::const_new("direct");
    const INDIRECT: CompactString = CompactString::const_new("indirect");
    const ACCORDING: CompactString = CompactString::const_new("according");
    const PASSIVE: CompactString = CompactString::const_new("passive");
    match kind {
        "direct" => DIRECT,
        "indirect" => INDIRECT,
        "according" => ACCORDING,
        "passive" => PASSIVE,
        other => CompactString::from(other),
    }
}

/// A span of the normalised text at its offsets in the original bytes, with its text there.
/// `normalised` is the span's text, copied from the normalised text when the statement was made
/// (`made` copies the source and the cue at their ranges); `bytes` the original bytes, `None`
/// where they are the normalised ones (`Normalized::verbatim`: most articles of the synthetic
/// corpus: comparing each span with its bytes cost 0.59 M instructions per MB, 0.18 M of news).
/// (Inlined: called for the source and the cue of every statement, a call cost a fifth of it.)
#[inline(always)]
fn spanned(
    map: &mut Cursor,
    bytes: Option<&[u8]>,
    r: &Range<usize>,
    normalised: CompactString,
) -> Spanned {
    let (s, e) = (map.to_orig(r.start), map.to_orig(r.end));
    Spanned {
        start: s,
        end: e,
        text: match bytes {
            Some(bytes) => as_written(normalised, &bytes[s..e]),
            None => normalised,
        },
    }
}

/// A pronoun that may stand for a source ("he said", "they told AFP"), in lower case.
pub(super) fn is_pronoun(w: &str) -> bool {
    class(w.as_bytes()).has(Class::PRONOUN)
}

/// Finds every statement in the article's paragraphs: `sentences` all in order, and each paragraph
/// as the range of its sentences' indices.
pub fn find(
    rules: &Rules,
    text: &str,
    (sentences, paragraphs): (&[Range<usize>], &[Range<usize>]),
    sentence_tokens: &[Vec<Token>],
) -> Vec<Found> {
    LISTS.with_borrow_mut(|lists| {
        find_with(rules, text, (sentences, paragraphs), sentence_tokens, lists)
    })
}

/// The lists `find` fills for each article and empties before it returns, kept for the next
/// article read on the same thread: made for each article, they cost some 0.5 M instructions per
/// MB of the synthetic corpus in allocations alone.
#[derive(Default)]
struct Lists {
    /// the text in lower case
    low: String,
    /// where the quotation marks are
    marks: Vec<usize>,
    /// the quotations' statements
    said: Vec<Found>,
    /// the quotations
    quotes: Vec<Range<usize>>,
    /// the pieces of a quotation
    pieces: Vec<Range<usize>>,
    /// `Antecedent::since`
    since: Vec<Step>,
    /// the names met as the speakers are resolved
    earlier: Earlier,
}

thread_local! {
    static LISTS: std::cell::RefCell<Lists> = std::cell::RefCell::default();
}

/// `find`, with the lists it fills (`lists`, emptied first).
fn find_with(
    rules: &Rules,
    text: &str,
    (sentences, paragraphs): (&[Range<usize>], &[Range<usize>]),
    sentence_tokens: &[Vec<Token>],
    lists: &mut Lists,
) -> Vec<Found> {
    let Lists {
        low,
        marks,
        said,
        quotes,
        pieces,
        since,
        earlier,
    } = lists;
    low.clear();
    marks.clear();
    said.clear();
    quotes.clear();
    pieces.clear();
    since.clear();
    earlier.clear();
    // the text in lower case, once for every token the grammar reads in lower case
    low.push_str(text);
    low.make_ascii_lowercase();
    let low = low.as_str();
    // every quotation mark in the text, found in one pass over it (most paragraphs hold none,
    // and are not searched one by one)
    let mut from = 0;
    while let Some(i) = QUOTE.find(&text.as_bytes()[from..]) {
        marks.push(from + i);
        from += i + 1;
    }
    // (a quotation for each two marks, or for one left open: room for that many, and for the
    // statements of about as many quotations and sentences, most articles' share: a list that
    // grows is copied each time, and a statement is a large item)
    let quotations = marks.len().div_ceil(2);
    // the quotations' statements, read first: they join the others in order of their cues, as
    // the sentences are read (`in_order_of_cues`)
    said.reserve(quotations);
    quotes.reserve(quotations);
    // quotations, which may run on into the next paragraph when it opens with a quote mark
    let mut open: Option<usize> = None;
    let mut run_on_mark: Option<usize> = None;
    // the quotations that no cue names, with their paragraph's start
    let mut unsaid: Vec<(usize, Pieces)> = Vec::new();
    // the statement of a quotation in its pieces, read from the paragraph it ends in
    // (`para` is the range of the paragraph's sentences, `later` the marks from its start on)
    let quoted = |para: Range<usize>, later: &[usize], pieces: &[Range<usize>], after: usize| {
        quote(
            rules,
            (text, later),
            low,
            para,
            (sentences, sentence_tokens),
            pieces,
            after,
        )
    };
    // (the first mark not before the paragraph read)
    let mut from = 0;
    for (pi, in_para) in paragraphs.iter().enumerate() {
        let para = &sentences[in_para.clone()];
        let (Some(first), Some(last)) = (para.first(), para.last()) else {
            continue;
        };
        let range = first.start..last.end;
        // (the paragraphs come in order: the first mark of each is found by reading on from the
        // last one's, where a search of all the marks was made for each paragraph)
        while marks.get(from).is_some_and(|&m| m < range.start) {
            from += 1;
        }
        let later = &marks[from..];
        for &at in marks[from..].iter().take_while(|&&m| m < range.end) {
            if run_on_mark.take_if(|m| *m == at).is_some() {
                continue;
            }
            match open.take() {
                None => open = Some(at + 1),
                Some(s) => {
                    pieces.push(s..at);
                    quotes.push(pieces[0].start..at);
                    // "“…,” he said, “…”": the part after the speaker belongs to the same statement
                    let continues = |f: &Found| {
                        let between = trim_quote_marks(&text[f.cue.end..pieces[0].start]);
                        // (not past a participle of speech: '“…,” Trump said, adding later, “…”')
                        words_up_to(between, 5) <= 4
                            && pieces[0].start > f.cue.end
                            && !between.split_whitespace().any(|w| {
                                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                                w.ends_with("ing")
                                    && rules
                                        .word_marks
                                        .get(w)
                                        .is_some_and(|m| m.has(WordMarks::SPEECH_VERB))
                            })
                    };
                    match said
                        .last_mut()
                        .filter(|f| f.kind == "direct" && continues(f))
                    {
                        Some(f) if text[f.cue.end..pieces[0].start].contains(',') => {
                            f.content.extend(pieces)
                        }
                        _ => match quoted(in_para.clone(), later, pieces, at + 1) {
                            Some(found) => said.push(found),
                            // "“…,” said Maria Carrion, the minister. “We have …”": a quotation
                            // with no cue of its own goes on with the one before it in the
                            // paragraph, past the rest of that one's sentence
                            None => {
                                match said.last_mut().filter(|f| {
                                    f.kind == "direct"
                                        && f.cue.start >= range.start
                                        && goes_on(&text[f.cue.end..pieces[0].start])
                                }) {
                                    Some(f) => f.content.extend(pieces),
                                    None => unsaid.push((range.start, Pieces::of(pieces))),
                                }
                            }
                        },
                    }
                    pieces.clear();
                }
            }
        }
        if let Some(s) = open.take() {
            pieces.push(s..range.end);
            let next = paragraphs
                .get(pi + 1)
                .and_then(|p| sentences[p.clone()].first())
                .filter(|r| text[(*r).clone()].starts_with('"'));
            if let Some(next) = next {
                run_on_mark = Some(next.start);
                open = Some(next.start + 1);
            } else {
                quotes.push(pieces[0].start..range.end);
                match quoted(in_para.clone(), later, pieces, range.end) {
                    Some(found) => said.push(found),
                    // (one that opens its paragraph may be what the paragraph before it ends
                    // by naming: "The Times reports:")
                    None if pieces[0].start == range.start + 1 => {
                        unsaid.push((range.start, Pieces::of(pieces)))
                    }
                    None => {}
                }
                pieces.clear();
            }
        }
    }
    // reported speech and "according to", outside quotations
    // (room for two statements a sentence: a list that grew past one a sentence, in one article
    // of three, copied every statement)
    let mut out: Vec<Found> = Vec::with_capacity(2 * sentence_tokens.len() + said.len());
    let mut said = in_order_of_cues(said, &mut out);
    let mut toks_of = sentence_tokens.iter();
    let mut labels = Vec::new();
    // (the quotations before the sentence, passed over as the sentences are read: a sentence is
    // handed only those that touch it, most often none)
    let mut passed = 0;
    for (pi, para) in paragraphs.iter().enumerate() {
        let para = &sentences[para.clone()];
        for (si, sentence) in para.iter().enumerate() {
            let Some(toks) = toks_of.next() else { break };
            if si == 0
                && let Some(end) = para.last().map(|s| s.end)
            {
                labels.extend(labelled(text, toks, end, pi == 0));
            }
            while quotes.get(passed).is_some_and(|q| q.end <= sentence.start) {
                passed += 1;
            }
            let touching = quotes[passed..]
                .iter()
                .take_while(|q| q.start <= sentence.end)
                .count();
            let quotes = &quotes[passed..passed + touching];
            // (the quotations' statements with their cue before the sentence's end)
            while said
                .as_slice()
                .first()
                .is_some_and(|f| f.cue.start < sentence.end)
            {
                out.extend(said.next());
            }
            // (the paragraph after one that ends with a colon: a passage quoted as a block, or
            // the quotation that opens it where no cue of its own names it: "He said:" then
            // "“We have …”" a paragraph on)
            let block = (si + 1 == para.len() && text[..sentence.end].trim_end().ends_with(':'))
                .then(|| paragraphs.get(pi + 1))
                .flatten()
                .and_then(|p| {
                    let next = &sentences[p.clone()];
                    Some(next.first()?.start..next.last()?.end)
                })
                .and_then(|r| {
                    if !text[r.clone()].starts_with(['"', '\'']) {
                        return Some(Pieces::from(r));
                    }
                    let at = unsaid
                        .iter()
                        .position(|(_, q)| q.bounds().is_some_and(|(s, _)| s == r.start + 1))?;
                    Some(unsaid.remove(at).1)
                });
            reported(
                rules,
                text,
                low,
                sentence.clone(),
                toks,
                (quotes, block),
                &mut out,
            );
        }
    }
    out.extend(said);
    out.extend(labels_with_evidence(text, labels, &out));
    sort_by_cue(&mut out);
    out.dedup_by(|a, b| a.cue == b.cue);
    quoted_after(text, &mut out, unsaid);
    resolve_speakers(rules, text, low, &mut out, (since, earlier));
    out
}

/// "Carrion said the front was long. “We have 600 firefighters.”": a quotation that no cue names
/// (`unsaid`, with its paragraph's start) and that follows a statement of the same paragraph with
/// nothing but marks between them goes on with that statement.
fn quoted_after(text: &str, out: &mut [Found], unsaid: Vec<(usize, Pieces)>) {
    for (para, pieces) in unsaid {
        let Some((start, _)) = pieces.bounds() else {
            continue;
        };
        // (the last statement whose cue comes before the quotation)
        let before = out.partition_point(|f| f.cue.start < start);
        let Some(f) = before.checked_sub(1).map(|i| &mut out[i]) else {
            continue;
        };
        let end = f
            .content
            .bounds()
            .map_or(f.cue.end, |(_, e)| e.max(f.cue.end));
        let adjoins = f.cue.start >= para
            && end <= start
            && text[end..start]
                .bytes()
                .all(|b| matches!(b, b'.' | b'"' | b' ' | b',' | b'!' | b'?' | b':'));
        if adjoins {
            f.content.extend(&pieces);
        }
    }
}

/// Is the text between a quotation's cue and the next quotation's opening mark no more than the
/// rest of the cue's sentence (", the regional environment minister.")? Twenty words at most,
/// and one full stop, at its end.
fn goes_on(between: &str) -> bool {
    let rest = trim_quote_marks(between);
    let Some(body) = rest.strip_suffix(['.', '!', '?', ':']) else {
        return false;
    };
    !body.contains(['.', '!', '?', '"']) && words_up_to(body, 21) <= 20
}

/// The quotations' statements (`said`), to be handed to `out` as the sentences are read: each one
/// before the statements of the sentence its cue is in, which come in order, so that the sort of
/// them all by their cues moves few (a statement is large, and a sort moved about half of them
/// past the statements read after them). A statement of a sentence may take the source of one
/// before it in the same sentence, the last one in `out` (`earlier_source`): handed over before
/// the sentence is read, a quotation's statement is there as it was when all of them came first.
/// When they are not in order of their cues (rare), all of them are handed over at once.
fn in_order_of_cues<'s>(
    said: &'s mut Vec<Found>,
    out: &mut Vec<Found>,
) -> std::vec::Drain<'s, Found> {
    if !said.is_sorted_by_key(|f| f.cue.start) {
        out.append(said);
    }
    said.drain(..)
}

/// Puts the statements in order of their cues, as a stable sort does. They come nearly in order
/// (`in_order_of_cues`): a quotation's statement may follow one of its sentence whose cue comes
/// later, a labelled paragraph's comes last. Each of the few out of order is moved back past the
/// statements it belongs before, and no other is moved, where the sort of the standard library
/// (for more than twenty) sorted short runs and merged them through a buffer, moving every
/// statement; past a few, the rest are sorted (the moves made keep equals in order).
fn sort_by_cue(out: &mut [Found]) {
    /// The most statements out of order that are moved back one by one (a few places each,
    /// most often; at most past all the others).
    const FEW: usize = 4;
    let key = |f: &Found| (f.cue.start, f.cue.end);
    let mut moved = 0;
    for i in 1..out.len() {
        if key(&out[i]) >= key(&out[i - 1]) {
            continue;
        }
        moved += 1;
        if moved > FEW {
            out.sort_by_key(key);
            return;
        }
        let mut j = i;
        while j > 0 && key(&out[j]) < key(&out[j - 1]) {
            out.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// A statement, with its source and its cue copied from `text` at their ranges (`to_original`
/// reuses those copies as the spans' text where the original bytes are the same). (Inlined: see
/// `class`.)
#[inline(always)]
fn made(
    text: &str,
    source: Option<Range<usize>>,
    cue: Range<usize>,
    content: Pieces,
    kind: &'static str,
) -> Found {
    // (the source's text sliced, then copied by `CompactString::from` as it is: a closure that did
    // both was left a call, at each statement)
    Found {
        source_norm: source
            .as_ref()
            .map(|r| &text[r.clone()])
            .map(CompactString::from),
        source,
        cue_text: CompactString::from(&text[cue.clone()]),
        cue,
        content,
        speaker: None,
        kind,
    }
}

/// Is `at` inside one of `quotes` (in order, none overlapping)?
fn inside(quotes: &[Range<usize>], at: usize) -> bool {
    let before = quotes.partition_point(|q| q.start <= at);
    before > 0 && at < quotes[before - 1].end
}

/// Does any of `quotes` (in order, none overlapping) hold a byte of `range`?
fn overlaps(quotes: &[Range<usize>], range: Range<usize>) -> bool {
    let i = quotes.partition_point(|q| q.end <= range.start);
    quotes.get(i).is_some_and(|q| q.start < range.end)
}

#[cfg(test)]
mod tests {
    use super::cue::{is_cue, lower, plain_past_used_as_verb, used_as_verb, used_as_verb_in_full};
    use super::speech::content_end;
    use super::*;
    use crate::grammar::words::tokens;

    /// The kinds' strings made once are the strings `const_new` made at each statement; the
    /// bounds of the pieces are the first one's start and the last one's end.
    #[test]
    fn kinds_and_bounds_are_as_made_at_each_statement() {
        for kind in ["direct", "indirect", "according", "passive", "other"] {
            assert_eq!(kind_text(kind), CompactString::const_new(kind));
        }
        let all = [3..9, 12..20, 25..30];
        for pieces in [&all[..0], &all[..1], &all[..]] {
            let held = Pieces::of(pieces);
            let first_last = match (held.first(), held.last()) {
                (Some(a), Some(b)) => Some((a.start, b.end)),
                _ => None,
            };
            assert_eq!(held.bounds(), first_last);
        }
    }

    /// The lists kept from one article to the next (`Lists`) leave no trace: the fixtures' texts
    /// read one after another on one thread give the statements each gives read on a thread of
    /// its own, with lists made new.
    #[test]
    fn lists_kept_from_an_article_give_what_new_ones_give() {
        let rules = Rules::defaults();
        let article = |text: &String| crate::bundle::Article::new("a", text.as_str());
        let texts = crate::fixture_texts();
        let in_turn: Vec<_> = texts
            .iter()
            .map(|t| super::super::extract(&article(t), &rules).attributions)
            .collect();
        for (text, got) in texts.iter().zip(in_turn) {
            let alone = std::thread::scope(|s| {
                s.spawn(|| super::super::extract(&article(text), &rules).attributions)
                    .join()
                    .unwrap()
            });
            assert_eq!(got, alone);
        }
    }

    /// A plain past form is told a verb, or not, as `used_as_verb_in_full` tells it, and every
    /// word as `used_as_verb` tells it, at every word of the fixtures' paragraphs (of which some
    /// hundreds are plain past forms, cues among them).
    #[test]
    fn plain_past_forms_are_verbs_as_read_in_full() {
        let (mut plain, mut cues) = (0, 0);
        each_fixture_paragraph(|low, toks, para, _| {
            for k in (0..toks.len()).filter(|&k| toks[k].word) {
                let full = used_as_verb_in_full(low, toks, k);
                if let Some(told) = plain_past_used_as_verb(low, toks, k) {
                    assert_eq!(told, full, "{:?} in {para:?}", toks[k].text);
                    plain += 1;
                    cues += usize::from(is_cue(&toks[k]));
                }
                assert_eq!(used_as_verb(low, toks, k), full);
            }
        });
        assert!(plain > 300 && cues > 100, "{plain} {cues}");
    }

    /// Runs `check` on each paragraph of the fixtures: the text lowered, the paragraph's tokens,
    /// the paragraph, and where it ends in the text.
    fn each_fixture_paragraph(mut check: impl FnMut(&str, &[Token], &str, usize)) {
        let rules = Rules::defaults();
        for text in crate::fixture_texts() {
            let low = text.to_ascii_lowercase();
            let mut at = 0;
            for para in text.split("\n\n") {
                let range = at..at + para.len();
                at = range.end + 2;
                let toks = tokens(&text, range.clone(), &rules.word_marks);
                check(&low, &toks, para, range.end);
            }
        }
    }

    /// `content_end`, which passes over the words with no mark of a cue four at a time, ends a
    /// statement where a test of each word ended it, from every word of the fixtures' paragraphs.
    #[test]
    fn statements_end_where_each_word_tested_ends_them() {
        fn word_by_word(low: &str, toks: &[Token], from: usize, sentence_end: usize) -> usize {
            let semicolon = (from..toks.len()).find(|&i| toks[i].text == ";");
            let sentence_end = semicolon.map_or(sentence_end, |i| toks[i].start.min(sentence_end));
            for i in from + 2..toks.len() {
                let t = &toks[i];
                if !is_cue(t) {
                    continue;
                }
                let (before, w) = (&toks[i - 1], lower(low, t));
                if before.text == "," && w.ends_with(b"ing")
                    || w.ends_with(b"ed") && lower(low, before) == b"and"
                {
                    return before.start.min(sentence_end);
                }
            }
            sentence_end
        }
        let mut cut = 0;
        each_fixture_paragraph(|low, toks, para, end_of| {
            for from in 0..toks.len() + 2 {
                let end = content_end(low, toks, from, end_of);
                assert_eq!(end, word_by_word(low, toks, from, end_of), "{para:?}");
                cut += usize::from(end < end_of);
            }
        });
        assert!(cut > 100, "{cut}");
    }

    /// `sort_by_cue` leaves statements in the order a stable sort by their cues gives: lists in
    /// order but for a few out of place (moved back one by one), and lists with many (sorted),
    /// with cues that are equal (kept in the order they came).
    #[test]
    fn statements_are_put_in_order_of_their_cues_as_a_stable_sort_does() {
        let statement = |(start, len): (usize, usize), id: usize| Found {
            source: None,
            source_norm: None,
            cue: start..start + len,
            cue_text: CompactString::default(),
            content: (id..id).into(),
            speaker: None,
            kind: "indirect",
        };
        // a small generator of numbers, the same at each run
        let mut seed = 7u64;
        let mut next = move |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for round in 0..2000 {
            let n = 1 + next(40);
            let mut cues: Vec<(usize, usize)> = (0..n).map(|_| (next(30), 1 + next(2))).collect();
            cues.sort_unstable();
            // a few, or many, out of place
            for _ in 0..(if round % 2 == 0 { next(4) } else { next(3 * n) }) {
                let (a, b) = (next(n), next(n));
                cues.swap(a, b);
            }
            let mut got: Vec<Found> = (cues.iter().enumerate())
                .map(|(id, &c)| statement(c, id))
                .collect();
            let mut want = got.clone();
            want.sort_by_key(|f| (f.cue.start, f.cue.end));
            sort_by_cue(&mut got);
            assert_eq!(got, want, "{cues:?}");
        }
    }
}
