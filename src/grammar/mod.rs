//! The claim grammar. Small nom productions (`number`, `quantity`, `time`) read the figure itself;
//! `noun` looks around it for the counted thing and the predicate; `attribution` finds who said it.
//! `extract` runs them over every sentence of a prepared article.
//!
//! Around the productions, each module holds one step of reading a sentence's figures:
//! - `marks`: where a figure may start, so that the parsers run only near a number or a date;
//! - `lookalikes`: numbers that are not counts ("Boeing 737", street and phone numbers);
//! - `counted`, with `subject`, `change` and `place`: what a figure counts, what happened to
//!   it, whose it is, how it changed and where;
//! - `anchor`: the time frame of each figure;
//! - `relations`: figures of a sentence read together (ranges, lists, parts of a whole);
//! - `assemble`: figures turned into claims with their spans, ids and statements.

mod anchor;
mod assemble;
pub mod attribution;
mod change;
mod counted;
mod lookalikes;
mod marks;
mod negation;
pub mod noun;
pub mod number;
mod place;
pub mod predicate;
pub mod quantity;
mod relations;
mod subject;
pub mod time;
pub mod words;

pub use words::singular;

use std::ops::Range;

use crate::bundle::Article;
use crate::claim::{Attribution, Bound, Claim, CompactString, Kind};
use crate::rules::{HedgeRule, Rules, WordMarks};
use crate::text::{Prepared, WordList, prepare_into};
use assemble::{
    claim_id, holding_sentence, id_prefix, link_conversions, statement_of_each, to_claim,
};
use change::change_before;
use counted::{describe, once_only};
use lookalikes::{
    is_dated_measure, is_emergency_number, is_family_size, is_model_name, is_model_number,
    is_name_number, is_part_of_period, is_phone_number, one_is_pronoun, phone_len, spread_over,
    year_before_noun,
};
use marks::{Marks, mark, may_start_figure};
use relations::{
    ages_in_a_list, coordinates, from_to, increment_and_total, magnitudes, one_in_n, part_of_whole,
    suspended_hyphens, units_compared, units_in_a_list,
};
use words::word_is;
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

#[cfg(test)]
mod tests {
    use super::{Rules, glued, token_at_or_after, words};

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
}
