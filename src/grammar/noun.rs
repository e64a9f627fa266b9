//! What a figure counts: the counted noun phrase after the figure (`eight Malian soldiers`), read
//! through "of" and lists ("eight soldiers and 28 insurgents"), and the rules' predicate trigger
//! that starts at a token (`trigger_at`). Which trigger governs a figure is `predicate`'s.

use std::ops::Range;

use super::predicate::{lives_counted, modifies_plural};
use super::words::{Token, holds, is_possessive, with_lower};
use crate::rules::{PredicateRule, Rules, WordMarks};
use crate::text::WordList;

/// Words that end a counted noun phrase.
static STOP: WordList = WordList::new(&[
    "worth",
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "by",
    "for",
    "with",
    "into",
    "onto",
    "over",
    "under",
    "since",
    "during",
    "after",
    "before",
    "as",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "did",
    "do",
    "does",
    "not",
    "no",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "it",
    "they",
    "he",
    "she",
    "we",
    "i",
    "you",
    "them",
    "him",
    "there",
    "here",
    "when",
    "where",
    "while",
    "because",
    "if",
    "also",
    "only",
    "just",
    "some",
    "more",
    "less",
    "each",
    "per",
    "about",
    "around",
    "including",
    "among",
    "between",
    "like",
    "now",
    "then",
    "once",
    "still",
    "already",
    "yet",
    "so",
    "too",
    "very",
    "all",
    "both",
    "either",
    "neither",
    "ago",
    "later",
    "earlier",
    "last",
    "next",
    "out",
    "up",
    "down",
    "off",
    "through",
    "across",
    "against",
    "toward",
    "towards",
    "within",
    "without",
    "says",
    "said",
    "say",
    "told",
    "according",
    "percent",
    "although",
    "though",
    "whether",
    "even",
    "again",
    "away",
    "back",
    "ahead",
    "amid",
    "despite",
    "following",
    "until",
    "via",
    "per",
    "plus",
    "minus",
    "such",
    "what",
    "other",
    "another",
    "same",
    "most",
    "least",
    "many",
    "much",
    "few",
    "several",
    "every",
    "any",
    "yesterday",
    "today",
    "tonight",
    "overnight",
    "ever",
    "never",
    "alone",
    "together",
    "apiece",
    "each",
    "respectively",
    "instead",
    "overall",
    "total",
    "altogether",
    "here",
    "there",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "whilst",
    "worldwide",
    "nationwide",
    "annually",
    "available",
    "combined",
    "above",
    "below",
    "ahead",
    "behind",
    "beyond",
    "near",
    "off",
    "onward",
    "upward",
    "downward",
    "apart",
]);

/// Common verbs whose past forms carry no `-ed`: a counted noun phrase ends before them.
pub(super) static VERBS: WordList = WordList::new(&[
    "took",
    "taken",
    "made",
    "went",
    "gone",
    "came",
    "come",
    "gave",
    "given",
    "left",
    "held",
    "fled",
    "fell",
    "rose",
    "risen",
    "began",
    "begun",
    "saw",
    "seen",
    "got",
    "ran",
    "sent",
    "won",
    "lost",
    "hit",
    "put",
    "set",
    "cut",
    "shot",
    "struck",
    "brought",
    "bought",
    "fought",
    "caught",
    "thought",
    "sought",
    "kept",
    "met",
    "paid",
    "led",
    "stood",
    "sat",
    "spent",
    "built",
    "broke",
    "broken",
    "spoke",
    "chose",
    "wrote",
    "drove",
    "drew",
    "grew",
    "knew",
    "threw",
    "flew",
    "wore",
    "hid",
    "rode",
    "shook",
    "stole",
    "woke",
    "became",
    "become",
    "remain",
    "remains",
    "remained",
    "stay",
    "stayed",
    "get",
    "gets",
    "make",
    "makes",
    "take",
    "takes",
    "face",
    "faces",
    "need",
    "needs",
    "live",
    "lives",
    "work",
    "works",
    "say",
    "see",
    "want",
    "wants",
    "go",
    "goes",
    "came",
    "continue",
    "continues",
    "appear",
    "appears",
    "seem",
    "seems",
    "include",
    "includes",
    "joined",
    "join",
]);

/// Irregular past participles, which `is_verbish` cannot tell by their ending.
pub(super) static PARTICIPLES: WordList = WordList::new(&[
    "hidden",
    "stolen",
    "written",
    "driven",
    "chosen",
    "frozen",
    "sworn",
    "shown",
    "known",
    "grown",
    "thrown",
    "drawn",
    "beaten",
    "eaten",
    "forgotten",
    "spoken",
    "worn",
    "torn",
    "sunk",
    "stuck",
    "bitten",
    "fallen",
    "ridden",
    "shaken",
    "flown",
    "blown",
    "sold",
    "sent",
    "kept",
    "broken",
    "caught",
    "brought",
    "bought",
    "built",
    "spent",
    "lost",
    "won",
    "held",
    "left",
]);

/// Words whose `-ed`/`-ing` ending does not make them verbs.
static NOT_VERBS: WordList = WordList::new(&[
    "armed",
    "unarmed",
    "red",
    "bed",
    "shed",
    "building",
    "buildings",
    "wedding",
    "weddings",
    "hundred",
    "evening",
    "morning",
    "ring",
    "king",
    "beijing",
    "offspring",
    "spring",
    "thing",
    "things",
    "ceiling",
    "feed",
    "seed",
    "speed",
    "need",
    "breed",
    "aged",
    "sacred",
    "naked",
    "wicked",
    "ragged",
    "rugged",
    "kindred",
    "handed",
    "skilled",
    "talented",
]);

/// Does this (lower-case) word look like a plural noun? (Not a possessive: "the sheriff's".)
pub(crate) fn is_plural(lower: &str) -> bool {
    matches!(
        lower,
        "people"
            | "children"
            | "men"
            | "women"
            | "police"
            | "personnel"
            | "cattle"
            | "staff"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
    ) || lower.len() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && !is_possessive(lower)
}

/// Number words that scale the one before them ("several dozen", "hundreds of billions").
static SCALE_WORDS: WordList = WordList::new(&[
    "dozen",
    "dozens",
    "score",
    "scores",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "trillions",
]);

/// Is this (lower-case) word a function word that ends a noun phrase?
pub fn is_stop(lower: &str) -> bool {
    STOP.contains(lower) || super::time::is_calendar(lower)
}

pub(super) fn is_verbish(lower: &str) -> bool {
    // (the ending first: it turns most words away before a lookup)
    let ending = lower.len() > 4 && (lower.ends_with("ed") || lower.ends_with("ing"))
        || lower.ends_with("ly");
    ending && !NOT_VERBS.contains(lower)
}

/// The counted noun phrase: the tokens it covers and its head (singular, lower case).
#[derive(Debug, Clone, PartialEq)]
pub struct Counted {
    pub start: usize,
    pub end: usize,
    pub head: String,
}

/// A predicate trigger found near a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<'r> {
    pub rule: &'r PredicateRule,
    pub start: usize,
    pub end: usize,
}

/// The predicate trigger that starts at token `i`, and the index of the token after it.
/// (Inlined into each caller: it is asked of every word around a figure, and most are turned away
/// by their first bytes, a test that costs less than the call and the answer it returns. That test
/// is `Phrases::longest`'s own, of the first two bytes: `may_start`, of the first byte alone, let
/// through 97% of the words asked and only cost them its look.)
#[inline(always)]
pub fn trigger_at<'r>(
    rules: &'r Rules,
    text: &str,
    toks: &[Token],
    i: usize,
) -> Option<(Found<'r>, usize)> {
    let t = toks.get(i)?;
    if !t.word {
        return None;
    }
    let (n, rule) = rules.predicates.longest_at(text, t.start)?;
    let end = t.start + n;
    // (the trigger is a word or a few: the tokens it covers are counted from it, not searched for)
    let next = i + toks[i..].iter().take_while(|x| x.start < end).count();
    Some((
        Found {
            rule,
            start: t.start,
            end,
        },
        next,
    ))
}

/// The counted noun phrase starting at token `i` (after the figure), reading through `of` and a
/// determiner when `through_of` ("dozens of soldiers", "32 of the victims").
pub fn counted(
    rules: &Rules,
    text: &str,
    toks: &[Token],
    i: usize,
    through_of: bool,
    plural: Option<bool>,
) -> Option<Counted> {
    let (span, last) = counted_phrase(rules, text, toks, i, through_of, plural)?;
    Some(Counted {
        start: span.start,
        end: span.end,
        head: super::words::singular_any_case(toks[last].text),
    })
}

/// `counted` without its head in the singular: the bytes of the phrase and the token of its head.
/// (The grammar makes the singular of the phrase as written, `entity_phrase`, and needs no other.)
pub(super) fn counted_phrase(
    rules: &Rules,
    text: &str,
    toks: &[Token],
    mut i: usize,
    through_of: bool,
    plural: Option<bool>,
) -> Option<(Range<usize>, usize)> {
    let after_of = through_of
        && toks
            .get(i)
            .is_some_and(|t| t.text.eq_ignore_ascii_case("of"));
    if after_of {
        i += 1;
        if toks.get(i).is_some_and(|t| {
            with_lower(t.text, |w| {
                matches!(
                    w,
                    "the"
                        | "these"
                        | "those"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "them"
                        | "whom"
                )
            })
        }) {
            i += 1;
        }
    }
    // "30 wounded soldiers", "355 damaged shops": a trigger before a plural noun says what
    // befell it (`modifier_trigger` takes it as the predicate), and the noun is what is counted
    if toks.get(i).is_some_and(|t| t.word && !t.digit)
        && modifies_plural(toks, i)
        && trigger_at(rules, text, toks, i).is_some_and(|(_, next)| next == i + 1)
    {
        i += 1;
    }
    // "three other mines": the word that sets them beside others counted before is none of what
    // they are ("five more bodies" is `describe`'s: a rise)
    if toks
        .get(i)
        .is_some_and(|t| t.word && t.text.eq_ignore_ascii_case("other"))
        && toks.get(i + 1).is_some_and(|n| {
            n.word && !n.digit && n.holds & holds::NUMBER == 0 && !with_lower(n.text, is_stop)
        })
    {
        i += 1;
    }
    let first = i;
    let mut last = None;
    // the last noun read, and whether it is plural (`is_plural`)
    let mut nouny = None;
    while i < toks.len() && i < first + 4 {
        let t = &toks[i];
        if !t.word || t.digit {
            break;
        }
        // a number word is a figure of its own, with its own counted thing, which the words
        // before it only describe ("two of the three men", "five of the first eight points");
        // not a word joined to one ("12 three-bedroom houses") or a scale ("several dozen")
        if t.holds & holds::NUMBER != 0
            && t.head as usize == t.text.len()
            && !with_lower(t.text, |w| SCALE_WORDS.contains(w))
        {
            nouny = None;
            break;
        }
        // (the word lower-cased on the stack: the phrase is read for every figure)
        let ends = with_lower(t.text, |lower| {
            // a reporting verb in the past ends the phrase ("12 people, officials said"); its other
            // forms are often nouns ("50 states", "three reports")
            // (but one right after the figure that a plural follows describes it: "two suspected
            // smugglers", "12 alleged members")
            let past_speech = matches!(
                lower,
                "said" | "told" | "wrote" | "thought" | "knew" | "felt" | "found" | "says"
            ) || lower.ends_with("ed")
                && rules.speech_word(lower).verb
                && !(i == first
                    && toks.get(i + 1).is_some_and(|n| {
                        n.word
                            && n.text.starts_with(|c: char| c.is_ascii_lowercase())
                            && is_plural(n.text)
                            && !is_verbish(n.text)
                    }));
            // "one reason he's", "the 2.66 GHz it's": a pronoun and its verb
            let contracted = lower
                .strip_suffix("'s")
                .or_else(|| lower.strip_suffix("’s"))
                .is_some_and(|stem| STOP.contains(stem));
            // "nearly 560,000 cast a ballot": the figure's verb
            if past_before_object(toks, i) {
                return true;
            }
            // "three times faster", "2 points higher than": a comparative counts nothing
            let comparative = i == first
                && lower.len() > 4
                && lower.ends_with("er")
                && (toks
                    .get(i + 1)
                    .is_some_and(|n| n.text.eq_ignore_ascii_case("than"))
                    || i > 0 && toks[i - 1].text.eq_ignore_ascii_case("times"));
            // "rose 6.7% year on year", "month-on-month": a comparison, no thing counted
            let period_on_period = (t.head as usize) < t.text.len() && lower.contains("-on-")
                || toks.get(i + 1).is_some_and(|n| n.text == "on")
                    && toks
                        .get(i + 2)
                        .is_some_and(|n| n.text.eq_ignore_ascii_case(lower));
            // (`is_stop`, the token's marks saying whether it is a month or weekday name; a
            // compass point in a name is no stop: "three South Korean soldiers", "two Brooklyn
            // South officers", where "20 km south of" is)
            if STOP.contains(lower) && !compass_in_name(lower, toks, i)
                || period_on_period
                || t.marks.has(WordMarks::CALENDAR)
                || past_speech
                || contracted
                || comparative
            {
                return true;
            }
            if let Some((found, _)) = trigger_at(rules, text, toks, i) {
                // a noun that is itself a trigger ("32 hostages", "57 deaths") heads the phrase,
                // as does one said of sums alone ("a seven-year deal", "a $334 million deal")
                let plural_noun = i == first
                    && lower.ends_with('s')
                    && !lower.ends_with("ss")
                    && !is_verbish(lower);
                if !plural_noun && !found.rule.money_only {
                    return true;
                }
            } else if VERBS.contains(lower)
                && !(i == first && (PARTICIPLES.contains(lower) || lives_counted(toks, i)))
                // "heroin hidden in a shipment": a participle after the noun opens a clause of its own
                // ("12 stolen cars", "30 broken windows" keep it as a modifier)
                || nouny.is_some() && PARTICIPLES.contains(lower)
                // "a 6.4-magnitude earthquake jolted the islands": a word in -ed after the noun is
                // its verb, unless a plural noun follows that it modifies ("dozens of local elected
                // officials"; "12 stolen cars" has no noun before it)
                || nouny.is_some()
                    && lower.ends_with("ed")
                    && is_verbish(lower)
                    && !toks.get(i + 1).is_some_and(|n| {
                        n.word
                            && n.text.starts_with(|c: char| c.is_ascii_lowercase())
                            && is_plural(n.text)
                    })
                || super::change::is_change_word(rules, lower)
            {
                return true;
            }
            // the head agrees with the figure: after "one", a word in -s is a verb ("one proposal asks");
            // after "two", the first plural noun is the head ("two viruses", not "two viruses deformed")
            let plural_word = is_plural(lower);
            if plural == Some(false) && i > first && plural_word {
                return true;
            }
            // an "-ed"/"-ing" word may modify a noun after it ("uniformed personnel") but cannot head the phrase
            last = Some(i);
            // (a participle modifies the noun after it, and heads no phrase: "12 held" counts no "held";
            // but a word in -ing that ends a phrase after "of" is a noun: "three days of national
            // mourning", "two hours of fighting")
            let gerund =
                || after_of && lower.ends_with("ing") && toks.get(i + 1).is_none_or(|n| !n.word);
            if !is_verbish(lower) && !PARTICIPLES.contains(lower) || gerund() {
                nouny = Some((i, plural_word));
                // a plural noun ends the phrase: it heads it ("two viruses"), and a noun that
                // modifies another is singular, so what follows one is the verb ("13-inch models
                // start", "5 percent prefer")
                // (not a name in -s, which modifies the plural after it: "12 Hamas members",
                // "Texas farmers")
                if plural_word
                    && (plural == Some(true) || i == first)
                    && !name_before_plural(toks, i)
                    && !collective_before_plural(lower, toks, i)
                    && !plural_before_plural(t, toks, i)
                {
                    return true;
                }
            }
            false
        });
        if ends {
            break;
        }
        i += 1;
    }
    let (mut last, plural_head) = nouny.filter(|&(n, _)| last.is_some_and(|l| n <= l))?;
    // "nine of the province's 14 districts": a possessive before a number describes what that
    // number counts, which this figure counts too
    if after_of && is_possessive(toks[last].text) && toks.get(last + 1).is_some_and(|t| t.digit) {
        return None;
    }
    // many things are counted by a plural noun: a phrase that stopped on a word in the singular
    // goes on to the plural that heads it (whether the head is plural was read with it, where it
    // was lower-cased and read again here: 0.15 M instructions per MB, measured)
    if plural == Some(true)
        && !plural_head
        && let Some(head) = plural_head_after(toks, i, i == first + 4)
    {
        last = head;
    }
    Some((toks[first].start..toks[last].end, last))
}

/// Is token `i` (`lower`, a stop word) a compass point written as part of a name, which the
/// phrase reads on through: capitalised, and followed by a word other than "of" ("South Korean
/// soldiers", "Brooklyn South officers"; not "20 km South of Kidal")?
fn compass_in_name(lower: &str, toks: &[Token], i: usize) -> bool {
    matches!(lower, "north" | "south" | "east" | "west")
        && toks[i].capitalised()
        && toks.get(i + 1).is_some_and(|n| {
            n.word && !n.digit && !with_lower(n.text, |w| matches!(w, "of" | "and" | "or"))
        })
}

/// "30 arms dealers", "12 customs officers", "two plainclothes officers": a word in -s in lower
/// case (token `i`, `t`) that modifies the plural noun in lower case after it (or after a name
/// after it), which heads the phrase. Not a word of time or measure ("30 years experience" counts
/// years), nor before a verb in -ed or -ing, nor before a word in -s that takes an object ("19
/// fouls proves it").
fn plural_before_plural(t: &Token, toks: &[Token], i: usize) -> bool {
    let object = |a: &Token| {
        with_lower(a.text, |w| {
            opens_object(w) || matches!(w, "it" | "that" | "this")
        })
    };
    if !(t.text.starts_with(|c: char| c.is_ascii_lowercase())
        && t.text.ends_with('s')
        && !t.marks.has(WordMarks::TIME))
    {
        return false;
    }
    // (the plural may follow a name: "two plainclothes NYPD officers")
    let Some(j) = past_name(toks, i + 1, 3) else {
        return false;
    };
    let n = &toks[j];
    n.word
        && !n.digit
        && n.text.starts_with(|c: char| c.is_ascii_lowercase())
        && with_lower(n.text, |w| is_plural(w) && !is_verbish(w) && !is_stop(w))
        && !toks.get(j + 1).is_some_and(object)
}

/// The first token from token `from` on, within `n` tokens, that is no capitalised word (a
/// number word is none): the word after a name ("NYPD" of "plainclothes NYPD officers").
fn past_name(toks: &[Token], from: usize, n: usize) -> Option<usize> {
    (from..toks.len().min(from + n))
        .find(|&j| !(toks[j].capitalised() && toks[j].holds & holds::NUMBER == 0))
}

/// Does this (lower-case) word open a verb's object: an article, a possessive or an object
/// pronoun?
/// Is token `i` a past that is also a noun, before what it has as its object ("560,000 cast a
/// ballot", "The company cut its outlook and said")?
/// (Read as written, in lower case: it is asked of every word of a counted phrase.)
pub(super) fn past_before_object(toks: &[Token], i: usize) -> bool {
    matches!(
        toks[i].text,
        "cast" | "cut" | "hit" | "put" | "set" | "shut" | "quit" | "hurt" | "bid" | "spread"
    ) && toks.get(i + 1).is_some_and(|n| opens_object(n.text))
}

pub(super) fn opens_object(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an" | "the" | "his" | "her" | "its" | "their" | "them" | "him" | "us"
    )
}

/// Is token `i` a capitalised word followed by a plural noun in lower case ("Hamas members",
/// "Texas farmers"), maybe past more of a name ("United Nations Security Council members", "Los
/// Angeles Police Department officers"; not the title case of "Two Soldiers Killed In Attack")?
/// Then it is a name that modifies that noun, though it ends in -s.
fn name_before_plural(toks: &[Token], i: usize) -> bool {
    toks[i].capitalised()
        && past_name(toks, i + 1, 4).is_some_and(|j| {
            let n = &toks[j];
            n.word
                && n.text.starts_with(|c: char| c.is_ascii_lowercase())
                && with_lower(n.text, is_plural)
        })
}

/// "three police officers", "40 staff members": a collective noun that modifies the plural noun
/// after it, which heads the phrase.
fn collective_before_plural(lower: &str, toks: &[Token], i: usize) -> bool {
    matches!(lower, "police" | "staff")
        && toks.get(i + 1).is_some_and(|n| {
            n.word
                && n.text.starts_with(|c: char| c.is_ascii_lowercase())
                && with_lower(n.text, is_plural)
        })
}

/// "dozens of Kia and Hyundai vehicles", "4.3M digital and physical sales", "two new 737 Max
/// jets", "63,150 Model 3s": the plural noun, within three tokens of token `i` (where a counted
/// phrase stopped), that heads the phrase past a joined modifier (after "and" or "or") or a
/// model's name with its number (capitalised words and numbers only), or a name too long to be
/// read whole (`full`: the phrase stopped at its length, after a capitalised word: "two Brooklyn
/// South Anti Crime plainclothes officers").
fn plural_head_after(toks: &[Token], i: usize, full: bool) -> Option<usize> {
    let stop = toks.get(i)?;
    let capital = |t: &Token| t.text.starts_with(|c: char| c.is_uppercase());
    let joined = stop.word && !stop.digit && with_lower(stop.text, |w| matches!(w, "and" | "or"));
    // a number goes with a name written next to it ("Model 3s", "USB 3.0 ports", "737 Max"), not
    // with a possessive or a word in lower case, which the number's own phrase follows ("his
    // team's first 24 points", "Davidson's 17 turnovers", "2880 x 1800 pixels")
    let named = || {
        let before = &toks[i - 1];
        let possessive = is_possessive(before.text);
        capital(before) && !possessive || toks.get(i + 1).is_some_and(|t| t.word && capital(t))
    };
    let long_name = full && stop.word && i > 0 && capital(&toks[i - 1]);
    if !(joined || long_name || stop.digit && i > 0 && named()) {
        return None;
    }
    let from = if joined { i + 1 } else { i };
    for (j, t) in toks.iter().enumerate().skip(from).take(3) {
        if !t.word {
            return None;
        }
        let plural = if t.digit {
            // "Model 3s", "737s"
            t.text.len() > 1
                && t.text.ends_with('s')
                && t.text[..t.text.len() - 1]
                    .bytes()
                    .all(|b| b.is_ascii_digit())
        } else {
            // (right after "and", a word in -s is as likely a verb: "900 display and starts at")
            !(joined && j == from)
                && t.text.starts_with(|c: char| c.is_lowercase())
                && with_lower(t.text, is_plural)
        };
        // (not a word in -s that modifies the plural after it: "plainclothes officers")
        if plural && !plural_before_plural(t, toks, j) {
            return Some(j);
        }
        // a name, a model number, or (after "and") a modifier in lower case; no number word, no
        // function word, no verb
        let fits = if t.digit {
            !joined
        } else {
            (capital(t) || joined || plural)
                && t.holds & holds::NUMBER == 0
                && !with_lower(t.text, |w| is_stop(w) || VERBS.contains(w))
        };
        if !fits {
            return None;
        }
    }
    None
}

/// The words that end a clause for predicate search (`WordMarks::CLAUSE_EDGE`, in any case).
pub const CLAUSE_EDGES: &[&str] = &[
    "but", "while", "whereas", "which", "who", "when", "where", "after", "because", "although",
    "though", "if", "unless", "whether",
];

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn np(s: &str) -> Option<String> {
        let rules = Rules::defaults();
        let toks = tokens(s, 0..s.len(), &rules.word_marks);
        counted(&rules, s, &toks, 0, true, Some(true))
            .map(|c| format!("{}|{}", &s[c.start..c.end], c.head))
    }

    #[test]
    fn counted_noun_phrases() {
        assert_eq!(
            np("Malian soldiers and 28 insurgents dead").as_deref(),
            Some("Malian soldiers|soldier")
        );
        assert_eq!(
            np("insurgents dead").as_deref(),
            Some("insurgents|insurgent")
        );
        assert_eq!(
            np("civil servants taken hostage").as_deref(),
            Some("civil servants|servant")
        );
        assert_eq!(
            np("Malian troops poured into the town").as_deref(),
            Some("Malian troops|troop")
        );
        assert_eq!(
            np("of soldiers were killed").as_deref(),
            Some("soldiers|soldier")
        );
        assert_eq!(np("hostages freed").as_deref(), Some("hostages|hostage"));
        assert_eq!(np("wounded since Wednesday"), None);
        assert_eq!(
            np("main rebel groups signed").as_deref(),
            Some("main rebel groups|group")
        );
    }
}
