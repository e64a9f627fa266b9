//! The HTML report in a real browser: headless Chromium, driven over WebDriver by chromedriver,
//! opens the report of the Kidal bundle, clicks the conflict row and checks that both sentences
//! are shown; a screenshot goes to target/browser-report.png. Skipped, with a message, where
//! Chromium or chromedriver is not installed (.ci/run installs Debian's `chromium` and
//! `chromium-driver`).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};

use crate::run;

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

/// One HTTP/1.1 request to the driver on loopback; the reply's JSON body.
fn call(port: u16, method: &str, path: &str, body: Option<&Value>) -> Value {
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("chromedriver answers");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).unwrap();
    // read the head, then as many bytes as Content-Length says (the driver keeps the line open)
    let mut raw = Vec::new();
    let mut buf = [0u8; 8192];
    let (head, body_at, length) = loop {
        let n = stream.read(&mut buf).unwrap();
        assert!(n > 0, "chromedriver closed the connection");
        raw.extend_from_slice(&buf[..n]);
        if let Some(i) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..i]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok());
            break (head, i + 4, length);
        }
    };
    let length = length.unwrap_or_else(|| panic!("no Content-Length in {head}"));
    while raw.len() < body_at + length {
        let n = stream.read(&mut buf).unwrap();
        assert!(n > 0, "chromedriver closed the connection early");
        raw.extend_from_slice(&buf[..n]);
    }
    let rest = String::from_utf8_lossy(&raw[body_at..body_at + length]).into_owned();
    serde_json::from_str(&rest).unwrap_or_else(|e| panic!("{e}: {head} {rest}"))
}

struct Driver {
    child: Child,
    port: u16,
    session: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = std::panic::catch_unwind(|| {
                call(
                    self.port,
                    "DELETE",
                    &format!("/session/{}", self.session),
                    None,
                )
            });
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(chromium: &Path, chromedriver: &Path, profile: &Path) -> Driver {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(chromedriver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut driver = Driver {
        child,
        port,
        session: String::new(),
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    let args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1600",
    ];
    let mut args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    let caps = json!({"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {"binary": chromium, "args": args}}}});
    let reply = call(port, "POST", "/session", Some(&caps));
    driver.session = reply["value"]["sessionId"]
        .as_str()
        .unwrap_or_else(|| panic!("no session: {reply}"))
        .to_string();
    driver
}

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

#[test]
fn clicking_a_conflict_row_shows_both_sentences() {
    let (Some(chromium), Some(chromedriver)) = (
        which("chromium").or_else(|| which("chromium-browser")),
        which("chromedriver"),
    ) else {
        eprintln!(
            "skipped: the browser test needs chromium and chromedriver (apt-get install chromium chromium-driver)"
        );
        return;
    };
    // cargo's scratch folder for integration tests, wherever the target folder is
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let report = out.join("browser-report.html");
    let o = run(&[
        "check",
        "--format",
        "html",
        "--output",
        report.to_str().unwrap(),
        "fixtures/kidal",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", crate::stderr(&o));
    let profile = tempfile::tempdir().unwrap();
    let d = start(&chromium, &chromedriver, profile.path());
    let s = format!("/session/{}", d.session);
    call(
        d.port,
        "POST",
        &format!("{s}/url"),
        Some(&json!({"url": format!("file://{}", report.display())})),
    );
    let find = |css: &str| {
        call(
            d.port,
            "POST",
            &format!("{s}/elements"),
            Some(&json!({"using": "css selector", "value": css})),
        )["value"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    };
    let shown = |e: &Value| {
        call(
            d.port,
            "GET",
            &format!("{s}/element/{}/displayed", e[ELEMENT].as_str().unwrap()),
            None,
        )["value"]
            == true
    };
    let text = |e: &Value| {
        call(
            d.port,
            "GET",
            &format!("{s}/element/{}/text", e[ELEMENT].as_str().unwrap()),
            None,
        )["value"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    // before the click, no sentence is open
    let focus = find("#focus");
    assert_eq!(focus.len(), 1);
    assert!(!shown(&focus[0]));
    let rows = find("tr.group.conflict");
    assert!(!rows.is_empty(), "the report has a conflict row");
    call(
        d.port,
        "POST",
        &format!("{s}/element/{}/click", rows[0][ELEMENT].as_str().unwrap()),
        Some(&json!({})),
    );
    let sentences = find("#focus-body p.sentence");
    assert_eq!(
        sentences.len(),
        3,
        "the three figures of the soldiers-killed row"
    );
    assert!(sentences.iter().all(&shown), "every sentence is visible");
    let all: Vec<String> = sentences.iter().map(text).collect();
    assert!(
        all.iter().any(|t| t.contains("eight Malian soldiers")),
        "{all:?}"
    );
    assert!(
        all.iter().any(|t| t.contains("Around 20 Malian soldiers")),
        "{all:?}"
    );
    let shot = call(d.port, "GET", &format!("{s}/screenshot"), None);
    let png = base64::engine::general_purpose::STANDARD
        .decode(shot["value"].as_str().unwrap())
        .unwrap();
    // for a person to look at
    std::fs::write(out.join("browser-report.png"), png).unwrap();
}
