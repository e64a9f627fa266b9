//! Reported speech in one sentence: `X said (that) …`, `X told AFP …`, `…, X said.` and
//! `according to X`, with where each statement's content opens and ends.

use std::ops::Range;

use super::super::words::Token;
use super::cue::{
    Class, class, gerund_after_preposition, is_be, is_cue, issuer_of, lower, passive_after,
    reported_by, used_as_verb,
};
use super::source::{
    agent_is_a_time, appositive_source, before_time, included_before, is_dash, is_time_phrase,
    no_number, sentence_subject, source_after, source_before,
};
use super::{Found, Pieces, inside, made, overlaps};
use crate::rules::{Rules, SpeechWord, WordMarks};
use crate::text::WordList;

/// A word that may open a statement in `reported`: where it is, what it is as a word of speech,
/// and the length of the `according to` phrase it opens, if any.
struct Candidate {
    k: usize,
    speech: SpeechWord,
    according: Option<usize>,
}

/// The first token from `from` on that may open a statement in `reported`: a word, outside
/// `quotes` when the sentence holds any, that opens an `according to` phrase (in the sentence,
/// which ends at `end`) or is a verb of speech or the head of one. Each word is looked up here
/// once, and `reported` is handed what was found: most words with the first letter of an
/// `according to` phrase ("a", "as", "and") open none, and are passed over here.
fn next_candidate(
    rules: &Rules,
    (text, end): (&str, usize),
    toks: &[Token],
    quotes: Option<&[Range<usize>]>,
    from: usize,
) -> Option<Candidate> {
    /// The marks of a word that may open a statement (only words have marks).
    const OPENS: WordMarks = WordMarks::SPEECH_VERB
        .or(WordMarks::PHRASE_HEAD)
        .or(WordMarks::ACCORDING_HEAD);
    let by_word = rules.according_by_word;
    let mut k = from;
    while k < toks.len() {
        if by_word {
            // most words are passed over by one test of their marks, in a loop of their own
            // (over a slice: the tightest, as most words take one turn of it)
            k += unmarked_run(&toks[k..], OPENS);
        }
        let Some(t) = toks.get(k) else {
            break;
        };
        let at = k;
        k += 1;
        let Some(&first) = t.text.as_bytes().first().filter(|_| t.word) else {
            continue;
        };
        let may_start = if by_word {
            t.marks.has(WordMarks::ACCORDING_HEAD)
        } else {
            rules.according.may_start(first)
        };
        let speech = t.marks.speech();
        if !(may_start || speech.verb || speech.phrase_head)
            || quotes.is_some_and(|q| inside(q, t.start))
        {
            continue;
        }
        let according = may_start
            .then(|| rules.according.longest(&text[t.start..end]))
            .flatten()
            .map(|(n, _)| n);
        if according.is_some() || speech.verb || speech.phrase_head {
            return Some(Candidate {
                k: at,
                speech,
                according,
            });
        }
    }
    None
}

/// How many of `toks` come before the first with any of `marks` (all of them when none has):
/// four tokens' marks are tested at once, as most runs of words hold no mark sought.
fn unmarked_run(toks: &[Token], marks: WordMarks) -> usize {
    let mut chunks = toks.chunks_exact(4);
    let mut n = 0;
    for c in &mut chunks {
        if c[0]
            .marks
            .or(c[1].marks)
            .or(c[2].marks)
            .or(c[3].marks)
            .has(marks)
        {
            break;
        }
        n += 4;
    }
    n + toks[n..]
        .iter()
        .position(|t| t.marks.has(marks))
        .unwrap_or(toks.len() - n)
}

/// "per" opens an `according to` phrase only at a clause's start and before a name or "the"
/// ("…, per the health ministry", "Per Reuters, …"): not "5 per cent", "per capita", "per day",
/// nor "per the plan", which follows a rule and cites no one. (`n` is the length of the phrase
/// token `k` opens.)
fn per_is_no_source(low: &str, toks: &[Token], k: usize, n: usize) -> bool {
    static RULES: WordList = WordList::new(&[
        "plan",
        "agreement",
        "deal",
        "contract",
        "law",
        "rules",
        "rule",
        "policy",
        "terms",
        "guidelines",
        "regulations",
        "request",
        "instructions",
        "custom",
        "tradition",
        "protocol",
        "schedule",
        "usual",
    ]);
    if n != 3 || lower(low, &toks[k]) != b"per" {
        return false;
    }
    let opens = k == 0 || matches!(toks[k - 1].text, "," | "(" | ";" | "\u{2014}" | "--");
    let named = toks
        .get(k + 1)
        .is_some_and(|x| lower(low, x) == b"the" || x.capitalised());
    let follows_a_rule = toks[k + 1..]
        .iter()
        .take(4)
        .take_while(|x| x.word)
        .any(|x| RULES.contains_any_case(x.text));
    !(opens && named) || follows_a_rule
}

/// Reported speech and `according to` in one sentence; `quotes` are the quotations (in order, none
/// overlapping) that touch it (from its start to its end, both included), or more; `block`, the
/// paragraph after it where it ends its own with a colon (or the quotation that opens that
/// paragraph, where no cue names it).
pub(super) fn reported(
    rules: &Rules,
    text: &str,
    low: &str,
    sentence: Range<usize>,
    toks: &[Token],
    (quotes, block): (&[Range<usize>], Option<Pieces>),
    out: &mut Vec<Found>,
) {
    // (the marks trimmed are ASCII, and no byte of a wider character is ASCII: trimmed byte by
    // byte, as `trim_end_matches` would trim them, without decoding characters)
    let trim_end = |r: Range<usize>| {
        let bytes = text.as_bytes();
        let mut end = r.end;
        while end > r.start && matches!(bytes[end - 1], b',' | b'.' | b' ' | b'"' | b';' | b':') {
            end -= 1;
        }
        r.start..end
    };
    // most sentences hold no quotation: their words need no look at where each quotation is
    let quoted = match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => overlaps(quotes, a.start..b.start + 1),
        _ => false,
    };
    let in_quotes = quoted.then_some(quotes);
    let mut k = 0;
    // the words that can open no statement are passed over in a loop of their own
    while let Some(Candidate {
        k: at,
        speech,
        according,
    }) = next_candidate(rules, (text, sentence.end), toks, in_quotes, k)
    {
        k = at;
        let t = toks[k];
        // according to X
        if let Some(n) = according.filter(|&n| !per_is_no_source(low, toks, k, n)) {
            let cue = t.start..t.start + n;
            let after = toks.partition_point(|x| x.start < cue.end);
            if let Some((a, b)) = source_after(low, toks, after) {
                let source = toks[a].start..toks[b - 1].end;
                // (at the start of the sentence, or of a clause after a semicolon, what is said
                // follows; else it went before, from the last semicolon)
                let clause = toks[..k].iter().rposition(|x| x.text == ";");
                let content =
                    if k == 0 || toks[clause.map_or(0, |c| c + 1)..k].iter().all(|x| !x.word) {
                        // (what is said starts at the word after the comma, not at its space)
                        let from = match toks.get(b) {
                            Some(x) if x.text == "," => toks.get(b + 1).map_or(x.end, |n| n.start),
                            Some(x) => x.start,
                            None => sentence.end,
                        };
                        trim_end(from..sentence.end)
                    } else {
                        let start = clause.map_or(sentence.start, |c| toks[c + 1].start);
                        trim_end(start..t.start)
                    };
                out.push(made(text, Some(source), cue, content.into(), "according"));
                k = b;
                continue;
            }
        }
        // a verb of speech in one word, or with its particle ("pointed out", "called for")
        let phrase = speech
            .phrase_head
            .then(|| rules.speech_phrases.longest(&text[t.start..sentence.end]))
            .flatten()
            .map(|(n, _)| t.start + n)
            .filter(|&end| end > t.end);
        if !(phrase.is_some() || speech.verb) || !used_as_verb(low, toks, k) {
            k += 1;
            continue;
        }
        let cue = t.start..phrase.unwrap_or(t.end);
        // (the cue's first word in lower case, read once for the tests below)
        let word = lower(low, &t);
        // the cue's last token: the cue's own word, or the last of its particle's few (counted
        // on from it, not searched for in the whole sentence; a cue of one word has none)
        let last = match phrase {
            Some(end) => k + toks[k + 1..].iter().take_while(|x| x.start < end).count(),
            None => k,
        };
        // what follows the cue: an addressee ("told AFP"), "that", a manner ("in a statement")
        let mut c = last + 1;
        if word.starts_with(b"told") || word.starts_with(b"tell") {
            // (a title's quotation marks and a possessive's apostrophe are the addressee's:
            // 'told MSNBC's "Morning Joe"')
            let mut words = 0;
            while c < toks.len()
                && (toks[c].word && words < 3 || matches!(toks[c].text, "\"" | "'"))
                && !matches!(lower(low, &toks[c]), b"that" | b"on" | b"in" | b"by")
            {
                words += usize::from(toks[c].word);
                c += 1;
            }
        }
        let mut manner = c;
        while manner < toks.len()
            && matches!(
                lower(low, &toks[manner]),
                b"in"
                    | b"a"
                    | b"an"
                    | b"the"
                    | b"statement"
                    | b"on"
                    | b"by"
                    | b"telephone"
                    | b"phone"
                    | b"interview"
                    | b"news"
                    | b"conference"
                    | b"briefing"
                    | b"monday"
                    | b"tuesday"
                    | b"wednesday"
                    | b"thursday"
                    | b"friday"
                    | b"saturday"
                    | b"sunday"
                    | b"late"
                    | b"earlier"
                    | b"today"
                    | b"yesterday"
                    | b"afp"
                    | b"reporters"
                    | b"morning"
                    | b"afternoon"
                    | b"evening"
                    | b"night"
                    | b"last"
                    | b"week"
                    | b"month"
                    | b"year"
            )
        {
            manner += 1;
        }
        let ends_here = manner >= toks.len() || matches!(toks[manner].text, "." | "!" | "?");
        // "…, top black lawmakers said Friday afternoon, as they bristled at …": a clause of
        // circumstance after the cue ends what a source set off after a comma says
        // (and a dash that sets off an aside: "Three people were killed, police said - two of
        // them children")
        let set_off_before_circumstance = |a: usize| {
            let aside = || toks.get(manner).is_some_and(is_dash);
            let circumstance = || {
                toks.get(manner).is_some_and(|t| t.text == ",")
                    && toks.get(manner + 1).is_some_and(|t| {
                        matches!(lower(low, t), b"as" | b"when" | b"while" | b"after" | b"before")
                    })
                    // ("…, Feldman said, as well as PHP applications": what is said goes on)
                    && toks
                        .get(manner + 2)
                        .is_none_or(|t| lower(low, t) != b"well")
            };
            a > 0 && a < k && toks[a - 1].text == "," && (aside() || circumstance())
        };
        // the source before the cue: a plain subject; a name with an apposition ("Scott Pruitt, the
        // attorney general of Oklahoma, said"); or, for "…, saying" and "… and said", the subject of
        // the sentence
        let prev_text = k
            .checked_sub(1)
            .map(|p| lower(low, &toks[p]))
            .unwrap_or_default();
        // (both asked only where no phrase before the cue is its source: most cues have one, and
        // answered there saved some 0.15 M per MB of the synthetic corpus)
        let core = || matches!(word, b"said" | b"says" | b"say" | b"told" | b"tells");
        let shares_subject =
            || word.ends_with(b"ing") || matches!(prev_text, b"and" | b"but" | b"," | b"also");
        // "the $184 million reported by Mike Lynch": a participle after what it says, with no
        // "be", whose agent says it
        if let Some((what, (a, b))) = reported_by(low, toks, k, last) {
            let source = Some(toks[a].start..toks[b - 1].end);
            let content = toks[what].start..toks[k - 1].end;
            out.push(made(text, source, cue, content.into(), "indirect"));
            k += 1;
            continue;
        }
        // "is expected", "has been criticized": a passive names no source (unless "by X" follows)
        if let Some(be) = passive_after(word, low, toks, k) {
            let from = toks
                .get(last + 1)
                .filter(|x| lower(low, x) == b"by")
                .map(|_| last + 2);
            // (not a time: "was expected by the end of the week", "by Friday")
            let source = from
                .and_then(|f| source_after(low, toks, f))
                .filter(|&(a, b)| !agent_is_a_time(low, &toks[a..b]))
                .map(|(a, b)| toks[a].start..toks[b - 1].end);
            // "It was reported that …": the statement follows; "… is expected": it precedes
            let content = match toks
                .get(last + 1)
                .filter(|x| lower(low, x) == b"that")
                .and_then(|_| toks.get(last + 2))
            {
                Some(first) => trim_end(first.start..sentence.end),
                // ("were admitted with gunshot wounds", "was found dead", "was felt 1,300 km
                // away", "is known by", "were being sought by rescue teams": no statement, unless
                // a "that" follows)
                None if matches!(
                    word,
                    b"admitted"
                        | b"found"
                        | b"felt"
                        | b"known"
                        | b"shown"
                        | b"sworn"
                        | b"spoken"
                        | b"sought"
                        | b"understood"
                ) =>
                {
                    k..k
                }
                // ("Shares have lost 11% since the job cuts were announced": what was announced
                // is the subject of the clause that "since" opens, no more)
                None => {
                    // (not "after being called out", which has no subject of its own)
                    let from = toks[..k]
                        .iter()
                        .rposition(|x| {
                            matches!(
                                lower(low, x),
                                b"since" | b"after" | b"before" | b"until" | b"because"
                            )
                        })
                        .filter(|&s| !matches!(lower(low, &toks[s + 1]), b"being" | b"having"))
                        .map_or(sentence.start, |s| toks[s + 1].start);
                    // (up to the form of "be" before the cue: "the job cuts were announced")
                    let stop = Some(be)
                        .filter(|&b| is_be(lower(low, &toks[b])) && toks[b].start >= from)
                        .unwrap_or(k);
                    trim_end(from.max(sentence.start)..toks[stop].start)
                }
            };
            if !content.is_empty() {
                out.push(made(text, source, cue, content.into(), "passive"));
            }
            k += 1;
            continue;
        }
        // "…,” he said, adding …": a second cue in the sentence shares the first one's source
        let earlier_source = || {
            out.iter()
                .rev()
                .find(|f| f.cue.start >= sentence.start && f.cue.end <= t.start)
                .and_then(|f| f.source.clone())
                .and_then(|r| {
                    Some((
                        toks.iter().position(|x| x.start == r.start)?,
                        toks.iter().position(|x| x.end == r.end)? + 1,
                    ))
                })
        };
        // "began by saying", "criticised for saying": the one who said it is the sentence's subject
        let gerund = gerund_after_preposition(word, low, toks, k);
        let no_time = |&(a, b): &(usize, usize)| !is_time_phrase(low, &toks[a..b]);
        // "…, said the minister.", "… in Takengon, the capital, said Sutopo Nugroho of the agency.":
        // after a comma, a source that the clause ends with follows the cue, unless a name with its
        // apposition stands before it ("Anthony Livanios, an analyst, said the plan would fail.")
        // (only the verbs that a source follows so: "…, the pastor declined to say" is no
        // inversion; and no source with a verb or an infinitive in it: "…, said no decision had
        // been made.")
        let inverted = (prev_text == b"," && INVERTED.contains_any_case(t.text))
            .then(|| source_after(low, toks, last + 1))
            .flatten()
            .filter(|&(a, b)| no_number(&toks[a..b]))
            .filter(|&(a, b)| {
                let said = matches!(word, b"said" | b"says" | b"added" | b"adds");
                // (the source ends the clause; or it is a short phrase with its determiner that
                // a place or a relative clause follows: "said one source in the room", "said the
                // official, who uses one name")
                let ends = toks
                    .get(b)
                    .is_none_or(|x| matches!(x.text, "." | "," | ";" | "!" | "?"));
                // (and after "said" or "added" only, whose object is never a noun phrase so)
                let described = || {
                    said && b - a <= 5
                        && class(lower(low, &toks[a])).has(Class::DETERMINER)
                        && toks.get(b).is_some_and(|x| {
                            matches!(lower(low, x), b"in" | b"on" | b"at" | b"who" | b"when")
                        })
                };
                // (after the other verbs, a name or a definite description: "…, reported the
                // agency", not "…, reported a loss")
                let named = || {
                    lower(low, &toks[a]) == b"the"
                        || toks[a..b]
                            .iter()
                            .any(|x| x.text.starts_with(|c: char| c.is_uppercase()))
                };
                (ends || described())
                    && (said || named())
                    && !class(lower(low, &toks[a])).has(Class::NP_BREAK)
                    && toks[a..b].iter().all(|x| {
                        let l = lower(low, x);
                        l != b"to" && !class(l).has(Class::AUXILIARY)
                    })
            })
            .filter(no_time);
        // (a phrase before the cue that is no time needs no second look)
        // ("Local officials, however, put the toll at 31": the source before an adverb set off)
        let end = match toks.get(k.saturating_sub(3)..k) {
            Some([a, adverb, b])
                if a.text == ","
                    && b.text == ","
                    && matches!(
                        lower(low, adverb),
                        b"however" | b"meanwhile" | b"though" | b"too" | b"also" | b"instead"
                    ) =>
            {
                k - 3
            }
            // ("but critics, including two senators, say": the source before a list set off;
            // "…, including some which were flattened, said Fauzi" has its source after the cue)
            _ if inverted.is_none() => included_before(low, toks, k).unwrap_or(k),
            _ => k,
        };
        let phrase = (!gerund).then(|| source_before(low, toks, end)).flatten();
        // "The Times on Saturday wrote": a time just before the cue stands between it and its
        // subject, whatever the verb
        let after_time = phrase.is_some();
        let before = match phrase {
            // "The ministry issued a statement saying …": the ministry says it
            Some(phrase) if no_time(&phrase) && word.ends_with(b"ing") => {
                Some(issuer_of(low, toks, phrase).unwrap_or(phrase))
            }
            Some(phrase) if no_time(&phrase) => Some(phrase),
            _ => appositive_source(low, toks, k)
                .or(inverted)
                .or_else(|| {
                    if shares_subject() {
                        earlier_source().or_else(|| sentence_subject(low, toks, k))
                    } else {
                        None
                    }
                })
                // "Based on the return, Sanders on Tuesday said": the phrase before the time
                .or_else(|| before_time(low, toks, end))
                // "all the experts I interviewed said", "On Tuesday said": the sentence's subject
                .or_else(|| {
                    if after_time || core() {
                        sentence_subject(low, toks, k)
                    } else {
                        None
                    }
                })
                .filter(no_time),
        };
        let mut lead = None;
        let (source, content) = match before {
            Some((a, b)) if a > k => {
                // "…, said the minister.": the statement is what came before the cue
                (
                    Some(toks[a].start..toks[b - 1].end),
                    trim_end(sentence.start..toks[k - 1].start),
                )
            }
            // '"…," Scott Pruitt, the attorney general, said at an event': a quotation that ends
            // its clause just before the source is what it said, and the words after the cue
            // tell where and when
            // (not for a participle or a second verb, which go on with the speaker: '"…," he
            // said, adding that …'; and only where the quotation opens the sentence: 'In an
            // interview on "Face the Nation," Ryan said the …' says what follows)
            Some((a, b))
                if !word.ends_with(b"ing")
                    && prev_text != b"and"
                    && let Some(q) = quotation_before(text, quotes, toks[a].start)
                    && (q.start <= sentence.start
                        || text[sentence.start..q.start]
                            .bytes()
                            .all(|b| matches!(b, b'"' | b'\'' | b' '))) =>
            {
                (Some(toks[a].start..toks[b - 1].end), trim_end(q))
            }
            Some((a, b)) if !ends_here && !set_off_before_circumstance(a) => {
                let mut from = c;
                if toks
                    .get(from)
                    .is_some_and(|x| x.text == ":" || x.text == ",")
                {
                    from += 1;
                }
                from = past_circumstance(low, toks, from);
                let Some(first) = toks.get(from) else {
                    // "Limbaugh added:" that ends its paragraph: what it adds is the paragraph
                    // set off after it
                    if let Some(block) = block.clone()
                        && from > c
                        && toks[from - 1].text == ":"
                    {
                        out.push(made(
                            text,
                            Some(toks[a].start..toks[b - 1].end),
                            cue,
                            block,
                            "direct",
                        ));
                    }
                    k += 1;
                    continue;
                };
                // "The toll rose to 12, the agency said, the highest this year.": the words before
                // the source are said too
                // (not after an addressee: "…, McDermott had told his father, Creighton coach …")
                // ("…, the fire service said in its latest update, up from …": past the
                // circumstance to its comma)
                lead = (c == last + 1)
                    .then(|| {
                        let past = circumstance_comma(low, toks, c);
                        parenthetical(low, toks, a, if past > c { past } else { manner })
                    })
                    .flatten()
                    .map(|comma| trim_end(sentence.start..toks[comma].start));
                (
                    Some(toks[a].start..toks[b - 1].end),
                    trim_end(first.start..content_end(low, toks, from, sentence.end)),
                )
            }
            Some((a, b)) => {
                // "…, the force said." : the statement is what came before the source, up to the
                // comma before it; not across a clause of its own ("Also, he said that Mitchell
                // would have told him.": "Mitchell … told him" reports nothing)
                let comma = toks[..a].iter().rposition(|x| x.text == ",");
                let clause = |p: usize| {
                    toks[p + 1..a].iter().any(|x| {
                        let l = lower(low, x);
                        is_cue(x) || l == b"that" || class(l).has(Class::AUXILIARY)
                    })
                };
                if comma.is_some_and(clause) {
                    k += 1;
                    continue;
                }
                let stop = comma.map_or(toks[a].start, |p| toks[p].start);
                // "… got roughed up - tackled, he said - while cutting …": a source and cue set
                // off between dashes say the aside the first dash opens
                let start = match comma {
                    Some(p) if toks.get(manner).is_some_and(is_dash) => toks[..p]
                        .iter()
                        .rposition(is_dash)
                        .map_or(sentence.start, |d| toks[d + 1].start),
                    _ => sentence.start,
                };
                (Some(toks[a].start..toks[b - 1].end), trim_end(start..stop))
            }
            None => {
                // "…, said the minister."
                // (not after a participle: "…, promising to lift the rules" names no one)
                match (!word.ends_with(b"ing"))
                    .then(|| source_after(low, toks, last + 1))
                    .flatten()
                {
                    Some((a, b)) if k > 0 && toks[k - 1].text == "," && no_number(&toks[a..b]) => {
                        let stop = toks[k - 1].start;
                        (
                            Some(toks[a].start..toks[b - 1].end),
                            trim_end(sentence.start..stop),
                        )
                    }
                    _ => {
                        k += 1;
                        continue;
                    }
                }
            }
        };
        if content.is_empty() {
            k += 1;
            continue;
        }
        let kind = if inside(quotes, content.start) {
            "direct"
        } else {
            "indirect"
        };
        let content = match lead {
            Some(lead) if !lead.is_empty() => Pieces::of(&[lead, content]),
            _ => content.into(),
        };
        out.push(made(text, source, cue, content, kind));
        k += 1;
    }
}

/// The quotation among `quotes` that ends just before byte `start`, with nothing but its closing
/// mark, commas and spaces between, and that ends a clause: a comma or other stop before its
/// closing mark or after it ('"It is an invasion," Pruitt said'; not 'the "Gang of Eight"
/// senators said').
fn quotation_before(text: &str, quotes: &[Range<usize>], start: usize) -> Option<Range<usize>> {
    let q = quotes.iter().rev().find(|q| q.end <= start)?;
    let between = &text[q.end..start];
    let stop = between.contains(',') || text[..q.end].trim_end().ends_with([',', '.', '!', '?']);
    (between
        .bytes()
        .all(|b| matches!(b, b'"' | b'\'' | b' ' | b','))
        && stop)
        .then(|| q.clone())
}

/// The comma that opens a source set off in the middle of what it says ("The toll rose to 12,
/// the agency said, the highest this year."), where the source runs from token `a` and a comma
/// follows its cue (and the manner said, "in a statement") at token `c`: the clause before the
/// comma is said too. Not where a quotation opens after the cue, nor where the words before the
/// comma set the scene ("In a statement, the agency said, …", "Asked about the toll, the minister
/// said, …") or are too few to be a clause.
fn parenthetical(low: &str, toks: &[Token], a: usize, c: usize) -> Option<usize> {
    let comma = a.checked_sub(1).filter(|&p| toks[p].text == ",")?;
    let opens = toks.first().filter(|x| x.word)?;
    if toks.get(c).is_none_or(|x| x.text != ",")
        || toks.get(c + 1).is_none_or(|x| !x.word)
        || toks[..comma].iter().filter(|x| x.word).count() < 3
    {
        return None;
    }
    // "…, which, Tompkins said, is usually full": the source is set off inside a clause of its own
    // whose start is not the sentence's
    if comma
        .checked_sub(1)
        .is_some_and(|p| class(lower(low, &toks[p])).has(Class::NP_BREAK))
    {
        return None;
    }
    let first = lower(low, opens);
    let scene =
        class(first).has(Class::NP_BREAK) || first.ends_with(b"ed") || first.ends_with(b"ing");
    // (but a clause that a time or place opens is said: "By Friday the blaze had burned 10,000
    // hectares, Infoca said, …", its verb an auxiliary)
    let clause = || {
        toks[1..comma]
            .iter()
            .any(|x| class(lower(low, x)).has(Class::AUXILIARY))
    };
    (!scene || class(first).has(Class::NP_BREAK) && clause()).then_some(comma)
}

/// The verbs of speech that may come before their source, after what was said: "…, said the
/// minister.", "…, wrote Jane Doe of the Tribune." Not those whose object often follows them
/// after a comma ("…, told the crowd", "…, confirmed the deal", "…, asked the waiter").
static INVERTED: WordList = WordList::new(&[
    "said",
    "says",
    "added",
    "adds",
    "wrote",
    "writes",
    "reported",
    "reports",
    "noted",
    "notes",
    "explained",
    "continued",
    "insisted",
    "declared",
    "stated",
    "tweeted",
    "replied",
]);

/// Where the statement opens after a verb of speech, past the time or place said first ("tweeted
/// in the early morning hours that …", "said during the debate last week, \"…"): at its "that", or
/// at the quotation after a comma, when a preposition opens the words before them (eight at
/// most, all words). `from` where it opens with no preposition or neither follows.
/// (The preposition is asked where the call is made: most statements open with none, and make no
/// call of `circumstance_end`; 0.08 M instructions per MB of the synthetic corpus.)
#[inline(always)]
fn past_circumstance(low: &str, toks: &[Token], from: usize) -> usize {
    let opens = toks.get(from).is_some_and(|t| {
        matches!(
            lower(low, t),
            b"in"
                | b"on"
                | b"at"
                | b"during"
                | b"after"
                | b"before"
                | b"late"
                | b"early"
                | b"via"
                | b"by"
        )
    });
    if !opens {
        return from;
    }
    circumstance_end(low, toks, from)
}

/// `past_circumstance` after the preposition at `from`.
// (out of line: inlined into `reported`, it cost more than it does)
#[inline(never)]
fn circumstance_end(low: &str, toks: &[Token], from: usize) -> usize {
    for (i, t) in toks.iter().enumerate().skip(from + 1).take(8) {
        if lower(low, t) == b"that" {
            return i;
        }
        if t.text == "," && toks.get(i + 1).is_some_and(|q| q.text == "\"") {
            return i + 1;
        }
        if !t.word {
            break;
        }
    }
    from
}

/// The comma that closes a circumstance opened by a preposition at token `from` ("in its latest
/// update, …", of eight words at most); else `from`.
fn circumstance_comma(low: &str, toks: &[Token], from: usize) -> usize {
    let opens = toks
        .get(from)
        .is_some_and(|t| matches!(lower(low, t), b"in" | b"on" | b"at" | b"during" | b"via"));
    if !opens {
        return from;
    }
    toks.iter()
        .enumerate()
        .skip(from + 1)
        .take(8)
        .find(|(_, t)| !t.word || lower(low, t) == b"that")
        .filter(|(_, t)| t.text == ",")
        .map_or(from, |(i, _)| i)
}

/// Where the statement that opens at token `from` ends: at the sentence's end, or before a second
/// verb of speech that the sentence's subject goes on with ("…, adding that", "… and vowed to").
pub(super) fn content_end(low: &str, toks: &[Token], from: usize, sentence_end: usize) -> usize {
    // ("The union says more than 40,000 are out; according to the company, …": a semicolon
    // ends what is said)
    let sentence_end = toks
        .get(from..)
        .and_then(|rest| rest.iter().find(|t| t.text == ";"))
        .map_or(sentence_end, |t| t.start.min(sentence_end));
    // (a cue is told by a bit of its marks: the other words are passed over four at a time, by
    // `unmarked_run`, where a test of each cost 0.1 M instructions per MB of the synthetic corpus)
    let mut i = from + 2;
    while let Some(rest) = toks.get(i..) {
        i += unmarked_run(rest, WordMarks::SPEECH_VERB);
        let Some(t) = toks.get(i) else {
            break;
        };
        let (before, w) = (&toks[i - 1], lower(low, t));
        if before.text == "," && w.ends_with(b"ing")
            || w.ends_with(b"ed") && lower(low, before) == b"and"
        {
            return before.start.min(sentence_end);
        }
        i += 1;
    }
    sentence_end
}
