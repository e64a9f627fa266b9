//! The whole run over any bytes (see `checks::whole`).
#![no_main]

mod checks;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| checks::whole(bytes));
