//! Normalising an article's bytes for matching while keeping the way back to the original bytes.
//!
//! Curly quotes become straight ones, dashes a hyphen, the many spaces of typesetting a plain space,
//! and invisible characters go; bytes that are not UTF-8 become U+FFFD. `OffsetMap` turns a byte
//! offset in the normalised text back into a byte offset in the original.

/// Checkpoints where the normalised text drifts from the original: from `norm` onward, a byte at
/// normalised offset `p` stands at `orig + (p - norm)` in the original.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    points: Vec<(usize, usize)>,
}

impl OffsetMap {
    fn push(&mut self, norm: usize, orig: usize) {
        self.points.push((norm, orig));
    }

    /// The original byte offset of a normalised one.
    pub fn to_orig(&self, p: usize) -> usize {
        // (an article with no character replaced has one checkpoint, at 0: no search, which cost
        // 0.18 M instructions per MB of the synthetic corpus at the claims' offsets)
        let (n, o) = match self.points[..] {
            [only] => only,
            _ => self.points[checkpoint(&self.points, p)],
        };
        o + (p - n)
    }

    /// A reader of this map for offsets asked in about their order (the ends of a statement's
    /// spans, which lie close together).
    pub fn cursor(&self) -> Cursor<'_> {
        let mut cursor = Cursor {
            points: &self.points,
            from: 1,
            to: 0,
            shift: 0,
        };
        // (at the first stretch already: in an article with no character replaced, the only one,
        // which the search found for each statement)
        if !self.points.is_empty() {
            cursor.enter(0);
        }
        cursor
    }
}

/// `OffsetMap::to_orig` for offsets near one another. It keeps the stretch of the normalised text
/// under the checkpoint of the last offset asked: most offsets of a statement lie in the same
/// stretch as the one before, and need no search.
pub struct Cursor<'a> {
    points: &'a [(usize, usize)],
    /// The stretch `from..to` of normalised offsets under one checkpoint (none in an empty map), and
    /// what to add to an offset in it for the original one (`orig - from` of its checkpoint, in
    /// wrapping arithmetic: a stretch after an ellipsis lies further on in the normalised text).
    from: usize,
    to: usize,
    shift: usize,
}

impl Cursor<'_> {
    /// The original byte offset of a normalised one, as `OffsetMap::to_orig` gives it.
    #[inline]
    pub fn to_orig(&mut self, p: usize) -> usize {
        if !(self.from..self.to).contains(&p) {
            self.seek(p);
        }
        p.wrapping_add(self.shift)
    }

    /// Finds the stretch that holds `p`.
    fn seek(&mut self, p: usize) {
        self.enter(checkpoint(self.points, p));
    }

    /// Keeps the stretch of checkpoint `i`: from it up to the next one.
    fn enter(&mut self, i: usize) {
        let (from, orig) = self.points[i];
        (self.from, self.shift) = (from, orig.wrapping_sub(from));
        self.to = self.points.get(i + 1).map_or(usize::MAX, |&(n, _)| n);
    }
}

/// The index of the checkpoint that maps normalised offset `p`: the last at or before it (the
/// first checkpoint is at 0; of several at the same offset, the last one counts).
fn checkpoint(points: &[(usize, usize)], p: usize) -> usize {
    points.partition_point(|&(n, _)| n <= p).saturating_sub(1)
}

/// Normalised text and its map back to the original bytes.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub text: String,
    pub map: OffsetMap,
    /// Byte offsets (original) where the input was not valid UTF-8.
    pub invalid_at: Vec<usize>,
    /// Is the text the input's bytes as they were (no character replaced, no byte invalid)? Then
    /// a span's original bytes are its normalised ones, with no need to compare them.
    pub verbatim: bool,
}

/// What a character becomes in the normalised text, if anything changes.
fn replacement(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => "\"",
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}'
        | '\u{0060}' => "'",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => "-",
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}'
        | '\t'
        | '\r'
        | '\u{000B}'
        | '\u{000C}' => " ",
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{00AD}' | '\u{FEFF}' => "",
        '\u{2026}' => "...",
        '\u{2028}' | '\u{2029}' => "\n",
        '\u{0085}' => "\n",
        '\u{2044}' | '\u{2215}' => "/",
        '\u{00BA}' => "\u{00B0}",
        _ => return None,
    })
}

/// Normalises `bytes`, which start at byte `base` of the original file.
pub fn normalize(bytes: &[u8], base: usize) -> Normalized {
    let mut out = Normalized::default();
    normalize_into(bytes, base, &mut out);
    out
}

/// As `normalize`, into `out`, whose lists are emptied and keep their room.
pub fn normalize_into(bytes: &[u8], base: usize, out: &mut Normalized) {
    out.text.clear();
    out.text.reserve(bytes.len());
    out.map.points.clear();
    out.invalid_at.clear();
    out.verbatim = true;
    out.map.push(0, base);
    let mut orig = base;
    // valid UTF-8 (nearly every article) is read in one piece, without decoding it chunk by chunk
    if let Ok(valid) = std::str::from_utf8(bytes) {
        push_valid(out, valid, &mut orig);
        return;
    }
    for chunk in bytes.utf8_chunks() {
        push_valid(out, chunk.valid(), &mut orig);
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            out.invalid_at.push(orig);
            out.verbatim = false;
            out.text.push('\u{FFFD}');
            orig += invalid.len();
            out.map.push(out.text.len(), orig);
        }
    }
}

/// Does normalising look at this byte: the first byte of a non-ASCII character, or an ASCII one
/// that may be replaced (an apostrophe or backquote, which may be doubled, and the odd spaces)?
/// The control characters below the odd spaces are looked at too (and left as they are), so that
/// the bytes from 0x80 and those below 0x0E are one test: below 0x0E as a signed byte. Spelt with
/// `&` and `|`, not `&&` and `||`, whose branches keep the compiler from testing a block of bytes
/// in vector registers.
#[inline(always)]
const fn is_special(b: u8) -> bool {
    ((b as i8) < 0x0E) & (b != b'\n') | (b == b'\'') | (b == b'`')
}

/// Does any of these bytes need a look? Every byte is tested, with no early exit and no table, so
/// that the compiler tests the block in vector registers: on 1 MB of articles 1.3 M instructions
/// fewer than eight bytes at a time in a `u64`.
#[inline(always)]
fn any_special(block: &[u8; BLOCK]) -> bool {
    block.iter().fold(false, |found, &b| found | is_special(b))
}

/// The offset in `block` of its first byte that `is_special`. The bytes' answers are made in
/// vector registers as bytes of all ones or all zeros, and read eight at a time: the first word
/// that is not zero holds it in its lowest byte set: some 25 instructions a block, where a byte at
/// a time took about ten a byte. On 1 MB of news (5,300 bytes to look at, 370 articles' last
/// bytes) 0.44 M instructions fewer; 0.09 M on the synthetic corpus.
#[inline(always)]
fn first_special(block: &[u8; BLOCK]) -> Option<usize> {
    let flags = block.map(|b| 0u8.wrapping_sub(u8::from(is_special(b))));
    let (words, _) = flags.as_chunks::<8>();
    words.iter().enumerate().find_map(|(k, w)| {
        let w = u64::from_le_bytes(*w);
        (w != 0).then(|| 8 * k + w.trailing_zeros() as usize / 8)
    })
}

/// How many bytes `next_special` tests at once.
const BLOCK: usize = 32;

/// The offset of the first byte at or after `from` that `is_special`, or the length: a block of
/// plain bytes at a time, then the place in the block that holds something to look at (or in the
/// last bytes, too few for a block, copied into one of spaces). The blocks are read as the slice's
/// chunks, whose loop has no bounds of its own to test.
fn next_special(bytes: &[u8], from: usize) -> usize {
    let (blocks, rest) = bytes[from..].as_chunks::<BLOCK>();
    let plain = blocks.iter().position(any_special).unwrap_or(blocks.len());
    let found = match blocks.get(plain) {
        Some(block) => first_special(block),
        None => {
            let mut last = [b' '; BLOCK];
            last[..rest.len()].copy_from_slice(rest);
            first_special(&last)
        }
    };
    found.map_or(bytes.len(), |k| from + BLOCK * plain + k)
}

/// Appends a valid piece of the input (at original offset `orig`) to `out`, replaced and mapped.
fn push_valid(out: &mut Normalized, valid: &str, orig: &mut usize) {
    let bytes = valid.as_bytes();
    let mut copied = 0;
    let mut next = 0;
    // most bytes are ASCII that stays as it is: jump over them without decoding a character
    while next < bytes.len() {
        let i = next_special(bytes, next);
        if i == bytes.len() {
            break;
        }
        // an apostrophe alone (most of the bytes looked at in English) stays as it is: passed over
        // without decoding it or looking it up (0.08 M instructions per MB of news)
        if bytes[i] == b'\'' && bytes.get(i + 1) != Some(&b'\'') {
            next = i + 1;
            continue;
        }
        let c = valid[i..].chars().next().unwrap_or('\u{FFFD}');
        next = i + c.len_utf8();
        if i < copied {
            continue; // the second half of a pair replaced below
        }
        // two apostrophes are a quotation mark (`''It is over,'' he said`)
        let pair = (c == '\'' || c == '`') && valid[i + 1..].starts_with(c);
        let (r, width) = match replacement(c) {
            _ if pair => ("\"", 2),
            Some(r) => (r, c.len_utf8()),
            None => continue,
        };
        out.verbatim = false;
        out.text.push_str(&valid[copied..i]);
        // a character replaced by several ("…" → "..."): every byte of the replacement maps
        // to the start of the original character, so no offset lands inside it
        if r.len() > 1 {
            for k in 0..r.len() {
                out.map.push(out.text.len() + k, *orig + i);
            }
        }
        out.text.push_str(r);
        copied = i + width;
        if r.len() != width || r.len() > 1 {
            out.map.push(out.text.len(), *orig + copied);
        }
    }
    out.text.push_str(&valid[copied..]);
    *orig += valid.len();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_quotes_map_back_to_their_bytes() {
        let src = "“1 500 troops” arrived";
        let n = normalize(src.as_bytes(), 0);
        assert_eq!(n.text, "\"1 500 troops\" arrived");
        let p = n.text.find("troops").unwrap();
        assert_eq!(&src[n.map.to_orig(p)..n.map.to_orig(p + 6)], "troops");
        let end = n.text.find("arrived").unwrap();
        assert_eq!(&src[n.map.to_orig(end)..], "arrived");
    }

    #[test]
    fn no_offset_lands_inside_an_ellipsis() {
        let src = "\u{2026}0 ";
        let n = normalize(src.as_bytes(), 0);
        assert_eq!(n.text, "...0 ");
        assert_eq!(n.map.to_orig(2), 0);
        assert_eq!(n.map.to_orig(3), 3);
    }

    #[test]
    fn doubled_apostrophes_are_quotation_marks() {
        let src = "''It is over,'' he said.";
        let n = normalize(src.as_bytes(), 0);
        assert_eq!(n.text, "\"It is over,\" he said.");
        let p = n.text.find("he").unwrap();
        assert_eq!(&src[n.map.to_orig(p)..n.map.to_orig(p + 2)], "he");
    }

    #[test]
    fn the_block_scan_finds_every_special_byte() {
        // every byte value at every position of two blocks and the bytes after them, the bytes to
        // look at spelt out here as the table of them once was
        const N: usize = 2 * BLOCK + 7;
        let special = |b: u8| b >= 0x80 || b < 0x0E && b != b'\n' || b == b'\'' || b == b'`';
        for b in 0..=255u8 {
            for at in 0..N {
                let mut bytes = vec![b'a'; N];
                bytes[at] = b;
                let want = bytes.iter().position(|&b| special(b)).unwrap_or(N);
                assert_eq!(next_special(&bytes, 0), want, "byte {b:#x} at {at}");
                assert_eq!(next_special(&bytes, at), want);
            }
        }
    }

    #[test]
    fn the_cursor_maps_as_the_search_does() {
        // checkpoints of every kind: several bytes for one, none for two, invalid bytes
        let src =
            "a\u{2026}b\u{200B}\u{200B}c \u{201C}d\u{201D}\u{2014}e\u{00A0}\u{FEFF}f".as_bytes();
        let mut bytes = src.to_vec();
        bytes.extend_from_slice(b"g\xff\xfeh ''i''");
        // and a text with nothing replaced, whose map has one checkpoint
        let plain = normalize(b"it's 3 km away", 7);
        for p in 0..=plain.text.len() {
            assert_eq!(plain.map.to_orig(p), 7 + p);
            assert_eq!(plain.map.cursor().to_orig(p), 7 + p);
        }
        let n = normalize(&bytes, 3);
        let all: Vec<usize> = (0..=n.text.len()).collect();
        // offsets forward, backward, and jumping both ways
        let mut orders = vec![all.clone(), all.iter().rev().copied().collect()];
        orders.push(all.iter().map(|&p| (p * 7) % all.len()).collect());
        orders.push(all.iter().flat_map(|&p| [p, all.len() - 1 - p]).collect());
        for order in orders {
            let mut cursor = n.map.cursor();
            for p in order {
                assert_eq!(cursor.to_orig(p), n.map.to_orig(p), "offset {p}");
            }
        }
    }

    /// A text is verbatim exactly when its bytes are the input's: in the fixtures' texts, and in
    /// samples with each kind of change.
    #[test]
    fn verbatim_is_a_text_of_the_input_bytes() {
        let texts = crate::fixture_texts();
        let samples: [&[u8]; 7] = [
            b"it's 3 km away",
            b"''It is over,'' he said.",
            "tab\there".as_bytes(),
            "\u{201C}quoted\u{201D}".as_bytes(),
            "\u{00BA}C".as_bytes(),
            b"bad \xff byte",
            b"",
        ];
        for bytes in texts.iter().map(String::as_bytes).chain(samples) {
            let mut n = normalize(bytes, 0);
            assert_eq!(n.verbatim, n.text.as_bytes() == bytes, "{bytes:?}");
            // (kept for the next article: a verbatim one after one that was not)
            normalize_into(b"plain", 0, &mut n);
            assert!(n.verbatim);
        }
    }

    #[test]
    fn invalid_bytes_are_replaced_and_offsets_hold() {
        let src = b"ab\xffcd 12";
        let n = normalize(src, 10);
        assert_eq!(n.text, "ab\u{FFFD}cd 12");
        assert_eq!(n.invalid_at, vec![12]);
        let p = n.text.find("12").unwrap();
        assert_eq!(n.map.to_orig(p), 10 + 6);
    }
}
