//! What a figure counts and what happened to it: the counted thing after it or elsewhere in
//! the sentence ("of whom 12 were children"), the predicate's trigger around it, and the words
//! that turn a count into a measure.

use std::ops::Range;

use super::anchor::{nearest_anchor, since_clause, when_of_since};
use super::change::{change_by_ellipsis, change_noun_after, is_change_word};
use super::place::{place_after, place_opening, reference_place};
use super::predicate::{self, governing};
use super::subject::{
    changed_thing, common_noun, copula_subject, cost_subject, held_by, holder_before,
    number_of_subject, worth_subject,
};
use super::words::{Token, singular, word_before_is, word_is};
use super::{Figure, Out, noun, quantity, words};
use crate::claim::{Bound, CompactString, Kind};
use crate::rules::Rules;
use crate::text::WordList;

/// The word after "in" at token `next`, where the rules know it (in the lower case) as a counted
/// thing: "$281 million in cash", "$5 million in aid", not "$5 million in March" or "in Texas",
/// nor "in cash and stock", which is all of the sum. The sum may be said to be paid so first:
/// "$281 million will be paid in cash", "$53 million is in stock".
fn money_in<'t, 'a>(rules: &Rules, toks: &'t [Token<'a>], next: usize) -> Option<&'t Token<'a>> {
    let next = next
        + toks
            .get(next..)
            .unwrap_or_default()
            .iter()
            .take(4)
            .take_while(|t| PAID_AS.contains(t.text))
            .count();
    let known = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.word
                && !t.digit
                && t.text
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_lowercase())
                && rules
                    .entities
                    .contains_key(words::singular_any_case(t.text).as_str())
        })
    };
    let both = (word_is(toks, next + 2, "and") || word_is(toks, next + 2, "or")) && known(next + 3);
    (word_is(toks, next, "in") && known(next + 1) && !both).then(|| &toks[next + 1])
}

/// The words between a sum and the "in" of what it is paid as ("will be paid in cash").
static PAID_AS: WordList = WordList::new(&[
    "will", "would", "be", "been", "is", "was", "are", "were", "paid", "payable",
]);

/// Finds what the figure at tokens `k..next` (ending at byte `end`) counts, what happened to it,
/// when, and its change, and adds it to the sentence's figures before it, `out`; returns the token
/// after its phrase. (The figure is large: it is put together where it is kept, not returned and
/// copied there.) `change_word` is the change word right before it (`change_before`), which the
/// caller has read already.
#[allow(clippy::too_many_arguments)]
pub(super) fn describe(
    rules: &Rules,
    text: &str,
    toks: &[Token],
    (k, next, end): (usize, usize, usize),
    mut p: quantity::Parsed,
    compound: bool,
    change_word: Option<crate::claim::Change>,
    anchors: &[Range<usize>],
    out: &mut Out,
) -> usize {
    let earlier = out.sentence();
    let start = toks[k].start;
    let mut kind = p.kind;
    let plus = p.plus;
    // "12 more bodies", "five more people", "500 additional troops", "two further deaths", and
    // "three new deaths" (new events: "five new seasons" are seasons that are new): a count of
    // more of something is a rise, an increment never set against a running total, and the noun
    // phrase starts after the word ("12 more than last year" is no such count)
    let new_events = || {
        word_is(toks, next, "new")
            && toks
                .get(next + 1)
                .is_some_and(|t| rules.predicates.longest(&text[t.start..]).is_some())
    };
    let more = kind == Kind::Count
        && (word_is(toks, next, "more")
            || word_is(toks, next, "additional")
            || word_is(toks, next, "further")
            || new_events())
        && toks.get(next + 1).is_some_and(|t| {
            // ("two more days" is a span of time, not a count of days)
            t.word && !t.digit && rules.units.longest_at(text, t.start).is_none()
        })
        && !word_is(toks, next + 1, "than");
    // the counted noun phrase: after the figure ("eight Malian soldiers"), after "more", through
    // a hyphenated word ("nine-month occupation"), or before a vague amount ("demonstrators in
    // their hundreds")
    let np_from = if compound && text[end..].starts_with('-') {
        skip_hyphen(toks, next)
    } else if more {
        next + 1
    } else {
        next
    };
    let plural = match (p.quantity.value, p.quantity.bound) {
        (Some(v), crate::claim::Bound::Exact) => Some(v != 1.0),
        (_, crate::claim::Bound::Vague | crate::claim::Bound::Range) => Some(true),
        (Some(v), _) => Some(v > 1.0),
        _ => None,
    };
    // "a nine-month occupation", "a 6.1-magnitude quake": a figure with its unit describes one thing
    let plural = if compound || p.unit.is_some() && kind != Kind::Count {
        Some(false)
    } else {
        plural
    };
    // "110m tall": a measure's dimension is not a counted thing; nor is what follows a unit in
    // the plural ("5 minutes late", "40 metres taller"), except through "of"
    let counted = if plural_unit_at(rules, toks, next, &p) && !word_is(toks, np_from, "of") {
        None
    } else {
        // (a unit's figure describes one thing, but through "of" it measures things, whose
        // plural heads the phrase: "12 tonnes of medical supplies", "50 percent of severe cases")
        let through_of = !compound && word_is(toks, np_from, "of");
        // ("one of his fellow undergraduates": the part of a whole counts that whole's plural)
        let one_of = p.quantity.value == Some(1.0);
        let agrees = if through_of && (kind != Kind::Count || one_of) {
            Some(true)
        } else {
            plural
        };
        noun::counted_phrase(rules, text, toks, np_from, true, agrees)
            .filter(|(c, _)| !(p.unit.is_some() && is_dimension_word(&text[c.clone()])))
    };
    // "2340 GMT": four digits of a clock before the name of a time zone tell the time
    let mut zone_end = None;
    let counted = match counted {
        Some((c, _))
            if kind == Kind::Count && is_zone(&text[c.clone()]) && hhmm(&text[start..end]) =>
        {
            kind = Kind::Time;
            zone_end = Some(c.end);
            None
        }
        other => other,
    };
    let mut span_end = zone_end.unwrap_or(end);
    let mut after = next;
    let mut entity = None;
    let mut entity_text = None;
    // where the counted phrase's last word starts in it
    let mut last_at = 0;
    if let Some((c, head)) = &counted {
        let np = &text[c.clone()];
        last_at = last_word_start(text, c, &toks[*head]);
        let had_unit = p.unit.is_some();
        p.unit_from_last_word(rules, np, last_at);
        kind = p.kind;
        span_end = c.end;
        // (the phrase ends with its head's token)
        after = head + 1;
        // "a few days": a unit by itself is the figure's unit, as in "three days", not a thing
        if had_unit || p.unit.is_none() || np.contains(' ') {
            entity = Some(entity_phrase_at(np, last_at));
            entity_text = Some(CompactString::from(np));
        }
        // "3,000 tests a day", "12 flights per week": a count per span of time is a rate, not a
        // total (its unit is `/day`)
        if p.kind == Kind::Count
            && p.unit.is_none()
            && let Some((n, per)) = quantity::rate(rules, &text[c.end..])
            && rules.dimension(&per).as_deref() == Some("duration")
            // "30 people a day after the attack": a time anchor, not a rate
            && !anchors.iter().any(|a| a.start < c.end + n && c.end < a.end)
        {
            p.unit = Some(CompactString::from(format!("/{per}")));
            span_end = c.end + n;
            after = toks.partition_point(|x| x.start < span_end);
        }
    }
    // "a six-cylinder engine", "a three-member panel": the word joined to the figure is what it
    // counts; the noun after it is what has them
    let joined = compound_noun(text, end, &p);
    if let Some(word) = joined {
        entity = Some(words::singular_any_case(word).into());
        entity_text = Some(CompactString::from(word));
        if counted.is_none() {
            span_end = end + 1 + word.len();
        }
    }
    // "$281 million in cash", "$5 million in aid": what a sum is paid or given as, where the
    // rules know it as a counted thing
    let paid_as = (counted.is_none() && joined.is_none() && kind == Kind::Money)
        .then(|| money_in(rules, toks, next))
        .flatten();
    if let Some(t) = paid_as {
        entity = Some(words::singular_any_case(t.text).into());
        entity_text = Some(CompactString::from(t.text));
    }
    // (the predicate of a trigger in "the number of" things' phrase, if any)
    let mut subject_predicate = None;
    if counted.is_none()
        && joined.is_none()
        && paid_as.is_none()
        && let Some((e, written)) = counted_elsewhere(rules, text, toks, k, next, &p, plural)
    {
        entity = Some(e);
        entity_text = Some(written);
    } else if counted.is_none()
        && joined.is_none()
        && p.kind == Kind::Count
        && let Some(n) = number_of_subject(rules, text, toks, k, plural)
    {
        entity = Some(n.entity);
        entity_text = Some(n.written);
        subject_predicate = n.predicate;
    }
    // "Inflation slowed to 7.2%", "raised its benchmark rate by 50 basis points to 4.75%": what
    // a rate or a sum after a change verb measures is the verb's subject, or its object
    if entity.is_none()
        && counted.is_none()
        && joined.is_none()
        && paid_as.is_none()
        && matches!(kind, Kind::Percent | Kind::Money)
        && let Some(np) = changed_thing(rules, toks, k, kind)
    {
        let written = &text[np];
        entity = Some(entity_phrase(written));
        entity_text = Some(CompactString::from(written));
    }
    // "slowed to 7.2% in May from 7.9% in April", "by 50 basis points to 4.75%": the rate or sum
    // a change is from, or to after its size, measures what the other does
    if entity.is_none()
        && matches!(kind, Kind::Percent | Kind::Money)
        && let Some(prev) = earlier.last()
        && prev.kind == kind
        && prev.entity.is_some()
        && k > prev.next_tok
        && (word_before_is(toks, k, 1, "to") && prev.next_tok + 1 == k
            || (word_before_is(toks, k, 1, "from") || compared_with(toks, k))
                && k - 1 - prev.next_tok <= 3
                && toks[prev.next_tok..k - 1].iter().all(|t| t.word))
    {
        entity = prev.entity.clone();
        entity_text = prev.entity_text.clone();
    }
    // "a storm surge of up to 5 metres", "at a depth of 10 km": a physical measure of the noun
    // before "of"
    if entity.is_none()
        && counted.is_none()
        && joined.is_none()
        && kind == Kind::Measure
        && p.physical
        && !matches!(p.unit.as_deref(), Some("year-old" | "magnitude"))
        && let Some(w) = noun_before_of(rules, toks, k)
    {
        entity = Some(words::singular_any_case(w).into());
        entity_text = Some(CompactString::from(w));
    }
    // "a 7-km (4.3-mile) exclusion zone", "242 millimetres (9.5 inches) of rain": a measure with
    // its conversion in brackets between it and its noun measures that noun (as "a 7-km
    // exclusion zone" and "242 millimetres of rain" do)
    if entity.is_none()
        && counted.is_none()
        && kind == Kind::Measure
        && let Some(np) = noun_past_conversion(rules, text, toks, next, compound)
    {
        let (c, head) = np;
        let written = &text[c.clone()];
        entity = Some(entity_phrase_at(
            written,
            last_word_start(text, &c, &toks[head]),
        ));
        entity_text = Some(CompactString::from(written));
    }
    // (a physical measure in a unit of length)
    let length = kind == Kind::Measure
        && p.physical
        && p.unit
            .as_deref()
            .and_then(|u| rules.unit(u))
            .is_some_and(|u| u.dimension == "length");
    // "35 km deep", "47 feet (14 metres) deep", "nine kilometres into the sky": a length told by
    // its dimension measures that dimension, as "at a depth of 10 km" does
    if entity.is_none()
        && counted.is_none()
        && joined.is_none()
        && length
        && let Some(dimension) = dimension_after(toks, next).or_else(|| dimension_hedge(toks, k))
        && !after_a_motion(toks, k)
    {
        entity = Some(CompactString::const_new(dimension));
        entity_text = Some(CompactString::const_new(dimension));
    }
    // "1.45 metres above the danger mark …, up from 1.2 metres a day earlier", "38 cm above …,
    // down from a peak of 1.52 metres", "224 mm of rain … and another 131 mm": the level a
    // change is told from, or more of the same, measures what the sentence's last measure before
    // it does
    if entity.is_none()
        && counted.is_none()
        && kind == Kind::Measure
        && p.physical
        && (level_before_a_change(toks, k) || word_before_is(toks, k, 1, "another"))
        && let Some(prev) = earlier.iter().rev().find(|f| f.kind == Kind::Measure)
        && prev.entity.is_some()
        && same_dimension(rules, prev, &p)
    {
        entity = prev.entity.clone();
        entity_text = prev.entity_text.clone();
    }
    // the figure sits inside a time anchor ("in the last 24 hours") or says when ("died three
    // months ago"): it states a time, not what the sentence counts, so it takes no predicate
    let ago = toks
        .get(after)
        .is_some_and(|t| t.text.eq_ignore_ascii_case("ago"));
    let time_frame = ago || anchors.iter().any(|a| a.start < start && end <= a.end);
    if time_frame && !kind.is_figure() {
        kind = Kind::Time;
    }
    let mut predicate = None;
    // (whether the predicate's trigger stands right after the phrase or before the figure: the
    // figure's own, not a verb further on)
    let mut own_trigger = false;
    // (and whether it stands right after the phrase: "35 of the 148 wagons derailed")
    let mut right_after_phrase = false;
    // a physical measure takes no predicate (`quantity::is_physical`), nor does a count joined to
    // its noun, which tells what the thing after it has: "were evacuated from the 24-storey block"
    // (but people are what a group of them has: "The six-member crew was killed")
    let physical = kind == Kind::Measure && p.physical;
    let attribute = joined.is_some_and(|w| {
        !words::with_lower(w, |w| {
            matches!(w, "person" | "member" | "man" | "woman" | "strong")
        })
    });
    if kind.is_figure() && !time_frame && !physical && !attribute {
        let first = k;
        // (where a place lies is said of a length only: "500 families live north of the river")
        if let Some(found) =
            predicate::predicate(rules, text, toks, (first, after), kind == Kind::Money)
                .filter(|f| f.rule.name != "location" && f.rule.fits(kind))
        {
            let right_after = toks.get(after).is_some_and(|t| t.start == found.start);
            right_after_phrase = right_after;
            // (before the figure, right after its phrase, or inside it: "12 injured soldiers")
            own_trigger = right_after
                || found.start < start
                || toks.get(after).is_none_or(|t| found.start < t.start);
            match &found.rule.role {
                Some(role) if right_after => {
                    entity = Some(CompactString::from(role));
                    let governing = governing(rules, text, toks, (first, kind == Kind::Money));
                    predicate = Some(CompactString::from(
                        governing.map_or(&found.rule.name, |g| &g.rule.name),
                    ));
                }
                _ => predicate = Some(CompactString::from(&found.rule.name)),
            }
        }
        if predicate.is_none() {
            predicate = subject_predicate;
        }
        // "seized $5 million worth of cocaine": what befalls people (their default counted thing)
        // does not befall money
        if kind == Kind::Money
            && predicate
                .as_ref()
                .and_then(|name| rules.file.predicates.get(name.as_str()))
                .is_some_and(|p| p.default_entity.as_deref() == Some("person"))
        {
            predicate = None;
        }
        // "released 32 civil servants taken hostage": a role right after the counted thing names
        // what it counts, whichever verb governs the figure
        if counted.is_some()
            && let Some((found, _)) = noun::trigger_at(rules, text, toks, after)
            && let Some(role) = &found.rule.role
        {
            entity = Some(CompactString::from(role));
            predicate.get_or_insert_with(|| CompactString::from(&found.rule.name));
        }
        // a head noun that is itself a trigger ("57 deaths", "32 hostages"). One with no role names
        // the event itself, whatever verb governs the count ("12 bodies were recovered",
        // "recovered 12 bodies": the dead); one with a role names a state that the verb may end
        // ("32 hostages were freed")
        if let Some((c, _)) = &counted
            && let Some((n, rule)) = rules.predicates.longest(&text[c.start + last_at..c.end])
            && n > 0
            && rule.fits(kind)
        {
            if predicate.is_none() || rule.role.is_none() && kind == Kind::Count {
                predicate = Some(CompactString::from(&rule.name));
            }
            if let Some(role) = &rule.role {
                entity = Some(CompactString::from(role));
            }
        }
        // ellipsis: "20 killed and 30 wounded" counts the same thing twice
        if entity.is_none()
            && predicate.is_some()
            && kind == Kind::Count
            && let Some(prev) = earlier
                .iter()
                .rev()
                .find(|f| f.kind == Kind::Count && f.entity.is_some())
            && k.saturating_sub(prev.next_tok) <= 6
            && counts_the_same(toks, prev, k)
        {
            entity = prev.entity.clone();
            entity_text = prev.entity_text.clone();
        }
        // "Forty migrants were on board. Eleven of them were found dead": the part of "them"
        // counts what the last count of this sentence or the one before did
        if entity.is_none()
            && kind == Kind::Count
            && word_is(toks, next, "of")
            && (word_is(toks, next + 1, "them") || word_is(toks, next + 1, "those"))
            && let Some(prev) = out.figures.iter().rev().find(|f| f.kind == Kind::Count)
            // (not a headline's words in title case: "Charged With Two Counts Of Murder")
            && prev
                .entity_text
                .as_ref()
                .is_some_and(|e| e.starts_with(|c: char| c.is_lowercase()))
            && prev.span.end <= start
            && text
                .get(prev.span.end..start)
                .is_some_and(|gap| sentence_ends(gap) <= 1)
        {
            entity = prev.entity.clone();
            entity_text = prev.entity_text.clone();
        }
        // "14 of the 23 miners were rescued", "35 of the 148 wagons derailed": what the verb
        // after them says befell the part is not said of the whole ("Three of the 12 people
        // killed were children": a participle right after the whole, before the clause's verb,
        // is the whole's)
        // (the clause's verb may come after a phrase or an aside: "Two of the 30 people hurt,
        // including a child, are in critical condition"; not after "and", which opens a clause
        // of its own: "35 of the 148 wagons derailed and investigators were sent")
        let participle = || {
            toks.get(after + 1..).is_some_and(|rest| {
                rest.iter()
                    .take(12)
                    .take_while(|t| {
                        !matches!(t.text, "." | ";" | ":" | "and" | "but" | "while" | "as")
                    })
                    .any(predicate::finite)
            })
        };
        if predicate.is_some()
            && (!own_trigger || right_after_phrase && !participle())
            && kind == Kind::Count
            && let Some(part) = count_just_before(earlier, k, 3)
            && word_is(toks, part.next_tok, "of")
            && part.predicate == predicate
        {
            predicate = None;
        }
        // "about 62,000 people in Germany and around 110,000 worldwide": a bare count joined by
        // "and" to a count a few words before counts the same thing
        if entity.is_none()
            && predicate.is_none()
            && kind == Kind::Count
            && let Some(prev) = count_just_before(earlier, k, 4)
            && prev.entity.is_some()
            && prev.predicate.is_none()
            && toks[prev.next_tok..k].iter().any(|t| t.text == "and")
            && toks
                .get(after)
                .is_none_or(|t| !t.word || !t.capitalised() && !t.text.eq_ignore_ascii_case("of"))
        {
            entity = prev.entity.clone();
            entity_text = prev.entity_text.clone();
        }
        // "police put the turnout at 18,000, while the union claimed 120,000": a bare count
        // that another source gives, in a clause set against the last, counts what that one did
        if entity.is_none()
            && predicate.is_none()
            && kind == Kind::Count
            && k > 0
            && words::with_lower(toks[k - 1].text, |w| {
                matches!(
                    w,
                    "claimed" | "claims" | "said" | "says" | "estimated" | "estimates" | "counted"
                        | "reported" | "gave"
                )
            })
            && let Some(prev) = earlier.last()
            && prev.kind == Kind::Count
            && (prev.entity.is_some() || prev.predicate.is_some())
            && k > prev.next_tok
            && k - prev.next_tok <= 14
            && toks[prev.next_tok..k].iter().any(|t| {
                words::with_lower(t.text, |w| matches!(w, "while" | "whereas" | "but"))
            })
            && !toks[prev.next_tok..k].iter().any(|t| t.text == "." || t.is_number())
            // (not a figure with a clause of its own: "officials said 3 were unrelated")
            && !toks.get(after).is_some_and(|t| {
                words::with_lower(t.text, |w| {
                    matches!(
                        w,
                        "were" | "was" | "are" | "is" | "had" | "have" | "has" | "would" | "will"
                    )
                })
            })
        {
            entity = prev.entity.clone();
            entity_text = prev.entity_text.clone();
            predicate = prev.predicate.clone();
        }
        // "about 38 seats, down from 71", "1.2 million votes against 1.37 million": the figure
        // a count is compared with counts the same thing, for the same event
        if entity.is_none()
            && kind == Kind::Count
            && compared_with(toks, k)
            && let Some(prev) = count_just_before(earlier, k, 8)
            && prev.entity.is_some()
        {
            entity = prev.entity.clone();
            entity_text = prev.entity_text.clone();
            if predicate.is_none() {
                predicate = prev.predicate.clone();
            }
        }
        // "rescued 46 people, including eight children": a part of a count, set off after it,
        // befell what the count did
        if predicate.is_none()
            && kind == Kind::Count
            && (word_before_is(toks, k, 1, "including") || word_before_is(toks, k, 1, "among"))
            && let Some(prev) = count_just_before(earlier, k, 3)
            && prev.predicate.is_some()
        {
            predicate = prev.predicate.clone();
        }
        // "abducted 137 people (129 students and eight staff)", "killed 38 - 32 in Myagdi and six
        // in Baglung": the parts of a count set off in brackets or dashes right after it befell
        // what it did
        if predicate.is_none()
            && kind == Kind::Count
            && k > 0
            && let Some(prev) = count_just_before(earlier, k, 1)
            && prev.predicate.is_some()
            && (opens_aside(toks, k)
                // (and the next part: "(129 students and eight staff)")
                || word_is(toks, k - 1, "and")
                    && opens_aside(toks, toks.partition_point(|t| t.start < prev.span.start)))
        {
            predicate = prev.predicate.clone();
        }
        // "57 deaths", "41 arrests": a counted noun that is itself the predicate's trigger
        // names the event, and counts what the predicate's default stands for (people), as "57
        // people were killed" does
        if kind == Kind::Count
            && let (Some(name), Some(written)) = (predicate.as_deref(), entity_text.as_deref())
            && rules.predicates.longest(written).is_some_and(|(n, rule)| {
                n == written.len()
                    && rule.name == name
                    && rule.role.is_none()
                    && rule.default_entity.is_some()
            })
        {
            entity = None;
        }
        // what a sale or a deal cost someone is what was paid: "The deal cost AMD $334 million",
        // "the takeover will cost the group $5 billion" (not "the flood cost the state $2
        // billion", or "the new model costs $1,199": other things cost other sums)
        if kind == Kind::Money
            && predicate.is_none()
            && let Some(h) = cost_subject(toks, k)
            && let Some((found, next)) = noun::trigger_at(rules, text, toks, h)
            && next == h + 1
            && found.rule.fits(kind)
            && found.rule.role.is_none()
        {
            predicate = Some(CompactString::from(&found.rule.name));
        }
        // a sum that a deal is, or is worth, is what was paid ("a $334 million deal", "the deal
        // could be up to $180 million"): it counts nothing of its own
        if kind == Kind::Money
            && let Some(written) = entity_text.as_deref()
            && let Some((n, rule)) = rules.predicates.longest(written)
            && n == written.len()
            && rule.money_only
            && predicate.as_deref().is_none_or(|name| name == rule.name)
        {
            predicate = Some(CompactString::from(&rule.name));
            entity = None;
        }
        // "five were killed" counts people: the predicate's default, from the rules; but "more
        // than 40,000 employees are out; according to the company, roughly 26,000 were on
        // strike": a bare count in the clause after a semicolon counts what the count just
        // before it did, where that is of the kind the predicate counts by default ("Five people
        // died; 20 were injured", not "lost 12 tanks; 300 were killed")
        if entity.is_none()
            && kind == Kind::Count
            && let Some(d) = predicate
                .as_ref()
                .and_then(|name| rules.file.predicates.get(name.as_str()))
                .and_then(|p| p.default_entity.as_deref())
        {
            let before_semicolon = count_just_before(earlier, k, 8).filter(|prev| {
                toks[prev.next_tok..k].iter().any(|t| t.text == ";")
                    && prev.entity.as_deref().is_some_and(|counted| {
                        let canonical = rules.entity(counted);
                        canonical == d || rules.parents.get(&canonical).is_some_and(|p| p == d)
                    })
            });
            match before_semicolon {
                Some(prev) => {
                    entity = prev.entity.clone();
                    entity_text = prev.entity_text.clone();
                }
                None => entity = Some(CompactString::from(d)),
            }
        }
    }
    // a physical measure takes none but a length one right after it (`length`), past a
    // conversion: "120 km (75 miles) south of the capital" says where a place lies (not how far
    // someone went: "the rebels advanced 20 km north of Kidal")
    // "within about 200 metres of the section", "within 10 km of the border": how near to what
    // "of" names, not a length of it
    if length && word_before_is(toks, k, 1, "within") && word_is(toks, next, "of") {
        entity = None;
        entity_text = None;
        span_end = end;
        after = next;
        predicate = Some(CompactString::const_new("location"));
    } else if length && !after_a_motion(toks, k) {
        predicate = trigger_after_measure(rules, text, toks, after);
    }
    let time = nearest_anchor(text, anchors, start, span_end).map(|a| {
        CompactString::from(&text[when_of_since(text, since_clause(text, a, start), start)])
    });
    let place = if predicate.as_deref() == Some("location") {
        // (where a place lies is told from another place: "75 km west of Manokwari" and "2,955
        // km east of Jakarta" are two distances, not one)
        reference_place(toks, after)
    } else {
        None
    };
    let place = place
        .or_else(|| place_after(toks, after))
        .or_else(|| place_opening(toks, k));
    // "towers rise 120 feet above the river" states a height, not a change
    let dimension =
        kind == Kind::Measure && toks.get(next).is_some_and(|t| is_dimension_word(t.text));
    // "fell around 4,000 years ago": a time, not a fall of 4,000 years
    let dimension = dimension || ago;
    // ("three more weeks of strikes": more of a span, read past "more" with its unit)
    let more_time =
        kind == Kind::Duration && text.get(start..end).is_some_and(|t| t.contains(" more "));
    // "another 20 people were killed": more of them, an increment like "20 more people" (of a
    // count only: "install another 3.4 gigawatts" states a level, as NewsQuant reads it)
    // (not another kind of them: "Three people were killed and another 12 were injured")
    let another = kind == Kind::Count
        && !compound
        && word_before_is(toks, k, 1, "another")
        && !word_before_is(toks, k, 2, "one")
        && earlier
            .iter()
            .rev()
            .find(|f| f.kind == Kind::Count)
            .is_none_or(|f| f.predicate == predicate);
    let change = if plus || more && counted.is_some() || more_time || another {
        Some(crate::claim::Change::Up)
    } else if dimension || predicate.as_deref() == Some("location") {
        // ("sank 30 nautical miles south of the island" says where, not how far it fell)
        None
    } else {
        change_word
            .or_else(|| change_noun_after(rules, toks, k, next))
            .or_else(|| change_by_ellipsis(toks, k, kind, counted.is_some(), earlier))
    };
    // "Doug McDermott scored 23 points": a measure of nothing named is the named subject's
    // (not an age or a number of times: "Dies at 75", "Friday 60-year-old"; nor a length or a
    // weight, which is compared without: "the village lies 35 km from Manokwari")
    let of_someone = !p.physical && !matches!(p.unit.as_deref(), Some("year-old" | "x"));
    let holder = (kind == Kind::Measure && entity.is_none() && predicate.is_none() && of_someone)
        .then(|| holder_before(toks, k))
        .flatten()
        .or_else(|| held_by(rules, toks, k, entity.as_deref()?, earlier))
        .map(CompactString::from);
    out.push(Figure {
        span: start..span_end,
        parsed: Some(p),
        kind,
        entity,
        entity_text,
        predicate,
        time,
        place,
        holder,
        change,
        next_tok: after,
    });
    after
}

/// The noun a measure at token `k` is told of after "of": "a storm surge of up to 5 metres",
/// "rainfall of 250 to 500 mm", "sustained winds of 230 km/h", "at a depth of 10 km" (not a word
/// for a sum, a change or an extreme: "a total of 40 km", "a rise of 2 metres", "a peak of 45C").
fn noun_before_of<'t>(rules: &Rules, toks: &[Token<'t>], k: usize) -> Option<&'t str> {
    let noun = k.checked_sub(2)?;
    let plain = word_is(toks, k - 1, "of")
        && common_noun(toks, noun)
        && !words::with_lower(toks[noun].text, |w| {
            is_change_word(rules, w)
                || matches!(
                    w,
                    "rise"
                        | "fall"
                        | "drop"
                        | "loss"
                        | "gain"
                        | "increase"
                        | "decrease"
                        | "peak"
                        | "record"
                        | "high"
                        | "low"
                        | "maximum"
                        | "minimum"
                        | "average"
                )
        });
    plain.then_some(toks[noun].text)
}

/// Is this token "one-off" or "one-time", in any case?
pub(super) fn once_only(token: &str) -> bool {
    token.len() >= 7
        && (token.eq_ignore_ascii_case("one-off") || token.eq_ignore_ascii_case("one-time"))
}

/// Is this word the name of a time zone: "GMT", "UTC"?
fn is_zone(word: &str) -> bool {
    matches!(
        word,
        "GMT" | "UTC" | "EST" | "EDT" | "CET" | "BST" | "PST" | "PDT"
    )
}

/// Are these four digits of a 24-hour clock ("2340", "0915")?
fn hhmm(digits: &str) -> bool {
    let b = digits.as_bytes();
    b.len() == 4
        && b.iter().all(u8::is_ascii_digit)
        && (b[0] - b'0') * 10 + (b[1] - b'0') < 24
        && b[2] < b'6'
}

/// May the figure at token `k`, with a predicate and no counted thing, count what the count
/// `prev` before it counts? Where that one befell something too ("20 killed and 30 wounded"), or
/// is set off by "and" or a comma ("Of the 40 passengers, 12 died"); not where it does what befell
/// this one ("Three suicide bombers killed 40").
fn counts_the_same(toks: &[Token], prev: &Figure, k: usize) -> bool {
    prev.predicate.is_some()
        || toks
            .get(prev.next_tok..k)
            .is_some_and(|between| between.iter().any(|t| matches!(t.text, "and" | "," | ";")))
}

/// The counted thing of a figure with none after it: "of whom 12 were children", "demonstrators in
/// their hundreds". Returns the entity and the words it is written with.
fn counted_elsewhere(
    rules: &Rules,
    text: &str,
    toks: &[Token],
    k: usize,
    next: usize,
    p: &quantity::Parsed,
    plural: Option<bool>,
) -> Option<(CompactString, CompactString)> {
    let whom = k >= 2
        && toks[k - 1].text.eq_ignore_ascii_case("whom")
        && toks
            .get(next)
            .is_some_and(|t| matches!(t.text, "were" | "are" | "was"));
    if whom {
        let (c, _) = noun::counted_phrase(rules, text, toks, next + 1, false, plural)?;
        let np = &text[c];
        return Some((entity_phrase(np), CompactString::from(np)));
    }
    // "$5 million worth of cocaine": what the sum buys
    if p.kind == Kind::Money
        && word_is(toks, next, "worth")
        && word_is(toks, next + 1, "of")
        && let Some((c, _)) = noun::counted_phrase(rules, text, toks, next + 2, false, plural)
    {
        let np = &text[c];
        return Some((entity_phrase(np), CompactString::from(np)));
    }
    if p.kind == Kind::Money
        && let Some(h) = worth_subject(toks, k).or_else(|| copula_subject(toks, k))
    {
        let w = toks[h].text;
        return Some((
            words::with_lower(w, singular).into(),
            CompactString::from(w),
        ));
    }
    let in_their = p.quantity.bound == Bound::Vague
        && k >= 3
        && toks[k - 2].text.eq_ignore_ascii_case("in")
        && toks[k - 1].text.eq_ignore_ascii_case("their")
        && toks[k - 3].word;
    in_their.then(|| {
        let w = toks[k - 3].text;
        (words::singular_any_case(w).into(), CompactString::from(w))
    })
}

/// The noun joined by a hyphen to a count (`six-cylinder`), when it is one: not a unit, nor an
/// adjective (`1,500-strong`, `three-way`).
fn compound_noun<'t>(text: &'t str, end: usize, p: &quantity::Parsed) -> Option<&'t str> {
    static NOT_NOUNS: WordList = WordList::new(&[
        "strong", "odd", "plus", "old", "long", "wide", "high", "tall", "deep", "thick", "way",
        "fold", "some", "like", "based", "related", "ish", "and", "or", "to",
    ]);
    let rest = text[end..].strip_prefix('-')?;
    let word = &rest[..rest
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(rest.len())];
    let whole = !rest[word.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
    // "two-pronged", "one-off", "two-time": adjectives, not what is counted
    let adjective =
        word.ends_with("ed") || matches!(word, "off" | "time" | "times" | "out" | "all");
    (p.unit.is_none()
        && p.kind == Kind::Count
        && word.len() > 2
        && whole
        && !adjective
        && !NOT_NOUNS.contains(word))
    .then_some(word)
}

/// Does a bracket or a dash stand right before token `k`?
fn opens_aside(toks: &[Token], k: usize) -> bool {
    k > 0 && matches!(toks[k - 1].text, "(" | "-" | "\u{2013}" | "\u{2014}")
}

/// How many sentences end in `gap` (a full stop, question or exclamation mark before white space).
fn sentence_ends(gap: &str) -> usize {
    gap.as_bytes()
        .windows(2)
        .filter(|w| matches!(w[0], b'.' | b'?' | b'!') && w[1].is_ascii_whitespace())
        .count()
}

/// The sentence's last figure before the one at token `k` (`earlier`), where it is a count whose
/// phrase ends at most `within` tokens before `k`.
fn count_just_before(earlier: &[Figure], k: usize, within: usize) -> Option<&Figure> {
    earlier
        .last()
        .filter(|f| f.kind == Kind::Count && k.saturating_sub(f.next_tok) <= within)
}

/// Is the figure at token `k` the one another is compared with: "up from 4,000", "down from
/// 71", "against 1.37 million", "compared with 900"?
fn compared_with(toks: &[Token], k: usize) -> bool {
    let before = |back: usize, w: &str| word_before_is(toks, k, back, w);
    before(1, "from") && (before(2, "up") || before(2, "down"))
        || before(1, "against")
        || before(1, "versus")
        || (before(1, "with") || before(1, "to")) && before(2, "compared")
}

/// Does token `k` open the level a change is told from: "up from 1.2 metres", "down from a peak
/// of 1.52 metres"?
fn level_before_a_change(toks: &[Token], k: usize) -> bool {
    let before = |back: usize, w: &str| word_before_is(toks, k, back, w);
    let from = if before(1, "of")
        && ["peak", "high", "low", "level", "record"]
            .iter()
            .any(|w| before(2, w))
    {
        // ("from a peak of", "from its record high of")
        (3..=5).find(|&back| before(back, "from"))
    } else {
        Some(1).filter(|_| before(1, "from"))
    };
    from.is_some_and(|back| before(back + 1, "up") || before(back + 1, "down"))
}

/// Do an earlier figure and the figure `p` measure in units of one dimension?
fn same_dimension(rules: &Rules, earlier: &Figure, p: &quantity::Parsed) -> bool {
    let dimension = |u: Option<&str>| u.and_then(|u| rules.unit(u)).map(|u| u.dimension.as_str());
    let before = earlier.parsed.as_ref().and_then(|e| e.unit.as_deref());
    dimension(before).is_some() && dimension(before) == dimension(p.unit.as_deref())
}

/// A word after a measure that says which way it measures ("120 feet above", "110m tall").
fn is_dimension_word(word: &str) -> bool {
    dimension_word(word).is_some()
}

/// The token after a conversion in brackets that opens at token `open` ("(29,500 feet)", five
/// tokens with its thousands separator): at most seven tokens in all.
fn past_brackets(toks: &[Token], open: usize) -> Option<usize> {
    Some(
        open + toks
            .get(open..)?
            .iter()
            .take(7)
            .position(|t| t.text == ")")?
            + 1,
    )
}

/// The dimension a length states by the word after it (token `next`, or the first past its
/// conversion in brackets): "high", "tall", "above" and "into the sky" or "into the air" state a
/// height; "deep" and "below" (ground, the surface, sea level) a depth; "long", "wide" and
/// "thick" their own.
fn dimension_after(toks: &[Token], next: usize) -> Option<&'static str> {
    let mut i = next;
    if word_is(toks, i, "(") {
        i = past_brackets(toks, i)?;
    }
    let word = toks.get(i).filter(|t| t.word)?.text;
    // (not where a place lies, "30 km below the dam" (but "below ground", "below the surface",
    // "below sea level"); nor "2 km wide of the target", "3 km long before dawn")
    let then = |w: &str| word_is(toks, i + 1, w);
    if word.eq_ignore_ascii_case("below")
        && !(then("ground") || then("sea") || then("the") && word_is(toks, i + 2, "surface"))
        || then("of")
        || then("before")
        || then("after")
        || then("ago")
    {
        return None;
    }
    // ("into the sky", "into the air": how high)
    let up = word.eq_ignore_ascii_case("into")
        && word_is(toks, i + 1, "the")
        && (word_is(toks, i + 2, "sky") || word_is(toks, i + 2, "air"));
    if up {
        Some("height")
    } else {
        dimension_word(word)
    }
}

/// The dimension a hedge of the figure at token `k` names: "as high as 12 km" is a height, "as
/// deep as 700 metres" a depth.
fn dimension_hedge(toks: &[Token], k: usize) -> Option<&'static str> {
    if !(word_is(toks, k, "as") && word_is(toks, k + 2, "as")) {
        return None;
    }
    dimension_word(toks.get(k + 1)?.text)
}

/// The dimension a word names a length by ("deep": depth).
fn dimension_word(word: &str) -> Option<&'static str> {
    words::with_lower(word, |w| match w {
        "high" | "tall" | "above" => Some("height"),
        "deep" | "below" => Some("depth"),
        "long" => Some("length"),
        "wide" => Some("width"),
        "thick" => Some("thickness"),
        _ => None,
    })
}

/// Does the figure end, before token `next`, with its unit written in the plural ("5 minutes",
/// "0.71 inches")? A measure that modifies a noun takes the singular ("a 10-minute
/// walk", "a 40 km road", "a 6.1-magnitude quake"), so the words after a plural unit are not the
/// thing it counts: "5 minutes late", "two weeks shows Clinton leading".
fn plural_unit_at(rules: &Rules, toks: &[Token], next: usize, p: &quantity::Parsed) -> bool {
    let (Some(code), Some(t)) = (&p.unit, next.checked_sub(1).and_then(|i| toks.get(i))) else {
        return false;
    };
    if !t.word || t.text.len() < 3 || !t.text.ends_with(['s', 'S']) {
        return false;
    }
    // the singular must name the same unit: "minutes" is "minute", while "Gbps" is no plural of
    // "Gbp" (a unit's singular is the start of its plural: "inches", "centuries" is not one)
    words::with_lower(t.text, |lower| {
        let (keep, ending) = words::singular_parts(lower);
        ending.is_empty()
            && keep < lower.len()
            && rules
                .units
                .longest(&lower[..keep])
                .is_some_and(|(n, u)| n == keep && u.code == *code)
    })
}

fn skip_hyphen(toks: &[Token], next: usize) -> usize {
    if toks.get(next).is_some_and(|t| t.text == "-") {
        next + 1
    } else {
        next
    }
}

/// The words of a phrase before its last, and its last word (`None` for a phrase of one word).
/// (A search of the bytes: the phrase is short, and a reverse search for a `char` costs several
/// times as much.)
fn split_last_word(np: &str) -> Option<(&str, &str)> {
    let space = np.bytes().rposition(|b| b == b' ')?;
    Some((&np[..space], &np[space + 1..]))
}

/// The last word of a phrase ("soldiers" of "Malian soldiers").
fn last_word(np: &str) -> &str {
    split_last_word(np).map_or(np, |(_, w)| w)
}

/// Where the last word of the counted phrase at bytes `c` of the text starts in it (as `last_word`
/// finds it), given the phrase's head, its last token: right after the space before the head,
/// which no token holds; at 0 where the head opens the phrase. (The phrase's bytes are searched
/// only where something else stands before the head: searched for its unit, its entity and its
/// trigger in turn, they cost 0.36 M instructions per MB more, measured.)
fn last_word_start(text: &str, c: &Range<usize>, head: &Token) -> usize {
    if head.start == c.start {
        0
    } else if head.start > c.start && text.as_bytes().get(head.start - 1) == Some(&b' ') {
        head.start - c.start
    } else {
        let np = &text[c.clone()];
        np.len() - last_word(np).len()
    }
}

/// The counted thing as written, its last word in the singular: `Malian soldiers` → `Malian soldier`.
/// A singular that is the start of the last word as written (most are) makes the phrase a start of
/// `np`, copied once.
pub(super) fn entity_phrase(np: &str) -> CompactString {
    // the last word starts after the last space, at 0 for a phrase of one word
    entity_phrase_at(np, np.len() - last_word(np).len())
}

/// `entity_phrase`, given where the phrase's last word starts (`last_word_start`).
fn entity_phrase_at(np: &str, at: usize) -> CompactString {
    use std::borrow::Cow;
    match singular_keep_case(&np[at..]) {
        Cow::Borrowed(kept) => CompactString::from(&np[..at + kept.len()]),
        Cow::Owned(head) => {
            let mut phrase = CompactString::with_capacity(at + head.len());
            phrase.push_str(&np[..at]);
            phrase.push_str(&head);
            phrase
        }
    }
}

/// The singular of a word in any case (`singular`), as written where it is the word's start in any
/// case ("Soldiers" → "Soldier", "Children" → "Child"), else in lower case ("Women" → "woman").
/// Borrowed from the word but where it takes an ending the word does not have.
fn singular_keep_case(w: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if !w.is_ascii() {
        // (lower-casing may change a wide word's length: its singular is compared as a whole)
        let lower = w.to_lowercase();
        let s = singular(&lower);
        return if lower != w
            && s.len() <= w.len()
            && w.is_char_boundary(s.len())
            && w[..s.len()].eq_ignore_ascii_case(&s)
        {
            Cow::Borrowed(&w[..s.len()])
        } else {
            Cow::Owned(s)
        };
    }
    // an ASCII word's start is its lower-cased start in any case: only the ending is compared
    let (keep, ending) = words::with_lower(w, words::singular_parts);
    let n = keep + ending.len();
    match w.get(keep..n) {
        Some(end) if end.eq_ignore_ascii_case(ending) => Cow::Borrowed(&w[..n]),
        _ => {
            let mut s = w[..keep].to_ascii_lowercase();
            s.push_str(ending);
            Cow::Owned(s)
        }
    }
}

/// Does a verb of motion stand before the figure at token `k`, past a hedge of two words at most
/// ("advanced 20 km", "travelled some 300 km", "drove about 40 miles")?
fn after_a_motion(toks: &[Token], k: usize) -> bool {
    static MOTION: WordList = WordList::new(&[
        "advanced",
        "advance",
        "advancing",
        "travelled",
        "traveled",
        "travel",
        "travelling",
        "traveling",
        "drove",
        "driven",
        "walked",
        "marched",
        "moved",
        "flew",
        "fled",
        "pushed",
        "retreated",
        "sailed",
        "ran",
        "swam",
        "trekked",
        "covered",
        "went",
        "came",
        "withdrew",
    ]);
    (1..=3).any(|back| {
        k.checked_sub(back)
            .is_some_and(|j| MOTION.contains_any_case(toks[j].text))
    })
}

/// The noun phrase after a conversion in brackets that opens at token `open`: of a figure joined
/// to its unit, where the conversion is joined to its own ("7-km (4.3-mile) exclusion zone"), or
/// of any through "of" ("242 millimetres (9.5 inches) of rain") or before its noun in the
/// singular ("the 50 mph (80 kph) limit"). Its bytes and its head.
fn noun_past_conversion(
    rules: &Rules,
    text: &str,
    toks: &[Token],
    open: usize,
    compound: bool,
) -> Option<(Range<usize>, usize)> {
    if !word_is(toks, open, "(") || !toks.get(open + 1).is_some_and(|t| t.digit) {
        return None;
    }
    let close = past_brackets(toks, open)? - 1;
    let through_of = word_is(toks, close + 1, "of");
    // ("the 50 mph (80 kph) limit", "230 km/h (145 mph) winds": a unit in the singular before
    // its noun, as in "a 40 km road"; not "drove 1,500 km (900 miles) across the desert", nor
    // "120 km (75 mi) south of the capital" or "(5.6 miles) Saturday night")
    let modifies = || {
        !toks[close - 1].text.ends_with(['s', 'S'])
            && toks.get(close + 1).is_some_and(|t| {
                t.word
                    && !t.digit
                    && !t.capitalised()
                    && !is_dimension_word(t.text)
                    && !ADVERBS_OF_PLACE.contains_any_case(t.text)
            })
    };
    if !(compound && toks[close - 1].text.contains('-') || !compound && (through_of || modifies()))
    {
        return None;
    }
    noun::counted_phrase(rules, text, toks, close + 1, true, Some(through_of))
}

/// Words after a distance that tell where it reaches, not what it measures ("20 km (12 mi)
/// inland"), though they may describe a noun elsewhere ("offshore platforms"), so they are no
/// stop words of the counted phrase (which refuses "south", "away" and "from" by itself).
static ADVERBS_OF_PLACE: WordList = WordList::new(&[
    "inland",
    "upstream",
    "downstream",
    "overhead",
    "underground",
    "offshore",
]);

/// A predicate's trigger right after a physical measure (`after` the token after it), past a
/// conversion in brackets (`past_brackets`), or out of the brackets the measure is the
/// conversion in: "120 km (75 miles) south of the capital".
fn trigger_after_measure(
    rules: &Rules,
    text: &str,
    toks: &[Token],
    after: usize,
) -> Option<CompactString> {
    let mut i = after;
    match toks.get(i).map(|t| t.text) {
        Some("(") => i = past_brackets(toks, i)?,
        // the conversion itself: "(900 miles) northeast of Bamako"
        Some(")") => i += 1,
        _ => {}
    }
    noun::trigger_at(rules, text, toks, i)
        .filter(|(found, _)| found.rule.fits(Kind::Measure))
        .map(|(found, _)| CompactString::from(&found.rule.name))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The start of a counted phrase's last word, told by its head, is where the search of its
    /// bytes for the last space puts it: every phrase read from a token of the fixtures, and of
    /// phrases parted by tabs or wide spaces, where the bytes are searched.
    #[test]
    fn the_last_word_of_a_phrase_starts_at_its_head() {
        let rules = Rules::defaults();
        let spaced = [
            "12 Malian\tsoldiers were",
            "12 Malian\u{a0}soldiers were",
            "5 wide\u{2003}roads",
        ];
        let texts = crate::fixture_texts()
            .into_iter()
            .chain(spaced.map(String::from));
        let mut phrases = 0;
        for text in texts {
            let toks = words::tokens(&text, 0..text.len(), &rules.word_marks);
            for i in 0..toks.len() {
                for plural in [None, Some(false), Some(true)] {
                    let Some((c, head)) =
                        noun::counted_phrase(&rules, &text, &toks, i, true, plural)
                    else {
                        continue;
                    };
                    let np = &text[c.clone()];
                    assert_eq!(
                        last_word_start(&text, &c, &toks[head]),
                        np.len() - last_word(np).len(),
                        "{np:?}"
                    );
                    phrases += 1;
                }
            }
        }
        assert!(phrases > 1000, "{phrases}");
    }
}
