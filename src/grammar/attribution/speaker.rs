//! Speakers resolved: "he" and "she" to the last named person who may be of their sex, "it" and
//! "they" to a body named before, "who" to its antecedent, a surname to the full name given
//! earlier, and aliases by the rules.

use std::ops::Range;

use super::bytewise::{last_word, no_capitalised_word, one_capitalised_word};
use super::persons::{Earlier, is_title, last_named_person, names_no_person};
use super::{Found, is_pronoun};
use crate::claim::CompactString;
use crate::rules::{Rules, Sex};

/// Resolves pronouns, surnames and aliases to a canonical speaker.
/// (`since` and `earlier` are empty, with room kept from an article before.)
pub(super) fn resolve_speakers(
    rules: &Rules,
    text: &str,
    low: &str,
    found: &mut [Found],
    (since, earlier): (&mut Vec<Step>, &mut Earlier),
) {
    // (a stretch of text, a speaker and a pronoun's person for each statement at most, in a list
    // that need not grow)
    since.reserve(3 * found.len());
    let mut last_person = Antecedent {
        since: std::mem::take(since),
        told: Vec::new(),
    };
    let mut last_cue = 0;
    // (the lengths of the aliases, few: a source of no such length is not hashed to look it up)
    let alias_lengths = rules
        .speaker_aliases
        .keys()
        .fold(0, |bits, k| bits | length_bit(k.len()));
    for i in 0..found.len() {
        // the statements before this one (whose speakers are settled) and this one
        let (before, rest) = found.split_at_mut(i);
        let f = &mut rest[0];
        // a person named since the last statement is a nearer antecedent for "he" ("Defence
        // Minister Soumeylou Boubeye Maiga identified the rebels …, who he said were …")
        // (but not one named in what this statement says before its cue: "Most houses were in
        // the Wih Pesam area, he added" does not make "Wih Pesam" "he")
        let upto = f
            .content
            .first()
            .map(|c| c.start)
            .filter(|&s| s < f.cue.start)
            .unwrap_or(f.cue.start);
        last_person.read(last_cue.min(upto)..upto);
        last_cue = f.cue.end;
        let Some(src) = f.source_norm.as_deref() else {
            continue;
        };
        // the source in lower case: an ASCII one's bytes are read from the text lower-cased once
        // (`made` copied the source from `text` at the same offsets)
        let unicode_lower;
        let l = match f
            .source
            .clone()
            .filter(|_| src.is_ascii())
            .and_then(|r| low.get(r))
        {
            Some(l) => l,
            None => {
                unicode_lower = src.to_lowercase();
                unicode_lower.as_str()
            }
        };
        if alias_lengths & length_bit(l.len()) != 0
            && let Some(alias) = rules.speaker_aliases.get(l)
        {
            f.speaker = Some(CompactString::from(alias.as_str()));
            continue;
        }
        if is_pronoun(l) {
            let sex = match l {
                "he" => Some(Sex::Male),
                "she" => Some(Sex::Female),
                _ => None,
            };
            if let Some(sex) = sex {
                f.speaker = last_person.get(rules, text, before, (sex, f.cue.start));
            } else if matches!(l, "it" | "they") {
                f.speaker = body_before(rules, before, f.cue.start, l == "they");
            }
            continue;
        }
        // "said Mr. Kamin, who emphasized", "The mayor, who said", "families, many of whom say":
        // the one the relative pronoun stands for, a statement's speaker just before it or the
        // phrase before its comma
        if (matches!(src, "who" | "which" | "Who" | "Which") || l.ends_with(" of whom"))
            && let Some(start) = f.source.as_ref().map(|r| r.start)
        {
            let joined = |e: &Found| {
                e.source
                    .as_ref()
                    // (an earlier source may end after this one starts: no gap between them)
                    .and_then(|r| text.get(r.end..start))
                    .is_some_and(|gap| gap.trim_matches([',', '(', ' ']).is_empty())
            };
            f.speaker = match before.iter().rev().take(2).find(|e| joined(e)) {
                Some(e) => e.speaker.clone(),
                None => antecedent_before(&text[..start]).map(CompactString::from),
            };
            continue;
        }
        if one_capitalised_word(src) {
            // a surname: the longest name ending with it earlier in the text
            f.speaker = earlier
                .full_name(text, src, f.cue.start)
                .or_else(|| f.source_norm.clone());
        } else if let Some(title) = l.strip_prefix("the ").filter(|_| no_capitalised_word(src))
            && let Some(name) = earlier.titled_name(text, low, title, f.cue.start)
        {
            // "the prime minister" → "Prime Minister Moussa Mara"
            f.speaker = Some(name.into());
        } else {
            // "Anthony Livanios, a political analyst,", "Mahnefah Gray, 19,": the name without
            // what is said of it; "The mayor, Fatoumata Traore, said": the name after a
            // description; else (a copy of the source as written: a string of up to 24 bytes is
            // copied inline)
            f.speaker = name_before_apposition(src)
                .or_else(|| {
                    // (the comma after the source first: most have none, and are passed over by
                    // that test, where six of an article at its start were made for each)
                    let source = f.source.as_ref()?;
                    let gap = text.get(source.end..f.cue.start)?;
                    if !gap.starts_with(", ") || !opens_with_determiner(src) {
                        return None;
                    }
                    name_between(gap)
                })
                .map(CompactString::from)
                .or_else(|| f.source_norm.clone());
        }
        last_person.spoke(i);
    }
    // (the list handed back, with its room, for the next article)
    *since = last_person.since;
}

/// The name that opens a source with an apposition after its comma ("Anthony Livanios, a
/// political analyst,", "Mahnefah Gray, 19,"), or after a title with its article the name in the
/// apposition ("The Prime Minister, Boris Johnson,"): two to five capitalised words of letters.
fn name_before_apposition(src: &str) -> Option<&str> {
    // (an apposition's source ends with its comma: most sources are passed over by that alone)
    if !src.ends_with(',') {
        return None;
    }
    let (name, rest) = src.split_once(", ")?;
    // ("Sea-Watch, whose aircraft spotted the vessel,": the name without the clause said of it)
    if ["whose ", "who ", "which "]
        .iter()
        .any(|w| rest.starts_with(w))
    {
        return Some(name);
    }
    // ("The Prime Minister, Boris Johnson,": after a title with its article, a name in the
    // apposition is the speaker's)
    if opens_with_determiner(name)
        && let Some(apposition) = rest.strip_suffix(',').filter(|a| is_plain_name(a))
    {
        return Some(apposition);
    }
    // ("The agency's latest report, released on Monday,": the description without what is said
    // of it)
    (!rest.is_empty() && (is_plain_name(name) || opens_with_determiner(name))).then_some(name)
}

/// Two to five capitalised words of letters (with points, hyphens and apostrophes): a name.
fn is_plain_name(name: &str) -> bool {
    let words = name.split(' ').count();
    (2..=5).contains(&words)
        && name.split(' ').all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// Does a source open with a determiner: an article, a possessive pronoun or a possessive noun
/// ("The mayor", "A spokeswoman", "Her agent", "Williams' publicist", "Trump's running mate"): a
/// description, which a name set off after it may name?
fn opens_with_determiner(src: &str) -> bool {
    const WORDS: [&str; 15] = [
        "The", "A", "An", "His", "Her", "Their", "Its", "Our", "the", "a", "an", "his", "her",
        "their", "its",
    ];
    let Some((first, _)) = src.split_once(' ') else {
        return false;
    };
    WORDS.contains(&first) || ["'s", "’s", "s'", "s’"].iter().any(|p| first.ends_with(p))
}

/// The name set off by commas in what stands between a source and its cue (", Fatoumata
/// Traore, " of "The mayor, Fatoumata Traore, said").
fn name_between(gap: &str) -> Option<&str> {
    let name = gap.strip_prefix(", ")?.trim_end().strip_suffix(',')?;
    is_plain_name(name).then_some(name)
}

/// The body that "it" or "they" (`plural`) stands for ("The group claimed the attack, which it said
/// killed 30 soldiers"; "Deputies said … They said"): the speaker of one of the last two
/// statements before the cue at `cue`, within 400 bytes, that may be one (`may_be_body`).
fn body_before(rules: &Rules, before: &[Found], cue: usize, plural: bool) -> Option<CompactString> {
    before
        .iter()
        .rev()
        .take(2)
        .take_while(|e| cue.saturating_sub(e.cue.end) < 400)
        .filter_map(|e| e.speaker.as_ref())
        .find(|s| may_be_body(rules, s, plural))
        .cloned()
}

/// Can a speaker be what "it" (or, `plural`, "they") stands for? A short phrase, with no comma,
/// that opens with "the" or a capital ("The city of Phoenix", "Deputies", "AMD"), whose head (its
/// last word, or the last before "of") is singular or plural as the pronoun is, and that names no
/// person: no name, title or word that tells a sex. A single word is a body's where "it" stands
/// for an acronym ("AMD", not "Obama") and "they" for a plural ("Authorities").
fn may_be_body(rules: &Rules, s: &str, plural: bool) -> bool {
    let words: Vec<&str> = s.split(' ').collect();
    let opens = s.starts_with(|c: char| c.is_uppercase()) || s.starts_with("the ");
    let head = match words.iter().position(|w| *w == "of") {
        Some(p) if p > 0 => words[p - 1],
        _ => words.last().copied().unwrap_or_default(),
    };
    let lower = head.to_lowercase();
    let many = lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us")
        || matches!(lower.as_str(), "police" | "people" | "staff" | "military");
    let one_word_fits = words.len() > 1
        || if plural {
            many
        } else {
            s.len() > 1 && s.bytes().all(|b| b.is_ascii_uppercase() || b == b'&')
        };
    // ("…, but critics say …. They say": a bare plural in lower case may stand for "they")
    (opens || plural && words.len() == 1)
        && words.len() <= 6
        && !s.contains(',')
        && many == plural
        && one_word_fits
        && !is_plain_name(s)
        && !surely_a_person(s)
        && sex_of(rules, s).is_none()
}

/// The noun phrase a relative pronoun after `text` stands for: a name ("Mr. Kamin, who"), or a
/// description back to its determiner ("The mayor, who", "this story (which", "an official
/// report which"), of a few words.
fn antecedent_before(text: &str) -> Option<&str> {
    let t = text.trim_end();
    // (set off by a comma or a bracket, or with neither, restrictive: "an official report which
    // concluded", whose antecedent must then open with a determiner, not "Then there are those")
    let (s, restrictive) = match t.strip_suffix([',', '(']) {
        Some(s) => (s.trim_end(), false),
        None => (t, true),
    };
    let found = antecedent_in(s, restrictive)?;
    // "cut its guidance in July, which had forecast": a month, a weekday or a year after a
    // preposition says when, and the pronoun stands for the phrase before it
    let head = s[..s.len() - found.len()].trim_end();
    let when = !found.contains(' ')
        && (super::super::time::is_calendar(&found.to_ascii_lowercase())
            || found.len() == 4 && found.bytes().all(|b| b.is_ascii_digit()));
    match head.rsplit_once(' ') {
        // (and where no phrase stands there, it stands for none: a month calls for nothing)
        Some((before, "in" | "on" | "since" | "during" | "until" | "by")) if when => {
            antecedent_in(before.trim_end(), restrictive)
        }
        _ => Some(found),
    }
}

/// `antecedent_before`, at the end of `s` (trimmed, its comma taken off: `restrictive` where
/// there was none).
fn antecedent_in(s: &str, restrictive: bool) -> Option<&str> {
    let mut start = s.len();
    let mut determined = false;
    let mut words = 0;
    let mut named = false;
    while words < 5 {
        let head = s[..start].trim_end();
        let from = head
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let w = &head[from..];
        let capital = w.starts_with(|c: char| c.is_uppercase());
        // (lower-case words only before any capital: "the mayor", not "said Mr. Kamin"; and no
        // verb: "The bill angered families, many of whom")
        let verb = w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"));
        let lower_word = !named && !verb && w.bytes().all(|b| b.is_ascii_lowercase());
        if w.is_empty() || !capital && !lower_word {
            break;
        }
        start = from;
        words += 1;
        named |= capital;
        let determiner = matches!(
            w.to_ascii_lowercase().as_str(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
        );
        if determiner {
            // (with no comma, a phrase after a preposition is taken for the object of another
            // phrase's: "people across the country who want", "a shock for everyone who")
            determined = !is_preposition(s[..start].trim_end().rsplit(' ').next().unwrap_or(""));
            break;
        }
        if restrictive && (is_preposition(w) || w == "to") {
            break;
        }
    }
    (words > 0 && (determined || !restrictive)).then(|| &s[start..])
}

/// A preposition that makes the phrase after it the object of another's ("across", "for").
fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "of" | "for" | "in" | "across" | "around" | "with" | "from" | "at" | "on" | "by"
    )
}

/// A bit for a string's length in bytes, among 64: any of 63 bytes or more sets the top one.
fn length_bit(n: usize) -> u64 {
    1 << n.min(63)
}

/// The person "he" or "she" refers back to, as `resolve_speakers` walks forward: the nearest who
/// can be one (a named person or a description of one, "a defence ministry official", not an
/// organisation or a place) and is not known to be of the other sex, among the speakers, the
/// persons named in the text and those the pronouns before stood for; none when no one can be.
/// The text is searched for names, and a speaker asked whether it names no person, only when a
/// pronoun asks (most statements are followed by none), and only back to the nearest who fits:
/// most often the person the last pronoun of the same sex stood for, or someone named since.
#[derive(Default)]
struct Antecedent {
    /// What came, in order: stretches of text between statements, named speakers, and the
    /// persons the pronouns stood for.
    since: Vec<Step>,
    /// The last words of the names a pronoun stood for, with its sex: "she" said of "the mayor"
    /// makes the mayor a woman, whom a later "he" passes over.
    told: Vec<(CompactString, Sex)>,
}

/// A step of `Antecedent::since`.
pub(super) enum Step {
    /// Text between two statements, which may name a person.
    Read(Range<usize>),
    /// The statement (its index) of a named speaker, who may be a person.
    Spoke(usize),
    /// A pronoun of this sex stood for this person (unknown: for no one): for a later pronoun of
    /// the same sex, nearer than anyone before.
    Meant(Person, Sex),
}

impl Antecedent {
    /// The text between two statements, which may name a person.
    fn read(&mut self, between: Range<usize>) {
        self.since.push(Step::Read(between));
    }

    /// Statement `i` has a named speaker (not a pronoun), who may be "he" or "she": nearer than
    /// any name read before.
    fn spoke(&mut self, i: usize) {
        self.since.push(Step::Spoke(i));
    }

    /// The person a pronoun of `sex` refers to now, in a statement whose cue starts at `cue`;
    /// `earlier` are the statements before it, with their speakers resolved. A speaker who quotes
    /// the words the pronoun's cue is in is not the pronoun ("McCrummen reports: “… she said …”";
    /// but in "Mead said he believed", which quotes nothing, "he" is Mead).
    fn get<'a>(
        &mut self,
        rules: &Rules,
        text: &str,
        earlier: &'a [Found],
        (sex, cue): (Sex, usize),
    ) -> Option<CompactString> {
        // Past a person of the other sex, one whose sex is unknown is taken only when it is
        // surely a person (a speaker with a title), not a name that may be anyone's nor any
        // capitalised words of the text ("North Korea", "Albany Ave"): where the nearest person
        // cannot be the pronoun's, the one further back is a guess, and no speaker is better than
        // a wrong one.
        let passed = std::cell::Cell::new(false);
        // (`titled`: the source whose title, if it has one, makes it surely a person: asked only
        // where the answer counts, past a person of the other sex with no sex known)
        let fits = |known: Option<Sex>, name: &str, titled: Option<&str>| match known
            .or_else(|| self.told_of(name))
        {
            Some(s) if s != sex => {
                passed.set(true);
                false
            }
            Some(_) => true,
            None => !passed.get() || titled.is_some_and(surely_a_person),
        };
        // (the last word of the speaker who quotes the pronoun's words, once passed: not the
        // pronoun where the text names them before the quotation either)
        let quoter = std::cell::Cell::new(None);
        let quoted_by = |f: &'a Found| {
            let quotes = f.kind == "direct" && f.content.iter().any(|c| c.contains(&cue));
            if quotes {
                quoter.set(f.speaker.as_deref().and_then(last_name_word));
            }
            quotes
        };
        let nearest = self.since.iter().rev().find_map(|step| match step {
            Step::Read(r) => last_named_person(&text[r.clone()], |name, before| {
                let known = sex_of(rules, name).or_else(|| word_sex(rules, before));
                let quoting = quoter.get().is_some_and(|q| {
                    last_name_word(name).is_some_and(|w| w.eq_ignore_ascii_case(q))
                });
                !quoting && fits(known, name, None)
            })
            .map(|n| Person::Named(n.into())),
            Step::Spoke(i) => earlier
                .get(*i)
                .filter(|f| !quoted_by(f))
                .filter(|f| {
                    f.source_norm.as_deref().is_some_and(|src| {
                        !names_no_person(src) && speaker_fits(rules, f, src, &fits)
                    })
                })
                .map(|_| Person::Speaker(*i)),
            Step::Meant(person, s) => {
                if *s == sex {
                    return Some(person.clone());
                }
                passed.set(passed.get() || !matches!(person, Person::Unknown));
                None
            }
        });
        let person = nearest.unwrap_or(Person::Unknown);
        let name = match &person {
            Person::Unknown => None,
            Person::Speaker(i) => earlier.get(*i).and_then(|f| f.speaker.clone()),
            Person::Named(name) => Some(name.clone()),
        };
        if let Some(last) = name.as_deref().and_then(last_name_word)
            && self.told_of(last).is_none()
        {
            self.told.push((last.into(), sex));
        }
        self.since.push(Step::Meant(person, sex));
        name
    }

    /// The sex a pronoun told of a person with this name, known by its last word.
    fn told_of(&self, name: &str) -> Option<Sex> {
        // (most articles have no pronoun resolved to anyone yet, or at all)
        if self.told.is_empty() {
            return None;
        }
        let last = last_name_word(name)?;
        self.told
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(last))
            .map(|&(_, s)| s)
    }
}

/// Can the speaker of `f` (whose source is `src`) be the pronoun's person, by `fits`: the sex the
/// words of the source tell, or those of the speaker made of it ("The mayor, Fatoumata Traore,").
fn speaker_fits(
    rules: &Rules,
    f: &Found,
    src: &str,
    fits: &impl Fn(Option<Sex>, &str, Option<&str>) -> bool,
) -> bool {
    let speaker = f.speaker.as_deref().filter(|s| *s != src);
    let known = sex_of(rules, src).or_else(|| speaker.and_then(|s| sex_of(rules, s)));
    fits(known, speaker.unwrap_or(src), Some(src))
}

/// Is a source surely a person's, by a title in it ("The mayor", "a police spokesman"), not a
/// description of things ("Instant polls", "the duo") nor a name that may be anyone's?
/// (Here and in the pronouns' other tests, words are split at ASCII white space, read as bytes:
/// the normalised text has no other.)
fn surely_a_person(src: &str) -> bool {
    src.split_ascii_whitespace().any(is_title)
}

/// The sex the words of a name or a description tell ("Ms Traore", "Army spokesman Souleymane
/// Dembele", "a woman"), by the rules' words; none when they tell none, or both.
fn sex_of(rules: &Rules, phrase: &str) -> Option<Sex> {
    // (the words after a possessive are the person's: "Hillary Clinton's spokesman Brian Fallon")
    let head = after_possessive(phrase).unwrap_or(phrase);
    let mut sex = None;
    // (the word before is capitalised, and no article: "Gayle King", not "The Queen")
    let mut name_before = false;
    let mut first = true;
    let mut words = head.split_ascii_whitespace().peekable();
    while let Some(w) = words.next() {
        let capital = w.starts_with(char::is_uppercase);
        // a capitalised last word alone or after a name's is a surname, whatever else it may be
        // ("King", "Gayle King", "Elton John")
        let surname = capital && (first || name_before) && words.peek().is_none();
        name_before = capital && !matches!(w, "The" | "A" | "An");
        first = false;
        match (sex, (!surname).then(|| word_sex(rules, w)).flatten()) {
            (Some(a), Some(b)) if a != b => return None,
            (None, found) => sex = found,
            _ => {}
        }
    }
    sex
}

/// The words after the last apostrophe of a phrase when it makes a possessive ("spokesman Brian
/// Fallon" of "Hillary Clinton's spokesman Brian Fallon"). (The apostrophe is found by its last
/// byte, `'` or that of `’`, read back byte by byte: a search for either character decodes each.)
fn after_possessive(phrase: &str) -> Option<&str> {
    let b = phrase.as_bytes();
    let mut end = b.len();
    while let Some(at) = b[..end].iter().rposition(|&c| c == b'\'' || c == 0x99) {
        // (0x99 ends `’`, E2 80 99, and other characters, which are passed over)
        if b[at] == b'\'' || at >= 2 && b[at - 2..at] == [0xe2, 0x80] {
            return phrase.get(at + 1..)?.strip_prefix("s ");
        }
        end = at;
    }
    None
}

/// The sex a word tells ("Mr.", "spokeswoman"), in any case and without the marks around it.
fn word_sex(rules: &Rules, word: &str) -> Option<Sex> {
    // (most words open and end with a letter of ASCII: nothing to trim, and no character decoded
    // to be told so)
    let b = word.as_bytes();
    let w = match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => word,
        _ => word.trim_matches(|c: char| !c.is_alphanumeric()),
    };
    if w.is_empty() {
        return None;
    }
    // (the rules' table is asked in any case of ASCII; a wider word is lower-cased first)
    if w.is_ascii() {
        rules.sex_words.get(w).copied()
    } else {
        rules.sex_words.get(&w.to_lowercase()).copied()
    }
}

/// The last word of a name, without the marks around it ("Traore" of "Ms Traore,"), as
/// `last_word` finds it; none where it has none.
fn last_name_word(name: &str) -> Option<&str> {
    Some(last_word(name)).filter(|w| !w.is_empty())
}

/// Who "he" or "she" may be: a speaker, held by the statement's index (copied only when a
/// pronoun asks), or a name read in the text.
#[derive(Default, Clone)]
pub(super) enum Person {
    #[default]
    Unknown,
    Speaker(usize),
    Named(CompactString),
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules' words tell a person's sex from a source or a name: a title or a first name, not
    /// a surname that is also a title, and the person after a possessive.
    #[test]
    fn the_words_of_a_name_tell_its_sex() {
        let rules = Rules::defaults();
        let sex = |t: &str| sex_of(&rules, t);
        assert_eq!(sex("Ms Okoro"), Some(Sex::Female));
        assert_eq!(sex("a coast guard spokesman"), Some(Sex::Male));
        assert_eq!(sex("The Queen"), Some(Sex::Female));
        assert_eq!(sex("the boy's mother"), Some(Sex::Female));
        // "King" and "John" last after a name are surnames; nothing tells "The mayor"
        assert_eq!(sex("Gayle King"), None);
        assert_eq!(sex("King"), None);
        assert_eq!(sex("Elton John"), None);
        assert_eq!(sex("The mayor"), None);
        // two that disagree tell nothing
        assert_eq!(sex("Mr and Mrs Okoro"), None);
        // a title before a name in the text tells it too, with its mark
        assert_eq!(word_sex(&rules, "Mrs."), Some(Sex::Female));
        // a possessive ends a name read in the text, and is no part of it
        let name = |t: &str| last_named_person(t, |_, _| true);
        assert_eq!(
            name("as NBC's Dante Chinni said").as_deref(),
            Some("Dante Chinni")
        );
        assert_eq!(
            name("met Dante Chinni's team").as_deref(),
            Some("Dante Chinni")
        );
        // a name `fits` turns away is passed over for the one before it
        let woman = |t: &str| {
            last_named_person(t, |n, before| {
                sex_of(&rules, n).or_else(|| word_sex(&rules, before)) != Some(Sex::Male)
            })
        };
        assert_eq!(
            woman("Ada Kwame met spokesman Femi Bello").as_deref(),
            Some("Ada Kwame")
        );
    }

    /// The words after a possessive are found by bytes as the search for either apostrophe found
    /// them, with other characters that end in the byte of `’` about.
    #[test]
    fn the_words_after_a_possessive_are_found_by_bytes() {
        fn by_chars(phrase: &str) -> Option<&str> {
            phrase.rfind(['\'', '’']).and_then(|at| {
                let rest = &phrase[at..];
                let rest = rest.strip_prefix('\'').or_else(|| rest.strip_prefix('’'));
                rest.and_then(|r| r.strip_prefix("s "))
            })
        }
        for phrase in [
            "Hillary Clinton's spokesman Brian Fallon",
            "the boy’s mother",
            "O'Brien",
            "the ministers' aide",
            "NBC’s Dante Chinni’",
            "Ana’s aide ™ Bo",
            "Ana's aide ♙s Bo",
            "’s x",
            "'",
            "",
            "x’",
        ] {
            assert_eq!(after_possessive(phrase), by_chars(phrase), "{phrase}");
        }
    }

    /// A name set off by commas between a source and its cue is read; other words there are not.
    #[test]
    fn a_name_between_source_and_cue_is_read() {
        assert_eq!(
            name_between(", Fatoumata Traore, "),
            Some("Fatoumata Traore")
        );
        assert_eq!(
            name_between(", Raymond W. Kelly,"),
            Some("Raymond W. Kelly")
        );
        assert_eq!(name_between(", who was there, "), None);
        assert_eq!(name_between(", Traore, "), None);
        assert_eq!(name_between(" "), None);
        assert!(opens_with_determiner("The mayor") && !opens_with_determiner("Theo Walcott"));
    }
}
