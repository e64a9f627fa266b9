//! Dates, clock times and ordinals (never counted as figures), and the time anchors that say when a
//! figure holds (`on Saturday`, `since Wednesday`, `in the last 24 hours`).

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, space0};
use nom::combinator::{not, opt, peek, recognize, verify};
use nom::sequence::{pair, preceded, terminated};
use nom::{IResult, Parser};

use super::number::{ci, digit1, head_word, no_match, space1, word, word_in};
use super::words::{Token, holds};
use crate::claim::{CompactString, Kind};
use crate::text::{WordList, WordMap};

type In<'a> = &'a str;

const WEEKDAY_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

#[rustfmt::skip]
const MONTH_NAMES: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
];

/// Month abbreviations, read with or without a full stop (`Sept.`).
const MONTHS_SHORT: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
];

/// What a calendar word is to the parsers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Calendar {
    Weekday,
    Month,
    /// A month's abbreviation, read with or without a full stop.
    Short,
}

/// Every month and weekday name, whole and short, in one table.
static CALENDAR: std::sync::LazyLock<WordMap<Calendar>> = std::sync::LazyLock::new(|| {
    let mut map = WordMap::default();
    for (words, kind) in [
        (WEEKDAY_NAMES, Calendar::Weekday),
        (MONTH_NAMES, Calendar::Month),
        (MONTHS_SHORT, Calendar::Short),
    ] {
        for w in words {
            map.insert(w, kind);
        }
    }
    map
});

/// The calendar word `i` opens with, and what it is.
fn calendar(i: In<'_>) -> Option<(&str, Calendar)> {
    let head = head_word(i)?;
    CALENDAR.get(head).map(|&kind| (head, kind))
}

/// What a calendar word (of `calendar_words`, in any case) is, told by its letters: a weekday's
/// name ends in "ay", as no month's of more than three letters does, and a month's abbreviation
/// has three letters but "may", which ends in "y", or four and an "s" first ("sept"; "june" and
/// "july" are months). (The case bit of each letter is set by an OR.)
fn kind_of_calendar_word(word: &str) -> Calendar {
    let lower = |b: Option<&u8>| b.map(|b| b | 0x20);
    let b = word.as_bytes();
    let last = lower(b.last());
    match b.len() {
        3 if last != Some(b'y') => Calendar::Short,
        4 if lower(b.first()) == Some(b's') => Calendar::Short,
        4.. if last == Some(b'y') && lower(b.get(b.len() - 2)) == Some(b'a') => Calendar::Weekday,
        _ => Calendar::Month,
    }
}

/// What the tokenizer told of the first words of a text: the tokens from its start on. Where a
/// word of ASCII letters alone (`holds::LETTERS`) opens the rest of the text, `calendar` there is
/// told from its token, without reading the word's letters again (`head_word` reads the token's
/// own, as the tokenizer ended it where no letter or digit follows) or looking it up: whether it
/// is a calendar word is its mark (`holds::CALENDAR`, from the rules' marks, which mark every word
/// of `calendar_words`), and which kind its letters tell (`kind_of_calendar_word`). The dates and
/// anchors read a weekday or a month at the figure's token and at the word after a preposition or
/// a weekday, some 9,000 times per MB, at 130 to 190 instructions a lookup: measured, 114.3 →
/// 113.6 M instructions per MB synthetic, 108.2 → 107.9 M real.
#[derive(Clone, Copy)]
pub struct Known<'a> {
    /// The text's length: a word's offset in it is this less the length of the rest from the
    /// word on.
    len: usize,
    /// Where the text starts, in the text the tokens were read from.
    start: usize,
    /// The tokens from the one the text opens with or the one before it (none: nothing known).
    toks: &'a [Token<'a>],
}

/// How many tokens from a text's start `Known` reads: a date or an anchor reads a calendar word
/// at its first word, after a preposition, or after a weekday ("on Monday evening").
const KNOWN: usize = 3;

impl<'a> Known<'a> {
    /// Nothing known: every word is read.
    pub const NONE: Known<'static> = Known {
        len: 0,
        start: 0,
        toks: &[],
    };

    /// What `toks` tell of the first words of `s`, which starts at byte `start` of the text the
    /// tokens were read from (the tokens from the one at or before `start` on).
    pub fn of(s: In, start: usize, toks: &'a [Token<'a>]) -> Known<'a> {
        Known {
            len: s.len(),
            start,
            toks,
        }
    }

    /// `calendar(at)`, where `at` is the text from one of its words on: told from the token
    /// there where it is a word of letters alone.
    /// (A calendar word opens with a letter: at a digit or a mark, as most dates' first tokens
    /// are, there is none, and no token is looked for; that look is made where it is asked, as it
    /// costs less than the call, some 6,300 times per MB.)
    #[inline(always)]
    fn calendar<'s>(&self, at: In<'s>) -> Option<(&'s str, Calendar)> {
        if !at.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        self.calendar_word(at)
    }

    /// `calendar`, at a letter.
    #[inline(never)]
    fn calendar_word<'s>(&self, at: In<'s>) -> Option<(&'s str, Calendar)> {
        let word = self.start + self.len.wrapping_sub(at.len());
        let known = self
            .toks
            .iter()
            .take(KNOWN + 1)
            .find(|t| t.start == word && t.holds & holds::LETTERS != 0);
        match known {
            Some(t) if t.holds & holds::CALENDAR != 0 => {
                Some((at.get(..t.text.len())?, kind_of_calendar_word(t.text)))
            }
            Some(_) => None,
            None => calendar(at),
        }
    }
}

/// Does `i` open with a weekday or month name, whole or short ("Tuesday", "Sept."), as a word of
/// ASCII letters not run on into a letter or digit? What `weekday` or `month` would read.
pub fn opens_with_calendar(i: In) -> bool {
    calendar(i).is_some()
}

/// A weekday name.
pub fn weekday(i: In) -> IResult<In, In> {
    match calendar(i) {
        Some((w, Calendar::Weekday)) => Ok((&i[w.len()..], w)),
        _ => Err(no_match(i)),
    }
}

/// A month name, full or abbreviated (`Sept.`).
pub fn month(i: In) -> IResult<In, In> {
    month_of(i, calendar(i))
}

/// `month` at `i`, given the calendar word `i` opens with (`calendar(i)`).
fn month_of<'a>(i: In<'a>, word: Option<(&'a str, Calendar)>) -> IResult<In<'a>, In<'a>> {
    match word {
        Some((w, Calendar::Month)) => Ok((&i[w.len()..], w)),
        Some((w, Calendar::Short)) => {
            let n = w.len() + usize::from(i[w.len()..].starts_with('.'));
            Ok((&i[n..], &i[..n]))
        }
        _ => Err(no_match(i)),
    }
}

fn day(i: In) -> IResult<In, In> {
    recognize(terminated(
        verify(
            take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
            |d: &str| d.parse::<u32>().is_ok_and(|n| (1..=31).contains(&n)),
        ),
        (
            opt(alt((ci("st"), ci("nd"), ci("rd"), ci("th")))),
            not(peek(digit1)),
        ),
    ))
    .parse(i)
}

fn year(i: In) -> IResult<In, In> {
    terminated(
        verify(
            take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
            |y: &str| y.parse::<u32>().is_ok_and(|n| (1000..=2199).contains(&n)),
        ),
        not(peek(take_while_m_n(1, 1, |c: char| {
            c.is_ascii_alphanumeric()
        }))),
    )
    .parse(i)
}

/// `May 18`, `May 18, 2014`, `18 May 2014`, `January 2012`, `Sunday May 18`.
///
/// The calendar word at `i` is looked up once, for the weekday and the month; the month is read
/// once for the two forms that open with it, and the third, which opens with a day, is tried only
/// where one or two digits open the text.
pub fn calendar_date(i: In) -> IResult<In, In> {
    calendar_date_of(i, calendar(i), &Known::NONE)
}

/// `calendar_date` at `i`, given the calendar word `i` opens with (`calendar(i)`) and what the
/// tokens know of the words after it.
fn calendar_date_of<'a>(
    i: In<'a>,
    word: Option<(&'a str, Calendar)>,
    known: &Known,
) -> IResult<In<'a>, In<'a>> {
    // an optional weekday first: "Sunday May 18", "Sunday, May 18"
    let after_weekday = match word {
        Some((w, Calendar::Weekday)) => {
            let comma_space = pair(opt(char::<In, nom::error::Error<In>>(',')), space1);
            recognize(comma_space)
                .parse(&i[w.len()..])
                .ok()
                .map(|(r, _)| r)
        }
        _ => None,
    };
    let (at, month) = match after_weekday {
        Some(at) => (at, month_of(at, known.calendar(at))),
        None => (i, month_of(i, word)),
    };
    let (rest, _) = match month {
        Ok((after, _)) => alt((month_day, month_year)).parse(after)?,
        Err(_) if may_open_day_month(at) => day_month(at)?,
        Err(e) => return Err(e),
    };
    Ok((rest, &i[..i.len() - rest.len()]))
}

/// Could `day_month` read `i`? A day opens it, one or two digits and no more, with a suffix of
/// two letters or none ("18", "18th"), then spaces and `of` or a month, whose first letter is one
/// of `a`, `d`, `f`, `j`, `m`, `n`, `o` or `s`: a cheap test of those bytes before the parser, as
/// most numbers of one or two digits open no date ("18 soldiers").
fn may_open_day_month(i: In) -> bool {
    let bytes = i.as_bytes();
    let run = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if !matches!(run, 1 | 2) {
        return false;
    }
    let suffix = bytes[run..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let after = &bytes[run + if suffix == 2 { 2 } else { 0 }..];
    let spaces = after
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    spaces > 0
        && after.get(spaces).is_some_and(|b| {
            matches!(
                b.to_ascii_lowercase(),
                b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's'
            )
        })
}

/// ` 18`, ` 18, 2014`, ` 19-22`, ` 19 to 22, 2014` after a month.
fn month_day(i: In) -> IResult<In, In> {
    recognize((
        space1,
        day,
        opt(last_day),
        opt((opt(char(',')), space1, year)),
    ))
    .parse(i)
}

/// The end of a range of days after its first (`-22`, `–22`, ` to 22`, ` through 22`): "Sept.
/// 19-22" and "from September 19 to 22" are one date, not a date and a count of 22. Only where
/// nothing of a figure follows the day: the text ends, a mark does (but a comma before digits,
/// "to 3,400"), or a word of those that follow a date ("to 22 and", "19-22 in the market"); not
/// "to 15 cents", "until 6 a.m.", "to 22%".
fn last_day(i: In) -> IResult<In, In> {
    let words = (space1, alt((ci("to"), ci("through"), ci("until"))), space1);
    let (rest, range) =
        recognize(preceded(alt((tag("-"), tag("–"), recognize(words))), day)).parse(i)?;
    let b = rest.as_bytes();
    let ends = match b {
        [] => true,
        [b',', d, ..] => !d.is_ascii_digit(),
        [b'.' | b';' | b':' | b')' | b'!' | b'?' | b',', ..] => true,
        [b' ', ..] => {
            let word = rest[1..]
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            word.starts_with(|c: char| c.is_ascii_uppercase())
                || [
                    "and", "in", "at", "on", "with", "for", "from", "when", "while", "after",
                    "before", "during", "as", "but", "or", "the", "this", "that", "by",
                ]
                .contains(&word)
        }
        _ => false,
    };
    if ends {
        Ok((rest, range))
    } else {
        Err(no_match(i))
    }
}

/// ` 2014`, `, 2014` after a month.
fn month_year(i: In) -> IResult<In, In> {
    recognize((opt(char(',')), space1, year)).parse(i)
}

/// `18 May`, `18 of May 2014`.
fn day_month(i: In) -> IResult<In, In> {
    recognize((
        day,
        space1,
        opt(terminated(ci("of"), space1)),
        month,
        opt((space1, year)),
    ))
    .parse(i)
}

/// `1960s`, `the '90s`.
fn decade(i: In) -> IResult<In, In> {
    recognize(alt((
        recognize((
            take_while_m_n(3, 3, |c: char| c.is_ascii_digit()),
            char('0'),
            opt(char('\'')),
            char('s'),
        )),
        recognize((
            tag("'"),
            take_while_m_n(1, 1, |c: char| c.is_ascii_digit()),
            char('0'),
            char('s'),
        )),
    )))
    .parse(i)
    .and_then(|(rest, d)| {
        not(peek(take_while_m_n(1, 1, |c: char| {
            c.is_ascii_alphanumeric()
        })))
        .parse(rest)
        .map(|(r, _)| (r, d))
    })
}

/// `21:30`, `10.45pm`, `5 a.m.`, `1.56pm`.
pub fn clock_time(i: In) -> IResult<In, In> {
    if !may_be_clock_time(i) {
        return Err(no_match(i));
    }
    let hm = recognize((
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        alt((char(':'), char('.'))),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
    ));
    let ampm = alt((
        ci("am"),
        ci("pm"),
        ci("a.m."),
        ci("p.m."),
        ci("a.m"),
        ci("p.m"),
    ));
    let with_ampm = recognize((
        alt((hm, take_while_m_n(1, 2, |c: char| c.is_ascii_digit()))),
        space0,
        ampm,
        not(peek(take_while_m_n(1, 1, |c: char| {
            c.is_ascii_alphabetic()
        }))),
    ));
    let colon = recognize((
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        char(':'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        not(peek(digit1)),
    ));
    alt((with_ampm, colon)).parse(i)
}

/// Could `clock_time` read `i`? Every time opens with one or two digits, then `:` or `.` and the
/// minutes, or spaces or none and `am`/`pm`: a cheap test of those bytes before the parsers.
fn may_be_clock_time(i: In) -> bool {
    let bytes = i.as_bytes();
    let run = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if !matches!(run, 1 | 2) {
        return false;
    }
    let after = &bytes[run..];
    if matches!(after.first(), Some(b':' | b'.')) {
        return true;
    }
    let mut letters = after
        .iter()
        .skip_while(|&&b| b == b' ' || b == b'\t')
        .map(u8::to_ascii_lowercase);
    matches!(
        (letters.next(), letters.next()),
        (Some(b'a' | b'p'), Some(b'm' | b'.'))
    )
}

/// `1st`, `21st`, `3rd`, `10th`.
pub fn ordinal(i: In) -> IResult<In, In> {
    // digits, then the first letter of a suffix: a cheap test before the parsers
    let run = i.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = i.as_bytes().get(run).map(u8::to_ascii_lowercase);
    if run == 0 || !matches!(suffix, Some(b's' | b'n' | b'r' | b't')) {
        return Err(no_match(i));
    }
    recognize((
        digit1,
        alt((ci("st"), ci("nd"), ci("rd"), ci("th"))),
        not(peek(take_while_m_n(1, 1, |c: char| {
            c.is_ascii_alphanumeric()
        }))),
    ))
    .parse(i)
}

/// Words before a bare four-digit number that make it a year.
static YEAR_CUES: WordList = WordList::new(&[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "of",
    "to",
    "before",
    "after",
    "during",
    "early",
    "late",
    "mid",
    "between",
    "and",
    "year",
    "fiscal",
    "for",
    "through",
    "around",
    "circa",
    "season",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "election",
    "elections",
    "cup",
    "games",
    "olympics",
]);

/// A date, time or ordinal at the start of `s`: its length and kind. `prev` is the word before.
///
/// The run of digits `s` opens with decides which readers can apply, so only those are tried (in
/// the same order): a clock time or a day has one or two digits, a year or a decade four, and an
/// ordinal any number; without digits, only a date by name or `'90s`.
pub fn stamp(s: In, prev: &str) -> Option<(usize, Kind)> {
    stamp_known(s, prev, &Known::NONE)
}

/// `stamp` at the start of `s`, given what the tokens know of its first words (`Known::of`).
pub fn stamp_known(s: In, prev: &str, known: &Known) -> Option<(usize, Kind)> {
    let run = s.bytes().take_while(u8::is_ascii_digit).count();
    let read = |rest: In| s.len() - rest.len();
    if matches!(run, 1 | 2)
        && let Ok((rest, _)) = clock_time(s)
    {
        return Some((read(rest), Kind::Time));
    }
    // a decade opens with four digits, the last a zero ("1960s"), or an apostrophe ("'90s")
    let may_be_decade = || run == 4 && s.as_bytes()[3] == b'0' || s.starts_with('\'');
    if matches!(run, 0..=2 | 4)
        && let Ok((rest, _)) =
            calendar_date_of(s, known.calendar(s), known).or_else(|e| match may_be_decade() {
                true => decade(s),
                false => Err(e),
            })
    {
        return Some((read(rest), Kind::Date));
    }
    if run == 0 {
        return None;
    }
    if let Ok((rest, _)) = ordinal(s) {
        return Some((read(rest), Kind::Ordinal));
    }
    if run == 4
        && let Ok((rest, y)) = year(s)
    {
        // a year, unless a plural noun follows ("2000 people", "1500 troops")
        let after = rest.trim_start();
        let next = &after[..after
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(after.len())];
        let counted = rest.starts_with(' ')
            && next.starts_with(|c: char| c.is_lowercase())
            && !dates_a_measure(next)
            && (next.ends_with('s') && !next.ends_with("ss")
                || matches!(
                    next,
                    "people" | "percent" | "per" | "children" | "men" | "women"
                ));
        let plausible = y.parse::<u32>().is_ok_and(|n| (1800..=2100).contains(&n));
        if YEAR_CUES.contains_any_case(prev) || (plausible && !counted) || rest.starts_with("'s") {
            return Some((read(rest), Kind::Date));
        }
    }
    None
}

/// Is this word (after a year) one that the year dates, as a measure's baseline ("2005 levels",
/// "2010 dollars", "2019 prices")? The year is no count of it.
pub(super) fn dates_a_measure(word: &str) -> bool {
    matches!(
        word,
        "levels" | "prices" | "dollars" | "figures" | "standards"
    )
}

/// Word lists of relative anchors: the lists that open a form (`*_WORDS`) are read by `opening`'s one
/// table, the others by one lookup each (`word_in`).
mod relative_words {
    use crate::text::WordList;

    /// "last week", "this morning".
    pub static SPAN: WordList = WordList::new(&[
        "week",
        "weekend",
        "month",
        "year",
        "night",
        "morning",
        "afternoon",
        "evening",
        "season",
        "quarter",
    ]);
    /// "two years ago".
    pub const SPANS_WORDS: &[&str] = &[
        "weeks", "months", "years", "days", "decades", "hours", "minutes",
    ];
    /// "a year ago", "an hour later": one span, after `a`, `an` or `one`.
    pub static SPAN_ONE: WordList =
        WordList::new(&["week", "month", "year", "day", "decade", "hour", "minute"]);
    pub static SPANS: WordList = WordList::new(SPANS_WORDS);
    pub const ROUGHLY_WORDS: &[&str] = &["just", "only", "some"];
    pub static ROUGHLY: WordList = WordList::new(ROUGHLY_WORDS);
    pub static AGO: WordList = WordList::new(&["ago", "after", "before", "earlier", "later"]);
    pub const THIS_WORDS: &[&str] = &["last", "this", "next", "past"];
    pub const EARLIER_WORDS: &[&str] = &["earlier", "later"];
    pub static THAT: WordList = WordList::new(&["this", "that", "last"]);
    pub const OVER_WORDS: &[&str] = &["over", "at", "during"];
    pub const WITHIN_WORDS: &[&str] = &["in", "over", "within", "during", "since", "at", "by"];
    /// "since the start of the year", "at the end of 2025".
    pub static EDGES: WordList = WordList::new(&["start", "beginning", "end", "middle"]);
    pub static PAST: WordList = WordList::new(&["last", "past", "next", "previous"]);
    /// "in the last 24 hours".
    pub static UNITS: WordList = WordList::new(&[
        "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year",
        "decade",
    ]);
    /// "the first quarter", "the second half".
    pub static ORDINALS: WordList =
        WordList::new(&["first", "second", "third", "fourth", "final", "last"]);
    pub static PARTS: WordList = WordList::new(&["quarter", "half"]);
    /// A day named by itself.
    pub const DAYS_WORDS: &[&str] = &["yesterday", "today", "tonight", "overnight"];
}

/// "two years ago", "just weeks after", "months earlier", "a few days later".
fn spans_ago(i: In, _: First) -> IResult<In, In> {
    use relative_words::*;
    // "a year ago", "an hour later", "one day earlier"
    let one_span = (
        alt((word("a"), word("an"), word("one"))),
        space1,
        word_in(&SPAN_ONE),
    );
    let spans = (
        opt(terminated(
            alt((
                digit1,
                recognize(super::number::below_hundred),
                // "a few" and "a couple of" before "a", which would take their first word
                word("a few"),
                word("a couple of"),
                word("a"),
                word("several"),
                word("many"),
                word("few"),
            )),
            space1,
        )),
        word_in(&SPANS),
    );
    recognize((
        opt(terminated(word_in(&ROUGHLY), space1)),
        alt((recognize(one_span), recognize(spans))),
        space1,
        word_in(&AGO),
    ))
    .parse(i)
}

/// "last week", "this morning" (`THIS_WORDS` opens it).
fn this_span(s: In, first: First) -> IResult<In, In> {
    use relative_words::*;
    after_first(s, first, (space1, word_in(&SPAN)))
}

/// "earlier this week", "later that night" (`EARLIER_WORDS` opens it).
fn earlier_that(s: In, first: First) -> IResult<In, In> {
    use relative_words::*;
    after_first(s, first, (space1, word_in(&THAT), space1, word_in(&SPAN)))
}

/// "over the weekend" (`OVER_WORDS` opens it).
fn over_the_weekend(s: In, first: First) -> IResult<In, In> {
    after_first(s, first, (space1, word("the"), space1, word("weekend")))
}

/// "in the last 24 hours", "over the past two weeks", "in the first quarter" (`WITHIN_WORDS` opens
/// it).
fn within_the_last(s: In, first: First) -> IResult<In, In> {
    use relative_words::*;
    let number = alt((digit1, recognize(super::number::below_hundred)));
    let last = (
        word_in(&PAST),
        space1,
        opt(terminated(number, space1)),
        word_in(&UNITS),
    );
    // "in the first quarter", "during the second half of 2024": a part of a year, a season or a
    // game
    let part = (
        word_in(&ORDINALS),
        space1,
        word_in(&PARTS),
        opt((space1, word("of"), space1, super::time::year)),
    );
    // "since the start of the year", "at the end of 2025", "by the end of last month"
    let edge = (
        word_in(&EDGES),
        space1,
        word("of"),
        space1,
        alt((
            recognize((word("the"), space1, word_in(&SPAN_ONE))),
            recognize((word_in(&PAST), space1, word_in(&SPAN_ONE))),
            recognize(super::time::year),
        )),
    );
    let rest = (
        space1,
        word("the"),
        space1,
        alt((recognize(last), recognize(part), recognize(edge))),
    );
    after_first(s, first, rest)
}

/// "yesterday", "tonight" (`DAYS_WORDS`: the first word is all).
fn named_day(s: In, first: First) -> IResult<In, In> {
    Ok((&s[first.len..], &s[..first.len]))
}

/// A form whose first word `opening` found on the form's list: the rest of the form is read after
/// that word, not the word again.
fn after_first<'a, P>(s: In<'a>, first: First, mut rest: P) -> IResult<In<'a>, In<'a>>
where
    P: Parser<In<'a>, Error = nom::error::Error<In<'a>>>,
{
    let (after, _) = rest.parse(&s[first.len..])?;
    Ok((after, &s[..s.len() - after.len()]))
}

/// Words that put a date in time ("on Monday", "since May"), and "as of".
const ANCHOR_PREPOSITION_WORDS: &[&str] = &[
    "on", "since", "by", "until", "till", "from", "through", "last", "this", "next", "early",
    "late", "in", "before", "after", "during",
];

/// A preposition of `ANCHOR_PREPOSITION_WORDS` or "as of" at the start of `s`, and the spaces after
/// it: what follows them. `opening` has looked the first word up.
fn preposition(s: In, first: First) -> Option<In> {
    let word = if first.forms & opens::PREPOSITION != 0 {
        first.len
    } else if first.forms & opens::AS != 0
        && s.as_bytes()
            .get(..5)
            .is_some_and(|h| h.eq_ignore_ascii_case(b"as of"))
    {
        5
    } else {
        return None;
    };
    space1(&s[word..]).ok().map(|(rest, _)| rest)
}

/// Does `s` (in lower case) open with a part of a year or a game, as the anchors "in the first
/// quarter", "during the second half of 2024" name it after "the" ("first quarter")?
pub fn opens_with_part(s: &str) -> bool {
    use relative_words::{ORDINALS, PARTS};
    let mut words = s.split(' ');
    words.next().is_some_and(|w| ORDINALS.contains(w))
        && words.next().is_some_and(|w| PARTS.contains(w))
}

/// Is this word (in any case) a month or a weekday name, or an abbreviation `month` reads?
pub fn is_calendar(word: &str) -> bool {
    CALENDAR.contains(word.strip_suffix('.').unwrap_or(word))
}

/// Month and weekday names, whole and short (lower case).
pub fn calendar_words() -> impl Iterator<Item = &'static str> {
    [WEEKDAY_NAMES, MONTH_NAMES, MONTHS_SHORT]
        .into_iter()
        .flatten()
        .copied()
}

/// Every word of time (`TIME_WORDS`).
pub fn time_words() -> impl Iterator<Item = &'static str> {
    TIME_WORDS.iter().copied()
}

/// Words of time an anchor turns on (lower case).
#[rustfmt::skip]
const TIME_WORDS: &[&str] = &[
    "yesterday", "today", "tonight", "overnight", "week", "weeks", "weekend", "month", "months",
    "year", "years", "day", "days", "night", "morning", "afternoon", "evening", "season",
    "quarter", "half", "decade", "decades", "hour", "hours",
];

/// Is this word (in lower case) one a time anchor turns on (`week`, `yesterday`, `hours`), other
/// than a date's?
pub fn is_time_lower(word: &str) -> bool {
    static TIME: WordList = WordList::new(TIME_WORDS);
    TIME.contains(word)
}

/// Could a time anchor start with this word? A cheap test before `anchor`, made at every word:
/// inlined, so that most words cost no call.
#[inline]
pub fn may_start_anchor(word: &str) -> bool {
    first_word(word).is_some()
}

/// What the first word of a time anchor may open (`opens`, with what a preposition needs next), or
/// `None` for a word no anchor starts with; 0 for a digit. `may_start_anchor`, and the lookup that
/// `may_go_on_after` needs, in one.
#[inline]
pub fn first_word(word: &str) -> Option<u16> {
    if word.as_bytes()[0].is_ascii_digit() {
        return Some(0);
    }
    FIRST_WORDS.get(letters(word)).copied()
}

/// `first_word` of a token: a word of letters alone (`holds::LETTERS`, which most are) is looked
/// up as it is, without reading its bytes for its letters.
pub fn first_word_of(t: &Token) -> Option<u16> {
    if t.holds & holds::LETTERS != 0 {
        return FIRST_WORDS.get(t.text).copied();
    }
    first_word(t.text)
}

/// A word's ASCII letters before a hyphen, an apostrophe or anything else ("Seventy" of
/// "Seventy-four", "Monday" of "Monday's"): the word as the anchor's parsers read it, which is all
/// a month, a weekday, a word of time or an anchor's first word needs (and, to the rules, the
/// letters a currency symbol opens with: "US" of "US$").
pub fn letters(word: &str) -> &str {
    &word[..word.bytes().take_while(u8::is_ascii_alphabetic).count()]
}

/// A word as the anchor test sees it: its letters (up to an apostrophe or a hyphen) and what they
/// hold.
#[derive(Debug, Clone, Copy)]
pub struct Seen<'a> {
    pub text: &'a str,
    /// It opens with a digit.
    pub digits: bool,
    /// A number word (`two`, `several`).
    pub number: bool,
    /// A month or weekday name.
    pub calendar: bool,
    /// A word of time (`weeks`, `hours`).
    pub time: bool,
}

/// Could an anchor that opens with `first` go on to `next`? A cheap test before `anchor`, true of
/// every anchor: a preposition that only introduces a date ("on", "since") needs a digit, a month or
/// a weekday next; "over", "at" and "within" open only "… the weekend" or "… the last 24 hours";
/// "in" and "during" either; a figure ("24 hours ago", "18 May", "18 of May") needs a word of time,
/// a month or "of", and a number word ("two weeks", "twenty eight years", "some 30 years") a word
/// of time or another number.
pub fn may_go_on(first: Seen, next: Option<Seen>) -> bool {
    let forms = FIRST_WORDS.get(first.text).copied().unwrap_or(0);
    may_go_on_after(first, forms, next)
}

/// `may_go_on`, given what `first_word` found of the first word.
pub fn may_go_on_after(first: Seen, forms: u16, next: Option<Seen>) -> bool {
    let dated = |n: &Seen| n.digits || n.calendar;
    let the = |n: &Seen| n.text.eq_ignore_ascii_case("the");
    if first.digits {
        return next.is_some_and(|n| n.time || n.calendar || n.text.eq_ignore_ascii_case("of"));
    }
    if first.number {
        return next.is_some_and(|n| n.time || n.number || n.digits);
    }
    // "weeks later", "hours after": a span by itself opens only `spans_ago`
    if first.time && relative_words::SPANS.contains_any_case(first.text) {
        return next.is_some_and(|n| relative_words::AGO.contains_any_case(n.text));
    }
    // "an hour later", "a few days ago"
    if first.text.eq_ignore_ascii_case("an") || first.text.eq_ignore_ascii_case("a") {
        return next.is_some_and(|n| n.time || n.number);
    }
    match forms & (opens::BEFORE_DATE | opens::BEFORE_THE) {
        opens::BEFORE_DATE => next.is_some_and(|n| dated(&n)),
        opens::BEFORE_THE => next.is_some_and(|n| the(&n)),
        0 => true,
        _ => next.is_some_and(|n| dated(&n) || the(&n)),
    }
}

/// A time anchor at the start of `s`: `on Saturday`, `since Wednesday`, `in January 2012`,
/// `on May 18`, `last week`, `in the last 24 hours`, `Friday`.
///
/// The forms are tried in order, but only those the first word can open (`opening`).
pub fn anchor(s: In) -> Option<usize> {
    anchor_from(s, opening(s), &Known::NONE, &mut DatesRead::default())
}

/// `anchor` at the first of `toks` (`s` opens with it), whose forms `first_word_of` has found: a
/// word of letters alone is its own first word (`head_word` of `s` reads it as it is, as the
/// tokenizer ended it where no letter or digit follows), so it is not read and looked up again;
/// nor are the calendar words the tokens know (`Known`). The date it reads at a word of letters
/// is noted in `dates`, for the stamp at that word (`DatesRead`).
pub fn anchor_at(s: In, toks: &[Token], forms: u16, dates: &mut DatesRead) -> Option<usize> {
    let Some(t) = toks.first() else {
        return anchor(s);
    };
    let first = if t.holds & holds::LETTERS != 0 {
        First {
            forms,
            len: t.text.len(),
        }
    } else {
        opening(s)
    };
    anchor_from(s, first, &Known::of(s, t.start, toks), dates)
}

/// The dates that a sentence's anchors read at a word of letters (`calendar_date_of`, at the word
/// after a preposition or at the anchor's first: "on Monday", "Friday"), each with the length of
/// the sentence's text from that word on, which tells the word, and the length of the date read
/// there, if any. `stamp_known` reads a word of letters by `calendar_date_of` alone, so that the
/// figure loop's stamp at that word is read from here: most stamps at a word are the weekdays of
/// anchors ("on Monday"), which were read twice, some 2,200 times per MB synthetic, 1,100 real.
#[derive(Default)]
pub struct DatesRead(Vec<(usize, Option<usize>)>);

impl DatesRead {
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// What `calendar_date_of` read at `at`, the sentence's text from a word on.
    fn note(&mut self, at: In, date: &IResult<In, In>) {
        let len = date.as_ref().ok().map(|(rest, _)| at.len() - rest.len());
        self.0.push((at.len(), len));
    }

    /// `stamp_known(s, ..)`, where `s` (the sentence's text from a word on) opens with a letter
    /// and an anchor read the date there; `None` where it did not.
    pub fn stamp(&self, s: In) -> Option<Option<(usize, Kind)>> {
        if !s.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        let &(_, date) = self.0.iter().find(|&&(rest, _)| rest == s.len())?;
        Some(date.map(|n| (n, Kind::Date)))
    }
}

/// `anchor`, given what `opening` finds at the start of `s`.
fn anchor_from(s: In, first: First, known: &Known, dates: &mut DatesRead) -> Option<usize> {
    let forms: [Form; 6] = [
        (opens::SPANS_AGO, spans_ago),
        (opens::THIS_SPAN, this_span),
        (opens::EARLIER_THAT, earlier_that),
        (opens::OVER_THE_WEEKEND, over_the_weekend),
        (opens::WITHIN_THE_LAST, within_the_last),
        (opens::NAMED_DAY, named_day),
    ];
    let tried = |form: u16| first.forms & form != 0;
    // (the date's form, next to last, reads calendar words, with what the tokens know of them)
    let (rest, _) = forms
        .iter()
        .filter(|&&(form, _)| tried(form))
        .find_map(|(_, read)| read(s, first).ok())
        .or_else(|| {
            tried(opens::DATED)
                .then(|| dated_or_month(s, first, known, dates).ok())
                .flatten()
        })
        .or_else(|| {
            tried(opens::YEAR_ONLY)
                .then(|| year_only(s, first).ok())
                .flatten()
        })?;
    Some(s.len() - rest.len())
}

/// A form of time anchor: its bit in `opens`, and its reader.
type Form = (u16, fn(In, First) -> IResult<In, In>);

/// What `opening` found at the start of a text.
#[derive(Clone, Copy)]
struct First {
    /// The forms (bits of `opens`) the first word can open, and the other facts `opens` notes.
    forms: u16,
    /// The length of the first word (0 at a digit).
    len: usize,
}

/// `on Saturday`, `May 18`, `Friday morning` (a date or a weekday, with a preposition or not),
/// else `in January`, `since May` (a month after a preposition). The two forms were tried in turn;
/// the preposition and the calendar word after it are read once for both.
fn dated_or_month<'a>(
    s: In<'a>,
    first: First,
    known: &Known,
    dates: &mut DatesRead,
) -> IResult<In<'a>, In<'a>> {
    let after_preposition = preposition(s, first);
    let at = after_preposition.unwrap_or(s);
    let word = known.calendar(at);
    let date = calendar_date_of(at, word, known);
    dates.note(at, &date);
    let (rest, _) = date
        .or_else(|_| weekday_and_part_of_day(at, word))
        .or_else(|e| match after_preposition {
            Some(_) => month_of(at, word),
            None => Err(e),
        })?;
    Ok((rest, &s[..s.len() - rest.len()]))
}

/// `Friday`, `Friday morning`, given the calendar word `i` opens with (`calendar(i)`, `found`).
fn weekday_and_part_of_day<'a>(
    i: In<'a>,
    found: Option<(&'a str, Calendar)>,
) -> IResult<In<'a>, In<'a>> {
    let Some((w, Calendar::Weekday)) = found else {
        return Err(no_match(i));
    };
    let part = opt(preceded(
        space1,
        alt((
            word("morning"),
            word("afternoon"),
            word("evening"),
            word("night"),
        )),
    ));
    recognize(part)
        .parse(&i[w.len()..])
        .map(|(rest, _)| (rest, &i[..i.len() - rest.len()]))
}

/// `in 2012`, `since 2009`, and a year a figure is for or runs to: `for 2026`, `until 2025`,
/// `through 2027`, `during 2024` (not `by 2030`: "hit by 2004 tsunami", "2880 pixels by 1800").
fn year_only(i: In, _: First) -> IResult<In, In> {
    recognize(pair(
        alt((
            terminated(ci("in"), space1),
            terminated(ci("since"), space1),
            terminated(ci("for"), space1),
            terminated(ci("until"), space1),
            terminated(ci("through"), space1),
            terminated(ci("during"), space1),
        )),
        year,
    ))
    .parse(i)
}

/// The forms of a time anchor, one bit each, for the table of the words that can open them.
mod opens {
    pub const SPANS_AGO: u16 = 1;
    pub const THIS_SPAN: u16 = 1 << 1;
    pub const EARLIER_THAT: u16 = 1 << 2;
    pub const OVER_THE_WEEKEND: u16 = 1 << 3;
    pub const WITHIN_THE_LAST: u16 = 1 << 4;
    pub const NAMED_DAY: u16 = 1 << 5;
    pub const DATED: u16 = 1 << 6;
    pub const YEAR_ONLY: u16 = 1 << 7;
    /// Not a form: the word is one of `ANCHOR_PREPOSITION_WORDS`.
    pub const PREPOSITION: u16 = 1 << 8;
    /// Not a form: the word is `as`, which may open "as of".
    pub const AS: u16 = 1 << 9;
    /// Not a form: a preposition that introduces only a date ("on", "since"): a digit, a month or
    /// a weekday must follow (`may_go_on`).
    pub const BEFORE_DATE: u16 = 1 << 10;
    /// Not a form: a preposition that opens only "… the weekend" or "… the last 24 hours" ("over",
    /// "at", "within"): `the` must follow. "in" and "during" have both bits: either may follow.
    pub const BEFORE_THE: u16 = 1 << 11;
}

/// The forms (bits of `opens`) each word can open: the words a time anchor can start with.
static FIRST_WORDS: std::sync::LazyLock<WordMap<u16>> = std::sync::LazyLock::new(|| {
    use relative_words::*;
    let mut map = WordMap::<u16>::default();
    let mut add = |words: &mut dyn Iterator<Item = &str>, form: u16| {
        for w in words {
            *map.entry(w) |= form;
        }
    };
    add(&mut ROUGHLY_WORDS.iter().copied(), opens::SPANS_AGO);
    add(&mut SPANS_WORDS.iter().copied(), opens::SPANS_AGO);
    add(
        &mut ["a", "an", "several", "many", "few"].into_iter(),
        opens::SPANS_AGO,
    );
    add(&mut super::number::below_hundred_words(), opens::SPANS_AGO);
    add(&mut THIS_WORDS.iter().copied(), opens::THIS_SPAN);
    add(&mut EARLIER_WORDS.iter().copied(), opens::EARLIER_THAT);
    add(&mut OVER_WORDS.iter().copied(), opens::OVER_THE_WEEKEND);
    add(&mut WITHIN_WORDS.iter().copied(), opens::WITHIN_THE_LAST);
    add(&mut DAYS_WORDS.iter().copied(), opens::NAMED_DAY);
    // a preposition (and the `as` of "as of") before a date or a month
    add(
        &mut ANCHOR_PREPOSITION_WORDS.iter().copied(),
        opens::DATED | opens::PREPOSITION,
    );
    add(&mut ["as"].into_iter(), opens::DATED | opens::AS);
    add(&mut calendar_words(), opens::DATED);
    add(
        &mut ["in", "since", "for", "until", "through", "during"].into_iter(),
        opens::YEAR_ONLY,
    );
    // what a preposition needs next (`may_go_on`)
    add(
        &mut [
            "on", "since", "by", "until", "till", "from", "through", "before", "after", "early",
            "late",
        ]
        .into_iter(),
        opens::BEFORE_DATE,
    );
    add(&mut ["over", "at", "within"].into_iter(), opens::BEFORE_THE);
    add(
        &mut ["in", "during", "since", "by"].into_iter(),
        opens::BEFORE_DATE | opens::BEFORE_THE,
    );
    map
});

/// The forms of anchor that `s` can open: every form opens with a digit or with a word (read by
/// `head_word`, as `word_in`, `word`, `ci` and the calendar's readers read it), so one lookup of
/// that word in a table of each form's first words rules the other forms out. A form whose first
/// word is one list's (`THIS_WORDS`, `OVER_WORDS`, a preposition) then reads on after it without a second lookup.
fn opening(s: In) -> First {
    if s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        // "24 hours ago", "18 May"
        return First {
            forms: opens::SPANS_AGO | opens::DATED,
            len: 0,
        };
    }
    let word = head_word(s);
    First {
        forms: word.and_then(|w| FIRST_WORDS.get(w)).copied().unwrap_or(0),
        len: word.map_or(0, str::len),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cheap tests before the date parsers turn away no date they read: every day, suffix,
    /// gap and word after it for `day_month`, and every decade.
    #[test]
    fn cheap_date_tests_let_every_date_through() {
        for day in ["1", "9", "18", "31", "32", "00", "123", "1x"] {
            for suffix in ["", "st", "nd", "rd", "th", "TH", "am", "sth", "a"] {
                for gap in ["", " ", "  ", "\t", ", "] {
                    for next in [
                        "May",
                        "may",
                        "OF May",
                        "of May 2014",
                        "Sept.",
                        "soldiers",
                        "",
                    ] {
                        let i = format!("{day}{suffix}{gap}{next} and");
                        if day_month(&i).is_ok() {
                            assert!(may_open_day_month(&i), "{i}");
                        }
                    }
                }
            }
        }
        for d in ["1960s", "2000s", "1960's", "'90s", "1965s", "196s"] {
            let run = d.bytes().take_while(u8::is_ascii_digit).count();
            let read = stamp(d, "").is_some_and(|(n, _)| n == d.len());
            assert_eq!(read, decade(d).is_ok() && matches!(run, 0..=2 | 4), "{d}");
        }
    }

    #[test]
    fn stamps_are_not_figures() {
        assert_eq!(stamp("May 18 and", ""), Some((6, Kind::Date)));
        assert_eq!(stamp("Sunday May 18", ""), Some((13, Kind::Date)));
        assert_eq!(stamp("January 2012, when", ""), Some((12, Kind::Date)));
        assert_eq!(stamp("1960s.", ""), Some((5, Kind::Date)));
        assert_eq!(stamp("21:30 (local", ""), Some((5, Kind::Time)));
        assert_eq!(stamp("10.45pm last", ""), Some((7, Kind::Time)));
        assert_eq!(stamp("21st century", ""), Some((4, Kind::Ordinal)));
        assert_eq!(stamp("2012, when", "in"), Some((4, Kind::Date)));
        assert_eq!(stamp("2000 people", "killed"), None);
        assert_eq!(stamp("18 soldiers", ""), None);
    }

    /// The cheap test before `anchor` never turns away an anchor `anchor` reads: every pair of an
    /// opening word and a next word, with endings that complete the anchors.
    #[test]
    fn may_go_on_lets_every_anchor_through() {
        let firsts = [
            "on",
            "On",
            "since",
            "by",
            "until",
            "till",
            "from",
            "through",
            "last",
            "this",
            "next",
            "early",
            "late",
            "in",
            "In",
            "before",
            "after",
            "during",
            "as",
            "over",
            "at",
            "within",
            "earlier",
            "later",
            "past",
            "just",
            "only",
            "some",
            "a",
            "an",
            "several",
            "many",
            "one",
            "two",
            "twenty",
            "Seventy-four",
            "Friday",
            "May",
            "18",
            "2012",
        ];
        let nexts = [
            "Monday", "Monday's", "May", "May-June", "Sept.", "18", "18th", "2012", "the", "The",
            "weeks", "week", "years", "hour", "hours", "of", "eight", "few", "couple", "30",
            "morning", "weekend", "ago", "Kidal", "ground",
        ];
        let ends = [
            "",
            " ago",
            " 18",
            " 2012",
            " weeks ago",
            " of weeks later",
            " last week",
            " weekend",
            " 24 hours",
        ];
        fn seen(w: &str) -> Seen<'_> {
            let lead = letters(w);
            let lower = lead.to_ascii_lowercase();
            Seen {
                text: lead,
                digits: w.as_bytes()[0].is_ascii_digit(),
                // the rules' vague numbers mark these as numbers too
                number: super::super::number::may_open_words(lead)
                    || matches!(lower.as_str(), "several" | "few" | "couple" | "many"),
                calendar: is_calendar(&lower),
                time: is_time_lower(&lower),
            }
        }
        for f in firsts {
            for n in nexts {
                for e in ends {
                    let s = format!("{f} {n}{e} and more");
                    if anchor(&s).is_some() {
                        assert!(may_go_on(seen(f), Some(seen(n))), "{s}");
                    }
                }
            }
            if anchor(&format!("{f}.")).is_some() {
                assert!(may_go_on(seen(f), None), "{f}");
            }
        }
    }

    #[test]
    fn anchors() {
        assert_eq!(anchor("on Saturday left"), Some("on Saturday".len()));
        assert_eq!(anchor("since Wednesday as"), Some("since Wednesday".len()));
        assert_eq!(
            anchor("in the last 24 hours."),
            Some("in the last 24 hours".len())
        );
        assert_eq!(anchor("over the weekend"), Some("over the weekend".len()));
        assert_eq!(anchor("in January 2012,"), Some("in January 2012".len()));
        assert_eq!(anchor("Friday, the"), Some("Friday".len()));
        assert_eq!(anchor("on the ground"), None);
        assert_eq!(anchor("in Kidal"), None);
        // spans before "ago", "later" or "after": one, a few, a compound number, none
        for span in [
            "a few days ago",
            "a couple of weeks later",
            "a year ago",
            "an hour later",
            "Seventy-four years ago",
            "Weeks later",
            "many years ago",
            "48 hours ago",
        ] {
            assert_eq!(anchor(&format!("{span}, the")), Some(span.len()), "{span}");
        }
        assert!(may_start_anchor("Seventy-four") && may_start_anchor("Weeks"));
        assert_eq!(anchor("one weeks"), None);
    }

    /// An anchor read at a token whose first word was looked up already is the one read afresh,
    /// whatever follows the word (a mark, a wide character, the text's end); and each date it
    /// notes at a word is the stamp read there (`DatesRead`).
    #[test]
    fn an_anchor_at_a_token_is_the_anchor_read_afresh() {
        let rules = crate::rules::Rules::defaults();
        let s = "On Monday's vote, in 2012 and since May 18 €5 in the last 24 hours (over the \
                 weekend) two weeks ago 48 hours later, a year ago—Friday morning, in January\u{2014}\
                 Seventy-four years ago in the 1990s during the week, last week in";
        let (mut found, mut noted) = (0, 0);
        for s in std::iter::once(s.to_string()).chain(texts_with_dates()) {
            let toks = super::super::words::tokens(&s, 0..s.len(), &rules.word_marks);
            for (i, t) in toks.iter().enumerate() {
                let Some(forms) = first_word_of(t) else {
                    continue;
                };
                let at = &s[t.start..];
                let mut dates = DatesRead::default();
                assert_eq!(
                    anchor_at(at, &toks[i..], forms, &mut dates),
                    anchor(at),
                    "{at}"
                );
                found += usize::from(anchor(at).is_some());
                // each date read at a word of letters is the stamp read there
                for (j, u) in toks.iter().enumerate().skip(i) {
                    let word = &s[u.start..];
                    if let Some(stamp) = dates.stamp(word) {
                        let prev = toks[..j].last().map_or("", |p| p.text);
                        assert_eq!(stamp, super::stamp(word, prev), "{at} / {word}");
                        noted += 1;
                    }
                }
            }
        }
        assert!(found >= 1000, "{found}");
        assert!(noted >= 1000, "{noted}");
    }

    /// The lines of the fixtures, and dates and anchors with every calendar word in three cases,
    /// whole, short and with a full stop, before a day, a year, a part of the day or a mark.
    fn texts_with_dates() -> Vec<String> {
        let mut texts: Vec<String> = crate::fixture_texts()
            .iter()
            .flat_map(|text| text.lines().map(str::to_string))
            .collect();
        for w in calendar_words() {
            let title = format!("{}{}", &w[..1].to_uppercase(), &w[1..]);
            for w in [w.to_string(), w.to_uppercase(), title] {
                for after in [
                    " 18, 2014 and",
                    ". 18",
                    " evening",
                    ", May 18",
                    " Tuesday, 2012",
                    "'s vote",
                    "",
                    " 2014.",
                    "s",
                    "18",
                ] {
                    for before in [
                        "on ", "since ", "as of ", "in ", "18 ", "18 of ", "", "last ",
                    ] {
                        texts.push(format!("{before}{w}{after}"));
                    }
                }
            }
        }
        texts
    }

    /// A date read with what the tokens know of its words (`Known`) is the date read afresh, at
    /// every token and a byte after it; and a weekday or a month is told by its letters as the
    /// table of calendar words tells it.
    #[test]
    fn dates_read_with_the_tokens_are_the_dates_read_afresh() {
        for w in calendar_words() {
            for w in [w.to_string(), w.to_uppercase()] {
                assert_eq!(
                    Some(kind_of_calendar_word(&w)),
                    CALENDAR.get(&w).copied(),
                    "{w}"
                );
            }
        }
        let rules = crate::rules::Rules::defaults();
        let mut dates = 0;
        for s in texts_with_dates() {
            let toks = super::super::words::tokens(&s, 0..s.len(), &rules.word_marks);
            for (i, t) in toks.iter().enumerate() {
                let prev = i.checked_sub(1).map_or("", |p| toks[p].text);
                for start in [t.start, t.start + 1] {
                    let Some(at) = s.get(start..).filter(|at| !at.is_empty()) else {
                        continue;
                    };
                    let known = Known::of(at, start, &toks[i..]);
                    assert_eq!(stamp_known(at, prev, &known), stamp(at, prev), "{at}");
                    for u in &toks[i..] {
                        if let Some(word) = s.get(u.start.max(start)..) {
                            assert_eq!(known.calendar(word), calendar(word), "{at} / {word}");
                        }
                    }
                    dates += usize::from(stamp(at, prev).is_some_and(|(_, k)| k == Kind::Date));
                }
            }
        }
        assert!(dates >= 500, "{dates}");
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

fn parse_iso(s: &str) -> Option<i64> {
    let mut it = s.get(..10)?.split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    valid_day(y, m, d).then(|| days_from_civil(y, m, d))
}

/// Is this a day of the calendar (no 31 February)?
fn valid_day(y: i64, m: u32, d: u32) -> bool {
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    (1..=days).contains(&d)
}

fn iso(days: i64) -> CompactString {
    let (y, m, d) = civil_from_days(days);
    compact_str::format_compact!("{y:04}-{m:02}-{d:02}")
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const WEEKDAYS: [&str; 7] = [
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
];

/// The date a time anchor names, resolved against the article's publication date (`YYYY-MM-DD`):
/// a weekday is the last such day on or before publication, `yesterday` the day before, `May 18`
/// that day in the publication year. `None` where the anchor names no single day.
pub fn resolve(anchor: &str, published: &str) -> Option<CompactString> {
    let base = parse_iso(published)?;
    let lower = anchor.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.contains(&"yesterday") {
        return Some(iso(base - 1));
    }
    if words.contains(&"today") || words.contains(&"tonight") {
        return Some(iso(base));
    }
    // a month and a day
    let month = words
        .iter()
        .position(|w| w.len() >= 3 && MONTHS.iter().any(|m| w.starts_with(m)) && month(w).is_ok());
    if let Some(mi) = month {
        let m = MONTHS.iter().position(|p| words[mi].starts_with(p))? as u32 + 1;
        let day = words
            .get(mi + 1)
            .or_else(|| mi.checked_sub(1).and_then(|p| words.get(p)))
            .and_then(|w| w.trim_end_matches(char::is_alphabetic).parse::<u32>().ok())
            .filter(|d| (1..=31).contains(d))?;
        let (y, ..) = civil_from_days(base);
        let year = words
            .iter()
            .find_map(|w| w.parse::<i64>().ok().filter(|y| (1000..=2199).contains(y)))
            .unwrap_or(y);
        return valid_day(year, m, day).then(|| iso(days_from_civil(year, m, day)));
    }
    // a weekday: the last one on or before publication ("last" Saturday too)
    let wd = words.iter().find_map(|w| {
        WEEKDAYS
            .iter()
            .position(|d| w.trim_end_matches('s') == *d || *w == *d)
    })? as i64;
    let today = base.rem_euclid(7); // 1970-01-01 was a Thursday
    let back = (today - wd).rem_euclid(7);
    let next =
        words.contains(&"next") || words.contains(&"until") || words.contains(&"by") && back == 0;
    Some(iso(if next {
        base + (wd - today).rem_euclid(7)
    } else {
        base - back
    }))
}

#[cfg(test)]
mod resolve_tests {
    use super::resolve;

    #[test]
    fn anchors_resolve_against_the_publication_date() {
        // 2014-05-19 was a Monday
        assert_eq!(
            resolve("on Saturday", "2014-05-19").as_deref(),
            Some("2014-05-17")
        );
        assert_eq!(
            resolve("since Wednesday", "2014-05-22").as_deref(),
            Some("2014-05-21")
        );
        assert_eq!(
            resolve("on Monday", "2014-05-19").as_deref(),
            Some("2014-05-19")
        );
        assert_eq!(
            resolve("yesterday", "2014-05-01").as_deref(),
            Some("2014-04-30")
        );
        assert_eq!(
            resolve("on May 18", "2014-05-19").as_deref(),
            Some("2014-05-18")
        );
        assert_eq!(resolve("in January 2012", "2014-05-19"), None);
        assert_eq!(resolve("last week", "2014-05-19"), None);
        assert_eq!(resolve("on Saturday", "unknown"), None);
        assert_eq!(resolve("on February 31", "2014-05-19"), None);
    }
}
