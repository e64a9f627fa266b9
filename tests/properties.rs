//! Properties: the grammar never panics, whatever the text, and number words read back as the
//! numbers they spell.

use crosscheck::grammar::number;
use crosscheck::{Article, Rules};
use proptest::prelude::*;

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The English words for `n` (below a million), the way news writes them.
fn spell(n: u32, hyphen: bool, and: bool) -> String {
    let below_hundred = |n: u32| -> String {
        if n < 20 {
            UNITS[n as usize].to_string()
        } else if n.is_multiple_of(10) {
            TENS[(n / 10) as usize].to_string()
        } else {
            format!(
                "{}{}{}",
                TENS[(n / 10) as usize],
                if hyphen { "-" } else { " " },
                UNITS[(n % 10) as usize]
            )
        }
    };
    let below_thousand = |n: u32| -> String {
        match (n / 100, n % 100) {
            (0, r) => below_hundred(r),
            (h, 0) => format!("{} hundred", UNITS[h as usize]),
            (h, r) => format!(
                "{} hundred {}{}",
                UNITS[h as usize],
                if and { "and " } else { "" },
                below_hundred(r)
            ),
        }
    };
    match (n / 1000, n % 1000) {
        (0, r) => below_thousand(r),
        (t, 0) => format!("{} thousand", below_thousand(t)),
        (t, r) => format!("{} thousand {}", below_thousand(t), below_thousand(r)),
    }
}

fn article(text: &str) -> Article {
    Article::new("p", text)
}

proptest! {
    #[test]
    fn number_words_round_trip(n in 0u32..1_000_000, hyphen: bool, and: bool) {
        let words = spell(n, hyphen, and);
        let (rest, got) = number::words(&words).map_err(|e| TestCaseError::fail(format!("{words:?}: {e}")))?;
        prop_assert_eq!(rest, "");
        prop_assert_eq!(got.value, f64::from(n), "{}", words);
    }

    #[test]
    fn digits_round_trip(n in 0u64..1_000_000_000_000) {
        let plain = n.to_string();
        let grouped = plain.as_bytes().rchunks(3).rev().map(|c| std::str::from_utf8(c).unwrap()).collect::<Vec<_>>();
        for text in [plain.clone(), grouped.join(","), grouped.join(" ")] {
            let (rest, got) = number::digits(&text).map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
            prop_assert_eq!(rest, "");
            prop_assert_eq!(got.value, n as f64, "{}", text);
        }
    }

    #[test]
    fn the_grammar_never_panics_and_spans_hold(text in "\\PC{0,300}") {
        let docs = crosscheck::extract(&[article(&text)], &Rules::defaults());
        for c in &docs[0].claims {
            prop_assert!(c.start <= c.end && c.end <= text.len());
            prop_assert_eq!(&text.as_bytes()[c.start..c.end], c.text.as_bytes());
        }
    }

    #[test]
    fn news_like_text_never_panics(parts in proptest::collection::vec(prop_oneof![
        Just("about"), Just("more than"), Just("1,500"), Just("1 500"), Just("$"), Just("€"), Just("-"), Just("+"),
        Just("twenty-eight"), Just("million"), Just("km"), Just("%"), Just("per cent"), Just("\""), Just(","),
        Just("."), Just("killed"), Just("said"), Just("since Wednesday"), Just("between"), Just("and"), Just("to"),
        Just("dozens of"), Just("soldiers"), Just("\u{201C}"), Just("\u{00A0}"), Just("\n\n"), Just("0"), Just("9.99"),
        Just("according to"), Just("he"), Just("Mara"), Just("of whom"), Just("aged"), Just("1e308"),
    ], 0..40)) {
        let text = parts.join(" ");
        let rules = Rules::defaults();
        let docs = crosscheck::extract(&[article(&text)], &rules);
        let groups = crosscheck::align::group(&rules, &docs);
        let _ = crosscheck::judge::judge(&rules, &docs, groups, &crosscheck::align::find_copies(&docs));
    }
}
