//! The differential test: every `tests/scripts/**/X.py` and `tests/programs/**/X.py`
//! (helpers named `_*.py` are skipped) must print exactly `X.out`, which CPython produced (see
//! `tests/gen_expected.py`). When `X.err` exists (two lines: exit status, last line of
//! stderr) the run must fail and the last line of the rendered error must match it.
//!
//! Each script runs in-process at three tier settings: JIT off, the defaults, and
//! "eager" (every threshold 0, so everything is specialised and compiled at once).
//!
//! `FIREBRAND_CORPUS_FILTER=substring` restricts the run to matching script paths;
//! `FIREBRAND_CORPUS_TIMEOUT=seconds` changes the per-run timeout (default 60).

use std::collections::VecDeque;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use firebrand::{Config, DirLoader, Engine};

const STACK_SIZE: usize = 256 * 1024 * 1024;
const DEFAULT_TIMEOUT_SECS: u64 = 60;

fn timeout() -> Duration {
    let secs = std::env::var("FIREBRAND_CORPUS_TIMEOUT")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(DEFAULT_TIMEOUT_SECS);
    Duration::from_secs(secs)
}
const WORKERS: usize = 2;
const MAX_DIFF_LINES: usize = 15;

/// A `Write` into a shared buffer, so the output survives a timed-out engine thread.
#[derive(Clone, Default)]
struct SharedBuf(Arc<Mutex<Vec<u8>>>);

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl SharedBuf {
    fn contents(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }
}

#[derive(Clone, Copy, Debug)]
enum Tier {
    JitOff,
    Default,
    Eager,
}

impl Tier {
    const ALL: [Tier; 3] = [Tier::JitOff, Tier::Default, Tier::Eager];

    fn name(self) -> &'static str {
        match self {
            Tier::JitOff => "jit-off",
            Tier::Default => "default",
            Tier::Eager => "eager",
        }
    }

    fn config(self) -> Config {
        // Engines run on threads with STACK_SIZE bytes of stack, as in the CLI.
        let native = Config {
            native_stack_budget: STACK_SIZE / 2,
            ..Config::default()
        };
        match self {
            Tier::JitOff => Config {
                jit: false,
                ..native
            },
            Tier::Default => native,
            Tier::Eager => Config {
                jit: true,
                specialize_after: 0,
                compile_after: 0,
                osr_after: 0,
                ..native
            },
        }
    }
}

struct Case {
    /// Path relative to `tests/` (for reports).
    rel: String,
    path: PathBuf,
    expected_out: String,
    /// The expected last stderr line when the script must fail.
    expected_err: Option<String>,
}

fn scripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("scripts")
}

/// `tests/programs/`: longer programs written as users write them, checked the same way.
fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs")
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else if name.ends_with(".py") {
            out.push(p);
        }
    }
}

fn collect_cases() -> (Vec<Case>, Vec<String>) {
    let tests_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let root = tests_dir.as_path();
    let mut paths = Vec::new();
    walk(&scripts_dir(), &mut paths);
    walk(&programs_dir(), &mut paths);
    let mut missing = Vec::new();
    let filter = std::env::var("FIREBRAND_CORPUS_FILTER")
        .ok()
        .filter(|f| !f.is_empty());
    let mut cases = Vec::new();
    for path in paths {
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string();
        if let Some(f) = &filter
            && !rel.contains(f.as_str())
        {
            continue;
        }
        let out_path = path.with_extension("out");
        let Ok(expected_out) = std::fs::read_to_string(&out_path) else {
            missing.push(rel);
            continue;
        };
        let err_path = path.with_extension("err");
        let expected_err = std::fs::read_to_string(&err_path).ok().map(|text| {
            let mut lines = text.lines();
            let _status = lines.next();
            lines.next().unwrap_or("").to_string()
        });
        cases.push(Case {
            rel,
            path,
            expected_out,
            expected_err,
        });
    }
    (cases, missing)
}

enum Outcome {
    Finished {
        stdout: String,
        result: Result<(), firebrand::Error>,
    },
    Panicked {
        stdout: String,
        message: String,
    },
    TimedOut {
        stdout: String,
    },
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "<non-string panic payload>".to_string()
    }
}

fn run_one(case: &Case, tier: Tier) -> Outcome {
    let source = match std::fs::read_to_string(&case.path) {
        Ok(s) => s,
        Err(e) => {
            return Outcome::Panicked {
                stdout: String::new(),
                message: format!("cannot read script: {e}"),
            };
        }
    };
    let dir = case.path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let filename = case
        .path
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let buf = SharedBuf::default();
    let thread_buf = buf.clone();
    let config = tier.config();
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::Builder::new()
        .name(format!("corpus {} [{}]", case.rel, tier.name()))
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let mut engine = Engine::with_config(config);
            engine.set_output(thread_buf);
            engine.set_module_loader(DirLoader::new(dir));
            let r = engine.run(&source, &filename);
            drop(engine);
            let _ = tx.send(r);
        })
        .expect("spawn engine thread");
    match rx.recv_timeout(timeout()) {
        Ok(result) => {
            let _ = handle.join();
            Outcome::Finished {
                stdout: buf.contents(),
                result,
            }
        }
        Err(RecvTimeoutError::Disconnected) => {
            let message = match handle.join() {
                Err(p) => panic_message(&*p),
                Ok(()) => "engine thread ended without a result".to_string(),
            };
            Outcome::Panicked {
                stdout: buf.contents(),
                message,
            }
        }
        Err(RecvTimeoutError::Timeout) => {
            // The thread cannot be killed: leave it detached and report.
            drop(handle);
            Outcome::TimedOut {
                stdout: buf.contents(),
            }
        }
    }
}

/// One line of a line diff.
#[derive(Clone, Copy, PartialEq)]
enum Op {
    Same,
    Del,
    Add,
}

/// A line diff (longest common subsequence) of `e` against `a`, as (op, line) pairs.
/// The common prefix and suffix are trimmed first; a huge middle falls back to
/// "all deleted, all added".
fn line_diff<'a>(e: &[&'a str], a: &[&'a str]) -> Vec<(Op, &'a str)> {
    let pre = e.iter().zip(a).take_while(|(x, y)| x == y).count();
    let mut suf = 0;
    while suf < e.len() - pre && suf < a.len() - pre && e[e.len() - 1 - suf] == a[a.len() - 1 - suf]
    {
        suf += 1;
    }
    let (em, am) = (&e[pre..e.len() - suf], &a[pre..a.len() - suf]);
    let mut ops: Vec<(Op, &str)> = e[..pre].iter().map(|l| (Op::Same, *l)).collect();
    if em.len().saturating_mul(am.len()) <= 4_000_000 {
        // lcs[i][j]: LCS length of em[i..] and am[j..].
        let w = am.len() + 1;
        let mut lcs = vec![0u32; (em.len() + 1) * w];
        for i in (0..em.len()).rev() {
            for j in (0..am.len()).rev() {
                lcs[i * w + j] = if em[i] == am[j] {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < em.len() || j < am.len() {
            if i < em.len() && j < am.len() && em[i] == am[j] {
                ops.push((Op::Same, em[i]));
                i += 1;
                j += 1;
            } else if i < em.len() && (j == am.len() || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])
            {
                ops.push((Op::Del, em[i]));
                i += 1;
            } else {
                ops.push((Op::Add, am[j]));
                j += 1;
            }
        }
    } else {
        ops.extend(em.iter().map(|l| (Op::Del, *l)));
        ops.extend(am.iter().map(|l| (Op::Add, *l)));
    }
    ops.extend(e[e.len() - suf..].iter().map(|l| (Op::Same, *l)));
    ops
}

/// A unified-style diff of expected vs actual output: hunks with one line of
/// context, at most `MAX_DIFF_LINES` differing lines shown.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let a: Vec<&str> = actual.split_inclusive('\n').collect();
    let ops = line_diff(&e, &a);
    let show = |l: &str| match l.strip_suffix('\n') {
        Some(t) => t.to_string(),
        None => format!("{l}\\ (no newline at end)"),
    };
    let mut out = format!(
        "    --- expected ({} lines)\n    +++ actual ({} lines)\n",
        e.len(),
        a.len()
    );
    let total = ops.iter().filter(|(op, _)| *op != Op::Same).count();
    let mut shown = 0;
    let (mut eline, mut aline) = (1, 1);
    let mut last_printed: Option<usize> = None;
    for (k, (op, l)) in ops.iter().enumerate() {
        if shown >= MAX_DIFF_LINES {
            break;
        }
        let near_change = |idx: usize| ops.get(idx).is_some_and(|(o, _)| *o != Op::Same);
        let print = *op != Op::Same || near_change(k + 1) || (k > 0 && near_change(k - 1));
        if print {
            if last_printed.is_none_or(|p| p + 1 != k) {
                out.push_str(&format!("    @@ -{eline} +{aline} @@\n"));
            }
            let sign = match op {
                Op::Same => ' ',
                Op::Del => '-',
                Op::Add => '+',
            };
            out.push_str(&format!("    {sign}{}\n", show(l)));
            last_printed = Some(k);
            if *op != Op::Same {
                shown += 1;
            }
        }
        match op {
            Op::Same => {
                eline += 1;
                aline += 1;
            }
            Op::Del => eline += 1,
            Op::Add => aline += 1,
        }
    }
    if total > shown {
        out.push_str(&format!(
            "    ... ({} more differing lines)\n",
            total - shown
        ));
    }
    out
}

fn last_nonempty_line(s: &str) -> &str {
    s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
}

/// `None` when the run matches, else a description of the mismatch.
fn check(case: &Case, outcome: Outcome) -> Option<String> {
    let mut problems = Vec::new();
    let stdout = match &outcome {
        Outcome::Finished { stdout, .. }
        | Outcome::Panicked { stdout, .. }
        | Outcome::TimedOut { stdout } => stdout,
    };
    match &outcome {
        Outcome::TimedOut { .. } => {
            problems.push(format!("  timed out after {}s", timeout().as_secs()))
        }
        Outcome::Panicked { message, .. } => problems.push(format!("  engine panicked: {message}")),
        Outcome::Finished { result, .. } => match (result, &case.expected_err) {
            (Ok(()), None) => {}
            (Ok(()), Some(want)) => problems.push(format!(
                "  expected failure `{want}`, but the script succeeded"
            )),
            (Err(e), None) => {
                let rendered = e.rendered();
                let mut text = String::from("  unexpected error:\n");
                let lines: Vec<&str> = rendered.lines().collect();
                let skip = lines.len().saturating_sub(MAX_DIFF_LINES);
                if skip > 0 {
                    text.push_str(&format!("    ... ({skip} lines)\n"));
                }
                for l in &lines[skip..] {
                    text.push_str(&format!("    {l}\n"));
                }
                problems.push(text.trim_end().to_string());
            }
            (Err(e), Some(want)) => {
                let rendered = e.rendered();
                let got = last_nonempty_line(&rendered);
                if got != want {
                    problems.push(format!(
                        "  wrong error:\n    expected: {want}\n    got:      {got}"
                    ));
                }
            }
        },
    }
    if *stdout != case.expected_out {
        problems.push(format!(
            "  stdout differs:\n{}",
            diff(&case.expected_out, stdout).trim_end()
        ));
    }
    if problems.is_empty() {
        None
    } else {
        Some(problems.join("\n"))
    }
}

#[test]
fn corpus() {
    let (cases, missing) = collect_cases();
    assert!(
        missing.is_empty(),
        "scripts without expected output (run `python3 tests/gen_expected.py FILE`): {}",
        missing.join(", ")
    );
    let cases = Arc::new(cases);
    assert!(
        !cases.is_empty() || std::env::var("FIREBRAND_CORPUS_FILTER").is_ok(),
        "no scripts found under {}",
        scripts_dir().display()
    );
    let jobs: VecDeque<(usize, Tier)> = (0..cases.len())
        .flat_map(|i| Tier::ALL.into_iter().map(move |t| (i, t)))
        .collect();
    let jobs = Arc::new(Mutex::new(jobs));
    // (case index, tier, failure text)
    let failures: Arc<Mutex<Vec<(usize, usize, String)>>> = Arc::default();
    let started = Instant::now();
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let (cases, jobs, failures) = (cases.clone(), jobs.clone(), failures.clone());
            std::thread::spawn(move || {
                loop {
                    let Some((i, tier)) = jobs.lock().unwrap().pop_front() else {
                        break;
                    };
                    let case = &cases[i];
                    let t0 = Instant::now();
                    let outcome = run_one(case, tier);
                    let elapsed = t0.elapsed();
                    if elapsed > Duration::from_secs(10) {
                        eprintln!(
                            "corpus: slow: {} [{}] took {:.1}s",
                            case.rel,
                            tier.name(),
                            elapsed.as_secs_f64()
                        );
                    }
                    if let Some(text) = check(case, outcome) {
                        failures.lock().unwrap().push((i, tier as usize, text));
                    }
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("corpus worker panicked");
    }
    let mut failures = std::mem::take(&mut *failures.lock().unwrap());
    failures.sort_by_key(|(i, t, _)| (*i, *t));
    let failed_scripts: std::collections::BTreeSet<usize> =
        failures.iter().map(|(i, _, _)| *i).collect();
    let total = cases.len();
    let summary = format!(
        "corpus: {} passed, {} failed",
        total - failed_scripts.len(),
        failed_scripts.len()
    );
    let runs_summary = format!(
        "({} script runs at {} tiers, {} failing runs, {:.1}s)",
        total * Tier::ALL.len(),
        Tier::ALL.len(),
        failures.len(),
        started.elapsed().as_secs_f64()
    );
    println!("{summary} {runs_summary}");
    if failures.is_empty() {
        return;
    }
    let mut report = String::new();
    for (i, t, text) in &failures {
        report.push_str(&format!(
            "=== {} [{}]\n{}\n",
            cases[*i].rel,
            Tier::ALL[*t].name(),
            text
        ));
    }
    report.push_str("\nfailing scripts:\n");
    for i in &failed_scripts {
        let tiers: Vec<&str> = failures
            .iter()
            .filter(|(j, _, _)| j == i)
            .map(|(_, t, _)| Tier::ALL[*t].name())
            .collect();
        report.push_str(&format!("  {} [{}]\n", cases[*i].rel, tiers.join(", ")));
    }
    report.push_str(&format!("{summary}\n"));
    panic!("\n{report}");
}
