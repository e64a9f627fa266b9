//! Who said it: quotations with their speaker before, after or between their parts, reported speech
//! (`X said (that) …`, `X told AFP …`, `…, X said.`), and `according to X`. Pronoun sources resolve
//! to the last named person who may be of their sex (by the rules' words for a man and a woman); a
//! surname to the full name given earlier; aliases come from the rules.

use std::ops::Range;

mod bytewise;
mod mentions;
mod reuse;

use super::words::{Token, holds, tokens, without_possessive};
use crate::claim::{Attribution, CompactString, Span, Spanned};
use crate::rules::{Rules, Sex, SpeechWord, WordMarks};
use crate::text::search::{self, QUOTE, SPACE};
use crate::text::{Cursor, Prepared, WordList, as_written};
use bytewise::{
    is_name_word, last_capital_or_wide, last_word, name_words_before, no_capitalised_word,
    one_capitalised_word, quoted_words, trim_quote_marks, words_up_to,
};

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

/// What a word is to the phrases around a cue, as bits: which of the lists in `class` hold it. A
/// source's words are each asked about several lists; one look at the word answers for all of
/// them.
#[derive(Clone, Copy, Default)]
struct Class(u8);

impl Class {
    const AUXILIARY: u8 = 1;
    const NP_BREAK: u8 = 2;
    const DETERMINER: u8 = 4;
    const PRONOUN: u8 = 8;
    const ADVERB: u8 = 16;

    /// Is the word on the list of this bit, or of any of several?
    fn has(self, bits: u8) -> bool {
        self.0 & bits != 0
    }
}

/// The class of a word in lower case (`lower`; none for a word on no list). The lists are the arms
/// of one `match`, which the compiler turns into tests of the word's length and bytes: cheaper than
/// a hashed lookup, at each of the few words read around every cue.
/// (Inlined, as `passive_after`, `gerund_after_preposition`, `is_time_phrase` and `made` are: each
/// is asked at every cue or source, and a call cost a good part of the answer. Measured; the
/// larger `used_as_verb` and `source_after` cost more inlined.)
#[inline(always)]
fn class(word: &[u8]) -> Class {
    const AUXILIARY: u8 = Class::AUXILIARY;
    const NP_BREAK: u8 = Class::NP_BREAK;
    const DETERMINER: u8 = Class::DETERMINER;
    const PRONOUN: u8 = Class::PRONOUN;
    const ADVERB: u8 = Class::ADVERB;
    #[rustfmt::skip]
    let bits = match word {
        // on two lists ("has then said", "and then"; "since" as "ever since" and as "since he")
        b"also" | b"then" => AUXILIARY | NP_BREAK,
        b"since" => NP_BREAK | ADVERB,
        // auxiliaries, and adverbs of time and manner a cue's verb may follow ("has also said",
        // "had earlier told")
        b"had" | b"has" | b"have" | b"was" | b"is" | b"were" | b"are" | b"would" | b"will"
        | b"reportedly" | b"later" | b"earlier" | b"previously" | b"once" | b"again"
        | b"further" | b"repeatedly" | b"publicly" | b"already"
        // and their negations, and the modals ("isn't saying", "did not say", "could tell")
        | b"isn't" | b"wasn't" | b"aren't" | b"weren't" | b"hasn't" | b"haven't" | b"hadn't"
        | b"did" | b"does" | b"didn't" | b"doesn't" | b"don't" | b"won't" | b"wouldn't"
        | b"can" | b"could" | b"can't" | b"cannot" | b"couldn't" | b"may" | b"might"
        | b"should" | b"must" => AUXILIARY,
        // ("did not say": a negation stands between a source and its cue, and ends a phrase)
        b"not" => AUXILIARY | NP_BREAK,
        // words a noun phrase does not run back over
        b"that" | b"which" | b"and" | b"but" | b"yet" | b"meanwhile" | b"however" | b"when" | b"while"
        | b"as" | b"because" | b"after" | b"before" | b"if" | b"so" | b"although" | b"though"
        | b"where" | b"who" | b"whom" | b"what" | b"said" | b"told" | b"says" | b"in" | b"on"
        | b"at" | b"by" | b"for" | b"with" | b"from" | b"to" | b"into" | b"than" | b"or"
        | b"nor"
        // causatives, whose object may say ("to help people understand", "let editorials tell
        // them": "people", not "help people")
        | b"let" | b"lets" | b"help" | b"helps" | b"helped" | b"make" | b"makes" => NP_BREAK,
        b"the" | b"a" | b"an" | b"his" | b"her" | b"its" | b"their" | b"our" | b"this"
        | b"these" | b"those" | b"another" | b"one" | b"two" | b"three" | b"several" | b"some"
        | b"many" => DETERMINER,
        b"he" | b"she" | b"they" | b"we" | b"i" | b"it" => PRONOUN,
        // adverbs that may stand between a source and its cue ("together vowed", "only said"),
        // besides those in "-ly"
        b"together" | b"perhaps" | b"even" | b"only" | b"first" | b"long" | b"just" | b"often"
        | b"never" | b"always" | b"still" => ADVERB,
        _ => 0,
    };
    Class(bits)
}

/// A token's text in lower case (ASCII), as bytes, read from the article's text lower-cased once
/// (`low`): folding ASCII letters keeps every byte where it was, so the token's offsets hold in
/// `low`. (Bytes, not a `str`: a slice of bytes needs no test that its ends fall between
/// characters, and the words it is compared with are ASCII.) A word is asked about a list of
/// `WordList` by its own text, in any case.
fn lower<'l>(low: &'l str, t: &Token) -> &'l [u8] {
    &low.as_bytes()[t.start..t.end]
}

/// Is this word (lower case) a form of "be"?
fn is_be(word: &[u8]) -> bool {
    matches!(
        word,
        b"is" | b"was" | b"were" | b"are" | b"be" | b"been" | b"being"
    )
}

/// "is expected", "had been attacked", "were found": a past participle after a form of "be".
/// `word` is the word at `k` in lower case, which the callers have read. Returns the token of
/// that form of "be" (or of the pronoun with its "is": "it's"). (Inlined: see `class`.)
#[inline(always)]
fn passive_after(word: &[u8], low: &str, toks: &[Token], k: usize) -> Option<usize> {
    // ("were found", "was told", "is known": the irregular participles too)
    if !(past_form(word)
        || matches!(
            word,
            b"shown" | b"known" | b"written" | b"sworn" | b"spoken"
        ))
    {
        return None;
    }
    // the form of "be" right before it, or before an adverb or two ("was also found", "is not
    // thought"): not "whose head was crushed, said the director", "should be released but said"
    let from = k.saturating_sub(3);
    for (i, x) in toks[from..k].iter().enumerate().rev() {
        match lower(low, x) {
            w if is_be(w) => return Some(from + i),
            // "after it's revealed that": a pronoun with its "is"
            b"it's" | b"that's" | b"what's" => return Some(from + i),
            b"had" | b"has" | b"have" => return None,
            // (a name or a mark before the cue ends the search at once: most do, "Police said")
            w if x.word
                && !x.text.starts_with(|c: char| c.is_ascii_uppercase())
                && (w.ends_with(b"ly")
                    || class(w).has(Class::ADVERB | Class::AUXILIARY)
                    || matches!(
                        w,
                        b"best"
                            | b"somewhat"
                            | b"now"
                            | b"more"
                            | b"most"
                            | b"less"
                            | b"so"
                            | b"too"
                            | b"very"
                    )) => {}
            _ => return None,
        }
    }
    None
}

/// "began by saying", "was criticised for saying": a gerund after a preposition, with words before
/// it, reports what the sentence's subject said ("the practice of saying grace" is no statement,
/// and "By saying …, the minister" names its speaker later). `word` is the word at `k` in lower
/// case, as for `passive_after`. (Inlined: see `class`.)
#[inline(always)]
fn gerund_after_preposition(word: &[u8], low: &str, toks: &[Token], k: usize) -> bool {
    word.ends_with(b"ing")
        && k >= 2
        && toks[..k - 1].iter().any(|t| t.word)
        && matches!(
            lower(low, &toks[k - 1]),
            b"by" | b"for" | b"from" | b"after" | b"before" | b"without"
        )
}

/// Is this sentence a headline in title case: four words or more, nearly all capitalised?
fn title_case(toks: &[Token]) -> bool {
    // (both counted in one pass over the words)
    let (mut words, mut capitals) = (0, 0);
    for t in toks.iter().filter(|t| t.word) {
        words += 1;
        capitals += usize::from(t.text.starts_with(|c: char| c.is_uppercase()));
    }
    words >= 4 && capitals * 5 >= words * 4
}

/// Three verbs of speech in a sense that reports nothing: a name given ("a group known as Fancy
/// Bear", "The program, called EB-5, allows", 'a movie called "Page"'), a criminal charge ("has not been charged with any
/// crime") and going on ("Mass atrocities continue in Darfur", "continue to show"; but "…," he
/// continued., "continued to insist"). (Each of them opens with a "k" or a "c": `used_as_verb`
/// asks about no other word.)
fn names_or_charges(low: &str, toks: &[Token], k: usize) -> bool {
    let next = toks.get(k + 1);
    let next_is = |w: &[u8]| next.is_some_and(|n| lower(low, n) == w);
    match lower(low, &toks[k]) {
        // "known as X", "best known for its chips"
        b"known" => next_is(b"as") || next_is(b"for"),
        b"called" => {
            // a name (capitalised words, numbers, hyphens and full stops: "EB-5", "Mr. Obama")
            // closed by a comma, a bracket or the sentence's end
            let name = toks[k + 1..]
                .iter()
                .take(6)
                .take_while(|n| n.word && n.digit || n.capitalised() || matches!(n.text, "-" | "."))
                .count();
            let named = k > 0
                && toks[k - 1].text == ","
                && name > 0
                && toks
                    .get(k + 1 + name)
                    .is_none_or(|n| matches!(n.text, "," | ")"));
            // "the union, which called the walkout": calling an event, not saying
            // (and where the clause goes on past the event, not to what it is called: "called
            // the strike illegal" says something)
            let event = next.is_some_and(|n| matches!(lower(low, n), b"the" | b"a" | b"an"))
                && toks.get(k + 3).is_none_or(|n| {
                    matches!(n.text, "," | "." | ";" | ")")
                        || matches!(
                            lower(low, n),
                            b"for" | b"on" | b"in" | b"at" | b"to" | b"and" | b"after" | b"over"
                        )
                })
                && toks.get(k + 2).is_some_and(|n| {
                    matches!(
                        lower(low, n),
                        b"strike"
                            | b"walkout"
                            | b"stoppage"
                            | b"protest"
                            | b"march"
                            | b"rally"
                            | b"boycott"
                            | b"shutdown"
                            | b"meeting"
                            | b"election"
                            | b"referendum"
                            | b"ceasefire"
                            | b"truce"
                            | b"halt"
                    )
                });
            // 'a feature called "Flyover"', 'a movie called "The Notorious Bettie Page"': a name
            // in quotation marks given to a thing with "a" or "an" ("what multiple lawmakers
            // called "fraud"" is said by the lawmakers)
            let quoted_name = next_is(b"\"")
                && toks[k.saturating_sub(4)..k]
                    .iter()
                    .rev()
                    .take_while(|x| x.word)
                    .any(|x| matches!(lower(low, x), b"a" | b"an"));
            named || event || quoted_name
        }
        // (and "had been charged by Friday": a charge in the passive is a prosecutor's)
        b"charged" | b"charges" | b"charge" => {
            next_is(b"with")
                || k.checked_sub(1)
                    .is_some_and(|p| is_be(lower(low, &toks[p])))
        }
        b"continue" | b"continues" | b"continued" | b"continuing" => {
            next.is_some_and(|n| n.word) && !(next_is(b"to") && toks.get(k + 2).is_some_and(is_cue))
        }
        _ => false,
    }
}

/// `…, the candidate's former doctor maintains.`: does the phrase before the cue at `k` follow a
/// comma or a quotation mark, as the subject of a verb that reports what went before does?
fn reports_back(toks: &[Token], k: usize) -> bool {
    toks[k.saturating_sub(10)..k]
        .iter()
        .rev()
        .find(|t| !t.word && t.text != "'")
        .is_some_and(|t| matches!(t.text, "," | "\""))
}

/// Is the token a year of four digits, from `earliest` to 2100?
fn is_year(t: &Token, earliest: u32) -> bool {
    t.text.len() == 4
        && t.text
            .parse::<u32>()
            .is_ok_and(|y| (earliest..=2100).contains(&y))
}

/// Does "add" at `k` add a figure in digits ("added 16 points", "added 10 years to his life",
/// "adds $5 million"), not words? (A number word may open what is said, "added one caveat", and
/// so may a year, "added 2020 had been hard".)
fn adds_a_figure(word: &[u8], toks: &[Token], k: usize) -> bool {
    // ("had not been added to the national tally": adding to a thing; not "added to reporters")
    let to_a_thing = || {
        toks.get(k + 1).is_some_and(|n| n.text == "to")
            && toks
                .get(k + 2)
                .is_some_and(|d| class(d.text.as_bytes()).has(Class::DETERMINER))
    };
    word.starts_with(b"add")
        && (toks
            .get(k + 1)
            .is_some_and(|n| n.digit && !is_year(n, 1900) || matches!(n.text, "$" | "£" | "€"))
            || to_a_thing())
}

/// Is the cue word at `k` a verb here, not a noun ("The Washington Post", "his remarks", "two
/// states", "a Trump tweet")? Read from its form and the word before it. (A plain past form, most
/// cues, is told where the call is made, `plain_past_used_as_verb`; the others by
/// `used_as_verb_in_full`, a call.)
#[inline(always)]
fn used_as_verb(low: &str, toks: &[Token], k: usize) -> bool {
    plain_past_used_as_verb(low, toks, k).unwrap_or_else(|| used_as_verb_in_full(low, toks, k))
}

/// A past participle that makes no statement for what follows it (`found_at_a_place`,
/// `reports_a_state`).
fn participle_of_no_statement(low: &str, toks: &[Token], k: usize) -> bool {
    found_at_a_place(low, toks, k)
        || reports_a_state(low, toks, k)
        || done_by_a_number(low, toks, k)
        || names_as(low, toks, k)
        || describes_what_is_counted(low, toks, k)
}

/// "1,284 suspected cases", "12 reported deaths", "two more suspected smugglers": a participle
/// that describes, between a number (and "more") and the plural it counts ("Of the voters polled,
/// 620 said prices …" is a statement).
fn describes_what_is_counted(low: &str, toks: &[Token], k: usize) -> bool {
    // (not after a year: "in 2001 announced plans")
    matches!(
        lower(low, &toks[k]),
        b"suspected" | b"confirmed" | b"reported" | b"alleged" | b"estimated" | b"recorded"
    ) && k
        .checked_sub(1)
        .map(|p| match lower(low, &toks[p]) {
            b"more" | b"other" | b"new" | b"additional" => p.saturating_sub(1),
            _ => p,
        })
        .is_some_and(|p| toks[p].is_number() && !is_year(&toks[p], 1800))
        && toks.get(k + 1).is_some_and(|n| {
            let w = lower(low, n);
            n.word
                && !n.digit
                && w.len() > 3
                && w.ends_with(b"s")
                && !w.ends_with(b"ss")
                && !matches!(w, b"this" | b"thus" | b"was" | b"has" | b"his" | b"its")
        })
}

/// "the $184 million reported by Mike Lynch", "a view echoed by everyone I interviewed": a
/// participle of telling (token `k`, ending at `last`) right after a noun phrase, with no "be"
/// before it, and its agent after "by". The token the phrase starts at, and the agent's tokens.
fn reported_by(
    low: &str,
    toks: &[Token],
    k: usize,
    last: usize,
) -> Option<(usize, (usize, usize))> {
    // (verbs of telling only: "a monitor maintained by the embassy", "a clinic favored by stars"
    // say nothing)
    static TOLD: WordList = WordList::new(&[
        "reported",
        "cited",
        "quoted",
        "echoed",
        "stated",
        "claimed",
        "announced",
        "confirmed",
        "estimated",
        "disclosed",
        "revealed",
        "predicted",
        "proposed",
        "suggested",
        "applauded",
        "praised",
        "criticized",
        "criticised",
        "condemned",
        "denounced",
        "endorsed",
        "disputed",
    ]);
    if !TOLD.contains_any_case(toks[k].text)
        || toks.get(last + 1).map(|x| lower(low, x)) != Some(b"by")
    {
        return None;
    }
    let before = &toks[..k];
    let prev = before.last()?;
    // (a word, lower case, that no auxiliary, pronoun or conjunction is: "the figure", "$184
    // million"; not "Police reported by phone", "he was told by")
    let w = lower(low, prev);
    if !prev.word
        || prev.capitalised()
        || is_be(w)
        || class(w).has(Class::AUXILIARY | Class::ADVERB | Class::NP_BREAK | Class::PRONOUN)
    {
        return None;
    }
    // the phrase: back to its determiner, a few words at most ("the $184 million")
    let what = (k.saturating_sub(5)..k).rev().find(|&i| {
        matches!(
            lower(low, &toks[i]),
            b"the" | b"a" | b"an" | b"this" | b"that"
        )
    })?;
    // (not a time, nor a deed: "responded by firing tear gas")
    let agent = source_after(low, toks, last + 2).filter(|&(a, b)| {
        !agent_is_a_time(low, &toks[a..b]) && !lower(low, &toks[a]).ends_with(b"ing")
    })?;
    Some((what, agent))
}

/// "…, supported by 27 aircraft", "…, backed by 600 troops": a participle set off by a comma
/// whose agent is counted is no one's statement ("Clinton was supported by 42 percent of those
/// responding" is a poll's).
fn done_by_a_number(low: &str, toks: &[Token], k: usize) -> bool {
    k.checked_sub(1).is_some_and(|p| toks[p].text == ",")
        && lower(low, &toks[k]).ends_with(b"ed")
        && toks.get(k + 1).is_some_and(|n| lower(low, n) == b"by")
        && toks
            .get(k + 2)
            .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()))
}

/// "to be declared a disaster zone", "was named a partner": a verb of naming in the passive before
/// "a" says what a thing became, and no one's statement ("has been called a charlatan by fellow
/// physicians" is one: "called" is not asked).
fn names_as(low: &str, toks: &[Token], k: usize) -> bool {
    matches!(
        lower(low, &toks[k]),
        b"declared" | b"named" | b"deemed" | b"dubbed"
    ) && toks
        .get(k + 1)
        .is_some_and(|n| matches!(lower(low, n), b"a" | b"an"))
        && k.checked_sub(1)
            .is_some_and(|p| is_be(lower(low, &toks[p])))
}

/// "people confirmed dead", "12 reported missing", "feared drowned", "found alive": a participle of speech before
/// a state says what befell them, with no one who says it.
fn reports_a_state(low: &str, toks: &[Token], k: usize) -> bool {
    // ("the four miners found alive": the irregular one too)
    let word = lower(low, &toks[k]);
    (word.ends_with(b"ed") || word == b"found")
        && toks.get(k + 1).is_some_and(|n| {
            matches!(
                lower(low, n),
                b"dead"
                    | b"killed"
                    | b"missing"
                    | b"injured"
                    | b"wounded"
                    | b"drowned"
                    | b"alive"
                    | b"safe"
            )
        })
}

/// "fingerprints found on the weapon", "the body found in the river": a participle that a place
/// follows says where a thing was, not what someone found out.
fn found_at_a_place(low: &str, toks: &[Token], k: usize) -> bool {
    lower(low, &toks[k]) == b"found"
        && toks.get(k + 1).is_some_and(|n| {
            matches!(
                lower(low, n),
                b"on" | b"in" | b"at" | b"near" | b"inside" | b"under" | b"outside" | b"along"
            )
        })
}

/// "Police put the toll at 27", "the survey puts support at about 40 percent": "put" reports an
/// estimate where "at" and a figure (after a hedge of two words at most) follow it in its clause.
fn puts_a_figure(low: &str, toks: &[Token], k: usize) -> bool {
    let clause = toks
        .get(k + 1..)
        .unwrap_or_default()
        .iter()
        .take(14)
        .take_while(|x| !matches!(x.text, "." | ";" | "!" | "?"));
    let mut after_at = None;
    for (n, x) in clause.enumerate() {
        match after_at {
            None if lower(low, x) == b"at" && n > 0 => after_at = Some(0),
            Some(seen) if x.holds & holds::NUMBER != 0 || x.text.starts_with(['$', '£', '€']) => {
                return seen <= 2;
            }
            Some(seen) => after_at = Some(seen + 1),
            None => {}
        }
    }
    false
}

/// `used_as_verb`, every case read.
fn used_as_verb_in_full(low: &str, toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let word = lower(low, t);
    if matches!(word, b"put" | b"puts" | b"putting") {
        return puts_a_figure(low, toks, k);
    }
    if participle_of_no_statement(low, toks, k) {
        return false;
    }
    // "Hospitals admitted more than 1,100 people": taking in patients, not owning up (which
    // takes a clause or a thing: "admitted that", "admitted two errors")
    let hedge = |n: &&Token| {
        matches!(
            lower(low, n),
            b"more"
                | b"than"
                | b"about"
                | b"nearly"
                | b"almost"
                | b"over"
                | b"some"
                | b"around"
                | b"at"
                | b"least"
                | b"up"
                | b"to"
                | b"as"
                | b"many"
                | b"roughly"
        )
    };
    // nor do "The fire claimed 12 lives" and "would support about 4,000 jobs" say anything: a
    // count as the object, with no verb of a clause after it ("claimed 300 people were killed"
    // does)
    let admit = word.starts_with(b"admit");
    let takes_a_count = || {
        let Some(at) = toks[k + 1..].iter().take(4).position(|n| !hedge(&n)) else {
            return false;
        };
        let n = &toks[k + 1 + at];
        let counted = n.digit && !(n.text.len() == 4 && n.text.starts_with(['1', '2']));
        counted
            && (admit
                || !toks[k + 2 + at..]
                    .iter()
                    .take(4)
                    .take_while(|t| t.word)
                    .any(|t| {
                        matches!(
                            lower(low, t),
                            b"were"
                                | b"was"
                                | b"are"
                                | b"is"
                                | b"had"
                                | b"have"
                                | b"has"
                                | b"would"
                                | b"will"
                        ) || past_form(lower(low, t))
                    }))
    };
    // ("the CGT union claimed 120,000": a claim of a count is a statement, but for lives a
    // disaster claimed)
    let claims_lives = || {
        toks[k + 1..].iter().take(7).any(|t| {
            matches!(
                lower(low, t),
                b"lives" | b"life" | b"victims" | b"victim" | b"casualties"
            )
        })
    };
    if (admit
        || word.starts_with(b"claim") && claims_lives()
        || word.starts_with(b"support")
        || word.starts_with(b"oppos"))
        && takes_a_count()
    {
        return false;
    }
    // "1.2 million people felt strong shaking", "residents felt the ground shake": a feeling of
    // the body, not a view (which a clause says: "felt the plan had failed", "felt that")
    if matches!(word, b"feel" | b"feels" | b"felt" | b"feeling") && felt_a_thing(low, toks, k) {
        return false;
    }
    // "criminal charges had been filed", "the reports were denied": a word in -s that a plural
    // form of "be" or "have" follows is the subject of that verb, a noun (not after a name or a
    // pronoun, nor before "is": "Everything Trump says is a lie", "everything the governor says
    // is checked")
    // (the word after first: most cues are followed by no such verb)
    if word.ends_with(b"s")
        && toks
            .get(k + 1)
            .is_some_and(|n| matches!(lower(low, n), b"had" | b"have" | b"were" | b"are"))
        && k.checked_sub(1).is_some_and(|p| {
            let p = &toks[p];
            p.word && !p.capitalised() && !class(lower(low, p)).has(Class::PRONOUN)
        })
    {
        return false;
    }
    // "grew 3%, thanks in part to exports": owing to, not thanking
    if word == b"thanks" && toks[k + 1..].iter().take(3).any(|n| lower(low, n) == b"to") {
        return false;
    }
    // (the words of both open with one of three letters: the others, most cues, are not asked)
    if matches!(word.first(), Some(b'k' | b'c' | b'a'))
        && (names_or_charges(low, toks, k) || adds_a_figure(word, toks, k))
    {
        return false;
    }
    // a capital inside a sentence makes a name ("The Washington Post"), except in a headline
    // written in title case ("Flood Defences Will Hold, Water Board Chief Says")
    // (there, capitals tell nothing, and a headline reports in the present with a verb that is no
    // noun: "Says", "Warns", not "Plans", "Fears" or "Estimates")
    if k > 0 && t.text.starts_with(|c: char| c.is_uppercase()) {
        static HEADLINE_VERBS: WordList = WordList::new(&[
            "says",
            "said",
            "tells",
            "told",
            "warns",
            "insists",
            "admits",
            "denies",
            "urges",
            "vows",
            "pledges",
            "confirms",
            "announces",
            "predicts",
            "argues",
            "declares",
            // (and the verbs that are no noun in a headline: not "Attacks", "Claims", "Reports")
            "shows",
            "reveals",
            "calls",
            "seeks",
            "slams",
            "accuses",
            "defends",
            "rejects",
            "criticizes",
            "criticises",
            "condemns",
            "blames",
            "explains",
            "suggests",
        ]);
        // (the word first: most capitalised cues are no such verb, and the sentence's every word
        // is read for title case)
        // (a noun, not the verb, where a figure counts it or a past form follows: "12 New
        // Shows Launch", "Distress Calls Ignored For 3 Hours")
        let noun = || {
            toks[k.saturating_sub(2)..k]
                .iter()
                .any(|p| p.digit || p.holds & holds::NUMBER != 0)
                || toks.get(k + 1).is_some_and(|n| past_form(lower(low, n)))
        };
        return HEADLINE_VERBS.contains_any_case(t.text) && title_case(toks) && !noun();
    }
    let Some(prev) = k.checked_sub(1).map(|p| &toks[p]) else {
        return true;
    };
    let p = lower(low, prev);
    // past forms are verbs unless a determiner makes them adjectives ("such expected backers")
    if past_form(word) {
        return !makes_adjective(p);
    }
    #[rustfmt::skip]
    static NOUN_BEFORE: WordList = WordList::new(&[
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
        "these", "those", "of", "in", "on", "at", "for", "with", "by", "from", "into", "such",
        "one", "two", "three", "several", "many", "some", "any", "no", "each", "every", "new",
        "recent", "latest", "first", "last", "own", "public", "early", "earlier", "initial",
        "preliminary", "unconfirmed", "conflicting", "separate", "similar", "multiple",
        "numerous", "other", "further",
    ]);
    if gerund_after_preposition(word, low, toks, k) {
        return true;
    }
    // after a possessive, a noun: "the president's claims that …", "the union's demands"
    if p.ends_with(b"'s") {
        return false;
    }
    // and after a preposition, unless a gerund ("protested against plans to cut", not "despite
    // saying")
    if !word.ends_with(b"ing")
        && matches!(
            p,
            b"against"
                | b"about"
                | b"amid"
                | b"despite"
                | b"without"
                | b"under"
                | b"over"
                | b"toward"
                | b"towards"
        )
    {
        return false;
    }
    // (and after a figure: "12 reports", "the $51.1 million posting fee")
    let figure = p.first().is_some_and(u8::is_ascii_digit) || scaled_figure(low, &toks[..k]);
    if !prev.word || NOUN_BEFORE.contains_any_case(prev.text) || figure {
        return prev.text == ","
            || prev.text == "\""
            || prev.text == ":"
            || !prev.word && prev.text != "'";
    }
    // ("many of whom say": the relative pronoun ends the subject)
    const SUBJECT_PRONOUNS: &[&[u8]] = &[
        b"i", b"we", b"you", b"they", b"he", b"she", b"it", b"who", b"that", b"which", b"whom",
    ];
    static AUXILIARIES: WordList = WordList::new(&[
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "to",
        "not",
        "never",
        "also",
        "n't",
        "still",
        "often",
        "always",
        "repeatedly",
        "has",
        "have",
        "had",
        "was",
        "is",
        "were",
        "are",
        "be",
        "been",
        "being",
    ]);
    let participle = word.ends_with(b"ing")
        || word.ends_with(b"ed")
        || matches!(
            word,
            b"said"
                | b"told"
                | b"wrote"
                | b"written"
                | b"thought"
                | b"knew"
                | b"known"
                | b"felt"
                | b"found"
                | b"sought"
                | b"swore"
                | b"shown"
                | b"understood"
                | b"spoke"
        );
    if participle {
        return true;
    }
    let third_person = word.ends_with(b"s") && !word.ends_with(b"ss");
    let plural_subject = is_plural(p);
    // (a capital opens every sentence: "Leaked documents show" opens with a past form, no name)
    let name = prev.text.starts_with(|c: char| c.is_uppercase())
        && !(k == 1 && (p.ends_with(b"ed") || p.ends_with(b"ing")));
    if third_person {
        // "Trump says", "Reuters reports", "the poll shows"; not "police orders", "two states",
        // "Twenty-seven states" (a number word; "one", "two" and digits were told above, but not
        // a name with digits: "C2I plans"), nor a plural noun that a verb agrees with ("Most
        // states have passed", "health worries have dogged"; but "everything Trump says is a lie",
        // "what she says will matter")
        let counted = prev.word && !prev.digit && prev.holds & holds::NUMBER != 0;
        // (or a past verb with its object: "Evacuation orders covered 3,000 homes"; but not
        // in "he urges displaced families", whose past form describes a noun, nor in a relative
        // clause, whose verb's object is the relative: "policies that Trump argues allowed the
        // group to spread")
        let relative = || {
            toks[k.saturating_sub(4)..k]
                .iter()
                .any(|t| matches!(lower(low, t), b"that" | b"which" | b"who"))
        };
        let verb_follows = toks
            .get(k + 1)
            .is_some_and(|n| n.word && matches!(lower(low, n), b"are" | b"were" | b"have"))
            || toks
                .get(k + 1)
                .is_some_and(|n| n.word && past_form(lower(low, n)))
                && toks.get(k + 2).is_some_and(|o| {
                    o.digit
                        || o.holds & holds::NUMBER != 0
                        || class(lower(low, o)).has(Class::DETERMINER)
                })
                && !relative()
            // (or a verb of speech that ends the clause: "…, an analysis of newly filed campaign
            // reports shows.")
            || toks.get(k + 1).is_some_and(|n| {
                is_cue(n)
                    && lower(low, n).ends_with(b"s")
                    && toks.get(k + 2).is_none_or(|o| matches!(o.text, "." | ","))
            });
        // "battleground states could", "his tax plans.", "broader questions about", "steep
        // challenges including": after a word in lower case, what ends a noun phrase follows a
        // noun, where a verb of speech takes its object or clause ("says" aside: "…," the
        // company says.; "for" aside: "calls for", "pleads for")
        let noun_follows = || {
            word != b"says"
                && !SUBJECT_PRONOUNS.contains(&p)
                // ("the campaign now hopes.": an adverb stands between a subject and its verb)
                && !(class(p).has(Class::AUXILIARY | Class::ADVERB)
                    || p == b"now"
                    || p.ends_with(b"ly"))
                && toks.get(k + 1).is_none_or(|n| {
                    matches!(n.text, "." | "," | ";" | ")") && !reports_back(toks, k)
                        || n.word
                            && matches!(
                                lower(low, n),
                                b"could"
                                    | b"would"
                                    | b"will"
                                    | b"can"
                                    | b"may"
                                    | b"might"
                                    | b"should"
                                    | b"must"
                                    | b"about"
                                    | b"of"
                                    | b"from"
                                    | b"in"
                                    | b"including"
                                    | b"around"
                                    | b"because"
                                    | b"or"
                                    | b"and"
                            )
                })
        };
        // ("leaked documents", "revised estimates": after a past form, a noun)
        (name || !plural_subject && !p.ends_with(b"ed") || singular_before_of(low, toks, k))
            && !matches!(p, b"i" | b"we" | b"you" | b"they")
            && !counted
            && !verb_follows
            && (name || !noun_follows())
    } else {
        // "officials say", "they want", "will tell", "Clinton and Trump say"; "people close to the
        // minister say that …" (only "say": "his false claim that", "growing fear that" are nouns)
        let that_follows = toks
            .get(k + 1)
            .is_some_and(|n| n.text.eq_ignore_ascii_case("that"));
        plural_subject
            || SUBJECT_PRONOUNS.contains(&p)
            || AUXILIARIES.contains_any_case(prev.text)
            || name && word == b"say"
            || that_follows && word == b"say"
            // "those close to him say"
            || word == b"say" && matches!(p, b"him" | b"her" | b"them" | b"us" | b"me")
            // (read last: it looks back over several words)
            || plural_before_of(low, toks, k)
    }
}

/// The subject of a verb of issuing whose object, or its addressee, is `phrase`, the source found
/// before a participle of speech: "The ministry issued a statement saying …", "Parents sent a
/// letter to the board urging …", "Trump unleashed a series of tweets saying …". What a document
/// says, its issuer says.
fn issuer_of(low: &str, toks: &[Token], (a, _): (usize, usize)) -> Option<(usize, usize)> {
    let issues = |w: &[u8]| {
        matches!(
            w,
            b"issued"
                | b"issues"
                | b"released"
                | b"releases"
                | b"sent"
                | b"sends"
                | b"filed"
                | b"files"
                | b"posted"
                | b"posts"
                | b"published"
                | b"publishes"
                | b"unleashed"
                | b"wrote"
                | b"writes"
                | b"signed"
                | b"delivered"
                | b"aired"
                | b"launched"
        )
    };
    // (the verb a few words back, with only words between: "sent a letter to the board")
    let v = (a.saturating_sub(6)..a)
        .rev()
        .take_while(|&i| toks[i].word)
        .find(|&i| issues(lower(low, &toks[i])))?;
    source_before(low, toks, v).filter(|&(_, b)| b == v)
}

/// Is this word (lower case) a plural, as a subject that takes a verb in the plural: in -s
/// ("officials", not "congress", "analysis" or "census") or one of the plurals in no -s ("police
/// say", "hospital data show")?
fn is_plural(word: &[u8]) -> bool {
    // (not "analysis", "census"; an adjective in -ous is taken as a plural is, a word before a
    // noun that no verb follows: "ambitious attacks", "his infamous comment")
    word.ends_with(b"s")
        && !(word.ends_with(b"ss")
            || word.ends_with(b"is")
            || word.ends_with(b"us") && !word.ends_with(b"ous"))
        || matches!(
            word,
            b"police" | b"people" | b"data" | b"media" | b"children" | b"men" | b"women"
        )
}

/// "Supporters of the bill say", "advocates for the homeless say", "Data from the 2014 American
/// Community Survey show": a plural before "of", "for" or "from", with a short phrase after it
/// that ends before the verb at `k`, heads the verb's subject.
fn plural_before_of(low: &str, toks: &[Token], k: usize) -> bool {
    head_before_of(low, toks, k, false).is_some_and(|h| is_plural(lower(low, &toks[h])))
}

/// "The average of polls shows", "a survey of 1,000 voters finds": a noun in the singular before
/// "of", "for" or "from", with a short phrase after it that ends before the verb at `k` (in -s),
/// heads the verb's subject, where the word right before the verb is a plural that is not. At the
/// sentence's end, the subject follows a comma: "…, a USA TODAY analysis of newly filed reports
/// shows."
fn singular_before_of(low: &str, toks: &[Token], k: usize) -> bool {
    let ends = toks.get(k + 1).is_some_and(|t| t.text == ".");
    // (not a number: "one of those 529 college savings plans that")
    head_before_of(low, toks, k, ends).is_some_and(|h| {
        let head = lower(low, &toks[h]);
        let after_comma = || {
            toks[h.saturating_sub(4)..h]
                .iter()
                .rev()
                .find(|t| !t.word)
                .is_some_and(|t| t.text == ",")
        };
        !is_plural(head)
            && toks[h].holds & holds::NUMBER == 0
            && !class(head).has(Class::NP_BREAK | Class::PRONOUN | Class::DETERMINER)
            && (!ends || after_comma())
    })
}

/// The word before "of", "for" or "from" (at most six words before the verb at `k`) whose phrase
/// runs on, a noun phrase's words alone, to the verb, and which a verb, not the phrase's own last
/// noun, follows (it takes its object or clause after it, or, where `ends`, ends the sentence).
fn head_before_of(low: &str, toks: &[Token], k: usize, ends: bool) -> Option<usize> {
    let of = (k.saturating_sub(6)..k)
        .rev()
        .find(|&i| matches!(lower(low, &toks[i]), b"of" | b"for" | b"from"))?;
    let phrase = (of + 1..k).all(|i| {
        let t = &toks[i];
        t.word && !class(lower(low, t)).has(Class::NP_BREAK | Class::AUXILIARY | Class::PRONOUN)
            || digits_comma(toks, i)
    });
    // (and a verb, not the phrase's own last noun, takes its object or clause after it: "the
    // scenes of the hit show, in which", "opportunities of his TV show than")
    // ("that" too: "Data from the survey show that …"; but no past form: "complications from a
    // heart attack suffered")
    let object = ends
        || toks.get(k + 1).is_some_and(|t| {
            let l = lower(low, t);
            t.word && (!class(l).has(Class::NP_BREAK) || l == b"that") && !past_form(l)
                || t.text == "\""
        });
    (phrase && object && of > 0 && toks[of - 1].word).then(|| of - 1)
}

/// Is token `i` the comma inside a figure ("1,000"), between digits with no space?
fn digits_comma(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    t.text == ","
        && i > 0
        && toks[i - 1].digit
        && toks[i - 1].end == t.start
        && toks.get(i + 1).is_some_and(|n| n.digit && n.start == t.end)
}

/// Does "felt" at token `k` take a thing as its object ("felt strong shaking", "felt the ground
/// shake"): an article or a word in -ing opening the words after it, and no verb of a clause
/// among them ("feel stung", "felt the plan had failed" tell a view)?
fn felt_a_thing(low: &str, toks: &[Token], k: usize) -> bool {
    let thing = toks[k + 1..].iter().take(2).enumerate().any(|(n, t)| {
        let w = lower(low, t);
        t.word && (n == 0 && matches!(w, b"the" | b"a" | b"an") || w.ends_with(b"ing"))
    });
    thing
        && !toks[k + 1..]
            .iter()
            .take(5)
            .take_while(|t| t.word)
            .any(|t| {
                let w = lower(low, t);
                matches!(
                    w,
                    b"is"
                        | b"was"
                        | b"were"
                        | b"are"
                        | b"had"
                        | b"has"
                        | b"have"
                        | b"would"
                        | b"could"
                        | b"will"
                        | b"should"
                        | b"might"
                        | b"must"
                ) || past_form(w)
            })
}

/// A past form of a verb (lower case): in "-ed", or one of the irregular ones of speech.
#[inline(always)]
fn past_form(word: &[u8]) -> bool {
    word.ends_with(b"ed")
        || matches!(
            word,
            b"said"
                | b"told"
                | b"wrote"
                | b"thought"
                | b"knew"
                | b"felt"
                | b"found"
                | b"sought"
                | b"swore"
                | b"understood"
                | b"spoke"
        )
}

/// A word (lower case) that makes an adjective of the past form after it ("the said", "such
/// expected backers").
#[inline(always)]
fn makes_adjective(p: &[u8]) -> bool {
    matches!(
        p,
        b"the"
            | b"a"
            | b"an"
            | b"such"
            | b"his"
            | b"her"
            | b"its"
            | b"their"
            | b"our"
            | b"my"
            | b"your"
    )
}

/// `used_as_verb` of the cues most often read: a past form that opens with a small ASCII letter
/// other than those `names_or_charges` and `adds_a_figure` ask about ("said", "reported"), told by
/// the word before it alone (as `used_as_verb_in_full` tells it), without a call: a call for each
/// cue, of some 30 instructions of its own, saved at most of them (0.22 M instructions per MB of
/// the synthetic corpus, 0.06 M of news); `None` for the others.
#[inline(always)]
fn plain_past_used_as_verb(low: &str, toks: &[Token], k: usize) -> Option<bool> {
    let t = toks.get(k)?;
    let first = *t.text.as_bytes().first()?;
    let word = lower(low, t);
    if !first.is_ascii_lowercase() || matches!(first, b'k' | b'c' | b'a') || !past_form(word) {
        return None;
    }
    let prev = k.checked_sub(1).and_then(|p| toks.get(p));
    Some(
        prev.is_none_or(|prev| !makes_adjective(lower(low, prev)))
            && !participle_of_no_statement(low, toks, k)
            && !(word == b"felt" && felt_a_thing(low, toks, k)),
    )
}

fn is_cue(t: &Token) -> bool {
    t.marks.has(WordMarks::SPEECH_VERB)
}

/// The noun phrase that ends just before token `end` (exclusive), read backward: a name, a title,
/// or a description ("a foreign military source", "the United Nations' MINUSMA peacekeeping force").
fn source_before(low: &str, toks: &[Token], end: usize) -> Option<(usize, usize)> {
    // (the verb's helpers are none of the phrase, and a verb's infinitive is no one: "he has been
    // feeling" is "he"'s, "is believed to be seeking" no one's)
    let (a, mut b) = phrase_before(low, toks, end)?;
    // "The ministry last week said": the time is none of the source
    let time = time_start(low, toks, b);
    if time > a && time < b {
        b = time;
        // ("A poll released Friday shows": nor is the participle that the time went with)
        if b - a > 1 && verbish(low, &toks[b - 1]) {
            b -= 1;
        }
    }
    while b > a && {
        let w = lower(low, &toks[b - 1]);
        is_be(w) || matches!(w, b"has" | b"have" | b"had")
    } {
        b -= 1;
    }
    // (a sum is no source: "the $184 million reported by Mike Lynch"; people counted are, "two
    // officials", "73 percent")
    (b > a && !scaled_figure(low, &toks[a..b])).then_some((a, b))
}

/// Do the tokens end with a figure and its scale ("the $184 million", "51.1 million")?
fn scaled_figure(low: &str, toks: &[Token]) -> bool {
    match toks {
        [.., number, scale] => {
            number.digit
                && matches!(
                    lower(low, scale),
                    b"million" | b"billion" | b"trillion" | b"thousand"
                )
        }
        _ => false,
    }
}

/// `source_before`, the phrase as read.
#[inline(always)]
fn phrase_before(low: &str, toks: &[Token], end: usize) -> Option<(usize, usize)> {
    let mut j = end;
    // (the class of the word these stop at, the phrase's last: kept for the phrase's walk below)
    let mut class_of_last = None;
    // "forcefully told", "has also said", "together vowed"; a capital inside the sentence is a
    // name's ("Theresa May said", "Tim Kaine Will"), no auxiliary
    while j > 0 {
        let t = &toks[j - 1];
        let l = lower(low, t);
        let c = class(l);
        // (the word's class first: most words before a cue stop the walk by it, and are not
        // asked whether they are capitalised)
        let stops = !(c.has(Class::AUXILIARY)
            || t.word && (l.len() > 4 && l.ends_with(b"ly") || c.has(Class::ADVERB)));
        if stops || j > 1 && t.text.starts_with(|c: char| c.is_uppercase()) {
            class_of_last = Some(c);
            break;
        }
        j -= 1;
    }
    let last = j;
    // ("who", "which" and "whom" end a phrase: a last word of no such class is none of them, and
    // is not read again; 0.2 M instructions per MB of the synthetic corpus, with the order of the
    // tests above)
    if class_of_last.is_some_and(|c| c.has(Class::NP_BREAK)) {
        // "who said": the relative pronoun is the source as written
        if last > 0 && matches!(lower(low, &toks[last - 1]), b"who" | b"which") {
            return Some((last - 1, last));
        }
        // "many of whom say"
        if last > 2
            && lower(low, &toks[last - 1]) == b"whom"
            && lower(low, &toks[last - 2]) == b"of"
            && toks[last - 3].word
        {
            return Some((last - 3, last));
        }
    }
    let mut first = j;
    loop {
        while first > 0 && last - first < 14 {
            let t = &toks[first - 1];
            // "Rep. Gwen Moore (D-Wis.)": a bracketed party tag belongs to the name
            // (a word is none of the marks asked about here: most tokens of a phrase are words,
            // passed by that one test)
            if !t.word {
                if t.text == ")"
                    && let Some(open) = toks[first.saturating_sub(8)..first - 1]
                        .iter()
                        .rposition(|x| x.text == "(")
                {
                    first = first.saturating_sub(8) + open;
                    continue;
                }
                // ("A survey of 1,000 voters": the comma inside a figure is the figure's)
                if t.text != "'" && t.text != "." && !digits_comma(toks, first - 1) {
                    break;
                }
                if t.text == "."
                    && !toks
                        .get(first.wrapping_sub(2))
                        .is_some_and(|x| x.word && x.end == t.start && x.text.len() <= 4)
                {
                    break;
                }
            }
            let c = match class_of_last.take() {
                Some(c) if first == last => c,
                _ => class(lower(low, t)),
            };
            // ("the Department of Social Welfare and Development": an "and" between two
            // capitalised words of a name is its own)
            let in_a_name = || {
                t.text == "and"
                    && first < last
                    && first >= 2
                    && toks[first].capitalised()
                    && toks[first - 2].capitalised()
            };
            if t.word
                && c.has(Class::NP_BREAK)
                && !(t.text.eq_ignore_ascii_case("of") || t.text.eq_ignore_ascii_case("for"))
                && !in_a_name()
            {
                break;
            }
            // "-ed"/"-ing" words may modify a noun already in the phrase ("peacekeeping force"), never end it
            // (asked only of the phrase's last word)
            if first == last && verbish(low, t) {
                break;
            }
            // "Ivana Trump filed legal papers": a name and a verb in -ed make a clause, whose
            // object the phrase is (a name modified by such a word is no source of its own)
            // (the name first: most words of a phrase follow none)
            let clause = || {
                first >= 2
                    && toks[first - 2].word
                    && toks[first - 2].text.starts_with(|c: char| c.is_uppercase())
                    && lower(low, t).ends_with(b"ed")
            };
            if first < last && clause() && verbish(low, t) {
                break;
            }
            first -= 1;
            if c.has(Class::DETERMINER | Class::PRONOUN) {
                break;
            }
        }
        // "people close to the minister", "sources close to him": the phrase before "close to" is
        // the source, not the one it is close to
        if first >= 3
            && toks[first - 3].word
            && lower(low, &toks[first - 1]) == b"to"
            && lower(low, &toks[first - 2]) == b"close"
        {
            first -= 2;
            continue;
        }
        break;
    }
    // "Officials in Kidal", "a spokesman for the army", "the head of the UN mission in Mali": the
    // phrase after a preposition belongs to the noun before it, which is the source
    let mut through_preposition = false;
    while first >= 2
        && last - first < 10
        && matches!(
            lower(low, &toks[first - 1]),
            b"in" | b"of" | b"for" | b"at" | b"from" | b"with"
        )
        && let Some(start) = noun_phrase_before(low, toks, first - 1)
    {
        first = start;
        through_preposition = true;
    }
    // a sentence adverb or a lone lower-case word is no source
    while first < last
        && toks[first].word
        && matches!(
            lower(low, &toks[first]),
            b"meanwhile" | b"however" | b"but" | b"and" | b"now" | b"yesterday" | b"today"
        )
    {
        first += 1;
    }
    // "on public television Keita said": a name after words that are no title is the source
    // the capitalised words (and full stops) the phrase ends with
    let mut name = last;
    while name > first && {
        let t = &toks[name - 1];
        t.text.starts_with(|c: char| c.is_uppercase()) || t.text == "."
    } {
        name -= 1;
    }
    if name < last
        && name > first
        && !through_preposition
        && toks[first..name]
            .iter()
            .all(|t| t.text.starts_with(|c: char| c.is_lowercase()))
        && !toks[first..name].iter().any(|t| is_title(t.text))
        && !class(lower(low, &toks[first])).has(Class::DETERMINER)
    {
        first = name;
    }
    // "Police and witnesses said": a short noun phrase that opens the sentence, joined by "and",
    // is the source too
    if first >= 2 && first < last && lower(low, &toks[first - 1]) == b"and" {
        let left = &toks[..first - 1];
        let nouns = left.iter().all(|t| {
            t.word
                && !class(lower(low, t)).has(Class::NP_BREAK | Class::AUXILIARY)
                && !lower(low, t).ends_with(b"ed")
                && !lower(low, t).ends_with(b"ing")
        });
        let names = left
            .iter()
            .all(|t| t.text.starts_with(|c: char| c.is_uppercase()))
            || left.len() == 2 && class(lower(low, &left[0])).has(Class::DETERMINER);
        if (1..=3).contains(&left.len()) && nouns && names {
            first = 0;
        }
    }
    (first < last).then_some((first, last))
}

/// Is `t` a word of more than four letters in "-ed" or "-ing" that opens in lower case? In
/// `source_before`. (Inlined: a closure, it was left a call at most cues.) Its ending is read in
/// lower case from `low`, where it was compared in any case with the text's.
#[inline(always)]
fn verbish(low: &str, t: &Token) -> bool {
    t.word && t.text.len() > 4 && t.text.starts_with(|c: char| c.is_lowercase()) && {
        let l = lower(low, t);
        l.ends_with(b"ed") || l.ends_with(b"ing")
    }
}

/// The start of a short noun phrase that ends just before token `end` (a preposition): up to
/// four nouns and modifiers ("officials", "a spokesman", "the UN mission"), opened by a
/// determiner or not; `None` where the word before is no noun (a function word, a pronoun, a
/// number, a verb in -ed or -ing, a cue).
fn noun_phrase_before(low: &str, toks: &[Token], end: usize) -> Option<usize> {
    let mut start = end;
    while start > 0 && end - start < 4 {
        let t = &toks[start - 1];
        let w = lower(low, t);
        if start < end && t.word && class(w).has(Class::DETERMINER) {
            return Some(start - 1);
        }
        let noun = t.word
            && !t.digit
            && !class(w)
                .has(Class::NP_BREAK | Class::AUXILIARY | Class::DETERMINER | Class::PRONOUN)
            && !(t.text.starts_with(|c: char| c.is_lowercase())
                && (w.ends_with(b"ed") || w.ends_with(b"ing") || w.ends_with(b"ly")))
            // (a cue's form in -s right before "of" or "from" is a plural noun: "Leaked
            // documents from his 1995 tax return show", "Reports from the region say"; not
            // before others: "The spot concludes with footage of Trump saying")
            && (!is_cue(t)
                || start == end
                    && w.ends_with(b"s")
                    && w != b"says"
                    && matches!(lower(low, &toks[end]), b"of" | b"from"));
        if !noun {
            break;
        }
        start -= 1;
    }
    (start < end).then_some(start)
}

/// Is this word a weekday's name ("Friday", "Friday's"), as `time::weekday` reads one?
fn is_weekday(w: &str) -> bool {
    super::time::weekday(w).is_ok_and(|(rest, _)| rest.is_empty() || rest == "'s")
}

/// Is the token a dash (the text is normalised: every dash is a hyphen by now)?
fn is_dash(t: &Token) -> bool {
    matches!(t.text, "-" | "--")
}

/// Does the token open with a weekday or month name, in any case (`time::opens_with_calendar`)?
/// A word of ASCII letters alone does only when it is such a name whole, which its marks already
/// tell (`Rules::word_marks` marks each one): only other tokens ("Monday's", "Sept.") are looked
/// up again. (The tokenizer tells a word of letters alone, `holds::LETTERS`: its bytes are not
/// read again. No mark has the bit, and none is letters.)
fn opens_with_calendar(t: &Token) -> bool {
    if t.holds & holds::LETTERS != 0 {
        return t.marks.has(WordMarks::CALENDAR);
    }
    super::time::opens_with_calendar(t.text)
}

/// "this month", "late August", "Tuesday", "recently": a time, not a source. (Inlined: see
/// `class`.)
#[inline(always)]
fn is_time_phrase(low: &str, toks: &[Token]) -> bool {
    let Some(last) = toks.last() else { return true };
    if toks.len() > 3 {
        return false;
    }
    let l = lower(low, last);
    // ("in 2001 announced plans": a year)
    let year = l.len() == 4
        && l.iter().all(u8::is_ascii_digit)
        && matches!(&l[..2], b"18" | b"19" | b"20");
    opens_with_calendar(last)
        || year
        || matches!(
            l,
            b"month"
                | b"week"
                | b"year"
                | b"today"
                | b"yesterday"
                | b"recently"
                | b"yet"
                | b"once"
                | b"after"
                | b"later"
                | b"earlier"
                | b"then"
                | b"now"
                | b"night"
                | b"morning"
                | b"afternoon"
                | b"evening"
                | b"weekend"
        )
}

/// Is the agent after "by" a time ("by Friday", "by the end of the week"), not who did it?
fn agent_is_a_time(low: &str, agent: &[Token]) -> bool {
    // ("by the end of", not "by close allies")
    let part_of_a_time = match agent {
        [the, part, of, ..] => {
            lower(low, the) == b"the"
                && matches!(
                    lower(low, part),
                    b"end" | b"start" | b"beginning" | b"middle" | b"close" | b"turn"
                )
                && lower(low, of) == b"of"
        }
        _ => false,
    };
    is_time_phrase(low, agent) || part_of_a_time
}

/// The comma that opens what is set off right before the cue at `k` (its closing comma at `k -
/// 1`), within `within` tokens of the cue.
fn opening_comma(toks: &[Token], k: usize, within: usize) -> Option<usize> {
    if k < 4 || toks[k - 1].text != "," {
        return None;
    }
    (k.saturating_sub(within)..k - 1)
        .rev()
        .find(|&i| toks[i].text == ",")
}

/// `NAME, APPOSITION, said`: the name with its apposition and commas, ending at the comma before
/// the cue at `k`.
fn appositive_source(low: &str, toks: &[Token], k: usize) -> Option<(usize, usize)> {
    appositive_source_at(toks, k, true).or_else(|| relative_source(low, toks, k))
}

/// `PHRASE, which …, said`: a noun phrase before a relative clause set off before the cue at `k`
/// ("while the CGT union, which organised the march, claimed 120,000"), without the clause.
fn relative_source(low: &str, toks: &[Token], k: usize) -> Option<(usize, usize)> {
    let comma = opening_comma(toks, k, 16)?;
    if !matches!(lower(low, toks.get(comma + 1)?), b"which" | b"who") {
        return None;
    }
    let start = noun_phrase_before(low, toks, comma)?;
    // (a noun phrase whose own clause opens it, after "while", "and" or "but", or at the
    // sentence's start)
    let opens = start == 0
        || matches!(
            lower(low, &toks[start - 1]),
            b"while" | b"whereas" | b"and" | b"but" | b","
        );
    opens.then_some((start, comma))
}

/// `appositive_source`, with a second description set off where `again`.
fn appositive_source_at(toks: &[Token], k: usize, again: bool) -> Option<(usize, usize)> {
    let comma = opening_comma(toks, k, 20)?;
    let apposition = &toks[comma + 1..k - 1];
    if apposition.is_empty()
        || !apposition[0].word
        || apposition
            .iter()
            .any(|t| matches!(t.text, "\"" | ";" | ":"))
    {
        return None;
    }
    let in_name = |t: &Token| t.capitalised() || matches!(t.text, "." | "'" | "(" | ")" | "-");
    let mut start = comma;
    while start > 0 && in_name(&toks[start - 1]) && comma - start < 10 {
        start -= 1;
    }
    if start == comma {
        return description_before_name(toks, comma, apposition).map(|d| (d, k));
    }
    while start < comma && !toks[start].word {
        start += 1;
    }
    // "… damaged in Takengon, the capital of the district, said …": a name after a preposition is
    // no subject
    let after_preposition = start > 0
        && toks[start - 1].word
        && matches!(
            toks[start - 1].text,
            "in" | "at" | "of" | "from" | "to" | "on" | "near" | "for" | "with" | "by" | "into"
        );
    if start < comma && toks[start].word && !after_preposition {
        return Some((start, k));
    }
    // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": a second
    // description set off, of a name with its own (one more, not a list of any length)
    let second = |t: &Token| matches!(t.text, "one" | "a" | "an" | "the" | "who" | "which");
    if again && second(&apposition[0]) {
        return appositive_source_at(toks, comma + 1, false).map(|(a, _)| (a, k));
    }
    None
}

/// `DESCRIPTION, NAME, said`: where no name stands before the comma at `comma` but a name, or a
/// participle's phrase of six tokens at most, is set off after it (`apposition`), the description
/// that opens the sentence, up to eight tokens and no comma ("The mayor, Fatoumata Traore, said",
/// "A spokeswoman for the utility, Marta Klein, said", "The report, released on Monday, says"):
/// where it starts.
fn description_before_name(toks: &[Token], comma: usize, apposition: &[Token]) -> Option<usize> {
    let name = apposition
        .iter()
        .all(|t| t.capitalised() || matches!(t.text, "." | "'" | "-"));
    // ("The agency's latest report, released on Monday, says": a participle's phrase is set off
    // so too)
    // (a phrase, not a clause: no "which" in it, nor a verb in what it describes; "including"
    // opens a list)
    let verb = |t: &Token| {
        matches!(
            t.text,
            "is" | "was" | "were" | "are" | "has" | "have" | "had" | "which" | "who" | "that"
        )
    };
    let participle = apposition.first().is_some_and(|t| {
        t.text.starts_with(|c: char| c.is_ascii_lowercase())
            && (t.text.ends_with("ed") || t.text.ends_with("ing"))
            && t.text != "including"
    }) && apposition.len() <= 6
        && !apposition.iter().any(verb);
    let opens = toks.iter().position(|t| t.word)?;
    let participle = participle && !toks[opens..comma].iter().any(verb);
    ((name || participle)
        && opens < comma
        && comma - opens <= 8
        && toks[opens..comma].iter().all(|t| t.text != ","))
    .then_some(opens)
}

/// "Critics, including two senators, say": where a phrase that opens with "including" is set off
/// by commas right before the cue at `k`, the comma that opens it (the source ends there).
fn included_before(low: &str, toks: &[Token], k: usize) -> Option<usize> {
    if k < 4 || toks[k - 1].text != "," {
        return None;
    }
    let comma = (k.saturating_sub(10)..k - 1)
        .rev()
        .find(|&i| !toks[i].word)?;
    (toks[comma].text == "," && lower(low, toks.get(comma + 1)?) == b"including").then_some(comma)
}

/// The phrase before a time that ends at token `end`, just before a cue: "Sanders" in "Based on
/// the return, Sanders on Tuesday said", "Officials" in "Officials yesterday said"; none where no
/// time stands there, or nothing but a time.
fn before_time(low: &str, toks: &[Token], end: usize) -> Option<(usize, usize)> {
    let a = time_start(low, toks, end);
    if a == end {
        return None;
    }
    // (not the agent of a participle: "An opinion poll published by Ethnos newspaper on Sunday
    // said" is the poll's)
    source_before(low, toks, a).filter(|&(x, y)| {
        y == a && !is_time_phrase(low, &toks[x..y]) && (x == 0 || lower(low, &toks[x - 1]) != b"by")
    })
}

/// Where the time that ends at token `end` starts ("yesterday", "last week", "on Tuesday", with
/// its preposition or determiner); `end` where none ends there.
fn time_start(low: &str, toks: &[Token], end: usize) -> usize {
    let mut a = end;
    while a > 0
        && end - a < 4
        && toks[a - 1].word
        && (is_time_phrase(low, &toks[a - 1..a])
            || a < end
                && matches!(
                    lower(low, &toks[a - 1]),
                    b"on" | b"in" | b"at" | b"last" | b"this" | b"early" | b"late" | b"earlier"
                ))
    {
        a -= 1;
    }
    // (a month's name alone is a name's end: "Theresa May said")
    if a + 1 == end && toks[a].capitalised() && super::time::weekday(toks[a].text).is_err() {
        return end;
    }
    a
}

/// What opens a phrase set off before a sentence's subject.
#[derive(PartialEq)]
enum Opener {
    /// a preposition or a time: "On Friday,", "Earlier,"
    Preposition,
    /// a participle with its phrase: "Chastened by the analyses,", "Speaking to reporters,"
    Participle,
}

/// What `t` opens, where it opens a phrase set off before a sentence's subject.
fn opens_a_phrase(low: &str, t: &Token) -> Option<Opener> {
    let l = lower(low, t);
    if matches!(
        l,
        b"in"
            | b"on"
            | b"at"
            | b"after"
            | b"before"
            | b"during"
            | b"earlier"
            | b"later"
            | b"last"
            | b"asked"
            | b"speaking"
    ) {
        return Some(Opener::Preposition);
    }
    (t.word && t.text.len() > 4 && (l.ends_with(b"ed") || l.ends_with(b"ing")))
        .then_some(Opener::Participle)
}

/// The subject that opens the sentence, before `k`: "A defence ministry official" in "A defence
/// ministry official confirmed the information, saying …".
fn sentence_subject(low: &str, toks: &[Token], k: usize) -> Option<(usize, usize)> {
    let mut i = 0;
    // (at most three openers: "On Thursday, however, Trump spoke")
    for _ in 0..3 {
        while i < k
            && (!toks[i].word
                || matches!(
                    lower(low, &toks[i]),
                    b"but" | b"and" | b"however" | b"meanwhile" | b"still" | b"so"
                ))
        {
            i += 1;
        }
        // an opening phrase up to a comma ("On Friday, Trump …", "Chastened by the analyses,
        // Trump …"), and what a comma after it adds to it ("…, as well as complaints over the
        // costs, Trump …")
        let Some(opener) = toks.get(i).and_then(|t| opens_a_phrase(low, t)) else {
            break;
        };
        let Some(c) = toks[i..k.min(i + 10)].iter().position(|t| t.text == ",") else {
            break;
        };
        let mut past = i + c + 1;
        while let Some(c) = toks
            .get(past)
            .filter(|t| {
                matches!(
                    lower(low, t),
                    b"as" | b"and" | b"or" | b"including" | b"plus"
                )
            })
            .and_then(|_| {
                toks[past..k.min(past + 10)]
                    .iter()
                    .position(|t| t.text == ",")
            })
        {
            past += c + 1;
        }
        // (a participle's phrase only before a capitalised subject: "Beijing responded, saying"
        // opens with a name)
        if opener == Opener::Participle && !toks.get(past).is_some_and(|t| t.capitalised()) {
            break;
        }
        i = past;
    }
    // "On Friday Hessler offered …": a day named with no comma after it is no part of the subject
    if i + 2 < k
        && matches!(
            lower(low, &toks[i]),
            b"on" | b"last" | b"this" | b"early" | b"late"
        )
        && opens_with_calendar(&toks[i + 1])
    {
        i += 2;
        while i < k
            && matches!(
                lower(low, &toks[i]),
                b"morning" | b"afternoon" | b"evening" | b"night"
            )
        {
            i += 1;
        }
    }
    let start = i;
    while i < k && i < start + 10 {
        let t = &toks[i];
        let l = lower(low, t);
        let lower_case = t.text.starts_with(|c: char| c.is_lowercase());
        if !t.word && t.text != "'" && t.text != "." {
            break;
        }
        // the subject's verb in the past ("Dr Hale went on radio", "the council began by saying")
        static IRREGULAR_PAST: WordList = WordList::new(&[
            "began", "went", "came", "made", "took", "gave", "got", "left", "kept", "held", "ran",
            "won", "lost", "spent", "sent", "brought", "wrote", "spoke", "met", "saw", "became",
            "stood", "sat", "felt", "thought", "knew", "found", "told", "said",
        ]);
        if lower_case && i > start && IRREGULAR_PAST.contains_any_case(t.text) {
            break;
        }
        // ("The company cut its outlook and said")
        if lower_case && i > start && super::noun::past_before_object(toks, i) {
            break;
        }
        let c = class(l);
        // ("Proponents of the bill say it will": a verb of speech ends the subject; not a noun
        // after a determiner or "of": "The authors of the report")
        if lower_case
            && (c.has(Class::AUXILIARY)
                || i > start
                    && is_cue(t)
                    && !class(lower(low, &toks[i - 1])).has(Class::DETERMINER)
                    && lower(low, &toks[i - 1]) != b"of"
                || c.has(Class::NP_BREAK) && l != b"of"
                || l.ends_with(b"ed")
                || i > start
                    && l.ends_with(b"s")
                    && !l.ends_with(b"ss")
                    && !class(lower(low, &toks[i - 1])).has(Class::DETERMINER))
        {
            break;
        }
        i += 1;
    }
    (i > start && toks[start].word).then_some((start, i))
}

/// The noun phrase that starts at token `start`, read forward to the first comma or full stop.
fn source_after(low: &str, toks: &[Token], start: usize) -> Option<(usize, usize)> {
    let mut j = start;
    // (ten words at most: the full stops of initials are none, "the U.N. Office for the
    // Coordination of Humanitarian Affairs")
    let mut dots = 0;
    while j < toks.len() && j < start + 10 + dots {
        let t = &toks[j];
        // "Representative Charles B. Rangel", "Mr. Kamin", "Sen. Tim Kaine": the full stop of an
        // initial or a title is part of the name
        let initial = t.text == "."
            && j > start
            && (toks[j - 1].text.len() == 1
                && toks[j - 1]
                    .text
                    .starts_with(|c: char| c.is_ascii_uppercase())
                || matches!(
                    lower(low, &toks[j - 1]),
                    b"mr"
                        | b"mrs"
                        | b"ms"
                        | b"dr"
                        | b"sen"
                        | b"rep"
                        | b"gov"
                        | b"gen"
                        | b"lt"
                        | b"col"
                        | b"sgt"
                        | b"capt"
                        | b"prof"
                        | b"maj"
                        | b"adm"
                        | b"supt"
                ))
            && toks.get(j + 1).is_some_and(|n| {
                // ("L.A. Times": the letters of initials may touch)
                n.word
                    && (n.start == t.end + 1 || n.start == t.end)
                    && n.text.starts_with(|c: char| c.is_uppercase())
            });
        if !t.word && t.text != "'" && !initial {
            break;
        }
        dots += usize::from(initial);
        let l = lower(low, t);
        if j > start
            && (matches!(
                l,
                b"that"
                    | b"which"
                    | b"who"
                    | b"in"
                    | b"on"
                    | b"at"
                    | b"when"
                    | b"as"
                    | b"after"
                    | b"before"
            ))
        {
            break;
        }
        // a verb's helper ends the phrase, and so does a determiner after a noun, which opens
        // another: "according to the mayor the toll was 12", "reported by Mike Lynch was wrong"
        if j > start
            && (is_be(l)
                || matches!(l, b"has" | b"have" | b"had" | b"will" | b"would")
                || matches!(l, b"the" | b"a" | b"an")
                    && toks[j - 1].word
                    && !class(lower(low, &toks[j - 1])).has(Class::DETERMINER)
                    && !matches!(
                        lower(low, &toks[j - 1]),
                        b"of" | b"for" | b"and" | b"with" | b"from" | b"to" | b"by" | b"&"
                    ))
        {
            break;
        }
        j += 1;
    }
    (j > start).then_some((start, j))
}

/// Does a source read after its cue hold no number? One that does is what is said: ", said
/// 150,000 people took part" (the subject stood before a relative clause: "The union, which
/// organised the walkout, said …").
fn no_number(source: &[Token]) -> bool {
    !source.iter().any(|t| t.digit)
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

/// "Marta Ruiz: Farmers are losing patience", `"KELLY: Let us begin …`: a name and a colon that open
/// a paragraph (a headline, or a speaker's turn in a transcript) give who says the rest of it. The
/// name is one to four capitalised words, none of them a label of the page ("Update:", "Photo:") or
/// a date; a single word in capitals opening the article is a dateline ("WASHINGTON: …"), not a
/// speaker. A turn of a transcript (in capitals, or in quotation marks) is direct speech.
fn labelled(text: &str, toks: &[Token], para_end: usize, first_para: bool) -> Option<Found> {
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
    let label = |t: &&Token| LABELS.contains_any_case(t.text) || super::time::is_calendar(t.text);
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
fn labels_with_evidence(text: &str, labels: Vec<Found>, others: &[Found]) -> Vec<Found> {
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
fn quote(
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

/// The sentence (the index of it in all, in order) that holds the opening quote mark before
/// `start`: the one with `s.start < start <= s.end`.
fn sentence_holding(sentences: &[Range<usize>], start: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.end < start);
    sentences.get(i).filter(|s| s.start < start).map(|_| i)
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

/// A word that may open a statement in `reported`: where it is, what it is as a word of speech,
/// and the length of the `according to` phrase it opens, if any.
struct Candidate {
    k: usize,
    speech: SpeechWord,
    according: Option<usize>,
}

/// The first token from `from` on that may open a statement in `reported`: a word, outside
/// `quotes` when the sentence holds any, that opens an `according to` phrase (in the sentence,
/// which ends at `end`) or is a verb of speech or the head of one. Each word is looked up here
/// once, and `reported` is handed what was found: most words with the first letter of an
/// `according to` phrase ("a", "as", "and") open none, and are passed over here.
fn next_candidate(
    rules: &Rules,
    (text, end): (&str, usize),
    toks: &[Token],
    quotes: Option<&[Range<usize>]>,
    from: usize,
) -> Option<Candidate> {
    /// The marks of a word that may open a statement (only words have marks).
    const OPENS: WordMarks = WordMarks::SPEECH_VERB
        .or(WordMarks::PHRASE_HEAD)
        .or(WordMarks::ACCORDING_HEAD);
    let by_word = rules.according_by_word;
    let mut k = from;
    while k < toks.len() {
        if by_word {
            // most words are passed over by one test of their marks, in a loop of their own
            // (over a slice: the tightest, as most words take one turn of it)
            k += unmarked_run(&toks[k..], OPENS);
        }
        let Some(t) = toks.get(k) else {
            break;
        };
        let at = k;
        k += 1;
        let Some(&first) = t.text.as_bytes().first().filter(|_| t.word) else {
            continue;
        };
        let may_start = if by_word {
            t.marks.has(WordMarks::ACCORDING_HEAD)
        } else {
            rules.according.may_start(first)
        };
        let speech = t.marks.speech();
        if !(may_start || speech.verb || speech.phrase_head)
            || quotes.is_some_and(|q| inside(q, t.start))
        {
            continue;
        }
        let according = may_start
            .then(|| rules.according.longest(&text[t.start..end]))
            .flatten()
            .map(|(n, _)| n);
        if according.is_some() || speech.verb || speech.phrase_head {
            return Some(Candidate {
                k: at,
                speech,
                according,
            });
        }
    }
    None
}

/// How many of `toks` come before the first with any of `marks` (all of them when none has):
/// four tokens' marks are tested at once, as most runs of words hold no mark sought.
fn unmarked_run(toks: &[Token], marks: WordMarks) -> usize {
    let mut chunks = toks.chunks_exact(4);
    let mut n = 0;
    for c in &mut chunks {
        if c[0]
            .marks
            .or(c[1].marks)
            .or(c[2].marks)
            .or(c[3].marks)
            .has(marks)
        {
            break;
        }
        n += 4;
    }
    n + toks[n..]
        .iter()
        .position(|t| t.marks.has(marks))
        .unwrap_or(toks.len() - n)
}

/// "per" opens an `according to` phrase only at a clause's start and before a name or "the"
/// ("…, per the health ministry", "Per Reuters, …"): not "5 per cent", "per capita", "per day",
/// nor "per the plan", which follows a rule and cites no one. (`n` is the length of the phrase
/// token `k` opens.)
fn per_is_no_source(low: &str, toks: &[Token], k: usize, n: usize) -> bool {
    static RULES: WordList = WordList::new(&[
        "plan",
        "agreement",
        "deal",
        "contract",
        "law",
        "rules",
        "rule",
        "policy",
        "terms",
        "guidelines",
        "regulations",
        "request",
        "instructions",
        "custom",
        "tradition",
        "protocol",
        "schedule",
        "usual",
    ]);
    if n != 3 || lower(low, &toks[k]) != b"per" {
        return false;
    }
    let opens = k == 0 || matches!(toks[k - 1].text, "," | "(" | ";" | "\u{2014}" | "--");
    let named = toks
        .get(k + 1)
        .is_some_and(|x| lower(low, x) == b"the" || x.capitalised());
    let follows_a_rule = toks[k + 1..]
        .iter()
        .take(4)
        .take_while(|x| x.word)
        .any(|x| RULES.contains_any_case(x.text));
    !(opens && named) || follows_a_rule
}

/// Reported speech and `according to` in one sentence; `quotes` are the quotations (in order, none
/// overlapping) that touch it (from its start to its end, both included), or more; `block`, the
/// paragraph after it where it ends its own with a colon (or the quotation that opens that
/// paragraph, where no cue names it).
fn reported(
    rules: &Rules,
    text: &str,
    low: &str,
    sentence: Range<usize>,
    toks: &[Token],
    (quotes, block): (&[Range<usize>], Option<Pieces>),
    out: &mut Vec<Found>,
) {
    // (the marks trimmed are ASCII, and no byte of a wider character is ASCII: trimmed byte by
    // byte, as `trim_end_matches` would trim them, without decoding characters)
    let trim_end = |r: Range<usize>| {
        let bytes = text.as_bytes();
        let mut end = r.end;
        while end > r.start && matches!(bytes[end - 1], b',' | b'.' | b' ' | b'"' | b';' | b':') {
            end -= 1;
        }
        r.start..end
    };
    // most sentences hold no quotation: their words need no look at where each quotation is
    let quoted = match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => overlaps(quotes, a.start..b.start + 1),
        _ => false,
    };
    let in_quotes = quoted.then_some(quotes);
    let mut k = 0;
    // the words that can open no statement are passed over in a loop of their own
    while let Some(Candidate {
        k: at,
        speech,
        according,
    }) = next_candidate(rules, (text, sentence.end), toks, in_quotes, k)
    {
        k = at;
        let t = toks[k];
        // according to X
        if let Some(n) = according.filter(|&n| !per_is_no_source(low, toks, k, n)) {
            let cue = t.start..t.start + n;
            let after = toks.partition_point(|x| x.start < cue.end);
            if let Some((a, b)) = source_after(low, toks, after) {
                let source = toks[a].start..toks[b - 1].end;
                // (at the start of the sentence, or of a clause after a semicolon, what is said
                // follows; else it went before, from the last semicolon)
                let clause = toks[..k].iter().rposition(|x| x.text == ";");
                let content =
                    if k == 0 || toks[clause.map_or(0, |c| c + 1)..k].iter().all(|x| !x.word) {
                        // (what is said starts at the word after the comma, not at its space)
                        let from = match toks.get(b) {
                            Some(x) if x.text == "," => toks.get(b + 1).map_or(x.end, |n| n.start),
                            Some(x) => x.start,
                            None => sentence.end,
                        };
                        trim_end(from..sentence.end)
                    } else {
                        let start = clause.map_or(sentence.start, |c| toks[c + 1].start);
                        trim_end(start..t.start)
                    };
                out.push(made(text, Some(source), cue, content.into(), "according"));
                k = b;
                continue;
            }
        }
        // a verb of speech in one word, or with its particle ("pointed out", "called for")
        let phrase = speech
            .phrase_head
            .then(|| rules.speech_phrases.longest(&text[t.start..sentence.end]))
            .flatten()
            .map(|(n, _)| t.start + n)
            .filter(|&end| end > t.end);
        if !(phrase.is_some() || speech.verb) || !used_as_verb(low, toks, k) {
            k += 1;
            continue;
        }
        let cue = t.start..phrase.unwrap_or(t.end);
        // (the cue's first word in lower case, read once for the tests below)
        let word = lower(low, &t);
        // the cue's last token: the cue's own word, or the last of its particle's few (counted
        // on from it, not searched for in the whole sentence; a cue of one word has none)
        let last = match phrase {
            Some(end) => k + toks[k + 1..].iter().take_while(|x| x.start < end).count(),
            None => k,
        };
        // what follows the cue: an addressee ("told AFP"), "that", a manner ("in a statement")
        let mut c = last + 1;
        if word.starts_with(b"told") || word.starts_with(b"tell") {
            // (a title's quotation marks and a possessive's apostrophe are the addressee's:
            // 'told MSNBC's "Morning Joe"')
            let mut words = 0;
            while c < toks.len()
                && (toks[c].word && words < 3 || matches!(toks[c].text, "\"" | "'"))
                && !matches!(lower(low, &toks[c]), b"that" | b"on" | b"in" | b"by")
            {
                words += usize::from(toks[c].word);
                c += 1;
            }
        }
        let mut manner = c;
        while manner < toks.len()
            && matches!(
                lower(low, &toks[manner]),
                b"in"
                    | b"a"
                    | b"an"
                    | b"the"
                    | b"statement"
                    | b"on"
                    | b"by"
                    | b"telephone"
                    | b"phone"
                    | b"interview"
                    | b"news"
                    | b"conference"
                    | b"briefing"
                    | b"monday"
                    | b"tuesday"
                    | b"wednesday"
                    | b"thursday"
                    | b"friday"
                    | b"saturday"
                    | b"sunday"
                    | b"late"
                    | b"earlier"
                    | b"today"
                    | b"yesterday"
                    | b"afp"
                    | b"reporters"
                    | b"morning"
                    | b"afternoon"
                    | b"evening"
                    | b"night"
                    | b"last"
                    | b"week"
                    | b"month"
                    | b"year"
            )
        {
            manner += 1;
        }
        let ends_here = manner >= toks.len() || matches!(toks[manner].text, "." | "!" | "?");
        // "…, top black lawmakers said Friday afternoon, as they bristled at …": a clause of
        // circumstance after the cue ends what a source set off after a comma says
        // (and a dash that sets off an aside: "Three people were killed, police said - two of
        // them children")
        let set_off_before_circumstance = |a: usize| {
            let aside = || toks.get(manner).is_some_and(is_dash);
            let circumstance = || {
                toks.get(manner).is_some_and(|t| t.text == ",")
                    && toks.get(manner + 1).is_some_and(|t| {
                        matches!(lower(low, t), b"as" | b"when" | b"while" | b"after" | b"before")
                    })
                    // ("…, Feldman said, as well as PHP applications": what is said goes on)
                    && toks
                        .get(manner + 2)
                        .is_none_or(|t| lower(low, t) != b"well")
            };
            a > 0 && a < k && toks[a - 1].text == "," && (aside() || circumstance())
        };
        // the source before the cue: a plain subject; a name with an apposition ("Scott Pruitt, the
        // attorney general of Oklahoma, said"); or, for "…, saying" and "… and said", the subject of
        // the sentence
        let prev_text = k
            .checked_sub(1)
            .map(|p| lower(low, &toks[p]))
            .unwrap_or_default();
        // (both asked only where no phrase before the cue is its source: most cues have one, and
        // answered there saved some 0.15 M per MB of the synthetic corpus)
        let core = || matches!(word, b"said" | b"says" | b"say" | b"told" | b"tells");
        let shares_subject =
            || word.ends_with(b"ing") || matches!(prev_text, b"and" | b"but" | b"," | b"also");
        // "the $184 million reported by Mike Lynch": a participle after what it says, with no
        // "be", whose agent says it
        if let Some((what, (a, b))) = reported_by(low, toks, k, last) {
            let source = Some(toks[a].start..toks[b - 1].end);
            let content = toks[what].start..toks[k - 1].end;
            out.push(made(text, source, cue, content.into(), "indirect"));
            k += 1;
            continue;
        }
        // "is expected", "has been criticized": a passive names no source (unless "by X" follows)
        if let Some(be) = passive_after(word, low, toks, k) {
            let from = toks
                .get(last + 1)
                .filter(|x| lower(low, x) == b"by")
                .map(|_| last + 2);
            // (not a time: "was expected by the end of the week", "by Friday")
            let source = from
                .and_then(|f| source_after(low, toks, f))
                .filter(|&(a, b)| !agent_is_a_time(low, &toks[a..b]))
                .map(|(a, b)| toks[a].start..toks[b - 1].end);
            // "It was reported that …": the statement follows; "… is expected": it precedes
            let content = match toks
                .get(last + 1)
                .filter(|x| lower(low, x) == b"that")
                .and_then(|_| toks.get(last + 2))
            {
                Some(first) => trim_end(first.start..sentence.end),
                // ("were admitted with gunshot wounds", "was found dead", "was felt 1,300 km
                // away", "is known by", "were being sought by rescue teams": no statement, unless
                // a "that" follows)
                None if matches!(
                    word,
                    b"admitted"
                        | b"found"
                        | b"felt"
                        | b"known"
                        | b"shown"
                        | b"sworn"
                        | b"spoken"
                        | b"sought"
                        | b"understood"
                ) =>
                {
                    k..k
                }
                // ("Shares have lost 11% since the job cuts were announced": what was announced
                // is the subject of the clause that "since" opens, no more)
                None => {
                    // (not "after being called out", which has no subject of its own)
                    let from = toks[..k]
                        .iter()
                        .rposition(|x| {
                            matches!(
                                lower(low, x),
                                b"since" | b"after" | b"before" | b"until" | b"because"
                            )
                        })
                        .filter(|&s| !matches!(lower(low, &toks[s + 1]), b"being" | b"having"))
                        .map_or(sentence.start, |s| toks[s + 1].start);
                    // (up to the form of "be" before the cue: "the job cuts were announced")
                    let stop = Some(be)
                        .filter(|&b| is_be(lower(low, &toks[b])) && toks[b].start >= from)
                        .unwrap_or(k);
                    trim_end(from.max(sentence.start)..toks[stop].start)
                }
            };
            if !content.is_empty() {
                out.push(made(text, source, cue, content.into(), "passive"));
            }
            k += 1;
            continue;
        }
        // "…,” he said, adding …": a second cue in the sentence shares the first one's source
        let earlier_source = || {
            out.iter()
                .rev()
                .find(|f| f.cue.start >= sentence.start && f.cue.end <= t.start)
                .and_then(|f| f.source.clone())
                .and_then(|r| {
                    Some((
                        toks.iter().position(|x| x.start == r.start)?,
                        toks.iter().position(|x| x.end == r.end)? + 1,
                    ))
                })
        };
        // "began by saying", "criticised for saying": the one who said it is the sentence's subject
        let gerund = gerund_after_preposition(word, low, toks, k);
        let no_time = |&(a, b): &(usize, usize)| !is_time_phrase(low, &toks[a..b]);
        // "…, said the minister.", "… in Takengon, the capital, said Sutopo Nugroho of the agency.":
        // after a comma, a source that the clause ends with follows the cue, unless a name with its
        // apposition stands before it ("Anthony Livanios, an analyst, said the plan would fail.")
        // (only the verbs that a source follows so: "…, the pastor declined to say" is no
        // inversion; and no source with a verb or an infinitive in it: "…, said no decision had
        // been made.")
        let inverted = (prev_text == b"," && INVERTED.contains_any_case(t.text))
            .then(|| source_after(low, toks, last + 1))
            .flatten()
            .filter(|&(a, b)| no_number(&toks[a..b]))
            .filter(|&(a, b)| {
                let said = matches!(word, b"said" | b"says" | b"added" | b"adds");
                // (the source ends the clause; or it is a short phrase with its determiner that
                // a place or a relative clause follows: "said one source in the room", "said the
                // official, who uses one name")
                let ends = toks
                    .get(b)
                    .is_none_or(|x| matches!(x.text, "." | "," | ";" | "!" | "?"));
                // (and after "said" or "added" only, whose object is never a noun phrase so)
                let described = || {
                    said && b - a <= 5
                        && class(lower(low, &toks[a])).has(Class::DETERMINER)
                        && toks.get(b).is_some_and(|x| {
                            matches!(lower(low, x), b"in" | b"on" | b"at" | b"who" | b"when")
                        })
                };
                // (after the other verbs, a name or a definite description: "…, reported the
                // agency", not "…, reported a loss")
                let named = || {
                    lower(low, &toks[a]) == b"the"
                        || toks[a..b]
                            .iter()
                            .any(|x| x.text.starts_with(|c: char| c.is_uppercase()))
                };
                (ends || described())
                    && (said || named())
                    && !class(lower(low, &toks[a])).has(Class::NP_BREAK)
                    && toks[a..b].iter().all(|x| {
                        let l = lower(low, x);
                        l != b"to" && !class(l).has(Class::AUXILIARY)
                    })
            })
            .filter(no_time);
        // (a phrase before the cue that is no time needs no second look)
        // ("Local officials, however, put the toll at 31": the source before an adverb set off)
        let end = match toks.get(k.saturating_sub(3)..k) {
            Some([a, adverb, b])
                if a.text == ","
                    && b.text == ","
                    && matches!(
                        lower(low, adverb),
                        b"however" | b"meanwhile" | b"though" | b"too" | b"also" | b"instead"
                    ) =>
            {
                k - 3
            }
            // ("but critics, including two senators, say": the source before a list set off;
            // "…, including some which were flattened, said Fauzi" has its source after the cue)
            _ if inverted.is_none() => included_before(low, toks, k).unwrap_or(k),
            _ => k,
        };
        let phrase = (!gerund).then(|| source_before(low, toks, end)).flatten();
        // "The Times on Saturday wrote": a time just before the cue stands between it and its
        // subject, whatever the verb
        let after_time = phrase.is_some();
        let before = match phrase {
            // "The ministry issued a statement saying …": the ministry says it
            Some(phrase) if no_time(&phrase) && word.ends_with(b"ing") => {
                Some(issuer_of(low, toks, phrase).unwrap_or(phrase))
            }
            Some(phrase) if no_time(&phrase) => Some(phrase),
            _ => appositive_source(low, toks, k)
                .or(inverted)
                .or_else(|| {
                    if shares_subject() {
                        earlier_source().or_else(|| sentence_subject(low, toks, k))
                    } else {
                        None
                    }
                })
                // "Based on the return, Sanders on Tuesday said": the phrase before the time
                .or_else(|| before_time(low, toks, end))
                // "all the experts I interviewed said", "On Tuesday said": the sentence's subject
                .or_else(|| {
                    if after_time || core() {
                        sentence_subject(low, toks, k)
                    } else {
                        None
                    }
                })
                .filter(no_time),
        };
        let mut lead = None;
        let (source, content) = match before {
            Some((a, b)) if a > k => {
                // "…, said the minister.": the statement is what came before the cue
                (
                    Some(toks[a].start..toks[b - 1].end),
                    trim_end(sentence.start..toks[k - 1].start),
                )
            }
            // '"…," Scott Pruitt, the attorney general, said at an event': a quotation that ends
            // its clause just before the source is what it said, and the words after the cue
            // tell where and when
            // (not for a participle or a second verb, which go on with the speaker: '"…," he
            // said, adding that …'; and only where the quotation opens the sentence: 'In an
            // interview on "Face the Nation," Ryan said the …' says what follows)
            Some((a, b))
                if !word.ends_with(b"ing")
                    && prev_text != b"and"
                    && let Some(q) = quotation_before(text, quotes, toks[a].start)
                    && (q.start <= sentence.start
                        || text[sentence.start..q.start]
                            .bytes()
                            .all(|b| matches!(b, b'"' | b'\'' | b' '))) =>
            {
                (Some(toks[a].start..toks[b - 1].end), trim_end(q))
            }
            Some((a, b)) if !ends_here && !set_off_before_circumstance(a) => {
                let mut from = c;
                if toks
                    .get(from)
                    .is_some_and(|x| x.text == ":" || x.text == ",")
                {
                    from += 1;
                }
                from = past_circumstance(low, toks, from);
                let Some(first) = toks.get(from) else {
                    // "Limbaugh added:" that ends its paragraph: what it adds is the paragraph
                    // set off after it
                    if let Some(block) = block.clone()
                        && from > c
                        && toks[from - 1].text == ":"
                    {
                        out.push(made(
                            text,
                            Some(toks[a].start..toks[b - 1].end),
                            cue,
                            block,
                            "direct",
                        ));
                    }
                    k += 1;
                    continue;
                };
                // "The toll rose to 12, the agency said, the highest this year.": the words before
                // the source are said too
                // (not after an addressee: "…, McDermott had told his father, Creighton coach …")
                // ("…, the fire service said in its latest update, up from …": past the
                // circumstance to its comma)
                lead = (c == last + 1)
                    .then(|| {
                        let past = circumstance_comma(low, toks, c);
                        parenthetical(low, toks, a, if past > c { past } else { manner })
                    })
                    .flatten()
                    .map(|comma| trim_end(sentence.start..toks[comma].start));
                (
                    Some(toks[a].start..toks[b - 1].end),
                    trim_end(first.start..content_end(low, toks, from, sentence.end)),
                )
            }
            Some((a, b)) => {
                // "…, the force said." : the statement is what came before the source, up to the
                // comma before it; not across a clause of its own ("Also, he said that Mitchell
                // would have told him.": "Mitchell … told him" reports nothing)
                let comma = toks[..a].iter().rposition(|x| x.text == ",");
                let clause = |p: usize| {
                    toks[p + 1..a].iter().any(|x| {
                        let l = lower(low, x);
                        is_cue(x) || l == b"that" || class(l).has(Class::AUXILIARY)
                    })
                };
                if comma.is_some_and(clause) {
                    k += 1;
                    continue;
                }
                let stop = comma.map_or(toks[a].start, |p| toks[p].start);
                // "… got roughed up - tackled, he said - while cutting …": a source and cue set
                // off between dashes say the aside the first dash opens
                let start = match comma {
                    Some(p) if toks.get(manner).is_some_and(is_dash) => toks[..p]
                        .iter()
                        .rposition(is_dash)
                        .map_or(sentence.start, |d| toks[d + 1].start),
                    _ => sentence.start,
                };
                (Some(toks[a].start..toks[b - 1].end), trim_end(start..stop))
            }
            None => {
                // "…, said the minister."
                // (not after a participle: "…, promising to lift the rules" names no one)
                match (!word.ends_with(b"ing"))
                    .then(|| source_after(low, toks, last + 1))
                    .flatten()
                {
                    Some((a, b)) if k > 0 && toks[k - 1].text == "," && no_number(&toks[a..b]) => {
                        let stop = toks[k - 1].start;
                        (
                            Some(toks[a].start..toks[b - 1].end),
                            trim_end(sentence.start..stop),
                        )
                    }
                    _ => {
                        k += 1;
                        continue;
                    }
                }
            }
        };
        if content.is_empty() {
            k += 1;
            continue;
        }
        let kind = if inside(quotes, content.start) {
            "direct"
        } else {
            "indirect"
        };
        let content = match lead {
            Some(lead) if !lead.is_empty() => Pieces::of(&[lead, content]),
            _ => content.into(),
        };
        out.push(made(text, source, cue, content, kind));
        k += 1;
    }
}

/// The quotation among `quotes` that ends just before byte `start`, with nothing but its closing
/// mark, commas and spaces between, and that ends a clause: a comma or other stop before its
/// closing mark or after it ('"It is an invasion," Pruitt said'; not 'the "Gang of Eight"
/// senators said').
fn quotation_before(text: &str, quotes: &[Range<usize>], start: usize) -> Option<Range<usize>> {
    let q = quotes.iter().rev().find(|q| q.end <= start)?;
    let between = &text[q.end..start];
    let stop = between.contains(',') || text[..q.end].trim_end().ends_with([',', '.', '!', '?']);
    (between
        .bytes()
        .all(|b| matches!(b, b'"' | b'\'' | b' ' | b','))
        && stop)
        .then(|| q.clone())
}

/// The comma that opens a source set off in the middle of what it says ("The toll rose to 12,
/// the agency said, the highest this year."), where the source runs from token `a` and a comma
/// follows its cue (and the manner said, "in a statement") at token `c`: the clause before the
/// comma is said too. Not where a quotation opens after the cue, nor where the words before the
/// comma set the scene ("In a statement, the agency said, …", "Asked about the toll, the minister
/// said, …") or are too few to be a clause.
fn parenthetical(low: &str, toks: &[Token], a: usize, c: usize) -> Option<usize> {
    let comma = a.checked_sub(1).filter(|&p| toks[p].text == ",")?;
    let opens = toks.first().filter(|x| x.word)?;
    if toks.get(c).is_none_or(|x| x.text != ",")
        || toks.get(c + 1).is_none_or(|x| !x.word)
        || toks[..comma].iter().filter(|x| x.word).count() < 3
    {
        return None;
    }
    // "…, which, Tompkins said, is usually full": the source is set off inside a clause of its own
    // whose start is not the sentence's
    if comma
        .checked_sub(1)
        .is_some_and(|p| class(lower(low, &toks[p])).has(Class::NP_BREAK))
    {
        return None;
    }
    let first = lower(low, opens);
    let scene =
        class(first).has(Class::NP_BREAK) || first.ends_with(b"ed") || first.ends_with(b"ing");
    // (but a clause that a time or place opens is said: "By Friday the blaze had burned 10,000
    // hectares, Infoca said, …", its verb an auxiliary)
    let clause = || {
        toks[1..comma]
            .iter()
            .any(|x| class(lower(low, x)).has(Class::AUXILIARY))
    };
    (!scene || class(first).has(Class::NP_BREAK) && clause()).then_some(comma)
}

/// The verbs of speech that may come before their source, after what was said: "…, said the
/// minister.", "…, wrote Jane Doe of the Tribune." Not those whose object often follows them
/// after a comma ("…, told the crowd", "…, confirmed the deal", "…, asked the waiter").
static INVERTED: WordList = WordList::new(&[
    "said",
    "says",
    "added",
    "adds",
    "wrote",
    "writes",
    "reported",
    "reports",
    "noted",
    "notes",
    "explained",
    "continued",
    "insisted",
    "declared",
    "stated",
    "tweeted",
    "replied",
]);

/// Where the statement opens after a verb of speech, past the time or place said first ("tweeted
/// in the early morning hours that …", "said during the debate last week, \"…"): at its "that", or
/// at the quotation after a comma, when a preposition opens the words before them (eight at
/// most, all words). `from` where it opens with no preposition or neither follows.
/// (The preposition is asked where the call is made: most statements open with none, and make no
/// call of `circumstance_end`; 0.08 M instructions per MB of the synthetic corpus.)
#[inline(always)]
fn past_circumstance(low: &str, toks: &[Token], from: usize) -> usize {
    let opens = toks.get(from).is_some_and(|t| {
        matches!(
            lower(low, t),
            b"in"
                | b"on"
                | b"at"
                | b"during"
                | b"after"
                | b"before"
                | b"late"
                | b"early"
                | b"via"
                | b"by"
        )
    });
    if !opens {
        return from;
    }
    circumstance_end(low, toks, from)
}

/// `past_circumstance` after the preposition at `from`.
// (out of line: inlined into `reported`, it cost more than it does)
#[inline(never)]
fn circumstance_end(low: &str, toks: &[Token], from: usize) -> usize {
    for (i, t) in toks.iter().enumerate().skip(from + 1).take(8) {
        if lower(low, t) == b"that" {
            return i;
        }
        if t.text == "," && toks.get(i + 1).is_some_and(|q| q.text == "\"") {
            return i + 1;
        }
        if !t.word {
            break;
        }
    }
    from
}

/// The comma that closes a circumstance opened by a preposition at token `from` ("in its latest
/// update, …", of eight words at most); else `from`.
fn circumstance_comma(low: &str, toks: &[Token], from: usize) -> usize {
    let opens = toks
        .get(from)
        .is_some_and(|t| matches!(lower(low, t), b"in" | b"on" | b"at" | b"during" | b"via"));
    if !opens {
        return from;
    }
    toks.iter()
        .enumerate()
        .skip(from + 1)
        .take(8)
        .find(|(_, t)| !t.word || lower(low, t) == b"that")
        .filter(|(_, t)| t.text == ",")
        .map_or(from, |(i, _)| i)
}

/// Where the statement that opens at token `from` ends: at the sentence's end, or before a second
/// verb of speech that the sentence's subject goes on with ("…, adding that", "… and vowed to").
fn content_end(low: &str, toks: &[Token], from: usize, sentence_end: usize) -> usize {
    // ("The union says more than 40,000 are out; according to the company, …": a semicolon
    // ends what is said)
    let sentence_end = toks
        .get(from..)
        .and_then(|rest| rest.iter().find(|t| t.text == ";"))
        .map_or(sentence_end, |t| t.start.min(sentence_end));
    // (a cue is told by a bit of its marks: the other words are passed over four at a time, by
    // `unmarked_run`, where a test of each cost 0.1 M instructions per MB of the synthetic corpus)
    let mut i = from + 2;
    while let Some(rest) = toks.get(i..) {
        i += unmarked_run(rest, WordMarks::SPEECH_VERB);
        let Some(t) = toks.get(i) else {
            break;
        };
        let (before, w) = (&toks[i - 1], lower(low, t));
        if before.text == "," && w.ends_with(b"ing")
            || w.ends_with(b"ed") && lower(low, before) == b"and"
        {
            return before.start.min(sentence_end);
        }
        i += 1;
    }
    sentence_end
}

/// Resolves pronouns, surnames and aliases to a canonical speaker.
/// (`since` and `earlier` are empty, with room kept from an article before.)
fn resolve_speakers(
    rules: &Rules,
    text: &str,
    low: &str,
    found: &mut [Found],
    (since, earlier): (&mut Vec<Step>, &mut Earlier),
) {
    // (a stretch of text, a speaker and a pronoun's person for each statement at most, in a list
    // that need not grow)
    since.reserve(3 * found.len());
    let mut last_person = Antecedent {
        since: std::mem::take(since),
        told: Vec::new(),
    };
    let mut last_cue = 0;
    // (the lengths of the aliases, few: a source of no such length is not hashed to look it up)
    let alias_lengths = rules
        .speaker_aliases
        .keys()
        .fold(0, |bits, k| bits | length_bit(k.len()));
    for i in 0..found.len() {
        // the statements before this one (whose speakers are settled) and this one
        let (before, rest) = found.split_at_mut(i);
        let f = &mut rest[0];
        // a person named since the last statement is a nearer antecedent for "he" ("Defence
        // Minister Soumeylou Boubeye Maiga identified the rebels …, who he said were …")
        // (but not one named in what this statement says before its cue: "Most houses were in
        // the Wih Pesam area, he added" does not make "Wih Pesam" "he")
        let upto = f
            .content
            .first()
            .map(|c| c.start)
            .filter(|&s| s < f.cue.start)
            .unwrap_or(f.cue.start);
        last_person.read(last_cue.min(upto)..upto);
        last_cue = f.cue.end;
        let Some(src) = f.source_norm.as_deref() else {
            continue;
        };
        // the source in lower case: an ASCII one's bytes are read from the text lower-cased once
        // (`made` copied the source from `text` at the same offsets)
        let unicode_lower;
        let l = match f
            .source
            .clone()
            .filter(|_| src.is_ascii())
            .and_then(|r| low.get(r))
        {
            Some(l) => l,
            None => {
                unicode_lower = src.to_lowercase();
                unicode_lower.as_str()
            }
        };
        if alias_lengths & length_bit(l.len()) != 0
            && let Some(alias) = rules.speaker_aliases.get(l)
        {
            f.speaker = Some(CompactString::from(alias.as_str()));
            continue;
        }
        if is_pronoun(l) {
            let sex = match l {
                "he" => Some(Sex::Male),
                "she" => Some(Sex::Female),
                _ => None,
            };
            if let Some(sex) = sex {
                f.speaker = last_person.get(rules, text, before, (sex, f.cue.start));
            } else if matches!(l, "it" | "they") {
                f.speaker = body_before(rules, before, f.cue.start, l == "they");
            }
            continue;
        }
        // "said Mr. Kamin, who emphasized", "The mayor, who said", "families, many of whom say":
        // the one the relative pronoun stands for, a statement's speaker just before it or the
        // phrase before its comma
        if (matches!(src, "who" | "which" | "Who" | "Which") || l.ends_with(" of whom"))
            && let Some(start) = f.source.as_ref().map(|r| r.start)
        {
            let joined = |e: &Found| {
                e.source
                    .as_ref()
                    // (an earlier source may end after this one starts: no gap between them)
                    .and_then(|r| text.get(r.end..start))
                    .is_some_and(|gap| gap.trim_matches([',', '(', ' ']).is_empty())
            };
            f.speaker = match before.iter().rev().take(2).find(|e| joined(e)) {
                Some(e) => e.speaker.clone(),
                None => antecedent_before(&text[..start]).map(CompactString::from),
            };
            continue;
        }
        if one_capitalised_word(src) {
            // a surname: the longest name ending with it earlier in the text
            f.speaker = earlier
                .full_name(text, src, f.cue.start)
                .or_else(|| f.source_norm.clone());
        } else if let Some(title) = l.strip_prefix("the ").filter(|_| no_capitalised_word(src))
            && let Some(name) = earlier.titled_name(text, low, title, f.cue.start)
        {
            // "the prime minister" → "Prime Minister Moussa Mara"
            f.speaker = Some(name.into());
        } else {
            // "Anthony Livanios, a political analyst,", "Mahnefah Gray, 19,": the name without
            // what is said of it; "The mayor, Fatoumata Traore, said": the name after a
            // description; else (a copy of the source as written: a string of up to 24 bytes is
            // copied inline)
            f.speaker = name_before_apposition(src)
                .or_else(|| {
                    // (the comma after the source first: most have none, and are passed over by
                    // that test, where six of an article at its start were made for each)
                    let source = f.source.as_ref()?;
                    let gap = text.get(source.end..f.cue.start)?;
                    if !gap.starts_with(", ") || !opens_with_determiner(src) {
                        return None;
                    }
                    name_between(gap)
                })
                .map(CompactString::from)
                .or_else(|| f.source_norm.clone());
        }
        last_person.spoke(i);
    }
    // (the list handed back, with its room, for the next article)
    *since = last_person.since;
}

/// The name that opens a source with an apposition after its comma ("Anthony Livanios, a
/// political analyst,", "Mahnefah Gray, 19,"), or after a title with its article the name in the
/// apposition ("The Prime Minister, Boris Johnson,"): two to five capitalised words of letters.
fn name_before_apposition(src: &str) -> Option<&str> {
    // (an apposition's source ends with its comma: most sources are passed over by that alone)
    if !src.ends_with(',') {
        return None;
    }
    let (name, rest) = src.split_once(", ")?;
    // ("Sea-Watch, whose aircraft spotted the vessel,": the name without the clause said of it)
    if ["whose ", "who ", "which "]
        .iter()
        .any(|w| rest.starts_with(w))
    {
        return Some(name);
    }
    // ("The Prime Minister, Boris Johnson,": after a title with its article, a name in the
    // apposition is the speaker's)
    if opens_with_determiner(name)
        && let Some(apposition) = rest.strip_suffix(',').filter(|a| is_plain_name(a))
    {
        return Some(apposition);
    }
    // ("The agency's latest report, released on Monday,": the description without what is said
    // of it)
    (!rest.is_empty() && (is_plain_name(name) || opens_with_determiner(name))).then_some(name)
}

/// Two to five capitalised words of letters (with points, hyphens and apostrophes): a name.
fn is_plain_name(name: &str) -> bool {
    let words = name.split(' ').count();
    (2..=5).contains(&words)
        && name.split(' ').all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// Does a source open with a determiner: an article, a possessive pronoun or a possessive noun
/// ("The mayor", "A spokeswoman", "Her agent", "Williams' publicist", "Trump's running mate"): a
/// description, which a name set off after it may name?
fn opens_with_determiner(src: &str) -> bool {
    const WORDS: [&str; 15] = [
        "The", "A", "An", "His", "Her", "Their", "Its", "Our", "the", "a", "an", "his", "her",
        "their", "its",
    ];
    let Some((first, _)) = src.split_once(' ') else {
        return false;
    };
    WORDS.contains(&first) || ["'s", "’s", "s'", "s’"].iter().any(|p| first.ends_with(p))
}

/// The name set off by commas in what stands between a source and its cue (", Fatoumata
/// Traore, " of "The mayor, Fatoumata Traore, said").
fn name_between(gap: &str) -> Option<&str> {
    let name = gap.strip_prefix(", ")?.trim_end().strip_suffix(',')?;
    is_plain_name(name).then_some(name)
}

/// The body that "it" or "they" (`plural`) stands for ("The group claimed the attack, which it said
/// killed 30 soldiers"; "Deputies said … They said"): the speaker of one of the last two
/// statements before the cue at `cue`, within 400 bytes, that may be one (`may_be_body`).
fn body_before(rules: &Rules, before: &[Found], cue: usize, plural: bool) -> Option<CompactString> {
    before
        .iter()
        .rev()
        .take(2)
        .take_while(|e| cue.saturating_sub(e.cue.end) < 400)
        .filter_map(|e| e.speaker.as_ref())
        .find(|s| may_be_body(rules, s, plural))
        .cloned()
}

/// Can a speaker be what "it" (or, `plural`, "they") stands for? A short phrase, with no comma,
/// that opens with "the" or a capital ("The city of Phoenix", "Deputies", "AMD"), whose head (its
/// last word, or the last before "of") is singular or plural as the pronoun is, and that names no
/// person: no name, title or word that tells a sex. A single word is a body's where "it" stands
/// for an acronym ("AMD", not "Obama") and "they" for a plural ("Authorities").
fn may_be_body(rules: &Rules, s: &str, plural: bool) -> bool {
    let words: Vec<&str> = s.split(' ').collect();
    let opens = s.starts_with(|c: char| c.is_uppercase()) || s.starts_with("the ");
    let head = match words.iter().position(|w| *w == "of") {
        Some(p) if p > 0 => words[p - 1],
        _ => words.last().copied().unwrap_or_default(),
    };
    let lower = head.to_lowercase();
    let many = lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us")
        || matches!(lower.as_str(), "police" | "people" | "staff" | "military");
    let one_word_fits = words.len() > 1
        || if plural {
            many
        } else {
            s.len() > 1 && s.bytes().all(|b| b.is_ascii_uppercase() || b == b'&')
        };
    // ("…, but critics say …. They say": a bare plural in lower case may stand for "they")
    (opens || plural && words.len() == 1)
        && words.len() <= 6
        && !s.contains(',')
        && many == plural
        && one_word_fits
        && !is_plain_name(s)
        && !surely_a_person(s)
        && sex_of(rules, s).is_none()
}

/// The noun phrase a relative pronoun after `text` stands for: a name ("Mr. Kamin, who"), or a
/// description back to its determiner ("The mayor, who", "this story (which", "an official
/// report which"), of a few words.
fn antecedent_before(text: &str) -> Option<&str> {
    let t = text.trim_end();
    // (set off by a comma or a bracket, or with neither, restrictive: "an official report which
    // concluded", whose antecedent must then open with a determiner, not "Then there are those")
    let (s, restrictive) = match t.strip_suffix([',', '(']) {
        Some(s) => (s.trim_end(), false),
        None => (t, true),
    };
    let found = antecedent_in(s, restrictive)?;
    // "cut its guidance in July, which had forecast": a month, a weekday or a year after a
    // preposition says when, and the pronoun stands for the phrase before it
    let head = s[..s.len() - found.len()].trim_end();
    let when = !found.contains(' ')
        && (super::time::is_calendar(&found.to_ascii_lowercase())
            || found.len() == 4 && found.bytes().all(|b| b.is_ascii_digit()));
    match head.rsplit_once(' ') {
        // (and where no phrase stands there, it stands for none: a month calls for nothing)
        Some((before, "in" | "on" | "since" | "during" | "until" | "by")) if when => {
            antecedent_in(before.trim_end(), restrictive)
        }
        _ => Some(found),
    }
}

/// `antecedent_before`, at the end of `s` (trimmed, its comma taken off: `restrictive` where
/// there was none).
fn antecedent_in(s: &str, restrictive: bool) -> Option<&str> {
    let mut start = s.len();
    let mut determined = false;
    let mut words = 0;
    let mut named = false;
    while words < 5 {
        let head = s[..start].trim_end();
        let from = head
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let w = &head[from..];
        let capital = w.starts_with(|c: char| c.is_uppercase());
        // (lower-case words only before any capital: "the mayor", not "said Mr. Kamin"; and no
        // verb: "The bill angered families, many of whom")
        let verb = w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"));
        let lower_word = !named && !verb && w.bytes().all(|b| b.is_ascii_lowercase());
        if w.is_empty() || !capital && !lower_word {
            break;
        }
        start = from;
        words += 1;
        named |= capital;
        let determiner = matches!(
            w.to_ascii_lowercase().as_str(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
        );
        if determiner {
            // (with no comma, a phrase after a preposition is taken for the object of another
            // phrase's: "people across the country who want", "a shock for everyone who")
            determined = !is_preposition(s[..start].trim_end().rsplit(' ').next().unwrap_or(""));
            break;
        }
        if restrictive && (is_preposition(w) || w == "to") {
            break;
        }
    }
    (words > 0 && (determined || !restrictive)).then(|| &s[start..])
}

/// A preposition that makes the phrase after it the object of another's ("across", "for").
fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "of" | "for" | "in" | "across" | "around" | "with" | "from" | "at" | "on" | "by"
    )
}

/// A bit for a string's length in bytes, among 64: any of 63 bytes or more sets the top one.
fn length_bit(n: usize) -> u64 {
    1 << n.min(63)
}

/// The person "he" or "she" refers back to, as `resolve_speakers` walks forward: the nearest who
/// can be one (a named person or a description of one, "a defence ministry official", not an
/// organisation or a place) and is not known to be of the other sex, among the speakers, the
/// persons named in the text and those the pronouns before stood for; none when no one can be.
/// The text is searched for names, and a speaker asked whether it names no person, only when a
/// pronoun asks (most statements are followed by none), and only back to the nearest who fits:
/// most often the person the last pronoun of the same sex stood for, or someone named since.
#[derive(Default)]
struct Antecedent {
    /// What came, in order: stretches of text between statements, named speakers, and the
    /// persons the pronouns stood for.
    since: Vec<Step>,
    /// The last words of the names a pronoun stood for, with its sex: "she" said of "the mayor"
    /// makes the mayor a woman, whom a later "he" passes over.
    told: Vec<(CompactString, Sex)>,
}

/// A step of `Antecedent::since`.
enum Step {
    /// Text between two statements, which may name a person.
    Read(Range<usize>),
    /// The statement (its index) of a named speaker, who may be a person.
    Spoke(usize),
    /// A pronoun of this sex stood for this person (unknown: for no one): for a later pronoun of
    /// the same sex, nearer than anyone before.
    Meant(Person, Sex),
}

impl Antecedent {
    /// The text between two statements, which may name a person.
    fn read(&mut self, between: Range<usize>) {
        self.since.push(Step::Read(between));
    }

    /// Statement `i` has a named speaker (not a pronoun), who may be "he" or "she": nearer than
    /// any name read before.
    fn spoke(&mut self, i: usize) {
        self.since.push(Step::Spoke(i));
    }

    /// The person a pronoun of `sex` refers to now, in a statement whose cue starts at `cue`;
    /// `earlier` are the statements before it, with their speakers resolved. A speaker who quotes
    /// the words the pronoun's cue is in is not the pronoun ("McCrummen reports: “… she said …”";
    /// but in "Mead said he believed", which quotes nothing, "he" is Mead).
    fn get<'a>(
        &mut self,
        rules: &Rules,
        text: &str,
        earlier: &'a [Found],
        (sex, cue): (Sex, usize),
    ) -> Option<CompactString> {
        // Past a person of the other sex, one whose sex is unknown is taken only when it is
        // surely a person (a speaker with a title), not a name that may be anyone's nor any
        // capitalised words of the text ("North Korea", "Albany Ave"): where the nearest person
        // cannot be the pronoun's, the one further back is a guess, and no speaker is better than
        // a wrong one.
        let passed = std::cell::Cell::new(false);
        // (`titled`: the source whose title, if it has one, makes it surely a person: asked only
        // where the answer counts, past a person of the other sex with no sex known)
        let fits = |known: Option<Sex>, name: &str, titled: Option<&str>| match known
            .or_else(|| self.told_of(name))
        {
            Some(s) if s != sex => {
                passed.set(true);
                false
            }
            Some(_) => true,
            None => !passed.get() || titled.is_some_and(surely_a_person),
        };
        // (the last word of the speaker who quotes the pronoun's words, once passed: not the
        // pronoun where the text names them before the quotation either)
        let quoter = std::cell::Cell::new(None);
        let quoted_by = |f: &'a Found| {
            let quotes = f.kind == "direct" && f.content.iter().any(|c| c.contains(&cue));
            if quotes {
                quoter.set(f.speaker.as_deref().and_then(last_name_word));
            }
            quotes
        };
        let nearest = self.since.iter().rev().find_map(|step| match step {
            Step::Read(r) => last_named_person(&text[r.clone()], |name, before| {
                let known = sex_of(rules, name).or_else(|| word_sex(rules, before));
                let quoting = quoter.get().is_some_and(|q| {
                    last_name_word(name).is_some_and(|w| w.eq_ignore_ascii_case(q))
                });
                !quoting && fits(known, name, None)
            })
            .map(|n| Person::Named(n.into())),
            Step::Spoke(i) => earlier
                .get(*i)
                .filter(|f| !quoted_by(f))
                .filter(|f| {
                    f.source_norm.as_deref().is_some_and(|src| {
                        !names_no_person(src) && speaker_fits(rules, f, src, &fits)
                    })
                })
                .map(|_| Person::Speaker(*i)),
            Step::Meant(person, s) => {
                if *s == sex {
                    return Some(person.clone());
                }
                passed.set(passed.get() || !matches!(person, Person::Unknown));
                None
            }
        });
        let person = nearest.unwrap_or(Person::Unknown);
        let name = match &person {
            Person::Unknown => None,
            Person::Speaker(i) => earlier.get(*i).and_then(|f| f.speaker.clone()),
            Person::Named(name) => Some(name.clone()),
        };
        if let Some(last) = name.as_deref().and_then(last_name_word)
            && self.told_of(last).is_none()
        {
            self.told.push((last.into(), sex));
        }
        self.since.push(Step::Meant(person, sex));
        name
    }

    /// The sex a pronoun told of a person with this name, known by its last word.
    fn told_of(&self, name: &str) -> Option<Sex> {
        // (most articles have no pronoun resolved to anyone yet, or at all)
        if self.told.is_empty() {
            return None;
        }
        let last = last_name_word(name)?;
        self.told
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(last))
            .map(|&(_, s)| s)
    }
}

/// Can the speaker of `f` (whose source is `src`) be the pronoun's person, by `fits`: the sex the
/// words of the source tell, or those of the speaker made of it ("The mayor, Fatoumata Traore,").
fn speaker_fits(
    rules: &Rules,
    f: &Found,
    src: &str,
    fits: &impl Fn(Option<Sex>, &str, Option<&str>) -> bool,
) -> bool {
    let speaker = f.speaker.as_deref().filter(|s| *s != src);
    let known = sex_of(rules, src).or_else(|| speaker.and_then(|s| sex_of(rules, s)));
    fits(known, speaker.unwrap_or(src), Some(src))
}

/// Is a source surely a person's, by a title in it ("The mayor", "a police spokesman"), not a
/// description of things ("Instant polls", "the duo") nor a name that may be anyone's?
/// (Here and in the pronouns' other tests, words are split at ASCII white space, read as bytes:
/// the normalised text has no other.)
fn surely_a_person(src: &str) -> bool {
    src.split_ascii_whitespace().any(is_title)
}

/// The sex the words of a name or a description tell ("Ms Traore", "Army spokesman Souleymane
/// Dembele", "a woman"), by the rules' words; none when they tell none, or both.
fn sex_of(rules: &Rules, phrase: &str) -> Option<Sex> {
    // (the words after a possessive are the person's: "Hillary Clinton's spokesman Brian Fallon")
    let head = after_possessive(phrase).unwrap_or(phrase);
    let mut sex = None;
    // (the word before is capitalised, and no article: "Gayle King", not "The Queen")
    let mut name_before = false;
    let mut first = true;
    let mut words = head.split_ascii_whitespace().peekable();
    while let Some(w) = words.next() {
        let capital = w.starts_with(char::is_uppercase);
        // a capitalised last word alone or after a name's is a surname, whatever else it may be
        // ("King", "Gayle King", "Elton John")
        let surname = capital && (first || name_before) && words.peek().is_none();
        name_before = capital && !matches!(w, "The" | "A" | "An");
        first = false;
        match (sex, (!surname).then(|| word_sex(rules, w)).flatten()) {
            (Some(a), Some(b)) if a != b => return None,
            (None, found) => sex = found,
            _ => {}
        }
    }
    sex
}

/// The words after the last apostrophe of a phrase when it makes a possessive ("spokesman Brian
/// Fallon" of "Hillary Clinton's spokesman Brian Fallon"). (The apostrophe is found by its last
/// byte, `'` or that of `’`, read back byte by byte: a search for either character decodes each.)
fn after_possessive(phrase: &str) -> Option<&str> {
    let b = phrase.as_bytes();
    let mut end = b.len();
    while let Some(at) = b[..end].iter().rposition(|&c| c == b'\'' || c == 0x99) {
        // (0x99 ends `’`, E2 80 99, and other characters, which are passed over)
        if b[at] == b'\'' || at >= 2 && b[at - 2..at] == [0xe2, 0x80] {
            return phrase.get(at + 1..)?.strip_prefix("s ");
        }
        end = at;
    }
    None
}

/// The sex a word tells ("Mr.", "spokeswoman"), in any case and without the marks around it.
fn word_sex(rules: &Rules, word: &str) -> Option<Sex> {
    // (most words open and end with a letter of ASCII: nothing to trim, and no character decoded
    // to be told so)
    let b = word.as_bytes();
    let w = match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => word,
        _ => word.trim_matches(|c: char| !c.is_alphanumeric()),
    };
    if w.is_empty() {
        return None;
    }
    // (the rules' table is asked in any case of ASCII; a wider word is lower-cased first)
    if w.is_ascii() {
        rules.sex_words.get(w).copied()
    } else {
        rules.sex_words.get(&w.to_lowercase()).copied()
    }
}

/// The last word of a name, without the marks around it ("Traore" of "Ms Traore,"), as
/// `last_word` finds it; none where it has none.
fn last_name_word(name: &str) -> Option<&str> {
    Some(last_word(name)).filter(|w| !w.is_empty())
}

/// Who "he" or "she" may be: a speaker, held by the statement's index (copied only when a
/// pronoun asks), or a name read in the text.
#[derive(Default, Clone)]
enum Person {
    #[default]
    Unknown,
    Speaker(usize),
    Named(CompactString),
}

/// Capitalised words that open a sentence before a name, and are none of it ("For", "As", "What").
fn opens_sentence(word: &str) -> bool {
    static OPENERS: WordList = WordList::new(&[
        "for",
        "to",
        "from",
        "with",
        "by",
        "of",
        "as",
        "like",
        "unlike",
        "after",
        "before",
        "when",
        "while",
        "since",
        "until",
        "under",
        "despite",
        "asked",
        "ask",
        "then",
        "so",
        "yet",
        "or",
        "but",
        "and",
        "nor",
        "if",
        "what",
        "how",
        "why",
        "where",
        "because",
        "although",
        "though",
        "during",
        "without",
        "against",
        "among",
        "including",
        "once",
        "now",
        "even",
        "only",
        "this",
        "that",
        "his",
        "her",
        "their",
        "its",
    ]);
    OPENERS.contains_any_case(word)
}

/// The last name of a person (two or more capitalised words, not an organisation or a place) in
/// `text`.
///
/// The text is read backward from its end, so that the search stops at the last name rather than
/// reading the whole text for every statement. A run of capitalised words ends at a word that is
/// not one, and after a word with a mark at its end ("Keita," closes "Ibrahim Boubacar Keita,").
/// Only the words with a capital of ASCII or a wider character in them can be a name's (most words
/// have neither): they are found eight bytes at a time, and each other word between two of them
/// ends a run as reading it would.
fn last_named_person(text: &str, fits: impl Fn(&str, &str) -> bool) -> Option<String> {
    // The run (read backward, so its words in reverse; its first word at `from`) when it names a
    // person: two words or more, not an organisation or a place, known by its last word ("Mali
    // Defence Ministry"), and one `fits` takes, asked with the word before the name.
    let person = |run: &[&str], from: usize| {
        let last = run.first()?;
        if run.len() < 2 || names_no_person(last) {
            return None;
        }
        // a word that opens the sentence before the name is none of it, and the surname left is
        // the name: "For Lucía Torres, 41, …", "As Clinton talked, …"
        let run = match run.split_last() {
            Some((first, rest)) if opens_sentence(first) => rest,
            _ => run,
        };
        // (not a title alone: "What Mr. …")
        if run.len() == 1 && is_title(last) {
            return None;
        }
        // (the words in order, joined by spaces in one string made to its length: a list of them
        // joined was two allocations for each run asked about)
        let len = run.iter().map(|w| w.len() + 1).sum::<usize>() - 1;
        let mut name = String::with_capacity(len);
        for (i, w) in run.iter().rev().enumerate() {
            if i > 0 {
                name.push(' ');
            }
            name.push_str(w);
        }
        let before = text
            .get(..from)
            .and_then(|t| t.split_ascii_whitespace().next_back())
            .unwrap_or("");
        // (a name after "the" is an outlet's, a firm's or a ship's, not a person's: "told the
        // Continental Herald"; but "the Rev. John Smith" has a title)
        if before.eq_ignore_ascii_case("the") && !run.last().is_some_and(|w| is_title(w)) {
            return None;
        }
        fits(&name, before).then_some(name)
    };
    let mut run: Vec<&str> = Vec::new();
    // where the run's first word starts
    let mut run_from = 0;
    // normalised text has no whitespace but ASCII's
    let bytes = text.as_bytes();
    // where the words read so far start (the text from there on is read)
    let mut read_from = bytes.len();
    while let Some(at) = last_capital_or_wide(&bytes[..read_from]) {
        let mut start = at;
        while start > 0 && !bytes[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
        let mut end = at + 1;
        while end < bytes.len() && !bytes[end].is_ascii_whitespace() {
            end += 1;
        }
        // the words between this one and those read, if any, can be no name's: the first of
        // them ends the run
        if !bytes[end..read_from].iter().all(u8::is_ascii_whitespace) && !run.is_empty() {
            if let Some(name) = person(&run, run_from) {
                return Some(name);
            }
            run.clear();
        }
        read_from = start;
        // the bytes around a word are ASCII whitespace, so its ends are character boundaries
        let w = &text[start..end];
        // a word that opens with a small letter or a digit is no name's ("iPhone", "3D")
        let first = bytes[start];
        let name_word = if first.is_ascii_lowercase() || first.is_ascii_digit() {
            None
        } else {
            let clean = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            let capital = clean.starts_with(|c: char| c.is_uppercase())
                && clean.chars().any(char::is_lowercase);
            (capital
                && !matches!(
                    clean,
                    "The" | "A" | "An" | "In" | "On" | "At" | "But" | "And" | "Meanwhile"
                ))
            .then(|| {
                // (a name's possessive is the name's: "Donald Trump's")
                let word = clean.trim_end_matches('.');
                without_possessive(word).unwrap_or(word)
            })
        };
        let Some(word) = name_word else {
            if !run.is_empty() {
                if let Some(name) = person(&run, run_from) {
                    return Some(name);
                }
                run.clear();
            }
            continue;
        };
        // a mark at the end of this word ends its run, and so does a possessive: the words after
        // it were a run of their own ("NBC's Dante Chinni")
        if w.ends_with([',', '.', ';', ':', '"']) || without_possessive(w).is_some() {
            if let Some(name) = person(&run, run_from) {
                return Some(name);
            }
            run.clear();
        }
        run.push(word);
        run_from = start;
    }
    // (the words before, if any, are no name's: the first of them would end the run, as its end)
    person(&run, run_from)
}

/// A word (in any case) that titles a person ("spokeswoman Lena Ortiz", "nominee Gov. Mike
/// Pence").
fn is_title(w: &str) -> bool {
    static TITLES: WordList = WordList::new(&[
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "president",
        "official",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "secretary",
        "senator",
        "governor",
        "mayor",
        "chief",
        "leader",
        "adviser",
        "advisor",
        "nominee",
        "candidate",
        "aide",
        "professor",
        "economist",
        "analyst",
        "general",
        "commander",
        "officer",
        "ambassador",
        "envoy",
        "judge",
        "lawyer",
        "attorney",
        "prosecutor",
        "executive",
        "founder",
        "head",
        "manager",
        "representative",
        "rep",
        "sen",
        "gov",
        "mr",
        "mrs",
        "ms",
        "dr",
        "strategist",
        "pollster",
        "researcher",
        "expert",
        "activist",
        "author",
        "editor",
        "reporter",
        "correspondent",
        "columnist",
        "witness",
        "resident",
        "member",
        "deputy",
        "vice",
        "counsel",
        "administrator",
        "coordinator",
        "organizer",
        "organiser",
    ]);
    TITLES.contains_any_case(w.trim_end_matches('.'))
}

/// Does this source name an organisation or a place rather than a person ("the MNLA", "the
/// defence ministry", "The Washington Post", "the Middle East")? Known by its last word.
fn names_no_person(src: &str) -> bool {
    static ORGS: WordList = WordList::new(&[
        "ministry",
        "force",
        "forces",
        "mission",
        "government",
        "agency",
        "party",
        "group",
        "committee",
        "council",
        "army",
        "police",
        "company",
        "newspaper",
        "post",
        "times",
        "network",
        "office",
        "department",
        "campaign",
        "administration",
        "court",
        "commission",
        "university",
        "institute",
        "bank",
        "board",
        "movement",
        "union",
        "association",
        "organisation",
        "organization",
        "service",
        "team",
        "report",
        "poll",
        "survey",
        "study",
        "statement",
        "un",
        "nations",
        "tally",
        "data",
        "figures",
        "sources",
        "officials",
        "authorities",
        // places, which are no persons either ("the Middle East", "Kidal Region")
        "east",
        "west",
        "north",
        "south",
        "street",
        "river",
        "city",
        "county",
        "island",
        "islands",
        "republic",
        "kingdom",
        "states",
        "sea",
        "ocean",
        "valley",
        "square",
        "house",
        "airport",
        "hospital",
        "center",
        "centre",
        "station",
        "province",
        "region",
    ]);
    let last = last_word(src);
    let acronym = last.len() >= 2 && last.bytes().all(|c| c.is_ascii_uppercase());
    // a weekday ends no name either: "in Fort Pierce, Florida Friday, Clinton said"
    if super::time::weekday(last).is_ok() {
        return true;
    }
    // the table folds ASCII letters itself: only a word with other letters needs lower-casing first
    acronym
        || if last.is_ascii() {
            ORGS.contains_any_case(last)
        } else {
            ORGS.contains(last.to_lowercase().as_str())
        }
}

/// The names met so far as `resolve_speakers` walks forward through the text: each part of the
/// text is searched once for each title and surname, so a long article costs no more than its
/// length.
#[derive(Default)]
struct Earlier {
    /// each surname with its search, with the longest full name so far
    surnames: Vec<(CompactString, Search<Surname>)>,
    /// each title (lower case) with its search, with where each capitalised mention of it starts
    titles: Vec<(CompactString, Search<Title>)>,
}

/// A word searched for in the text as `resolve_speakers` reads on: how far the text has been
/// searched, and what was found there.
#[derive(Default)]
struct Search<T> {
    searched: usize,
    found: T,
}

/// What the search for a surname keeps: the search for its first byte, made when it is first
/// searched for (a surname is searched for again at each statement of its speaker: made at each,
/// it cost 0.1 M instructions per MB of news), and the longest full name found so far.
#[derive(Default)]
struct Surname {
    capital: Option<search::One>,
    best: Option<CompactString>,
    /// The longest found in a headline in title case, taken where the text names no other.
    headline: Option<CompactString>,
}

/// What the search for a title keeps: the search for its capital (`None` inside where its mentions
/// are searched for in lower case), made when it is first searched for (a title is searched for
/// again at each statement of its source: the search and the test of the title's overlaps made
/// at each cost 0.1 M instructions per MB of the synthetic corpus), and where each capitalised
/// mention of it starts.
#[derive(Default)]
struct Title {
    capital: Option<Option<search::One>>,
    mentions: Vec<usize>,
}

/// The search for `needle` in `list`, new (with nothing searched) the first time it is asked.
/// (An article names few surnames and titles: a list read in order finds one sooner than a map
/// hashes it, and is cheaper to make for each article.)
fn search_for<'m, T: Default>(
    list: &'m mut Vec<(CompactString, Search<T>)>,
    needle: &str,
) -> &'m mut Search<T> {
    let i = match list.iter().position(|(word, _)| word.as_str() == needle) {
        Some(i) => i,
        None => {
            list.push((CompactString::from(needle), Search::default()));
            list.len() - 1
        }
    };
    &mut list[i].1
}

/// Can two mentions of `word` overlap ("ahah" twice in "ahahah")? Only when it ends as it begins.
fn overlaps_itself(word: &[u8]) -> bool {
    (1..word.len()).any(|p| word[p] == word[0] && word.starts_with(&word[p..]))
}

/// Where `needle` first occurs in `hay`, as `memmem::find` says: its first byte found by `memchr`
/// (`capital`, the search for it), then the rest compared. For a surname (its first byte a
/// capital, rare in text) over the few hundred bytes searched at a time, cheaper than the searcher
/// `memmem::find` builds at each call.
fn find_capitalised(hay: &[u8], needle: &[u8], capital: &search::One) -> Option<usize> {
    let Some(rest) = needle.get(1..) else {
        return Some(0);
    };
    let mut from = 0;
    while let Some(i) = capital.find(&hay[from..]) {
        let at = from + i;
        // (the second byte first: most capitals found open another word, and the comparison of
        // the rest is a call)
        if rest.first().is_none_or(|r| hay.get(at + 1) == Some(r))
            && hay[at + 1..].starts_with(rest)
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Where to go on searching for `needle`: far enough back that a mention cut by the last `before`
/// is found whole.
fn resume(text: &str, searched: usize, needle: &str) -> usize {
    let mut from = searched.saturating_sub(needle.len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    from
}

impl Earlier {
    /// Forgets every name met (keeping the room of the lists).
    fn clear(&mut self) {
        self.surnames.clear();
        self.titles.clear();
    }

    /// A name given earlier with this title ("prime minister" → "Prime Minister Moussa Mara").
    /// `low` is `text` in lower case (ASCII).
    fn titled_name(&mut self, text: &str, low: &str, title: &str, before: usize) -> Option<String> {
        // (the title is read from a source in lower case: it needs no lower-casing of its own)
        debug_assert!(!title.bytes().any(|b| b.is_ascii_uppercase()));
        let Search {
            searched,
            found: Title { capital, mentions },
        } = search_for(&mut self.titles, title);
        // statements come in order, so `before` only grows; `min` keeps a slip from panicking
        let from = resume(text, *searched, title).min(before);
        // ASCII lower-casing keeps every byte where it was, so offsets in `low` hold in `text`
        let lower = &low.as_bytes()[..before];
        let t = title.as_bytes();
        // a title that opens with a letter of ASCII is capitalised where the text has that
        // letter's capital (rare in text): found by `memchr` in the text, then the rest compared
        // in lower case. Those are all its capitalised mentions when no two mentions can overlap
        // (the loop below passes over one that overlaps the one before).
        let capital = capital.get_or_insert_with(|| {
            t.first()
                .map(u8::to_ascii_uppercase)
                .filter(|&c| c != t[0] && !overlaps_itself(t))
                .map(search::One::new)
        });
        match capital {
            Some(capital) => {
                let mut i = from;
                while let Some(k) = capital.find(&text.as_bytes()[i..before]) {
                    let at = i + k;
                    i = at + 1;
                    if lower[at..].starts_with(t) && mentions.last() < Some(&at) {
                        mentions.push(at);
                    }
                }
            }
            None => {
                let mut i = from;
                while let Some(k) = memchr::memmem::find(&lower[i..], t) {
                    let at = i + k;
                    i = at + title.len();
                    if text[at..].starts_with(|c: char| c.is_uppercase())
                        && mentions.last() < Some(&at)
                    {
                        mentions.push(at);
                    }
                }
            }
        }
        *searched = before;
        let head = &text[..before];
        let fits = |at: &&usize| **at + title.len() <= before;
        mentions.iter().rev().filter(fits).find_map(|&at| {
            let names: Vec<&str> = head[at + title.len()..]
                .split_whitespace()
                .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
                .take(4)
                .map(|w| w.trim_end_matches([',', '.', ';', ':']))
                .collect();
            // ("Prime Minister Katrin Lund's coalition": the name, not its possessive, nor a
            // name after it)
            let names: Vec<&str> = match names.iter().position(|w| without_possessive(w).is_some())
            {
                Some(p) => names[..=p]
                    .iter()
                    .map(|w| without_possessive(w).unwrap_or(w))
                    .collect(),
                None => names,
            };
            let written = &head[at..at + title.len()];
            (!names.is_empty()).then(|| format!("{written} {}", names.join(" ")))
        })
    }

    /// The longest run of capitalised words before `before` in `text` that ends with `surname`.
    fn full_name(&mut self, text: &str, surname: &str, before: usize) -> Option<CompactString> {
        /// The most words a name takes before its surname.
        const MOST: usize = 6;
        /// The most bytes read back for them (a line break is looked for in these).
        const NAME_BYTES: usize = 200;
        let Search {
            searched,
            found:
                Surname {
                    capital,
                    best,
                    headline,
                },
        } = search_for(&mut self.surnames, surname);
        let first = surname.as_bytes().first().copied().unwrap_or_default();
        let capital = capital.get_or_insert_with(|| search::One::new(first));
        let head = &text[..before];
        let mut from = resume(text, *searched, surname).min(before);
        while let Some(i) = find_capitalised(&head.as_bytes()[from..], surname.as_bytes(), capital)
        {
            let at = from + i;
            from = at + surname.len();
            if head[from..].starts_with(|c: char| c.is_alphanumeric()) {
                continue;
            }
            // the words before the mention on its line, nearest first (gathered in place: no
            // list is made), read byte by byte where they are ASCII, else by characters
            let window = at.saturating_sub(NAME_BYTES);
            let line =
                memchr::memrchr(b'\n', &head.as_bytes()[window..at]).map_or(0, |i| window + i + 1);
            let mut words = [""; MOST];
            let n = match name_words_before(&head[line..at], &mut words) {
                Some(n) => n,
                None => {
                    let mut n = 0;
                    for w in head[line..at]
                        .split_whitespace()
                        .rev()
                        .take_while(|w| is_name_word(w))
                    {
                        words[n] = w;
                        n += 1;
                        if n == MOST {
                            break;
                        }
                    }
                    n
                }
            };
            // ("But AMD said": a word that opens the sentence is none of the name, nor a
            // weekday and what goes before it: "On Friday Hessler offered")
            let mut n = words[..n].iter().position(|w| is_weekday(w)).unwrap_or(n);
            while n > 0 && opens_sentence(words[n - 1]) {
                n -= 1;
            }
            let words = &words[..n];
            // (a relative named beside the person is not the one the surname stands for: "His
            // father, Ike Parsons LaRue, …")
            let Some(first) = words.last() else {
                continue;
            };
            let name_start = first.as_ptr() as usize - head.as_ptr() as usize;
            if mentions::follows_a_relative(&head[line..name_start]) {
                continue;
            }
            // the name is the words and the surname with a space between each two: built only
            // when it is longer than the best so far
            let len = words.iter().map(|w| w.len() + 1).sum::<usize>() + surname.len();
            let longer = |b: &Option<CompactString>| b.as_ref().is_none_or(|b| len > b.len());
            if !longer(best) && !longer(headline) {
                continue;
            }
            // (a headline in title case runs other words into the name: "Nixon Aide Fred LaRue
            // Dies at 75"; its name is taken where the text gives no other)
            let best = if mentions::in_title_case_line(text, line, at) {
                &mut *headline
            } else {
                &mut *best
            };
            if longer(best) {
                let mut name = CompactString::with_capacity(len);
                for w in words.iter().rev() {
                    name.push_str(w);
                    name.push(' ');
                }
                name.push_str(surname);
                *best = Some(name);
            }
        }
        *searched = before;
        best.clone().or_else(|| headline.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// `used_as_verb` asks `names_or_charges` and `adds_a_figure` only about words that open
    /// with "k", "c" or "a": no other word of the fixtures is one they answer for.
    #[test]
    fn only_words_opening_with_k_c_or_a_name_charge_or_add() {
        let rules = Rules::defaults();
        let mut asked = 0;
        for text in crate::fixture_texts() {
            let low = text.to_ascii_lowercase();
            let toks = tokens(&text, 0..text.len(), &rules.word_marks);
            for k in 0..toks.len() {
                let word = lower(&low, &toks[k]);
                if names_or_charges(&low, &toks, k) || adds_a_figure(word, &toks, k) {
                    assert!(matches!(word.first(), Some(b'k' | b'c' | b'a')), "{word:?}");
                    asked += 1;
                }
            }
        }
        assert!(asked > 0);
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

    /// A token's ending read in lower case from the text lowered (`lower`) is the one its text
    /// has in any case, as `source_before` and `verbish` compared it, at every token of the
    /// fixtures' paragraphs.
    #[test]
    fn endings_read_in_lower_case_are_those_of_any_case() {
        fn ends_with_any_case(word: &str, suffix: &str) -> bool {
            let (w, x) = (word.as_bytes(), suffix.as_bytes());
            w.len() >= x.len() && w[w.len() - x.len()..].eq_ignore_ascii_case(x)
        }
        let rules = Rules::defaults();
        let mut ending = 0;
        for text in crate::fixture_texts() {
            let low = text.to_ascii_lowercase();
            for t in tokens(&text, 0..text.len(), &rules.word_marks) {
                for suffix in ["ly", "ed", "ing"] {
                    let read = lower(&low, &t).ends_with(suffix.as_bytes());
                    assert_eq!(read, ends_with_any_case(t.text, suffix), "{}", t.text);
                    ending += usize::from(read);
                }
            }
        }
        assert!(ending > 300, "{ending}");
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

    #[test]
    fn calendar_names_are_told_by_their_marks_as_by_a_lookup() {
        let rules = Rules::defaults();
        let text = "Monday MONDAY monday's Sept. sept Sept5 May-June may mayor Tuesdays \
                    Dec December2 august August, march Marches friday-night Fri fri. Keita";
        let toks = tokens(text, 0..text.len(), &rules.word_marks);
        assert!(toks.len() > 20);
        for t in &toks {
            assert_eq!(
                opens_with_calendar(t),
                super::super::time::opens_with_calendar(t.text),
                "{}",
                t.text
            );
        }
    }

    #[test]
    fn titled_names_are_found_by_their_capital() {
        let text = "Prime Minister Moussa Mara spoke. The prime minister left. \
                    Then Prime Minister Ana Ruiz came, and the prime minister said so.";
        let low = text.to_ascii_lowercase();
        let mut earlier = Earlier::default();
        let then = text.find("Then").unwrap_or(0);
        let name = |e: &mut Earlier, before| e.titled_name(text, &low, "prime minister", before);
        assert_eq!(
            name(&mut earlier, then).as_deref(),
            Some("Prime Minister Moussa Mara")
        );
        // read on from where the last search stopped
        assert_eq!(
            name(&mut earlier, text.len()).as_deref(),
            Some("Prime Minister Ana Ruiz")
        );
        assert!(overlaps_itself(b"ahah"));
        assert!(overlaps_itself(b"aa"));
        assert!(!overlaps_itself(b"a"));
        assert!(!overlaps_itself(b"prime minister"));
    }

    #[test]
    fn full_names_are_the_longest_before_the_surname() {
        let text = "President Keita spoke. Later, Ibrahim Boubacar Keita, the head, left. \
                    A Keita2 came, and Keita said so. Mr Mara and the Mara family.";
        let mut earlier = Earlier::default();
        let at = |w: &str| text.find(w).unwrap_or(0);
        let name = |e: &mut Earlier, surname, before| e.full_name(text, surname, before);
        assert_eq!(
            name(&mut earlier, "Keita", at("Later")).as_deref(),
            Some("President Keita")
        );
        // read on: the longer name wins, the one after a comma is none, "Keita2" no mention
        assert_eq!(
            name(&mut earlier, "Keita", text.len()).as_deref(),
            Some("Ibrahim Boubacar Keita")
        );
        assert_eq!(
            name(&mut earlier, "Mara", text.len()).as_deref(),
            Some("Mr Mara")
        );
        assert_eq!(name(&mut earlier, "Ruiz", text.len()), None);
    }

    /// The rules' words tell a person's sex from a source or a name: a title or a first name, not
    /// a surname that is also a title, and the person after a possessive.
    #[test]
    fn the_words_of_a_name_tell_its_sex() {
        let rules = Rules::defaults();
        let sex = |t: &str| sex_of(&rules, t);
        assert_eq!(sex("Ms Okoro"), Some(Sex::Female));
        assert_eq!(sex("a coast guard spokesman"), Some(Sex::Male));
        assert_eq!(sex("The Queen"), Some(Sex::Female));
        assert_eq!(sex("the boy's mother"), Some(Sex::Female));
        // "King" and "John" last after a name are surnames; nothing tells "The mayor"
        assert_eq!(sex("Gayle King"), None);
        assert_eq!(sex("King"), None);
        assert_eq!(sex("Elton John"), None);
        assert_eq!(sex("The mayor"), None);
        // two that disagree tell nothing
        assert_eq!(sex("Mr and Mrs Okoro"), None);
        // a title before a name in the text tells it too, with its mark
        assert_eq!(word_sex(&rules, "Mrs."), Some(Sex::Female));
        // a possessive ends a name read in the text, and is no part of it
        let name = |t: &str| last_named_person(t, |_, _| true);
        assert_eq!(
            name("as NBC's Dante Chinni said").as_deref(),
            Some("Dante Chinni")
        );
        assert_eq!(
            name("met Dante Chinni's team").as_deref(),
            Some("Dante Chinni")
        );
        // a name `fits` turns away is passed over for the one before it
        let woman = |t: &str| {
            last_named_person(t, |n, before| {
                sex_of(&rules, n).or_else(|| word_sex(&rules, before)) != Some(Sex::Male)
            })
        };
        assert_eq!(
            woman("Ada Kwame met spokesman Femi Bello").as_deref(),
            Some("Ada Kwame")
        );
    }

    /// The words after a possessive are found by bytes as the search for either apostrophe found
    /// them, with other characters that end in the byte of `’` about.
    #[test]
    fn the_words_after_a_possessive_are_found_by_bytes() {
        fn by_chars(phrase: &str) -> Option<&str> {
            phrase.rfind(['\'', '’']).and_then(|at| {
                let rest = &phrase[at..];
                let rest = rest.strip_prefix('\'').or_else(|| rest.strip_prefix('’'));
                rest.and_then(|r| r.strip_prefix("s "))
            })
        }
        for phrase in [
            "Hillary Clinton's spokesman Brian Fallon",
            "the boy’s mother",
            "O'Brien",
            "the ministers' aide",
            "NBC’s Dante Chinni’",
            "Ana’s aide ™ Bo",
            "Ana's aide ♙s Bo",
            "’s x",
            "'",
            "",
            "x’",
        ] {
            assert_eq!(after_possessive(phrase), by_chars(phrase), "{phrase}");
        }
    }

    /// A run of capitalised words that ends with a weekday names no person ("Florida Friday").
    #[test]
    fn a_name_ends_with_no_weekday() {
        let name = |t: &str| last_named_person(t, |_, _| true);
        assert_eq!(
            name("Ada Kwame spoke in Florida Friday, and left").as_deref(),
            Some("Ada Kwame")
        );
    }

    /// A name set off by commas between a source and its cue is read; other words there are not.
    #[test]
    fn a_name_between_source_and_cue_is_read() {
        assert_eq!(
            name_between(", Fatoumata Traore, "),
            Some("Fatoumata Traore")
        );
        assert_eq!(
            name_between(", Raymond W. Kelly,"),
            Some("Raymond W. Kelly")
        );
        assert_eq!(name_between(", who was there, "), None);
        assert_eq!(name_between(", Traore, "), None);
        assert_eq!(name_between(" "), None);
        assert!(opens_with_determiner("The mayor") && !opens_with_determiner("Theo Walcott"));
    }

    #[test]
    fn last_named_person_passes_over_words_with_no_capital() {
        let name = |t: &str| last_named_person(t, |_, _| true);
        assert_eq!(
            name("met Ibrahim Boubacar Keita on friday and left").as_deref(),
            Some("Ibrahim Boubacar Keita")
        );
        // a word with no capital between two ends the run; a mark at a word's end too
        assert_eq!(name("Ibrahim and Keita left"), None);
        assert_eq!(
            name("Moussa Mara, Keita said").as_deref(),
            Some("Moussa Mara")
        );
        // capitals inside a word, or in a word of capitals alone, open no name
        assert_eq!(name("Moussa iPhone Mara"), None);
        assert_eq!(name("the UN Mara"), None);
        // an organisation is no person; wider letters are capitals too
        assert_eq!(name("the Mali Defence Ministry"), None);
        assert_eq!(name("Éric Zemmour spoke").as_deref(), Some("Éric Zemmour"));
        assert_eq!(
            name("\"Ángela Merkel\" left").as_deref(),
            Some("Ángela Merkel")
        );
        assert_eq!(name(""), None);
        // a word that opens the sentence is none of the name's
        assert_eq!(
            name("For Lucía Torres, 41, the night was long.").as_deref(),
            Some("Lucía Torres")
        );
        assert_eq!(name("As Clinton spoke,").as_deref(), Some("Clinton"));
        assert_eq!(name("What Mr said"), None);
    }

    #[test]
    fn find_capitalised_finds_what_memmem_finds() {
        let hay = b"Mr Keita met Keitas and KEITA; Keit. Ke Keita";
        for needle in [
            &b"Keita"[..],
            b"K",
            b"",
            b"Keit.",
            b"a",
            b"Mara",
            b"Keita and",
            b"ta",
        ] {
            for from in 0..=hay.len() {
                let h = &hay[from..];
                let capital = search::One::new(needle.first().copied().unwrap_or_default());
                assert_eq!(
                    find_capitalised(h, needle, &capital),
                    memchr::memmem::find(h, needle),
                    "{needle:?} from {from}"
                );
            }
        }
    }
}
