//! The binary: parse arguments, load rules, run the library, render, pick the exit status
//! (0 no conflict, 1 conflicts found, 2 an error). The only place that prints.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use crosscheck::bundle::{self, Severity};
use crosscheck::cli::{Cli, Command, RulesCommand, Run};
use crosscheck::{Rules, align, judge, report};

/// The grammar makes many small, short-lived strings; mimalloc serves them faster than the system
/// allocator (about a tenth of the time of `extract`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `eprintln!`, where a closed standard error (`2>&1 | head`) is passed over, not a panic (which
/// `panic = "abort"` made an abort, exit 134): what is said there is for a reader, and the exit
/// status still tells the rest.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// `println!`, where a closed standard output (`explain CC001 | head -1`) is passed over, not a
/// panic: the reader has what they wanted.
macro_rules! tell {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(run) => execute(&run, true),
        Command::Extract(run) => execute(&run, false),
        Command::Rules(RulesCommand::Show { rules }) => match Rules::layered(&rules) {
            Ok(r) => emit(None, &r.to_toml()),
            Err(e) => fail(&e),
        },
        Command::Rules(RulesCommand::Check { file }) => match Rules::check_file(&file) {
            Ok(_) => {
                tell!("{}: ok", file.display());
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        Command::Rules(RulesCommand::Test { file }) => match Rules::check_file(&file) {
            Ok(rules) => rules_test(&file, &rules),
            Err(e) => fail(&e),
        },
        Command::Explain { code, rules } => match Rules::layered(&rules) {
            Ok(r) => explain(&r, &code),
            Err(e) => fail(&e),
        },
    }
}

/// `rules test`: every example of every predicate, one line a failure.
fn rules_test(file: &Path, rules: &Rules) -> ExitCode {
    let (run, failures) = crosscheck::test_examples(rules);
    for f in &failures {
        let want = if f.should_match {
            "should take"
        } else {
            "should not take"
        };
        tell!(
            "{}: predicate {:?}: {want} it: {:?}",
            file.display(),
            f.predicate,
            f.sentence
        );
    }
    tell!(
        "{}: {} examples, {} passed, {} failed",
        file.display(),
        run,
        run - failures.len(),
        failures.len()
    );
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `explain CODE`: a check's documentation.
fn explain(rules: &Rules, code: &str) -> ExitCode {
    let found = rules
        .file
        .checks
        .iter()
        .find(|(c, check)| c.eq_ignore_ascii_case(code) || check.name.as_deref() == Some(code));
    let Some((c, check)) = found else {
        let known: Vec<String> = rules
            .file
            .checks
            .iter()
            .map(|(c, k)| format!("{c} {}", k.name.as_deref().unwrap_or("")))
            .collect();
        return fail(&format!(
            "no check {code:?}; the checks are: {}",
            known.join(", ")
        ));
    };
    let level = check
        .level
        .map_or("error".to_string(), |l| format!("{l:?}").to_lowercase());
    let state = if check.enabled == Some(false) {
        " (switched off)"
    } else {
        ""
    };
    tell!(
        "{c} {}: {} [{level}{state}]",
        check.name.as_deref().unwrap_or(""),
        check.message.as_deref().unwrap_or("")
    );
    if let Some(d) = &check.description {
        tell!("{}", d.trim());
    }
    if let Some(e) = &check.example {
        tell!("\nExample input: {e}");
    }
    ExitCode::SUCCESS
}

fn fail(e: &dyn std::fmt::Display) -> ExitCode {
    say!("crosscheck: {e}");
    ExitCode::from(2)
}

/// `crosscheck.toml` in the first folder given (or a folder above it).
fn project_rules(paths: &[PathBuf]) -> Option<PathBuf> {
    let first = paths.iter().find(|p| p.as_os_str() != "-")?;
    let start = if first.is_dir() {
        first.clone()
    } else {
        // a bare file name's folder is the current one
        first
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf()
    };
    let start = std::fs::canonicalize(start).ok()?;
    start
        .ancestors()
        .map(|d| d.join("crosscheck.toml"))
        .find(|p| p.is_file())
}

/// Whether what has come on stdin so far opens with a record, `{`, past any blanks (or nothing has
/// come): peeked, not read, so that plain text still goes to the bundle whole with its offsets.
fn stdin_holds_json_lines() -> bool {
    use std::io::BufRead;
    let mut stdin = std::io::stdin().lock();
    loop {
        match stdin.fill_buf() {
            Ok(seen) => {
                return seen
                    .iter()
                    .find(|b| !b.is_ascii_whitespace())
                    .map_or(seen.is_empty(), |&b| b == b'{');
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            // (the bundle's own read tells of it)
            Err(_) => return false,
        }
    }
}

/// `extract --format jsonl` over JSON-lines inputs: each document printed as soon as its chunk is
/// read; problems on stderr; exit 2 if any input was skipped.
fn stream(paths: &[PathBuf], rules: &Rules) -> ExitCode {
    // a record or a document's line is a few kilobytes: buffers of many lines make fewer reads and
    // writes
    const BUFFER: usize = 1 << 16;
    let mut out = Lines::new(std::io::stdout().lock(), BUFFER);
    // the buffers of lines written out, for the lines to come (as many as are on their way out at
    // once: a chunk's and a batch's), where each line was copied out of the thread's buffer into
    // one of its size, allocated for it: measured, 0.25 M instructions per MB less on synthetic
    // text (of which the buffers' first lines take back some), 1.1 M on real news (whose lines
    // are longer)
    let spare = std::sync::Mutex::new(Vec::new());
    let mut errors = 0;
    let (mut read, mut claims) = (0, 0);
    let mut problems = Vec::new();
    for path in paths {
        let name = if path.as_os_str() == "-" {
            PathBuf::from("<stdin>")
        } else {
            path.clone()
        };
        let input: Box<dyn std::io::BufRead> = if path.as_os_str() == "-" {
            Box::new(std::io::BufReader::with_capacity(
                BUFFER,
                std::io::stdin().lock(),
            ))
        } else {
            match std::fs::File::open(path) {
                Ok(f) => Box::new(std::io::BufReader::with_capacity(BUFFER, f)),
                Err(e) => {
                    let p = bundle::Problem {
                        severity: Severity::Error,
                        error: crosscheck::Error::Io {
                            path: path.clone(),
                            source: e,
                        },
                    };
                    say!("crosscheck: error: {}", p.error);
                    errors += 1;
                    problems.push(p);
                    continue;
                }
            }
        };
        // each document becomes its line of JSON on the thread that read it, and hands its lists
        // to the next article there
        let line = |doc: crosscheck::Document| {
            let buf = spare.lock().ok().and_then(|mut s| s.pop());
            // (a new one with room for nearly every line: 99 in 100 lines of real news are
            // shorter than 28 KB; one grown was copied whole each time it doubled, 0.34 M
            // instructions per MB of real news with room for 16 KB)
            let buf = buf.unwrap_or_else(|| Vec::with_capacity(32 << 10));
            let line = report::document_line_in(&doc, buf);
            let claims = doc.claims.len();
            crosscheck::recycle(doc);
            (claims, line)
        };
        let result = crosscheck::stream_jsonl(input, &name, rules, line, |r| match r {
            Ok((n, line)) => {
                read += 1;
                claims += n;
                out.push(line)?;
                if !out.spent.is_empty()
                    && let Ok(mut spare) = spare.lock()
                {
                    spare.append(&mut out.spent);
                }
                Ok(())
            }
            Err(p) => {
                let label = if p.severity == Severity::Error {
                    errors += 1;
                    "error"
                } else {
                    "warning"
                };
                say!("crosscheck: {label}: {}", p.error);
                problems.push(p);
                Ok(())
            }
        });
        if let Err(e) = result.and_then(|_| out.flush()) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            return fail(&format!("{}: {e}", name.display()));
        }
    }
    if !problems.is_empty() {
        say!("{}", summary(read, &problems, claims, None));
    }
    if errors > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// Lines on their way out: each kept whole until they make `batch` bytes, then all handed to the
/// writer in one vectored write (one system call, as a `BufWriter` of that size makes), without
/// copying each into a buffer first (0.3 M instructions on 1 MB of articles).
struct Lines<W: Write> {
    out: W,
    batch: usize,
    lines: Vec<report::Line>,
    len: usize,
    /// The buffers of lines written out, for other lines (but one that an outsized line left
    /// large, which is let go).
    spent: Vec<Vec<u8>>,
}

impl<W: Write> Lines<W> {
    fn new(out: W, batch: usize) -> Self {
        Lines {
            out,
            batch,
            lines: Vec::new(),
            len: 0,
            spent: Vec::new(),
        }
    }

    fn push(&mut self, line: report::Line) -> std::io::Result<()> {
        self.len += line.as_bytes().len();
        self.lines.push(line);
        if self.len >= self.batch {
            self.write_out()?;
        }
        Ok(())
    }

    /// Writes out every line kept (as `write_all` would, a piece at a time), and flushes.
    fn flush(&mut self) -> std::io::Result<()> {
        self.write_out()?;
        self.out.flush()
    }

    fn write_out(&mut self) -> std::io::Result<()> {
        // each line's newline a piece of its own after it: a `LineWriter` (stdout's) looks for the
        // last newline from the start of the last piece that holds one, which is then one byte
        let mut slices: Vec<std::io::IoSlice> = Vec::with_capacity(2 * self.lines.len());
        for line in &self.lines {
            let line = line.as_bytes();
            let (text, newline) = line.split_at(line.len().saturating_sub(1));
            slices.extend([std::io::IoSlice::new(text), std::io::IoSlice::new(newline)]);
        }
        let mut rest = &mut slices[..];
        while !rest.is_empty() {
            match self.out.write_vectored(rest) {
                Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
                Ok(n) => std::io::IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        drop(slices);
        let buffers = self.lines.drain(..).map(report::Line::into_buffer);
        self.spent
            .extend(buffers.filter(|buf| buf.capacity() <= 1 << 20));
        self.len = 0;
        Ok(())
    }
}

/// Lines still kept are written out when the batch is dropped (a run stopped by an error on its
/// input), as a `BufWriter` writes out its buffer; an error then is let go.
impl<W: Write> Drop for Lines<W> {
    fn drop(&mut self) {
        let _ = self.write_out();
    }
}

/// Extracts every article, with a progress bar on stderr when that takes more than a second and
/// stderr is a terminal.
fn extract_with_progress(
    articles: Vec<crosscheck::Article>,
    rules: &Rules,
) -> Vec<crosscheck::Document> {
    let started = std::time::Instant::now();
    let bar = indicatif::ProgressBar::hidden();
    bar.set_length(articles.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} articles {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let terminal = std::io::stderr().is_terminal();
    let shown = std::sync::atomic::AtomicBool::new(false);
    let docs = crosscheck::extract_each(articles, rules, |done| {
        if terminal
            && started.elapsed().as_secs_f64() > 1.0
            && !shown.swap(true, std::sync::atomic::Ordering::Relaxed)
        {
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
        bar.set_position(done as u64);
    });
    bar.finish_and_clear();
    docs
}

fn terminal_width() -> usize {
    // COLUMNS wins (scripts and tests set it); else the terminal's own width; else 120
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| terminal_size::terminal_size().map(|(w, _)| w.0 as usize))
        .filter(|&w: &usize| w >= 40)
        .unwrap_or(120)
}

fn execute(run: &Run, check: bool) -> ExitCode {
    let mut layers: Vec<PathBuf> = project_rules(&run.paths).into_iter().collect();
    layers.extend(run.rules.iter().cloned());
    let top = run.approx.map(|approx| crosscheck::rules::RulesFile {
        judge: Some(crosscheck::rules::Judge {
            approx: Some(approx),
            ..Default::default()
        }),
        ..Default::default()
    });
    let rules = match Rules::layered_with(&layers, top) {
        Ok(r) => r,
        Err(e) => return fail(&e),
    };
    // JSON lines in, JSON lines out: streamed, in constant memory (the map step of docs/scale.md)
    if !check
        && run.format == report::Format::Jsonl
        && run.output.is_none()
        && run.paths.iter().all(|p| {
            (p.as_os_str() == "-" && stdin_holds_json_lines())
                || p.extension().is_some_and(|e| e == "jsonl")
        })
    {
        return stream(&run.paths, &rules);
    }
    let bundle = bundle::read(&run.paths);
    let mut errors = 0;
    for p in &bundle.problems {
        let label = match p.severity {
            Severity::Warning | Severity::Skipped => "warning",
            Severity::Error => {
                errors += 1;
                "error"
            }
        };
        say!("crosscheck: {label}: {}", p.error);
    }
    if bundle.articles.is_empty() {
        say!("crosscheck: no articles to read");
        return ExitCode::from(2);
    }
    let docs = extract_with_progress(bundle.articles, &rules);
    let only = match run.only.as_deref().map(report::parse_verdicts).transpose() {
        Ok(v) => v.unwrap_or_default(),
        Err(e) => return fail(&format!("--only: {e}")),
    };
    // colour only for a terminal, and never where NO_COLOR is set (no-color.org)
    let color = run.output.is_none()
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let layout = report::Layout {
        width: terminal_width(),
        color,
        only,
    };
    let (out, (conflicts, others)) = if check {
        let copies = align::find_copies(&docs);
        let grouped = align::group(&rules, &docs);
        let near_misses = run.explain.then(|| align::near_misses(&rules, &grouped));
        let groups = judge::judge(&rules, &docs, grouped, &copies);
        // the run fails on findings at level error that no waiver accepts
        let conflicts = groups.iter().filter(|g| g.fails()).count();
        let mut quotes = align::compare_quotes(&docs);
        quotes.retain(|q| rules.check(&q.check).is_some());
        // and the findings that do not fail it (warnings, notes, waivers), counted apart
        let others = groups
            .iter()
            .filter(|g| g.verdict == judge::Verdict::Conflict && !g.fails())
            .count()
            + quotes.len();
        (
            report::check(
                run.format,
                &docs,
                report::Findings {
                    groups: &groups,
                    quotes: &quotes,
                    copies: &copies,
                    near_misses: near_misses.as_deref(),
                },
                &layout,
            ),
            (conflicts, others),
        )
    } else {
        (report::extract(run.format, &docs, &layout), (0, 0))
    };
    let code = emit(run.output.as_deref(), &out);
    if code != ExitCode::SUCCESS {
        return code;
    }
    // every input is accounted for: read, or skipped and said why above
    if check || !bundle.problems.is_empty() {
        let claims: usize = docs.iter().map(|d| d.claims.len()).sum();
        let conflicts = check.then_some((conflicts, others));
        say!(
            "{}",
            summary(docs.len(), &bundle.problems, claims, conflicts)
        );
    }
    if errors > 0 {
        ExitCode::from(2)
    } else if conflicts > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The run's last line on stderr: what was read, what was skipped and why, what was found.
fn summary(
    read: usize,
    problems: &[bundle::Problem],
    claims: usize,
    conflicts: Option<(usize, usize)>,
) -> String {
    let count = |s: Severity| problems.iter().filter(|p| p.severity == s).count();
    let (errors, skipped, warnings) = (
        count(Severity::Error),
        count(Severity::Skipped),
        count(Severity::Warning),
    );
    let n = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let mut out = format!("crosscheck: {} read", n(read, "article"));
    if warnings > 0 {
        out.push_str(&format!(" ({warnings} with a warning)"));
    }
    if errors + skipped > 0 {
        let mut why = Vec::new();
        if errors > 0 {
            why.push(n(errors, "error"));
        }
        if skipped > 0 {
            why.push(n(skipped, "warning"));
        }
        out.push_str(&format!(
            ", {} skipped ({} above)",
            n(errors + skipped, "input"),
            why.join(", ")
        ));
    }
    out.push_str(&format!(", {}", n(claims, "claim")));
    if let Some((c, others)) = conflicts {
        out.push_str(&format!(", {}", n(c, "conflict")));
        if others > 0 {
            out.push_str(&format!(
                ", {} (warnings, notes or waived)",
                n(others, "other finding")
            ));
        }
    }
    out
}

/// Writes the report to stdout, or to a file through a temporary file and a rename.
fn emit(path: Option<&Path>, text: &str) -> ExitCode {
    let Some(path) = path else {
        let mut out = std::io::stdout().lock();
        if let Err(e) = out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            return fail(&format!("stdout: {e}"));
        }
        return ExitCode::SUCCESS;
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let result = tempfile::NamedTempFile::new_in(dir).and_then(|mut f| {
        f.write_all(text.as_bytes())?;
        f.as_file().sync_all()?;
        // a report is for others to read: not the temporary file's private mode
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            f.as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o644))?;
        }
        f.persist(path).map_err(|e| e.error)?;
        Ok(())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&format!("{}: {e}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::Lines;
    use std::io::Write;

    /// A writer that takes at most a few bytes a call, and is sometimes interrupted.
    struct Trickle {
        got: Vec<u8>,
        calls: usize,
    }

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.calls += 1;
            if self.calls.is_multiple_of(3) {
                return Err(std::io::ErrorKind::Interrupted.into());
            }
            let n = buf.len().min(5);
            self.got.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// Every line comes out whole and in order, however little the writer takes at a time, with
    /// batches written as they fill and the rest at the flush.
    #[test]
    fn lines_come_out_whole_and_in_order() {
        let lines: Vec<Vec<u8>> = (0..50)
            .map(|i| format!("{{\"id\":{i},\"text\":\"{}\"}}\n", "x".repeat(i)).into_bytes())
            .chain([b"\n".to_vec(), Vec::new()])
            .collect();
        let mut out = Lines::new(
            Trickle {
                got: Vec::new(),
                calls: 0,
            },
            100,
        );
        for line in &lines {
            out.push(line.clone().into()).unwrap();
        }
        out.flush().unwrap();
        assert_eq!(out.out.got, lines.concat());
    }

    /// Lines kept when the batch is dropped unflushed are written out, as a `BufWriter` would.
    #[test]
    fn lines_kept_are_written_out_when_dropped() {
        let mut got = Vec::new();
        {
            let mut out = Lines::new(&mut got, 1 << 16);
            out.push(b"{\"id\":1}\n".to_vec().into()).unwrap();
        }
        assert_eq!(got, b"{\"id\":1}\n");
    }
}
