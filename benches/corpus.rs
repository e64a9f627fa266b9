//! A corpus for the benchmarks, recombined from the fixture articles: paragraphs drawn with a fixed
//! seed, so every run measures the same bytes.

use std::path::Path;

/// The paragraphs of every fixture article (front matter dropped).
fn paragraphs(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    for bundle in ["fixtures/kidal", "fixtures/flood", "fixtures/voices"] {
        let Ok(entries) = std::fs::read_dir(root.join(bundle)) else {
            continue;
        };
        files.extend(entries.flatten().map(|e| e.path()));
    }
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        let body = match text
            .strip_prefix("---\n")
            .and_then(|t| t.split_once("\n---\n"))
        {
            Some((_, body)) => body.to_string(),
            None => text,
        };
        out.extend(
            body.split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(String::from),
        );
    }
    out
}

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Articles of eight paragraphs each, as (source, text), until `bytes` of text are reached.
pub fn articles(root: &Path, bytes: usize, seed: u64) -> Vec<(String, String)> {
    let paras = paragraphs(root);
    assert!(!paras.is_empty(), "the fixtures hold paragraphs");
    let mut rng = Rng(seed);
    let mut out = Vec::new();
    let mut size = 0;
    while size < bytes {
        let text: Vec<&str> = (0..8)
            .map(|_| paras[(rng.next() % paras.len() as u64) as usize].as_str())
            .collect();
        let text = text.join("\n\n");
        size += text.len();
        out.push((format!("Outlet {}", out.len() % 7), text));
    }
    out
}
