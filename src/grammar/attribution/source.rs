//! The source of a statement: the noun phrase before its cue ("Army spokesman Souleymane Dembele
//! said"), past an apposition or a relative clause set off by commas and past a time said first,
//! or the one after it ("…, said the mayor", "according to the UN").

use super::super::words::{Token, holds};
use super::cue::{Class, class, digits_comma, is_be, is_cue, lower};
use super::persons::is_title;
use crate::rules::WordMarks;
use crate::text::WordList;

/// The noun phrase that ends just before token `end` (exclusive), read backward: a name, a title,
/// or a description ("a foreign military source", "the United Nations' MINUSMA peacekeeping force").
pub(super) fn source_before(low: &str, toks: &[Token], end: usize) -> Option<(usize, usize)> {
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
pub(super) fn scaled_figure(low: &str, toks: &[Token]) -> bool {
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
pub(super) fn is_weekday(w: &str) -> bool {
    super::super::time::weekday(w).is_ok_and(|(rest, _)| rest.is_empty() || rest == "'s")
}

/// Is the token a dash (the text is normalised: every dash is a hyphen by now)?
pub(super) fn is_dash(t: &Token) -> bool {
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
    super::super::time::opens_with_calendar(t.text)
}

/// "this month", "late August", "Tuesday", "recently": a time, not a source. (Inlined: see
/// `class`.)
#[inline(always)]
pub(super) fn is_time_phrase(low: &str, toks: &[Token]) -> bool {
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
pub(super) fn agent_is_a_time(low: &str, agent: &[Token]) -> bool {
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
pub(super) fn appositive_source(low: &str, toks: &[Token], k: usize) -> Option<(usize, usize)> {
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
pub(super) fn included_before(low: &str, toks: &[Token], k: usize) -> Option<usize> {
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
pub(super) fn before_time(low: &str, toks: &[Token], end: usize) -> Option<(usize, usize)> {
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
    if a + 1 == end && toks[a].capitalised() && super::super::time::weekday(toks[a].text).is_err() {
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
pub(super) fn sentence_subject(low: &str, toks: &[Token], k: usize) -> Option<(usize, usize)> {
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
        if lower_case && i > start && super::super::noun::past_before_object(toks, i) {
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
pub(super) fn source_after(low: &str, toks: &[Token], start: usize) -> Option<(usize, usize)> {
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
pub(super) fn no_number(source: &[Token]) -> bool {
    !source.iter().any(|t| t.digit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::words::tokens;
    use crate::rules::Rules;

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
                crate::grammar::time::opens_with_calendar(t.text),
                "{}",
                t.text
            );
        }
    }
}
