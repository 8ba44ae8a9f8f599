//! The `firebrand` binary as a process: exit statuses, stdout/stderr shapes, imports
//! next to the script, `-c`, `--dis`, environment configuration and the seed
//! workloads at reduced sizes.
//!
//! Expected texts were checked by hand against `python3` (CPython 3.11) running the
//! same files by absolute path; nothing here runs CPython at test time.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

const EXE: &str = env!("CARGO_BIN_EXE_firebrand");

/// A fresh temporary directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let dir = std::env::temp_dir().join(format!(
            "firebrand-cli-{tag}-{}-{n}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        // Absolute and canonical, as CPython reports script paths.
        TempDir(dir.canonicalize().expect("canonicalize temp dir"))
    }

    fn file(&self, name: &str, contents: &str) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, contents).expect("write temp file");
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn firebrand() -> Command {
    let mut c = Command::new(EXE);
    for var in [
        "FIREBRAND_JIT",
        "FIREBRAND_SPECIALIZE_AFTER",
        "FIREBRAND_COMPILE_AFTER",
        "FIREBRAND_OSR_AFTER",
    ] {
        c.env_remove(var);
    }
    c
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().expect("run firebrand");
    let code = status
        .code()
        .unwrap_or_else(|| panic!("firebrand killed by a signal: {status:?}"));
    (
        code,
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

fn run_script(path: &Path) -> (i32, String, String) {
    run(firebrand().arg(path))
}

#[test]
fn script_prints_and_exits_zero() {
    let d = TempDir::new("ok");
    let p = d.file(
        "hello.py",
        "def greet(name):\n    return 'hello, ' + name\n\nfor w in ['world', 'firebrand']:\n    print(greet(w))\nprint(sum(i * i for i in range(10)), 7 / 2, [1, (2, 'x')], {'k': None})\n",
    );
    let (code, out, err) = run_script(&p);
    assert_eq!(err, "");
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "hello, world\nhello, firebrand\n285 3.5 [1, (2, 'x')] {'k': None}\n"
    );
}

#[test]
fn uncaught_exception_exits_one_with_traceback() {
    let d = TempDir::new("exc");
    let p = d.file(
        "exc.py",
        "def inner(n):\n    return 10 // n\n\ndef outer(n):\n    return inner(n - 1)\n\nprint(\"before\")\nprint(outer(1))\n",
    );
    let (code, out, err) = run_script(&p);
    assert_eq!(code, 1, "stderr: {err}");
    assert_eq!(out, "before\n", "output before the exception is flushed");
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "stderr: {err}"
    );
    assert!(
        err.ends_with("ZeroDivisionError: integer division or modulo by zero\n"),
        "stderr: {err}"
    );
    // CPython 3.11 prints these frame lines (plus caret lines, which are optional here).
    let path = p.display();
    let frames: Vec<&str> = err.lines().filter(|l| l.starts_with("  File ")).collect();
    assert_eq!(
        frames,
        [
            format!("  File \"{path}\", line 8, in <module>"),
            format!("  File \"{path}\", line 5, in outer"),
            format!("  File \"{path}\", line 2, in inner"),
        ]
    );
    for src in [
        "    print(outer(1))",
        "    return inner(n - 1)",
        "    return 10 // n",
    ] {
        assert!(
            err.lines().any(|l| l == src),
            "missing source line {src:?} in:\n{err}"
        );
    }
}

#[test]
fn syntax_error_matches_cpython_shape() {
    let d = TempDir::new("syn");
    // (file contents, CPython's stderr with {path} for the absolute script path)
    let cases = [
        (
            "def f(x):\n    return x +\nprint(f(1))\n",
            "  File \"{path}\", line 2\n    return x +\n              ^\nSyntaxError: invalid syntax\n",
        ),
        (
            "x = 1\nif x:\n    y = (1,\n         2]\n",
            "  File \"{path}\", line 4\n    2]\n     ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 3\n",
        ),
        (
            "a = 1\n  b = 2\n",
            "  File \"{path}\", line 2\n    b = 2\nIndentationError: unexpected indent\n",
        ),
    ];
    for (i, (src, expected)) in cases.iter().enumerate() {
        let p = d.file(&format!("syn{i}.py"), src);
        let (code, out, err) = run_script(&p);
        assert_eq!(code, 1, "case {i}: stderr: {err}");
        assert_eq!(out, "", "case {i}: nothing runs");
        assert_eq!(
            err,
            expected.replace("{path}", &p.display().to_string()),
            "case {i}"
        );
    }
}

#[test]
fn missing_file_exits_two() {
    let d = TempDir::new("missing");
    let p = d.0.join("no_such_script.py");
    let (code, out, err) = run_script(&p);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(err.contains("no_such_script.py"), "stderr: {err}");
    assert!(err.contains("No such file or directory"), "stderr: {err}");
}

#[test]
fn bad_flag_exits_two() {
    let (code, out, err) = run(firebrand().arg("--definitely-not-a-flag"));
    assert_eq!(code, 2, "stderr: {err}");
    assert_eq!(out, "");
    assert!(err.contains("--definitely-not-a-flag"), "stderr: {err}");
}

#[test]
fn no_script_exits_two() {
    let (code, _out, err) = run(&mut firebrand());
    assert_eq!(code, 2, "stderr: {err}");
    assert!(!err.is_empty());
}

#[test]
fn dash_c_runs_code() {
    let (code, out, err) =
        run(firebrand().args(["-c", "x = [i * 3 for i in range(5)]\nprint(x, len(x))"]));
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, "[0, 3, 6, 9, 12] 5\n");

    let (code, out, err) = run(firebrand().args(["-c", "print('a'); 1 / 0"]));
    assert_eq!(code, 1);
    assert_eq!(out, "a\n");
    assert!(
        err.starts_with(
            "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
        ),
        "{err}"
    );
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
}

#[test]
fn dis_prints_instructions() {
    let d = TempDir::new("dis");
    let p = d.file(
        "prog.py",
        "def f(a, b):\n    return a + b\nprint(f(1, 2))\n",
    );
    let (code, out, err) = run(firebrand().arg("--dis").arg(&p));
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("Disassembly"), "{out}");
    for name in [
        "MakeFunction",
        "LoadGlobal",
        "LoadConst",
        "Call",
        "ReturnValue",
    ] {
        assert!(out.contains(name), "missing {name} in:\n{out}");
    }
    assert!(!out.contains("\n3\n"), "--dis must not run the script");
}

#[test]
fn imports_module_next_to_script() {
    let d = TempDir::new("import");
    d.file(
        "helper_mod.py",
        "SCALE = 10\n\ndef scaled(x):\n    return x * SCALE\n\nprint('helper loaded')\n",
    );
    let p = d.file(
        "main.py",
        "import helper_mod\nfrom helper_mod import scaled\nimport helper_mod as again\nprint(helper_mod.scaled(4), scaled(5), again is helper_mod)\n",
    );
    // Run from a different cwd: the script's directory is what counts.
    let (code, out, err) = run(firebrand().arg(&p).current_dir(std::env::temp_dir()));
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, "helper loaded\n40 50 True\n");

    let q = d.file("bad_import.py", "import no_such_module_here\n");
    let (code, _out, err) = run_script(&q);
    assert_eq!(code, 1);
    assert!(
        err.ends_with("ModuleNotFoundError: No module named 'no_such_module_here'\n"),
        "{err}"
    );
}

#[test]
fn bad_jit_env_exits_two() {
    let (code, out, err) = run(firebrand()
        .env("FIREBRAND_JIT", "7")
        .args(["-c", "print(1)"]));
    assert_eq!(code, 2, "stderr: {err}");
    assert_eq!(out, "", "nothing runs with a bad configuration");
    assert!(err.contains("FIREBRAND_JIT"), "stderr: {err}");
    assert!(err.contains('7'), "stderr: {err}");

    let (code, _, err) = run(firebrand()
        .env("FIREBRAND_COMPILE_AFTER", "lots")
        .args(["-c", "print(1)"]));
    assert_eq!(code, 2, "stderr: {err}");
    assert!(err.contains("FIREBRAND_COMPILE_AFTER"), "stderr: {err}");
}

#[test]
fn good_env_settings_run() {
    for (k, v) in [
        ("FIREBRAND_JIT", "0"),
        ("FIREBRAND_JIT", "1"),
        ("FIREBRAND_COMPILE_AFTER", "0"),
    ] {
        let (code, out, err) = run(firebrand().env(k, v).args(["-c", "print(sum(range(100)))"]));
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (0, "4950\n", ""),
            "{k}={v}"
        );
    }
}

/// The seed workloads at reduced sizes (expected values computed once with python3).
#[test]
fn seed_workloads_reduced() {
    let benches = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches");
    let cases = [
        (
            "from workloads import mandelbrot; print(mandelbrot(60, 40, 50))",
            "34147\n",
        ),
        (
            "from workloads import dijkstra; print(dijkstra(1000, 10, 123))",
            "1000\n",
        ),
        (
            "from workloads import levenshtein_batch; print(levenshtein_batch(100, 7, 20))",
            "1032\n",
        ),
    ];
    for jit in ["0", "1"] {
        for (stmt, expected) in cases {
            let (code, out, err) = run(firebrand()
                .env("FIREBRAND_JIT", jit)
                .args(["-c", stmt])
                .current_dir(&benches));
            assert_eq!(
                (code, out.as_str(), err.as_str()),
                (0, expected, ""),
                "FIREBRAND_JIT={jit}: {stmt}"
            );
        }
    }
}

#[test]
fn system_exit_ends_quietly_with_its_status() {
    // (code, exit status, stdout, stderr) — as python3 behaves.
    let cases: &[(&str, i32, &str, &str)] = &[
        ("print('a'); raise SystemExit(3)", 3, "a\n", ""),
        ("raise SystemExit", 0, "", ""),
        ("raise SystemExit(None)", 0, "", ""),
        ("exit(4)", 4, "", ""),
        ("quit()", 0, "", ""),
        ("raise SystemExit('bye now')", 1, "", "bye now\n"),
        ("class Done(SystemExit): pass\nraise Done(5)", 5, "", ""),
        (
            "try:\n    exit(2)\nexcept SystemExit as e:\n    print('caught', e.code)",
            0,
            "caught 2\n",
            "",
        ),
    ];
    for (src, status, want_out, want_err) in cases {
        let (code, out, err) = run(firebrand().args(["-c", src]));
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (*status, *want_out, *want_err),
            "{src}"
        );
    }
}

/// `FIREBRAND_STATS_JSON=FILE`: after the run, one flat JSON object with the tier
/// statistics totals and the peak resident memory (KiB, `null` off Linux).
#[test]
fn stats_json_env_writes_totals_and_peak_memory() {
    let d = TempDir::new("statsjson");
    let path = d.0.join("stats.json");
    let (code, out, err) = run(firebrand().env("FIREBRAND_STATS_JSON", &path).args([
        "-c",
        "def f(x):\n    return x + 1\nt = 0\nfor i in range(200):\n    t = f(t)\nprint(t)",
    ]));
    assert_eq!((code, out.as_str(), err.as_str()), (0, "200\n", ""));
    let json = std::fs::read_to_string(&path).expect("stats file written");
    let body = json
        .trim()
        .strip_prefix('{')
        .and_then(|b| b.strip_suffix('}'))
        .unwrap_or_else(|| panic!("not one object: {json}"));
    let fields: Vec<(&str, &str)> = body
        .split(", ")
        .map(|f| {
            f.split_once(": ")
                .unwrap_or_else(|| panic!("bad field {f:?}"))
        })
        .collect();
    let names: Vec<&str> = fields.iter().map(|(k, _)| k.trim_matches('"')).collect();
    assert_eq!(
        names,
        [
            "tier",
            "calls",
            "back_edges",
            "specialized_instructions",
            "instructions",
            "specializations",
            "guard_misses",
            "compilations",
            "deoptimizations",
            "compile_micros",
            "code_size",
            "peak_rss_kib"
        ]
    );
    for (k, v) in &fields {
        assert!(
            v.parse::<u64>().is_ok() || (*k == "\"peak_rss_kib\"" && *v == "null"),
            "{k}: {v}"
        );
    }
    let calls: u64 = fields[1].1.parse().expect("calls");
    assert!(calls >= 200, "{json}");
    if cfg!(target_os = "linux") {
        assert_ne!(fields[11].1, "null", "{json}");
    }
}

/// `firebrand bench --curve`: the table's shape (never its timings) on a tiny
/// dijkstra, and the JSON it writes.
#[test]
fn bench_curve_prints_per_call_table() {
    let d = TempDir::new("curve");
    let json = d.0.join("curve.json");
    let (code, out, err) = run(firebrand()
        .args([
            "bench",
            "--curve",
            "--only",
            "dijkstra",
            "--curve-args",
            "1000, 10, 123",
            "--curve-calls",
            "3",
            "--json",
        ])
        .arg(&json));
    assert_eq!((code, err.as_str()), (0, ""), "stdout:\n{out}");
    assert!(
        out.contains("Warm-up curve: 3 calls per process, one process per setting (JIT=0, JIT=1)"),
        "{out}"
    );
    assert!(
        out.contains(
            "=== dijkstra: 3 calls of dijkstra(1000, 10, 123), one process per setting ==="
        ),
        "{out}"
    );
    let lines: Vec<&str> = out.lines().collect();
    let header = lines
        .iter()
        .position(|l| l.starts_with("call "))
        .unwrap_or_else(|| panic!("no table in:\n{out}"));
    let words = |l: &str| l.split_whitespace().map(String::from).collect::<Vec<_>>();
    assert_eq!(
        words(lines[header]),
        [
            "call", "JIT=0", "JIT=0", "ratio", "JIT=1", "JIT=1", "ratio", "speedup"
        ]
    );
    assert!(lines[header + 1].starts_with("----  "), "{out}");
    for call in 1..=3 {
        let cells = words(lines[header + 1 + call]);
        assert_eq!(cells.len(), 6, "row {call}: {:?}", lines[header + 1 + call]);
        assert_eq!(cells[0], call.to_string());
        assert!(
            cells[1].ends_with('s') && cells[3].ends_with('s'),
            "{cells:?}"
        );
        assert!(
            cells[2].ends_with('x') && cells[4].ends_with('x'),
            "{cells:?}"
        );
        assert!(cells[5].ends_with('x'), "{cells:?}");
        if call == 1 {
            assert_eq!((cells[2].as_str(), cells[4].as_str()), ("1.000x", "1.000x"));
        }
    }
    assert!(lines[header + 5].starts_with("(ratio = "), "{out}");
    for label in ["JIT=0", "JIT=1"] {
        assert!(
            out.contains(&format!("    {label}: call 1 ")),
            "no summary for {label}:\n{out}"
        );
        assert!(
            out.contains(&format!("    stats ({label}): tier ")),
            "no stats for {label}:\n{out}"
        );
    }
    if cfg!(target_os = "linux") {
        assert!(out.contains("    peak RSS JIT=1 / JIT=0: "), "{out}");
    }
    assert!(!out.contains("WARNING"), "{out}");
    let doc = std::fs::read_to_string(&json).expect("json written");
    for key in [
        "\"mode\": \"curve\"",
        "\"call\": \"dijkstra(1000, 10, 123)\"",
        "\"calls\": 3",
        "\"ratio_to_first\"",
        "\"compilations\"",
        "\"peak_rss_ratio_jit1_over_jit0\"",
        "\"1000\"",
    ] {
        assert!(doc.contains(key), "missing {key} in:\n{doc}");
    }
}

/// `firebrand bench --json`: every setting carries the children's statistics and
/// peak memory (a stand-in workloads.py keeps it fast).
#[test]
fn bench_json_has_child_stats() {
    let d = TempDir::new("benchstats");
    d.file(
        "workloads.py",
        "def dijkstra():\n    t = 0\n    for i in range(1000):\n        t += i\n    return t\n",
    );
    let json = d.0.join("out.json");
    let (code, out, err) = run(firebrand()
        .args(["bench", "--runs", "2", "--only", "dijkstra", "--workloads"])
        .arg(&d.0)
        .arg("--json")
        .arg(&json));
    assert_eq!((code, err.as_str()), (0, ""), "stdout:\n{out}");
    for label in ["JIT=0", "JIT=1"] {
        let line = out
            .lines()
            .find(|l| l.starts_with(&format!("    stats ({label}): tier ")))
            .unwrap_or_else(|| panic!("no stats line for {label}:\n{out}"));
        for part in [
            " compilation",
            " deopt",
            " ms compiling",
            " KiB code",
            "peak RSS ",
        ] {
            assert!(line.contains(part), "{part:?} missing in {line:?}");
        }
    }
    let doc = std::fs::read_to_string(&json).expect("json written");
    assert_eq!(doc.matches("\"stats\": {").count(), 2, "{doc}");
    for key in [
        "\"samples\": 2",
        "\"compilations\"",
        "\"deoptimizations\"",
        "\"compile_micros\"",
        "\"code_size\"",
        "\"peak_rss_kib\"",
        "\"peak_rss_kib_max\"",
        "\"peak_rss_ratio_jit1_over_jit0\"",
        "\"499500\"",
    ] {
        assert!(doc.contains(key), "missing {key} in:\n{doc}");
    }
}
