//! Dates, clock times and ordinals (never counted as figures), and the time anchors that say when a
//! figure holds (`on Saturday`, `since Wednesday`, `in the last 24 hours`).

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n};
use nom::character::complete::{char, digit1, space0, space1};
use nom::combinator::{not, opt, peek, recognize, verify};
use nom::sequence::{pair, preceded, terminated};
use nom::{IResult, Parser};

use super::number::word;
use crate::claim::Kind;

type In<'a> = &'a str;

/// A weekday name, with a plural (`on Saturdays`).
pub fn weekday(i: In) -> IResult<In, In> {
    alt((
        word("monday"),
        word("tuesday"),
        word("wednesday"),
        word("thursday"),
        word("friday"),
        word("saturday"),
        word("sunday"),
    ))
    .parse(i)
}

/// A month name, full or abbreviated (`Sept.`).
pub fn month(i: In) -> IResult<In, In> {
    let full = alt((
        word("january"),
        word("february"),
        word("march"),
        word("april"),
        word("may"),
        word("june"),
        word("july"),
        word("august"),
        word("september"),
        word("october"),
        word("november"),
        word("december"),
    ));
    let short = terminated(
        alt((
            word("jan"),
            word("feb"),
            word("mar"),
            word("apr"),
            word("jun"),
            word("jul"),
            word("aug"),
            word("sept"),
            word("sep"),
            word("oct"),
            word("nov"),
            word("dec"),
        )),
        opt(char('.')),
    );
    recognize(alt((full, short))).parse(i)
}

fn day(i: In) -> IResult<In, In> {
    recognize(terminated(
        verify(
            take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
            |d: &str| d.parse::<u32>().is_ok_and(|n| (1..=31).contains(&n)),
        ),
        (
            opt(alt((
                tag_no_case("st"),
                tag_no_case("nd"),
                tag_no_case("rd"),
                tag_no_case("th"),
            ))),
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
pub fn calendar_date(i: In) -> IResult<In, In> {
    let month_day = recognize((month, space1, day, opt((opt(char(',')), space1, year))));
    let day_month = recognize((
        day,
        space1,
        opt(terminated(tag_no_case("of"), space1)),
        month,
        opt((space1, year)),
    ));
    let month_year = recognize((month, opt(char(',')), space1, year));
    recognize(pair(
        opt(terminated(weekday, pair(opt(char(',')), space1))),
        alt((month_day, month_year, day_month)),
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
    let hm = recognize((
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        alt((char(':'), char('.'))),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
    ));
    let ampm = alt((
        tag_no_case("am"),
        tag_no_case("pm"),
        tag_no_case("a.m."),
        tag_no_case("p.m."),
        tag_no_case("a.m"),
        tag_no_case("p.m"),
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

/// `1st`, `21st`, `3rd`, `10th`.
pub fn ordinal(i: In) -> IResult<In, In> {
    recognize((
        digit1,
        alt((
            tag_no_case("st"),
            tag_no_case("nd"),
            tag_no_case("rd"),
            tag_no_case("th"),
        )),
        not(peek(take_while_m_n(1, 1, |c: char| {
            c.is_ascii_alphanumeric()
        }))),
    ))
    .parse(i)
}

/// Words before a bare four-digit number that make it a year.
const YEAR_CUES: &[&str] = &[
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
];

/// A date, time or ordinal at the start of `s`: its length and kind. `prev` is the word before.
pub fn stamp(s: In, prev: &str) -> Option<(usize, Kind)> {
    if let Ok((rest, _)) = clock_time(s) {
        return Some((s.len() - rest.len(), Kind::Time));
    }
    if let Ok((rest, _)) = alt((calendar_date, decade)).parse(s) {
        return Some((s.len() - rest.len(), Kind::Date));
    }
    if let Ok((rest, _)) = ordinal(s) {
        return Some((s.len() - rest.len(), Kind::Ordinal));
    }
    if let Ok((rest, y)) = year(s) {
        let prev = prev.to_ascii_lowercase();
        // a year, unless a plural noun follows ("2000 people", "1500 troops")
        let next: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let counted = rest.starts_with(' ')
            && next.starts_with(|c: char| c.is_lowercase())
            && (next.ends_with('s') && !next.ends_with("ss")
                || matches!(
                    next.as_str(),
                    "people" | "percent" | "per" | "children" | "men" | "women"
                ));
        let plausible = y.parse::<u32>().is_ok_and(|n| (1800..=2100).contains(&n));
        if YEAR_CUES.contains(&prev.as_str()) || (plausible && !counted) || rest.starts_with("'s") {
            return Some((s.len() - rest.len(), Kind::Date));
        }
    }
    None
}

fn relative(i: In) -> IResult<In, In> {
    let span_word = || {
        alt((
            word("week"),
            word("weekend"),
            word("month"),
            word("year"),
            word("night"),
            word("morning"),
            word("afternoon"),
            word("evening"),
            word("season"),
            word("quarter"),
        ))
    };
    recognize(alt((
        recognize((
            alt((word("last"), word("this"), word("next"), word("past"))),
            space1,
            span_word(),
        )),
        recognize((
            alt((word("earlier"), word("later"))),
            space1,
            alt((word("this"), word("that"), word("last"))),
            space1,
            span_word(),
        )),
        recognize((
            alt((word("over"), word("at"), word("during"))),
            space1,
            word("the"),
            space1,
            word("weekend"),
        )),
        recognize((
            alt((word("in"), word("over"), word("within"), word("during"))),
            space1,
            word("the"),
            space1,
            alt((word("last"), word("past"), word("next"), word("previous"))),
            space1,
            opt(terminated(
                alt((digit1, recognize(super::number::below_hundred))),
                space1,
            )),
            alt((
                word("hours"),
                word("hour"),
                word("days"),
                word("day"),
                word("weeks"),
                word("week"),
                word("months"),
                word("month"),
                word("years"),
                word("year"),
                word("decade"),
            )),
        )),
        word("yesterday"),
        word("today"),
        word("tonight"),
        word("overnight"),
    )))
    .parse(i)
}

const ANCHOR_PREPOSITIONS: &[&str] = &[
    "on", "since", "by", "until", "till", "from", "through", "last", "this", "next", "early",
    "late", "in", "before", "after", "during", "as of",
];

fn preposition(i: In) -> IResult<In, In> {
    for p in ANCHOR_PREPOSITIONS {
        if let Ok((rest, w)) =
            terminated(tag_no_case::<&str, In, nom::error::Error<In>>(*p), space1).parse(i)
            && !rest.starts_with(' ')
        {
            let _ = w;
            return Ok((rest, &i[..i.len() - rest.len()]));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// A time anchor at the start of `s`: `on Saturday`, `since Wednesday`, `in January 2012`,
/// `on May 18`, `last week`, `in the last 24 hours`, `Friday`.
pub fn anchor(s: In) -> Option<usize> {
    let dated = recognize(pair(
        opt(preposition),
        alt((
            calendar_date,
            recognize(pair(
                weekday,
                opt(preceded(
                    space1,
                    alt((
                        word("morning"),
                        word("afternoon"),
                        word("evening"),
                        word("night"),
                    )),
                )),
            )),
        )),
    ));
    let month_only = recognize(pair(preposition, month));
    let year_only = recognize(pair(
        alt((
            terminated(tag_no_case("in"), space1),
            terminated(tag_no_case("since"), space1),
        )),
        year,
    ));
    let (rest, _) = alt((relative, dated, month_only, year_only))
        .parse(s)
        .ok()?;
    Some(s.len() - rest.len())
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
