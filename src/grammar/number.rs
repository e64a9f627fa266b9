//! Numbers as news writes them: `1,500`, `1 500`, `1.2`, `3,5`, `1.500.000`, and number words
//! (`eight`, `twenty-eight`, `one hundred and five`, `a dozen`, `a couple of`).
//!
//! Each production is a nom parser over normalised text; `number` tries the digit forms first.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::character::complete::char;
use nom::combinator::{map, not, opt, peek, recognize};
use nom::multi::many1;
use nom::sequence::{pair, preceded, terminated};
use nom::{IResult, Parser};

/// A number as written: its value and whether it was written in words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    /// The place value of the last significant digit as written (`1,500` → 100, `8` → 1,
    /// `1.25` → 0.01), for rounding.
    pub step: f64,
    pub words: bool,
}

fn three_digits(i: &str) -> IResult<&str, &str> {
    terminated(
        take_while_m_n(3, 3, |c: char| c.is_ascii_digit()),
        not(peek(take_while1(|c: char| c.is_ascii_digit()))),
    )
    .parse(i)
}

fn one_to_three(i: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(i)
}

/// `1,500` or `1,500,000.5`: comma-grouped thousands with an optional decimal point.
pub fn comma_grouped(i: &str) -> IResult<&str, f64> {
    let (rest, text) = recognize((
        one_to_three,
        many1(preceded(char(','), three_digits)),
        opt(pair(char('.'), digit1)),
    ))
    .parse(i)?;
    Ok((rest, parse_clean(text, ',')))
}

/// `1 500` or `12 000 000`: thousands grouped with a space (thin spaces are normalised to one).
pub fn space_grouped(i: &str) -> IResult<&str, f64> {
    let (rest, text) = recognize((
        one_to_three,
        many1(preceded(char(' '), three_digits)),
        not(peek(pair(char(' '), digit1))),
        opt(pair(char('.'), digit1)),
    ))
    .parse(i)?;
    Ok((rest, parse_clean(text, ' ')))
}

/// `1.500.000` or `1.500,5`: thousands grouped with full stops (two groups at least, or a decimal comma).
pub fn dot_grouped(i: &str) -> IResult<&str, f64> {
    let two_groups = recognize((
        one_to_three,
        preceded(char('.'), three_digits),
        many1(preceded(char('.'), three_digits)),
    ));
    let with_comma = recognize((
        one_to_three,
        many1(preceded(char('.'), three_digits)),
        char(','),
        digit1,
    ));
    let (rest, text) = alt((with_comma, two_groups)).parse(i)?;
    Ok((
        rest,
        parse_clean(&text.replace('.', "").replace(',', "."), ' '),
    ))
}

/// `3,5`: a decimal comma, where the digits after it cannot be a thousands group.
pub fn decimal_comma(i: &str) -> IResult<&str, f64> {
    let (rest, (a, b)) = (
        digit1,
        preceded(
            char(','),
            terminated(
                take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
                not(peek(digit1)),
            ),
        ),
    )
        .parse(i)?;
    Ok((rest, parse_clean(&format!("{a}.{b}"), ' ')))
}

/// `1500`, `1.5`, `.5`.
pub fn plain(i: &str) -> IResult<&str, f64> {
    let int_part = recognize(pair(digit1, opt(pair(char('.'), digit1))));
    let frac_only = recognize(pair(char('.'), digit1));
    let (rest, text) = alt((int_part, frac_only)).parse(i)?;
    Ok((rest, parse_clean(text, ' ')))
}

/// The value of digits grouped with `sep` and an optional decimal point (`1,500.25`, `12 000`).
/// Most are read from their digits without a copy (`exact_value`); the rest are copied without the
/// separators and parsed.
fn parse_clean(text: &str, sep: char) -> f64 {
    if let Some(v) = exact_value(text.as_bytes(), sep) {
        return v;
    }
    if !text.contains(sep) {
        return text.parse().unwrap_or(f64::NAN);
    }
    let cleaned: String = text.chars().filter(|&c| c != sep).collect();
    cleaned.parse().unwrap_or(f64::NAN)
}

/// The value of `text` as `parse_clean` reads it, where it can be had exactly: ASCII digits and
/// `sep`, with at most one decimal point and digits after it, up to 19 digits for a whole number
/// (`whole`) and 15 with a fraction (`decimal`). `None` for anything else.
fn exact_value(text: &[u8], sep: char) -> Option<f64> {
    let (int, fraction) = match text.iter().position(|&b| b == b'.') {
        Some(p) => (&text[..p], Some(&text[p + 1..])),
        None => (text, None),
    };
    let sep = u8::try_from(sep).ok().filter(u8::is_ascii)?;
    let int_digits = int.iter().filter(|b| b.is_ascii_digit()).count();
    let clean = int.iter().all(|&b| b.is_ascii_digit() || b == sep);
    let digits = || int.iter().copied().filter(u8::is_ascii_digit);
    match fraction {
        None if clean && int_digits > 0 && int_digits <= 19 => Some(digits_value(digits()) as f64),
        Some(f)
            if clean
                && !f.is_empty()
                && f.iter().all(u8::is_ascii_digit)
                && int_digits + f.len() <= 15 =>
        {
            Some(digits_value(digits().chain(f.iter().copied())) as f64 / POWERS[f.len()])
        }
        _ => None,
    }
}

/// The place value of the last significant digit of a number written in digits: `1,500` → 100,
/// `8` → 1, `1.25` → 0.01, `3,5` → 0.1, `1.500.000` → 100000.
fn step(text: &str) -> f64 {
    let (dots, commas) = text.bytes().fold((0, 0), |(d, c), b| {
        (d + usize::from(b == b'.'), c + usize::from(b == b','))
    });
    let decimal = match (dots, commas) {
        (1.., 1..) => Some(if text.rfind('.') > text.rfind(',') {
            '.'
        } else {
            ','
        }),
        (1, 0) => Some('.'),
        (0, 1) if text.rsplit(',').next().is_some_and(|f| f.len() != 3) => Some(','),
        _ => None,
    };
    if let Some((_, frac)) = decimal.and_then(|d| text.rsplit_once(d)) {
        return ten_to(-(frac.len() as i32));
    }
    whole_step(text)
}

/// Ten to the power `e`, as `10f64.powi(e)` gives it, from a table up to 10^22 (each exact, and
/// its reciprocal rounded once, as `powi` divides): `powi` is a call.
fn ten_to(e: i32) -> f64 {
    match POWERS.get(e.unsigned_abs() as usize) {
        Some(&p) if e >= 0 => p,
        Some(&p) => 1.0 / p,
        None => 10f64.powi(e),
    }
}

/// The powers of ten a double holds exactly.
const POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The place value of the last significant digit of a whole number (its separators skipped):
/// ten to the number of trailing zeros, and 1 for zero itself.
fn whole_step(text: &str) -> f64 {
    let mut digits = text.bytes().filter(u8::is_ascii_digit);
    let zeros = digits.clone().rev().take_while(|&c| c == b'0').count();
    if zeros == digits.by_ref().count() {
        1.0
    } else {
        ten_to(zeros as i32)
    }
}

/// `1/16`, `3/4`: a proper fraction (not a date such as `9/11/2001`, nor `24/7`).
///
/// Fractions in the news are halves, thirds, quarters, eighths, tenths and the like; a pair that
/// could be a month and a day and has another denominator is read as the date it mostly is
/// (`9/11 victims`, `on 10/12`), and `13/20` as the fraction it must be.
// (out of line: numbers with a slash are few, and `digits`, read at every number, stays small)
#[inline(never)]
pub fn fraction(i: &str) -> IResult<&str, f64> {
    const DENOMINATORS: [f64; 11] = [2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 16.0, 32.0, 64.0, 100.0];
    let (rest, (a, b)) = (digit1, preceded(char('/'), digit1)).parse(i)?;
    let (a, b): (f64, f64) = (a.parse().unwrap_or(f64::NAN), b.parse().unwrap_or(0.0));
    let date_like = rest.starts_with(['/', '.'])
        && rest[1..].starts_with(|c: char| c.is_ascii_digit())
        || (1.0..=12.0).contains(&a) && (1.0..=31.0).contains(&b) && !DENOMINATORS.contains(&b);
    if a >= b || a.is_nan() || date_like {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, a / b))
}

/// `9/11`, `24/7`, `2015/16`, `10/12/2016`: digits joined by slashes that make no fraction, as a
/// date, a season or a name is written. The length of the whole group; `None` where the text opens
/// with no such group, with a fraction (which `digits` reads), or with a year and a clock time
/// (`2009/02:00 pm`).
pub fn slashed_digits(i: &str) -> Option<usize> {
    let b = i.as_bytes();
    let run = |from: usize| {
        b[from.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    // the end of the group of digits after the slash at `slash`, unless it opens a clock time
    let group = |slash: usize| {
        if b.get(slash) != Some(&b'/') {
            return None;
        }
        let end = slash + 1 + run(slash + 1);
        (end > slash + 1 && b.get(end) != Some(&b':')).then_some(end)
    };
    let first = run(0);
    let mut end = group(first).filter(|_| first > 0 && fraction(i).is_err())?;
    while let Some(next) = group(end) {
        end = next;
    }
    Some(end)
}

/// A number in digits, in any of the groupings above.
pub fn digits(i: &str) -> IResult<&str, Number> {
    let (rest, (value, step)) = grouping(i)?;
    let written = &i[..i.len() - rest.len()];
    let mantissa = value;
    let (rest, value, power) = match exponent(rest, written) {
        // read in one go, as `1e308`, so no rounding creeps in
        Some((rest, e)) => (
            rest,
            format!("{value}e{e}").parse().unwrap_or(f64::NAN),
            ten_to(e),
        ),
        None => (rest, value, 1.0),
    };
    // beyond a double either way (`1e400`, `1e-400`): no figure, rather than a wrong one
    if !value.is_finite() || mantissa != 0.0 && value.abs() < f64::MIN_POSITIVE {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Float,
        )));
    }
    Ok((
        rest,
        Number {
            value,
            step: step * power,
            words: false,
        },
    ))
}

/// The digits of a number in whichever grouping reads them, their value and their step (`step`).
/// The bytes after the first run of digits decide which groupings can apply, so only those are
/// tried, in the order of the full list (fraction, comma, dot, space, decimal comma, plain): each
/// grouping needs its separator right after the run and digits after that; a thousands grouping
/// needs a first run of at most three digits and a group of exactly three after the separator, a
/// decimal comma one or two digits after it. Where none can apply the number is the plain run of
/// digits. The two forms read by hand, a whole number and `int.fraction`, know their step without
/// reading the text again.
fn grouping(i: &str) -> IResult<&str, (f64, f64)> {
    let bytes = i.as_bytes();
    let run = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if run == 0 {
        // without digits only `.5` can be read, and no word
        if bytes.first() != Some(&b'.') {
            return Err(no_match(i));
        }
        return stepped(i, plain(i));
    }
    let next = bytes.get(run + 1..).unwrap_or_default();
    let group = next.iter().take_while(|b| b.is_ascii_digit()).count();
    let thousands = run <= 3 && group == 3;
    match bytes.get(run) {
        _ if group == 0 => {}
        Some(b'/') => return stepped(i, alt((fraction, plain)).parse(i)),
        Some(b',') if thousands => {
            if let Some(read) = comma_groups(i, run) {
                return Ok(read);
            }
            return stepped(i, alt((comma_grouped, plain)).parse(i));
        }
        Some(b',') if group <= 2 => return stepped(i, alt((decimal_comma, plain)).parse(i)),
        Some(b'.') if thousands => return stepped(i, alt((dot_grouped, plain)).parse(i)),
        Some(b'.') => {
            let end = run + 1 + group;
            let value = decimal(&bytes[..run], &bytes[run + 1..end]);
            return Ok((&i[end..], (value, ten_to(-(group as i32)))));
        }
        Some(b' ') if thousands => return stepped(i, alt((space_grouped, plain)).parse(i)),
        _ => {}
    }
    // a plain whole number, the most common figure: read without a parser
    let run_text = &i[..run];
    Ok((&i[run..], (whole(run_text), whole_step(run_text))))
}

/// `comma_grouped` of a whole number (`1,500`, `12,000,000`), read by hand: the first run of
/// `run` digits (three at most), then groups of a comma and three digits, each not followed by a
/// digit, and no decimal point after them; its value and step as `stepped` gives them. `None` for
/// any other (a decimal point after the groups, more than 19 digits), which the parser reads.
fn comma_groups(i: &str, run: usize) -> Option<(&str, (f64, f64))> {
    let bytes = i.as_bytes();
    let group = |at: usize| {
        bytes.get(at) == Some(&b',')
            && bytes
                .get(at + 1..at + 4)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !bytes.get(at + 4).is_some_and(u8::is_ascii_digit)
    };
    let mut end = run;
    while group(end) {
        end += 4;
    }
    let digits = run + (end - run) / 4 * 3;
    if end == run || bytes.get(end) == Some(&b'.') || digits > 19 {
        return None;
    }
    let text = &i[..end];
    let value = digits_value(text.bytes().filter(u8::is_ascii_digit)) as f64;
    Some((&i[end..], (value, whole_step(text))))
}

/// What a grouping's parser read at `i`, with the step of the text it read.
fn stepped<'a>(i: &'a str, read: IResult<&'a str, f64>) -> IResult<&'a str, (f64, f64)> {
    let (rest, value) = read?;
    Ok((rest, (value, step(&i[..i.len() - rest.len()]))))
}

/// The value of `int.fraction` (two runs of ASCII digits), as `str::parse` reads it: up to 15
/// digits in all make an integer a double holds exactly, and dividing it by a power of ten a double
/// holds exactly (up to 10^22) rounds once, to the nearest, as parsing does. Longer numbers are
/// parsed.
fn decimal(int: &[u8], fraction: &[u8]) -> f64 {
    if int.len() + fraction.len() > 15 {
        let text = [int, b".", fraction].concat();
        return std::str::from_utf8(&text)
            .ok()
            .and_then(|t| t.parse().ok())
            .unwrap_or(f64::NAN);
    }
    digits_value(int.iter().chain(fraction).copied()) as f64 / POWERS[fraction.len()]
}

/// The value of a run of ASCII digits, as `str::parse` reads it: a run of up to 19 digits fits a
/// `u64` exactly, and converting that rounds to the nearest double as parsing does.
fn whole(run: &str) -> f64 {
    if run.len() > 19 {
        return run.parse().unwrap_or(f64::NAN);
    }
    digits_value(run.bytes()) as f64
}

/// The value of at most 19 ASCII digits, which a `u64` holds exactly.
fn digits_value(digits: impl Iterator<Item = u8>) -> u64 {
    digits.fold(0, |n, b| n * 10 + u64::from(b - b'0'))
}

/// The power of ten of scientific notation after a number's digits: `1.2e9`, `3E-4`, `10^6`,
/// `2.5 x 10^8`, `4×10^-3`. The exponent must end where a word ends (`3e5th` is not one).
fn exponent<'a>(rest: &'a str, mantissa: &str) -> Option<(&'a str, i32)> {
    // every form opens with `e`, `E`, `^`, a space, `x` or `×` (whose UTF-8 opens with 0xC3)
    if !matches!(
        rest.as_bytes().first(),
        Some(b'e' | b'E' | b'^' | b' ' | b'x' | 0xC3)
    ) {
        return None;
    }
    let power = |r: &'a str| -> Option<(&'a str, i32)> {
        let sign = r.starts_with(['+', '-']) as usize;
        let n = r[sign..].bytes().take_while(u8::is_ascii_digit).count();
        let after = &r[sign + n..];
        if n == 0 || n > 4 || after.starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        let e: i32 = r[..sign + n].parse().ok()?;
        Some((after, e))
    };
    if let Some(r) = rest.strip_prefix(['e', 'E']) {
        return power(r);
    }
    if mantissa == "10"
        && let Some(r) = rest.strip_prefix('^')
    {
        // "10^6" is the power itself: its digits were the base
        return power(r).map(|(after, e)| (after, e - 1));
    }
    let times = rest
        .strip_prefix(" x ")
        .or_else(|| rest.strip_prefix(" × "))
        .or_else(|| rest.strip_prefix('×'))
        .or_else(|| rest.strip_prefix("x"))?;
    // "1.99×10−30": an exponent whose superscript was lost keeps its sign after the ×
    let signed = || times.strip_prefix("10").filter(|r| r.starts_with('-'));
    power(times.strip_prefix("10^").or_else(signed)?)
}

const UNITS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];
const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// A whole word (case-insensitive), not followed by more letters.
pub fn word<'a>(
    w: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    move |i: &'a str| {
        // (most texts a word is tried at open with another byte: turned away by it where the word
        // is tried, before a call that saved six registers to compare them, of some 9,500 a MB:
        // measured, 0.23 M instructions per MB less synthetic, 0.13 M real)
        if let (Some(a), Some(b)) = (i.as_bytes().first(), w.as_bytes().first())
            && !a.eq_ignore_ascii_case(b)
        {
            return Err(no_match(i));
        }
        whole_word(w, i)
    }
}

/// `word`, past the test of its first byte.
#[inline(never)]
fn whole_word<'a>(w: &'static str, i: &'a str) -> IResult<&'a str, &'a str> {
    let (rest, matched) = ci(w).parse(i)?;
    if rest.starts_with(char::is_alphanumeric) {
        return Err(no_match(i));
    }
    Ok((rest, matched))
}

/// One word of a list, in any case, as a whole word: the word is read once and looked up, where
/// `alt` of `word`s would try each in turn.
pub fn word_in<'a>(
    list: &'static crate::text::WordList,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    move |i: &'a str| match head_word(i) {
        Some(h) if list.contains_any_case(h) => Ok((&i[h.len()..], h)),
        _ => Err(no_match(i)),
    }
}

/// An ASCII phrase, in any case: nom's `tag_no_case` folds Unicode case a character at a time,
/// which the grammar, trying phrases at every word, cannot afford.
pub fn ci<'a>(
    w: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    move |i: &'a str| {
        let n = w.len();
        if i.len() >= n
            && i.as_bytes()[..n].eq_ignore_ascii_case(w.as_bytes())
            && i.is_char_boundary(n)
        {
            Ok((&i[n..], &i[..n]))
        } else {
            Err(no_match(i))
        }
    }
}

/// One or more spaces or tabs, as nom's `space1` reads them, but byte by byte: nom's reads
/// characters, and the grammar reads a space between most of the words it tries.
pub(super) fn space1(i: &str) -> IResult<&str, &str> {
    bytes1(i, |b| b == b' ' || b == b'\t', nom::error::ErrorKind::Space)
}

/// One or more ASCII digits, as nom's `digit1` reads them, but byte by byte (as `space1`).
pub(super) fn digit1(i: &str) -> IResult<&str, &str> {
    bytes1(i, |b| b.is_ascii_digit(), nom::error::ErrorKind::Digit)
}

/// The run of one or more ASCII bytes that `class` holds at the start of `i` (an ASCII byte ends
/// no character early), else the error `kind`.
fn bytes1(i: &str, class: impl Fn(u8) -> bool, kind: nom::error::ErrorKind) -> IResult<&str, &str> {
    let n = i.bytes().take_while(|&b| class(b)).count();
    if n == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(i, kind)));
    }
    Ok((&i[n..], &i[..n]))
}

/// The error of a parser that does not match at `i`.
pub(super) fn no_match(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag))
}

/// The word of ASCII letters `i` opens with, when it ends where a word ends.
/// (Inlined: it is read before every lookup of a calendar or number word, most often at a digit,
/// where it ends at once.)
#[inline(always)]
pub(super) fn head_word(i: &str) -> Option<&str> {
    let n = i.bytes().take_while(u8::is_ascii_alphabetic).count();
    (n > 0 && word_ends(i, n)).then(|| &i[..n])
}

/// Does a word end after the run of `n` ASCII letters `i` opens with?
#[inline(always)]
fn word_ends(i: &str, n: usize) -> bool {
    match i.as_bytes().get(n) {
        None => true,
        // the run stopped at a byte that is no ASCII letter: the word ends unless it is a digit
        Some(b) if b.is_ascii() => !b.is_ascii_digit(),
        Some(_) => !i[n..].starts_with(char::is_alphanumeric),
    }
}

/// The value of every number word below a hundred (`UNITS` and `TENS`).
static BELOW_HUNDRED: std::sync::LazyLock<crate::text::WordMap<u32>> =
    std::sync::LazyLock::new(|| {
        let mut map = crate::text::WordMap::default();
        for &(w, n) in UNITS.iter().chain(TENS) {
            map.insert(w, n);
        }
        map
    });

/// The number word below a hundred `i` opens with, and what follows it.
fn number_word(i: &str) -> Option<(&str, u32)> {
    let head = head_word(i)?;
    let &n = BELOW_HUNDRED.get(head)?;
    Some((&i[head.len()..], n))
}

/// `eight`, `twenty`, `twenty-eight`, `twenty eight`: 0 to 99 in words.
pub fn below_hundred(i: &str) -> IResult<&str, u32> {
    below_hundred_from(i, number_word(i))
}

/// `below_hundred`, given what `number_word` reads at `i`.
fn below_hundred_from<'a>(i: &'a str, read: Option<(&'a str, u32)>) -> IResult<&'a str, u32> {
    let Some((rest, n)) = read else {
        return Err(no_match(i));
    };
    if n < 20 || n % 10 != 0 {
        return Ok((rest, n));
    }
    // a ten may take a unit after a hyphen or spaces
    let gap: IResult<&str, &str> = alt((tag("-"), space1)).parse(rest);
    let unit = gap
        .ok()
        .and_then(|(after, _)| number_word(after))
        .filter(|&(_, u)| (1..=9).contains(&u));
    Ok(match unit {
        Some((after, u)) => (after, n + u),
        None => (rest, n),
    })
}

/// The number words below a hundred (`one`, `twenty`), each read whole by `below_hundred`.
pub(super) fn below_hundred_words() -> impl Iterator<Item = &'static str> {
    UNITS.iter().chain(TENS).map(|&(w, _)| w)
}

/// `a`/`one` before `hundred`, `thousand`, `dozen`.
fn a_one(i: &str) -> IResult<&str, u32> {
    map(terminated(alt((word("a"), word("one"))), space1), |_| 1).parse(i)
}

/// `three hundred and five`, `a hundred`: up to 999 in words.
pub fn below_thousand(i: &str) -> IResult<&str, u32> {
    let first = below_hundred(i).ok();
    let lead = multiplier(i, first);
    hundreds(lead).or(first).ok_or_else(|| no_match(i))
}

/// What a multiplier before `hundred`, `thousand` or `dozen` reads at `i`: the number `first`
/// read there and the spaces after it, else `a`/`one` and spaces.
fn multiplier<'a>(i: &'a str, first: Option<(&'a str, u32)>) -> Option<(&'a str, u32)> {
    spaced(first).or_else(|| a_one_at(i))
}

/// `a_one` at `i`, asked only where `i` opens with the first letter of `a` or `one`.
fn a_one_at(i: &str) -> Option<(&str, u32)> {
    if !matches!(opening_letter(i), Some(b'a' | b'o')) {
        return None;
    }
    a_one(i).ok()
}

/// The text after the word `w` (`word`) at `i`, which is looked for only where `i` opens with its
/// first letter: most numbers are followed by no scale word ("two people").
fn word_here<'a>(w: &'static str, i: &'a str) -> Option<&'a str> {
    if opening_letter(i) != w.as_bytes().first().copied() {
        return None;
    }
    word(w).parse(i).ok().map(|(rest, _)| rest)
}

/// The first byte of `i`, lower case (ASCII): a cheap test before the parsers of words that open
/// with some letters.
pub(super) fn opening_letter(i: &str) -> Option<u8> {
    i.as_bytes().first().map(u8::to_ascii_lowercase)
}

/// A number read and the spaces after it.
fn spaced(read: Option<(&str, u32)>) -> Option<(&str, u32)> {
    let (rest, n) = read?;
    let (rest, _) = space1(rest).ok()?;
    Some((rest, n))
}

/// `hundred` after its multiplier `lead`, and what may follow it (`and five`).
fn hundreds(lead: Option<(&str, u32)>) -> Option<(&str, u32)> {
    let (rest, h) = lead?;
    let rest = word_here("hundred", rest)?;
    let (rest, n) = remainder(rest, below_hundred);
    Some((rest, h * 100 + n))
}

/// After `hundred` or `thousand`: ` and five`, ` five`, or nothing (0).
fn remainder(i: &str, below: fn(&str) -> IResult<&str, u32>) -> (&str, u32) {
    opt(preceded(
        (space1, opt(terminated(word("and"), space1))),
        below,
    ))
    .parse(i)
    .map_or((i, 0), |(rest, n)| (rest, n.unwrap_or(0)))
}

const FRACTIONS: &[(&str, f64)] = &[
    ("three-quarters", 0.75),
    ("three quarters", 0.75),
    ("two-thirds", 2.0 / 3.0),
    ("two thirds", 2.0 / 3.0),
    ("one-third", 1.0 / 3.0),
    ("one third", 1.0 / 3.0),
    ("a third", 1.0 / 3.0),
    ("one-quarter", 0.25),
    ("one quarter", 0.25),
    ("a quarter", 0.25),
    ("one-fifth", 0.2),
    ("a fifth", 0.2),
    ("one-half", 0.5),
    ("half", 0.5),
];

/// The first words a number in words can open with (`twenty`, `a dozen`, `two-thirds` → `two`),
/// for the quick test a word passes before any parser runs on it.
pub fn opening_words() -> impl Iterator<Item = &'static str> {
    let first = |w: &'static str| w.split([' ', '-']).next().unwrap_or(w);
    below_hundred_words()
        .chain(FRACTIONS.iter().map(move |&(w, _)| first(w)))
        .chain([
            "hundred", "thousand", "dozen", "a", "quarter", "third", "fifth",
        ])
}

/// Could a number in words (`words`, `word_fraction`) open `i`? Its first word must be one of
/// `opening_words`: a cheap test before those parsers.
pub fn may_open_words(i: &str) -> bool {
    opening(i).is_some()
}

/// `may_open_words`, with what `number_word` reads at `i` (`None` where it can open words but
/// with no number below a hundred): the first word's value is found in the same lookup, where
/// `words` looked it up again in a table of its own (some 1,700 numbers in words per MB: measured,
/// `quantity::scaled` 2.71 -> 2.51 M instructions per MB).
pub fn opening(i: &str) -> Option<Option<(&str, u32)>> {
    // each opening word with 1 + its value below a hundred, or 0 for none
    static OPENERS: std::sync::LazyLock<crate::text::WordMap<u32>> =
        std::sync::LazyLock::new(|| {
            let mut map = crate::text::WordMap::default();
            for w in opening_words() {
                map.insert(w, 0);
            }
            for &(w, n) in UNITS.iter().chain(TENS) {
                *map.entry(w) = n + 1;
            }
            map
        });
    let n = i.bytes().take_while(u8::is_ascii_alphabetic).count();
    if n == 0 {
        return None;
    }
    let &value = OPENERS.get(&i[..n])?;
    Some(
        value
            .checked_sub(1)
            .filter(|_| word_ends(i, n))
            .map(|v| (&i[n..], v)),
    )
}

/// `half of`, `two-thirds of`, `a quarter of`, `half an hour`: a fraction in words, which counts only
/// where `of` or `a`/`an` follows it ("Mali's northern half" is no figure), or written with a hyphen,
/// which makes it one word whatever follows ("the middle one-fifth paid", "a two-thirds majority").
pub fn word_fraction(i: &str) -> IResult<&str, Number> {
    // every fraction opens with `a`, `half`, `one`, `two` or `three`
    let Some(first @ (b'a' | b'h' | b'o' | b't')) = opening_letter(i) else {
        return Err(no_match(i));
    };
    // the first word's length: a fraction whose first word is longer or shorter is passed over
    let head = i.bytes().take_while(u8::is_ascii_alphabetic).count();
    if !may_open_fraction(i, first, head) {
        return Err(no_match(i));
    }
    for &(w, v) in FRACTIONS {
        // the bytes are compared first, as `word` would, before the cost of a parser
        let opens = w.as_bytes()[0] == first
            && w.as_bytes()
                .get(head)
                .is_none_or(|&b| b == b' ' || b == b'-')
            && i.as_bytes()
                .get(..w.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(w.as_bytes()));
        if opens
            && let Ok((rest, _)) = word(w).parse(i)
            && (rest.starts_with(" of ")
                || rest.starts_with(" a ")
                || rest.starts_with(" an ")
                || w.contains('-') && !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-'))
            && !rest.starts_with(" a dozen")
        {
            return Ok((
                rest,
                Number {
                    value: v,
                    step: 1.0,
                    words: true,
                },
            ));
        }
    }
    Err(no_match(i))
}

/// Could a fraction of `FRACTIONS` open `i`, whose first byte (lower case) is `first` and whose
/// first word is `head` bytes long? But for `half`, a fraction is two words, the second (`third`,
/// `quarter`, `fifth`, `half`) after a space or a hyphen: most words here ("two people", "a year")
/// are turned away by the two bytes after the first word, before the list is read.
fn may_open_fraction(i: &str, first: u8, head: usize) -> bool {
    let bytes = i.as_bytes();
    first == b'h'
        || matches!(bytes.get(head), Some(b' ' | b'-'))
            && matches!(
                bytes.get(head + 1).map(u8::to_ascii_lowercase),
                Some(b't' | b'q' | b'f' | b'h')
            )
}

/// A number in words up to the thousands (`two thousand five hundred`, `a dozen`, `a couple of`).
/// Millions and billions are scale words, read by the quantity grammar.
///
/// The forms are tried in turn (thousands, half a dozen, dozens, a couple, below a thousand), but
/// the number they open with is read once at `i` and shared, where each form would read it again.
pub fn words(i: &str) -> IResult<&str, Number> {
    words_from(i, number_word(i))
}

/// `words`, given what `number_word` reads at `i` (`opening` finds it).
pub fn words_from<'a>(i: &'a str, read: Option<(&'a str, u32)>) -> IResult<&'a str, Number> {
    let first = below_hundred_from(i, read).ok();
    let one = a_one_at(i);
    let lead = spaced(first).or(one);
    let below_thousand_here = hundreds(lead).or(first);
    let thousands = || {
        let (rest, t) = spaced(below_thousand_here).or(one)?;
        let rest = word_here("thousand", rest)?;
        let (rest, n) = remainder(rest, below_thousand);
        Some((rest, t * 1000 + n))
    };
    let dozen = || {
        let (rest, n) = lead?;
        let rest = word_here("dozen", rest)?;
        Some((rest, n * 12))
    };
    let half_dozen = || {
        if opening_letter(i) != Some(b'h') {
            return None;
        }
        (word("half"), space1, word("a"), space1, word("dozen"))
            .parse(i)
            .ok()
            .map(|(rest, _)| (rest, 6))
    };
    let couple = || {
        if opening_letter(i) != Some(b'a') {
            return None;
        }
        (
            word("a"),
            space1,
            alt((word("couple"), word("pair"))),
            space1,
            word("of"),
        )
            .parse(i)
            .ok()
            .map(|(rest, _)| (rest, 2))
    };
    let (rest, n) = thousands()
        .or_else(half_dozen)
        .or_else(dozen)
        .or_else(couple)
        .or(below_thousand_here)
        .ok_or_else(|| no_match(i))?;
    Ok((
        rest,
        Number {
            value: f64::from(n),
            step: step_of(n),
            words: true,
        },
    ))
}

/// `whole_step` of a number's decimal digits, without writing them out.
fn step_of(n: u32) -> f64 {
    if n == 0 {
        return 1.0;
    }
    let mut zeros = 0;
    let mut m = n;
    while m.is_multiple_of(10) {
        m /= 10;
        zeros += 1;
    }
    ten_to(zeros)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `opening` turns away what the table of opening words did, and reads the number word that
    /// `number_word` reads, with which `words_from` reads what `words` reads: at every word of the
    /// fixtures, and at numbers that run on into a digit or a wide letter.
    #[test]
    fn the_opening_word_is_read_once_as_it_was_twice() {
        let openers: crate::text::WordMap<()> = opening_words().collect();
        let more = [
            "twenty-eight people",
            "Eight5 people",
            "eight\u{c9}t\u{e9}",
            "eight\u{e9}",
            "TWENTY eight",
            "a dozen eggs",
            "half a million",
            "Ninety.",
            "one-third of",
            "three hundred and five",
            "a couple of",
        ];
        let texts = crate::fixture_texts()
            .into_iter()
            .chain(more.map(String::from));
        let mut numbers = 0;
        for text in texts {
            let starts = text.char_indices().filter(|&(at, _)| {
                !text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            });
            for (at, _) in starts {
                let i = &text[at..];
                let n = i.bytes().take_while(u8::is_ascii_alphabetic).count();
                let opens = n > 0 && openers.contains(&i[..n]);
                assert_eq!(opening(i).is_some(), opens, "{:?}", &i[..n]);
                if let Some(word) = opening(i) {
                    assert_eq!(word, number_word(i), "{:?}", &i[..n]);
                    assert_eq!(words_from(i, word), words(i), "{:?}", &i[..n]);
                    numbers += usize::from(word.is_some());
                }
            }
        }
        assert!(numbers > 100, "{numbers}");
    }

    /// `word`, with the test of its first byte, reads what `ci` and the test of the byte after it
    /// read, at every byte of the fixtures that starts a character.
    #[test]
    fn a_word_turned_away_by_its_first_byte_is_none_read_whole() {
        fn whole<'a>(w: &'static str, i: &'a str) -> IResult<&'a str, &'a str> {
            let (rest, matched) = ci(w).parse(i)?;
            if rest.starts_with(char::is_alphanumeric) {
                return Err(no_match(i));
            }
            Ok((rest, matched))
        }
        for text in crate::fixture_texts() {
            for at in (0..text.len()).filter(|&at| text.is_char_boundary(at)) {
                let i = &text[at..];
                for w in [
                    "a", "an", "one", "half", "the", "weekend", "a few", "several",
                ] {
                    assert_eq!(word(w).parse(i), whole(w, i), "{w} at {at}");
                }
            }
        }
    }

    /// Comma groups read by hand give what the parsers give them, value, step and rest, and are
    /// left to the parsers where they would read otherwise.
    #[test]
    fn comma_groups_read_as_the_parser_reads_them() {
        for s in [
            "1,500",
            "1,500 people",
            "12,000,000,",
            "100,000.",
            "1,500.25 km",
            "1,500,12",
            "1,500,1234",
            "3,000,000x",
            "0,000",
            "999,999,999,999,999,999,999",
            "9,999,999,999,999,999,999",
            "1,000,000,000,000,000,000",
            "1,500,",
        ] {
            let run = s.bytes().take_while(u8::is_ascii_digit).count();
            let parsed = stepped(s, alt((comma_grouped, plain)).parse(s)).unwrap();
            let by_hand = comma_groups(s, run);
            if let Some((rest, (value, step))) = by_hand {
                assert_eq!(rest, parsed.0, "{s}");
                assert_eq!(value.to_bits(), parsed.1.0.to_bits(), "{s}");
                assert_eq!(step.to_bits(), parsed.1.1.to_bits(), "{s}");
            }
            assert_eq!(grouping(s).unwrap(), parsed, "{s}");
        }
        assert!(comma_groups("1,500", 1).is_some() && comma_groups("1,500.5", 1).is_none());
    }

    /// The cheap test before the fractions' list lets every fraction through, in any case and
    /// whatever follows it.
    #[test]
    fn cheap_fraction_test_lets_every_fraction_through() {
        for &(w, _) in FRACTIONS {
            for written in [
                w.to_string(),
                w.to_uppercase(),
                w[..1].to_uppercase() + &w[1..],
            ] {
                for next in ["", " of the", " a", "-", ".", "s", " paid"] {
                    let i = format!("{written}{next}");
                    let first = i.as_bytes()[0].to_ascii_lowercase();
                    let head = i.bytes().take_while(u8::is_ascii_alphabetic).count();
                    assert!(may_open_fraction(&i, first, head), "{i}");
                }
            }
        }
        assert!(!may_open_fraction("two people", b't', 3));
        assert!(!may_open_fraction("a year", b'a', 1));
    }

    /// `space1` and `digit1` read what nom's do, and fail where they fail, with the same error.
    #[test]
    fn byte_readers_read_as_nom_does() {
        type R<'a> = IResult<&'a str, &'a str>;
        for s in [
            "",
            " ",
            "  \t x",
            "\t5",
            "x ",
            "12ab",
            "٣4",
            "\u{a0}5",
            "007 ",
            "5\u{2009}0",
            "½",
        ] {
            let nom_space: R = nom::character::complete::space1(s);
            let nom_digit: R = nom::character::complete::digit1(s);
            assert_eq!(space1(s), nom_space, "{s:?}");
            assert_eq!(digit1(s), nom_digit, "{s:?}");
        }
    }

    /// `ten_to` gives what `powi` gives, bit for bit, inside the table and beyond it.
    #[test]
    fn powers_of_ten_are_powi() {
        for e in -400..=400 {
            assert_eq!(ten_to(e).to_bits(), 10f64.powi(e).to_bits(), "{e}");
        }
    }

    /// `parse_clean` reads by hand what it would copy and parse, and the same value: numbers of
    /// every length up to 24 digits, with and without separators and decimal points.
    #[test]
    fn exact_values_are_parsed_values() {
        let parsed = |text: &str, sep: char| -> f64 {
            let cleaned: String = text.chars().filter(|&c| c != sep).collect();
            cleaned.parse().unwrap_or(f64::NAN)
        };
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..60_000 {
            let int_len = (next() % 22) as usize;
            let frac_len = (next() % 12) as usize;
            let sep = [',', ' '][(next() % 2) as usize];
            let mut text = String::new();
            for k in 0..int_len {
                if k > 0 && next() % 4 == 0 {
                    text.push(sep);
                }
                text.push(char::from(b'0' + (next() % 10) as u8));
            }
            if next() % 2 == 0 {
                text.push('.');
                for _ in 0..frac_len {
                    text.push(char::from(b'0' + (next() % 10) as u8));
                }
            }
            let (a, b) = (parse_clean(&text, sep), parsed(&text, sep));
            assert!(
                a.to_bits() == b.to_bits() || a.is_nan() && b.is_nan(),
                "{text:?}"
            );
        }
    }

    fn val(r: IResult<&str, Number>) -> (&str, f64) {
        let (rest, n) = r.unwrap();
        (rest, n.value)
    }

    #[test]
    fn digit_groupings() {
        assert_eq!(val(digits("1,500 troops")), (" troops", 1500.0));
        assert_eq!(val(digits("1 500 troops")), (" troops", 1500.0));
        assert_eq!(val(digits("1 500km")), ("km", 1500.0));
        assert_eq!(val(digits("12 000 000 people")), (" people", 12_000_000.0));
        assert_eq!(val(digits("1.5 million")), (" million", 1.5));
        assert_eq!(val(digits("1.500.000 euros")), (" euros", 1_500_000.0));
        assert_eq!(val(digits("3,5 percent")), (" percent", 3.5));
        assert_eq!(val(digits("2,500.75 dollars")), (" dollars", 2500.75));
        assert_eq!(val(digits("2012 was")), (" was", 2012.0));
    }

    #[test]
    fn space_grouping_needs_whole_groups() {
        assert_eq!(val(digits("18 300")), ("", 18300.0));
        assert_eq!(val(digits("18 30 people")), (" 30 people", 18.0));
        assert_eq!(val(digits("1 5000")), (" 5000", 1.0));
    }

    #[test]
    fn rounding_is_read_from_the_last_digit() {
        assert_eq!(digits("1,500").unwrap().1.step, 100.0);
        assert_eq!(digits("8").unwrap().1.step, 1.0);
        assert_eq!(digits("900").unwrap().1.step, 100.0);
        assert_eq!(digits("1.50").unwrap().1.step, 0.01);
        assert_eq!(digits("1.5").unwrap().1.step, 0.1);
    }

    #[test]
    fn scientific_notation() {
        assert_eq!(val(digits("1e308 particles")), (" particles", 1e308));
        assert_eq!(val(digits("1.2E9 stars")), (" stars", 1.2e9));
        assert_eq!(val(digits("3e-4 grams")), (" grams", 3e-4));
        assert_eq!(val(digits("10^6 cells")), (" cells", 1e6));
        assert_eq!(val(digits("2.5 x 10^8 m")), (" m", 2.5e8));
        assert_eq!(val(digits("4×10^-3 s")), (" s", 4e-3));
        assert_eq!(val(digits("1.99×10-30 kg")), (" kg", 1.99e-30));
        // beyond a double: no figure at all, rather than a wrong one
        assert!(digits("1e400 dollars").is_err());
        assert!(digits("10^400 dollars").is_err());
        assert!(digits("1e-400 grams").is_err());
        // not an exponent
        assert_eq!(val(digits("5e arrondissement")), ("e arrondissement", 5.0));
        assert_eq!(val(digits("3e5th")), ("e5th", 3.0));
    }

    #[test]
    fn number_words() {
        assert_eq!(
            val(words("eight Malian soldiers")),
            (" Malian soldiers", 8.0)
        );
        assert_eq!(val(words("twenty-eight insurgents")), (" insurgents", 28.0));
        assert_eq!(val(words("Twenty eight")), ("", 28.0));
        assert_eq!(
            val(words("one hundred and five people")),
            (" people", 105.0)
        );
        assert_eq!(val(words("a hundred people")), (" people", 100.0));
        assert_eq!(val(words("two thousand five hundred")), ("", 2500.0));
        assert_eq!(val(words("a dozen eggs")), (" eggs", 12.0));
        assert_eq!(val(words("two dozen eggs")), (" eggs", 24.0));
        assert_eq!(val(words("half a dozen eggs")), (" eggs", 6.0));
        assert_eq!(val(words("a couple of days")), (" days", 2.0));
        assert!(words("eighteenth").is_err());
        assert_eq!(
            val(word_fraction("two-thirds of voters")),
            (" of voters", 2.0 / 3.0)
        );
        assert_eq!(val(word_fraction("half an hour")), (" an hour", 0.5));
        assert_eq!(val(word_fraction("one-fifth paid")), (" paid", 0.2));
        assert!(word_fraction("one third paid").is_err());
        assert!(word_fraction("half.").is_err());
        assert_eq!(fraction("1/16 of"), Ok((" of", 0.0625)));
        assert!(fraction("24/7").is_err());
        assert!(fraction("9/11/2001").is_err());
        assert!(fraction("9/11 victims").is_err());
        assert!(fraction("10/12 police").is_err());
        assert_eq!(fraction("3/4 of"), Ok((" of", 0.75)));
        assert_eq!(fraction("13/20 of"), Ok((" of", 0.65)));
        assert_eq!(fraction("5/16-inch"), Ok(("-inch", 0.3125)));
        assert_eq!(slashed_digits("9/11 victims"), Some(4));
        assert_eq!(slashed_digits("24/7 coverage"), Some(4));
        assert_eq!(slashed_digits("2015/16 season"), Some(7));
        assert_eq!(slashed_digits("9/11/2001."), Some(9));
        assert_eq!(slashed_digits("3/4 of"), None);
        assert_eq!(slashed_digits("5/ day"), None);
        assert_eq!(slashed_digits("500 km/h"), None);
        assert_eq!(slashed_digits("2009/02:00 pm"), None);
        assert_eq!(slashed_digits("9/10/2010 @ 1:19PM"), Some(9));
        assert!(words("tenants").is_err());
    }
}
