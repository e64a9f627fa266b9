//! Negated comparisons: "did not fall below 27C" says the figure is at least 27C, "not more than
//! 40%" at most 40%, "never exceeded 2%" at most 2%; none of them is a change.

use super::words::{Token, with_lower};
use crate::rules::{HedgeBound, Rules};
use crate::text::WordList;

/// The bound that a negation before the figure at token `k` gives it, where one stands there: the
/// figure's own comparison turned over ("not more than 40%": upper; "did not fall below 27C":
/// lower), or a verb of passing negated ("did not exceed 2%", "never topped 30": upper).
pub(super) fn negated_bound(rules: &Rules, toks: &[Token], k: usize) -> Option<HedgeBound> {
    // (the negation first, one or two words back: most figures have none, told by a byte)
    let before = |i: usize| k.checked_sub(i).map(|j| &toks[j]);
    let verb = if before(1).is_some_and(is_negation) {
        None
    } else if before(2).is_some_and(is_negation) {
        Some(before(1).filter(|t| t.word && with_lower(t.text, |w| is_verb_of_motion(rules, w)))?)
    } else {
        return None;
    };
    let turned = with_lower(toks.get(k)?.text, |w| match w {
        "below" | "under" | "less" | "fewer" => Some(HedgeBound::Lower),
        "above" | "over" | "more" => Some(HedgeBound::Upper),
        _ => None,
    });
    match turned {
        Some(bound) => Some(bound),
        None => verb
            .filter(|t| with_lower(t.text, |w| PASSING.contains(w)))
            .map(|_| HedgeBound::Upper),
    }
}

/// "not", "never", "didn't", "hasn't" (a word that ends in "n't"). (Told by its bytes, without a
/// word in lower case made: it is asked one or two words before every figure.)
pub(super) fn is_negation(t: &Token) -> bool {
    let b = t.text.as_bytes();
    let folded = |i: usize, c: u8| b[i] | 0x20 == c;
    t.word
        && match b.len() {
            3 => t.text.eq_ignore_ascii_case("not"),
            5 => t.text.eq_ignore_ascii_case("never"),
            n => n > 3 && b[n - 2] == b'\'' && folded(n - 3, b'n') && folded(n - 1, b't'),
        }
}

/// Verbs that pass a mark ("did not exceed 2%"): negated, they bound the figure from above.
static PASSING: WordList = WordList::new(&[
    "exceed",
    "exceeds",
    "exceeded",
    "top",
    "tops",
    "topped",
    "surpass",
    "surpasses",
    "surpassed",
    "pass",
    "passes",
    "passed",
    "reach",
    "reaches",
    "reached",
    "hit",
    "hits",
]);

/// A verb that stands between a negation and the comparison it negates: a change word of the
/// rules ("did not fall below", "never rose above", "has not dipped under"), a verb of being or
/// staying ("was not over", "did not stay above"), or one of `PASSING`.
fn is_verb_of_motion(rules: &Rules, w: &str) -> bool {
    static STATE: WordList = WordList::new(&[
        "go", "goes", "went", "gone", "get", "got", "be", "been", "was", "were", "is", "are",
        "stay", "stays", "stayed", "remain", "remains", "remained",
    ]);
    STATE.contains(w) || PASSING.contains(w) || super::change::is_change_word(rules, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bound_at(s: &str, word: &str) -> Option<HedgeBound> {
        let rules = Rules::defaults();
        let toks = super::super::words::tokens(s, 0..s.len(), &rules.word_marks);
        let k = toks.iter().position(|t| t.text == word).unwrap();
        negated_bound(&rules, &toks, k)
    }

    #[test]
    fn a_negated_comparison_bounds_the_other_way() {
        assert_eq!(
            bound_at("Temperatures did not fall below 27C.", "below"),
            Some(HedgeBound::Lower)
        );
        assert_eq!(
            bound_at("Turnout was not more than 40%.", "more"),
            Some(HedgeBound::Upper)
        );
        assert_eq!(
            bound_at("Inflation did not exceed 2% last year.", "2"),
            Some(HedgeBound::Upper)
        );
        assert_eq!(
            bound_at("The river never rose above 5 metres.", "above"),
            Some(HedgeBound::Upper)
        );
        assert_eq!(
            bound_at("Prices haven't dipped under $3 since May.", "under"),
            Some(HedgeBound::Lower)
        );
    }

    #[test]
    fn no_negation_or_no_comparison_is_no_bound() {
        assert_eq!(bound_at("Temperatures fell below 27C.", "below"), None);
        assert_eq!(bound_at("He did not say 40 people died.", "40"), None);
        assert_eq!(bound_at("It was not only over 40 people.", "over"), None);
        assert_eq!(bound_at("They did not fall 5%.", "5"), None);
    }
}
