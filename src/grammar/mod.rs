//! The claim grammar. Small nom productions (`number`, `quantity`, `time`) read the figure itself;
//! `noun` looks around it for the counted thing and the predicate; `attribution` finds who said it.
//! `extract` runs them over every sentence of a prepared article.

pub mod attribution;
mod negation;
pub mod noun;
pub mod number;
pub mod quantity;
pub mod time;
pub mod words;

use std::ops::Range;

pub use words::singular;

use crate::bundle::Article;
use crate::claim::{Attribution, Bound, Claim, CompactString, Kind, Source, Span};
use crate::rules::{Dimension, HedgeRule, Rules, WordMarks};
use crate::text::{Prepared, WordList, as_written, prepare_into};
use words::{Token, recycle, tokens_into};

/// What the grammar found in one article.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub claims: Vec<Claim>,
    pub attributions: Vec<Attribution>,
    /// Paragraphs left out as repeats of earlier ones.
    pub repeated: usize,
    /// Paragraphs left out as boilerplate.
    pub boilerplate: usize,
}

/// A figure found in a sentence, in normalised offsets, before it becomes a `Claim`.
#[derive(Debug, Clone)]
struct Figure {
    span: Range<usize>,
    parsed: Option<quantity::Parsed>,
    kind: Kind,
    entity: Option<CompactString>,
    entity_text: Option<CompactString>,
    predicate: Option<CompactString>,
    time: Option<CompactString>,
    place: Option<CompactString>,
    holder: Option<CompactString>,
    change: Option<crate::claim::Change>,
    /// The token index after the figure's phrase.
    next_tok: usize,
}

/// Extracts every claim and attribution of one article. Its lists of claims and attributions are
/// made in those of an extraction done with and handed back on this thread (`give_back`), where
/// there is one.
pub fn extract(article: &Article, rules: &Rules) -> Extraction {
    // the buffers the last article on this thread left, with room for this one's, borrowed where
    // they are kept (taken out and put back, they were copied twice an article: measured with the
    // claims written in place below, 113.6 → 113.3 M instructions per MB)
    SCRATCH.with_borrow_mut(|scratch| extract_with(article, rules, scratch))
}

/// Hands the lists of claims and attributions of an extraction done with, emptied, with their
/// room, to the next article extracted on this thread (lists that an outsized article left large
/// are let go). Each list is larger than the allocator's small sizes (a claim is some 500 bytes),
/// which cost some hundreds of instructions to allocate and free: measured, 0.3 M instructions per
/// MB less on synthetic text, 0.07 M on real news.
pub fn give_back(mut claims: Vec<Claim>, mut attributions: Vec<Attribution>) {
    if claims.capacity() <= 1 << 12 && attributions.capacity() <= 1 << 12 {
        claims.clear();
        attributions.clear();
        SCRATCH.with_borrow_mut(|scratch| {
            scratch.spare = Extraction {
                claims,
                attributions,
                ..Default::default()
            }
        });
    }
}

/// `extract`, with the thread's buffers.
fn extract_with(article: &Article, rules: &Rules, scratch: &mut Scratch) -> Extraction {
    let spare = std::mem::take(&mut scratch.spare);
    let mut prepared = std::mem::take(&mut scratch.prepared);
    let body = &article.bytes[article.body_start..];
    prepare_into(body, article.body_start, rules, &mut prepared);
    let text = prepared.norm.text.as_str();
    let sentences = &prepared.sentences[..];
    // each sentence is read into tokens once, for its figures and its statements
    let mut sentence_tokens = relist(std::mem::take(&mut scratch.lists.tokens));
    sentence_tokens.reserve(sentences.len());
    for sentence in sentences {
        let mut toks = scratch.token_lists.pop().map(recycle).unwrap_or_default();
        let held = tokens_into(text, sentence.clone(), &rules.word_marks, &mut toks);
        sentence_figures(rules, text, &toks, held, sentence.clone(), scratch);
        sentence_tokens.push(toks);
    }
    let mut figures = std::mem::take(&mut scratch.out.figures);
    let attributions = attribution::find(
        rules,
        text,
        (sentences, &prepared.paragraphs),
        &sentence_tokens,
    );
    /// `list` emptied, with room for `n`: a list too small is a new one (with twice the room, to
    /// be grown less often), as growing it in place copies all its room, though nothing is in it.
    fn emptied<T>(list: &mut Vec<T>, n: usize) {
        list.clear();
        if list.capacity() < n {
            *list = Vec::with_capacity(n.max(2 * list.capacity()));
        }
    }
    let mut out = Extraction {
        repeated: prepared.repeated,
        boilerplate: prepared.boilerplate,
        ..spare
    };
    // (a claim is large: a list that grows copies every one each time)
    emptied(&mut out.claims, figures.len());
    emptied(&mut out.attributions, attributions.len());
    // (a figure is large: its words are taken from it where it stands, not the whole moved; and
    // a claim, some 500 bytes, is written into the list's room as `extend` writes, where `push`
    // built it aside and copied it in: 0.15 M instructions per MB)
    let prefix = id_prefix(&article.id);
    let speakers = statement_of_each(&figures, &attributions, &mut scratch.lists);
    // (how many sentences start at or before the figure, carried on from figure to figure)
    let mut seen = 0;
    out.claims.extend(
        figures
            .iter_mut()
            .zip(speakers)
            .enumerate()
            .map(|(n, (f, said))| {
                let said = said.map(|i| &attributions[i]);
                let sentence = holding_sentence(sentences, &mut seen, &f.span);
                to_claim(article, &prepared, sentence, said, claim_id(&prefix, n), f)
            }),
    );
    figures.clear();
    link_conversions(rules, &article.bytes, &mut out.claims);
    out.attributions.extend(
        attributions
            .into_iter()
            .map(|a| a.to_original(&prepared, &article.bytes)),
    );
    scratch
        .token_lists
        .extend(sentence_tokens.drain(..).map(recycle));
    scratch.lists.tokens = relist(sentence_tokens);
    scratch.out.figures = figures;
    scratch.prepared = prepared;
    out
}

/// "1,500 km (900 miles)", "more than 7.5 million Danish crowns (US $1.1 million)": a figure followed
/// by the same figure in other units, in brackets, is one statement; each claim names the other in
/// `same_as`, and the one in brackets takes the hedge and the change of the first ("just under 296 hp
/// (224 kW / 300 PS)": both are under).
fn link_conversions(rules: &Rules, bytes: &[u8], claims: &mut [Claim]) {
    fn dimension<'a>(rules: &'a Rules, c: &'a Claim) -> Option<Dimension<'a>> {
        rules.dimension_of(c.unit.as_deref()?)
    }
    let mut first: Option<usize> = None;
    for i in 1..claims.len() {
        let (a, b) = (&claims[i - 1], &claims[i]);
        let gap = bytes.get(a.end..b.start).unwrap_or_default();
        // (most gaps hold words: one whose first byte after white space is ASCII and neither
        // bracket nor slash has no such mark alone, and is not trimmed at both ends and read)
        let opening = gap.iter().find(|c| !matches!(c, b'\t'..=b'\r' | b' '));
        if opening.is_none_or(|&c| c.is_ascii() && c != b'(' && c != b'/') {
            continue;
        }
        let between = mark_between(gap);
        let opens = between == Some(b'(');
        // "(224 kW / 300 PS)": a second conversion in the same brackets
        let goes_on = between == Some(b'/') && first.is_some_and(|f| f + 2 == i);
        if !(opens || goes_on) {
            // (most pairs: their units are not looked up)
            continue;
        }
        // (each unit looked up once: the second only where the first has a dimension, as each
        // test below needs both)
        let da = dimension(rules, a);
        let db = da.and_then(|_| dimension(rules, b));
        let same_dimension = da.is_some_and(|da| db.is_some_and(|db| da.same(db)));
        let two_currencies = a.kind == Kind::Money && b.kind == Kind::Money;
        // "1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit)": one statement, though the two scales
        // do not convert by a factor (so it is not checked)
        let temperature = |d: Option<Dimension>| d.is_some_and(|d| d.starts_with("temperature"));
        let two_scales = temperature(da) && temperature(db);
        let restates = (same_dimension || two_currencies || two_scales)
            && a.unit != b.unit
            && a.kind.is_figure();
        if opens && restates {
            first = Some(i - 1);
        } else if !(goes_on && restates) {
            continue;
        }
        let Some(f) = first else { continue };
        // (what the first claim lends, without a copy of its words)
        let m = &claims[f];
        let (change, bound, value, low, high) = (m.change, m.bound, m.value, m.low, m.high);
        let id = m.id.clone();
        if f + 1 == i {
            claims[f].same_as = Some(claims[i].id.clone());
        }
        let b = &mut claims[i];
        b.same_as = Some(id);
        b.change = b.change.or(change);
        if b.bound == Bound::Exact
            && matches!(bound, Bound::Approx | Bound::Lower | Bound::Upper)
            && let (Some(v), Some(mv)) = (b.value, value.filter(|&m| m != 0.0))
        {
            // the same hedge around the converted figure, to 12 significant digits (no 1034.9999…)
            let around = |end: f64| to_12_digits(v * (end / mv));
            b.bound = bound;
            b.low = low.and_then(around);
            b.high = high.and_then(around);
        }
    }
}

/// `x` to 12 significant digits, as `format!("{x:.11e}")` reads back. A normal double whose
/// shortest form (`zmij`'s) has 12 digits or fewer is that number already: it lies far nearer to
/// that form than half a step of the twelfth digit, which is where rounding would take it. Only a
/// longer one is rounded through text, which costs several times as much.
fn to_12_digits(x: f64) -> Option<f64> {
    if x.is_normal() || x == 0.0 {
        let mut buf = zmij::Buffer::new();
        let shortest = buf.format_finite(x);
        let mantissa = shortest.split(['e', 'E']).next().unwrap_or(shortest);
        let digits = mantissa
            .trim_start_matches(['-', '0', '.'])
            .trim_end_matches(['0', '.']);
        if digits.bytes().filter(u8::is_ascii_digit).count() <= 12 {
            return Some(x);
        }
    }
    format!("{x:.11e}").parse().ok()
}

/// The one mark that stands between two claims, if nothing else does but white space (as
/// `str::trim` trims it). The gap is mostly a run of text, often long: its spaces are trimmed byte
/// by byte, and only a gap that then begins or ends outside ASCII (where a wide space may stand) is
/// read as characters.
fn mark_between(gap: &[u8]) -> Option<u8> {
    let space = |b: &u8| matches!(b, b'\t'..=b'\r' | b' ');
    let from = gap.iter().position(|b| !space(b))?;
    let to = gap.iter().rposition(|b| !space(b)).map_or(from, |i| i + 1);
    match &gap[from..to] {
        [b] if b.is_ascii() => Some(*b),
        [f, .., l] if !f.is_ascii() || !l.is_ascii() => {
            match String::from_utf8_lossy(&gap[from..to]).trim().as_bytes() {
                [b] => Some(*b),
                _ => None,
            }
        }
        _ => None,
    }
}

/// For each figure, the statement that carries it: of the statements whose content holds the
/// figure, the narrowest (the first of equals), but one that names its source before one that
/// does not ("She said a shipment of 50,000 doses was expected": hers, not the passive's). One
/// sweep over both in order of their starts, so a long article costs no more than its length.
fn statement_of_each<'s>(
    figures: &[Figure],
    found: &[attribution::Found],
    lists: &'s mut Lists,
) -> &'s [Option<usize>] {
    // (a statement's width is asked only of those that hold a figure, and summed again each
    // time: it has a piece or two)
    let rank = |i: usize| {
        let width = found[i]
            .content
            .iter()
            .map(|c| c.end - c.start)
            .sum::<usize>();
        (found[i].source.is_none(), width)
    };
    lists.spans.clear();
    // (by two loops: `extend` of a `flat_map` took some 23 instructions a statement)
    for (i, a) in found.iter().enumerate() {
        for c in a.content.iter() {
            lists.spans.push((c.start, c.end, i));
        }
    }
    carriers(
        figures,
        |f| &f.span,
        &mut lists.spans,
        rank,
        &mut lists.carriers,
    );
    &lists.carriers
}

/// Lists `extract` makes for each article, kept in the thread's `Scratch` with their room for the
/// next article: the list of its sentences' tokens, and those of `statement_of_each`, where each
/// article made its own (with the pieces a figure may lie in kept in `spans`, where they had a list
/// of their own: measured, c1 109.19 -> 108.94 M instructions per MB, r1 104.24 -> 104.12).
#[derive(Default)]
struct Lists {
    /// An empty list of lists of tokens (`relist`).
    tokens: Vec<Vec<Token<'static>>>,
    /// The statements' pieces, `(start, end, statement)`.
    spans: Vec<(usize, usize, usize)>,
    /// Each figure's statement.
    carriers: Vec<Option<usize>>,
}

/// An emptied list of lists of tokens that keeps its room, for the tokens of another text
/// (collected in place, as `words::recycle` collects a list of tokens).
fn relist<'b>(mut lists: Vec<Vec<Token<'_>>>) -> Vec<Vec<Token<'b>>> {
    lists.clear();
    lists.into_iter().map(|_| Vec::new()).collect()
}

/// `statement_of_each` of the figures (each at its `span`), and of the statements' pieces `spans`
/// (`(start, end, statement)`) whose statements `rank` orders (the least first), into `out`. The
/// pieces passed that may still hold a figure (those that end at or after its start) are kept at
/// the head of `spans`, where pieces passed and done with were, rather than in a list of their
/// own.
fn carriers<F, K: Ord>(
    figures: &[F],
    span: impl Fn(&F) -> &Range<usize>,
    spans: &mut [(usize, usize, usize)],
    rank: impl Fn(usize) -> K,
    out: &mut Vec<Option<usize>>,
) {
    spans.sort_unstable();
    // the figures in order of their starts: as they were found, but for a rare one that reaches
    // back (`from_to`), when they are sorted (a list of them is made only then)
    let in_order = figures.is_sorted_by_key(|f| span(f).start);
    let mut order: Vec<usize> = Vec::new();
    if !in_order {
        order.extend(0..figures.len());
        order.sort_by_key(|&k| span(&figures[k]).start);
    }
    out.clear();
    out.resize(figures.len(), None);
    // spans[..open] are the pieces passed that may hold a figure, spans[next..] those not passed
    let (mut open, mut next) = (0, 0);
    for k in (0..figures.len()).map(|n| if in_order { n } else { order[n] }) {
        let f = span(&figures[k]);
        while next < spans.len() && spans[next].0 <= f.start {
            spans.swap(open, next);
            open += 1;
            next += 1;
        }
        let mut kept = 0;
        for j in 0..open {
            if spans[j].1 >= f.start {
                spans[kept] = spans[j];
                kept += 1;
            }
        }
        open = kept;
        out[k] = spans[..open]
            .iter()
            .filter(|&&(_, end, _)| f.end <= end)
            .map(|&(_, _, i)| i)
            .min_by_key(|&i| (rank(i), i));
    }
}

fn orig_span(prepared: &Prepared, r: &Range<usize>) -> Span {
    Span::new(
        prepared.norm.map.to_orig(r.start),
        prepared.norm.map.to_orig(r.end),
    )
}

/// A figure's words as the article writes them (`bytes`, read as UTF-8 with its faults replaced):
/// most are the normalised text's at the figure's span (`norm`), byte for byte, which is UTF-8
/// already and so is taken as it is (`text::as_written`), where reading the bytes checked each one
/// (measured, 0.3 M instructions per MB less).
fn written(bytes: &[u8], norm: &str, span: &Range<usize>) -> CompactString {
    match norm.get(span.clone()) {
        Some(same) => as_written(same, bytes),
        None => CompactString::from_utf8_lossy(bytes),
    }
}

/// What the ids of an article's claims open with (`claim_id`): `a2#` of `a2`.
fn id_prefix(doc: &str) -> CompactString {
    let mut prefix = CompactString::with_capacity(doc.len() + 1);
    prefix.push_str(doc);
    prefix.push('#');
    prefix
}

/// The id of an article's `n`th claim (from 0), after the article's `prefix` (`id_prefix`): `a2#1`
/// for the first of `a2` (built by hand: it is made for every claim, and `format!` costs several
/// times as much). An id short enough to be stored inline is the prefix, copied as it is (24
/// bytes), with the number pushed: where the id was put together on the stack, it was checked
/// for UTF-8 and copied in with two calls of `memcpy` (measured, 0.17 M instructions per MB less
/// on synthetic text, 0.26 M on real news).
fn claim_id(prefix: &CompactString, n: usize) -> CompactString {
    let mut number = itoa::Buffer::new();
    let number = number.format(n + 1);
    let mut id = if prefix.is_heap_allocated() {
        let mut id = CompactString::with_capacity(prefix.len() + number.len());
        id.push_str(prefix);
        id
    } else {
        prefix.clone()
    };
    id.push_str(number);
    id
}

/// The sentence that holds a figure at `span`, or the figure's own span where none does: the last
/// of `sentences` (in order of their starts) that starts at or before the figure, if it ends at or
/// after it. `seen` is how many start at or before the figure before this one: figures come in
/// order of their starts, so that the count is carried on from there, and counted again only for
/// one that reaches back (`from_to`). A binary search for each figure cost some 50 instructions:
/// measured, 0.1 M instructions per MB less on synthetic text, 0.15 M on real news.
fn holding_sentence(
    sentences: &[Range<usize>],
    seen: &mut usize,
    span: &Range<usize>,
) -> Range<usize> {
    let starts_before = |s: &Range<usize>| s.start <= span.start;
    if *seen > 0 && !sentences.get(*seen - 1).is_some_and(starts_before) {
        *seen = sentences.partition_point(starts_before);
    }
    while sentences.get(*seen).is_some_and(starts_before) {
        *seen += 1;
    }
    sentences[..*seen]
        .last()
        .filter(|s| span.end <= s.end)
        .cloned()
        .unwrap_or(span.clone())
}

/// The claim of a figure in its `sentence`, with its id. Its words are taken from the figure,
/// which is left without them.
fn to_claim(
    article: &Article,
    prepared: &Prepared,
    sentence: Range<usize>,
    said: Option<&attribution::Found>,
    id: CompactString,
    f: &mut Figure,
) -> Claim {
    let span = orig_span(prepared, &f.span);
    let q = f.parsed.as_ref().map(|p| p.quantity);
    let attribution = said.map(|a| Source {
        source: a.source_text(),
        text: a.source_norm.clone().unwrap_or_default(),
        cue: a.cue_text.clone(),
        speaker: a.speaker.clone(),
    });
    Claim {
        id,
        doc: CompactString::from(article.id.as_str()),
        start: span.start,
        end: span.end,
        text: written(
            &article.bytes[span.start..span.end],
            &prepared.norm.text,
            &f.span,
        ),
        kind: f.kind,
        value: q.and_then(|q| q.value),
        low: q.and_then(|q| q.low),
        high: q.and_then(|q| q.high),
        bound: q.map_or(crate::claim::Bound::Exact, |q| q.bound),
        change: f.change,
        unit: f.parsed.as_mut().and_then(|p| p.unit.take()),
        entity: f.entity.take(),
        entity_text: f.entity_text.take(),
        predicate: f.predicate.take(),
        place: f.place.take(),
        holder: f.holder.take(),
        date: f
            .time
            .as_deref()
            .zip(article.published.as_deref())
            .and_then(|(t, p)| time::resolve(t, p)),
        time: f.time.take(),
        attribution,
        sentence: orig_span(prepared, &sentence),
        same_as: None,
        rounding: f.parsed.as_ref().map_or(0.0, |p| p.rounding),
    }
}

/// How many tokens a figure or an anchor may run before its number or its word of time ("in the
/// last 24 hours", "no fewer than $5").
const REACH: usize = 6;

/// Marks each token with what it holds (`Token::holds`) and with what stands within `REACH` tokens
/// at or after it (a number, a date's word, a time's word): one pass from the end, which shifts
/// each token's byte (`Marks::BYTE`) into the window of the last `REACH + 1`.
fn mark(toks: &[Token], marks: &mut Vec<Marks>) {
    // (every mark of the sentence's tokens is written below, the first `toks.len()` of the list,
    // which only grows to the longest sentence: emptied and filled with zeros first, as it was,
    // it cost a call of memset and the code around it for each sentence: measured, with the
    // coordinates read as bytes, 0.31 M instructions per MB synthetic, 0.28 M real)
    if marks.len() < toks.len() {
        marks.resize(toks.len(), Marks::default());
    }
    let mut window = 0u64;
    for (t, m) in toks.iter().zip(marks.iter_mut()).rev() {
        let own = t.holds & Marks::OWN;
        // (the byte of a token past the window stays in its top byte, which `has` does not read)
        window = window << 8 | u64::from(Marks::BYTE[usize::from(own)]);
        *m = Marks(window);
    }
}

/// Could a figure start at this token? A cheap test before the parsers run.
fn may_start_figure(rules: &Rules, t: &Token, here: &str) -> bool {
    let b = t.text.as_bytes()[0];
    if b.is_ascii_digit() {
        return true;
    }
    // most words near a figure are words of letters that open none, known by their marks
    if t.holds & words::holds::LETTERS != 0 && !t.marks.has(WordMarks::FIGURE_START) {
        return false;
    }
    // a currency symbol, glued to the figure or not ("$5", "Y=590", "US $58", "RM23.50")
    if rules.currency_symbols.may_start(b) && rules.currency_symbols.longest(here).is_some() {
        return true;
    }
    if !t.word {
        // a sign, a decimal point or a tilde ("~25 minutes")
        return matches!(b, b'-' | b'+' | b'.' | b'~') && t.end == t.start + 1;
    }
    // a word: only one a figure can open with ("about", "dozens", "eight", "US$5"). Those are the
    // words marked FIGURE_START (the token's own marks when it has no hyphen) but the letters of
    // a currency symbol that are no such word: a mark and a small table, without hashing a string
    let head = &t.text[..(t.head as usize).min(t.text.len())];
    let marked = if head.len() == t.text.len() {
        t.marks.has(WordMarks::FIGURE_START)
    } else {
        rules
            .word_marks
            .get(head)
            .is_some_and(|m| m.has(WordMarks::FIGURE_START))
    };
    marked && !rules.symbol_letters_only.contains(head)
}

/// What a token holds (`Token::holds`, the bits below `NUMBER_NEAR`) and what stands near it, read
/// once before any parser runs, as bits: a byte of the token's own (`BYTE`) and one of each of the
/// `REACH` tokens after it. A near bit is in the byte of the token that gives it, so that it is
/// asked of all of them by one AND, where ORing the bytes together cost a token eight instructions
/// more.
#[derive(Clone, Copy, Default)]
struct Marks(u64);

impl Marks {
    /// It opens with a digit.
    const DIGITS: u8 = words::holds::DIGITS;
    /// It holds a number: digits, or a number word (`eight`, `dozens`).
    const NUMBER: u8 = words::holds::NUMBER;
    /// A month or weekday name.
    const CALENDAR: u8 = words::holds::CALENDAR;
    /// The apostrophe of `'90s`.
    const APOSTROPHE: u8 = words::holds::APOSTROPHE;
    /// A word of time (`week`, `yesterday`).
    const TIME: u8 = words::holds::TIME;
    /// A number within `REACH` tokens from here on.
    const NUMBER_NEAR: u8 = 32;
    /// A month, a weekday or the apostrophe of `'90s` within `REACH` tokens from here on.
    const DATE_NEAR: u8 = 64;
    /// Digits or a word of date or time within `REACH` tokens from here on.
    const TIME_NEAR: u8 = 128;
    /// What a date may turn on: a month or weekday name, or the apostrophe of `'90s`.
    const DATE: u8 = Marks::CALENDAR | Marks::APOSTROPHE;
    /// What a time anchor may turn on: digits, or a word of date or time.
    const TIME_OR_DATE: u8 = Marks::DIGITS | Marks::CALENDAR | Marks::TIME;
    /// What a date, a time or an ordinal may open with: digits or a date's word (`stamp`).
    const STAMP: u8 = Marks::DIGITS | Marks::DATE;
    /// The bits a token holds of itself.
    const OWN: u8 = Marks::NUMBER_NEAR - 1;
    /// The bytes of the token and of the `REACH` tokens after it (a `REACH` over 7 would not
    /// compile).
    const WINDOW: u64 = u64::MAX >> (8 * (7 - REACH));
    /// The byte of a token that holds each `OWN`: what it holds, and the near bits it gives.
    const BYTE: [u8; Marks::OWN as usize + 1] = {
        let mut table = [0; Marks::OWN as usize + 1];
        let mut own = 0;
        while own < table.len() {
            table[own] = own as u8 | Marks::gives(own as u8);
            own += 1;
        }
        table
    };

    /// The near bits a token that holds `own` gives itself and the `REACH` tokens before it. A
    /// token that may open a date (`STAMP`) gives itself one, so that it is told from a token far
    /// from any figure by the same test (digits are a number; the tokenizer marks them both).
    const fn gives(own: u8) -> u8 {
        const fn bit(on: bool, bit: u8) -> u8 {
            if on { bit } else { 0 }
        }
        bit(
            own & (Marks::NUMBER | Marks::DIGITS) != 0,
            Marks::NUMBER_NEAR,
        ) | bit(own & Marks::DATE != 0, Marks::DATE_NEAR)
            | bit(own & Marks::TIME_OR_DATE != 0, Marks::TIME_NEAR)
    }

    /// Does the token have this mark, or any of several? A bit it holds is asked of its own byte,
    /// a near bit of every byte of the window.
    #[inline(always)]
    fn has(self, bits: u8) -> bool {
        self.has_any(Marks::mask(bits))
    }

    /// The bits of the window that `has(bits)` asks for.
    const fn mask(bits: u8) -> u64 {
        let own = (bits & Marks::OWN) as u64;
        let near = (bits & !Marks::OWN) as u64 * (Marks::WINDOW / 0xff);
        own | near
    }

    /// `has`, given its `mask`.
    #[inline(always)]
    fn has_any(self, mask: u64) -> bool {
        self.0 & mask != 0
    }

    /// A token with these marks as the anchor test sees it (`time::Seen`): its word as the
    /// anchor's parsers read it (`time::letters`: "Monday" of "Monday's"), and what that holds.
    /// Made where it is asked, without a call: it is asked for some 20,000 tokens per MB.
    #[inline(always)]
    fn seen<'a>(self, rules: &Rules, t: &Token<'a>) -> time::Seen<'a> {
        // most words are all letters (as the tokenizer saw): their marks were looked up when the
        // token was made
        let (lead, m) = if t.holds & words::holds::LETTERS != 0 {
            (t.text, t.marks)
        } else {
            let lead = time::letters(t.text);
            (
                lead,
                rules.word_marks.get(lead).copied().unwrap_or_default(),
            )
        };
        time::Seen {
            text: lead,
            digits: self.has(Marks::DIGITS),
            number: self.has(Marks::NUMBER) || m.has(WordMarks::NUMBER),
            calendar: self.has(Marks::CALENDAR) || m.has(WordMarks::CALENDAR),
            time: self.has(Marks::TIME) || m.has(WordMarks::TIME),
        }
    }

    /// Could a date, a time or an ordinal start here?
    fn stamp(self) -> bool {
        self.has(Marks::STAMP)
    }
}

/// Is token `k` (which holds a digit; `s` is the text from it on) a year after a determiner and
/// before a noun it dates ("a 2018 blaze", "the 2004 tsunami"; not "the 2000 soldiers", which
/// `time::stamp` reads as a count)?
fn year_before_noun(toks: &[Token], k: usize, s: &str) -> bool {
    let t = &toks[k];
    t.text.len() == 4
        && k > 0
        && words::with_lower(toks[k - 1].text, |w| {
            matches!(w, "a" | "an" | "the" | "its" | "their" | "his" | "her")
        })
        // (not "the 1920 x 1200 screen")
        && toks.get(k + 1).is_some_and(|n| {
            n.word && n.text.starts_with(|c: char| c.is_ascii_lowercase()) && n.text != "x"
                || named_event(toks, k + 1)
        })
        && time::stamp(s, toks[k - 1].text) == Some((4, Kind::Date))
}

/// Does a name that starts at token `i` end in a word for an event that a year dates ("the 2017
/// Thomas Fire", "the 2004 Asian tsunami"; not "the 2017 Ford Fusion", "a 2005 Vanity Fair
/// article" or "the 2008 ACC Tournament")?
fn named_event(toks: &[Token], i: usize) -> bool {
    static EVENTS: WordList = WordList::new(&[
        "fire",
        "fires",
        "wildfire",
        "blaze",
        "earthquake",
        "quake",
        "tsunami",
        "flood",
        "floods",
        "flooding",
        "hurricane",
        "typhoon",
        "cyclone",
        "storm",
        "eruption",
        "attack",
        "attacks",
        "bombing",
        "bombings",
        "massacre",
        "war",
        "crash",
        "disaster",
        "outbreak",
        "epidemic",
        "famine",
        "drought",
        "stampede",
        "crush",
        "explosion",
        "blast",
        "riots",
        "uprising",
        "coup",
        "genocide",
        "landslide",
        "mudslide",
        "heatwave",
        "shooting",
        "spill",
    ]);
    // (the name's last word, or the word after it)
    let run = toks[i..]
        .iter()
        .take(4)
        .take_while(|t| t.capitalised())
        .count();
    run > 0
        && [i + run - 1, i + run].iter().any(|&j| {
            toks.get(j)
                .is_some_and(|t| EVENTS.contains_any_case(t.text))
        })
}

/// Words before a figure that show `one` is a pronoun, not a count.
fn one_is_pronoun(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    if !t.text.eq_ignore_ascii_case("one") {
        return false;
    }
    let next = toks.get(k + 1).map(|t| t.text.to_ascii_lowercase());
    let prev = k.checked_sub(1).map(|p| toks[p].text.to_ascii_lowercase());
    // "one 52,000 barrel-a-day refinery": a determiner before another figure
    if next
        .as_deref()
        .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
    {
        return true;
    }
    matches!(
        next.as_deref(),
        Some(
            "of" | "another"
                // ("one day", "one night", "one morning": a time told, not a count)
                | "day"
                | "night"
                | "morning"
                | "afternoon"
                | "evening"
                | "way"
                | "time"
                | "by"
                | ","
                | "."
                | "who"
                | "that"
                | "thing"
                | "which"
        )
    ) || matches!(
        prev.as_deref(),
        Some(
            "no" | "the"
                | "this"
                | "that"
                | "any"
                | "every"
                | "some"
                | "each"
                | "someone"
                | "anyone"
                | "everyone"
                | "same"
                | "only"
                | "which"
                | "another"
        )
    ) || next.is_none()
        // "the younger one", "a new one", "the other one": an adjective between a determiner
        // and "one" makes it a pronoun
        || k >= 2
            && prev.as_deref().is_some_and(|p| {
                p.ends_with("er") || p.ends_with("est") || matches!(p, "other" | "new" | "old")
            })
            && words::with_lower(toks[k - 2].text, |w| {
                matches!(w, "the" | "a" | "an" | "this" | "that" | "his" | "her" | "their")
            })
}

/// "the second half of the year", "the first quarter": a part of a period named by its order.
fn is_part_of_period(toks: &[Token], k: usize, p: &quantity::Parsed) -> bool {
    let fraction = p.words && p.quantity.value.is_some_and(|v| v < 1.0);
    fraction
        && k.checked_sub(1).is_some_and(|j| {
            words::with_lower(toks[j].text, |w| {
                matches!(
                    w,
                    "first"
                        | "second"
                        | "third"
                        | "fourth"
                        | "last"
                        | "final"
                        | "latter"
                        | "former"
                )
            })
        })
}

/// "below 2005 levels", "at 2010 prices": a year (four digits, 1800 to 2100) that dates a measure
/// is no count of it ("some 2000 figures", approximate, counts them).
fn is_dated_measure(text: &str, end: usize, p: &quantity::Parsed) -> bool {
    // (the figure's value first: most figures are no year)
    if !(p.kind == Kind::Count
        && p.quantity.bound != Bound::Approx
        && p.quantity
            .value
            .is_some_and(|v| (1800.0..=2100.0).contains(&v)))
    {
        return false;
    }
    let digits = text.as_bytes()[..end]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let before = end.checked_sub(digits + 1).map(|i| text.as_bytes()[i]);
    let next = text[end..].trim_start();
    let next = &next[..next
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(next.len())];
    digits == 4 && !matches!(before, Some(b',' | b'.')) && time::dates_a_measure(next)
}

/// Words after which a number names something rather than counts it ("category 4", "section 230").
#[rustfmt::skip]
static NAME_INTRODUCERS: WordList = WordList::new(&[
    "category", "exit", "exits", "junction", "level", "stage", "phase", "grade", "type", "model", "article", "section", "chapter", "room",
    "gate", "flight", "route", "highway", "interstate", "channel", "number", "no", "platform", "terminal",
    "version", "tier", "class", "round", "hole", "lap", "seed", "paragraph", "clause", "amendment",
    "resolution", "covid", "boeing", "airbus", "iphone", "windows", "galaxy", "pixel",
]);

/// Is token `k` an "over" that opens the span a figure just before it is spread over ("$184
/// million over eight years", "rose 30% over five years")? That figure is the last one read in
/// the sentence (`earlier`), and ends where the token before `k` ends; or a change word stands
/// before it ("an 8% wage increase over 12 months", "prices rose over two years").
fn spread_over(rules: &Rules, toks: &[Token], k: usize, earlier: &[Figure]) -> bool {
    word_is(toks, k, "over")
        && k.checked_sub(1).is_some_and(|before| {
            earlier
                .last()
                .is_some_and(|last| last.span.end == toks[before].end)
                || toks[before].word && is_change_word(rules, toks[before].text)
        })
}

/// "a father of three", "the mother of two young children": how many children someone has is
/// who they are, not what happened (the three are not the killed of "a father of three was
/// killed").
fn is_family_size(toks: &[Token], k: usize, p: &quantity::Parsed) -> bool {
    p.kind == Kind::Count
        && k >= 2
        && toks[k - 1].text.eq_ignore_ascii_case("of")
        && words::with_lower(toks[k - 2].text, |w| {
            matches!(
                w,
                "father" | "mother" | "parent" | "grandfather" | "grandmother" | "grandparent"
            )
        })
}

/// A number right after a capitalised name is part of the name ("Boeing 737", "Model 3").
fn is_name_number(toks: &[Token], k: usize, p: &quantity::Parsed) -> bool {
    if p.kind != Kind::Count || p.words {
        return false;
    }
    if is_address(toks, k) {
        return true;
    }
    if p.quantity.bound != crate::claim::Bound::Exact {
        return false;
    }
    let Some(prev) = k.checked_sub(1).map(|j| &toks[j]) else {
        return false;
    };
    // (a mark but the full stop of "No." neither names nor introduces a name: a count after one is
    // read no further)
    if !prev.word && prev.text != "." {
        return false;
    }
    if NAME_INTRODUCERS.contains_any_case(prev.text) {
        return true;
    }
    // "the No. 9 shirt", "exits 164 and 169"
    let before = |n: usize| word_before(toks, k, n);
    let is = |w: &str| prev.text.eq_ignore_ascii_case(w);
    if prev.text == "." && before(2).as_deref() == Some("no")
        || (is("and") || is("or") || is("to"))
            && before(2).is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
            && before(3).is_some_and(|w| w.ends_with('s') && NAME_INTRODUCERS.contains(w.as_str()))
    {
        return true;
    }
    // "In Mulanje 402 cases were recorded": a place after "in", and a plural noun after the figure
    if word_before_is(toks, k, 2, "in")
        && toks.get(k + 1).is_some_and(|t| {
            t.word
                && t.text.bytes().all(|b| b.is_ascii_lowercase())
                && noun::is_plural(t.text)
                && !noun::is_stop(t.text)
        })
    {
        return false;
    }
    // "iPhone 11", "Category 4", "S&P 500", "Windows 10"; not "In 2012" or "On Monday 32"
    let capital = prev.text.bytes().any(|b| b.is_ascii_uppercase())
        || !prev.text.is_ascii() && prev.text.chars().any(char::is_uppercase);
    // (the word lower-cased on the stack, where a `String` was made for it at every count: with
    // the marks turned away first, 0.52 -> 0.37 M instructions per MB, measured)
    prev.word
        && capital
        && words::with_lower(prev.text, |lower| {
            // (a function word, or one in title case that opens the sentence: "In 2012")
            let stop = noun_stop(lower)
                || k == 1
                    && prev.text.chars().skip(1).all(|c| c.is_lowercase())
                    && crate::grammar::noun::is_stop(lower);
            !stop && time::month(lower).is_err() && time::weekday(lower).is_err()
        })
}

/// "called 911", "a 999 call", "the 112 operator": an emergency number dialled, not a count.
fn is_emergency_number(toks: &[Token], k: usize, p: &quantity::Parsed) -> bool {
    static DIALLED: WordList = WordList::new(&[
        "call", "called", "calling", "calls", "dial", "dialed", "dialled", "dialing", "dialling",
        "dials", "phoned", "rang",
    ]);
    static LINES: WordList = WordList::new(&[
        "call",
        "calls",
        "caller",
        "callers",
        "dispatcher",
        "dispatchers",
        "operator",
        "operators",
        "center",
        "centre",
        "centers",
        "centres",
        "system",
        "line",
        "lines",
        "tape",
        "tapes",
        "recording",
        "recordings",
    ]);
    matches!(toks[k].text, "911" | "999" | "112")
        && p.kind == Kind::Count
        && p.unit.is_none()
        && (k > 0 && DIALLED.contains_any_case(toks[k - 1].text)
            || toks
                .get(k + 1)
                .is_some_and(|t| LINES.contains_any_case(t.text)))
}

/// "737 Max jets", "787 Dreamliner": a plain three-digit-or-longer number glued to a capitalised
/// singular word names a model. Demonyms ("1500 Malian troops") and plurals are counts.
fn is_model_name(text: &str, end: usize, p: &quantity::Parsed) -> bool {
    // (the figure first: the word after it is read only for a plain whole count of 100 or more)
    let plain = p.kind == Kind::Count
        && !p.words
        && p.rounding <= 0.5
        && p.quantity.bound == crate::claim::Bound::Exact
        && p.quantity
            .value
            .is_some_and(|v| v >= 100.0 && v.fract() == 0.0);
    if !plain {
        return false;
    }
    let next: &str = text[end..]
        .strip_prefix(' ')
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    next.starts_with(|c: char| c.is_uppercase())
        && !next.ends_with('s')
        && !["an", "ese", "i", "ish", "ch"]
            .iter()
            .any(|s| next.ends_with(s))
}

/// `Boeing 737-800`, `ATR 72-500`: a model's number after its maker's name, two numbers joined by
/// a hyphen whose second is in hundreds (not a range: "some 200-300 people", "About 20-30").
fn is_model_number(text: &str, toks: &[Token], k: usize, end: usize, p: &quantity::Parsed) -> bool {
    // (read as a range first: most figures are none)
    if p.quantity.bound != crate::claim::Bound::Range {
        return false;
    }
    let Some((first, second)) = text[toks[k].start..end].split_once('-') else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(first)
        && digits(second)
        && second.len() == 3
        && second.ends_with("00")
        && k.checked_sub(1).is_some_and(|p| {
            let maker = &toks[p];
            maker.word
                && maker.capitalised()
                && !maker.digit
                && !maker.marks.has(WordMarks::FIGURE_START)
        })
}

/// `10 Downing Street`, `575 Wilbraham Road`, `22 Ave Foch`: a street number.
fn is_address(toks: &[Token], k: usize) -> bool {
    static STREETS: WordList = WordList::new(&[
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "way",
        "boulevard",
        "blvd",
        "lane",
        "drive",
        "place",
        "square",
        "court",
        "terrace",
        "highway",
    ]);
    let street = |t: &Token| STREETS.contains_any_case(t.text);
    toks[k + 1..]
        .iter()
        .take(4)
        .take_while(|t| t.capitalised() || time::ordinal(t.text).is_ok())
        .any(street)
}

fn noun_stop(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "on"
            | "at"
            | "by"
            | "about"
            | "around"
            | "of"
            | "the"
            | "and"
            | "but"
            | "some"
            | "over"
            | "nearly"
            | "almost"
            | "since"
    )
}

/// Buffers that one sentence after another fills, so that a sentence allocates none of its own;
/// each thread keeps its own from one article to the next (`SCRATCH`), so that they are grown to
/// fit once rather than for every article.
#[derive(Default)]
struct Scratch {
    /// The article's text, normalised and cut into sentences.
    prepared: Prepared,
    /// The article's figures, in order, read into claims at its end.
    out: Out,
    marks: Vec<Marks>,
    /// The sentence's time anchors.
    anchors: Vec<Range<usize>>,
    /// Emptied lists of tokens from earlier sentences, with their room (`words::recycle`).
    token_lists: Vec<Vec<Token<'static>>>,
    /// The article's lists (`Lists`).
    lists: Lists,
    /// The lists of an extraction done with (`give_back`), emptied, for the next article's claims
    /// and statements.
    spare: Extraction,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// The article's figures, to which each sentence adds its own (`figures[from..]` are the
/// sentence's): where they are kept, rather than in a list of the sentence's own that was then
/// copied there (a figure is some 300 bytes: measured, 0.2 M instructions per MB). Kept in the
/// thread's `Scratch`, so that the figure loop holds one pointer to it, as to a list of its own
/// (with two, it kept its masks out of registers: 0.2 M more).
#[derive(Default)]
struct Out {
    figures: Vec<Figure>,
    from: usize,
    /// The dates the sentence's anchors read at its words, for its stamps there.
    dates: time::DatesRead,
}

impl Out {
    fn push(&mut self, f: Figure) {
        self.figures.push(f);
    }

    /// The sentence's figures so far.
    fn sentence(&self) -> &[Figure] {
        &self.figures[self.from..]
    }

    fn sentence_mut(&mut self) -> &mut [Figure] {
        &mut self.figures[self.from..]
    }
}

/// The figures of one sentence, added to the article's `figures`. `held` is what its tokens hold,
/// all together (`words::tokens_into`).
fn sentence_figures(
    rules: &Rules,
    text: &str,
    toks: &[Token],
    held: u8,
    sentence: Range<usize>,
    scratch: &mut Scratch,
) {
    // most sentences state no figure: a figure or a date has a digit, a number word or a month or
    // weekday name, and a time anchor a word of time, within its first few words
    let marks = &mut scratch.marks;
    if held & (Marks::NUMBER | Marks::DATE) == 0 {
        return;
    }
    mark(toks, marks);
    // (as long as the tokens, so that a token's marks are read without a test of the index)
    let marks = &marks[..toks.len()];
    // time anchors first: they are kept as text and attached to the figures near them
    // (the loops' masks, a 64-bit constant each, are read from the stack: as constants the
    // compiler rebuilt them at every token where it was short of registers: 0.2 M per MB)
    let [time_near, near] = std::hint::black_box([
        Marks::mask(Marks::TIME_NEAR),
        Marks::mask(Marks::NUMBER_NEAR | Marks::STAMP),
    ]);
    let anchors = &mut scratch.anchors;
    anchors.clear();
    scratch.out.dates.clear();
    // (a sentence without digits or a word of date or time, whose figures are number words, has
    // no token near one: none is looked at)
    let mut k = if held & Marks::TIME_OR_DATE == 0 {
        toks.len()
    } else {
        0
    };
    while k < toks.len() {
        // (the marks first: of some 97k tokens per MB this loop reads, 34k are near digits or a
        // word of date or time, and 86k are words; with the token's own test first, most were
        // read twice: measured, 109.20 -> 108.98 M instructions per MB synthetic, 104.25 ->
        // 104.08 real)
        if !marks[k].has_any(time_near) {
            k += 1;
            continue;
        }
        let t = &toks[k];
        if t.word
            && let Some(forms) = time::first_word_of(t)
            && let next = toks.get(k + 1).map(|n| marks[k + 1].seen(rules, n))
            && time::may_go_on_after(marks[k].seen(rules, t), forms, next)
            && let Some(n) = time::anchor_at(
                &text[t.start..sentence.end],
                &toks[k..],
                forms,
                &mut scratch.out.dates,
            )
        {
            anchors.push(t.start..t.start + n);
            k = token_at_or_after(toks, k, t.start + n);
            continue;
        }
        // "A 2018 blaze in Mati killed 104 people", "the 2004 tsunami": a year that dates the
        // noun after a determiner dates what its clause tells
        if t.digit && year_before_noun(toks, k, &text[t.start..sentence.end]) {
            anchors.push(t.start..t.end);
        }
        k += 1;
    }
    let anchors = &anchors[..];
    let out = &mut scratch.out;
    out.from = out.figures.len();
    let mut k = 0;
    while k < toks.len() {
        // most tokens are far from any number, and, but for a date's, can open nothing: passed
        // over before anything is read of them, by one test of their marks (a token that may
        // open a date is near a number or a date's word itself, `Marks::gives`)
        if !marks[k].has_any(near) {
            k += 1;
            continue;
        }
        let t = &toks[k];
        // most tokens near a number are words of letters that open no figure (they lack the mark
        // `may_start_figure` asks for) and no date: passed over before the text at them is sliced
        if t.holds & words::holds::LETTERS != 0
            && !t.marks.has(WordMarks::FIGURE_START)
            && !marks[k].stamp()
        {
            k += 1;
            continue;
        }
        // "her now-18-month-old daughter", "the then-17-year-old": the figure after the adverb (a
        // word with no hyphen has neither)
        let hyphen = (t.head as usize) < t.text.len();
        let shift = ["now-", "then-"]
            .iter()
            .find(|p| {
                hyphen
                    && t.text.len() > p.len()
                    && t.text.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
                    && t.text.as_bytes()[p.len()].is_ascii_digit()
            })
            .map_or(0, |p| p.len());
        let at = t.start + shift;
        let here = &text[at..sentence.end];
        let skip_to = |end: usize| token_at_or_after(toks, k, end);
        let figure =
            marks[k].has(Marks::NUMBER_NEAR) && (shift > 0 || may_start_figure(rules, t, here));
        let stamp = marks[k].stamp();
        // a sign or a decimal point opens a figure only after a space ("-5", ".001"), not inside
        // a word ("magnitude-6.1", "COVID-19"); nor does an exponent ("10^400")
        if !(figure || stamp) || glued(text, t) {
            k += 1;
            continue;
        }
        // "magnitude 6.1", "magnitude-6.1 quake": a unit written before its figure
        if t.text
            .get(..9)
            .is_some_and(|h| h.eq_ignore_ascii_case("magnitude"))
            && let Some(after) = unit_first(rules, text, toks, k, sentence.end, anchors, out)
        {
            k = after.max(k + 1);
            continue;
        }
        // "9/11 victims", "24/7 coverage", "the 2015/16 season": no figure, nor any in its parts
        if t.text.as_bytes()[0].is_ascii_digit()
            && let Some(n) = number::slashed_digits(here)
        {
            k = skip_to(at + n).max(k + 1);
            continue;
        }
        let prev = k.checked_sub(1).map_or("", |p| toks[p].text);
        // (at a word, most often the weekday of an anchor, "on Monday", read by the anchor first)
        if marks[k].stamp()
            && let Some((n, kind)) = out.dates.stamp(here).unwrap_or_else(|| {
                time::stamp_known(here, prev, &time::Known::of(here, at, &toks[k..]))
            })
        {
            out.push(Figure::stamp(t.start..t.start + n, kind, k));
            k = skip_to(t.start + n);
            continue;
        }
        // a month or weekday name that opens no date opens no figure either ("on Monday"), nor
        // does "one-off" or "one-time", which say of a thing that it happens once ("a one-off
        // payment of 1,500 euros")
        if !figure || once_only(t.text) {
            k += 1;
            continue;
        }
        // (read once: the parsers ask whether there is one, `describe` which)
        let mut change_word = change_before(rules, toks, k);
        let Some(mut p) = quantity::quantity_after(rules, here, change_word.is_some()) else {
            k += 1;
            continue;
        };
        // "$184 million over eight years", "up 30% over five years": a span that a figure just
        // before is spread over, not more than it; its figure is read after "over"
        if p.kind == Kind::Duration && spread_over(rules, toks, k, out.sentence()) {
            k += 1;
            continue;
        }
        // "did not fall below 27C", "not more than 40%": bounded the other way, as that hedge
        // would bound it, and no change
        if let Some(bound) = negation::negated_bound(rules, toks, k) {
            if let Some(v) = p.quantity.value {
                let turned = HedgeRule {
                    bound,
                    low: None,
                    high: None,
                };
                p.quantity = quantity::hedged(v, Some(turned), rules.approx);
            }
            change_word = None;
        }
        let end = at + p.len;
        // "about 12:30 a.m.", "around 9 a.m.": a hedge before a clock time, whose hours were read
        // as a count; the time is read from its first digit on
        if !t.digit
            && let Some(d) = hedged_clock_time(text, toks, k, end, sentence.end)
        {
            k = d;
            continue;
        }
        if p.skip {
            if p.kind == Kind::Date {
                out.push(Figure::stamp(t.start..end, Kind::Date, k));
            }
            k = skip_to(end);
            continue;
        }
        if is_phone_number(here) {
            k = skip_to(at + phone_len(here)).max(k + 1);
            continue;
        }
        // the figure must end where a word ends ("F-16", "G7" are names); "5G", "4G" name networks
        let network =
            t.text.len() == 2 && t.text.ends_with('G') && t.text.as_bytes()[0].is_ascii_digit();
        if network || text[end..].starts_with(|c: char| c.is_alphanumeric()) {
            k = skip_to(t.start + t.text.len()).max(k + 1);
            continue;
        }
        if one_is_pronoun(toks, k)
            || is_dated_measure(text, end, &p)
            || is_name_number(toks, k, &p)
            || is_emergency_number(toks, k, &p)
            || is_model_name(text, end, &p)
            || is_model_number(text, toks, k, end, &p)
            || is_part_of_period(toks, k, &p)
            || is_family_size(toks, k, &p)
        {
            k = skip_to(end).max(k + 1);
            continue;
        }
        let next = skip_to(end);
        // "6.1-magnitude quake", "three-member panel": a hyphenated word after the figure describes a noun
        let mut compound = p.compound;
        if !compound && text[end..].starts_with('-') {
            compound = true;
        }
        appositive_age(rules, toks, k, next, &mut p);
        pounds_of_money(toks, k, next, &mut p);
        let after = describe(
            rules,
            text,
            toks,
            (k, next, end),
            p,
            compound,
            change_word,
            anchors,
            out,
        );
        k = after.max(next);
    }
    from_to(rules, text, toks, anchors, out);
    one_in_n(text, out);
    suspended_hyphens(text, out.sentence_mut());
    part_of_whole(text, out.sentence_mut());
    ages_in_a_list(text, out.sentence_mut());
    units_in_a_list(text, out.sentence_mut());
    units_compared(text, out.sentence_mut());
    magnitudes(rules, text, toks, out.sentence_mut());
    increment_and_total(text, out.sentence_mut());
    coordinates(text, out);
}

/// Is the token glued to what stands before it: a mark or digits right after a letter or a digit
/// ("magnitude-6.1", "COVID-19"), or anything after a caret ("10^400")? The byte before it is read
/// as it is, and a character decoded only where it is no ASCII (measured, 0.18 M instructions per
/// MB less synthetic, 0.08 M real, than two tests of the text's end, each decoding a character).
fn glued(text: &str, t: &Token) -> bool {
    let before = text.get(..t.start).unwrap_or_default();
    match before.as_bytes().last() {
        Some(b'^') => true,
        Some(b) if b.is_ascii() => !t.word && b.is_ascii_alphanumeric(),
        Some(_) => !t.word && before.ends_with(|c: char| c.is_alphanumeric()),
        None => false,
    }
}

/// The first token from token `k` on that starts at byte `end` or after: where a figure or an
/// anchor that opens at token `k` ends, as `toks.partition_point(|x| x.start < end)` finds it, for
/// an `end` no earlier than token `k`'s start. Counted on from `k`, as a figure covers a token or
/// a few, where the binary search of the sentence's tokens was a call of some 60 instructions for
/// each figure (measured, 108.98 -> 108.77 M instructions per MB synthetic, 104.08 -> 103.92
/// real).
fn token_at_or_after(toks: &[Token], k: usize, end: usize) -> usize {
    let rest = toks.get(k..).unwrap_or_default();
    k + rest.iter().take_while(|x| x.start < end).count()
}

/// "19.4 N, 155.3 W", "38.3°N 142.4°E": a latitude and a longitude are a place, not two figures
/// (nor newtons and watts).
fn coordinates(text: &str, out: &mut Out) {
    let (figures, mut i) = (&mut out.figures, out.from);
    while i < figures.len() {
        let start = figures[i].span.start;
        let end = coordinate(&text[start..], b"NS").and_then(|n| {
            let rest = &text[start + n..];
            let gap = rest.len() - rest.trim_start_matches([' ', ',']).len();
            coordinate(&rest[gap..], b"EW").map(|m| start + n + gap + m)
        });
        match end {
            Some(end) => {
                let n = figures[i..]
                    .iter()
                    .take_while(|f| f.span.start < end)
                    .count();
                figures.drain(i..i + n);
            }
            None => i += 1,
        }
    }
}

/// The length of one coordinate at the start of `s`: a number, then a degree sign or a space or
/// neither, then one of the compass letters `letters` ending the word ("19.4 N", "86.7°W").
fn coordinate(s: &str, letters: &[u8]) -> Option<usize> {
    let b = s.as_bytes();
    // (read as bytes: nearly every figure is asked, and most end the test at the byte after their
    // digits, where slices of the str tested three times that they start a character: 0.04 M
    // instructions per MB)
    if !b.first()?.is_ascii_digit() {
        return None;
    }
    let mut n = b
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == b'.')
        .count();
    for mark in [" ", "°", " "] {
        if b.get(n..)
            .is_some_and(|rest| rest.starts_with(mark.as_bytes()))
        {
            n += mark.len();
        }
    }
    let letter = *b.get(n)?;
    let ends = b.get(n + 1).is_none_or(|c| !c.is_ascii_alphanumeric());
    (letters.contains(&letter) && ends).then_some(n + 1)
}

/// The text between two figures of a sentence ("" when they touch or overlap).
fn between<'t>(text: &'t str, a: &Figure, b: &Figure) -> &'t str {
    text.get(a.span.end..b.span.start).unwrap_or("")
}

/// "dropping from 208 pounds to 193", "from $36,040 at 10.45pm last night to $34,935": two figures
/// of one kind with words between them are one change from the first to the second, written as a
/// range; the second takes the first's unit. Dates and times between them stay part of the span.
fn from_to(rules: &Rules, text: &str, toks: &[Token], anchors: &[Range<usize>], out: &mut Out) {
    let (figures, mut i) = (&mut out.figures, out.from);
    while i < figures.len() {
        let a = &figures[i];
        let Some(j) = (i + 1..figures.len()).find(|&j| figures[j].kind.is_figure()) else {
            break;
        };
        let b = &figures[j];
        let before = text[..a.span.start].trim_end();
        let gap = between(text, a, b);
        let from = before.len().saturating_sub(4);
        let opens = before
            .get(from..)
            .is_some_and(|w| w.eq_ignore_ascii_case("from"))
            && !before[..from].ends_with(|c: char| c.is_alphanumeric());
        let joined = gap.ends_with(" to ") && gap.len() <= 60 && !gap.contains([';', '(', ')']);
        // (most pairs of figures are no "from … to": their dates and units are read only when
        // they are)
        if !(opens && joined) {
            i += 1;
            continue;
        }
        // "from 1.2 million in March to 900,000 in April" states two figures of two dates: they stay
        // two claims, each with its own time ("from $36,040 at 10.45pm last night to $34,935" is
        // one move)
        let timed = figures[i + 1..j].iter().any(|f| f.kind == Kind::Date)
            || anchors.iter().any(|t| {
                a.span.end <= t.start && t.end <= b.span.start && names_a_date(&text[t.clone()])
            });
        let (Some(pa), Some(pb)) = (&a.parsed, &b.parsed) else {
            i += 1;
            continue;
        };
        let exact =
            |p: &quantity::Parsed| p.quantity.bound == Bound::Exact && p.quantity.value.is_some();
        fn numerator(u: &Option<CompactString>) -> Option<&str> {
            u.as_deref()?.split('/').next()
        }
        let same_unit = pa.unit == pb.unit
            || pb.unit.is_none() && b.kind == Kind::Count && b.entity.is_none()
            || numerator(&pa.unit) == pb.unit.as_deref();
        if timed || !(exact(pa) && exact(pb) && same_unit && a.kind.is_figure()) {
            // ("climbing from 38 on Wednesday to more than 100 by Thursday": the figure it went
            // to counts what the first counts, and the same befell it)
            if same_unit && a.kind == b.kind {
                let (entity, entity_text, predicate) =
                    (a.entity.clone(), a.entity_text.clone(), a.predicate.clone());
                let b = &mut figures[j];
                if b.entity.is_none() {
                    (b.entity, b.entity_text) = (entity, entity_text);
                }
                b.predicate = b.predicate.take().or(predicate);
            }
            i += 1;
            continue;
        }
        let (x, y) = (
            pa.quantity.value.unwrap_or(0.0),
            pb.quantity.value.unwrap_or(0.0),
        );
        let (end, next_tok) = (b.span.end, b.next_tok);
        let counted = (b.entity.clone(), b.entity_text.clone());
        let from_tok = toks.partition_point(|t| t.start < from);
        let change = a.change.or_else(|| change_before(rules, toks, from_tok));
        let a = &mut figures[i];
        a.span.start = from;
        a.span.end = end;
        a.next_tok = next_tok;
        a.change = change;
        if a.entity.is_none() {
            (a.entity, a.entity_text) = counted;
        }
        if let Some(p) = a.parsed.as_mut() {
            p.quantity = crate::claim::Quantity {
                value: None,
                low: Some(x.min(y)),
                high: Some(x.max(y)),
                bound: Bound::Range,
            };
        }
        figures.drain(i + 1..=j);
        i += 1;
    }
}

/// "one in three Germans", "two out of every five voters": a proportion, as a fraction of what
/// the second figure counts.
fn one_in_n(text: &str, out: &mut Out) {
    let (figures, mut i) = (&mut out.figures, out.from);
    while i + 1 < figures.len() {
        let (a, b) = (&figures[i], &figures[i + 1]);
        let gap = between(text, a, b);
        let joined = [" in ", " out of ", " in every ", " out of every "]
            .iter()
            .any(|j| gap.eq_ignore_ascii_case(j));
        let whole = |f: &Figure, hedged: bool| {
            f.kind == Kind::Count
                && f.parsed.as_ref().is_some_and(|p| {
                    (p.quantity.bound == Bound::Exact
                        || hedged && p.quantity.bound == Bound::Approx)
                        && p.quantity
                            .value
                            .is_some_and(|v| v >= 1.0 && v.fract() == 0.0)
                })
        };
        let value = |f: &Figure| f.parsed.as_ref().and_then(|p| p.quantity.value);
        let (Some(x), Some(y)) = (value(a), value(b)) else {
            i += 1;
            continue;
        };
        // "about one in five": the first may be hedged
        if !(joined && whole(a, true) && whole(b, false) && a.entity.is_none() && x < y) {
            i += 1;
            continue;
        }
        let (end, entity, entity_text) = (b.span.end, b.entity.clone(), b.entity_text.clone());
        let next_tok = b.next_tok;
        let a = &mut figures[i];
        a.span.end = end;
        a.next_tok = next_tok;
        (a.entity, a.entity_text) = (entity, entity_text);
        if let Some(p) = a.parsed.as_mut() {
            let q = p.quantity;
            p.quantity = crate::claim::Quantity {
                value: Some(x / y),
                low: q.low.map(|l| l / y),
                high: q.high.map(|h| h / y),
                bound: q.bound,
            };
            p.rounding = 0.0;
        }
        figures.remove(i + 1);
        i += 1;
    }
}

/// Does a time anchor name a date or a period of the calendar ("in March", "in 2008", "last
/// year"), rather than a time of day ("last night", "at 5am")?
fn names_a_date(anchor: &str) -> bool {
    anchor.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let l = w.to_ascii_lowercase();
        time::is_calendar(&l)
            || matches!(l.as_str(), "week" | "month" | "year" | "decade" | "quarter")
            || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
    })
}

/// "four-, five- and six-cylinder engines": figures left hanging on a hyphen count what the last
/// one of the list counts.
fn suspended_hyphens(text: &str, figures: &mut [Figure]) {
    for i in (0..figures.len().saturating_sub(1)).rev() {
        let (a, b) = (&figures[i], &figures[i + 1]);
        let gap = between(text, a, b);
        let hanging = ["-, ", "- and ", "- or ", "- to ", "-,"].contains(&gap);
        if hanging && a.entity.is_none() && a.kind == Kind::Count && b.kind == Kind::Count {
            let (entity, entity_text) = (b.entity.clone(), b.entity_text.clone());
            figures[i].entity = entity;
            figures[i].entity_text = entity_text;
        }
    }
}

/// "aged 25, 31 and 45": the ages after the first in a list are ages too, when they are whole
/// numbers a person can be and count nothing of their own.
fn ages_in_a_list(text: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (a, b) = (&figures[i - 1], &figures[i]);
        let gap = between(text, a, b);
        let listed = [", ", " and ", ", and ", " or ", ", or "].contains(&gap);
        let age = |f: &Figure| {
            f.parsed
                .as_ref()
                .is_some_and(|p| p.unit.as_deref() == Some("year-old"))
        };
        let a_year =
            |v: Option<f64>| v.is_some_and(|v| v.fract() == 0.0 && (1.0..=120.0).contains(&v));
        // a single age ("31") or two ("14 or 15")
        let plausible = b.kind == Kind::Count
            && b.entity.is_none()
            && b.parsed.as_ref().is_some_and(|p| {
                let q = p.quantity;
                p.unit.is_none()
                    && !p.words
                    && (q.bound == Bound::Exact && a_year(q.value)
                        || q.bound == Bound::Range && a_year(q.low) && a_year(q.high))
            });
        if !(listed && age(a) && plausible) {
            continue;
        }
        let physical = a.parsed.as_ref().is_none_or(|p| p.physical);
        let b = &mut figures[i];
        b.take_unit(Kind::Measure, Some("year-old".into()), physical);
        // an age, like any physical measure, takes no predicate
        b.predicate = None;
    }
}

/// "7.6 and 7.5 magnitude quakes", "20, 30 and 40 percent": bare numbers listed before a figure
/// with a unit (not a sum, whose scale would be read again) take its unit, and what it measures.
/// The list ends in "and" or "or": "two, 2GB modules" is two modules of 2 GB.
fn units_in_a_list(text: &str, figures: &mut [Figure]) {
    // (whether the figure after this one took its unit from the list)
    let mut carried = false;
    for i in (0..figures.len().saturating_sub(1)).rev() {
        let (a, b) = (&figures[i], &figures[i + 1]);
        let gap = between(text, a, b);
        let listed = [" and ", ", and ", " or ", ", or "].contains(&gap) || carried && gap == ", ";
        carried = false;
        let bare = a.kind == Kind::Count
            && a.entity.is_none()
            && a.parsed.as_ref().is_some_and(|p| p.unit.is_none());
        let measured = matches!(b.kind, Kind::Measure | Kind::Percent | Kind::Duration);
        let Some(unit) = b.parsed.as_ref().filter(|_| listed && bare && measured) else {
            continue;
        };
        let (kind, unit, physical) = (b.kind, unit.unit.clone(), unit.physical);
        let (entity, entity_text, predicate) =
            (b.entity.clone(), b.entity_text.clone(), b.predicate.clone());
        carried = true;
        let a = &mut figures[i];
        a.take_unit(kind, unit, physical);
        a.entity = entity;
        a.entity_text = entity_text;
        a.predicate = a.predicate.take().or(predicate);
    }
}

/// "Revenue rose to 4.4 billion euros from 4.1 billion", "revenue of 16 billion to 16.8 billion
/// euros, down from a previous range of 17 billion to 17.5 billion", "fell to 4.1% from 4.3": a
/// bare figure that the figure before it, a sum or a percentage, is compared with is of that
/// figure's unit (a sum's only where it has its scale: "from 4.1 billion").
fn units_compared(text: &str, figures: &mut [Figure]) {
    const COMPARED: [&str; 6] = [
        "from ",
        "compared with ",
        "compared to ",
        "than ",
        "versus ",
        "vs ",
    ];
    for i in 1..figures.len() {
        let (a, b) = (&figures[i - 1], &figures[i]);
        let bare = b.kind == Kind::Count
            && b.entity.is_none()
            && b.parsed.as_ref().is_some_and(|p| p.unit.is_none());
        let scaled = || {
            let w = &text[b.span.clone()];
            ["million", "billion", "trillion", "bn"]
                .iter()
                .any(|s| w.ends_with(s))
        };
        let fits = bare
            && match a.kind {
                Kind::Money => scaled(),
                Kind::Percent => true,
                _ => false,
            };
        if !fits {
            continue;
        }
        let gap = between(text, a, b);
        // ("DAX increased by 2 percent but Nasdaq decreased by 1": a change set beside one)
        let compared = gap.len() < 40
            && (COMPARED.iter().any(|c| gap.ends_with(c))
                || a.kind == Kind::Percent && a.change.is_some() && gap.ends_with(" by "))
            || gap.len() < 60 && gap.contains(" from ") && gap.ends_with(" of ");
        let Some(unit) = a.parsed.as_ref().filter(|_| compared) else {
            continue;
        };
        let (kind, unit, physical) = (a.kind, unit.unit.clone(), unit.physical);
        figures[i].take_unit(kind, unit, physical);
    }
}

/// "revised the magnitude of the quake to 6.3 from an initial 6.4", "the strongest aftershock
/// measured 4.8": a bare number with one decimal, below ten, in a sentence that speaks of a
/// magnitude or after "measuring" said of a quake, is a magnitude (the rules' unit of that
/// dimension, where they have one).
fn magnitudes(rules: &Rules, text: &str, toks: &[Token], figures: &mut [Figure]) {
    // (the length first: most figures are turned away by it)
    let bare_decimal = |f: &Figure| {
        let w = text[f.span.clone()].as_bytes();
        w.len() == 3
            && f.kind == Kind::Count
            && f.entity.is_none()
            && f.parsed.as_ref().is_some_and(|p| p.unit.is_none())
            && matches!(w, [b'1'..=b'9', b'.', b'0'..=b'9'])
    };
    if !figures.iter().any(bare_decimal) {
        return;
    }
    let Some(unit) = rules
        .unit("magnitude")
        .filter(|u| u.dimension == "magnitude")
    else {
        return;
    };
    // (a quake by the rules' entity, or one after it)
    let quake = |t: &Token| {
        t.word && {
            let one = words::singular_any_case(t.text).to_ascii_lowercase();
            matches!(one.as_str(), "aftershock" | "shock") || rules.entity(&one) == "earthquake"
        }
    };
    let start = toks.first().map_or(0, |t| t.start);
    for f in figures.iter_mut().filter(|f| bare_decimal(f)) {
        let before = text.get(start..f.span.start).unwrap_or("");
        let named = ["magnitude", "Magnitude", "Richter"]
            .iter()
            .any(|w| before.contains(w));
        let k = toks.partition_point(|t| t.start < f.span.start);
        // (the quake it is said of, the nearest before it: "revised the magnitude of the quake
        // to 6.3", "two quakes, measuring 7.6 and 7.4")
        let of = toks[..k].iter().rev().find(|t| quake(t));
        let measuring = toks[..k].iter().rev().take(3).any(|t| {
            t.word
                && matches!(
                    t.text,
                    "measuring" | "measured" | "registering" | "registered"
                )
        }) && (of.is_some() || toks[k..].iter().any(quake));
        if !(named || measuring) {
            continue;
        }
        if let Some(t) = of {
            f.entity = Some(words::singular_any_case(t.text).into());
            f.entity_text = Some(CompactString::from(t.text));
        }
        f.take_unit(
            Kind::Measure,
            Some(unit.code.clone()),
            quantity::is_physical(Some(unit)),
        );
        f.predicate = None;
    }
}

/// "nine deaths were reported on Saturday, bringing the total to 81", "killed 12 people on Monday,
/// raising the death toll to 40", "taking the number of arrests to 200": the count before is what
/// the day added, a rise, and the total counts what it counts.
fn increment_and_total(text: &str, figures: &mut [Figure]) {
    static VERBS: WordList = WordList::new(&[
        "bringing", "brought", "raising", "raised", "pushing", "pushed", "taking", "took",
        "lifting", "lifted",
    ]);
    static TOTALS: WordList =
        WordList::new(&["toll", "total", "tally", "count", "number", "figure"]);
    for i in 1..figures.len() {
        let gap = between(text, &figures[i - 1], &figures[i]);
        // "…, bringing the national toll to ": a verb, "the", up to three words and a total
        let Some(rest) = gap.strip_suffix(" to ") else {
            continue;
        };
        let words: Vec<&str> = rest.split(' ').collect();
        let Some(v) = words.iter().rposition(|w| VERBS.contains_any_case(w)) else {
            continue;
        };
        // ("the death toll", "the number of arrests", "the overall tally")
        let phrase = &words[v + 1..];
        let total = (2..=5).contains(&phrase.len())
            && phrase[0].eq_ignore_ascii_case("the")
            && phrase[1..].iter().any(|w| TOTALS.contains_any_case(w));
        let (a, b) = (&figures[i - 1], &figures[i]);
        let down = a.change == Some(crate::claim::Change::Down);
        if !total || a.kind != Kind::Count || b.kind != Kind::Count || down {
            continue;
        }
        let (entity, entity_text, predicate) =
            (a.entity.clone(), a.entity_text.clone(), a.predicate.clone());
        figures[i - 1].change = Some(crate::claim::Change::Up);
        let b = &mut figures[i];
        if b.entity.is_none() {
            b.entity = entity;
            b.entity_text = entity_text;
        }
        if b.predicate.is_none() {
            b.predicate = predicate;
        }
    }
}

/// "12 of the 32 hostages", "280 million of the 1.5 billion shekels", "nine of the province's 14
/// districts": a part counts what its whole counts, in the whole's unit.
fn part_of_whole(text: &str, figures: &mut [Figure]) {
    for i in 0..figures.len().saturating_sub(1) {
        let (a, b) = (&figures[i], &figures[i + 1]);
        let gap = between(text, a, b);
        let (Some(pa), Some(pb)) = (&a.parsed, &b.parsed) else {
            continue;
        };
        // " of ", " of the ", " of its last ", " of their first ", " of the country's "
        let of_whole = gap.strip_prefix(" of ").is_some_and(|rest| {
            // (a possessive may end the words, before the whole)
            let rest = rest.trim_end();
            let lead = match rest.rsplit_once(' ') {
                Some((lead, last)) if words::is_possessive(last) => lead,
                None if words::is_possessive(rest) => "",
                _ => rest,
            };
            lead.split_whitespace().all(|w| {
                matches!(
                    w,
                    "the"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "last"
                        | "first"
                        | "past"
                        | "next"
                        | "remaining"
                )
            })
        });
        // the part is a bare number ("12 of the 40"), not "three payments of $500"
        let bare = a.span.end == a.span.start + pa.len;
        if !of_whole || !bare || a.kind != Kind::Count || pa.unit.is_some() {
            continue;
        }
        let (unit, physical, kind) = (pb.unit.clone(), pb.physical, b.kind);
        let (entity, entity_text) = (b.entity.clone(), b.entity_text.clone());
        let a = &mut figures[i];
        if entity.is_some() || unit.is_some() {
            a.entity = entity;
            a.entity_text = entity_text;
        }
        if let Some(p) = a.parsed.as_mut().filter(|_| unit.is_some()) {
            p.unit = unit;
            p.physical = physical;
            p.kind = kind;
            a.kind = kind;
        }
    }
}

/// The length of a run of digit groups (`+1 212 555 0199`).
fn phone_len(s: &str) -> usize {
    let mut groups = 0;
    let mut end = 0;
    let mut i = 0;
    let b = s.as_bytes();
    if b.first() == Some(&b'+') {
        i = 1;
    }
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            break;
        }
        groups += 1;
        end = i;
        if i < b.len()
            && (b[i] == b' ' || b[i] == b'-')
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
        } else {
            break;
        }
    }
    if groups >= 3 { end } else { 0 }
}

/// `+1 212 555 0199`: an international number, or three or more groups of which the last has four digits.
fn is_phone_number(s: &str) -> bool {
    let len = phone_len(s);
    if len == 0 {
        return false;
    }
    let last = s[..len].rsplit([' ', '-']).next().unwrap_or("");
    // "0800 555 111": a leading zero opens a dialling code, never a count
    let first = s[..len].split([' ', '-']).next().unwrap_or("");
    let dialling = first.len() >= 3 && first.starts_with('0');
    s.starts_with('+') || dialling || (last.len() == 4 && !s[..len].contains(','))
}

/// "magnitude 6.1 quake", "Magnitude-6.1 earthquake": a scale named before its figure, added to
/// the figures `out` (as `describe` adds it). Returns the token after its phrase.
fn unit_first(
    rules: &Rules,
    text: &str,
    toks: &[Token],
    k: usize,
    end: usize,
    anchors: &[Range<usize>],
    out: &mut Out,
) -> Option<usize> {
    let t = &toks[k];
    let after = &text[t.start + "magnitude".len()..end];
    // "magnitude 6.1", "magnitude-6.1", "a magnitude of 6.2"
    let gap = if after.starts_with(" of ") {
        4
    } else {
        usize::from(after.starts_with([' ', '-']))
    };
    let (rest, n) = number::digits(&after[gap..]).ok()?;
    let len = "magnitude".len() + gap + (after.len() - gap - rest.len());
    let fig_end = t.start + len;
    let next = toks.partition_point(|x| x.start < fig_end);
    let unit_rule = rules.unit("magnitude");
    let p = quantity::Parsed {
        len,
        quantity: crate::claim::Quantity::exact(n.value),
        kind: Kind::Measure,
        unit: unit_rule.map(|r| r.code.clone()),
        physical: quantity::is_physical(unit_rule),
        compound: false,
        rounding: 0.5 * n.step,
        words: false,
        skip: false,
        plus: false,
    };
    let change_word = change_before(rules, toks, k);
    Some(describe(
        rules,
        text,
        toks,
        (k, next, fig_end),
        p,
        false,
        change_word,
        anchors,
        out,
    ))
}

/// The token of the digits that open a clock time in the figure that starts at token `k` and was
/// read to `end` ("about 12:30 a.m.", "around 9 a.m."), if one does. Asked only where a clock
/// time's minutes or its "a.m." may follow what was read; out of line, as few figures are times.
#[inline(never)]
fn hedged_clock_time(
    text: &str,
    toks: &[Token],
    k: usize,
    end: usize,
    sentence_end: usize,
) -> Option<usize> {
    let rest = &text.as_bytes()[end..sentence_end];
    let rest = &rest[rest.iter().take_while(|&&b| b == b' ').count()..];
    // ":30", ".45pm", "a.m.", "pm"
    let may_go_on = match rest {
        [b':' | b'.', d, ..] => d.is_ascii_digit(),
        [b'a' | b'p' | b'A' | b'P', m, ..] => matches!(m, b'.' | b'm' | b'M'),
        _ => false,
    };
    if !may_go_on {
        return None;
    }
    let d = (k + 1..toks.len())
        .take_while(|&d| toks[d].start < end)
        .find(|&d| toks[d].digit)?;
    time::clock_time(&text[toks[d].start..sentence_end])
        .is_ok()
        .then_some(d)
}

/// `Jamie Armstrong, 25, said`: a bare number between commas after a name is an age; so is one
/// before the semicolon of a list ("Ana Ruiz, 52; Tom Berg, 41; and …"), and one that ends the
/// sentence after a full name ("… was named as Li Wei, 30.").
/// "a price of 285,000 pounds", "fined the landlord 500 pounds", "paid about 40 pounds": pounds
/// that a word of money stands before (within four words, in the same clause) are pounds sterling,
/// where `quantity` takes pounds with no scale word after them ("208 pounds", not "5 million
/// pounds") for a weight. Not pounds of something ("sold 300 pounds of cannabis").
fn pounds_of_money(toks: &[Token], k: usize, next: usize, p: &mut quantity::Parsed) {
    static MONEY: WordList = WordList::new(&[
        "price",
        "prices",
        "priced",
        "cost",
        "costs",
        "costing",
        "paid",
        "pay",
        "pays",
        "paying",
        "fine",
        "fined",
        "fee",
        "fees",
        "salary",
        "wage",
        "wages",
        "worth",
        "sold",
        "bought",
        "raised",
        "compensation",
        "award",
        "awarded",
        "damages",
        "budget",
        "bill",
        "rent",
        "spent",
        "spend",
        "spending",
        "earn",
        "earned",
        "earns",
        "charged",
        "bail",
        "reward",
        "bonus",
        "pension",
        "loan",
        "debt",
        "donated",
        "bid",
        "valued",
        "sum",
        "payout",
        "deposit",
    ]);
    if p.unit.as_deref() != Some("lb") || word_is(toks, next, "of") {
        return;
    }
    let before = toks[k.saturating_sub(4)..k].iter().rev();
    if before
        .take_while(|t| t.word)
        .any(|t| MONEY.contains_any_case(t.text))
    {
        p.unit = Some(CompactString::const_new("gbp"));
        p.kind = Kind::Money;
    }
}

fn appositive_age(rules: &Rules, toks: &[Token], k: usize, next: usize, p: &mut quantity::Parsed) {
    // (only a count can be an age: other figures are passed over before the words around them
    // are read)
    if p.kind != Kind::Count {
        return;
    }
    let after_name = k >= 2 && toks[k - 1].text == "," && toks[k - 2].capitalised();
    let between_commas = after_name && toks.get(next).is_some_and(|t| matches!(t.text, "," | ";"))
        || after_name && ends_sentence(toks, next) && full_name_before(toks, k - 1);
    // "aged 52", "at age 7", "at the age of 91", "died at 95", "dead at 88"
    let word = |i: usize, w: &str| toks[i].text.eq_ignore_ascii_case(w);
    // (and no noun after the number: "died at 3 sites" counts sites)
    let died_at = || {
        ["died", "dies", "die", "dead", "dying"]
            .iter()
            .any(|w| word(k - 2, w))
            && toks.get(next).is_none_or(|t| {
                !t.word
                    || [
                        "in",
                        "on",
                        "at",
                        "after",
                        "of",
                        "from",
                        "following",
                        "while",
                        "when",
                        "and",
                    ]
                    .iter()
                    .any(|w| t.text.eq_ignore_ascii_case(w))
            })
    };
    let aged = k >= 1 && (word(k - 1, "aged") || word(k - 1, "age") || word(k - 1, "ages"))
        || k >= 2 && word(k - 1, "of") && word(k - 2, "age")
        || k >= 2 && word(k - 1, "at") && died_at();
    // "Of the 40 dead, five were over 75": a hedged number, with no noun, said of a count
    let said_of_a_count = || {
        k >= 2
            && (word(k - 1, "were") || word(k - 1, "are"))
            && toks[k - 2].is_number()
            && ["over", "under", "above", "below"]
                .iter()
                .any(|w| word(k, w))
            && toks
                .get(next)
                .is_none_or(|t| !t.word || word(next, "and") || word(next, "or"))
    };
    // (most figures are exact: the words are read only for one that is not)
    let hedged =
        matches!(p.quantity.bound, Bound::Lower | Bound::Upper) && (aged || said_of_a_count());
    let between_commas = between_commas || aged;
    let plausible = p.kind == Kind::Count
        && !p.words
        && p.quantity
            .value
            .is_some_and(|v| v.fract() == 0.0 && (1.0..=120.0).contains(&v));
    // "aged 10 to 11"
    let range_of_ages = aged
        && p.kind == Kind::Count
        && p.quantity.bound == Bound::Range
        && p.quantity.high.is_some_and(|h| h <= 120.0);
    if between_commas && plausible && p.quantity.bound == crate::claim::Bound::Exact
        || hedged && plausible
        || range_of_ages
    {
        p.unit = Some("year-old".into());
        p.physical = quantity::is_physical(rules.unit("year-old"));
        p.kind = Kind::Measure;
    }
}

/// Is the token at `i` the full stop that ends the sentence?
fn ends_sentence(toks: &[Token], i: usize) -> bool {
    i + 1 == toks.len() && toks[i].text == "."
}

/// Do two capitalised words stand before the comma at `comma`, and not after a preposition?
/// "named as Li Wei, 30." and "…, and John Roe, 50." are ages; "and in New Jersey, 30." is a
/// count.
fn full_name_before(toks: &[Token], comma: usize) -> bool {
    comma >= 2
        && toks[comma - 2..comma].iter().all(Token::capitalised)
        && (comma == 2 || {
            let before = toks[comma - 3].text;
            ![
                "in", "at", "from", "to", "for", "on", "of", "by", "with", "than",
            ]
            .iter()
            .any(|w| before.eq_ignore_ascii_case(w))
        })
}

impl Figure {
    /// Makes it a figure of this kind, in this unit (which is physical or not), as another figure
    /// or the words around it tell.
    fn take_unit(&mut self, kind: Kind, unit: Option<CompactString>, physical: bool) {
        self.kind = kind;
        if let Some(p) = self.parsed.as_mut() {
            p.kind = kind;
            p.unit = unit;
            p.physical = physical;
        }
    }

    fn stamp(span: Range<usize>, kind: Kind, tok: usize) -> Figure {
        Figure {
            span,
            parsed: None,
            kind,
            entity: None,
            entity_text: None,
            predicate: None,
            time: None,
            place: None,
            holder: None,
            change: None,
            next_tok: tok + 1,
        }
    }
}

/// The word after "in" at token `next`, where the rules know it (in the lower case) as a counted
/// thing: "$281 million in cash", "$5 million in aid", not "$5 million in March" or "in Texas",
/// nor "in cash and stock", which is all of the sum. The sum may be said to be paid so first:
/// "$281 million will be paid in cash", "$53 million is in stock".
fn money_in<'t, 'a>(rules: &Rules, toks: &'t [Token<'a>], next: usize) -> Option<&'t Token<'a>> {
    let next = next
        + toks
            .get(next..)
            .unwrap_or_default()
            .iter()
            .take(4)
            .take_while(|t| PAID_AS.contains(t.text))
            .count();
    let known = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.word
                && !t.digit
                && t.text
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_lowercase())
                && rules
                    .entities
                    .contains_key(words::singular_any_case(t.text).as_str())
        })
    };
    let both = (word_is(toks, next + 2, "and") || word_is(toks, next + 2, "or")) && known(next + 3);
    (word_is(toks, next, "in") && known(next + 1) && !both).then(|| &toks[next + 1])
}

/// The words between a sum and the "in" of what it is paid as ("will be paid in cash").
static PAID_AS: WordList = WordList::new(&[
    "will", "would", "be", "been", "is", "was", "are", "were", "paid", "payable",
]);

/// Finds what the figure at tokens `k..next` (ending at byte `end`) counts, what happened to it,
/// when, and its change, and adds it to the sentence's figures before it, `out`; returns the token
/// after its phrase. (The figure is large: it is put together where it is kept, not returned and
/// copied there.) `change_word` is the change word right before it (`change_before`), which the
/// caller has read already.
#[allow(clippy::too_many_arguments)]
fn describe(
    rules: &Rules,
    text: &str,
    toks: &[Token],
    (k, next, end): (usize, usize, usize),
    mut p: quantity::Parsed,
    compound: bool,
    change_word: Option<crate::claim::Change>,
    anchors: &[Range<usize>],
    out: &mut Out,
) -> usize {
    let earlier = out.sentence();
    let start = toks[k].start;
    let mut kind = p.kind;
    let plus = p.plus;
    // "12 more bodies", "five more people", "500 additional troops", "two further deaths", and
    // "three new deaths" (new events: "five new seasons" are seasons that are new): a count of
    // more of something is a rise, an increment never set against a running total, and the noun
    // phrase starts after the word ("12 more than last year" is no such count)
    let new_events = || {
        word_is(toks, next, "new")
            && toks
                .get(next + 1)
                .is_some_and(|t| rules.predicates.longest(&text[t.start..]).is_some())
    };
    let more = kind == Kind::Count
        && (word_is(toks, next, "more")
            || word_is(toks, next, "additional")
            || word_is(toks, next, "further")
            || new_events())
        && toks.get(next + 1).is_some_and(|t| {
            // ("two more days" is a span of time, not a count of days)
            t.word && !t.digit && rules.units.longest_at(text, t.start).is_none()
        })
        && !word_is(toks, next + 1, "than");
    // the counted noun phrase: after the figure ("eight Malian soldiers"), after "more", through
    // a hyphenated word ("nine-month occupation"), or before a vague amount ("demonstrators in
    // their hundreds")
    let np_from = if compound && text[end..].starts_with('-') {
        skip_hyphen(toks, next)
    } else if more {
        next + 1
    } else {
        next
    };
    let plural = match (p.quantity.value, p.quantity.bound) {
        (Some(v), crate::claim::Bound::Exact) => Some(v != 1.0),
        (_, crate::claim::Bound::Vague | crate::claim::Bound::Range) => Some(true),
        (Some(v), _) => Some(v > 1.0),
        _ => None,
    };
    // "a nine-month occupation", "a 6.1-magnitude quake": a figure with its unit describes one thing
    let plural = if compound || p.unit.is_some() && kind != Kind::Count {
        Some(false)
    } else {
        plural
    };
    // "110m tall": a measure's dimension is not a counted thing; nor is what follows a unit in
    // the plural ("5 minutes late", "40 metres taller"), except through "of"
    let counted = if plural_unit_at(rules, toks, next, &p) && !word_is(toks, np_from, "of") {
        None
    } else {
        // (a unit's figure describes one thing, but through "of" it measures things, whose
        // plural heads the phrase: "12 tonnes of medical supplies", "50 percent of severe cases")
        let through_of = !compound && word_is(toks, np_from, "of");
        // ("one of his fellow undergraduates": the part of a whole counts that whole's plural)
        let one_of = p.quantity.value == Some(1.0);
        let agrees = if through_of && (kind != Kind::Count || one_of) {
            Some(true)
        } else {
            plural
        };
        noun::counted_phrase(rules, text, toks, np_from, true, agrees)
            .filter(|(c, _)| !(p.unit.is_some() && is_dimension_word(&text[c.clone()])))
    };
    // "2340 GMT": four digits of a clock before the name of a time zone tell the time
    let mut zone_end = None;
    let counted = match counted {
        Some((c, _))
            if kind == Kind::Count && is_zone(&text[c.clone()]) && hhmm(&text[start..end]) =>
        {
            kind = Kind::Time;
            zone_end = Some(c.end);
            None
        }
        other => other,
    };
    let mut span_end = zone_end.unwrap_or(end);
    let mut after = next;
    let mut entity = None;
    let mut entity_text = None;
    // where the counted phrase's last word starts in it
    let mut last_at = 0;
    if let Some((c, head)) = &counted {
        let np = &text[c.clone()];
        last_at = last_word_start(text, c, &toks[*head]);
        let had_unit = p.unit.is_some();
        p.unit_from_last_word(rules, np, last_at);
        kind = p.kind;
        span_end = c.end;
        // (the phrase ends with its head's token)
        after = head + 1;
        // "a few days": a unit by itself is the figure's unit, as in "three days", not a thing
        if had_unit || p.unit.is_none() || np.contains(' ') {
            entity = Some(entity_phrase_at(np, last_at));
            entity_text = Some(CompactString::from(np));
        }
        // "3,000 tests a day", "12 flights per week": a count per span of time is a rate, not a
        // total (its unit is `/day`)
        if p.kind == Kind::Count
            && p.unit.is_none()
            && let Some((n, per)) = quantity::rate(rules, &text[c.end..])
            && rules.dimension(&per).as_deref() == Some("duration")
            // "30 people a day after the attack": a time anchor, not a rate
            && !anchors.iter().any(|a| a.start < c.end + n && c.end < a.end)
        {
            p.unit = Some(CompactString::from(format!("/{per}")));
            span_end = c.end + n;
            after = toks.partition_point(|x| x.start < span_end);
        }
    }
    // "a six-cylinder engine", "a three-member panel": the word joined to the figure is what it
    // counts; the noun after it is what has them
    let joined = compound_noun(text, end, &p);
    if let Some(word) = joined {
        entity = Some(words::singular_any_case(word).into());
        entity_text = Some(CompactString::from(word));
        if counted.is_none() {
            span_end = end + 1 + word.len();
        }
    }
    // "$281 million in cash", "$5 million in aid": what a sum is paid or given as, where the
    // rules know it as a counted thing
    let paid_as = (counted.is_none() && joined.is_none() && kind == Kind::Money)
        .then(|| money_in(rules, toks, next))
        .flatten();
    if let Some(t) = paid_as {
        entity = Some(words::singular_any_case(t.text).into());
        entity_text = Some(CompactString::from(t.text));
    }
    // (the predicate of a trigger in "the number of" things' phrase, if any)
    let mut subject_predicate = None;
    if counted.is_none()
        && joined.is_none()
        && paid_as.is_none()
        && let Some((e, written)) = counted_elsewhere(rules, text, toks, k, next, &p, plural)
    {
        entity = Some(e);
        entity_text = Some(written);
    } else if counted.is_none()
        && joined.is_none()
        && p.kind == Kind::Count
        && let Some(n) = number_of_subject(rules, text, toks, k, plural)
    {
        entity = Some(n.entity);
        entity_text = Some(n.written);
        subject_predicate = n.predicate;
    }
    // "Inflation slowed to 7.2%", "raised its benchmark rate by 50 basis points to 4.75%": what
    // a rate or a sum after a change verb measures is the verb's subject, or its object
    if entity.is_none()
        && counted.is_none()
        && joined.is_none()
        && paid_as.is_none()
        && matches!(kind, Kind::Percent | Kind::Money)
        && let Some(np) = changed_thing(rules, toks, k, kind)
    {
        let written = &text[np];
        entity = Some(entity_phrase(written));
        entity_text = Some(CompactString::from(written));
    }
    // "slowed to 7.2% in May from 7.9% in April", "by 50 basis points to 4.75%": the rate or sum
    // a change is from, or to after its size, measures what the other does
    if entity.is_none()
        && matches!(kind, Kind::Percent | Kind::Money)
        && let Some(prev) = earlier.last()
        && prev.kind == kind
        && prev.entity.is_some()
        && k > prev.next_tok
        && (word_before_is(toks, k, 1, "to") && prev.next_tok + 1 == k
            || (word_before_is(toks, k, 1, "from") || compared_with(toks, k))
                && k - 1 - prev.next_tok <= 3
                && toks[prev.next_tok..k - 1].iter().all(|t| t.word))
    {
        entity = prev.entity.clone();
        entity_text = prev.entity_text.clone();
    }
    // the figure sits inside a time anchor ("in the last 24 hours") or says when ("died three
    // months ago"): it states a time, not what the sentence counts, so it takes no predicate
    let ago = toks
        .get(after)
        .is_some_and(|t| t.text.eq_ignore_ascii_case("ago"));
    let time_frame = ago || anchors.iter().any(|a| a.start < start && end <= a.end);
    if time_frame && !kind.is_figure() {
        kind = Kind::Time;
    }
    let mut predicate = None;
    // (whether the predicate's trigger stands right after the phrase or before the figure: the
    // figure's own, not a verb further on)
    let mut own_trigger = false;
    // a physical measure takes no predicate (`quantity::is_physical`)
    let physical = kind == Kind::Measure && p.physical;
    if kind.is_figure() && !time_frame && !physical {
        let first = k;
        // (where a place lies is said of a length only: "500 families live north of the river")
        if let Some(found) = noun::predicate(rules, text, toks, (first, after), kind == Kind::Money)
            .filter(|f| f.rule.name != "location" && f.rule.fits(kind))
        {
            let right_after = toks.get(after).is_some_and(|t| t.start == found.start);
            // (before the figure, right after its phrase, or inside it: "12 injured soldiers")
            own_trigger = right_after
                || found.start < start
                || toks.get(after).is_none_or(|t| found.start < t.start);
            match &found.rule.role {
                Some(role) if right_after => {
                    entity = Some(CompactString::from(role));
                    let governing =
                        noun::governing(rules, text, toks, (first, kind == Kind::Money));
                    predicate = Some(CompactString::from(
                        governing.map_or(&found.rule.name, |g| &g.rule.name),
                    ));
                }
                _ => predicate = Some(CompactString::from(&found.rule.name)),
            }
        }
        if predicate.is_none() {
            predicate = subject_predicate;
        }
        // "seized $5 million worth of cocaine": what befalls people (their default counted thing)
        // does not befall money
        if kind == Kind::Money
            && predicate
                .as_ref()
                .and_then(|name| rules.file.predicates.get(name.as_str()))
                .is_some_and(|p| p.default_entity.as_deref() == Some("person"))
        {
            predicate = None;
        }
        // "released 32 civil servants taken hostage": a role right after the counted thing names
        // what it counts, whichever verb governs the figure
        if counted.is_some()
            && let Some((found, _)) = noun::trigger_at(rules, text, toks, after)
            && let Some(role) = &found.rule.role
        {
            entity = Some(CompactString::from(role));
            predicate.get_or_insert_with(|| CompactString::from(&found.rule.name));
        }
        // a head noun that is itself a trigger ("57 deaths", "32 hostages"). One with no role names
        // the event itself, whatever verb governs the count ("12 bodies were recovered",
        // "recovered 12 bodies": the dead); one with a role names a state that the verb may end
        // ("32 hostages were freed")
        if let Some((c, _)) = &counted
            && let Some((n, rule)) = rules.predicates.longest(&text[c.start + last_at..c.end])
            && n > 0
            && rule.fits(kind)
        {
            if predicate.is_none() || rule.role.is_none() && kind == Kind::Count {
                predicate = Some(CompactString::from(&rule.name));
            }
            if let Some(role) = &rule.role {
                entity = Some(CompactString::from(role));
            }
        }
        // ellipsis: "20 killed and 30 wounded" counts the same thing twice
        if entity.is_none()
            && predicate.is_some()
            && kind == Kind::Count
            && let Some(prev) = earlier
                .iter()
                .rev()
                .find(|f| f.kind == Kind::Count && f.entity.is_some())
            && k.saturating_sub(prev.next_tok) <= 6
            && counts_the_same(toks, prev, k)
        {
            entity = prev.entity.clone();
            entity_text = prev.entity_text.clone();
        }
        // "Forty migrants were on board. Eleven of them were found dead": the part of "them"
        // counts what the last count of this sentence or the one before did
        if entity.is_none()
            && kind == Kind::Count
            && word_is(toks, next, "of")
            && (word_is(toks, next + 1, "them") || word_is(toks, next + 1, "those"))
            && let Some(prev) = out.figures.iter().rev().find(|f| f.kind == Kind::Count)
            // (not a headline's words in title case: "Charged With Two Counts Of Murder")
            && prev
                .entity_text
                .as_ref()
                .is_some_and(|e| e.starts_with(|c: char| c.is_lowercase()))
            && prev.span.end <= start
            && text
                .get(prev.span.end..start)
                .is_some_and(|gap| sentence_ends(gap) <= 1)
        {
            entity = prev.entity.clone();
            entity_text = prev.entity_text.clone();
        }
        // "14 of the 23 miners were rescued": what the verb after them says befell the part is
        // not said of the whole ("Three of the 12 people killed" were all killed)
        if predicate.is_some()
            && !own_trigger
            && kind == Kind::Count
            && let Some(part) = count_just_before(earlier, k, 3)
            && word_is(toks, part.next_tok, "of")
            && part.predicate == predicate
        {
            predicate = None;
        }
        // "about 62,000 people in Germany and around 110,000 worldwide": a bare count joined by
        // "and" to a count a few words before counts the same thing
        if entity.is_none()
            && predicate.is_none()
            && kind == Kind::Count
            && let Some(prev) = count_just_before(earlier, k, 4)
            && prev.entity.is_some()
            && prev.predicate.is_none()
            && toks[prev.next_tok..k].iter().any(|t| t.text == "and")
            && toks
                .get(after)
                .is_none_or(|t| !t.word || !t.capitalised() && !t.text.eq_ignore_ascii_case("of"))
        {
            entity = prev.entity.clone();
            entity_text = prev.entity_text.clone();
        }
        // "police put the turnout at 18,000, while the union claimed 120,000": a bare count
        // that another source gives, in a clause set against the last, counts what that one did
        if entity.is_none()
            && predicate.is_none()
            && kind == Kind::Count
            && k > 0
            && words::with_lower(toks[k - 1].text, |w| {
                matches!(
                    w,
                    "claimed" | "claims" | "said" | "says" | "estimated" | "estimates" | "counted"
                        | "reported" | "gave"
                )
            })
            && let Some(prev) = earlier.last()
            && prev.kind == Kind::Count
            && (prev.entity.is_some() || prev.predicate.is_some())
            && k > prev.next_tok
            && k - prev.next_tok <= 14
            && toks[prev.next_tok..k].iter().any(|t| {
                words::with_lower(t.text, |w| matches!(w, "while" | "whereas" | "but"))
            })
            && !toks[prev.next_tok..k].iter().any(|t| t.text == "." || t.is_number())
            // (not a figure with a clause of its own: "officials said 3 were unrelated")
            && !toks.get(after).is_some_and(|t| {
                words::with_lower(t.text, |w| {
                    matches!(
                        w,
                        "were" | "was" | "are" | "is" | "had" | "have" | "has" | "would" | "will"
                    )
                })
            })
        {
            entity = prev.entity.clone();
            entity_text = prev.entity_text.clone();
            predicate = prev.predicate.clone();
        }
        // "about 38 seats, down from 71", "1.2 million votes against 1.37 million": the figure
        // a count is compared with counts the same thing, for the same event
        if entity.is_none()
            && kind == Kind::Count
            && compared_with(toks, k)
            && let Some(prev) = count_just_before(earlier, k, 8)
            && prev.entity.is_some()
        {
            entity = prev.entity.clone();
            entity_text = prev.entity_text.clone();
            if predicate.is_none() {
                predicate = prev.predicate.clone();
            }
        }
        // "rescued 46 people, including eight children": a part of a count, set off after it,
        // befell what the count did
        if predicate.is_none()
            && kind == Kind::Count
            && (word_before_is(toks, k, 1, "including") || word_before_is(toks, k, 1, "among"))
            && let Some(prev) = count_just_before(earlier, k, 3)
            && prev.predicate.is_some()
        {
            predicate = prev.predicate.clone();
        }
        // "abducted 137 people (129 students and eight staff)", "killed 38 - 32 in Myagdi and six
        // in Baglung": the parts of a count set off in brackets or dashes right after it befell
        // what it did
        if predicate.is_none()
            && kind == Kind::Count
            && k > 0
            && let Some(prev) = count_just_before(earlier, k, 1)
            && prev.predicate.is_some()
            && (opens_aside(toks, k)
                // (and the next part: "(129 students and eight staff)")
                || word_is(toks, k - 1, "and")
                    && opens_aside(toks, toks.partition_point(|t| t.start < prev.span.start)))
        {
            predicate = prev.predicate.clone();
        }
        // "57 deaths", "41 arrests": a counted noun that is itself the predicate's trigger
        // names the event, and counts what the predicate's default stands for (people), as "57
        // people were killed" does
        if kind == Kind::Count
            && let (Some(name), Some(written)) = (predicate.as_deref(), entity_text.as_deref())
            && rules.predicates.longest(written).is_some_and(|(n, rule)| {
                n == written.len()
                    && rule.name == name
                    && rule.role.is_none()
                    && rule.default_entity.is_some()
            })
        {
            entity = None;
        }
        // what a sale or a deal cost someone is what was paid: "The deal cost AMD $334 million",
        // "the takeover will cost the group $5 billion" (not "the flood cost the state $2
        // billion", or "the new model costs $1,199": other things cost other sums)
        if kind == Kind::Money
            && predicate.is_none()
            && let Some(h) = cost_subject(toks, k)
            && let Some((found, next)) = noun::trigger_at(rules, text, toks, h)
            && next == h + 1
            && found.rule.fits(kind)
            && found.rule.role.is_none()
        {
            predicate = Some(CompactString::from(&found.rule.name));
        }
        // a sum that a deal is, or is worth, is what was paid ("a $334 million deal", "the deal
        // could be up to $180 million"): it counts nothing of its own
        if kind == Kind::Money
            && let Some(written) = entity_text.as_deref()
            && let Some((n, rule)) = rules.predicates.longest(written)
            && n == written.len()
            && rule.money_only
            && predicate.as_deref().is_none_or(|name| name == rule.name)
        {
            predicate = Some(CompactString::from(&rule.name));
            entity = None;
        }
        // "five were killed" counts people: the predicate's default, from the rules; but "more
        // than 40,000 employees are out; according to the company, roughly 26,000 were on
        // strike": a bare count in the clause after a semicolon counts what the count just
        // before it did, where that is of the kind the predicate counts by default ("Five people
        // died; 20 were injured", not "lost 12 tanks; 300 were killed")
        if entity.is_none()
            && kind == Kind::Count
            && let Some(d) = predicate
                .as_ref()
                .and_then(|name| rules.file.predicates.get(name.as_str()))
                .and_then(|p| p.default_entity.as_deref())
        {
            let before_semicolon = count_just_before(earlier, k, 8).filter(|prev| {
                toks[prev.next_tok..k].iter().any(|t| t.text == ";")
                    && prev.entity.as_deref().is_some_and(|counted| {
                        let canonical = rules.entity(counted);
                        canonical == d || rules.parents.get(&canonical).is_some_and(|p| p == d)
                    })
            });
            match before_semicolon {
                Some(prev) => {
                    entity = prev.entity.clone();
                    entity_text = prev.entity_text.clone();
                }
                None => entity = Some(CompactString::from(d)),
            }
        }
    }
    // a physical measure takes none but a length one right after it, past a conversion: "120 km
    // (75 miles) south of the capital" says where a place lies (not how far someone went: "the
    // rebels advanced 20 km north of Kidal")
    if physical
        && p.unit
            .as_deref()
            .and_then(|u| rules.unit(u))
            .is_some_and(|u| u.dimension == "length")
        && !after_a_motion(toks, k)
    {
        predicate = trigger_after_measure(rules, text, toks, after);
    }
    let time = nearest_anchor(text, anchors, start, span_end).map(|a| {
        CompactString::from(&text[when_of_since(text, since_clause(text, a, start), start)])
    });
    let place = if predicate.as_deref() == Some("location") {
        // (where a place lies is told from another place: "75 km west of Manokwari" and "2,955
        // km east of Jakarta" are two distances, not one)
        reference_place(toks, after)
    } else {
        None
    };
    let place = place
        .or_else(|| place_after(toks, after))
        .or_else(|| place_opening(toks, k));
    // "towers rise 120 feet above the river" states a height, not a change
    let dimension =
        kind == Kind::Measure && toks.get(next).is_some_and(|t| is_dimension_word(t.text));
    // "fell around 4,000 years ago": a time, not a fall of 4,000 years
    let dimension = dimension || ago;
    // ("three more weeks of strikes": more of a span, read past "more" with its unit)
    let more_time =
        kind == Kind::Duration && text.get(start..end).is_some_and(|t| t.contains(" more "));
    let change = if plus || more && counted.is_some() || more_time {
        Some(crate::claim::Change::Up)
    } else if dimension || predicate.as_deref() == Some("location") {
        // ("sank 30 nautical miles south of the island" says where, not how far it fell)
        None
    } else {
        change_word
            .or_else(|| change_noun_after(rules, toks, k, next))
            .or_else(|| change_by_ellipsis(toks, k, kind, counted.is_some(), earlier))
    };
    // "Doug McDermott scored 23 points": a measure of nothing named is the named subject's
    // (not an age or a number of times: "Dies at 75", "Friday 60-year-old"; nor a length or a
    // weight, which is compared without: "the village lies 35 km from Manokwari")
    let of_someone = !p.physical && !matches!(p.unit.as_deref(), Some("year-old" | "x"));
    let holder = (kind == Kind::Measure && entity.is_none() && predicate.is_none() && of_someone)
        .then(|| holder_before(toks, k))
        .flatten()
        .or_else(|| held_by(rules, toks, k, entity.as_deref()?, earlier))
        .map(CompactString::from);
    out.push(Figure {
        span: start..span_end,
        parsed: Some(p),
        kind,
        entity,
        entity_text,
        predicate,
        time,
        place,
        holder,
        change,
        next_tok: after,
    });
    after
}

/// Is this token "one-off" or "one-time", in any case?
fn once_only(token: &str) -> bool {
    token.len() >= 7
        && (token.eq_ignore_ascii_case("one-off") || token.eq_ignore_ascii_case("one-time"))
}

/// Is this word the name of a time zone: "GMT", "UTC"?
fn is_zone(word: &str) -> bool {
    matches!(
        word,
        "GMT" | "UTC" | "EST" | "EDT" | "CET" | "BST" | "PST" | "PDT"
    )
}

/// Are these four digits of a 24-hour clock ("2340", "0915")?
fn hhmm(digits: &str) -> bool {
    let b = digits.as_bytes();
    b.len() == 4
        && b.iter().all(u8::is_ascii_digit)
        && (b[0] - b'0') * 10 + (b[1] - b'0') < 24
        && b[2] < b'6'
}

/// May the figure at token `k`, with a predicate and no counted thing, count what the count
/// `prev` before it counts? Where that one befell something too ("20 killed and 30 wounded"), or
/// is set off by "and" or a comma ("Of the 40 passengers, 12 died"); not where it does what befell
/// this one ("Three suicide bombers killed 40").
fn counts_the_same(toks: &[Token], prev: &Figure, k: usize) -> bool {
    prev.predicate.is_some()
        || toks
            .get(prev.next_tok..k)
            .is_some_and(|between| between.iter().any(|t| matches!(t.text, "and" | "," | ";")))
}

/// The counted thing of a figure with none after it: "of whom 12 were children", "demonstrators in
/// their hundreds". Returns the entity and the words it is written with.
fn counted_elsewhere(
    rules: &Rules,
    text: &str,
    toks: &[Token],
    k: usize,
    next: usize,
    p: &quantity::Parsed,
    plural: Option<bool>,
) -> Option<(CompactString, CompactString)> {
    let whom = k >= 2
        && toks[k - 1].text.eq_ignore_ascii_case("whom")
        && toks
            .get(next)
            .is_some_and(|t| matches!(t.text, "were" | "are" | "was"));
    if whom {
        let (c, _) = noun::counted_phrase(rules, text, toks, next + 1, false, plural)?;
        let np = &text[c];
        return Some((entity_phrase(np), CompactString::from(np)));
    }
    // "$5 million worth of cocaine": what the sum buys
    if p.kind == Kind::Money
        && word_is(toks, next, "worth")
        && word_is(toks, next + 1, "of")
        && let Some((c, _)) = noun::counted_phrase(rules, text, toks, next + 2, false, plural)
    {
        let np = &text[c];
        return Some((entity_phrase(np), CompactString::from(np)));
    }
    if p.kind == Kind::Money
        && let Some(h) = worth_subject(toks, k).or_else(|| copula_subject(toks, k))
    {
        let w = toks[h].text;
        return Some((
            words::with_lower(w, singular).into(),
            CompactString::from(w),
        ));
    }
    let in_their = p.quantity.bound == Bound::Vague
        && k >= 3
        && toks[k - 2].text.eq_ignore_ascii_case("in")
        && toks[k - 1].text.eq_ignore_ascii_case("their")
        && toks[k - 3].word;
    in_their.then(|| {
        let w = toks[k - 3].text;
        (words::singular_any_case(w).into(), CompactString::from(w))
    })
}

/// The name whose figure starts at token `k`: the last word of a name in capitals right before
/// the verb in the past the figure is the object of ("Doug McDermott scored 23 points",
/// "McDermott led all players with 23 points"; one to four words in lower case between), or before
/// "'s" ("McDermott's 23 points"), or the name that opens the sentence where a participle after a
/// comma takes the figure ("Doug McDermott put on a show, scoring 23 points").
fn holder_before<'t>(toks: &[Token<'t>], k: usize) -> Option<&'t str> {
    // (a word in capitals that is no function word, pronoun, month or weekday)
    let name = |t: &Token<'t>, w: &'t str| {
        (t.capitalised()
            && !t.digit
            && !words::with_lower(w, |l| noun::is_stop(l) || attribution::is_pronoun(l)))
        .then_some(w)
    };
    if let Some(t) = k.checked_sub(1).map(|i| &toks[i])
        && let Some(w) = words::without_possessive(t.text)
    {
        return name(t, w);
    }
    // (a verb in the past among them: "Core 2 Duo with 6MB" names no one's; and none that says
    // the figure was not scored, or not once: "needed just nine points", "averaged 22.8 points")
    let unscored = |w: &str| {
        matches!(
            w,
            "needed"
                | "wanted"
                | "hoped"
                | "expected"
                | "aimed"
                | "tried"
                | "averaged"
                | "averages"
        )
    };
    let lower_words = |ts: &[Token]| {
        ts.iter()
            .all(|t| t.word && !t.digit && t.text.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    let verb = (1..=4).find(|&n| {
        k > n && {
            let between = &toks[k - n..k];
            lower_words(between)
                && between
                    .iter()
                    .any(|t| noun::is_past(t.text) || matches!(t.text, "had" | "hit"))
                && !between.iter().any(|t| unscored(t.text))
                && name(&toks[k - n - 1], toks[k - n - 1].text).is_some()
        }
    });
    if let Some(verb) = verb {
        return Some(toks[k - verb - 1].text);
    }
    // "Doug McDermott put on a show, scoring 23 points": a participle after a comma, whose
    // subject is the name that opens the sentence, its verb in lower case after it
    let comma = (k.saturating_sub(4)..k)
        .rev()
        .find(|&i| toks[i].text == ",")?;
    let participle = toks[comma + 1].text;
    let scored = participle.len() > 4
        && participle.ends_with("ing")
        && !matches!(
            participle,
            "including" | "following" | "according" | "excluding" | "during" | "bringing"
        )
        && lower_words(&toks[comma + 1..k]);
    if !scored {
        return None;
    }
    let first = first_word(toks)?;
    let run = toks[first..comma]
        .iter()
        .take_while(|t| name(t, t.text).is_some())
        .count();
    let verb_after = toks
        .get(first + run)
        .is_some_and(|t| t.word && t.text.starts_with(|c: char| c.is_ascii_lowercase()));
    (run > 0 && verb_after).then(|| toks[first + run - 1].text)
}

/// Whose the things a figure at token `k` counts are, where each holder has its own number of
/// them (`Rules::held`, `entity`): the name before the verb it is the object of ("National
/// Renewal won 56 seats"), the name that heads a line of a list ("Greens: 8.3%, 14 seats"), or
/// that of the figure "and" joins it to ("The Greens won 8.3% and 13 seats").
fn held_by<'t>(
    rules: &Rules,
    toks: &[Token<'t>],
    k: usize,
    entity: &str,
    earlier: &[Figure],
) -> Option<&'t str> {
    // (the entity's last word, told by its ending: most entities are none of the few held)
    let held = rules.held.iter().any(|h| {
        entity.len() >= h.len()
            && entity.is_char_boundary(entity.len() - h.len())
            && entity[entity.len() - h.len()..].eq_ignore_ascii_case(h)
            && entity[..entity.len() - h.len()]
                .chars()
                .next_back()
                .is_none_or(|c| c == ' ')
    });
    if !held {
        return None;
    }
    if let Some(name) = holder_before(toks, k) {
        return Some(name);
    }
    // ("Greens: 8.3%, 14 seats")
    if let Some(colon) = toks[..k].iter().position(|t| t.text == ":")
        && colon > 0
        && colon <= 5
        && toks[..colon]
            .iter()
            .all(|t| t.capitalised() || !t.word && t.text != "," && t.text != ".")
    {
        return Some(toks[colon - 1].text);
    }
    let prev = earlier.last()?;
    let joined = k > prev.next_tok
        && k - prev.next_tok <= 1
        && toks[prev.next_tok..k]
            .iter()
            .all(|t| matches!(t.text, "and" | ","));
    let at = toks.partition_point(|t| t.start < prev.span.start);
    if joined && at < k {
        return holder_before(toks, at);
    }
    None
}

/// The subject of "cost" that the sum at token `k` is the object of: "The deal cost AMD
/// [$334 million]", "the takeover would cost the group [$5 billion]" (the verb at most three words
/// before the sum, past the one it cost, with "will", "would", "could" or "may" before it).
fn cost_subject(toks: &[Token], k: usize) -> Option<usize> {
    let verb = (k.saturating_sub(4)..k).rev().find(|&i| {
        toks[i].word
            && words::with_lower(toks[i].text, |w| matches!(w, "cost" | "costs" | "costing"))
    })?;
    // (what comes between is the one it cost: words, no clause or figure)
    if toks[verb + 1..k].iter().any(|t| !t.word || t.digit) {
        return None;
    }
    let mut h = verb.checked_sub(1)?;
    while h > 0
        && words::with_lower(toks[h].text, |w| {
            matches!(w, "will" | "would" | "could" | "may")
        })
    {
        h -= 1;
    }
    toks[h].word.then_some(h)
}

/// Could token `i` head a noun phrase a sum belongs to? A word of letters in lower case (or in
/// title case as the sentence's first word) that is no function word, pronoun, word of time or
/// regular verb form ("deal", "Bonuses"; not "it", "year", "raised").
fn common_noun(toks: &[Token], i: usize) -> bool {
    static NOT_NOUNS: WordList = WordList::new(&[
        "it", "this", "that", "these", "those", "which", "what", "who", "he", "she", "they", "we",
        "you", "i", "one", "all", "each", "amount", "sum", "total", "figure", "number", "up",
        "well", "much", "more", "less", "about", "around", "nearly", "almost", "only", "just",
        "still", "now", "also", "not", "never",
    ]);
    let t = &toks[i];
    let first = first_word(toks) == Some(i);
    let rest = if first { t.text.get(1..) } else { Some(t.text) };
    rest.is_some_and(|r| r.bytes().all(|b| b.is_ascii_lowercase()))
        && t.text.bytes().all(|b| b.is_ascii_alphabetic())
        && words::with_lower(t.text, |w| {
            !NOT_NOUNS.contains(w)
                && !noun::is_stop(w)
                && !noun::is_verbish(w)
                && !opens_clause(w)
                && !time::is_time_lower(w)
        })
}

/// The sentence's first word (after an opening quotation mark or bracket).
fn first_word(toks: &[Token]) -> Option<usize> {
    toks.iter().position(|t| t.word)
}

/// Words that open a noun phrase before its nouns.
static NP_OPENERS: WordList = WordList::new(&[
    "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "these", "those",
]);

/// Where the noun phrase that ends at token `h` starts: back over nouns and the words that open one.
fn phrase_start(toks: &[Token], h: usize) -> usize {
    let mut j = h;
    while j > 0 && (common_noun(toks, j - 1) || NP_OPENERS.contains_any_case(toks[j - 1].text)) {
        j -= 1;
    }
    j
}

/// Does a subject start at token `j`: the sentence's first word (after an opening quotation mark
/// or bracket), or the word after "said" or "that" ("officials said the cost was …")?
fn opens_subject(toks: &[Token], j: usize) -> bool {
    first_word(toks) == Some(j) || j > 0 && matches!(toks[j - 1].text, "said" | "says" | "that")
}

/// "a deal worth $184 million", "a contract valued at $2.5 billion": the noun a sum is the worth
/// of. Not a noun that a preposition governs ("a deal with the player worth …").
fn worth_subject(toks: &[Token], k: usize) -> Option<usize> {
    static PREPOSITIONS: WordList = WordList::new(&[
        "with", "to", "for", "from", "in", "on", "at", "by", "of", "between", "about", "against",
        "among", "per", "over", "under",
    ]);
    let before = if k >= 1 && word_is(toks, k - 1, "worth") {
        k - 1
    } else if k >= 2
        && word_is(toks, k - 1, "at")
        && (word_is(toks, k - 2, "valued") || word_is(toks, k - 2, "priced"))
    {
        k - 2
    } else {
        return None;
    };
    let h = before.checked_sub(1)?;
    let j = phrase_start(toks, h);
    let governed = j > 0 && PREPOSITIONS.contains_any_case(toks[j - 1].text);
    (common_noun(toks, h) && !governed).then_some(h)
}

/// The things "the number of" counts, when a verb links the figure to it as its subject.
struct NumberOf {
    entity: CompactString,
    written: CompactString,
    /// A trigger in the subject ("the number of people confirmed dead"): the figure's predicate.
    predicate: Option<CompactString>,
}

/// "The number of cases doubled to 4,800", "the total number of migrants reached 12,000", "the
/// number of people confirmed dead in the sinking has risen to 31": a count that a verb links to
/// "the number of" some things counts them. Not things that name an event ("the number of deaths
/// rose to 52"): the predicate's default counted thing stands for those.
fn number_of_subject(
    rules: &Rules,
    text: &str,
    toks: &[Token],
    k: usize,
    plural: Option<bool>,
) -> Option<NumberOf> {
    static BE: WordList = WordList::new(&["is", "was", "are", "were", "stands", "hit"]);
    // the verbs that put a number on the things as their object: "officials put the number of
    // destroyed homes at about a dozen"
    static PUT: WordList = WordList::new(&[
        "put",
        "puts",
        "putting",
        "placed",
        "places",
        "estimated",
        "estimates",
        "set",
        "sets",
    ]);
    let at = k.checked_sub(1).filter(|&i| word_is(toks, i, "at"));
    let mut verb = k.checked_sub(1)?;
    if word_is(toks, verb, "to") || at.is_some() {
        verb = verb.checked_sub(1)?;
    }
    // the things counted, in the phrase after "the number of" that ends at token `end`, whole
    let things = |end: usize| {
        let of = (end.saturating_sub(16)..end).rev().find(|&i| {
            word_is(toks, i, "of")
                && (word_before_is(toks, i, 1, "number") || word_before_is(toks, i, 1, "total"))
        })?;
        let (c, head) = noun::counted_phrase(rules, text, toks, of + 1, false, plural)?;
        let whole = head < end && (head + 1..end).all(|i| toks[i].word && !toks[i].digit);
        let event = rules
            .predicates
            .longest(toks[head].text)
            .is_some_and(|(n, _)| n == toks[head].text.len());
        (whole && !event).then_some((of, c, head))
    };
    let linked = if BE.contains_any_case(toks[verb].text) || noun::links(rules, toks, verb) {
        // "has risen to", "had more than doubled to": the subject ends before the verb's helpers
        let mut end = verb;
        while end > 0 && matches!(toks[end - 1].text, "has" | "have" | "had" | "more" | "than") {
            end -= 1;
        }
        things(end).map(|found| (end, found))
    } else {
        None
    };
    // or the things are the object the number is put on: the verb stands before "the number of"
    let put = || {
        let end = at?;
        let found = things(end)?;
        let of = found.0;
        (2..=3)
            .any(|back| of >= back && PUT.contains_any_case(toks[of - back].text))
            .then_some((end, found))
    };
    let (end, (_, c, head)) = linked.or_else(put)?;
    let predicate = (head + 1..end)
        .find_map(|i| noun::trigger_at(rules, text, toks, i))
        .map(|(found, _)| CompactString::from(&found.rule.name));
    let np = &text[c];
    Some(NumberOf {
        entity: entity_phrase(np),
        written: CompactString::from(np),
        predicate,
    })
}

/// "The deal was $184 million", "The cost of the bridge is $2 billion", "officials said the fine
/// would be $5,000", "The deal is said to last eight years and could be up to $180 million": a sum
/// after "is", "was" or "be" belongs to the subject of its verb, read back over the verb's helpers
/// ("could", "is said to") to a noun phrase that opens the clause; across "and", to the subject of
/// the sentence when its verb is "is" or "was". A noun inside a phrase ("Profit in the third
/// quarter was …", "The money he stole was …") is no subject: such a sum takes none.
fn copula_subject(toks: &[Token], k: usize) -> Option<usize> {
    static COPULAS: WordList = WordList::new(&["is", "was", "are", "were", "be", "been"]);
    static HELPERS: WordList = WordList::new(&[
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "could",
        "would",
        "will",
        "may",
        "might",
        "can",
        "should",
        "must",
        "to",
        "said",
        "expected",
        "likely",
        "now",
        "also",
        "still",
        "reportedly",
        "has",
        "have",
        "had",
    ]);
    if k == 0 || !COPULAS.contains_any_case(toks[k - 1].text) {
        return None;
    }
    let mut i = k - 1;
    while i > 0 && HELPERS.contains_any_case(toks[i - 1].text) {
        i -= 1;
    }
    let h = i.checked_sub(1)?;
    if toks[h].text.eq_ignore_ascii_case("and") {
        // "… and could be $180 million": the sentence opens with its subject and "is" or "was"
        let lead = first_word(toks)?;
        let start = lead + usize::from(NP_OPENERS.contains_any_case(toks[lead].text));
        let verb = (start..h).find(|&j| !common_noun(toks, j))?;
        let copula = matches!(toks[verb].text, "is" | "was" | "are" | "were");
        return (copula && verb > start && verb <= start + 3).then(|| verb - 1);
    }
    if !common_noun(toks, h) {
        return None;
    }
    let j = phrase_start(toks, h);
    if opens_subject(toks, j) {
        return Some(h);
    }
    // "The cost of the bridge": the noun before "of"
    let of = j >= 2 && toks[j - 1].text.eq_ignore_ascii_case("of") && common_noun(toks, j - 2);
    (of && opens_subject(toks, phrase_start(toks, j - 2))).then(|| j - 2)
}

/// The noun joined by a hyphen to a count (`six-cylinder`), when it is one: not a unit, nor an
/// adjective (`1,500-strong`, `three-way`).
fn compound_noun<'t>(text: &'t str, end: usize, p: &quantity::Parsed) -> Option<&'t str> {
    static NOT_NOUNS: WordList = WordList::new(&[
        "strong", "odd", "plus", "old", "long", "wide", "high", "tall", "deep", "thick", "way",
        "fold", "some", "like", "based", "related", "ish", "and", "or", "to",
    ]);
    let rest = text[end..].strip_prefix('-')?;
    let word = &rest[..rest
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(rest.len())];
    let whole = !rest[word.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
    // "two-pronged", "one-off", "two-time": adjectives, not what is counted
    let adjective =
        word.ends_with("ed") || matches!(word, "off" | "time" | "times" | "out" | "all");
    (p.unit.is_none()
        && p.kind == Kind::Count
        && word.len() > 2
        && whole
        && !adjective
        && !NOT_NOUNS.contains(word))
    .then_some(word)
}

/// Does a bracket or a dash stand right before token `k`?
fn opens_aside(toks: &[Token], k: usize) -> bool {
    k > 0 && matches!(toks[k - 1].text, "(" | "-" | "\u{2013}" | "\u{2014}")
}

/// How many sentences end in `gap` (a full stop, question or exclamation mark before white space).
fn sentence_ends(gap: &str) -> usize {
    gap.as_bytes()
        .windows(2)
        .filter(|w| matches!(w[0], b'.' | b'?' | b'!') && w[1].is_ascii_whitespace())
        .count()
}

/// The token `n` places before token `k`, in lower case.
fn word_before(toks: &[Token], k: usize, n: usize) -> Option<String> {
    k.checked_sub(n).map(|i| toks[i].text.to_ascii_lowercase())
}

/// Is the token `n` places before token `k` the word `w` (in lower case), in any case?
fn word_before_is(toks: &[Token], k: usize, n: usize, w: &str) -> bool {
    k.checked_sub(n).is_some_and(|i| word_is(toks, i, w))
}

/// The sentence's last figure before the one at token `k` (`earlier`), where it is a count whose
/// phrase ends at most `within` tokens before `k`.
fn count_just_before(earlier: &[Figure], k: usize, within: usize) -> Option<&Figure> {
    earlier
        .last()
        .filter(|f| f.kind == Kind::Count && k.saturating_sub(f.next_tok) <= within)
}

/// Is the figure at token `k` the one another is compared with: "up from 4,000", "down from
/// 71", "against 1.37 million", "compared with 900"?
fn compared_with(toks: &[Token], k: usize) -> bool {
    let before = |back: usize, w: &str| word_before_is(toks, k, back, w);
    before(1, "from") && (before(2, "up") || before(2, "down"))
        || before(1, "against")
        || before(1, "versus")
        || (before(1, "with") || before(1, "to")) && before(2, "compared")
}

/// The words of what a rate or a sum at token `k` measures, where a change or linking verb stands
/// before it: the verb's subject ("Inflation slowed to 7.2%", "GDP grew 3.2%", "the jobless rate
/// stood at 5.9%"), or the object between the verb and "by" or "to" ("raised its benchmark rate
/// by 50 basis points"). A pronoun, a name or a clause's word is no such thing.
fn changed_thing(rules: &Rules, toks: &[Token], k: usize, kind: Kind) -> Option<Range<usize>> {
    static HELPERS: WordList = WordList::new(&[
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "may", "might",
        "be", "been", "also", "already", "only", "more", "than", "further", "sharply", "slightly",
        "steadily", "go", "goes", "went", "gone", "going",
    ]);
    let verb_at = |i: usize| {
        toks[i].word
            && !toks[i].digit
            && (is_change_word(rules, toks[i].text)
                || words::with_lower(toks[i].text, noun::is_linking))
    };
    let mut v = k.checked_sub(1)?;
    let prep = matches!(toks[v].text, "to" | "by" | "at");
    if prep {
        v = v.checked_sub(1)?;
    } else if kind == Kind::Money {
        // ("lost $916 million": a sum a holder lost or gained is no measure of the holder; it
        // measures a thing only across "to" or "by": "Revenue rose to $5 billion")
        return None;
    }
    // the noun phrase that ends before token `end`: up to four words, none a function word
    let phrase_before = |end: usize| {
        let from = (end.saturating_sub(4)..end)
            .rev()
            .take_while(|&i| {
                let t = &toks[i];
                t.word
                    && !t.digit
                    && !t.is_number()
                    && !verb_at(i)
                    && words::with_lower(t.text, |w| {
                        !noun::is_stop(w) && !HELPERS.contains(w) && !noun::is_past(w)
                    })
            })
            .last()?;
        let head = &toks[end - 1];
        // (a common noun, or a word in capitals: "GDP"; a word in title case only where it
        // opens the sentence: "Inflation")
        let common = !head.capitalised()
            || head.text.bytes().all(|b| !b.is_ascii_lowercase())
            || from == 0 && end == 1;
        common.then(|| toks[from].start..head.end)
    };
    if verb_at(v) {
        let mut end = v;
        while end > 0 && words::with_lower(toks[end - 1].text, |w| HELPERS.contains(w)) {
            end -= 1;
        }
        return phrase_before(end);
    }
    // "raised its benchmark rate by 50 basis points": the object, after a change verb
    if !prep || toks[k - 1].text == "at" {
        return None;
    }
    // (the object right after the verb, a determiner or a particle between: "raised its
    // benchmark rate by", "cut the corporate tax rate to"; not "market share gained equates to")
    let verb = (v.saturating_sub(5)..v).rev().find(|&i| verb_at(i))?;
    let np = phrase_before(v + 1)?;
    let first = toks.partition_point(|t| t.start < np.start);
    let between = &toks[verb + 1..first];
    let opens = |t: &Token| {
        words::with_lower(t.text, |w| {
            matches!(
                w,
                "its" | "the" | "their" | "his" | "her" | "our" | "a" | "an" | "up" | "down"
            )
        })
    };
    (!between.is_empty() && between.len() <= 2 && between.iter().all(opens)).then_some(np)
}

/// Is token `i` the word `w`, in any case (false past the end)?
fn word_is(toks: &[Token], i: usize, w: &str) -> bool {
    toks.get(i).is_some_and(|t| t.text.eq_ignore_ascii_case(w))
}

/// A word after a measure that says which way it measures ("120 feet above", "110m tall").
fn is_dimension_word(word: &str) -> bool {
    words::with_lower(word, |w| {
        matches!(
            w,
            "above" | "below" | "high" | "tall" | "deep" | "long" | "wide" | "thick"
        )
    })
}

/// Does the figure end, before token `next`, with its unit written in the plural ("5 minutes",
/// "0.71 inches")? A measure that modifies a noun takes the singular ("a 10-minute
/// walk", "a 40 km road", "a 6.1-magnitude quake"), so the words after a plural unit are not the
/// thing it counts: "5 minutes late", "two weeks shows Clinton leading".
fn plural_unit_at(rules: &Rules, toks: &[Token], next: usize, p: &quantity::Parsed) -> bool {
    let (Some(code), Some(t)) = (&p.unit, next.checked_sub(1).and_then(|i| toks.get(i))) else {
        return false;
    };
    if !t.word || t.text.len() < 3 || !t.text.ends_with(['s', 'S']) {
        return false;
    }
    // the singular must name the same unit: "minutes" is "minute", while "Gbps" is no plural of
    // "Gbp" (a unit's singular is the start of its plural: "inches", "centuries" is not one)
    words::with_lower(t.text, |lower| {
        let (keep, ending) = words::singular_parts(lower);
        ending.is_empty()
            && keep < lower.len()
            && rules
                .units
                .longest(&lower[..keep])
                .is_some_and(|(n, u)| n == keep && u.code == *code)
    })
}

fn skip_hyphen(toks: &[Token], next: usize) -> usize {
    if toks.get(next).is_some_and(|t| t.text == "-") {
        next + 1
    } else {
        next
    }
}

/// A change named by the noun right after a figure that "a" or "an" opens ("a 38% fall in
/// profit", "a 4.6% rise"): the token `next` after the figure at token `k` is a whole change word.
/// (Not past a word between: NewsQuant's annotators read "a 5% pay rise" as a level.)
fn change_noun_after(
    rules: &Rules,
    toks: &[Token],
    k: usize,
    next: usize,
) -> Option<crate::claim::Change> {
    let opened = k > 0 && (word_is(toks, k - 1, "a") || word_is(toks, k - 1, "an"));
    // (a word in -ing describes the noun after it: "a three-game losing streak")
    let t = toks
        .get(next)
        .filter(|t| opened && t.word && !t.digit && !t.text.ends_with("ing"))?;
    let (n, change) = rules.changes.longest(t.text)?;
    (n == t.text.len() && !matches!(t.text, "up" | "down" | "higher" | "lower")).then_some(*change)
}

/// A change word right before the figure ("rose 5%", "fell by 2,000", "up nearly 57%").
fn change_before(rules: &Rules, toks: &[Token], k: usize) -> Option<crate::claim::Change> {
    let mut j = k;
    // "by a further 1.1 million", "another 3%"
    if j >= 2
        && word_is(toks, j - 2, "a")
        && (word_is(toks, j - 1, "further") || word_is(toks, j - 1, "additional"))
    {
        j -= 2;
    } else if j >= 1 && (word_is(toks, j - 1, "another") || word_is(toks, j - 1, "further")) {
        j -= 1;
    }
    let by = j > 0 && toks[j - 1].text.eq_ignore_ascii_case("by");
    if by {
        j -= 1;
        // "raised interest rates by 25 basis points", "raised the price of a loaf by 40p": the verb
        // may stand a few words back
        if let Some(v) = (j.saturating_sub(6)..j).rev().find(|&v| {
            // the table is read without regard to case
            let w = toks[v].text;
            toks[v].word && is_change_word(rules, w)
        }) && toks[v + 1..j]
            .iter()
            .all(|t| t.word && !opens_clause(t.text))
        {
            j = v + 1;
        }
    }
    // "a fall of 8.9 percentage points", "an increase of 12%", "a sharp drop of 3%": a change
    // noun after "a" (and an adjective) and before "of"
    if !by && j >= 3 && word_is(toks, j - 1, "of") {
        let noun = &toks[j - 2];
        let article = |i: usize| word_is(toks, i, "a") || word_is(toks, i, "an");
        if noun.word
            && (article(j - 3) || j >= 4 && toks[j - 3].word && article(j - 4))
            && let Some((n, change)) = rules.changes.longest(noun.text)
            && n == noun.text.len()
            && !matches!(noun.text, "up" | "down")
        {
            return Some(*change);
        }
    }
    let prev = toks.get(j.checked_sub(1)?)?;
    let (n, change) = rules.changes.longest(prev.text)?;
    words::with_lower(prev.text, |lower| {
        // "gave up 517 yards", "shut down 12 plants", "freeing up 50 million pesos": a phrasal
        // verb, not a change
        let phrasal = j >= 2
            && matches!(lower, "up" | "down")
            && words::with_lower(toks[j - 2].text, |before| {
                matches!(
                    before,
                    "gave"
                        | "give"
                        | "gives"
                        | "giving"
                        | "given"
                        | "set"
                        | "sets"
                        | "picked"
                        | "pick"
                        | "shut"
                        | "shuts"
                        | "broke"
                        | "break"
                        | "took"
                        | "take"
                        | "turned"
                        | "turn"
                        | "signed"
                        | "sign"
                        | "made"
                        | "make"
                        | "put"
                        | "putting"
                        | "backed"
                        | "back"
                        | "brought"
                        | "bring"
                        | "called"
                        | "call"
                        | "freed"
                        | "freeing"
                        | "free"
                        | "frees"
                )
            });
        // "has raised 280 million": money raised, not a rise ("raised rates by 25 basis points" is
        // one)
        let raised = !by && matches!(lower, "raised" | "raise" | "raises" | "raising");
        // "the lower 95 percent", "a higher 40 percent rate": a comparative after a determiner
        // describes the figure, it is no change
        let described = matches!(lower, "lower" | "higher")
            && j >= 2
            && ["the", "a", "an", "its", "their", "his", "her"]
                .iter()
                .any(|d| toks[j - 2].text.eq_ignore_ascii_case(d));
        (n == lower.len() && !phrasal && !raised && !described).then_some(*change)
    })
}

/// Is this word, in any case, a whole change word ("rose", "fell"; not "up" of "upgrade")?
fn is_change_word(rules: &Rules, word: &str) -> bool {
    rules
        .changes
        .longest(word)
        .is_some_and(|(n, _)| n == word.len())
}

/// A word that opens another clause or a passive between a change verb and its "by" ("rose after
/// the firm was hit by 30 lawsuits").
fn opens_clause(word: &str) -> bool {
    words::with_lower(word, |w| {
        matches!(
            w,
            "after"
                | "as"
                | "when"
                | "while"
                | "because"
                | "was"
                | "were"
                | "is"
                | "are"
                | "been"
                | "being"
                | "that"
                | "which"
                | "who"
                | "and"
                | "but"
        )
    })
}

/// "Ross was down 2.3%, Burlington by 2.6%": a bare `by` before a figure repeats the change of the
/// last figure of its kind in the sentence; "closed down 38.6 points, or 0.5%" restates the change
/// just before it in other terms; "rose 4% in May and 6% in June" lists a second change.
fn change_by_ellipsis(
    toks: &[Token],
    k: usize,
    kind: Kind,
    counts_a_thing: bool,
    earlier: &[Figure],
) -> Option<crate::claim::Change> {
    let before = |n: usize, w: &str| word_before_is(toks, k, n, w);
    // "Burlington by 2.6%", ", zinc by 0.7%", "and by 3% in April"; not ", offset by 6% growth"
    let verb = |w: &str| {
        words::with_lower(w, |l| {
            l.ends_with("ed") || matches!(l, "offset" | "hit" | "cut" | "led" | "set" | "driven")
        })
    };
    // (asked only after a "by", which most figures lack: read first, for each, with a `String`
    // for the verb, it cost 0.14 M instructions per MB more, measured)
    let listed = || {
        k >= 2
            && (matches!(toks[k - 2].text, "," | "and")
                || toks[k - 2].text.starts_with(|c: char| c.is_uppercase())
                || k >= 3 && toks[k - 3].text == "," && toks[k - 2].word && !verb(toks[k - 2].text))
    };
    if before(1, "by") && listed() {
        return earlier.iter().rev().find(|f| f.kind == kind)?.change;
    }
    if before(1, "or") && before(2, ",") {
        let last = earlier.last()?;
        return last.change.filter(|_| last.next_tok + 2 == k);
    }
    // "rose 4% in the first quarter and 6% in the second", "fell 3% in May, 2% in June": a
    // figure of the same kind listed right after a changed one, in the same few words, with no
    // verb or clause of its own between; not a share of something ("and 6% of staff were laid off")
    if !counts_a_thing && (before(1, "and") || before(1, ",")) {
        let last = earlier.last().filter(|f| f.kind == kind)?;
        let between = toks.get(last.next_tok..k - 1)?;
        let plain = between.len() <= 5
            && between.iter().all(|t| {
                t.text == ","
                    || t.word
                        && !words::with_lower(t.text, |l| {
                            l.ends_with("ed")
                                || matches!(l, "but" | "while" | "whereas" | "when" | "as")
                        })
            });
        return last.change.filter(|_| plain);
    }
    None
}

/// The words of a phrase before its last, and its last word (`None` for a phrase of one word).
/// (A search of the bytes: the phrase is short, and a reverse search for a `char` costs several
/// times as much.)
fn split_last_word(np: &str) -> Option<(&str, &str)> {
    let space = np.bytes().rposition(|b| b == b' ')?;
    Some((&np[..space], &np[space + 1..]))
}

/// The last word of a phrase ("soldiers" of "Malian soldiers").
fn last_word(np: &str) -> &str {
    split_last_word(np).map_or(np, |(_, w)| w)
}

/// Where the last word of the counted phrase at bytes `c` of the text starts in it (as `last_word`
/// finds it), given the phrase's head, its last token: right after the space before the head,
/// which no token holds; at 0 where the head opens the phrase. (The phrase's bytes are searched
/// only where something else stands before the head: searched for its unit, its entity and its
/// trigger in turn, they cost 0.36 M instructions per MB more, measured.)
fn last_word_start(text: &str, c: &Range<usize>, head: &Token) -> usize {
    if head.start == c.start {
        0
    } else if head.start > c.start && text.as_bytes().get(head.start - 1) == Some(&b' ') {
        head.start - c.start
    } else {
        let np = &text[c.clone()];
        np.len() - last_word(np).len()
    }
}

/// The counted thing as written, its last word in the singular: `Malian soldiers` → `Malian soldier`.
/// A singular that is the start of the last word as written (most are) makes the phrase a start of
/// `np`, copied once.
fn entity_phrase(np: &str) -> CompactString {
    // the last word starts after the last space, at 0 for a phrase of one word
    entity_phrase_at(np, np.len() - last_word(np).len())
}

/// `entity_phrase`, given where the phrase's last word starts (`last_word_start`).
fn entity_phrase_at(np: &str, at: usize) -> CompactString {
    use std::borrow::Cow;
    match singular_keep_case(&np[at..]) {
        Cow::Borrowed(kept) => CompactString::from(&np[..at + kept.len()]),
        Cow::Owned(head) => {
            let mut phrase = CompactString::with_capacity(at + head.len());
            phrase.push_str(&np[..at]);
            phrase.push_str(&head);
            phrase
        }
    }
}

/// The singular of a word in any case (`singular`), as written where it is the word's start in any
/// case ("Soldiers" → "Soldier", "Children" → "Child"), else in lower case ("Women" → "woman").
/// Borrowed from the word but where it takes an ending the word does not have.
fn singular_keep_case(w: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if !w.is_ascii() {
        // (lower-casing may change a wide word's length: its singular is compared as a whole)
        let lower = w.to_lowercase();
        let s = singular(&lower);
        return if lower != w
            && s.len() <= w.len()
            && w.is_char_boundary(s.len())
            && w[..s.len()].eq_ignore_ascii_case(&s)
        {
            Cow::Borrowed(&w[..s.len()])
        } else {
            Cow::Owned(s)
        };
    }
    // an ASCII word's start is its lower-cased start in any case: only the ending is compared
    let (keep, ending) = words::with_lower(w, words::singular_parts);
    let n = keep + ending.len();
    match w.get(keep..n) {
        Some(end) if end.eq_ignore_ascii_case(ending) => Cow::Borrowed(&w[..n]),
        _ => {
            let mut s = w[..keep].to_ascii_lowercase();
            s.push_str(ending);
            Cow::Owned(s)
        }
    }
}

/// Where the figure's event happened, when its clause says so: "killed in Gao", "at Kidal airport".
fn place_after(toks: &[Token], after: usize) -> Option<CompactString> {
    let window = &toks[after.min(toks.len())..(after + 8).min(toks.len())];
    // the preposition, unless a token that is no word or a conjunction comes first: the scan
    // stops at whichever it meets first (most often a comma or a full stop, a few tokens on)
    let at = window.iter().position(|t| {
        !t.word
            || matches!(
                t.text,
                "in" | "at" | "near" | "outside" | "and" | "but" | "while"
            )
    })?;
    if !matches!(window[at].text, "in" | "at" | "near" | "outside") {
        return None;
    }
    let after_the = window[at + 1..].iter().position(|t| t.text != "the")?;
    place_name(&window[at + 1 + after_the..]).map(|(name, _)| name)
}

/// The place a distance is told from, named after "of" or "from" within a few words of the
/// measure that ends before token `after`: "75 kilometres (50 miles) west of Manokwari", "east of
/// the country's capital, Jakarta", "from the main city of Manokwari".
fn reference_place(toks: &[Token], after: usize) -> Option<CompactString> {
    let window = toks.get(after..)?;
    let window = &window[..window.len().min(16)];
    let of = window
        .iter()
        .take(8)
        .position(|t| matches!(t.text, "of" | "from"))?;
    let from = of
        + 1
        + window[of + 1..]
            .iter()
            .take(8)
            .take_while(|t| !matches!(t.text, "." | ";" | ")" | "and" | "but" | "which"))
            .position(|t| t.capitalised())?;
    place_name(&window[from..]).map(|(name, _)| name)
}

/// The place named by the capitalised words `toks` open with, and how many they are: none where
/// they open with none, or with a month or a weekday ("in March", "at Friday's rally").
fn place_name(toks: &[Token]) -> Option<(CompactString, usize)> {
    let n = toks.iter().take_while(|t| t.capitalised()).count();
    let names = &toks[..n];
    let first = names.first()?.text.to_ascii_lowercase();
    if time::month(&first).is_ok() || time::weekday(&first).is_ok() {
        return None;
    }
    let names: Vec<&str> = names.iter().map(|t| t.text).collect();
    Some((names.join(" ").into(), n))
}

/// The place a sentence opens with, set off by a comma, for a figure after it: "In Valencia,
/// police counted 12,000 people" ("In March," is a time, not a place).
fn place_opening(toks: &[Token], k: usize) -> Option<CompactString> {
    let (first, rest) = toks.split_first()?;
    if !matches!(first.text, "In" | "At") {
        return None;
    }
    let from = usize::from(rest.first()?.text == "the");
    let (name, n) = place_name(&rest[from..])?;
    let comma = 1 + from + n;
    if n > 4 || toks.get(comma).is_none_or(|t| t.text != ",") || comma >= k {
        return None;
    }
    Some(name)
}

/// Does a verb of motion stand before the figure at token `k`, past a hedge of two words at most
/// ("advanced 20 km", "travelled some 300 km", "drove about 40 miles")?
fn after_a_motion(toks: &[Token], k: usize) -> bool {
    static MOTION: WordList = WordList::new(&[
        "advanced",
        "advance",
        "advancing",
        "travelled",
        "traveled",
        "travel",
        "travelling",
        "traveling",
        "drove",
        "driven",
        "walked",
        "marched",
        "moved",
        "flew",
        "fled",
        "pushed",
        "retreated",
        "sailed",
        "ran",
        "swam",
        "trekked",
        "covered",
        "went",
        "came",
        "withdrew",
    ]);
    (1..=3).any(|back| {
        k.checked_sub(back)
            .is_some_and(|j| MOTION.contains_any_case(toks[j].text))
    })
}

/// A predicate's trigger right after a physical measure (`after` the token after it), past a
/// conversion in brackets of five tokens at most, or out of the brackets the measure is the
/// conversion in: "120 km (75 miles) south of the capital".
fn trigger_after_measure(
    rules: &Rules,
    text: &str,
    toks: &[Token],
    after: usize,
) -> Option<CompactString> {
    let mut i = after;
    match toks.get(i).map(|t| t.text) {
        Some("(") => i += toks.get(i..)?.iter().take(6).position(|t| t.text == ")")? + 1,
        // the conversion itself: "(900 miles) northeast of Bamako"
        Some(")") => i += 1,
        _ => {}
    }
    noun::trigger_at(rules, text, toks, i)
        .filter(|(found, _)| found.rule.fits(Kind::Measure))
        .map(|(found, _)| CompactString::from(&found.rule.name))
}

/// An anchor widened back to the "since" whose clause it ends, which makes a running total of a
/// figure outside that clause: "40 people have died since the boat went down on Thursday" (a
/// clause of at most eight words, unbroken by a comma). A figure in the clause keeps its day
/// ("since 40 people died on Thursday").
fn since_clause(text: &str, anchor: Range<usize>, figure: usize) -> Range<usize> {
    let Some(before) = text.get(anchor.start.saturating_sub(80)..anchor.start) else {
        return anchor;
    };
    // (the last "since " in 80 bytes, found from its first letter back: a searcher for the word,
    // made at each call, cost more than the search, 1.5 M instructions per MB)
    let bytes = before.as_bytes();
    let Some(at) = memchr::memrchr_iter(b's', bytes).find(|&i| bytes[i..].starts_with(b"since "))
    else {
        return anchor;
    };
    let clause = &before[at..];
    let opens_word = at == 0 || !before.as_bytes()[at - 1].is_ascii_alphabetic();
    let since = anchor.start - clause.len();
    let plain = !clause.contains([',', ';', '.', '"', '(', ')', ':']);
    if opens_word
        && plain
        && clause.split(' ').count() <= 10
        && !(since..anchor.start).contains(&figure)
    {
        since..anchor.end
    } else {
        anchor
    }
}

/// An anchor "since <date>" cut to its date where the figure, at byte `figure`, stands in the
/// "when" clause that follows it: "the worst since 2023, when 57 people died" dates the 57 to 2023,
/// where the others since then are counted from it.
fn when_of_since(text: &str, anchor: Range<usize>, figure: usize) -> Range<usize> {
    let since = text
        .get(anchor.clone())
        .and_then(|a| a.get(..6))
        .is_some_and(|w| w.eq_ignore_ascii_case("since "));
    let within = text
        .get(anchor.end..figure)
        .and_then(|gap| gap.strip_prefix(", when "))
        .is_some_and(|clause| !clause.contains([',', ';', '.']));
    if since && within {
        anchor.start + 6..anchor.end
    } else {
        anchor
    }
}

/// The time anchor nearest to a figure in its sentence: not one the figure is part of, nor one
/// after it that frames something else (`frames_something_else`).
fn nearest_anchor(
    text: &str,
    anchors: &[Range<usize>],
    start: usize,
    end: usize,
) -> Option<Range<usize>> {
    let outside =
        |a: &&Range<usize>| !(a.start <= start && end <= a.end || start <= a.start && a.end <= end);
    // the end of the last anchor before the figure that it counts from ("days after"), if any
    let cut = anchors
        .iter()
        .filter(|a| a.end <= start && counts_from(text, a, start))
        .map(|a| a.end)
        .max();
    let gap = |a: &Range<usize>| {
        if a.end <= start {
            a.end..start
        } else {
            end..a.start.max(end)
        }
    };
    // an anchor after the figure, unless it frames something else; one before it, unless it
    // stands in a relative clause closed before the figure ("the deal, which is expected to close
    // in the fourth quarter, offers a target of $21")
    let its_own = |a: &&Range<usize>| {
        // (and none before a relative clause that the figure stands in: "said today that the
        // town, where five people were killed at the weekend, …")
        if a.start < end {
            // ("a day after a crush killed 36 people": the figure is in what the anchor counts
            // from, not at the anchor's time, nor at one before it; `cut` ends at or after the
            // end of any such anchor)
            if cut.is_some_and(|c| a.end <= c) {
                return false;
            }
            return !text.get(a.end..start).is_some_and(|gap| {
                gap.as_bytes().contains(&b',')
                    && (in_relative_clause(text, a.start)
                        || relative_clause_opening(text, start)
                            .is_some_and(|c| a.end <= c && !dates_antecedent(text, a, c)))
                    // (nor one in a quotation that closes before the figure: "Last week I
                    // buried my neighbour," said Miriam Osei, 52)
                    || closes_a_quotation(gap)
            });
        }
        // (nor one in a relative clause that opens after the figure: "14 points for the Orange,
        // who have won six in a row since December 15"; nor one in what a participle of speech
        // set off after it reports, with a figure of its own: "a 4.5% raise for 2026, arguing
        // that inflation of 3.9% last year")
        !text.get(end..a.start).is_some_and(|gap| {
            frames_something_else(gap)
                || compared_then(gap, &text[a.start..a.end])
                || reports_another_figure(gap)
                || relative_clause_after_comma(gap)
                || has(gap.as_bytes(), b", ")
                    && (in_relative_clause(text, start)
                        || relative_clause_opening(text, a.start)
                            .is_some_and(|c| c >= end && !tells_of_an_event(&text[c..])))
        })
    };
    // the nearest first, each asked whether it is the figure's only when it is the nearest left
    // (a gap read for every anchor of the sentence at every figure cost 3.3 M instructions per
    // MB); but one across "and" comes after one within the figure's own words ("Five were shot
    // dead on Tuesday and three more on Wednesday")
    let across = |g: Range<usize>| {
        text.get(g)
            .is_some_and(|g| g.starts_with("and ") || has(g.as_bytes(), b" and "))
    };
    let mut passed = 0u64;
    let mut across_and = None;
    while let Some((i, a)) = anchors
        .iter()
        .take(64)
        .enumerate()
        .filter(|&(i, a)| passed & 1 << i == 0 && outside(&a))
        .min_by_key(|&(_, a)| gap(a).len())
    {
        passed |= 1 << i;
        if !its_own(&a) {
            continue;
        }
        if !across(gap(a)) {
            return Some(a.clone());
        }
        across_and.get_or_insert_with(|| a.clone());
    }
    across_and
}

/// Is the anchor `a` a year that dates the noun a relative clause (its comma at `comma`) tells
/// of ("the 2017 Thomas Fire, which burned 282,000 acres")? Only the name stands between.
fn dates_antecedent(text: &str, a: &Range<usize>, comma: usize) -> bool {
    a.len() == 4
        && text
            .get(a.clone())
            .is_some_and(|year| year.bytes().all(|b| b.is_ascii_digit()))
        && text
            .get(a.end..comma)
            .is_some_and(|name| !name.contains(',') && name.split_whitespace().count() <= 4)
}

/// Is the anchor `a` one that counts from an event ("a day after", "just days before") that the
/// figure at byte `start`, with no comma between, tells of ("a day after a crush killed 36
/// people")?
fn counts_from(text: &str, a: &Range<usize>, start: usize) -> bool {
    text.get(a.clone())
        .is_some_and(|anchor| anchor.ends_with(" after") || anchor.ends_with(" before"))
        && text.get(a.end..start).is_some_and(|gap| !gap.contains(','))
}

/// Does `gap` (between an anchor and the figure after it) close the quotation the anchor stands
/// in: is its first quotation mark a closing one (a curly ”, or a straight one after a word or a
/// mark and before a space, a comma or the gap's end)? ("On Tuesday the so-called "red zone" held
/// 300 people" opens one first.)
fn closes_a_quotation(gap: &str) -> bool {
    // (the marks by their first bytes, a vector search: most gaps hold none)
    let b = gap.as_bytes();
    for i in memchr::memchr2_iter(b'"', 0xE2, b) {
        if b[i] == b'"' {
            return i > 0
                && !b[i - 1].is_ascii_whitespace()
                && b.get(i + 1)
                    .is_none_or(|n| n.is_ascii_whitespace() || *n == b',');
        }
        match b.get(i..i + 3) {
            Some(m) if m == "”".as_bytes() => return true,
            Some(m) if m == "“".as_bytes() => return false,
            _ => {}
        }
    }
    false
}

/// Does `gap` (between a figure and an anchor after it) set off a participle of speech (", arguing
/// that …", ", saying …") whose words hold a figure of their own, nearer the anchor?
fn reports_another_figure(gap: &str) -> bool {
    const SPEECH: [&str; 10] = [
        "arguing",
        "saying",
        "adding",
        "noting",
        "claiming",
        "insisting",
        "warning",
        "explaining",
        "citing",
        "stressing",
    ];
    let b = gap.as_bytes();
    memchr::memchr_iter(b',', b)
        .find(|&c| b.get(c + 1) == Some(&b' '))
        .is_some_and(|c| {
            let rest = &gap[c + 2..];
            rest.split(' ').next().is_some_and(|w| SPEECH.contains(&w))
                && rest.bytes().any(|b| b.is_ascii_digit())
        })
}

/// "slipped 6.4% to €5.3 billion from €5.66 billion a year earlier": an anchor of the time
/// compared with ("a year earlier", "last year", "the previous quarter") after a figure "from"
/// which another rose or fell (in `gap`, between them) is that figure's. ("rose to 72 from 60 on
/// Saturday" dates the rise.)
fn compared_then(gap: &str, anchor: &str) -> bool {
    let then = |a: &str| {
        a.ends_with(" earlier")
            || a.ends_with(" ago")
            || a.ends_with(" before")
            || a.starts_with("last ")
            || a.starts_with("a year")
            || a.contains("previous")
            || a.contains("same period")
    };
    // (the first "from " found from its first letter, as `since_clause` finds its "since ": a
    // searcher for the word would be made at each call)
    let from_a_figure = || {
        let b = gap.as_bytes();
        memchr::memchr_iter(b'f', b)
            .find(|&i| b[i..].starts_with(b"from "))
            .is_some_and(|i| {
                gap[i + 5..]
                    .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£'))
            })
    };
    then(anchor) && from_a_figure()
}

/// Does a time anchor that follows a figure after `gap` frame something else than the figure?
/// - the baseline it is compared with: "62.3 percent, up from 58 percent in 2019";
/// - a superlative's comparison: "killed 14 people, the deadliest since 2019", "rose 5%, its
///   biggest gain this year"; or a multiple's: "topped 1.2 million, twice the figure of last
///   year";
/// - a baseline after a comma further on: "lost $1.3bn in the first quarter, against a profit
///   of $450m a year earlier" (not "in two games against Drake earlier this season");
/// - a clause set against the figure's: "played in 10 games, but had to sit out in October",
///   "43 percent in 2012; this year 58 percent", or one the anchor opens after "and": "gave $200
///   or less, and this year 58 percent…" (where the anchor ends a clause after "and", it may
///   frame a list of deeds, the figure's with them: "rushed for 404 yards, …, and scored three
///   touchdowns this season").
fn frames_something_else(gap: &str) -> bool {
    let lead = gap.trim_start_matches([',', ' ']);
    if lead.len() < 60
        && ["up from ", "down from ", "compared "]
            .iter()
            .any(|p| lead.starts_with(p))
    {
        return true;
    }
    // (an anchor right after "and" opens the next clause: "evacuated 14 villages and on
    // Wednesday night crews held the line")
    let end = gap.trim_end();
    if end.ends_with(" and") || end == "and" {
        return true;
    }
    // (most gaps hold neither a comma nor a semicolon, and are passed over by one search)
    let b = gap.as_bytes();
    if memchr::memchr2(b',', b';', b).is_none() {
        return false;
    }
    if has(b, b"; ") {
        return true;
    }
    // (the commas found by bytes: a search for ", " set up a searcher at each gap)
    memchr::memchr_iter(b',', b)
        .filter(|&i| b.get(i + 1) == Some(&b' '))
        .any(|i| {
            let mut words = gap[i + 2..].split(' ');
            let first = words.next().unwrap_or("");
            [
                "but", "while", "whereas", "although", "though", "against", "versus",
            ]
            .contains(&first)
                || ["up", "down"].contains(&first) && words.clone().next() == Some("from")
                || ["the", "its", "their", "his", "her", "a"].contains(&first)
                    && words.next().is_some_and(superlative)
                || multiple(gap[i + 2..].split(' '))
        })
}

/// Does `hay` hold `needle` (a few bytes)? Found where its first byte other than a space is
/// (`memchr`; "; ", ", " and " and " are looked for, whose `;`, `,` and `a` are rarer than a
/// space): `str::contains` set up a searcher for the string at each gap (1.9 M instructions per
/// MB of the synthetic corpus), and a comparison at every byte cost as much.
fn has(hay: &[u8], needle: &[u8]) -> bool {
    let p = needle.iter().position(|&b| b != b' ').unwrap_or(0);
    let Some(&key) = needle.get(p) else {
        return true;
    };
    memchr::memchr_iter(key, hay).any(|i| {
        i.checked_sub(p)
            .and_then(|from| hay.get(from..from + needle.len()))
            == Some(needle)
    })
}

/// Do `words` open a multiple the figure is compared with ("twice the figure of last year",
/// "nearly three times the 2019 level", "half that of a year earlier")?
fn multiple<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let mut words = words.skip_while(|w| {
        [
            "nearly", "almost", "about", "roughly", "more", "less", "than",
        ]
        .contains(w)
    });
    let first = words.next().unwrap_or("");
    ["twice", "double", "triple", "thrice", "half", "quadruple"].contains(&first)
        || words.next() == Some("times")
}

/// Does a figure that starts at `start` stand in a relative clause set off by a comma ("The
/// company, which employs about 9,500 people, said it would cut 1,200 jobs over the next two
/// years")? An anchor past the clause's closing comma is the main clause's.
fn in_relative_clause(text: &str, start: usize) -> bool {
    relative_clause_opening(text, start).is_some()
}

/// Does a relative clause (from its comma) tell when the event happened that a figure before it
/// comes of ("killed by the quake, which struck Aceh on Tuesday")? Its verb says so.
fn tells_of_an_event(clause: &str) -> bool {
    let mut words = clause.split_ascii_whitespace().skip(1);
    words.next() == Some("which")
        && words.next().is_some_and(|verb| {
            [
                "struck",
                "hit",
                "erupted",
                "began",
                "started",
                "occurred",
                "happened",
                "broke",
                "swept",
                "ripped",
                "tore",
                "exploded",
                "overflowed",
                "flooded",
                "burst",
                "collapsed",
                "sank",
                "capsized",
                "crashed",
            ]
            .contains(&verb)
        })
}

/// Does `gap` (between a figure and an anchor after it) set off, after a comma, a relative clause
/// with a verb of its own that the anchor stands in? ("2,117 career points, passing Buford's
/// mark that had stood since 1999": the mark stood since then, not the points; but not a clause
/// that tells of the event itself: "residents fled, most from along the river, which overflowed
/// early on Sunday".)
fn relative_clause_after_comma(gap: &str) -> bool {
    let Some(comma) = memchr::memchr(b',', gap.as_bytes()) else {
        return false;
    };
    // (from the comma on, which stands before the pronoun where it opens the clause)
    let rest = &gap[comma..];
    // (where the word before the pronoun starts, to hand the clause from there on)
    let mut words = rest.split_ascii_whitespace();
    let mut before = 0;
    while let Some(w) = words.next() {
        if matches!(w, "that" | "which" | "who") {
            return words.next().is_some_and(|v| {
                matches!(v, "had" | "has" | "have" | "was" | "were" | "is" | "are")
                    || v.len() > 4 && v.ends_with("ed")
            }) && !tells_of_an_event(&rest[before..]);
        }
        before = w.as_ptr() as usize - rest.as_ptr() as usize;
    }
    false
}

/// `in_relative_clause`'s comma: where the clause that `start` stands in opens.
fn relative_clause_opening(text: &str, start: usize) -> Option<usize> {
    let before = text.get(..start).unwrap_or_default();
    // (by bytes, the marks being ASCII, with a vector search: a byte loop read some 350
    // instructions a call back to the clause's mark, 0.28 M instructions per MB)
    let comma = memchr::memrchr3(b',', b'.', b';', before.as_bytes())?;
    (before.as_bytes()[comma] == b','
        && ["which", "who", "whose", "where"].contains(
            &before[comma + 1..]
                .split_ascii_whitespace()
                .next()
                .unwrap_or_default(),
        ))
    .then_some(comma)
}

/// Is a word a superlative ("highest", "deadliest", "worst", "most"), as opens the comparison
/// set off after a figure? Read by its ending, but for the nouns and adjectives that end alike.
fn superlative(word: &str) -> bool {
    const IRREGULAR: [&str; 7] = [
        "worst", "best", "most", "least", "first", "fewest", "record",
    ];
    const NOT: [&str; 22] = [
        "interest", "protest", "request", "contest", "harvest", "conquest", "inquest", "arrest",
        "unrest", "manifest", "midwest", "forest", "honest", "modest", "earnest", "guest", "quest",
        "chest", "rest", "test", "west", "nest",
    ];
    let w = word.trim_end_matches([',', '.']);
    IRREGULAR.contains(&w)
        || w.len() > 4
            && w.ends_with("est")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !NOT.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::{
        Rules, claim_id, coordinate, frames_something_else, glued, has, id_prefix, last_word,
        last_word_start, mark_between, may_start_figure, noun, superlative, to_12_digits,
        token_at_or_after, words,
    };

    /// `has` finds what `str::contains` finds, at the start, the end, next to a space and not.
    #[test]
    fn has_is_contains() {
        let texts = [
            "",
            " ",
            "and",
            " and ",
            "x and y",
            "sand dune",
            "a, b",
            ",",
            "; ",
            "x;y",
            "and ",
            " and",
            "the toll rose; and then, up from 4, and 5",
        ];
        for t in texts {
            for n in [" and ", "; ", ", ", ";"] {
                assert_eq!(
                    has(t.as_bytes(), n.as_bytes()),
                    t.contains(n),
                    "{t:?} {n:?}"
                );
                let long = format!("{}{t}", "x".repeat(70));
                assert_eq!(
                    has(long.as_bytes(), n.as_bytes()),
                    long.contains(n),
                    "{long:?} {n:?}"
                );
            }
        }
    }

    /// Superlatives open a comparison; nouns and adjectives that merely end alike do not.
    #[test]
    fn superlatives_by_their_ending() {
        for w in [
            "highest",
            "deadliest",
            "worst",
            "most",
            "biggest,",
            "record",
        ] {
            assert!(superlative(w), "{w}");
        }
        for w in [
            "interest",
            "protest",
            "west",
            "best-selling",
            "Highest",
            "largely",
            "",
        ] {
            assert!(!superlative(w), "{w}");
        }
    }

    /// The gap between a figure and a time anchor after it tells whether the anchor frames the
    /// figure or something else.
    #[test]
    fn what_a_later_anchor_frames() {
        for gap in [
            ", up from 58 percent ",
            ", the deadliest ",
            ", their lowest level ",
            ", but had to sit out ",
            "; ",
            ", and ",
            ", twice the figure of ",
            ", nearly three times the level of ",
            " in the first quarter, against a profit of ",
            " in May, up from ",
        ] {
            assert!(frames_something_else(gap), "{gap:?}");
        }
        for gap in [
            " ",
            ", ",
            ", and scored five touchdowns ",
            " in the protest ",
            ", the interest ",
        ] {
            assert!(!frames_something_else(gap), "{gap:?}");
        }
    }

    /// Rounding to 12 digits by the shortest form gives what rounding through text gives.
    #[test]
    fn twelve_digits_as_text_gives_them() {
        let by_text = |x: f64| format!("{x:.11e}").parse::<f64>().ok();
        let mut xs = vec![
            0.0,
            -0.0,
            0.1 + 0.2,
            1.0 / 3.0,
            1034.9999999999998,
            1035.0,
            0.09999999999999999,
            9.999999999995e-5,
            99999999999.95,
            123456789012.5,
            1e300,
            -2.5e-300,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::INFINITY,
            f64::NAN,
        ];
        // products and quotients like those of a conversion, across many magnitudes
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let a = (seed % 1_000_000) as f64 / 100.0;
            let b = ((seed >> 20) % 10_000 + 1) as f64 / 7.0;
            let scale = 10f64.powi((seed >> 40) as i32 % 40 - 20);
            xs.extend([a * b * scale, a / b * scale, -a * 1.609344 * scale]);
        }
        for x in xs {
            let (got, want) = (to_12_digits(x), by_text(x));
            assert_eq!(
                got.map(f64::to_bits),
                want.map(f64::to_bits),
                "{x:e}: {got:?} {want:?}"
            );
        }
    }

    /// A figure's words are what reading the article's bytes with their faults replaced gives,
    /// whether the normalised text holds the same bytes there or not (or has no such span).
    #[test]
    fn written_words_are_the_bytes_read_lossily() {
        let mut texts = crate::fixture_texts();
        texts.push("caf\u{e9} \u{201c}5\u{201d} km".into());
        for text in &texts {
            let norm = text.replace('\u{201c}', "\"");
            let mut bytes = text.as_bytes().to_vec();
            // a fault in the bytes, where the text has a character of two
            if let Some(i) = text
                .char_indices()
                .find(|(_, c)| c.len_utf8() == 2)
                .map(|(i, _)| i)
            {
                bytes[i + 1] = b'x';
            }
            for start in (0..bytes.len()).step_by(7) {
                for end in [start, start + 1, start + 5, start + 12, start + 40] {
                    let Some(b) = bytes.get(start..end) else {
                        continue;
                    };
                    let want = crate::claim::CompactString::from_utf8_lossy(b);
                    assert_eq!(super::written(b, &norm, &(start..end)), want);
                    assert_eq!(super::written(b, text, &(start..end)), want);
                }
            }
        }
    }

    /// Each figure's statement, as the sweep finds it, is the narrowest statement (the first of
    /// equals) with a piece that holds the figure, as one looks at every piece for every figure:
    /// on many generated articles, their figures in order and not.
    #[test]
    fn the_sweep_finds_the_narrowest_statement_that_holds_a_figure() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        for _ in 0..3000 {
            let statements = next(12);
            let mut pieces = Vec::new();
            for i in 0..statements {
                for _ in 0..1 + next(3) / 2 {
                    let start = next(200);
                    pieces.push((start, start + next(80), i));
                }
            }
            let width = |i: usize| {
                pieces
                    .iter()
                    .filter(|p| p.2 == i)
                    .map(|p| p.1 - p.0)
                    .sum::<usize>()
            };
            let mut figures: Vec<std::ops::Range<usize>> = (0..next(10))
                .map(|_| {
                    let start = next(240);
                    start..start + next(12)
                })
                .collect();
            if next(3) > 0 {
                figures.sort_by_key(|f| f.start);
            }
            let want: Vec<Option<usize>> = figures
                .iter()
                .map(|f| {
                    pieces
                        .iter()
                        .filter(|p| p.0 <= f.start && f.end <= p.1)
                        .map(|p| p.2)
                        .min_by_key(|&i| (width(i), i))
                })
                .collect();
            let mut spans = pieces.clone();
            let mut got = Vec::new();
            super::carriers(&figures, |f| f, &mut spans, width, &mut got);
            assert_eq!(got, want, "{figures:?} {pieces:?}");
        }
    }

    /// A list of lists of tokens comes back empty, with its room (no allocation is made for it).
    #[test]
    fn a_list_of_token_lists_keeps_its_room() {
        let mut lists: Vec<Vec<words::Token>> = Vec::with_capacity(37);
        lists.extend((0..5).map(|_| Vec::with_capacity(3)));
        let room = lists.capacity();
        let lists: Vec<Vec<words::Token<'static>>> = super::relist(lists);
        assert!(lists.is_empty());
        assert_eq!(lists.capacity(), room);
    }

    /// An id is the same whether it is put together inline or on the heap.
    #[test]
    fn claim_ids_short_and_long() {
        let id = |doc: &str, n: usize| claim_id(&id_prefix(doc), n);
        assert_eq!(id("a2", 0), "a2#1");
        assert_eq!(id("", 9), "#10");
        let long = "0-/work/shared/eval/dev/breitbart_2016-09-12.txt";
        for doc in [&long[..20], &long[..21], &long[..22], &long[..23], long] {
            for n in [0, 9, 99, 12_345] {
                assert_eq!(id(doc, n), format!("{doc}#{}", n + 1));
            }
        }
    }

    /// The sentence counted on from figure to figure is the one a binary search of the sentences
    /// finds, on the fixtures' sentences: for figures in order, for those that reach back, and
    /// for those that leave their sentence or stand in none.
    #[test]
    fn the_sentence_counted_on_is_the_one_searched_for() {
        let rules = Rules::defaults();
        for text in crate::fixture_texts() {
            let sentences = crate::text::prepare(text.as_bytes(), 0, &rules).sentences;
            let searched = |f: &std::ops::Range<usize>| {
                sentences[..sentences.partition_point(|s| s.start <= f.start)]
                    .last()
                    .filter(|s| f.end <= s.end)
                    .cloned()
                    .unwrap_or(f.clone())
            };
            let mut figures = Vec::new();
            for start in (0..text.len() + 2).step_by(7) {
                figures.push(start..start + start % 23);
                if start % 5 == 0 {
                    figures.push(start / 2..start / 2 + 3);
                }
            }
            let mut seen = 0;
            for f in &figures {
                let got = super::holding_sentence(&sentences, &mut seen, f);
                assert_eq!(got, searched(f), "{f:?}");
            }
        }
    }

    /// An extraction made in the lists of another one, done with and handed back, is the one made
    /// in new lists.
    #[test]
    fn an_extraction_in_the_lists_of_another_is_the_same() {
        let rules = Rules::defaults();
        let mut spare = super::Extraction::default();
        for text in crate::fixture_texts() {
            let article = crate::Article::new("a1", text.as_str());
            // (no lists are handed back before this one: each extraction takes those there are)
            let new = super::extract(&article, &rules);
            super::give_back(spare.claims, spare.attributions);
            let reused = super::extract(&article, &rules);
            assert_eq!(reused.claims, new.claims);
            assert_eq!(reused.attributions, new.attributions);
            assert_eq!(
                (reused.repeated, reused.boilerplate),
                (new.repeated, new.boilerplate)
            );
            spare = reused;
        }
    }

    /// The marks a word of letters carries turn away only words that open no figure: every word
    /// `Rules::figure_starts` holds and every currency symbol written with letters, in any case,
    /// before a figure or glued to it, is still tried.
    #[test]
    fn marks_turn_away_no_word_that_opens_a_figure() {
        let rules = Rules::defaults();
        let mut words: Vec<String> = rules.figure_starts.iter().cloned().collect();
        for c in rules.file.currencies.values() {
            words.extend(c.symbols.iter().cloned());
        }
        words.extend(
            [
                "the", "soldiers", "said", "Kidal", "in", "at", "on", "rs", "usd",
            ]
            .map(String::from),
        );
        for w in &words {
            let mut chars = w.chars();
            let title: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .collect();
            for w in [w.clone(), w.to_uppercase(), title + chars.as_str()] {
                for text in [format!("{w} 5 soldiers"), format!("{w}5 soldiers")] {
                    let toks = words::tokens(&text, 0..text.len(), &rules.word_marks);
                    let t = &toks[0];
                    let head = t.text.split('-').next().unwrap_or(t.text);
                    let opens = rules.currency_symbols.longest(&text).is_some()
                        || t.word && rules.figure_starts.contains(&head.to_ascii_lowercase());
                    if opens {
                        assert!(may_start_figure(&rules, t, &text), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn glued_tokens_as_the_text_before_them_ends() {
        let rules = Rules::defaults();
        let mut texts = crate::fixture_texts();
        texts.push("magnitude-6.1 COVID-19 10^400 é5 日-3 -5 x.5 (4) ^x".to_string());
        for text in texts {
            for t in words::tokens(&text, 0..text.len(), &rules.word_marks) {
                let before = &text[..t.start];
                let old = !t.word && t.start > 0 && before.ends_with(|c: char| c.is_alphanumeric())
                    || before.ends_with('^');
                assert_eq!(glued(&text, &t), old, "{:?}", t.text);
            }
        }
    }

    /// A coordinate read as bytes is the one read from slices of the text, at every character of
    /// the fixtures.
    #[test]
    fn coordinates_read_as_bytes_as_from_the_str() {
        fn from_str(s: &str, letters: &[u8]) -> Option<usize> {
            let b = s.as_bytes();
            let mut n = b
                .iter()
                .take_while(|c| c.is_ascii_digit() || **c == b'.')
                .count();
            if n == 0 || !b[0].is_ascii_digit() {
                return None;
            }
            for mark in [" ", "°", " "] {
                if s[n..].starts_with(mark) {
                    n += mark.len();
                }
            }
            let letter = *b.get(n)?;
            let ends = b.get(n + 1).is_none_or(|c| !c.is_ascii_alphanumeric());
            (letters.contains(&letter) && ends).then_some(n + 1)
        }
        let mut texts = crate::fixture_texts();
        texts.push("19.4 N, 155.3 W; 38.3°N 142.4°E; 1.5° S 3 W 4  N 5°".to_string());
        for text in texts {
            for at in (0..text.len()).filter(|&at| text.is_char_boundary(at)) {
                for letters in [b"NS", b"EW"] {
                    let s = &text[at..];
                    assert_eq!(coordinate(s, letters), from_str(s, letters), "at {at}");
                }
            }
        }
    }

    #[test]
    fn tokens_counted_on_from_a_figure_end_where_the_search_ends() {
        // every end from a token's start to 60 bytes on (and past the text), on the fixtures
        let rules = Rules::defaults();
        for text in crate::fixture_texts() {
            let toks = words::tokens(&text, 0..text.len(), &rules.word_marks);
            for (k, t) in toks.iter().enumerate() {
                for end in (t.start..t.start + 60).chain([text.len(), text.len() + 1]) {
                    assert_eq!(
                        token_at_or_after(&toks, k, end),
                        toks.partition_point(|x| x.start < end),
                        "token {k}, end {end}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_mark_between_two_claims_is_trimmed_as_str_trim_trims() {
        assert_eq!(mark_between(b" ("), Some(b'('));
        assert_eq!(mark_between(b"\x0b/\r\n"), Some(b'/'));
        // wide spaces (no-break, ideographic) are trimmed too
        assert_eq!(mark_between("\u{a0}(\u{3000}".as_bytes()), Some(b'('));
        assert_eq!(mark_between(b" km ("), None);
        assert_eq!(mark_between("\u{a0}".as_bytes()), None);
        assert_eq!(mark_between(b"\xff"), None);
        assert_eq!(mark_between(b""), None);
    }

    /// The start of a counted phrase's last word, told by its head, is where the search of its
    /// bytes for the last space puts it: every phrase read from a token of the fixtures, and of
    /// phrases parted by tabs or wide spaces, where the bytes are searched.
    #[test]
    fn the_last_word_of_a_phrase_starts_at_its_head() {
        let rules = Rules::defaults();
        let spaced = [
            "12 Malian\tsoldiers were",
            "12 Malian\u{a0}soldiers were",
            "5 wide\u{2003}roads",
        ];
        let texts = crate::fixture_texts()
            .into_iter()
            .chain(spaced.map(String::from));
        let mut phrases = 0;
        for text in texts {
            let toks = words::tokens(&text, 0..text.len(), &rules.word_marks);
            for i in 0..toks.len() {
                for plural in [None, Some(false), Some(true)] {
                    let Some((c, head)) =
                        noun::counted_phrase(&rules, &text, &toks, i, true, plural)
                    else {
                        continue;
                    };
                    let np = &text[c.clone()];
                    assert_eq!(
                        last_word_start(&text, &c, &toks[head]),
                        np.len() - last_word(np).len(),
                        "{np:?}"
                    );
                    phrases += 1;
                }
            }
        }
        assert!(phrases > 1000, "{phrases}");
    }
}
