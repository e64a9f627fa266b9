//! The grammar over any bytes (see `checks::grammar`).
#![no_main]

mod checks;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| checks::grammar(bytes));
