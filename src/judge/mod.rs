//! Verdicts. Each group's figures are compared as intervals (the hedge's interval, converted to one
//! unit, widened by rounding where two figures in different units are compared): `agree` when every
//! pair from different articles overlaps, `compatible` when they overlap but one is open or vague,
//! or only within their hedges ("about 220", "roughly 290"), `conflict` when a pair cannot both
//! hold, `single` when one article alone gives the figure. The reason says why in words.

mod dispute;

use std::collections::HashMap;

use serde::Serialize;

use crate::align::{Copy, Group, KeyParts};
use crate::claim::{Bound, Claim, Kind};
use crate::interval::{Interval, as_written, currency, interval};
use crate::rules::{Level, Rules};
use crate::{Articles, Document};

/// The verdict on one group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Conflict,
    Compatible,
    Agree,
    Single,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Conflict => "conflict",
            Verdict::Compatible => "compatible",
            Verdict::Agree => "agree",
            Verdict::Single => "single",
        }
    }
}

/// A judged group, as `check --format json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct Judged {
    pub id: String,
    pub key: String,
    pub verdict: Verdict,
    pub reason: String,
    pub claims: Vec<Claim>,
    /// The check that reports this group (`CC001`), where one does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check: Option<String>,
    /// How serious the finding is, from the rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// Why a rules file accepts this finding; a waived finding is shown, never hidden.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waived: Option<String>,
}

impl Judged {
    /// Does this finding make the run fail (exit 1)?
    pub fn fails(&self) -> bool {
        self.level == Some(Level::Error) && self.waived.is_none()
    }
}

/// A figure as an editor reads it: `8`, `around 20`, `more than 30`, `dozens`.
pub fn figure(c: &Claim) -> String {
    c.text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A number as an editor reads it: `8`, `1,500`, `2,511.75`, `160 million`, `1.37 billion`.
fn fmt_num(v: f64) -> String {
    // a round sum of millions or more, in words ("160 million", not "160000000")
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        let m = v / scale;
        if v.abs() >= scale && v.abs() < 1e15 && ((m * 1000.0).round() - m * 1000.0).abs() < 1e-6 {
            return format!("{} {word}", plain(m));
        }
    }
    plain(v)
}

/// A number with its thousands set off by commas and at most two decimals: `2,511.75`.
fn plain(v: f64) -> String {
    if !v.is_finite() || v.abs() >= 1e15 {
        return format!("{v}");
    }
    let fixed = format!("{:.2}", v.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::new();
    if v < 0.0 && fixed.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    for (i, d) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// The interval a claim allows, in words.
pub fn allows(c: &Claim) -> String {
    match (c.low, c.high) {
        (Some(l), Some(h)) if l == h => fmt_num(l),
        (Some(l), Some(h)) => format!("{}-{}", fmt_num(l), fmt_num(h)),
        (Some(l), None) => format!("{} or more", fmt_num(l)),
        (None, Some(h)) => format!("up to {}", fmt_num(h)),
        (None, None) => "any value".into(),
    }
}

/// The single day a claim's time anchor names: its resolved date, else the day word itself
/// ("sunday", "today"); or the part of a year or a game ("first quarter", "second half of
/// 2024"), two of which are two occasions too. `None` for running totals ("since Wednesday") and
/// other spans.
fn day(c: &Claim) -> Option<String> {
    let anchor = c.time.as_deref()?.to_ascii_lowercase();
    let part = ["in the ", "during the "]
        .iter()
        .find_map(|p| anchor.strip_prefix(p))
        .filter(|rest| crate::grammar::time::opens_with_part(rest));
    if let Some(part) = part {
        return Some(part.to_string());
    }
    if [
        "since", "by", "until", "through", "as of", "over", "in the", "during",
    ]
    .iter()
    .any(|p| anchor.starts_with(p))
    {
        return None;
    }
    if let Some(d) = &c.date {
        return Some(d.to_string());
    }
    anchor
        .split(|ch: char| !ch.is_alphanumeric())
        .find(|w| {
            crate::grammar::time::weekday(w).is_ok()
                || matches!(*w, "today" | "yesterday" | "tonight")
        })
        .map(str::to_string)
}

/// The publication date of a claim's article.
fn published_of<'d>(docs: &Articles<'d>, c: &Claim) -> Option<&'d str> {
    docs.get(&c.doc).and_then(|d| d.published.as_deref())
}

/// The other time a claim's figure is recalled from ("in February", "last year"), where it is one:
/// such a figure is about another event.
fn era(docs: &Articles, c: &Claim) -> Option<String> {
    c.time
        .as_deref()
        .and_then(|t| crate::align::background(t, published_of(docs, c)))
}

/// Does a figure say only that it counts people (or nothing at all), and not what happened to
/// them ("drowning 14 people", "vaccinated 45,000 people")? Two such may count different things.
fn unspecific(rules: &Rules, c: &Claim) -> bool {
    c.predicate.is_none()
        && match c.entity.as_deref() {
            None => true,
            Some(e) => {
                let e = rules.entity(e);
                c.kind == Kind::Count && rules.parents.values().any(|p| *p == e)
            }
        }
}

/// The outlet of an article by its id.
pub fn outlet<'d>(docs: &Articles<'d>, id: &'d str) -> &'d str {
    docs.get(id).map_or(id, |d| d.source.as_str())
}

/// The outlet that published a claim.
pub fn source_of<'d>(docs: &Articles<'d>, c: &'d Claim) -> &'d str {
    docs.get(&c.doc)
        .map_or(c.doc.as_str(), |d| d.source.as_str())
}

fn said_by(docs: &Articles, c: &Claim) -> String {
    let mut s = format!("{} says {}", source_of(docs, c), figure(c));
    if let Some(t) = &c.time {
        s.push_str(&format!(" ({t})"));
    }
    if let Some(a) = &c.attribution {
        s.push_str(&format!(", citing {}", a.source));
    }
    s
}

/// Who stands behind a claim: the resolved speaker, else the source as written.
fn originator(c: &Claim) -> Option<&str> {
    c.attribution
        .as_ref()
        .map(|a| a.speaker.as_deref().unwrap_or(a.source.as_str()))
}

/// Do two originators name the same speaker ("MINUSMA", "the United Nations' MINUSMA peacekeeping force")?
pub fn same_originator(a: &str, b: &str) -> bool {
    // (copies of one story name their speakers alike: most calls end here)
    if a == b {
        return true;
    }
    // proper names carry identity ("MINUSMA", "Ortiz"); common words alone ("military",
    // "government") do not
    let names = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| {
                w.len() > 2
                    && w.starts_with(|c: char| c.is_uppercase())
                    && !matches!(*w, "The" | "A" | "An")
            })
            .map(str::to_lowercase)
            .collect()
    };
    let (la, lb) = (a.to_lowercase(), b.to_lowercase());
    let (la, lb) = (
        la.trim_start_matches("the ").trim_start_matches("a "),
        lb.trim_start_matches("the ").trim_start_matches("a "),
    );
    la == lb || la.contains(lb) || lb.contains(la) || {
        let (na, nb) = (names(a), names(b));
        na.iter().any(|w| nb.contains(w))
    }
}

/// The originator every claim of a group cites, where they all cite one.
fn one_originator(claims: &[Claim]) -> Option<String> {
    let first = originator(claims.first()?)?;
    claims
        .iter()
        .all(|c| originator(c).is_some_and(|o| same_originator(o, first)))
        .then(|| first.to_string())
}

/// A time frame in words: `on Saturday (2014-05-17)`, `since Wednesday (a running total from 2014-05-21)`.
fn frame(anchor: &str, date: Option<&str>) -> String {
    let running = anchor.to_ascii_lowercase().starts_with("since");
    match (date, running) {
        (Some(d), true) => format!("{anchor} (a running total from {d})"),
        (None, true) => format!("{anchor} (a running total)"),
        (Some(d), false) => format!("{anchor} ({d})"),
        (None, false) => anchor.to_string(),
    }
}

/// Judges every group, conflicts first.
pub fn judge(rules: &Rules, docs: &[Document], groups: Vec<Group>, copies: &[Copy]) -> Vec<Judged> {
    let articles = Articles::new(docs);
    let mut out: Vec<Judged> = groups
        .into_iter()
        .map(|g| judge_one(rules, &articles, g, copies))
        .collect();
    out.extend(conversions(rules, docs));
    totals_and_parts(rules, &mut out);
    for j in &mut out {
        apply_checks(rules, j);
    }
    out.sort_by(|a, b| a.verdict.cmp(&b.verdict).then_with(|| a.key.cmp(&b.key)));
    for (i, j) in out.iter_mut().enumerate() {
        j.id = format!("g{}", i + 1);
    }
    out
}

/// Names the check behind a finding, applies its level or its switch from the rules, and any
/// waiver that matches it.
fn apply_checks(rules: &Rules, j: &mut Judged) {
    if j.verdict != Verdict::Conflict {
        return;
    }
    // (a check the judge named as it judged; else the one its key or reason tells)
    let code = if let Some(code) = j.check.take() {
        code
    } else if j.key.starts_with("conversion|") {
        "CC002".into()
    } else if j.reason.starts_with("the total is less than") {
        "CC003".into()
    } else {
        "CC001".into()
    };
    match rules.check(&code) {
        Some((_, level)) => {
            j.check = Some(code);
            j.level = Some(level);
        }
        None => {
            j.verdict = Verdict::Compatible;
            j.reason = format!("{} (check {code} is switched off in the rules)", j.reason);
            return;
        }
    }
    let waiver = rules.file.waivers.iter().find(|w| {
        w.group.as_deref() == Some(j.key.as_str())
            || w.claim
                .as_deref()
                .is_some_and(|t| j.claims.iter().any(|c| c.text == t))
    });
    if let Some(w) = waiver {
        j.waived = Some(w.reason.clone());
    }
}

/// "more than 30 people killed" against "8 soldiers and 28 insurgents killed": a figure for a wider
/// class is checked against the sum of its parts, where the articles give two parts or more. A total
/// below the sum of its parts is a conflict; a total that holds the sum is noted in the reason.
fn totals_and_parts(rules: &Rules, judged: &mut [Judged]) {
    // (a count of a level, with a predicate and a counted thing, in the reported event's year)
    let split = |key: &str| -> Option<(String, String)> {
        let k = KeyParts::of(key);
        let counted = k.dimension == "count" && k.change.is_none() && k.year.is_none();
        (counted && k.predicate != "-" && k.entity != "-")
            .then(|| (k.predicate.to_string(), k.entity.to_string()))
    };
    let keys: Vec<Option<(String, String)>> = judged.iter().map(|j| split(&j.key)).collect();
    for t in 0..judged.len() {
        let Some((pred, whole)) = &keys[t] else {
            continue;
        };
        // the groups that count a part of this class, with the same predicate
        let parts: Vec<usize> = (0..judged.len())
            .filter(|&p| {
                keys[p]
                    .as_ref()
                    .is_some_and(|(pp, e)| pp == pred && rules.parents.get(e) == Some(whole))
            })
            .collect();
        if parts.len() < 2 {
            continue;
        }
        let total = judged[t].claims[0].clone();
        // each part as the article with the total gives it, else as the first article gives it
        let picked: Vec<Claim> = parts
            .iter()
            .map(|&p| {
                judged[p]
                    .claims
                    .iter()
                    .find(|c| c.doc == total.doc)
                    .unwrap_or(&judged[p].claims[0])
                    .clone()
            })
            .collect();
        let Some(sum) = picked.iter().map(|c| c.low).sum::<Option<f64>>() else {
            continue;
        };
        let words: Vec<String> = picked.iter().map(figure).collect();
        let fits = total.high.is_none_or(|h| sum <= h);
        let note = format!(
            "parts: {} = {} {} the total {}",
            words.join(" + "),
            fmt_num(sum),
            if fits { "fits" } else { "exceeds" },
            figure(&total)
        );
        let j = &mut judged[t];
        if fits {
            j.reason = format!("{}; {note}", j.reason);
        } else {
            // (what the group was found to hold before, a conflict or a dispute, is kept after;
            // the check is the total's)
            let before = (j.verdict == Verdict::Conflict).then(|| std::mem::take(&mut j.reason));
            j.verdict = Verdict::Conflict;
            j.check = None;
            j.reason = format!("the total is less than the sum of its parts: {note}");
            if let Some(before) = before {
                j.reason = format!("{}; besides, {before}", j.reason);
            }
        }
    }
}

/// "1,500 km (900 miles)": a conversion in brackets that is off by more than the rounding of both
/// figures is reported as a conflict within the article.
fn conversions(rules: &Rules, docs: &[Document]) -> Vec<Judged> {
    let mut out = Vec::new();
    for d in docs {
        // each pair a figure and its restatement in brackets make ("296 hp (224 kW / 300 PS)": both)
        let pairs = d.claims.iter().enumerate().flat_map(|(i, a)| {
            d.claims[i + 1..]
                .iter()
                .filter(move |b| {
                    a.same_as.as_deref() == Some(b.id.as_str())
                        || b.same_as.as_deref() == Some(a.id.as_str())
                })
                .map(move |b| (a, b))
        });
        for (a, b) in pairs {
            // two currencies without exchange rates, or units without a known size, are not checked
            let dimension = |c: &Claim| c.unit.as_deref().and_then(|u| rules.dimension(u));
            if dimension(a).is_none() || dimension(a) != dimension(b) {
                continue;
            }
            // a restatement shares its figure's hedge, so the figures themselves are compared (with
            // their rounding): "under 296 hp (under 900 PS)" is off though both are "under"
            let stated = |c: &Claim| as_written(rules, c, &[Bound::Lower, Bound::Upper], 1.0);
            let (ia, ib) = (stated(a), stated(b));
            if ia.overlaps(&ib) {
                continue;
            }
            let factor = |c: &Claim| c.unit.as_deref().map_or(1.0, |u| rules.factor(u));
            // a range converts by its middle
            let Some(middle) = a
                .value
                .or_else(|| a.low.zip(a.high).map(|(l, h)| (l + h) / 2.0))
            else {
                continue;
            };
            let converted = middle * factor(a) / factor(b);
            let reason = format!(
                "{}: {} is about {} {}, not {}: the conversion in brackets is off",
                d.source,
                figure(a),
                fmt_num(converted.round()),
                b.unit.as_deref().unwrap_or(""),
                figure(b)
            );
            let key = format!(
                "conversion|{}|{}",
                a.unit.as_deref().unwrap_or("-"),
                b.unit.as_deref().unwrap_or("-")
            );
            out.push(Judged {
                id: String::new(),
                key,
                verdict: Verdict::Conflict,
                reason,
                claims: vec![a.clone(), b.clone()],
                check: None,
                level: None,
                waived: None,
            });
        }
    }
    out
}

fn judge_one(rules: &Rules, docs: &Articles, g: Group, copies: &[Copy]) -> Judged {
    let mut articles: Vec<&str> = g.claims.iter().map(|c| c.doc.as_str()).collect();
    articles.sort();
    articles.dedup();
    let (verdict, reason) = if articles.len() < 2 {
        let c = &g.claims[0];
        (
            Verdict::Single,
            format!("only {} gives this figure", source_of(docs, c)),
        )
    } else {
        verdict(rules, docs, &g.claims, copies)
    };
    // a key that names several things (the magnitudes of several quakes) was parted by figure
    let reason = match g.parted {
        Some(n) => format!(
            "{reason}; articles give several figures each for this, which cannot all hold for one thing: they are told apart by value ({n} sets), not set against each other"
        ),
        None => reason,
    };
    // a dispute that an article reports, where the articles do not contradict each other (and
    // the rules do not switch its check off: the group keeps its verdict then)
    // (where they do, the dispute is told after their conflict: it is not hidden by it)
    let era = |c: &Claim| era(docs, c);
    let disputed = rules
        .check(dispute::CHECK)
        .and_then(|_| dispute::find(rules, docs, &g.claims, era));
    let (verdict, reason, check) = match disputed {
        Some(why) if verdict == Verdict::Conflict => {
            (verdict, format!("{reason}; besides, {why}"), None)
        }
        Some(why) => (Verdict::Conflict, why, Some(dispute::CHECK.to_string())),
        None => (verdict, reason, None),
    };
    Judged {
        id: String::new(),
        key: g.key,
        verdict,
        reason,
        claims: g.claims,
        check,
        level: None,
        waived: None,
    }
}

fn verdict(rules: &Rules, docs: &Articles, claims: &[Claim], copies: &[Copy]) -> (Verdict, String) {
    let mut units: Vec<&str> = claims
        .iter()
        .filter(|c| c.kind != Kind::Money)
        .filter_map(|c| c.unit.as_deref())
        .collect();
    units.sort();
    units.dedup();
    // sums in two currencies are compared only where the rules give both a rate
    let mut currencies: Vec<&str> = claims.iter().filter_map(currency).collect();
    currencies.sort();
    currencies.dedup();
    // figures converted between units are compared with their rounding, pair by pair: "6 miles"
    // meets "10 km", yet "10 km" and "15 km" in the same group stay apart
    let intervals: Vec<Interval> = claims.iter().map(|c| interval(rules, c, false)).collect();
    let rounded: Vec<Interval> = claims.iter().map(|c| interval(rules, c, true)).collect();
    let unit_of = |i: usize| match claims[i].kind {
        Kind::Money => currency(&claims[i]),
        _ => claims[i].unit.as_deref(),
    };
    let meet = |i: usize, j: usize| {
        if rules.rounding && unit_of(i) != unit_of(j) {
            rounded[i].overlaps(&rounded[j])
        } else {
            intervals[i].overlaps(&intervals[j])
        }
    };
    let unrated: Vec<&str> = currencies
        .iter()
        .copied()
        .filter(|c| rules.usd_rate(c).is_none())
        .collect();
    let comparable = |a: &Claim, b: &Claim| {
        currency(a) == currency(b)
            || currency(a).and_then(|c| rules.usd_rate(c)).is_some()
                && currency(b).and_then(|c| rules.usd_rate(c)).is_some()
    };
    // each article is judged by the figure it leads with (news puts the current figure first;
    // later mentions recall earlier counts or other events: "the 7.5 quake of 2012")
    // (a figure recalled from another time, "in February", never leads)
    let era = |c: &Claim| era(docs, c);
    let rank = |c: &Claim| (era(c).is_some(), c.start);
    let mut by_doc: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        by_doc.entry(c.doc.as_str()).or_default().push(i);
    }
    // (a lead without a time frame stands for the same figure given later with one: the headline's
    // "toll climbs to 72" is the body's "rose to 72 on Saturday")
    let timed = |list: &[usize], lead: usize| {
        let c = &claims[lead];
        let same = |i: &&usize| {
            let o = &claims[**i];
            o.time.is_some() && (o.low, o.high, &o.unit) == (c.low, c.high, &c.unit)
        };
        match c.time {
            Some(_) => lead,
            None => list.iter().find(same).copied().unwrap_or(lead),
        }
    };
    let mut leads: Vec<usize> = by_doc
        .values()
        .filter_map(|list| {
            let lead = list.iter().copied().min_by_key(|&i| rank(&claims[i]))?;
            Some(timed(list, lead))
        })
        .collect();
    leads.sort_unstable();
    // and two articles disagree only when no figure one gives fits any the other gives
    let share_a_figure = |x: &str, y: &str| {
        let (xs, ys) = (&by_doc[x], &by_doc[y]);
        xs.iter().any(|&p| ys.iter().any(|&q| meet(p, q)))
    };
    // the pairs of leading figures to try: every pair in a group of a few dozen articles; in a
    // larger one, the most extreme ones (the highest lows against the lowest highs), so that a
    // group of thousands of articles is judged in n log n
    const ALL_PAIRS: usize = 64;
    let pairs: Vec<(usize, usize)> = if leads.len() <= ALL_PAIRS {
        leads
            .iter()
            .enumerate()
            .flat_map(|(x, &i)| leads[x + 1..].iter().map(move |&j| (i, j)))
            .collect()
    } else {
        let mut by_low = leads.clone();
        by_low.sort_by(|&p, &q| {
            intervals[q]
                .low
                .total_cmp(&intervals[p].low)
                .then(p.cmp(&q))
        });
        let mut by_high = leads.clone();
        by_high.sort_by(|&p, &q| {
            intervals[p]
                .high
                .total_cmp(&intervals[q].high)
                .then(p.cmp(&q))
        });
        let mut pairs = Vec::new();
        for &p in by_low.iter().take(ALL_PAIRS) {
            for &q in by_high
                .iter()
                .take(ALL_PAIRS)
                .take_while(|&&q| intervals[q].high < intervals[p].low)
            {
                pairs.push((p.min(q), p.max(q)));
            }
        }
        pairs
    };
    // figures that say only that they count people (or nothing at all), and not what happened to
    // them, may count different things ("drowning 14 people", "vaccinated 45,000 people"): they
    // are set side by side, never against each other
    // (a measure with nothing named is kept apart only where the figures are orders of magnitude
    // apart: "80 kilometres" of coast and "150 millimetres" of rain, not two depths of a quake)
    let unspecific = claims.iter().all(|c| unspecific(rules, c));
    // (one player's points in a game and in a career, "23 points" and "2,129 points", are an
    // order of magnitude apart: a measure known only by whose it is)
    let far_apart = |i: usize, j: usize| {
        let (a, b) = (&intervals[i], &intervals[j]);
        let (low, high) = if a.high < b.low { (a, b) } else { (b, a) };
        let held = claims[i].holder.is_some() || claims[j].holder.is_some();
        let apart = if held { 10.0 } else { 100.0 };
        low.high > 0.0 && high.low / low.high > apart
    };
    let mut unclear = false;
    // the first two occasions whose figures differ: the group's figures do not agree, yet do not
    // contradict each other
    let mut apart: Option<(String, String)> = None;
    // the first two figures that meet only within their hedges ("about 220" and "roughly 290",
    // ±15% each): they do not contradict each other, yet do not agree either (figures in two
    // units are set side by side with more room, as a figure converted to another unit is often
    // rounded further, to a five of its last place: "about 135 km" is "about 85 miles", where 84
    // would be nearer)
    let written = |slack: f64| -> Vec<Interval> {
        claims
            .iter()
            .map(|c| as_written(rules, c, &[Bound::Approx], slack))
            .collect()
    };
    let (written, converted) = (written(1.0), written(5.0));
    let alike = |p: usize, q: usize| {
        if unit_of(p) == unit_of(q) {
            written[p].overlaps(&written[q])
        } else {
            converted[p].overlaps(&converted[q])
        }
    };
    let say_alike = |x: &str, y: &str| {
        let (xs, ys) = (&by_doc[x], &by_doc[y]);
        xs.iter().any(|&p| ys.iter().any(|&q| alike(p, q)))
    };
    let mut hedged: Option<(usize, usize)> = None;
    // two articles whose leading sums are in currencies that cannot be compared are judged by
    // the first two sums they give that can: "450 bitcoin (roughly $28 million)" against "$40
    // million", where the rules give no rate for bitcoin
    let in_common = |i: usize, j: usize| {
        if comparable(&claims[i], &claims[j]) {
            return (i, j);
        }
        let now = |list: &'_ Vec<usize>| {
            let mut list: Vec<usize> = list.clone();
            list.sort_by_key(|&k| rank(&claims[k]));
            list
        };
        let (xs, ys) = (
            now(&by_doc[claims[i].doc.as_str()]),
            now(&by_doc[claims[j].doc.as_str()]),
        );
        xs.iter()
            .flat_map(|&p| ys.iter().map(move |&q| (p, q)))
            .find(|&(p, q)| {
                era(&claims[p]) == era(&claims[i])
                    && era(&claims[q]) == era(&claims[j])
                    && comparable(&claims[p], &claims[q])
            })
            .unwrap_or((i, j))
    };
    {
        for (i, j) in pairs {
            let (i, j) = in_common(i, j);
            let (a, b) = (&claims[i], &claims[j]);
            // a vague amount ("dozens") is no firm figure to contradict, and a figure recalled from
            // another time ("in February", "last year") is about another event
            let vague = a.bound == Bound::Vague || b.bound == Bound::Vague;
            // figures given for two different days ("a 6.1 quake today", "the 7.5 quake on Sunday")
            // describe two occasions; a running total ("since Wednesday") against a day still conflicts
            let occasions = rules.separate_occasions
                && (matches!((day(a), day(b)), (Some(x), Some(y)) if x != y)
                    || matches!((&a.place, &b.place), (Some(x), Some(y)) if !x.contains(y.as_str()) && !y.contains(x.as_str())));
            if occasions && apart.is_none() && !meet(i, j) {
                apart = Some((
                    a.time
                        .as_deref()
                        .or(a.place.as_deref())
                        .unwrap_or("")
                        .to_string(),
                    b.time
                        .as_deref()
                        .or(b.place.as_deref())
                        .unwrap_or("")
                        .to_string(),
                ));
            }
            // (the costly tests last: `era` reads the article's dates)
            if hedged.is_none()
                && (a.bound == Bound::Approx || b.bound == Bound::Approx)
                && !vague
                && !occasions
                && comparable(a, b)
                && meet(i, j)
                && !alike(i, j)
                && era(a) == era(b)
                && !say_alike(&a.doc, &b.doc)
            {
                hedged = Some((i, j));
            }
            if vague
                || !comparable(a, b)
                || occasions
                || era(a) != era(b)
                || meet(i, j)
                || share_a_figure(&a.doc, &b.doc)
            {
                continue;
            }
            if unspecific && (a.kind == Kind::Count || far_apart(i, j)) {
                unclear = true;
                continue;
            }
            let mut reason = format!(
                "{} but {}: {} and {} cannot both hold",
                said_by(docs, a),
                said_by(docs, b),
                allows(a),
                allows(b)
            );
            match (originator(a), originator(b)) {
                (Some(x), Some(y)) if !same_originator(x, y) => {
                    reason = format!("{x} and {y} disagree: {reason}")
                }
                (Some(x), Some(_)) => {
                    reason = format!("both cite {x}, yet the figures differ: {reason}")
                }
                _ => {}
            }
            match (&a.time, &b.time) {
                (Some(x), Some(y)) if x != y => reason.push_str(&format!(
                    "; time frames differ: {} vs {}",
                    frame(x, a.date.as_deref()),
                    frame(y, b.date.as_deref())
                )),
                (Some(x), None) | (None, Some(x)) => {
                    reason.push_str(&format!("; only one gives a time frame ({x})"))
                }
                _ => {}
            }
            // a later article with a higher count may report a toll that rose between the two:
            // still a conflict, as the figures do not say so, but the editor is told, where the
            // articles do not both give a time frame, which says it already ("on Saturday"
            // against "since Wednesday") or makes them one day's figures (a budget "on Tuesday")
            // (the dates are ISO dates, which order as text)
            let both_framed = a.time.is_some() && b.time.is_some();
            if let (Some(x), Some(y)) = (published_of(docs, a), published_of(docs, b))
                && x != y
                && !both_framed
                && a.kind == Kind::Count
            {
                let ((early, on), (late, later)) = if x < y {
                    ((i, x), (j, y))
                } else {
                    ((j, y), (i, x))
                };
                if intervals[late].low > intervals[early].high {
                    reason.push_str(&format!(
                        "; {}, the higher, was published later ({later} against {on}), as a rising running total would be",
                        source_of(docs, &claims[late]),
                    ));
                }
            }
            reason.push_str(&format!(" [rule: leading figures whose intervals do not overlap; approximate figures allow ±{:.0}%]", rules.approx * 100.0));
            return (Verdict::Conflict, reason);
        }
    }
    let open = claims
        .iter()
        .any(|c| matches!(c.bound, Bound::Lower | Bound::Upper | Bound::Vague));
    let mut sources: Vec<&str> = claims.iter().map(|c| source_of(docs, c)).collect();
    sources.sort();
    sources.dedup();
    let conv = if units.len() > 1 {
        format!(" after converting {}", units.join(" and "))
    } else {
        String::new()
    };
    // several outlets quoting one originator are one voice echoed, not independent confirmations
    let echo = match one_originator(claims) {
        Some(o) if sources.len() > 1 => {
            format!("; all cite {o}: one voice echoed, not independent confirmation")
        }
        _ => String::new(),
    };
    let money = if currencies.len() > 1 && !unrated.is_empty() {
        format!(
            "; different currencies ({}): the rules give no rate for {}, so those sums are not compared",
            currencies.join(", "),
            unrated.join(", ")
        )
    } else if currencies.len() > 1 {
        format!("; {} compared at the rules' rates", currencies.join(", "))
    } else {
        String::new()
    };
    // near-identical articles (one wire story run twice) are one voice
    let copied: Vec<String> = copies
        .iter()
        .filter(|c| claims.iter().any(|x| x.doc == c.a) && claims.iter().any(|x| x.doc == c.b))
        .map(|c| format!("{} and {}", outlet(docs, &c.a), outlet(docs, &c.b)))
        .collect();
    let copied = if copied.is_empty() {
        String::new()
    } else {
        format!("; {} are copies of one story: one voice", copied.join(", "))
    };
    let conv = format!("{conv}{echo}{money}{copied}");
    if unclear {
        (
            Verdict::Compatible,
            format!(
                "{} give different figures{conv}, but none says what happened to what it counts: they may count different things",
                sources.join(", ")
            ),
        )
    } else if let Some((x, y)) = apart {
        (
            Verdict::Compatible,
            format!(
                "{} give figures for different occasions ({x} vs {y}), which do not contradict each other{conv}",
                sources.join(", ")
            ),
        )
    } else if open {
        (
            Verdict::Compatible,
            format!(
                "{} give figures that do not contradict each other{conv}; at least one is open or vague",
                sources.join(", ")
            ),
        )
    } else if let Some((i, j)) = hedged {
        (
            Verdict::Compatible,
            format!(
                "{} and {}: the figures differ, and meet only within their hedges (approximate figures allow ±{:.0}%){conv}",
                said_by(docs, &claims[i]),
                said_by(docs, &claims[j]),
                rules.approx * 100.0
            ),
        )
    } else {
        (
            Verdict::Agree,
            format!("{} agree{conv}", sources.join(", ")),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::fmt_num;

    #[test]
    fn numbers_read_as_an_editor_writes_them() {
        for (v, want) in [
            (8.0, "8"),
            (1500.0, "1,500"),
            (2511.75, "2,511.75"),
            (-4.5, "-4.5"),
            (160_000_000.0, "160 million"),
            (1_370_000_000.0, "1.37 billion"),
            (281_123_456.0, "281,123,456"),
            (0.25, "0.25"),
            (999_999.0, "999,999"),
        ] {
            assert_eq!(fmt_num(v), want);
        }
    }
}
