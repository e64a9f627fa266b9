//! Subjects found before a figure: whose seats or votes it counts (`held_by`), and what a sum or a
//! rate measures when a verb links it to its subject ("The deal cost AMD $184 million", "the
//! number of cases doubled to 4,800", "Inflation slowed to 7.2%").

use std::ops::Range;

use super::change::{is_change_word, opens_clause};
use super::counted::entity_phrase;
use super::words::{Token, word_before_is, word_is};
use super::{Figure, attribution, noun, predicate, time, words};
use crate::claim::{CompactString, Kind};
use crate::rules::Rules;
use crate::text::WordList;

/// The name whose figure starts at token `k`: the last word of a name in capitals right before
/// the verb in the past the figure is the object of ("Doug McDermott scored 23 points",
/// "McDermott led all players with 23 points"; one to four words in lower case between), or before
/// "'s" ("McDermott's 23 points"), or the name that opens the sentence where a participle after a
/// comma takes the figure ("Doug McDermott put on a show, scoring 23 points").
pub(super) fn holder_before<'t>(toks: &[Token<'t>], k: usize) -> Option<&'t str> {
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
                    .any(|t| predicate::is_past(t.text) || matches!(t.text, "had" | "hit"))
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
pub(super) fn held_by<'t>(
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
pub(super) fn cost_subject(toks: &[Token], k: usize) -> Option<usize> {
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
pub(super) fn common_noun(toks: &[Token], i: usize) -> bool {
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
pub(super) fn worth_subject(toks: &[Token], k: usize) -> Option<usize> {
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
pub(super) struct NumberOf {
    pub(super) entity: CompactString,
    pub(super) written: CompactString,
    /// A trigger in the subject ("the number of people confirmed dead"): the figure's predicate.
    pub(super) predicate: Option<CompactString>,
}

/// "The number of cases doubled to 4,800", "the total number of migrants reached 12,000", "the
/// number of people confirmed dead in the sinking has risen to 31": a count that a verb links to
/// "the number of" some things counts them. Not things that name an event ("the number of deaths
/// rose to 52"): the predicate's default counted thing stands for those.
pub(super) fn number_of_subject(
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
        let of = (end.saturating_sub(24)..end).rev().find(|&i| {
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
    let linked = if BE.contains_any_case(toks[verb].text) || predicate::links(rules, toks, verb) {
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
pub(super) fn copula_subject(toks: &[Token], k: usize) -> Option<usize> {
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

/// The words of what a rate or a sum at token `k` measures, where a change or linking verb stands
/// before it: the verb's subject ("Inflation slowed to 7.2%", "GDP grew 3.2%", "the jobless rate
/// stood at 5.9%"), or the object between the verb and "by" or "to" ("raised its benchmark rate
/// by 50 basis points"). A pronoun, a name or a clause's word is no such thing.
pub(super) fn changed_thing(
    rules: &Rules,
    toks: &[Token],
    k: usize,
    kind: Kind,
) -> Option<Range<usize>> {
    static HELPERS: WordList = WordList::new(&[
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "may", "might",
        "be", "been", "also", "already", "only", "more", "than", "further", "sharply", "slightly",
        "steadily", "go", "goes", "went", "gone", "going",
    ]);
    let verb_at = |i: usize| {
        toks[i].word
            && !toks[i].digit
            && (is_change_word(rules, toks[i].text)
                || words::with_lower(toks[i].text, predicate::is_linking))
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
                        !noun::is_stop(w) && !HELPERS.contains(w) && !predicate::is_past(w)
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
