//! Compact JSON for the JSON-lines output, the same bytes as `serde_json::to_writer` (serde_json
//! 1.0.154) with less work a token. serde_json escapes every string byte by byte through a table,
//! field names included, and writes each fragment with its own call through `io::Write`. Here a
//! string is searched for bytes to escape eight at a time and, having none (nearly always), copied
//! whole; a field's name, a static identifier, is written as it is; and every token goes into one
//! buffer, whose bytes past those written are already there to be written over, so that a token is
//! one check that there is room and a few stores (a short string or number is copied by two
//! overlapping loads and stores instead of a call to `memcpy`). The caller hands the line to its
//! writer whole. A document (and what it holds) writes itself (`Json`), without serde's calls,
//! each field's name with its value where that is a short string, a number or `null`, and a
//! span's two offsets together, in one piece of room.
//!
//! What serde_json does and this writer does too: strings escape `"` `\` and the bytes below 0x20
//! (`\b` `\t` `\n` `\f` `\r` by name, the others as `\u00xx` in lower-case hex) and keep every
//! other byte, non-ASCII and U+2028 included; finite floats are formatted by `zmij` (serde_json's
//! formatter; a whole f64 below 1e15 is written as the digits and `.0` zmij gives it, without
//! zmij), NaN and the infinities are `null`; integers by `itoa` (those below 10^8 of a document's
//! fields, offsets and whole figures, by `digits`, which writes the same digits); `None` and `()`
//! are `null`; a struct or map with no fields is `{}`, an empty sequence `[]`; an enum's variant
//! with data is `{"variant":data}`; bytes are an array of numbers; map keys must be strings, or
//! numbers, bools and chars (written in quotes).

use std::fmt;

use serde::ser::{self, Impossible, Serialize};

use crate::Document;
use crate::claim::{Attribution, Bound, Change, Claim, CompactString, Kind, Source, Span, Spanned};
use crate::text::swar::{ONES, any_below, any_equal, bytes_below, bytes_equal};

/// Why a value could not be written (its `Serialize` failed, or a map key was not a string).
/// A boxed `str`, so that a `Result` of it is two words, returned in registers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(Box<str>);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string().into())
    }
}

fn key_must_be_a_string() -> Error {
    Error("key must be a string".into())
}

fn float_key_must_be_finite() -> Error {
    Error("float key must be finite (got NaN or +/-inf)".into())
}

/// `v` as compact JSON.
pub fn to_vec<T: ?Sized + Serialize>(v: &T) -> Result<Vec<u8>, Error> {
    let mut w = Writer {
        buf: Vec::new(),
        pos: 0,
    };
    v.serialize(&mut w)?;
    w.buf.truncate(w.pos);
    Ok(w.buf)
}

/// `v` as a line of compact JSON (a newline after it) at the start of `buf`: the line. `buf` is
/// grown as the line needs and keeps its length, its bytes past the line there to be written over
/// by the next; a buffer kept from line to line is neither grown nor zeroed again.
pub fn write_line<'b, T: ?Sized + Serialize>(
    buf: &'b mut Vec<u8>,
    v: &T,
) -> Result<&'b [u8], Error> {
    let (r, end) = line_with(buf, |w| v.serialize(w));
    r.map(|()| &buf[..end])
}

/// `v` as a line of compact JSON, as `write_line` writes it, by `v`'s own `Json` writer.
pub fn write_json_line<'b, T: ?Sized + Json>(buf: &'b mut Vec<u8>, v: &T) -> &'b [u8] {
    let ((), end) = line_with(buf, |w| v.write(w));
    &buf[..end]
}

/// What `f` writes, and a newline, at the start of `buf` (as `write_line` says): what `f` returned,
/// and the line's length.
fn line_with<R>(buf: &mut Vec<u8>, f: impl FnOnce(&mut Writer) -> R) -> (R, usize) {
    let mut w = Writer {
        buf: std::mem::take(buf),
        pos: 0,
    };
    let r = f(&mut w);
    w.put_byte(b'\n');
    *buf = w.buf;
    (r, w.pos)
}

/// The serializer: the bytes written are `buf[..pos]`; the rest of `buf` is room to write in.
#[derive(Default)]
pub struct Writer {
    buf: Vec<u8>,
    pos: usize,
}

impl Writer {
    /// `f` on this writer moved into a variable of its own, and moved back after. In a local whose
    /// address no call is handed, a writer's position and buffer stay in registers; through
    /// `&mut self` they are loaded again after every store into the buffer (which, for all the
    /// compiler knows, might have changed them). An object's fields are written in such a local
    /// (`object!`), and a call kept out of line (growing, a long or escaped string, a float, a unit
    /// variant through serde) is handed one made here, so that the object's keeps its address to
    /// itself. On 1 MB of articles, 0.3 M instructions fewer.
    #[inline(always)]
    fn moved(&mut self, f: impl FnOnce(&mut Writer)) {
        let mut w = std::mem::take(self);
        f(&mut w);
        *self = w;
    }

    /// The next `n` bytes to write into, the buffer grown where it has not that many left. The
    /// test for room is the one slicing makes (the end, reached without overflow, within the
    /// buffer), so that where there is room the slice needs no test of its own; one made apart
    /// from it (`len - pos < n`) was followed by slicing's two: on 1 MB of articles, 0.5 M
    /// instructions more.
    #[inline(always)]
    fn room(&mut self, n: usize) -> &mut [u8] {
        match self.pos.checked_add(n) {
            Some(end) if end <= self.buf.len() => &mut self.buf[self.pos..end],
            _ => {
                self.moved(|w| w.grow(n));
                &mut self.buf[self.pos..self.pos + n]
            }
        }
    }

    /// The next `N` bytes to write into, for a token of at most `N` bytes: a constant amount of
    /// room, so that where the token's bytes go needs no more checks.
    #[inline(always)]
    fn room_for<const N: usize>(&mut self) -> &mut [u8; N] {
        match self.room(N).first_chunk_mut::<N>() {
            Some(d) => d,
            None => unreachable!("the buffer was grown to hold {N} more bytes"),
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self, n: usize) {
        let len = (self.pos + n).max(2 * self.buf.len()).max(1024);
        self.buf.reserve(len - self.buf.len());
        // (zeroed a kilobyte at a time: glibc's memset of a larger block is `rep stosb`, which
        // callgrind, the measure of this project, counts as an instruction a byte, where the
        // pieces are stored 32 bytes an instruction. The CPU zeroes either as fast. A buffer of
        // lines handed from line to line, `report::document_line_in`, is grown so when it is new)
        while self.buf.len() < len {
            let piece = (len - self.buf.len()).min(1024);
            self.buf.resize(self.buf.len() + piece, 0);
        }
    }

    #[inline(always)]
    fn put(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        copy(self.room(n), bytes);
        self.pos += n;
    }

    /// `bytes`, expected to be at most `N` long (a number).
    #[inline(always)]
    fn put_short<const N: usize>(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        if n > N {
            self.put(bytes);
            return;
        }
        copy(&mut self.room_for::<N>()[..n], bytes);
        self.pos += n;
    }

    #[inline(always)]
    fn put_byte(&mut self, b: u8) {
        self.room_for::<1>()[0] = b;
        self.pos += 1;
    }

    /// `s` in quotes, escaped. A string with nothing to escape (nearly all) is copied whole; one
    /// of at most 32 bytes is read as two runs of 16 bytes (or words, or halves, or three bytes)
    /// that overlap where its length is not their size, tested and stored as they are. That short
    /// case (all but a few strings of a claim) is inlined where a field is written, as a call cost
    /// it a third again in saving and restoring registers that the longer strings' loop needs.
    #[inline(always)]
    fn put_str(&mut self, s: &str) {
        self.put_str_after(b"", s);
    }

    /// `key` (a constant: a field's name, quoted, and what goes before and after it) and `s` as
    /// `put_str` writes it, the two in one piece of room where `s` is short.
    #[inline(always)]
    fn put_str_after(&mut self, key: &'static [u8], s: &str) {
        self.put_str_between(key, s, b"");
    }

    /// `key`, `s` as `put_str_after` writes it, and `close` (nothing, or the `}` that closes a
    /// piece of text), the three in one piece of room where `s` is short: a piece of text's `}`
    /// had a check for room of its own (some 7 instructions each).
    #[inline(always)]
    fn put_str_between(&mut self, key: &'static [u8], s: &str, close: &'static [u8]) {
        debug_assert!(close.len() <= 1);
        let b = s.as_bytes();
        let n = b.len();
        if n > 32 {
            self.put(key);
            self.moved(|w| w.put_long_str(b));
            self.put(close);
            return;
        }
        let k = key.len();
        let (head, d) = self.room(k + 35).split_at_mut(k);
        copy(head, key);
        if let (Some(first), Some(last)) = (b.first_chunk::<16>(), b.last_chunk::<16>()) {
            // 16 to 32 bytes: two runs of 16 that overlap, tested together
            if any_escapes_in_either(first, last) {
                self.moved(|w| w.put_escaped_between(key, b, close));
                return;
            }
            d[1..17].copy_from_slice(first);
            d[n - 15..n + 1].copy_from_slice(last);
        } else if let (Some(first), Some(last)) = (b.first_chunk::<8>(), b.last_chunk::<8>()) {
            // 8 to 16 bytes
            if any_escapes_in(first) | any_escapes_in(last) {
                self.moved(|w| w.put_escaped_between(key, b, close));
                return;
            }
            d[1..9].copy_from_slice(first);
            d[n - 7..n + 1].copy_from_slice(last);
        } else if let (Some(first), Some(last)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            // 4 to 7 bytes
            let w =
                u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32;
            if any_escapes(w) != 0 {
                self.moved(|w| w.put_escaped_between(key, b, close));
                return;
            }
            d[1..5].copy_from_slice(first);
            d[n - 3..n + 1].copy_from_slice(last);
        } else if let (Some(&x), Some(&z)) = (b.first(), b.last()) {
            // 1 to 3 bytes: the first, the middle and the last; the word's other bytes spaces
            let y = b[n / 2];
            let w = u64::from_le_bytes([x, y, z, b' ', b' ', b' ', b' ', b' ']);
            if any_escapes(w) != 0 {
                self.moved(|w| w.put_escaped_between(key, b, close));
                return;
            }
            d[1] = x;
            d[1 + n / 2] = y;
            d[n] = z;
        }
        d[0] = b'"';
        d[n + 1] = b'"';
        copy(&mut d[n + 2..n + 2 + close.len()], close);
        self.pos += k + n + 2 + close.len();
    }

    /// `key`, `b` in quotes, escaped (a short string that needs it), and `close`.
    #[cold]
    #[inline(never)]
    fn put_escaped_between(&mut self, key: &[u8], b: &[u8], close: &[u8]) {
        self.put(key);
        self.put_escaped(b);
        self.put(close);
    }

    /// `key` (as `put_str_after` has it) and `value`, in one piece of room.
    #[inline(always)]
    fn put_after(&mut self, key: &'static [u8], value: &[u8]) {
        let (k, n) = (key.len(), value.len());
        let d = self.room(k + n);
        copy(&mut d[..k], key);
        copy(&mut d[k..], value);
        self.pos += k + n;
    }

    /// `key` (as `put_str_after` has it) and a `usize` as `put_int` writes it, in one piece of
    /// room. One below 10^8 (every offset) has its digits made in a word (`digits`), without
    /// itoa's call and the copy out of its buffer.
    #[inline(always)]
    fn put_usize_after(&mut self, key: &'static [u8], v: usize) {
        let Some(small) = u32::try_from(v).ok().filter(|&v| v < SMALL) else {
            self.put_int_after(key, v);
            return;
        };
        let (digits, n) = digits(small);
        let k = key.len();
        let (head, d) = self.room(k + 8).split_at_mut(k);
        copy(head, key);
        d.copy_from_slice(&digits.to_le_bytes());
        self.pos += k + n;
    }

    /// `key` (as `put_str_after` has it), `first` and the offset `a`, `second` and the offset `b`,
    /// and `close`: a span's `{"start":…,"end":…}` (or `…,"end":…` left open for more), a claim's
    /// `,"start":…,"end":…`. Where both offsets are below 10^8 (all but in a file of 100 MB), in
    /// one piece of room, rather than one for each offset (a claim's two, so: 0.1 M instructions
    /// fewer on 1 MB of articles), and a span's `}` with them.
    #[inline(always)]
    fn put_offsets(
        &mut self,
        key: &'static [u8],
        first: &'static [u8],
        a: usize,
        second: &'static [u8],
        b: usize,
        close: &'static [u8],
    ) {
        // (both below 10^4, nearly always: looked up, without asking first whether below 10^8)
        let ((a, m), (b, n)) = match (FOUR_DIGITS.get(a), FOUR_DIGITS.get(b)) {
            (Some(&x), Some(&y)) => (looked_up(x), looked_up(y)),
            _ => {
                let small = |v: usize| u32::try_from(v).ok().filter(|&v| v < SMALL);
                let (Some(sa), Some(sb)) = (small(a), small(b)) else {
                    self.put(key);
                    a.write_after(first, self);
                    b.write_after(second, self);
                    self.put(close);
                    return;
                };
                (digits(sa), digits(sb))
            }
        };
        let (k, f, s, c) = (key.len(), first.len(), second.len(), close.len());
        // each piece stored whole, the next written over the zero bytes after its digits
        let (head, d) = self.room(k + f + s + c + 16).split_at_mut(k);
        copy(head, key);
        copy(&mut d[..f], first);
        d[f..f + 8].copy_from_slice(&a.to_le_bytes());
        copy(&mut d[f + m..f + m + s], second);
        d[f + m + s..f + m + s + 8].copy_from_slice(&b.to_le_bytes());
        copy(&mut d[f + m + s + n..f + m + s + n + c], close);
        self.pos += k + f + m + s + n + c;
    }

    /// `key` (as `put_str_after` has it) and an integer, in one piece of room.
    #[inline(always)]
    fn put_int_after<I: itoa::Integer>(&mut self, key: &'static [u8], v: I) {
        let mut digits = itoa::Buffer::new();
        let digits = digits.format(v).as_bytes();
        let (k, n) = (key.len(), digits.len());
        // 20 digits hold any u64 and i64
        let d = self.room(k + 20);
        copy(&mut d[..k], key);
        copy(&mut d[k..k + n], digits);
        self.pos += k + n;
    }

    /// `b`, longer than 32 bytes, in quotes, escaped.
    #[inline(never)]
    fn put_long_str(&mut self, b: &[u8]) {
        if needs_escaping(b) {
            self.put_escaped(b);
            return;
        }
        self.put_quoted(b);
    }

    /// `b` in quotes, escaped, each run of bytes between two escapes copied at once.
    #[cold]
    #[inline(never)]
    fn put_escaped(&mut self, b: &[u8]) {
        self.put_byte(b'"');
        // `run` is where the bytes not yet copied start; a byte that needs escaping ends a run
        let mut run = 0;
        let (words, _) = b.as_chunks::<8>();
        for (k, w) in words.iter().enumerate() {
            let mut m = escapes(word(w));
            while m != 0 {
                let j = 8 * k + (m.trailing_zeros() / 8) as usize;
                self.put(&b[run..j]);
                self.put_escape(b[j]);
                run = j + 1;
                m &= m - 1;
            }
        }
        for (j, &c) in b.iter().enumerate().skip(8 * words.len()) {
            if escapes_byte(c) {
                self.put(&b[run..j]);
                self.put_escape(c);
                run = j + 1;
            }
        }
        self.put(&b[run..]);
        self.put_byte(b'"');
    }

    /// The escape for one byte that needs it, as serde_json writes it.
    fn put_escape(&mut self, b: u8) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let named = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x09 => b't',
            0x0a => b'n',
            0x0c => b'f',
            0x0d => b'r',
            _ => {
                self.put(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(b >> 4)],
                    HEX[usize::from(b & 0xf)],
                ]);
                return;
            }
        };
        self.put(&[b'\\', named]);
    }

    /// A name the program spells (an enum's variant), in quotes as it is: such names never need
    /// escaping.
    #[inline(always)]
    fn put_name(&mut self, name: &'static str) {
        debug_assert!(
            !name.bytes().any(escapes_byte),
            "{name:?} would need escaping"
        );
        self.put_quoted(name.as_bytes());
    }

    /// `b`, which needs no escaping, in quotes.
    #[inline(always)]
    fn put_quoted(&mut self, b: &[u8]) {
        let n = b.len();
        let d = self.room(n + 2);
        d[0] = b'"';
        copy(&mut d[1..n + 1], b);
        d[n + 1] = b'"';
        self.pos += n + 2;
    }

    #[inline]
    fn put_int<I: itoa::Integer>(&mut self, v: I) {
        // 20 digits hold any u64 and i64
        self.put_short::<20>(itoa::Buffer::new().format(v).as_bytes());
    }

    /// A float as serde_json writes it: `null` unless `finite`.
    #[inline]
    fn put_float<F: zmij::Float>(&mut self, v: F, finite: bool) {
        if finite {
            // the longest, `-2.2250738585072014e-308`, is 24 bytes (an f32 is shorter)
            self.put_short::<24>(zmij::Buffer::new().format_finite(v).as_bytes());
        } else {
            self.put(b"null");
        }
    }

    /// An f64 as serde_json writes it. A whole number of at most 15 digits (most figures: `1500.0`)
    /// is its integer and `.0`, which is what zmij writes for it (a test compares), without zmij's
    /// general conversion; `-0.0` is left to zmij.
    #[inline]
    fn put_f64(&mut self, v: f64) {
        self.put_f64_after(b"", v);
    }

    /// `key` (as `put_str_after` has it) and an f64 as `put_f64` writes it, the two in one piece
    /// of room where the f64 is a whole number.
    #[inline(always)]
    fn put_f64_after(&mut self, key: &'static [u8], v: f64) {
        match Whole::of(v) {
            Some(whole) => self.put_whole_after(key, whole),
            None => self.put_f64_not_small_after(key, v),
        }
    }

    /// `key` and a whole number below 10^8 (most figures): the sign, the digits, and `.0`.
    #[inline(always)]
    fn put_whole_after(&mut self, key: &'static [u8], whole: Whole) {
        let Whole {
            digits,
            len: n,
            negative,
        } = whole;
        let sign = usize::from(negative);
        let k = key.len();
        let (head, d) = self.room(k + 11).split_at_mut(k);
        copy(head, key);
        d[0] = b'-';
        d[sign..sign + 8].copy_from_slice(&digits.to_le_bytes());
        d[sign + n..sign + n + 2].copy_from_slice(b".0");
        self.pos += k + sign + n + 2;
    }

    /// `key` and an f64 that is not a `Whole`, as `put_f64` writes it.
    #[inline(always)]
    fn put_f64_not_small_after(&mut self, key: &'static [u8], v: f64) {
        // saturating: NaN is 0, the infinities and the huge are out of range; none compares equal
        let i = v as i64;
        if i as f64 == v && i.unsigned_abs() < 1_000_000_000_000_000 && (i != 0 || v.to_bits() == 0)
        {
            let k = key.len();
            let mut digits = itoa::Buffer::new();
            let digits = digits.format(i).as_bytes();
            let n = digits.len();
            // 16 bytes hold the sign and 15 digits, 18 the `.0` after them
            let (head, d) = self.room(k + 18).split_at_mut(k);
            copy(head, key);
            copy(&mut d[..n], digits);
            d[n..n + 2].copy_from_slice(b".0");
            self.pos += k + n + 2;
            return;
        }
        self.put(key);
        self.moved(|w| w.put_float(v, v.is_finite()));
    }

    /// `key` and one of a claim's figures (its value, low or high: an `Option<f64>`), as it
    /// writes itself. `before` is the figure written before it, with its digits where it was a
    /// `Whole`: a figure the same as that one (an exact figure's low and high, an approximate
    /// one's high, most often) has them written again rather than made again. On 1 MB of
    /// articles, 0.4 M instructions fewer.
    #[inline(always)]
    fn put_figure_after(
        &mut self,
        key: &'static [u8],
        figure: Option<f64>,
        before: &mut Option<(u64, Whole)>,
    ) {
        let Some(v) = figure else {
            *before = None;
            self.put_after(key, b"null");
            return;
        };
        let whole = match *before {
            Some((bits, whole)) if bits == v.to_bits() => Some(whole),
            _ => Whole::of(v),
        };
        *before = whole.map(|w| (v.to_bits(), w));
        match whole {
            Some(whole) => self.put_whole_after(key, whole),
            None => self.put_f64_not_small_after(key, v),
        }
    }

    /// Opens an array or object with `open`; one known to be empty is closed at once.
    #[inline(always)]
    fn open(&mut self, open: u8, close: u8, len: Option<usize>) -> Compound<'_> {
        let state = if len == Some(0) {
            self.put(&[open, close]);
            State::Empty
        } else {
            self.put_byte(open);
            State::First
        };
        Compound { w: self, state }
    }

    /// `{"variant":`, the start of an enum's variant with data.
    fn open_variant(&mut self, variant: &'static str) {
        self.put_byte(b'{');
        self.put_name(variant);
        self.put_byte(b':');
    }
}

/// The numbers `digits` writes: those of at most eight digits.
const SMALL: u32 = 100_000_000;

/// A whole f64 below 10^8 in size (most figures), as `put_f64` writes it: its digits in a word
/// (`digits`), how many there are, and its sign.
#[derive(Clone, Copy)]
struct Whole {
    digits: u64,
    len: usize,
    negative: bool,
}

impl Whole {
    /// `v` as a `Whole`, if it is one (`-0.0` is not: zmij writes it).
    #[inline(always)]
    fn of(v: f64) -> Option<Whole> {
        // saturating: NaN is 0, the infinities and the huge are out of range; none compares equal
        let i = v as i64;
        if i as f64 != v || i == 0 && v.to_bits() != 0 {
            return None;
        }
        let small = u32::try_from(i.unsigned_abs())
            .ok()
            .filter(|&v| v < SMALL)?;
        let (digits, len) = digits(small);
        Some(Whole {
            digits,
            len,
            negative: i < 0,
        })
    }
}

/// The decimal digits of `v` (below `SMALL`) as ASCII in a word, the first in its lowest byte
/// (where it is stored first), and how many there are; the word's bytes after them are zero.
/// A number below 10^4 (nearly every offset, most figures) is looked up (`FOUR_DIGITS`); a
/// larger one has its eight digits made at once (SIMD within a register): `v` is split into two
/// halves of four digits (`lane_digits` does the rest), and the zero digits in front are then
/// shifted out. Made so, a span's two offsets took some 37 instructions; looked up, some 10: on
/// 1 MB of articles (some 28,000 spans and 10,000 figures), c1 100.13 -> 99.05 M instructions,
/// r1 96.18 -> 95.44 (a table in memory, where the lanes were in registers: in a file's order,
/// the offsets of its spans read a few of its lines at a time).
#[inline(always)]
fn digits(v: u32) -> (u64, usize) {
    debug_assert!(v < SMALL);
    if let Some(&word) = FOUR_DIGITS.get(v as usize) {
        return looked_up(word);
    }
    // two lanes of 32 bits: the first four digits, the last four
    let x = u64::from(v / 10_000) | u64::from(v % 10_000) << 32;
    without_zeros(lane_digits(x), 8)
}

/// A number's digits from `FOUR_DIGITS` as `digits` gives them: a word of one to four digits,
/// none of them a zero byte, whose length is where its highest byte that is not zero ends.
#[inline(always)]
fn looked_up(word: u32) -> (u64, usize) {
    (u64::from(word), ((39 - word.leading_zeros()) / 8) as usize)
}

/// The digits of each number below 10^4 as `digits` gives them, in the low bytes of a `u32`
/// (40 KB, made at compile time).
static FOUR_DIGITS: [u32; 10_000] = four_digits();

const fn four_digits() -> [u32; 10_000] {
    let mut table = [0; 10_000];
    let mut n = 0;
    while n < table.len() {
        // the digits from the last: each one shifts those after it up a byte
        let (mut v, mut word) = (n as u32, 0);
        loop {
            word = word << 8 | (b'0' as u32 + v % 10);
            v /= 10;
            if v == 0 {
                break;
            }
        }
        table[n] = word;
        n += 1;
    }
    table
}

/// Each 32-bit lane of `x` (below 10^4) as its four decimal digits, one a byte, the first in the
/// lane's lowest: each lane split into two of two digits, and each of those into two digits, each
/// split a division by a multiplication and a shift, in every lane of the word together.
#[inline(always)]
fn lane_digits(x: u64) -> u64 {
    // four lanes of 16 bits: each lane above divided by 100 (exact below 10^4), and what is left
    let hundreds = ((x * 10_486) >> 20) & 0x0000_007f_0000_007f;
    let x = hundreds | (x - hundreds * 100) << 16;
    // eight lanes of 8 bits: each lane above divided by 10 (exact below 100), and what is left
    let tens = ((x * 103) >> 10) & 0x000f_000f_000f_000f;
    tens | (x - tens * 10) << 8
}

/// The `len` digits in the low bytes of `x` (its other bytes zero) as ASCII, the zero digits in
/// front (in the lowest bytes; all but the last of zero's) shifted out, and how many are left.
#[inline(always)]
fn without_zeros(x: u64, len: u32) -> (u64, usize) {
    let zeros = (x.trailing_zeros() / 8).min(len - 1);
    let ascii = 0x3030_3030_3030_3030 >> (64 - 8 * len);
    ((x | ascii) >> (8 * zeros), (len - zeros) as usize)
}

/// `src` into `dst`, of the same length: a short one by loads and stores that overlap where the
/// length is not their size, rather than by a call to `memcpy`.
#[inline(always)]
fn copy(dst: &mut [u8], src: &[u8]) {
    let n = src.len();
    match n {
        0 => {}
        1..=3 => {
            dst[0] = src[0];
            dst[n / 2] = src[n / 2];
            dst[n - 1] = src[n - 1];
        }
        4..=7 => {
            dst[..4].copy_from_slice(&src[..4]);
            dst[n - 4..].copy_from_slice(&src[n - 4..]);
        }
        8..=16 => {
            dst[..8].copy_from_slice(&src[..8]);
            dst[n - 8..].copy_from_slice(&src[n - 8..]);
        }
        17..=32 => {
            dst[..16].copy_from_slice(&src[..16]);
            dst[n - 16..].copy_from_slice(&src[n - 16..]);
        }
        _ => dst.copy_from_slice(src),
    }
}

/// Eight bytes as one word.
#[inline(always)]
fn word(b: &[u8; 8]) -> u64 {
    u64::from_le_bytes(*b)
}

/// `"`, `\` and the bytes below 0x20: the top bit of each byte of `w` that JSON escapes.
#[inline(always)]
fn escapes(w: u64) -> u64 {
    bytes_below(w, 0x20) | bytes_equal(w, b'"') | bytes_equal(w, b'\\')
}

/// Not zero exactly when some byte of `w` is one JSON escapes (which, `escapes` says). Two tests,
/// not three: a byte xored with 2 is below 0x21 exactly when it was below 0x20 or `"` (0x22),
/// as xoring with 2 maps the bytes below 0x20 onto themselves and `"` onto 0x20. (A word's bytes
/// tested as an array, as the runs below are, were taken apart one by one: 1.6 M instructions
/// more on 1 MB of articles.)
#[inline(always)]
fn any_escapes(w: u64) -> u64 {
    any_below(w ^ (ONES * 2), 0x21) | any_equal(w, b'\\')
}

/// Does any of these bytes (a run of 8 or 16) need escaping? Every byte is looked at, with no
/// early exit, so that the compiler tests them all at once, by the two tests of `any_escapes`
/// (three, one for each kind of byte, took half as many instructions again).
#[inline(always)]
fn any_escapes_in<const N: usize>(b: &[u8; N]) -> bool {
    b.iter()
        .fold(false, |found, &c| found | ((c ^ 2) < 0x21) | (c == b'\\'))
}

/// Does any byte of either run need escaping? `any_escapes_in` of both, tested together: the
/// lesser of each two bytes xored with 2 is below 0x21 where either is (some 6 instructions fewer
/// for the two runs of a string of 16 to 32 bytes).
#[inline(always)]
fn any_escapes_in_either<const N: usize>(a: &[u8; N], b: &[u8; N]) -> bool {
    a.iter().zip(b).fold(false, |found, (&x, &y)| {
        found | ((x ^ 2).min(y ^ 2) < 0x21) | (x == b'\\') | (y == b'\\')
    })
}

#[inline]
fn escapes_byte(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Does any byte of `b` need escaping? Sixteen bytes at a time (`any_escapes_in`), the last
/// sixteen read again where the length is not a multiple of sixteen (bytewise only for a string
/// shorter than that, which `put_str_after` does not hand here).
#[inline(always)]
fn needs_escaping(b: &[u8]) -> bool {
    let (runs, rest) = b.as_chunks::<16>();
    let mut found = runs
        .iter()
        .fold(false, |found, r| found | any_escapes_in(r));
    match b.last_chunk::<16>() {
        Some(last) if !rest.is_empty() => found |= any_escapes_in(last),
        Some(_) => {}
        None => return rest.iter().any(|&c| escapes_byte(c)),
    }
    found
}

/// Where a sequence or an object stands: written whole already (it was empty), before its first
/// element, or after one (the next needs a comma).
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Empty,
    First,
    Rest,
}

/// An array or object being written.
pub struct Compound<'a> {
    w: &'a mut Writer,
    state: State,
}

impl Compound<'_> {
    /// The comma before every element but the first.
    #[inline(always)]
    fn next(&mut self) {
        if self.state != State::First {
            self.w.put_byte(b',');
        }
        self.state = State::Rest;
    }

    #[inline(always)]
    fn close(self, close: u8) {
        if self.state != State::Empty {
            self.w.put_byte(close);
        }
    }
}

/// A serializer's methods for the ten integer types, each `body` with the serializer as `w` and
/// the integer as `v`.
macro_rules! integers {
    (|$w:ident, $v:ident| $body:expr) => {
        integers!(@ |$w, $v| $body; serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
            serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
            serialize_u32: u32, serialize_u64: u64, serialize_u128: u128);
    };
    (@ |$w:ident, $v:ident| $body:expr; $($method:ident: $t:ty),*) => {$(
        #[inline]
        fn $method(self, $v: $t) -> Result<(), Error> {
            let $w = self;
            $body
        }
    )*};
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    #[inline]
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.put(if v { b"true" } else { b"false" });
        Ok(())
    }
    integers!(|w, v| {
        w.put_int(v);
        Ok(())
    });
    #[inline]
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.put_float(v, v.is_finite());
        Ok(())
    }
    #[inline]
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.put_f64(v);
        Ok(())
    }
    #[inline]
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.put_str(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    #[inline]
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.put_str(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        // as serde_json: an array of numbers
        self.put_byte(b'[');
        for (i, b) in v.iter().enumerate() {
            if i > 0 {
                self.put_byte(b',');
            }
            self.put_int(*b);
        }
        self.put_byte(b']');
        Ok(())
    }
    #[inline]
    fn serialize_none(self) -> Result<(), Error> {
        self.put(b"null");
        Ok(())
    }
    #[inline]
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    #[inline]
    fn serialize_unit(self) -> Result<(), Error> {
        self.put(b"null");
        Ok(())
    }
    #[inline]
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    #[inline]
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.put_name(variant);
        Ok(())
    }
    #[inline]
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant);
        v.serialize(&mut *self)?;
        self.put_byte(b'}');
        Ok(())
    }
    #[inline]
    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open(b'[', b']', len))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open(b'[', b']', Some(len)))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(self.open(b'[', b']', Some(len)))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.open_variant(variant);
        Ok(self.open(b'[', b']', Some(len)))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open(b'{', b'}', len))
    }
    #[inline]
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open(b'{', b'}', Some(len)))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.open_variant(variant);
        Ok(self.open(b'{', b'}', Some(len)))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    #[inline]
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        self.next();
        v.serialize(&mut *self.w)
    }
    #[inline]
    fn end(self) -> Result<(), Error> {
        self.close(b']');
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<(), Error> {
        if self.state != State::Empty {
            self.w.put_byte(b']');
        }
        self.w.put_byte(b'}');
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        self.next();
        key.serialize(KeyWriter(&mut *self.w))?;
        self.w.put_byte(b':');
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        v.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.close(b'}');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    /// `"key":value` (after a comma but for the first), the key written as it is: a field's name
    /// never needs escaping. Inlined into each struct's `serialize`, where the key is a constant
    /// and whether a comma comes first is known, so that the key is a few stores.
    #[inline(always)]
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        debug_assert!(
            !key.bytes().any(escapes_byte),
            "{key:?} would need escaping"
        );
        let comma = usize::from(self.state != State::First);
        self.state = State::Rest;
        let k = key.len();
        let d = self.w.room(k + 4);
        d[0] = b',';
        d[comma] = b'"';
        copy(&mut d[comma + 1..comma + 1 + k], key.as_bytes());
        d[comma + 1 + k] = b'"';
        d[comma + 2 + k] = b':';
        self.w.pos += comma + 3 + k;
        v.serialize(&mut *self.w)
    }
    #[inline(always)]
    fn end(self) -> Result<(), Error> {
        self.close(b'}');
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, v)
    }
    fn end(self) -> Result<(), Error> {
        if self.state != State::Empty {
            self.w.put_byte(b'}');
        }
        self.w.put_byte(b'}');
        Ok(())
    }
}

/// A value that writes itself as compact JSON: the bytes its `Serialize` gives through this writer
/// (the tests compare them with serde_json's), with no serde calls or `Result`s between. The
/// documents of `extract --format jsonl` are written so: the documents of 1 MB of articles took
/// 18.9 M instructions through serde's calls, 16.6 M by `write` alone (whole floats' shortcut
/// included), and take 12.0 M with the keys written with their values (`write_after`).
pub trait Json {
    fn write(&self, w: &mut Writer);

    /// `key` (a field's name in quotes and its colon, with the `{` or `,` before it: a constant)
    /// and the value. A short string, a number or a `null` is written with its key as one piece,
    /// with one check that there is room for both.
    #[inline(always)]
    fn write_after(&self, key: &'static [u8], w: &mut Writer) {
        w.put(key);
        self.write(w);
    }
}

/// `Json` for the string types: the string, escaped.
macro_rules! strings {
    ($($t:ty),*) => {$(
        impl Json for $t {
            #[inline]
            fn write(&self, w: &mut Writer) {
                w.put_str(self);
            }

            #[inline(always)]
            fn write_after(&self, key: &'static [u8], w: &mut Writer) {
                w.put_str_after(key, self);
            }
        }
    )*};
}

strings!(str, String, CompactString);

impl Json for usize {
    #[inline]
    fn write(&self, w: &mut Writer) {
        w.put_int(*self);
    }

    #[inline(always)]
    fn write_after(&self, key: &'static [u8], w: &mut Writer) {
        w.put_usize_after(key, *self);
    }
}

impl Json for f64 {
    #[inline]
    fn write(&self, w: &mut Writer) {
        w.put_f64(*self);
    }

    #[inline(always)]
    fn write_after(&self, key: &'static [u8], w: &mut Writer) {
        w.put_f64_after(key, *self);
    }
}

impl<T: Json> Json for Option<T> {
    #[inline]
    fn write(&self, w: &mut Writer) {
        match self {
            Some(v) => v.write(w),
            None => w.put(b"null"),
        }
    }

    #[inline(always)]
    fn write_after(&self, key: &'static [u8], w: &mut Writer) {
        match self {
            Some(v) => v.write_after(key, w),
            None => w.put_after(key, b"null"),
        }
    }
}

impl<T: Json> Json for [T] {
    fn write(&self, w: &mut Writer) {
        w.put_byte(b'[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                w.put_byte(b',');
            }
            v.write(w);
        }
        w.put_byte(b']');
    }
}

/// `Json` for enums of unit variants: each variant's name in quotes (as its `Serialize` spells it:
/// a test compares), a constant written with its key in one piece of room. Through serde, as a
/// call for each, the three of a claim cost 0.2 M instructions more on 1 MB of articles.
macro_rules! unit_variants {
    ($($t:ident { $($variant:ident: $name:literal),* })*) => {$(
        impl Json for $t {
            #[inline]
            fn write(&self, w: &mut Writer) {
                self.write_after(b"", w);
            }

            #[inline(always)]
            fn write_after(&self, key: &'static [u8], w: &mut Writer) {
                let name: &'static [u8] = match self {
                    $($t::$variant => concat!("\"", $name, "\"").as_bytes(),)*
                };
                w.put_after(key, name);
            }
        }
    )*};
}

unit_variants! {
    Kind {
        Count: "count", Measure: "measure", Money: "money", Percent: "percent",
        Duration: "duration", Date: "date", Time: "time", Ordinal: "ordinal"
    }
    Bound {
        Exact: "exact", Approx: "approx", Lower: "lower", Upper: "upper", Range: "range",
        Vague: "vague"
    }
    Change { Up: "up", Down: "down" }
}

/// `Json` for a struct: its fields, in the order of its `Serialize` (the order of its definition),
/// each as `"name":value`; a `?field` is an `Option` that is left out when it is `None` (serde's
/// `skip_serializing_if = "Option::is_none"`); `offsets(a, b)` are two offsets written together
/// (`Writer::put_offsets`), `figures(a, b, c)` three `Option<f64>`s (`Writer::put_figure_after`).
/// The first field is never left out, so that where the commas go is known.
macro_rules! object {
    ($t:ty { $first:ident $(, $($rest:tt)*)? }) => {
        impl Json for $t {
            fn write(&self, outer: &mut Writer) {
                // the writer in a local of its own while the fields are written (as in
                // `Writer::moved`, but with no closure, which the compiler keeps out of line)
                let mut local = std::mem::take(outer);
                let w = &mut local;
                self.$first.write_after(concat!("{\"", stringify!($first), "\":").as_bytes(), w);
                object!(@fields self, w; $($($rest)*)?);
                w.put_byte(b'}');
                *outer = local;
            }
        }
    };
    (@fields $v:ident, $w:ident;) => {};
    (@fields $v:ident, $w:ident; figures($a:ident, $b:ident, $c:ident) $(, $($rest:tt)*)?) => {
        let mut before = None;
        $w.put_figure_after(concat!(",\"", stringify!($a), "\":").as_bytes(), $v.$a, &mut before);
        $w.put_figure_after(concat!(",\"", stringify!($b), "\":").as_bytes(), $v.$b, &mut before);
        $w.put_figure_after(concat!(",\"", stringify!($c), "\":").as_bytes(), $v.$c, &mut before);
        object!(@fields $v, $w; $($($rest)*)?);
    };
    (@fields $v:ident, $w:ident; offsets($a:ident, $b:ident) $(, $($rest:tt)*)?) => {
        $w.put_offsets(
            concat!(",\"", stringify!($a), "\":").as_bytes(),
            b"",
            $v.$a,
            concat!(",\"", stringify!($b), "\":").as_bytes(),
            $v.$b,
            b"",
        );
        object!(@fields $v, $w; $($($rest)*)?);
    };
    (@fields $v:ident, $w:ident; ? $f:ident $(, $($rest:tt)*)?) => {
        if let Some(x) = &$v.$f {
            x.write_after(concat!(",\"", stringify!($f), "\":").as_bytes(), $w);
        }
        object!(@fields $v, $w; $($($rest)*)?);
    };
    (@fields $v:ident, $w:ident; $f:ident $(, $($rest:tt)*)?) => {
        $v.$f.write_after(concat!(",\"", stringify!($f), "\":").as_bytes(), $w);
        object!(@fields $v, $w; $($($rest)*)?);
    };
}

// The fields each type's `Serialize` writes, in its order; a field skipped by serde is not here.
/// A span, `{"start":…,"end":…}`, its two offsets and keys in one piece of room (`put_offsets`).
impl Json for Span {
    #[inline]
    fn write(&self, w: &mut Writer) {
        self.write_after(b"", w);
    }

    #[inline]
    fn write_after(&self, key: &'static [u8], w: &mut Writer) {
        w.put_offsets(
            key,
            b"{\"start\":",
            self.start,
            b",\"end\":",
            self.end,
            b"}",
        );
    }
}

/// A piece of text, `{"start":…,"end":…,"text":…}`, written as a span with its text after.
/// Inlined where a field holds one (an attribution's source and cue), as the call and its saved
/// registers cost a tenth of what it writes: 0.4 M instructions on 1 MB of articles.
impl Json for Spanned {
    #[inline]
    fn write(&self, w: &mut Writer) {
        self.write_after(b"", w);
    }

    #[inline(always)]
    fn write_after(&self, key: &'static [u8], w: &mut Writer) {
        w.put_offsets(key, b"{\"start\":", self.start, b",\"end\":", self.end, b"");
        w.put_str_between(b",\"text\":", &self.text, b"}");
    }
}

object!(Source {
    source,
    text,
    cue,
    speaker
});
object!(Attribution { source, cue, content, speaker, kind, ?quote });
object!(Claim {
    id, doc, offsets(start, end), text, kind, figures(value, low, high), bound, change, unit, entity, entity_text,
    predicate, time, ?place, ?holder, ?date, attribution, sentence, ?same_as
});
object!(Document {
    id,
    path,
    source,
    url,
    published,
    title,
    claims,
    attributions,
    repeated_paragraphs,
    boilerplate_paragraphs
});

/// A map's key: a string, or a number, bool or char written as one; anything else is an error.
struct KeyWriter<'a>(&'a mut Writer);

impl KeyWriter<'_> {
    fn quoted(self, f: impl FnOnce(&mut Writer)) -> Result<(), Error> {
        self.0.put_byte(b'"');
        f(self.0);
        self.0.put_byte(b'"');
        Ok(())
    }
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Impossible<(), Error>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.0.put_str(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.quoted(|w| w.put(if v { b"true" } else { b"false" }))
    }
    integers!(|w, v| w.quoted(|w| w.put_int(v)));
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        if !v.is_finite() {
            return Err(float_key_must_be_finite());
        }
        self.quoted(|w| w.put_float(v, true))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if !v.is_finite() {
            return Err(float_key_must_be_finite());
        }
        self.quoted(|w| w.put_float(v, true))
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _v: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    /// What this writer makes of `v`, and what serde_json does.
    fn both<T: ?Sized + Serialize>(v: &T) -> (String, String) {
        let ours = to_vec(v).expect("writes");
        // and as a line, into a buffer that a longer line left full of other bytes
        let mut buf = vec![b'x'; 3 * ours.len()];
        let line = write_line(&mut buf, v).expect("writes");
        assert_eq!(line, [&ours[..], b"\n"].concat());
        (
            String::from_utf8(ours).expect("UTF-8"),
            serde_json::to_string(v).expect("serde_json writes"),
        )
    }

    fn same<T: ?Sized + Serialize>(v: &T) {
        let (ours, theirs) = both(v);
        assert_eq!(ours, theirs);
    }

    #[derive(Serialize)]
    #[serde(rename_all = "lowercase")]
    enum Shape {
        Unit,
        Newtype(String),
        Tuple(u8, Option<f64>),
        Struct { a: String, b: Vec<u32> },
        EmptyTuple(),
        EmptyStruct {},
    }

    #[derive(Serialize)]
    struct Inner {
        text: String,
        value: Option<f64>,
    }

    #[derive(Serialize)]
    struct Outer {
        id: String,
        inner: Inner,
        inners: Vec<Inner>,
        #[serde(skip_serializing_if = "Option::is_none")]
        maybe: Option<String>,
        none: Option<String>,
        count: usize,
        shape: Shape,
        empty: Vec<u8>,
        unit: (),
        tuple: (i64, bool, char),
    }

    #[derive(Serialize)]
    struct NoFields {}

    #[derive(Serialize)]
    struct AllSkipped {
        #[serde(skip_serializing_if = "Option::is_none")]
        a: Option<u8>,
    }

    fn outer(s: &str, v: f64) -> Outer {
        Outer {
            id: s.to_string(),
            inner: Inner {
                text: s.to_string(),
                value: Some(v),
            },
            inners: vec![
                Inner {
                    text: String::new(),
                    value: None,
                },
                Inner {
                    text: s.repeat(3),
                    value: Some(-v),
                },
            ],
            maybe: (!s.is_empty()).then(|| s.to_string()),
            none: None,
            count: s.len(),
            shape: Shape::Struct {
                a: s.to_string(),
                b: vec![1, 2],
            },
            empty: Vec::new(),
            unit: (),
            tuple: (-7, true, s.chars().next().unwrap_or('"')),
        }
    }

    #[test]
    fn every_escape_is_serde_jsons() {
        for b in 0..=0x7fu8 {
            let s = String::from(char::from(b));
            same(&s);
            // the byte at every place of strings of every length up to five words, and of a few
            // that are whole runs of sixteen or one past
            for len in (1..=40).chain([48, 64, 65]) {
                for at in 0..len {
                    let mut t: String =
                        "abcdefghijklmnopqrstuvwxyz0123456789ABCD".repeat(2)[..len - 1].to_string();
                    t.insert(at, char::from(b));
                    same(&t);
                }
            }
        }
        same("\u{2028}\u{2029}é€😀\u{7f}\u{80}\u{ffff}");
        for len in 0..=40 {
            same(&"é".repeat(len));
            same(&"x".repeat(len));
        }
        same("\"\"\\\\\n\n\u{0}\u{1f}\"quoted\" and a back\\slash, 12345678\t");
        same("");
    }

    #[test]
    fn floats_are_serde_jsons() {
        for v in [
            0.0,
            -0.0,
            1e21,
            1e-7,
            1e16,
            1e15,
            0.1,
            2500000.0,
            1.5,
            -3.25,
            123456789.0,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            f64::EPSILON,
            5e-324,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            same(&v);
            same(&Some(v));
            same(&(v as f32));
        }
        same(&None::<f64>);
        same(&Some(None::<f64>));
        // whole numbers, written without zmij below 1e15, about every power of ten
        // (10^0 to 10^18: 9 × 10^18 + 1 is the last that an i64 holds)
        for p in (0..=18).map(|e| 10i64.pow(e)) {
            for d in [1, 2, 9] {
                for n in [d * p - 1, d * p, d * p + 1] {
                    same(&(n as f64));
                    same(&-(n as f64));
                }
            }
        }
    }

    /// Every document of the fixtures, and one with every field that may be left out, by their
    /// own writer as serde_json writes them.
    #[test]
    fn documents_are_written_as_serde_json_writes_them() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let paths = ["kidal", "flood", "voices", "jsonl/mixed.jsonl"].map(|p| root.join(p));
        let rules = crate::Rules::defaults();
        let mut docs = crate::extract(&crate::bundle::read(&paths).articles, &rules);
        let mut full = docs
            .iter()
            .find(|d| !d.claims.is_empty() && !d.attributions.is_empty())
            .expect("a document with claims and statements")
            .clone();
        full.url = Some("https://example.org/a?b=\"c\"".into());
        full.title = Some("Line\nbreak \u{1}".into());
        let c = &mut full.claims[0];
        c.place = Some("Gao".into());
        c.date = Some("2014-05-17".into());
        c.same_as = Some("a#2".into());
        c.change = Some(Change::Down);
        c.value = Some(-0.0);
        c.low = Some(0.25);
        c.high = None;
        // offsets written together, and one too large for that
        (c.start, c.end) = (99_999_999, SMALL as usize);
        if let Some(c) = full.claims.get_mut(1) {
            (c.start, c.end) = (12, 12_345);
        }
        // figures the same as the one before them, or not, or not whole, or too large
        let figures = [
            (Some(1500.0), Some(1500.0), Some(1e9)),
            (None, Some(3.0), Some(3.0)),
            (Some(-2.0), Some(-2.0), Some(-2.5)),
            (Some(1e9), Some(1e9), Some(-0.0)),
            (Some(-0.0), Some(-0.0), Some(0.0)),
        ];
        for (value, low, high) in figures {
            let mut c = full.claims[0].clone();
            (c.value, c.low, c.high) = (value, low, high);
            full.claims.push(c);
        }
        full.attributions[0].quote = Some("\"We\" said \\ no".into());
        full.attributions[0].source = None;
        docs.push(full);
        let mut buf = Vec::new();
        for d in &docs {
            let mut want = serde_json::to_vec(d).expect("serde_json writes");
            want.push(b'\n');
            assert_eq!(
                String::from_utf8_lossy(write_json_line(&mut buf, d)),
                String::from_utf8_lossy(&want),
                "{}",
                d.path
            );
        }
    }

    /// A document's line written in the buffer of another line, longer or shorter, is the line
    /// `document_line` writes.
    #[test]
    fn a_line_in_the_buffer_of_another_is_the_same() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let paths = ["kidal", "flood", "voices", "jsonl/mixed.jsonl"].map(|p| root.join(p));
        let rules = crate::Rules::defaults();
        let docs = crate::extract(&crate::bundle::read(&paths).articles, &rules);
        let mut buf = Vec::new();
        for d in docs.iter().chain(docs.iter().rev()) {
            let line = crate::report::document_line_in(d, buf);
            assert_eq!(
                line.as_bytes(),
                crate::report::document_line(d),
                "{}",
                d.path
            );
            buf = line.into_buffer();
        }
    }

    /// Every variant of the enums a claim holds, by its own writer, as serde_json spells it.
    #[test]
    fn unit_variants_are_serde_jsons() {
        use crate::claim::{Bound, Change, Kind};
        for k in [
            Kind::Count,
            Kind::Measure,
            Kind::Money,
            Kind::Percent,
            Kind::Duration,
            Kind::Date,
            Kind::Time,
            Kind::Ordinal,
        ] {
            let (ours, theirs) = lines(&k);
            assert_eq!(ours, theirs);
        }
        for b in [
            Bound::Exact,
            Bound::Approx,
            Bound::Lower,
            Bound::Upper,
            Bound::Range,
            Bound::Vague,
        ] {
            let (ours, theirs) = lines(&b);
            assert_eq!(ours, theirs);
        }
        for c in [Some(Change::Up), Some(Change::Down), None] {
            let (ours, theirs) = lines(&c);
            assert_eq!(ours, theirs);
        }
    }

    /// Two runs tested together need escaping where either does alone: every byte at every place
    /// of either run, among letters.
    #[test]
    fn two_runs_tested_together_as_each_alone() {
        for b in 0..=u8::MAX {
            for at in 0..32 {
                let mut runs = [*b"abcdefghijklmnop", *b"qrstuvwxyz012345"];
                runs[at / 16][at % 16] = b;
                let [first, last] = &runs;
                assert_eq!(
                    any_escapes_in_either(first, last),
                    any_escapes_in(first) | any_escapes_in(last),
                    "{b} at {at}"
                );
            }
        }
    }

    /// The numbers below 10^4 looked up are as their digits are made in lanes (as larger ones are).
    #[test]
    fn small_numbers_looked_up_are_made_ones() {
        for v in 0..10_000 {
            let made = without_zeros(lane_digits(u64::from(v)) & 0xffff_ffff, 4);
            assert_eq!(digits(v), made, "{v}");
        }
    }

    /// Numbers of at most eight digits, made in a word, as itoa writes them: the first hundred
    /// thousand, and some about every power of ten; and as whole floats with their sign.
    #[test]
    fn small_numbers_are_itoas() {
        let mut values: Vec<u32> = (0..100_000).chain([SMALL - 1]).collect();
        for p in (5..8).map(|e| 10u32.pow(e)) {
            values.extend((0..1000).flat_map(|d| [p - 1 - d, p + d, 3 * p + 7 * d]));
        }
        let mut buf = Vec::new();
        for v in values.into_iter().filter(|&v| v < SMALL) {
            let (word, n) = digits(v);
            let want = itoa::Buffer::new().format(v).to_string();
            assert_eq!(&word.to_le_bytes()[..n], want.as_bytes());
            assert!(word.to_le_bytes()[n..].iter().all(|&b| b == 0), "{v}");
            let span = Span::new(v as usize, 7);
            assert_eq!(
                write_json_line(&mut buf, &span),
                format!("{{\"start\":{v},\"end\":7}}\n").as_bytes()
            );
            if v % 97 == 0 {
                same(&f64::from(v));
                same(&-f64::from(v));
            }
        }
    }

    /// `v` by its own writer, and by serde_json, as lines.
    fn lines<T: Json + Serialize>(v: &T) -> (String, String) {
        let mut buf = Vec::new();
        let ours = String::from_utf8_lossy(write_json_line(&mut buf, v)).into_owned();
        let theirs = serde_json::to_string(v).expect("serde_json writes");
        (ours, theirs + "\n")
    }

    /// Spans written in one piece, and those with an offset too large for it, as serde_json
    /// writes them.
    #[test]
    fn spans_are_serde_jsons() {
        let big = SMALL as usize;
        for (start, end) in [
            (0, 0),
            (7, 12345678),
            (99_999_999, big),
            (big, 3),
            (big, big + 1),
        ] {
            let (ours, theirs) = lines(&Span::new(start, end));
            assert_eq!(ours, theirs);
            let text = "a \"text\"".into();
            let (ours, theirs) = lines(&Spanned { start, end, text });
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn shapes_are_serde_jsons() {
        same(&outer("kidal \"8\" soldiers\n", 8.0));
        same(&outer("", f64::NAN));
        same(&NoFields {});
        same(&AllSkipped { a: None });
        same(&AllSkipped { a: Some(3) });
        for shape in [
            Shape::Unit,
            Shape::Newtype("x\"y".into()),
            Shape::Tuple(3, None),
            Shape::EmptyTuple(),
            Shape::EmptyStruct {},
        ] {
            same(&shape);
        }
        same(&Vec::<Vec<u8>>::new());
        same(&vec![vec![1u8], vec![]]);
        same(&(u128::MAX, i128::MIN, i8::MIN, u64::MAX));
        same(&serde_json::json!({"a": [1, "b", null, {"c": 2.5}], "d\"e": {}}));
    }

    #[test]
    fn map_keys_are_strings_or_quoted_numbers() {
        let m: BTreeMap<&str, u8> = [("a\"b", 1), ("", 2)].into_iter().collect();
        same(&m);
        let m: BTreeMap<i32, bool> = [(-1, true), (10, false)].into_iter().collect();
        same(&m);
        let m: BTreeMap<char, ()> = [('\n', ())].into_iter().collect();
        same(&m);
        let m: BTreeMap<bool, u8> = [(true, 1)].into_iter().collect();
        same(&m);
        let m: BTreeMap<(u8, u8), u8> = [((1, 2), 3)].into_iter().collect();
        let e = to_vec(&m).unwrap_err();
        assert_eq!(
            e.to_string(),
            serde_json::to_string(&m).unwrap_err().to_string()
        );
    }

    #[test]
    fn a_failing_value_is_an_error_not_a_panic() {
        struct Fails;
        impl Serialize for Fails {
            fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
                Err(serde::ser::Error::custom("no"))
            }
        }
        assert_eq!(to_vec(&vec![Fails]).unwrap_err().to_string(), "no");
        assert!(write_line(&mut Vec::new(), &Fails).is_err());
        assert_eq!(crate::report::json_line(&Fails), "{\"error\":\"no\"}\n");
    }

    /// Strings rich in what JSON escapes, and in what it must not.
    fn tricky() -> impl Strategy<Value = String> {
        let ch = prop_oneof![
            any::<char>(),
            (0u8..0x20).prop_map(char::from),
            prop::sample::select(vec![
                '"', '\\', '/', '\u{7f}', '\u{80}', 'é', '€', '😀', '\u{2028}', '\u{2029}',
                '\u{feff}', 'a', ' ',
            ]),
        ];
        prop::collection::vec(ch, 0..48).prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #[test]
        fn whole_floats_are_serde_jsons(i in any::<i64>(), digits in 0u32..19) {
            let v = (i % 10i64.pow(digits).max(1)) as f64;
            let (ours, theirs) = both(&v);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn strings_are_serde_jsons(s in tricky(), t in any::<String>()) {
            let (ours, theirs) = both(&s);
            prop_assert_eq!(ours, theirs);
            let (ours, theirs) = both(&t);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn strings_in_a_struct_are_serde_jsons(s in tricky(), bits in any::<u64>()) {
            let (ours, theirs) = both(&outer(&s, f64::from_bits(bits)));
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn floats_of_any_bits_are_serde_jsons(bits in any::<u64>(), b32 in any::<u32>()) {
            let (ours, theirs) = both(&f64::from_bits(bits));
            prop_assert_eq!(ours, theirs);
            let (ours, theirs) = both(&f32::from_bits(b32));
            prop_assert_eq!(ours, theirs);
        }
    }
}
