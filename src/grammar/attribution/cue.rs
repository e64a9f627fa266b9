//! Is a word a cue of speech where it stands? "said", "told", "put" and the rest make a
//! statement only where they are used as verbs of one: not as a noun ("his remarks"), not as a
//! participle that describes what is counted ("12 reported deaths", "people confirmed dead"),
//! not "known as" a name, and "put" only where it puts a figure ("Police put the toll at 27").
//! Each word is read once into its `Class`, the lists that hold it.

use super::super::words::{Token, holds};
use super::source::{agent_is_a_time, scaled_figure, source_after, source_before};
use crate::rules::WordMarks;
use crate::text::WordList;

/// What a word is to the phrases around a cue, as bits: which of the lists in `class` hold it. A
/// source's words are each asked about several lists; one look at the word answers for all of
/// them.
#[derive(Clone, Copy, Default)]
pub(super) struct Class(u8);

impl Class {
    pub(super) const AUXILIARY: u8 = 1;
    pub(super) const NP_BREAK: u8 = 2;
    pub(super) const DETERMINER: u8 = 4;
    pub(super) const PRONOUN: u8 = 8;
    pub(super) const ADVERB: u8 = 16;

    /// Is the word on the list of this bit, or of any of several?
    pub(super) fn has(self, bits: u8) -> bool {
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
pub(super) fn class(word: &[u8]) -> Class {
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
pub(super) fn lower<'l>(low: &'l str, t: &Token) -> &'l [u8] {
    &low.as_bytes()[t.start..t.end]
}

/// Is this word (lower case) a form of "be"?
pub(super) fn is_be(word: &[u8]) -> bool {
    matches!(
        word,
        b"is" | b"was" | b"were" | b"are" | b"be" | b"been" | b"being"
    )
}

/// "is expected", "had been attacked", "were found": a past participle after a form of "be".
/// `word` is the word at `k` in lower case, which the callers have read. Returns the token of
/// that form of "be" (or of the pronoun with its "is": "it's"). (Inlined: see `class`.)
#[inline(always)]
pub(super) fn passive_after(word: &[u8], low: &str, toks: &[Token], k: usize) -> Option<usize> {
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
pub(super) fn gerund_after_preposition(word: &[u8], low: &str, toks: &[Token], k: usize) -> bool {
    word.ends_with(b"ing")
        && k >= 2
        && toks[..k - 1].iter().any(|t| t.word)
        && matches!(
            lower(low, &toks[k - 1]),
            b"by" | b"for" | b"from" | b"after" | b"before" | b"without"
        )
}

/// Is this sentence a headline in title case: four words or more, nearly all capitalised?
pub(super) fn title_case(toks: &[Token]) -> bool {
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
pub(super) fn used_as_verb(low: &str, toks: &[Token], k: usize) -> bool {
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
pub(super) fn reported_by(
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
pub(super) fn used_as_verb_in_full(low: &str, toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let word = lower(low, t);
    if matches!(word, b"put" | b"puts" | b"putting") {
        // (but a participle set off after a clause, where the sentence goes on past another
        // comma to who says so, tells what the clause's event came to, as "bringing" does:
        // "rescuers brought the last three bodies to the surface, putting the death toll at 41,
        // the governor announced"; not "The ministry revised its figures, putting the toll at 41")
        let told_later = word == b"putting"
            && k > 0
            && toks[k - 1].text == ","
            && toks[k + 1..]
                .iter()
                .take_while(|x| !matches!(x.text, "." | ";" | "!" | "?"))
                .any(|x| x.text == ",");
        return !told_later && puts_a_figure(low, toks, k);
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
pub(super) fn issuer_of(
    low: &str,
    toks: &[Token],
    (a, _): (usize, usize),
) -> Option<(usize, usize)> {
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
pub(super) fn digits_comma(toks: &[Token], i: usize) -> bool {
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
pub(super) fn plain_past_used_as_verb(low: &str, toks: &[Token], k: usize) -> Option<bool> {
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

pub(super) fn is_cue(t: &Token) -> bool {
    t.marks.has(WordMarks::SPEECH_VERB)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::words::tokens;
    use crate::rules::Rules;

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
}
