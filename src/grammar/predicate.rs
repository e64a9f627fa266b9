//! What happened to what a figure counts: the rules' trigger that governs it ("killed", "taken
//! hostage"), read forward through its own clause and back to the verb it is the subject or the
//! object of, but not across a clause's edge, another figure's verb, a relative clause or a
//! preposition of place.

use super::noun::{
    Found, PARTICIPLES, VERBS, is_plural, is_stop, is_verbish, opens_object, trigger_at,
};
use super::words::{Token, holds, with_lower};
use crate::rules::{Rules, WordMarks};
use crate::text::WordList;

/// Does the figure at token `before` count the whole of a partitive ("Two of the 12 people",
/// "Four of the last 11 miners"): "of" a few words before it, after a number?
fn partitive_whole(toks: &[Token], before: usize) -> bool {
    (before.saturating_sub(3)..before).any(|j| {
        j > 0
            && super::words::word_is(toks, j, "of")
            && toks[j - 1].is_number()
            && toks[j + 1..before].iter().all(|t| t.word && !t.digit)
    })
}

/// Is this token a word of a death toll ("toll", "deaths"), a noun that opens a clause's subject?
fn toll_word(t: &Token) -> bool {
    with_lower(t.text, |w| matches!(w, "toll" | "deaths" | "death"))
}

/// Is this token "toll", in any case?
fn is_toll(t: &Token) -> bool {
    t.text.eq_ignore_ascii_case("toll")
}

/// The token of "toll" in the subject that the relative pronoun at token `j` opens a clause in:
/// "toll" at most six words before it, then "from", "of" or "in", with only words between ("The
/// death toll from a fire that swept through …").
fn toll_before_relative(toks: &[Token], j: usize) -> Option<usize> {
    let w = toks[j].text;
    if !(w.eq_ignore_ascii_case("that") || w.eq_ignore_ascii_case("which")) {
        return None;
    }
    let from = j.saturating_sub(6);
    let toll = from + toks[from..j].iter().rposition(is_toll)?;
    // (the toll's phrase goes on with a preposition, and the clause tells of its noun: not "The
    // death toll rose so quickly that …")
    let of = toks
        .get(toll + 1)
        .is_some_and(|t| with_lower(t.text, |w| matches!(w, "from" | "of" | "in")));
    (of && toks[toll + 1..j].iter().all(|t| t.word)).then_some(toll)
}

/// Is token `i` a comma that groups the digits of a figure ("6,300"), with a digit on each side
/// and no space?
fn groups_digits(toks: &[Token], i: usize) -> bool {
    i > 0
        && toks[i - 1].digit
        && toks[i - 1].end == toks[i].start
        && toks
            .get(i + 1)
            .is_some_and(|t| t.digit && t.start == toks[i].end)
}

/// Is this token the edge of a clause for predicate search?
fn clause_edge(t: &Token) -> bool {
    if !t.word {
        return matches!(t.text, ";" | ":" | "(" | ")" | "\"" | "?" | "!");
    }
    t.marks.has(WordMarks::CLAUSE_EDGE)
}

/// The predicate of the figure whose phrase ends before token `after` and starts at token `before`:
/// the verb right before it ("Kills Two"); else a trigger that modifies what it counts ("30
/// wounded soldiers"); else first forward to the end of the clause (across a list: "eight soldiers
/// and 28 insurgents dead"), then backward through the sentence ("released 32 civil servants",
/// "killing five").
pub fn predicate<'r>(
    rules: &'r Rules,
    text: &str,
    toks: &[Token],
    (before, after): (usize, usize),
    sum: bool,
) -> Option<Found<'r>> {
    if let Some(found) = split_trigger(rules, text, toks, (before, after)) {
        return Some(found);
    }
    // "the bodies of six men had also been recovered", "the deaths of 12 people were reported":
    // a trigger that is the noun "of" the figure follows tells what befell what it counts, whatever
    // the clause's verb says after it
    if before >= 2
        && super::words::word_is(toks, before - 1, "of")
        && let Some((found, next)) = trigger_at(rules, text, toks, before - 2)
        && next == before - 1
        && !found.rule.money_only
    {
        return Some(found);
    }
    // the verb whose object the figure is: looked for only once a trigger makes it matter
    let object_verb_of = std::cell::OnceCell::new();
    let verb = || *object_verb_of.get_or_init(|| object_verb(rules, toks, before));
    let governed = governing_within(rules, text, toks, (before, sum), verb);
    // "were killed in three villages", "injured in two attacks": a verb before the preposition
    // that takes the figure tells nothing of it
    let governed = match place_before(toks, before) {
        Some(p) => governed.filter(|f| f.start >= toks[p].end),
        None => governed,
    };
    // a verb right before the figure governs it: "Kills Two In Kraft Shooting"
    if governed
        .as_ref()
        .is_some_and(|f| before > 0 && f.end >= toks[before - 1].end)
    {
        return governed;
    }
    // else a trigger inside the phrase that modifies what is counted: "treated 30 wounded
    // soldiers", "3 damaged houses collapsed" (the clauses around speak of other things)
    if let Some(found) = modifier_trigger(rules, text, toks, before, after) {
        return Some(found);
    }
    // "five people were injured and 10 houses were damaged": a phrase that opens a clause after
    // "and" or "but" and that its own verb follows is that clause's subject, and no trigger before
    // it says what happened to it (unlike "the survey of 1,024 voters was taken")
    let subject = before > 0
        && matches!(toks[before - 1].text, "and" | "but" | "while")
        && toks
            .get(after)
            .is_some_and(|t| t.word && !t.digit && with_lower(t.text, |w| FINITE.contains(w)));
    let governed = if subject { None } else { governed };
    let mut i = after;
    // "At least 17 people, including three police officers, died": the list of some of them
    // set off after the figure is passed over, and a figure inside it looks on past its end
    let mut inside_including = before > 0 && super::words::word_is(toks, before - 1, "including");
    // (the figure is the part of a partitive: "Four of the 11 missing")
    let part = super::words::word_is(toks, after, "of");
    // "41 survivors receiving treatment and four people missing": a participle in -ing right
    // after the phrase, no trigger, is its own verb: the next of a list tells of another
    let own_verb = toks.get(after).is_some_and(|t| {
        t.word
            && !t.digit
            && t.text.ends_with("ing")
            && with_lower(t.text, is_verbish)
            && trigger_at(rules, text, toks, after).is_none()
    });
    let (found, at) = loop {
        // "cases had climbed past 2,100 and 44 people had died": a figure after "and" that its
        // own verb follows opens another clause, whose verb tells of it alone, where this figure
        // stands after a verb of its own (not "eight soldiers and 28 insurgents were killed")
        // ("Nine escaped in February and 112 were freed": nor where its own verb, no trigger,
        // follows it)
        if toks
            .get(i)
            .is_some_and(|t| matches!(t.text, "and" | "but" | "while"))
            && (toks[..before]
                .iter()
                .rev()
                .take(8)
                .take_while(|t| t.text != ",")
                .any(|t| t.word && !t.digit && with_lower(t.text, |w| FINITE.contains(w)))
                || own_past_verb(rules, text, toks, after))
            && toks.get(i + 1).is_some_and(Token::is_number)
            && toks[i + 2..]
                .iter()
                .take(4)
                .any(|t| t.word && !t.digit && with_lower(t.text, |w| FINITE.contains(w)))
        {
            return governed;
        }
        if own_verb && i > after && toks.get(i).is_some_and(|t| matches!(t.text, "and" | ",")) {
            // (and a trigger before tells of it only with no comma between: "killed 30 people
            // living nearby", not "27 victims confirmed dead, 41 survivors receiving treatment")
            let start = toks[before].start;
            return governed.filter(|g| {
                !toks[..before]
                    .iter()
                    .any(|t| t.text == "," && t.start >= g.end && t.start < start)
            });
        }
        if i < toks.len() && toks[i].text == "," {
            // ("About 5,000 of the plant's 6,300 employees have joined the strike": the comma of
            // a figure after this one ends no clause)
            if groups_digits(toks, i) {
                i += 1;
                continue;
            }
            if inside_including {
                inside_including = false;
                i += 1;
                continue;
            }
            if super::words::word_is(toks, i + 1, "including")
                && let Some(close) = toks[i + 2..].iter().take(12).position(|t| t.text == ",")
            {
                i += close + 3;
                continue;
            }
        }
        // "Two, she shot and killed there": a figure that opens the sentence, set off before the
        // subject of its clause, is the object of that clause's verb
        if i == after && fronted_object(toks, before, after) {
            i += 2;
            continue;
        }
        // "Four of the 11 miners who had been trapped were found alive": a relative clause after
        // the whole of a partitive tells of the whole; the main clause's verb after it tells what
        // befell the part
        if i > after
            && toks
                .get(i)
                .is_some_and(|t| matches!(t.text, "who" | "which"))
            && part
            && toks[after + 1..i].iter().any(Token::is_number)
        {
            let from = relative_verb(rules, text, toks, i + 1).map_or(i + 1, |(_, next)| next);
            return main_verb_after(rules, text, toks, from).or(governed);
        }
        if i >= toks.len() || clause_edge(&toks[i]) || toks[i].text == "," {
            // a relative clause right after the phrase tells what happened to what it counts,
            // at its verb: "1,200 people who have fled the fire zone", "50 residents, who were
            // evacuated" (not a clause further on: "… in Kidal, which was retaken"); but the main
            // clause's verb after it tells what befell them last ("14 people who were injured in
            // the blast died on Friday")
            let comma = usize::from(toks.get(i).is_some_and(|t| t.text == ","));
            if i == after
                && toks
                    .get(i + comma)
                    .is_some_and(|t| matches!(t.text, "who" | "which"))
            {
                if let Some((found, next)) = relative_verb(rules, text, toks, i + comma + 1) {
                    // (the whole of a partitive keeps its clause's verb: in "Two of the 12 people
                    // who were injured died", the main verb is the part's)
                    if partitive_whole(toks, before) {
                        break (found, i);
                    }
                    break (main_verb_after(rules, text, toks, next).unwrap_or(found), i);
                }
                // (and where the relative clause tells nothing that befell them, the main
                // clause's verb does: "Ten miners who had been cut off were brought out alive";
                // past the comma that closes one set off: "one woman, who called herself the slain
                // teen's cousin, told NY1")
                let main = if comma == 1 {
                    toks[i + 2..]
                        .iter()
                        .take(16)
                        .position(|t| t.text == ",")
                        .map(|c| i + 2 + c + 1)
                } else {
                    Some(i + 1)
                };
                if let Some(found) = main.and_then(|m| main_verb_after(rules, text, toks, m)) {
                    break (found, i);
                }
            }
            return governed.filter(|g| !own_verb_past_comma(toks, g.end, (before, after)));
        }
        // "Greek wildfire 70% contained as death toll is put at 13": past "as" that opens another
        // clause, a trigger tells of that clause (but the one word of "were listed as missing" is
        // the figure's)
        if i > after
            && opens_as_clause(toks, i)
            && !trigger_at(rules, text, toks, i + 1)
                .is_some_and(|(found, _)| found.end == toks[i + 1].end && !toll_word(&toks[i + 1]))
        {
            return governed;
        }
        // "buried 14 villagers and injured 30 others": a verb right after "and" opens the next
        // clause; it does not say what happened to this figure
        if matches!(toks[i].text, "and" | "or" | "but")
            && trigger_at(rules, text, toks, i + 1).is_some()
        {
            return governed;
        }
        // "rose to 14 as rescuers searched for eleven missing miners": past a verb of its own
        // clause, or "as" that opens one, another figure that no list joins to this one takes
        // what follows
        if i > after
            && toks[i].is_number()
            && !matches!(toks[i - 1].text, "and" | "or" | ",")
            && (after..i).any(|j| {
                let t = &toks[j];
                t.word && !t.digit && with_lower(t.text, is_past) || opens_as_clause(toks, j)
            })
        {
            return governed;
        }
        // "Four of the 11 missing were found alive": the word that is the whole's noun ("the 11
        // missing", "the 40 dead") tells of the whole; the verb after it tells of the part
        // ("Two of the 12 injured soldiers died": or modifies the noun before the verb)
        let verb_at = |j: usize| {
            toks.get(j).is_some_and(|t| {
                t.word && with_lower(t.text, |w| FINITE.contains(w) || is_past(w))
                    || trigger_at(rules, text, toks, j).is_some()
            })
        };
        let whole_noun = |next: usize| {
            part && toks[i - 1].is_number()
                && (verb_at(next) || modifies_plural(toks, i) && verb_at(next + 1))
        };
        // (one said of sums alone is the figure's head noun, or says nothing of it: "lost $2.3
        // billion as fuel costs soared")
        // ("611 cases and 12 deaths": the noun of another figure tells of that figure, not of
        // one with a noun of its own)
        let others_noun =
            i > after && toks[i - 1].digit && toks[after - 1].word && !toks[after - 1].digit;
        if let Some((found, next)) = trigger_at(rules, text, toks, i)
            && !others_noun
            && !(i > after + 1 && next == i + 1 && whole_noun(next))
            && !found.rule.money_only
            && !(!sum && next == i + 1 && modifies_noun(toks, i))
        {
            // "Fourteen people injured in the blast died on Friday", "Six more schoolgirls
            // kidnapped from the school were handed over": a participle right after the phrase
            // tells who they are; the verb of the clause after it, a trigger, tells what befell
            // them
            // (a preposition after it, as most such clauses have: "injured in", "kidnapped
            // from"; the clause is not read after most triggers)
            if i == after
                && toks[i].text.ends_with("ed")
                && toks.get(next).is_some_and(|t| {
                    matches!(
                        t.text,
                        "in" | "from" | "by" | "at" | "on" | "during" | "near"
                    )
                })
                && let Some(main) = clause_verb_after(rules, text, toks, next)
            {
                break main;
            }
            break (found, i);
        }
        i += 1;
    };
    // the object of a verb that is no trigger ("hired 300 workers to clear the wreckage the storm
    // left, which killed 12") takes a trigger only after its phrase and the rest of its list
    // ("treated 30 people injured in the blast", "left eight soldiers and 28 insurgents dead"),
    // unless the phrase opens a clause of its own ("said 30 people were killed")
    // (most triggers stand right after the phrase: then nothing stands between, and the verb is
    // not looked for)
    let object = after < at && verb().is_some() && !toks.get(after).is_some_and(opens_verb);
    if let Some(j) = (after..at).find(|&j| object && !in_list(&toks[j])) {
        // "received 50 people with injuries", "caused $1 million in damage", "caused hundreds to
        // be evacuated"
        let word = |w: &str| super::words::word_is(toks, j, w);
        let trigger_from = if word("to") && super::words::word_is(toks, j + 1, "be") {
            Some(j + 2)
        } else {
            (word("with") || word("in") || word("to")).then_some(j + 1)
        };
        let linked = trigger_from.and_then(|k| trigger_at(rules, text, toks, k));
        return linked.map(|(found, _)| found).or(governed);
    }
    if !found.rule.doer && does_it(toks, after, (at, found.end)) {
        return governed;
    }
    Some(found)
}

/// Is the word at token `i` set between a determiner and the noun it describes ("3.8 percent in
/// the affected section", "3,200 jobs and a pay offer"), which says nothing of what a figure before
/// it counts? (Not asked of a sum, which "$281 million of the purchase price" is paid.)
fn modifies_noun(toks: &[Token], i: usize) -> bool {
    after_determiner(toks, i)
        && toks.get(i + 1).is_some_and(|n| {
            n.word
                && !n.digit
                && n.text.starts_with(|c: char| c.is_ascii_lowercase())
                && !with_lower(n.text, is_stop)
                && !with_lower(n.text, is_verbish)
        })
}

/// Is token `j` an "as" that opens a clause ("as rescuers search"), not one of a comparison or a
/// time ("as many as", "as of Monday", "as well")?
fn opens_as_clause(toks: &[Token], j: usize) -> bool {
    toks[j].text.eq_ignore_ascii_case("as")
        && toks.get(j + 1).is_some_and(|n| {
            n.word
                && !n.digit
                && !with_lower(n.text, |w| {
                    matches!(
                        w,
                        "of" | "many" | "much" | "well" | "long" | "high" | "low" | "far" | "few"
                    )
                })
        })
}

/// Is the figure whose phrase ends before token `after` the subject of the trigger at token `at`
/// (ending at byte `end`), which it does to an object: "Two gunmen killed 12 people", "two
/// officers shot a teenager", "Two men reportedly freed Ahmed"? Then the trigger tells what the
/// figure did, not what befell it. The trigger stands right after the phrase (or after an adverb
/// in -ly), and an object follows it: a determiner or pronoun, a figure, or a name (not a
/// weekday, a month or a word of time: "Five people killed Monday", nor a capitalised word of a
/// title: "Two Soldiers Killed In Gao"). (Asked only of a predicate whose counted thing is no
/// `doer`: "200 people attended the vigil" did attend.)
fn does_it(toks: &[Token], after: usize, (at, end): (usize, usize)) -> bool {
    let adverb = |t: &Token| t.word && t.text.len() > 4 && t.text.ends_with("ly");
    if !(at == after || at == after + 1 && adverb(&toks[after])) {
        return false;
    }
    let Some(k) = toks[at..]
        .iter()
        .position(|t| t.start >= end)
        .map(|k| at + k)
    else {
        return false;
    };
    let o = &toks[k];
    // (a trigger that ends in a preposition takes no object: "poured into the town")
    if !o.word || with_lower(toks[k - 1].text, is_stop) {
        return false;
    }
    let time = |t: &Token| t.marks.has(WordMarks::TIME.or(WordMarks::CALENDAR));
    if o.digit || o.holds & holds::NUMBER != 0 {
        return true;
    }
    if o.capitalised() {
        return !time(o) && !with_lower(o.text, is_stop);
    }
    // ("killed the same day", "wounded this morning": a time, no object)
    with_lower(o.text, |w| opens_object(w) || w == "me")
        && !toks.get(k + 1).is_some_and(|n| {
            time(n)
                || with_lower(n.text, |w| {
                    matches!(w, "same" | "previous" | "following" | "next")
                })
        })
}

/// Is the figure at tokens `before..after` the subject of a verb of its own in the past that is
/// no trigger, with a comma between it and the trigger before it that ends at byte `governor`?
/// Then the trigger stood in a phrase set before the clause, and it says nothing of what the
/// figure counts: "Moments after the Saturday shooting, one cop put both hands on his head".
fn own_verb_past_comma(toks: &[Token], governor: usize, (before, after): (usize, usize)) -> bool {
    toks.get(after).is_some_and(|t| {
        t.word && !t.digit && with_lower(t.text, |w| is_past(w) || VERBS.contains(w))
    }) && toks[..before]
        .iter()
        .rev()
        .take_while(|t| t.start >= governor)
        .any(|t| t.text == ",")
}

/// Is the figure at tokens `before..after` the first words of its sentence, set off by a comma
/// before a pronoun that is the subject of the clause ("Two, she shot and killed there")?
fn fronted_object(toks: &[Token], before: usize, after: usize) -> bool {
    toks[..before].iter().all(|t| !t.word)
        && toks.get(after).is_some_and(|t| t.text == ",")
        && toks
            .get(after + 1)
            .is_some_and(|t| t.word && with_lower(t.text, super::attribution::is_pronoun))
}

/// The trigger that opens the verb of a relative clause whose first token after "who" or "which"
/// is `i`, past its auxiliaries ("who have fled", "which were destroyed").
fn relative_verb<'r>(
    rules: &'r Rules,
    text: &str,
    toks: &[Token],
    mut i: usize,
) -> Option<(Found<'r>, usize)> {
    while toks
        .get(i)
        .is_some_and(|t| t.word && !t.digit && with_lower(t.text, |w| FINITE.contains(w)))
    {
        i += 1;
    }
    trigger_at(rules, text, toks, i)
}

/// A trigger after a relative clause's verb (whose clause goes on from token `i`), in the rest of
/// the sentence, before another figure or another clause of its own ("… who were injured in the
/// blast died on Friday"; not "… which were destroyed by the fire that killed 3 people").
fn main_verb_after<'r>(
    rules: &'r Rules,
    text: &str,
    toks: &[Token],
    i: usize,
) -> Option<Found<'r>> {
    toks.get(i..)?
        .iter()
        .enumerate()
        .take(16)
        .take_while(|(_, t)| {
            let ends = t.digit
                || matches!(t.text, "." | ";" | ":" | "?" | "!")
                || t.word
                    && with_lower(t.text, |w| {
                        matches!(w, "that" | "which" | "who" | "when" | "and")
                    });
            !ends
        })
        .find_map(|(n, _)| trigger_at(rules, text, toks, i + n))
        .map(|(found, _)| found)
}

/// Is token `i`, right after a figure's phrase, a verb in the past that is no trigger ("Nine
/// escaped")?
fn own_past_verb(rules: &Rules, text: &str, toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        t.word
            && !t.digit
            && with_lower(t.text, is_past)
            && trigger_at(rules, text, toks, i).is_none()
    })
}

/// The trigger that is the verb of the clause whose subject ends before token `i` (a reduced
/// relative clause between): a past form or a form of "be" or "have" and the trigger at it or
/// after it, before a comma, another figure or another clause.
fn clause_verb_after<'r>(
    rules: &'r Rules,
    text: &str,
    toks: &[Token],
    i: usize,
) -> Option<(Found<'r>, usize)> {
    let rest = toks.get(i..)?.iter().take(14).take_while(|t| {
        !(t.digit
            || matches!(t.text, "." | "," | ";" | ":" | "?" | "!" | "(")
            || with_lower(t.text, |w| {
                matches!(
                    w,
                    "that" | "which" | "who" | "when" | "and" | "as" | "after"
                )
            }))
    });
    let verb = rest
        .enumerate()
        .find(|(_, t)| {
            t.word
                && with_lower(t.text, |w| {
                    FINITE.contains(w) || is_past(w) || w == "died" || w == "fled"
                })
        })?
        .0
        + i;
    [verb, verb + 1].into_iter().find_map(|j| {
        trigger_at(rules, text, toks, j)
            .filter(|(found, _)| found.start == toks[j].start)
            .map(|(found, _)| (found, j))
    })
}

/// Is token `i` a word in -ed or -ing right before a plural noun in lower case, which it modifies
/// ("30 wounded soldiers", "2,521 shooting incidents"; not "injuring dozens", "wounding others")?
pub(super) fn modifies_plural(toks: &[Token], i: usize) -> bool {
    (toks[i].text.ends_with("ed") || toks[i].text.ends_with("ing"))
        && toks.get(i + 1).is_some_and(|n| {
            n.word
                && !n.digit
                && n.text.starts_with(|c: char| c.is_ascii_lowercase())
                && is_plural(n.text)
                && !with_lower(n.text, |w| {
                    matches!(
                        w,
                        "others"
                            | "dozens"
                            | "hundreds"
                            | "thousands"
                            | "millions"
                            | "scores"
                            | "tens"
                    )
                })
        })
}

/// The trigger that modifies the counted thing inside the figure's phrase (tokens `before` to
/// `after`): "treated 30 wounded soldiers". `predicate` asks for it after the verb right before the
/// figure and before the clauses around it.
fn modifier_trigger<'r>(
    rules: &'r Rules,
    text: &str,
    toks: &[Token],
    before: usize,
    after: usize,
) -> Option<Found<'r>> {
    (before + 1..after.min(toks.len()))
        .filter(|&j| toks[j].word && modifies_plural(toks, j))
        .find_map(|j| trigger_at(rules, text, toks, j).filter(|&(_, next)| next == j + 1))
        .map(|(found, _)| found)
}

/// Is the token a word that begins the verb of a clause (`FINITE`: "was", "have", "will")?
pub(super) fn finite(t: &Token) -> bool {
    t.word && !t.digit && with_lower(t.text, |w| FINITE.contains(w))
}

/// Words that begin the verb of a clause: a noun phrase before one is its subject.
static FINITE: WordList = WordList::new(&[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
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
    "also",
    "still",
    "remain",
    "remains",
    "remained",
    "reportedly",
]);

/// Does this (lower-case) word look like a verb: a past form or a participle (not an adverb in
/// `-ly`)?
fn is_verb(lower: &str) -> bool {
    VERBS.contains(lower)
        || PARTICIPLES.contains(lower)
        || is_verbish(lower) && !lower.ends_with("ly")
}

/// Is this token a determiner ("the", "its", "another")?
fn is_determiner(t: &Token) -> bool {
    // (asked of the words before a figure: a few short words, each packed into one integer with
    // its length, and the word packed in lower case is compared with them)
    const DETERMINERS: [&str; 14] = [
        "the", "a", "an", "its", "their", "his", "her", "our", "all", "some", "another", "this",
        "these", "those",
    ];
    const KEYS: [u64; 14] = {
        let mut keys = [0; 14];
        let mut i = 0;
        while i < keys.len() {
            keys[i] = short_word_key(DETERMINERS[i].as_bytes());
            i += 1;
        }
        keys
    };
    t.word && t.text.len() <= 7 && KEYS.contains(&short_word_key(t.text.as_bytes()))
}

/// A word of up to seven bytes as one integer: its bytes in lower case (ASCII) and its length in
/// the top byte, so that two words have the same key when they are the same in any case.
const fn short_word_key(w: &[u8]) -> u64 {
    let mut key = (w.len() as u64) << 56;
    let mut i = 0;
    while i < w.len() && i < 7 {
        key |= (w[i].to_ascii_lowercase() as u64) << (8 * i);
        i += 1;
    }
    key
}

/// Is token `k` a word right after a determiner, an adjective even when it looks like a verb ("a
/// reported $30 million", "an estimated 300")?
fn after_determiner(toks: &[Token], k: usize) -> bool {
    k > 0 && toks[k].word && is_determiner(&toks[k - 1])
}

/// The token of the verb whose object is the figure that starts at token `before` ("hired 300
/// workers", "treating 40 patients"): the word before it, past a determiner and a participle used
/// as an adjective ("spent the $30,000", "killed an estimated 300").
fn object_verb(rules: &Rules, toks: &[Token], before: usize) -> Option<usize> {
    let determiner = |k: usize| is_determiner(&toks[k]);
    let mut k = before.checked_sub(1)?;
    // (whether token `k` is a determiner, carried from one step back to the next)
    let mut at_determiner = determiner(k);
    while k > 0 {
        // `after_determiner`, with the determiner before `k` asked once
        let after = determiner(k - 1);
        if !(at_determiner || toks[k].word && after) {
            break;
        }
        k -= 1;
        at_determiner = after;
    }
    // ("including 12 children", "totalling $5 million": the verb is a preposition)
    static PREPOSITIONS: WordList = WordList::new(&[
        "including",
        "excluding",
        "following",
        "regarding",
        "concerning",
        "considering",
        "involving",
        "according",
        "during",
        "totaling",
        "totalling",
        "amounting",
        "averaging",
        "exceeding",
        "nearing",
        "reaching",
        "topping",
    ]);
    let t = &toks[k];
    let verb = |w: &str| is_verb(w) && !PREPOSITIONS.contains(w);
    // ("sales reached $980 million": a verb that links its subject to the figure takes none)
    let object =
        t.word && !t.digit && !at_determiner && with_lower(t.text, verb) && !links(rules, toks, k);
    object.then_some(k)
}

/// Can this token stand in a list of counted things or in their phrase ("and 28 Tuareg
/// insurgents", "worth of arson damage")?
fn in_list(t: &Token) -> bool {
    t.digit
        || t.word
            && with_lower(t.text, |lower| {
                matches!(
                    lower,
                    "and" | "or" | "more" | "of" | "worth" | "the" | "a" | "an"
                ) || !is_stop(lower) && !is_verb(lower)
            })
}

/// The rules' trigger written around the figure ("pulled … from the water", "claimed … lives"):
/// its first words right before the figure and its hedge, its last words right after the figure's
/// counted phrase or as its head ("claimed at least 40 lives").
fn split_trigger<'r>(
    rules: &'r Rules,
    text: &str,
    toks: &[Token],
    (before, after): (usize, usize),
) -> Option<Found<'r>> {
    // (the last word of a trigger's first part, right before the figure or past the words of
    // its hedge, which open figures: "claimed at least 40 lives")
    let mut k = before;
    loop {
        let t = toks.get(k.checked_sub(1)?)?;
        if !t.word || t.digit || before - k >= 4 {
            return None;
        }
        k -= 1;
        if rules.split_trigger_ends.contains(t.text) {
            break;
        }
        let hedge = t.marks.has(WordMarks::FIGURE_START)
            || with_lower(t.text, |w| {
                matches!(w, "least" | "than" | "many" | "much" | "to")
            });
        if !hedge {
            return None;
        }
    }
    let is_at = |at: usize, phrase: &str| {
        text.get(at..at + phrase.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(phrase))
            && text
                .as_bytes()
                .get(at + phrase.len())
                .is_none_or(|b| !b.is_ascii_alphanumeric())
    };
    let ends_at = |end: usize, phrase: &str| {
        end.checked_sub(phrase.len()).is_some_and(|at| {
            is_at(at, phrase) && (at == 0 || !text.as_bytes()[at - 1].is_ascii_alphanumeric())
        })
    };
    let heads = [
        toks.get(after).map(|t| t.start),
        after.checked_sub(1).map(|h| toks[h].start),
    ];
    rules.split_triggers.iter().find_map(|s| {
        let follows = heads.iter().flatten().any(|&at| is_at(at, &s.after));
        (follows && ends_at(toks[k].end, &s.before)).then(|| Found {
            rule: &s.rule,
            start: toks[k].end - s.before.len(),
            end: toks[k].end,
        })
    })
}

/// Is "lives" at token `i`, right after a figure, the figure's noun ("claimed 40 lives"), not its
/// verb ("a family of five lives in the house")?
pub(super) fn lives_counted(toks: &[Token], i: usize) -> bool {
    toks[i].text == "lives" && !(i >= 2 && toks[i - 2].text.eq_ignore_ascii_case("of"))
}

/// Does this token begin a verb ("were", "fled", "had")?
fn opens_verb(t: &Token) -> bool {
    t.word && !t.digit && with_lower(t.text, |lower| FINITE.contains(lower) || is_verb(lower))
}

/// The nearest trigger before token `before`, within a few words and not past a clause edge: the
/// verb that governs the figure ("released 32 civil servants", "killing five"); one said of sums
/// alone only where the figure is a `sum`.
pub fn governing<'r>(
    rules: &'r Rules,
    text: &str,
    toks: &[Token],
    (before, sum): (usize, bool),
) -> Option<Found<'r>> {
    governing_within(rules, text, toks, (before, sum), || {
        object_verb(rules, toks, before)
    })
}

/// `governing`, given the verb whose object the figure is (`object_verb`, asked only when a
/// trigger stands before the figure): no trigger before that verb governs the figure ("who died
/// three months ago, had won 56 fights": "won" does, trigger or not).
fn governing_within<'r>(
    rules: &'r Rules,
    text: &str,
    toks: &[Token],
    (before, sum): (usize, bool),
    verb: impl FnOnce() -> Option<usize>,
) -> Option<Found<'r>> {
    let mut j = before;
    let mut words = 0;
    let (found, at) = loop {
        if j == 0 || words >= 16 {
            return None;
        }
        j -= 1;
        let t = &toks[j];
        // (a long relative clause inside a toll's subject is passed over, back to the toll: "The
        // death toll from a fire that swept through a residential tower in the city rose to 10";
        // a short one is walked through within the words counted)
        if words >= 10
            && let Some(toll) = toll_before_relative(toks, j)
        {
            j = toll + 1;
            continue;
        }
        if clause_edge(t) {
            return None;
        }
        // "to acquire SeaMicro, a maker of microservers and data center fabric technology, for
        // $334 million": a noun set off between commas after a name says who it is, and no word
        // of it counts towards the distance (nor may a trigger in it govern the figure)
        if t.text == ","
            && let Some(open) = apposition_before(toks, j)
        {
            j = open;
            continue;
        }
        if t.word {
            words += 1;
        }
        // (a trigger said of sums alone governs a sum from close by: "a deal worth $334
        // million", not "the merger creates a company with $45 billion in revenue"; and no other
        // figure: "freed under the deal 39 prisoners")
        // (a trigger no more than twelve words before, or a toll that is the subject, whose
        // phrase may run on: "The death toll from last week's explosion at the Zhalyn coal mine
        // rose to 22"; further back, only a word before "toll" or "toll" itself is looked up)
        let toll = |i: usize| toks.get(i).is_some_and(is_toll);
        if (words <= 12 || toll(j) || toll(j + 1))
            && let Some((found, next)) = trigger_at(rules, text, toks, j)
            && next <= before
            && (!found.rule.money_only || sum && words <= 3)
            && (words <= 12 || text[..found.end].ends_with("toll"))
            // "The number of people killed in an earthquake that flattened villages climbed
            // past 100": a trigger in a relative clause of the subject tells of its own object,
            // not of the figure after the subject's verb
            && !relative_in_subject(rules, toks, j, before)
        {
            break (found, j);
        }
    };
    // "According to figures released by the UN, more than 14,000 people reached the islands": a
    // participle after a word for a record describes the record, and tells nothing of the figure
    if at > 0
        && with_lower(toks[at - 1].text, |w| {
            matches!(
                w,
                "figures" | "data" | "statistics" | "report" | "documents" | "list" | "tally"
            )
        })
    {
        return None;
    }
    // "To help pay for the increase, the government proposes savings of 2.1 billion euros": a
    // trigger in a purpose clause that opens the sentence tells of no figure after its comma
    if toks.first().is_some_and(|t| t.text == "To")
        && toks[at + 1..before].iter().any(|t| t.text == ",")
    {
        return None;
    }
    // "The union wants pay to rise by 8%": a trigger in its plain form, not after "to", that a
    // change verb's "to" follows is that verb's subject, a noun, and says nothing of the figure
    // (unlike "voted to raise fees by 8 per cent")
    if plain_form(toks[at].text)
        && !(at > 0 && super::words::word_is(toks, at - 1, "to"))
        && super::words::word_is(toks, at + 1, "to")
        && toks
            .get(at + 2)
            .is_some_and(|t| t.word && super::change::is_change_word(rules, t.text))
    {
        return None;
    }
    // (most figures have no trigger before them: what stands between is read only when one does;
    // and the verb, which stands before the figure, is no later than a trigger right before it:
    // most triggers are, and the verb is not looked for: 0.21 M instructions per MB, measured)
    // (a verb the trigger's words hold is the trigger's own: "a boat carrying 72 people")
    if at + 1 < before && verb().is_some_and(|v| toks[v].start >= found.end)
        || (at + 1..before).any(|i| {
            opens_own_clause(rules, toks, i) && !relative_in_subject(rules, toks, i, before)
        })
    {
        return None;
    }
    // a trigger in a relative clause closed before the figure governs the clause ("The ferry,
    // which was licensed to carry 80 passengers, had more than 200 people on board")
    if toks[at + 1..before].iter().any(|t| t.text == ",")
        && super::anchor::in_relative_clause(text, toks[at].start)
    {
        return None;
    }
    // a count after a verb in its plain form set after a modal of what may be or a negation did
    // not befall what it counts: "could kill 40", "did not kill 5" (but "will lay off 6,650
    // employees" is announced, and a sum did change hands: "agreed to buy the start-up for $334
    // million")
    if !sum && at > 0 && plain_form(toks[at].text) && may_not_happen(&toks[at - 1]) {
        return None;
    }
    // nor after "to" set after a verb of what was only meant, tried or refused: "threatened to
    // kill 12 hostages", "failed to rescue 30" (but "plans to lay off 300 workers" is announced)
    if !sum
        && at > 1
        && plain_form(toks[at].text)
        && toks[at - 1].text.eq_ignore_ascii_case("to")
        && with_lower(toks[at - 2].text, |w| ONLY_MEANT.contains(w))
    {
        return None;
    }
    Some(found)
}

/// Verbs after which "to" and a verb say what was only meant, tried or refused, not done.
static ONLY_MEANT: WordList = WordList::new(&[
    "threaten",
    "threatens",
    "threatened",
    "threatening",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "try",
    "tries",
    "tried",
    "trying",
    "attempt",
    "attempts",
    "attempted",
    "attempting",
    "seek",
    "seeks",
    "sought",
    "seeking",
    "want",
    "wants",
    "wanted",
    "wanting",
    "aim",
    "aims",
    "aimed",
    "aiming",
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "fail",
    "fails",
    "failed",
    "failing",
    "refuse",
    "refuses",
    "refused",
    "refusing",
    "plot",
    "plots",
    "plotted",
    "plotting",
]);

/// Is a verb (as written) in its plain form: no ending of the past, of the third person or of a
/// participle ("kill", not "killed", "kills", "killing", "dead")?
fn plain_form(verb: &str) -> bool {
    with_lower(verb, |w| {
        !(w.ends_with("ed")
            || w.ends_with("ing")
            || w.ends_with('s')
            || is_past(w)
            || matches!(w, "dead" | "shot" | "hurt"))
    })
}

/// A modal of what may be ("could", "would") or a negation, after which a verb says what may or
/// did not happen.
fn may_not_happen(t: &Token) -> bool {
    super::negation::is_negation(t)
        || t.word
            && with_lower(t.text, |w| {
                matches!(
                    w,
                    "would" | "could" | "may" | "might" | "should" | "did" | "does"
                )
            })
}

/// The comma that opens an apposition closed by the comma at token `close`: ", a maker of
/// microservers," after a name (eleven tokens at most, with no verb in the past or figure; the
/// apposition that names a source is `attribution::appositive_source_at`'s).
fn apposition_before(toks: &[Token], close: usize) -> Option<usize> {
    let from = close.saturating_sub(12);
    let open = (from..close).rev().find(|&i| toks[i].text == ",")?;
    let inside = &toks[open + 1..close];
    let opener = inside
        .first()
        .is_some_and(|t| matches!(t.text, "a" | "an" | "the"));
    let named = open > 0 && toks[open - 1].capitalised();
    let plain = inside
        .iter()
        .all(|t| t.word && !t.digit && !with_lower(t.text, is_past));
    (opener && named && plain).then_some(open)
}

/// Does token `i`, between a trigger and the figure after it, open a clause of the figure's own, so
/// that the trigger governs another? A past verb ("who died three months ago, had won 56 of his 61
/// fights"), or "that" after a verb ("a poll released in August found that 74 percent"). Not a
/// verb that links the trigger to the figure ("the death toll rose to 12", "reached 40"), a word
/// after a number (its unit: "3.1 trillion won"), one after a determiner (an adjective: "sold for
/// a reported $30 million"), nor "that" after a noun ("a company that makes servers, for $334
/// million").
fn opens_own_clause(rules: &Rules, toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    if !t.word || t.digit {
        return false;
    }
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    if t.text.eq_ignore_ascii_case("that") {
        return prev
            .is_some_and(|p| p.marks.has(WordMarks::SPEECH_VERB) || with_lower(p.text, is_past));
    }
    with_lower(t.text, is_past)
        && !links(rules, toks, i)
        && !prev.is_some_and(Token::is_number)
        && !after_determiner(toks, i)
}

/// The preposition of place or circumstance that takes the figure at token `before`, a
/// determiner between ("in the four worst-hit districts", "across 12 provinces", "during two
/// raids"), if one does.
fn place_before(toks: &[Token], before: usize) -> Option<usize> {
    let is_any = |t: &Token, words: &[&str]| words.iter().any(|w| t.text.eq_ignore_ascii_case(w));
    let mut p = before.checked_sub(1)?;
    if is_any(
        &toks[p],
        &["the", "its", "their", "his", "her", "these", "those"],
    ) {
        p = p.checked_sub(1)?;
    }
    is_any(
        &toks[p],
        &[
            "in",
            "across",
            "during",
            "through",
            "into",
            "throughout",
            "among",
        ],
    )
    .then_some(p)
}

/// Is the verb at token `i` that of a relative clause ("that struck western Nepal") inside a
/// subject whose own verb, after it and before the figure at `before`, links it to the figure
/// ("The death toll from an earthquake that struck western Nepal rose to 112")?
/// Or is it a word of the phrase after a toll that is such a subject ("The death toll from a
/// crowd crush at a temple fair rose to 38")?
fn relative_in_subject(rules: &Rules, toks: &[Token], i: usize, before: usize) -> bool {
    let after_toll = || {
        toks[..i].iter().rev().take(12).enumerate().any(|(n, t)| {
            is_toll(t)
                && toks
                    .get(i - n)
                    .is_some_and(|p| matches!(p.text, "from" | "in" | "at" | "of"))
        })
    };
    // (the verb that links first: most triggers have none after them)
    i > 0
        && (i + 1..before).any(|j| toks[j].word && !toks[j].digit && links(rules, toks, j))
        && (matches!(toks[i - 1].text, "that" | "which" | "who") || after_toll())
}

/// Is this (lower-case) word a past form: "won", "hired" (not "go", "during", "according")?
pub(super) fn is_past(lower: &str) -> bool {
    // irregular simple pasts that are no participle as well
    static PAST: WordList = WordList::new(&[
        "took", "made", "went", "came", "gave", "fled", "fell", "rose", "began", "saw", "got",
        "ran", "struck", "fought", "thought", "sought", "met", "led", "sat", "broke", "spoke",
        "chose", "wrote", "drove", "drew", "grew", "knew", "threw", "flew", "wore", "hid", "rode",
        "shook", "stole", "woke", "became",
    ]);
    // ("Texas-based", "state-owned": adjectives)
    PAST.contains(lower)
        || PARTICIPLES.contains(lower)
        || lower.ends_with("ed") && is_verbish(lower) && !lower.contains('-')
}

/// Does the verb at token `j` link its subject to a figure ("rose to 12", "reached 40", "stood at
/// 9", "was estimated at $1 million")?
pub(super) fn links(rules: &Rules, toks: &[Token], j: usize) -> bool {
    let word = toks[j].text;
    with_lower(word, is_linking)
        || super::change::is_change_word(rules, word)
        || super::words::word_is(toks, j + 1, "at")
}

/// Is this (lower-case) word a verb that links its subject to a figure by itself ("reached",
/// "stood", "totalled")?
pub(super) fn is_linking(lower: &str) -> bool {
    static LINKING: WordList = WordList::new(&[
        "reached",
        "stood",
        "totaled",
        "totalled",
        "topped",
        "exceeded",
        "passed",
        "neared",
        "approached",
        "numbered",
        "remained",
        "surpassed",
    ]);
    LINKING.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::words::tokens;

    #[test]
    fn determiners_in_any_case_and_nothing_like_them() {
        let rules = Rules::defaults();
        let s = "the THE Another their theirs thee a an as hi his «the» théir";
        let toks = tokens(s, 0..s.len(), &rules.word_marks);
        let found: Vec<&str> = toks
            .iter()
            .filter(|t| is_determiner(t))
            .map(|t| t.text)
            .collect();
        assert_eq!(
            found,
            ["the", "THE", "Another", "their", "a", "an", "his", "the"]
        );
    }

    fn pred(s: &str, figure: &str) -> Option<String> {
        let rules = Rules::defaults();
        let toks = tokens(s, 0..s.len(), &rules.word_marks);
        let at = s.find(figure).unwrap();
        let before = toks.iter().position(|t| t.start >= at).unwrap();
        let after = toks
            .iter()
            .position(|t| t.start >= at + figure.len())
            .unwrap_or(toks.len());
        // (a sum, as extraction tells it by its kind)
        let sum = figure.contains('$');
        predicate(&rules, s, &toks, (before, after), sum).map(|f| f.rule.name.clone())
    }

    #[test]
    fn predicates_forward_then_backward() {
        let s = "A firefight on Saturday left eight Malian soldiers and 28 insurgents dead.";
        assert_eq!(pred(s, "eight Malian soldiers").as_deref(), Some("killed"));
        assert_eq!(pred(s, "28 insurgents").as_deref(), Some("killed"));
        let s = "Around 20 Malian soldiers have been killed and 30 wounded since Wednesday.";
        assert_eq!(
            pred(s, "Around 20 Malian soldiers").as_deref(),
            Some("killed")
        );
        assert_eq!(pred(s, "30").as_deref(), Some("wounded"));
        let s = "MINUSMA recovered 32 prisoners from the MNLA and transported them to a camp.";
        assert_eq!(pred(s, "32 prisoners").as_deref(), Some("released"));
        let s = "the blast killed five, injuring 30 people";
        assert_eq!(pred(s, "30 people").as_deref(), Some("wounded"));
    }

    #[test]
    fn the_object_of_another_verb_takes_no_trigger_from_a_later_clause() {
        let s = "Volunteers distributed 2,000 food parcels to families displaced by the floods.";
        assert_eq!(pred(s, "2,000 food parcels"), None);
        let s =
            "The agency hired 300 workers to clear the debris left by the storm that killed 12.";
        assert_eq!(pred(s, "300 workers"), None);
        // right after the phrase, after a list, or in a clause of its own
        let s = "The hospital treated 30 people injured in the blast.";
        assert_eq!(pred(s, "30 people").as_deref(), Some("wounded"));
        let s = "Officials confirmed 30 people had been killed in the attack.";
        assert_eq!(pred(s, "30 people").as_deref(), Some("killed"));
        let s = "Police estimated 5,000 people fled the town overnight.";
        assert_eq!(pred(s, "5,000 people").as_deref(), Some("displaced"));
        let s = "The clinic received around 50 people with injuries from the collapse.";
        assert_eq!(pred(s, "around 50 people").as_deref(), Some("wounded"));
        let s = "The fire caused more than $1 million in damage to the church.";
        assert_eq!(pred(s, "more than $1 million").as_deref(), Some("damage"));
        let s = "The arson caused a million dollars worth of damage to the church.";
        assert_eq!(pred(s, "a million dollars").as_deref(), Some("damage"));
        let s = "The landslides caused hundreds of people to be evacuated.";
        assert_eq!(pred(s, "hundreds of people").as_deref(), Some("displaced"));
        let s = "The quake left hundreds more injured.";
        assert_eq!(pred(s, "hundreds").as_deref(), Some("wounded"));
        let s = "A poll released in August found that 74 percent of voters agreed.";
        assert_eq!(pred(s, "74 percent"), None);
        let s = "He spent the $30,000 on the sale of the house.";
        assert_eq!(pred(s, "$30,000"), None);
        let s = "The boxer, who died three months ago, had won 56 of his 61 fights.";
        assert_eq!(pred(s, "56"), None);
        let s = "Rebels in Kidal on Monday let go of 32 civil servants they had been holding.";
        assert_eq!(pred(s, "32 civil servants").as_deref(), Some("released"));
        let s = "Damage to the church was estimated at $1 million.";
        assert_eq!(pred(s, "$1 million").as_deref(), Some("damage"));
        let s = "The death toll from the landslide rose to 12 on Tuesday.";
        assert_eq!(pred(s, "12").as_deref(), Some("killed"));
        let s = "AMD will pay $334 million for SeaMicro, including $281 million in cash.";
        assert_eq!(pred(s, "$281 million").as_deref(), Some("paid"));
        let s =
            "His company found the Bolton field, which his family sold for $30 million in 1967.";
        assert_eq!(pred(s, "$30 million").as_deref(), Some("paid"));
        let s = "AMD will acquire SeaMicro, a company that makes servers, for $334 million.";
        assert_eq!(pred(s, "$334 million").as_deref(), Some("paid"));
        let s = "The field was sold for a reported $30 million in 1957.";
        assert_eq!(pred(s, "$30 million").as_deref(), Some("paid"));
        let s = "AMD agreed to buy Ont-based ATI for around $5.4 billion in cash.";
        assert_eq!(pred(s, "around $5.4 billion").as_deref(), Some("paid"));
        let s = "The ambush left four soldiers and 11 gunmen dead.";
        assert_eq!(pred(s, "four soldiers").as_deref(), Some("killed"));
    }

    /// The verb whose object a figure is stands before it: `governing_within` does not look for
    /// it where the trigger stands right before the figure (on the fixtures, at every token).
    #[test]
    fn the_object_verb_stands_before_the_figure() {
        let rules = Rules::defaults();
        for text in crate::fixture_texts() {
            let toks = tokens(&text, 0..text.len(), &rules.word_marks);
            for k in 0..=toks.len() {
                assert!(
                    object_verb(&rules, &toks, k).is_none_or(|v| v < k),
                    "token {k}"
                );
            }
        }
    }
}
