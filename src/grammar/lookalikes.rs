//! Numbers that are not counts: years before a noun, parts of names ("Boeing 737", "category
//! 4"), street and phone numbers, emergency numbers, family sizes, "one" as a pronoun.

use super::change::is_change_word;
use super::words::Token;
use super::words::{word_before, word_before_is, word_is};
use super::{Figure, noun, quantity, time, words};
use crate::claim::{Bound, Kind};
use crate::rules::{Rules, WordMarks};
use crate::text::WordList;

/// Is token `k` (which holds a digit; `s` is the text from it on) a year after a determiner and
/// before a noun it dates ("a 2018 blaze", "the 2004 tsunami"; not "the 2000 soldiers", which
/// `time::stamp` reads as a count)?
pub(super) fn year_before_noun(toks: &[Token], k: usize, s: &str) -> bool {
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
pub(super) fn one_is_pronoun(toks: &[Token], k: usize) -> bool {
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
pub(super) fn is_part_of_period(toks: &[Token], k: usize, p: &quantity::Parsed) -> bool {
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
pub(super) fn is_dated_measure(text: &str, end: usize, p: &quantity::Parsed) -> bool {
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
pub(super) fn spread_over(rules: &Rules, toks: &[Token], k: usize, earlier: &[Figure]) -> bool {
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
pub(super) fn is_family_size(toks: &[Token], k: usize, p: &quantity::Parsed) -> bool {
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
pub(super) fn is_name_number(toks: &[Token], k: usize, p: &quantity::Parsed) -> bool {
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
pub(super) fn is_emergency_number(toks: &[Token], k: usize, p: &quantity::Parsed) -> bool {
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
pub(super) fn is_model_name(text: &str, end: usize, p: &quantity::Parsed) -> bool {
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
pub(super) fn is_model_number(
    text: &str,
    toks: &[Token],
    k: usize,
    end: usize,
    p: &quantity::Parsed,
) -> bool {
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

/// The length of a run of digit groups (`+1 212 555 0199`).
pub(super) fn phone_len(s: &str) -> usize {
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
pub(super) fn is_phone_number(s: &str) -> bool {
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
