//! Where a figure may start: what each token holds and what stands within a few tokens of it,
//! read once per sentence so that the parsers run only where a number or a word of time is near.

use super::words::Token;
use super::{time, words};
use crate::rules::{Rules, WordMarks};

/// How many tokens a figure or an anchor may run before its number or its word of time ("in the
/// last 24 hours", "no fewer than $5").
const REACH: usize = 6;

/// Marks each token with what it holds (`Token::holds`) and with what stands within `REACH` tokens
/// at or after it (a number, a date's word, a time's word): one pass from the end, which shifts
/// each token's byte (`Marks::BYTE`) into the window of the last `REACH + 1`.
pub(super) fn mark(toks: &[Token], marks: &mut Vec<Marks>) {
    // (every mark of the sentence's tokens is written below, the first `toks.len()` of the list,
    // which only grows to the longest sentence: emptied and filled with zeros first, as it was,
    // it cost a call of memset and the code around it for each sentence: measured, with the
    // coordinates read as bytes, 0.31 M instructions per MB synthetic, 0.28 M real)
    if marks.len() < toks.len() {
        marks.resize(toks.len(), Marks::default());
    }
    let mut window = 0u64;
    for (t, m) in toks.iter().zip(marks.iter_mut()).rev() {
        let own = t.holds & Marks::OWN;
        // (the byte of a token past the window stays in its top byte, which `has` does not read)
        window = window << 8 | u64::from(Marks::BYTE[usize::from(own)]);
        *m = Marks(window);
    }
}

/// Could a figure start at this token? A cheap test before the parsers run.
pub(super) fn may_start_figure(rules: &Rules, t: &Token, here: &str) -> bool {
    let b = t.text.as_bytes()[0];
    if b.is_ascii_digit() {
        return true;
    }
    // most words near a figure are words of letters that open none, known by their marks
    if t.holds & words::holds::LETTERS != 0 && !t.marks.has(WordMarks::FIGURE_START) {
        return false;
    }
    // a currency symbol, glued to the figure or not ("$5", "Y=590", "US $58", "RM23.50")
    if rules.currency_symbols.may_start(b) && rules.currency_symbols.longest(here).is_some() {
        return true;
    }
    if !t.word {
        // a sign, a decimal point or a tilde ("~25 minutes")
        return matches!(b, b'-' | b'+' | b'.' | b'~') && t.end == t.start + 1;
    }
    // a word: only one a figure can open with ("about", "dozens", "eight", "US$5"). Those are the
    // words marked FIGURE_START (the token's own marks when it has no hyphen) but the letters of
    // a currency symbol that are no such word: a mark and a small table, without hashing a string
    let head = &t.text[..(t.head as usize).min(t.text.len())];
    let marked = if head.len() == t.text.len() {
        t.marks.has(WordMarks::FIGURE_START)
    } else {
        rules
            .word_marks
            .get(head)
            .is_some_and(|m| m.has(WordMarks::FIGURE_START))
    };
    marked && !rules.symbol_letters_only.contains(head)
}

/// What a token holds (`Token::holds`, the bits below `NUMBER_NEAR`) and what stands near it, read
/// once before any parser runs, as bits: a byte of the token's own (`BYTE`) and one of each of the
/// `REACH` tokens after it. A near bit is in the byte of the token that gives it, so that it is
/// asked of all of them by one AND, where ORing the bytes together cost a token eight instructions
/// more.
#[derive(Clone, Copy, Default)]
pub(super) struct Marks(u64);

impl Marks {
    /// It opens with a digit.
    const DIGITS: u8 = words::holds::DIGITS;
    /// It holds a number: digits, or a number word (`eight`, `dozens`).
    pub(super) const NUMBER: u8 = words::holds::NUMBER;
    /// A month or weekday name.
    const CALENDAR: u8 = words::holds::CALENDAR;
    /// The apostrophe of `'90s`.
    const APOSTROPHE: u8 = words::holds::APOSTROPHE;
    /// A word of time (`week`, `yesterday`).
    const TIME: u8 = words::holds::TIME;
    /// A number within `REACH` tokens from here on.
    pub(super) const NUMBER_NEAR: u8 = 32;
    /// A month, a weekday or the apostrophe of `'90s` within `REACH` tokens from here on.
    const DATE_NEAR: u8 = 64;
    /// Digits or a word of date or time within `REACH` tokens from here on.
    pub(super) const TIME_NEAR: u8 = 128;
    /// What a date may turn on: a month or weekday name, or the apostrophe of `'90s`.
    pub(super) const DATE: u8 = Marks::CALENDAR | Marks::APOSTROPHE;
    /// What a time anchor may turn on: digits, or a word of date or time.
    pub(super) const TIME_OR_DATE: u8 = Marks::DIGITS | Marks::CALENDAR | Marks::TIME;
    /// What a date, a time or an ordinal may open with: digits or a date's word (`stamp`).
    pub(super) const STAMP: u8 = Marks::DIGITS | Marks::DATE;
    /// The bits a token holds of itself.
    const OWN: u8 = Marks::NUMBER_NEAR - 1;
    /// The bytes of the token and of the `REACH` tokens after it (a `REACH` over 7 would not
    /// compile).
    const WINDOW: u64 = u64::MAX >> (8 * (7 - REACH));
    /// The byte of a token that holds each `OWN`: what it holds, and the near bits it gives.
    const BYTE: [u8; Marks::OWN as usize + 1] = {
        let mut table = [0; Marks::OWN as usize + 1];
        let mut own = 0;
        while own < table.len() {
            table[own] = own as u8 | Marks::gives(own as u8);
            own += 1;
        }
        table
    };

    /// The near bits a token that holds `own` gives itself and the `REACH` tokens before it. A
    /// token that may open a date (`STAMP`) gives itself one, so that it is told from a token far
    /// from any figure by the same test (digits are a number; the tokenizer marks them both).
    const fn gives(own: u8) -> u8 {
        const fn bit(on: bool, bit: u8) -> u8 {
            if on { bit } else { 0 }
        }
        bit(
            own & (Marks::NUMBER | Marks::DIGITS) != 0,
            Marks::NUMBER_NEAR,
        ) | bit(own & Marks::DATE != 0, Marks::DATE_NEAR)
            | bit(own & Marks::TIME_OR_DATE != 0, Marks::TIME_NEAR)
    }

    /// Does the token have this mark, or any of several? A bit it holds is asked of its own byte,
    /// a near bit of every byte of the window.
    #[inline(always)]
    pub(super) fn has(self, bits: u8) -> bool {
        self.has_any(Marks::mask(bits))
    }

    /// The bits of the window that `has(bits)` asks for.
    pub(super) const fn mask(bits: u8) -> u64 {
        let own = (bits & Marks::OWN) as u64;
        let near = (bits & !Marks::OWN) as u64 * (Marks::WINDOW / 0xff);
        own | near
    }

    /// `has`, given its `mask`.
    #[inline(always)]
    pub(super) fn has_any(self, mask: u64) -> bool {
        self.0 & mask != 0
    }

    /// A token with these marks as the anchor test sees it (`time::Seen`): its word as the
    /// anchor's parsers read it (`time::letters`: "Monday" of "Monday's"), and what that holds.
    /// Made where it is asked, without a call: it is asked for some 20,000 tokens per MB.
    #[inline(always)]
    pub(super) fn seen<'a>(self, rules: &Rules, t: &Token<'a>) -> time::Seen<'a> {
        // most words are all letters (as the tokenizer saw): their marks were looked up when the
        // token was made
        let (lead, m) = if t.holds & words::holds::LETTERS != 0 {
            (t.text, t.marks)
        } else {
            let lead = time::letters(t.text);
            (
                lead,
                rules.word_marks.get(lead).copied().unwrap_or_default(),
            )
        };
        time::Seen {
            text: lead,
            digits: self.has(Marks::DIGITS),
            number: self.has(Marks::NUMBER) || m.has(WordMarks::NUMBER),
            calendar: self.has(Marks::CALENDAR) || m.has(WordMarks::CALENDAR),
            time: self.has(Marks::TIME) || m.has(WordMarks::TIME),
        }
    }

    /// Could a date, a time or an ordinal start here?
    pub(super) fn stamp(self) -> bool {
        self.has(Marks::STAMP)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marks a word of letters carries turn away only words that open no figure: every word
    /// `Rules::figure_starts` holds and every currency symbol written with letters, in any case,
    /// before a figure or glued to it, is still tried.
    #[test]
    fn marks_turn_away_no_word_that_opens_a_figure() {
        let rules = Rules::defaults();
        let mut words: Vec<String> = rules.figure_starts.iter().cloned().collect();
        for c in rules.file.currencies.values() {
            words.extend(c.symbols.iter().cloned());
        }
        words.extend(
            [
                "the", "soldiers", "said", "Kidal", "in", "at", "on", "rs", "usd",
            ]
            .map(String::from),
        );
        for w in &words {
            let mut chars = w.chars();
            let title: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .collect();
            for w in [w.clone(), w.to_uppercase(), title + chars.as_str()] {
                for text in [format!("{w} 5 soldiers"), format!("{w}5 soldiers")] {
                    let toks = words::tokens(&text, 0..text.len(), &rules.word_marks);
                    let t = &toks[0];
                    let head = t.text.split('-').next().unwrap_or(t.text);
                    let opens = rules.currency_symbols.longest(&text).is_some()
                        || t.word && rules.figure_starts.contains(&head.to_ascii_lowercase());
                    if opens {
                        assert!(may_start_figure(&rules, t, &text), "{text:?}");
                    }
                }
            }
        }
    }
}
