//! Changes: the verb or noun that makes a figure a rise or a fall ("rose 5%", "a 38% fall in"),
//! and the change a bare "by" repeats ("Ross was down 2.3%, Burlington by 2.6%").

use super::words::Token;
use super::words::{word_before_is, word_is};
use super::{Figure, words};
use crate::claim::Kind;
use crate::rules::Rules;

/// A change named by the noun right after a figure that "a" or "an" opens ("a 38% fall in
/// profit", "a 4.6% rise"): the token `next` after the figure at token `k` is a whole change word.
/// (Not past a word between: NewsQuant's annotators read "a 5% pay rise" as a level.)
pub(super) fn change_noun_after(
    rules: &Rules,
    toks: &[Token],
    k: usize,
    next: usize,
) -> Option<crate::claim::Change> {
    let opened = k > 0 && (word_is(toks, k - 1, "a") || word_is(toks, k - 1, "an"));
    // (a word in -ing describes the noun after it: "a three-game losing streak")
    let t = toks
        .get(next)
        .filter(|t| opened && t.word && !t.digit && !t.text.ends_with("ing"))?;
    let (n, change) = rules.changes.longest(t.text)?;
    (n == t.text.len() && !matches!(t.text, "up" | "down" | "higher" | "lower")).then_some(*change)
}

/// A change word right before the figure ("rose 5%", "fell by 2,000", "up nearly 57%").
pub(super) fn change_before(
    rules: &Rules,
    toks: &[Token],
    k: usize,
) -> Option<crate::claim::Change> {
    let mut j = k;
    // "by a further 1.1 million", "another 3%"
    if j >= 2
        && word_is(toks, j - 2, "a")
        && (word_is(toks, j - 1, "further") || word_is(toks, j - 1, "additional"))
    {
        j -= 2;
    } else if j >= 1 && (word_is(toks, j - 1, "another") || word_is(toks, j - 1, "further")) {
        j -= 1;
    }
    let by = j > 0 && toks[j - 1].text.eq_ignore_ascii_case("by");
    if by {
        j -= 1;
        // "raised interest rates by 25 basis points", "raised the price of a loaf by 40p": the verb
        // may stand a few words back
        if let Some(v) = (j.saturating_sub(6)..j).rev().find(|&v| {
            // the table is read without regard to case
            let w = toks[v].text;
            toks[v].word && is_change_word(rules, w)
        }) && toks[v + 1..j]
            .iter()
            .all(|t| t.word && !opens_clause(t.text))
        {
            j = v + 1;
        }
    }
    // "a fall of 8.9 percentage points", "an increase of 12%", "a sharp drop of 3%": a change
    // noun after "a" (and an adjective) and before "of"
    if !by && j >= 3 && word_is(toks, j - 1, "of") {
        let noun = &toks[j - 2];
        let article = |i: usize| word_is(toks, i, "a") || word_is(toks, i, "an");
        if noun.word
            && (article(j - 3) || j >= 4 && toks[j - 3].word && article(j - 4))
            && let Some((n, change)) = rules.changes.longest(noun.text)
            && n == noun.text.len()
            && !matches!(noun.text, "up" | "down")
        {
            return Some(*change);
        }
    }
    let prev = toks.get(j.checked_sub(1)?)?;
    let (n, change) = rules.changes.longest(prev.text)?;
    words::with_lower(prev.text, |lower| {
        // "gave up 517 yards", "shut down 12 plants", "freeing up 50 million pesos": a phrasal
        // verb, not a change
        let phrasal = j >= 2
            && matches!(lower, "up" | "down")
            && words::with_lower(toks[j - 2].text, |before| {
                matches!(
                    before,
                    "gave"
                        | "give"
                        | "gives"
                        | "giving"
                        | "given"
                        | "set"
                        | "sets"
                        | "picked"
                        | "pick"
                        | "shut"
                        | "shuts"
                        | "broke"
                        | "break"
                        | "took"
                        | "take"
                        | "turned"
                        | "turn"
                        | "signed"
                        | "sign"
                        | "made"
                        | "make"
                        | "put"
                        | "putting"
                        | "backed"
                        | "back"
                        | "brought"
                        | "bring"
                        | "called"
                        | "call"
                        | "freed"
                        | "freeing"
                        | "free"
                        | "frees"
                )
            });
        // "has raised 280 million": money raised, not a rise ("raised rates by 25 basis points" is
        // one)
        let raised = !by && matches!(lower, "raised" | "raise" | "raises" | "raising");
        // "the lower 95 percent", "a higher 40 percent rate": a comparative after a determiner
        // describes the figure, it is no change
        let described = matches!(lower, "lower" | "higher")
            && j >= 2
            && ["the", "a", "an", "its", "their", "his", "her"]
                .iter()
                .any(|d| toks[j - 2].text.eq_ignore_ascii_case(d));
        (n == lower.len() && !phrasal && !raised && !described).then_some(*change)
    })
}

/// Is this word, in any case, a whole change word ("rose", "fell"; not "up" of "upgrade")?
pub(super) fn is_change_word(rules: &Rules, word: &str) -> bool {
    rules
        .changes
        .longest(word)
        .is_some_and(|(n, _)| n == word.len())
}

/// A word that opens another clause or a passive between a change verb and its "by" ("rose after
/// the firm was hit by 30 lawsuits").
pub(super) fn opens_clause(word: &str) -> bool {
    words::with_lower(word, |w| {
        matches!(
            w,
            "after"
                | "as"
                | "when"
                | "while"
                | "because"
                | "was"
                | "were"
                | "is"
                | "are"
                | "been"
                | "being"
                | "that"
                | "which"
                | "who"
                | "and"
                | "but"
        )
    })
}

/// "Ross was down 2.3%, Burlington by 2.6%": a bare `by` before a figure repeats the change of the
/// last figure of its kind in the sentence; "closed down 38.6 points, or 0.5%" restates the change
/// just before it in other terms; "rose 4% in May and 6% in June" lists a second change.
pub(super) fn change_by_ellipsis(
    toks: &[Token],
    k: usize,
    kind: Kind,
    counts_a_thing: bool,
    earlier: &[Figure],
) -> Option<crate::claim::Change> {
    let before = |n: usize, w: &str| word_before_is(toks, k, n, w);
    // "Burlington by 2.6%", ", zinc by 0.7%", "and by 3% in April"; not ", offset by 6% growth"
    let verb = |w: &str| {
        words::with_lower(w, |l| {
            l.ends_with("ed") || matches!(l, "offset" | "hit" | "cut" | "led" | "set" | "driven")
        })
    };
    // (asked only after a "by", which most figures lack: read first, for each, with a `String`
    // for the verb, it cost 0.14 M instructions per MB more, measured)
    let listed = || {
        k >= 2
            && (matches!(toks[k - 2].text, "," | "and")
                || toks[k - 2].text.starts_with(|c: char| c.is_uppercase())
                || k >= 3 && toks[k - 3].text == "," && toks[k - 2].word && !verb(toks[k - 2].text))
    };
    if before(1, "by") && listed() {
        return earlier.iter().rev().find(|f| f.kind == kind)?.change;
    }
    if before(1, "or") && before(2, ",") {
        let last = earlier.last()?;
        return last.change.filter(|_| last.next_tok + 2 == k);
    }
    // "rose 4% in the first quarter and 6% in the second", "fell 3% in May, 2% in June": a
    // figure of the same kind listed right after a changed one, in the same few words, with no
    // verb or clause of its own between; not a share of something ("and 6% of staff were laid off")
    if !counts_a_thing && (before(1, "and") || before(1, ",")) {
        let last = earlier.last().filter(|f| f.kind == kind)?;
        let between = toks.get(last.next_tok..k - 1)?;
        let plain = between.len() <= 5
            && between.iter().all(|t| {
                t.text == ","
                    || t.word
                        && !words::with_lower(t.text, |l| {
                            l.ends_with("ed")
                                || matches!(l, "but" | "while" | "whereas" | "when" | "as")
                        })
            });
        return last.change.filter(|_| plain);
    }
    None
}
