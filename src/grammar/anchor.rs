//! The time frame of a figure: the anchor nearest to it in its sentence (`nearest_anchor`),
//! but not one that frames another figure, counts from another event, dates a named event or
//! closes a quotation the figure is not in; "since" widened to its clause.

use std::ops::Range;

/// An anchor widened back to the "since" whose clause it ends, which makes a running total of a
/// figure outside that clause: "40 people have died since the boat went down on Thursday" (a
/// clause of at most eight words, unbroken by a comma). A figure in the clause keeps its day
/// ("since 40 people died on Thursday").
pub(super) fn since_clause(text: &str, anchor: Range<usize>, figure: usize) -> Range<usize> {
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
    // (nor one in a clause that tells of what the anchor dates: "the worst since Hurricane
    // Damián in 2017, which killed 31 people")
    let tells_of_it = text.get(anchor.end..figure).is_some_and(|gap| {
        gap.strip_prefix(", which ")
            .or_else(|| gap.strip_prefix(", when "))
            .is_some_and(|clause| !clause.contains(','))
    });
    if opens_word
        && plain
        && clause.split(' ').count() <= 10
        && !(since..anchor.start).contains(&figure)
        && !tells_of_it
    {
        since..anchor.end
    } else {
        anchor
    }
}

/// An anchor "since <date>" cut to its date where the figure, at byte `figure`, stands in the
/// "when" clause that follows it: "the worst since 2023, when 57 people died" dates the 57 to 2023,
/// where the others since then are counted from it.
pub(super) fn when_of_since(text: &str, anchor: Range<usize>, figure: usize) -> Range<usize> {
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
pub(super) fn nearest_anchor(
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
                            .is_some_and(|c| a.end <= c && !dates_antecedent(text, a, c, start)))
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
/// of, for the figure at byte `start` in it? Either the year opens the name, and only the name
/// stands between ("the 2017 Thomas Fire, which burned 282,000 acres"), or "in" and the year close
/// the noun's phrase right before the comma and the clause's verb, in the past, takes the figure
/// ("since Hurricane Damián in 2017, which killed 31 people"; not "released in 2005, which told
/// the story between the 1930s and the nineteen fifties", nor "in 2010, which employs 5,000").
fn dates_antecedent(text: &str, a: &Range<usize>, comma: usize, start: usize) -> bool {
    let year = |s: &str| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
    let (Some(anchor), Some(between)) = (text.get(a.clone()), text.get(a.end..comma)) else {
        return false;
    };
    // (a verb in the past, which tells of the event: not "in 2010, which employs 5,000 people")
    let verb_takes_it = text
        .get(comma..start)
        .and_then(|clause| clause.strip_prefix(", which "))
        .map(str::trim_end)
        .is_some_and(|verb| {
            !verb.contains(' ') && super::words::with_lower(verb, super::predicate::is_past)
        });
    year(anchor) && !between.contains(',') && between.split_whitespace().count() <= 4
        || anchor.strip_prefix("in ").is_some_and(year)
            && between.trim().is_empty()
            && verb_takes_it
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
pub(super) fn in_relative_clause(text: &str, start: usize) -> bool {
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
    use super::*;

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
}
