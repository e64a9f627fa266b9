//! What tells the full name a bare surname stands for from other names with that surname: a
//! relative named beside the person ("His father, Ike Parsons LaRue, …") is not the one meant, and
//! a headline in title case ("Nixon Aide Fred LaRue Dies at 75") runs other words into the name.

use crate::text::WordList;

/// Does the name that starts where `before` ends follow a relative in apposition: "his father,",
/// "the victim's sister,", "survived by his wife,"?
pub(super) fn follows_a_relative(before: &str) -> bool {
    static KIN: WordList = WordList::new(&[
        "father",
        "mother",
        "son",
        "daughter",
        "brother",
        "sister",
        "wife",
        "husband",
        "widow",
        "widower",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "cousin",
        "grandfather",
        "grandmother",
        "grandson",
        "granddaughter",
        "stepfather",
        "stepmother",
        "stepson",
        "stepdaughter",
        "father-in-law",
        "mother-in-law",
        "son-in-law",
        "daughter-in-law",
        "brother-in-law",
        "sister-in-law",
        "parents",
        "sons",
        "daughters",
        "brothers",
        "sisters",
    ]);
    let Some(head) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    let word = head
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    KIN.contains_any_case(word)
}

/// Is the line of `text` that starts at byte `start` and holds byte `at` a headline in title case:
/// short, with no full stop at its end, and every word but the short ones of a title ("of", "at",
/// "the") capitalised? (A start further back than a headline is long gives no headline.)
pub(super) fn in_title_case_line(text: &str, start: usize, at: usize) -> bool {
    /// The longest line read as a headline, in bytes.
    const LONGEST: usize = 160;
    if at - start > LONGEST {
        return false;
    }
    let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
    let Some(line) = text.get(start..end).map(str::trim) else {
        return false;
    };
    if line.len() > LONGEST || line.ends_with('.') {
        return false;
    }
    static SMALL: WordList = WordList::new(&[
        "a", "an", "the", "of", "at", "in", "on", "to", "for", "and", "or", "but", "by", "with",
        "as", "from", "into", "vs", "is",
    ]);
    let mut words = 0;
    for w in line.split_whitespace() {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        match w.chars().next() {
            Some(c) if c.is_lowercase() && !SMALL.contains(w) => return false,
            Some(_) => words += 1,
            None => {}
        }
    }
    words >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_beside_a_relative_is_the_relatives() {
        assert!(follows_a_relative("His father, "));
        assert!(follows_a_relative("She is survived by her husband,"));
        assert!(follows_a_relative("the victim's Sister, "));
        assert!(!follows_a_relative("His father "));
        assert!(!follows_a_relative("The senator, "));
        assert!(!follows_a_relative(""));
    }

    #[test]
    fn headlines_in_title_case() {
        let text = "Nixon Aide Fred LaRue Dies at 75\nPublished July 28, 2004\n\
                    Fred LaRue, a Nixon aide, has died.\nFred LaRue, Watergate figure, dies at 75";
        let title_case = |text: &str, at: usize| {
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            in_title_case_line(text, start, at)
        };
        let at = |w: &str, n: usize| text.match_indices(w).nth(n).map_or(0, |(i, _)| i);
        assert!(title_case(text, at("Fred", 0)));
        assert!(!title_case(text, at("Fred", 1)));
        assert!(!title_case(text, at("Fred", 2)));
        let long = format!("{} Fred LaRue Said", "Word ".repeat(40));
        assert!(!title_case(&long, long.find("Fred").unwrap()));
    }
}
