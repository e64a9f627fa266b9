//! People named earlier in the text: the last person named before a pronoun (not an
//! organisation or a place, nor a word that opens the sentence), and the names met so far as the
//! speakers are resolved in order, searched for as the text is read on.

use super::super::words::without_possessive;
use super::bytewise::{is_name_word, last_capital_or_wide, last_word, name_words_before};
use super::mentions;
use super::source::is_weekday;
use crate::claim::CompactString;
use crate::text::{WordList, search};

/// Capitalised words that open a sentence before a name, and are none of it ("For", "As", "What").
fn opens_sentence(word: &str) -> bool {
    static OPENERS: WordList = WordList::new(&[
        "for",
        "to",
        "from",
        "with",
        "by",
        "of",
        "as",
        "like",
        "unlike",
        "after",
        "before",
        "when",
        "while",
        "since",
        "until",
        "under",
        "despite",
        "asked",
        "ask",
        "then",
        "so",
        "yet",
        "or",
        "but",
        "and",
        "nor",
        "if",
        "what",
        "how",
        "why",
        "where",
        "because",
        "although",
        "though",
        "during",
        "without",
        "against",
        "among",
        "including",
        "once",
        "now",
        "even",
        "only",
        "this",
        "that",
        "his",
        "her",
        "their",
        "its",
    ]);
    OPENERS.contains_any_case(word)
}

/// The last name of a person (two or more capitalised words, not an organisation or a place) in
/// `text`.
///
/// The text is read backward from its end, so that the search stops at the last name rather than
/// reading the whole text for every statement. A run of capitalised words ends at a word that is
/// not one, and after a word with a mark at its end ("Keita," closes "Ibrahim Boubacar Keita,").
/// Only the words with a capital of ASCII or a wider character in them can be a name's (most words
/// have neither): they are found eight bytes at a time, and each other word between two of them
/// ends a run as reading it would.
pub(super) fn last_named_person(text: &str, fits: impl Fn(&str, &str) -> bool) -> Option<String> {
    // The run (read backward, so its words in reverse; its first word at `from`) when it names a
    // person: two words or more, not an organisation or a place, known by its last word ("Mali
    // Defence Ministry"), and one `fits` takes, asked with the word before the name.
    let person = |run: &[&str], from: usize| {
        let last = run.first()?;
        if run.len() < 2 || names_no_person(last) {
            return None;
        }
        // a word that opens the sentence before the name is none of it, and the surname left is
        // the name: "For Lucía Torres, 41, …", "As Clinton talked, …"
        let run = match run.split_last() {
            Some((first, rest)) if opens_sentence(first) => rest,
            _ => run,
        };
        // (not a title alone: "What Mr. …")
        if run.len() == 1 && is_title(last) {
            return None;
        }
        // (the words in order, joined by spaces in one string made to its length: a list of them
        // joined was two allocations for each run asked about)
        let len = run.iter().map(|w| w.len() + 1).sum::<usize>() - 1;
        let mut name = String::with_capacity(len);
        for (i, w) in run.iter().rev().enumerate() {
            if i > 0 {
                name.push(' ');
            }
            name.push_str(w);
        }
        let before = text
            .get(..from)
            .and_then(|t| t.split_ascii_whitespace().next_back())
            .unwrap_or("");
        // (a name after "the" is an outlet's, a firm's or a ship's, not a person's: "told the
        // Continental Herald"; but "the Rev. John Smith" has a title)
        if before.eq_ignore_ascii_case("the") && !run.last().is_some_and(|w| is_title(w)) {
            return None;
        }
        fits(&name, before).then_some(name)
    };
    let mut run: Vec<&str> = Vec::new();
    // where the run's first word starts
    let mut run_from = 0;
    // normalised text has no whitespace but ASCII's
    let bytes = text.as_bytes();
    // where the words read so far start (the text from there on is read)
    let mut read_from = bytes.len();
    while let Some(at) = last_capital_or_wide(&bytes[..read_from]) {
        let mut start = at;
        while start > 0 && !bytes[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
        let mut end = at + 1;
        while end < bytes.len() && !bytes[end].is_ascii_whitespace() {
            end += 1;
        }
        // the words between this one and those read, if any, can be no name's: the first of
        // them ends the run
        if !bytes[end..read_from].iter().all(u8::is_ascii_whitespace) && !run.is_empty() {
            if let Some(name) = person(&run, run_from) {
                return Some(name);
            }
            run.clear();
        }
        read_from = start;
        // the bytes around a word are ASCII whitespace, so its ends are character boundaries
        let w = &text[start..end];
        // a word that opens with a small letter or a digit is no name's ("iPhone", "3D")
        let first = bytes[start];
        let name_word = if first.is_ascii_lowercase() || first.is_ascii_digit() {
            None
        } else {
            let clean = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            let capital = clean.starts_with(|c: char| c.is_uppercase())
                && clean.chars().any(char::is_lowercase);
            (capital
                && !matches!(
                    clean,
                    "The" | "A" | "An" | "In" | "On" | "At" | "But" | "And" | "Meanwhile"
                ))
            .then(|| {
                // (a name's possessive is the name's: "Donald Trump's")
                let word = clean.trim_end_matches('.');
                without_possessive(word).unwrap_or(word)
            })
        };
        let Some(word) = name_word else {
            if !run.is_empty() {
                if let Some(name) = person(&run, run_from) {
                    return Some(name);
                }
                run.clear();
            }
            continue;
        };
        // a mark at the end of this word ends its run, and so does a possessive: the words after
        // it were a run of their own ("NBC's Dante Chinni")
        if w.ends_with([',', '.', ';', ':', '"']) || without_possessive(w).is_some() {
            if let Some(name) = person(&run, run_from) {
                return Some(name);
            }
            run.clear();
        }
        run.push(word);
        run_from = start;
    }
    // (the words before, if any, are no name's: the first of them would end the run, as its end)
    person(&run, run_from)
}

/// A word (in any case) that titles a person ("spokeswoman Lena Ortiz", "nominee Gov. Mike
/// Pence").
pub(super) fn is_title(w: &str) -> bool {
    static TITLES: WordList = WordList::new(&[
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "president",
        "official",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "secretary",
        "senator",
        "governor",
        "mayor",
        "chief",
        "leader",
        "adviser",
        "advisor",
        "nominee",
        "candidate",
        "aide",
        "professor",
        "economist",
        "analyst",
        "general",
        "commander",
        "officer",
        "ambassador",
        "envoy",
        "judge",
        "lawyer",
        "attorney",
        "prosecutor",
        "executive",
        "founder",
        "head",
        "manager",
        "representative",
        "rep",
        "sen",
        "gov",
        "mr",
        "mrs",
        "ms",
        "dr",
        "strategist",
        "pollster",
        "researcher",
        "expert",
        "activist",
        "author",
        "editor",
        "reporter",
        "correspondent",
        "columnist",
        "witness",
        "resident",
        "member",
        "deputy",
        "vice",
        "counsel",
        "administrator",
        "coordinator",
        "organizer",
        "organiser",
    ]);
    TITLES.contains_any_case(w.trim_end_matches('.'))
}

/// Does this source name an organisation or a place rather than a person ("the MNLA", "the
/// defence ministry", "The Washington Post", "the Middle East")? Known by its last word.
pub(super) fn names_no_person(src: &str) -> bool {
    static ORGS: WordList = WordList::new(&[
        "ministry",
        "force",
        "forces",
        "mission",
        "government",
        "agency",
        "party",
        "group",
        "committee",
        "council",
        "army",
        "police",
        "company",
        "newspaper",
        "post",
        "times",
        "network",
        "office",
        "department",
        "campaign",
        "administration",
        "court",
        "commission",
        "university",
        "institute",
        "bank",
        "board",
        "movement",
        "union",
        "association",
        "organisation",
        "organization",
        "service",
        "team",
        "report",
        "poll",
        "survey",
        "study",
        "statement",
        "un",
        "nations",
        "tally",
        "data",
        "figures",
        "sources",
        "officials",
        "authorities",
        // places, which are no persons either ("the Middle East", "Kidal Region")
        "east",
        "west",
        "north",
        "south",
        "street",
        "river",
        "city",
        "county",
        "island",
        "islands",
        "republic",
        "kingdom",
        "states",
        "sea",
        "ocean",
        "valley",
        "square",
        "house",
        "airport",
        "hospital",
        "center",
        "centre",
        "station",
        "province",
        "region",
    ]);
    let last = last_word(src);
    let acronym = last.len() >= 2 && last.bytes().all(|c| c.is_ascii_uppercase());
    // a weekday ends no name either: "in Fort Pierce, Florida Friday, Clinton said"
    if super::super::time::weekday(last).is_ok() {
        return true;
    }
    // the table folds ASCII letters itself: only a word with other letters needs lower-casing first
    acronym
        || if last.is_ascii() {
            ORGS.contains_any_case(last)
        } else {
            ORGS.contains(last.to_lowercase().as_str())
        }
}

/// The names met so far as `resolve_speakers` walks forward through the text: each part of the
/// text is searched once for each title and surname, so a long article costs no more than its
/// length.
#[derive(Default)]
pub(super) struct Earlier {
    /// each surname with its search, with the longest full name so far
    surnames: Vec<(CompactString, Search<Surname>)>,
    /// each title (lower case) with its search, with where each capitalised mention of it starts
    titles: Vec<(CompactString, Search<Title>)>,
}

/// A word searched for in the text as `resolve_speakers` reads on: how far the text has been
/// searched, and what was found there.
#[derive(Default)]
struct Search<T> {
    searched: usize,
    found: T,
}

/// What the search for a surname keeps: the search for its first byte, made when it is first
/// searched for (a surname is searched for again at each statement of its speaker: made at each,
/// it cost 0.1 M instructions per MB of news), and the longest full name found so far.
#[derive(Default)]
struct Surname {
    capital: Option<search::One>,
    best: Option<CompactString>,
    /// The longest found in a headline in title case, taken where the text names no other.
    headline: Option<CompactString>,
}

/// What the search for a title keeps: the search for its capital (`None` inside where its mentions
/// are searched for in lower case), made when it is first searched for (a title is searched for
/// again at each statement of its source: the search and the test of the title's overlaps made
/// at each cost 0.1 M instructions per MB of the synthetic corpus), and where each capitalised
/// mention of it starts.
#[derive(Default)]
struct Title {
    capital: Option<Option<search::One>>,
    mentions: Vec<usize>,
}

/// The search for `needle` in `list`, new (with nothing searched) the first time it is asked.
/// (An article names few surnames and titles: a list read in order finds one sooner than a map
/// hashes it, and is cheaper to make for each article.)
fn search_for<'m, T: Default>(
    list: &'m mut Vec<(CompactString, Search<T>)>,
    needle: &str,
) -> &'m mut Search<T> {
    let i = match list.iter().position(|(word, _)| word.as_str() == needle) {
        Some(i) => i,
        None => {
            list.push((CompactString::from(needle), Search::default()));
            list.len() - 1
        }
    };
    &mut list[i].1
}

/// Can two mentions of `word` overlap ("ahah" twice in "ahahah")? Only when it ends as it begins.
fn overlaps_itself(word: &[u8]) -> bool {
    (1..word.len()).any(|p| word[p] == word[0] && word.starts_with(&word[p..]))
}

/// Where `needle` first occurs in `hay`, as `memmem::find` says: its first byte found by `memchr`
/// (`capital`, the search for it), then the rest compared. For a surname (its first byte a
/// capital, rare in text) over the few hundred bytes searched at a time, cheaper than the searcher
/// `memmem::find` builds at each call.
fn find_capitalised(hay: &[u8], needle: &[u8], capital: &search::One) -> Option<usize> {
    let Some(rest) = needle.get(1..) else {
        return Some(0);
    };
    let mut from = 0;
    while let Some(i) = capital.find(&hay[from..]) {
        let at = from + i;
        // (the second byte first: most capitals found open another word, and the comparison of
        // the rest is a call)
        if rest.first().is_none_or(|r| hay.get(at + 1) == Some(r))
            && hay[at + 1..].starts_with(rest)
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Where to go on searching for `needle`: far enough back that a mention cut by the last `before`
/// is found whole.
fn resume(text: &str, searched: usize, needle: &str) -> usize {
    let mut from = searched.saturating_sub(needle.len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    from
}

impl Earlier {
    /// Forgets every name met (keeping the room of the lists).
    pub(super) fn clear(&mut self) {
        self.surnames.clear();
        self.titles.clear();
    }

    /// A name given earlier with this title ("prime minister" → "Prime Minister Moussa Mara").
    /// `low` is `text` in lower case (ASCII).
    pub(super) fn titled_name(
        &mut self,
        text: &str,
        low: &str,
        title: &str,
        before: usize,
    ) -> Option<String> {
        // (the title is read from a source in lower case: it needs no lower-casing of its own)
        debug_assert!(!title.bytes().any(|b| b.is_ascii_uppercase()));
        let Search {
            searched,
            found: Title { capital, mentions },
        } = search_for(&mut self.titles, title);
        // statements come in order, so `before` only grows; `min` keeps a slip from panicking
        let from = resume(text, *searched, title).min(before);
        // ASCII lower-casing keeps every byte where it was, so offsets in `low` hold in `text`
        let lower = &low.as_bytes()[..before];
        let t = title.as_bytes();
        // a title that opens with a letter of ASCII is capitalised where the text has that
        // letter's capital (rare in text): found by `memchr` in the text, then the rest compared
        // in lower case. Those are all its capitalised mentions when no two mentions can overlap
        // (the loop below passes over one that overlaps the one before).
        let capital = capital.get_or_insert_with(|| {
            t.first()
                .map(u8::to_ascii_uppercase)
                .filter(|&c| c != t[0] && !overlaps_itself(t))
                .map(search::One::new)
        });
        match capital {
            Some(capital) => {
                let mut i = from;
                while let Some(k) = capital.find(&text.as_bytes()[i..before]) {
                    let at = i + k;
                    i = at + 1;
                    if lower[at..].starts_with(t) && mentions.last() < Some(&at) {
                        mentions.push(at);
                    }
                }
            }
            None => {
                let mut i = from;
                while let Some(k) = memchr::memmem::find(&lower[i..], t) {
                    let at = i + k;
                    i = at + title.len();
                    if text[at..].starts_with(|c: char| c.is_uppercase())
                        && mentions.last() < Some(&at)
                    {
                        mentions.push(at);
                    }
                }
            }
        }
        *searched = before;
        let head = &text[..before];
        let fits = |at: &&usize| **at + title.len() <= before;
        mentions.iter().rev().filter(fits).find_map(|&at| {
            let names: Vec<&str> = head[at + title.len()..]
                .split_whitespace()
                .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
                .take(4)
                .map(|w| w.trim_end_matches([',', '.', ';', ':']))
                .collect();
            // ("Prime Minister Katrin Lund's coalition": the name, not its possessive, nor a
            // name after it)
            let names: Vec<&str> = match names.iter().position(|w| without_possessive(w).is_some())
            {
                Some(p) => names[..=p]
                    .iter()
                    .map(|w| without_possessive(w).unwrap_or(w))
                    .collect(),
                None => names,
            };
            let written = &head[at..at + title.len()];
            (!names.is_empty()).then(|| format!("{written} {}", names.join(" ")))
        })
    }

    /// The longest run of capitalised words before `before` in `text` that ends with `surname`.
    pub(super) fn full_name(
        &mut self,
        text: &str,
        surname: &str,
        before: usize,
    ) -> Option<CompactString> {
        /// The most words a name takes before its surname.
        const MOST: usize = 6;
        /// The most bytes read back for them (a line break is looked for in these).
        const NAME_BYTES: usize = 200;
        let Search {
            searched,
            found:
                Surname {
                    capital,
                    best,
                    headline,
                },
        } = search_for(&mut self.surnames, surname);
        let first = surname.as_bytes().first().copied().unwrap_or_default();
        let capital = capital.get_or_insert_with(|| search::One::new(first));
        let head = &text[..before];
        let mut from = resume(text, *searched, surname).min(before);
        while let Some(i) = find_capitalised(&head.as_bytes()[from..], surname.as_bytes(), capital)
        {
            let at = from + i;
            from = at + surname.len();
            if head[from..].starts_with(|c: char| c.is_alphanumeric()) {
                continue;
            }
            // the words before the mention on its line, nearest first (gathered in place: no
            // list is made), read byte by byte where they are ASCII, else by characters
            let window = at.saturating_sub(NAME_BYTES);
            let line =
                memchr::memrchr(b'\n', &head.as_bytes()[window..at]).map_or(0, |i| window + i + 1);
            let mut words = [""; MOST];
            let n = match name_words_before(&head[line..at], &mut words) {
                Some(n) => n,
                None => {
                    let mut n = 0;
                    for w in head[line..at]
                        .split_whitespace()
                        .rev()
                        .take_while(|w| is_name_word(w))
                    {
                        words[n] = w;
                        n += 1;
                        if n == MOST {
                            break;
                        }
                    }
                    n
                }
            };
            // ("But AMD said": a word that opens the sentence is none of the name, nor a
            // weekday and what goes before it: "On Friday Hessler offered")
            let mut n = words[..n].iter().position(|w| is_weekday(w)).unwrap_or(n);
            while n > 0 && opens_sentence(words[n - 1]) {
                n -= 1;
            }
            let words = &words[..n];
            // (a relative named beside the person is not the one the surname stands for: "His
            // father, Ike Parsons LaRue, …")
            let Some(first) = words.last() else {
                continue;
            };
            let name_start = first.as_ptr() as usize - head.as_ptr() as usize;
            if mentions::follows_a_relative(&head[line..name_start]) {
                continue;
            }
            // the name is the words and the surname with a space between each two: built only
            // when it is longer than the best so far
            let len = words.iter().map(|w| w.len() + 1).sum::<usize>() + surname.len();
            let longer = |b: &Option<CompactString>| b.as_ref().is_none_or(|b| len > b.len());
            if !longer(best) && !longer(headline) {
                continue;
            }
            // (a headline in title case runs other words into the name: "Nixon Aide Fred LaRue
            // Dies at 75"; its name is taken where the text gives no other)
            let best = if mentions::in_title_case_line(text, line, at) {
                &mut *headline
            } else {
                &mut *best
            };
            if longer(best) {
                let mut name = CompactString::with_capacity(len);
                for w in words.iter().rev() {
                    name.push_str(w);
                    name.push(' ');
                }
                name.push_str(surname);
                *best = Some(name);
            }
        }
        *searched = before;
        best.clone().or_else(|| headline.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titled_names_are_found_by_their_capital() {
        let text = "Prime Minister Moussa Mara spoke. The prime minister left. \
                    Then Prime Minister Ana Ruiz came, and the prime minister said so.";
        let low = text.to_ascii_lowercase();
        let mut earlier = Earlier::default();
        let then = text.find("Then").unwrap_or(0);
        let name = |e: &mut Earlier, before| e.titled_name(text, &low, "prime minister", before);
        assert_eq!(
            name(&mut earlier, then).as_deref(),
            Some("Prime Minister Moussa Mara")
        );
        // read on from where the last search stopped
        assert_eq!(
            name(&mut earlier, text.len()).as_deref(),
            Some("Prime Minister Ana Ruiz")
        );
        assert!(overlaps_itself(b"ahah"));
        assert!(overlaps_itself(b"aa"));
        assert!(!overlaps_itself(b"a"));
        assert!(!overlaps_itself(b"prime minister"));
    }

    #[test]
    fn full_names_are_the_longest_before_the_surname() {
        let text = "President Keita spoke. Later, Ibrahim Boubacar Keita, the head, left. \
                    A Keita2 came, and Keita said so. Mr Mara and the Mara family.";
        let mut earlier = Earlier::default();
        let at = |w: &str| text.find(w).unwrap_or(0);
        let name = |e: &mut Earlier, surname, before| e.full_name(text, surname, before);
        assert_eq!(
            name(&mut earlier, "Keita", at("Later")).as_deref(),
            Some("President Keita")
        );
        // read on: the longer name wins, the one after a comma is none, "Keita2" no mention
        assert_eq!(
            name(&mut earlier, "Keita", text.len()).as_deref(),
            Some("Ibrahim Boubacar Keita")
        );
        assert_eq!(
            name(&mut earlier, "Mara", text.len()).as_deref(),
            Some("Mr Mara")
        );
        assert_eq!(name(&mut earlier, "Ruiz", text.len()), None);
    }

    /// A run of capitalised words that ends with a weekday names no person ("Florida Friday").
    #[test]
    fn a_name_ends_with_no_weekday() {
        let name = |t: &str| last_named_person(t, |_, _| true);
        assert_eq!(
            name("Ada Kwame spoke in Florida Friday, and left").as_deref(),
            Some("Ada Kwame")
        );
    }

    #[test]
    fn last_named_person_passes_over_words_with_no_capital() {
        let name = |t: &str| last_named_person(t, |_, _| true);
        assert_eq!(
            name("met Ibrahim Boubacar Keita on friday and left").as_deref(),
            Some("Ibrahim Boubacar Keita")
        );
        // a word with no capital between two ends the run; a mark at a word's end too
        assert_eq!(name("Ibrahim and Keita left"), None);
        assert_eq!(
            name("Moussa Mara, Keita said").as_deref(),
            Some("Moussa Mara")
        );
        // capitals inside a word, or in a word of capitals alone, open no name
        assert_eq!(name("Moussa iPhone Mara"), None);
        assert_eq!(name("the UN Mara"), None);
        // an organisation is no person; wider letters are capitals too
        assert_eq!(name("the Mali Defence Ministry"), None);
        assert_eq!(name("Éric Zemmour spoke").as_deref(), Some("Éric Zemmour"));
        assert_eq!(
            name("\"Ángela Merkel\" left").as_deref(),
            Some("Ángela Merkel")
        );
        assert_eq!(name(""), None);
        // a word that opens the sentence is none of the name's
        assert_eq!(
            name("For Lucía Torres, 41, the night was long.").as_deref(),
            Some("Lucía Torres")
        );
        assert_eq!(name("As Clinton spoke,").as_deref(), Some("Clinton"));
        assert_eq!(name("What Mr said"), None);
    }

    #[test]
    fn find_capitalised_finds_what_memmem_finds() {
        let hay = b"Mr Keita met Keitas and KEITA; Keit. Ke Keita";
        for needle in [
            &b"Keita"[..],
            b"K",
            b"",
            b"Keit.",
            b"a",
            b"Mara",
            b"Keita and",
            b"ta",
        ] {
            for from in 0..=hay.len() {
                let h = &hay[from..];
                let capital = search::One::new(needle.first().copied().unwrap_or_default());
                assert_eq!(
                    find_capitalised(h, needle, &capital),
                    memchr::memmem::find(h, needle),
                    "{needle:?} from {from}"
                );
            }
        }
    }
}
