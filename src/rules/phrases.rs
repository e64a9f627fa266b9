//! `Phrases`: a small table of words and phrases from the rules, matched case-insensitively and
//! longest first at the start of a piece of text, ending on a word boundary.

/// A table of phrases, each with a value, bucketed by its first byte (lower-cased).
#[derive(Debug, Clone)]
pub struct Phrases<T> {
    buckets: Vec<Vec<(Box<[u8]>, T)>>,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            buckets: (0..256).map(|_| Vec::new()).collect(),
        }
    }
}

/// Is `b` part of a word (so that a phrase may not end just before it)?
pub fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

impl<T> Phrases<T> {
    /// Adds a phrase; a phrase already present keeps its first value.
    pub fn insert(&mut self, phrase: &str, value: T) {
        let key: Box<[u8]> = phrase
            .trim()
            .to_ascii_lowercase()
            .into_bytes()
            .into_boxed_slice();
        let Some(&first) = key.first() else { return };
        let bucket = &mut self.buckets[first as usize];
        if bucket.iter().any(|(k, _)| *k == key) {
            return;
        }
        bucket.push((key, value));
        bucket.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    }

    /// The longest phrase at the start of `text`, with the number of bytes it covers.
    pub fn longest(&self, text: &str) -> Option<(usize, &T)> {
        let bytes = text.as_bytes();
        let first = bytes.first()?.to_ascii_lowercase();
        for (key, value) in &self.buckets[first as usize] {
            let n = key.len();
            if bytes.len() < n || !bytes[..n].eq_ignore_ascii_case(key) {
                continue;
            }
            // a phrase ending in a letter may not run on into another letter ("moreover"), but a
            // symbol may run into a digit ("$US55", "Rs500"); a phrase ending in a digit, into neither
            let last = key.last().copied().unwrap_or(b' ');
            let next = bytes.get(n).copied().unwrap_or(b' ');
            let runs_on = (last.is_ascii_alphabetic() || last >= 0x80)
                && (next.is_ascii_alphabetic() || next >= 0x80)
                || last.is_ascii_digit() && next.is_ascii_alphanumeric();
            if runs_on {
                continue;
            }
            return Some((n, value));
        }
        None
    }

    /// Does any phrase start with this byte? A cheap test before `longest`.
    pub fn may_start(&self, b: u8) -> bool {
        !self.buckets[b.to_ascii_lowercase() as usize].is_empty()
    }

    /// Every phrase with its value.
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], &T)> {
        self.buckets.iter().flatten().map(|(k, v)| (&**k, v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_wins_and_respects_word_ends() {
        let mut p = Phrases::default();
        p.insert("more", 1);
        p.insert("more than", 2);
        p.insert("%", 3);
        assert_eq!(p.longest("More than 30"), Some((9, &2)));
        assert_eq!(p.longest("moreover"), None);
        assert_eq!(p.longest("%s"), Some((1, &3)));
        p.insert("$us", 4);
        assert_eq!(p.longest("$US55"), Some((3, &4)));
    }
}
