//! Byte searches with their vectors set up once. `memchr::memchr` and `memchr3` look up on every
//! call which search the machine can do and set that search up (its needles spread over a
//! vector), a third or so of the cost of a call over the short paragraphs and sentences of an
//! article: these keep the search made once and only run it.

#[cfg(target_arch = "x86_64")]
use memchr::arch::x86_64::avx2::memchr as avx2;
use std::sync::LazyLock;

/// The search for one byte, as `memchr::memchr` finds it.
pub struct One {
    #[cfg(target_arch = "x86_64")]
    avx2: Option<avx2::One>,
    needle: u8,
}

impl One {
    pub fn new(needle: u8) -> One {
        One {
            #[cfg(target_arch = "x86_64")]
            avx2: avx2::One::new(needle),
            needle,
        }
    }

    /// The offset of the first `needle` in `hay`.
    #[inline]
    pub fn find(&self, hay: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(one) = &self.avx2 {
            return one.find(hay);
        }
        memchr::memchr(self.needle, hay)
    }
}

/// The search for either of two bytes, as `memchr::memchr2` finds it.
pub struct Two {
    #[cfg(target_arch = "x86_64")]
    avx2: Option<avx2::Two>,
    needles: [u8; 2],
}

impl Two {
    pub fn new(needles: [u8; 2]) -> Two {
        let [a, b] = needles;
        Two {
            #[cfg(target_arch = "x86_64")]
            avx2: avx2::Two::new(a, b),
            needles,
        }
    }

    /// The offset of the first of the needles in `hay`.
    #[inline]
    pub fn find(&self, hay: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(two) = &self.avx2 {
            return two.find(hay);
        }
        let [a, b] = self.needles;
        memchr::memchr2(a, b, hay)
    }
}

/// The search for any of three bytes, as `memchr::memchr3` finds it.
pub struct Three {
    #[cfg(target_arch = "x86_64")]
    avx2: Option<avx2::Three>,
    needles: [u8; 3],
}

impl Three {
    pub fn new(needles: [u8; 3]) -> Three {
        let [a, b, c] = needles;
        Three {
            #[cfg(target_arch = "x86_64")]
            avx2: avx2::Three::new(a, b, c),
            needles,
        }
    }

    /// The offset of the first of the needles in `hay`.
    #[inline]
    pub fn find(&self, hay: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(three) = &self.avx2 {
            return three.find(hay);
        }
        let [a, b, c] = self.needles;
        memchr::memchr3(a, b, c, hay)
    }
}

/// The end of a line.
pub static NEWLINE: LazyLock<One> = LazyLock::new(|| One::new(b'\n'));
/// A space.
pub static SPACE: LazyLock<One> = LazyLock::new(|| One::new(b' '));
/// A quotation mark (straight: the normalised text has no other).
pub static QUOTE: LazyLock<One> = LazyLock::new(|| One::new(b'"'));
/// The end of a JSON string or an escape in it (a record's line: measured, 0.4 M instructions
/// per MB of records less than `memchr2`).
pub static QUOTE_OR_BACKSLASH: LazyLock<Two> = LazyLock::new(|| Two::new([b'"', b'\\']));
/// What may end a sentence.
pub static STOPS: LazyLock<Three> = LazyLock::new(|| Three::new([b'.', b'!', b'?']));
/// The end of a line, or what but an exclamation mark may end a sentence.
pub static LINE_OR_STOP: LazyLock<Three> = LazyLock::new(|| Three::new([b'\n', b'.', b'?']));
/// An exclamation mark.
pub static BANG: LazyLock<One> = LazyLock::new(|| One::new(b'!'));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_searches_find_what_memchr_finds() {
        // every length up to past two vectors, the needle at every place or nowhere
        for len in 0..80 {
            for at in 0..=len {
                let mut hay = vec![b'a'; len];
                if let Some(b) = hay.get_mut(at) {
                    *b = b'.';
                }
                hay.extend_from_slice(b"x. y!\n");
                assert_eq!(STOPS.find(&hay), memchr::memchr3(b'.', b'!', b'?', &hay));
                assert_eq!(One::new(b'.').find(&hay), memchr::memchr(b'.', &hay));
                assert_eq!(
                    NEWLINE.find(&hay[..len]),
                    memchr::memchr(b'\n', &hay[..len])
                );
            }
        }
        // either of two bytes at every place, the other after it or nowhere
        for len in 0..100 {
            let plain: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
            assert_eq!(QUOTE_OR_BACKSLASH.find(&plain), None);
            for at in 0..len {
                for (c, other) in [(b'"', b'\\'), (b'\\', b'"')] {
                    let mut hay = plain.clone();
                    hay[at] = c;
                    if let Some(x) = hay.get_mut(at + 5) {
                        *x = other;
                    }
                    assert_eq!(QUOTE_OR_BACKSLASH.find(&hay), Some(at));
                }
            }
        }
        // every hit in the fixtures, each search going on from the one before
        type Search = fn(&[u8]) -> Option<usize>;
        let searches: [(Search, Search); 5] = [
            (|h| QUOTE.find(h), |h| memchr::memchr(b'"', h)),
            (|h| SPACE.find(h), |h| memchr::memchr(b' ', h)),
            (|h| NEWLINE.find(h), |h| memchr::memchr(b'\n', h)),
            (|h| STOPS.find(h), |h| memchr::memchr3(b'.', b'!', b'?', h)),
            (
                |h| QUOTE_OR_BACKSLASH.find(h),
                |h| memchr::memchr2(b'"', b'\\', h),
            ),
        ];
        for text in crate::fixture_texts() {
            let b = text.as_bytes();
            for (ours, theirs) in searches {
                let mut from = 0;
                while let Some(i) = theirs(&b[from..]) {
                    assert_eq!(ours(&b[from..]), Some(i));
                    from += i + 1;
                }
                assert_eq!(ours(&b[from..]), None);
            }
        }
    }
}
