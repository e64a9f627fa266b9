//! Figures of one sentence read together: a range from one to another, a proportion ("one in
//! three"), coordinates, lists that share a unit or an age, a change compared with its base, an
//! increment and its total, a part and its whole.

use std::ops::Range;

use super::change::change_before;
use super::words::Token;
use super::{Figure, Out, quantity, time, words};
use crate::claim::{Bound, CompactString, Kind};
use crate::rules::Rules;
use crate::text::WordList;

/// "19.4 N, 155.3 W", "38.3°N 142.4°E": a latitude and a longitude are a place, not two figures
/// (nor newtons and watts).
pub(super) fn coordinates(text: &str, out: &mut Out) {
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
pub(super) fn from_to(
    rules: &Rules,
    text: &str,
    toks: &[Token],
    anchors: &[Range<usize>],
    out: &mut Out,
) {
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
pub(super) fn one_in_n(text: &str, out: &mut Out) {
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
pub(super) fn suspended_hyphens(text: &str, figures: &mut [Figure]) {
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
pub(super) fn ages_in_a_list(text: &str, figures: &mut [Figure]) {
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
pub(super) fn units_in_a_list(text: &str, figures: &mut [Figure]) {
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
pub(super) fn units_compared(text: &str, figures: &mut [Figure]) {
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
pub(super) fn magnitudes(rules: &Rules, text: &str, toks: &[Token], figures: &mut [Figure]) {
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
pub(super) fn increment_and_total(text: &str, figures: &mut [Figure]) {
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
pub(super) fn part_of_whole(text: &str, figures: &mut [Figure]) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
