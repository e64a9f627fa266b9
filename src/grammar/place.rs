//! Where a figure's event happened, when its sentence says so ("killed in Gao", "In Valencia,
//! …"), and the place a distance is told from.

use super::time;
use super::words::Token;
use crate::claim::CompactString;

/// Where the figure's event happened, when its clause says so: "killed in Gao", "at Kidal airport".
pub(super) fn place_after(toks: &[Token], after: usize) -> Option<CompactString> {
    let window = &toks[after.min(toks.len())..(after + 8).min(toks.len())];
    // the preposition, unless a token that is no word or a conjunction comes first: the scan
    // stops at whichever it meets first (most often a comma or a full stop, a few tokens on)
    let at = window.iter().position(|t| {
        !t.word
            || matches!(
                t.text,
                "in" | "at" | "near" | "outside" | "and" | "but" | "while"
            )
    })?;
    if !matches!(window[at].text, "in" | "at" | "near" | "outside") {
        return None;
    }
    let after_the = window[at + 1..].iter().position(|t| t.text != "the")?;
    place_name(&window[at + 1 + after_the..]).map(|(name, _)| name)
}

/// The place a distance is told from, named after "of" or "from" within a few words of the
/// measure that ends before token `after`: "75 kilometres (50 miles) west of Manokwari", "east of
/// the country's capital, Jakarta", "from the main city of Manokwari".
pub(super) fn reference_place(toks: &[Token], after: usize) -> Option<CompactString> {
    let window = toks.get(after..)?;
    let window = &window[..window.len().min(16)];
    let of = window
        .iter()
        .take(8)
        .position(|t| matches!(t.text, "of" | "from"))?;
    let from = of
        + 1
        + window[of + 1..]
            .iter()
            .take(8)
            .take_while(|t| !matches!(t.text, "." | ";" | ")" | "and" | "but" | "which"))
            .position(|t| t.capitalised())?;
    place_name(&window[from..]).map(|(name, _)| name)
}

/// The place named by the capitalised words `toks` open with, and how many they are: none where
/// they open with none, or with a month or a weekday ("in March", "at Friday's rally").
fn place_name(toks: &[Token]) -> Option<(CompactString, usize)> {
    let n = toks.iter().take_while(|t| t.capitalised()).count();
    let names = &toks[..n];
    let first = names.first()?.text.to_ascii_lowercase();
    if time::month(&first).is_ok() || time::weekday(&first).is_ok() {
        return None;
    }
    let names: Vec<&str> = names.iter().map(|t| t.text).collect();
    Some((names.join(" ").into(), n))
}

/// The place a sentence opens with, set off by a comma, for a figure after it: "In Valencia,
/// police counted 12,000 people" ("In March," is a time, not a place).
pub(super) fn place_opening(toks: &[Token], k: usize) -> Option<CompactString> {
    let (first, rest) = toks.split_first()?;
    if !matches!(first.text, "In" | "At") {
        return None;
    }
    let from = usize::from(rest.first()?.text == "the");
    let (name, n) = place_name(&rest[from..])?;
    let comma = 1 + from + n;
    if n > 4 || toks.get(comma).is_none_or(|t| t.text != ",") || comma >= k {
        return None;
    }
    Some(name)
}
