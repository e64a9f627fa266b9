//! The quantity phrase: a hedge, a currency, a number or a range, a scale word and a unit, or a
//! vague amount (`dozens`). `quantity` reads one at the start of the text it is given.
//!
//! The lexicons (hedges, scales, units, currencies, vague amounts) come from the rules, so each
//! production takes `&Rules` and matches its phrases longest first.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::{space0, space1};
use nom::sequence::{delimited, terminated};

use super::number::{self, Number};
use crate::claim::{Bound, Kind, Quantity};
use crate::rules::{HedgeBound, HedgeRule, Rules, UnitRule};

/// A quantity phrase read from the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// Bytes read from the start of the text.
    pub len: usize,
    pub quantity: Quantity,
    pub kind: Kind,
    /// The canonical unit or currency code.
    pub unit: Option<String>,
    pub unit_rule: Option<UnitRule>,
    /// Written as a compound adjective (`nine-month`, `24-hour`): a noun follows that it describes.
    pub compound: bool,
    /// Half the step of the last significant digit, in the figure's own unit (`1,500` → 50).
    pub rounding: f64,
    /// Written in words (`eight`).
    pub words: bool,
    /// Looks like a figure but is not one (a score, `3-1`): skip `len` bytes.
    pub skip: bool,
}

impl Parsed {
    fn skip(len: usize) -> Parsed {
        Parsed {
            len,
            quantity: Quantity::exact(0.0),
            kind: Kind::Count,
            unit: None,
            unit_rule: None,
            compound: false,
            rounding: 0.0,
            words: false,
            skip: true,
        }
    }
}

type Res<'a, T> = Result<(&'a str, T), ()>;

/// A hedge phrase and the space after it.
fn hedge<'a>(rules: &'a Rules, s: &'a str) -> Res<'a, &'a HedgeRule> {
    let (n, h) = rules.hedges.longest(s).ok_or(())?;
    let rest = s[n..].strip_prefix(' ').ok_or(())?;
    Ok((rest, h))
}

/// A currency symbol or code written before the figure (`$`, `US$`, `€`, `Rs`).
fn currency_symbol<'a>(rules: &'a Rules, s: &'a str) -> Res<'a, &'a str> {
    let (n, code) = rules.currency_symbols.longest(s).ok_or(())?;
    let rest = &s[n..];
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    if !rest.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return Err(());
    }
    Ok((rest, code.as_str()))
}

/// A number with an optional scale word: `1.5 million`, `2bn`, `$1.5m` (money only), `eight`.
fn scaled<'a>(rules: &'a Rules, s: &'a str, money: bool) -> Res<'a, (Number, f64)> {
    let (rest, n) = alt((number::digits, number::words))
        .parse(s)
        .map_err(|_| ())?;
    let attached = !rest.starts_with(' ');
    let after = rest.strip_prefix(' ').unwrap_or(rest);
    if let Some((len, scale)) = rules.scales.longest(after) {
        let word_scale = after.as_bytes()[0].is_ascii_alphabetic() && len > 2;
        if (money || !scale.money_only) && (attached || word_scale) && !(n.words && attached) {
            return Ok((&after[len..], (n, scale.factor)));
        }
    }
    Ok((rest, (n, 1.0)))
}

/// The second end of a range after `-`, ` to `, ` or `, ` and `: (separator, rest).
fn range_separator(s: &str) -> Res<'_, bool> {
    let mut hyphen = delimited(space0::<&str, nom::error::Error<&str>>, tag("-"), space0);
    let mut words = delimited(
        space1::<&str, nom::error::Error<&str>>,
        alt((tag_no_case("to"), tag_no_case("or"), tag_no_case("and"))),
        space1,
    );
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
fn unit_after<'a>(rules: &'a Rules, s: &'a str) -> Option<(usize, UnitOrCurrency<'a>, bool)> {
    let (skip, hyphen) = if s.starts_with('-') {
        (1, true)
    } else if s.starts_with(' ') {
        (1, false)
    } else {
        (0, false)
    };
    let t = &s[skip..];
    if let Some((n, code)) = rules.currency_names.longest(t) {
        return Some((skip + n, UnitOrCurrency::Currency(code), hyphen));
    }
    let (n, u) = rules.units.longest(t)?;
    // a lone letter unit must be attached ("5m", "10g"), never "5 m" or "5 g"
    if n == 1 && skip > 0 && u.code != "%" {
        return None;
    }
    Some((skip + n, UnitOrCurrency::Unit(u), hyphen))
}

enum UnitOrCurrency<'a> {
    Unit(&'a UnitRule),
    Currency(&'a String),
}

/// Reads one quantity phrase at the start of `s` (normalised text, at a word start).
pub fn quantity(rules: &Rules, s: &str) -> Option<Parsed> {
    if let Some(p) = vague(rules, s) {
        return Some(p);
    }
    let (mut rest, hedge_rule) = match hedge(rules, s) {
        Ok((r, h)) => (r, Some(*h)),
        Err(()) => (s, None),
    };
    // "between 20 and 30", "from 20 to 30"
    let mut between = false;
    if let Ok((r, _)) = terminated(
        alt((
            tag_no_case::<&str, &str, nom::error::Error<&str>>("between"),
            tag_no_case("from"),
        )),
        space1,
    )
    .parse(rest)
    {
        rest = r;
        between = true;
    }
    let mut currency = None;
    if let Ok((r, code)) = currency_symbol(rules, rest) {
        rest = r;
        currency = Some(code.to_string());
    }
    let (r, (first, mut scale)) = scaled(rules, rest, currency.is_some()).ok()?;
    rest = r;
    // a range: "20-30", "20 to 30", "$3 billion to $5 billion", "33-35 billion euros"
    let mut second: Option<(Number, f64)> = None;
    if let Ok((r, hyphen)) = range_separator(rest) {
        let r2 = currency_symbol(rules, r).map(|(r, _)| r).unwrap_or(r);
        if let Ok((r3, (n2, s2))) = scaled(rules, r2, currency.is_some()) {
            // "3-1", "7-2": a score or a vote, not a range and not a figure
            if hyphen && !between && !first.words && n2.value <= first.value && first.value < 1000.0
            {
                return Some(Parsed::skip(s.len() - r3.len()));
            }
            let joined_by_and = rest.trim_start().to_ascii_lowercase().starts_with("and");
            if n2.words == first.words && (!joined_by_and || between) {
                if scale == 1.0 && s2 != 1.0 {
                    scale = s2;
                }
                second = Some((n2, s2));
                rest = r3;
            }
        }
    }
    if between && second.is_none() {
        return None;
    }
    // unit or currency name after the figure
    let mut unit = None;
    let mut unit_rule = None;
    let mut compound = false;
    if let Some((n, u, hyphen)) = unit_after(rules, rest) {
        match u {
            UnitOrCurrency::Currency(code) if currency.is_none() => {
                currency = Some(code.clone());
                rest = &rest[n..];
            }
            UnitOrCurrency::Currency(_) => {}
            UnitOrCurrency::Unit(rule) => {
                unit = Some(rule.code.clone());
                unit_rule = Some(rule.clone());
                compound = hyphen;
                rest = &rest[n..];
                // "45-year-old"
                if hyphen
                    && let Ok((r, _)) =
                        tag_no_case::<&str, &str, nom::error::Error<&str>>("-old").parse(rest)
                {
                    rest = r;
                    unit = Some("age".into());
                }
            }
        }
    }
    // "1.5 million dollars": a money-only scale needs the currency; a word scale stays
    let kind = if currency.is_some() {
        Kind::Money
    } else {
        match unit_rule.as_ref().map(|u| u.dimension.as_str()) {
            Some("percent" | "percentage-points") => Kind::Percent,
            Some("duration") => Kind::Duration,
            Some(_) => Kind::Measure,
            None => Kind::Count,
        }
    };
    if currency.is_some() {
        unit = currency;
    }
    // figures with a sign stay as written
    let len = s.len() - rest.len();
    let a = first.value * scale;
    let step = |n: &Number, f: f64| {
        if n.trailing_zeros > 0 {
            0.5 * 10f64.powi(n.trailing_zeros as i32) * f
        } else {
            0.0
        }
    };
    let rounding = step(&first, scale);
    let quantity = match second {
        Some((n2, s2)) => {
            let b = n2.value * if s2 != 1.0 { s2 } else { scale };
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
        unit_rule,
        compound,
        rounding,
        words: first.words,
        skip: false,
    })
}

/// The interval a hedge allows around `v`.
pub fn hedged(v: f64, hedge: Option<HedgeRule>, approx: f64) -> Quantity {
    let Some(h) = hedge else {
        return Quantity::exact(v);
    };
    match h.bound {
        HedgeBound::Approx => {
            let low = v * h.low.unwrap_or(1.0 - approx);
            let high = v * h.high.unwrap_or(1.0 + approx);
            Quantity {
                value: Some(v),
                low: Some(low.min(high)),
                high: Some(low.max(high)),
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

/// A vague amount: `dozens`, `hundreds`, `tens of thousands`, `several`.
fn vague(rules: &Rules, s: &str) -> Option<Parsed> {
    let (n, &(lo, hi)) = rules.vague.longest(s)?;
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
        unit_rule: None,
        compound: false,
        rounding: 0.0,
        words: true,
        skip: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Parsed {
        quantity(&Rules::defaults(), s).unwrap_or_else(|| panic!("no quantity in {s:?}"))
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
    fn compounds_and_durations() {
        let p = q("nine-month occupation");
        assert_eq!(
            (p.quantity.value, p.unit.as_deref(), p.kind, p.compound),
            (Some(9.0), Some("month"), Kind::Duration, true)
        );
        let p = q("24 hours");
        assert_eq!((p.unit.as_deref(), p.kind), (Some("h"), Kind::Duration));
        let p = q("45-year-old man");
        assert_eq!((p.unit.as_deref(), p.len), (Some("age"), 11));
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
    }
}
