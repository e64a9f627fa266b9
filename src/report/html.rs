//! One self-contained HTML page (no network): the table on top, every figure linked to its
//! sentence, the articles side by side with the figures marked, and a click on a row that shows
//! the sentences of its figures together. All article text, titles, sources and messages are
//! escaped: an article holding `<script>` shows it as text.

use std::collections::HashMap;
use std::fmt::Write;

use super::{Findings, outlets, reason_text, verdict_label, what};
use crate::Document;
use crate::claim::Claim;
use crate::judge::{Verdict, figure};

/// Text safe in HTML content and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1d1d1f; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
.summary { color: #555; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: .45rem .5rem; text-align: left; vertical-align: top; }
tr.group { cursor: pointer; } tr.group:hover, tr.group:focus { background: #f3f6fb; outline: none; }
.verdict { font-weight: 600; white-space: nowrap; }
.conflict .verdict { color: #b3261e; } .compatible .verdict { color: #8a6100; } .agree .verdict { color: #1e7b34; } .single .verdict { color: #777; }
a.fig { display: block; color: inherit; text-decoration: none; border-left: 3px solid #9bb6e0; padding-left: .4rem; margin: .1rem 0; }
a.fig:hover { background: #eef3fb; }
.src { color: #555; font-size: .85em; }
#focus { position: sticky; top: 0; background: #fffbe6; border: 1px solid #e8d48a; padding: .6rem 1rem; margin: 1rem 0; z-index: 2; }
#focus p { margin: .4rem 0; }
.articles { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 1rem; }
article { border: 1px solid #ddd; border-radius: 6px; padding: .6rem .9rem; }
article h3 { margin: .2rem 0; font-size: 1rem; } .meta { color: #777; font-size: .85em; margin: 0 0 .5rem; }
.text { white-space: pre-wrap; font-size: .92em; }
mark { background: #ffe08a; padding: 0 .1em; } mark:target { background: #ffb347; outline: 2px solid #e07b00; }
"#;

const SCRIPT: &str = r#"
(function () {
  var focus = document.getElementById('focus');
  var body = document.getElementById('focus-body');
  function open(row) {
    body.innerHTML = row.querySelector('template').innerHTML;
    focus.querySelector('.what').textContent = row.cells[0].textContent;
    focus.hidden = false;
    focus.scrollIntoView({ block: 'nearest' });
  }
  document.querySelectorAll('tr.group').forEach(function (row) {
    row.addEventListener('click', function (e) { if (!e.target.closest('a')) { open(row); } });
    row.addEventListener('keydown', function (e) { if (e.key === 'Enter') { open(row); } });
  });
  document.getElementById('focus-close').addEventListener('click', function () { focus.hidden = true; });
})();
"#;

/// Element ids for every claim: `c<doc>-<n>`.
fn claim_ids(docs: &[Document]) -> HashMap<&str, String> {
    let mut ids = HashMap::new();
    for (d, doc) in docs.iter().enumerate() {
        for (n, c) in doc.claims.iter().enumerate() {
            ids.insert(c.id.as_str(), format!("c{d}-{n}"));
        }
    }
    ids
}

/// A claim's sentence with the figure marked.
fn sentence_html(doc: &Document, c: &Claim) -> String {
    let (s, e) = (c.sentence.start.min(c.start), c.sentence.end.max(c.end));
    format!(
        "{}<mark>{}</mark>{}",
        esc(&doc.slice(s, c.start)),
        esc(&doc.slice(c.start, c.end)),
        esc(&doc.slice(c.end, e))
    )
}

/// An article's body with every figure marked and anchored.
fn article_html(doc: &Document, ids: &HashMap<&str, String>) -> String {
    let mut out = String::new();
    let mut at = doc.body_start;
    let mut claims: Vec<&Claim> = doc.claims.iter().filter(|c| c.kind.is_figure()).collect();
    claims.sort_by_key(|c| (c.start, c.end));
    for c in claims {
        if c.start < at {
            continue;
        }
        out.push_str(&esc(&doc.slice(at, c.start)));
        let _ = write!(
            out,
            "<mark id=\"{}\">{}</mark>",
            ids.get(c.id.as_str()).map_or("", String::as_str),
            esc(&doc.slice(c.start, c.end))
        );
        at = c.end;
    }
    out.push_str(&esc(&doc.slice(at, doc.bytes.len())));
    out
}

fn page(
    title: &str,
    summary: &str,
    main: &str,
    docs: &[Document],
    ids: &HashMap<&str, String>,
) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p class=\"summary\">{}</p>\n",
        esc(title),
        esc(title),
        esc(summary)
    );
    s.push_str("<section id=\"focus\" hidden><strong class=\"what\"></strong> <button id=\"focus-close\" type=\"button\">close</button><div id=\"focus-body\"></div></section>\n");
    s.push_str(main);
    s.push_str("<h2>Articles</h2>\n<div class=\"articles\">\n");
    for (i, d) in docs.iter().enumerate() {
        let meta: Vec<String> = [d.published.clone(), d.url.clone()]
            .into_iter()
            .flatten()
            .collect();
        let _ = writeln!(
            s,
            "<article id=\"doc{i}\"><h3>{}</h3><p class=\"meta\">{}{}</p><div class=\"text\">{}</div></article>",
            esc(&d.source),
            d.title
                .as_deref()
                .map(|t| format!("{} · ", esc(t)))
                .unwrap_or_default(),
            esc(&meta.join(" · ")),
            article_html(d, ids)
        );
    }
    s.push_str("</div>\n");
    let _ = write!(s, "<script>{SCRIPT}</script>\n</body>\n</html>\n");
    s
}

/// `check` as a page.
pub fn check(docs: &[Document], f: Findings) -> String {
    let ids = claim_ids(docs);
    let conflicts = f
        .groups
        .iter()
        .filter(|g| g.verdict == Verdict::Conflict)
        .count();
    let summary = format!(
        "{} articles from {} · {} groups · {} conflicts",
        docs.len(),
        outlets(docs, f.groups).join(", "),
        f.groups.len(),
        conflicts
    );
    let mut main = String::from(
        "<table id=\"groups\">\n<thead><tr><th>what</th><th>figures</th><th>verdict</th><th>reason</th></tr></thead>\n<tbody>\n",
    );
    let articles = crate::Articles::new(docs);
    for g in f.groups {
        let mut figs = String::new();
        let mut sentences = String::new();
        for c in &g.claims {
            let Some(doc) = articles.get(&c.doc) else {
                continue;
            };
            let id = ids.get(c.id.as_str()).map_or("", String::as_str);
            let _ = write!(
                figs,
                "<a class=\"fig\" href=\"#{id}\"><span class=\"src\">{}</span> {}</a>",
                esc(&doc.source),
                esc(&super::figure_line(c))
            );
            let _ = write!(
                sentences,
                "<p class=\"sentence\"><b>{}</b>: {} <a href=\"#{id}\">in the article</a></p>",
                esc(&doc.source),
                sentence_html(doc, c)
            );
        }
        let _ = writeln!(
            main,
            "<tr class=\"group {}\" id=\"{}\" tabindex=\"0\"><td>{}</td><td>{figs}<template>{sentences}</template></td><td class=\"verdict\">{}</td><td>{}</td></tr>",
            g.verdict.as_str(),
            esc(&g.id),
            esc(&what(&g.key)),
            esc(&verdict_label(g)),
            esc(&reason_text(g))
        );
    }
    main.push_str("</tbody>\n</table>\n");
    if !f.quotes.is_empty() {
        main.push_str("<h2>Quotations</h2>\n<ul>\n");
        for q in f.quotes {
            let _ = writeln!(main, "<li><b>{}</b>: {}</li>", esc(&q.kind), esc(&q.reason));
        }
        main.push_str("</ul>\n");
    }
    page("crosscheck report", &summary, &main, docs, &ids)
}

/// `extract` as a page: one row a claim, linked to its place.
pub fn extract(docs: &[Document]) -> String {
    let ids = claim_ids(docs);
    let mut main = String::from(
        "<table id=\"claims\">\n<thead><tr><th>source</th><th>figure</th><th>interval</th><th>said by</th></tr></thead>\n<tbody>\n",
    );
    for d in docs {
        for c in &d.claims {
            let id = ids.get(c.id.as_str()).map_or("", String::as_str);
            let _ = writeln!(
                main,
                "<tr><td>{}</td><td><a class=\"fig\" href=\"#{id}\">{}</a></td><td>{}</td><td>{}</td></tr>",
                esc(&d.source),
                esc(&figure(c)),
                esc(&crate::judge::allows(c)),
                esc(&c
                    .attribution
                    .as_ref()
                    .map(|a| a.source.clone())
                    .unwrap_or_default())
            );
        }
    }
    main.push_str("</tbody>\n</table>\n");
    let summary = format!(
        "{} articles · {} claims",
        docs.len(),
        docs.iter().map(|d| d.claims.len()).sum::<usize>()
    );
    page("crosscheck claims", &summary, &main, docs, &ids)
}
