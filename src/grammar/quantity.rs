//! The quantity phrase: a hedge, a currency, a number or a range, a scale word and a unit, or a
//! vague amount (`dozens`). `quantity` reads one at the start of the text it is given.
//!
//! The lexicons (hedges, scales, units, currencies, vague amounts) come from the rules, so each
//! production takes `&Rules` and matches its phrases longest first.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;

use super::number::{ci, space1};
use nom::character::complete::space0;
use nom::sequence::{delimited, terminated};

use super::number::{self, Number};
use crate::claim::{Bound, CompactString, Kind, Quantity};
use crate::rules::{HedgeBound, HedgeRule, Rules, UnitRule};
use crate::text::WordList;

/// A quantity phrase read from the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// Bytes read from the start of the text.
    pub len: usize,
    pub quantity: Quantity,
    pub kind: Kind,
    /// The canonical unit or currency code.
    pub unit: Option<CompactString>,
    /// Its unit measures a physical thing, or it has none (`is_physical`): all that was read of
    /// the unit's rule, which was cloned into each figure and copied with it (56 bytes; 0.33 M
    /// instructions per MB).
    pub physical: bool,
    /// Written as a compound adjective (`nine-month`, `24-hour`): a noun follows that it describes.
    pub compound: bool,
    /// Half the step of the last significant digit, in the figure's own unit (`1,500` → 50).
    pub rounding: f64,
    /// Written in words (`eight`).
    pub words: bool,
    /// Looks like a figure but is not one (a score, `3-1`): skip `len` bytes. With kind `Date`,
    /// a span of years to report as a date.
    pub skip: bool,
    /// Written with a plus sign (`+0.2%`): a rise.
    pub plus: bool,
}

impl Parsed {
    fn skip(len: usize) -> Parsed {
        Parsed {
            len,
            quantity: Quantity::exact(0.0),
            kind: Kind::Count,
            unit: None,
            physical: true,
            compound: false,
            rounding: 0.0,
            words: false,
            skip: true,
            plus: false,
        }
    }
}

type Res<'a, T> = Result<(&'a str, T), ()>;

/// A hedge phrase and the space after it.
fn hedge<'a>(rules: &'a Rules, s: &'a str) -> Res<'a, &'a HedgeRule> {
    let (n, h) = rules.hedges.longest(s).ok_or(())?;
    let symbol = !s.as_bytes()[n - 1].is_ascii_alphabetic();
    let rest = match s[n..].strip_prefix(' ') {
        Some(r) => r,
        None if symbol => &s[n..],
        None => return Err(()),
    };
    Ok((rest, h))
}

/// A hedge written after the number (`Rules::hedges_after`), with the space before it: its length
/// and rule. It ends where a word ends, and no number follows it ("20 plus 5" is a sum, "20+5" too).
/// (The byte it would open with is asked here, where it is called: most numbers are followed by a
/// word that opens no such hedge, and that look costs less than the call, some 4,800 times per MB.)
#[inline(always)]
fn hedge_after(rules: &Rules, s: &str) -> Option<(usize, HedgeRule)> {
    let gap = usize::from(s.starts_with(' '));
    if !rules.hedges_after.may_start(*s.as_bytes().get(gap)?) {
        return None;
    }
    hedge_after_gap(rules, s, gap)
}

/// `hedge_after`, where the byte after the `gap` (a space or none) may open a hedge.
#[inline(never)]
fn hedge_after_gap(rules: &Rules, s: &str, gap: usize) -> Option<(usize, HedgeRule)> {
    let (n, h) = rules.hedges_after.longest(&s[gap..])?;
    let end = gap + n;
    // (a word is spaced from the number, a symbol or a hyphen glued to it)
    let glued = !s[gap..].starts_with(|c: char| c.is_ascii_alphabetic());
    let after = &s[end..];
    let ends = !after.starts_with(|c: char| c.is_alphanumeric() || c == '-');
    let sum = after.trim_start().starts_with(|c: char| c.is_ascii_digit());
    (ends && !sum && (gap == 1) != glued).then_some((end, *h))
}

/// A currency symbol or code written before the figure (`$`, `US$`, `€`, `Rs`).
/// (Its first byte is asked here, where it is called: most figures open with a digit, which no
/// symbol opens with, and that look costs less than the call, some 5,900 times per MB.)
#[inline(always)]
fn currency_symbol<'a>(rules: &'a Rules, s: &'a str) -> Res<'a, &'a str> {
    match s.as_bytes().first() {
        Some(&b) if rules.currency_symbols.may_start(b) => symbol_before(rules, s),
        _ => Err(()),
    }
}

/// `currency_symbol`, past the test of its first byte.
#[inline(never)]
fn symbol_before<'a>(rules: &'a Rules, s: &'a str) -> Res<'a, &'a str> {
    let (n, code) = rules.currency_symbols.longest(s).ok_or(())?;
    let rest = &s[n..];
    // one or two capitals ("R", "PS", "RM") are a symbol only when glued to the figure: "PS 5" is
    // a console
    let letters = &s.as_bytes()[..n];
    let capitals = n <= 2 && letters.iter().all(u8::is_ascii_uppercase);
    if capitals && !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(());
    }
    // a lone letter is one only as a capital before an amount of two digits or more ("R50,000";
    // not "r 5", nor "R0" or "R1" of epidemiology)
    if n == 1 && letters[0].is_ascii_alphabetic() {
        let digits = rest
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b',')
            .count();
        if !capitals || rest.starts_with('0') || digits < 2 {
            return Err(());
        }
    }
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let signed = rest.strip_prefix(['-', '+']).unwrap_or(rest);
    if !signed.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return Err(());
    }
    Ok((rest, code.as_str()))
}

/// A plural noun in the next two words (`subscribers`, `new jobs`, `barrels`, `euros`, `people`),
/// not a length (`metres`): what a scale glued to a figure counts, so "47.5m subscribers" is 47.5
/// million and "110m tall" is metres.
fn plural_noun_after(rules: &Rules, s: &str) -> bool {
    let plural = |w: &str| {
        let length = rules
            .units
            .longest(w)
            .is_some_and(|(n, u)| n == w.len() && u.dimension == "length");
        !length
            && (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
                || matches!(w, "people" | "children" | "men" | "women"))
    };
    s.strip_prefix(' ').is_some_and(|r| {
        r.split(' ')
            .take(2)
            .map(|w| w.trim_end_matches(|c: char| !c.is_ascii_lowercase()))
            .take_while(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
            .any(plural)
    })
}

/// A number with an optional scale word: `1.5 million`, `2bn`, `$1.5m` (money only), `eight`.
fn scaled<'a>(rules: &'a Rules, s: &'a str, money: bool) -> Res<'a, (Number, f64)> {
    // "a million dollars", "a billion": one, scaled
    if let Some(r) = s.strip_prefix("a ").or_else(|| s.strip_prefix("A "))
        && let Some((n, scale)) = rules.scales.longest(r)
        && !scale.money_only
        && scale.factor >= 1e6
    {
        let one = Number {
            value: 1.0,
            step: 1.0,
            words: true,
        };
        return Ok((&r[n..], (one, scale.factor)));
    }
    // a number in words opens with a letter: a figure in digits needs no lookup of its first word,
    // and one in words no reading of digits (which open with a digit or a point)
    let letter = s.as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
    let (rest, n) = if !letter {
        number::digits(s)
    } else if let Some(word) = number::opening(s) {
        alt((number::word_fraction, |i| number::words_from(i, word))).parse(s)
    } else {
        return Err(());
    }
    .map_err(|_| ())?;
    // "half a million", "a quarter of a billion": a fraction of a scale
    if n.words
        && n.value < 1.0
        && let Some(r) = rest
            .strip_prefix(" of a ")
            .or_else(|| rest.strip_prefix(" a "))
        && let Some((len, scale)) = rules.scales.longest(r)
        && !scale.money_only
        && scale.factor >= 1e3
    {
        return Ok((&r[len..], (n, scale.factor)));
    }
    let attached = !rest.starts_with(' ');
    // "4.3M", "$1.5B", "20K": a capital glued to digits is a scale (metres are a small m)
    if !n.words
        && let Some(factor) = match rest.as_bytes() {
            [b'M', b'M', ..]
                if rest
                    .as_bytes()
                    .get(2)
                    .is_none_or(|b| !b.is_ascii_alphabetic()) =>
            {
                Some(1e6)
            }
            [b'M', ..] if !next_is_letter(rest) => Some(1e6),
            [b'B', ..] if !next_is_letter(rest) => Some(1e9),
            [b'K', ..] if !next_is_letter(rest) => Some(1e3),
            _ => None,
        }
    {
        let len = if rest.starts_with("MM") { 2 } else { 1 };
        return Ok((&rest[len..], (n, factor)));
    }
    // "a $2-billion deal", "US $5.4-billion": a scale word joined by a hyphen
    if let Some(r) = rest.strip_prefix('-')
        && let Some((len, scale)) = rules.scales.longest(r)
        && len > 2
        && scale.factor >= 1e3
        && r.as_bytes()[0].is_ascii_alphabetic()
        && !r.as_bytes().get(len).is_some_and(u8::is_ascii_alphabetic)
    {
        return Ok((&r[len..], (n, scale.factor)));
    }
    let after = rest.strip_prefix(' ').unwrap_or(rest);
    if let Some((len, scale)) = rules.scales.longest(after) {
        let word_scale = after.as_bytes()[0].is_ascii_alphabetic() && len > 2;
        // "47.5m subscribers", "3bn people": a short scale glued to digits counts a plural noun
        let counts = attached && !n.words && plural_noun_after(rules, &after[len..]);
        if (money || !scale.money_only || counts)
            && (attached || word_scale)
            && !(n.words && attached)
        {
            let mut rest = &after[len..];
            let mut factor = scale.factor;
            // "4 hundred million": a second, larger scale word multiplies the first
            if let Some(r) = rest.strip_prefix(' ')
                && let Some((len2, s2)) = rules.scales.longest(r)
                && !s2.money_only
                && s2.factor > scale.factor
            {
                rest = &r[len2..];
                factor *= s2.factor;
            }
            return Ok((rest, (n, factor)));
        }
    }
    Ok((rest, (n, 1.0)))
}

fn next_is_letter(s: &str) -> bool {
    s.as_bytes().get(1).is_some_and(u8::is_ascii_alphabetic)
}

/// The second end of a range after `-`, ` to `, ` or `, ` and `: (separator, rest).
fn range_separator(s: &str) -> Res<'_, bool> {
    // every separator is a hyphen, or a word of `t`, `o` or `a`, after spaces or tabs (none
    // before a hyphen): most figures end the test here
    let spaces = s.bytes().take_while(|&b| b == b' ' || b == b'\t').count();
    let opens = match s.as_bytes().get(spaces) {
        Some(b'-') => true,
        Some(b) => spaces > 0 && matches!(b.to_ascii_lowercase(), b't' | b'o' | b'a'),
        None => false,
    };
    if !opens {
        return Err(());
    }
    let mut hyphen = delimited(space0::<&str, nom::error::Error<&str>>, tag("-"), space0);
    let mut words = delimited(space1, alt((ci("to"), ci("or"), ci("and"))), space1);
    if let Ok((rest, _)) = hyphen.parse(s) {
        return Ok((rest, true));
    }
    words
        .parse(s)
        .map(|(rest, _)| (rest, false))
        .map_err(|_| ())
}

/// A unit written after the figure, or a currency name (`km`, `%`, `per cent`, `dollars`), with the
/// hyphen of a compound (`nine-month`). Returns the unit and whether it was hyphenated.
fn unit_after<'a>(rules: &'a Rules, s: &str) -> Option<(usize, UnitOrCurrency<'a>, bool)> {
    let (skip, hyphen) = if s.starts_with('-') {
        (1, true)
    } else if s.starts_with(' ') {
        (1, false)
    } else {
        (0, false)
    };
    let t = &s[skip..];
    // "three more weeks", "two more days": a span of time, after "more"
    if skip == 1
        && let Some(rest) = t.strip_prefix("more ")
        && let Some((n, u)) = rules.units.longest(rest)
        && n > 1
        && u.dimension == "duration"
    {
        return Some((skip + 5 + n, UnitOrCurrency::Unit(u), false));
    }
    // the longer of a currency name and a unit name ("pound" but "pound-feet"); a name written with
    // capitals ("Nm", "W") before one in any case when it is as long
    let cased = rules.cased_unit(t);
    let unit = match (cased, rules.units.longest(t)) {
        (Some(c), Some(u)) if u.0 > c.0 => Some(u),
        (Some(c), _) => Some(c),
        (None, u) => u,
    };
    if let Some((n, code)) = rules.currency_names.longest(t)
        && unit.is_none_or(|(m, _)| m <= n)
    {
        return Some((skip + n, UnitOrCurrency::Currency(code), hyphen));
    }
    let (n, u) = unit?;
    // a lone letter unit must be attached ("5m", "10g"), never "5 m" or "5 g", unless it is one
    // written with a capital ("5 W")
    if n == 1 && skip > 0 && u.code != "%" && cased.is_none_or(|(m, _)| m != 1) {
        return None;
    }
    Some((skip + n, UnitOrCurrency::Unit(u), hyphen))
}

enum UnitOrCurrency<'a> {
    Unit(&'a UnitRule),
    Currency(&'a String),
}

/// `minus 5`, `-5`, `+0.2%`: the sign of a figure, and the text after it.
fn sign(s: &str) -> (f64, bool, &str) {
    if let Some(r) = s
        .strip_prefix('-')
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return (-1.0, false, r);
    }
    if let Some(r) = s
        .strip_prefix('+')
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return (1.0, true, r);
    }
    if matches!(super::number::opening_letter(s), Some(b'm' | b'n'))
        && let Ok((r, _)) =
            terminated(alt((ci("minus"), ci("negative"))), alt((space1, tag("-")))).parse(s)
    {
        return (-1.0, false, r);
    }
    (1.0, false, s)
}

/// Does the text (after a figure) start with this word or its plural?
fn rest_word_is(s: &str, word: &str) -> bool {
    let w = s
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    w == word || w.strip_suffix('s') == Some(word)
}

/// Nouns that may follow `a`/`an` in a rate (`$3,500 a month`, `63 cents a share`).
static RATE_NOUNS: WordList = WordList::new(&[
    "day",
    "week",
    "month",
    "year",
    "hour",
    "minute",
    "second",
    "night",
    "share",
    "barrel",
    "ounce",
    "gallon",
    "litre",
    "liter",
    "pound",
    "kilo",
    "kilogram",
    "tonne",
    "ton",
    "head",
    "person",
    "game",
    "season",
    "unit",
    "mile",
    "kilometre",
    "kilometer",
    "megawatt-hour",
    "kilowatt-hour",
]);

/// A rate after a unit: `per barrel`, `a month`, `/kg`. Returns the bytes read and the denominator's
/// code (a unit code from the rules, else the singular noun).
pub fn rate(rules: &Rules, s: &str) -> Option<(usize, String)> {
    let (skip, any_noun) = if let Some(r) = s.strip_prefix(" per ") {
        (s.len() - r.len(), true)
    } else if let Some(r) = s.strip_prefix('/') {
        (s.len() - r.len(), false)
    } else if let Some(r) = s.strip_prefix(" a ").or_else(|| s.strip_prefix(" an ")) {
        (s.len() - r.len(), false)
    } else {
        return None;
    };
    let t = &s[skip..];
    // "$6.78 billion a year earlier": a time before or after, not a rate ("$19.40 an hour before
    // expenses" is one)
    let after_word = t.trim_start_matches(char::is_alphabetic);
    let when = ["earlier", "ago", "later", "previously"];
    if !any_noun && when.iter().any(|w| rest_word_is(after_word, w)) {
        return None;
    }
    if let Some((n, u)) = rules.units.longest(t) {
        return Some((skip + n, u.code.to_string()));
    }
    let word: &str = t
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    let lower = word.to_ascii_lowercase();
    let noun = super::words::singular(&lower);
    let known = RATE_NOUNS.contains(noun.as_str());
    (!word.is_empty() && (known || any_noun) && word.chars().all(|c| c.is_alphabetic() || c == '-'))
        .then(|| (skip + word.len(), noun))
}

/// A unit or currency name after a figure: (code, rule, bytes read, hyphenated, is a currency).
/// It borrows from the rules: a figure may try three, and only the one kept is copied.
#[derive(Clone, Copy)]
struct After<'a> {
    code: &'a str,
    rule: Option<&'a UnitRule>,
    len: usize,
    hyphen: bool,
    currency: bool,
}

fn after_figure<'a>(rules: &'a Rules, s: &str, have_currency: bool) -> Option<After<'a>> {
    let (n, u, hyphen) = unit_after(rules, s)?;
    match u {
        UnitOrCurrency::Currency(code) if !have_currency => Some(After {
            code,
            rule: None,
            len: n,
            hyphen,
            currency: true,
        }),
        UnitOrCurrency::Currency(_) => None,
        UnitOrCurrency::Unit(rule) => Some(After {
            code: &rule.code,
            rule: Some(rule),
            len: n,
            hyphen,
            currency: false,
        }),
    }
}

/// The smaller part of a measure told in two units, after the first: " 5 inches" after "6 feet",
/// " and 30 minutes" after "2 hours", "-9" after "6-foot" (a height in feet and inches). Its value
/// in the first unit, that value's rounding, and the bytes read. The part must be less than one of
/// the first unit ("6 feet 14 inches" is no height).
fn smaller_part(
    rules: &Rules,
    s: &str,
    first: &UnitRule,
    compound: bool,
) -> Option<(f64, f64, usize)> {
    let (r, n, unit) = if compound {
        // "6-foot-9", "5-feet-8 inches", "6-foot-10-inch": inches after a height in feet
        let digits = s.strip_prefix('-').filter(|_| first.code == "ft")?;
        let end = digits.bytes().take_while(u8::is_ascii_digit).count();
        let r = &digits[end..];
        let inches = after_figure(rules, r, true).filter(|a| a.code == "in");
        // (not "6-foot-9.5", "6-foot-9x" or "6-foot-9-year-old")
        let goes_on = r.starts_with(|c: char| c.is_alphanumeric())
            || r.starts_with('-') && inches.is_none()
            || r.len() > 1 && r.starts_with(['.', ',']) && r.as_bytes()[1].is_ascii_digit();
        if !(1..=2).contains(&end) || goes_on {
            return None;
        }
        let n = Number {
            value: digits[..end].parse().ok()?,
            step: 1.0,
            words: false,
        };
        let r = &r[inches.as_ref().map_or(0, |a| a.len)..];
        (r, n, rules.unit("in")?)
    } else {
        let r = s.strip_prefix(' ')?;
        let r = r.strip_prefix("and ").unwrap_or(r);
        // (in digits: "2 hours thirty minutes" is rare, and a word read as a number costs more)
        if !r.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let (r, (n, scale)) = scaled(rules, r, false).ok()?;
        let a = after_figure(rules, r, true).filter(|a| !a.hyphen && scale == 1.0)?;
        (&r[a.len..], n, a.rule?)
    };
    let per = unit.factor / first.factor;
    let same_kind = unit.dimension == first.dimension && per < 1.0;
    (same_kind && n.value * per < 1.0)
        .then(|| (n.value * per, 0.5 * n.step * per, s.len() - r.len()))
}

/// After a fraction: ` of a [US] pint`, ` an hour`; the bytes read and the unit.
fn unit_of_fraction<'a>(rules: &'a Rules, s: &str) -> Option<(usize, After<'a>)> {
    let article = [" of a ", " of an ", " a ", " an "]
        .iter()
        .find(|a| s.starts_with(*a))?;
    let mut t = &s[article.len() - 1..];
    // one word saying which of a unit's kinds ("a US gallon", "an imperial pint")
    for kind in [" US ", " U.S. ", " imperial ", " metric "] {
        if t.starts_with(kind) {
            t = &t[kind.len() - 1..];
            break;
        }
    }
    let a = after_figure(rules, t, false).filter(|a| !a.hyphen && !a.currency)?;
    let n = s.len() - t.len() + a.len;
    Some((n, a))
}

/// Reads one quantity phrase at the start of `s` (normalised text, at a word start).
pub fn quantity(rules: &Rules, s: &str) -> Option<Parsed> {
    quantity_after(rules, s, false)
}

/// As `quantity`; after a change word ("increased by $43.6 billion to $419.2 billion") `A to B`
/// is a change and a new level, not a range, unless `from` or `between` opens it.
///
/// (Never inlined: inlined into `sentence_figures`, as the compiler chose, it cost that function
/// more than the call saves, some 6,000 times per MB: measured, 113.3 → 112.9 M instructions per
/// MB synthetic, 107.7 → 107.4 M real.)
#[inline(never)]
pub fn quantity_after(rules: &Rules, s: &str, after_change: bool) -> Option<Parsed> {
    if let Some(p) = vague(rules, s) {
        return Some(p);
    }
    let (mut rest, mut hedge_rule) = match hedge(rules, s) {
        Ok((r, h)) => (r, Some(*h)),
        Err(()) => (s, None),
    };
    // "between 20 and 30", "from 20 to 30"
    let mut between = false;
    if matches!(super::number::opening_letter(rest), Some(b'b' | b'f'))
        && let Ok((r, _)) = terminated(alt((ci("between"), ci("from"))), space1).parse(rest)
    {
        rest = r;
        between = true;
    }
    // the currency's code, borrowed from the rules until the figure is kept
    let mut currency: Option<&str> = None;
    if let Ok((r, code)) = currency_symbol(rules, rest) {
        rest = r;
        currency = Some(code);
    }
    let (sign, plus, r) = sign(rest);
    // (where no sign was read, the symbol was looked for there already)
    let signed = r.len() != rest.len();
    rest = r;
    if currency.is_none()
        && signed
        && let Ok((r, code)) = currency_symbol(rules, rest)
    {
        rest = r;
        currency = Some(code);
    }
    let (r, (first, mut scale)) = scaled(rules, rest, currency.is_some()).ok()?;
    rest = r;
    // "$75 U.S. per barrel", "$31.20 US": the dollar's country written after the figure
    if currency == Some("usd")
        && let Some(r) = [" U.S.", " US"]
            .iter()
            .find_map(|c| rest.strip_prefix(c))
            .filter(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    {
        rest = r;
    }
    // a hedge after the number, where none came before it ("300 or more people", "20+ years")
    if hedge_rule.is_none()
        && let Some((n, h)) = hedge_after(rules, rest)
    {
        rest = &rest[n..];
        hedge_rule = Some(h);
    }
    // (where it was looked for: it is looked for again only where more was read since)
    let hedge_looked_at = rest.len();
    // a unit right after the first figure, before a range goes on ("1 per cent to 1.5 per cent");
    // a compound's ("nine-month") counts only where no range follows
    let at_first = after_figure(rules, rest, currency.is_some());
    let mut after = at_first.filter(|a| !a.hyphen);
    let before_range = rest;
    if let Some(a) = &after {
        rest = &rest[a.len..];
    }
    // a range: "20-30", "20 to 30", "$3 billion to $5 billion", "33-35 billion euros"
    let mut second: Option<f64> = None;
    let mut first_scale = scale;
    // after a change word, "A to B" is a range only when A is bare ("dropped by 1 to 1.5 degrees"),
    // not "fell by 2,000 to 212,000" (a change and the new level)
    let bare = scale == 1.0 && currency.is_none() && after.is_none();
    // "cut profit by 700 million to 900 million euros": a first end with a scale but no unit of
    // its own, whose unit the second end gives, is a range when the ends are near
    let scaled_bare = scale != 1.0 && currency.is_none() && after.is_none();
    // (the ends of a range stay within a factor of ten; the first takes the second's scale as in
    // "1 to 2 million")
    let near = |n2: f64, s2: f64| {
        let (a, b) = if scale == 1.0 && s2 != 1.0 && first.value < n2 {
            (first.value, n2)
        } else {
            (first.value * scale, n2 * if s2 != 1.0 { s2 } else { scale })
        };
        !after_change || between || b <= 10.0 * a
    };
    if let Ok((r, hyphen)) = range_separator(rest)
        .ok()
        .filter(|&(_, hyphen)| between || hyphen || !after_change || bare || scaled_bare)
        .ok_or(())
    {
        let r2 = currency_symbol(rules, r).map_or(r, |(r2, _)| r2);
        if let Ok((mut r3, (n2, s2))) = scaled(rules, r2, currency.is_some())
            .ok()
            .filter(|(_, (n2, s2))| near(n2.value, *s2))
            .ok_or(())
        {
            // "3-1", "7-2": a score or a vote, not a range and not a figure
            if hyphen
                && !between
                && after.is_none()
                && !first.words
                && n2.value <= first.value
                && first.value < 1000.0
                && s2 == 1.0
            {
                return Some(Parsed::skip(s.len() - r3.len()));
            }
            let joined_by = |w: &str| {
                let rest = rest.trim_start().as_bytes();
                rest.get(..w.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(w.as_bytes()))
            };
            let joined_by_and = joined_by("and");
            // "20 or 30" is a range; "$184 million or $23 million a season" two figures
            let joined_by_or = joined_by("or");
            let two_figures = joined_by_or
                && (r2.len() != r.len() || n2.value <= first.value || n2.value > 3.0 * first.value);
            // the second end repeats the unit, or has none
            let unit2 = after_figure(rules, r3, currency.is_some()).filter(|a| !a.hyphen);
            let same_unit = match (&after, &unit2) {
                (Some(a), Some(b)) => a.code == b.code,
                (Some(_), None) => false,
                _ => true,
            };
            // "the toll rose by 12 to 40": after a change, two bare numbers far apart are the
            // change and the new level; near ones ("rose by 2 to 3"), or a unit after the second
            // ("by 5 to 20 percent"), are a range of the change
            let change_and_level = after_change
                && bare
                && !between
                && !hyphen
                && unit2.is_none()
                && s2 == 1.0
                && n2.value > 3.0 * first.value
                || after_change
                    && scaled_bare
                    && !between
                    && !hyphen
                    && (unit2.is_none() && r2.len() == r.len()
                        || !(first.value * scale < n2.value * s2
                            && n2.value * s2 <= 2.0 * first.value * scale));
            // "backed the measure by 52% to 48%": a split of votes, two figures, not a range,
            // which runs up
            let split =
                joined_by("to") && !between && scale == 1.0 && s2 == 1.0 && n2.value < first.value;
            // "a 3 to 1 margin", "split 4 to 1": a ratio, no figure
            if split && n2.value == 1.0 && after.is_none() {
                return Some(Parsed::skip(s.len() - r3.len()));
            }
            if (n2.words == first.words || between || !hyphen)
                && (!joined_by_and || between)
                && !two_figures
                && !change_and_level
                && !split
                && same_unit
            {
                // "33-35 billion": the first end takes the scale written after the second
                first_scale = scale;
                if scale == 1.0 && s2 != 1.0 && first.value < n2.value {
                    scale = s2;
                }
                if let Some(b) = unit2 {
                    r3 = &r3[b.len..];
                    if after.is_none() {
                        after = Some(b);
                    }
                }
                let s2 = if s2 != 1.0 { s2 } else { scale };
                second = Some(if s2 == 1.0 {
                    n2.value
                } else {
                    tidy(n2.value * s2)
                });
                rest = r3;
            }
        }
    }
    if between && second.is_none() {
        return None;
    }
    if after.is_none() {
        after = if second.is_none() {
            rest = before_range;
            // read there already
            at_first
        } else {
            after_figure(rules, rest, currency.is_some())
        };
        if let Some(a) = &after {
            rest = &rest[a.len..];
        }
    }
    // "half a mile", "a quarter of a mile", "1/16 of a US pint": a fraction of one unit
    if after.is_none()
        && currency.is_none()
        && second.is_none()
        && scale == 1.0
        && first.value < 1.0
        && let Some((n, a)) = unit_of_fraction(rules, rest)
    {
        after = Some(a);
        rest = &rest[n..];
    }
    // a currency symbol written after the figure: "1,200€", "500 €"
    if currency.is_none()
        && after.is_none()
        && let Some((n, code)) = rules
            .currency_symbols
            .longest(rest.strip_prefix(' ').unwrap_or(rest))
        && !rest
            .trim_start()
            .starts_with(|c: char| c.is_ascii_alphabetic())
    {
        currency = Some(code.as_str());
        rest = &rest[n + usize::from(rest.starts_with(' '))..];
    }
    let mut unit = None;
    let mut unit_rule = None;
    let mut compound = false;
    if let Some(a) = after {
        // "208 pounds" is a weight; "5 million pounds" and "£208" are money
        let weight =
            a.currency && currency.is_none() && scale == 1.0 && rest_word_is(before_range, "pound");
        if weight {
            unit = Some(CompactString::const_new("lb"));
            unit_rule = rules.unit("lb");
        } else if a.currency {
            currency = Some(a.code);
        } else {
            unit = Some(CompactString::from(a.code));
            unit_rule = a.rule;
            compound = a.hyphen;
            // "45-year-old"
            if a.hyphen
                && let Ok((r, _)) = ci("-old").parse(rest)
            {
                rest = r;
                unit = unit.map(|u| u + "-old");
                unit_rule = unit.as_deref().and_then(|u| rules.unit(u));
            }
        }
    }
    // "6 feet 5 inches", "2 hours and 30 minutes", "6-foot-9": one measure told in two units
    let mut smaller = None;
    if second.is_none()
        && currency.is_none()
        && scale == 1.0
        && let Some(u) = unit_rule
        && let Some((v, round, n)) = smaller_part(rules, rest, u, compound)
    {
        smaller = Some((v, round));
        rest = &rest[n..];
    }
    let kind = if currency.is_some() {
        Kind::Money
    } else {
        kind_of(unit_rule)
    };
    if currency.is_some() {
        unit = currency.map(CompactString::from);
    }
    // a rate: "$58.24 per barrel", "$3,500 a month", "15 miles per hour" is a unit already
    if let Some(u) = unit.clone()
        && !compound
        && let Some((n, per)) = rate(rules, rest)
    {
        unit = Some(compact_str::format_compact!("{u}/{per}"));
        rest = &rest[n..];
    }
    // or after the number and its unit ("5 km or more", "a week or so")
    if hedge_rule.is_none()
        && second.is_none()
        && rest.len() != hedge_looked_at
        && let Some((n, h)) = hedge_after(rules, rest)
    {
        rest = &rest[n..];
        hedge_rule = Some(h);
    }
    let len = s.len() - rest.len();
    let a = sign * (first.value + smaller.map_or(0.0, |(v, _)| v)) * scale;
    // ("$65.4 billion" is 65,400,000,000, not the 65,400,000,000.00001 that 65.4 × 10⁹ gives)
    let a = if scale == 1.0 { a } else { tidy(a) };
    // "1 followed by 300 zeros trillion" is beyond any figure a report states
    if !a.is_finite() || second.is_some_and(|b| !b.is_finite()) {
        return None;
    }
    let rounding = smaller.map_or(0.5 * first.step * scale, |(_, round)| round);
    let quantity = match second {
        Some(b) => {
            // "between 1600 and 1900": a span of years, not a figure
            let years = |v: f64| v.fract() == 0.0 && (1000.0..=2100.0).contains(&v);
            if unit.is_none()
                && first_scale == 1.0
                && scale == 1.0
                && years(a)
                && years(b)
                && !first.words
            {
                return Some(Parsed {
                    kind: Kind::Date,
                    ..Parsed::skip(len)
                });
            }
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            let bound = match hedge_rule.map(|h| h.bound) {
                Some(HedgeBound::Approx) => Bound::Approx,
                _ => Bound::Range,
            };
            Quantity {
                value: None,
                low: Some(lo),
                high: Some(hi),
                bound,
            }
        }
        None => hedged(a, hedge_rule, rules.approx),
    };
    Some(Parsed {
        len,
        quantity,
        kind,
        unit,
        physical: is_physical(unit_rule),
        compound,
        rounding,
        words: first.words,
        skip: false,
        plus,
    })
}

/// Is a measure in this unit physical (a distance, a magnitude, an age)? Such a measure takes no
/// predicate ("the 6.1 quake killed 5" counts the dead), where an index or a price can ("closed at
/// 1,478 points"). With no unit, true.
pub fn is_physical(unit: Option<&UnitRule>) -> bool {
    unit.is_none_or(|u| {
        matches!(
            u.dimension.as_str(),
            "length"
                | "area"
                | "magnitude"
                | "mass"
                | "volume"
                | "speed"
                | "temperature-c"
                | "temperature-f"
                | "angle-or-temperature"
                | "age"
        )
    })
}

/// What a figure with this unit (or none) is: a percentage, a duration, a measure or a count.
pub fn kind_of(unit: Option<&UnitRule>) -> Kind {
    match unit.map(|u| u.dimension.as_str()) {
        Some("percent" | "percentage-points") => Kind::Percent,
        Some("duration") => Kind::Duration,
        Some(_) => Kind::Measure,
        None => Kind::Count,
    }
}

impl Parsed {
    /// "517 rushing yards", "50 previous years": a counted noun phrase whose head is a unit name
    /// measures in that unit; so does a vague amount's one word ("a few days", "dozens of hours"),
    /// which the figure's parser reads without a unit. Ratios ("three more times") stay counts.
    pub fn unit_from_head(&mut self, rules: &Rules, np: &str) {
        let at = np
            .as_bytes()
            .iter()
            .rposition(|&b| b == b' ')
            .map_or(0, |space| space + 1);
        self.unit_from_last_word(rules, np, at);
    }

    /// `unit_from_head`, given where the phrase's last word starts: after its last space, at 0 in
    /// a phrase of one word (`describe` knows it from the head's token, where the phrase's bytes
    /// were searched for it again here).
    pub fn unit_from_last_word(&mut self, rules: &Rules, np: &str, at: usize) {
        // only a count without a unit takes one
        if self.unit.is_some() || self.kind != Kind::Count {
            return;
        }
        // two or three words: the modifiers and the head (a space parts them); after a vague
        // amount, the head alone
        let vague = self.quantity.bound == Bound::Vague;
        let (modifiers, head) = match at.checked_sub(1) {
            Some(space) => (&np[..space], &np[at..]),
            None if vague => ("", np),
            None => return,
        };
        // (the head is looked up first: most are no unit, and their phrase is read no further;
        // counting the words and reading the modifiers first cost 0.3 M instructions per MB more)
        // "smart meters", "university degrees", "bare feet" are things, not units (compared in
        // ASCII: no other character lower-cases to a letter of theirs)
        const THINGS_TOO: &[&str] = &["meter", "meters", "degree", "degrees", "foot", "feet"];
        let Some((_, rule)) = rules
            .units
            .longest(head)
            .filter(|&(n, u)| n == head.len() && n >= 3 && u.dimension != "ratio")
            .filter(|_| !THINGS_TOO.iter().any(|t| t.eq_ignore_ascii_case(head)))
        else {
            return;
        };
        if modifiers.bytes().filter(|&b| b == b' ').count() > 1 {
            return;
        }
        // "cubic metres", "nautical miles", "light years" are other units
        const OTHER_UNIT: &[&str] = &[
            "square", "cubic", "sq", "cu", "light", "nautical", "metric", "short", "long", "troy",
            "imperial", "fluid", "statute", "man", "person",
        ];
        let modifiers_lower = modifiers
            .split(' ')
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-') && !OTHER_UNIT.contains(&w));
        if modifiers_lower {
            self.unit = Some(rule.code.clone());
            self.kind = kind_of(Some(rule));
            self.physical = is_physical(Some(rule));
        }
    }
}

/// The interval a hedge allows around `v`.
pub fn hedged(v: f64, hedge: Option<HedgeRule>, approx: f64) -> Quantity {
    let Some(h) = hedge else {
        return Quantity::exact(v);
    };
    match h.bound {
        HedgeBound::Approx => {
            // "about 1.7e308" reaches no further than the largest double, not to infinity
            let finite = |x: f64| x.clamp(-f64::MAX, f64::MAX);
            let low = tidy(finite(v * h.low.unwrap_or(1.0 - approx)));
            let high = tidy(finite(v * h.high.unwrap_or(1.0 + approx)));
            // (rounding keeps the value within its interval: "nearly a third" reaches 1/3)
            Quantity {
                value: Some(v),
                low: Some(low.min(high).min(v)),
                high: Some(low.max(high).max(v)),
                bound: Bound::Approx,
            }
        }
        HedgeBound::Lower => Quantity {
            value: Some(v),
            low: Some(v),
            high: None,
            bound: Bound::Lower,
        },
        HedgeBound::Upper => Quantity {
            value: Some(v),
            low: None,
            high: Some(v),
            bound: Bound::Upper,
        },
    }
}

/// `x` rounded to twelve significant digits: an end of a hedge's interval without the binary
/// fraction's noise ("about 33" reaches 37.95, not 37.949999999999996).
/// (Its decimal exponent, its scale and the rounding are read from tables and integers, where
/// `log10`, `ceil`, `powi` and `round` were four calls, some 170 instructions in all, for each of
/// 1,457 ends per MB; each gives what the call gave, tested on many values.)
fn tidy(x: f64) -> f64 {
    if !x.is_normal() {
        return x;
    }
    let places = 12 - decimal_exponent(x.abs());
    if !(-SCALE_REACH..=SCALE_REACH).contains(&places) {
        return x;
    }
    let scale = power_of_ten(places);
    let rounded = round_half_away(x * scale) / scale;
    if rounded.is_finite() { rounded } else { x }
}

/// The places `tidy` scales a number by, either way.
const SCALE_REACH: i32 = 290;

/// `10f64.powi(p)` as the compiler's runtime makes it (`__powidf2`): squarings and products in
/// order of the bits of `|p|`, and the reciprocal of the product for a negative `p`.
const fn powi10(p: i32) -> f64 {
    let mut base = 10.0;
    let mut bits = p.unsigned_abs();
    let mut product = 1.0;
    loop {
        if bits & 1 != 0 {
            product *= base;
        }
        bits >>= 1;
        if bits == 0 {
            break;
        }
        base *= base;
    }
    if p < 0 { 1.0 / product } else { product }
}

/// `a.log10().ceil()` of a positive normal `a`: the least `e` with `10^e >= a`, found from `a`'s
/// binary exponent and a table of powers of ten (`POWERS`). Where `a` is within a billionth of a
/// power of ten, `log10`'s own rounding decides, and it is asked.
fn decimal_exponent(a: f64) -> i32 {
    if !(1e-280..=1e300).contains(&a) {
        return a.log10().ceil() as i32;
    }
    // floor(b × log10 2) of the binary exponent b (78913 / 2^18 is log10 2 to six places); the
    // exponent sought is that, or one or two more, as a < 2^(b + 1)
    let binary = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut e = (binary * 78913) >> 18;
    while power_of_ten(e) < a {
        e += 1;
    }
    let near = power_of_ten(e) * (1.0 - 1e-9) <= a || a <= power_of_ten(e - 1) * (1.0 + 1e-9);
    if near { a.log10().ceil() as i32 } else { e }
}

/// The lowest power of ten in `POWERS`.
const POWERS_FROM: i32 = -300;

/// 10^e for e from `POWERS_FROM` to 310, made as `powi` makes it (`powi10`): `tidy`'s scales, the
/// same doubles as `10f64.powi(e)` gave, and the powers `decimal_exponent` compares with (each
/// within a few parts in 10^14 of 10^e, and compared only beyond a billionth).
const POWERS: [f64; 611] = {
    let mut table = [0.0; 611];
    let mut i = 0;
    while i < table.len() {
        table[i] = powi10(i as i32 + POWERS_FROM);
        i += 1;
    }
    table
};

/// 10^e as `POWERS` has it (none outside it: `tidy` and `decimal_exponent` ask only within).
fn power_of_ten(e: i32) -> f64 {
    usize::try_from(e - POWERS_FROM)
        .ok()
        .and_then(|i| POWERS.get(i))
        .copied()
        .unwrap_or(f64::INFINITY)
}

/// `y.round()` (half away from zero) through an integer, where it was a call: a double of 2^52 or
/// more is whole already.
fn round_half_away(y: f64) -> f64 {
    const WHOLE: f64 = 4_503_599_627_370_496.0;
    if y.is_nan() || y.abs() >= WHOLE {
        return y;
    }
    let whole = y as i64;
    // (exact: the whole part of such a double is, and so is what is left of it)
    let left = y - whole as f64;
    let rounded = if left >= 0.5 {
        whole + 1
    } else if left <= -0.5 {
        whole - 1
    } else {
        whole
    };
    (rounded as f64).copysign(y)
}

/// A vague amount: `dozens`, `hundreds`, `tens of thousands`, `several`.
fn vague(rules: &Rules, s: &str) -> Option<Parsed> {
    let (mut n, &(mut lo, mut hi)) = rules.vague.longest(s)?;
    // "several hundred", "a few thousand": a scale word multiplies the interval
    if let Some(r) = s[n..].strip_prefix(' ')
        && let Some((m, scale)) = rules.scales.longest(r)
        && !scale.money_only
    {
        n += 1 + m;
        lo = (lo * scale.factor).min(f64::MAX);
        hi = (hi * scale.factor).min(f64::MAX);
    }
    let quantity = Quantity {
        value: None,
        low: Some(lo),
        high: Some(hi),
        bound: Bound::Vague,
    };
    Some(Parsed {
        len: n,
        quantity,
        kind: Kind::Count,
        unit: None,
        physical: true,
        compound: false,
        rounding: 0.0,
        words: true,
        skip: false,
        plus: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Parsed {
        quantity(&Rules::defaults(), s).unwrap_or_else(|| panic!("no quantity in {s:?}"))
    }

    /// A count takes the unit its head names as it did when the phrase's words were counted and
    /// its modifiers read before the head was looked up: every run of one to four words of the
    /// fixtures, and phrases of units, after a count and after a vague amount.
    #[test]
    fn a_head_names_the_unit_it_named_before() {
        fn before(p: &mut Parsed, rules: &Rules, np: &str) {
            if p.unit.is_some() || p.kind != Kind::Count {
                return;
            }
            let bytes = np.as_bytes();
            let fewest = if p.quantity.bound == Bound::Vague {
                0
            } else {
                1
            };
            if !(fewest..=2).contains(&bytes.iter().filter(|&&b| b == b' ').count()) {
                return;
            }
            let (modifiers, head) = match bytes.iter().rposition(|&b| b == b' ') {
                Some(last) => (&np[..last], &np[last + 1..]),
                None => ("", np),
            };
            const OTHER_UNIT: &[&str] = &[
                "square", "cubic", "sq", "cu", "light", "nautical", "metric", "short", "long",
                "troy", "imperial", "fluid", "statute", "man", "person",
            ];
            let modifiers_lower = modifiers.split(' ').all(|w| {
                w.chars().all(|c| c.is_lowercase() || c == '-') && !OTHER_UNIT.contains(&w)
            });
            const THINGS_TOO: &[&str] = &["meter", "meters", "degree", "degrees", "foot", "feet"];
            let unit = rules
                .units
                .longest(head)
                .filter(|&(n, u)| n == head.len() && n >= 3 && u.dimension != "ratio")
                .filter(|_| !THINGS_TOO.iter().any(|t| t.eq_ignore_ascii_case(head)));
            if let (true, Some((_, rule))) = (modifiers_lower, unit) {
                p.unit = Some(rule.code.clone());
                p.kind = kind_of(Some(rule));
                p.physical = is_physical(Some(rule));
            }
        }
        let rules = Rules::defaults();
        let mut phrases: Vec<String> = [
            "days",
            "few days",
            "cubic metres",
            "smart meters",
            "light years",
            "Light Years",
            "short tons",
            "three short tons",
            "long hours",
            "hours",
            "Hours",
            "km",
            "extra km",
            "more grueling hours",
            "a b c d",
            "metres",
            "",
            " ",
            "hours ",
            " hours",
            "square-foot homes",
            "degrees",
            "per cent",
            "percent",
        ]
        .map(str::to_string)
        .to_vec();
        for text in crate::fixture_texts() {
            let words: Vec<&str> = text.split_whitespace().collect();
            for n in 1..=4 {
                phrases.extend(words.windows(n).map(|w| w.join(" ")));
            }
        }
        let mut units = 0;
        for start in [q("12"), q("dozens")] {
            for np in &phrases {
                let (mut now, mut then) = (start.clone(), start.clone());
                now.unit_from_head(&rules, np);
                before(&mut then, &rules, np);
                assert_eq!(now, then, "{np:?}");
                units += usize::from(now.unit.is_some());
            }
        }
        assert!(units > 50, "{units}");
    }

    #[test]
    fn a_measure_in_two_units_is_one_figure_only_when_the_second_is_the_smaller_part() {
        let p = q("6 feet 5 inches tall");
        assert_eq!((p.len, p.unit.as_deref()), (15, Some("ft")));
        assert!((p.quantity.value.unwrap() - (6.0 + 5.0 / 12.0)).abs() < 1e-12);
        assert_eq!(q("6-foot-9 forward").len, 8);
        let p = q("6-foot-10-inch centre");
        assert_eq!(p.len, 14);
        assert!((p.quantity.value.unwrap() - (6.0 + 10.0 / 12.0)).abs() < 1e-12);
        assert_eq!(
            q("1 hour and 40 minutes")
                .quantity
                .value
                .map(|v| (v * 60.0).round()),
            Some(100.0)
        );
        // a part as large as the first unit, a larger unit, another dimension, a second figure
        for (s, len) in [
            ("6 feet 14 inches", 6),
            ("30 minutes 2 hours", 10),
            ("5 km 300 kg", 4),
            ("6 feet 5 people", 6),
            ("6-foot-9.5", 6),
        ] {
            assert_eq!(q(s).len, len, "{s}");
        }
    }

    #[test]
    fn hedge_ends_carry_no_binary_noise() {
        let p = q("about 33 soldiers");
        assert_eq!(
            (p.quantity.low, p.quantity.high),
            (Some(28.05), Some(37.95))
        );
        let p = q("some 2.3 km");
        assert_eq!(
            (p.quantity.low, p.quantity.high),
            (Some(1.955), Some(2.645))
        );
        assert_eq!(tidy(f64::MAX), f64::MAX);
        assert_eq!(tidy(5e-324), 5e-324);
        assert_eq!(tidy(-0.8049999999999999), -0.805);
        // the value stays within its rounded interval
        let p = q("nearly a third of voters");
        assert_eq!(p.quantity.high, p.quantity.value);
        // a figure times its scale, and a range's ends ("65.4 × 10⁹" is 65400000000.00001)
        assert_eq!(q("$65.4 billion").quantity.value, Some(65_400_000_000.0));
        let p = q("2.3 to 4.1 billion dollars");
        assert_eq!(
            (p.quantity.low, p.quantity.high),
            (Some(2_300_000_000.0), Some(4_100_000_000.0))
        );
    }

    /// `tidy` as it was: `log10`, `ceil`, `powi` and `round`.
    fn tidy_by_calls(x: f64) -> f64 {
        if !x.is_normal() {
            return x;
        }
        let places = 12 - x.abs().log10().ceil() as i32;
        if !(-290..=290).contains(&places) {
            return x;
        }
        let scale = 10f64.powi(places);
        let rounded = (x * scale).round() / scale;
        if rounded.is_finite() { rounded } else { x }
    }

    #[test]
    fn tidy_from_tables_is_tidy_by_calls() {
        for p in -SCALE_REACH..=SCALE_REACH {
            assert_eq!(
                power_of_ten(p).to_bits(),
                10f64.powi(std::hint::black_box(p)).to_bits(),
                "{p}"
            );
        }
        let mut xs = vec![
            0.0,
            -0.0,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::INFINITY,
            f64::NAN,
        ];
        // powers of ten and their neighbours, and the ends of hedges around whole numbers
        for e in -330..=310 {
            let p = format!("1e{e}").parse::<f64>().unwrap_or(1.0);
            xs.extend([
                p,
                p.next_up(),
                p.next_down(),
                p * (1.0 + 1e-9),
                p * (1.0 - 1e-9),
            ]);
        }
        for v in 1..20_000u32 {
            let v = f64::from(v);
            for f in [0.9, 1.1, 0.8, 1.2, 0.95, 1.05, 0.85, 1.15] {
                xs.extend([v * f, v * 1e6 * f, v / 100.0 * f, v * 1e-7 * f]);
            }
        }
        // doubles of every exponent, from their bits
        let mut bits = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..400_000 {
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            xs.push(f64::from_bits(bits));
        }
        for x in xs {
            for x in [x, -x] {
                assert_eq!(tidy(x).to_bits(), tidy_by_calls(x).to_bits(), "{x:e}");
            }
        }
    }

    #[test]
    fn rounding_through_an_integer_is_round() {
        let mut ys = vec![
            0.5,
            -0.5,
            1.5,
            -1.5,
            2.5,
            0.49999999999999994,
            -0.49999999999999994,
        ];
        ys.extend([
            4_503_599_627_370_495.5,
            4_503_599_627_370_496.0,
            1e300,
            -0.0,
            0.3,
            -0.3,
        ]);
        for i in -4000..4000 {
            let y = f64::from(i) / 8.0;
            ys.extend([y, y.next_up(), y.next_down(), y * 1e11 + 0.5]);
        }
        for y in ys {
            assert_eq!(round_half_away(y).to_bits(), y.round().to_bits(), "{y:e}");
        }
        assert!(round_half_away(f64::NAN).is_nan());
    }

    #[test]
    fn hedged_counts() {
        let p = q("around 20 Malian soldiers");
        assert_eq!(p.len, "around 20".len());
        assert_eq!(p.quantity.bound, Bound::Approx);
        assert_eq!(p.quantity.value, Some(20.0));
        assert!(p.quantity.low.unwrap() < 20.0 && p.quantity.high.unwrap() > 20.0);
        let p = q("more than 30 people");
        assert_eq!(
            (p.quantity.low, p.quantity.high, p.quantity.bound),
            (Some(30.0), None, Bound::Lower)
        );
        let p = q("up to 400 jobs");
        assert_eq!(
            (p.quantity.low, p.quantity.high, p.quantity.bound),
            (None, Some(400.0), Bound::Upper)
        );
    }

    #[test]
    fn units_and_money() {
        let p = q("1 500km north-east");
        assert_eq!(
            (p.len, p.unit.as_deref(), p.kind),
            (7, Some("km"), Kind::Measure)
        );
        assert_eq!(p.rounding, 50.0);
        assert_eq!(q("55 kilometers").rounding, 0.5);
        let p = q("900 miles");
        assert_eq!(p.unit.as_deref(), Some("mi"));
        let p = q("$2.5 million in aid");
        assert_eq!(
            (p.quantity.value, p.unit.as_deref(), p.kind),
            (Some(2_500_000.0), Some("usd"), Kind::Money)
        );
        let p = q("2.5 million dollars");
        assert_eq!(
            (p.quantity.value, p.unit.as_deref(), p.len),
            (Some(2_500_000.0), Some("usd"), 19)
        );
        let p = q("$2bn");
        assert_eq!(p.quantity.value, Some(2e9));
        let p = q("35% above");
        assert_eq!(
            (p.kind, p.unit.as_deref(), p.len),
            (Kind::Percent, Some("%"), 3)
        );
        let p = q("5 per cent");
        assert_eq!((p.kind, p.len), (Kind::Percent, 10));
    }

    #[test]
    fn units_written_with_capitals_match_as_written() {
        let p = q("450 Nm of torque");
        assert_eq!((p.len, p.unit.as_deref()), (6, Some("n·m")));
        let p = q("450 nm wavelength");
        assert_eq!((p.len, p.unit.as_deref()), (6, Some("nm")));
        // a lone capital letter may stand apart from its figure; a lone small one may not
        let p = q("5 W charger");
        assert_eq!(
            (p.len, p.unit.as_deref(), p.kind),
            (3, Some("w"), Kind::Measure)
        );
        let p = q("12 C melting point");
        assert_eq!((p.len, p.unit.as_deref()), (4, Some("c")));
        assert_eq!(q("5 m away").unit, None);
    }

    #[test]
    fn a_fraction_of_one_unit() {
        let p = q("half a mile away");
        assert_eq!(
            (p.len, p.quantity.value, p.unit.as_deref()),
            (11, Some(0.5), Some("mi"))
        );
        let p = q("a quarter of an hour later");
        assert_eq!(
            (p.len, p.quantity.value, p.unit.as_deref()),
            (20, Some(0.25), Some("h"))
        );
        let p = q("1/16 of a US pint, more");
        assert_eq!((p.len, p.unit.as_deref()), (17, Some("pint")));
        // a whole number takes no unit this way ("2 a day" is not "2 days")
        assert_eq!(q("2 of a kind").unit, None);
        // a fraction of a scale is a number
        let p = q("half a million people");
        assert_eq!((p.len, p.quantity.value), (14, Some(500_000.0)));
        let p = q("a quarter of a billion dollars");
        assert_eq!(
            (p.quantity.value, p.unit.as_deref()),
            (Some(2.5e8), Some("usd"))
        );
    }

    #[test]
    fn rates_and_times_before_or_after() {
        let p = q("$6.78 billion a year earlier");
        assert_eq!((p.len, p.unit.as_deref()), (13, Some("usd")));
        let p = q("$3,500 a month in rent");
        assert_eq!((p.len, p.unit.as_deref()), (14, Some("usd/month")));
        let p = q("$75 U.S. per barrel to");
        assert_eq!((p.len, p.unit.as_deref()), (19, Some("usd/bbl")));
    }

    #[test]
    fn compounds_and_durations() {
        let p = q("nine-month occupation");
        assert_eq!(
            (p.quantity.value, p.unit.as_deref(), p.kind, p.compound),
            (Some(9.0), Some("month"), Kind::Duration, true)
        );
        let p = q("24 hours");
        assert_eq!((p.unit.as_deref(), p.kind), (Some("h"), Kind::Duration));
        let p = q("45-year-old man");
        assert_eq!((p.unit.as_deref(), p.len), (Some("year-old"), 11));
    }

    #[test]
    fn ranges_and_vague_amounts() {
        let p = q("20-30 people");
        assert_eq!(
            (p.quantity.low, p.quantity.high, p.quantity.bound),
            (Some(20.0), Some(30.0), Bound::Range)
        );
        let p = q("between 20 and 30 people");
        assert_eq!((p.quantity.low, p.quantity.high), (Some(20.0), Some(30.0)));
        let p = q("$3 billion to $5 billion");
        assert_eq!((p.quantity.low, p.quantity.high), (Some(3e9), Some(5e9)));
        let p = q("33-35 billion euros");
        assert_eq!(
            (p.quantity.low, p.quantity.high, p.unit.as_deref()),
            (Some(33e9), Some(35e9), Some("eur"))
        );
        let p = q("dozens of soldiers");
        assert_eq!((p.quantity.bound, p.len), (Bound::Vague, 6));
        assert!(
            quantity(&Rules::defaults(), "8 soldiers and 28 insurgents")
                .is_some_and(|p| p.len == 1)
        );
        let p = q("$200 to $4 million");
        assert_eq!((p.quantity.low, p.quantity.high), (Some(200.0), Some(4e6)));
        let p = q("1 per cent to 1.5 per cent");
        assert_eq!(
            (p.quantity.low, p.quantity.high, p.unit.as_deref()),
            (Some(1.0), Some(1.5), Some("%"))
        );
        let p = q("15 to 22 miles per hour");
        assert_eq!(
            (p.quantity.low, p.quantity.high, p.unit.as_deref()),
            (Some(15.0), Some(22.0), Some("mph"))
        );
        assert!(q("3-1 win").skip);
        assert_eq!(q("between 1600 and 1900").kind, Kind::Date);
    }

    #[test]
    fn signs_and_rates() {
        assert_eq!(q("minus 5 degrees").quantity.value, Some(-5.0));
        assert_eq!(q("-1.4 degrees").quantity.value, Some(-1.4));
        assert!(q("+0.2%").plus);
        assert_eq!(q("$58.24 per barrel").unit.as_deref(), Some("usd/bbl"));
        assert_eq!(q("$3,500 a month").unit.as_deref(), Some("usd/month"));
        assert_eq!(q("63 cents a share").unit.as_deref(), Some("cent/share"));
        assert_eq!(q("$US55,931,000").quantity.value, Some(55_931_000.0));
    }

    /// A figure keeps whether its unit is physical, as its unit's rule told before.
    #[test]
    fn physical_units() {
        assert!(q("110m").physical && q("6 feet 5 inches").physical && q("45-year-old").physical);
        assert!(!q("1,478 points").physical && !q("3 hours").physical && !q("5%").physical);
        assert!(q("dozens").physical && q("12").physical);
    }
}
