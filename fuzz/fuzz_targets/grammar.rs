//! The grammar over any bytes: it never panics, and every claim and attribution points inside
//! the article, at the text it says it found there.
#![no_main]

use std::sync::OnceLock;

use crosscheck::{grammar, Article, Rules};
use libfuzzer_sys::fuzz_target;

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(Rules::defaults)
}

fn article(bytes: &[u8]) -> Article {
    Article {
        id: "fuzz".into(),
        path: "fuzz".into(),
        source: "fuzz".into(),
        url: None,
        published: Some("2014-05-19".into()),
        title: None,
        bytes: bytes.to_vec(),
        body_start: 0,
    }
}

fuzz_target!(|bytes: &[u8]| {
    let found = grammar::extract(&article(bytes), rules());
    let valid = std::str::from_utf8(bytes).ok();
    for c in &found.claims {
        assert!(c.start <= c.end && c.end <= bytes.len(), "claim span out of the article: {c:?}");
        assert!(c.sentence.start <= c.start && c.end <= c.sentence.end, "claim outside its sentence: {c:?}");
        if let Some(text) = valid {
            assert_eq!(&text[c.start..c.end], c.text, "a claim's text is not what its offsets hold");
        }
        for v in [c.value, c.low, c.high].into_iter().flatten() {
            assert!(v.is_finite(), "a claim with a value that is not a number: {c:?}");
        }
    }
    for a in &found.attributions {
        assert!(a.cue.start <= a.cue.end && a.cue.end <= bytes.len(), "cue out of the article: {a:?}");
    }
});
