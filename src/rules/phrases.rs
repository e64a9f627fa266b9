//! `Phrases`: a small table of words and phrases from the rules, matched case-insensitively and
//! longest first at the start of a piece of text, ending on a word boundary.

/// A table of phrases, each with a value, bucketed by their first two bytes (lower-cased), longest
/// first within a bucket; one-byte phrases (`$`, `%`) by their byte alone. A lookup reads one bucket,
/// found by indexing a table of all two-byte openings (no hashing).
#[derive(Debug, Clone)]
pub struct Phrases<T> {
    /// For each two-byte opening, 1 + the index of its bucket, or 0.
    index: Box<[u16]>,
    buckets: Vec<Vec<Entry<T>>>,
    singles: Vec<Option<T>>,
    starts: [bool; 256],
}

type Entry<T> = (Box<[u8]>, T);

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            index: vec![0; 1 << 16].into_boxed_slice(),
            buckets: Vec::new(),
            singles: (0..256).map(|_| None).collect(),
            starts: [false; 256],
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
        match *key {
            [] => {}
            [b] => {
                self.starts[b as usize] = true;
                self.singles[b as usize].get_or_insert(value);
            }
            [a, b, ..] => {
                self.starts[a as usize] = true;
                let slot = usize::from(a) << 8 | usize::from(b);
                if self.index[slot] == 0 {
                    self.buckets.push(Vec::new());
                    self.index[slot] = u16::try_from(self.buckets.len()).unwrap_or(u16::MAX);
                }
                let Some(bucket) = self.buckets.get_mut(usize::from(self.index[slot]) - 1) else {
                    return;
                };
                if bucket.iter().any(|(k, _)| *k == key) {
                    return;
                }
                bucket.push((key, value));
                bucket.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
            }
        }
    }

    /// The longest phrase at the start of `text`, with the number of bytes it covers.
    pub fn longest(&self, text: &str) -> Option<(usize, &T)> {
        let bytes = text.as_bytes();
        let first = bytes.first()?.to_ascii_lowercase();
        if !self.starts[first as usize] {
            return None;
        }
        let ends_well = |n: usize, last: u8| {
            // a phrase ending in a letter may not run on into another letter ("moreover"), but a
            // symbol may run into a digit ("$US55", "Rs500"); a phrase ending in a digit, into neither
            let next = bytes.get(n).copied().unwrap_or(b' ');
            !((last.is_ascii_alphabetic() || last >= 0x80)
                && (next.is_ascii_alphabetic() || next >= 0x80)
                || last.is_ascii_digit() && next.is_ascii_alphanumeric())
        };
        if let Some(&second) = bytes.get(1)
            && let slot = usize::from(first) << 8 | usize::from(second.to_ascii_lowercase())
            && let Some(bucket) = usize::from(self.index[slot])
                .checked_sub(1)
                .and_then(|i| self.buckets.get(i))
        {
            for (key, value) in bucket {
                let n = key.len();
                if bytes.len() >= n
                    && bytes[..n].eq_ignore_ascii_case(key)
                    && ends_well(n, key[n - 1])
                {
                    return Some((n, value));
                }
            }
        }
        self.singles[first as usize]
            .as_ref()
            .filter(|_| ends_well(1, first))
            .map(|v| (1, v))
    }

    /// Does any phrase start with this byte? A cheap test before `longest`.
    pub fn may_start(&self, b: u8) -> bool {
        self.starts[b.to_ascii_lowercase() as usize]
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
