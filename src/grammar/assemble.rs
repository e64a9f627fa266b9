//! Figures turned into claims: each claim's id, its spans in the original bytes, its words as
//! written, the sentence and the statement that carry it, and the conversions that pair two
//! figures ("1,500 km (900 miles)").

use std::ops::Range;

use super::{Figure, Lists, attribution, time};
use crate::bundle::Article;
use crate::claim::{Bound, Claim, CompactString, Kind, Source, Span};
use crate::rules::{Dimension, Rules};
use crate::text::{Prepared, as_written};

/// "1,500 km (900 miles)", "more than 7.5 million Danish crowns (US $1.1 million)": a figure followed
/// by the same figure in other units, in brackets, is one statement; each claim names the other in
/// `same_as`, and the one in brackets takes the hedge and the change of the first ("just under 296 hp
/// (224 kW / 300 PS)": both are under), and its entity and predicate where it names none.
pub(super) fn link_conversions(rules: &Rules, bytes: &[u8], claims: &mut [Claim]) {
    fn dimension<'a>(rules: &'a Rules, c: &'a Claim) -> Option<Dimension<'a>> {
        rules.dimension_of(c.unit.as_deref()?)
    }
    let mut first: Option<usize> = None;
    for i in 1..claims.len() {
        let (a, b) = (&claims[i - 1], &claims[i]);
        let gap = bytes.get(a.end..b.start).unwrap_or_default();
        // (most gaps hold words: one whose first byte after white space is ASCII and neither
        // bracket nor slash has no such mark alone, and is not trimmed at both ends and read)
        let opening = gap.iter().find(|c| !matches!(c, b'\t'..=b'\r' | b' '));
        if opening.is_none_or(|&c| c.is_ascii() && c != b'(' && c != b'/') {
            continue;
        }
        let between = mark_between(gap);
        let opens = between == Some(b'(');
        // "(224 kW / 300 PS)": a second conversion in the same brackets
        let goes_on = between == Some(b'/') && first.is_some_and(|f| f + 2 == i);
        if !(opens || goes_on) {
            // (most pairs: their units are not looked up)
            continue;
        }
        // (each unit looked up once: the second only where the first has a dimension, as each
        // test below needs both)
        let da = dimension(rules, a);
        let db = da.and_then(|_| dimension(rules, b));
        let same_dimension = da.is_some_and(|da| db.is_some_and(|db| da.same(db)));
        let two_currencies = a.kind == Kind::Money && b.kind == Kind::Money;
        // "1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit)": one statement, though the two scales
        // do not convert by a factor (so it is not checked)
        let temperature = |d: Option<Dimension>| d.is_some_and(|d| d.starts_with("temperature"));
        let two_scales = temperature(da) && temperature(db);
        let restates = (same_dimension || two_currencies || two_scales)
            && a.unit != b.unit
            && a.kind.is_figure();
        if opens && restates {
            first = Some(i - 1);
        } else if !(goes_on && restates) {
            continue;
        }
        let Some(f) = first else { continue };
        // (what the first claim lends, without a copy of its words)
        let m = &claims[f];
        let (change, bound, value, low, high) = (m.change, m.bound, m.value, m.low, m.high);
        let id = m.id.clone();
        // (and what it measures, where the conversion names nothing: "winds of 230 km/h (145
        // mph)" are both winds)
        let lent = claims[i].entity.is_none() && claims[i].predicate.is_none();
        let (entity, entity_text, predicate) = if lent {
            (m.entity.clone(), m.entity_text.clone(), m.predicate.clone())
        } else {
            (None, None, None)
        };
        if f + 1 == i {
            claims[f].same_as = Some(claims[i].id.clone());
        }
        let b = &mut claims[i];
        b.same_as = Some(id);
        b.change = b.change.or(change);
        if lent {
            b.entity = entity;
            b.entity_text = entity_text;
            b.predicate = predicate;
        }
        if b.bound == Bound::Exact
            && matches!(bound, Bound::Approx | Bound::Lower | Bound::Upper)
            && let (Some(v), Some(mv)) = (b.value, value.filter(|&m| m != 0.0))
        {
            // the same hedge around the converted figure, to 12 significant digits (no 1034.9999…)
            let around = |end: f64| to_12_digits(v * (end / mv));
            b.bound = bound;
            b.low = low.and_then(around);
            b.high = high.and_then(around);
        }
    }
}

/// `x` to 12 significant digits, as `format!("{x:.11e}")` reads back. A normal double whose
/// shortest form (`zmij`'s) has 12 digits or fewer is that number already: it lies far nearer to
/// that form than half a step of the twelfth digit, which is where rounding would take it. Only a
/// longer one is rounded through text, which costs several times as much.
fn to_12_digits(x: f64) -> Option<f64> {
    if x.is_normal() || x == 0.0 {
        let mut buf = zmij::Buffer::new();
        let shortest = buf.format_finite(x);
        let mantissa = shortest.split(['e', 'E']).next().unwrap_or(shortest);
        let digits = mantissa
            .trim_start_matches(['-', '0', '.'])
            .trim_end_matches(['0', '.']);
        if digits.bytes().filter(u8::is_ascii_digit).count() <= 12 {
            return Some(x);
        }
    }
    format!("{x:.11e}").parse().ok()
}

/// The one mark that stands between two claims, if nothing else does but white space (as
/// `str::trim` trims it). The gap is mostly a run of text, often long: its spaces are trimmed byte
/// by byte, and only a gap that then begins or ends outside ASCII (where a wide space may stand) is
/// read as characters.
fn mark_between(gap: &[u8]) -> Option<u8> {
    let space = |b: &u8| matches!(b, b'\t'..=b'\r' | b' ');
    let from = gap.iter().position(|b| !space(b))?;
    let to = gap.iter().rposition(|b| !space(b)).map_or(from, |i| i + 1);
    match &gap[from..to] {
        [b] if b.is_ascii() => Some(*b),
        [f, .., l] if !f.is_ascii() || !l.is_ascii() => {
            match String::from_utf8_lossy(&gap[from..to]).trim().as_bytes() {
                [b] => Some(*b),
                _ => None,
            }
        }
        _ => None,
    }
}

/// For each figure, the statement that carries it: of the statements whose content holds the
/// figure, the narrowest (the first of equals), but one that names its source before one that
/// does not ("She said a shipment of 50,000 doses was expected": hers, not the passive's). One
/// sweep over both in order of their starts, so a long article costs no more than its length.
pub(super) fn statement_of_each<'s>(
    figures: &[Figure],
    found: &[attribution::Found],
    lists: &'s mut Lists,
) -> &'s [Option<usize>] {
    // (a statement's width is asked only of those that hold a figure, and summed again each
    // time: it has a piece or two)
    let rank = |i: usize| {
        let width = found[i]
            .content
            .iter()
            .map(|c| c.end - c.start)
            .sum::<usize>();
        (found[i].source.is_none(), width)
    };
    lists.spans.clear();
    // (by two loops: `extend` of a `flat_map` took some 23 instructions a statement)
    for (i, a) in found.iter().enumerate() {
        for c in a.content.iter() {
            lists.spans.push((c.start, c.end, i));
        }
    }
    carriers(
        figures,
        |f| &f.span,
        &mut lists.spans,
        rank,
        &mut lists.carriers,
    );
    &lists.carriers
}

/// `statement_of_each` of the figures (each at its `span`), and of the statements' pieces `spans`
/// (`(start, end, statement)`) whose statements `rank` orders (the least first), into `out`. The
/// pieces passed that may still hold a figure (those that end at or after its start) are kept at
/// the head of `spans`, where pieces passed and done with were, rather than in a list of their
/// own.
fn carriers<F, K: Ord>(
    figures: &[F],
    span: impl Fn(&F) -> &Range<usize>,
    spans: &mut [(usize, usize, usize)],
    rank: impl Fn(usize) -> K,
    out: &mut Vec<Option<usize>>,
) {
    spans.sort_unstable();
    // the figures in order of their starts: as they were found, but for a rare one that reaches
    // back (`from_to`), when they are sorted (a list of them is made only then)
    let in_order = figures.is_sorted_by_key(|f| span(f).start);
    let mut order: Vec<usize> = Vec::new();
    if !in_order {
        order.extend(0..figures.len());
        order.sort_by_key(|&k| span(&figures[k]).start);
    }
    out.clear();
    out.resize(figures.len(), None);
    // spans[..open] are the pieces passed that may hold a figure, spans[next..] those not passed
    let (mut open, mut next) = (0, 0);
    for k in (0..figures.len()).map(|n| if in_order { n } else { order[n] }) {
        let f = span(&figures[k]);
        while next < spans.len() && spans[next].0 <= f.start {
            spans.swap(open, next);
            open += 1;
            next += 1;
        }
        let mut kept = 0;
        for j in 0..open {
            if spans[j].1 >= f.start {
                spans[kept] = spans[j];
                kept += 1;
            }
        }
        open = kept;
        out[k] = spans[..open]
            .iter()
            .filter(|&&(_, end, _)| f.end <= end)
            .map(|&(_, _, i)| i)
            .min_by_key(|&i| (rank(i), i));
    }
}

fn orig_span(prepared: &Prepared, r: &Range<usize>) -> Span {
    Span::new(
        prepared.norm.map.to_orig(r.start),
        prepared.norm.map.to_orig(r.end),
    )
}

/// A figure's words as the article writes them (`bytes`, read as UTF-8 with its faults replaced):
/// most are the normalised text's at the figure's span (`norm`), byte for byte, which is UTF-8
/// already and so is taken as it is (`text::as_written`), where reading the bytes checked each one
/// (measured, 0.3 M instructions per MB less).
fn written(bytes: &[u8], norm: &str, span: &Range<usize>) -> CompactString {
    match norm.get(span.clone()) {
        Some(same) => as_written(same, bytes),
        None => CompactString::from_utf8_lossy(bytes),
    }
}

/// What the ids of an article's claims open with (`claim_id`): `a2#` of `a2`.
pub(super) fn id_prefix(doc: &str) -> CompactString {
    let mut prefix = CompactString::with_capacity(doc.len() + 1);
    prefix.push_str(doc);
    prefix.push('#');
    prefix
}

/// The id of an article's `n`th claim (from 0), after the article's `prefix` (`id_prefix`): `a2#1`
/// for the first of `a2` (built by hand: it is made for every claim, and `format!` costs several
/// times as much). An id short enough to be stored inline is the prefix, copied as it is (24
/// bytes), with the number pushed: where the id was put together on the stack, it was checked
/// for UTF-8 and copied in with two calls of `memcpy` (measured, 0.17 M instructions per MB less
/// on synthetic text, 0.26 M on real news).
pub(super) fn claim_id(prefix: &CompactString, n: usize) -> CompactString {
    let mut number = itoa::Buffer::new();
    let number = number.format(n + 1);
    let mut id = if prefix.is_heap_allocated() {
        let mut id = CompactString::with_capacity(prefix.len() + number.len());
        id.push_str(prefix);
        id
    } else {
        prefix.clone()
    };
    id.push_str(number);
    id
}

/// The sentence that holds a figure at `span`, or the figure's own span where none does: the last
/// of `sentences` (in order of their starts) that starts at or before the figure, if it ends at or
/// after it. `seen` is how many start at or before the figure before this one: figures come in
/// order of their starts, so that the count is carried on from there, and counted again only for
/// one that reaches back (`from_to`). A binary search for each figure cost some 50 instructions:
/// measured, 0.1 M instructions per MB less on synthetic text, 0.15 M on real news.
pub(super) fn holding_sentence(
    sentences: &[Range<usize>],
    seen: &mut usize,
    span: &Range<usize>,
) -> Range<usize> {
    let starts_before = |s: &Range<usize>| s.start <= span.start;
    if *seen > 0 && !sentences.get(*seen - 1).is_some_and(starts_before) {
        *seen = sentences.partition_point(starts_before);
    }
    while sentences.get(*seen).is_some_and(starts_before) {
        *seen += 1;
    }
    sentences[..*seen]
        .last()
        .filter(|s| span.end <= s.end)
        .cloned()
        .unwrap_or(span.clone())
}

/// The claim of a figure in its `sentence`, with its id. Its words are taken from the figure,
/// which is left without them.
pub(super) fn to_claim(
    article: &Article,
    prepared: &Prepared,
    sentence: Range<usize>,
    said: Option<&attribution::Found>,
    id: CompactString,
    f: &mut Figure,
) -> Claim {
    let span = orig_span(prepared, &f.span);
    let q = f.parsed.as_ref().map(|p| p.quantity);
    let attribution = said.map(|a| Source {
        source: a.source_text(),
        text: a.source_norm.clone().unwrap_or_default(),
        cue: a.cue_text.clone(),
        speaker: a.speaker.clone(),
    });
    Claim {
        id,
        doc: CompactString::from(article.id.as_str()),
        start: span.start,
        end: span.end,
        text: written(
            &article.bytes[span.start..span.end],
            &prepared.norm.text,
            &f.span,
        ),
        kind: f.kind,
        value: q.and_then(|q| q.value),
        low: q.and_then(|q| q.low),
        high: q.and_then(|q| q.high),
        bound: q.map_or(crate::claim::Bound::Exact, |q| q.bound),
        change: f.change,
        unit: f.parsed.as_mut().and_then(|p| p.unit.take()),
        entity: f.entity.take(),
        entity_text: f.entity_text.take(),
        predicate: f.predicate.take(),
        place: f.place.take(),
        holder: f.holder.take(),
        date: f
            .time
            .as_deref()
            .zip(article.published.as_deref())
            .and_then(|(t, p)| time::resolve(t, p)),
        time: f.time.take(),
        attribution,
        sentence: orig_span(prepared, &sentence),
        same_as: None,
        rounding: f.parsed.as_ref().map_or(0.0, |p| p.rounding),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rounding to 12 digits by the shortest form gives what rounding through text gives.
    #[test]
    fn twelve_digits_as_text_gives_them() {
        let by_text = |x: f64| format!("{x:.11e}").parse::<f64>().ok();
        let mut xs = vec![
            0.0,
            -0.0,
            0.1 + 0.2,
            1.0 / 3.0,
            1034.9999999999998,
            1035.0,
            0.09999999999999999,
            9.999999999995e-5,
            99999999999.95,
            123456789012.5,
            1e300,
            -2.5e-300,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::INFINITY,
            f64::NAN,
        ];
        // products and quotients like those of a conversion, across many magnitudes
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let a = (seed % 1_000_000) as f64 / 100.0;
            let b = ((seed >> 20) % 10_000 + 1) as f64 / 7.0;
            let scale = 10f64.powi((seed >> 40) as i32 % 40 - 20);
            xs.extend([a * b * scale, a / b * scale, -a * 1.609344 * scale]);
        }
        for x in xs {
            let (got, want) = (to_12_digits(x), by_text(x));
            assert_eq!(
                got.map(f64::to_bits),
                want.map(f64::to_bits),
                "{x:e}: {got:?} {want:?}"
            );
        }
    }

    /// A figure's words are what reading the article's bytes with their faults replaced gives,
    /// whether the normalised text holds the same bytes there or not (or has no such span).
    #[test]
    fn written_words_are_the_bytes_read_lossily() {
        let mut texts = crate::fixture_texts();
        texts.push("caf\u{e9} \u{201c}5\u{201d} km".into());
        for text in &texts {
            let norm = text.replace('\u{201c}', "\"");
            let mut bytes = text.as_bytes().to_vec();
            // a fault in the bytes, where the text has a character of two
            if let Some(i) = text
                .char_indices()
                .find(|(_, c)| c.len_utf8() == 2)
                .map(|(i, _)| i)
            {
                bytes[i + 1] = b'x';
            }
            for start in (0..bytes.len()).step_by(7) {
                for end in [start, start + 1, start + 5, start + 12, start + 40] {
                    let Some(b) = bytes.get(start..end) else {
                        continue;
                    };
                    let want = crate::claim::CompactString::from_utf8_lossy(b);
                    assert_eq!(super::written(b, &norm, &(start..end)), want);
                    assert_eq!(super::written(b, text, &(start..end)), want);
                }
            }
        }
    }

    /// Each figure's statement, as the sweep finds it, is the narrowest statement (the first of
    /// equals) with a piece that holds the figure, as one looks at every piece for every figure:
    /// on many generated articles, their figures in order and not.
    #[test]
    fn the_sweep_finds_the_narrowest_statement_that_holds_a_figure() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        for _ in 0..3000 {
            let statements = next(12);
            let mut pieces = Vec::new();
            for i in 0..statements {
                for _ in 0..1 + next(3) / 2 {
                    let start = next(200);
                    pieces.push((start, start + next(80), i));
                }
            }
            let width = |i: usize| {
                pieces
                    .iter()
                    .filter(|p| p.2 == i)
                    .map(|p| p.1 - p.0)
                    .sum::<usize>()
            };
            let mut figures: Vec<std::ops::Range<usize>> = (0..next(10))
                .map(|_| {
                    let start = next(240);
                    start..start + next(12)
                })
                .collect();
            if next(3) > 0 {
                figures.sort_by_key(|f| f.start);
            }
            let want: Vec<Option<usize>> = figures
                .iter()
                .map(|f| {
                    pieces
                        .iter()
                        .filter(|p| p.0 <= f.start && f.end <= p.1)
                        .map(|p| p.2)
                        .min_by_key(|&i| (width(i), i))
                })
                .collect();
            let mut spans = pieces.clone();
            let mut got = Vec::new();
            super::carriers(&figures, |f| f, &mut spans, width, &mut got);
            assert_eq!(got, want, "{figures:?} {pieces:?}");
        }
    }

    /// An id is the same whether it is put together inline or on the heap.
    #[test]
    fn claim_ids_short_and_long() {
        let id = |doc: &str, n: usize| claim_id(&id_prefix(doc), n);
        assert_eq!(id("a2", 0), "a2#1");
        assert_eq!(id("", 9), "#10");
        let long = "0-/work/shared/eval/dev/breitbart_2016-09-12.txt";
        for doc in [&long[..20], &long[..21], &long[..22], &long[..23], long] {
            for n in [0, 9, 99, 12_345] {
                assert_eq!(id(doc, n), format!("{doc}#{}", n + 1));
            }
        }
    }

    /// The sentence counted on from figure to figure is the one a binary search of the sentences
    /// finds, on the fixtures' sentences: for figures in order, for those that reach back, and
    /// for those that leave their sentence or stand in none.
    #[test]
    fn the_sentence_counted_on_is_the_one_searched_for() {
        let rules = Rules::defaults();
        for text in crate::fixture_texts() {
            let sentences = crate::text::prepare(text.as_bytes(), 0, &rules).sentences;
            let searched = |f: &std::ops::Range<usize>| {
                sentences[..sentences.partition_point(|s| s.start <= f.start)]
                    .last()
                    .filter(|s| f.end <= s.end)
                    .cloned()
                    .unwrap_or(f.clone())
            };
            let mut figures = Vec::new();
            for start in (0..text.len() + 2).step_by(7) {
                figures.push(start..start + start % 23);
                if start % 5 == 0 {
                    figures.push(start / 2..start / 2 + 3);
                }
            }
            let mut seen = 0;
            for f in &figures {
                let got = super::holding_sentence(&sentences, &mut seen, f);
                assert_eq!(got, searched(f), "{f:?}");
            }
        }
    }

    #[test]
    fn the_mark_between_two_claims_is_trimmed_as_str_trim_trims() {
        assert_eq!(mark_between(b" ("), Some(b'('));
        assert_eq!(mark_between(b"\x0b/\r\n"), Some(b'/'));
        // wide spaces (no-break, ideographic) are trimmed too
        assert_eq!(mark_between("\u{a0}(\u{3000}".as_bytes()), Some(b'('));
        assert_eq!(mark_between(b" km ("), None);
        assert_eq!(mark_between("\u{a0}".as_bytes()), None);
        assert_eq!(mark_between(b"\xff"), None);
        assert_eq!(mark_between(b""), None);
    }
}
